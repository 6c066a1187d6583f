"""The ``sitemaps`` spider: sitemaps, sitemap indexes, Google News sitemaps and robots.txt.

Besides the configured sitemap URLs, the ``Sitemap:`` lines of each source's robots.txt are
followed (setting ``INFRALEDGER_ROBOTS_SITEMAPS``): every run for a source without a feed, at
most once per ``INFRALEDGER_ROBOTS_SITEMAPS_HOURS`` for one with a feed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.settings import BaseSettings

from crawler.middlewares import inc_stat
from crawler.parsing import parse_sitemap
from crawler.sources import Source
from crawler.spiders.base import NewsSpider
from db.store import open_db, recent_http_cache_urls


def robots_url(url: str) -> str:
    """The robots.txt URL of the site serving ``url``."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def recent_robots_checks(settings: BaseSettings) -> set[str]:
    """robots.txt URLs read for ``Sitemap:`` lines within INFRALEDGER_ROBOTS_SITEMAPS_HOURS."""
    hours = settings.getfloat("INFRALEDGER_ROBOTS_SITEMAPS_HOURS", 24)
    if hours <= 0:
        return set()
    since = (datetime.now(UTC) - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")
    db = open_db(settings.get("INFRALEDGER_DB"), migrate=False)
    try:
        return recent_http_cache_urls(db, since, suffix="/robots.txt")
    finally:
        db.close()


def robots_sitemap_urls(source: Source, settings: BaseSettings, checked: set[str]) -> list[str]:
    """The robots.txt URLs of ``source`` to read for ``Sitemap:`` lines in this run.

    A source with a feed finds its new articles there: its robots.txt is read for sitemaps once
    in INFRALEDGER_ROBOTS_SITEMAPS_HOURS (``checked`` holds those read lately). A source without
    a feed has it read every run.
    """
    if not settings.getbool("INFRALEDGER_ROBOTS_SITEMAPS", True):
        return []
    homepage = (source.homepage,) if source.homepage else ()
    robots = {robots_url(u) for u in (*homepage, *source.discovery_urls)}
    return [
        url
        for url in sorted(robots - set(source.sitemaps))
        if not (source.feeds and url in checked)
    ]


class SitemapsSpider(NewsSpider):
    name = "sitemaps"
    kind = "sitemaps"

    @classmethod
    def has_work(cls, sources: list[Source], settings: BaseSettings) -> bool:
        if any(source.sitemaps for source in sources if source.active):
            return True
        checked = recent_robots_checks(settings)
        return any(robots_sitemap_urls(s, settings, checked) for s in sources if s.active)

    async def start(self) -> AsyncIterator[Any]:
        self._robots_checked = recent_robots_checks(self.settings)
        async for request in super().start():
            yield request

    def start_for(self, source: Source) -> Iterator[Request]:
        for url in dict.fromkeys(source.sitemaps):
            yield self.discovery_request(url, source, "sitemap", self.parse_sitemap)
        for url in robots_sitemap_urls(source, self.settings, self._robots_checked):
            request = self.discovery_request(url, source, "sitemap", self.parse_sitemap)
            request.meta["il_optional"] = True  # a site without robots.txt is not an error
            request.meta["il_remember"] = True  # cached even without validators: the daily mark
            yield request

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["il_source"]]
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        parsed = parse_sitemap(response.body, response.url, content_type)
        inc_stat(self.crawler, "infraledger/sitemaps_parsed")
        if parsed.error:
            yield self.discovery_failure(response, parsed.error)
        self.logger.info(
            "%s: %d links, %d sitemaps in %s",
            source.id,
            len(parsed.links),
            len(parsed.sitemaps),
            response.url,
        )
        for url in parsed.sitemaps:
            yield self.discovery_request(url, source, "sitemap", self.parse_sitemap)
        yield from self.article_requests(parsed.links, source, via="sitemap")
