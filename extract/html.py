"""Main text and metadata from an article's HTML.

The body comes from trafilatura's XML tree (``favor_precision``, no comments), serialized by us
so that every block becomes one paragraph and paragraphs are separated by a blank line: a link at
the end of one ``<p>`` never glues onto the next (``semiconduttoriAltman``). Metadata comes from
JSON-LD first (parsed with :mod:`json` on the already-parsed lxml tree: as fast as ``extruct``
on the seed, 0.27 ms vs 0.26 ms, and it lets us repair sloppy JSON), then OpenGraph/meta tags,
then trafilatura's own metadata.

Never raises: empty input, binary garbage or a page lxml cannot parse yield ``ArticleText("")``.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata
from trafilatura.settings import DEFAULT_CONFIG, set_date_params

from extract.models import ArticleText

logger = logging.getLogger(__name__)

# Pages beyond this are cut (lxml recovers the truncated markup); 10 MB pages are still read whole.
MAX_HTML_CHARS = 16_000_000
# Above this many elements trafilatura takes seconds (22 s on a 280,000-element 10 MB page), so we
# extract from the densest paragraph container ourselves instead.
MAX_TRAFILATURA_ELEMENTS = 25_000
# trafilatura runs first without its fallback extractors (readability, jusText), which cost a
# third of its time and serve to rescue extractions that came out short or empty. Below this
# many characters of body text, the page is extracted again with them. On the 40 pages of the
# blind corpus and every article page of the sample sites both ways give the same text.
FULL_EXTRACTION_BELOW_CHARS = 1500
# More than 10% control/replacement characters in the first 64 KB: binary garbage, not a page.
MAX_GARBAGE_RATIO = 0.10

# <meta charset="windows-1252">, <meta http-equiv="Content-Type" content="text/html; charset=l1">
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
# XML-illegal control characters that make lxml refuse a string ("\x00", "\x1b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# <?xml version="1.0" encoding="utf-8"?>: lxml rejects str input that declares an encoding
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# "Sam Altman, ... chip AI | DailyAI" -> site suffix after " | ", " - ", " – " or " — "
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
# "By Sam Jeans" -> "Sam Jeans"; "Di Sam Jeans", "Von ...", "Par ...", "Por ..."
_BYLINE = re.compile(r"^(?:by|di|von|par|por|door)\s+", re.IGNORECASE)
# author lists in one meta tag: "Sam Jeans; Jane Doe", "Sam Jeans | Jane Doe", "A and B", "A & B"
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||\band\b|&)\s*")
# ",\n}" trailing commas that json.loads refuses: {"name": "DailyAI",}
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# A run of blanks that holds an ordinary space or tab folds to one space; a lone no-break space
# stays, because it is part of how the figure is written ("7\u00a0000 milliards", "5\u202f%").
_WS = re.compile(
    r"[\u00a0\u2009\u202f]*[ \t\r\f\v][ \t\r\f\v\u00a0\u2009\u202f]*|[\u00a0\u2009\u202f]{2,}"
)

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "techarticle",
    "report",
    "liveblogposting",
}
# trafilatura XML: blocks that hold other blocks, and blocks that are one paragraph each
_CONTAINERS = {"div", "quote", "body", "section", "article", "main"}
_BLOCKS = {"p", "head", "list", "table", "code", "item"}
# class/id words of boilerplate removed before the large-page fallback scores containers
_BOILERPLATE = re.compile(
    r"cookie|newsletter|related|popup|share|comment|footer|nav|sidebar|promo", re.IGNORECASE
)


def extract_article(html: str | bytes, url: str | None = None) -> ArticleText:
    """Return the main text (paragraphs separated by a blank line) and metadata of a page."""
    try:
        return _extract(html, url)
    except Exception as exc:  # noqa: BLE001  # one hostile page must not stop a batch
        logger.warning("HTML extraction failed for %s: %s", url or "<input>", exc)
        return ArticleText(text="")


def _extract(html: str | bytes, url: str | None) -> ArticleText:
    source = decode_html(html) if isinstance(html, bytes) else html
    source = _CONTROL.sub("", _XML_DECL.sub("", source[:MAX_HTML_CHARS], count=1))
    if not source.strip() or _looks_binary(source):
        return ArticleText(text="")
    try:
        tree = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        logger.warning("unparsable HTML for %s: %s", url or "<input>", exc)
        return ArticleText(text="")
    meta = _page_meta(tree, url)
    # trafilatura works on a copy of ``tree`` (a test checks it), so the tree stays whole for
    # the standfirst, a second extraction and trafilatura's metadata below.
    standfirst = _standfirst(tree)
    n_elements = source.count("<")  # an upper bound on the element count, at C speed
    traf: Any = None
    paragraphs: list[str] = []
    fast = True
    if n_elements <= MAX_TRAFILATURA_ELEMENTS:
        traf = _trafilatura(tree, url, fast=True)
        paragraphs = _body(traf)
        if sum(map(len, paragraphs)) < FULL_EXTRACTION_BELOW_CHARS:
            # Short or nothing: what trafilatura's fallbacks (readability, jusText) are for.
            fast = False
            traf = _trafilatura(tree, url, fast=False)
            paragraphs = _body(traf)
    if traf is None or traf.body is None:
        paragraphs = _dense_paragraphs(tree) if n_elements > MAX_TRAFILATURA_ELEMENTS else []
    if not paragraphs and isinstance(meta.get("body"), str):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", meta["body"]) if p.strip()]
    # trafilatura's reading of the metadata, only for what the page's own (JSON-LD, OpenGraph)
    # lacks: it costs a third of the extraction.
    info = None
    if traf is not None and not all(meta.get(key) for key in _OWN_META):
        try:
            info = _trafilatura_meta(tree, url, fast=fast)
        except (TypeError, ValueError) as exc:  # what bare_extraction itself catches
            logger.warning("trafilatura metadata failed for %s: %s", url or "<input>", exc)
    title = meta.get("title") or (info.title if info is not None else None)
    paragraphs = _drop_title(paragraphs, title)
    if standfirst and not any(standfirst in p or p in standfirst for p in paragraphs[:3]):
        paragraphs.insert(0, standfirst)
    authors = meta.get("authors") or ()
    if not authors and info is not None and info.author:
        authors = _split_authors(info.author)
    published = meta.get("published") or (info.date if info is not None else None)
    return ArticleText(
        text="\n\n".join(paragraphs),
        title=title,
        authors=tuple(authors),
        published=published,
        modified=meta.get("modified"),
        language=meta.get("language"),
        publisher=meta.get("publisher") or (info.sitename if info is not None else None),
        url=meta.get("url") or url,
        description=meta.get("description") or (info.description if info is not None else None),
    )


# The standfirst (dek, summary, "occhiello", "chapô", "entradilla") under the headline often
# carries the story's main figure ("Sofort sollen 100 Milliarden Dollar fließen.") and main-text
# extractors drop it as page furniture. Matched on class names such as "standfirst",
# "article-dek", "c-summary", "sottotitolo", "chapo", "entradilla".
_STANDFIRST_CLASSES = (
    "standfirst",
    "dek",
    "deck",
    "subtitle",
    "subheadline",
    "sub-headline",
    "summary",
    "sommario",
    "sottotitolo",
    "catenaccio",
    "occhiello",
    "chapo",
    "chapeau",
    "teaser",
    "entradilla",
    "sumario",
    "subtitulo",
    "lead",
    "intro",
    "excerpt",
    "abstract",
)
# class attribute words, "-" and "_" read as spaces: "c-summary" has the word "summary"
_STANDFIRST_CLASS = re.compile(
    r"(?<![^ ])(?:"
    + "|".join(re.escape(c.replace("-", " ")) for c in _STANDFIRST_CLASSES)
    + r")(?![^ ])"
)
_CLASS_SEPARATORS = str.maketrans("-_\t\n\r\f", "      ")
STANDFIRST_CHARS = (40, 600)  # shorter is a label, longer is body text


def _trafilatura(tree: Any, url: str | None, *, fast: bool) -> Any:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        include_comments=False,
        favor_precision=True,
        include_tables=True,
    )


#: What ``_page_meta`` reads that trafilatura's metadata would otherwise fill in.
_OWN_META = ("title", "authors", "published", "publisher", "description")


def _trafilatura_meta(tree: Any, url: str | None, *, fast: bool) -> Any:
    """The metadata of a page as ``trafilatura.bare_extraction(..., with_metadata=True)`` reads it.

    (It passes its ``fast`` flag as ``extensive``, and so does this.)
    """
    date_params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    return extract_metadata(tree, url, date_params, fast, set())


def _body(traf: Any) -> list[str]:
    return list(_serialize(traf.body)) if traf is not None and traf.body is not None else []


def _standfirst(tree: Any) -> str | None:
    """The headline's standfirst paragraph, if the page marks one."""
    seen = 0
    for node in tree.iter("p", "div", "h2"):
        cls = node.get("class")
        if not cls or not _STANDFIRST_CLASS.search(cls.lower().translate(_CLASS_SEPARATORS)):
            continue
        if next(node.iterancestors("nav", "footer", "aside"), None) is not None:
            continue
        text = " ".join(_norm(node.text_content()).split("\n"))  # one paragraph
        if STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1]:
            return text
        seen += 1
        if seen == 5:
            break
    return None


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM, then the ``<meta charset>``, then UTF-8, then Windows-1252."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    candidates = []
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        # WHATWG: labels "iso-8859-1", "latin1" and "us-ascii" all mean windows-1252
        if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}:
            name = "cp1252"
        try:
            candidates.append(codecs.lookup(name).name)
        except LookupError:
            logger.info("unknown declared charset %r", name)
    candidates += ["utf-8", "cp1252"]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")  # maps every byte; garbage is caught by _looks_binary


