"""The ``infraledger`` command line: the one place that wires crawler, extract and db.

Exit codes (documented in the README): 0 ok; 1 failed (errors listed); 2 usage or
configuration error; 75 another ``update`` holds the lock.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from crawler.context import (
    DB_ENV,
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
    Context,
)

__all__ = ["EXIT_FAILED", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE", "Context", "cli", "main"]


def _setup_logging(verbosity: int) -> None:
    level = {-1: logging.WARNING, 0: logging.INFO, 1: logging.DEBUG}.get(
        max(-1, min(1, verbosity)), logging.INFO
    )
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=f"SQLite database file [env {DB_ENV}; default data/infraledger.db].",
)
@click.option("-v", "--verbose", count=True, help="More log output (repeatable).")
@click.option("-q", "--quiet", count=True, help="Less log output.")
@click.version_option(package_name="infraledger")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, verbose: int, quiet: int) -> None:
    """Track AI-infrastructure news: crawl, extract money figures and entities, publish.

    Articles from the outlets in the sources file are crawled politely into one SQLite
    database; money figures, entities and claims are extracted in five languages and served
    through Datasette. Exit codes: 0 ok, 1 failed, 2 usage or configuration error, 75 another
    update holds the lock.
    """
    if db_path is None:
        db_path = Path(os.environ.get(DB_ENV) or "data/infraledger.db")
    _setup_logging(verbose - quiet)
    ctx.obj = Context(db_path=db_path, verbosity=verbose - quiet)


@cli.command()
@click.pass_obj
def init(obj: Context) -> None:
    """Create or migrate the database."""
    from db.store import open_db

    db = open_db(obj.db_path)
    applied = [row["name"] for row in db.table("_sqlite_migrations").rows]
    db.close()
    click.echo(f"{obj.db_path}: schema up to date ({len(applied)} migrations)")


def _register() -> None:
    """Attach the subcommands defined in ``crawler.commands``."""
    from crawler.commands import COMMANDS

    for command in COMMANDS:
        cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="infraledger")


if __name__ == "__main__":
    main()
