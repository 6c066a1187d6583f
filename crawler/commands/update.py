"""``infraledger update``: crawl + extract under a lock, quiet on success, for cron."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from crawler.commands.crawl import parse_overrides
from crawler.context import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE, Context

if TYPE_CHECKING:
    from crawler.sources import Source

logger = logging.getLogger(__name__)


@click.command()
@click.option(
    "--sources",
    "sources_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sources file [env INFRALEDGER_SOURCES; else ./sources.toml; else the packaged list].",
)
@click.option(
    "--max-runtime",
    type=click.FloatRange(min=1),
    default=None,
    metavar="SECONDS",
    help="Bound the run: the crawl gets what is left, extraction stops between batches.",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=None,
    help="Article pages fetched per spider at most.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Extraction worker processes.",
)
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a crawler setting for this run, e.g. -s DOWNLOAD_DELAY=2 (repeatable).",
)
@click.pass_obj
def update(
    obj: Context,
    sources_path: Path | None,
    max_runtime: float | None,
    max_pages: int | None,
    workers: int,
    overrides: tuple[str, ...],
) -> None:
    """Crawl every active source, then extract what is pending; for cron.

    Takes a lock beside the database (a second run exits 75 at once), writes one log file per
    run under the database's logs/ directory, and prints nothing when all is well. On a
    failure it prints a short summary and the log path on stderr and exits 1.

    Exit codes: 0 ok; 1 the run completed with health problems, or failed; 2 usage or
    configuration error; 75 another update holds the lock.
    """
    from crawler.lock import LockHeld, update_lock
    from crawler.settings import INFRALEDGER_SOURCES
    from crawler.sources import ConfigError, default_sources_path, load_sources

    settings = parse_overrides(overrides)
    try:
        sources = load_sources(default_sources_path(sources_path, INFRALEDGER_SOURCES or None))
    except ConfigError as exc:
        click.echo(f"infraledger update: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    try:
        with update_lock(obj.db_path):
            code = _run_logged(obj, sources, max_runtime, max_pages, workers, settings)
    except LockHeld as exc:
        click.echo(f"infraledger update: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except OSError as exc:
        click.echo(f"infraledger update: cannot take the lock: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(code)


def _run_logged(
    obj: Context,
    sources: list[Source],
    max_runtime: float | None,
    max_pages: int | None,
    workers: int,
    settings: dict[str, object],
) -> int:
    from crawler.logs import (
        attach_run_log,
        detach_run_log,
        log_dir_for,
        new_log_path,
        rotate_logs,
    )
    from crawler.sources import ConfigError
    from crawler.update import run_update

    log_path = new_log_path(obj.db_path)
    try:
        handler = attach_run_log(log_path, logging.DEBUG if obj.verbosity > 0 else logging.INFO)
    except OSError as exc:
        click.echo(f"infraledger update: cannot write the log file {log_path}: {exc}", err=True)
        return EXIT_FAILED
    muted = _mute_console(obj.verbosity)
    logging.captureWarnings(True)  # library warnings belong in the log, not in cron mail
    try:
        removed = rotate_logs(log_dir_for(obj.db_path), spare=log_path)
        if removed:
            logger.info("removed %d old log files", removed)
        logger.info(
            "update starting: db %s, %d sources, max runtime %s, max pages %s, workers %d",
            obj.db_path,
            len(sources),
            f"{max_runtime:g}s" if max_runtime else "none",
            max_pages or "none",
            workers,
        )
        try:
            result = run_update(
                obj.db_path,
                sources,
                max_runtime=max_runtime,
                max_pages=max_pages,
                workers=workers,
                settings=settings,
            )
        except ConfigError as exc:
            logger.error("configuration error: %s", exc)
            _report(f"configuration error: {exc}", [], log_path, handler.failure)
            return EXIT_USAGE
        except Exception as exc:  # a bug: keep the traceback in the log, one line for cron
            logger.exception("update crashed")
            _report(f"crashed: {type(exc).__name__}: {exc}", [], log_path, handler.failure)
            return EXIT_FAILED
        if result.error is not None:
            logger.error("update failed: %s (%s)", result.error, result.summary())
            _report(f"failed: {result.error}", [result.summary()], log_path, handler.failure)
            return EXIT_FAILED
        if result.problems:
            for problem in result.problems:
                logger.warning("problem: %s", problem)
            logger.warning("update finished with problems: %s", result.summary())
            _report(
                f"{len(result.problems)} problem(s)",
                [*result.problems, result.summary()],
                log_path,
                handler.failure,
            )
            return EXIT_FAILED
        logger.info("update ok: %s", result.summary())
        return EXIT_OK
    finally:
        logging.captureWarnings(False)
        _restore_console(muted)
        detach_run_log(handler)


def _report(headline: str, lines: list[str], log_path: Path, log_failure: str | None) -> None:
    click.echo(f"infraledger update {headline}", err=True)
    for line in lines[:20]:
        click.echo(f"  {line}", err=True)
    if len(lines) > 20:
        click.echo(f"  ... and {len(lines) - 20} more", err=True)
    if log_failure:
        click.echo(f"  log (incomplete: {log_failure}): {log_path}", err=True)
    else:
        click.echo(f"  log: {log_path}", err=True)


def _mute_console(verbosity: int) -> list[tuple[logging.Handler, int]]:
    """Silence the console handlers (quiet on success) unless -v was given."""
    muted: list[tuple[logging.Handler, int]] = []
    if verbosity > 0:
        return muted
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(
            handler, logging.FileHandler
        ):
            muted.append((handler, handler.level))
            handler.setLevel(logging.CRITICAL + 1)
    return muted


def _restore_console(muted: list[tuple[logging.Handler, int]]) -> None:
    for handler, level in muted:
        handler.setLevel(level)
