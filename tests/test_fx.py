"""USD values at the ECB reference rate of the publication date, offline."""

from __future__ import annotations

import datetime

import pytest

from extract.fx import to_usd, with_usd
from extract.money import find_money


def test_usd_is_unchanged() -> None:
    assert to_usd(7e12, "USD", datetime.date(2024, 2, 9)) == 7e12
    assert to_usd(5.0, "usd", None) == 5.0


def test_euro_at_the_publication_date() -> None:
    # ECB reference rate on 2024-02-09: 1 EUR = 1.0772 USD
    assert to_usd(100.0, "EUR", datetime.date(2024, 2, 9)) == pytest.approx(107.72)
    # on 2022-07-14 the euro fell below parity (1.0005)
    assert to_usd(1.0, "EUR", datetime.date(2022, 7, 14)) == pytest.approx(1.0005)


def test_weekend_is_interpolated_not_missing() -> None:
    saturday = to_usd(100.0, "EUR", datetime.date(2024, 2, 10))
    assert saturday is not None
    assert 107 < saturday < 108.5


def test_dates_outside_the_data_use_the_nearest_rate() -> None:
    assert to_usd(100.0, "EUR", datetime.date(1990, 1, 1)) == to_usd(
        100.0, "EUR", datetime.date(1999, 1, 4)
    )
    future = to_usd(100.0, "GBP", datetime.date(2100, 1, 1))
    assert future is not None
    assert future > 100.0


def test_cross_rate_through_the_euro() -> None:
    yen = to_usd(1_000_000.0, "JPY", datetime.date(2024, 2, 9))
    assert yen is not None
    assert 6000 < yen < 7500


def test_unquoted_currency_and_bad_amounts() -> None:
    assert to_usd(100.0, "VND", datetime.date(2024, 2, 9)) is None
    assert to_usd(100.0, "XXX", None) is None
    assert to_usd(float("inf"), "EUR", None) is None
    assert to_usd(float("nan"), "EUR", None) is None


def test_datetime_is_accepted() -> None:
    moment = datetime.datetime(2024, 2, 9, 15, 30)
    assert to_usd(100.0, "EUR", moment) == pytest.approx(107.72)


def test_with_usd_fills_both_ends_of_a_range() -> None:
    (fig,) = find_money("tra 5 e 7 miliardi di euro", "it")
    out = with_usd(fig, datetime.date(2024, 2, 9))
    assert out.amount_usd == pytest.approx(5e9 * 1.0772)
    assert out.amount_usd_max == pytest.approx(7e9 * 1.0772)
    assert (out.amount, out.amount_max, out.text) == (fig.amount, fig.amount_max, fig.text)


def test_with_usd_single_figure_and_unknown_currency() -> None:
    (usd,) = find_money("$2 miliardi", "it")
    assert with_usd(usd, None).amount_usd == 2e9
    assert with_usd(usd, None).amount_usd_max is None
    (dong,) = find_money("5 billion dong... no: 5 ₫", "en")
    assert with_usd(dong, None).amount_usd is None


def test_rates_match_currencyconverter_to_the_last_bit() -> None:
    """Our lazy table gives exactly what the package's own converter gives, fallbacks included."""
    from currency_converter import CurrencyConverter

    reference = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    days = [datetime.date(1998, 6, 1), datetime.date(2024, 2, 10), datetime.date(2100, 1, 1)]
    days += [datetime.date(1999, 1, 1) + datetime.timedelta(days=97 * k) for k in range(100)]
    checked = 0
    for code in sorted(reference.currencies - {"USD"}):
        for day in [*days, None]:
            expected = reference.convert(123.45, code, "USD", date=day)
            assert to_usd(123.45, code, day) == expected, (code, day)
            checked += 1
    assert checked > 3000
