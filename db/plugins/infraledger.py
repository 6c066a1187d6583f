"""Our Datasette plugin: charts of figures over time and links between claims and clusters.

Routes:
    ``/-/infraledger/chart?entity=Nvidia[&kind=market_cap]`` and ``?cluster=<id>``: an HTML page
    with a server-side SVG chart (no JavaScript, nothing loaded from the internet), the plotted
    figures as a table and a link to their CSV.
    ``/-/infraledger/chart.svg?...``: the bare SVG, for embedding.

Cells: in query results and views, a ``cluster_id`` becomes a link to the ``cluster_reports``
query, and a ``chart`` value (``entity:nvidia``, ``cluster:<id>``) a link to the chart page.
Scraped text is data: everything rendered here goes through autoescaping or ``html.escape``.

Facets: ``{bounded_column: outlet}`` and ``{bounded_date: published_at}`` in metadata.yml are
Datasette's column and date facets, computed only when the page's rows (after filters and
search) number at most ``facet_row_limit`` (plugin setting, default 10,000). Above that a facet
over joined rows cannot finish within ``facet_time_limit_ms``, and Datasette 0.65 runs the
facets of a page one after another: six that time out at 100 ms each held an unfiltered
200,000-row view for 600 ms before showing nothing.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

from datasette import hookimpl as _hookimpl
from datasette.facets import ColumnFacet, DateFacet
from datasette.utils.asgi import Response
from markupsafe import Markup

from db.plugins.svgchart import Point, parse_when, render_svg

logger = logging.getLogger(__name__)

DB_NAME = "infraledger"
CHART_PATH = "/-/infraledger/chart"
MAX_POINTS = 5000

_F = TypeVar("_F", bound=Callable[..., Any])


def hookimpl(fn: _F) -> _F:
    """Datasette's ``hookimpl``, typed for mypy."""
    return cast(_F, _hookimpl(fn))


# Page cache per connection, in KiB: 64 MiB instead of SQLite's 2 MiB. A search or a facet over
# 50,000 claims visits their rows in rowid order across a 500 MB file; with the default cache
# most visits are a read() from the OS (about 25% slower measured at 100,000 articles).
CACHE_KIB = 65536


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str) -> None:
    """A larger page cache on the connections that read the knowledge base."""
    if database == DB_NAME:
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


# Rows a bounded facet may group: a facet of claims_view or figures_view reads each row's
# article and outlet, ~4 microseconds a row at 100,000 articles, so 10,000 rows is ~40 ms of
# the 100 ms facet_time_limit_ms and five such facets keep a page under 200 ms. A search for
# "Nvidia" matches 5,600 claims and keeps its facets; "the" matches 54,000 and skips them.
FACET_ROW_LIMIT = 10_000


def facet_row_limit(datasette: Any) -> int:
    """``facet_row_limit`` from the plugin's metadata settings, else ``FACET_ROW_LIMIT``."""
    config = datasette.plugin_config("infraledger") or {}
    return int(config.get("facet_row_limit", FACET_ROW_LIMIT))


class BoundedColumnFacet(ColumnFacet):  # type: ignore[misc]
    """A column facet that is skipped when the page has more than ``facet_row_limit`` rows."""

    type = "bounded_column"
    shown_as = "column"

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        return await _bounded(self, super().facet_results)


class BoundedDateFacet(DateFacet):  # type: ignore[misc]
    """A date facet that is skipped when the page has more than ``facet_row_limit`` rows."""

    type = "bounded_date"
    shown_as = "date"

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        return await _bounded(self, super().facet_results)


