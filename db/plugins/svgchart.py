"""Server-side SVG charts of money figures over time: no JavaScript, no network, text escaped."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape

from db.clusters import format_usd

WIDTH, HEIGHT = 860, 360
LEFT, RIGHT, TOP, BOTTOM = 90, 170, 20, 50
# Colour-blind-safe palette (Okabe-Ito), cycled over series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
# Log scale once the largest amount is 20 times the smallest: Nvidia's $22 billion revenue and
# $3 trillion market cap on one linear axis would flatten everything below $500 billion.
LOG_RATIO = 20.0


@dataclass(frozen=True, slots=True)
class Point:
    """One figure to plot: a point, or a vertical bar for a range ("$5-7 trillion")."""

    when: datetime
    low: float  # USD
    high: float  # USD, equal to ``low`` for a single amount
    series: str  # legend entry: a kind, or a language
    tooltip: str  # plain text; escaped when rendered


def parse_when(text: str) -> datetime | None:
    """An ISO 8601 date or time as an aware UTC datetime, or None when unparseable."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            value = datetime.fromisoformat(text.strip()[:10])
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def render_svg(points: list[Point], title: str) -> str:
    """An accessible SVG chart of ``points``: time on x, USD on y (log scale when wide)."""
    safe_title = escape(title)
    if not points:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="80" '
            f'viewBox="0 0 {WIDTH} 80"><title>{safe_title}</title>'
            '<text x="10" y="40" font-size="14">No dated figures with a USD amount.</text></svg>'
        )
    t0 = min(p.when for p in points)
    t1 = max(p.when for p in points)
    if t1 - t0 < timedelta(days=2):
        t0, t1 = t0 - timedelta(days=1), t1 + timedelta(days=1)
    pad = (t1 - t0) * 0.04
    t0, t1 = t0 - pad, t1 + pad
    lo = min(p.low for p in points if p.low > 0) if any(p.low > 0 for p in points) else 1.0
    hi = max(p.high for p in points)
    use_log = hi / max(lo, 1.0) >= LOG_RATIO
    if use_log:
        y_lo, y_hi = 10 ** math.floor(math.log10(max(lo, 1.0))), 10 ** math.ceil(math.log10(hi))
    else:
        y_lo, y_hi = 0.0, _nice_ceiling(hi * 1.1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(when: datetime) -> float:
        return LEFT + plot_w * (when - t0).total_seconds() / max((t1 - t0).total_seconds(), 1)

    def y_of(value: float) -> float:
        if use_log:
            value = max(value, y_lo)
            frac = (math.log10(value) - math.log10(y_lo)) / (math.log10(y_hi) - math.log10(y_lo))
        else:
            frac = (value - y_lo) / ((y_hi - y_lo) or 1.0)
        return TOP + plot_h * (1 - frac)

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="infraledger-chart" '
            f'width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'font-family="Helvetica, Arial, sans-serif" font-size="11">'
        ),
        f"<title>{safe_title}</title>",
        (
            f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#fafafa" '
            'stroke="#ccc"/>'
        ),
    ]
    for value in _y_ticks(y_lo, y_hi, use_log):
        y = y_of(value)
        parts.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(format_usd(value, value))}</text>"
        )
    for when in _x_ticks(t0, t1):
        x = x_of(when)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + plot_h}" stroke="#eee"/>'
            f'<text x="{x:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle">'
            f"{when.strftime('%Y-%m-%d')}</text>"
        )
    axis = "log scale" if use_log else "linear scale"
    parts.append(
        f'<text x="14" y="{TOP + plot_h / 2:.0f}" transform="rotate(-90 14 {TOP + plot_h / 2:.0f})"'
        f' text-anchor="middle">US dollars ({axis})</text>'
    )
    series = sorted({p.series for p in points})
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series)}
    for p in sorted(points, key=lambda p: p.when):
        x, c = x_of(p.when), colour[p.series]
        tip = f"<title>{escape(p.tooltip)}</title>"
        if p.high > p.low:
            parts.append(
                f'<g class="point"><line x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(p.low):.1f}" '
                f'y2="{y_of(p.high):.1f}" stroke="{c}" stroke-width="4" stroke-linecap="round" '
                f'opacity="0.8"/>{tip}</g>'
            )
        else:
            parts.append(
                f'<g class="point"><circle cx="{x:.1f}" cy="{y_of(p.low):.1f}" r="5" '
                f'fill="{c}" fill-opacity="0.8" stroke="#fff"/>{tip}</g>'
            )
    for i, name in enumerate(series):
        y = TOP + 10 + i * 18
        parts.append(
            f'<rect x="{LEFT + plot_w + 16}" y="{y - 9}" width="12" height="12" '
            f'fill="{colour[name]}"/><text x="{LEFT + plot_w + 34}" y="{y + 1}">'
            f"{escape(name)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _nice_ceiling(value: float) -> float:
    """The next 1, 2 or 5 times a power of ten at or above ``value`` (7.7e12 -> 1e13)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)


def _y_ticks(lo: float, hi: float, use_log: bool) -> list[float]:
    if use_log:
        start, stop = round(math.log10(max(lo, 1.0))), round(math.log10(hi))
        return [10.0**e for e in range(start, stop + 1)]
    step = _nice_ceiling(hi / 5)
    return [step * i for i in range(int(hi / step) + 1)]


def _x_ticks(t0: datetime, t1: datetime) -> list[datetime]:
    """About six evenly spaced ticks, at day resolution."""
    span = t1 - t0
    count = 6
    days = {
        (t0 + span * (i + 0.5) / count).replace(hour=0, minute=0, second=0, microsecond=0)
        for i in range(count)
    }
    return sorted(d for d in days if t0 <= d <= t1)
