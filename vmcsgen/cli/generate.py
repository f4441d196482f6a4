"""vmcsgen validate | generate | docs: check the specs, write the outputs, draw the docs."""

from __future__ import annotations

import argparse
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, load, write_or_check
from vmcsgen.cli.reference import describe
from vmcsgen.export.docs.cli_reference import cli_reference
from vmcsgen.export.registry import render_docs, render_outputs
from vmcsgen.plans.releases import UnknownLayout, with_release_layouts


def cmd_validate(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    fields = sum(len(layout.fields) for layout in specs.layouts)
    formats = "" if specs.bits is None else f", {len(specs.bits.formats)} bit formats"
    print(
        f"{specs.root}: {len(specs.catalog.fields)} catalog fields, {len(specs.layouts)} "
        f"layouts ({fields} field members), {len(specs.translations)} translations"
        f"{formats}: ok"
    )
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    specs, config = load(args)
    try:
        specs = with_release_layouts(specs, config.releases)
    except UnknownLayout as err:
        raise UsageError(f"[tool.vmcsgen] releases: {err}") from None
    out = Path(args.out) if args.out is not None else config.out
    return write_or_check(out, render_outputs(specs, config), args.check, "vmcsgen generate")


def cmd_docs(args: argparse.Namespace) -> int:
    specs, config = load(args)
    # The command line's reference is a docs output too; only this stage can read the parser.
    outputs = [*render_docs(specs, config), cli_reference(describe(args.command_line))]
    return write_or_check(Path(args.out), outputs, args.check, f"vmcsgen docs --out {args.out}")


def register(command: AddCommand) -> None:
    command("validate", "check the specs and report every error").set_defaults(run=cmd_validate)
    generate = command("generate", "write Python and C outputs for the specs")
    generate.add_argument("--out", metavar="DIR", help="output directory (default: from config)")
    generate.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if outputs are stale"
    )
    generate.set_defaults(run=cmd_generate)
    docs = command(
        "docs",
        "write the reference docs: an SVG map of every layout and translation, the field "
        "reference, the spec format and the command-line reference",
    )
    docs.add_argument("--out", metavar="DIR", required=True, help="output directory")
    docs.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    docs.set_defaults(run=cmd_docs)
