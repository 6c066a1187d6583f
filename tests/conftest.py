"""Shared fixtures: a real HTTP server for crawl tests, on 127.0.0.1 and a free port.

``site_server`` (session scope) serves ``tests/site/`` in a background thread. Reuse it:

- Static files: ``{{BASE}}`` inside any served text file is replaced by the server's base URL
  (``http://127.0.0.1:PORT``), so sitemaps and feeds can carry absolute links. Every file gets
  an ``ETag`` and a ``Last-Modified`` header and conditional GETs are answered with 304.
  ``.xml.gz`` files are gzipped on the fly from the ``.xml`` file beside them.
- Behaviours, programmable per test: ``site_server.route("/path", status=500)``,
  ``route("/old", redirect="/new")``, ``route("/slow", delay=3)``, ``route("/big", size=10**6)``,
  ``route("/x", body=b"...", headers={"Content-Type": "..."})``. Routes take precedence over files.
- ``site_server.requests``: every request seen, as ``Hit(method, path, headers)``; assert on
  what a crawler fetched (``site_server.paths()``) and how (``hit.headers["If-None-Match"]``).

The function-scoped ``site`` fixture hands out the same server with routes and request log
cleared, so tests do not see each other's traffic.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SITE_DIR = Path(__file__).parent / "site"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
    ".gz": "application/x-gzip",
}
LAST_MODIFIED = formatdate(1715673600, usegmt=True)  # Tue, 14 May 2024 08:00:00 GMT


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    redirect: str | None = None
    delay: float = 0.0
    size: int = 0  # stream this many filler bytes as the body


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up (timeouts, oversized bodies) are part of the tests


class SiteServer:
    """A threaded HTTP server over a directory, with programmable routes and a request log."""

    def __init__(self, root: Path, host: str = "127.0.0.1") -> None:
        self.root = root
        self.routes: dict[str, Route] = {}
        self.requests: list[Hit] = []
        self._lock = threading.Lock()
        # Any 127.x.y.z is loopback on Linux: a distinct address is a distinct host for Scrapy.
        self.httpd = _QuietServer((host, 0), self._handler())
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def route(self, path: str, **kwargs: object) -> None:
        self.routes[path] = Route(**kwargs)  # type: ignore[arg-type]

    def reset(self) -> None:
        with self._lock:
            self.routes.clear()
            self.requests.clear()

    def paths(self) -> list[str]:
        with self._lock:
            return [hit.path for hit in self.requests]

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.requests if hit.path == path]

    def _file(self, path: str) -> tuple[bytes, str] | None:
        rel = path.lstrip("/")
        target = (self.root / rel).resolve()
        if target.is_dir():  # "/feed/" serves feed/index.rss, "/news/" news/index.html
            found = sorted(target.glob("index.*"))
            target = found[0] if found else target / "index.html"
        if self.root.resolve() not in target.parents:
            return None
        if not target.is_file() and target.suffix == ".gz":
            plain = target.with_suffix("")
            if plain.is_file():
                return gzip.compress(self._render(plain), mtime=0), TYPES[".gz"]
            return None
        if not target.is_file():
            return None
        ctype = TYPES.get(target.suffix, "application/octet-stream")
        return self._render(target), ctype

    def _render(self, target: Path) -> bytes:
        data = target.read_bytes()
        return data.replace(b"{{BASE}}", self.base.encode())

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with server._lock:
                    server.requests.append(Hit("GET", self.path, dict(self.headers.items())))
                route = server.routes.get(path) or server.routes.get(self.path)
                if route is not None:
                    self._route(route)
                    return
                found = server._file(path)
                if found is None:
                    self._send(404, b"<html><title>404 Not Found</title></html>", "text/html")
                    return
                body, ctype = found
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or (
                    self.headers.get("If-Modified-Since") == LAST_MODIFIED
                    and "If-None-Match" not in self.headers
                ):
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._send(200, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

            def _route(self, route: Route) -> None:
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect:
                    self.send_response(route.status if route.status != 200 else 301)
                    self.send_header("Location", route.redirect)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {"Content-Type": "text/html; charset=utf-8", **route.headers}
                if route.size:
                    self.send_response(route.status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(route.size))
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 1020 + b"</p>"
                    sent = 0
                    try:
                        while sent < route.size:
                            piece = chunk[: route.size - sent]
                            self.wfile.write(piece)
                            sent += len(piece)
                    except OSError:
                        pass
                    return
                body = route.body.replace(b"{{BASE}}", server.base.encode())
                self._send(route.status, body, headers.pop("Content-Type"), headers)

            def _send(
                self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    for key, value in (extra or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

        return Handler


@pytest.fixture(scope="session")
def site_server() -> Iterator[SiteServer]:
    server = SiteServer(SITE_DIR).start()
    yield server
    server.stop()


@pytest.fixture
def site(site_server: SiteServer) -> Iterator[SiteServer]:
    site_server.reset()
    yield site_server
    site_server.reset()


# Crawl settings for the loopback test site: no politeness delays, short timeouts, no retries.
FAST_CRAWL: dict[str, object] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 2,
    "RETRY_TIMES": 0,
    "DOWNLOAD_MAXSIZE": 200_000,
    "DOWNLOAD_WARNSIZE": 0,
    "LOG_LEVEL": "WARNING",
}


@pytest.fixture
def fast_crawl() -> dict[str, object]:
    """Settings for crawling the loopback site quickly (copy; tests may add to it)."""
    return dict(FAST_CRAWL)