# replacement characters, C0 controls but tab and line breaks, C1 controls (bytes read as latin-1)
_GARBAGE = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x80-\x9f]")


def _looks_binary(text: str) -> bool:
    head = text[:65536]
    return len(_GARBAGE.findall(head)) > MAX_GARBAGE_RATIO * len(head)


# ---------------------------------------------------------------- body text


def _serialize(body: Any) -> Iterator[str]:
    """Yield one normalized paragraph per block of trafilatura's XML body."""
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _CONTAINERS and any(
            isinstance(c.tag, str) and c.tag in _BLOCKS | _CONTAINERS for c in child
        ):
            if child.text and child.text.strip():
                yield _norm(child.text)
            yield from _serialize(child)
        elif tag in {"graphic", "lb"}:
            pass
        else:
            text = _norm(_inline_text(child))
            if text:
                yield text
        if child.tail and child.tail.strip():
            yield _norm(child.tail)


def _inline_text(el: Any) -> str:
    """Text of one block; line breaks for <lb/>, list items and table rows, spaces between cells."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            parts.append("\n")
        elif tag in {"item", "row", "p", "head", "list"}:
            parts.extend(("\n", _inline_text(child), "\n"))
        elif tag == "cell":
            parts.extend((" ", _inline_text(child), " "))
        elif tag:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _norm(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _drop_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the headline when the body repeats it as its first line (title is stored apart)."""
    if title and paragraphs and _norm(paragraphs[0]).casefold() == _norm(title).casefold():
        return paragraphs[1:]
    return paragraphs


