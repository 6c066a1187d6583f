from __future__ import annotations

import json
import re
import time
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from extract.html import decode_html, extract_article

SEED = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.html"
SEED_TXT = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.txt"
GOLD = json.loads((Path(__file__).parent / "data/shared/eval/seed.gold.json").read_text())

PARA = (
    "Il consorzio {i} ha annunciato nuovi chip per i data center con una capacità di calcolo "
    "senza precedenti, consumi ridotti del {i}0 per cento e un piano di espansione in Europa. "
)


@pytest.fixture(scope="module")
def seed():
    return extract_article(SEED.read_bytes(), url="https://dailyai.example/it/x")


def _seed_body() -> str:
    """The article body of the naive .txt fixture: from the first paragraph to the closing quote."""
    txt = SEED_TXT.read_text()
    start = txt.index("L'amministratore delegato")
    end = txt.index('opera da solo".') + len('opera da solo".')
    return txt[start:end]


def test_seed_boilerplate_removed(seed):
    for phrase in GOLD["boilerplate_must_not_be_in_text"]:
        assert phrase not in seed.text
    assert "Sam è uno scrittore" not in seed.text  # author box
    assert "9 febbraio 2024" not in seed.text  # byline date


def test_seed_text_matches_article_body(seed):
    body = _seed_body()
    ours = re.sub(r"\s+", " ", seed.text)
    theirs = re.sub(r"\s+", " ", body)
    # the fixture glues two paragraphs; apart from those two joins the texts agree
    assert SequenceMatcher(None, ours, theirs, autojunk=False).ratio() > 0.99
    assert seed.text.startswith("L'amministratore delegato di OpenAI, Sam Altman, starebbe")
    assert seed.text.endswith('Ha creato un nuovo livello in cui opera da solo".')


def test_seed_paragraphs_not_glued(seed):
    assert "semiconduttoriAltman" not in seed.text
    assert "JournalCome" not in seed.text
    assert "dei semiconduttori\n\nAltman cerca" in seed.text
    assert "Wall Street Journal\n\nCome parte" in seed.text
    paragraphs = seed.text.split("\n\n")
    assert len(paragraphs) == 20
    assert all(p == p.strip() and p for p in paragraphs)


def test_seed_metadata(seed):
    assert seed.title == GOLD["title"]
    assert list(seed.authors) == GOLD["authors"]
    assert seed.publisher == GOLD["publisher"]
    assert seed.published is not None
    assert seed.published.startswith(GOLD["published"])
    assert seed.published == "2024-02-09T10:12:00+00:00"
    assert seed.modified == "2024-02-09T10:12:00+00:00"
    assert seed.language == "it-IT"
    assert (
        seed.url == "https://dailyai.example/it/2024/02/sam-altman-chiede-mille-miliardi-chip-ai/"
    )


def test_seed_title_not_repeated_in_text(seed):
    assert not seed.text.startswith(GOLD["title"])


def test_opengraph_fallbacks_without_jsonld():
    html = f"""<html lang="de"><head>
    <title>Nvidia baut Fabrik - Heise</title>
    <meta property="og:title" content="Nvidia baut eine Fabrik">
    <meta property="og:site_name" content="Heise">
    <meta property="og:description" content="Kurzfassung">
    <meta property="og:url" content="/artikel/1">
    <meta property="article:published_time" content="2025-03-01T12:00:00+01:00">
    <meta name="author" content="Von Anna Muster; Ben Beispiel">
    </head><body><article>{"".join(f"<p>{PARA.format(i=i)}</p>" for i in range(3))}</article>
    </body></html>"""
    art = extract_article(html, url="https://www.heise.example/news/")
    assert art.title == "Nvidia baut eine Fabrik"
    assert art.publisher == "Heise"
    assert art.description == "Kurzfassung"
    assert art.url == "https://www.heise.example/artikel/1"
    assert art.published == "2025-03-01T11:00:00+00:00"  # converted to UTC
    assert art.authors == ("Anna Muster", "Ben Beispiel")
    assert art.language == "de"
    assert art.text.count("\n\n") == 2


