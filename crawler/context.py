"""What every subcommand shares: the options object and the documented exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: another `update` holds the lock

DB_ENV = "INFRALEDGER_DB"


@dataclass
class Context:
    """Options shared by every subcommand."""

    db_path: Path
    verbosity: int
