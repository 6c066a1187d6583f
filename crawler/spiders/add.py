"""The internal ``add`` spider: fetch single article URLs given on the command line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from scrapy import Request

from crawler.sources import Source, host_port
from crawler.spiders.base import NewsSpider
from crawler.urls import same_site


def source_for(url: str, sources: Iterable[Source]) -> Source | None:
    """The configured source serving ``url`` (same host:port, else same site), if any."""
    sources = list(sources)
    target = host_port(url)
    for source in sources:
        if target in source.hosts:
            return source
    for source in sources:
        urls = [*source.discovery_urls, *([source.homepage] if source.homepage else [])]
        if any(same_site(url, u) for u in urls):
            return source
    return None


class AddSpider(NewsSpider):
    name = "add"
    kind = ""

    def __init__(
        self,
        sources: Iterable[Source] = (),
        urls: Iterable[str] = (),
        source_id: str | None = None,
        published: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(sources=sources, **kwargs)
        self.urls = list(urls)
        self.source_id = source_id
        self.published = published

    def start_for(self, source: Source) -> Iterator[Request]:
        return iter(())

    async def start(self) -> Any:
        for url in self.urls:
            source = (
                self.sources.get(self.source_id)
                if self.source_id
                else source_for(url, self.sources.values())
            )
            yield Request(
                url,
                callback=self.parse_article,
                errback=self.on_error,
                meta=self.meta_for(source, "article", il_via="add", il_published=self.published),
                dont_filter=True,
            )
