"""The labelled dev sets are well formed, large enough, cover every money rule, and are in sync
with the hand-written case modules that generate them (tests/data/dev_labels.py)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / "tests" / "data" / "shared"  # a copy of the team's shared seed and gold
LANGS = ("en", "it", "de", "fr", "es")
QUALIFIERS = {"up to", "about", "nearly", "more than", "at least", "less than"}
ENTITY_LABELS = {"ORG", "PERSON", "GPE", "PRODUCT", "FACILITY"}
# Qualifier and range words are recorded apart, never inside a surface: "up to $7bn" -> "$7bn".
QUALIFIER_START = re.compile(
    r"(?i)(up to|about|nearly|more than|fino a|circa|bis zu|rund|knapp|jusqu|près de|hasta"
    r"|cerca de|between|tra |entre|zwischen)"
)

# Every rule of DESIGN.md "Money figures: the rules" (and the negatives) must be exercised in
# every language; the tags are written with the cases (see tests/data/README.md).
REQUIRED_TAGS = {
    "range",
    "range-between",
    "scale-distributes",
    "qualifier",
    "context-currency",
    "half",
    "number-word",
    "marked-dollar",
    "other-currency",
    "small-amount",
    "price",
    "code-before|code-after",
    "currency-word-after",
    "currency-carried|headline",
    "conversion-in-parentheses|change-not-range",
    "multi-figure",
    "negative",
    "partial",
    "percent",
    "year",
    "quarter",
    "gpu-model",
    "count",
    "power",
    "no-number",
    "phone",
    "version",
    "share-count",
    "ticker",
    "scale-word-not-money",
    "scale-abbrev-not-money",
    "index-level",
}
LANG_TAGS = {
    "en": {
        "scale-abbrev",
        "thousands-comma",
        "decimal-point",
        "hyphenated-scale",
        "us-dollar-marked",
    },
    "it": {"trilioni", "mille-miliardi", "decimal-comma", "thousands-dot", "scale-abbrev"},
    "de": {
        "billionen",
        "decimal-comma",
        "thousands-dot",
        "thousands-space",
        "scale-abbrev",
        "us-dollar-marked",
    },
    "fr": {
        "billion-fr",
        "decimal-comma",
        "thousands-space",
        "nbsp",
        "scale-abbrev",
        "us-dollar-marked",
    },
    "es": {"billones", "mil-millones", "decimal-comma", "thousands-dot", "us-dollar-marked"},
}


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def money() -> list[dict]:
    return load("money_dev.jsonl")


@pytest.fixture(scope="module")
def entities() -> list[dict]:
    return load("entities_dev.jsonl")


@pytest.mark.parametrize("name", ["money_dev.jsonl", "money_shared.jsonl", "money_holdout.jsonl"])
def test_money_records_are_well_formed(name):
    cases = load(name)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for case in cases:
        assert set(case) == {"id", "lang", "text", "context_currency", "expected", "tags"}, case[
            "id"
        ]
        assert case["context_currency"] is None or re.fullmatch(
            r"[A-Z]{3}", case["context_currency"]
        )
        previous_end = 0
        for fig in case["expected"]:
            where = f"{case['id']} {fig['surface']!r}"
            assert case["text"][fig["start"] : fig["end"]] == fig["surface"], where
            assert fig["start"] >= previous_end, f"{where}: figures overlap or are out of order"
            previous_end = fig["end"]
            assert fig["surface"] == fig["surface"].strip(), where
            assert re.fullmatch(r"[A-Z]{3}", fig["currency"]), where
            assert fig["amount"] > 0, where
            assert fig["amount_max"] is None or fig["amount_max"] > fig["amount"], where
            assert fig["qualifier"] is None or fig["qualifier"] in QUALIFIERS, where
            # the qualifier is recorded, never part of the span
            assert not QUALIFIER_START.match(fig["surface"]), where


def test_money_counts(money):
    per_lang = Counter(c["lang"] for c in money)
    assert sum(per_lang.values()) >= 350
    assert all(per_lang[lang] >= 60 for lang in LANGS), per_lang
    assert set(per_lang) == set(LANGS)
    negatives = [c for c in money if not c["expected"] or "partial" in c["tags"]]
    assert len(negatives) >= 80
    assert sum(len(c["expected"]) for c in money) >= 400


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_is_covered_in_every_language(money, lang):
    tags = Counter(t for c in money if c["lang"] == lang for t in c["tags"])
    missing = [
        req for req in REQUIRED_TAGS | LANG_TAGS[lang] if not any(tags[t] for t in req.split("|"))
    ]
    assert not missing, f"{lang}: no case tagged {missing}"


def test_tags_agree_with_labels(money):
    for case in money:
        figs = case["expected"]
        assert ("range" in case["tags"]) == any(f["amount_max"] is not None for f in figs), case[
            "id"
        ]
        assert ("qualifier" in case["tags"]) == any(f["qualifier"] for f in figs), case["id"]
        assert ("context-currency" in case["tags"]) == bool(case["context_currency"]), case["id"]
        assert ("negative" in case["tags"]) == (not figs), case["id"]
        if "nbsp" in case["tags"]:
            assert "\u00a0" in case["text"] or "\u202f" in case["text"], case["id"]


def test_both_no_break_spaces_are_exercised(money):
    texts = [c["text"] for c in money]
    assert any("\u00a0" in t for t in texts)
    assert any("\u202f" in t for t in texts)


def test_entity_holdout_records():
    for case in load("entities_holdout.jsonl"):
        for ent in case["expected"]:
            assert case["text"][ent["start"] : ent["end"]] == ent["surface"], case["id"]
            assert ent["label"] in ENTITY_LABELS, case["id"]


def test_entity_records(entities):
    ids = [c["id"] for c in entities]
    assert len(ids) == len(set(ids))
    per_lang = Counter(c["lang"] for c in entities)
    assert sum(per_lang.values()) >= 150
    assert all(per_lang[lang] >= 25 for lang in LANGS), per_lang
    labels = Counter()
    for case in entities:
        assert case["expected"], case["id"]
        for ent in case["expected"]:
            assert case["text"][ent["start"] : ent["end"]] == ent["surface"], case["id"]
            assert ent["label"] in ENTITY_LABELS, case["id"]
            assert ent["canonical"], case["id"]
            assert ent["canonical"].strip() == ent["canonical"], case["id"]
            labels[ent["label"]] += 1
    assert labels["ORG"] >= 200, labels
    assert labels["PERSON"] >= 80, labels


def test_entity_aliases_resolve_to_one_canonical_name(entities):
    canon = {(e["surface"], c["lang"]): e["canonical"] for c in entities for e in c["expected"]}
    assert canon[("Stati Uniti", "it")] == "United States"
    assert canon[("Vereinigten Staaten", "de")] == "United States"
    assert canon[("États-Unis", "fr")] == "United States"
    assert canon[("Estados Unidos", "es")] == "United States"
    assert canon[("Nvidias", "de")] == "Nvidia"
    assert canon[("NVIDIA Corp.", "en")] == "Nvidia"
    assert canon[("Taiwan Semiconductor Manufacturing Co.", "en")] == "TSMC"
    assert canon[("Commissione Europea", "it")] == "European Commission"


def _import_from_data(name: str):
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    return __import__(name)


def test_generated_files_match_the_case_modules():
    dev_labels = _import_from_data("dev_labels")
    for path, content in dev_labels.build().items():
        assert path.read_text(encoding="utf-8") == content, (
            f"{path.name} is stale: run tests/data/dev_labels.py"
        )


def test_locate_skips_hits_inside_longer_numbers():
    dev_labels = _import_from_data("dev_labels")
    assert dev_labels.locate("$20 then $2", ["$2"], "t") == [(9, 11)]
    with pytest.raises(ValueError, match="not found"):
        dev_labels.locate("Nvidias", ["Nvidia"], "t")


@pytest.mark.skipif(
    not (SHARED / "eval" / "dev_sentences.jsonl").exists(),
    reason="shared folder not beside the checkout",
)
def test_shared_gold_conversion_is_current():
    make_shared = _import_from_data("make_shared")
    assert make_shared.build(SHARED) == (DATA / "money_shared.jsonl").read_text(encoding="utf-8")
    cases = {c["id"]: c for c in load("money_shared.jsonl")}
    fr_range = cases["seedext-fr-04"]["expected"]
    assert [(f["amount"], f["amount_max"]) for f in fr_range] == [(5e12, 7e12)]
    seed = cases["seed-dailyai-it"]
    assert seed["context_currency"] == "USD"
    assert [f["surface"] for f in seed["expected"]][:2] == [
        "mille miliardi",
        "$5 trilioni e $7 trilioni",
    ]
