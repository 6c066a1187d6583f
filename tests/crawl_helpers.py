"""Helpers for the crawl tests: sources files for the loopback site, database reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from crawler.sources import Source, parse_sources


def sources_for(base: str, *, local: bool = True, **lists: list[str]) -> list[Source]:
    """One source ``itt`` on the test site; ``feeds=["/feed.xml"]`` etc. are site paths."""
    lines = ["[[source]]", 'id = "itt"', 'name = "Infra Test Times"', 'language = "en"']
    for key in ("feeds", "sitemaps", "listings"):
        urls = ", ".join(f'"{base}{p}"' for p in lists.get(key, []))
        lines.append(f"{key} = [{urls}]")
    lines.append(f"local = {'true' if local else 'false'}")
    return parse_sources("\n".join(lines))


def rows(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def article_paths(db_path: Path, base: str) -> list[str]:
    return sorted(r["url"].removeprefix(base) for r in rows(db_path, "select url from articles"))
