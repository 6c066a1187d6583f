"""The published knowledge base through Datasette's in-process client, at the URLs users keep."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from kb_fixture import build_kb

from db.datasette import DB_NAME, load_metadata, make_datasette
from db.store import open_db

METADATA = load_metadata()
DATABASE = METADATA["databases"][DB_NAME]


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_kb(tmp_path_factory.mktemp("kb") / "demo.db")


@pytest.fixture
def ds(kb_path: Path):
    return make_datasette(kb_path, settings={"num_sql_threads": 1})


def _relations(path: Path) -> list[str]:
    db = open_db(path)
    try:
        return [
            r[0]
            for r in db.execute(
                "select name from sqlite_master where type in ('table', 'view') "
                "and name not like '%_fts_%' and name not like 'sqlite_%' order by name"
            ).fetchall()
        ]
    finally:
        db.close()


def _count(path: Path, name: str) -> int:
    db = open_db(path)
    try:
        return int(db.execute(f"select count(*) from [{name}]").fetchone()[0])
    finally:
        db.close()


async def _rows(ds, url: str) -> list[dict]:
    response = await ds.client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    return response.json()


@pytest.mark.asyncio
async def test_home_and_database_pages_show_title_and_served_name(ds) -> None:
    home = await ds.client.get("/")
    assert home.status_code == 200
    assert "AI-infrastructure money claims" in home.text
    page = await ds.client.get(f"/{DB_NAME}")
    assert page.status_code == 200
    assert "Search claims" in page.text  # canned queries are listed
    assert "demo" not in ds.databases  # served as /infraledger whatever the file is called


@pytest.mark.asyncio
async def test_every_table_and_view_page_renders(ds, kb_path: Path) -> None:
    names = _relations(kb_path)
    assert {"figures_view", "claims_view", "clusters_view", "source_health"} <= set(names)
    for name in names:
        response = await ds.client.get(f"/{DB_NAME}/{name}")
        assert response.status_code == 200, (name, response.text[:300])
        data = await _rows(ds, f"/{DB_NAME}/{name}.json?_shape=array&_size=max")
        assert len(data) == _count(kb_path, name), name


@pytest.mark.asyncio
async def test_csv_stream_returns_every_row(ds, kb_path: Path) -> None:
    for name in _relations(kb_path):
        if name in ("pages", "http_cache"):
            continue  # binary columns; hidden tables
        response = await ds.client.get(f"/{DB_NAME}/{name}.csv?_stream=on&_size=max")
        assert response.status_code == 200, name
        rows = list(csv.reader(io.StringIO(response.text)))
        assert len(rows) - 1 == _count(kb_path, name), name


@pytest.mark.asyncio
async def test_search_claims_finds_the_trillion_ask_with_cluster_link(ds) -> None:
    rows = await _rows(ds, f"/{DB_NAME}/search_claims.json?q=trillion&_shape=array")
    assert rows, "no claim matched 'trillion'"
    assert all("trillion" in r["sentence"].lower() for r in rows)
    assert {r["subject"] for r in rows} == {"Sam Altman", "Nvidia"}
    cluster_ids = {r["cluster_id"] for r in rows if r["subject"] == "Sam Altman"}
    assert len(cluster_ids) == 1
    assert None not in cluster_ids
    html = await ds.client.get(f"/{DB_NAME}/search_claims?q=trillion")
    assert f"/{DB_NAME}/cluster_reports?cluster={cluster_ids.pop()}" in html.text


@pytest.mark.asyncio
@pytest.mark.parametrize("q", [None, "", "   "])
async def test_search_claims_opens_with_an_empty_box(ds, q: str | None) -> None:
    params = {} if q is None else {"q": q}
    response = await ds.client.get(f"/{DB_NAME}/search_claims.json", params=params)
    assert response.status_code == 200, response.text[:300]
    assert response.json()["rows"] == []
    page = await ds.client.get(f"/{DB_NAME}/search_claims", params=params)
    assert page.status_code == 200
    assert 'name="q"' in page.text  # the search box, ready to type in


@pytest.mark.asyncio
async def test_canned_queries_hide_their_long_sql_one_click_away(ds) -> None:
    for name, query in DATABASE["queries"].items():
        assert query.get("description_html"), name
        page = await ds.client.get(f"/{DB_NAME}/{name}")
        assert page.status_code == 200, name
        assert 'id="sql-query"' not in page.text, name
        assert f"/{DB_NAME}/{name}?_show_sql=1" in page.text, name
        shown = await ds.client.get(f"/{DB_NAME}/{name}?_show_sql=1")
        assert 'id="sql-query"' in shown.text, name


@pytest.mark.asyncio
@pytest.mark.parametrize("q", ["Altman's", "chips AND", '"unbalanced', "NEAR(", "*"])
async def test_search_claims_takes_hostile_input_literally(ds, q: str) -> None:
    response = await ds.client.get(f"/{DB_NAME}/search_claims.json", params={"q": q})
    assert response.status_code == 200, response.text[:300]


@pytest.mark.asyncio
async def test_largest_figures_filters_are_optional(ds) -> None:
    everything = await _rows(ds, f"/{DB_NAME}/largest_figures.json?_shape=array")
    amounts = [r["amount_usd"] for r in everything]
    assert amounts == sorted(amounts, reverse=True)
    assert everything[0]["currency"] == "EUR"  # 6.5 trillion euros is the largest in USD
    assert all(r["outlet"] != "Tech Daily" for r in everything)  # syndicated copy left out
    eur = await _rows(ds, f"/{DB_NAME}/largest_figures.json?_shape=array&currency=eur")
    assert [r["surface"] for r in eur] == ["6,5 Billionen Euro"]
    caps = await _rows(ds, f"/{DB_NAME}/largest_figures.json?_shape=array&kind=market_cap")
    assert {r["subject"] for r in caps} == {"Nvidia"}
    assert len(caps) == 4
    march = await _rows(
        ds, f"/{DB_NAME}/largest_figures.json?_shape=array&since=2024-03-01&until=2024-03-04"
    )
    assert sorted(r["surface"] for r in march) == ["$2 trillion", "2.000 miliardi di dollari"]


# The plain reading of largest_figures, one predicate per filter, against which the indexed
# branches of the canned query are checked.
_REFERENCE_LARGEST = """
select f.amount_usd, f.surface from figures f join articles a on a.id = f.article_id
where f.amount_usd is not null and a.duplicate_of is null
  and (:since = '' or coalesce(a.published_at, a.first_seen_at) >= :since)
  and (:until = '' or coalesce(a.published_at, a.first_seen_at) < date(:until, '+1 day'))
  and (:currency = '' or f.currency = upper(:currency))
  and (:kind = '' or f.kind = :kind)
