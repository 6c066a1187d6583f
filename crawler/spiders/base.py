"""What every infraledger spider shares: article requests, the article callback, the errback.

Spiders only find links and fetch: they yield ``ArticlePage``, ``FetchFailure`` and ``SeenUrl``
items, and ``crawler.pipelines.StoreArticlePipeline`` writes them.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.content import (
    HTML_CONTENT_TYPES,
    NotAnArticle,
    NotArticleContent,
    decode_body,
    looks_like_feed_or_sitemap,
    looks_like_html,
    not_article_reason,
    page_facts,
    sniff_binary,
    utc_now,
)
from crawler.items import ArticlePage, FetchFailure, SeenUrl
from crawler.middlewares import (
    AddressRefused,
    AlreadyKnown,
    OverBudget,
    RedirectLoop,
    inc_stat,
)
from crawler.parsing import Link
from crawler.sources import Source
from crawler.urls import canonicalize_url

if TYPE_CHECKING:
    from crawler.pipelines import StoreArticlePipeline

# HTTP statuses that will not change soon: the URL is not retried for a few days.
LASTING_STATUSES = frozenset({401, 403, 404, 410, 451})


def is_robots_refusal(exc: BaseException | None) -> bool:
    """True for Scrapy's ``IgnoreRequest("Forbidden by robots.txt")``: skipped, not an error."""
    return (
        isinstance(exc, IgnoreRequest)
        and not isinstance(exc, (HttpError, AddressRefused))
        and "robots.txt" in str(exc)
    )


def describe_failure(failure: Failure) -> tuple[int | None, str, bool]:
    """(HTTP status, one-line reason, lasting?) of a failed request."""
    exc = failure.value
    name = type(exc).__name__
    if isinstance(exc, HttpError):
        status = exc.response.status
        return status, f"HTTP {status}", status in LASTING_STATUSES
    text = " ".join(str(exc).split())[:300]
    if isinstance(exc, IgnoreRequest):
        # Scrapy's own refusals: "max redirections reached" (RedirectMiddleware), "Ignored
        # response <200 ...> because its body (81 B compressed, 10485760 B decompressed so far)
        # exceeded DOWNLOAD_MAXSIZE (10485760 B) during decompression." (HttpCompression).
        if "redirections" in text:
            return None, "too many redirects (REDIRECT_MAX_TIMES reached)", True
        if "DOWNLOAD_MAXSIZE" in text and "decompress" in text:
            return None, "body too large when decompressed (over DOWNLOAD_MAXSIZE)", True
        return None, f"request dropped: {text or name}", False
    lowered = f"{name} {text}".lower()
    if "timeout" in lowered or "timed out" in lowered:
        return None, f"timeout: {text or name}", False
    if "cancel" in lowered or "maxsize" in lowered or "max size" in lowered:
        return None, f"body too large (download cancelled): {text or name}", True
    if "dns" in lowered or "lookup" in lowered:
        return None, f"DNS lookup failed: {text or name}", False
    return None, f"{name}: {text}" if text else name, False


