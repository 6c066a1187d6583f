"""Build the labelled development sets from the hand-written case modules beside this file.

The cases are written as Python (``dev_money_<lang>.py``, ``dev_entities.py``,
``holdout_money.py``, ``holdout_entities.py``) so that a reviewer reads text, surfaces and
values side by side; offsets are never typed by hand. This module finds every surface in its
text (in the order the labels are listed, each search starting where the previous label ended),
checks that ``text[start:end] == surface`` and writes JSON Lines:

    .venv/bin/python tests/data/dev_labels.py          # rewrite the generated .jsonl files
    .venv/bin/python tests/data/dev_labels.py --check  # exit 1 when the files are stale
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LANGS = ("en", "it", "de", "fr", "es")
MONEY_FILE = HERE / "money_dev.jsonl"
ENTITIES_FILE = HERE / "entities_dev.jsonl"
HOLDOUT_FILE = HERE / "money_holdout.jsonl"
ENTITIES_HOLDOUT_FILE = HERE / "entities_holdout.jsonl"

# Normalized English qualifiers (MoneyFigure.qualifier); the case modules map each language's words
# onto these: "fino a"/"bis zu"/"jusqu'à"/"hasta" -> "up to", "circa"/"rund"/"environ"/"unos" ->
# "about", "quasi"/"knapp"/"près de"/"cerca de" -> "nearly", "oltre"/"mehr als"/"plus de"/"más de"
# -> "more than", "almeno"/"mindestens"/"au moins"/"al menos" -> "at least", "meno di"/"weniger als"
# -> "less than".
QUALIFIERS = frozenset({"up to", "about", "nearly", "more than", "at least", "less than"})
CURRENCIES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CNY", "KRW", "CHF", "INR", "CAD", "AUD", "HKD", "TWD", "SGD",
     "AED", "SAR", "BRL", "SEK"}
)  # fmt: skip
ENTITY_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FACILITY"})


@dataclass(frozen=True)
class M:
    """One gold money figure: surface as printed (qualifier excluded), value, ISO currency."""

    surface: str
    amount: float
    currency: str
    amount_max: float | None = None
    q: str | None = None


@dataclass(frozen=True)
class C:
    """One money case: a sentence or short paragraph of news copy and its gold figures."""

    text: str
    expected: list[M] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    ctx: str | None = None


@dataclass(frozen=True)
class E:
    """One entity case: a sentence and its (surface, label, canonical) mentions in text order.

    A canonical of ``None`` means the surface is already the canonical name.
    """

    text: str
    mentions: list[tuple[str, str, str | None]]


def _at_boundaries(text: str, start: int, end: int) -> bool:
    """True unless the span cuts a word or number at either end."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    cut_left = before.isalnum() and text[start].isalnum()
    cut_right = after.isalnum() and text[end - 1].isalnum()
    return not (cut_left or cut_right)


def locate(text: str, surfaces: list[str], where: str) -> list[tuple[int, int]]:
    """Return (start, end) for each surface, searched left to right after the previous one."""
    spans = []
    pos = 0
    for surface in surfaces:
        start = text.find(surface, pos)
        # Skip hits inside a longer word or number: "$2" in "$20", "Arm" in "Armv9", "27" in "2027".
        while start >= 0 and not _at_boundaries(text, start, start + len(surface)):
            start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{where}: surface {surface!r} not found after offset {pos}")
        end = start + len(surface)
        assert text[start:end] == surface
        spans.append((start, end))
        pos = end
    return spans


def auto_tags(case: C) -> list[str]:
    """Tags that follow from the labels themselves, added to the hand-written ones."""
    tags = set(case.tags)
    if not case.expected:
        tags.add("negative")
    if len(case.expected) > 1:
        tags.add("multi-figure")
    if any(m.amount_max is not None for m in case.expected):
        tags.add("range")
    if any(m.q for m in case.expected):
        tags.add("qualifier")
    if case.ctx:
        tags.add("context-currency")
    if any(m.currency not in {"USD", "EUR"} for m in case.expected):
        tags.add("other-currency")
    if any(m.amount < 10_000 and m.amount_max is None for m in case.expected):
        tags.add("small-amount")
    if any(ch in case.text for ch in "\u00a0\u202f"):
        tags.add("nbsp")
    return sorted(tags)


