"""``infraledger serve``: Datasette over the knowledge base, read-only, on loopback by default."""

from __future__ import annotations

import sys
import threading
import webbrowser

import click

from crawler.context import EXIT_USAGE, Context


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind. Use 0.0.0.0 only behind a reverse proxy you trust.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open the home page in a browser.")
@click.pass_obj
def serve(obj: Context, host: str, port: int, open_browser: bool) -> None:
    """Publish the database with Datasette: search, facets, canned queries, charts, CSV.

    The file is read in Datasette's mutable read-only mode, so rows that `update` commits while
    the server runs show up on the next page load.
    """
    import asyncio

    import uvicorn

    from db.datasette import DB_NAME, make_datasette
    from db.store import open_db

    if not obj.db_path.is_file():
        click.echo(
            f"error: no database at {obj.db_path}; run `infraledger update` or "
            "`infraledger demo` first, or pass --db",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    open_db(obj.db_path).close()  # apply pending migrations (views) before serving read-only
    ds = make_datasette(obj.db_path)
    asyncio.run(ds.invoke_startup())
    url = f"http://{host if host not in ('0.0.0.0', '::') else '127.0.0.1'}:{port}/"  # noqa: S104
    click.echo(f"serving {obj.db_path} at {url}{DB_NAME} (read-only); Ctrl-C stops", err=True)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
