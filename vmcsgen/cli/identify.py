"""vmcsgen identify: which bundled layouts a region could be in, with the evidence."""

from __future__ import annotations

import argparse
import json

from vmcsgen.analysis.identify import identify
from vmcsgen.analysis.nested import container_of, parse
from vmcsgen.cli.common import AddCommand, UsageError, load, read_input


def cmd_identify(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    data = read_input(args.file)
    container = container_of(specs, data)
    if container is not None:
        held = [r for r in parse(container, data).regions.values() if r is not None]
        if not held:
            raise UsageError(f"{args.file}: the {container.name} blob holds no region")
        data = held[0]
    found = identify(specs, data)
    if not found.candidates:
        raise UsageError(f"{args.file}: no layout has {len(data)}-byte regions")
    if args.format == "json":
        print(json.dumps(found.to_json(), indent=2))
    else:
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
    return 0 if found.best is not None else 1


def register(command: AddCommand) -> None:
    identify_cmd = command("identify", "rank the layouts a region could be in, with evidence")
    identify_cmd.add_argument("file", metavar="FILE")
    identify_cmd.add_argument("--format", choices=("text", "json"), default="text")
    identify_cmd.set_defaults(run=cmd_identify)