def money_records(lang: str) -> list[dict[str, Any]]:
    """Labelled money cases of one language as JSON-ready dicts with computed offsets."""
    return _money_records(lang, importlib.import_module(f"dev_money_{lang}").CASES, f"{lang}-")


def holdout_records() -> list[dict[str, Any]]:
    """The held-out money cases (``holdout_money.py``) of every language."""
    cases = importlib.import_module("holdout_money").CASES
    return [r for lang in LANGS for r in _money_records(lang, cases[lang], f"ho-{lang}-")]


def _money_records(lang: str, cases: list[C], prefix: str) -> list[dict[str, Any]]:
    records = []
    for i, case in enumerate(cases, 1):
        case_id = f"{prefix}{i:03d}"
        spans = locate(case.text, [m.surface for m in case.expected], case_id)
        expected = []
        for m, (start, end) in zip(case.expected, spans, strict=True):
            if m.currency not in CURRENCIES:
                raise ValueError(f"{case_id}: unknown currency {m.currency}")
            if m.q is not None and m.q not in QUALIFIERS:
                raise ValueError(f"{case_id}: qualifier {m.q!r} is not normalized")
            if m.amount_max is not None and m.amount_max <= m.amount:
                raise ValueError(f"{case_id}: range {m.surface!r} has max <= min")
            expected.append(
                {
                    "surface": m.surface,
                    "start": start,
                    "end": end,
                    "amount": float(m.amount),
                    "amount_max": None if m.amount_max is None else float(m.amount_max),
                    "currency": m.currency,
                    "qualifier": m.q,
                }
            )
        records.append(
            {
                "id": case_id,
                "lang": lang,
                "text": case.text,
                "context_currency": case.ctx,
                "expected": expected,
                "tags": auto_tags(case),
            }
        )
    return records


def entity_records(module_name: str = "dev_entities", prefix: str = "ent") -> list[dict[str, Any]]:
    """Labelled entity sentences of every language with computed offsets."""
    module = importlib.import_module(module_name)
    records = []
    for lang in LANGS:
        for i, case in enumerate(module.CASES[lang], 1):
            case_id = f"{prefix}-{lang}-{i:03d}"
            spans = locate(case.text, [s for s, _, _ in case.mentions], case_id)
            expected = []
            for (surface, label, canonical), (start, end) in zip(case.mentions, spans, strict=True):
                if label not in ENTITY_LABELS:
                    raise ValueError(f"{case_id}: unknown label {label}")
                expected.append(
                    {
                        "surface": surface,
                        "start": start,
                        "end": end,
                        "label": label,
                        "canonical": canonical or surface,
                    }
                )
            records.append({"id": case_id, "lang": lang, "text": case.text, "expected": expected})
    return records


def dumps(records: list[dict[str, Any]]) -> str:
    """JSON Lines, one object a line, non-ASCII characters (and no-break spaces) kept as is."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    return "".join(line + "\n" for line in lines)


def build() -> dict[Path, str]:
    """The content of every generated file, keyed by path."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    money = [r for lang in LANGS for r in money_records(lang)]
    return {
        MONEY_FILE: dumps(money),
        ENTITIES_FILE: dumps(entity_records()),
        HOLDOUT_FILE: dumps(holdout_records()),
        ENTITIES_HOLDOUT_FILE: dumps(entity_records("holdout_entities", "ho-ent")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    args = parser.parse_args(argv)
    stale = []
    for path, content in build().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        if args.check:
            stale.append(path.name)
        else:
            path.write_text(content, encoding="utf-8")
            sys.stdout.write(f"wrote {path.relative_to(HERE.parent.parent)}\n")
    if stale:
        sys.stderr.write(f"stale: {', '.join(stale)}; run tests/data/dev_labels.py\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
