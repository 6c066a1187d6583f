"""Invariants of find_money on arbitrary and hostile input: offsets, values, speed."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.money import dominant_currency, find_money

SEED = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.txt"

LANGS = ("en", "it", "de", "fr", "es", "pt", "xx")

# Text built from the pieces money is made of, so that the properties are exercised on
# near-figures, not only on random letters.
PIECES = st.sampled_from(
    [
        "$", "€", "£", "¥", "US$", "C$", "USD", "EUR", " ", "\u00a0", "\u202f", "-", "–", ",", ".",
        "'", "%", "5", "7", "1,72", "7.000", "7 000", "1.224,40", "595,3", "2024", "billion",
        "trillion", "bn", "m", "k", "M€", "miliardi", "trilioni", "mille", "mld", "Milliarden",
        "Mrd.", "Billionen", "milliards", "mil millones", "billones", "dollari", "dollars",
        "Dollar", "dólares", "d'euros", "di", "de", "tra", "e", "and", "between", "to", "bis",
        "à", "y", "up to", "circa", "knapp", "hasta", "half a", "mezzo", "eine halbe", "cents",
        "a", "un", "two", "H100", "\n", ". ", "users",
    ]
)  # fmt: skip


def _check(text: str, lang: str, context: str | None) -> None:
    figs = find_money(text, lang, context_currency=context)
    last_end = 0
    for fig in figs:
        assert 0 <= fig.start < fig.end <= len(text)
        assert fig.start >= last_end  # sorted, non-overlapping
        last_end = fig.end
        assert text[fig.start : fig.end] == fig.text
        assert math.isfinite(fig.amount)
        assert fig.amount >= 0
        if fig.amount_max is not None:
            assert math.isfinite(fig.amount_max)
            assert fig.amount_max >= fig.amount
        assert len(fig.currency) == 3
        assert fig.currency.isupper()
        if context is None:
            assert not fig.currency_inferred


@settings(max_examples=300, deadline=None)
@given(
    st.lists(PIECES, max_size=25).map("".join),
    st.sampled_from(LANGS),
    st.sampled_from([None, "USD"]),
)
def test_invariants_on_money_like_text(text: str, lang: str, context: str | None) -> None:
    _check(text, lang, context)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(LANGS))
def test_no_crash_on_arbitrary_unicode(text: str, lang: str) -> None:
    _check(text, lang, "EUR")
    dominant_currency(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1.2.3.4",
        "$$$",
        "$" * 10_000,
        "9" * 500,
        "$" + "9" * 500 + " billion",
        "1,000," * 2000,
        "1 000 " * 5000,
        "one " * 20_000 + "billion dollars",
        "tra " * 5000 + "5 e 7 miliardi",
        "\x00\xff\ufffd" * 3000,
        bytes(range(256)).decode("latin-1") * 100,
        "€" + "5-" * 5000,
        "Rs 1" + ",11" * 20_000 + " crore",  # Indian grouping that never closes with 3 digits
        "drei" * 5000 + " Millionen Dollar",  # German glued number words, no valid number
        "a quarter " * 5000 + "billion dollars",
    ],
    ids=lambda t: repr(t[:20]),
)
@pytest.mark.parametrize("lang", ["en", "it", "fr", "de"])
def test_pathological_inputs_finish_fast(text: str, lang: str) -> None:
    started = time.perf_counter()
    _check(text, lang, "USD")
    # A guard against catastrophic backtracking (minutes), not a speed target (see benchmarks/).
    assert time.perf_counter() - started < 20.0


def test_huge_digit_run_is_no_amount() -> None:
    assert find_money("$" + "9" * 500, "en") == []


def test_ten_megabytes_in_a_few_seconds() -> None:
    article = SEED.read_text(encoding="utf-8")  # a real article: 7 figures in 5 KB
    text = (article * (10_000_000 // len(article) + 1))[:10_000_000]
    started = time.perf_counter()
    figs = find_money(text, "it", context_currency="USD")
    elapsed = time.perf_counter() - started
    assert len(figs) >= 6 * (10_000_000 // len(article))
    assert elapsed < 60.0, elapsed  # linear-time guard; the speed itself is benchmarked
