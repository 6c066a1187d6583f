"""Real crawls of the loopback site through feeds: articles, robots.txt, reruns, duplicates."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from crawl_helpers import article_paths, rows, sources_for

from crawler.runner import run_crawl

FEED_ARTICLES = [
    "/news/feed-only-story.html",
    "/news/moved-story.html",
    "/news/nvidia-raises-funds.html",
    "/news/openai-chip-plan.html",
    "/news/tsmc-arizona-fab.html",
]


@pytest.fixture(scope="module")
def feed_crawl(site_server, tmp_path_factory):
    """The feeds spider over /feed.xml, run twice; the server log of each run is kept."""
    from conftest import FAST_CRAWL

    site_server.reset()
    site_server.route("/news/old-story.html", redirect="/news/moved-story.html")
    db = tmp_path_factory.mktemp("feeds") / "kb.db"
    sources = sources_for(site_server.base, feeds=["/feed.xml"])
    first = run_crawl(db, sources, ["feeds"], settings=FAST_CRAWL)
    first_hits = list(site_server.requests)
    site_server.requests.clear()
    second = run_crawl(db, sources, ["feeds"], settings=FAST_CRAWL)
    second_hits = list(site_server.requests)
    site_server.reset()
    return db, first, first_hits, second, second_hits


def test_feed_entries_become_articles(feed_crawl, site_server):
    db, first, *_ = feed_crawl
    assert first.exit_code == 0, first.problems
    assert article_paths(db, site_server.base) == FEED_ARTICLES
    (run,) = first.runs
    assert run["spider"] == "feeds"
    assert run["articles_new"] == 5
    assert run["healthy"] == 1


def test_feed_title_and_dates_are_kept(feed_crawl, site_server):
    db, *_ = feed_crawl
    by_path = {
        r["url"].removeprefix(site_server.base): r
        for r in rows(db, "select url, title, published_at, source_id, fetched_at from articles")
    }
    nvidia = by_path["/news/nvidia-raises-funds.html"]
    assert nvidia["title"] == "Nvidia raises funds for fabs"
    assert nvidia["published_at"] == "2024-05-14T06:30:00Z"  # +0200 converted to UTC
    assert nvidia["source_id"] == "itt"
    assert nvidia["fetched_at"]
    assert by_path["/news/feed-only-story.html"]["published_at"] is None  # "not a date at all"


def test_page_html_is_stored_compressed(feed_crawl):
    db, *_ = feed_crawl
    (page,) = rows(
        db,
        "select p.html, p.content_type, p.size from pages p join articles a on a.id = p.article_id"
        " where a.url like '%/openai-chip-plan.html'",
    )
    html = zlib.decompress(page["html"])
    assert b"OpenAI is exploring making its own AI chips" in html
    assert page["size"] == len(html)
    assert page["content_type"].startswith("text/html")


def test_robots_txt_disallow_is_honoured(feed_crawl, site_server):
    db, _, first_hits, *_ = feed_crawl
    assert "/robots.txt" in [h.path for h in first_hits]
    assert not any(h.path.startswith("/private/") for h in first_hits)
    assert not any("/private/" in r["url"] for r in rows(db, "select url from articles"))


def test_identifying_user_agent(feed_crawl):
    _, _, first_hits, *_ = feed_crawl
    assert all(h.headers["User-Agent"].startswith("infraledger/") for h in first_hits)


def test_redirect_amp_and_canonical_duplicates_are_stored_once(feed_crawl, site_server):
    db, *_ = feed_crawl
    nvidia = rows(db, "select id, fetch_url from articles where url like '%/news/nvidia-%'")
    assert len(nvidia) == 1  # tracking URL, AMP page and canonical copy are one article
    aliases = {
        r["url"].removeprefix(site_server.base)
        for r in rows(db, "select url from seen_urls where article_id = ?", (nvidia[0]["id"],))
    }
    assert {"/news/nvidia-raises-funds/amp/", "/news/nvidia-copy.html"} <= aliases
    (moved,) = rows(db, "select fetch_url from articles where url like '%/moved-story.html'")
    assert moved["fetch_url"].endswith("/news/old-story.html")


def test_second_run_is_conditional_and_stores_nothing(feed_crawl):
    db, _, _, second, second_hits = feed_crawl
    assert second.exit_code == 0, second.problems
    assert second.runs[0]["articles_new"] == 0
    assert second.runs[0]["not_modified"] == 1
    (feed_hit,) = [h for h in second_hits if h.path == "/feed.xml"]
    assert feed_hit.headers.get("If-None-Match", "").startswith('"')
    assert feed_hit.headers.get("If-Modified-Since")
    # no article page is requested again: only robots.txt and the (revalidated) feed
    assert sorted({h.path for h in second_hits}) == ["/feed.xml", "/robots.txt"]
    assert len(rows(db, "select id from articles")) == 5


def test_one_crawl_runs_row_per_spider_per_run(feed_crawl):
    db, first, _, second, _ = feed_crawl
    runs = rows(db, "select run_id, spider, finish_reason, requests from crawl_runs")
    assert {(r["run_id"], r["spider"]) for r in runs} == {
        (first.run_id, "feeds"),
        (second.run_id, "feeds"),
    }
    assert all(r["finish_reason"] == "finished" and r["requests"] > 0 for r in runs)


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        ("/atom.xml", "/news/tsmc-arizona-fab.html"),  # Atom, relative link under xml:base
        ("/feed.json", "/world/micron-idaho-fab.html"),  # JSON Feed, relative url
        ("/rss1.rdf", "/world/intel-ohio-delay.html"),  # RSS 1.0 (RDF)
        ("/rss091.xml", "/world/samsung-pyeongtaek-line.html"),  # RSS 0.91, ISO-8859-1
    ],
)
def test_feed_formats(feed, expected, site, tmp_path: Path, fast_crawl):
    db = tmp_path / "kb.db"
    result = run_crawl(db, sources_for(site.base, feeds=[feed]), ["feeds"], settings=fast_crawl)
    assert result.exit_code == 0, result.problems
    assert article_paths(db, site.base) == [expected]
