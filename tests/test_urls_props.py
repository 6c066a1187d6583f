"""Properties of ``canonicalize_url``, the key of ``articles.url``: if two spellings of one
article's URL canonicalize differently, the article is stored twice."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crawler.urls import canonicalize_url, is_tracking_param

LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
HOST = st.builds(lambda labels, tld: ".".join([*labels, tld]), st.lists(LABEL, min_size=1,
                 max_size=3), st.sampled_from(["com", "it", "de", "org", "co.uk"]))  # fmt: skip
SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~é%", min_size=1, max_size=15)
PATH = st.lists(SEGMENT, max_size=4).map(lambda parts: "/" + "/".join(parts))
PARAM_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8).filter(
    lambda n: not is_tracking_param(n)
)
PARAM_VALUE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", max_size=8)
PARAMS = st.lists(st.tuples(PARAM_NAME, PARAM_VALUE), max_size=4)
TRACKING = st.lists(
    st.tuples(
        st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid",
                         "mc_cid", "_ga", "pk_campaign", "UTM_Term"]),
        PARAM_VALUE,
    ),
    min_size=1, max_size=3,
)  # fmt: skip
SCHEME = st.sampled_from(["http", "https"])


def build(scheme: str, host: str, path: str, params: list[tuple[str, str]], *,
          port: str = "", fragment: str = "") -> str:  # fmt: skip
    query = "&".join(f"{k}={v}" for k, v in params)
    return f"{scheme}://{host}{port}{path}" + (f"?{query}" if query else "") + fragment


@settings(max_examples=150, deadline=None)
@given(SCHEME, HOST, PATH, PARAMS)
@example("https", "example.com", "/a/./b/../c", [])
@example("http", "example.com", "/caf%C3%A9", [("b", "2"), ("a", "1")])
def test_canonicalization_is_idempotent(scheme, host, path, params):
    once = canonicalize_url(build(scheme, host, path, params))
    assert canonicalize_url(once) == once


@settings(max_examples=100, deadline=None)
@given(SCHEME, HOST, PATH, PARAMS, TRACKING, st.randoms(use_true_random=False))
def test_tracking_parameters_are_stripped_wherever_they_are(
    scheme, host, path, params, tracking, rnd
):
    mixed = params + tracking
    rnd.shuffle(mixed)
    clean = canonicalize_url(build(scheme, host, path, params))
    assert canonicalize_url(build(scheme, host, path, mixed)) == clean
    names = {k.lower() for k, _ in parse_qsl(urlsplit(clean).query, keep_blank_values=True)}
    assert not any(is_tracking_param(n) for n in names)


@settings(max_examples=100, deadline=None)
@given(SCHEME, HOST, PATH, PARAMS, st.randoms(use_true_random=False))
def test_host_and_scheme_case_do_not_matter(scheme, host, path, params, rnd):
    shouty_host = "".join(c.upper() if rnd.random() < 0.5 else c for c in host)
    canonical = canonicalize_url(build(scheme, host, path, params))
    assert canonicalize_url(build(scheme.upper(), shouty_host, path, params)) == canonical
    assert urlsplit(canonical).netloc == urlsplit(canonical).netloc.lower()


@settings(max_examples=100, deadline=None)
@given(SCHEME, HOST, PATH, PARAMS, st.text(alphabet="abcdefghij-/=?", max_size=10))
def test_fragment_is_dropped(scheme, host, path, params, fragment):
    canonical = canonicalize_url(build(scheme, host, path, params))
    with_fragment = canonicalize_url(build(scheme, host, path, params, fragment="#" + fragment))
    assert with_fragment == canonical
    assert "#" not in canonical


@settings(max_examples=100, deadline=None)
@given(SCHEME, HOST, PATH, PARAMS, st.randoms(use_true_random=False))
def test_query_order_and_default_port_do_not_matter(scheme, host, path, params, rnd):
    canonical = canonicalize_url(build(scheme, host, path, params))
    shuffled = list(params)
    rnd.shuffle(shuffled)
    default_port = ":80" if scheme == "http" else ":443"
    assert canonicalize_url(build(scheme, host, path, shuffled, port=default_port)) == canonical


@settings(max_examples=100, deadline=None)
@given(SCHEME, HOST, PATH, st.integers(1, 65535))
def test_other_ports_are_kept(scheme, host, path, port):
    if port == (80 if scheme == "http" else 443):
        return
    canonical = canonicalize_url(build(scheme, host, path, [], port=f":{port}"))
    assert urlsplit(canonical).port == port


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["file:///tmp/story.html", "mailto:desk@example.org", "ftp://x/y"]))
def test_non_http_urls_are_returned_as_given(url):
    assert canonicalize_url(url) == url
