"""URL canonicalization and classification (pure functions), with hypothesis properties."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.urls import (
    canonicalize_url,
    is_public_address,
    looks_like_article_url,
    resolve_amp,
)

segment = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~%é", min_size=1, max_size=12)
param = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
urls = st.builds(
    lambda scheme, host, port, path, query, frag: (
        f"{scheme}://{host}{port}/{'/'.join(path)}"
        + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")
        + (f"#{frag}" if frag else "")
    ),
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["example.com", "WWW.Example.COM", "news.example.it", "127.0.0.1"]),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.lists(segment, max_size=4),
    st.lists(st.tuples(st.one_of(param, st.sampled_from(["utm_source", "fbclid"])), param)),
    st.one_of(st.none(), param),
)


@given(urls)
def test_canonicalization_is_idempotent(url):
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once


@given(urls)
def test_canonical_urls_have_no_fragment_tracking_or_default_port(url):
    parts = urlsplit(canonicalize_url(url))
    assert parts.fragment == ""
    assert parts.scheme in ("http", "https")
    assert parts.netloc == parts.netloc.lower()
    default = {"http": ":80", "https": ":443"}[parts.scheme]
    assert not parts.netloc.endswith(default)
    names = [k for k, _ in parse_qsl(parts.query)]
    assert not any(k.startswith("utm_") or k == "fbclid" for k in names)
    assert names == sorted(names)


@given(urls, st.lists(st.tuples(param, param), max_size=3))
def test_non_tracking_parameters_survive(url, extra):
    extra = [(k, v) for k, v in extra if k not in ("ref", "amp", "ito", "cmpid", "icid", "ncid")]
    extra = [(k, v) for k, v in extra if not k.startswith(("at", "pk", "hsa", "mtm"))]
    base = url.split("#", 1)[0]
    sep = "&" if "?" in base else "?"
    full = base + (sep + "&".join(f"{k}={v}" for k, v in extra) if extra else "")
    kept = parse_qsl(urlsplit(canonicalize_url(full)).query)
    for pair in extra:
        assert pair in kept


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://Example.com:443/a/b.html?utm_source=rss&utm_medium=feed#comments",
            "https://example.com/a/b.html",
        ),
        ("http://example.com", "http://example.com/"),
        ("https://example.com/story?b=2&a=1&fbclid=IwAR0x", "https://example.com/story?a=1&b=2"),
        ("https://example.com/2024/05/story/amp/", "https://example.com/2024/05/story/"),
        (
            "https://amp.example.com/2024/05/story.amp.html",
            "https://example.com/2024/05/story.html",
        ),
        ("https://example.com/story?amp=1", "https://example.com/story"),
        ("https://example.com/story?outputType=amp", "https://example.com/story"),
        ("https://example.com/a/./b/../c.html", "https://example.com/a/c.html"),
        ("https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"),
        ("file:///tmp/story.html", "file:///tmp/story.html"),
    ],
)
def test_canonical_examples(url, canonical):
    assert canonicalize_url(url) == canonical


def test_amp_resolution_leaves_regular_urls_alone():
    assert resolve_amp("https://example.com/example-story") == "https://example.com/example-story"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.test/2024/05/14/nvidia-raises-7-trillion/", True),
        ("https://news.test/news/123456", True),
        ("https://news.test/chips/tsmc-fab.html", True),
        ("https://www.news.test/world/intel-ohio-delay.html", True),
        ("https://news.test/", False),
        ("https://news.test/tech/", False),
        ("https://news.test/tag/nvidia/", False),
        ("https://news.test/category/chips/some-long-slug-name/", False),
        ("https://news.test/author/jane-doe/", False),
        ("https://news.test/news/page/2/", False),
        ("https://news.test/about.html", False),
        ("https://news.test/files/annual-report-2024.pdf", False),
        ("https://news.test/search?q=nvidia-chips", False),
        ("https://other.test/2024/05/14/nvidia-raises-7-trillion/", False),
    ],
)
def test_listing_link_heuristic(url, expected):
    assert looks_like_article_url(url, "https://news.test/news/") is expected


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.0.0.8", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),  # noqa: S104 (an address under test, not a bind)
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("not-an-ip", False),
    ],
)
def test_public_addresses(address, public):
    assert is_public_address(address) is public
