"""Soak: 20 consecutive ``update`` runs against a site that publishes between runs.

Bounded to two minutes. Every article must be stored exactly once, extracted once, and the
counts must match what the site published.
"""

from __future__ import annotations

import time

import pytest
from test_update import NewsSite, assert_consistent, run_update, scalar, write_sources

RUNS = 20
BUDGET_SECONDS = 120


@pytest.mark.slow
def test_twenty_runs_store_every_article_exactly_once(tmp_path):
    site_a, site_b = NewsSite(), NewsSite()
    sources = write_sources(tmp_path / "sources.toml", [("alpha", site_a), ("beta", site_b)])
    db = tmp_path / "news.db"
    started = time.monotonic()
    try:
        for i in range(RUNS):
            # Some runs publish nothing (the feed answers 304), some publish on one site only.
            if i % 4 != 3:
                site_a.publish(1 + i % 3)
            if i % 3 == 0:
                site_b.publish(2)
            result = run_update(db, sources, timeout=60)
            assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), (i, result)
            published = len(site_a.published) + len(site_b.published)
            assert scalar(db, "select count(*) from articles") == published, i
            assert scalar(db, "select count(*) from articles where extracted_at is null") == 0
            assert time.monotonic() - started < BUDGET_SECONDS, f"over budget after {i + 1} runs"
    finally:
        site_a.close()
        site_b.close()
    assert scalar(db, "select count(distinct run_id) from crawl_runs") == RUNS
    for site, sid in ((site_a, "alpha"), (site_b, "beta")):
        assert scalar(db, "select count(*) from articles where source_id = ?", (sid,)) == len(
            site.published
        )
        # Every story page was fetched exactly once over the 20 runs.
        assert all(site.hits[f"/news/story-{n}.html"] == 1 for n in site.published)
    # Each story carries its "$N billion" figure, once.
    assert scalar(db, "select count(distinct article_id) from figures") == scalar(
        db, "select count(*) from articles"
    )
    assert_consistent(db)
    assert len(list((tmp_path / "logs").glob("update-*.log"))) == RUNS