def test_jsonld_graph_with_id_references_and_trailing_comma():
    ld = """{"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "@id": "#org", "name": "Le Monde"},
      {"@type": ["NewsArticle"], "headline": "Les puces", "datePublished": "2025-01-05",
       "author": [{"@type": "Person", "name": "Marie Curie"}, {"name": "Paul Dirac"}],
       "publisher": {"@id": "#org"}, "inLanguage": "fr-FR",},
    ]}"""
    paras = "".join(f"<p>{PARA.format(i=i)}</p>" for i in range(3))
    html = f"""<html><head><script type="application/ld+json">{ld}</script></head>
    <body><article>{paras}</article></body></html>"""
    art = extract_article(html)
    assert art.title == "Les puces"
    assert art.published == "2025-01-05"  # date only where only a date is known
    assert art.authors == ("Marie Curie", "Paul Dirac")
    assert art.publisher == "Le Monde"
    assert art.language == "fr-FR"


def test_div_blocks_and_links_become_separate_paragraphs():
    blocks = "".join(
        f"<div>{PARA.format(i=i) * 2}come riportato da <a href='#'>Reuters{i}</a></div>"
        for i in range(4)
    )
    html = f"<html><body><article>{blocks}<ul><li>uno</li><li>due</li></ul></article></body></html>"
    text = extract_article(html).text
    assert "Reuters0\n\nIl consorzio 1" in text
    assert not re.search(r"Reuters\dIl", text)
    assert "uno\ndue" in text


def test_line_breaks_inside_a_paragraph_are_kept_apart():
    html = (
        "<html><body><article><p>"
        + "<br>".join(PARA.format(i=i) for i in range(4))
        + "</p></article></body></html>"
    )
    text = extract_article(html).text
    assert "Europa.\nIl consorzio 1" in text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n",
        b"",
        "<html>",
        "<<<>>></p></div>",
        bytes(range(256)) * 200,
        b"\x00\x01\x02\xff" * 5000,
        "\x00\x1b" * 100,
    ],
    ids=[
        "empty",
        "blank",
        "empty-bytes",
        "tag-only",
        "broken-tags",
        "binary",
        "binary2",
        "controls",
    ],
)
def test_hostile_inputs_return_empty_text(html):
    art = extract_article(html)
    assert art.text == ""


def test_broken_html_still_yields_text():
    html = "<html><body><article><p>" + PARA.format(i=1) * 3 + "<p>" + PARA.format(i=2) * 3
    html += "<div><b>unclosed"
    art = extract_article(html)
    assert "Il consorzio 1" in art.text
    assert "Il consorzio 2" in art.text


def test_xml_declaration_does_not_break_parsing():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><article><p>'
    html += PARA.format(i=1) * 3 + "</p></article></body></html>"
    assert "Il consorzio 1" in extract_article(html).text


def test_declared_non_utf8_charset():
    body = "L'attività è più forte perché " + PARA.format(i=1)
    html = (
        '<html><head><meta charset="windows-1252"><title>Perché sì</title></head>'
        f"<body><article><p>{body * 3}</p></article></body></html>"
    ).encode("cp1252")
    art = extract_article(html)
    assert "L'attività è più forte perché" in art.text
    assert art.title == "Perché sì"


def test_http_equiv_latin1_and_misdeclared_utf8():
    body = "Über die Größe der Fabrik wird gestritten. " + PARA.format(i=1)
    latin = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        f"</head><body><article><p>{body * 3}</p></article></body></html>"
    ).encode("latin-1")
    assert "Über die Größe" in extract_article(latin).text
    lying = (
        '<html><head><meta charset="utf-8"></head>'
        f"<body><article><p>{body * 3}</p></article></body></html>"
    ).encode("cp1252")
    assert "Über die Größe" in extract_article(lying).text


def test_decode_html_bom_and_default():
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"
    assert decode_html("<p>café</p>".encode("utf-16")) == "<p>café</p>"
    assert decode_html(b"<p>caf\xe9</p>") == "<p>café</p>"  # undeclared, not UTF-8: cp1252


def test_ten_megabyte_page_is_fast_and_finds_the_article():
    html = SEED.read_text()
    junk = '<div><a href="/x">link text here</a> filler words for the page</div>\n' * 140_000
    big = html.replace("<footer>", f'<div class="junk">{junk}</div><footer>')
    assert len(big) > 9_500_000
    t0 = time.perf_counter()
    art = extract_article(big.encode())
    elapsed = time.perf_counter() - t0
    # A guard against super-linear blow-ups (minutes), not a speed target: benchmarks measure that.
    assert elapsed < 60
    assert art.title == GOLD["title"]
    assert art.text.startswith("L'amministratore delegato di OpenAI")
    assert "link text here" not in art.text
    assert "ISCRIVITI OGGI" not in art.text


