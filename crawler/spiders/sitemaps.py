"""The ``sitemaps`` spider: sitemaps, sitemap indexes, Google News sitemaps and robots.txt.

Besides the configured sitemap URLs, the ``Sitemap:`` lines of each source's robots.txt are
followed (setting ``INFRALEDGER_ROBOTS_SITEMAPS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy import Request
from scrapy.http import Response

from crawler.middlewares import inc_stat
from crawler.parsing import parse_sitemap
from crawler.sources import Source
from crawler.spiders.base import NewsSpider


def robots_url(url: str) -> str:
    """The robots.txt URL of the site serving ``url``."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class SitemapsSpider(NewsSpider):
    name = "sitemaps"
    kind = "sitemaps"

    def start_for(self, source: Source) -> Iterator[Request]:
        for url in dict.fromkeys(source.sitemaps):
            yield self.discovery_request(url, source, "sitemap", self.parse_sitemap)
        if not self.settings.getbool("INFRALEDGER_ROBOTS_SITEMAPS", True):
            return
        homepage = (source.homepage,) if source.homepage else ()
        robots = {robots_url(u) for u in (*homepage, *source.discovery_urls)}
        for url in sorted(robots - set(source.sitemaps)):
            request = self.discovery_request(url, source, "sitemap", self.parse_sitemap)
            request.meta["il_optional"] = True  # a site without robots.txt is not an error
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
