"""Item pipelines: batched storage of articles, fetch errors and URL aliases; check results."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.items import ArticlePage, CheckResult, FetchFailure, SeenUrl
from crawler.middlewares import inc_stat
from crawler.spiders.base import NewsSpider
from db.store import open_db, write_crawl_batch

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from sqlite_utils import Database

logger = logging.getLogger(__name__)


_ARTICLE_FIELDS = tuple(f.name for f in fields(ArticlePage))
_FAILURE_FIELDS = tuple(f.name for f in fields(FetchFailure))
_SEEN_FIELDS = tuple(f.name for f in fields(SeenUrl))


def _row(item: object, names: tuple[str, ...]) -> dict[str, Any]:
    """A shallow dict of a dataclass item (``asdict`` deep-copies every value: slower)."""
    return {name: getattr(item, name) for name in names}


class StoreArticlePipeline:
    """Write ``ArticlePage``, ``FetchFailure`` and ``SeenUrl`` items in batched transactions.

    The page HTML goes to ``pages`` (compressed), the article row to ``articles``; duplicates
    by canonical URL or same-source content hash are not stored twice (``db.store``).
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.db_path: str = settings.get("INFRALEDGER_DB")
        self.run_id: str = settings.get("INFRALEDGER_RUN_ID") or "adhoc"
        self.batch_size = max(1, settings.getint("INFRALEDGER_BATCH_SIZE", 100))
        self.articles: list[dict[str, Any]] = []
        self.failures: list[dict[str, Any]] = []
        self.seen: list[dict[str, Any]] = []
        self.db: Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoreArticlePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.db = open_db(self.db_path, migrate=False)  # the runner migrated before the crawl
        spider = self.crawler.spider
        if isinstance(spider, NewsSpider):
            spider.store = self

    def close_spider(self) -> None:
        spider = self.crawler.spider
        if isinstance(spider, NewsSpider) and spider.store is self:
            spider.store = None
        self.flush()
        if self.db is not None:
            self.db.close()
            self.db = None

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticlePage):
            self.articles.append(_row(item, _ARTICLE_FIELDS))
        elif isinstance(item, FetchFailure):
            self.failures.append(_row(item, _FAILURE_FIELDS))
        elif isinstance(item, SeenUrl):
            self.seen.append(_row(item, _SEEN_FIELDS))
        else:
            return item
        if len(self.articles) + len(self.failures) + len(self.seen) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not (self.articles or self.failures or self.seen):
            return
        if self.db is None:
            self.db = open_db(self.db_path, migrate=False)
        spider = self.crawler.spider
        outcome = write_crawl_batch(
            self.db,
            run_id=self.run_id,
            spider=spider.name if spider is not None else "?",
            articles=self.articles,
            failures=self.failures,
            seen=self.seen,
        )
        self.articles, self.failures, self.seen = [], [], []
        for key, value in (
            ("articles_new", outcome.new),
            ("articles_duplicate", outcome.duplicate),
            ("articles_syndicated", outcome.syndicated),
            ("fetch_errors", outcome.errors),
        ):
            if value:
                inc_stat(self.crawler, f"infraledger/{key}", value)


class CollectCheckPipeline:
    """``sources check``: append ``CheckResult`` items as JSON lines to a results file."""

    def __init__(self, path: str) -> None:
        self.path = Path(path) if path else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CollectCheckPipeline:
        return cls(crawler.settings.get("INFRALEDGER_CHECK_OUTPUT") or "")

    def process_item(self, item: Any) -> Any:
        if isinstance(item, CheckResult) and self.path is not None:
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(asdict(item)) + "\n")
        return item
