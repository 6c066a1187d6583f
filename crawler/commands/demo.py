"""``infraledger demo``: the pipeline offline, on the bundled sample news site."""

from __future__ import annotations

import logging
from pathlib import Path

import click
from click.core import ParameterSource

from crawler.context import EXIT_FAILED, EXIT_OK, Context

logger = logging.getLogger(__name__)

DEMO_DB = Path("data/demo.db")
# A fixed port keeps the stored article URLs stable, so a rerun revalidates feeds with
# conditional GET and skips known articles, as with real sites.
DEMO_PORT = 8042
# Our own loopback server: no reason to wait between requests (real sources keep the defaults).
DEMO_CRAWL_SETTINGS: dict[str, object] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "CLOSESPIDER_TIMEOUT": 300,
}


def _db_path(ctx: click.Context, obj: Context) -> Path:
    """``--db`` when given on the command line, else ``data/demo.db``.

    The demo never writes into the default or ``$INFRALEDGER_DB`` database: sample articles do not
    belong next to real ones.
    """
    parent = ctx.parent
    if parent is not None and parent.get_parameter_source("db_path") is ParameterSource.COMMANDLINE:
        return obj.db_path
    return DEMO_DB


def _counts(db_path: Path) -> dict[str, int]:
    from db.store import open_db

    db = open_db(db_path)
    try:
        rows = db.execute("select source_id, count(*) from articles group by source_id").fetchall()
    finally:
        db.close()
    return {str(source_id): int(n) for source_id, n in rows}


@click.command()
@click.option(
    "--no-serve",
    is_flag=True,
    help="Exit after crawling instead of going on to serve the result.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEMO_PORT,
    show_default=True,
    help="Port of the sample site on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--serve-port",
    type=click.IntRange(1, 65535),
    default=8001,
    show_default=True,
    help="Port of Datasette on 127.0.0.1.",
)
@click.pass_context
def demo(ctx: click.Context, no_serve: bool, port: int, serve_port: int) -> None:
    """Run the whole pipeline offline on the bundled sample news site, then serve it.

    Five fictional outlets in English, Italian, German, French and Spanish are served on
    127.0.0.1 from the package itself, crawled through their feeds, sitemaps and section pages
    exactly as real sources are, into data/demo.db (or --db); money figures, entities and claims
    are extracted, and Datasette serves the result on http://127.0.0.1:8001/ (--no-serve to
    stop after extracting). Needs no network. Rerunning stores nothing twice.
    """
    from crawler.demo import SampleSite
    from crawler.extraction import run_extract
    from crawler.runner import run_crawl

    obj: Context = ctx.obj
    db_path = _db_path(ctx, obj)
    before = _counts(db_path)
    site = SampleSite(port=port)
    try:
        site.start()
    except OSError as exc:
        logger.warning("port %d unavailable (%s); using a free port instead", port, exc)
        site = SampleSite(port=0).start()
    with site:
        sources = site.sources()
        click.echo(f"Sample news site: {site.base_url}/ ({len(sources)} outlets)")
        settings = dict(DEMO_CRAWL_SETTINGS)
        if obj.verbosity <= 0:
            settings["LOG_LEVEL"] = "WARNING"  # the per-outlet summary below says what happened
        result = run_crawl(db_path, sources, settings=settings)
    after = _counts(db_path)

    width = max(len(s.id) for s in sources)
    click.echo(f"Crawled into {db_path} (run {result.run_id}):")
    for source in sources:
        total = after.get(source.id, 0)
        new = total - before.get(source.id, 0)
        click.echo(f"  {source.id:<{width}}  {source.language}  {new:>3} new  {total:>3} stored")
    grand_new = sum(after.values()) - sum(before.values())
    click.echo(f"  {'total':<{width}}      {grand_new:>3} new  {sum(after.values()):>3} stored")
    if result.exit_code != EXIT_OK:
        for problem in result.problems:
            click.echo(f"problem: {problem}", err=True)
        ctx.exit(result.exit_code or EXIT_FAILED)

    extracted = run_extract(db_path)
    click.echo(
        f"Extracted {extracted.extracted} articles: {extracted.figures} money figures"
        + (f", {extracted.failed} failed" if extracted.failed else "")
    )
    _print_clusters(db_path)
    if extracted.failed:
        ctx.exit(EXIT_FAILED)
    if no_serve:
        click.echo(f"Browse the result: infraledger --db {db_path} serve")
        return
    from crawler.commands.serve import serve

    ctx.obj = Context(db_path=db_path, verbosity=obj.verbosity)
    ctx.invoke(serve, host="127.0.0.1", port=serve_port, open_browser=False)


def _print_clusters(db_path: Path) -> None:
    """The claims that most outlets repeated: what a journalist would look at first."""
    from db.store import open_db

    db = open_db(db_path)
    try:
        rows = db.execute(
            "select label, outlets_count, languages from clusters "
            "where outlets_count > 1 order by outlets_count desc, first_seen_at limit 5"
        ).fetchall()
    finally:
        db.close()
    if rows:
        click.echo("Claims repeated across outlets:")
        for label, outlets, languages in rows:
            click.echo(f"  {label}  ({outlets} outlets; languages {languages})")
