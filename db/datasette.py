"""The Datasette that publishes the knowledge base, shared by ``infraledger serve`` and tests.

The database is always served under the name ``infraledger`` (``/infraledger/claims``), whatever
the file is called, so the canned queries and bookmarks in ``db/metadata.yml`` work for
``data/demo.db`` and ``data/infraledger.db`` alike. It is opened in Datasette's default mutable
mode, which reads through ``?mode=ro`` and sees rows the cron job commits to the live WAL file;
``-i``/immutable mode would ignore the ``-wal`` file.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any, cast

import yaml
from datasette.app import Datasette
from datasette.plugins import pm

logger = logging.getLogger(__name__)

DB_NAME = "infraledger"
METADATA_PATH = Path(__file__).with_name("metadata.yml")

# Datasette settings for a journalist-facing instance on a small VM: FTS joins over 100k
# articles need more than the default 1 s; 3 threads serve a few concurrent readers.
DEFAULT_SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "num_sql_threads": 3,
    # A facet over 20,000 joined view rows takes ~100 ms here; past that Datasette shows "facet
    # timed out" instead of holding the page (200 ms per facet doubled those pages' time at
    # 100,000 articles). The big tables' facets are bounded by rows instead (facet_row_limit in
    # metadata.yml): a search for "the" or an unfiltered 200,000-row view skips them at once.
    "facet_time_limit_ms": 100,
    # Suggesting facets runs a grouping query per column on every table page: seconds at
    # 100,000 articles. The useful facets are configured in metadata.yml instead.
    "suggest_facets": False,
    "max_returned_rows": 1000,
    "allow_csv_stream": True,
    "default_cache_ttl": 5,
}


def load_metadata(path: str | Path = METADATA_PATH) -> dict[str, Any]:
    """The parsed ``db/metadata.yml`` (a fresh copy each call)."""
    with Path(path).open(encoding="utf-8") as fp:
        data = yaml.safe_load(fp)
    if not isinstance(data, dict) or DB_NAME not in data.get("databases", {}):
        raise ValueError(f"{path}: expected a Datasette metadata mapping with databases.{DB_NAME}")
    return cast(dict[str, Any], copy.deepcopy(data))


def register_plugins() -> None:
    """Register the project's Datasette plugin (charts, cell links) once per process."""
    from db.plugins import infraledger as plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="infraledger")


def make_datasette(
    path: str | Path,
    *,
    settings: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Datasette:
    """A read-only Datasette over the database at ``path`` with our metadata and plugin.

    Raises:
        FileNotFoundError: when ``path`` does not exist (Datasette would create nothing, and
            serving an empty page hides the mistake).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path}")
    register_plugins()
    ds = Datasette(
        [str(path)],
        metadata=metadata if metadata is not None else load_metadata(),
        settings={**DEFAULT_SETTINGS, **(settings or {})},
    )
    stem = next(name for name in ds.databases if name != "_internal")
    if stem != DB_NAME:
        database = ds.databases[stem]
        ds.remove_database(stem)
        ds.add_database(database, name=DB_NAME)
    return ds
