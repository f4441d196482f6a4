"""vmcsgen list | show: the bundled layouts, and one layout member by member."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys

from vmcsgen.cli.common import AddCommand, find_layout, load
from vmcsgen.model.spec import Layout, SpecSet


def _containers(specs: SpecSet, as_json: bool) -> None:
    if as_json:
        rows = [
            {
                "name": c.name,
                "kind": c.kind,
                "header_size": c.header_size,
                "sizes": list(c.shapes),
                "regions": [slot.name for slot in c.regions],
                "rules": len(c.rules),
            }
            for c in specs.containers
        ]
        print(json.dumps(rows, indent=2))
        return
    print(f"{'container':<26} {'header':>6} {'sizes':<16} {'rules':>5}  title")
    for c in specs.containers:
        sizes = ",".join(str(size) for size in c.shapes)
        print(f"{c.name:<26} {c.header_size:>6} {sizes:<16} {len(c.rules):>5}  {c.title}")


def _translations(specs: SpecSet, as_json: bool) -> None:
    if as_json:
        rows = [
            {"name": t.name, "source": t.source, "target": t.target, "mode": t.mode.value}
            for t in specs.translations
        ]
        print(json.dumps(rows, indent=2))
        return
    print(f"{'translation':<42} {'mode':<8} from -> to")
    for t in specs.translations:
        print(f"{t.name:<42} {t.mode.value:<8} {t.source} -> {t.target}")


def cmd_list(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    if args.kind != "layouts":
        (_containers if args.kind == "containers" else _translations)(specs, args.format == "json")
        return 0
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
        print(
            f"{'offset':>6} {'size':>4}  {'member':<32} {'encoding':>10}  {'kind':<12} "
            f"{'shadow':<10} group"
        )
        for row in rows:
            encoding = row["encoding"]
            shown = f"{encoding:#010x}" if isinstance(encoding, int) else "-"
            kind = row["type"] or row["kind"]
            print(
                f"{row['offset']:>6} {row['size']:>4}  {row['name']:<32} {shown:>10}  "
                f"{kind:<12} {row['shadow'] or '-':<10} {row['group'] or ''}".rstrip()
            )
    return 0


def register(command: AddCommand) -> None:
    listing = command("list", "list the layouts, the containers or the translations")
    kinds = listing.add_mutually_exclusive_group()
    for kind in ("layouts", "containers", "translations"):
        kinds.add_argument(
            f"--{kind}",
            dest="kind",
            action="store_const",
            const=kind,
            help=f"list the {kind}" + (" (the default)" if kind == "layouts" else ""),
        )
    listing.set_defaults(kind="layouts")
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
