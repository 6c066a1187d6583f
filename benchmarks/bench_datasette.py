"""Datasette at scale: 100,000 articles, every canned query and ``_search`` under 200 ms at p95.

Generates ``benchmarks/out/bench_datasette.db`` (reused when present and complete: delete it to
regenerate) with sources, entities, mentions, figures, claims (FTS-indexed through the real
triggers) and clusters, written through sqlite-utils in large batches, then times each URL
through Datasette's in-process client with the production settings of ``db.datasette``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import statistics
import time
from pathlib import Path

from db.datasette import DB_NAME, make_datasette
from db.store import open_db

OUT = Path(__file__).parent / "out" / "bench_datasette.db"
ARTICLES = 100_000
ENTITIES = 400
SOURCES = 40
BATCH = 10_000
RUNS = 20
TARGET_P95_MS = 200.0

LANGS = ("en", "it", "de", "fr", "es")
KINDS = ("investment", "funding_ask", "market_cap", "revenue", "capex", "valuation", "subsidy")
SCALES = ((1e9, "billion"), (1e12, "trillion"), (1e6, "million"))
WORDS = [
    "chips",
    "fab",
    "data",
    "center",
    "power",
    "grid",
    "gigawatt",
    "nvidia",
    "accelerator",
    "wafer",
    "foundry",
    "subsidy",
    "investors",
    "fund",
    "raise",
    "valuation",
    "capex",
    "cloud",
    "training",
    "cluster",
    "sovereign",
    "export",
]


def _sid(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()[:16]


def generate(path: Path) -> None:
    """Write the benchmark database (about a minute on 2 cores)."""
    rng = random.Random(7)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_db(path)
    db.table("sources").insert_all(
        {"id": f"s{i}", "name": f"Outlet {i}", "language": LANGS[i % 5], "kind": "feed"}
        for i in range(SOURCES)
    )
    db.table("entities").insert_all(
        {
            "id": f"e{i}",
            "name": f"Entity {i}",
            "label": "ORG" if i % 4 else "PERSON",
            "aliases": json.dumps([f"Ent{i}"]),
        }
        for i in range(ENTITIES)
    )
    clusters = [
        {
            "id": f"c{i}",
            "label": f"Entity {i % ENTITIES} · investment · ${i % 900 + 1} billion",
            "subject_entity_id": f"e{i % ENTITIES}",
            "kind": "investment",
            "first_seen_at": "2024-01-01T00:00:00Z",
            "articles_count": 0,
        }
        for i in range(2000)
    ]
    db.table("clusters").insert_all(clusters)
    for start in range(0, ARTICLES, BATCH):
        articles, mentions, figures, claims = [], [], [], []
        for aid in range(start + 1, start + BATCH + 1):
            day = rng.randrange(0, 900)
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1672531200 + day * 86400))
            entity = rng.randrange(ENTITIES)
            words = " ".join(rng.choices(WORDS, k=40))
            articles.append(
                {
                    "id": aid,
                    "url": f"https://outlet.example/{aid}",
                    "source_id": f"s{aid % SOURCES}",
                    "title": f"Entity {entity} {rng.choice(WORDS)} {rng.choice(WORDS)}",
                    "published_at": published,
                    "first_seen_at": published,
                    "fetched_at": published,
                    "language": LANGS[aid % 5],
                    "text": words,
                    "word_count": 40,
                    "content_hash": _sid(aid),
                }
            )
            mentions.append(
                {"id": _sid(aid, "m"), "article_id": aid, "entity_id": f"e{entity}", "start": 0}
            )
            figure_ids = []
            for n in range(3):
                size, word = rng.choice(SCALES)
                value = round(rng.uniform(1, 999), 1)
                fid = _sid(aid, n)
                figure_ids.append(fid)
                figures.append(
                    {
                        "id": fid,
                        "article_id": aid,
                        "sentence_index": 1 + n // 2,
                        "surface": f"${value} {word}",
                        "start": n * 10,
                        "end": n * 10 + 8,
                        "amount": value * size,
                        "currency": "USD" if n else "EUR",
                        "amount_usd": value * size * (1.0 if n else 1.08),
                        "kind": KINDS[(aid + n) % len(KINDS)],
                        "subject_entity_id": f"e{entity}",
                        "cluster_id": f"c{rng.randrange(2000)}" if n == 0 else None,
                    }
                )
            for n in range(2):
                claims.append(
                    {
                        "id": _sid(aid, "c", n),
                        "article_id": aid,
                        "sentence": f"Entity {entity} "
                        + " ".join(rng.choices(WORDS, k=12))
                        + f" {figures[-3 + n]['surface']}.",
                        "sentence_index": 1 + n,
                        "subject_entity_id": f"e{entity}",
                        "kind": KINDS[(aid + n) % len(KINDS)],
                        "figure_ids": json.dumps(figure_ids[n : n + 2]),
                        "hedged": n,
                    }
                )
        with db.atomic():
            db.table("articles").insert_all(articles, batch_size=2000)
            db.table("mentions").insert_all(mentions, batch_size=2000)
            db.table("figures").insert_all(figures, batch_size=2000)
            db.table("claims").insert_all(claims, batch_size=2000)
    db.execute("analyze")
    db.close()


def _is_complete(path: Path) -> bool:
    if not path.exists():
        return False
    db = open_db(path)
    try:
        return int(db.execute("select count(*) from articles").fetchone()[0]) == ARTICLES
    finally:
        db.close()


URLS = [
    ("search_claims q=trillion", f"/{DB_NAME}/search_claims.json?q=trillion"),
    ("search_claims q=subsidy foundry", f"/{DB_NAME}/search_claims.json?q=subsidy+foundry"),
    ("largest_figures (no filter)", f"/{DB_NAME}/largest_figures.json"),
    (
        "largest_figures since/until/cur/kind",
        (
            f"/{DB_NAME}/largest_figures.json?since=2024-03-01&until=2024-03-31"
            "&currency=EUR&kind=capex"
        ),
    ),
    ("entity_timeline entity=Entity 7", f"/{DB_NAME}/entity_timeline.json?entity=Entity+7"),
    ("entity_timeline entity=ent7 (alias)", f"/{DB_NAME}/entity_timeline.json?entity=ent7"),
    ("cluster_reports cluster=c42", f"/{DB_NAME}/cluster_reports.json?cluster=c42"),
    ("new_since since=2025-06-01", f"/{DB_NAME}/new_since.json?since=2025-06-01"),
    ("source_health", f"/{DB_NAME}/source_health.json"),
    ("claims?_search=trillion", f"/{DB_NAME}/claims.json?_search=trillion"),
    ("articles?_search=foundry", f"/{DB_NAME}/articles.json?_search=foundry+wafer"),
    ("claims_view?_search=gigawatt", f"/{DB_NAME}/claims_view.json?_search=gigawatt"),
]


async def _measure(path: Path) -> list[tuple[str, float, float, int]]:
    ds = make_datasette(path)
    results = []
    for label, url in URLS:
        response = await ds.client.get(url)  # warm the page cache and the schema
        if response.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
        rows = len(response.json().get("rows", []))
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            response = await ds.client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{url}: HTTP {response.status_code}")
        p95 = statistics.quantiles(timings, n=20)[-1]
        results.append((label, statistics.median(timings), p95, rows))
    return results


def main() -> int:
    started = time.perf_counter()
    if _is_complete(OUT):
        print(f"reusing {OUT} ({ARTICLES:,} articles)")
    else:
        generate(OUT)
        print(f"generated {OUT}: {ARTICLES:,} articles in {time.perf_counter() - started:.0f} s")
    results = asyncio.run(_measure(OUT))
    print(f"\n{'query':<42} {'median ms':>10} {'p95 ms':>8} {'rows':>6}  target p95 < 200 ms")
    missed = 0
    for label, median, p95, rows in results:
        ok = p95 < TARGET_P95_MS
        missed += not ok
        print(f"{label:<42} {median:>10.1f} {p95:>8.1f} {rows:>6}  {'ok' if ok else 'MISS'}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
