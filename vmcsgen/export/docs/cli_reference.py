"""The command-line reference page: every command, argument and option with its value,
default, choices and help.

The command line is the last stage, so this module cannot read its parser: the docs
command describes the parser in these plain objects and hands them here."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen import __version__
from vmcsgen.export.docs.labels import comment_safe
from vmcsgen.export.docs.reference import Table, md_code, md_text
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered

CLI_REFERENCE_FILE = "cli.md"


@dataclass(frozen=True)
class ArgumentDoc:
    """One argument of a command: positional when `names` has no leading dash."""

    names: tuple[str, ...]
    value: str | None  # the metavar a user types after the option; None for a flag
    required: bool
    default: str | None
    choices: tuple[str, ...]
    help: str


@dataclass(frozen=True)
class CommandDoc:
    name: str
    help: str
    usage: str
    arguments: tuple[ArgumentDoc, ...]


@dataclass(frozen=True)
class CommandLineDoc:
    prog: str
    description: str
    usage: str
    options: tuple[ArgumentDoc, ...]
    commands: tuple[CommandDoc, ...]


@dataclass(frozen=True)
class CommandView:
    name: str
    help: str
    usage: str
    table: Table


def _argument_row(argument: ArgumentDoc) -> tuple[str, ...]:
    shown = ", ".join(argument.names)
    if argument.value is not None and argument.names[0].startswith("-"):
        shown = f"{shown} {argument.value}"
    return (
        md_code(shown),
        "yes" if argument.required else "no",
        "" if argument.default is None else md_code(argument.default),
        ", ".join(md_code(choice) for choice in argument.choices),
        md_text(argument.help),
    )


def _table(arguments: tuple[ArgumentDoc, ...]) -> Table:
    header = ("argument", "required", "default", "choices", "meaning")
    return Table(header, tuple(_argument_row(argument) for argument in arguments))


def cli_reference(doc: CommandLineDoc) -> Rendered:
    comment = comment_safe(
        f"Generated from the {doc.prog} command line by vmcsgen {__version__}; do not edit. "
        "Regenerate with: vmcsgen docs"
    )
    commands = tuple(
        CommandView(command.name, md_text(command.help), command.usage, _table(command.arguments))
        for command in doc.commands
    )
    page = render(
        "cli_reference/cli.md.j2",
        comment=comment,
        doc=doc,
        options=_table(doc.options),
        commands=commands,
    )
    return Rendered(CLI_REFERENCE_FILE, page.rstrip("\n") + "\n")
