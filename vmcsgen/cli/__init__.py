"""Command line: one module per command (or small group), each adding its subcommands.

A new command is a module with a `register(command)` function and one line in COMMANDS.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from vmcsgen import __version__
from vmcsgen.cli import (
    c_headers,
    diff,
    field,
    generate,
    identify,
    inspect,
    layouts,
    releases,
    translate,
)
from vmcsgen.cli.common import UsageError
from vmcsgen.model.diagnostics import SpecError

COMMANDS = (
    generate,
    layouts,
    translate,
    diff,
    c_headers,
    field,
    inspect,
    identify,
    releases,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vmcsgen",
        description="Exact VMCS layouts from YAML specs: accessors, C headers, translations.",
    )
    parser.add_argument("--version", action="version", version=f"vmcsgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--specs", metavar="DIR", help="spec directory (default: from config)")
        sub.add_argument(
            "--proposals",
            action="store_true",
            help="also load the layouts proposed for Linux but not merged (proposals/)",
        )
        return sub

    for module in COMMANDS:
        module.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except SpecError as err:
        for diagnostic in err.diagnostics:
            print(diagnostic, file=sys.stderr)
        count = len(err.diagnostics)
        print(f"{count} error{'s' if count != 1 else ''}; nothing written", file=sys.stderr)
        return 1
    except UsageError as err:
        print(f"vmcsgen: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`vmcsgen show ... | head`); silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