class NewsSpider(Spider):
    """Base of the feeds, sitemaps and listing spiders (driven by the sources file)."""

    kind = ""  # which list of Source URLs this spider reads: feeds, sitemaps or listings
    #: Set by ``StoreArticlePipeline`` when it opens: article pages are handed to it directly.
    store: StoreArticlePipeline | None = None

    def __init__(self, sources: Iterable[Source] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources: dict[str, Source] = {s.id: s for s in sources if s.active}
        # host:port of local sources: Scrapy's own robots.txt requests are judged by host.
        self.local_hosts: frozenset[str] = frozenset(
            host for s in self.sources.values() if s.local for host in s.hosts
        )
        self._patterns = {
            s.id: ([re.compile(p) for p in s.allow], [re.compile(p) for p in s.deny])
            for s in self.sources.values()
        }
        self._discovery = {
            canonicalize_url(u) for s in self.sources.values() for u in s.discovery_urls
        }
        # One bound-method object per callback, shared by every request: Scrapy caches its
        # "generator with a return value?" check (inspect.getsource + ast, ~3 ms) in a
        # weak-keyed cache, which a fresh bound method per request misses over and over.
        self.article_callback = self.parse_article
        self.error_callback = self.on_error

    @classmethod
    def has_work(cls, sources: list[Source], settings: BaseSettings) -> bool:
        """Whether the spider would request anything for ``sources`` (else it is not started)."""
        return not cls.kind or any(getattr(s, cls.kind) for s in sources if s.active)

    # -- requests ------------------------------------------------------------------------------

    def meta_for(self, source: Source | None, kind: str, **extra: Any) -> dict[str, Any]:
        return {
            "il_kind": kind,
            "il_source": source.id if source else None,
            "il_local": source.local if source else None,
            **extra,
        }

    def discovery_request(self, url: str, source: Source, kind: str, callback: Any) -> Request:
        """A feed, sitemap or listing request (revalidated with conditional GET)."""
        return Request(
            url,
            callback=callback,
            errback=self.error_callback,
            meta=self.meta_for(source, kind),
            dont_filter=False,
            priority=10,  # discover before fetching articles
        )

    def wanted(self, url: str, source: Source) -> bool:
        """Apply the source's allow/deny patterns; never treat a feed/sitemap/listing as article."""
        canonical = canonicalize_url(url)
        if canonical in self._discovery or urlsplit(canonical)[2:4] == ("/", ""):
            return False  # a feed, sitemap or listing, or a site's home page
        allow, deny = self._patterns.get(source.id, ([], []))
        if any(p.search(url) for p in deny):
            return False
        return not allow or any(p.search(url) for p in allow)

    def article_requests(
        self, links: Iterable[Link], source: Source, via: str
    ) -> Iterator[Request]:
        filtered = wanted = 0  # counted here, added to the stats once (each access is costly)
        try:
            for link in links:
                if not self.wanted(link.url, source):
                    filtered += 1
                    continue
                wanted += 1
                yield Request(
                    link.url,
                    callback=self.article_callback,
                    errback=self.error_callback,
                    meta={
                        "il_kind": "article",
                        "il_source": source.id,
                        "il_local": source.local,
                        "il_via": via,
                        "il_title": link.title,
                        "il_published": link.published_at,
                        "il_modified": link.modified_at,
                    },
                    # SkipKnownMiddleware dedupes by canonical URL; Scrapy's fingerprint filter
                    # would also drop the second hop of a redirect loop without a word.
                    dont_filter=True,
                )
        finally:
            if filtered:
                inc_stat(self.crawler, "infraledger/links_filtered", filtered)
            if wanted:
                inc_stat(self.crawler, f"infraledger/links/{source.id}", wanted)

    # -- article pages -------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[ArticlePage | FetchFailure | SeenUrl]:
        meta = response.meta
        source = self.sources.get(meta.get("il_source") or "")
        first_url = _first_url(response)
        try:
            page = self.check_article(response, meta.get("il_via", ""))
        except NotArticleContent as exc:
            inc_stat(self.crawler, "infraledger/not_articles")
            yield SeenUrl(url=first_url, canonical_url=None, reason=str(exc))
            return
        except NotAnArticle as exc:
            yield FetchFailure(
                url=first_url,
                source_id=source.id if source else None,
                reason=str(exc),
                status=response.status,
                error_class="NotAnArticle",
                lasting=True,
            )
            return
        _text, encoding, facts = page
        aliases = [*meta.get("redirect_urls", []), response.url]
        header = response.headers.get
        article = ArticlePage(
            url=facts.canonical_url,
            fetch_url=first_url,
            source_id=source.id if source else meta.get("il_source"),
            http_status=response.status,
            body=response.body,
            encoding=encoding,
            content_type=_header(header("Content-Type")) or "text/html",
            content_hash=facts.content_hash,
            fetched_at=utc_now(),
            title=meta.get("il_title") or facts.title,
            published_at=meta.get("il_published"),
            modified_at=meta.get("il_modified"),
            language=source.language if source else None,
            etag=_header(header("ETag")),
            last_modified=_header(header("Last-Modified")),
            aliases=[u for u in aliases if u != facts.canonical_url],
        )
        if self.store is not None:
            # Straight to the store's batch: Scrapy's per-item machinery (spider-middleware
            # chain, item-processing tasks) cost a measurable share of each page.
            self.store.process_item(article)
        else:
            yield article

    def check_article(self, response: Response, via: str) -> tuple[str, str, Any]:
        """Raise ``NotAnArticle`` unless the response is a decodable HTML article page."""
        body = response.body
        content_type = (_header(response.headers.get("Content-Type")) or "").lower()
        mime = content_type.split(";", 1)[0].strip()
        if response.status != 200:
            raise NotAnArticle(f"HTTP {response.status} is not a page")
        if not body.strip():
            raise NotAnArticle("empty body")
        binary = sniff_binary(body)
        if binary:
            raise NotAnArticle(f"binary content ({binary})")
        if looks_like_feed_or_sitemap(body):
            raise NotAnArticle("a feed or sitemap, not an article page")
        if (
            mime
            and mime not in HTML_CONTENT_TYPES
            and not (mime in ("text/plain", "application/octet-stream") and looks_like_html(body))
        ):
            raise NotAnArticle(f"not HTML ({mime})")
        charset = None
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";", 1)[0].strip()
        text, encoding = decode_body(body, charset)
        facts = page_facts(text, response.url)
        if facts.canonical_url in self._discovery:
            raise NotAnArticle("a configured feed, sitemap or listing page")
        reason = not_article_reason(facts)
        if reason and reason.startswith("error page"):
            raise NotAnArticle(reason)
        if reason and via != "add":  # a page added by hand is taken as an article
            raise NotArticleContent(reason)
        return text, encoding, facts

    # -- failures ------------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> Iterator[FetchFailure | SeenUrl]:
        request: Request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        first_url = (meta.get("redirect_urls") or [request.url])[0]
        exc = failure.value
        if isinstance(exc, AlreadyKnown):
            if meta.get("redirect_urls"):  # a redirect to a known page: remember the old URL
                yield SeenUrl(url=first_url, canonical_url=exc.canonical_url, reason="redirect")
            return
        if isinstance(exc, OverBudget):
            return
        if is_robots_refusal(exc):
            inc_stat(self.crawler, "infraledger/robots_forbidden")
            return
        if meta.get("il_optional"):
            return
        status, reason, lasting = describe_failure(failure)
        if isinstance(exc, RedirectLoop):
            hops = " -> ".join(_path_of(u) for u in exc.chain)
            status, reason, lasting = None, f"redirect loop ({hops})", True
        elif isinstance(exc, AddressRefused):
            reason, lasting = str(exc), False
        self.logger.warning("fetch failed: %s (%s)", first_url, reason)
        yield FetchFailure(
            url=first_url,
            source_id=meta.get("il_source"),
            reason=reason,
            status=status,
            error_class=type(exc).__name__,
            lasting=lasting and meta.get("il_kind") == "article",
        )

    # -- discovery helpers --------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for request in self.start_for(source):
                yield request

    def start_for(self, source: Source) -> Iterator[Request]:
        raise NotImplementedError

    def discovery_failure(self, response: Response, reason: str) -> FetchFailure:
        return FetchFailure(
            url=_first_url(response),
            source_id=response.meta.get("il_source"),
            reason=reason,
            status=response.status,
            error_class="ParseError",
        )


def _header(value: bytes | None) -> str | None:
    return value.decode("latin-1").strip() if value else None


def _path_of(url: str) -> str:
    """``/f/loop-a.html`` of ``http://host/f/loop-a.html``: short enough for one line."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _first_url(response: Response) -> str:
    """The URL first requested for ``response`` (before any redirect)."""
    redirects = response.meta.get("redirect_urls")
    if redirects:
        return str(redirects[0])
    return response.request.url if response.request is not None else response.url
