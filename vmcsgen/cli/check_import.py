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
from collections.abc import Callable, Sequence
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, settings, specs_dir
from vmcsgen.cli.diff import LayoutNotFound, resolve_layout
from vmcsgen.export.layout_spec import render_layout_spec
from vmcsgen.model.diagnostics import Diagnostic, Diagnostics, Location, SpecError
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.output.files import write_bytes_atomically
from vmcsgen.plans.struct_check import check_struct, data_names
from vmcsgen.plans.struct_import import (
    ImportedLayout,
    check_mapping,
    check_member_names,
    import_struct,
)
from vmcsgen.reading.bounded_parse import (
    DEFAULT_MEBIBYTES,
    DEFAULT_SECONDS,
    ParseLimits,
    parse_struct_bounded,
)
from vmcsgen.reading.c_struct import CStruct, FrontEndMissing
from vmcsgen.reading.kernel_tree import KernelTreeError, find_kernel_tree
from vmcsgen.reading.loader import display_path, load_layout_file, load_specs
from vmcsgen.reading.member_map import read_member_map

# A VMCS region is one 4 KiB page (VMCS12_SIZE in KVM), the largest a layout spec allows.
REGION_SIZE = 4096
CFLAGS = "--cflags"


def compiler_flags(values: list[str]) -> list[str]:
    """Every --cflags value split as a shell splits it, in the order given."""
    flags: list[str] = []
    for value in values:
        try:
            flags.extend(shlex.split(value))
        except ValueError as err:
            raise UsageError(f"--cflags {value!r}: {err}") from None
    return flags


def join_flag_values(argv: Sequence[str]) -> list[str]:
    """The command line with each `--cflags VALUE` glued into `--cflags=VALUE`, so that a
    value starting with `-` (`--cflags -I/dir`) is not taken for an option, and with what
    follows `--` in check and import taken as compiler flags."""
    joined: list[str] = []
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == CFLAGS and words:
            joined.append(f"{CFLAGS}={words.pop(0)}")
        elif word == "--" and _command(joined) in ("check", "import"):
            joined.append(f"{CFLAGS}={shlex.join(words)}")
            words = []
        else:
            joined.append(word)
    return joined


def _command(words: list[str]) -> str | None:
    """The subcommand among the words seen so far: the first that is neither an option nor
    the value of --specs."""
    values = {i + 1 for i, word in enumerate(words) if word == "--specs"}
    return next(
        (word for i, word in enumerate(words) if not word.startswith("-") and i not in values),
        None,
    )


def _struct(args: argparse.Namespace, diags: Diagnostics) -> CStruct | None:
    header = Path(args.header)
    if not header.is_file():
        diags.error(Location(args.header), "no such header file")
        return None
    flags = compiler_flags(args.cflags)
    if args.kernel_tree is not None:
        try:
            flags = [*find_kernel_tree(Path(args.kernel_tree)).flags(), *flags]
        except KernelTreeError as err:
            raise UsageError(str(err)) from None
    limits = ParseLimits(args.parse_seconds, args.parse_memory)
    try:
        struct = parse_struct_bounded(header, args.struct, flags, diags, REGION_SIZE, limits)
    except FrontEndMissing as err:
        raise UsageError(str(err)) from None
    if struct is not None and struct.notes:
        for note in struct.notes:
            _note(note.location, note.message)
        _note(
            struct.header,
            f"{len(struct.notes)} compiler errors outside struct {struct.name} and the types "
            "it uses (listed above): the struct was still read",
        )
    return struct


def _note(where: object, message: str) -> None:
    print(f"{where}: note: {message}", file=sys.stderr)


def _specs(args: argparse.Namespace) -> SpecSet:
    return load_specs(specs_dir(args, settings()), args.proposals)


