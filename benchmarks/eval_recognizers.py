"""Money extraction scored on Microsoft Recognizers-Text's public currency specs.

    python -m benchmarks.eval_recognizers [--errors] [--lang fr]

Data: ``tests/data/recognizers/<lang>.json`` (en, es, fr, it, de; source, commits and MIT licence
in the README there). Each case's ``Input`` goes through ``find_money(Input, lang)`` with no
context currency, and the figures are scored against the case's ``Results``.

Scoring decisions (the spec and our model differ; each choice below is applied to every case):

1. A gold figure is a result with a non-null ``Resolution.value``. A bare currency name with
   ``value: null`` ("try the Dollar haben sie gesagt", "dollar : 143.80 yen") is no figure for us
   and is dropped; a prediction overlapping it counts as a false positive like any other.
2. ``value`` is the amount. The non-English specs write decimals with a comma ("2,75", "125000,5");
   the comma is read as the decimal point.
3. The currency is ``Resolution.isoCurrency`` when the spec gives it. Most cases give only a
   ``unit`` name ("Dollar", "Dólar", "Livre", "Canadian dollar"): it is mapped to ISO 4217 through
   ``UNIT_ISO`` below, which follows DESIGN.md ("a bare $ in news means USD unless marked", so
   "Dollar"/"Dólar" = USD; "Pound"/"Libra"/"Livre" = GBP) and the historic currencies the parser
   knows (Finnish markka FIM, guilder NLG, peseta ESP). "Rupee"/"Roupie" = INR (the spec's cases
   are Indian: "35 lakh rupees").
4. Sub-units ("Cent", "Centavo", "Centimes", "Penny", "Pence", "Penique") resolve to ``value``
   hundredths of a currency the spec does not name: the gold amount is ``value / 100`` and the
   currency is not compared ("50 cents" = 0.50 of whatever the parser says).
5. Units with no ISO code or no single meaning ("Franc" alone: CHF, FRF, BEF...; "Sen"; "Pesewa";
   "Bitcoin"; "Satoshi") are *unscorable*: left out of both gold and predictions (a predicted
   figure overlapping one counts neither way) and counted in the report.
6. Composite amounts are one figure: "3 dollars 50 cents" resolves to 3.5 Dollar in the spec and
   must come out as one 3.50 USD figure. Where the spec itself splits a composite into a currency
   result and a directly following sub-unit result joined by nothing or "and/und/et/e/y"
   ("zwei Euro und fünfzig cent" = "zwei Euro" + "fünfzig cent"), the two are merged into one
   gold figure (2.50 EUR) spanning both.
7. Matching: a prediction is a true positive when its span overlaps an unmatched gold figure's
   span, ``amount`` equals the gold amount (relative tolerance 1e-9), ``amount_max`` is None (the
   specs have no ranges) and the ISO currency is equal (except rule 4). A right span with a wrong
   value is one false positive and one false negative.
8. Spans: ``Start``/``End`` are recomputed by finding each result's ``Text`` in ``Input``
   case-insensitively, left to right (the specs' own offsets are inclusive and missing in some
   languages).
9. Buckets. ``main``: cases the spec expects every implementation to pass (no ``python`` in
   ``NotSupported``/``NotSupportedByDesign``). ``excluded``: the cases marked not supported for
   python, reported separately; the whole Italian and German specs are marked so. ``all`` = both.
   ``overall`` sums en, es, fr, it, de.

``main()`` prints the tables (and with ``--errors`` one line per error) and returns 0; the floors
that make a drop fail live in ``tests/test_recognizers_gate.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.eval_extract import Scores
from extract.models import MoneyFigure
from extract.money import find_money

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "recognizers"
LANGS = ("en", "es", "fr", "it", "de")
OVERALL = "overall"
BUCKETS = ("main", "excluded", "all")
REL_TOL = 1e-9

# Unit names of the specs (casefolded) -> ISO 4217, for results without ``isoCurrency``.
UNIT_ISO: dict[str, str] = {
    "dollar": "USD",
    "dólar": "USD",
    "united states dollar": "USD",
    "dólar estadounidense": "USD",
    "dollar états-unis": "USD",
    "canadian dollar": "CAD",
    "dólar canadiense": "CAD",
    "dollar canadien": "CAD",
    "australian dollar": "AUD",
    "dólar australiano": "AUD",
    "dollar australien": "AUD",
    "hong kong dollar": "HKD",
    "dólar de hong kong": "HKD",
    "dollar de hong kong": "HKD",
    "euro": "EUR",
    "pound": "GBP",
    "british pound": "GBP",
    "libra": "GBP",
    "livre": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "yen japonais": "JPY",
    "chinese yuan": "CNY",
    "yuan chino": "CNY",
    "yuan chinois": "CNY",
    "swiss franc": "CHF",
    "franco suizo": "CHF",
    "franc suisse": "CHF",
    "finnish markka": "FIM",
    "marco finlandés": "FIM",
    "mark finlandais": "FIM",
    "netherlands guilder": "NLG",
    "florín neerlandés": "NLG",
    "florins néerlandais": "NLG",
    "peseta": "ESP",
    "cambodian riel": "KHR",
    "rupee": "INR",
    "roupie": "INR",
    "roupie indienne": "INR",
    "turkish lira": "TRY",
}
# Sub-units: the gold amount is value/100 and the currency is not compared (rule 4).
SUBUNITS = frozenset({"cent", "centavo", "centimes", "penny", "pence", "penique"})

# Between a currency result and its sub-unit result, for merging (rule 6): "zwei Euro und fünfzig
# cent", "3 dollars 50 cents".
_JOIN_RE = re.compile(r"\s*(?:(?:and|und|et|e|y)\s+)?", re.IGNORECASE)


@dataclass
class Gold:
    """One scorable figure of a spec case."""

    start: int
    end: int
    text: str
    amount: float
    currency: str | None  # None for a sub-unit: not compared


@dataclass
class Case:
    """One spec case, resolved for scoring."""

    lang: str
    text: str
    bucket: str  # "main" or "excluded"
    gold: list[Gold]
    unscorable: list[tuple[int, int, str]]  # spans of results with no ISO currency


@dataclass
class Report:
    """Scores per bucket and language, with error lines and counts of what was left out."""

    scores: dict[str, dict[str, Scores]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    unscorable: dict[str, int] = field(default_factory=dict)
    cases: dict[str, int] = field(default_factory=dict)


def _value(raw: str) -> float:
    return float(raw.replace(",", "."))


def _excluded(case: dict[str, Any]) -> bool:
    marks = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
    return "python" in {m.strip().lower() for m in marks.split(",")}


def _resolve(lang: str, raw: dict[str, Any]) -> Case:
    text: str = raw["Input"]
    low = text.lower()
    gold: list[Gold] = []
    subunit: list[bool] = []
    unscorable: list[tuple[int, int, str]] = []
    pos = 0
    for res in raw["Results"]:
        resolution = res["Resolution"]
        if resolution.get("value") is None:
            continue  # rule 1
        surface: str = res["Text"]
        start = low.find(surface.lower(), pos)
        if start < 0:
            start = low.find(surface.lower())
        if start < 0:
            raise ValueError(f"{lang}: result {surface!r} not in input {text!r}")
        end = start + len(surface)
        pos = end
        unit = str(resolution.get("unit", "")).casefold()
        amount = _value(str(resolution["value"]))
        if unit in SUBUNITS:
            gold.append(Gold(start, end, text[start:end], amount / 100, None))
            subunit.append(True)
            continue
        iso = resolution.get("isoCurrency") or UNIT_ISO.get(unit)
        if iso is None:
            unscorable.append((start, end, f"{text[start:end]!r} ({resolution.get('unit')})"))
            continue
        gold.append(Gold(start, end, text[start:end], amount, iso))
        subunit.append(False)
    merged: list[Gold] = []
    for g, is_sub in zip(gold, subunit, strict=True):
        prev = merged[-1] if merged else None
        if (
            is_sub
            and prev is not None
            and prev.currency is not None
            and _JOIN_RE.fullmatch(text, prev.end, g.start)
        ):
            total = float(round(prev.amount * 100 + g.amount * 100)) / 100
            merged[-1] = Gold(prev.start, g.end, text[prev.start : g.end], total, prev.currency)
            continue
        merged.append(g)
    bucket = "excluded" if _excluded(raw) else "main"
    return Case(lang, text, bucket, merged, unscorable)


def load_cases(langs: tuple[str, ...] = LANGS) -> list[Case]:
    """Every spec case of ``langs``, resolved to scorable gold figures."""
    cases: list[Case] = []
    for lang in langs:
        with (DATA / f"{lang}.json").open(encoding="utf-8") as fh:
            cases.extend(_resolve(lang, raw) for raw in json.load(fh))
    return cases


def _matches(pred: MoneyFigure, gold: Gold) -> bool:
    if not math.isclose(pred.amount, gold.amount, rel_tol=REL_TOL) or pred.amount_max is not None:
        return False
    return gold.currency is None or pred.currency == gold.currency


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _fmt(amount: float, currency: str | None) -> str:
    return f"{amount:g} {currency or '(sub-unit)'}"


def _score_case(case: Case, report: Report) -> Scores:
    s = Scores()
    preds = [
        p
        for p in find_money(case.text, case.lang)
        if not any(_overlaps(p.start, p.end, a, b) for a, b, _ in case.unscorable)
    ]
    unmatched = list(case.gold)
    for p in preds:
        hit = next((g for g in unmatched if _overlaps(p.start, p.end, g.start, g.end)), None)
        if hit is not None and _matches(p, hit):
            s.tp += 1
            unmatched.remove(hit)
            continue
        s.fp += 1
        got = _fmt(p.amount, p.currency) + (f"-{p.amount_max:g}" if p.amount_max else "")
        want = f" (gold {hit.text!r} = {_fmt(hit.amount, hit.currency)})" if hit else ""
        report.errors.append(f"{case.lang} FP {p.text!r} = {got}{want} | {case.text[:120]}")
    for g in unmatched:
        s.fn += 1
        report.errors.append(
            f"{case.lang} FN {g.text!r} = {_fmt(g.amount, g.currency)} | {case.text[:120]}"
        )
    return s


def evaluate(cases: list[Case]) -> Report:
    """Scores of ``find_money`` on ``cases`` per bucket and language, plus error lines."""
    report = Report()
    for bucket in BUCKETS:
        report.scores[bucket] = {lang: Scores() for lang in (*LANGS, OVERALL)}
    for case in cases:
        s = _score_case(case, report)
        for bucket in (case.bucket, "all"):
            report.scores[bucket][case.lang].add(s)
            report.scores[bucket][OVERALL].add(s)
        report.cases[case.bucket] = report.cases.get(case.bucket, 0) + 1
        report.unscorable[case.lang] = report.unscorable.get(case.lang, 0) + len(case.unscorable)
    return report


def score(langs: tuple[str, ...] = LANGS) -> dict[str, dict[str, Scores]]:
    """Scores per bucket ("main", "excluded", "all") and language (plus "overall")."""
    return evaluate(load_cases(langs)).scores


def _table(title: str, scores: dict[str, Scores]) -> str:
    lines = [title, f"  {'lang':<9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    for lang, s in scores.items():
        if s.tp + s.fp + s.fn == 0:
            lines.append(f"  {lang:<9} {'(no cases)':>20}")
            continue
        ratios = f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
        lines.append(f"  {lang:<9} {ratios} {s.tp:5d} {s.fp:4d} {s.fn:4d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print P/R/F1 per bucket and language; with ``--errors`` every error. Returns 0."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_recognizers")
    parser.add_argument("--errors", action="store_true", help="list every FP and FN")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    args = parser.parse_args(argv)
    langs = tuple(args.lang) if args.lang else LANGS
    report = evaluate(load_cases(langs))
    n_main, n_excl = report.cases.get("main", 0), report.cases.get("excluded", 0)
    titles = {
        "main": f"Recognizers-Text currency specs, main ({n_main} cases supported for python)",
        "excluded": f"excluded ({n_excl} cases marked NotSupported/ByDesign for python)",
        "all": "all cases",
    }
    for bucket in BUCKETS:
        shown = {k: v for k, v in report.scores[bucket].items() if k in langs or k == OVERALL}
        print(_table(titles[bucket], shown))
    left = ", ".join(f"{lang} {n}" for lang, n in report.unscorable.items() if n)
    print(f"unscorable results (no ISO currency, left out): {left or 'none'}")
    if args.errors:
        print("\n".join(report.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
