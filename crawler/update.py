"""``infraledger update``: crawl, then extract what is pending, bounded in time, for cron.

The lock and the log file are the command's business (``crawler.commands.update``); this module
runs the two steps and judges the run. The health rules, which the exit code follows:

* the crawl's own health rules (``crawler.runner``: error counts and ratios, a source that
  yielded nothing, a spider that stopped early) are problems, except that a spider stopped by
  the ``--max-runtime`` bound (``closespider_timeout``) is not: the bound is the operator's
  choice, and what was not fetched is fetched by the next run;
* an article that cannot be extracted is a problem (it stays pending and is retried next run);
* a database or file-system error (read-only file, full disk) is a failure: the run stops at
  once with a one-line message; every batch already written is whole, the one in flight is
  rolled back;
* articles left pending because the time ran out are not a problem.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crawler.runner import CrawlResult
    from crawler.sources import Source

logger = logging.getLogger(__name__)

#: A bounded crawl gets at least this many seconds, or is skipped for lack of time.
MIN_CRAWL_SECONDS = 5.0
#: Finish reasons that only say the --max-runtime bound was reached (Scrapy's CloseSpider
#: extension sets "closespider_timeout", e.g. ``finish_reason: closespider_timeout``).
BOUND_REASONS = frozenset({"closespider_timeout"})


#: The crawl gets the time left minus this: the crawler process takes about as long to start
#: (imports, before the spider's clock runs) and to shut down.
CRAWL_MARGIN_SECONDS = 4.0
#: Problems of a spider closed or skipped by the bound that the bound explains
#: (``crawler.extensions``, ``crawler.runner``): "feeds: closed with finish_reason
#: closespider_timeout", "sitemaps: not started, finish_reason closespider_timeout",
#: "feeds: source x yielded no article links (12 articles stored before)".
_BOUND_EXPLAINED = ("finish_reason closespider_timeout", "yielded no article links")


class _OutOfTime(Exception):
    """Raised between extract batches when the run's deadline has passed."""


@dataclass
class UpdateResult:
    """What one ``update`` run did, and whether it was healthy."""

    run_id: str | None = None
    crawl_exit: int | None = None
    articles_new: int = 0
    pending: int = 0
    extracted: int = 0
    extract_failed: int = 0
    figures: int = 0
    left_pending: int = 0
    out_of_time: bool = False
    problems: list[str] = field(default_factory=list)
    #: A one-line fatal error (database or file system); the run stopped there.
    error: str | None = None
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the run completed with no health problem."""
        return self.error is None and not self.problems

    def summary(self) -> str:
        """One line for the log and for the operator's mail."""
        parts = []
        if self.run_id:
            parts.append(f"crawl run {self.run_id}: {self.articles_new} new articles")
        else:
            parts.append("no crawl")
        parts.append(
            f"extracted {self.extracted} of {self.pending} pending "
            f"({self.figures} money figures, {self.extract_failed} failed)"
        )
        if self.left_pending:
            parts.append(f"{self.left_pending} left pending for the next run")
        if self.out_of_time:
            parts.append("stopped at the --max-runtime bound")
        parts.append(f"{self.elapsed:.1f}s")
        return "; ".join(parts)


