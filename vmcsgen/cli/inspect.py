"""vmcsgen inspect: decode a VMCS region or a container blob (KVM nested state) for a person
(text) or a program (JSON), reporting every rule a blob breaks."""

from __future__ import annotations

import argparse
import json

from vmcsgen.cli.common import AddCommand, load, read_input
from vmcsgen.cli.report import diagnostics_json, print_diagnostics, status
from vmcsgen.model.spec import SpecSet
from vmcsgen.state.api import decode
from vmcsgen.state.results import Decoded
from vmcsgen.state.text import blob_text, region_text


def _blob_json(decoded: Decoded) -> dict[str, object]:
    blob = decoded.blob
    assert blob is not None
    container = blob.container
    out: dict[str, object] = {"kind": container.kind}
    for member in container.value_members:
        value = None if blob.header is None else blob.header[member.name]
        if member.group is None:
            out[member.key] = value
        else:
            group = out.setdefault(member.group, {})
            assert isinstance(group, dict)
            group[member.key] = value
    for slot in container.regions:
        region = decoded.regions.get(slot.name)
        out[slot.name] = None if region is None else region.to_json()
    out["violations"] = [v.to_json() for v in decoded.violations]
    return out


def _text(decoded: Decoded, specs: SpecSet) -> list[str]:
    choice = decoded.choice
    if decoded.blob is None:
        assert choice is not None
        return region_text(specs, choice.region, choice.how)
    lines = blob_text(decoded.blob, list(decoded.violations), list(decoded.undecided))
    for name, region in decoded.regions.items():
        if region is not None and choice is not None:
            body = region_text(specs, region, choice.how)
            lines += ["", f"{name}:", *("  " + line if line else line for line in body)]
    return lines


def cmd_inspect(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    data = read_input(specs, args.file)
    decoded = decode(specs, data, layout=args.layout, path=args.file, force=args.force)
    print_diagnostics(decoded.diagnostics)
    if decoded.choice is None and decoded.blob is None:
        return 1
    if args.format == "json":
        region = decoded.region
        document = region.to_json() if region is not None else _blob_json(decoded)
        document["diagnostics"] = diagnostics_json(decoded.diagnostics)
        print(json.dumps(document, indent=2))
    else:
        print("\n".join(_text(decoded, specs)))
    return status(decoded.diagnostics)


def register(command: AddCommand) -> None:
    inspect = command("inspect", "decode a VMCS region or a KVM nested-state blob")
    inspect.add_argument("file", metavar="FILE", help="the region or blob; - reads standard input")
    inspect.add_argument(
        "--layout", metavar="NAME", help="decode under this layout (it wins over detection)"
    )
    inspect.add_argument(
        "--force",
        action="store_true",
        help="exit 0 although the region's revision id is not that of --layout",
    )
    inspect.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    inspect.set_defaults(run=cmd_inspect)
