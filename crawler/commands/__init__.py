"""Subcommands of ``infraledger``, one module per area; ``crawler.cli`` registers them."""

from __future__ import annotations

import click

from crawler.commands.extract import analyze, extract

COMMANDS: list[click.Command] = [analyze, extract]
