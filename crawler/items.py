"""Items the spiders yield; ``crawler.pipelines.StoreArticlePipeline`` writes them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class ArticlePage:
    """A fetched page that passed the article checks, with the facts the crawl stores."""

    url: str  # canonical URL (articles.url)
    fetch_url: str  # the URL requested first (before redirects)
    source_id: str | None
    http_status: int
    body: bytes = field(repr=False)
    encoding: str
    content_type: str
    content_hash: str
    fetched_at: str
    title: str | None = None  # from the feed/sitemap entry, else the page <title>
    published_at: str | None = None  # from the feed/sitemap entry (ISO 8601 UTC)
    modified_at: str | None = None
    language: str | None = None  # the source's configured language
    etag: str | None = None
    last_modified: str | None = None
    aliases: list[str] = field(default_factory=list)  # every other URL that led here


@dataclass(slots=True)
class FetchFailure:
    """A fetch that produced no article: recorded in ``fetch_errors``."""

    url: str
    source_id: str | None
    reason: str  # one line: "HTTP 404", "timeout after 30s", "binary content (PDF document)"
    status: int | None = None
    error_class: str = ""
    lasting: bool = False  # 404/410, not HTML, too big: not retried for a few days


@dataclass(slots=True)
class SeenUrl:
    """A URL that needs no fetching next time (it led to an already stored article)."""

    url: str
    canonical_url: str | None  # the article it stands for, when known
    reason: str = ""  # "duplicate", "not an article (og:type website)", ...


@dataclass(slots=True)
class CheckResult:
    """``sources check``: whether one configured URL answered and parsed."""

    source_id: str
    url: str
    kind: str  # feed, sitemap, listing
    ok: bool
    detail: str  # "42 links", "HTTP 404", "malformed feed XML: ..."
