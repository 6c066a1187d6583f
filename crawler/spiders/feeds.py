"""The ``feeds`` spider: RSS, Atom and JSON Feed entries of every source become article fetches."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response

from crawler.middlewares import inc_stat
from crawler.parsing import parse_feed
from crawler.sources import Source
from crawler.spiders.base import NewsSpider


class FeedsSpider(NewsSpider):
    name = "feeds"
    kind = "feeds"

    def start_for(self, source: Source) -> Iterator[Request]:
        for url in source.feeds:
            yield self.discovery_request(url, source, "feed", self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["il_source"]]
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        parsed = parse_feed(response.body, response.url, content_type)
        inc_stat(self.crawler, "infraledger/feeds_parsed")
        if parsed.error:
            yield self.discovery_failure(response, parsed.error)
        self.logger.info("%s: %d entries in %s", source.id, len(parsed.links), response.url)
        yield from self.article_requests(parsed.links, source, via="feed")
