"""vmcsgen inspect: decode a VMCS region or a container blob (KVM nested state) for a person
(text) or a program (JSON), reporting every rule a blob breaks."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

from vmcsgen.analysis.identify import identify
from vmcsgen.analysis.nested import Blob, container_of, parse
from vmcsgen.analysis.region import DecodedRegion, decode
from vmcsgen.analysis.text import blob_text, region_text
from vmcsgen.cli.common import AddCommand, UsageError, find_layout, load, read_input
from vmcsgen.model.spec import Layout, SpecSet


@dataclass(frozen=True)
class Choice:
    """The layout a region is decoded under, how it was chosen, and whether that is certain."""

    region: DecodedRegion
    how: str
    certain: bool


def choose(specs: SpecSet, data: bytes, layout: Layout | None) -> Choice | None:
    if layout is not None:
        if len(data) != layout.size:
            raise UsageError(f"{layout.name} regions are {layout.size} bytes, not {len(data)}")
        return Choice(decode(layout, data), "--layout", True)
    found = identify(specs, data)
    if not found.candidates:
        return None
    if found.best is not None:
        return Choice(found.fitting[0].region, "identified", True)
    if found.fitting:
        names = ", ".join(c.layout.name for c in found.fitting)
        how = f"ambiguous: {names} fit but read it differently; pass --layout"
        return Choice(found.fitting[0].region, how, False)
    closest = found.candidates[0].layout.name
    return Choice(found.candidates[0].region, f"no layout fits; closest is {closest}", False)


def _inspect_region(args: argparse.Namespace, specs: SpecSet, data: bytes) -> int:
    layout = find_layout(specs, args.layout) if args.layout else None
    choice = choose(specs, data, layout)
    if choice is None:
        sizes = ", ".join(str(size) for size in sorted({lay.size for lay in specs.layouts}))
        blobs = ", ".join(f"{c.name} from {c.header_size}" for c in specs.containers)
        raise UsageError(
            f"{args.file}: {len(data)} bytes is neither a region ({sizes} bytes) "
            f"nor a blob ({blobs} bytes)"
        )
    if not choice.certain:
        print(f"{args.file}: warning: {choice.how}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(choice.region.to_json(), indent=2))
    else:
        print("\n".join(region_text(specs, choice.region, choice.how)))
    return 0 if choice.certain else 1


def _blob_json(
    blob: Blob, regions: dict[str, DecodedRegion | None], violations: list[dict[str, str]]
) -> dict[str, object]:
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
        region = regions.get(slot.name)
        out[slot.name] = None if region is None else region.to_json()
    out["violations"] = violations
    return out


def _inspect_blob(args: argparse.Namespace, specs: SpecSet, blob: Blob) -> int:
    layout = find_layout(specs, args.layout) if args.layout else None
    held = {name: data for name, data in blob.regions.items() if data is not None}
    first = next(iter(held.values()), None)
    choice = choose(specs, first, layout) if first is not None else None
    certain = choice is None or choice.certain
    if choice is not None and not choice.certain:
        print(f"{args.file}: warning: {choice.how}", file=sys.stderr)
    chosen = choice.region.layout if choice is not None and choice.certain else None
    regions: dict[str, DecodedRegion | None] = {name: None for name in blob.regions}
    if choice is not None:
        for name, data in held.items():
            regions[name] = decode(choice.region.layout, data)
    violations = blob.violations(chosen)
    undecided = blob.undecided(chosen)
    for v in violations:
        print(f"{args.file}: error: rule {v.id}: {v.message}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(_blob_json(blob, regions, [v.to_json() for v in violations]), indent=2))
    else:
        lines = blob_text(blob, violations, undecided)
        for name, region in regions.items():
            if region is not None and choice is not None:
                lines += [
                    "",
                    f"{name}:",
                    *(
                        "  " + line if line else line
                        for line in region_text(specs, region, choice.how)
                    ),
                ]
        print("\n".join(lines))
    return 1 if violations or not certain else 0


def cmd_inspect(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    data = read_input(args.file)
    container = container_of(specs, data)
    if container is None:
        return _inspect_region(args, specs, data)
    return _inspect_blob(args, specs, parse(container, data))


def register(command: AddCommand) -> None:
    inspect = command("inspect", "decode a VMCS region or a KVM nested-state blob")
    inspect.add_argument("file", metavar="FILE", help="region or nested-state blob")
    inspect.add_argument("--layout", metavar="NAME", help="decode under this layout")
    inspect.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    inspect.set_defaults(run=cmd_inspect)
