"""Running crawls: one child process per call, so a process may crawl any number of times.

Scrapy's reactor cannot restart, so ``run_crawl`` migrates the database, records the sources,
then runs ``python -m crawler.runner SPEC.json`` where the spiders run at the same time in one
reactor; per-host ``DOWNLOAD_SLOTS`` (``slot_settings``) keep a real site's load at what one
spider alone would send, and lift the politeness delays for ``local = true`` sources. The child
writes one ``crawl_runs`` row per spider; the parent reads them back and computes the exit code,
because Scrapy's own is always 0. The child's log lines are re-emitted through this process's
logging, so they land in the same handlers (stderr, ``update`` log files).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.sources import ConfigError, Source
from db.store import crawl_runs_for, open_db, upsert_sources

logger = logging.getLogger(__name__)

SPIDERS = ("feeds", "sitemaps", "listing")  # what ``crawl`` runs by default, in this order
INTERNAL_SPIDERS = ("add", "check")
EXIT_OK, EXIT_FAILED = 0, 1
_CHILD_FORMAT = "%(levelname)s %(name)s: %(message)s"
_LEVELS = {"CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"}


class RunSummary(dict[str, Any]):
    """A ``crawl_runs`` row whose keys also read as attributes: ``run.errors``."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class CrawlResult:
    """The outcome of one ``run_crawl``: exit code (0 healthy, 1 failed), runs and problems."""

    exit_code: int
    run_id: str
    runs: list[RunSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def articles_new(self) -> int:
        return sum(int(run.get("articles_new") or 0) for run in self.runs)


def new_run_id() -> str:
    """A sortable unique run id, e.g. ``20240514T063000Z-3f9a1c``."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _default_log_level() -> str:
    return logging.getLevelName(logging.getLogger().getEffectiveLevel())


class _Relay:
    """Re-emit child log lines ("WARNING scrapy.core.engine: ...") through our logging.

    Continuation lines (stats dumps, tracebacks) keep the level and logger of their record.
    """

    def __init__(self) -> None:
        self.logger = logging.getLogger("crawler.runner.child")
        self.level = logging.WARNING

    def __call__(self, line: str) -> None:
        line = line.rstrip("\n")
        if not line:
            return
        level, _, rest = line.partition(" ")
        name, sep, message = rest.partition(": ")
        if level in _LEVELS and sep and name and " " not in name:
            self.logger = logging.getLogger(name)
            self.level = logging.getLevelName(level)
            self.logger.log(self.level, "%s", message)
        else:
            self.logger.log(self.level, "%s", line)


def _spawn(spec: dict[str, Any]) -> int:
    """Run the child crawl process on ``spec``; return its exit status."""
    with tempfile.TemporaryDirectory(prefix="infraledger-crawl-") as tmp:
        spec_path = Path(tmp) / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
            [sys.executable, "-m", "crawler.runner", str(spec_path)],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
        )
        relay = _Relay()
        for line in process.stderr or ():
            relay(line)
        return process.wait()


def _run(
    db_path: Path,
    sources: list[Source],
    spiders: list[str],
    *,
    max_pages: int | None,
    settings: dict[str, object] | None,
    extra: dict[str, Any] | None = None,
) -> CrawlResult:
    db = open_db(db_path)  # applies migrations before any spider runs
    try:
        upsert_sources(db, [s.to_row() for s in sources])
    finally:
        db.close()
    run_id = new_run_id()
    merged: dict[str, object] = {"LOG_LEVEL": _default_log_level(), **(settings or {})}
    spec = {
        "db": str(db_path),
        "run_id": run_id,
        "spiders": spiders,
        "sources": [s.to_json() for s in sources],
        "max_pages": max_pages or 0,
        "settings": merged,
        "extra": extra or {},
        "parent_pid": os.getpid(),
    }
    started = time.monotonic()
    returncode = _spawn(spec)
    db = open_db(db_path, migrate=False)
    try:
        rows = [RunSummary(row) for row in crawl_runs_for(db, run_id)]
    finally:
        db.close()
    problems: list[str] = []
    for row in rows:
        problems.extend(json.loads(row.get("problems") or "[]"))
    missing = [name for name in spiders if name not in {row["spider"] for row in rows}]
    for name in missing:
        problems.append(f"{name}: did not run to completion (crawler process exit {returncode})")
    if returncode != 0 and not missing:
        problems.append(f"crawler process exited with status {returncode}")
    logger.info(
        "crawl %s: %d spider(s) in %.1fs, %d problem(s)",
        run_id,
        len(rows),
        time.monotonic() - started,
        len(problems),
    )
    return CrawlResult(
        exit_code=EXIT_FAILED if problems else EXIT_OK, run_id=run_id, runs=rows, problems=problems
    )


def run_crawl(
    db_path: Path,
    sources: list[Source],
    spiders: list[str] | None = None,
    *,
    max_pages: int | None = None,
    settings: dict[str, object] | None = None,
) -> CrawlResult:
    """Crawl ``sources`` with ``spiders`` (default: feeds, sitemaps, listing) into ``db_path``.

    Raises ``ConfigError`` for an unknown spider name. ``settings`` override
    ``crawler.settings`` (e.g. ``{"DOWNLOAD_DELAY": 0}``); ``max_pages`` bounds the article
    requests of each spider. Callable any number of times in one process.
    """
    names = list(spiders or SPIDERS)
    unknown = [n for n in names if n not in SPIDERS]
    if unknown:
        raise ConfigError(f"unknown spider {unknown[0]!r} (choose from {', '.join(SPIDERS)})")
    active = [s for s in sources if s.active]
    return _run(Path(db_path), active, names, max_pages=max_pages, settings=settings)


def add_urls(
    db_path: Path,
    urls: list[str],
    *,
    sources: list[Source] | None = None,
    source_id: str | None = None,
    published: str | None = None,
    settings: dict[str, object] | None = None,
) -> CrawlResult:
    """Fetch single article URLs through the crawler (robots.txt, throttling, address guard).

    Each URL is attributed to ``source_id`` if given, else to the configured source whose hosts
    include it (none if no source matches). ``published`` (ISO 8601) sets ``published_at``.
    """
    extra = {"urls": urls, "source_id": source_id, "published": published}
    return _run(
        Path(db_path), list(sources or []), ["add"], max_pages=None, settings=settings, extra=extra
    )


def check_sources(
    sources: list[Source], output: Path, *, settings: dict[str, object] | None = None
) -> CrawlResult:
    """Fetch and parse every configured feed, sitemap and listing once; results as JSON lines."""
    with tempfile.TemporaryDirectory(prefix="infraledger-check-") as tmp:
        merged: dict[str, object] = {
            "INFRALEDGER_CHECK_OUTPUT": str(output),
            "ITEM_PIPELINES": {"crawler.pipelines.CollectCheckPipeline": 300},
            "RETRY_TIMES": 0,
            **(settings or {}),
        }
        return _run(Path(tmp) / "check.db", sources, ["check"], max_pages=None, settings=merged)


# --- the child process ---------------------------------------------------------------------------


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux; elsewhere a no-op).

    ``update`` holds its lock in the parent: a crawl child that outlived a ``kill -9`` of the
    parent would go on writing without the lock. The death signal fires when the parent thread
    that spawned us ends, so ``run_crawl`` is called from the main thread. A parent that died
    before the signal was armed is caught by comparing ``getppid``.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            logger.warning("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
            return
    except (OSError, AttributeError) as exc:  # no libc.prctl (musl without it, say)
        logger.warning("cannot arm the parent-death signal: %s", exc)
        return
    if parent_pid and os.getppid() != parent_pid:
        os._exit(EXIT_FAILED)  # the parent is already gone: write nothing


_SPIDER_KINDS = {"feeds": "feeds", "sitemaps": "sitemaps", "listing": "listings"}


def slot_settings(
    sources: list[Source],
    spiders: list[str],
    *,
    per_domain: int,
    delay: float,
    local_concurrency: int,
) -> dict[str, dict[str, Any]]:
    """Per-host ``DOWNLOAD_SLOTS`` for the spiders of one run, which crawl at the same time.

    Hosts of ``local = true`` sources (our loopback test and demo sites) get no delay and
    ``local_concurrency``. A real host that ``k`` of the concurrent spiders visit gets
    ``per_domain // k`` requests in flight (at least 1) and ``k`` times the delay, so the site
    sees no more than one spider alone would send. Scrapy keys slots by host name.
    """
    local: set[str] = set()
    visits: dict[str, int] = {}
    for source in sources:
        urls = [*source.discovery_urls, *([source.homepage] if source.homepage else [])]
        hosts = {urlsplit(u).hostname or "" for u in urls} - {""}
        if source.local:
            local |= hosts
            continue
        count = sum(1 for name in spiders if getattr(source, _SPIDER_KINDS.get(name, ""), ()))
        for host in hosts:
            visits[host] = max(visits.get(host, 0), count)
    slots: dict[str, dict[str, Any]] = {
        host: {"concurrency": max(1, per_domain // k), "delay": delay * k}
        for host, k in visits.items()
        if k > 1 and host not in local
    }
    for host in local:
        slots[host] = {"concurrency": local_concurrency, "delay": 0.0, "jitter": 0.0}
    return slots


def _child(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    die_with_parent(int(spec.get("parent_pid") or 0))  # before the slow imports

    # Imported here, near the bottom of the stack: Scrapy's create_deprecated_class calls
    # inspect.stack() at import time, which reads the source of every frame (measured 0.3 s
    # when the download handler was first imported deep inside the crawl).
    import scrapy.core.downloader.handlers.http11  # noqa: F401
    from scrapy.crawler import AsyncCrawlerRunner, Crawler
    from scrapy.settings import Settings
    from scrapy.utils.defer import deferred_f_from_coro_f
    from scrapy.utils.log import configure_logging
    from scrapy.utils.reactor import install_reactor

    from crawler.spiders import spider_class

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(spec["settings"], priority="cmdline")
    settings.set("INFRALEDGER_DB", spec["db"], priority="cmdline")
    settings.set("INFRALEDGER_RUN_ID", spec["run_id"], priority="cmdline")
    settings.set("INFRALEDGER_MAX_PAGES", int(spec["max_pages"]), priority="cmdline")
    settings.set("LOG_FORMAT", _CHILD_FORMAT, priority="cmdline")
    settings.set("LOG_STDOUT", False, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    configure_logging(settings)
    # Scrapy filters by LOG_LEVEL in its root handler only (and each Crawler resets the root
    # logger to NOTSET): without this, every "Crawled (200)" debug record is still built (two
    # per page) and then dropped. Spider loggers are named after their spider.
    level = settings.get("LOG_LEVEL") or "INFO"
    for name in ("scrapy", "crawler", "db", *spec["spiders"]):
        logging.getLogger(name).setLevel(level)
    sources = [Source.from_json(s) for s in spec["sources"]]
    names: list[str] = spec["spiders"]
    slots = slot_settings(
        sources,
        names,
        per_domain=settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2),
        delay=settings.getfloat("DOWNLOAD_DELAY", 0),
        local_concurrency=settings.getint("INFRALEDGER_LOCAL_CONCURRENCY", 8),
    )
    # Slots given with -s DOWNLOAD_SLOTS win over the computed ones.
    settings.set("DOWNLOAD_SLOTS", {**slots, **settings.getdict("DOWNLOAD_SLOTS")}, "cmdline")
    local = sorted(
        {urlsplit(u).hostname or "" for s in sources if s.local for u in s.discovery_urls} - {""}
    )
    settings.set("INFRALEDGER_LOCAL_SLOTS", local, priority="cmdline")  # see LocalAwareThrottle

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    import asyncio

    from twisted.internet.task import react

    @deferred_f_from_coro_f
    async def main(reactor: Any) -> None:
        # All spiders at once, in one reactor: one process start, one robots.txt fetch per host
        # (crawler.middlewares.SharedRobotsTxtMiddleware), politeness per host kept by ``slots``.
        runner = AsyncCrawlerRunner(settings)
        tasks = []
        for name in names:
            cls = spider_class(name)
            if not cls.has_work(sources, settings):  # type: ignore[attr-defined]
                _record_idle(spec, name)  # setting up a crawler costs a few tenths of a second
                continue
            crawler = Crawler(cls, settings.copy())
            tasks.append(runner.crawl(crawler, sources=sources, **spec.get("extra", {})))
        await asyncio.gather(*tasks)
        # Every row is committed and every connection closed: skip the interpreter's teardown
        # (a few tenths of a second of module and garbage cleanup).
        logging.shutdown()
        sys.stderr.flush()
        os._exit(0)

    react(main)
    return 0  # not reached: react() exits the process


def _record_idle(spec: dict[str, Any], spider: str) -> None:
    """The ``crawl_runs`` row of a spider with nothing to fetch (no source of its kind)."""
    from crawler.content import utc_now
    from db.store import record_crawl_run

    now = utc_now()
    db = open_db(spec["db"], migrate=False)
    try:
        record_crawl_run(
            db,
            {
                "run_id": spec["run_id"],
                "spider": spider,
                "started_at": now,
                "finished_at": now,
                "finish_reason": "finished",
                "requests": 0,
                "responses": 0,
                "articles_new": 0,
                "articles_duplicate": 0,
                "not_modified": 0,
                "errors": 0,
                "healthy": 1,
                "problems": "[]",
                "stats": json.dumps({"infraledger/idle": 1}),
            },
        )
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
