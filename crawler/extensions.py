"""The ``CrawlRunRecorder`` extension: one ``crawl_runs`` row per spider per run, with health.

Scrapy exits 0 whatever happened, so health is judged here from the stats: the finish reason,
fetch errors against ``INFRALEDGER_MAX_ERRORS``/``INFRALEDGER_MAX_ERROR_RATIO``, uncaught spider
exceptions, and sources that yielded articles before but no article links this time.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from scrapy import Request, Spider, signals
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response

from crawler.content import utc_now
from db.store import open_db, record_crawl_run, source_article_counts

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


def _jsonable(stats: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, datetime) else v
        for k, v in sorted(stats.items())
        if isinstance(v, (int, float, str, datetime))
    }


class CrawlRunRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started_at = utc_now()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunRecorder:
        return cls(crawler)

    def spider_opened(self) -> None:
        self.started_at = utc_now()

    def problems(self, spider: Spider, reason: str, stats: dict[str, Any]) -> list[str]:
        """One line per failed health rule."""
        settings = self.crawler.settings
        name = spider.name
        found: list[str] = []
        if reason != "finished":
            found.append(f"{name}: closed with finish_reason {reason}")
        errors = int(stats.get("infraledger/fetch_errors", 0))
        requests = int(stats.get("downloader/request_count", 0))
        max_errors = settings.getint("INFRALEDGER_MAX_ERRORS", 100)
        min_errors = settings.getint("INFRALEDGER_MIN_ERRORS", 10)
        ratio = settings.getfloat("INFRALEDGER_MAX_ERROR_RATIO", 0.25)
        if errors > max_errors or (errors >= min_errors and errors > ratio * max(requests, 1)):
            found.append(f"{name}: {errors} fetch errors in {requests} requests")
        exceptions = sum(
            int(v)
            for k, v in stats.items()
            if k.startswith("spider_exceptions/") and k.count("/") == 1
        )
        if exceptions:
            found.append(f"{name}: {exceptions} uncaught exceptions in spider callbacks (see log)")
        sources = getattr(spider, "sources", {})
        kind = getattr(spider, "kind", "")
        if sources and kind:
            db = open_db(self.crawler.settings.get("INFRALEDGER_DB"), migrate=False)
            try:
                before = source_article_counts(db, self.started_at)
            finally:
                db.close()
            for source_id, source in sorted(sources.items()):
                if not getattr(source, kind, ()):
                    continue
                links = int(stats.get(f"infraledger/links/{source_id}", 0))
                if links == 0 and before.get(source_id, 0) > 0:
                    found.append(
                        f"{name}: source {source_id} yielded no article links"
                        f" ({before[source_id]} articles stored before)"
                    )
        return found

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats is not None else {}
        problems = self.problems(spider, reason, stats)
        errors = int(stats.get("infraledger/fetch_errors", 0))
        row = {
            "run_id": self.crawler.settings.get("INFRALEDGER_RUN_ID") or "adhoc",
            "spider": spider.name,
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "finish_reason": reason,
            "requests": int(stats.get("downloader/request_count", 0)),
            "responses": int(stats.get("downloader/response_count", 0)),
            "articles_new": int(stats.get("infraledger/articles_new", 0)),
            "articles_duplicate": int(stats.get("infraledger/articles_duplicate", 0)),
            "not_modified": int(stats.get("infraledger/not_modified", 0)),
            "errors": errors,
            "healthy": int(not problems),
            "problems": json.dumps(problems),
            "stats": json.dumps(_jsonable(stats)),
        }
        db = open_db(self.crawler.settings.get("INFRALEDGER_DB"), migrate=False)
        try:
            record_crawl_run(db, row)
        finally:
            db.close()
        for problem in problems:
            logger.error("unhealthy: %s", problem)


class LocalAwareThrottle(AutoThrottle):
    """AutoThrottle that leaves ``local = true`` hosts alone and keeps per-slot delay floors.

    Scrapy's AutoThrottle would raise every slot to at least ``DOWNLOAD_DELAY`` after its first
    response, undoing the zero delay ``crawler.runner.slot_settings`` gives our loopback sites
    (``INFRALEDGER_LOCAL_SLOTS``); and it would lower a shared real host below the larger delay
    that keeps concurrent spiders as polite as one (the slot's ``DOWNLOAD_SLOTS`` delay).
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.local_slots = frozenset(crawler.settings.getlist("INFRALEDGER_LOCAL_SLOTS"))
        self.slot_floors = {
            str(key): float(conf.get("delay", 0))
            for key, conf in crawler.settings.getdict("DOWNLOAD_SLOTS").items()
            if isinstance(conf, dict)
        }

    def _response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        key = request.meta.get("download_slot")
        if key in self.local_slots:
            return
        floor = self.slot_floors.get(str(key), 0.0)
        if floor <= self.mindelay:
            super()._response_downloaded(response, request, spider)
            return
        default = self.mindelay
        self.mindelay = floor
        try:
            super()._response_downloaded(response, request, spider)
        finally:
            self.mindelay = default
