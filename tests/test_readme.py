"""The README tells the truth: every command and option it shows exists, and the quickstart is two
commands that the Makefile defines."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from crawler.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shown_invocations() -> list[list[str]]:
    """Every `infraledger ...` line inside the README's code blocks, as argument lists."""
    blocks = re.findall(r"```(?:sh|cron)?\n(.*?)```", README, flags=re.DOTALL)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            line = line.split("#", 1)[0].strip()
            if "infraledger " not in line:
                continue
            args = shlex.split(line[line.index("infraledger ") :])[1:]
            lines.append(args)
    return lines


def _resolve(args: list[str]) -> tuple[click.Command, list[str]]:
    """The (sub)command an argument list reaches, and the options it passes to it."""
    command: click.Command = cli
    options: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg.startswith("-"):
            options.append(arg.split("=", 1)[0])
            param = _find_option(command, options[-1])
            if param is not None and not param.is_flag and not param.count and "=" not in arg:
                rest.pop(0)  # the option's value
            continue
        if isinstance(command, click.Group) and arg in command.commands:
            command = command.commands[arg]
            continue
        # a positional argument (URL, path, export table...)
    return command, options


def _find_option(command: click.Command, name: str) -> click.Option | None:
    for param in command.params:
        if isinstance(param, click.Option) and name in param.opts + param.secondary_opts:
            return param
    return None


def test_quickstart_is_make_demo_and_make_test() -> None:
    quick = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make \w+", quick, flags=re.MULTILINE)
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "lint", "bench"):
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE), target


def test_readme_shows_commands_that_exist() -> None:
    invocations = _shown_invocations()
    assert len(invocations) >= 8
    for args in invocations:
        command, options = _resolve(args)
        assert command is not cli, f"no subcommand in: infraledger {' '.join(args)}"
        for option in options:
            owner = command if _find_option(command, option) else cli
            assert _find_option(owner, option), f"{option} unknown in: {' '.join(args)}"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    command = cli.commands[name]
    assert command.help, name
    if name not in {"init"}:
        assert f"infraledger {name}" in README, f"README does not mention `infraledger {name}`"


def test_exit_codes_in_readme_match_the_cli() -> None:
    from crawler.context import EXIT_FAILED, EXIT_LOCKED, EXIT_OK, EXIT_USAGE

    table = README.split("### Exit codes", 1)[1].split("###", 1)[0]
    codes = {int(c) for c in re.findall(r"^\| (\d+) \|", table, flags=re.MULTILINE)}
    assert codes == {EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED}
