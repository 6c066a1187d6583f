"""``infraledger crawl``, ``add`` and ``sources check``: the crawler's commands.

Exit codes: 0 ok; 1 the crawl failed a health check or a fetch failed (problems on stderr);
2 usage or configuration error (bad sources file, unknown spider, bad option).
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import click

from crawler.context import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Context
from crawler.sources import ConfigError, Source, default_sources_path, load_sources

sources_option = click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file [env INFRALEDGER_SOURCES; else ./sources.toml; else the packaged list].",
)
set_option = click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a crawler setting for this run, e.g. -s DOWNLOAD_DELAY=2 (repeatable).",
)


def parse_overrides(pairs: tuple[str, ...]) -> dict[str, object]:
    """``("DOWNLOAD_DELAY=0", "LOG_LEVEL=INFO")`` -> ``{"DOWNLOAD_DELAY": 0, "LOG_LEVEL": "INFO"}``.

    Values that read as JSON (numbers, true/false, lists) are taken as such, others as strings.
    """
    settings: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier() or name.upper() != name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="-s/--set")
        try:
            settings[name] = json.loads(raw)
        except ValueError:
            settings[name] = raw
    return settings


def _load(sources_path: Path | None, *, missing_ok: bool = False) -> list[Source]:
    from crawler.settings import INFRALEDGER_SOURCES

    path = default_sources_path(sources_path, INFRALEDGER_SOURCES or None)
    if missing_ok and sources_path is None and not path.is_file():
        return []
    try:
        return load_sources(path)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None


def _run_line(run: dict[str, Any]) -> str:
    return (
        f"{run['spider']}: {run.get('requests') or 0} requests, "
        f"{run.get('articles_new') or 0} new articles, "
        f"{run.get('articles_duplicate') or 0} duplicates, "
        f"{run.get('not_modified') or 0} not modified, "
        f"{run.get('errors') or 0} fetch errors ({run.get('finish_reason')})"
    )


@click.command()
@click.argument("spiders", nargs=-1)
@sources_option
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=None,
    help="Article pages fetched per spider at most.",
)
@set_option
@click.pass_obj
def crawl(
    obj: Context,
    spiders: tuple[str, ...],
    sources_path: Path | None,
    max_pages: int | None,
    overrides: tuple[str, ...],
) -> None:
    """Run spiders (feeds, sitemaps, listing; default all) over the configured sources."""
    from crawler.runner import SPIDERS, run_crawl

    unknown = [s for s in spiders if s not in SPIDERS]
    if unknown:
        click.echo(
            f"error: unknown spider {unknown[0]!r} (choose from {', '.join(SPIDERS)})", err=True
        )
        raise SystemExit(EXIT_USAGE)
    settings = parse_overrides(overrides)
    sources = _load(sources_path)
    if not any(s.active for s in sources):
        click.echo("error: no active sources to crawl", err=True)
        raise SystemExit(EXIT_USAGE)
    result = run_crawl(
        obj.db_path, sources, list(spiders) or None, max_pages=max_pages, settings=settings
    )
    for run in result.runs:
        click.echo(_run_line(run))
    for problem in result.problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo(f"run {result.run_id}: exit {result.exit_code}")
    raise SystemExit(result.exit_code)


# --- add -------------------------------------------------------------------------------------

_URL = re.compile(r"^https?://", re.IGNORECASE)  # "https://example.com/story"


def _store_file(db: Any, path: Path, url: str, source: Source | None, published: str | None) -> str:
    """Store one local HTML or text file; return the line to print."""
    from crawler.content import NotAnArticle, decode_body, page_facts, utc_now
    from crawler.urls import canonicalize_url
    from db.store import article_exists, write_crawl_batch

    canonical = canonicalize_url(url)
    if article_exists(db, canonical):
        return f"already stored: {canonical}"
    body = path.read_bytes()
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or b"<html" in body[:2048].lower()
    try:
        text, encoding = decode_body(body, None)
    except NotAnArticle as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    if is_html:
        facts = page_facts(text, url)
        title, content_hash, content_type = facts.title, facts.content_hash, "text/html"
    else:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first[:200] or None
        normalized = " ".join(text.split()).lower()
        content_hash = hashlib.sha1(normalized.encode()).hexdigest()  # noqa: S324 (not security)
        content_type = "text/plain"
    outcome = write_crawl_batch(
        db,
        run_id="add",
        spider="add",
        articles=[
            {
                "url": canonical,
                "fetch_url": url,
                "source_id": source.id if source else None,
                "title": title,
                "published_at": published,
                "language": source.language if source else None,
                "content_hash": content_hash,
                "fetched_at": utc_now(),
                "http_status": None,
                "body": body,
                "encoding": encoding,
                "content_type": content_type,
            }
        ],
    )
    if outcome.new:
        return f"added: {canonical}"
    return f"already stored (same content): {canonical}"


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="URL|PATH..")
@click.option("--url", "as_url", default=None, help="URL to record for a single local file.")
@click.option(
    "--published", default=None, help="Publication date (ISO 8601), e.g. 2024-05-14T08:30:00Z."
)
@click.option("--source", "source_id", default=None, help="Source id to attribute articles to.")
@sources_option
@set_option
@click.pass_obj
def add(
    obj: Context,
    targets: tuple[str, ...],
    as_url: str | None,
    published: str | None,
    source_id: str | None,
    sources_path: Path | None,
    overrides: tuple[str, ...],
) -> None:
    """Store single articles: URLs (fetched politely) or local HTML/text files."""
    from crawler.content import parse_date
    from crawler.runner import add_urls
    from crawler.spiders.add import source_for
    from crawler.urls import canonicalize_url
    from db.store import article_exists, fetch_errors_for, open_db

    def usage(message: str) -> None:
        click.echo(f"error: {message}", err=True)
        raise SystemExit(EXIT_USAGE)

    settings = parse_overrides(overrides)
    urls = [t for t in targets if _URL.match(t)]
    paths = [Path(t) for t in targets if not _URL.match(t)]
    for path in paths:
        if not path.is_file():
            usage(f"{path}: neither an http(s) URL nor an existing file")
    if as_url is not None and (len(paths) != 1 or urls):
        usage("--url names the URL of exactly one local file")
    if as_url is not None and not _URL.match(as_url):
        usage(f"--url must be an http(s) URL, got {as_url!r}")
    published_iso = None
    if published is not None:
        published_iso = parse_date(published)
        if published_iso is None:
            usage(f"--published: cannot read {published!r} as a date (try 2024-05-14)")
    sources = _load(sources_path, missing_ok=source_id is None)
    by_id = {s.id: s for s in sources}
    if source_id is not None and source_id not in by_id:
        usage(f"--source: no source {source_id!r} in the sources file")
    lines: list[str] = []
    failed = False
    db = open_db(obj.db_path)
    try:
        from db.store import upsert_sources

        upsert_sources(db, [s.to_row() for s in sources])
        for path in paths:
            url = as_url or path.resolve().as_uri()
            source = by_id.get(source_id or "") or source_for(url, sources)
            lines.append(_store_file(db, path, url, source, published_iso))
        pending = []
        for url in urls:
            if article_exists(db, url) or article_exists(db, canonicalize_url(url)):
                lines.append(f"already stored: {canonicalize_url(url)}")
            else:
                pending.append(url)
    finally:
        db.close()
    if pending:
        result = add_urls(
            obj.db_path,
            pending,
            sources=sources,
            source_id=source_id,
            published=published_iso,
            settings=settings,
        )
        db = open_db(obj.db_path, migrate=False)
        try:
            errors = {e["url"]: e["reason"] for e in fetch_errors_for(db, result.run_id)}
            for url in pending:
                if article_exists(db, url):
                    lines.append(f"added: {url}")
                else:
                    failed = True
                    reason = errors.get(url) or "not stored (robots.txt, refused, or duplicate)"
                    lines.append(f"failed: {url}: {reason}")
        finally:
            db.close()
    for line in lines:
        click.echo(line)
    raise SystemExit(EXIT_FAILED if failed else EXIT_OK)


# --- sources check -------------------------------------------------------------------------


@click.group()
def sources() -> None:
    """Inspect the sources file."""


@sources.command("check")
@sources_option
@set_option
def check(sources_path: Path | None, overrides: tuple[str, ...]) -> None:
    """Fetch each source's feeds, sitemaps and listings once: do they answer and parse?"""
    from crawler.runner import check_sources

    settings = parse_overrides(overrides)
    configured = _load(sources_path)
    with tempfile.TemporaryDirectory(prefix="infraledger-check-") as tmp:
        output = Path(tmp) / "results.jsonl"
        output.touch()
        result = check_sources(configured, output, settings=settings)
        rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_source[row["source_id"]].append(row)
    failed = False
    for source in configured:
        checks = by_source.get(source.id, [])
        expected = len(source.discovery_urls)
        bad = [c for c in checks if not c["ok"]]
        missing = expected - len(checks)
        summary = ", ".join(
            f"{kind}s {sum(1 for c in checks if c['kind'] == kind and c['ok'])}/{len(urls)}"
            for kind, urls in (
                ("feed", source.feeds),
                ("sitemap", source.sitemaps),
                ("listing", source.listings),
            )
        )
        details = "; ".join(f"{c['url']}: {c['detail']}" for c in bad)
        if missing > 0:
            details = "; ".join(filter(None, [details, f"{missing} URL(s) gave no answer"]))
        status = "ok  " if not bad and missing <= 0 else "FAIL"
        failed |= status == "FAIL"
        inactive = "" if source.active else " (inactive)"
        click.echo(
            f"{status} {source.id}{inactive}: {summary}" + (f" | {details}" if details else "")
        )
    if result.exit_code and not failed:
        for problem in result.problems:
            click.echo(f"problem: {problem}", err=True)
    raise SystemExit(EXIT_FAILED if failed else EXIT_OK)