async def _bounded(
    facet: BoundedColumnFacet | BoundedDateFacet,
    compute: Callable[[], Awaitable[tuple[list[dict[str, Any]], list[str]]]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """``compute()`` when the page's row count is known and within the limit, else nothing."""
    if not facet.get_configs():
        return [], []
    # row_count is the page's count(*); None when it was not taken (?_nocount) or timed out
    if facet.row_count is None or facet.row_count > facet_row_limit(facet.ds):
        return [], []
    results, timed_out = await compute()
    for result in results:
        result["type"] = facet.shown_as  # shown as Datasette's own facet ("outlet (date)")
    return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    return [BoundedColumnFacet, BoundedDateFacet]


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    return [
        (r"^/-/infraledger/chart$", chart_page),
        (r"^/-/infraledger/chart\.svg$", chart_svg),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path(CHART_PATH), "label": "Charts of figures over time"},
    ]


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Links for cluster ids and chart cells in query results and views."""
    if database != DB_NAME or not isinstance(value, str) or not value:
        return None
    if table is not None and not table.endswith("_view"):
        return None  # real tables already link foreign keys, with labels
    if column == "cluster_id":
        href = (
            datasette.urls.database(DB_NAME) + "/cluster_reports?" + urlencode({"cluster": value})
        )
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "chart" and ":" in value:
        key, _, ident = value.partition(":")
        if key in ("entity", "cluster"):
            href = datasette.urls.path(CHART_PATH) + "?" + urlencode({key: ident})
            return Markup('<a href="{}">chart</a>').format(href)
    return None


_ENTITY_SQL = """
select coalesce(a.published_at, a.first_seen_at) as published_at, f.amount_usd,
       coalesce(f.amount_usd_max, f.amount_usd) as amount_usd_high, f.kind, f.surface,
       f.currency, s.name as outlet, a.language, a.title, a.url, e.name as subject
from entities e
cross join figures f on f.subject_entity_id = e.id
cross join articles a on a.id = f.article_id
left join sources s on s.id = a.source_id
where (e.id = :entity or lower(e.name) = lower(:entity)
       or exists (select 1 from json_each(coalesce(e.aliases, '[]')) j
                  where lower(j.value) = lower(:entity)))
  and f.amount_usd is not null
  and (:kind = '' or f.kind = :kind)
order by published_at, a.id, f.start
limit {limit}
"""

_CLUSTER_SQL = """
select coalesce(a.published_at, a.first_seen_at) as published_at, f.amount_usd,
       coalesce(f.amount_usd_max, f.amount_usd) as amount_usd_high, f.kind, f.surface,
       f.currency, s.name as outlet, a.language, a.title, a.url, k.label as subject
from figures f
join clusters k on k.id = f.cluster_id
join articles a on a.id = f.article_id
left join sources s on s.id = a.source_id
where f.cluster_id = :cluster and f.amount_usd is not null
order by published_at, a.id, f.start
limit {limit}
"""


async def _chart_data(datasette: Any, request: Any) -> tuple[str, list[dict[str, Any]], str, str]:
    """(title, rows, series column, CSV URL) for the request's entity or cluster."""
    entity = (request.args.get("entity") or "").strip()
    cluster = (request.args.get("cluster") or "").strip()
    kind = (request.args.get("kind") or "").strip()
    db = datasette.get_database(DB_NAME)
    base = datasette.urls.database(DB_NAME)
    if cluster:
        result = await db.execute(_CLUSTER_SQL.format(limit=MAX_POINTS), {"cluster": cluster})
        rows = [dict(r) for r in result.rows]
        title = rows[0]["subject"] if rows else f"cluster {cluster}"
        csv = f"{base}/cluster_reports.csv?" + urlencode({"cluster": cluster, "_size": "max"})
        return f"{title}: reports over time", rows, "language", csv
    if entity:
        result = await db.execute(
            _ENTITY_SQL.format(limit=MAX_POINTS), {"entity": entity, "kind": kind}
        )
        rows = [dict(r) for r in result.rows]
        name = rows[0]["subject"] if rows else entity
        title = f"{name}: {kind.replace('_', ' ') if kind else 'money figures'} over time"
        csv = f"{base}/entity_timeline.csv?" + urlencode({"entity": entity, "_size": "max"})
        return title, rows, "kind", csv
    return "", [], "kind", ""


def _points(rows: list[dict[str, Any]], series: str) -> list[Point]:
    points = []
    for row in rows:
        when = parse_when(row["published_at"] or "")
        if when is None:
            continue
        tooltip = " · ".join(
            str(part)
            for part in (
                row["published_at"][:10],
                row["outlet"] or "unknown outlet",
                row["language"] or "?",
                row["surface"],
                row["title"] or "",
            )
        )
        points.append(
            Point(
                when=when,
                low=float(row["amount_usd"]),
                high=float(row["amount_usd_high"]),
                series=str(row[series] or "unknown"),
                tooltip=tooltip,
            )
        )
    return points


_PAGE = """{% extends "base.html" %}
{% block title %}{{ title or "Charts" }} · infraledger{% endblock %}
{% block extra_head %}<style>
.infraledger-chart { max-width: 100%; height: auto; }
form.chart-form label { margin-right: 0.5em; }
</style>{% endblock %}
{% block content %}
<h1>{{ title or "Charts of money figures over time" }}</h1>
<form class="chart-form" action="{{ chart_path }}" method="get">
  <label>Entity <input type="text" name="entity" value="{{ entity }}" placeholder="Nvidia"></label>
  <label>Kind <input type="text" name="kind" value="{{ kind }}" placeholder="market_cap"></label>
  <label>or cluster id <input type="text" name="cluster" value="{{ cluster }}"></label>
  <input type="submit" value="Draw">
</form>
{% if asked %}
<p>{{ rows|length }} figure{{ "" if rows|length == 1 else "s" }}.
{% if csv_url %}<a href="{{ csv_url }}">Download as CSV</a>{% endif %}</p>
<figure>{{ svg }}</figure>
<table class="rows-and-columns">
<thead><tr><th>published_at</th><th>outlet</th><th>language</th><th>kind</th><th>surface</th>
<th>amount_usd</th><th>title</th></tr></thead>
<tbody>
{% for row in rows %}<tr><td>{{ row.published_at }}</td><td>{{ row.outlet }}</td>
<td>{{ row.language }}</td><td>{{ row.kind }}</td><td>{{ row.surface }}</td>
<td>{{ row.usd }}</td><td><a href="{{ row.url }}">{{ row.title }}</a></td></tr>
{% endfor %}</tbody></table>
{% else %}
<p>Name an entity (its name, id or any alias, e.g. <em>Nvidia</em>) and optionally a kind
(<em>market_cap</em>, <em>funding_ask</em>...), or give a claim cluster id from
<a href="{{ clusters_url }}">the clusters</a>.</p>
{% endif %}
{% endblock %}
"""


async def chart_page(datasette: Any, request: Any) -> Response:
    """The chart page: form, SVG chart, table of the plotted figures, CSV link."""
    title, rows, series, csv_url = await _chart_data(datasette, request)
    asked = bool(request.args.get("entity") or request.args.get("cluster"))
    from db.clusters import format_usd

    table_rows = [
        {
            **row,
            "usd": format_usd(row["amount_usd"], row["amount_usd_high"]),
            "url": row["url"] if str(row["url"] or "").startswith(("http://", "https://")) else "",
        }
        for row in rows
    ]
    template = datasette.jinja_env.from_string(_PAGE)
    html = await datasette.render_template(
        template,
        {
            "title": title,
            "rows": table_rows,
            "asked": asked,
            # render_svg escapes every piece of scraped text it draws
            "svg": Markup(render_svg(_points(rows, series), title)) if asked else "",  # noqa: S704
            "csv_url": csv_url,
            "entity": request.args.get("entity") or "",
            "kind": request.args.get("kind") or "",
            "cluster": request.args.get("cluster") or "",
            "chart_path": datasette.urls.path(CHART_PATH),
            "clusters_url": datasette.urls.database(DB_NAME) + "/clusters_view",
        },
        request=request,
    )
    return Response.html(html, status=200 if (rows or not asked) else 404)


async def chart_svg(datasette: Any, request: Any) -> Response:
    """The bare SVG chart for an entity or a cluster."""
    title, rows, series, _ = await _chart_data(datasette, request)
    if not title:
        return Response.text("give ?entity=NAME or ?cluster=ID", status=400)
    return Response(
        render_svg(_points(rows, series), title),
        status=200 if rows else 404,
        content_type="image/svg+xml; charset=utf-8",
    )
