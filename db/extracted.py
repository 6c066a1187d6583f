"""Reads and writes of the extraction step: pending articles in, derived rows out.

Derived rows (mentions, figures, quantities, claims) are replaced per article inside one
transaction, with ids that are stable hashes of their natural keys, so re-extracting an article
or re-running a batch never duplicates anything.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from extract.models import Analysis, ArticleText

DERIVED_TABLES = ("mentions", "figures", "quantities", "claims")


@dataclass(frozen=True, slots=True)
class PendingArticle:
    """An article whose extraction is missing or stale, with its stored page."""

    id: int
    url: str
    source_id: str | None
    title: str | None  # from the feed entry, when the crawler had one
    published_at: str | None  # from the feed entry or sitemap, when known
    language: str | None  # the source's declared language
    html: bytes | None  # decompressed page body
    encoding: str | None
    content_type: str | None = None  # "text/html", "text/plain" (a text file given to `add`)


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything the extraction step learned about one article."""

    article_id: int
    meta: ArticleText
    text: str  # the analyzed text: headline, blank line, body
    language: str
    published_at: str | None
    analysis: Analysis
    topic_score: float | None = None


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A canonical entity for the ``entities`` table."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    country: str | None = None


def stable_id(*parts: object) -> str:
    """A short stable hash of ``parts``: the primary key of a derived row."""
    raw = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:16]