def run_update(
    db_path: Path,
    sources: Sequence[Source],
    *,
    max_runtime: float | None = None,
    max_pages: int | None = None,
    workers: int = 1,
    settings: dict[str, object] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> UpdateResult:
    """Crawl ``sources`` into ``db_path``, then extract pending articles, within ``max_runtime``.

    The caller holds the update lock. Never raises for database or file-system errors: they
    become ``UpdateResult.error``.
    """
    started = clock()
    deadline = started + max_runtime if max_runtime is not None else None
    result = UpdateResult()
    try:
        _preflight(db_path)
        _crawl_step(db_path, sources, result, deadline, max_pages, settings, clock)
        if result.error is None:
            _extract_step(db_path, result, deadline, workers, clock)
    except (sqlite3.Error, OSError) as exc:
        result.error = _one_line(exc) + _disk_note(db_path)
        logger.exception("update stopped: %s", result.error)
    result.elapsed = clock() - started
    return result


def _preflight(db_path: Path) -> None:
    """Open (and migrate) the database and prove it can be written, before any work."""
    from db.store import open_db

    db = open_db(db_path)
    try:
        # Takes the write lock without writing: fails at once on a read-only file.
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
    finally:
        db.close()


def _crawl_step(
    db_path: Path,
    sources: Sequence[Source],
    result: UpdateResult,
    deadline: float | None,
    max_pages: int | None,
    settings: dict[str, object] | None,
    clock: Callable[[], float],
) -> None:
    active = [s for s in sources if s.active]
    if not active:
        logger.info("no active sources: nothing to crawl")
        return
    crawl_settings: dict[str, object] = dict(settings or {})
    bounded = deadline is not None
    if deadline is not None:
        remaining = deadline - clock()
        if remaining < MIN_CRAWL_SECONDS:
            logger.warning("only %.1fs left: crawl skipped this run", remaining)
            result.out_of_time = True
            return
        crawl_settings["CLOSESPIDER_TIMEOUT"] = max(1, int(remaining - CRAWL_MARGIN_SECONDS))
    from crawler.runner import run_crawl

    spotter = _DatabaseErrorSpotter()
    logging.getLogger().addHandler(spotter)
    try:
        crawl = run_crawl(db_path, list(active), max_pages=max_pages, settings=crawl_settings)
    finally:
        logging.getLogger().removeHandler(spotter)
    result.run_id = crawl.run_id
    result.crawl_exit = crawl.exit_code
    result.articles_new = _articles_new(crawl)
    problems, cut = _health_problems(crawl, bounded=bounded)
    result.out_of_time = result.out_of_time or cut
    result.problems.extend(problems)
    if spotter.message is not None:
        result.error = f"database error: {spotter.message}" + _disk_note(db_path)
    logger.info(
        "crawl run %s finished: exit %s, %d new articles, %d problems",
        crawl.run_id,
        crawl.exit_code,
        result.articles_new,
        len(problems),
    )


class _DatabaseErrorSpotter(logging.Handler):
    """Remembers the first SQLite error the crawl process reported (its log is relayed here).

    Matches traceback lines such as ``sqlite3.OperationalError: database or disk is full`` or
    ``sqlite3.OperationalError: attempt to write a readonly database``.
    """

    _PATTERN = re.compile(r"^\s*sqlite3\.\w*Error: (?P<message>.+)$")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.message: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.message is not None:
            return
        try:
            text = record.getMessage()
        except (TypeError, ValueError):  # a malformed record must not break the crawl
            return
        for line in text.splitlines():
            match = self._PATTERN.match(line)
            if match:
                self.message = match["message"].strip()
                return


def _health_problems(crawl: CrawlResult, *, bounded: bool) -> tuple[list[str], bool]:
    """The crawl's problems minus those the ``--max-runtime`` bound explains; and whether any was.

    A spider closed by the bound or not started for lack of time (``finish_reason
    closespider_timeout``) is not a problem, nor are the sources it had no time to reach
    ("yielded no article links"). Error-rate, exception and process problems always count.
    """
    kept: list[str] = []
    cut = False
    from_rows: Counter[str] = Counter()
    for run in crawl.runs:
        row_problems = [str(p) for p in json.loads(run.get("problems") or "[]")]
        from_rows.update(row_problems)
        stopped_by_bound = bounded and run.get("finish_reason") in BOUND_REASONS
        cut = cut or stopped_by_bound
        for problem in row_problems:
            if stopped_by_bound and any(mark in problem for mark in _BOUND_EXPLAINED):
                continue
            kept.append(problem)
    # Problems the runner adds itself (a crashed crawler process) always count.
    runner_level = Counter(crawl.problems)
    runner_level.subtract(from_rows)
    kept.extend(p for p, n in runner_level.items() for _ in range(max(0, n)))
    return kept, cut


def _articles_new(crawl: CrawlResult) -> int:
    return sum(int(run.get("articles_new") or 0) for run in crawl.runs)


def _extract_step(
    db_path: Path,
    result: UpdateResult,
    deadline: float | None,
    workers: int,
    clock: Callable[[], float],
) -> None:
    if deadline is not None and clock() >= deadline:
        # Not even loading the extractor (spaCy takes seconds): the next run extracts.
        result.out_of_time = True
        result.left_pending = _count_never_extracted(db_path)
        logger.info(
            "time is up: extraction left for the next run (%d new articles)", result.left_pending
        )
        return
    from crawler.extraction import run_extract
    from db.extracted import now_iso

    since = now_iso()
    processed = 0

    def check_time(_: int = 0) -> None:
        if deadline is not None and clock() >= deadline:
            raise _OutOfTime

    def on_total(total: int) -> None:
        result.pending = total
        if total:
            check_time()

    def on_batch(n: int) -> None:
        nonlocal processed
        processed += n
        check_time()

    try:
        done = run_extract(db_path, workers=workers, progress=on_batch, total_callback=on_total)
    except _OutOfTime:
        result.out_of_time = True
        left = _count_pending(db_path)
        result.left_pending = left
        result.extracted = max(0, result.pending - left)
        result.extract_failed = max(0, processed - result.extracted)
        result.figures = _count_figures_since(db_path, since)
        logger.info(
            "time is up: extracted %d of %d pending articles, %d left for the next run",
            result.extracted,
            result.pending,
            left,
        )
    else:
        result.pending = done.pending
        result.extracted = done.extracted
        result.extract_failed = done.failed
        result.figures = done.figures
        result.left_pending = done.failed
    if result.extract_failed:
        result.problems.append(
            f"{result.extract_failed} articles could not be extracted "
            "(see articles.extract_error; `extract --all` retries them; tracebacks in the log)"
        )


def _count_pending(db_path: Path) -> int:
    from db.extracted import count_pending
    from db.store import open_db
    from extract.version import EXTRACTOR_VERSION

    db = open_db(db_path, migrate=False)
    try:
        return count_pending(db, EXTRACTOR_VERSION)
    finally:
        db.close()


def _count_never_extracted(db_path: Path) -> int:
    """Articles never extracted (cheap: no extractor import, unlike ``_count_pending``)."""
    from db.store import open_db

    db = open_db(db_path, migrate=False)
    try:
        row = db.execute("select count(*) from articles where extracted_at is null").fetchone()
        return int(row[0])
    finally:
        db.close()


def _count_figures_since(db_path: Path, since: str) -> int:
    """Money figures of the articles extracted at or after ``since`` (ISO 8601 UTC)."""
    from db.store import open_db

    db = open_db(db_path, migrate=False)
    try:
        row = db.execute(
            "select count(*) from figures f join articles a on a.id = f.article_id"
            " where a.extracted_at >= ?",
            [since],
        ).fetchone()
        return int(row[0])
    finally:
        db.close()


#: Below this much free space, a write error is blamed on a full disk: SQLite reports some
#: ENOSPC failures as "disk I/O error" (e.g. growing the -shm file on a full tmpfs).
LOW_SPACE_BYTES = 1024 * 1024


def _disk_note(db_path: Path) -> str:
    """`` (no space left on /srv/data)`` when the database's file system is full, else ""."""
    directory = db_path.resolve().parent
    try:
        stats = os.statvfs(directory)
    except OSError:
        return ""
    if stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES:
        return f" (no space left on {directory})"
    return ""


def _one_line(exc: BaseException) -> str:
    """One line for the operator, e.g. ``database error: database or disk is full``.

    Other examples: ``database error: attempt to write a readonly database``,
    ``[Errno 30] Read-only file system: 'data/logs'``.
    """
    text = str(exc).strip().splitlines()
    message = text[0] if text else type(exc).__name__
    if isinstance(exc, sqlite3.Error):
        return f"database error: {message}"
    return message
