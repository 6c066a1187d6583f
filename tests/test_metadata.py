"""db/metadata.yml documents the whole schema, and docs/data-dictionary.md matches it."""

from __future__ import annotations

from db.datasette import DB_NAME, load_metadata
from db.dictionary import DICTIONARY_PATH, main, missing_descriptions, render, schema

METADATA = load_metadata()
TABLES = METADATA["databases"][DB_NAME]["tables"]
QUERIES = METADATA["databases"][DB_NAME]["queries"]


def test_every_table_view_and_column_has_a_description() -> None:
    missing = missing_descriptions(METADATA)
    assert missing == [], f"describe these in db/metadata.yml: {', '.join(missing)}"


def test_missing_descriptions_are_caught() -> None:
    broken = load_metadata()
    del broken["databases"][DB_NAME]["tables"]["figures"]["columns"]["amount_usd"]
    del broken["databases"][DB_NAME]["tables"]["claims_view"]
    assert missing_descriptions(broken) == ["figures.amount_usd", "claims_view"]


def test_metadata_names_only_existing_tables_and_columns() -> None:
    known = {name: {c for c, _ in cols} for name, _, cols in schema()}
    for table, meta in TABLES.items():
        assert table in known, f"metadata describes unknown table {table}"
        for column in meta.get("columns") or {}:
            assert column in known[table], f"{table}.{column} is not in the schema"


def test_internal_tables_are_hidden_and_labels_set() -> None:
    for name in ("articles_fts", "claims_fts", "_sqlite_migrations", "pages", "http_cache"):
        assert TABLES[name].get("hidden") is True, name
    assert TABLES["entities"]["label_column"] == "name"
    assert TABLES["sources"]["label_column"] == "name"
    assert TABLES["clusters"]["label_column"] == "label"
    assert TABLES["claims_view"]["fts_table"] == "claims_fts"


def test_canned_queries_cover_the_newsroom_questions() -> None:
    assert set(QUERIES) >= {
        "search_claims",
        "largest_figures",
        "entity_timeline",
        "cluster_reports",
        "new_since",
        "source_health",
    }
    assert "escape_fts(:q)" in QUERIES["search_claims"]["sql"]
    for param in ("since", "until", "currency", "kind"):
        assert f":{param} = ''" in QUERIES["largest_figures"]["sql"]  # empty means no filter


def test_data_dictionary_is_up_to_date() -> None:
    expected = render(METADATA)
    current = DICTIONARY_PATH.read_text(encoding="utf-8")
    assert current == expected, "docs/data-dictionary.md is stale: run python -m db.dictionary"
    assert main(["--check"]) == 0
    for name, _, _ in schema():
        assert f"## {name}\n" in current


def test_sort_orders_are_sortable_and_every_column_stays_sortable() -> None:
    known = {name: {c for c, _ in cols} for name, _, cols in schema()}
    for table, meta in TABLES.items():
        order = meta.get("sort") or meta.get("sort_desc")
        if "sortable_columns" in meta:
            # a column added by a later migration must not silently lose its sort links
            assert known[table] <= set(meta["sortable_columns"]), table
            assert order in meta["sortable_columns"], table
        elif order is not None:
            assert order in known[table], (table, order)
