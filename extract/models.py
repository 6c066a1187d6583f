"""Typed, immutable results of extraction.

Every offset is a Python string offset (code points) into the analyzed text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MoneyFigure:
    """One money amount found in text, e.g. ``tra $5 trilioni e $7 trilioni``.

    ``amount``/``amount_max`` are in units of ``currency`` (a range keeps its low end in
    ``amount`` and its high end in ``amount_max``; a single value has ``amount_max=None``).
    """

    start: int
    end: int
    text: str
    amount: float
    amount_max: float | None
    currency: str  # ISO 4217, e.g. "USD"
    currency_inferred: bool = False  # True when taken from context ("chiede mille miliardi")
    scale_word: str | None = None  # the scale as printed: "trilioni", "Mrd.", "bn"
    qualifier: str | None = None  # normalized English: "up to", "about", "more than", ...
    approximate: bool = False  # "circa", "vicina a", "nearly", "rund"
    amount_usd: float | None = None
    amount_usd_max: float | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named entity in text, resolved to a canonical name when the gazetteer knows it."""

    start: int
    end: int
    text: str
    label: str  # ORG, PERSON, GPE, PRODUCT, FACILITY
    canonical: str | None = None  # canonical English name, e.g. "Nvidia"
    entity_id: str | None = None  # stable slug of the canonical entity, e.g. "nvidia"
    source: str = "gazetteer"  # "gazetteer" or "ner"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A non-money figure: a percentage, power, energy, a GPU count, wafer capacity."""

    start: int
    end: int
    text: str
    kind: str  # "percent", "power", "energy", "gpu_count", "wafer_capacity"
    value: float
    unit: str  # "%", "MW", "GW", "TWh", "GPU", "wafers/month"
    value_max: float | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence that holds at least one money figure."""

    start: int
    end: int
    sentence: str
    sentence_index: int
    # investment, funding_ask, market_cap, revenue, sales, capex, valuation, subsidy, price,
    # cost or other
    kind: str
    figure_indexes: tuple[int, ...]  # indexes into Analysis.money
    subject: str | None = None  # canonical name of the subject entity
    subject_entity_id: str | None = None
    attribution: str | None = None  # "Wall Street Journal", "Reuters", a person
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class ArticleText:
    """Main text and metadata recovered from an article's HTML."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601 (date or datetime, UTC)
    modified: str | None = None
    language: str | None = None  # as declared by the page (html lang, og:locale, JSON-LD)
    publisher: str | None = None
    url: str | None = None  # canonical URL declared by the page
    description: str | None = None


@dataclass(frozen=True, slots=True)
class FigureInfo:
    """Per-figure claim facts: the kind and subject assigned to ``Analysis.money[i]``."""

    kind: str = "other"
    subject: str | None = None
    subject_entity_id: str | None = None
    sentence_index: int = 0
    period: str | None = None  # "2024", "Q3 2025" when stated


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one text."""

    text: str
    lang: str
    money: tuple[MoneyFigure, ...] = ()
    figure_info: tuple[FigureInfo, ...] = ()  # parallel to ``money``
    entities: tuple[EntityMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())  # (start, end) per sentence
