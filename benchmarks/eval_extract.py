"""Extraction quality on the labelled dev sets: money figures and ORG/PERSON entities per language.

    python -m benchmarks.eval_extract [--errors] [--lang it] [--part money|entities]

Money (``tests/data/money_dev.jsonl`` + ``money_shared.jsonl``; ``money_holdout.jsonl`` in its own
table), scored per figure:

* exact: a predicted figure is a true positive when its span overlaps an unmatched gold figure's
  span and ``amount``, ``amount_max`` and ``currency`` all equal the gold values (relative
  tolerance 1e-9). A figure with the right span but a wrong value counts as one false positive and
  one false negative.
* spans: the same matching on span overlap alone.

Entities (``tests/data/entities_dev.jsonl``; ``entities_holdout.jsonl`` in its own table),
scored per sentence on sets of canonical names: gold = canonical names of ORG and PERSON
mentions; predicted = canonical names (the surface when the recognizer gives none) of predicted
ORG and PERSON mentions. Names are compared casefolded and without a trailing legal form or
generic descriptor ("SoftBank Group" = "SoftBank", "Micron Technology" = "Micron"). A predicted
name that the gold labels as GPE, PRODUCT or FACILITY in the same sentence is a label
disagreement, not counted either way.

Targets (the product's acceptance bar): money F1 >= 0.95 overall and >= 0.90 in each of en, it,
de, fr, es; entities recall >= 0.90 and precision >= 0.80 in each. ``main()`` returns 1 when a
measured part misses them. A part whose module does not exist yet is reported in one line and
skipped.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MONEY_FILES = (DATA / "money_dev.jsonl", DATA / "money_shared.jsonl")
HOLDOUT_FILES = (DATA / "money_holdout.jsonl",)  # written after the parser, measured blind once
ENTITY_FILES = (DATA / "entities_dev.jsonl",)
ENTITY_HOLDOUT_FILES = (DATA / "entities_holdout.jsonl",)  # written after the recognizer
LANGS = ("en", "it", "de", "fr", "es")  # the product's languages; "overall" is over these
OVERALL = "overall"
ENTITY_LABELS = frozenset({"ORG", "PERSON"})
REL_TOL = 1e-9

MONEY_F1_OVERALL = 0.95
MONEY_F1_LANG = 0.90
ENTITY_RECALL = 0.90
ENTITY_PRECISION = 0.80

Case = dict[str, Any]
_NLPS: dict[str, Any] = {}  # spaCy pipelines by language, loaded once per process


@dataclass
class Scores:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Scores) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    """Scores per language (plus ``overall``) and a human-readable line per error."""

    scores: dict[str, Scores] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """All JSON Lines records of the given files, in file order."""
    cases: list[Case] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            cases.extend(json.loads(line) for line in fh if line.strip())
    return cases


def money_cases() -> list[Case]:
    """The labelled money cases: the dev set and the converted shared gold."""
    return load_cases(MONEY_FILES)


def money_holdout_cases() -> list[Case]:
    """The held-out money cases, reported apart from the dev set."""
    return load_cases(HOLDOUT_FILES)


def entity_cases() -> list[Case]:
    """The labelled entity sentences."""
    return load_cases(ENTITY_FILES)


def entity_holdout_cases() -> list[Case]:
    """The held-out entity sentences, reported apart from the dev set."""
    return load_cases(ENTITY_HOLDOUT_FILES)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL)


def _values_match(pred: Any, gold: Case) -> bool:
    return (
        _close(pred.amount, gold["amount"])
        and _close(pred.amount_max, gold["amount_max"])
        and pred.currency == gold["currency"]
    )


def _overlaps(pred: Any, gold: Case) -> bool:
    return bool(pred.start < gold["end"] and gold["start"] < pred.end)


def _fmt_value(amount: float, amount_max: float | None, currency: str) -> str:
    value = f"{amount:g}" if amount_max is None else f"{amount:g}-{amount_max:g}"
    return f"{value} {currency}"


def _fmt_gold(gold: Case) -> str:
    return (
        f"{gold['surface']!r} = {_fmt_value(gold['amount'], gold['amount_max'], gold['currency'])}"
    )


def _fmt_pred(pred: Any) -> str:
    return f"{pred.text!r} = {_fmt_value(pred.amount, pred.amount_max, pred.currency)}"


def _totals(per_lang: dict[str, Scores]) -> dict[str, Scores]:
    overall = Scores()
    for lang in LANGS:
        overall.add(per_lang.setdefault(lang, Scores()))
    per_lang[OVERALL] = overall
    return per_lang


def _find_money() -> Callable[..., list[Any]]:
    module = importlib.import_module("extract.money")
    return module.find_money  # type: ignore[no-any-return]


def evaluate_money(cases: list[Case], *, spans_only: bool = False) -> Report:
    """Run ``find_money`` on every case and match its figures against the gold ones."""
    find_money = _find_money()
    report = Report()
    qualifiers_agree = matched = 0
    for case in cases:
        lang = case["lang"]
        scores = report.scores.setdefault(lang, Scores())
        golds: list[Case] = case["expected"]
        try:
            preds = find_money(case["text"], lang, context_currency=case["context_currency"])
        except Exception as exc:  # noqa: BLE001  (one broken case must not hide the others' scores)
            report.errors.append(f"[{case['id']}] ERROR find_money raised {exc!r}")
            scores.fn += len(golds)
            continue
        used: set[int] = set()
        missed_values: list[str] = []
        for pred in preds:
            hit = next(
                (
                    i
                    for i, gold in enumerate(golds)
                    if i not in used
                    and _overlaps(pred, gold)
                    and (spans_only or _values_match(pred, gold))
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                scores.tp += 1
                matched += 1
                qualifiers_agree += pred.qualifier == golds[hit]["qualifier"]
                continue
            scores.fp += 1
            near = next((g for g in golds if _overlaps(pred, g)), None)
            why = f" (gold {_fmt_gold(near)})" if near is not None else ""
            missed_values.append(f"FP {_fmt_pred(pred)}{why}")
        for i, gold in enumerate(golds):
            if i not in used:
                scores.fn += 1
                missed_values.append(f"FN {_fmt_gold(gold)}")
        if missed_values:
            ctx = f" context={case['context_currency']}" if case["context_currency"] else ""
            report.errors.append(
                f"[{case['id']}]{ctx} {case['text'][:300]!r}\n"
                + "\n".join(f"    {line}" for line in missed_values)
            )
    _totals(report.scores)
    if matched:
        report.notes.append(
            f"qualifiers agree on {qualifiers_agree}/{matched} matched figures "
            f"({qualifiers_agree / matched:.1%})"
        )
    return report


def score_money(cases: list[Case]) -> dict[str, Scores]:
    """Exact money scores per language and ``overall``: span overlap plus equal values."""
    return evaluate_money(cases).scores


def score_money_spans(cases: list[Case]) -> dict[str, Scores]:
    """Money scores per language and ``overall`` on span overlap alone."""
    return evaluate_money(cases, spans_only=True).scores


# Legal forms and generic corporate descriptors at the end of a name are a naming convention, not
# a different entity: "SoftBank Group" = "SoftBank", "Micron Technology" = "Micron", "Arm Holdings"
# = "Arm", "NVIDIA Corp." = "Nvidia". Applied to gold and predicted names alike.
_CORPORATE_SUFFIX = re.compile(
    r"(?:[\s,]+(?:group|holdings?|inc\.?|corp\.?|corporation|co\.?|company|ltd\.?|limited|plc|"
    r"ag|se|sa|s\.?p\.?a\.?|n\.?v\.?|technolog(?:y|ies)|semiconductors?|electronics|"
    r"asset management))+$"
)


def _norm(name: str) -> str:
    """Casefolded name without trailing legal form or descriptor: "SoftBank Group" -> "softbank"."""
    folded = " ".join(name.split()).casefold()
    return _CORPORATE_SUFFIX.sub("", folded) or folded


def evaluate_entities(cases: list[Case]) -> Report:
    """Run the entity recognizer on every sentence and compare canonical-name sets."""
    entities = importlib.import_module("extract.entities")
    report = Report()
    nlps: dict[str, Any] = {}
    for case in cases:
        lang = case["lang"]
        scores = report.scores.setdefault(lang, Scores())
        gold = {_norm(g["canonical"]) for g in case["expected"] if g["label"] in ENTITY_LABELS}
        other = {
            _norm(name)
            for g in case["expected"]
            if g["label"] not in ENTITY_LABELS
            for name in (g["canonical"], g["surface"])
        }
        try:
            if lang not in nlps:
                nlps[lang] = _NLPS.get(lang) or _NLPS.setdefault(lang, entities.load_nlp(lang))
            mentions = entities.entities_from_doc(nlps[lang](case["text"]))
        except Exception as exc:  # noqa: BLE001  (one broken case must not hide the others' scores)
            report.errors.append(f"[{case['id']}] ERROR entity recognizer raised {exc!r}")
            scores.fn += len(gold)
            continue
        predicted = {_norm(m.canonical or m.text) for m in mentions if m.label in ENTITY_LABELS} - (
            other - gold
        )
        scores.tp += len(predicted & gold)
        fps, fns = sorted(predicted - gold), sorted(gold - predicted)
        scores.fp += len(fps)
        scores.fn += len(fns)
        if fps or fns:
            lines = [f"FP {name!r}" for name in fps] + [f"FN {name!r}" for name in fns]
            report.errors.append(
                f"[{case['id']}] {case['text']!r}\n" + "\n".join(f"    {line}" for line in lines)
            )
    _totals(report.scores)
    return report


def score_entities(cases: list[Case]) -> dict[str, Scores]:
    """ORG+PERSON canonical-name scores per language and ``overall``."""
    return evaluate_entities(cases).scores


def _table(title: str, scores: dict[str, Scores]) -> str:
    rows = [f"{title}", f"  {'lang':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    extra = sorted(set(scores) - {*LANGS, OVERALL})
    for lang in (*LANGS, OVERALL, *extra):
        s = scores.get(lang)
        if s is None:
            continue
        name = lang if lang in (*LANGS, OVERALL) else f"{lang}*"
        rows.append(
            f"  {name:<8}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}"
        )
    if extra:
        rows.append("  * shared gold in a language outside the product's five; not in overall")
    return "\n".join(rows)


def money_misses(scores: dict[str, Scores]) -> list[str]:
    """Which money targets the scores miss, as readable strings."""
    misses = []
    if scores[OVERALL].f1 < MONEY_F1_OVERALL:
        misses.append(f"money F1 overall {scores[OVERALL].f1:.3f} < {MONEY_F1_OVERALL}")
    misses += [
        f"money F1 {lang} {scores[lang].f1:.3f} < {MONEY_F1_LANG}"
        for lang in LANGS
        if scores[lang].f1 < MONEY_F1_LANG
    ]
    return misses


def entity_misses(scores: dict[str, Scores]) -> list[str]:
    """Which entity targets the scores miss, as readable strings."""
    misses = []
    for lang in LANGS:
        s = scores[lang]
        if s.recall < ENTITY_RECALL:
            misses.append(f"entity recall {lang} {s.recall:.3f} < {ENTITY_RECALL}")
        if s.precision < ENTITY_PRECISION:
            misses.append(f"entity precision {lang} {s.precision:.3f} < {ENTITY_PRECISION}")
    return misses


def _missing(module: str, exc: Exception) -> str:
    return f"{module} is not available ({type(exc).__name__}: {exc}); skipped"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_extract")
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives")
    parser.add_argument("--lang", action="append", help="only these languages (repeatable)")
    parser.add_argument("--part", choices=("money", "entities"), help="only one part")
    args = parser.parse_args([] if argv is None else argv)

    def keep(cases: list[Case]) -> list[Case]:
        return [c for c in cases if not args.lang or c["lang"] in args.lang]

    misses: list[str] = []
    if args.part in (None, "money"):
        cases = keep(money_cases())
        try:
            t0 = time.perf_counter()
            exact = evaluate_money(cases)
            elapsed = time.perf_counter() - t0
            spans = evaluate_money(cases, spans_only=True)
        except (ImportError, AttributeError) as exc:
            print(f"money: {_missing('extract.money', exc)}")
        else:
            print(_table(f"money, exact values ({len(cases)} cases, {elapsed:.2f}s)", exact.scores))
            print(_table("money, spans only", spans.scores))
            for note in exact.notes:
                print(f"  {note}")
            holdout = keep(money_holdout_cases())
            held = evaluate_money(holdout)
            print(_table(f"money held out, exact values ({len(holdout)} cases)", held.scores))
            if args.errors:
                print(f"\nmoney errors ({len(exact.errors)} cases):")
                print("\n".join(exact.errors))
                print(f"\nheld-out money errors ({len(held.errors)} cases):")
                print("\n".join(held.errors))
            if not args.lang:
                misses += money_misses(exact.scores)
        print()
    if args.part in (None, "entities"):
        cases = keep(entity_cases())
        try:
            t0 = time.perf_counter()
            ents = evaluate_entities(cases)
            elapsed = time.perf_counter() - t0
        except (ImportError, AttributeError) as exc:
            print(f"entities: {_missing('extract.entities', exc)}")
        else:
            title = f"entities ORG+PERSON, canonical names ({len(cases)} sentences, {elapsed:.2f}s)"
            print(_table(title, ents.scores))
            held_cases = keep(entity_holdout_cases())
            held_ents = evaluate_entities(held_cases)
            print(_table(f"entities held out ({len(held_cases)} sentences)", held_ents.scores))
            if args.errors:
                print(f"\nentity errors ({len(ents.errors)} sentences):")
                print("\n".join(ents.errors))
                print(f"\nheld-out entity errors ({len(held_ents.errors)} sentences):")
                print("\n".join(held_ents.errors))
            if not args.lang:
                misses += entity_misses(ents.scores)
    if misses:
        print("\nmissed targets: " + "; ".join(misses))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