def _dense_paragraphs(tree: Any) -> list[str]:
    """Large-page fallback: the paragraphs of the container holding the most <p> text."""
    scores: dict[Any, int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(p.text or "")
    for parent in sorted(scores, key=lambda el: scores[el], reverse=True)[:20]:
        if not _is_boilerplate(parent):
            return [t for p in parent.iterchildren("p") if (t := _norm(p.text_content()))]
    return []


def _is_boilerplate(el: Any) -> bool:
    for anc in (el, *el.iterancestors()):
        if anc.tag in {"nav", "footer", "aside", "header"}:
            return True
        if _BOILERPLATE.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return True
    return False


# ---------------------------------------------------------------- metadata


def _page_meta(tree: Any, url: str | None) -> dict[str, Any]:
    """Metadata from JSON-LD, then OpenGraph/meta/link tags; missing keys are absent."""
    tags: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or ""
        content = m.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content.strip())
    ld = _jsonld_article(tree)
    out: dict[str, Any] = {}

    title = _ld_text(ld.get("headline")) or tags.get("og:title") or tags.get("twitter:title")
    if not title:
        node = tree.find(".//title")
        raw = _norm(node.text_content()) if node is not None else ""
        title = _TITLE_SUFFIX.sub("", raw) or None
    out["title"] = _norm(title) if title else None

    authors = _ld_names(ld.get("author"))
    if not authors:
        for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
            if key in tags and not tags[key].startswith("http"):
                authors = _split_authors(tags[key])
                break
    out["authors"] = authors

    out["published"] = _iso_date(
        _ld_text(ld.get("datePublished"))
        or tags.get("article:published_time")
        or tags.get("datepublished")
        or tags.get("date")
        or tags.get("dc.date")
        or _first_time(tree)
    )
    out["modified"] = _iso_date(
        _ld_text(ld.get("dateModified"))
        or tags.get("article:modified_time")
        or tags.get("og:updated_time")
        or tags.get("datemodified")
    )
    lang = tree.get("lang") or _ld_text(ld.get("inLanguage")) or tags.get("og:locale")
    lang = lang or tags.get("content-language") or tags.get("language")
    out["language"] = lang.strip().replace("_", "-") if lang and lang.strip() else None
    publisher = _ld_names(ld.get("publisher"))
    out["publisher"] = publisher[0] if publisher else tags.get("og:site_name")
    canonical = next((link.get("href") for link in tree.iter("link") if _is_canonical(link)), None)
    canonical = canonical or tags.get("og:url") or _ld_text(ld.get("url"))
    if canonical and canonical.strip():
        out["url"] = urljoin(url, canonical.strip()) if url else canonical.strip()
    out["description"] = (
        _ld_text(ld.get("description")) or tags.get("og:description") or tags.get("description")
    )
    out["body"] = _ld_text(ld.get("articleBody"))
    return out


