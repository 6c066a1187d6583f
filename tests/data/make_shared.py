"""Convert the team's shared gold money data into the dev-set format: ``money_shared.jsonl``.

Sources (read-only, in the shared folder beside the checkout):

* ``eval/dev_sentences.jsonl``: 21 sentences; a ``from``/``to`` pair of roles is ONE range figure
  for us (amount = the ``from`` value, amount_max = the ``to`` value, span from the start of the
  low end to the end of the high end).
* ``eval/seed.gold.json`` against ``fixtures/seed/dailyai-altman-chips-it.txt``: the whole seed
  article as one case, with ``context_currency`` USD (its headline "chiede mille miliardi" has no
  currency word; the story is about dollars).

    .venv/bin/python tests/data/make_shared.py [--shared tests/data/shared] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dev_labels import QUALIFIERS, dumps, locate

HERE = Path(__file__).resolve().parent
OUT = HERE / "money_shared.jsonl"

# Qualifiers printed before a figure in dev_sentences.jsonl, normalized (the source has none):
# "mehr als 2 Billionen Dollar" -> "more than", "hasta 7 billones de dólares" -> "up to".
DEV_QUALIFIERS = {"seedext-de-01": "more than", "seedext-es-07": "up to"}

# Seed article: the gold "surface" of the range includes the word "tra"; our convention keeps the
# range words ("tra", "between", "entre", "zwischen") out of the span, like qualifiers.
SEED_SURFACES = {"tra $5 trilioni e $7 trilioni": "$5 trilioni e $7 trilioni"}
# "vicina a $1,72 trilioni" (close to) is the gold's ``approximate: true``.
SEED_QUALIFIERS = {"$1,72 trilioni": "about"}
SEED_TAGS = {"shared", "seed-article", "context-currency", "range", "decimal-comma", "trilioni"}


def figure(
    surface: str,
    span: tuple[int, int],
    amount: float,
    amount_max: float | None,
    currency: str,
    qualifier: str | None,
) -> dict[str, Any]:
    assert qualifier is None or qualifier in QUALIFIERS
    return {
        "surface": surface,
        "start": span[0],
        "end": span[1],
        "amount": float(amount),
        "amount_max": None if amount_max is None else float(amount_max),
        "currency": currency,
        "qualifier": qualifier,
    }


def dev_sentence_records(path: Path) -> list[dict[str, Any]]:
    """Records for ``dev_sentences.jsonl``, merging each from/to pair into one range figure."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        src = json.loads(line)
        text = src["input"]
        expected = []
        low: dict[str, Any] | None = None
        for item in src["expected"]:
            start, end = item["start"], item["end_exclusive"]
            if text[start:end] != item["text"]:
                raise ValueError(f"{src['id']}: offsets do not match {item['text']!r}")
            if item["role"] == "from":
                low = item
                continue
            qualifier = DEV_QUALIFIERS.get(src["id"]) if not expected else None
            if item["role"] == "to":
                if low is None:
                    raise ValueError(f"{src['id']}: 'to' without 'from'")
                span = (low["start"], end)
                expected.append(
                    figure(
                        text[span[0] : span[1]],
                        span,
                        low["value"],
                        item["value"],
                        item["currency"],
                        qualifier,
                    )
                )
                low = None
            else:
                expected.append(
                    figure(
                        item["text"], (start, end), item["value"], None, item["currency"], qualifier
                    )
                )
        tags = ["shared", *src.get("tags", [])]
        if any(f["amount_max"] is not None for f in expected):
            tags.append("range")
        records.append(
            {
                "id": src["id"],
                "lang": src["lang"],
                "text": text,
                "context_currency": None,
                "expected": expected,
                "tags": sorted(set(tags)),
            }
        )
    return records


def seed_record(gold_path: Path, text_path: Path) -> dict[str, Any]:
    """The seed article as one case with every gold figure located in the text."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    surfaces = [SEED_SURFACES.get(m["surface"], m["surface"]) for m in gold["money"]]
    spans = locate(text, surfaces, gold["id"])
    expected = [
        figure(
            surface,
            span,
            m["value"],
            m["value_max"],
            m["currency"],
            SEED_QUALIFIERS.get(surface),
        )
        for surface, span, m in zip(surfaces, spans, gold["money"], strict=True)
    ]
    return {
        "id": gold["id"],
        "lang": gold["lang"],
        "text": text,
        "context_currency": "USD",
        "expected": expected,
        "tags": sorted(SEED_TAGS),
    }


def build(shared: Path) -> str:
    """The content of ``money_shared.jsonl``."""
    records = dev_sentence_records(shared / "eval" / "dev_sentences.jsonl")
    records.append(
        seed_record(
            shared / "eval" / "seed.gold.json",
            shared / "fixtures" / "seed" / "dailyai-altman-chips-it.txt",
        )
    )
    return dumps(records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE / "shared")
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    content = build(args.shared)
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
    if current == content:
        return 0
    if args.check:
        sys.stderr.write(f"stale: {OUT.name}; run tests/data/make_shared.py\n")
        return 1
    OUT.write_text(content, encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
