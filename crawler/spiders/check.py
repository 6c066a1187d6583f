"""The internal ``check`` spider (``infraledger sources check``): does each URL answer and parse?"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.items import CheckResult
from crawler.parsing import parse_feed, parse_sitemap
from crawler.sources import Source
from crawler.spiders.base import describe_failure
from crawler.spiders.listing import ListingSpider
from crawler.urls import absolute_url, looks_like_article_url


class CheckSpider(ListingSpider):
    name = "check"
    kind = ""

    def start_for(self, source: Source) -> Iterator[Request]:
        for kind, urls in (
            ("feed", source.feeds),
            ("sitemap", source.sitemaps),
            ("listing", source.listings),
        ):
            for url in urls:
                yield Request(
                    url,
                    callback=self.check_page,
                    errback=self.check_error,
                    meta={**self.meta_for(source, "check"), "il_check": kind},
                    dont_filter=True,
                )

    def check_page(self, response: Response) -> Iterator[CheckResult]:
        meta = response.meta
        kind = meta["il_check"]
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        if kind == "feed":
            parsed = parse_feed(response.body, response.url, content_type)
            count, error = len(parsed.links), parsed.error
            detail = f"{count} entries ({parsed.kind or 'unknown format'})"
        elif kind == "sitemap":
            parsed = parse_sitemap(response.body, response.url, content_type)
            count, error = len(parsed.links) + len(parsed.sitemaps), parsed.error
            detail = f"{len(parsed.links)} URLs, {len(parsed.sitemaps)} sitemaps"
        else:
            if not isinstance(response, TextResponse):
                count, error, detail = 0, "not HTML", ""
            else:
                hrefs = response.css("a::attr(href)").getall()
                urls = {absolute_url(response.url, h) for h in hrefs} - {None}
                count = sum(1 for u in urls if u and looks_like_article_url(u, response.url))
                error, detail = None, f"{count} article links"
        ok = error is None and count > 0
        if error is None and count == 0:
            error = "no links found"
        yield CheckResult(
            source_id=meta["il_source"],
            url=meta.get("redirect_urls", [response.url])[0],
            kind=kind,
            ok=ok,
            detail=detail if ok else f"{error}; {detail}" if detail else str(error),
        )

    def check_error(self, failure: Failure) -> Iterator[CheckResult]:
        request: Request = failure.request  # type: ignore[attr-defined]
        _, reason, _ = describe_failure(failure)
        if "robots.txt" in str(failure.value):
            reason = "forbidden by robots.txt"
        yield CheckResult(
            source_id=request.meta["il_source"],
            url=request.url,
            kind=request.meta["il_check"],
            ok=False,
            detail=reason,
        )

    def parse_listing(self, response: Response) -> Iterator[Any]:  # not used by checks
        return iter(())
