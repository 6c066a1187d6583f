"""``infraledger update`` end to end: real processes, live news sites on loopback, real SQLite.

``NewsSite`` (also used by test_faults.py and test_soak.py) is a small dynamic site: an RSS feed
with ETag/304, article pages with money figures, articles published on demand between runs, and
per-path behaviours (delays, statuses, raw socket tricks).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
INFRALEDGER = str(REPO / ".venv" / "bin" / "infraledger")
# Crawl fast against loopback: no politeness delays, few retries, short timeouts.
# Sources are ``local = true``, so the crawler drops its politeness delays for them by itself
# (per-host DOWNLOAD_SLOTS); only retries and timeouts are shortened here.
FAST = [
    "-s", "RETRY_TIMES=1",
    "-s", "DOWNLOAD_TIMEOUT=3",
]  # fmt: skip
# Each NewsSite is its own host (all of 127.0.0.0/8 is loopback on Linux): Scrapy keys its
# per-host slots by host name, as with real outlets.
_HOSTS = itertools.cycle(f"127.0.0.{n}" for n in range(11, 251))

COMPANIES = ["Nvidia", "TSMC", "Intel", "Samsung", "Microsoft", "OpenAI", "AMD", "Micron"]


def article_html(n: int, url: str) -> bytes:
    company = COMPANIES[n % len(COMPANIES)]
    amount = 5 + n
    paragraphs = [
        (
            f"{company} plans to invest ${amount} billion in a new chip plant in Arizona, "
            f"the company said on Tuesday in story number {n}."
        ),
        (
            f"The project, its largest to date, would add {100 + n} megawatts of data center "
            "capacity and thousands of jobs, according to people familiar with the matter."
        ),
        (
            "Analysts said the spending reflects soaring demand for artificial intelligence "
            "accelerators, as cloud providers race to build out capacity for training models."
        ),
        f"Shares of {company} rose {n % 7 + 1} percent in early trading after the report.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = f"{company} to invest ${amount} billion in Arizona fab (story {n})"
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<meta property="og:type" content="article">'
        f'<link rel="canonical" href="{url}">'
        '<meta property="article:published_time" content="2024-05-14T08:00:00Z">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


Behaviour = Callable[[BaseHTTPRequestHandler], None]


class NewsSite:
    """A live news site: ``/feed.xml`` (RSS, ETag), ``/news/story-N.html``, ``/robots.txt``."""

    def __init__(self, *, article_delay: float = 0.0) -> None:
        self.published: list[int] = []
        self.article_delay = article_delay
        self.behaviours: dict[str, Behaviour] = {}
        self.extra_links: list[str] = []  # paths listed in the feed besides the articles
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        host = next(_HOSTS)
        self.httpd = ThreadingHTTPServer((host, 0), self._handler())
        self.httpd.daemon_threads = True
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def publish(self, count: int) -> list[int]:
        with self.lock:
            start = max(self.published, default=0) + 1
            new = list(range(start, start + count))
            self.published.extend(new)
        return new

    def url(self, path: str) -> str:
        return self.base + path

    def feed(self) -> bytes:
        with self.lock:
            numbers = list(self.published)
            extra = list(self.extra_links)
        items = [
            f"<item><title>Story {n}</title><link>{self.base}/news/story-{n}.html</link>"
            f"<guid>{self.base}/news/story-{n}.html</guid>"
            f"<pubDate>{formatdate(1715673600 + n * 60, usegmt=True)}</pubDate></item>"
            for n in reversed(numbers)
        ]
        items += [f"<item><title>{p}</title><link>{self.base}{p}</link></item>" for p in extra]
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test news</title><link>{self.base}/</link><description>t</description>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with site.lock:
                    site.hits[path] += 1
                behaviour = site.behaviours.get(path)
                if behaviour is not None:
                    behaviour(self)
                elif path == "/robots.txt":
                    self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
                elif path == "/feed.xml":
                    body = site.feed()
                    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                    else:
                        self.send(200, body, "application/rss+xml", ETag=etag)
                elif path.startswith("/news/story-") and path.endswith(".html"):
                    n = int(path.removeprefix("/news/story-").removesuffix(".html"))
                    if n not in site.published:
                        self.send(404, b"<title>404 Not Found</title>", "text/html")
                        return
                    if site.article_delay:
                        time.sleep(site.article_delay)
                    self.send(200, article_html(n, site.url(path)), "text/html; charset=utf-8")
                else:
                    self.send(404, b"<title>404 Not Found</title>", "text/html")

        return Handler


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    site = NewsSite()
    yield site
    site.close()


def write_sources(path: Path, sites: list[tuple[str, NewsSite]]) -> Path:
    blocks = [
        f'[[source]]\nid = "{sid}"\nname = "Test {sid}"\nlanguage = "en"\n'
        f'feeds = ["{site.url("/feed.xml")}"]\nlocal = true\n'
        for sid, site in sites
    ]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def update_cmd(db: Path, sources: Path, *extra: str) -> list[str]:
    return [INFRALEDGER, "--db", str(db), "update", "--sources", str(sources), *FAST, *extra]


def run_update(
    db: Path, sources: Path, *extra: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: PLW1510 (the return code is asserted)
        update_cmd(db, sources, *extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=_env(),
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("INFRALEDGER_SOURCES", None)
    env.pop("INFRALEDGER_DB", None)
    return env


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def scalar(db: Path, sql: str, params: tuple[object, ...] = ()) -> object:
    return query(db, sql, params)[0][0]


def assert_consistent(db: Path) -> None:
    """Integrity ok; no article, page, figure or claim stored twice; every article has its page."""
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert query(db, "pragma foreign_key_check") == []
    assert scalar(db, "select count(*) - count(distinct url) from articles") == 0
    assert scalar(db, "select count(*) from articles a where not exists"
                      " (select 1 from pages p where p.article_id = a.id)") == 0  # fmt: skip
    assert scalar(db, "select count(*) from (select 1 from figures"
                      " group by article_id, start, end having count(*) > 1)") == 0  # fmt: skip
    assert scalar(db, "select count(*) from (select 1 from claims"
                      " group by article_id, start, end having count(*) > 1)") == 0  # fmt: skip


def story_urls(db: Path) -> list[str]:
    return [str(r[0]) for r in query(db, "select url from articles order by url")]


# --- tests -----------------------------------------------------------------------------------


def test_update_is_quiet_on_success_and_idempotent(tmp_path, news_site):
    news_site.publish(6)
    sources = write_sources(tmp_path / "sources.toml", [("alpha", news_site)])
    db = tmp_path / "data" / "news.db"

    first = run_update(db, sources)
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    assert scalar(db, "select count(*) from articles") == 6
    assert scalar(db, "select count(*) from articles where extracted_at is null") == 0
    figures = scalar(db, "select count(*) from figures")
    assert figures >= 6  # "$N billion" in every story
    logs = sorted((tmp_path / "data" / "logs").glob("update-*.log"))
    assert len(logs) == 1
    assert "update ok" in logs[0].read_text()

    second = run_update(db, sources)
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert scalar(db, "select count(*) from articles") == 6
    assert scalar(db, "select count(*) from figures") == figures
    assert news_site.hits["/news/story-1.html"] == 1  # stored pages are never refetched
    assert_consistent(db)
    assert len(list((tmp_path / "data" / "logs").glob("update-*.log"))) == 2


def test_two_runs_started_together_one_works_the_other_exits_75(tmp_path):
    site = NewsSite(article_delay=0.5)
    try:
        site.publish(4)
        sources = write_sources(tmp_path / "sources.toml", [("alpha", site)])
        db = tmp_path / "news.db"
        procs = [
            subprocess.Popen(update_cmd(db, sources), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=_env())
            for _ in range(2)
        ]  # fmt: skip
        outs = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    finally:
        site.close()
    codes = sorted(code for code, _, _ in outs)
    assert codes == [0, 75], outs
    _, out, err = next(o for o in outs if o[0] == 75)
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "another infraledger update holds" in err
    assert "news.db.lock" in err
    assert scalar(db, "select count(*) from articles") == 4
    # The skipped run wrote no log file of its own.
    assert len(list((tmp_path / "logs").glob("update-*.log"))) == 1


def test_lock_names_the_holder_and_is_released_when_the_holder_dies(tmp_path, news_site):
    sources = write_sources(tmp_path / "sources.toml", [("alpha", news_site)])
    db = tmp_path / "news.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         ("import sys, time; from pathlib import Path; from crawler.lock import update_lock\n"
         "with update_lock(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(60)"),
         str(db)],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )  # fmt: skip
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        blocked = run_update(db, sources)
        assert blocked.returncode == 75
        assert f"(pid {holder.pid} since " in blocked.stderr
    finally:
        holder.kill()
        holder.wait()
    after = run_update(db, sources)  # the kernel dropped the dead holder's lock
    assert (after.returncode, after.stderr) == (0, "")


def test_bad_sources_file_is_a_usage_error(tmp_path):
    result = run_update(tmp_path / "news.db", tmp_path / "missing.toml")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"infraledger update: {tmp_path / 'missing.toml'}: sources file not found"
    ]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nid = "x"\nname = "X"\nlanguage = "en"\n', encoding="utf-8")
    result = run_update(tmp_path / "news.db", bad)
    assert result.returncode == 2
    assert "needs at least one of feeds, sitemaps, listings" in result.stderr


def test_failure_prints_summary_and_log_path(tmp_path, news_site):
    # Every story fails: 12 errors out of ~14 requests trips the crawler's error-ratio rule.
    news_site.extra_links = [f"/broken-{i}.html" for i in range(12)]
    for i in range(12):
        news_site.behaviours[f"/broken-{i}.html"] = lambda h: h.send(500, b"oops", "text/plain")
    sources = write_sources(tmp_path / "sources.toml", [("alpha", news_site)])
    result = run_update(tmp_path / "news.db", sources, "-s", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "fetch errors" in result.stderr
    log_line = result.stderr.strip().splitlines()[-1]
    assert log_line.startswith("  log: ")
    log = Path(log_line.removeprefix("  log: "))
    assert log.is_file()
    assert "problem: feeds: 12 fetch errors" in log.read_text()


def test_max_runtime_bounds_the_run_and_the_next_run_finishes(tmp_path):
    site = NewsSite(article_delay=2.0)
    try:
        site.publish(40)
        sources = write_sources(tmp_path / "sources.toml", [("alpha", site)])
        db = tmp_path / "news.db"
        started = time.monotonic()
        bounded = run_update(db, sources, "--max-runtime", "8",
                             "-s", "INFRALEDGER_LOCAL_CONCURRENCY=1")  # fmt: skip
        took = time.monotonic() - started
        assert (bounded.returncode, bounded.stderr) == (0, "")  # the bound is not a failure
        # Two processes start (update, crawler) and in-flight fetches end on top of the bound.
        assert took < 8 + 12
        stored = scalar(db, "select count(*) from articles")
        assert 0 < stored < 40
        log = next((tmp_path / "logs").glob("update-*.log")).read_text()
        assert "stopped at the --max-runtime bound" in log
        site.article_delay = 0
        rest = run_update(db, sources)
        assert (rest.returncode, rest.stderr) == (0, "")
    finally:
        site.close()
    assert scalar(db, "select count(*) from articles") == 40
    assert scalar(db, "select count(*) from articles where extracted_at is null") == 0
    assert_consistent(db)


def test_nothing_pending_keeps_spacy_trafilatura_and_datasette_unloaded(tmp_path, news_site):
    news_site.publish(2)
    sources = write_sources(tmp_path / "sources.toml", [("alpha", news_site)])
    db = tmp_path / "news.db"
    assert run_update(db, sources).returncode == 0  # extracts both stories
    probe = (
        "import sys\n"
        "from crawler.cli import main\n"
        "sys.argv = ['infraledger', *sys.argv[1:]]\n"
        "try:\n    main()\n"
        "except SystemExit as exc:\n    code = exc.code\n"
        "heavy = {'spacy', 'trafilatura', 'datasette', 'scrapy', 'twisted'}\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & heavy)\n"
        "print(code, ','.join(heavy) or '-')\n"
    )  # fmt: skip
    result = subprocess.run(  # noqa: PLW1510 (the return code is asserted)
        [sys.executable, "-c", probe, *update_cmd(db, sources)[1:]],
        capture_output=True, text=True, cwd=REPO, env=_env(), timeout=60,
    )  # fmt: skip
    assert result.stdout.split() == ["0", "-"], result.stderr


def test_log_rotation_keeps_the_newest_and_drops_the_old(tmp_path):
    from crawler.logs import rotate_logs

    logs = tmp_path / "logs"
    logs.mkdir()
    now = time.time()
    for i in range(12):
        path = logs / f"update-2026010{i % 10}T00000{i % 10}Z-{i}.log"
        path.write_text("x")
        os.utime(path, (now - i * 3600, now - i * 3600))
    ancient = logs / "update-20200101T000000Z-1.log"
    ancient.write_text("x")
    os.utime(ancient, (now - 40 * 86400, now - 40 * 86400))
    other = logs / "keep-me.txt"
    other.write_text("not a run log")
    current = logs / "update-20260102T000000Z-99.log"
    current.write_text("x")
    os.utime(current, (now - 50 * 86400, now - 50 * 86400))

    removed = rotate_logs(logs, keep=5, max_age_days=30, now=now, spare=current)
    left = sorted(p.name for p in logs.iterdir())
    assert removed == 12 + 1 - 4
    assert current.name in left
    assert other.name in left
    assert ancient.name not in left
    kept = [p for p in logs.glob("update-*.log") if p != current]
    assert len(kept) == 4  # keep=5 counts the current log
    assert all(p.stat().st_mtime >= now - 3 * 3600 - 1 for p in kept)


def test_run_log_is_created_and_old_logs_rotated_by_a_real_run(tmp_path, news_site):
    sources = write_sources(tmp_path / "sources.toml", [("alpha", news_site)])
    logs = tmp_path / "logs"
    logs.mkdir()
    old = logs / "update-20200101T000000Z-1.log"
    old.write_text("old")
    os.utime(old, (time.time() - 90 * 86400,) * 2)
    assert run_update(tmp_path / "news.db", sources).returncode == 0
    names = [p.name for p in logs.iterdir()]
    assert len(names) == 1
    assert names[0] != old.name
    stamp, pid = names[0].removeprefix("update-").removesuffix(".log").split("-")
    assert len(stamp) == 16
    assert stamp.endswith("Z")
    assert pid.isdigit()


def kill_group(proc: subprocess.Popen[str]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


__all__ = [
    "NewsSite",
    "article_html",
    "assert_consistent",
    "kill_group",
    "query",
    "run_update",
    "scalar",
    "update_cmd",
    "write_sources",
]
