"""Deciding whether a fetched body is an article page, and reading its few crawl-time facts.

Pure functions on bytes and strings: binary sniffing, charset decoding, the canonical URL and
article signals of an HTML page, a content hash, and date normalization.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from feedparser.datetimes import _parse_date
from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

from crawler.urls import absolute_url, canonicalize_url, same_site

# Magic numbers of files that are not web pages: "%PDF-1.7", PNG, GIF89a, JPEG, ZIP/Office,
# gzip, RIFF (WebP/WAV), OGG, MP4 ("....ftyp"), 7z, RAR, ELF, Windows executables.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"ID3", "MP3 audio"),
)
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# Start of an HTML document after whitespace/BOM: "<!DOCTYPE html>", "<html lang=it>", "<head>".
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)", re.IGNORECASE | re.DOTALL
)
# Start of a feed or sitemap served where an article was expected: "<?xml ...?><rss", "<feed",
# "<urlset", "<sitemapindex", "<rdf:RDF".
_XML_DOC = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|urlset|sitemapindex|rdf:rdf)\b",
    re.IGNORECASE | re.DOTALL,
)
# A soft error page served with status 200: <title>404 Not Found</title>, "Page not found",
# "Pagina non trovata", "Seite nicht gefunden", "Page introuvable", "Error 404".
_SOFT_404_TITLE = re.compile(
    r"^\s*(404\b|error\s*404|page\s+not\s+found|not\s+found\b|pagina\s+non\s+trovata|"
    r"seite\s+nicht\s+gefunden|page\s+introuvable|p[aá]gina\s+no\s+encontrada)",
    re.IGNORECASE,
)
# JSON-LD types of article pages: {"@type": "NewsArticle"}, "ReportageNewsArticle", "BlogPosting".
_LD_ARTICLE = re.compile(
    r'"@type"\s*:\s*\[?\s*"(\w*Article|BlogPosting|Report|LiveBlogPosting)"', re.IGNORECASE
)
_ARTICLE_OG_TYPES = ("article", "news", "blog", "newsarticle")
_WS = re.compile(r"\s+")


class NotAnArticle(Exception):
    """The body cannot be stored as an article; the message is the one-line reason."""


class NotArticleContent(NotAnArticle):
    """A sound page that is not an article (a listing, a profile): skipped, not an error."""


def sniff_binary(body: bytes) -> str | None:
    """A name for a binary body ("PDF document"), or None when it may be text."""
    head = body[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp":
        return "MP4 media"
    return None


def looks_like_feed_or_sitemap(body: bytes) -> bool:
    """True when an XML feed or sitemap was served instead of a page."""
    return bool(_XML_DOC.match(body[:2048]))


def looks_like_html(body: bytes) -> bool:
    """True when the body starts like an HTML document."""
    return bool(_HTML_START.match(body[:4096]))


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        return resolve_encoding(label)


def decode_body(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode an HTML body with its declared charset (BOM, HTTP header, ``<meta charset>``).

    A body that fits none of its declared charsets nor UTF-8 raises ``NotAnArticle``; one with no
    usable declaration that is not UTF-8 is read as windows-1252, as browsers do.

    Returns:
        The text and the codec name used.
    """
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        try:
            return body[len(bom or b"") :].decode(bom_encoding), bom_encoding
        except UnicodeDecodeError:
            raise NotAnArticle(f"body is not valid {bom_encoding} despite its BOM") from None
    declared = [_codec(header_charset), _codec(html_body_declared_encoding(body[:4096]))]
    known = [c for c in declared if c]
    for codec in dict.fromkeys([*known, "utf-8"]):
        try:
            text = body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" in text:
            raise NotAnArticle(f"binary content (NUL bytes when read as {codec})")
        return text, codec
    if known:
        raise NotAnArticle(f"body does not decode as its declared charset {known[0]} (nor UTF-8)")
    text = body.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise NotAnArticle("binary content (NUL bytes)")
    return text, "cp1252"


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the crawl reads from an article page (the rest is ``extract``'s job)."""

    canonical_url: str
    title: str | None
    content_hash: str
    og_type: str | None
    article_signal: bool  # og:type article or JSON-LD *Article
    article_elements: int  # number of <article> elements (listing pages have many)


# Tags and attributes read with regular expressions: a full HTML parse costs more than the rest
# of the crawl's per-page work. <link rel="canonical" href="/a">, <meta property="og:url" ...>.
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_LD_SCRIPT = re.compile(
    r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
_ARTICLE_OPEN = re.compile(r"<article\b", re.IGNORECASE)
_ARTICLE_OPEN_TAG = re.compile(r"<article\b[^>]*>", re.IGNORECASE)
_ARTICLE_CLOSE = re.compile(r"</article\s*>", re.IGNORECASE)
_BODY_OPEN_TAG = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
# Content that is not text: <script>...</script>, <style>, <noscript>, <!-- comments -->.
_NON_TEXT = re.compile(
    r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")


def _attrs(tag: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTR.finditer(tag)
    }


def _head_facts(text: str) -> tuple[str | None, str | None, str | None]:
    """rel=canonical href, og:url and og:type of a page (first of each)."""
    canonical = None
    for tag in _LINK_TAG.findall(text):
        attrs = _attrs(tag)
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href", "").strip():
            canonical = attrs["href"].strip()
            break
    og: dict[str, str] = {}
    for tag in _META_TAG.findall(text):
        attrs = _attrs(tag)
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("og:url", "og:type") and key not in og and attrs.get("content", "").strip():
            og[key] = attrs["content"].strip()
    return canonical, og.get("og:url"), og.get("og:type")


def page_facts(text: str, url: str) -> PageFacts:
    """Canonical URL, title, article signals and content hash of an HTML page at ``url``.

    The canonical URL is ``<link rel=canonical>``, else ``og:url``, else ``url``; a canonical
    on another site is ignored (syndication partners point at the original outlet).
    """
    canonical = canonicalize_url(url)
    link, og_url, og_type = _head_facts(text)
    for value in (link, og_url):
        candidate = absolute_url(url, value)
        if candidate is None or not same_site(candidate, url):
            continue
        # A canonical that points at the site root from a deeper page is a template mistake
        # (every page saying <link rel=canonical href="https://site/">): ignore it.
        if urlsplit(candidate).path in ("", "/") and urlsplit(url).path not in ("", "/"):
            continue
        canonical = canonicalize_url(candidate)
        break
    og_type = og_type.lower() if og_type else None
    ld_article = any(_LD_ARTICLE.search(block) for block in _LD_SCRIPT.findall(text))
    title_match = _TITLE.search(text)
    title = (
        " ".join(html.unescape(_TAG.sub("", title_match.group(1))).split()) if title_match else ""
    )
    content = text
    opening = _ARTICLE_OPEN_TAG.search(text) or _BODY_OPEN_TAG.search(text)
    if opening is not None:
        closing = (
            _ARTICLE_CLOSE.search(text, opening.end()) if opening.re is _ARTICLE_OPEN_TAG else None
        )
        content = text[opening.end() : closing.start() if closing else len(text)]
    words = html.unescape(_TAG.sub(" ", _NON_TEXT.sub(" ", content)))
    normalized = " ".join(words.split()).lower()
    return PageFacts(
        canonical_url=canonical,
        title=title or None,
        content_hash=hashlib.sha1(normalized.encode("utf-8")).hexdigest(),  # noqa: S324 (not security)
        og_type=og_type,
        article_signal=ld_article or bool(og_type and og_type.split(":")[0] in _ARTICLE_OG_TYPES),
        article_elements=len(_ARTICLE_OPEN.findall(text)),
    )


def not_article_reason(facts: PageFacts) -> str | None:
    """Why a decoded HTML page is not an article (soft 404, listing page), or None."""
    if facts.title and _SOFT_404_TITLE.match(facts.title):
        return f"error page served with status 200 (title {facts.title[:60]!r})"
    if facts.article_signal:
        return None
    if facts.og_type and facts.og_type not in _ARTICLE_OG_TYPES:
        return f"not an article (og:type {facts.og_type})"
    # A section page lists many stories as <article> cards; an article page has one, sometimes
    # two or three with related stories.
    if facts.article_elements >= 4:
        return f"listing page ({facts.article_elements} <article> elements)"
    return None


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y.%m.%d")


def parse_date(value: str | None) -> str | None:
    """Normalize a feed or sitemap date to ISO 8601 UTC, e.g. ``2024-05-14T06:30:00Z``.

    Accepts RFC 822 ("Tue, 14 May 2024 08:30:00 +0200"), W3C/ISO 8601 ("2024-05-14T08:30+02:00",
    "2024-05-14") and "May 14, 2024". Implausible years (before 1990, after next year) give None.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    parsed = _parse_date(value)
    if parsed is not None:
        moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    else:
        moment = None
        for fmt in _DATE_FORMATS:
            try:
                moment = datetime.strptime(value, fmt).replace(tzinfo=UTC)
                break
            except ValueError:
                continue
    if moment is None or not 1990 <= moment.year <= datetime.now(UTC).year + 1:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def struct_to_iso(value: object) -> str | None:
    """A feedparser ``*_parsed`` struct_time (UTC) as ISO 8601 UTC, or None."""
    if value is None:
        return None
    try:
        moment = datetime.fromtimestamp(calendar.timegm(value), tz=UTC)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    if not 1990 <= moment.year <= datetime.now(UTC).year + 1:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now() -> str:
    """Current time as ISO 8601 UTC with seconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
