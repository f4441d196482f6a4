"""vmcsgen check | import: compare another project's C struct with a layout, or onboard it.

Both read the header with libclang (see `vmcsgen.reading.c_struct` for why libclang and not
DWARF). `check` prints every difference as `HEADER:line:col: error: ...` at the member's
declaration and exits 1; `import` writes a layout spec that `check` then finds identical.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, settings, specs_dir
from vmcsgen.cli.diff import LayoutNotFound, resolve_layout
from vmcsgen.export.layout_spec import render_layout_spec
from vmcsgen.model.diagnostics import Diagnostic, Diagnostics, Location, SpecError
from vmcsgen.model.spec import MemberKind, SpecSet
from vmcsgen.output.files import write_bytes_atomically
from vmcsgen.plans.struct_check import check_struct
from vmcsgen.plans.struct_import import ImportedLayout, check_mapping, import_struct
from vmcsgen.reading.c_struct import CStruct, FrontEndMissing, parse_struct
from vmcsgen.reading.loader import display_path, load_layout_file, load_specs
from vmcsgen.reading.member_map import read_member_map

# A VMCS region is one 4 KiB page (VMCS12_SIZE in KVM), the largest a layout spec allows.
REGION_SIZE = 4096


def _struct(args: argparse.Namespace, diags: Diagnostics) -> CStruct | None:
    header = Path(args.header)
    if not header.is_file():
        diags.error(Location(args.header), "no such header file")
        return None
    try:
        flags = shlex.split(args.cflags)
    except ValueError as err:
        raise UsageError(f"--cflags {args.cflags!r}: {err}") from None
    try:
        return parse_struct(header, args.struct, flags, diags)
    except FrontEndMissing as err:
        raise UsageError(str(err)) from None


def _specs(args: argparse.Namespace) -> SpecSet:
    return load_specs(specs_dir(args, settings()), args.proposals)


def cmd_check(args: argparse.Namespace) -> int:
    specs = _specs(args)
    diags = Diagnostics()
    try:
        layout = resolve_layout(args.layout, specs, diags)
    except LayoutNotFound as err:
        raise UsageError(str(err)) from None
    struct = _struct(args, diags)
    diags.check()
    assert layout is not None and struct is not None
    result = check_struct(struct, layout)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    print(result.summary(), file=sys.stderr if result.problems else sys.stdout)
    return 0 if result.clean else 1


def _report(imported: ImportedLayout) -> list[str]:
    lines = []
    for member in imported.unmatched:
        declared = f" ({member.note})" if member.note not in member.why else ""
        lines.append(
            f"{member.unit.location}: {member.name} (offset {member.offset}, {member.size} "
            f"bytes) -> {member.kind.value}: {member.why}{declared}"
        )
    for empty in imported.struct.byteless:
        lines.append(
            f"{empty.location}: {empty.name} ({empty.declaration()}) holds no byte of the "
            "struct: it has no member in the spec"
        )
    counts = {kind: sum(1 for m in imported.members if m.kind is kind) for kind in MemberKind}
    lines.append(
        f"layout {imported.name}: {len(imported.members)} members, {imported.struct.size} "
        f"bytes: {counts[MemberKind.FIELD]} catalog fields, {counts[MemberKind.HEADER]} "
        f"header, {counts[MemberKind.STATE]} state, {counts[MemberKind.PRIVATE]} private, "
        f"{counts[MemberKind.RESERVED]} reserved; {len(imported.unmatched)} not matched"
        + (" (listed above)" if imported.unmatched else "")
    )
    return lines


def _verified(text: str, imported: ImportedLayout, specs: SpecSet, shown: str) -> None:
    """The written spec must load and check clean against the struct; anything else is a bug
    in import, reported rather than written."""
    diags = Diagnostics()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{imported.name}.yaml"
        path.write_text(text, "utf-8")
        layout = load_layout_file(path, specs.catalog, diags)
        found = [
            Diagnostic(Location(shown, d.location.line, d.location.column), d.message)
            for d in diags.found
        ]
    if layout is not None and not found:
        found = list(check_struct(imported.struct, layout).problems)
    if found:
        found.append(Diagnostic(Location(shown), "vmcsgen import wrote an invalid spec (a bug)"))
        raise SpecError(found)


def cmd_import(args: argparse.Namespace) -> int:
    if not args.layout.isidentifier() or args.layout != args.layout.lower():
        raise UsageError(f"--layout {args.layout!r}: a layout name is a lower-case identifier")
    if not 0 <= args.revision < 1 << 31:
        raise UsageError(f"--revision {args.revision:#x}: a revision id has at most 31 bits")
    specs = _specs(args)
    diags = Diagnostics()
    mapping = read_member_map(Path(args.map), diags) if args.map else {}
    struct = _struct(args, diags)
    if struct is not None:
        check_mapping(struct, specs, mapping, diags)
        if struct.size > REGION_SIZE:
            diags.error(
                struct.location,
                f"struct {struct.name} is {struct.size} bytes; a VMCS region is {REGION_SIZE}",
            )
    diags.check()
    assert struct is not None
    imported = import_struct(struct, specs, args.layout, args.revision, REGION_SIZE, mapping)
    text = render_layout_spec(imported, args.header, args.cflags, args.map)
    shown = args.output or f"{args.layout}.yaml"
    _verified(text, imported, specs, shown)
    if args.output is not None:
        try:
            write_bytes_atomically(Path(args.output), text.encode())
        except OSError as err:
            raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
    report = sys.stderr if args.output is None else sys.stdout
    for line in _report(imported):
        print(line, file=report)
    if args.output is None:
        sys.stdout.write(text)
    else:
        print(f"wrote {display_path(Path(args.output))}")
    return 0


def _header_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("header", metavar="HEADER", help="C header that defines the struct")
    parser.add_argument("--struct", required=True, metavar="NAME", help="struct (or typedef)")
    parser.add_argument(
        "--cflags",
        default="",
        metavar="FLAGS",
        help='compiler flags as the project builds the header ("-Iinclude -DX -include y.h")',
    )


def _revision(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def register(command: AddCommand) -> None:
    check = command("check", "compare a C struct with a layout: every offset, size and shape")
    _header_arguments(check)
    check.add_argument(
        "--layout", required=True, metavar="LAYOUT", help="layout name or layout spec file"
    )
    check.set_defaults(run=cmd_check)
    imports = command("import", "write a layout spec for a C struct, members at their offsets")
    _header_arguments(imports)
    imports.add_argument("--layout", required=True, metavar="NEW", help="name of the new layout")
    imports.add_argument(
        "--revision", required=True, type=_revision, metavar="REV", help="VMCS revision id"
    )
    imports.add_argument(
        "--map", metavar="FILE", help="YAML: C member name -> catalog field or member kind"
    )
    imports.add_argument(
        "-o", "--output", metavar="FILE", help="spec file to write (default: standard output)"
    )
    imports.set_defaults(run=cmd_import)
