"""The ``infraledger`` command line: the one place that wires crawler, extract and db.

Exit codes (documented in the README): 0 ok; 1 failed (errors listed); 2 usage or
configuration error; 75 another ``update`` holds the lock.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import click

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75

DB_ENV = "INFRALEDGER_DB"


@dataclass
class Context:
    """Options shared by every subcommand."""

    db_path: Path
    verbosity: int


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
    """Track AI-infrastructure news: crawl articles, extract money figures and entities,
    publish them through Datasette.
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
