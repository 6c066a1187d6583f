"""Subcommands of ``infraledger``, one module per area; ``crawler.cli`` registers them."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
