"""Downloader middlewares: address guard, skip of known URLs, conditional GET.

Request meta used throughout the crawler (set by ``crawler.spiders.base``):
``il_kind`` (``feed``, ``sitemap``, ``listing``, ``article``, ``check``), ``il_source`` (source id)
and ``il_local`` (the source may reach loopback/private addresses).
"""

from __future__ import annotations

import logging
import socket
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.httpobj import urlparse_cached

from crawler.sources import host_port
from crawler.urls import canonicalize_url, is_public_address
from db.store import (
    decompress_html,
    get_http_cache,
    load_known_urls,
    open_db,
    save_http_cache,
    touch_http_cache,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

CACHEABLE_KINDS = frozenset({"feed", "sitemap", "listing"})


def inc_stat(crawler: Crawler, key: str, count: int = 1) -> None:
    """Add ``count`` to the crawl stat ``key`` (``infraledger/...``)."""
    if crawler.stats is not None:
        crawler.stats.inc_value(key, count)


class AddressRefused(IgnoreRequest):
    """A non-local source tried to reach a private, loopback or link-local address."""


class AlreadyKnown(IgnoreRequest):
    """The article URL (or its canonical form) is stored or being fetched in this run."""

    def __init__(self, canonical_url: str) -> None:
        super().__init__(f"already known: {canonical_url}")
        self.canonical_url = canonical_url


class RedirectLoop(IgnoreRequest):
    """A redirect chain came back to a URL it already requested (``/a -> /b -> /a``)."""

    def __init__(self, chain: list[str]) -> None:
        super().__init__("redirect loop: " + " -> ".join(chain))
        self.chain = chain


class OverBudget(IgnoreRequest):
    """``--max-pages`` article requests were already made by this spider."""


def _is_local(request: Request, crawler: Crawler) -> bool:
    local = request.meta.get("il_local")
    if local is not None:
        return bool(local)
    # Requests Scrapy makes itself (robots.txt) carry no meta: judge them by host.
    local_hosts: frozenset[str] = getattr(crawler.spider, "local_hosts", frozenset())
    return host_port(request.url) in local_hosts


class AddressGuardMiddleware:
    """Refuse private, loopback and link-local targets unless the source is marked ``local``.

    The host is resolved before the request is sent (and again on redirects, which pass through
    here too); the peer address of each response is checked as well, which catches a DNS answer
    that changed between our lookup and the downloader's.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._resolved: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler)

    def _addresses(self, host: str) -> list[str]:
        if host not in self._resolved:
            try:
                infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
                self._resolved[host] = sorted({str(info[4][0]) for info in infos})
            except (OSError, UnicodeError):
                self._resolved[host] = []  # the downloader reports the DNS failure itself
        return self._resolved[host]

    def _refuse(self, request: Request, reason: str) -> None:
        inc_stat(self.crawler, "infraledger/refused_address")
        logger.warning("refused %s: %s", request.url, reason)
        raise AddressRefused(reason)

    def process_request(self, request: Request) -> None:
        parsed = urlparse_cached(request)
        if parsed.scheme not in ("http", "https"):
            self._refuse(request, f"scheme {parsed.scheme}: is not allowed")
        if _is_local(request, self.crawler) or not parsed.hostname:
            return
        for address in self._addresses(parsed.hostname):
            if not is_public_address(address):
                self._refuse(
                    request,
                    f"refused: {parsed.hostname} resolves to non-public address {address}"
                    " (source not marked local)",
                )

    def process_response(self, request: Request, response: Response) -> Response:
        address = getattr(response, "ip_address", None)
        if (
            address is not None
            and not _is_local(request, self.crawler)
            and not is_public_address(str(address))
        ):
            self._refuse(
                request,
                f"refused: connected to non-public address {address} (source not marked local)",
            )
        return response


# robots.txt parsers (or the Deferred of a fetch in flight) by netloc, shared by the crawlers of
# one process: the spiders of a run crawl at the same time and fetch each robots.txt once.
_ROBOTS_PARSERS: dict[str, Any] = {}


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with one parser cache for every crawler in the process."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._parsers = _ROBOTS_PARSERS


class SkipKnownMiddleware:
    """Never request an article URL that is stored, claimed earlier in the run, or over budget."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.db_path: str = settings.get("INFRALEDGER_DB")
        self.retry_days = settings.getint("INFRALEDGER_RETRY_FAILED_AFTER_DAYS", 7)
        self.max_pages = settings.getint("INFRALEDGER_MAX_PAGES", 0)
        self.known: set[str] = set()
        self.claimed: set[str] = set()
        self.used = 0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipKnownMiddleware:
        return cls(crawler)

    def spider_opened(self) -> None:
        db = open_db(self.db_path, migrate=False)
        try:
            self.known = load_known_urls(db, retry_failed_after_days=self.retry_days)
        finally:
            db.close()
        logger.info("%d known URLs will not be fetched again", len(self.known))

    def process_request(self, request: Request) -> None:
        if request.meta.get("il_kind") != "article":
            return
        canonical = canonicalize_url(request.url)
        redirects: list[str] = request.meta.get("redirect_urls") or []
        if request.url in redirects:
            raise RedirectLoop([*redirects, request.url])
        if request.meta.get("il_claimed") == canonical:  # a retry of our own request
            return
        hop = "il_claimed" in request.meta  # a redirect hop of a request we claimed
        # A hop is not checked against URLs claimed by requests in flight: their outcome is
        # unknown yet, and two feed entries redirecting to each other must show as a loop.
        if (
            request.url in self.known
            or canonical in self.known
            or (canonical in self.claimed and not hop)
        ):
            inc_stat(self.crawler, "infraledger/skipped_known")
            raise AlreadyKnown(canonical)
        if not hop:  # a new article, not a redirect hop
            if self.max_pages and self.used >= self.max_pages:
                inc_stat(self.crawler, "infraledger/skipped_over_budget")
                raise OverBudget(f"--max-pages {self.max_pages} reached")
            self.used += 1
        self.claimed.add(canonical)
        request.meta["il_claimed"] = canonical


class ConditionalGetMiddleware:
    """ETag/Last-Modified revalidation of feeds, sitemaps and listings (table ``http_cache``).

    A 200 response with validators is cached with its body; a 304 is answered from that body, so
    spiders parse an unchanged feed as usual (its article URLs are known and skipped). This keeps
    articles found by an interrupted run reachable on the next one.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path: str = crawler.settings.get("INFRALEDGER_DB")
        self._db: Database | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        return cls(crawler)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_db(self.db_path, migrate=False)
        return self._db

    def spider_closed(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def process_request(self, request: Request) -> None:
        if request.meta.get("il_kind") not in CACHEABLE_KINDS:
            return
        key = request.meta.setdefault("il_cache_key", request.url)
        if request.meta.get("il_no_conditional"):
            return
        cached = get_http_cache(self.db, key)
        if not cached or cached["body"] is None:
            return
        if cached["etag"]:
            request.headers.setdefault("If-None-Match", cached["etag"])
        if cached["last_modified"]:
            request.headers.setdefault("If-Modified-Since", cached["last_modified"])
        inc_stat(self.crawler, "infraledger/conditional_requests")

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("il_kind") not in CACHEABLE_KINDS:
            return response
        key = request.meta.get("il_cache_key", request.url)
        if response.status == 304:
            cached = get_http_cache(self.db, key)
            if not cached or cached["body"] is None:
                headers = request.headers.copy()
                headers.pop("If-None-Match", None)
                headers.pop("If-Modified-Since", None)
                meta: dict[str, Any] = {**request.meta, "il_no_conditional": True}
                return request.replace(headers=headers, meta=meta, dont_filter=True)
            touch_http_cache(self.db, key, 304)
            inc_stat(self.crawler, "infraledger/not_modified")
            body = decompress_html(cached["body"])
            content_type = cached["content_type"] or ""
            headers_out = Headers({"Content-Type": content_type} if content_type else {})
            cls = responsetypes.from_args(headers=headers_out, url=response.url, body=body)
            return cls(
                url=response.url,
                status=200,
                headers=headers_out,
                body=body,
                request=request,
                flags=[*response.flags, "not_modified"],
            )
        if response.status == 200:
            etag = response.headers.get("ETag")
            modified = response.headers.get("Last-Modified")
            if etag or modified or request.meta.get("il_remember"):
                content_type = response.headers.get("Content-Type")
                save_http_cache(
                    self.db,
                    key,
                    etag=etag.decode("latin-1") if etag else None,
                    last_modified=modified.decode("latin-1") if modified else None,
                    status=200,
                    content_type=content_type.decode("latin-1") if content_type else None,
                    body=response.body,
                )
        return response
