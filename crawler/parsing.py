"""Reading feeds and sitemaps into article links: pure functions on response bodies.

Feeds: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.x by hand. Sitemaps: sitemap
indexes, url sets (with Google News ``news:publication_date``/``news:title``), gzip files,
plain-text sitemaps, robots.txt ``Sitemap:`` lines, and feeds used as sitemaps.
Malformed documents are read as far as possible; the problem is reported in ``error``.
"""

from __future__ import annotations

import gzip
import io
import json
import xml.sax
import zlib
from dataclasses import dataclass, field
from typing import Any

import feedparser
import lxml.etree
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawler.content import parse_date, struct_to_iso
from crawler.urls import absolute_url

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


@dataclass(frozen=True, slots=True)
class Link:
    """An article link found in a feed or sitemap, with what the document says about it."""

    url: str
    title: str | None = None
    published_at: str | None = None
    modified_at: str | None = None


@dataclass(slots=True)
class Parsed:
    """Links found in one feed or sitemap document."""

    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # child sitemaps (index, robots.txt)
    kind: str = ""  # rss20, atom10, json1, sitemapindex, urlset, robots, text
    error: str | None = None  # one line when the document is broken (links may still be found)


def _looks_json(body: bytes, content_type: str) -> bool:
    return "json" in content_type.lower() or body.lstrip()[:1] == b"{"


def parse_json_feed(body: bytes, url: str) -> Parsed:
    """A JSON Feed (https://jsonfeed.org/version/1.1) document."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        return Parsed(kind="json", error=f"malformed JSON Feed: {exc}")
    if not isinstance(data, dict) or "jsonfeed" not in str(data.get("version", "")):
        return Parsed(kind="json", error="not a feed (JSON without a jsonfeed.org version)")
    result = Parsed(kind="json1")
    items = data.get("items")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = absolute_url(url, _str(item.get("url")) or _str(item.get("external_url")))
        if link is None:
            continue
        result.links.append(
            Link(
                url=link,
                title=_str(item.get("title")),
                published_at=parse_date(_str(item.get("date_published"))),
                modified_at=parse_date(_str(item.get("date_modified"))),
            )
        )
    return result


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entry_link(entry: Any, url: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:  # RSS with only <guid isPermaLink="true">https://...</guid>
        guid = entry.get("id") or ""
        link = guid if guid.startswith(("http://", "https://", "/")) else None
    return absolute_url(url, link)


def parse_feed(body: bytes, url: str, content_type: str = "") -> Parsed:
    """An RSS, Atom or JSON feed at ``url`` (relative links are resolved against it)."""
    if _looks_json(body, content_type):
        return parse_json_feed(body, url)
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={
            "content-location": url,
            "content-type": content_type or "application/xml",
        },
        resolve_relative_uris=False,
        sanitize_html=False,
    )
    result = Parsed(kind=parsed.get("version") or "")
    for entry in parsed.entries:
        link = _entry_link(entry, url)
        if link is None:
            continue
        published = struct_to_iso(entry.get("published_parsed") or entry.get("created_parsed"))
        modified = struct_to_iso(entry.get("updated_parsed"))
        published = published or parse_date(entry.get("published")) or modified
        title = entry.get("title")
        result.links.append(
            Link(
                url=link,
                title=title.strip() or None if isinstance(title, str) else None,
                published_at=published,
                modified_at=modified,
            )
        )
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(exc, xml.sax.SAXException):
        result.error = f"malformed feed XML: {_one_line(exc)}"
    elif not result.kind and not result.links:
        result.error = "not a feed (no RSS, Atom or JSON Feed found)"
    return result


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: lxml.etree._Element, *names: str) -> str | None:
    for child in element.iterdescendants():
        if _local(child.tag) in names and child.text and child.text.strip():
            return str(child.text).strip()
    return None


def unzip_if_gzipped(body: bytes) -> bytes:
    """Gunzip a ``.xml.gz`` body (capped at 50 MB); other bodies are returned unchanged."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            data = handle.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"corrupt gzip sitemap: {exc}") from None
    if len(data) > MAX_SITEMAP_BYTES:
        raise ValueError("gzip sitemap over 50 MB uncompressed")
    return data


def parse_sitemap(body: bytes, url: str, content_type: str = "") -> Parsed:
    """A sitemap, sitemap index, news sitemap, robots.txt or text sitemap at ``url``."""
    try:
        body = unzip_if_gzipped(body)
    except ValueError as exc:
        return Parsed(error=str(exc))
    if url.split("?", 1)[0].endswith("/robots.txt"):
        return Parsed(kind="robots", sitemaps=list(sitemap_urls_from_robots(body, base_url=url)))
    stripped = body.lstrip()
    if not stripped.startswith(b"<"):
        return _parse_text_sitemap(body, url)
    parser = lxml.etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True
    )
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        return Parsed(error=f"malformed sitemap XML: {_one_line(exc)}")
    if root is None:
        return Parsed(error="malformed sitemap XML: no root element")
    kind = _local(root.tag)
    if kind in ("rss", "feed", "rdf"):  # sitemaps.org accepts RSS and Atom feeds as sitemaps
        return parse_feed(body, url, content_type)
    result = Parsed(kind=kind)
    if kind == "sitemapindex":
        for child in root:
            if _local(child.tag) == "sitemap":
                loc = absolute_url(url, _child_text(child, "loc"))
                if loc:
                    result.sitemaps.append(loc)
    elif kind == "urlset":
        for child in root:
            if _local(child.tag) != "url":
                continue
            loc = absolute_url(url, _child_text(child, "loc"))
            if loc is None:
                continue
            result.links.append(
                Link(
                    url=loc,
                    title=_child_text(child, "title"),  # news:title
                    published_at=parse_date(_child_text(child, "publication_date")),
                    modified_at=parse_date(_child_text(child, "lastmod")),
                )
            )
    else:
        result.error = f"not a sitemap (root element <{kind or '?'}>)"
        return result
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        result.error = f"malformed sitemap XML: {_one_line(Exception(fatal[0].message))}"
    return result


def _parse_text_sitemap(body: bytes, url: str) -> Parsed:
    """A text sitemap: one absolute URL per line ("https://example.com/2024/05/story")."""
    lines = [line.strip() for line in body.decode("utf-8", errors="replace").splitlines()]
    lines = [line for line in lines if line]
    if not lines or not all(line.startswith(("http://", "https://")) for line in lines):
        return Parsed(error="not a sitemap (neither XML nor a list of URLs)")
    links = [Link(url=u) for u in (absolute_url(url, line) for line in lines) if u]
    return Parsed(kind="text", links=links)
