"""The ``listing`` spider: section pages whose article links are followed.

Links are kept when they match the source's ``allow`` patterns, or, without patterns, when
``crawler.urls.looks_like_article_url`` accepts them. ``rel=next`` pagination is followed up to
``INFRALEDGER_LISTING_MAX_PAGES`` pages per listing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response, TextResponse

from crawler.middlewares import inc_stat
from crawler.parsing import Link
from crawler.sources import Source
from crawler.spiders.base import NewsSpider
from crawler.urls import absolute_url, looks_like_article_url


class ListingSpider(NewsSpider):
    name = "listing"
    kind = "listings"

    def start_for(self, source: Source) -> Iterator[Request]:
        for url in source.listings:
            request = self.discovery_request(url, source, "listing", self.parse_listing)
            request.meta["il_listing_page"] = 1
            yield request

    def parse_listing(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["il_source"]]
        if not isinstance(response, TextResponse):
            yield self.discovery_failure(response, "listing page is not HTML")
            return
        inc_stat(self.crawler, "infraledger/listings_parsed")
        links: dict[str, Link] = {}
        for href in response.css("a::attr(href)").getall():
            url = absolute_url(response.url, href)
            if url is None:
                continue
            url = url.split("#", 1)[0]
            if url in links:
                continue
            if source.allow or looks_like_article_url(url, response.url):
                links[url] = Link(url=url)
        self.logger.info("%s: %d article links on %s", source.id, len(links), response.url)
        yield from self.article_requests(links.values(), source, via="listing")
        page = int(response.meta.get("il_listing_page", 1))
        if page < self.settings.getint("INFRALEDGER_LISTING_MAX_PAGES", 3):
            nxt = response.css("link[rel~=next]::attr(href), a[rel~=next]::attr(href)").get()
            url = absolute_url(response.url, nxt)
            if url:
                request = self.discovery_request(url, source, "listing", self.parse_listing)
                request.meta["il_listing_page"] = page + 1
                yield request
