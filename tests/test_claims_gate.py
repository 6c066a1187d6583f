# ruff: noqa: E501  # one case per line reads best
"""Claim quality floors: kind, subject, attribution and hedge accuracy through the real pipeline.

Floors are the accuracies measured when set, minus 0.03 (``python -m benchmarks.eval_claims``).
The dev set (tests/data/claims_dev.jsonl) was written with the rules it tunes, so it is not
blind; the sample-site gold (tests/data/sample_site_gold.jsonl) was written by another teammate
before this work and is the more honest number. Raise a floor when claims improve; lowering one
needs a reason in the commit message.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_claims as ev  # noqa: E402

# Measured on the dev set (222 sentences, 236 figures) when set:
# kind en .943 it .980 de .956 fr 1.000 es .977; subject en .943 it .980 de 1.000 fr 1.000
# es .977; attribution en .978, 1.000 elsewhere; hedged 1.000 everywhere.
DEV_FLOOR = {
    "kind": {"en": 0.91, "it": 0.95, "de": 0.92, "fr": 0.97, "es": 0.94, "overall": 0.94},
    "subject": {"en": 0.91, "it": 0.95, "de": 0.97, "fr": 0.97, "es": 0.94, "overall": 0.94},
    "attribution": {"en": 0.94, "it": 0.97, "de": 0.97, "fr": 0.97, "es": 0.97, "overall": 0.96},
    "hedged": {"en": 0.97, "it": 0.97, "de": 0.97, "fr": 0.97, "es": 0.97, "overall": 0.97},
}
# Measured on the sample site (19 articles, 108 figures) when set: kind en .765 it .882 de .783
# fr .583 es .727 (overall .759); subject en .735 it .882 de .739 fr .667 es .682 (.741);
# hedged en .971 it 1.000 de .957 fr .917 es .955 (.963).
# Since standfirsts are part of the text (12 more gold figures in scope, most of them in short
# headline-style sentences), en and de are measured on more figures: en kind 31/43, subject
# 29/43; de kind 19/26, subject 18/26. No figure that was right before became wrong.
SITE_FLOOR = {
    "kind": {"en": 0.69, "it": 0.85, "de": 0.70, "fr": 0.55, "es": 0.69, "overall": 0.70},
    "subject": {"en": 0.64, "it": 0.85, "de": 0.66, "fr": 0.63, "es": 0.65, "overall": 0.69},
    "hedged": {"en": 0.94, "it": 0.97, "de": 0.92, "fr": 0.88, "es": 0.92, "overall": 0.93},
}


@pytest.fixture(scope="module")
def extractor():
    from extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="module")
def dev_report(extractor):
    return ev.evaluate_dev(ev.load_cases(), extractor)


@pytest.fixture(scope="module")
def site_report(extractor):
    return ev.evaluate_site(extractor)


def test_dev_set_is_large_enough_in_every_language():
    cases = ev.load_cases()
    for lang in ev.LANGS:
        assert sum(c["lang"] == lang for c in cases) >= 40, lang


@pytest.mark.parametrize(
    ("measure", "lang"), [(m, lang) for m, floors in DEV_FLOOR.items() for lang in floors]
)
def test_dev_floor(dev_report, measure, lang):
    acc = dev_report.tallies[lang].accuracy(measure)
    assert acc is not None
    assert acc >= DEV_FLOOR[measure][lang], (
        f"claims dev {measure} {lang} = {acc:.3f} fell below {DEV_FLOOR[measure][lang]}; "
        "see python -m benchmarks.eval_claims --errors"
    )


@pytest.mark.parametrize(
    ("measure", "lang"), [(m, lang) for m, floors in SITE_FLOOR.items() for lang in floors]
)
def test_sample_site_floor(site_report, measure, lang):
    acc = site_report.tallies[lang].accuracy(measure)
    assert acc is not None
    assert acc >= SITE_FLOOR[measure][lang], (
        f"sample-site {measure} {lang} = {acc:.3f} fell below {SITE_FLOOR[measure][lang]}; "
        "see python -m benchmarks.eval_claims --part site --errors"
    )


def test_known_sample_site_mistakes_stay_fixed(extractor):
    """The four mistakes reported on the sample site: unit price, source, 'billones', share price."""
    cases = [
        ("en", "An H100 sells for between $25,000 and $40,000, analysts estimate.", "price", "Nvidia"),
        ("fr", "Selon la Semiconductor Industry Association, les ventes mondiales de puces atteindront 527 milliards de dollars.", "sales", None),
        ("es", "Sam Altman busca hasta 7 billones de dólares para fabricar chips.", "funding_ask", "Sam Altman"),
        ("es", "Las acciones de Nvidia cerraron a 823,94 dólares.", "price", "Nvidia"),
    ]  # fmt: skip
    for lang, text, kind, subject in cases:
        a = extractor.analyze(text, lang)
        assert len(a.money) == 1, text
        assert (a.figure_info[0].kind, a.figure_info[0].subject) == (kind, subject), text
