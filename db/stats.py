"""Queries of ``infraledger stats``: totals, per-source health (the ``source_stats`` view), runs.

The per-source facts live in the ``source_stats`` view (migration ``m006_source_stats``), so the
command line and Datasette show the same numbers. Its rules:

* ``last_success_at``: the latest article fetched from the source, or the latest time one of its
  configured feed/sitemap/listing URLs answered 200 or 304;
* ``consecutive_failures``: crawl runs with fetch errors for the source that started after its
  last success (a run in which the feed answered but one article failed does not count);
* ``health``: ``inactive``, ``never crawled`` (no success, no error yet), ``failing``
  (``FAILING_RUNS`` or more consecutive failures), ``degraded`` (fewer), ``ok``.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

#: Consecutive failed runs after which a source is "failing" (3 runs = 45 minutes at the
#: 15-minute cron schedule); the same number is written into the view's SQL.
FAILING_RUNS = 3

COUNTED_TABLES = ("sources", "articles", "entities", "figures", "claims", "clusters")


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def totals(db: Database, extractor_version: int | None = None) -> dict[str, int]:
    """Row counts of the main tables, plus articles pending extraction and recent errors.

    Args:
        db: the database.
        extractor_version: the current ``EXTRACTOR_VERSION``; without it, ``pending`` counts
            only never-extracted articles.
    """
    counts = {
        table: int(db.execute(f"select count(*) from [{table}]").fetchone()[0])
        for table in COUNTED_TABLES
    }
    sql = "select count(*) from articles where extractor_version is null"
    params: list[Any] = []
    if extractor_version is not None:
        sql += " or extractor_version < ?"
        params = [extractor_version]
    counts["pending_extraction"] = int(db.execute(sql, params).fetchone()[0])
    counts["fetch_errors_last_24h"] = int(
        db.execute(
            "select count(*) from fetch_errors"
            " where occurred_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')"
        ).fetchone()[0]
    )
    return counts


def source_stats(db: Database) -> list[dict[str, Any]]:
    """One row per configured source: freshness and health (the ``source_stats`` view)."""
    return _rows(db, "select * from source_stats order by source_id")


def last_runs(db: Database, limit: int = 10) -> list[dict[str, Any]]:
    """The latest crawl runs, newest first, their spiders' rows folded into one per run."""
    rows = _rows(
        db,
        """
        select run_id,
               min(started_at) as started_at,
               max(finished_at) as finished_at,
               group_concat(spider, ',') as spiders,
               sum(coalesce(articles_new, 0)) as articles_new,
               sum(coalesce(not_modified, 0)) as not_modified,
               sum(coalesce(errors, 0)) as errors,
               min(coalesce(healthy, 0)) as healthy,
               json_group_array(coalesce(problems, '[]')) as problems
        from crawl_runs
        group by run_id
        order by min(started_at) desc, max(id) desc
        limit ?
        """,
        [limit],
    )
    for row in rows:
        problems: list[str] = []
        for chunk in json.loads(row["problems"]):
            try:
                value = json.loads(chunk)
            except (TypeError, ValueError):
                value = [chunk]
            problems.extend(str(p) for p in (value if isinstance(value, list) else [value]))
        row["problems"] = problems
        row["healthy"] = bool(row["healthy"])
    return rows


def collect_stats(
    db: Database, *, extractor_version: int | None = None, runs: int = 10
) -> dict[str, Any]:
    """Everything ``infraledger stats`` shows, as one JSON-serializable dict."""
    return {
        "totals": totals(db, extractor_version),
        "sources": source_stats(db),
        "runs": last_runs(db, runs),
    }
