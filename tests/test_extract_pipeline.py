"""The pipeline's division of labour: what ``extract`` moves between its processes must not
change a single result.

``extract`` finds figures by rule in the page-parsing process while its workers run spaCy
(``Document.found``), and builds claims there while it would otherwise wait
(``analyze_many(..., claims=False)`` then ``extract.rules.with_claims``). Both must give exactly
what one ``Extractor.analyze_many`` call gives, on real articles in the five languages.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.article import Document, byline_of, compose_text
from extract.html import extract_article
from extract.lang import detect_language
from extract.pipeline import Extractor
from extract.rules import claims_pending, find_by_rules, with_claims

BLIND = Path(__file__).parent / "data" / "blind"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    docs = []
    for page in sorted(BLIND.glob("*.html")):
        meta = extract_article(page.read_bytes(), url=f"https://blind.example/{page.name}")
        text, title_chars = compose_text(
            meta.title, meta.text, byline_of(meta.authors, meta.publisher)
        )
        docs.append(Document(text, detect_language(text, meta.language), None, title_chars))
    assert {d.lang for d in docs} >= {"en", "it", "de", "fr", "es"}
    return docs


@pytest.fixture(scope="module")
def whole(documents: list[Document]) -> list:
    return list(Extractor().analyze_many(documents))


def test_figures_found_beforehand_give_the_same_analysis(documents, whole) -> None:
    found = [replace(d, found=find_by_rules(d)) for d in documents]
    assert list(Extractor().analyze_many(found)) == whole


def test_claims_built_by_the_caller_are_the_same(documents, whole) -> None:
    partial = list(Extractor().analyze_many(documents, claims=False))
    assert sum(len(a.money) for a in partial) > 100
    for doc, part, full in zip(documents, partial, whole, strict=True):
        assert part.claims == ()
        assert part.figure_info == ()
        assert claims_pending(part) == bool(full.money)
        assert part == replace(full, claims=(), figure_info=())
        assert with_claims(part, title_sentence=doc.title_chars > 0) == full


def test_claims_can_be_left_to_the_caller_document_by_document(documents, whole) -> None:
    asked = []

    def here() -> bool:  # every other document
        asked.append(1)
        return len(asked) % 2 == 0

    out = list(Extractor().analyze_many(documents, claims=here))
    assert len(asked) == len(documents)
    for i, (analysis, full) in enumerate(zip(out, whole, strict=True)):
        if i % 2:
            assert analysis == full
        else:
            assert analysis == replace(full, claims=(), figure_info=())


def test_claims_failing_in_the_main_process_fail_only_their_article(
    documents, whole, monkeypatch
) -> None:
    import extract.rules
    from crawler.analysis import Prepared
    from crawler.extraction import _joined
    from extract.models import ArticleText

    docs, full = documents[:2], whole[:2]
    assert all(a.money for a in full)
    partial = list(Extractor().analyze_many(docs, claims=False))
    prepared = [
        Prepared(i, f"https://x.example/{i}", ArticleText(text=d.text), None, d)
        for i, d in enumerate(docs, 1)
    ]
    real = extract.rules.with_claims

    def flaky(analysis, **options):  # type: ignore[no-untyped-def]
        if analysis.text == docs[1].text:
            raise ValueError("bad\nsentence")
        return real(analysis, **options)

    monkeypatch.setattr(extract.rules, "with_claims", flaky)
    results, failures = _joined(prepared, ([(1, partial[0]), (2, partial[1])], []))
    assert [r.article_id for r in results] == [1]
    assert results[0].analysis == full[0]  # claims built here, as the worker would have
    assert failures == [(2, "ValueError: bad sentence")]