def _layout_to_check(arg: str, specs: SpecSet, diags: Diagnostics) -> Layout | None:
    """The layout named `arg`, or the one in the spec file `arg`: a file's layout is checked
    even when the spec set has a layout of the same name, and a note says so."""
    try:
        layout = resolve_layout(arg, specs, diags)
    except LayoutNotFound as err:
        raise UsageError(str(err)) from None
    namesake = specs.by_name.get(layout.name) if layout is not None else None
    if layout is not None and namesake is not None and namesake is not layout:
        _note(
            layout.path,
            f"its layout {layout.name} is also a layout of the spec set ({namesake.path}); "
            f"checking against {layout.path}",
        )
    return layout


def cmd_check(args: argparse.Namespace) -> int:
    specs = _specs(args)
    diags = Diagnostics()
    layout = _layout_to_check(args.layout, specs, diags)
    struct = _struct(args, diags)
    diags.check()
    assert layout is not None and struct is not None
    result = check_struct(struct, layout, data_names(specs))
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
        found = list(check_struct(imported.struct, layout, data_names(specs)).problems)
    if found:
        found.append(Diagnostic(Location(shown), "vmcsgen import wrote an invalid spec (a bug)"))
        raise SpecError(found)


def cmd_import(args: argparse.Namespace) -> int:
    if not args.layout.isidentifier() or args.layout != args.layout.lower():
        raise UsageError(f"--layout {args.layout!r}: a layout name is a lower-case identifier")
    if not 0 <= args.revision < 1 << 31:
        raise UsageError(f"--revision {args.revision:#x}: a revision id has at most 31 bits")
    specs = _specs(args)
    namesake = specs.by_name.get(args.layout)
    if namesake is not None:
        raise UsageError(
            f"--layout {args.layout!r}: the spec set already has layout {args.layout} "
            f"({namesake.path}); choose another name"
        )
    diags = Diagnostics()
    mapping = read_member_map(Path(args.map), diags) if args.map else {}
    struct = _struct(args, diags)
    if struct is not None:
        check_member_names(struct, diags)
        check_mapping(struct, specs, mapping, diags)
        if struct.size > REGION_SIZE:
            diags.error(
                struct.location,
                f"struct {struct.name} is {struct.size} bytes; a VMCS region is {REGION_SIZE}",
            )
    diags.check()
    assert struct is not None
    imported = import_struct(struct, specs, args.layout, args.revision, REGION_SIZE, mapping)
    text = render_layout_spec(
        imported, args.header, " ".join(args.cflags), args.map, args.kernel_tree
    )
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
        CFLAGS,
        action="append",
        default=[],
        metavar="FLAGS",
        help='compiler flags as the project builds the header ("-Iinclude -DX -include y.h"),'
        " split as the shell splits them; repeatable, in order; flags after -- count too",
    )
    parser.add_argument(
        "--kernel-tree",
        metavar="DIR",
        help="parse as kbuild compiles a file of this x86-64 kernel: a configured source "
        "tree, its O= build folder or a linux-headers package (include paths, forced "
        "headers, defines); --cflags come after",
    )
    parser.add_argument(
        "--parse-seconds",
        type=_positive(float),
        default=DEFAULT_SECONDS,
        metavar="S",
        help=f"stop a parse that takes longer (default {DEFAULT_SECONDS})",
    )
    parser.add_argument(
        "--parse-memory",
        type=_positive(int),
        default=DEFAULT_MEBIBYTES,
        metavar="MIB",
        help=f"stop a parse that takes more memory (default {DEFAULT_MEBIBYTES} MiB)",
    )


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0: {text!r}")
        return value

    return parse


def _revision(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def register(command: AddCommand) -> None:
    check = command("check", "compare a C struct with a layout: every offset, size and shape")
    _header_arguments(check)
    check.add_argument(
        "--layout",
        required=True,
        metavar="LAYOUT",
        help="layout name or layout spec file; a file is checked as it is, even when its "
        "layout has the name of one in the spec set (a note says so)",
    )
    check.set_defaults(run=cmd_check)
    imports = command("import", "write a layout spec for a C struct, members at their offsets")
    _header_arguments(imports)
    imports.add_argument(
        "--layout",
        required=True,
        metavar="NEW",
        help="name of the new layout: a lower-case identifier that no layout of the spec set "
        "has",
    )
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
