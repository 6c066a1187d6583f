"""Generate realistic AI-infrastructure news articles (HTML) for benchmarks, deterministically."""

from __future__ import annotations

import html
import random
import zlib
from collections.abc import Iterator
from pathlib import Path

COMPANIES = [
    "Nvidia",
    "AMD",
    "Intel",
    "TSMC",
    "Samsung",
    "SK Hynix",
    "Micron",
    "ASML",
    "Broadcom",
    "Microsoft",
    "Google",
    "Amazon",
    "Meta",
    "Oracle",
    "OpenAI",
    "Anthropic",
    "CoreWeave",
    "SoftBank",
    "Qualcomm",
    "Arm",
    "Applied Materials",
    "GlobalFoundries",
    "xAI",
    "Equinix",
]
PEOPLE = [
    "Sam Altman",
    "Jensen Huang",
    "Lisa Su",
    "Satya Nadella",
    "Sundar Pichai",
    "Masayoshi Son",
    "Mark Zuckerberg",
    "Larry Ellison",
    "C.C. Wei",
    "Pat Gelsinger",
    "Dario Amodei",
]
PLACES = ["Arizona", "Texas", "Ohio", "Taiwan", "Japan", "Germany", "Ireland", "Malaysia", "India"]

EN = {
    "money": [
        "{c} said it would invest ${n} billion in a new fab in {p} over the next five years.",
        "{c} reported quarterly revenue of ${n} billion, up {pct}% from a year earlier.",
        "Analysts at the bank estimate that {c}'s market value could reach ${t} trillion.",
        "{person} is reportedly seeking between ${lo} trillion and ${hi} trillion for the project.",
        "The {p} data center campus will cost about ${n} billion and draw {mw} MW of power.",
        "{c} raised ${n} million in a funding round that values the company at ${v} billion.",
        "Capital expenditure at {c} rose to ${n} billion in the quarter, according to Reuters.",
        "The government offered up to ${n} billion in grants under the CHIPS Act to {c}.",
    ],
    "plain": [
        "{person}, who has led {c} since the early days, told analysts demand remained strong.",
        "Executives at {c} declined to comment on the talks when contacted on Tuesday.",
        "The plant in {p} is expected to start volume production before the end of the decade.",
        "Supply of advanced packaging remains the bottleneck for accelerators, engineers say.",
        "{c} has been expanding its footprint in {p}, where it employs thousands of people.",
        "Industry executives warned that power grids are struggling to keep up with new campuses.",
        "Several customers have signed multi-year agreements to secure capacity, people said.",
        "The company's shares rose in early trading after the announcement.",
        "Regulators in {p} are reviewing the plans, according to a person familiar with them.",
        "{person} said the industry was only at the beginning of a long investment cycle.",
    ],
}
IT = {
    "money": [
        "{c} investirà {n} miliardi di dollari in un nuovo impianto in {p} nei prossimi anni.",
        "Il fatturato di {c} ha raggiunto {n},5 miliardi di dollari, in crescita del {pct}%.",
        "Secondo gli analisti il valore di {c} potrebbe arrivare a {t} trilioni di dollari.",
        "{person} starebbe cercando tra {lo} e {hi} trilioni di dollari per il progetto.",
        "Il campus di data center costerà circa {n} miliardi di euro e assorbirà {mw} MW.",
    ],
    "plain": [
        "{person}, alla guida di {c}, ha detto agli analisti che la domanda resta molto forte.",
        "I dirigenti di {c} non hanno commentato le indiscrezioni sulla trattativa in corso.",
        "Lo stabilimento in {p} dovrebbe avviare la produzione entro la fine del decennio.",
        "Le reti elettriche faticano a tenere il passo con i nuovi campus, avvertono gli esperti.",
        "Le azioni della società sono salite nelle prime ore di contrattazione dopo l'annuncio.",
    ],
}
DE = {
    "money": [
        "{c} will {n} Milliarden US-Dollar in eine neue Fabrik in {p} investieren.",
        "Der Quartalsumsatz von {c} stieg auf {n},4 Milliarden Dollar, ein Plus von {pct} Prozent.",
        "Analysten zufolge könnte der Börsenwert von {c} auf {t} Billionen Dollar steigen.",
        "{person} soll zwischen {lo} und {hi} Billionen Dollar für das Projekt suchen.",
        "Das Rechenzentrum in {p} soll rund {n} Mrd. Euro kosten und {mw} MW benötigen.",
    ],
    "plain": [
        "{person}, der {c} seit Jahren führt, sagte, die Nachfrage bleibe sehr hoch.",
        "Ein Sprecher von {c} wollte sich zu den Gesprächen nicht äußern.",
        "Das Werk in {p} soll noch vor Ende des Jahrzehnts die Serienfertigung aufnehmen.",
        "Die Stromnetze kommen mit den neuen Rechenzentren kaum hinterher, warnen Fachleute.",
        "Die Aktie legte nach der Ankündigung im frühen Handel deutlich zu.",
    ],
}
LANGS = {"en": EN, "it": IT, "de": DE}