def test_standfirst_under_the_headline_is_kept_and_teasers_are_not():
    html = """<html lang="de"><head><title>Stargate | Handelsblatt</title></head><body>
    <nav><p class="summary">Alle Nachrichten des Tages auf einen Blick, jeden Morgen neu.</p></nav>
    <article><header><h1>Stargate: Trump kündigt KI-Projekt an</h1>
    <p class="standfirst">OpenAI, Softbank und Oracle gründen ein Gemeinschaftsunternehmen.
    Sofort sollen 100 Milliarden Dollar fließen.</p></header>
    <p>US-Präsident Donald Trump hat am Dienstag im Weißen Haus ein gewaltiges
    Investitionsprogramm für künstliche Intelligenz vorgestellt, das in den kommenden vier
    Jahren bis zu 500 Milliarden Dollar umfassen soll.</p>
    <p>Die Rechenzentren entstehen zunächst in Texas, wo bereits ein erster Campus gebaut wird
    und Tausende Arbeitsplätze entstehen sollen, wie die Unternehmen mitteilten.</p>
    </article><aside><p class="teaser">Lesen Sie auch: Nvidia verdoppelt den Umsatz auf 30
    Milliarden Dollar im Quartal</p></aside></body></html>"""
    art = extract_article(html)
    first = art.text.split("\n\n")[0]
    assert first.startswith("OpenAI, Softbank und Oracle")
    assert "100 Milliarden Dollar" in first
    assert "Alle Nachrichten" not in art.text
    assert "Lesen Sie auch" not in art.text


def test_fast_first_extraction_gives_what_the_full_one_gives(monkeypatch):
    """trafilatura without its fallbacks first, with them for short results: no page changes.

    Every page of the blind corpus and of the sample sites (articles, and listing pages short
    enough to take the full path) is read exactly as trafilatura's full extraction reads it.
    """
    import extract.html as html_module

    root = Path(__file__).parents[1]
    pages = sorted((root / "tests/data/blind").glob("*.html"))
    pages += sorted((root / "crawler/sample_site").rglob("*.html"))
    assert len(pages) >= 80
    ours = [extract_article(p.read_bytes(), url=f"https://x.example/{p.name}") for p in pages]
    original = html_module._trafilatura
    monkeypatch.setattr(
        html_module, "_trafilatura", lambda tree, url, *, fast: original(tree, url, fast=False)
    )
    full = [extract_article(p.read_bytes(), url=f"https://x.example/{p.name}") for p in pages]
    assert [a.text for a in ours] == [b.text for b in full]
    assert ours == full


def test_trafilatura_metadata_read_apart_is_what_bare_extraction_reads():
    """trafilatura's metadata, read only when the page's own lacks a field, is exactly what
    ``bare_extraction(..., with_metadata=True)`` gives, read from the tree trafilatura has just
    extracted from, which it must leave whole (guards a trafilatura upgrade)."""
    import lxml.html
    import trafilatura

    import extract.html as html_module
    from extract.html import _trafilatura_meta

    root = Path(__file__).parents[1]
    pages = sorted((root / "tests/data/blind").glob("*.html"))
    pages += sorted((root / "crawler/sample_site").rglob("*.html"))[:30]
    fields = ("title", "author", "date", "sitename", "description")
    compared = 0
    for page in pages:
        url = f"https://x.example/{page.name}"
        for fast in (True, False):
            whole = trafilatura.bare_extraction(
                lxml.html.document_fromstring(page.read_bytes()),
                url=url,
                fast=fast,
                include_comments=False,
                favor_precision=True,
                include_tables=True,
                with_metadata=True,
            )
            if whole is None:
                continue
            tree = lxml.html.document_fromstring(page.read_bytes())
            before = lxml.html.tostring(tree)
            html_module._trafilatura(tree, url, fast=fast)
            assert lxml.html.tostring(tree) == before  # the metadata is read from it afterwards
            apart = _trafilatura_meta(tree, url, fast=fast)
            assert [getattr(apart, f) for f in fields] == [getattr(whole, f) for f in fields]
            compared += 1
    assert compared >= 100
