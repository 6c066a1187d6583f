"""Build small, realistic knowledge bases for tests, straight through ``db.store.open_db``.

``build_kb(path)`` writes about a dozen articles in five languages from six outlets about the
February 2024 story of Sam Altman's $5-7 trillion chip ask (as a range, as "$7 trillion", as "up
to $7 trillion", in EUR), Nvidia's market value, TSMC in Arizona and Microsoft's AI capex, with
entities, mentions, figures, claims, one syndicated copy, a headline holding ``<script>``, a crawl
run and fetch errors; then clusters them. ``add_article`` is the reusable row writer.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from db.clusters import update_clusters
from db.extracted import stable_id
from db.store import open_db

VERSION = 1

# id -> (name, label, aliases, ticker, country)
ENTITIES: dict[str, tuple[str, str, tuple[str, ...], str | None, str | None]] = {
    "sam-altman": ("Sam Altman", "PERSON", ("Altman", "Sam Altman"), None, "US"),
    "openai": ("OpenAI", "ORG", ("OpenAI",), None, "US"),
    "nvidia": ("Nvidia", "ORG", ("Nvidia", "NVIDIA Corp.", "Nvidia's"), "NVDA", "US"),
    "microsoft": ("Microsoft", "ORG", ("Microsoft",), "MSFT", "US"),
    "tsmc": ("TSMC", "ORG", ("TSMC", "Taiwan Semiconductor"), "TSM", "TW"),
    "intel": ("Intel", "ORG", ("Intel",), "INTC", "US"),
    "softbank": ("SoftBank", "ORG", ("SoftBank",), "9984", "JP"),
    "stargate": ("Stargate", "FACILITY", ("Stargate",), None, "US"),
    "wall-street-journal": (
        "Wall Street Journal",
        "ORG",
        ("Wall Street Journal", "WSJ"),
        None,
        "US",
    ),
    "united-arab-emirates": (
        "United Arab Emirates",
        "GPE",
        ("United Arab Emirates", "Emirati Arabi Uniti", "Vereinigte Arabische Emirate"),
        None,
        "AE",
    ),
    "arizona": ("Arizona", "GPE", ("Arizona",), None, "US"),
}

# id -> (name, language, country, homepage)
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "wire-en": ("The Wire", "en", "US", "https://wire.example.com/"),
    "techdaily-en": ("Tech Daily", "en", "GB", "https://techdaily.example.co.uk/"),
    "dailyai-it": ("DailyAI Italia", "it", "IT", "https://dailyai.example.it/"),
    "handelsblatt-de": ("Handelsblatt Tech", "de", "DE", "https://handel.example.de/"),
    "lemonde-fr": ("Le Monde Informatique", "fr", "FR", "https://lmi.example.fr/"),
    "elpais-es": ("El País Tecnología", "es", "ES", "https://elpais.example.es/"),
}

EUR_USD = 1.0776  # ECB reference rate of 2024-02-12, the German article's publication date


@dataclass(frozen=True)
class Fig:
    """One money figure inside a sentence; ``surface`` must occur in that sentence."""

    surface: str
    amount: float
    amount_max: float | None = None
    currency: str = "USD"
    kind: str = "other"
    subject: str | None = None
    qualifier: str | None = None
    usd_rate: float = 1.0
    scale_word: str | None = None


@dataclass(frozen=True)
class Art:
    """One article: sentence 0 is the headline, the rest is the body."""

    id: int
    source: str
    published: str | None
    title: str
    body: Sequence[str | tuple[str, Sequence[Fig]]]
    title_figures: Sequence[Fig] = ()
    language: str | None = None  # defaults to the source's language
    duplicate_of: int | None = None
    slug: str = ""
    authors: Sequence[str] = field(default_factory=tuple)


HEDGES = ("reportedly", "starebbe", "chercherait", "soll ", "según", "would", "wants")


def create_entities(db: Database) -> None:
    db.table("entities").upsert_all(
        (
            {
                "id": eid,
                "name": name,
                "label": label,
                "aliases": json.dumps(list(aliases), ensure_ascii=False),
                "ticker": ticker,
                "country": country,
            }
            for eid, (name, label, aliases, ticker, country) in ENTITIES.items()
        ),
        pk="id",
    )


def create_sources(db: Database) -> None:
    db.table("sources").upsert_all(
        (
            {
                "id": sid,
                "name": name,
                "homepage": home,
                "language": lang,
                "country": country,
                "kind": "feed",
                "urls": json.dumps({"feeds": [home + "feed.xml"]}),
                "local": 0,
                "active": 1,
            }
            for sid, (name, lang, country, home) in SOURCES.items()
        ),
        pk="id",
    )


def add_article(db: Database, art: Art, *, seen_at: str) -> list[str]:
    """Write one article with its mentions, figures and claims; returns its figure ids."""
    source_name, source_lang, _, home = SOURCES[art.source]
    sentences: list[tuple[str, Sequence[Fig]]] = [(art.title, art.title_figures)]
    for item in art.body:
        sentences.append((item, ()) if isinstance(item, str) else item)
    text = ""
    spans: list[tuple[int, int]] = []
    for i, (sentence, _) in enumerate(sentences):
        if i == 1:
            text += "\n\n"
        elif i > 1:
            text += " "
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence
    content_hash = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()
    url = f"{home}{art.published or 'undated'}/{art.slug or art.id}"
    db.table("articles").insert(
        {
            "id": art.id,
            "url": url,
            "fetch_url": url,
            "source_id": art.source,
            "title": art.title,
            "authors": json.dumps(list(art.authors), ensure_ascii=False),
            "published_at": art.published,
            "language": art.language or source_lang,
            "publisher": source_name,
            "text": text,
            "word_count": len(text.split()),
            "content_hash": content_hash,
            "duplicate_of": art.duplicate_of,
            "topic_score": 0.9,
            "fetched_at": seen_at,
            "first_seen_at": seen_at,
            "http_status": 200,
            "extractor_version": VERSION,
            "extracted_at": seen_at,
        },
        pk="id",
    )
    mentions = []
    for eid, (_, label, aliases, _, _) in ENTITIES.items():
        taken: list[tuple[int, int]] = []
        for alias in sorted(aliases, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(alias)}", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                index = next(i for i, (s, e) in enumerate(spans) if s <= m.start() < e)
                mentions.append(
                    {
                        "id": stable_id(art.id, m.start(), m.end(), eid),
                        "article_id": art.id,
                        "entity_id": eid,
                        "surface": m.group(0),
                        "label": label,
                        "start": m.start(),
                        "end": m.end(),
                        "sentence_index": index,
                        "extractor_version": VERSION,
                    }
                )
    if mentions:
        db.table("mentions").insert_all(mentions, pk="id")
    figure_ids: list[str] = []
    for index, ((sentence, figs), (s_start, s_end)) in enumerate(
        zip(sentences, spans, strict=True)
    ):
        if not figs:
            continue
        ids = []
        for fig in figs:
            offset = sentence.index(fig.surface)
            start, end = s_start + offset, s_start + offset + len(fig.surface)
            fid = stable_id(art.id, start, end, fig.surface)
            ids.append(fid)
            db.table("figures").insert(
                {
                    "id": fid,
                    "article_id": art.id,
                    "sentence_index": index,
                    "surface": fig.surface,
                    "start": start,
                    "end": end,
                    "amount": fig.amount,
                    "amount_max": fig.amount_max,
                    "currency": fig.currency,
                    "currency_inferred": 0,
                    "amount_usd": fig.amount * fig.usd_rate,
                    "amount_usd_max": None
                    if fig.amount_max is None
                    else fig.amount_max * fig.usd_rate,
                    "scale_word": fig.scale_word,
                    "qualifier": fig.qualifier,
                    "approximate": int(fig.qualifier in ("about", "nearly")),
                    "kind": fig.kind,
                    "subject_entity_id": fig.subject,
                    "period": None,
                    "cluster_id": None,
                    "extractor_version": VERSION,
                },
                pk="id",
            )
        figure_ids.extend(ids)
        lowered = sentence.lower()
        db.table("claims").insert(
            {
                "id": stable_id(art.id, s_start, s_end),
                "article_id": art.id,
                "sentence": sentence,
                "start": s_start,
                "end": s_end,
                "sentence_index": index,
                "subject_entity_id": figs[0].subject,
                "kind": figs[0].kind,
                "figure_ids": json.dumps(ids),
                "attribution": "Wall Street Journal" if "Wall Street Journal" in sentence else None,
                "hedged": int(any(h in lowered for h in HEDGES)),
                "extractor_version": VERSION,
            },
            pk="id",
        )
    return figure_ids


T = 1e12
B = 1e9

ARTICLES: tuple[Art, ...] = (
    Art(
        1,
        "wire-en",
        "2024-02-08T22:14:00Z",
        "Sam Altman seeks trillions of dollars to reshape the chip business",
        [
            (
                (
                    "Sam Altman is in talks with investors including the United Arab Emirates to "
                    "raise as much as $5 trillion to $7 trillion for chip fabs, according to the "
                    "Wall Street Journal."
                ),
                [
                    Fig(
                        "$5 trillion to $7 trillion",
                        5 * T,
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        qualifier="up to",
                        scale_word="trillion",
                    )
                ],
            ),
            "OpenAI declined to comment.",
        ],
        slug="altman-trillions",
        authors=("Keach Hagey",),
    ),
    Art(
        2,
        "techdaily-en",
        "2024-02-09T06:00:00Z",
        "Sam Altman seeks trillions of dollars to reshape the chip business",
        [
            (
                (
                    "Sam Altman is in talks with investors including the United Arab Emirates to "
                    "raise as much as $5 trillion to $7 trillion for chip fabs, according to the "
                    "Wall Street Journal."
                ),
                [
                    Fig(
                        "$5 trillion to $7 trillion",
                        5 * T,
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        qualifier="up to",
                        scale_word="trillion",
                    )
                ],
            ),
            "OpenAI declined to comment.",
        ],
        duplicate_of=1,
        slug="syndicated-altman-trillions",
    ),
    Art(
        3,
        "dailyai-it",
        "2024-02-09T10:30:00Z",
        "Sam Altman, CEO di OpenAI, chiede mille miliardi per lo stravagante progetto di chip AI",
        [
            (
                (
                    "Altman starebbe coordinando una raccolta tra $5 trilioni e $7 trilioni con "
                    "investitori degli Emirati Arabi Uniti."
                ),
                [
                    Fig(
                        "tra $5 trilioni e $7 trilioni",
                        5 * T,
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        scale_word="trilioni",
                    )
                ],
            ),
            (
                "Nvidia vale oggi circa $1,72 trilioni.",
                [
                    Fig(
                        "$1,72 trilioni",
                        1.72 * T,
                        kind="market_cap",
                        subject="nvidia",
                        qualifier="about",
                        scale_word="trilioni",
                    )
                ],
            ),
            (
                "Secondo il Wall Street Journal, Altman cerca $7 trilioni.",
                [
                    Fig(
                        "$7 trilioni",
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        scale_word="trilioni",
                    )
                ],
            ),
        ],
        title_figures=[
            Fig(
                "mille miliardi",
                1 * T,
                kind="funding_ask",
                subject="sam-altman",
                scale_word="mille miliardi",
            )
        ],
        slug="altman-mille-miliardi",
        authors=("Sam Jeans",),
    ),
    Art(
        4,
        "handelsblatt-de",
        "2024-02-09T14:00:00Z",
        "OpenAI-Chef Altman will bis zu 7 Billionen Dollar für Chipfabriken einsammeln",
        [
            (
                (
                    "Sam Altman soll mit Investoren aus den Vereinigte Arabische Emirate über bis "
                    "zu 7 Billionen Dollar sprechen."
                ),
                [
                    Fig(
                        "7 Billionen Dollar",
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        qualifier="up to",
                        scale_word="Billionen",
                    )
                ],
            ),
        ],
        slug="altman-billionen",
    ),
    Art(
        5,
        "lemonde-fr",
        "2024-02-10T08:00:00Z",
        "Sam Altman chercherait 7 000 milliards de dollars pour fabriquer des puces",
        [
            (
                "Sam Altman chercherait à lever entre 5 000 et 7 000 milliards de dollars.",
                [
                    Fig(
                        "entre 5 000 et 7 000 milliards de dollars",
                        5 * T,
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        scale_word="milliards",
                    )
                ],
            ),
        ],
        slug="altman-7000-milliards",
    ),
    Art(
        6,
        "elpais-es",
        "2024-02-10T12:00:00Z",
        "Sam Altman busca hasta 7 billones de dólares para fabricar chips",
        [
            (
                "Según el Wall Street Journal, Altman busca hasta 7 billones de dólares.",
                [
                    Fig(
                        "7 billones de dólares",
                        7 * T,
                        kind="funding_ask",
                        subject="sam-altman",
                        qualifier="up to",
                        scale_word="billones",
                    )
                ],
            ),
            (
                "La cifra, de 7 billones de dólares, supera el PIB de Japón.",
                [
                    Fig(
                        "7 billones de dólares",
                        7 * T,
                        kind="other",
                        subject=None,
                        scale_word="billones",
                    )
                ],
            ),
        ],
        slug="altman-7-billones",
    ),
    Art(
        7,
        "handelsblatt-de",
        "2024-02-12T09:00:00Z",
        "Altmans Chip-Pläne: 6,5 Billionen Euro für neue Fabriken",
        [
            (
                "Der OpenAI-Chef Sam Altman will bis zu 6,5 Billionen Euro einsammeln.",
                [
                    Fig(
                        "6,5 Billionen Euro",
                        6.5 * T,
                        currency="EUR",
                        kind="funding_ask",
                        subject="sam-altman",
                        qualifier="up to",
                        usd_rate=EUR_USD,
                        scale_word="Billionen",
                    )
                ],
            ),
        ],
        slug="altman-euro",
    ),
    Art(
        8,
        "wire-en",
        "2024-03-01T21:00:00Z",
        "Nvidia closes above $2 trillion in market value for the first time",
        [
            (
                "Nvidia ended the session with a market value of $2 trillion.",
                [
                    Fig(
                        "$2 trillion",
                        2 * T,
                        kind="market_cap",
                        subject="nvidia",
                        scale_word="trillion",
                    )
                ],
            ),
        ],
        slug="nvidia-2-trillion",
    ),
    Art(
        9,
        "dailyai-it",
        "2024-03-04T07:00:00Z",
        "Nvidia vale 2.000 miliardi di dollari",
        [
            (
                "La capitalizzazione di Nvidia ha superato i 2.000 miliardi di dollari.",
                [
                    Fig(
                        "2.000 miliardi di dollari",
                        2 * T,
                        kind="market_cap",
                        subject="nvidia",
                        qualifier="more than",
                        scale_word="miliardi",
                    )
                ],
            ),
        ],
        slug="nvidia-2000-miliardi",
    ),
    Art(
        10,
        "lemonde-fr",
        "2024-06-19T06:00:00Z",
        "Nvidia devient l'entreprise la plus chère du monde",
        [
            (
                "Nvidia pèse désormais 3 340 milliards de dollars en Bourse.",
                [
                    Fig(
                        "3 340 milliards de dollars",
                        3.34 * T,
                        kind="market_cap",
                        subject="nvidia",
                        scale_word="milliards",
                    )
                ],
            ),
        ],
        slug="nvidia-3340-milliards",
    ),
    Art(
        11,
        "elpais-es",
        "2024-04-08T15:00:00Z",
        "TSMC invertirá 65.000 millones de dólares en Arizona",
        [
            (
                "TSMC elevará su inversión en Arizona a 65.000 millones de dólares.",
                [
                    Fig(
                        "65.000 millones de dólares",
                        65 * B,
                        kind="investment",
                        subject="tsmc",
                        scale_word="millones",
                    )
                ],
            ),
            (
                "Recibirá 6.600 millones de dólares en subvenciones de la Ley CHIPS.",
                [
                    Fig(
                        "6.600 millones de dólares",
                        6.6 * B,
                        kind="subsidy",
                        subject="tsmc",
                        scale_word="millones",
                    )
                ],
            ),
        ],
        slug="tsmc-arizona",
    ),
    Art(
        12,
        "wire-en",
        "2025-01-03T18:00:00Z",
        "<script>alert('xss')</script> Microsoft plans $80 billion AI data center spend",
        [
            (
                "Microsoft expects to spend $80 billion on AI-enabled data centers in fiscal 2025.",
                [
                    Fig(
                        "$80 billion",
                        80 * B,
                        kind="capex",
                        subject="microsoft",
                        scale_word="billion",
                    )
                ],
            ),
        ],
        slug="microsoft-80-billion",
    ),
    Art(
        13,
        "wire-en",
        None,
        "OpenAI hires a chip team",
        ["OpenAI is building a team of chip designers, people familiar with the matter said."],
        slug="openai-chip-team",
    ),
)


def build_kb(path: str | Path, *, now: datetime | None = None, cluster: bool = True) -> Path:
    """Create the fixture knowledge base at ``path`` (overwriting nothing: the file must be new)."""
    path = Path(path)
    now = now or datetime.now(UTC).replace(microsecond=0)
    db = open_db(path)
    try:
        with db.atomic():
            create_sources(db)
            create_entities(db)
            for i, art in enumerate(ARTICLES):
                seen = (now - timedelta(hours=len(ARTICLES) - i)).isoformat().replace("+00:00", "Z")
                add_article(db, art, seen_at=seen)
            add_operations(db, now)
        if cluster:
            update_clusters(db)
    finally:
        db.close()
    return path


def iso(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def add_operations(db: Database, now: datetime) -> None:
    """One finished crawl run and three fetch errors (two for El País, one for Tech Daily)."""
    db.table("crawl_runs").insert(
        {
            "id": 1,
            "run_id": "run-1",
            "spider": "feeds",
            "started_at": iso(now - timedelta(minutes=20)),
            "finished_at": iso(now - timedelta(minutes=5)),
            "finish_reason": "finished",
            "requests": 40,
            "responses": 37,
            "articles_new": len(ARTICLES),
            "articles_duplicate": 1,
            "not_modified": 2,
            "errors": 3,
            "healthy": 1,
            "problems": "[]",
            "stats": "{}",
        },
        pk="id",
    )
    db.table("fetch_errors").insert_all(
        [
            {
                "id": 1,
                "run_id": "run-1",
                "spider": "feeds",
                "source_id": "elpais-es",
                "url": "https://elpais.example.es/feed.xml",
                "status": 503,
                "reason": "HTTP 503",
                "error_class": "HttpError",
                "occurred_at": iso(now - timedelta(minutes=15)),
            },
            {
                "id": 2,
                "run_id": "run-1",
                "spider": "feeds",
                "source_id": "elpais-es",
                "url": "https://elpais.example.es/2024/gone",
                "status": 404,
                "reason": "HTTP 404",
                "error_class": "HttpError",
                "occurred_at": iso(now - timedelta(minutes=10)),
            },
            {
                "id": 3,
                "run_id": "run-1",
                "spider": "feeds",
                "source_id": "techdaily-en",
                "url": "https://techdaily.example.co.uk/slow",
                "status": None,
                "reason": "timeout after 30s",
                "error_class": "TimeoutError",
                "occurred_at": iso(now - timedelta(days=10)),
            },
        ],
        pk="id",
    )
