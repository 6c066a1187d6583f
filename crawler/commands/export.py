"""``infraledger export``: figures, claims, entities, articles or clusters as CSV, JSON or JSONL.

Each export is the matching view (``figures_view``, ``claims_view``, ...), so its columns, in
their order, are the ones documented in docs/data-dictionary.md. Output is UTF-8 with a header
row (CSV), dates are ISO 8601 as stored, and numbers are numbers: amounts are plain decimals
(``7000000000000``, never ``7e+12`` or ``7,000,000,000,000``), so pandas reads them as numbers.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import click

from crawler.context import EXIT_USAGE, Context

# kind -> (view, date column, how --entity filters, how --lang filters, order)
EXPORTS: dict[str, tuple[str, str, str, str, str]] = {
    "figures": (
        "figures_view",
        "published_at",
        "subject_entity_id in ({ids})",
        "language = :lang",
        "published_at, id",
    ),
    "claims": (
        "claims_view",
        "published_at",
        "subject_entity_id in ({ids})",
        "language = :lang",
        "published_at, id",
    ),
    "articles": (
        "articles_view",
        "published_at",
        "id in (select article_id from mentions where entity_id in ({ids}))",
        "language = :lang",
        "published_at, id",
    ),
    "clusters": (
        "clusters_view",
        "first_seen_at",
        "subject_entity_id in ({ids})",
        "exists (select 1 from json_each(languages) where value = :lang)",
        "first_seen_at, id",
    ),
    "entities": (
        "entities_view",
        "",
        "id in ({ids})",
        (
            "id in (select m.entity_id from mentions m join articles a on a.id = m.article_id "
            "where a.language = :lang)"
        ),
        "name, id",
    ),
}
# Internal columns of the views that mean nothing outside the database.
HIDDEN_COLUMNS = {"claim_rowid"}


class UsageError(Exception):
    """Bad option value: reported in one line, exit code 2."""


def _parse_day(value: str, option: str) -> tuple[str, bool]:
    """(normalized value, is a bare date) for a --since/--until value."""
    try:
        return date.fromisoformat(value).isoformat(), True
    except ValueError:
        pass
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(
            f"{option} {value!r} is not an ISO 8601 date (YYYY-MM-DD) or time"
        ) from exc
    return value, False


def resolve_entity(conn: Any, value: str) -> list[str]:
    """Entity ids matching ``value`` by id, canonical name or alias (case-insensitive)."""
    rows = conn.execute(
        """select id from entities
           where id = :v or lower(name) = lower(:v)
              or exists (select 1 from json_each(coalesce(aliases, '[]')) j
                         where lower(j.value) = lower(:v))
           order by id""",
        {"v": value.strip()},
    ).fetchall()
    return [r[0] for r in rows]


def build_query(
    conn: Any,
    kind: str,
    *,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    lang: str | None = None,
) -> tuple[str, dict[str, Any], list[str]]:
    """(SQL, parameters, columns) of one export."""
    view, date_col, entity_where, lang_where, order = EXPORTS[kind]
    columns = [
        r[1] for r in conn.execute(f"pragma table_info({view})") if r[1] not in HIDDEN_COLUMNS
    ]
    where: list[str] = []
    params: dict[str, Any] = {}
    if since:
        value, _ = _parse_day(since, "--since")
        params["since"] = value
        if date_col:
            where.append(f"{date_col} >= :since")
    if until:
        value, bare = _parse_day(until, "--until")
        if bare:  # a whole day: everything before the next midnight
            value = (date.fromisoformat(value) + timedelta(days=1)).isoformat()
        params["until"] = value
        if date_col:
            where.append(f"{date_col} {'<' if bare else '<='} :until")
    if kind == "entities" and (since or until):
        window = " and ".join(
            clause
            for clause, key in (
                ("coalesce(a.published_at, a.first_seen_at) >= :since", "since"),
                ("coalesce(a.published_at, a.first_seen_at) < :until", "until"),
            )
            if key in params
        )
        where.append(
            "id in (select m.entity_id from mentions m join articles a on a.id = m.article_id "
            f"where {window})"
        )
    if entity:
        ids = resolve_entity(conn, entity)
        if not ids:
            raise UsageError(f"--entity {entity!r} matches no entity id, name or alias")
        marks = ", ".join(f":e{i}" for i in range(len(ids)))
        params.update({f"e{i}": v for i, v in enumerate(ids)})
        where.append(entity_where.format(ids=marks))
    if lang:
        params["lang"] = lang.strip().lower()
        where.append(lang_where)
    sql = f"select {', '.join(f'[{c}]' for c in columns)} from {view}"
    if where:
        sql += " where " + " and ".join(f"({w})" for w in where)
    sql += f" order by {order}"
    return sql, params, columns


def plain_number(value: Any) -> Any:
    """Integral floats as ints and other floats without exponent: 7e12 -> 7000000000000."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
        text = repr(value)
        if "e" in text or "E" in text:
            return Decimal(text)
    return value


def _csv_cell(value: Any) -> Any:
    value = plain_number(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return "" if value is None else value


def _json_value(value: Any) -> Any:
    value = plain_number(value)
    return float(value) if isinstance(value, Decimal) else value


def write_rows(out: IO[str], fmt: str, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    """Write ``rows`` to ``out`` in ``fmt``; returns how many were written."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
        return count
    if fmt == "jsonl":
        for row in rows:
            record = dict(zip(columns, (_json_value(v) for v in row), strict=True))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    out.write("[")
    for row in rows:
        record = dict(zip(columns, (_json_value(v) for v in row), strict=True))
        out.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


@click.command()
@click.argument("what", type=click.Choice(sorted(EXPORTS)))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "jsonl"]),
    default="csv",
    show_default=True,
)
@click.option("--since", help="Only from this date on (YYYY-MM-DD or ISO 8601 time).")
@click.option("--until", help="Only up to this date, inclusive (YYYY-MM-DD or ISO 8601 time).")
@click.option("--entity", help="Only rows about this entity: its name, id or any alias.")
@click.option("--lang", help="Only this article language (ISO 639-1, e.g. it).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.pass_obj
def export(
    obj: Context,
    what: str,
    fmt: str,
    since: str | None,
    until: str | None,
    entity: str | None,
    lang: str | None,
    output: Path | None,
) -> None:
    """Export figures, claims, entities, articles or clusters for analysis.

    Columns and their order are those of the matching view in docs/data-dictionary.md
    (figures_view, claims_view, entities_view, articles_view, clusters_view). Dates filter on
    the publication date (clusters: first report; entities: articles that mention them).
    """
    from db.store import open_db

    if not obj.db_path.is_file():
        click.echo(f"error: no database at {obj.db_path}", err=True)
        sys.exit(EXIT_USAGE)
    db = open_db(obj.db_path)
    try:
        try:
            sql, params, columns = build_query(
                db.conn, what, since=since, until=until, entity=entity, lang=lang
            )
        except UsageError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        cursor = db.conn.execute(sql, params)
        if output is None:
            count = write_rows(sys.stdout, fmt, columns, iter(cursor))
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fp:
                count = write_rows(fp, fmt, columns, iter(cursor))
            tmp.replace(output)
        click.echo(f"exported {count} {what}", err=True)
    finally:
        db.close()
