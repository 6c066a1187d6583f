"""Subcommands of ``infraledger``, one module per area; ``crawler.cli`` registers them."""

from __future__ import annotations

import click

from crawler.commands.extract import analyze, extract
from crawler.commands.stats import stats
from crawler.commands.update import update

COMMANDS: list[click.Command] = [analyze, extract, stats, update]
