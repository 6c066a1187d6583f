"""Crawl throughput: our full crawl against a bare Scrapy spider, on the same local site.

A generated site of 2,000 article pages (plus a sitemap index) is served on 127.0.0.1 by a
separate process. Measured in the same run:

- full: ``crawler.runner.run_crawl`` with the ``sitemaps`` spider, i.e. our middlewares (address
  guard, skip-known, conditional GET), article checks, canonicalization and the store pipeline
  (compressed pages, batched transactions), into a fresh SQLite file;
- bare: Scrapy's ``SitemapSpider`` fetching the same pages and storing nothing.

Both use the same relaxed politeness for the loopback site (no delays, 16 concurrent
requests, the same slot and item concurrency, records below LOG_LEVEL dropped at the logger).
Pages per second come from Scrapy's ``elapsed_time_seconds`` stat. Targets: full/bare ratio
>= 0.7 (median of paired rounds) and peak crawler memory under 500 MB.
"""

from __future__ import annotations

import json
import logging
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGES = 2000
TARGET_RATIO = 0.7
MAX_MEMORY_MB = 500
ROUNDS = 5
RELAXED: dict[str, object] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "RETRY_TIMES": 0,
    "CONCURRENT_ITEMS": 8,  # our project setting; given to the bare spider too, for fairness
    # The loopback host's slot, spelled out for both sides: the full crawl would otherwise give
    # a local source INFRALEDGER_LOCAL_CONCURRENCY (8) requests in flight.
    "DOWNLOAD_SLOTS": {"127.0.0.1": {"concurrency": 16, "delay": 0, "jitter": 0}},
}
_WORDS = [
    "Nvidia",
    "TSMC",
    "Samsung",
    "Intel",
    "Micron",
    "fab",
    "chip",
    "wafer",
    "capacity",
    "gigawatt",
    "data",
    "center",
    "investment",
    "billion",
    "trillion",
    "funding",
    "subsidy",
    "memory",
    "packaging",
    "foundry",
    "power",
    "grid",
    "cooling",
    "rack",
]


