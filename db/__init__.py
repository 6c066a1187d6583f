"""SQLite storage for infraledger: schema, migrations, reads and writes, Datasette metadata."""

from __future__ import annotations

from db.store import DEFAULT_DB_PATH, open_db

__all__ = ["DEFAULT_DB_PATH", "open_db"]
