"""Floors on the public money suite (Microsoft Recognizers-Text currency specs), per language.

Each floor is the F1 measured when it was set minus 0.02. Raise a floor when the parser improves;
lowering one needs a reason in the commit message. Scores and error lists:
``python -m benchmarks.eval_recognizers --errors``; scoring rules at the top of that module.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # benchmarks/ is not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_recognizers as ev  # noqa: E402

# Cases the spec expects every implementation to pass (Italian and German have none: their
# specs mark every case not supported for python). Measured F1: en 0.967, es 1.000, fr 1.000,
# overall 0.987 (326 cases).
MAIN_F1_FLOOR = {"en": 0.947, "es": 0.98, "fr": 0.98, "overall": 0.967}
# Every case, the excluded ones too. Measured F1: en 0.957, es, fr, it, de 1.000, overall 0.986
# (475 cases).
ALL_F1_FLOOR = {"en": 0.937, "es": 0.98, "fr": 0.98, "it": 0.98, "de": 0.98, "overall": 0.966}
# Cases per spec file: a case lost in loading or editing fails here, not silently.
CASES = {"en": 145, "es": 103, "fr": 105, "it": 95, "de": 27}


@pytest.fixture(scope="module")
def report() -> ev.Report:
    return ev.evaluate(ev.load_cases())


@pytest.mark.parametrize("lang", list(MAIN_F1_FLOOR))
def test_main_f1_floor(report: ev.Report, lang: str) -> None:
    s = report.scores["main"][lang]
    assert s.f1 >= MAIN_F1_FLOOR[lang], (
        f"Recognizers main F1 {lang} = {s.f1:.3f} (P {s.precision:.3f}, R {s.recall:.3f}; "
        f"tp {s.tp} fp {s.fp} fn {s.fn}) fell below {MAIN_F1_FLOOR[lang]}"
    )


@pytest.mark.parametrize("lang", list(ALL_F1_FLOOR))
def test_all_cases_f1_floor(report: ev.Report, lang: str) -> None:
    s = report.scores["all"][lang]
    assert s.f1 >= ALL_F1_FLOOR[lang], (
        f"Recognizers F1 {lang} (all cases) = {s.f1:.3f} (P {s.precision:.3f}, "
        f"R {s.recall:.3f}; tp {s.tp} fp {s.fp} fn {s.fn}) fell below {ALL_F1_FLOOR[lang]}"
    )


@pytest.mark.parametrize("lang", list(CASES))
def test_every_spec_case_is_loaded(lang: str) -> None:
    cases = ev.load_cases((lang,))
    assert len(cases) == CASES[lang]
    assert all(g.text.lower() in c.text.lower() for c in cases for g in c.gold)


def test_scoring_rules() -> None:
    # rule 6: the spec's split composite "zwei Euro" + "fünfzig cent" is one 2.50 EUR figure
    (case,) = [c for c in ev.load_cases(("de",)) if c.text == "zwei Euro und fünfzig cent"]
    assert [(g.text, g.amount, g.currency) for g in case.gold] == [
        ("zwei Euro und fünfzig cent", 2.5, "EUR")
    ]
    # rule 4: sub-units are hundredths with no currency; rule 5: "Franc" alone is unscorable
    en = {c.text: c for c in ev.load_cases(("en",))}
    cents = en["egg prices averaged 64.2 cents a dozen ."].gold[0]
    assert (cents.amount, cents.currency) == (pytest.approx(0.642), None)
    francs = en[
        "in addition , the bank has an option to buy a 30 . 84 % stake in bip from "
        "societe generale after jan . 1 , 1990 at 1,015 francs a share ."
    ]
    assert francs.gold == []
    assert len(francs.unscorable) == 1
    # rule 9: Italian is all in the excluded bucket
    assert {c.bucket for c in ev.load_cases(("it",))} == {"excluded"}