def _fill(template: str, rng: random.Random) -> str:
    lo = rng.randint(2, 6)
    return template.format(
        c=rng.choice(COMPANIES),
        person=rng.choice(PEOPLE),
        p=rng.choice(PLACES),
        n=rng.randint(2, 95),
        t=rng.randint(1, 5),
        v=rng.randint(10, 300),
        pct=rng.randint(3, 60),
        mw=rng.randint(50, 900),
        lo=lo,
        hi=lo + rng.randint(1, 3),
    )


def article_text(rng: random.Random, lang: str, paragraphs: int = 8) -> tuple[str, list[str]]:
    """A headline and paragraphs of 2-4 sentences; about one sentence in four has a figure."""
    bank = LANGS[lang]
    title = _fill(rng.choice(bank["money"]), rng).rstrip(".")
    paras = []
    for _ in range(paragraphs):
        sentences = [
            _fill(rng.choice(bank["money"] if rng.random() < 0.25 else bank["plain"]), rng)
            for _ in range(rng.randint(2, 4))
        ]
        paras.append(" ".join(sentences))
    return title, paras


def article_html(title: str, paragraphs: list[str], lang: str, day: int) -> str:
    """A news page with the usual boilerplate around the article."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    date = f"2024-{(day % 12) + 1:02d}-{(day % 27) + 1:02d}"
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{html.escape(title)} | Chip Ledger</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/chips">Chips</a> <a href="/datacenters">Data centers</a>
<a href="/power">Power</a></nav></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Reporter, {date}</p>
{body}
</article>
<aside><h2>Newsletter</h2><p>Sign up for our daily briefing on chips and data centers.</p></aside>
</main><footer><p>© 2024 Chip Ledger. All rights reserved.</p></footer></body></html>"""


def generate(n: int, lang: str, seed: int = 7) -> Iterator[tuple[str, str, str]]:
    """``n`` articles as (url, html, plain text) triples."""
    rng = random.Random(seed)
    for i in range(n):
        title, paras = article_text(rng, lang)
        yield (
            f"https://bench.example/{lang}/{i}",
            article_html(title, paras, lang, i),
            title + "\n\n" + "\n\n".join(paras),
        )


def build_db(path: Path, n: int, lang: str) -> list[str]:
    """A database holding ``n`` crawled-but-unextracted articles; returns their plain texts."""
    from db.store import open_db

    db = open_db(path)
    db.table("sources").upsert(
        {"id": f"bench-{lang}", "name": f"Bench {lang}", "language": lang}, pk="id"
    )
    texts = []
    with db.atomic():
        for i, (url, page, text) in enumerate(generate(n, lang), start=1):
            db.table("articles").insert(
                {"id": i, "url": url, "source_id": f"bench-{lang}", "http_status": 200}
            )
            db.table("pages").insert(
                {"article_id": i, "html": zlib.compress(page.encode()), "encoding": "utf-8"}
            )
            texts.append(text)
    db.close()
    return texts
