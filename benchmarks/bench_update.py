"""``infraledger update`` when nothing is new: 30 local sources whose feeds answer 304.

Target: under 5 seconds of wall time for the whole command, process start included, with the
crawler's default politeness settings. Each source is its own host (127.0.0.1 .. 127.0.0.30,
all loopback) so that per-host throttling behaves as with 30 real outlets. Also reports which
heavy modules (spaCy, trafilatura, Datasette) the update process imported: none should be,
since nothing is pending.

Run: ``python -m benchmarks bench_update``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INFRALEDGER = REPO / ".venv" / "bin" / "infraledger"
SOURCES = 30
TARGET_SECONDS = 5.0
HEAVY = ("spacy", "trafilatura", "datasette")

ARTICLE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{t}</title>'
    '<meta property="og:type" content="article"></head><body><article><h1>{t}</h1>'
    "<p>{c} plans to invest $12 billion in a new data center campus, the company said.</p>"
    "<p>The site would draw 300 megawatts once complete, according to the filing.</p>"
    "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        host = self.headers.get("Host", "")
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif self.path == "/feed.xml":
            body = (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>s</title>'
                f"<link>http://{host}/</link><description>d</description><item><title>one"
                f"</title><link>http://{host}/news/one-big-story.html</link></item>"
                "</channel></rss>"
            ).encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._send(200, body, "application/rss+xml", etag)
        elif self.path == "/news/one-big-story.html":
            page = ARTICLE.format(t=f"Story from {host}", c="Nvidia").encode()
            self._send(200, page, "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


def start_sites() -> list[ThreadingHTTPServer]:
    servers = []
    for i in range(SOURCES):
        server = ThreadingHTTPServer((f"127.0.0.{i + 1}", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def write_sources(path: Path, servers: list[ThreadingHTTPServer]) -> None:
    blocks = []
    for i, server in enumerate(servers):
        host, port = str(server.server_address[0]), int(server.server_address[1])
        blocks.append(
            f'[[source]]\nid = "site-{i:02d}"\nname = "Site {i}"\nlanguage = "en"\n'
            f'feeds = ["http://{host}:{port}/feed.xml"]\nlocal = true\n'
        )
    path.write_text("\n".join(blocks), encoding="utf-8")


PROBE = (
    "import sys, time\n"
    "from crawler.cli import main\n"
    "sys.argv = ['infraledger', *sys.argv[1:]]\n"
    "try:\n    main()\n"
    "except SystemExit as exc:\n    code = exc.code\n"
    f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
    "print(code, ','.join(heavy) or '-')\n"
)


def main() -> int:
    servers = start_sites()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-update-") as tmp:
            sources = Path(tmp) / "sources.toml"
            write_sources(sources, servers)
            db = Path(tmp) / "news.db"
            args = ["--db", str(db), "update", "--sources", str(sources)]
            env = {k: v for k, v in os.environ.items() if not k.startswith("INFRALEDGER_")}
            first = subprocess.run(
                [str(INFRALEDGER), *args], capture_output=True, text=True, cwd=REPO, env=env,
                check=False,
            )  # fmt: skip
            print(f"first run (30 new articles, extracted): exit {first.returncode}")
            if first.returncode != 0:
                print(first.stderr)
                return 1
            started = time.perf_counter()
            quiet = subprocess.run(
                [str(INFRALEDGER), *args], capture_output=True, text=True, cwd=REPO, env=env,
                check=False,
            )  # fmt: skip
            took = time.perf_counter() - started
            probe = subprocess.run(
                [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=REPO,
                env=env, check=False,
            )  # fmt: skip
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    code, _, heavy = probe.stdout.strip().partition(" ")
    print(f"update with nothing new, {SOURCES} sources answering 304: {took:.2f}s wall "
          f"(target < {TARGET_SECONDS:.0f}s), exit {quiet.returncode}")  # fmt: skip
    print(f"heavy modules imported by the update process: {heavy or '?'}")
    ok = quiet.returncode == 0 and took < TARGET_SECONDS and heavy == "-" and code == "0"
    if quiet.returncode != 0:
        print(quiet.stderr)
    print("target met" if ok else "target MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
