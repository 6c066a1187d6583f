"""Subcommands of ``infraledger``, one module per area; ``crawler.cli`` registers them."""

from __future__ import annotations

import click

from crawler.commands.crawl import add, crawl, sources
from crawler.commands.demo import demo
from crawler.commands.export import export
from crawler.commands.extract import analyze, extract
from crawler.commands.serve import serve
from crawler.commands.stats import stats
from crawler.commands.update import update

COMMANDS: list[click.Command] = [
    add,
    analyze,
    crawl,
    sources,
    demo,
    export,
    extract,
    serve,
    stats,
    update,
]