def _article(i: int) -> str:
    words = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(60))
    paragraphs = "\n".join(f"<p>{words} {i}-{k}.</p>" for k in range(12))
    related = "".join(
        f'<li><a href="/news/story-{j}-chips-and-fabs.html">Story {j}</a></li>'
        for j in range(i, i + 8)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Story {i}: chips and fabs</title>
<link rel="canonical" href="/news/story-{i}-chips-and-fabs.html">
<meta property="og:type" content="article">
<meta property="og:title" content="Story {i}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Story {i}"}}</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/tag/chips/">Chips</a></nav>
</header>
<article><h1>Story {i}: chips and fabs</h1>
<time datetime="2024-05-14T08:00:00Z">14 May 2024</time>
{paragraphs}
</article>
<aside><ul>{related}</ul></aside>
<footer>Bench Times</footer>
</body></html>
"""


def build_site(root: Path, base: str) -> None:
    news = root / "news"
    news.mkdir(parents=True)
    for i in range(PAGES):
        (news / f"story-{i}-chips-and-fabs.html").write_text(_article(i), encoding="utf-8")
    half = PAGES // 2
    for part, chunk in enumerate((range(half), range(half, PAGES))):
        urls = "\n".join(
            f"<url><loc>{base}/news/story-{i}-chips-and-fabs.html</loc>"
            f"<lastmod>2024-05-14</lastmod></url>"
            for i in chunk
        )
        (root / f"sitemap-{part}.xml").write_text(
            '<?xml version="1.0"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        )
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{base}/sitemap-{p}.xml</loc></sitemap>" for p in (0, 1))
        + "</sitemapindex>\n"
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_main(root: Path, port: int) -> None:
    """A keep-alive HTTP/1.1 file server (``http.server`` speaks HTTP/1.0, one connection each)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    files = {"/" + str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = files.get(self.path.split("?", 1)[0])
            status = 200 if body is not None else 404
            body = body if body is not None else b"not found"
            ctype = "application/xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
            if self.path.endswith(".txt"):
                ctype = "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def _serve(root: Path, port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_crawl", "--serve", str(root), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("benchmark site server did not start")


def bare_crawl(sitemap: str) -> dict[str, float]:
    """Run the bare spider in a child process; its stats as JSON on stdout."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_crawl", "--bare", sitemap],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _bare_main(sitemap: str) -> None:
    from scrapy.crawler import AsyncCrawlerProcess
    from scrapy.spiders import SitemapSpider

    class BareSpider(SitemapSpider):
        name = "bare"
        sitemap_urls = [sitemap]  # noqa: RUF012 (Scrapy's class-attribute convention)

        def parse(self, response):  # type: ignore[no-untyped-def]
            return None

    settings = {
        **RELAXED,
        "ROBOTSTXT_OBEY": True,
        "USER_AGENT": "infraledger-bench/0.1",
        "TELNETCONSOLE_ENABLED": False,
    }
    process = AsyncCrawlerProcess(settings)
    # As crawler.runner does for the full crawl: drop records below LOG_LEVEL at the logger.
    logging.getLogger("scrapy").setLevel(str(RELAXED["LOG_LEVEL"]))
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    print(
        json.dumps(
            {
                "elapsed": float(stats.get("elapsed_time_seconds", 0.0)),
                "responses": int(stats.get("response_received_count", 0)),
                "memory": int(stats.get("memusage/max", 0)),
            }
        )
    )


def full_crawl(db: Path, base: str) -> dict[str, float]:
    from crawler.runner import run_crawl
    from crawler.sources import parse_sources

    sources = parse_sources(
        f'[[source]]\nid = "bench"\nname = "Bench"\nlanguage = "en"\n'
        f'sitemaps = ["{base}/sitemap.xml"]\nlocal = true\n'
    )
    result = run_crawl(db, sources, ["sitemaps"], settings=RELAXED)
    if result.exit_code != 0:
        raise RuntimeError(f"full crawl failed: {result.problems}")
    (run,) = result.runs
    stats = json.loads(run["stats"])
    return {
        "elapsed": float(stats["elapsed_time_seconds"]),
        "responses": int(stats.get("response_received_count", 0)),
        "articles": int(run["articles_new"]),
        "memory": int(stats.get("memusage/max", 0)),
    }


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        root = Path(tmp) / "site"
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        build_site(root, base)
        server = _serve(root, port)
        try:
            bare_rates: list[float] = []
            full_rates: list[float] = []
            memory = 0
            for round_ in range(ROUNDS):
                # alternate which crawl goes first: the machine's load drifts
                if round_ % 2:
                    full = full_crawl(Path(tmp) / f"bench-{round_}.db", base)
                    bare = bare_crawl(f"{base}/sitemap.xml")
                else:
                    bare = bare_crawl(f"{base}/sitemap.xml")
                    full = full_crawl(Path(tmp) / f"bench-{round_}.db", base)
                if full["articles"] != PAGES:
                    print(f"full crawl stored {full['articles']} of {PAGES} pages")
                    return 1
                bare_rates.append(bare["responses"] / bare["elapsed"])
                full_rates.append(full["responses"] / full["elapsed"])
                memory = max(memory, int(full["memory"]), int(bare["memory"]))
                print(
                    f"round {round_ + 1}: bare {bare_rates[-1]:.0f} pages/s, "
                    f"full {full_rates[-1]:.0f} pages/s ({full['articles']} articles stored)"
                )
        finally:
            server.terminate()
            server.wait()
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak_mb = max(memory / 2**20, children_kb / 1024)
    # The median of paired per-round ratios resists the load other processes put on the machine.
    ratios = [f / b for f, b in zip(full_rates, bare_rates, strict=True)]
    ratio = statistics.median(ratios)
    print(f"bare Scrapy spider: {statistics.median(bare_rates):.0f} pages/s (median of {ROUNDS})")
    print(f"full crawl (fetch, canonicalize, store): {statistics.median(full_rates):.0f} pages/s")
    print(
        f"ratio full/bare: {ratio:.2f}, median of paired rounds (min {min(ratios):.2f}, "
        f"max {max(ratios):.2f}; target >= {TARGET_RATIO})"
    )
    print(f"peak memory of a crawler process: {peak_mb:.0f} MB (target < {MAX_MEMORY_MB})")
    ok = ratio >= TARGET_RATIO and peak_mb < MAX_MEMORY_MB
    print("targets met" if ok else "targets MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--bare":
        _bare_main(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "--serve":
        _serve_main(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(main())
