"""Opening the database, and the reads and writes of the crawl.

Every write is an idempotent upsert keyed on a natural key (canonical URL, run id + URL), so a
rerun never duplicates rows.
"""

from __future__ import annotations

import logging
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.migrations import migrations

logger = logging.getLogger(__name__)

DEFAULT_DB_PATH = "data/infraledger.db"
BUSY_TIMEOUT_MS = 30_000  # a crawl and an extract may wait on each other's short transactions


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` with the project's pragmas.

    Foreign keys are enforced (SQLite leaves them off), writers wait up to
    ``BUSY_TIMEOUT_MS`` for a lock, temporary data stays in memory, and pending migrations are
    applied.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed txn
    # Statement journals and sorts in memory: on disk, the writes of one ``extract`` batch
    # (upserts under triggers and foreign keys) cost some 30,000 small temp-file writes.
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages (default 2 MB): fewer re-reads
    if migrate:
        migrations.apply(db)
    return db


# --- crawl: sources, known URLs, conditional GET ---------------------------------------------


def now_utc() -> str:
    """Current time as ISO 8601 UTC with seconds, e.g. ``2024-05-14T06:30:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def compress_html(body: bytes) -> bytes:
    """The ``pages.html`` storage form of a response body (zlib)."""
    return zlib.compress(body, 6)


def decompress_html(blob: bytes) -> bytes:
    """The response body stored in ``pages.html`` or ``http_cache.body``."""
    return zlib.decompress(blob)


def upsert_sources(db: Database, rows: Iterable[dict[str, Any]]) -> None:
    """Create or refresh ``sources`` rows (keyed on the slug ``id``)."""
    rows = list(rows)
    if rows:
        with db.atomic():
            db.table("sources").upsert_all(rows, pk="id")


def load_known_urls(db: Database, *, retry_failed_after_days: int = 7) -> set[str]:
    """URLs that need no fetching: stored articles, their aliases, recent lasting failures."""
    since = (datetime.now(UTC) - timedelta(days=retry_failed_after_days)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    known: set[str] = set()
    for (url,) in db.execute("select url from articles"):
        known.add(url)
    for (url,) in db.execute("select fetch_url from articles where fetch_url is not null"):
        known.add(url)
    for (url,) in db.execute(
        "select url from seen_urls where article_id is not null or seen_at >= ?", [since]
    ):
        known.add(url)
    return known


def get_http_cache(db: Database, url: str) -> dict[str, Any] | None:
    """The conditional-GET validators and cached body of a feed/sitemap URL, if any."""
    row = db.execute(
        "select url, etag, last_modified, status, checked_at, content_type, body"
        " from http_cache where url = ?",
        [url],
    ).fetchone()
    if row is None:
        return None
    keys = ("url", "etag", "last_modified", "status", "checked_at", "content_type", "body")
    return dict(zip(keys, row, strict=True))


def recent_http_cache_urls(db: Database, since: str, *, suffix: str = "") -> set[str]:
    """Cached URLs (ending in ``suffix``) fetched or revalidated at or after ``since``."""
    rows = db.execute(
        "select url from http_cache where checked_at >= ? and url like ?", [since, f"%{suffix}"]
    ).fetchall()
    return {str(url) for (url,) in rows}


def save_http_cache(
    db: Database,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    status: int,
    content_type: str | None,
    body: bytes | None,
) -> None:
    """Remember the validators (and the compressed body) of a feed/sitemap response."""
    with db.atomic():
        db.table("http_cache").upsert(
            {
                "url": url,
                "etag": etag,
                "last_modified": last_modified,
                "status": status,
                "checked_at": now_utc(),
                "content_type": content_type,
                "body": compress_html(body) if body is not None else None,
            },
            pk="url",
        )


def touch_http_cache(db: Database, url: str, status: int) -> None:
    """Record that a cached URL was revalidated (HTTP 304) just now."""
    with db.atomic():
        db.execute(
            "update http_cache set status = ?, checked_at = ? where url = ?",
            [status, now_utc(), url],
        )


# --- crawl: the store pipeline's batch write ---------------------------------------------------


@dataclass
class BatchOutcome:
    """What one ``write_crawl_batch`` did."""

    new: int = 0
    duplicate: int = 0  # same canonical URL or same content from the same source: not stored
    syndicated: int = 0  # same content as another source's article: stored with duplicate_of
    errors: int = 0
    new_ids: list[int] = field(default_factory=list)


_ARTICLE_COLUMNS = (
    "url",
    "fetch_url",
    "source_id",
    "title",
    "published_at",
    "modified_at",
    "language",
    "content_hash",
    "duplicate_of",
    "fetched_at",
    "first_seen_at",
    "http_status",
)
_PAGE_COLUMNS = ("html", "encoding", "content_type", "etag", "last_modified", "size", "fetched_at")


def _article_id(db: Database, url: str) -> int | None:
    row = db.execute("select id from articles where url = ?", [url]).fetchone()
    return int(row[0]) if row else None


def write_crawl_batch(
    db: Database,
    *,
    run_id: str,
    spider: str,
    articles: Sequence[dict[str, Any]] = (),
    failures: Sequence[dict[str, Any]] = (),
    seen: Sequence[dict[str, Any]] = (),
) -> BatchOutcome:
    """Store fetched articles, fetch errors and URL aliases in one transaction.

    Args:
        db: the open database.
        run_id: the crawl run (``fetch_errors.run_id``).
        spider: the spider that fetched (``fetch_errors.spider``).
        articles: dicts with the ``articles`` columns (``url`` canonical, ``fetch_url``,
            ``content_hash``...), the raw ``body`` and page facts (``encoding``,
            ``content_type``, ``etag``, ``last_modified``), and ``aliases`` (other URLs).
            An article whose URL is stored, or whose content hash matches a stored article of
            the same source, is a duplicate: only its URLs are remembered. Matching content
            from another source is stored with ``duplicate_of`` (a syndicated copy).
        failures: dicts with ``url``, ``source_id``, ``status``, ``reason``, ``error_class`` and
            ``lasting`` (a lasting failure is not retried for a few days).
        seen: dicts with ``url``, ``canonical_url`` and ``reason``: URLs to skip next time.
    """
    outcome = BatchOutcome()
    conn = db.conn
    with db.atomic():
        # One lookup per batch instead of two per article: ids of stored URLs, and the first
        # original (not itself a copy) of each content hash.
        ids = _ids_by_url(conn, [a["url"] for a in articles])
        originals = _originals_by_hash(conn, [a["content_hash"] for a in articles])
        pages: list[list[Any]] = []
        aliases: list[list[Any]] = []
        now = now_utc()
        for article in articles:
            url = article["url"]
            others = dict.fromkeys([article["fetch_url"], *article.get("aliases", ())])
            others.pop(url, None)
            existing = ids.get(url)
            original = None
            content_hash = article.get("content_hash")
            if existing is None and content_hash:
                original = originals.get(content_hash)
                if original is not None and original[1] == article.get("source_id"):
                    existing = original[0]
            if existing is not None:
                outcome.duplicate += 1
                status = article.get("http_status")
                aliases.extend([u, existing, status, "duplicate", now] for u in [url, *others])
                continue
            fetched_at = article.get("fetched_at")
            values = [article.get(k) for k in _ARTICLE_COLUMNS]
            values[_DUPLICATE_OF] = original[0] if original is not None else None
            values[_FIRST_SEEN] = fetched_at
            cursor = conn.execute(_INSERT_ARTICLE, values)
            if cursor.rowcount == 0:  # written meanwhile by another process
                outcome.duplicate += 1
                continue
            article_id = int(cursor.lastrowid or 0)
            ids[url] = article_id
            if content_hash and original is None:
                originals[content_hash] = (article_id, article.get("source_id"))
            body: bytes = article["body"]
            pages.append(
                [
                    article_id,
                    compress_html(body),
                    article.get("encoding"),
                    article.get("content_type"),
                    article.get("etag"),
                    article.get("last_modified"),
                    len(body),
                    fetched_at,
                ]
            )
            status = article.get("http_status")
            aliases.extend([u, article_id, status, "alias", now] for u in others)
            outcome.new += 1
            outcome.new_ids.append(article_id)
            if original is not None:
                outcome.syndicated += 1
        if pages:
            conn.executemany(_INSERT_PAGE, pages)
        for item in seen:
            target = _article_id(db, item["canonical_url"]) if item.get("canonical_url") else None
            aliases.append([item["url"], target, None, item.get("reason") or "seen", now])
        for failure in failures:
            if failure.get("lasting"):
                aliases.append(
                    [failure["url"], None, failure.get("status"), failure["reason"], now]
                )
        if aliases:
            conn.executemany(_REMEMBER, aliases)
        if failures:
            outcome.errors += len(failures)
            conn.executemany(
                "insert into fetch_errors (run_id, spider, source_id, url, status, reason,"
                " error_class, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                " on conflict(run_id, url) do update set status = excluded.status,"
                " reason = excluded.reason, error_class = excluded.error_class,"
                " occurred_at = excluded.occurred_at",
                [
                    [
                        run_id,
                        spider,
                        f.get("source_id"),
                        f["url"],
                        f.get("status"),
                        f["reason"],
                        f.get("error_class") or "",
                        now,
                    ]
                    for f in failures
                ],
            )
    return outcome


_INSERT_ARTICLE = (
    f"insert into articles ({', '.join(_ARTICLE_COLUMNS)})"
    f" values ({', '.join('?' for _ in _ARTICLE_COLUMNS)}) on conflict(url) do nothing"
)
_DUPLICATE_OF = _ARTICLE_COLUMNS.index("duplicate_of")
_FIRST_SEEN = _ARTICLE_COLUMNS.index("first_seen_at")
_INSERT_PAGE = (
    f"insert or replace into pages (article_id, {', '.join(_PAGE_COLUMNS)})"
    f" values (?, {', '.join('?' for _ in _PAGE_COLUMNS)})"
)
# A URL that once led to an article keeps that link; failures never overwrite it.
_REMEMBER = (
    "insert into seen_urls (url, article_id, status, reason, seen_at) values (?, ?, ?, ?, ?)"
    " on conflict(url) do update set article_id = coalesce(excluded.article_id,"
    " seen_urls.article_id), status = excluded.status, reason = excluded.reason,"
    " seen_at = excluded.seen_at where seen_urls.article_id is null"
)
_CHUNK = 500  # bound parameters per "in (...)" lookup (SQLite's default limit is 32,766)


def _ids_by_url(conn: sqlite3.Connection, urls: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(urls))
    for i in range(0, len(unique), _CHUNK):
        chunk = unique[i : i + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for url, article_id in conn.execute(
            f"select url, id from articles where url in ({marks})", chunk
        ):
            found[str(url)] = int(article_id)
    return found


def _originals_by_hash(
    conn: sqlite3.Connection, hashes: list[str | None]
) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    unique = list(dict.fromkeys(h for h in hashes if h))
    for i in range(0, len(unique), _CHUNK):
        chunk = unique[i : i + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"select content_hash, id, source_id from articles where content_hash in ({marks})"
            " and duplicate_of is null order by id",
            chunk,
        )
        for content_hash, article_id, source_id in rows:
            found.setdefault(str(content_hash), (int(article_id), source_id))
    return found


# --- crawl: runs and health ---------------------------------------------------------------------


_RUN_COLUMNS = (
    "run_id",
    "spider",
    "started_at",
    "finished_at",
    "finish_reason",
    "requests",
    "responses",
    "articles_new",
    "articles_duplicate",
    "not_modified",
    "errors",
    "healthy",
    "problems",
    "stats",
)


def record_crawl_run(db: Database, row: dict[str, Any]) -> None:
    """Write (or rewrite) the ``crawl_runs`` row of one spider in one run."""
    values = [row.get(k) for k in _RUN_COLUMNS]
    updates = ", ".join(f"{k} = excluded.{k}" for k in _RUN_COLUMNS[2:])
    with db.atomic():
        db.execute(
            f"insert into crawl_runs ({', '.join(_RUN_COLUMNS)})"
            f" values ({', '.join('?' for _ in _RUN_COLUMNS)})"
            f" on conflict(run_id, spider) do update set {updates}",
            values,
        )


def crawl_runs_for(db: Database, run_id: str) -> list[dict[str, Any]]:
    """The ``crawl_runs`` rows of one run, in the order the spiders ran."""
    cursor = db.execute("select * from crawl_runs where run_id = ? order by id", [run_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def fetch_errors_for(db: Database, run_id: str) -> list[dict[str, Any]]:
    """The ``fetch_errors`` rows of one run."""
    cursor = db.execute("select * from fetch_errors where run_id = ? order by id", [run_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def source_article_counts(db: Database, before: str) -> dict[str, int]:
    """Articles per source first seen before ``before`` (ISO 8601): what each normally yields.

    The same second counts as before: timestamps have one-second resolution, and a run that
    starts in the second the previous one stored its articles must still see them.
    """
    rows = db.execute(
        "select source_id, count(*) from articles where first_seen_at <= ?"
        " and source_id is not null group by source_id",
        [before],
    ).fetchall()
    return {str(source): int(count) for source, count in rows}


def article_exists(db: Database, url: str) -> bool:
    """True when ``url`` is a stored article URL, fetch URL or remembered alias of one."""
    row = db.execute(
        "select 1 from articles where url = ? or fetch_url = ?"
        " union all select 1 from seen_urls where url = ? and article_id is not null limit 1",
        [url, url, url],
    ).fetchone()
    return row is not None
