"""Per-run log files of ``update``: ``<db dir>/logs/update-<UTC timestamp>-<pid>.log``, rotated.

Each run writes its own file (the pid in the name keeps two runs started in the same second
apart), and old files are deleted: beyond the newest ``KEEP_LOGS`` or older than
``KEEP_DAYS`` days, whichever removes more.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

KEEP_LOGS = 200  # about two days of 15-minute runs
KEEP_DAYS = 30
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PREFIX = "update-"


def log_dir_for(db_path: Path) -> Path:
    """``data/infraledger.db`` -> ``data/logs``."""
    return db_path.parent / "logs"


def new_log_path(db_path: Path, now: datetime | None = None) -> Path:
    """The log file of a run starting ``now``: ``update-20260514T081500Z-4242.log``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return log_dir_for(db_path) / f"{_PREFIX}{stamp}-{os.getpid()}.log"


class UTCFormatter(logging.Formatter):
    """Timestamps in UTC with a ``Z``: ``2026-05-14T08:15:00Z``."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created))


class RunLogHandler(logging.FileHandler):
    """A log file that never spills tracebacks onto stderr when it cannot be written.

    On a full disk the run's own report (stderr) must stay one clear line, so write errors are
    remembered in ``failure`` instead of printed.
    """

    failure: str | None = None

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failure is None:
            import sys

            exc = sys.exc_info()[1]
            self.failure = str(exc) if exc else "write error"


def attach_run_log(path: Path, level: int = logging.INFO) -> RunLogHandler:
    """Send the root logger's records at ``level`` and above to ``path``; return the handler."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RunLogHandler(path, encoding="utf-8", delay=False)
    handler.setLevel(level)
    handler.setFormatter(UTCFormatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler


def detach_run_log(handler: logging.Handler) -> None:
    """Undo :func:`attach_run_log`."""
    logging.getLogger().removeHandler(handler)
    handler.close()


def rotate_logs(
    directory: Path,
    *,
    keep: int = KEEP_LOGS,
    max_age_days: float = KEEP_DAYS,
    now: float | None = None,
    spare: Path | None = None,
) -> int:
    """Delete ``update-*.log`` files beyond the newest ``keep`` or older than ``max_age_days``.

    ``spare`` (the current run's log) is never deleted. Returns the number of files removed.
    """
    now = time.time() if now is None else now
    try:
        entries = [
            (p.stat().st_mtime, p)
            for p in directory.glob(f"{_PREFIX}*.log")
            if p.is_file() and p != spare
        ]
    except OSError:
        return 0
    entries.sort(reverse=True)
    keep_others = max(0, keep - (1 if spare is not None else 0))
    cutoff = now - max_age_days * 86400
    removed = 0
    for index, (mtime, path) in enumerate(entries):
        if index >= keep_others or mtime < cutoff:
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except OSError as exc:
                logger.warning("cannot remove old log %s: %s", path, exc)
    return removed
