"""``infraledger demo``: the bundled sample site crawled end to end into a real SQLite file."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = [
    json.loads(line)
    for line in (REPO / "tests/data/sample_site_gold.jsonl").read_text("utf-8").splitlines()
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def infraledger(*args, cwd=REPO, env=None):
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run(
        # what the `infraledger` console script runs (`-m crawler.cli` would import cli twice)
        [sys.executable, "-c", "from crawler.cli import main; main()", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def run_id(stdout: str) -> str:
    match = re.search(r"\(run (\S+)\)", stdout)
    assert match, stdout
    return match.group(1)


def rows(db: Path, sql: str, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    port = str(free_port())  # the same port twice, as `make demo` would use
    first = infraledger("--db", str(db), "demo", "--no-serve", "--port", port)
    second = infraledger("--db", str(db), "demo", "--no-serve", "--port", port)
    return db, first, second


def test_demo_stores_every_allowed_sample_article_exactly_once(two_runs):
    db, first, _ = two_runs
    assert first.returncode == 0, first.stderr[-3000:]
    stored = rows(db, "select url, fetch_url, source_id, title from articles")
    assert len(stored) == len(GOLD) == 19
    by_path = {urlsplit(url).path: (source, title) for url, _, source, title in stored}
    assert {path: source for path, (source, _) in by_path.items()} == {
        g["path"]: g["source"] for g in GOLD
    }
    for gold in GOLD:  # crawl-time titles; a page found without a feed entry keeps its <title>
        title = by_path[gold["path"]][1]
        assert title == gold["title"] or title.startswith(gold["title"] + " | "), title
    # canonical URLs: the article linked with utm_* parameters is stored under its clean URL
    assert all(urlsplit(url).query == "" for url, _, _, _ in stored)
    # robots.txt kept the crawler away from the staff preview it could see in listing and sitemap
    for url, fetch_url, _, _ in stored:
        assert "/private/" not in url
        assert "/private/" not in (fetch_url or "")
    assert rows(db, "select count(*) from fetch_errors where url like '%/private/%'") == [(0,)]
    assert rows(db, "select url, reason from fetch_errors") == []
    # the summary a user reads
    assert re.search(r"chipwire\s+en\s+5 new\s+5 stored", first.stdout), first.stdout
    assert re.search(r"dailyai-it\s+it\s+4 new\s+4 stored", first.stdout)
    assert re.search(r"total\s+19 new\s+19 stored", first.stdout)


def test_second_run_stores_nothing_new_and_revalidates_feeds(two_runs):
    db, first, second = two_runs
    assert second.returncode == 0, second.stderr[-3000:]
    assert re.search(r"total\s+0 new\s+19 stored", second.stdout), second.stdout
    assert rows(db, "select count(*), count(distinct url) from articles") == [(19, 19)]
    runs = rows(
        db,
        "select spider, articles_new, not_modified, healthy from crawl_runs where run_id = ?",
        [run_id(second.stdout)],
    )
    assert {spider for spider, *_ in runs} == {"feeds", "sitemaps", "listing"}
    assert sum(new for _, new, _, _ in runs) == 0
    assert all(healthy == 1 for *_, healthy in runs)
    # same port, so feeds and sitemaps are revalidated with conditional GET and answered 304
    assert sum(not_modified for _, _, not_modified, _ in runs) >= 5
    assert run_id(first.stdout) != run_id(second.stdout)


def test_default_database_is_data_demo_db_and_busy_port_falls_back(tmp_path):
    real_db = tmp_path / "real.db"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = infraledger(
            "demo", "--no-serve", "--port", port, cwd=tmp_path, env={"INFRALEDGER_DB": str(real_db)}
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "using a free port instead" in result.stderr
    assert f"127.0.0.1:{port}/" not in result.stdout
    demo_db = tmp_path / "data" / "demo.db"
    assert rows(demo_db, "select count(*) from articles") == [(19,)]
    assert not real_db.exists()  # the demo never writes sample articles into the real database
    assert "Crawled into data/demo.db" in result.stdout
