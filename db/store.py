"""Opening the database, and the reads and writes of the crawl.

Every write is an idempotent upsert keyed on a natural key (canonical URL, run id + URL), so a
rerun never duplicates rows.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.migrations import migrations

logger = logging.getLogger(__name__)

DEFAULT_DB_PATH = "data/infraledger.db"
BUSY_TIMEOUT_MS = 30_000  # a crawl and an extract may wait on each other's short transactions


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` with the project's pragmas.

    Foreign keys are enforced (SQLite leaves them off), writers wait up to
    ``BUSY_TIMEOUT_MS`` for a lock, and pending migrations are applied.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed txn
    if migrate:
        migrations.apply(db)
    return db
