"""URL canonicalization and classification: pure functions, no I/O.

``canonicalize_url`` is the key of ``articles.url``: two URLs that canonicalize alike are one
article. It lowercases scheme and host, drops default ports, fragments and tracking parameters,
sorts the query and resolves AMP variants to the regular page.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the click, e.g. "?utm_source=rss&utm_medium=feed",
# "?fbclid=IwAR0...", "?gclid=Cj0K...", "?mc_cid=1a2b&mc_eid=3c4d", "?ref=twitter".
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt.mc_id",
        "wt_mc",
        "cmpid",
        "icid",
        "ncid",
        "ocid",
        "sr_share",
        "ito",
        "ref",
        "ref_src",
        "ref_url",
        "taid",
        "s_cid",
        "soc_src",
        "soc_trk",
        "smid",
        "xtor",
        "spm",
        "amp",  # "?amp" or "?amp=1" selects the AMP rendering of the same article
        "outputtype",  # "?outputType=amp" (Washington Post style)
    }
)
# Tracking prefixes: "utm_campaign", "at_medium" (AT Internet), "pk_campaign" (Matomo),
# "mtm_source" (Matomo), "hsa_cam" (HubSpot ads).
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "__hs")

_DEFAULT_PORTS = {"http": 80, "https": 443}

# AMP paths: "/2024/05/story/amp/", "/2024/05/story/amp", "/amp/2024/05/story",
# "/2024/05/story.amp.html", "/2024/05/story.amp".
_AMP_TRAILING = re.compile(r"/amp/?$")
_AMP_LEADING = re.compile(r"^/amp(/|$)")
_AMP_SUFFIX = re.compile(r"\.amp(\.html?)?$")

# File types that are never articles: "/files/report.pdf", "/img/chip.jpg", "/feed.xml".
NON_ARTICLE_EXTENSIONS = frozenset(
    [
        "pdf",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "webp",
        "svg",
        "ico",
        "bmp",
        "tif",
        "tiff",
        "mp3",
        "mp4",
        "m4a",
        "mov",
        "avi",
        "webm",
        "ogg",
        "wav",
        "zip",
        "gz",
        "tgz",
        "bz2",
        "xz",
        "7z",
        "rar",
        "tar",
        "exe",
        "dmg",
        "apk",
        "msi",
        "iso",
        "bin",
        "css",
        "js",
        "mjs",
        "json",
        "xml",
        "rss",
        "atom",
        "txt",
        "csv",
        "xls",
        "xlsx",
        "doc",
        "docx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "epub",
        "woff",
        "woff2",
        "ttf",
        "eot",
    ]
)

# Path segments of pages that list or serve other pages, e.g. "/tag/nvidia/",
# "/category/chips/", "/author/jane-doe/", "/page/2/", "/feed/", "/search?q=tsmc".
_NON_ARTICLE_SEGMENT = re.compile(
    r"/(tags?|categor(y|ies)|authors?|topics?|sections?|page|search|login|logout|register|"
    r"signup|subscribe|newsletters?|feeds?|rss|about|contact|privacy|terms|cookies?|"
    r"account|profile|wp-admin|wp-login|wp-json|cdn-cgi|share|print|comments?|index)"
    r"(/|$|\.\w+$)",
    re.IGNORECASE,
)
# Query parameters of listings: "?page=2", "?s=nvidia", "?replytocom=12", "?p=2" is an article id
# on WordPress, so it is not listed.
_LISTING_QUERY = frozenset({"page", "paged", "s", "q", "query", "replytocom", "sort", "filter"})
# An article slug: "nvidia-raises-7-trillion" (two hyphens or underscores, 8+ chars) or an id
# of 4+ digits ("/news/20240514", "/story/123456").
_SLUG_SEGMENT = re.compile(r"^(?=.{8,})[^/]*[-_][^/]*[-_][^/]*$")
_ID_SEGMENT = re.compile(r"\d{4,}")
_PAGE_EXTENSIONS = ("html", "htm", "shtml", "php", "asp", "aspx", "jsp")
_INDEX_STEMS = frozenset({"index", "default", "home", "main"})


def host_of(url: str) -> str:
    """Lowercase host of ``url`` without a ``www.``/``amp.``/``m.`` prefix."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for prefix in ("www.", "amp.", "m."):
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def same_site(a: str, b: str) -> bool:
    """True when two URLs are on the same host (``www.``/``amp.``/``m.`` ignored)."""
    return host_of(a) == host_of(b)


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks the click (``utm_source``, ``fbclid``)."""
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


# A path that needs no re-quoting: "/2024/05/nvidia-raises-7-trillion.html".
_PLAIN_PATH = re.compile(r"^/[A-Za-z0-9/._~!$&'()*+,;=:@-]*$")


def _normalize_path(path: str) -> str:
    if not path:
        return "/"
    if _PLAIN_PATH.match(path) and "/." not in path:
        return path
    # Re-quote consistently: "/caf%c3%a9" and "/café" are one path; keep reserved characters.
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    # Resolve "./" and "../" segments ("/a/./b/../c" -> "/a/c").
    if "/." in path:
        resolved = urljoin("http://x", path)
        path = urlsplit(resolved).path or "/"
    return path


def resolve_amp(url: str) -> str:
    """The regular URL of an AMP page, e.g. ``.../story/amp/`` -> ``.../story/``."""
    parts = urlsplit(url)
    host = parts.netloc
    if host.lower().startswith("amp.") and host.count(".") >= 2:
        host = host[4:]
    path = parts.path
    if _AMP_TRAILING.search(path):
        path = _AMP_TRAILING.sub("/", path)
    elif _AMP_LEADING.match(path):
        path = _AMP_LEADING.sub("/", path)
    elif _AMP_SUFFIX.search(path):
        path = _AMP_SUFFIX.sub(lambda m: m.group(1) or "", path)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not (k.lower() == "amp" or (k.lower() == "outputtype" and v.lower() == "amp"))
    ]
    return urlunsplit((parts.scheme, host, path, urlencode(query), parts.fragment))


@functools.lru_cache(maxsize=65536)
def canonicalize_url(url: str) -> str:
    """The canonical form of an http(s) URL; other schemes (``file:``) are returned as given.

    >>> canonicalize_url("HTTPS://Example.com:443/a/amp/?utm_source=rss&b=2&a=1#top")
    'https://example.com/a/?a=1&b=2'
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    if "amp" in url.lower():
        url = resolve_amp(url)
        parts = urlsplit(url)
    host = parts.hostname.lower().rstrip(".") if parts.hostname else ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = ""
    if parts.query:
        query = urlencode(
            sorted(
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if not is_tracking_param(k)
            )
        )
    return urlunsplit((scheme, netloc, _normalize_path(parts.path), query, ""))


