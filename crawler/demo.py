"""The bundled offline sample news site: a loopback HTTP server and the demo's sources.

``crawler/sample_site/`` holds five fictional outlets (feeds, sitemaps, section pages and
article pages) written with a ``{{BASE}}`` placeholder instead of a host, because the server
only learns its port when it binds ``127.0.0.1:0``. :class:`SampleSite` substitutes the
placeholder in every response and answers conditional GETs with 304, like a real news site.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self
from urllib.parse import unquote, urlsplit

from crawler.sources import Source, parse_sources

logger = logging.getLogger(__name__)

SITE_ROOT = Path(__file__).with_name("sample_site")
SOURCES_TEMPLATE = SITE_ROOT / "sources.toml"
PLACEHOLDER = "{{BASE}}"
INDEX_FILES = ("index.html", "index.xml", "index.json")  # "/dailyai-it/feed/" -> feed/index.xml

# The seed article is kept byte for byte as published under https://dailyai.example/it/. Only the
# served copy is rewritten so that its canonical URL and site links point into the sample site.
SERVED_REWRITES: dict[str, tuple[tuple[str, str], ...]] = {
    "dailyai-it/2024/02/sam-altman-chiede-mille-miliardi-chip-ai/index.html": (
        ("https://dailyai.example/it/", PLACEHOLDER + "/dailyai-it/"),
        ('href="/it/', 'href="/dailyai-it/'),
    ),
}

_HTML = "text/html; charset=utf-8"
_TYPES = {
    ".html": _HTML,
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
}  # anything else (sources.toml) is not part of the site: 404

# Feeds are recognised by their first bytes, as the file names vary by outlet:
# '<rss version="2.0" ...>', '<feed xmlns="http://www.w3.org/2005/Atom" ...>',
# '"version": "https://jsonfeed.org/version/1.1"'.
_SNIFF = (
    (".xml", "<rss", "application/rss+xml; charset=utf-8"),
    (".xml", "<feed", "application/atom+xml; charset=utf-8"),
    (".json", "jsonfeed.org/version", "application/feed+json; charset=utf-8"),
)
_NOT_FOUND = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>404 Not Found'
    "</title></head><body><h1>Not Found</h1><p>No such page on the sample news site.</p>"
    "</body></html>\n"
)


@dataclass(frozen=True)
class Rendered:
    """One file of the site as served: body with the base URL filled in, and its HTTP facts."""

    body: bytes
    content_type: str
    etag: str
    last_modified: datetime

    @property
    def is_discovery(self) -> bool:
        """Feeds and sitemaps: revalidated on every fetch (``Cache-Control: no-cache``)."""
        return not self.content_type.startswith(("text/html", "text/css", "image/"))


def render_text(text: str, base_url: str) -> str:
    """Fill the ``{{BASE}}`` placeholder of a site file or sources template with ``base_url``."""
    return text.replace(PLACEHOLDER, base_url.rstrip("/"))


def content_type_for(path: Path, text: str) -> str | None:
    """The Content-Type served for ``path`` (None: not part of the site)."""
    suffix = path.suffix.lower()
    head = text[:400]
    for sniff_suffix, marker, content_type in _SNIFF:
        if suffix == sniff_suffix and marker in head:
            return content_type
    return _TYPES.get(suffix)


class SampleSite:
    """Serve the sample news site on loopback in a background thread.

    >>> with SampleSite() as site:  # doctest: +SKIP
    ...     site.base_url
    'http://127.0.0.1:43817'
    """

    def __init__(self, root: Path = SITE_ROOT, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = root.resolve()
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._requests: list[str] = []

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind (port 0 picks a free port) and start answering in a daemon thread."""
        if self._server is not None:
            return self
        server = _Server(self._address, _Handler)
        server.site = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="sample-site", kwargs={"poll_interval": 0.2}
        )
        self._thread.daemon = True
        self._thread.start()
        logger.info("sample news site at %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` of the running server."""
        if self._server is None:
            raise RuntimeError("the sample site is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requested_paths(self) -> list[str]:
        """Every request path served so far (with its query string), in order."""
        with self._lock:
            return list(self._requests)

    def record(self, path: str) -> None:
        with self._lock:
            self._requests.append(path)

    # -- content ------------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        """The five demo outlets as ``Source`` objects pointing at this server."""
        return demo_sources(self.base_url)

    def resolve(self, url_path: str) -> Path | str | None:
        """The file for a URL path; a str is a redirect target; None means 404."""
        if "\x00" in url_path:
            return None
        candidate = (self.root / url_path.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.root):
            return None  # "/../../etc/passwd"
        if candidate.is_dir():
            if not url_path.endswith("/"):
                return url_path + "/"
            for name in INDEX_FILES:
                if (candidate / name).is_file():
                    return candidate / name
            return None
        if candidate.is_file() and candidate.suffix.lower() in _TYPES:
            return candidate
        return None

    def render(self, path: Path) -> Rendered | None:
        """The file at ``path`` as served to this server's clients (None: not servable)."""
        text = path.read_text(encoding="utf-8")
        content_type = content_type_for(path, text)
        if content_type is None:
            return None
        relative = path.relative_to(self.root).as_posix()
        for old, new in SERVED_REWRITES.get(relative, ()):
            text = text.replace(old, new)
        body = render_text(text, self.base_url).encode("utf-8")
        mtime = datetime.fromtimestamp(int(path.stat().st_mtime), tz=UTC)
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        return Rendered(body=body, content_type=content_type, etag=etag, last_modified=mtime)


def demo_sources(base_url: str) -> list[Source]:
    """The sources of ``crawler/sample_site/sources.toml`` with ``{{BASE}}`` set to ``base_url``."""
    text = SOURCES_TEMPLATE.read_text(encoding="utf-8")
    return parse_sources(render_text(text, base_url), str(SOURCES_TEMPLATE))


class RequestHeaders(Protocol):
    """Case-insensitive request headers (``http.client.HTTPMessage``)."""

    def get(self, name: str, /) -> str | None: ...


def not_modified(headers: RequestHeaders, rendered: Rendered) -> bool:
    """Whether a conditional GET with these request headers may be answered with 304.

    ``If-None-Match`` wins over ``If-Modified-Since`` when both are sent (RFC 9110 13.2.2).
    """
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or rendered.etag in tags
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return rendered.last_modified <= since
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: SampleSite


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "SampleNewsroom/1.0"

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, *, send_body: bool) -> None:
        site = self.server.site
        site.record(self.path)
        url_path = unquote(urlsplit(self.path).path) or "/"
        target = site.resolve(url_path)
        rendered = site.render(target) if isinstance(target, Path) else None
        if isinstance(target, str):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if rendered is None:
            body = _NOT_FOUND.encode("utf-8")
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", _HTML)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            return
        modified = not not_modified(self.headers, rendered)
        status = HTTPStatus.OK if modified else HTTPStatus.NOT_MODIFIED
        self.send_response(status)
        self.send_header("ETag", rendered.etag)
        self.send_header("Last-Modified", format_datetime(rendered.last_modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache" if rendered.is_discovery else "max-age=300")
        if status == HTTPStatus.NOT_MODIFIED:
            self.end_headers()
            return
        self.send_header("Content-Type", rendered.content_type)
        self.send_header("Content-Length", str(len(rendered.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(rendered.body)

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("sample site: %s", format % args)
