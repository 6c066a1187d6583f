"""Politeness per host: none for ``local = true`` sources, the configured one for real sites."""

from __future__ import annotations

import time

from crawl_helpers import rows
from test_update import NewsSite, write_sources

from crawler.runner import run_crawl, slot_settings
from crawler.sources import load_sources, parse_sources

REAL = parse_sources(
    '[[source]]\nid = "wire"\nname = "Wire"\nlanguage = "en"\n'
    'feeds = ["https://wire.example/feed/"]\nsitemaps = ["https://wire.example/sitemap.xml"]\n'
    '[[source]]\nid = "blog"\nname = "Blog"\nlanguage = "en"\n'
    'feeds = ["https://blog.example/feed/"]\n'
    '[[source]]\nid = "lab"\nname = "Lab"\nlanguage = "en"\n'
    'feeds = ["http://127.0.0.9:8080/feed.xml"]\nlocal = true\n'
)


def test_slots_lift_delays_for_local_hosts_only():
    slots = slot_settings(
        REAL, ["feeds", "sitemaps", "listing"], per_domain=2, delay=1.0, local_concurrency=8
    )
    assert slots["127.0.0.9"] == {"concurrency": 8, "delay": 0.0, "jitter": 0.0}
    # Two spiders visit wire.example at once: each gets half the concurrency, twice the delay.
    assert slots["wire.example"] == {"concurrency": 1, "delay": 2.0}
    assert "blog.example" not in slots  # one spider: Scrapy's own per-domain settings apply


def test_one_spider_alone_keeps_the_configured_politeness():
    slots = slot_settings(REAL, ["feeds"], per_domain=2, delay=1.0, local_concurrency=8)
    assert set(slots) == {"127.0.0.9"}


def test_local_source_is_crawled_without_delay_under_default_politeness(tmp_path):
    site = NewsSite()
    try:
        site.publish(16)
        sources = load_sources(write_sources(tmp_path / "sources.toml", [("alpha", site)]))
        started = time.monotonic()
        # Project defaults: DOWNLOAD_DELAY 1 s and AutoThrottle's 2 s start delay would make
        # 16 article fetches take over 16 s on a real host.
        result = run_crawl(tmp_path / "news.db", sources, settings={"LOG_LEVEL": "WARNING"})
        took = time.monotonic() - started
    finally:
        site.close()
    assert result.exit_code == 0, result.problems
    assert len(rows(tmp_path / "news.db", "select id from articles")) == 16
    assert took < 10