def now_iso() -> str:
    """The current time as ISO 8601 UTC, second precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def count_pending(db: Database, version: int, *, redo_all: bool = False) -> int:
    """How many articles need extraction at ``version``."""
    where, params = _pending_where(version, redo_all)
    row = db.execute(f"select count(*) from articles where {where}", params).fetchone()
    return int(row[0])


def pending_ids(db: Database, version: int, *, redo_all: bool = False) -> list[int]:
    """Ids of the articles whose extraction is missing or older than ``version``."""
    where, params = _pending_where(version, redo_all)
    sql = f"select id from articles where {where} order by id"
    return [int(r[0]) for r in db.execute(sql, params).fetchall()]


def load_articles(db: Database, ids: Sequence[int]) -> Iterator[PendingArticle]:
    """The stored pages of ``ids``, decompressed, in id order."""
    if not ids:
        return
    marks = ",".join("?" for _ in ids)
    sql = f"""
        select a.id, a.url, a.source_id, a.title, a.published_at, s.language,
               p.html, p.encoding, p.content_type
        from articles a
        left join pages p on p.article_id = a.id
        left join sources s on s.id = a.source_id
        where a.id in ({marks}) order by a.id
    """
    for row in db.execute(sql, list(ids)).fetchall():
        html = zlib.decompress(row[6]) if row[6] is not None else None
        yield PendingArticle(
            id=row[0],
            url=row[1],
            source_id=row[2],
            title=row[3],
            published_at=row[4],
            language=row[5],
            html=html,
            encoding=row[7],
            content_type=row[8],
        )


def declared_languages(db: Database, ids: Sequence[int]) -> list[str | None]:
    """The language each source declares, for the articles ``ids`` (without reading pages)."""
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    sql = f"""
        select s.language from articles a left join sources s on s.id = a.source_id
        where a.id in ({marks})
    """
    return [row[0] for row in db.execute(sql, list(ids)).fetchall()]


def _pending_where(version: int, redo_all: bool) -> tuple[str, list[object]]:
    if redo_all:
        return "1 = 1", []
    return "(extractor_version is null or extractor_version < ?)", [version]


def sync_entities(db: Database, entities: Iterable[EntityRow]) -> None:
    """Upsert canonical entities (the gazetteer), keeping ids stable."""
    rows = [
        {
            "id": e.id,
            "name": e.name,
            "label": e.label,
            "aliases": json.dumps(list(e.aliases), ensure_ascii=False),
            "ticker": e.ticker,
            "country": e.country,
        }
        for e in entities
    ]
    if rows:
        db.table("entities").upsert_all(rows, pk="id")


def store_extractions(
    db: Database,
    results: Sequence[ArticleExtraction],
    version: int,
    *,
    failures: Sequence[tuple[int, str]] = (),
) -> None:
    """Replace the derived rows of each article in ``results``, all in one transaction.

    Articles in ``failures`` (id, one-line error) are marked extracted at ``version`` with their
    error in ``articles.extract_error``, so one broken page is reported once instead of failing
    every later run; ``extract --all`` or a new extractor version retries them.
    """
    stamp = now_iso()
    with db.atomic():
        known = {row[0] for row in db.execute("select id from entities")}
        for result in results:
            _store_one(db, result, version, stamp, known)
        for article_id, error in failures:
            _update_article(
                db,
                article_id,
                {"extractor_version": version, "extracted_at": stamp, "extract_error": error},
            )


def _insert(db: Database, table: str, rows: list[dict[str, object]]) -> None:
    """``INSERT OR REPLACE`` of same-shaped rows with one prepared statement.

    sqlite-utils' ``insert_all`` inspects the table on every call, which cost more than the
    writes themselves at a few rows per article.
    """
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"insert or replace into {table} ({', '.join(f'[{c}]' for c in columns)}) "
        f"values ({', '.join('?' for _ in columns)})"
    )
    db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def _store_one(
    db: Database, r: ArticleExtraction, version: int, stamp: str, known: set[str]
) -> None:
    aid = r.article_id
    analysis = r.analysis
    for table in DERIVED_TABLES:
        db.execute(f"delete from {table} where article_id = ?", [aid])

    # Entities first: mentions, figures and claims point at them.
    new_entities = {
        m.entity_id: {"id": m.entity_id, "name": m.canonical or m.text, "label": m.label}
        for m in analysis.entities
        if m.entity_id
    }
    fresh = [row for eid, row in new_entities.items() if eid not in known]
    if fresh:
        db.conn.executemany(
            "insert or ignore into entities (id, name, label) values (:id, :name, :label)", fresh
        )
        known.update(str(row["id"]) for row in fresh)

    def entity(entity_id: str | None) -> str | None:
        # A dangling id would break the foreign key: only ids with an entities row are kept.
        return entity_id if entity_id in known else None

    sentence_of = _sentence_index(analysis.sentences)
    _insert(
        db,
        "mentions",
        [
            {
                "id": stable_id(aid, m.start, m.end, m.entity_id),
                "article_id": aid,
                "entity_id": m.entity_id,
                "surface": m.text,
                "label": m.label,
                "start": m.start,
                "end": m.end,
                "sentence_index": sentence_of(m.start),
                "extractor_version": version,
            }
            for m in analysis.entities
        ],
    )
    figure_ids = [stable_id(aid, f.start, f.end, f.text) for f in analysis.money]
    figure_rows: list[dict[str, object]] = []
    for fid, fig, info in zip(figure_ids, analysis.money, analysis.figure_info, strict=True):
        figure_rows.append(
            {
                "id": fid,
                "article_id": aid,
                "sentence_index": info.sentence_index,
                "surface": fig.text,
                "start": fig.start,
                "end": fig.end,
                "amount": fig.amount,
                "amount_max": fig.amount_max,
                "currency": fig.currency,
                "currency_inferred": int(fig.currency_inferred),
                "amount_usd": fig.amount_usd,
                "amount_usd_max": fig.amount_usd_max,
                "scale_word": fig.scale_word,
                "qualifier": fig.qualifier,
                "approximate": int(fig.approximate),
                "kind": info.kind,
                "subject_entity_id": entity(info.subject_entity_id),
                "period": info.period,
                "cluster_id": None,
                "extractor_version": version,
            }
        )
    _insert(db, "figures", figure_rows)
    _insert(
        db,
        "quantities",
        [
            {
                "id": stable_id(aid, q.start, q.end, q.text),
                "article_id": aid,
                "kind": q.kind,
                "value": q.value,
                "value_max": q.value_max,
                "unit": q.unit,
                "surface": q.text,
                "start": q.start,
                "end": q.end,
                "subject_entity_id": None,
                "extractor_version": version,
            }
            for q in analysis.quantities
        ],
    )
    _insert(
        db,
        "claims",
        [
            {
                "id": stable_id(aid, c.start, c.end),
                "article_id": aid,
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
                "sentence_index": c.sentence_index,
                "subject_entity_id": entity(c.subject_entity_id),
                "kind": c.kind,
                "figure_ids": json.dumps([figure_ids[i] for i in c.figure_indexes]),
                "attribution": c.attribution,
                "hedged": int(c.hedged),
                "extractor_version": version,
            }
            for c in analysis.claims
        ],
    )
    meta = r.meta
    text_hash = body_hash(meta.text)
    _update_article(
        db,
        aid,
        {
            "title": meta.title,
            "authors": json.dumps(list(meta.authors), ensure_ascii=False),
            "published_at": r.published_at,
            "modified_at": meta.modified,
            "language": r.language,
            "publisher": meta.publisher,
            "text": r.text,
            "word_count": len(r.text.split()),
            "extractor_version": version,
            "extracted_at": stamp,
            "text_hash": text_hash,
            "topic_score": r.topic_score,
            "extract_error": None,
        },
    )
    if text_hash:
        _link_syndicated(db, aid, text_hash)


def _update_article(db: Database, article_id: int, values: dict[str, object]) -> None:
    assignments = ", ".join(f"[{column}] = ?" for column in values)
    db.conn.execute(
        f"update articles set {assignments} where id = ?", [*values.values(), article_id]
    )


#: Bodies shorter than this many words are not compared: empty or stub pages would all match.
MIN_SYNDICATED_WORDS = 40


def body_hash(body: str) -> str | None:
    """Hash of an article body with case and white space folded, or None for short bodies."""
    words = body.casefold().split()
    if len(words) < MIN_SYNDICATED_WORDS:
        return None
    return hashlib.sha1(" ".join(words).encode("utf-8"), usedforsecurity=False).hexdigest()


def _link_syndicated(db: Database, aid: int, text_hash: str) -> None:
    """Point every copy of the same body at the earliest article that carries it.

    A ``duplicate_of`` the crawler already set is left alone.
    """
    ids = [
        int(row[0])
        for row in db.execute(
            "select id from articles where text_hash = ? order by id", [text_hash]
        ).fetchall()
    ]
    if len(ids) < 2:
        return
    original = ids[0]
    db.execute(
        "update articles set duplicate_of = ? where text_hash = ? and id != ?"
        " and duplicate_of is null",
        [original, text_hash, original],
    )


def _sentence_index(sentences: Sequence[tuple[int, int]]) -> Callable[[int], int]:
    """A function mapping a text offset to the index of the sentence holding it."""
    starts = [s for s, _ in sentences]

    def index(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    return index
