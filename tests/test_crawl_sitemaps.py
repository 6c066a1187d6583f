"""Real crawls of the loopback site through sitemaps and listing pages."""

from __future__ import annotations

import pytest
from crawl_helpers import article_paths, rows, sources_for

from crawler.runner import run_crawl


@pytest.fixture(scope="module")
def sitemap_crawl(site_server, tmp_path_factory):
    from conftest import FAST_CRAWL

    site_server.reset()
    db = tmp_path_factory.mktemp("sitemaps") / "kb.db"
    sources = sources_for(site_server.base, sitemaps=["/sitemap_index.xml"])
    result = run_crawl(db, sources, ["sitemaps"], settings=FAST_CRAWL)
    hits = list(site_server.requests)
    site_server.requests.clear()
    again = run_crawl(db, sources, ["sitemaps"], settings=FAST_CRAWL)
    again_hits = list(site_server.requests)
    site_server.reset()
    return db, result, hits, again, again_hits


def test_sitemap_index_to_articles_with_news_dates(sitemap_crawl, site_server):
    db, result, *_ = sitemap_crawl
    assert result.exit_code == 0, result.problems
    assert article_paths(db, site_server.base) == [
        "/world/intel-ohio-delay.html",
        "/world/micron-idaho-fab.html",  # from the gzipped child sitemap
        "/world/samsung-pyeongtaek-line.html",
    ]
    dates = {
        r["url"].rsplit("/", 1)[-1]: (r["published_at"], r["modified_at"], r["title"])
        for r in rows(db, "select url, published_at, modified_at, title from articles")
    }
    assert dates["samsung-pyeongtaek-line.html"] == (
        "2024-05-13T12:00:00Z",  # news:publication_date 21:00+09:00
        None,
        "Samsung adds a Pyeongtaek line",  # news:title
    )
    assert dates["micron-idaho-fab.html"][1] == "2024-05-10T12:00:00Z"  # lastmod


def test_sitemaps_never_store_section_pages_or_disallowed_urls(sitemap_crawl):
    db, _, hits, *_ = sitemap_crawl
    urls = [r["url"] for r in rows(db, "select url from articles")]
    assert not any(u.endswith(("/world/", "/", ".xml", ".gz")) for u in urls)
    assert not any(h.path.startswith("/private/") for h in hits)
    assert "/" not in [h.path for h in hits]  # the home page listed in the sitemap is skipped


def test_robots_sitemap_lines_are_read(sitemap_crawl):
    _, _, hits, *_ = sitemap_crawl
    paths = [h.path for h in hits]
    assert "/robots.txt" in paths
    assert "/sitemap-archive.xml.gz" in paths


def test_sitemap_rerun_is_conditional_and_stores_nothing(sitemap_crawl):
    *_, again, again_hits = sitemap_crawl
    assert again.exit_code == 0, again.problems
    assert again.runs[0]["articles_new"] == 0
    assert again.runs[0]["not_modified"] >= 3
    conditional = [h for h in again_hits if h.path.startswith("/sitemap")]
    assert conditional
    assert all("If-None-Match" in h.headers for h in conditional)
    assert not any(h.path.startswith(("/world/", "/news/")) for h in again_hits)


def test_listing_pages_yield_articles_not_themselves(site, tmp_path, fast_crawl):
    db = tmp_path / "kb.db"
    sources = sources_for(site.base, listings=["/news/"])
    result = run_crawl(db, sources, ["listing"], settings=fast_crawl)
    assert result.exit_code == 0, result.problems
    assert article_paths(db, site.base) == [
        "/news/moved-story.html",  # from the rel=next page
        "/news/nvidia-raises-funds.html",
        "/news/openai-chip-plan.html",
        "/news/tsmc-arizona-fab.html",  # utm parameters stripped
        "/world/intel-ohio-delay.html",
    ]
    paths = site.paths()
    for not_article in ("/tag/chips/", "/author/jane-doe/", "/about.html", "/files/report.pdf"):
        assert not_article not in paths
