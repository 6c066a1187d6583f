"""End to end on a news site laid out unlike tests/site: a WordPress-style outlet on its own host.

``tests/site_unseen/`` is served on 127.0.0.2 (its own Scrapy slot): an RSS feed at ``/feed/``
with relative links and CDATA, a robots.txt with a path prefix and a ``*``/``$`` wildcard rule
and a ``Sitemap:`` line (the sources file names no sitemap) pointing at an index of a gzipped
sitemap and a Google News sitemap, one story under five URLs (tracking parameters, AMP, a
missing trailing slash), a redirect chain, a page that answers 500, a soft 404, category and tag
pages, and a story linked only from a category page. The crawl must store exactly the articles
robots.txt allows, each once, and nothing new on a second run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SiteServer
from crawl_helpers import rows

from crawler.runner import run_crawl
from crawler.sources import parse_sources

UNSEEN_DIR = Path(__file__).parent / "site_unseen"

STORED = {
    "/2024/05/14/nvidia-taiwan-fab/",  # feed (?utm_*), sitemap, AMP in the news sitemap, listing
    "/2024/05/15/tsmc-power-deal/",  # feed; sitemap without the trailing slash (301)
    "/2024/05/16/micron-idaho-expansion/",  # old slug -> /?p=316 -> here
    "/2024/05/20/samsung-hbm-line/",  # linked only from the category page
    "/2024/05/21/intel-ohio-delay/",  # gzipped sitemap and category page
    "/2024/05/22/openai-stargate-power/",  # Google News sitemap only
}
FORBIDDEN = ("/members/2024/05/exclusive-hbm-pricing/", "/2024/05/17/acme-chips-sponsored/")


@pytest.fixture(scope="module")
def unseen() -> Iterator[SiteServer]:
    try:
        server = SiteServer(UNSEEN_DIR, host="127.0.0.2").start()
    except OSError as exc:  # not Linux: only 127.0.0.1 is bound to the loopback interface
        pytest.skip(f"cannot bind 127.0.0.2: {exc}")
    server.route("/2024/05/15/tsmc-power-deal", status=301, redirect="/2024/05/15/tsmc-power-deal/")
    server.route("/2024/05/16/old-micron-slug/", status=301, redirect="/?p=316")
    server.route("/?p=316", status=301, redirect="/2024/05/16/micron-idaho-expansion/")
    server.route(
        "/2024/05/18/broken-page/", status=500, body=b"<h1>Error establishing a DB link</h1>"
    )
    yield server
    server.stop()


@pytest.fixture(scope="module")
def crawled(unseen: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """Two full crawls (feeds, sitemaps, listing) into one database; server hits of each."""
    base = unseen.base
    sources = parse_sources(
        '[[source]]\nid = "unseen"\nname = "The Unseen Ledger"\nlanguage = "en"\n'
        f'feeds = ["{base}/feed/"]\nlistings = ["{base}/category/chips/"]\n'
        f'homepage = "{base}/"\nlocal = true\n'
    )
    db = tmp_path_factory.mktemp("unseen") / "unseen.db"
    settings = {"DOWNLOAD_TIMEOUT": 5, "RETRY_TIMES": 0, "LOG_LEVEL": "WARNING"}
    results, hits = [], []
    for _ in range(2):
        unseen.requests.clear()
        results.append(run_crawl(db, sources, settings=settings))
        hits.append(unseen.paths())
    return db, [results, hits]


def _paths(db: Path, sql: str, base: str) -> list[str]:
    return sorted(str(r["url"]).removeprefix(base) for r in rows(db, sql))


def test_exactly_the_allowed_articles_are_stored_once(crawled, unseen):
    db, _ = crawled
    assert _paths(db, "select url from articles", unseen.base) == sorted(STORED)
    assert (
        rows(db, "select count(*) - count(distinct content_hash) as n from articles")[0]["n"] == 0
    )
    assert rows(db, "select count(*) as n from pages")[0]["n"] == len(STORED)


def test_robots_rules_keep_disallowed_pages_unfetched(crawled):
    _, (_, hits) = crawled
    first = hits[0]
    assert "/robots.txt" in first
    for path in FORBIDDEN:
        assert not any(hit.startswith(path) for hit in first), path


def test_sitemaps_come_from_robots_txt_gzip_and_google_news(crawled, unseen):
    db, (_, hits) = crawled
    assert {"/sitemap_index.xml", "/post-sitemap.xml.gz", "/news-sitemap.xml"} <= set(hits[0])
    (news,) = rows(db, "select title, published_at from articles where url like '%stargate%'")
    assert news == {
        "title": "Data center campus seeks 5 GW of power",
        "published_at": "2024-05-22T09:12:00Z",
    }


def test_variants_and_redirects_lead_to_one_row_each(crawled, unseen):
    db, _ = crawled
    (micron,) = rows(db, "select fetch_url from articles where url like '%micron%'")
    assert micron["fetch_url"] == unseen.url("/2024/05/16/old-micron-slug/")
    seen = _paths(db, "select url from seen_urls where article_id is not null", unseen.base)
    # The tracking-parameter and no-slash variants are remembered, so never fetched again.
    assert "/2024/05/15/tsmc-power-deal" in seen


def test_listing_tag_error_and_soft_404_pages_are_not_articles(crawled, unseen):
    db, ([first, _], _) = crawled
    stored = _paths(db, "select url from articles", unseen.base)
    assert not any(p.startswith(("/tag/", "/category/")) for p in stored)
    errors = {
        str(r["url"]).removeprefix(unseen.base): r
        for r in rows(db, "select url, status, reason from fetch_errors where run_id = ?",
                      (first.run_id,))
    }  # fmt: skip
    assert errors["/2024/05/18/broken-page/"]["status"] == 500
    assert errors["/2024/05/19/missing-story/"]["reason"].startswith("error page served")


def test_second_run_stores_nothing_new_and_refetches_no_article(crawled, unseen):
    db, ([first, second], hits) = crawled
    assert first.articles_new == len(STORED)
    assert second.articles_new == 0
    assert len(rows(db, "select id from articles")) == len(STORED)
    refetched = [p for p in hits[1] if p.startswith(("/2024/", "/members/", "/?p="))]
    # Only the page that answered 500 is tried again (a transient error); stored stories and
    # the soft 404 (a lasting failure) are not.
    assert refetched == ["/2024/05/18/broken-page/"]
