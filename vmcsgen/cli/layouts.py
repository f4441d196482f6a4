"""vmcsgen list | show: the bundled layouts, and one layout member by member."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from vmcsgen.cli.common import AddCommand, find_layout, load
from vmcsgen.model.spec import Layout


def cmd_list(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    if args.format == "json":
        rows = [{"name": x.name, "revision": x.revision, "size": x.size} for x in specs.layouts]
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'layout':<26} {'revision':>10} {'region':>6} {'struct':>6} {'fields':>6}  title")
    for x in specs.layouts:
        print(
            f"{x.name:<26} {x.revision:#010x} {x.size:>6} {x.struct_size:>6} "
            f"{len(x.fields):>6}  {x.title}"
        )
    return 0


def _member_rows(layout: Layout) -> list[dict[str, object]]:
    return [
        {
            "name": m.name,
            "encoding": m.field.encoding.value if m.field else None,
            "offset": m.offset,
            "size": m.size,
            "kind": m.kind.value,
            "field": m.field.name if m.field else None,
            "width": m.field.encoding.width.label if m.field else None,
            "type": m.type.key if m.type else None,
            "group": m.group,
            "shadow": m.shadow.value if m.shadow else None,
        }
        for m in layout.members
    ]


def cmd_show(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    layout = find_layout(specs, args.layout)
    rows = _member_rows(layout)
    if args.format == "json":
        document = {
            "name": layout.name,
            "title": layout.title,
            "revision": layout.revision,
            "size": layout.size,
            "struct_size": layout.struct_size,
            "max_field_index": layout.max_field_index,
            "fields": rows,
        }
        print(json.dumps(document, indent=2))
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        print(
            f"{layout.name}: {layout.title}; revision {layout.revision:#010x}, region "
            f"{layout.size} bytes, struct {layout.struct_size} bytes, max field index "
            f"{layout.max_field_index:#x}"
        )
        print(f"{'offset':>6} {'size':>4}  {'member':<32} {'encoding':>10}  {'kind':<12} group")
        for row in rows:
            encoding = row["encoding"]
            shown = f"{encoding:#010x}" if isinstance(encoding, int) else "-"
            kind = row["type"] or row["kind"]
            print(
                f"{row['offset']:>6} {row['size']:>4}  {row['name']:<32} {shown:>10}  "
                f"{kind:<12} {row['group'] or ''}".rstrip()
            )
    return 0


def register(command: AddCommand) -> None:
    listing = command("list", "list the layouts")
    listing.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format"
    )
    listing.set_defaults(run=cmd_list)
    show = command("show", "show one layout member by member")
    show.add_argument("layout", help="layout name")
    show.add_argument(
        "--format", choices=("table", "json", "csv"), default="table", help="output format"
    )
    show.set_defaults(run=cmd_show)
