"""vmcsgen field NAME|ENCODING: one field's reference, from the catalog, every layout and
the bits spec."""

from __future__ import annotations

import argparse
import json

from vmcsgen.cli.common import AddCommand, UsageError, load
from vmcsgen.model.catalog import CatalogField
from vmcsgen.model.encoding import ACCESS_HIGH
from vmcsgen.model.spec import SpecSet


def find_field(specs: SpecSet, query: str) -> CatalogField:
    """A catalog field by name (any case) or by encoding (hex or decimal, HIGH half too)."""
    by_name = specs.catalog.by_name.get(query.upper())
    if by_name is not None:
        return by_name
    try:
        encoding = int(query, 0)
    except ValueError:
        raise UsageError(f"no field {query!r} in the catalog (a name or an encoding)") from None
    for field in specs.catalog.fields:
        value = field.encoding.value
        if encoding == value or (
            field.encoding.high is not None and encoding == value | ACCESS_HIGH
        ):
            return field
    raise UsageError(f"no field has encoding {encoding:#010x}")


def field_document(specs: SpecSet, field: CatalogField) -> dict[str, object]:
    """The JSON reference: values are as they sit in the field (shifted to their range)."""
    enc = field.encoding
    layouts: dict[str, object] = {}
    for layout in specs.layouts:
        member = layout.by_identity.get(f"field:{field.name}")
        layouts[layout.name] = (
            None
            if member is None
            else {
                "member": member.name,
                "offset": member.offset,
                "size": member.size,
                "group": member.group,
                "shadow": member.shadow.value if member.shadow else None,
            }
        )
    fmt = specs.field_bits(field.name)
    bits: list[dict[str, object]] = []
    values: list[dict[str, object]] = []
    masks: list[dict[str, object]] = []
    constants: list[dict[str, object]] = []
    if fmt is not None:
        bits = [{"name": f.name, "bit": f.bit, "description": f.description} for f in fmt.flags]
        for r in fmt.ranges:
            masks.append(
                {
                    "name": r.name,
                    "high": r.high,
                    "low": r.low,
                    "mask": r.mask,
                    "description": r.description,
                }
            )
            values += [
                {"name": v.name, "value": v.value << r.low, "description": v.description}
                for v in r.values
            ]
        values += [
            {"name": v.name, "value": v.value, "description": v.description} for v in fmt.values
        ]
        constants = [
            {"name": c.name, "value": c.value, "description": c.description} for c in fmt.constants
        ]
    return {
        "name": field.name,
        "encoding": enc.value,
        "width": enc.width.label,
        "type": enc.type.key,
        "index": enc.index,
        "layouts": layouts,
        "bits": bits,
        "values": values,
        "masks": masks,
        "constants": constants,
    }


def _print_text(specs: SpecSet, field: CatalogField) -> None:
    enc = field.encoding
    high = f", HIGH half {enc.high:#010x}" if enc.high is not None else ""
    print(
        f"{field.name}: encoding {enc.value:#010x}{high}; {enc.width.label} "
        f"{enc.type.label}, index {enc.index:#x}"
    )
    print()
    print(f"{'layout':<26} {'offset':>6} {'size':>4}  {'member':<32} group / shadow")
    for layout in specs.layouts:
        member = layout.by_identity.get(f"field:{field.name}")
        if member is None:
            print(f"{layout.name:<26} {'-':>6}")
            continue
        extra = " ".join(x for x in (member.group, member.shadow and member.shadow.value) if x)
        print(
            f"{layout.name:<26} {member.offset:>6} {member.size:>4}  {member.name:<32} "
            f"{extra}".rstrip()
        )
    fmt = specs.field_bits(field.name)
    if fmt is None:
        return
    print()
    print(f"{fmt.title}:")
    for flag in fmt.flags:
        sdm = f" [{flag.sdm}]" if flag.sdm else ""
        print(f"  {'bit ' + str(flag.bit):<10} {flag.name:<40} {flag.description}{sdm}")
    for r in fmt.ranges:
        print(f"  {f'bits {r.high}:{r.low}':<10} {r.name:<40} {r.description}")
        for v in r.values:
            print(f"    {v.value << r.low:>#8x} {v.name:<40} {v.description}")
    for v in fmt.values:
        print(f"  {v.value:>#10x} {v.name:<40} {v.description}")
    for c in fmt.constants:
        print(f"  {c.value:>#10x} {c.name:<40} {c.description}")


def cmd_field(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    field = find_field(specs, args.field)
    if args.format == "json":
        print(json.dumps(field_document(specs, field), indent=2))
    else:
        _print_text(specs, field)
    return 0


def register(command: AddCommand) -> None:
    field = command("field", "one field's reference: encoding, place in every layout, bits")
    field.add_argument(
        "field", metavar="NAME|ENCODING", help="catalog name or encoding (a HIGH half too)"
    )
    field.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    field.set_defaults(run=cmd_field)
