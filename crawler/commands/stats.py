"""``infraledger stats``: counts, per-source freshness and health, the last runs."""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import Any

import click

from crawler.context import EXIT_FAILED, Context


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: for people; json: one object with totals, sources and runs.",
)
@click.option(
    "--runs",
    type=click.IntRange(0, 1000),
    default=10,
    show_default=True,
    help="How many of the last crawl runs to show.",
)
@click.pass_obj
def stats(obj: Context, fmt: str, runs: int) -> None:
    """Show counts, per-source freshness and health, and the last crawl runs.

    The per-source rows are the ``source_stats`` view that Datasette also serves.
    """
    from db.stats import collect_stats
    from db.store import open_db
    from extract.version import EXTRACTOR_VERSION

    if not obj.db_path.exists():
        click.echo(f"infraledger stats: no database at {obj.db_path}", err=True)
        sys.exit(EXIT_FAILED)
    try:
        db = open_db(obj.db_path)
        try:
            data = collect_stats(db, extractor_version=EXTRACTOR_VERSION, runs=runs)
        finally:
            db.close()
    except sqlite3.Error as exc:
        click.echo(f"infraledger stats: database error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_stats(data), nl=False)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    return str(value)


def _table(headers: list[str], rows: list[list[Any]], width: int = 48) -> list[str]:
    cells = [[_cell(v)[:width] for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return lines


def format_stats(data: dict[str, Any]) -> str:
    """The ``--format table`` report."""
    totals = data["totals"]
    lines = [
        "totals: " + ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in totals.items()),
        "",
        "sources:",
    ]
    if data["sources"]:
        lines += _table(
            [
                "source",
                "health",
                "fails",
                "last success",
                "last error",
                "error",
                "24h",
                "7d",
                "total",
            ],
            [
                [
                    s["source_id"],
                    s["health"],
                    s["consecutive_failures"],
                    s["last_success_at"],
                    s["last_error_at"],
                    s["last_error"],
                    s["articles_last_24h"],
                    s["articles_last_7d"],
                    s["articles"],
                ]
                for s in data["sources"]
            ],
        )
    else:
        lines.append("(no sources yet: run infraledger update or crawl)")
    lines += ["", "last runs:"]
    if data["runs"]:
        lines += _table(
            ["run", "started", "finished", "new", "304", "errors", "healthy", "problems"],
            [
                [
                    r["run_id"],
                    r["started_at"],
                    r["finished_at"],
                    r["articles_new"],
                    r["not_modified"],
                    r["errors"],
                    r["healthy"],
                    "; ".join(r["problems"]) or None,
                ]
                for r in data["runs"]
            ],
            width=80,
        )
    else:
        lines.append("(no crawl runs yet)")
    return "\n".join(lines) + "\n"
