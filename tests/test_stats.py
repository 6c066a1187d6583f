"""``infraledger stats`` and the ``source_stats`` view: the numbers an operator acts on."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.stats import collect_stats, last_runs, source_stats, totals
from db.store import open_db, record_crawl_run, upsert_sources

REPO = Path(__file__).resolve().parent.parent
INFRALEDGER = str(REPO / ".venv" / "bin" / "infraledger")
NOW = datetime.now(UTC).replace(microsecond=0)


def ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).strftime("%Y-%m-%dT%H:%M:%SZ")


def source(sid: str, *, active: bool = True) -> dict[str, object]:
    urls = {"feeds": [f"https://{sid}.example/feed"], "sitemaps": [], "listings": []}
    return {"id": sid, "name": sid.title(), "language": "en", "kind": "feed",
            "urls": json.dumps(urls), "local": 0, "active": int(active)}  # fmt: skip


def run(db, run_id: str, started: str, *, healthy: bool = True, problems=(), new: int = 0):
    record_crawl_run(db, {
        "run_id": run_id, "spider": "feeds", "started_at": started, "finished_at": started,
        "finish_reason": "finished", "requests": 10, "responses": 10, "articles_new": new,
        "articles_duplicate": 0, "not_modified": 1, "errors": len(problems),
        "healthy": int(healthy), "problems": json.dumps(list(problems)), "stats": "{}",
    })  # fmt: skip


def error(db, run_id: str, sid: str, when: str, reason: str, url: str | None = None) -> None:
    db.table("fetch_errors").insert({
        "run_id": run_id, "spider": "feeds", "source_id": sid,
        "url": url or f"https://{sid}.example/{run_id}", "status": 500, "reason": reason,
        "error_class": "HttpError", "occurred_at": when,
    })  # fmt: skip


def article(db, sid: str, n: int, seen: str, *, extracted: bool = True) -> None:
    db.table("articles").insert({
        "url": f"https://{sid}.example/story-{n}", "source_id": sid, "title": f"Story {n}",
        "fetched_at": seen, "first_seen_at": seen, "extractor_version": 1 if extracted else None,
    })  # fmt: skip


@pytest.fixture
def stats_db(tmp_path):
    path = tmp_path / "news.db"
    db = open_db(path)
    upsert_sources(db, [source(s) for s in ("ok", "failing", "flaky", "fresh")]
                   + [source("retired", active=False)])  # fmt: skip
    # Four runs, an hour apart: r1 oldest.
    for i, rid in enumerate(["r1", "r2", "r3", "r4"]):
        run(db, rid, ago(hours=4 - i), healthy=rid != "r4", problems=["feeds: 3 fetch errors"]
            if rid == "r4" else (), new=2)  # fmt: skip
    # "ok": articles 1 h, 3 days, 10 days old; its feed answered 304 in the last run.
    for n, seen in enumerate([ago(hours=1), ago(days=3), ago(days=10)]):
        article(db, "ok", n, seen)
    db.table("http_cache").insert({"url": "https://ok.example/feed", "status": 304,
                                   "checked_at": ago(minutes=30)})  # fmt: skip
    # "failing": worked 5 hours ago, then errors in r1..r4 (one run with two errors).
    article(db, "failing", 1, ago(hours=5))
    for i, rid in enumerate(["r1", "r2", "r3", "r4"]):
        error(db, rid, "failing", ago(hours=4 - i, minutes=-1), f"HTTP 500 ({rid})")
    error(
        db,
        "r4",
        "failing",
        ago(hours=1, minutes=-2),
        "timeout after 30s",
        "https://failing.example/x",
    )
    # "flaky": errors in r2, then its feed answered in r3 (after the error), then one error in r4.
    error(db, "r2", "flaky", ago(hours=3, minutes=-1), "HTTP 503")
    db.table("http_cache").insert({"url": "https://flaky.example/feed", "status": 200,
                                   "checked_at": ago(hours=2, minutes=-1)})  # fmt: skip
    error(db, "r4", "flaky", ago(hours=1, minutes=-1), "connection reset")
    # "fresh": a feed that answered, an unextracted article from the last hour.
    db.table("http_cache").insert({"url": "https://fresh.example/feed", "status": 200,
                                   "checked_at": ago(minutes=10)})  # fmt: skip
    article(db, "fresh", 1, ago(minutes=10), extracted=False)
    yield path, db
    db.close()


def by_id(rows):
    return {r["source_id"]: r for r in rows}


def test_source_stats_health_and_consecutive_failures(stats_db):
    _, db = stats_db
    rows = by_id(source_stats(db))
    assert set(rows) == {"ok", "failing", "flaky", "fresh", "retired"}
    assert rows["ok"]["health"] == "ok"
    assert rows["ok"]["consecutive_failures"] == 0
    assert rows["ok"]["last_success_at"] == ago(minutes=30)  # the 304 counts as success
    assert rows["failing"]["health"] == "failing"
    assert rows["failing"]["consecutive_failures"] == 4  # r1..r4, r4 counted once
    assert rows["failing"]["last_success_at"] == ago(hours=5)
    assert rows["failing"]["last_error"] == "timeout after 30s"
    assert rows["failing"]["last_error_url"] == "https://failing.example/x"
    assert rows["flaky"]["health"] == "degraded"
    assert rows["flaky"]["consecutive_failures"] == 1  # only r4: r3 worked
    assert rows["retired"]["health"] == "inactive"
    assert rows["fresh"]["health"] == "ok"


def test_source_stats_article_windows(stats_db):
    _, db = stats_db
    ok = by_id(source_stats(db))["ok"]
    assert (ok["articles"], ok["articles_last_24h"], ok["articles_last_7d"]) == (3, 1, 2)
    assert ok["last_article_at"] == ago(hours=1)


def test_never_crawled_source(tmp_path):
    db = open_db(tmp_path / "empty.db")
    upsert_sources(db, [source("new")])
    assert source_stats(db)[0]["health"] == "never crawled"
    db.close()


def test_totals_and_last_runs(stats_db):
    _, db = stats_db
    counts = totals(db, extractor_version=1)
    assert counts["articles"] == 5
    assert counts["sources"] == 5
    assert counts["pending_extraction"] == 1
    assert counts["fetch_errors_last_24h"] == 7
    assert totals(db, extractor_version=2)["pending_extraction"] == 5  # a version bump
    runs = last_runs(db, limit=3)
    assert [r["run_id"] for r in runs] == ["r4", "r3", "r2"]
    assert runs[0]["healthy"] is False
    assert runs[0]["problems"] == ["feeds: 3 fetch errors"]
    assert runs[1]["problems"] == []


def test_stats_command_json_and_table(stats_db):
    path, db = stats_db
    expected = collect_stats(db, extractor_version=1, runs=10)
    cmd = [INFRALEDGER, "--db", str(path), "stats"]
    out = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True,
                         cwd=REPO, check=True, timeout=60)  # fmt: skip
    data = json.loads(out.stdout)
    assert data["sources"] == expected["sources"]
    assert data["totals"]["articles"] == 5
    assert [r["run_id"] for r in data["runs"]] == ["r4", "r3", "r2", "r1"]
    table = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=True,
                           timeout=60).stdout  # fmt: skip
    failing_line = next(line for line in table.splitlines() if line.startswith("failing "))
    assert "failing" in failing_line.split()[1]
    assert "timeout after 30s" in failing_line
    assert "totals: sources 5, articles 5" in table


def test_stats_without_database_is_an_error(tmp_path):
    done = subprocess.run(
        [INFRALEDGER, "--db", str(tmp_path / "nope.db"), "stats"],
        capture_output=True, text=True, cwd=REPO, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip() == f"infraledger stats: no database at {tmp_path / 'nope.db'}"
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.asyncio
async def test_datasette_serves_the_same_source_stats(stats_db):
    from datasette.app import Datasette

    path, db = stats_db
    ds = Datasette([str(path)])
    response = await ds.client.get("/news/source_stats.json?_shape=array")
    assert response.status_code == 200
    assert by_id(response.json()) == by_id(source_stats(db))
