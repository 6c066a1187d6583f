"""The ``update`` lock: one writer run at a time, released by the kernel even on ``kill -9``.

The lock is an ``fcntl.flock`` on ``<db>.lock`` beside the database. A second run does not wait:
it raises :class:`LockHeld` at once and the CLI exits 75 (``EX_TEMPFAIL``). The file keeps the
holder's pid and start time, for the message; a stale file with no live holder never blocks,
because the kernel drops the lock with the last descriptor of the process that took it.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)


class LockHeld(Exception):
    """Another process holds the lock; the message is one line naming it."""


def lock_path_for(db_path: Path) -> Path:
    """``data/infraledger.db`` -> ``data/infraledger.db.lock``."""
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def update_lock(db_path: Path) -> Iterator[Path]:
    """Hold the non-blocking exclusive lock of ``db_path`` for the ``with`` block.

    Raises:
        LockHeld: another process holds it.
        OSError: the lock file cannot be created (a read-only directory, say).
    """
    path = lock_path_for(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_CLOEXEC (Python's default) keeps worker processes from inheriting the lock.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            raise LockHeld(
                f"another infraledger update holds {path}{holder}; skipping this run"
            ) from None
        started = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        try:  # only for the message of a blocked run: a full disk must not stop us here
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {started}\n".encode(), 0)
        except OSError as exc:
            logger.debug("cannot write the holder into %s: %s", path, exc)
        logger.debug("lock %s taken by pid %d", path, os.getpid())
        try:
            yield path
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> str:
    """`` (pid 1234 since 2026-05-14T08:00:00Z)`` from the lock file, or "" if unreadable."""
    try:
        raw = os.pread(fd, 200, 0).decode("ascii", errors="replace").split()
    except OSError:
        return ""
    if len(raw) >= 2 and raw[0].isdigit():
        return f" (pid {raw[0]} since {raw[1]})"
    return ""
