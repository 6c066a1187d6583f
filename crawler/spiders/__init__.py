"""Spiders by source kind: ``feeds``, ``sitemaps``, ``listing``; internal ``add``, ``check``."""

from __future__ import annotations

import importlib

from scrapy import Spider

_CLASSES = {
    "feeds": "crawler.spiders.feeds:FeedsSpider",
    "sitemaps": "crawler.spiders.sitemaps:SitemapsSpider",
    "listing": "crawler.spiders.listing:ListingSpider",
    "add": "crawler.spiders.add:AddSpider",
    "check": "crawler.spiders.check:CheckSpider",
}


def spider_class(name: str) -> type[Spider]:
    """The spider class called ``name``; ``KeyError`` if there is none."""
    module, _, attr = _CLASSES[name].partition(":")
    cls: type[Spider] = getattr(importlib.import_module(module), attr)
    return cls
