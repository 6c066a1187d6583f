"""The bundled sample news site: served correctly, parseable, and consistent with its gold file.

Gold (tests/data/sample_site_gold.jsonl) has one line per article: path, source, lang, title,
published, authors, money figures (surface exactly as in the text, value, value_max, currency,
kind, subject, where = title | standfirst | body, qualifier in normalized English ("up to",
"about", "more than", "nearly") with qualifier_text as printed ("bis zu", "vicina a"),
approximate, currency_inferred, hedged), quantities, orgs/people/places/products as canonical
English names, clusters (the same claim across outlets), syndicated_from, linked_with_tracking.
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import lxml.etree
import lxml.html
import pytest

from crawler.demo import SITE_ROOT, SampleSite

GOLD_PATH = Path(__file__).parent / "data" / "sample_site_gold.jsonl"
GOLD = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines()]
GOLD_BY_PATH = {g["path"]: g for g in GOLD}
PRIVATE = "/private/chipwire/news/2024/04/08/tsmc-arizona-grant-embargoed/"
SEED_PATH = "/dailyai-it/2024/02/sam-altman-chiede-mille-miliardi-chip-ai/"
SEED_ORIGINAL = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.html"

# Discovery documents and the exact media type each must be served with.
DISCOVERY_TYPES = {
    "/chipwire/rss.xml": "application/rss+xml",
    "/chipwire/feed.json": "application/feed+json",
    "/chipwire/sitemap.xml": "application/xml",
    "/dailyai-it/feed/": "application/rss+xml",
    "/dailyai-it/news-sitemap.xml": "application/xml",
    "/halbleiter-de/atom.xml": "application/atom+xml",
    "/halbleiter-de/sitemap.xml": "application/xml",
    "/lecalcul-fr/rss.xml": "application/rss+xml",
    "/lecalcul-fr/sitemap.xml": "application/xml",
    "/elchip-es/feed/": "application/rss+xml",
    "/elchip-es/sitemap.xml": "application/xml",
    "/sitemap_index.xml": "application/xml",
    "/robots.txt": "text/plain",
}
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture(scope="module")
def site():
    with SampleSite() as running:
        yield running


def fetch(site, path, headers=None, method="GET"):
    """(status, headers, body) without raising on 304/404."""
    request = urllib.request.Request(site.base_url + path, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def url_path(file: Path) -> str:
    """The URL path that serves ``file`` (index files are served at their directory)."""
    rel = file.relative_to(SITE_ROOT).as_posix()
    for index in ("index.html", "index.xml", "index.json"):
        if rel == index:
            return "/"
        if rel.endswith("/" + index):
            return "/" + rel[: -len(index)]
    return "/" + rel


SITE_FILES = sorted(p for p in SITE_ROOT.rglob("*") if p.is_file() and p.name != "sources.toml")


def page_text(body: bytes) -> str:
    return lxml.html.fromstring(body.decode("utf-8")).text_content()


def json_ld_article(doc):
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(script.text)
        for node in data.get("@graph", [data]):
            if node.get("@type") == "NewsArticle":
                return node
    raise AssertionError("no NewsArticle JSON-LD")


# --- serving -----------------------------------------------------------------------------------


def test_every_file_is_served_with_its_content_type_and_base_url(site):
    assert len(SITE_FILES) > 60
    for file in SITE_FILES:
        path = url_path(file)
        status, headers, body = fetch(site, path)
        assert status == 200, path
        content_type = headers["Content-Type"]
        assert content_type.endswith("; charset=utf-8"), (path, content_type)
        mime = content_type.split(";")[0]
        if path in DISCOVERY_TYPES:
            assert mime == DISCOVERY_TYPES[path], path
        elif file.suffix == ".html":
            assert mime == "text/html", path
        text = body.decode("utf-8")
        assert "{{BASE}}" not in text, path
        assert headers["ETag"], path
        assert headers["Last-Modified"], path
    # every discovery document was among the files
    assert set(DISCOVERY_TYPES) <= {url_path(f) for f in SITE_FILES}


def test_links_point_at_the_running_server(site):
    _, _, body = fetch(site, "/chipwire/news/2024/02/08/altman-trillions-chip-fabs/")
    doc = lxml.html.fromstring(body)
    canonical = doc.xpath('//link[@rel="canonical"]/@href')[0]
    assert canonical == site.base_url + "/chipwire/news/2024/02/08/altman-trillions-chip-fabs/"
    # the seed is served with its dailyai.example links rewritten into the sample site
    _, _, body = fetch(site, SEED_PATH)
    doc = lxml.html.fromstring(body)
    assert doc.xpath('//link[@rel="canonical"]/@href') == [site.base_url + SEED_PATH]
    related = doc.xpath('//section[@class="related"]//a/@href')
    assert related == ["/dailyai-it/2024/02/nvidia-supera-amazon/"]
    assert fetch(site, related[0])[0] == 200


def test_missing_and_non_site_files_are_404(site):
    assert fetch(site, "/chipwire/news/2099/01/01/no-such-story/")[0] == 404
    assert fetch(site, "/sources.toml")[0] == 404  # the demo's config is not part of the site
    assert fetch(site, "/chipwire/nope.xml")[0] == 404
    # a raw path that climbs out of the site root (urllib would normalize it away)
    host, port = urlsplit(site.base_url).hostname, urlsplit(site.base_url).port
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request("GET", "/../../../../etc/passwd")
        response = conn.getresponse()
        assert response.status == 404
        assert b"root:" not in response.read()
    finally:
        conn.close()


def test_directory_without_slash_redirects(site):
    conn = http.client.HTTPConnection(
        urlsplit(site.base_url).hostname, urlsplit(site.base_url).port, timeout=10
    )
    try:
        conn.request("GET", "/chipwire/news")
        response = conn.getresponse()
        response.read()
        assert response.status == 301
        assert response.getheader("Location") == "/chipwire/news/"
    finally:
        conn.close()


@pytest.mark.parametrize(
    "path",
    [
        "/chipwire/rss.xml",
        "/halbleiter-de/atom.xml",
        "/dailyai-it/news-sitemap.xml",
        "/chipwire/feed.json",
    ],
)
def test_conditional_get_answers_304(site, path):
    status, headers, body = fetch(site, path)
    assert status == 200
    assert body
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert headers["Cache-Control"] == "no-cache"

    status, headers, body = fetch(site, path, {"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert headers["ETag"] == etag

    status, _, body = fetch(site, path, {"If-Modified-Since": last_modified})
    assert (status, body) == (304, b"")

    # a stale validator gets the full document again; If-None-Match wins over a fresh date
    status, _, body = fetch(
        site, path, {"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
    )
    assert status == 200
    assert body
    status, _, body = fetch(site, path, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert status == 200
    assert body


def test_head_sends_headers_only(site):
    status, headers, body = fetch(site, "/chipwire/rss.xml", method="HEAD")
    assert status == 200
    assert body == b""
    assert int(headers["Content-Length"]) > 1000


def test_requests_are_recorded(site):
    fetch(site, "/robots.txt?probe=1")
    assert "/robots.txt?probe=1" in site.requested_paths


# --- robots.txt, feeds, sitemaps -----------------------------------------------------------------


def test_robots_disallows_the_private_path_and_lists_sitemaps(site):
    status, _, body = fetch(site, "/robots.txt")
    assert status == 200
    robots = RobotFileParser()
    robots.parse(body.decode("utf-8").splitlines())
    assert not robots.can_fetch("infraledger", site.base_url + PRIVATE)
    assert fetch(site, PRIVATE)[0] == 200  # it exists: only robots.txt keeps crawlers out
    for gold in GOLD:
        assert robots.can_fetch("infraledger", site.base_url + gold["path"]), gold["path"]
    assert robots.site_maps() == [
        site.base_url + "/sitemap_index.xml",
        site.base_url + "/dailyai-it/news-sitemap.xml",
    ]
    # the private page is linked where a careless crawler would find it
    _, _, listing = fetch(site, "/chipwire/news/")
    assert PRIVATE.encode() in listing
    _, _, sitemap = fetch(site, "/chipwire/sitemap.xml")
    assert (site.base_url + PRIVATE).encode() in sitemap


def feed_entries(body: bytes, content_type: str):
    """(version, [(link, title)]) of an RSS/Atom feed (feedparser) or a JSON Feed."""
    if content_type.startswith("application/feed+json"):
        data = json.loads(body)  # feedparser 6.0 does not read JSON Feed
        assert data["version"] == "https://jsonfeed.org/version/1.1"
        for item in data["items"]:
            assert {"id", "url", "title", "date_published", "authors"} <= set(item)
        return "json11", [(item["url"], item["title"]) for item in data["items"]]
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed.version, [(entry.link, entry.title) for entry in parsed.entries]


def test_feeds_parse_and_every_entry_exists(site):
    versions = Counter()
    linked = set()
    for source in site.sources():
        for feed_url in source.feeds:
            status, headers, body = fetch(site, urlsplit(feed_url).path)
            assert status == 200
            version, entries = feed_entries(body, headers["Content-Type"])
            assert len(entries) >= 3, feed_url
            versions[version] += 1
            for link, title in entries:
                parts = urlsplit(link)
                assert f"{parts.scheme}://{parts.netloc}" == site.base_url
                gold = GOLD_BY_PATH[parts.path]
                assert gold["source"] == source.id
                assert title == gold["title"]
                status, headers, _ = fetch(site, parts.path + f"?{parts.query}" * bool(parts.query))
                assert status == 200
                assert headers["Content-Type"].startswith("text/html")
                linked.add(parts.path)
    assert versions == {"rss20": 4, "atom10": 1, "json11": 1}
    # the Atom feed carries only the newest three: one German story is found by sitemap/listing
    assert len(set(GOLD_BY_PATH) - linked) == 1


def sitemap_locs(body):
    root = lxml.etree.fromstring(body)
    return root, [loc.strip() for loc in root.xpath("//sm:loc/text()", namespaces=NS)]


def test_sitemaps_parse_and_cover_every_article(site):
    root, locs = sitemap_locs(fetch(site, "/sitemap_index.xml")[2])
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    configured = {url for s in site.sources() for url in s.sitemaps}
    assert set(locs) == configured
    in_sitemaps = {}
    for source in site.sources():
        for url in source.sitemaps:
            status, _, body = fetch(site, urlsplit(url).path)
            assert status == 200
            root, urls = sitemap_locs(body)
            assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
            for loc in urls:
                assert loc.startswith(site.base_url + "/")
                assert fetch(site, urlsplit(loc).path)[0] == 200, loc
                in_sitemaps[urlsplit(loc).path] = source.id
    for gold in GOLD:
        assert in_sitemaps.get(gold["path"]) == gold["source"], gold["path"]


def test_google_news_sitemap_has_publication_dates(site):
    root = lxml.etree.fromstring(fetch(site, "/dailyai-it/news-sitemap.xml")[2])
    urls = root.xpath("//sm:url", namespaces=NS)
    assert len(urls) == 4
    for url in urls:
        path = urlsplit(url.xpath("sm:loc/text()", namespaces=NS)[0]).path
        date = url.xpath("news:news/news:publication_date/text()", namespaces=NS)
        assert date == [GOLD_BY_PATH[path]["published"]]
        title = url.xpath("news:news/news:title/text()", namespaces=NS)
        assert title == [GOLD_BY_PATH[path]["title"]]


def test_listing_pages_link_every_article(site):
    for source in site.sources():
        (listing,) = source.listings
        _, _, body = fetch(site, urlsplit(listing).path)
        doc = lxml.html.fromstring(body)
        paths = {urlsplit(href).path for href in doc.xpath("//a/@href")}
        expected = {g["path"] for g in GOLD if g["source"] == source.id}
        assert expected <= paths, source.id


# --- articles against the gold file --------------------------------------------------------------


def test_gold_covers_every_article_page():
    on_disk = set()
    for file in SITE_FILES:
        if file.suffix == ".html" and b'og:type" content="article"' in file.read_bytes():
            on_disk.add(url_path(file))
    on_disk.discard(PRIVATE)
    assert on_disk == set(GOLD_BY_PATH)
    assert len(GOLD) >= 16
    by_lang = Counter(g["lang"] for g in GOLD)
    assert all(by_lang[lang] >= 3 for lang in ("en", "it", "de", "fr", "es")), by_lang
    assert sum(len(g["money"]) for g in GOLD) >= 100


def test_every_gold_surface_occurs_verbatim_in_its_page(site):
    for gold in GOLD:
        status, _, body = fetch(site, gold["path"])
        assert status == 200, gold["path"]
        doc = lxml.html.fromstring(body.decode("utf-8"))
        parts = {
            "title": doc.xpath("string(//h1)"),
            "standfirst": doc.xpath('string(//meta[@name="description"]/@content)'),
            "body": doc.xpath("string(//body)"),
        }
        if gold["seed"]:  # the seed has no description; its standfirst is its first paragraph
            parts["standfirst"] = parts["body"]
        for figure in gold["money"] + gold["quantities"]:
            where = parts[figure["where"]]
            assert figure["surface"] in where, (gold["path"], figure["surface"])
        for name in ("money", "quantities"):
            wanted = Counter((f["where"], f["surface"]) for f in gold[name])
            for (where, surface), n in wanted.items():
                assert parts[where].count(surface) >= n, (gold["path"], surface)


def test_money_gold_is_well_formed():
    kinds = {
        "investment",
        "funding_ask",
        "market_cap",
        "revenue",
        "sales",
        "capex",
        "valuation",
        "subsidy",
        "price",
        "cost",
        "other",
    }
    for gold in GOLD:
        for m in gold["money"]:
            assert m["currency"] in {"USD", "EUR", "GBP", "JPY"}, m
            assert m["kind"] in kinds, m
            assert m["value"] > 0
            assert m["value_max"] is None or m["value_max"] > m["value"], m
            assert m["where"] in {"title", "standfirst", "body"}
            assert m["qualifier"] in {None, "up to", "about", "more than", "nearly"}, m
            assert m["approximate"] == (m["qualifier"] in {"about", "nearly"}), m
    currencies = {m["currency"] for g in GOLD for m in g["money"]}
    assert currencies == {"USD", "EUR", "GBP", "JPY"}


def test_article_metadata_matches_gold(site):
    for gold in GOLD:
        _, _, body = fetch(site, gold["path"])
        doc = lxml.html.fromstring(body.decode("utf-8"))
        assert doc.xpath("string(//h1)").strip() == gold["title"], gold["path"]
        assert doc.xpath('//meta[@property="og:title"]/@content') == [gold["title"]]
        assert doc.xpath('//link[@rel="canonical"]/@href') == [site.base_url + gold["path"]]
        assert doc.get("lang").split("-")[0] == gold["lang"], gold["path"]
        ld = json_ld_article(doc)
        assert ld["headline"] == gold["title"]
        assert ld["datePublished"] == gold["published"]
        authors = ld["author"] if isinstance(ld["author"], list) else [ld["author"]]
        assert [a["name"] for a in authors] == gold["authors"]
        assert ld["publisher"]["name"]
        if not gold["seed"]:
            assert doc.xpath('//meta[@property="og:url"]/@content') == [
                site.base_url + gold["path"]
            ]
        # boilerplate a text extractor must drop is really on the page
        text = page_text(body)
        for phrase in gold["boilerplate_must_not_be_in_text"]:
            assert phrase in text, (gold["path"], phrase)


def test_shared_claims_span_outlets_and_languages():
    def members(cluster):
        return [g for g in GOLD if cluster in g["clusters"]]

    altman = members("altman-chip-trillions")
    assert {g["lang"] for g in altman} == {"en", "it", "de", "fr", "es"}
    first = min(altman, key=lambda g: g["published"])
    assert first["source"] == "chipwire"
    assert all(
        any(m.get("attributed_to") == "Wall Street Journal" for m in g["money"])
        for g in altman
        if not g["seed"]
    )
    # every language reports the $5-7 trillion range; three also say "up to $7 trillion"
    with_range = {
        g["lang"]
        for g in altman
        for m in g["money"]
        if (m["value"], m["value_max"], m["currency"]) == (5e12, 7e12, "USD")
    }
    assert with_range == {"en", "it", "de", "fr", "es"}
    up_to = {
        g["lang"]
        for g in altman
        for m in g["money"]
        if m["value"] == 7e12 and m["qualifier"] == "up to"
    }
    assert up_to == {"de", "fr", "es"}

    nvidia = members("nvidia-2-trillion")
    assert len({g["source"] for g in nvidia}) >= 3
    assert all(
        any(m["kind"] == "market_cap" and m["value"] == 2e12 for m in g["money"]) for g in nvidia
    )


def test_syndicated_copy_has_identical_text_under_two_urls(site):
    (copy,) = [g for g in GOLD if g["syndicated_from"]]
    original = GOLD_BY_PATH[copy["syndicated_from"]]
    assert copy["source"] != original["source"]

    def paragraphs(path, container):
        doc = lxml.html.fromstring(fetch(site, path)[2].decode("utf-8"))
        return [p.text_content() for p in doc.xpath(f"//div[@class='{container}']/p[not(@class)]")]

    text = paragraphs(copy["path"], "entry-content")
    assert len(text) >= 5
    assert text == paragraphs(original["path"], "c-article__body")


def test_tracking_article_is_linked_with_utm_parameters(site):
    (tracked,) = [g for g in GOLD if g["linked_with_tracking"]]
    clean = site.base_url + tracked["path"]

    rss = lxml.etree.fromstring(fetch(site, "/chipwire/rss.xml")[2])
    json_feed = json.loads(fetch(site, "/chipwire/feed.json")[2])
    listing = lxml.html.fromstring(fetch(site, "/chipwire/news/")[2])
    links = {
        "rss": rss.xpath("//item/link/text()"),
        "json": [item["url"] for item in json_feed["items"]],
        "listing": [urljoin(clean, href) for href in listing.xpath("//a/@href")],
    }
    for where, urls in links.items():
        to_it = [u for u in urls if u.split("?")[0] == clean]
        assert len(to_it) == 1, where
        assert "?utm_source=" in to_it[0], where
    # ... while the sitemap and the page's canonical URL are clean
    _, locs = sitemap_locs(fetch(site, "/chipwire/sitemap.xml")[2])
    assert clean in locs
    doc = lxml.html.fromstring(fetch(site, tracked["path"] + "?utm_source=rss")[2])
    assert doc.xpath('//link[@rel="canonical"]/@href') == [clean]


def test_seed_page_is_the_fixture_verbatim():
    on_disk = (SITE_ROOT / SEED_PATH.strip("/") / "index.html").read_bytes()
    if SEED_ORIGINAL.is_file():
        assert on_disk == SEED_ORIGINAL.read_bytes()
    assert (
        b"https://dailyai.example/it/2024/02/sam-altman-chiede-mille-miliardi-chip-ai/" in on_disk
    )