def absolute_url(base: str, link: str | None) -> str | None:
    """``link`` resolved against ``base`` if it is an http(s) URL, else None."""
    if not link:
        return None
    link = link.strip()
    if not link or link.startswith(("javascript:", "mailto:", "tel:", "data:", "#")):
        return None
    resolved = urljoin(base, link)
    parts = urlsplit(resolved)
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return resolved


def extension_of(url: str) -> str:
    """The lowercase file extension of a URL's last path segment ("" if none)."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def looks_like_article_url(url: str, listing_url: str) -> bool:
    """Guess whether a link found on a listing page points to an article.

    Same site as the listing; not the site root, the listing itself or a parent section; no
    tag/category/author/pagination/search path; no media or feed extension; and a last segment
    that reads like an article: ``/2024/05/14/nvidia-raises-7-trillion/``, ``/news/123456``,
    ``/chips/tsmc-fab.html``. Section links such as ``/tech/`` or ``/world`` fail.
    """
    if not same_site(url, listing_url):
        return False
    parts = urlsplit(url)
    path = parts.path or "/"
    listing_path = urlsplit(listing_url).path or "/"
    if path == "/" or path.rstrip("/") == listing_path.rstrip("/"):
        return False
    if listing_path.startswith(path.rstrip("/") + "/"):
        return False
    if _NON_ARTICLE_SEGMENT.search(path):
        return False
    if any(k.lower() in _LISTING_QUERY for k, _ in parse_qsl(parts.query)):
        return False
    ext = extension_of(url)
    if ext in NON_ARTICLE_EXTENSIONS:
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    stem = last.rsplit(".", 1)[0] if ext else last
    if ext in _PAGE_EXTENSIONS and stem.lower() not in _INDEX_STEMS and len(stem) >= 4:
        return True
    return bool(_SLUG_SEGMENT.match(stem) or _ID_SEGMENT.search(stem))


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved or unspecified IPs.

    IPv4-mapped IPv6 (``::ffff:127.0.0.1``) is judged by its IPv4 address.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT)
    )


_CGNAT = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT, e.g. 100.64.1.1