def _is_canonical(link: Any) -> bool:
    return "canonical" in (link.get("rel") or "").lower().split() and bool(link.get("href"))


def _first_time(tree: Any) -> str | None:
    for t in tree.iter("time"):
        if t.get("datetime"):
            return str(t.get("datetime"))
    return None


def _jsonld_article(tree: Any) -> dict[str, Any]:
    """The first Article-like JSON-LD object, with ``@id`` references resolved one level."""
    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        # "<!--{...}-->" and "/*<![CDATA[*/{...}/*]]>*/" wrappers seen on WordPress pages
        raw = re.sub(r"^(?:<!--|/\*<!\[CDATA\[\*/)|(?:-->|/\*\]\]>\*/)$", "", raw).strip()
        for candidate in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
            try:
                data = json.loads(candidate, strict=False)
            except ValueError:
                continue
            objects.extend(_flatten_ld(data))
            break
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in objects:
        types = obj.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in names):
            resolved = dict(obj)
            for key in ("author", "publisher"):
                resolved[key] = _resolve(obj.get(key), by_id)
            return resolved
    return {}


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolve(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or value.get("@id")
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    return None


def _ld_names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for v in values:
        raw = v.get("name") if isinstance(v, dict) else v
        if isinstance(raw, str) and raw.strip() and not raw.startswith("http"):
            names.extend(n for n in _split_authors(raw) if n not in names)
    return names


def _split_authors(raw: str) -> list[str]:
    names = (_BYLINE.sub("", _norm(part)) for part in _AUTHOR_SPLIT.split(raw))
    return [n for n in names if n]


def _iso_date(value: str | None) -> str | None:
    """Normalize to ISO 8601: a UTC datetime when a time is known, else a date ("2024-02-09")."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # "2024-02-09"
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(value)  # "2024-02-09T10:12:00+00:00", "...Z"
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)  # "Fri, 09 Feb 2024 10:12:00 GMT"
        except (TypeError, ValueError, IndexError):
            # "2024-02-09T10:12:00.000+0000" and other near-ISO forms: keep the date part
            m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
            return _iso_date(m.group(1)) if m else None
    if parsed.tzinfo is None:
        return parsed.isoformat()  # local time of unknown zone: left as printed
    return parsed.astimezone(UTC).isoformat()
