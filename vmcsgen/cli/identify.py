"""vmcsgen identify: which bundled layouts a region could be in, with the evidence."""

from __future__ import annotations

import argparse
import json

from vmcsgen.cli.common import AddCommand, load, read_input
from vmcsgen.cli.report import diagnostics_json, print_diagnostics, status
from vmcsgen.state.api import identify


def cmd_identify(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    data = read_input(specs, args.file)
    identified = identify(specs, data, path=args.file)
    print_diagnostics(identified.diagnostics)
    found = identified.identification
    if not identified.ok:
        return 1
    if args.format == "json":
        document: dict[str, object] = (
            found.to_json() if found is not None else {"best": None, "candidates": []}
        )
        document["diagnostics"] = diagnostics_json(identified.diagnostics)
        print(json.dumps(document, indent=2))
    elif found is not None:
        best = found.best
        if best is not None:
            print(f"best: {best.name}")
        elif found.fitting:
            names = ", ".join(c.layout.name for c in found.fitting)
            print(f"ambiguous: {names} fit but read it differently")
        else:
            print("no layout fits")
        for line in found.release_lines():
            print(f"releases: {line}")
        for candidate in found.candidates:
            print(f"{candidate.layout.name}: {'fits' if candidate.fits else 'does not fit'}")
            for e in candidate.evidence:
                print(f"  {'+' if e.holds else '-'} {e.check}: {e.detail}")
    return status(identified.diagnostics)


def register(command: AddCommand) -> None:
    identify_cmd = command("identify", "rank the layouts a region could be in, with evidence")
    identify_cmd.add_argument(
        "file", metavar="FILE", help="a region or a blob holding one; - reads standard input"
    )
    identify_cmd.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format"
    )
    identify_cmd.set_defaults(run=cmd_identify)
