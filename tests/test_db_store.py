"""The crawl's reads and writes in db/store.py, on real SQLite files."""

from __future__ import annotations

import zlib

import pytest

from db.store import (
    article_exists,
    crawl_runs_for,
    get_http_cache,
    load_known_urls,
    open_db,
    record_crawl_run,
    save_http_cache,
    source_article_counts,
    upsert_sources,
    write_crawl_batch,
)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "kb.db")
    upsert_sources(
        database,
        [
            {"id": "a", "name": "Outlet A", "language": "en", "kind": "feed", "urls": "{}"},
            {"id": "b", "name": "Outlet B", "language": "it", "kind": "feed", "urls": "{}"},
        ],
    )
    yield database
    database.close()


def article(url, source="a", content_hash="h1", fetch_url=None, **extra):
    return {
        "url": url,
        "fetch_url": fetch_url or url,
        "source_id": source,
        "title": "T",
        "content_hash": content_hash,
        "fetched_at": "2024-05-14T08:00:00Z",
        "http_status": 200,
        "body": b"<html><body>story</body></html>",
        "encoding": "utf-8",
        "content_type": "text/html",
        **extra,
    }


def test_article_and_compressed_page_are_written(db):
    outcome = write_crawl_batch(db, run_id="r1", spider="feeds", articles=[article("https://a/1")])
    assert outcome.new == 1
    (row,) = db.execute(
        "select a.url, a.first_seen_at, p.html, p.size from articles a"
        " join pages p on p.article_id = a.id"
    ).fetchall()
    assert row[0] == "https://a/1"
    assert row[1] == "2024-05-14T08:00:00Z"
    assert zlib.decompress(row[2]) == b"<html><body>story</body></html>"
    assert row[3] == len(b"<html><body>story</body></html>")


def test_same_url_or_same_content_from_same_source_is_stored_once(db):
    write_crawl_batch(db, run_id="r1", spider="feeds", articles=[article("https://a/1")])
    outcome = write_crawl_batch(
        db,
        run_id="r1",
        spider="feeds",
        articles=[
            article("https://a/1", fetch_url="https://a/1?utm_source=x"),
            article("https://a/1-copy", content_hash="h1"),
        ],
    )
    assert (outcome.new, outcome.duplicate) == (0, 2)
    assert db.execute("select count(*) from articles").fetchone()[0] == 1
    known = load_known_urls(db)
    assert {"https://a/1", "https://a/1?utm_source=x", "https://a/1-copy"} <= known


def test_same_content_from_another_source_is_a_syndicated_copy(db):
    write_crawl_batch(db, run_id="r1", spider="feeds", articles=[article("https://a/1")])
    outcome = write_crawl_batch(
        db, run_id="r1", spider="feeds", articles=[article("https://b/x", source="b")]
    )
    assert outcome.syndicated == 1
    original, copy = db.execute("select id, duplicate_of from articles order by id").fetchall()
    assert copy[1] == original[0]


def test_fetch_errors_are_one_row_per_run_and_url(db):
    failure = {
        "url": "https://a/404",
        "source_id": "a",
        "status": 404,
        "reason": "HTTP 404",
        "lasting": True,
    }
    write_crawl_batch(db, run_id="r1", spider="feeds", failures=[failure, failure])
    write_crawl_batch(db, run_id="r2", spider="feeds", failures=[failure])
    rows = db.execute("select run_id, status, reason from fetch_errors order by run_id").fetchall()
    assert rows == [("r1", 404, "HTTP 404"), ("r2", 404, "HTTP 404")]
    assert "https://a/404" in load_known_urls(db)  # a lasting failure waits a few days
    assert "https://a/404" not in load_known_urls(db, retry_failed_after_days=-1)
    assert not article_exists(db, "https://a/404")


def test_transient_failures_are_retried(db):
    failure = {"url": "https://a/500", "source_id": "a", "status": 500, "reason": "HTTP 500"}
    write_crawl_batch(db, run_id="r1", spider="feeds", failures=[failure])
    assert "https://a/500" not in load_known_urls(db)


def test_failure_never_unlinks_a_stored_alias(db):
    write_crawl_batch(
        db,
        run_id="r1",
        spider="feeds",
        articles=[article("https://a/new", fetch_url="https://a/old")],
    )
    failure = {
        "url": "https://a/old",
        "source_id": "a",
        "status": 404,
        "reason": "HTTP 404",
        "lasting": True,
    }
    write_crawl_batch(db, run_id="r2", spider="feeds", failures=[failure])
    assert article_exists(db, "https://a/old")


def test_http_cache_round_trip(db):
    assert get_http_cache(db, "https://a/feed") is None
    save_http_cache(
        db,
        "https://a/feed",
        etag='"x1"',
        last_modified="Tue, 14 May 2024 08:00:00 GMT",
        status=200,
        content_type="application/rss+xml",
        body=b"<rss/>",
    )
    cached = get_http_cache(db, "https://a/feed")
    assert cached["etag"] == '"x1"'
    assert zlib.decompress(cached["body"]) == b"<rss/>"


def test_crawl_runs_upsert_and_read_back(db):
    row = {
        "run_id": "r1",
        "spider": "feeds",
        "finish_reason": "finished",
        "articles_new": 3,
        "healthy": 1,
        "problems": "[]",
    }
    record_crawl_run(db, row)
    record_crawl_run(db, {**row, "articles_new": 4})
    (run,) = crawl_runs_for(db, "r1")
    assert run["articles_new"] == 4


def test_source_article_counts_before_a_time(db):
    write_crawl_batch(db, run_id="r1", spider="feeds", articles=[article("https://a/1")])
    assert source_article_counts(db, "2024-05-15T00:00:00Z") == {"a": 1}
    assert source_article_counts(db, "2024-05-14T00:00:00Z") == {}
    # a crawl starting in the second the last one stored its articles still sees them
    assert source_article_counts(db, "2024-05-14T08:00:00Z") == {"a": 1}


def test_connection_pragmas(db):
    # Enforced foreign keys; statement journals in memory (on disk they made every extract
    # batch thousands of temp-file writes); WAL with NORMAL sync.
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert db.execute("pragma temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma synchronous").fetchone()[0] == 1  # NORMAL
