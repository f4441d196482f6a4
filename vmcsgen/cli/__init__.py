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
    check_import,
    completion,
    diff,
    field,
    generate,
    identify,
    inspect,
    listing,
    preflight,
    releases,
    translate,
)
from vmcsgen.cli.common import UsageError
from vmcsgen.cli.report import print_diagnostics
from vmcsgen.model.diagnostics import SpecError
from vmcsgen.state.input import InputError
from vmcsgen.state.results import RequestError

COMMANDS = (
    generate,
    listing,
    translate,
    diff,
    check_import,
    field,
    inspect,
    identify,
    preflight,
    completion,
    releases,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vmcsgen",
        description="Exact VMCS layouts from YAML specs: accessors, C headers, translations.",
    )
    parser.add_argument("--version", action="version", version=f"vmcsgen {__version__}")
    parser.add_argument("--specs", metavar="DIR", help="spec directory (default: from config)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: absent after the command, it keeps a --specs given before it.
        sub.add_argument(
            "--specs",
            metavar="DIR",
            default=argparse.SUPPRESS,
            help="spec directory (default: from config); also accepted before COMMAND",
        )
        sub.add_argument(
            "--proposals",
            action="store_true",
            help="also load the layouts proposed for Linux but not merged (proposals/)",
        )
        return sub

    for module in COMMANDS:
        module.register(command)
    parser.set_defaults(command_line=parser)  # for the reference page `vmcsgen docs` writes
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(check_import.join_flag_values(words))
    try:
        status: int = args.run(args)
        return status
    except SpecError as err:
        print_diagnostics(err.diagnostics)
        count = len(err.diagnostics)
        print(f"{count} error{'s' if count != 1 else ''}; nothing written", file=sys.stderr)
        return 1
    except (UsageError, RequestError) as err:
        print(f"vmcsgen: error: {err}", file=sys.stderr)
        return 1
    except InputError as err:
        print_diagnostics([err.diagnostic])
        return 1
    except BrokenPipeError:
        # The reader went away (`vmcsgen show ... | head`); silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