order by f.amount_usd desc limit 100
"""


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"kind": "market_cap"},
        {"currency": "usd"},
        {"kind": "funding_ask", "currency": "USD"},
        {"since": "2024-02-10"},
        {"until": "2024-02-10"},
        {"since": "2024-02-01", "until": "2024-03-04", "kind": "funding_ask"},
        {"since": "2024-02-01", "until": "2024-03-04", "currency": "EUR", "kind": "funding_ask"},
        {"since": "2030-01-01"},
        {"kind": "no-such-kind"},
    ],
)
async def test_largest_figures_every_filter_shape_matches_the_plain_query(
    ds, kb_path: Path, filters: dict[str, str]
) -> None:
    params = {"since": "", "until": "", "currency": "", "kind": "", **filters}
    db = open_db(kb_path)
    try:
        expected = [tuple(r) for r in db.execute(_REFERENCE_LARGEST, params).fetchall()]
    finally:
        db.close()
    response = await ds.client.get(
        f"/{DB_NAME}/largest_figures.json", params={**params, "_shape": "array"}
    )
    assert response.status_code == 200, response.text[:300]
    got = [(r["amount_usd"], r["surface"]) for r in response.json()]
    assert sorted(got) == sorted(expected)
    assert [a for a, _ in got] == sorted((a for a, _ in got), reverse=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "claims_view", "articles", "articles_view"])
async def test_search_pages_walk_every_match_newest_stored_first(
    ds, kb_path: Path, table: str
) -> None:
    fts = "claims_fts" if table.startswith("claims") else "articles_fts"
    db = open_db(kb_path)
    try:
        expected = db.execute(
            f"select count(*) from {fts} where {fts} match ?", ['"trillion"']
        ).fetchone()[0]
    finally:
        db.close()
    assert expected >= 3
    seen: list[str] = []
    order: list[int] = []
    url = f"/{DB_NAME}/{table}.json?_search=trillion&_size=2&_shape=objects"
    while url:
        data = await _rows(ds, url)
        seen.extend(str(row["id"]) for row in data["rows"])
        order.extend(row.get("claim_rowid", row["id"]) for row in data["rows"])
        url = (data["next_url"] or "").removeprefix("http://localhost")
    assert len(seen) == expected
    assert len(set(seen)) == expected  # pagination neither repeats nor skips a match
    if table != "claims":  # the claims table does not show its rowid
        assert order == sorted(order, reverse=True)


@pytest.mark.asyncio
@pytest.mark.parametrize("entity", ["nvidia", "NVIDIA", "NVIDIA Corp.", "Nvidia's"])
async def test_entity_timeline_by_id_name_or_alias(ds, entity: str) -> None:
    rows = await _rows(ds, f"/{DB_NAME}/entity_timeline.json?_shape=array&entity={entity}")
    assert len(rows) == 4
    dates = [r["published_at"] for r in rows]
    assert dates == sorted(dates)
    assert rows[0]["surface"] == "$1,72 trilioni"


@pytest.mark.asyncio
async def test_cluster_reports_first_report_then_followers(ds, kb_path: Path) -> None:
    db = open_db(kb_path)
    cluster = db.execute(
        "select id, articles_count from clusters where label like 'Sam Altman%$5-7 trillion'"
    ).fetchone()
    db.close()
    rows = await _rows(ds, f"/{DB_NAME}/cluster_reports.json?_shape=array&cluster={cluster[0]}")
    assert rows[0]["role"] == "first report"
    assert rows[0]["outlet"] == "The Wire"
    assert rows[0]["days_after_first"] == 0
    assert {r["language"] for r in rows} == {"en", "it", "de", "fr", "es"}
    assert [r["role"] for r in rows].count("syndicated copy") == 1
    assert {"6,5 Billionen Euro", "7 Billionen Dollar", "tra $5 trilioni e $7 trilioni"} <= {
        r["surface"] for r in rows
    }
    days = [r["days_after_first"] for r in rows]
    assert days == sorted(days)
    assert days[-1] > 3


@pytest.mark.asyncio
async def test_new_since_and_source_health(ds) -> None:
    everything = await _rows(ds, f"/{DB_NAME}/new_since.json?_shape=array")
    assert len(everything) == 13
    future = await _rows(ds, f"/{DB_NAME}/new_since.json?_shape=array&since=2999-01-01")
    assert future == []
    newest = everything[0]["first_seen_at"]
    recent = await _rows(ds, f"/{DB_NAME}/new_since.json?_shape=array&since={newest}")
    assert len(recent) == 1
    health = {
        r["outlet"]: r for r in await _rows(ds, f"/{DB_NAME}/source_health.json?_shape=array")
    }
    assert health["El País Tecnología"]["errors"] == 2
    assert health["El País Tecnología"]["last_error"] == "HTTP 404"
    assert health["Tech Daily"]["errors_last_7_days"] == 0
    assert health["The Wire"]["articles"] == 4
    assert health["The Wire"]["articles_per_day"] == round(4 / 30, 2)
    assert health["The Wire"]["last_crawl_at"] is not None


@pytest.mark.asyncio
async def test_every_canned_query_runs(ds) -> None:
    sample = {"q": "miliardi", "entity": "Sam Altman", "cluster": "x", "since": "2024-01-01"}
    for name, query in DATABASE["queries"].items():
        params = {p: sample.get(p, "") for p in query.get("params", [])}
        if "escape_fts(:q)" in query["sql"]:
            params["q"] = sample["q"]
        response = await ds.client.get(f"/{DB_NAME}/{name}.json", params=params)
        assert response.status_code == 200, (name, response.text[:300])
        html = await ds.client.get(f"/{DB_NAME}/{name}", params=params)
        assert html.status_code == 200, name


@pytest.mark.asyncio
async def test_configured_facets_are_computed(ds) -> None:
    for table, meta in DATABASE["tables"].items():
        for facet in meta.get("facets", []):
            column = facet if isinstance(facet, str) else next(iter(facet.values()))
            data = await _rows(ds, f"/{DB_NAME}/{table}.json")
            assert column in data["facet_results"], (table, column)
    data = await _rows(ds, f"/{DB_NAME}/figures_view.json")
    languages = {v["value"]: v["count"] for v in data["facet_results"]["language"]["results"]}
    assert languages == {"en": 4, "it": 5, "de": 2, "fr": 2, "es": 4}
    clusters = await _rows(ds, f"/{DB_NAME}/clusters_view.json")
    langs = {v["value"] for v in clusters["facet_results"]["languages"]["results"]}
    assert langs == {"en", "it", "de", "fr", "es"}


@pytest.mark.asyncio
async def test_bounded_facets_wait_for_a_filter_that_leaves_few_rows(kb_path: Path) -> None:
    metadata = load_metadata()
    metadata["plugins"]["infraledger"]["facet_row_limit"] = 5
    ds = make_datasette(kb_path, settings={"num_sql_threads": 1}, metadata=metadata)
    everything = await _rows(ds, f"/{DB_NAME}/figures_view.json")
    assert everything["filtered_table_rows_count"] == 17
    assert everything["facet_results"] == {}  # 17 rows > 5: skipped, not timed out
    italian = await _rows(ds, f"/{DB_NAME}/figures_view.json?language=it")
    assert italian["filtered_table_rows_count"] == 5
    facets = italian["facet_results"]
    assert set(facets) == {"outlet", "language", "kind", "currency", "subject", "published_at"}
    assert {v["value"]: v["count"] for v in facets["language"]["results"]} == {"it": 5}
    assert facets["language"]["type"] == "column"
    assert facets["published_at"]["type"] == "date"
    page = await ds.client.get(f"/{DB_NAME}/figures_view?language=it")
    assert "published_at (date)" in page.text
    assert "bounded" not in page.text
    search = await _rows(ds, f"/{DB_NAME}/claims_view.json?_search=Billionen")
    assert 0 < search["filtered_table_rows_count"] <= 5
    assert {"outlet", "language", "kind", "subject", "hedged"} == set(search["facet_results"])


def test_views_have_a_row_per_figure_and_claim_with_names_looked_up(kb_path: Path) -> None:
    db = open_db(kb_path)
    try:
        for view, table in (("figures_view", "figures"), ("claims_view", "claims")):
            assert _count(kb_path, view) == _count(kb_path, table) > 0
        unnamed = db.execute(
            "select count(*) from figures_view where (source_id is not null and outlet is null)"
            " or (subject_entity_id is not null and subject is null)"
            " or (cluster_id is not null and cluster_label is null)"
        ).fetchone()[0]
        assert unnamed == 0
        named = db.execute(
            "select count(*) from claims_view v join claims c on c.id = v.id"
            " join articles a on a.id = c.article_id join sources s on s.id = a.source_id"
            " where v.outlet = s.name"
            " and v.published_at = coalesce(a.published_at, a.first_seen_at)"
        ).fetchone()[0]
        assert named == _count(kb_path, "claims")
    finally:
        db.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "figures", "articles", "claims_view", "figures_view"])
async def test_html_pages_link_to_the_next_page(ds, table: str) -> None:
    # a page that is not the last one, with foreign keys shown as labels
    page = await ds.client.get(f"/{DB_NAME}/{table}?_size=2")
    assert page.status_code == 200, page.text[-300:]
    assert "_next=" in page.text


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "claims_view", "articles", "articles_view"])
async def test_search_on_tables_and_views(ds, table: str) -> None:
    rows = await _rows(ds, f"/{DB_NAME}/{table}.json?_search=Billionen&_shape=array")
    assert rows
    text = json.dumps(rows, ensure_ascii=False)
    assert "Billionen" in text
    none = await _rows(ds, f"/{DB_NAME}/{table}.json?_search=zzzyzzx&_shape=array")
    assert none == []


@pytest.mark.asyncio
async def test_scraped_markup_is_shown_as_text(ds) -> None:
    urls = [
        f"/{DB_NAME}/articles",
        f"/{DB_NAME}/articles_view",
        f"/{DB_NAME}/figures_view",
        f"/{DB_NAME}/largest_figures",
        f"/{DB_NAME}/entity_timeline?entity=microsoft",
        "/-/infraledger/chart?entity=microsoft",
        "/-/infraledger/chart.svg?entity=microsoft",
    ]
    for url in urls:
        response = await ds.client.get(url)
        assert response.status_code == 200, url
        assert "<script>alert('xss')" not in response.text, url
        assert "&lt;script&gt;alert(" in response.text, url


@pytest.mark.asyncio
async def test_chart_pages_draw_every_figure(ds, kb_path: Path) -> None:
    page = await ds.client.get("/-/infraledger/chart?entity=Nvidia&kind=market_cap")
    assert page.status_code == 200
    assert page.text.count('class="point"') == 4
    assert "<svg" in page.text
    assert "log scale" not in page.text
    assert f"/{DB_NAME}/entity_timeline.csv?entity=Nvidia" in page.text
    db = open_db(kb_path)
    cid, figures = db.execute(
        "select id, figures_count from clusters where label like 'Sam Altman%$5-7 trillion'"
    ).fetchone()
    db.close()
    svg = await ds.client.get(f"/-/infraledger/chart.svg?cluster={cid}")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.count('class="point"') == figures
    for language in ("en", "it", "de", "fr", "es"):
        assert f">{language}</text>" in svg.text  # legend by language
    everything = await ds.client.get("/-/infraledger/chart?entity=nvidia")
    assert "log scale" not in everything.text
    missing = await ds.client.get("/-/infraledger/chart?entity=nobody")
    assert missing.status_code == 404
    form = await ds.client.get("/-/infraledger/chart")
    assert form.status_code == 200
    assert 'name="entity"' in form.text
    assert "http://" not in form.text.split("<body")[1].split("</footer>")[0].replace(
        "http://www.w3.org", ""
    )


@pytest.mark.asyncio
async def test_plugin_and_settings(ds) -> None:
    plugins = await _rows(ds, "/-/plugins.json")
    assert "db.plugins.infraledger" in {p["name"] for p in plugins}
    settings = await _rows(ds, "/-/settings.json")
    assert settings["sql_time_limit_ms"] == 3000
    assert ds.databases[DB_NAME].is_mutable  # mode=ro, sees the live WAL file


@pytest.mark.asyncio
async def test_rows_committed_while_serving_show_up(ds, tmp_path: Path) -> None:
    path = build_kb(tmp_path / "live.db")
    live = make_datasette(path, settings={"num_sql_threads": 1})
    before = await _rows(live, f"/{DB_NAME}/articles.json?_shape=array&_size=max")
    writer = open_db(path)
    writer.table("articles").insert(
        {"id": 99, "url": "https://wire.example.com/new", "source_id": "wire-en", "title": "New"}
    )
    after = await _rows(live, f"/{DB_NAME}/articles.json?_shape=array&_size=max")
    writer.close()
    assert len(after) == len(before) + 1
