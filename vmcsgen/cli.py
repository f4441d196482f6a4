"""Command line: vmcsgen validate|generate|list|show|translate|diff|docs."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
import types
from collections.abc import Sequence
from pathlib import Path

from vmcsgen import __version__, export_python
from vmcsgen.compat import GitRevisionError, LayoutNotFound, run_diff, run_diff_since
from vmcsgen.config import Config, load_config
from vmcsgen.diagnostics import Diagnostics, SpecError
from vmcsgen.export_docs import render_docs
from vmcsgen.generate import Rendered, check_outputs, render_outputs, write_outputs
from vmcsgen.loader import display_path, load_specs
from vmcsgen.model import Layout, SpecSet
from vmcsgen.package_data import package_folder
from vmcsgen.translation_plan import build_plans


class UsageError(Exception):
    """A request that cannot be carried out; reported as `vmcsgen: error: ...`."""


def bundled_specs() -> Path:
    return Path(str(package_folder("vmcsgen.specs", "specs")))


def _config() -> Config:
    diags = Diagnostics()
    config = load_config(Path.cwd(), diags)
    diags.check()
    return config


def _specs_dir(args: argparse.Namespace, config: Config) -> Path:
    if args.specs is not None:
        return Path(args.specs)
    return config.specs if config.specs.is_dir() else bundled_specs()


def _load(args: argparse.Namespace) -> tuple[SpecSet, Config]:
    config = _config()
    return load_specs(_specs_dir(args, config)), config


def _layout(specs: SpecSet, name: str) -> Layout:
    layout = specs.by_name.get(name)
    if layout is None:
        raise UsageError(f"no layout {name!r}; known: {', '.join(sorted(specs.by_name))}")
    return layout


def cmd_validate(args: argparse.Namespace) -> int:
    specs, _ = _load(args)
    fields = sum(len(layout.fields) for layout in specs.layouts)
    print(
        f"{specs.root}: {len(specs.catalog.fields)} catalog fields, {len(specs.layouts)} "
        f"layouts ({fields} field members), {len(specs.translations)} translations: ok"
    )
    return 0


def _progress_line(done: int, total: int, path: str) -> None:
    """One self-overwriting line on a terminal while black formats the outputs."""
    print(f"\r\033[K[{done + 1}/{total}] {path}", end="", file=sys.stderr, flush=True)


def _write_or_check(out: Path, outputs: list[Rendered], check: bool, regenerate: str) -> int:
    if check:
        status = check_outputs(out, outputs)
        for label, paths in (
            ("stale", status.stale),
            ("missing", status.missing),
            ("extra", status.extra),
        ):
            for path in paths:
                print(f"{display_path(out / path)}: {label}", file=sys.stderr)
        if not status.clean:
            print(f"files are out of date: run `{regenerate}`", file=sys.stderr)
            return 1
        print(f"{display_path(out)}: {len(outputs)} files up to date")
        return 0
    written = write_outputs(out, outputs, _progress_line if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    for path in written:
        print(f"wrote {display_path(out / path)}")
    print(f"{display_path(out)}: {len(outputs)} files, {len(written)} changed")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    specs, config = _load(args)
    out = Path(args.out) if args.out is not None else config.out
    return _write_or_check(out, render_outputs(specs, config), args.check, "vmcsgen generate")


def cmd_docs(args: argparse.Namespace) -> int:
    specs, _ = _load(args)
    outputs = [Rendered(path, text) for path, text in render_docs(specs)]
    return _write_or_check(Path(args.out), outputs, args.check, f"vmcsgen docs --out {args.out}")


def cmd_list(args: argparse.Namespace) -> int:
    specs, _ = _load(args)
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
        }
        for m in layout.members
    ]


def cmd_show(args: argparse.Namespace) -> int:
    specs, _ = _load(args)
    layout = _layout(specs, args.layout)
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


def translation_module(specs: SpecSet, config: Config) -> types.ModuleType:
    """The translations module, rendered from these specs and loaded without writing it."""
    text = export_python.render_translations(build_plans(specs), [specs.root], config.spdx)
    module = types.ModuleType("vmcsgen_translations_runtime")
    exec(compile(text, "<vmcsgen translations>", "exec"), module.__dict__)
    return module


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def cmd_translate(args: argparse.Namespace) -> int:
    specs, config = _load(args)
    _layout(specs, args.source)
    _layout(specs, args.target)
    pairs = {(t.source, t.target) for t in specs.translations}
    if (args.source, args.target) not in pairs:
        known = ", ".join(f"{a} -> {b}" for a, b in sorted(pairs))
        raise UsageError(
            f"no translation {args.source} -> {args.target} in the specs; known: {known}"
        )
    try:
        data = Path(args.input).read_bytes()
    except OSError as err:
        raise UsageError(f"{args.input}: {err.strerror or err}") from None
    module = translation_module(specs, config)
    name = f"{args.source}_to_{args.target}"
    try:
        result = getattr(module, name)(data)
    except module.TranslationBlocked as blocked:
        for b in blocked.blockers:
            print(
                f"{args.input}: error: {b.field} = {b.value:#x} would be lost: {b.reason}",
                file=sys.stderr,
            )
        print(
            f"{args.input}: error: {name} refused, {len(blocked.blockers)} blocking "
            f"field(s); {args.output} not written",
            file=sys.stderr,
        )
        return 1
    except module.TranslationError as err:
        print(f"{args.input}: error: {err}", file=sys.stderr)
        return 1
    discarded = getattr(module, f"{name}_discarded", None)
    for d in discarded(data) if discarded else ():
        print(
            f"{args.input}: note: {d.field} = {d.value:#x} discarded: {d.reason}", file=sys.stderr
        )
    _write_atomically(Path(args.output), bytes(result))
    print(f"wrote {args.output} ({len(result)} bytes, {args.target})")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    config = _config()
    specs_dir = _specs_dir(args, config)
    layouts = [name for name in (args.old, args.new) if name is not None]
    if (args.since is None) == (len(layouts) != 2):
        raise UsageError("diff takes OLD and NEW, or --since REV alone")
    try:
        if args.since is not None:
            lines, status = run_diff_since(args.since, specs_dir)
        else:
            lines, status = run_diff(args.old, args.new, specs_dir)
    except (LayoutNotFound, GitRevisionError) as err:
        raise UsageError(str(err)) from None
    print("\n".join(lines))
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vmcsgen",
        description="Exact VMCS layouts from YAML specs: accessors, C headers, translations.",
    )
    parser.add_argument("--version", action="version", version=f"vmcsgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--specs", metavar="DIR", help="spec directory (default: from config)")
        return sub

    command("validate", "check the specs and report every error").set_defaults(run=cmd_validate)
    generate = command("generate", "write Python and C outputs for the specs")
    generate.add_argument("--out", metavar="DIR", help="output directory (default: from config)")
    generate.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if outputs are stale"
    )
    generate.set_defaults(run=cmd_generate)
    listing = command("list", "list the layouts")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(run=cmd_list)
    show = command("show", "show one layout member by member")
    show.add_argument("layout")
    show.add_argument("--format", choices=("table", "json", "csv"), default="table")
    show.set_defaults(run=cmd_show)
    translate = command("translate", "convert a binary VMCS region between layouts")
    translate.add_argument("source", metavar="FROM")
    translate.add_argument("target", metavar="TO")
    translate.add_argument("input", metavar="INPUT")
    translate.add_argument("output", metavar="OUTPUT")
    translate.set_defaults(run=cmd_translate)
    docs = command("docs", "draw every layout and translation as SVG, with a field reference")
    docs.add_argument("--out", metavar="DIR", required=True, help="output directory")
    docs.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    docs.set_defaults(run=cmd_docs)
    diff = command("diff", "classify the changes from layout OLD to NEW as breaking or compatible")
    diff.add_argument("old", metavar="OLD", nargs="?", help="layout name or layout spec file")
    diff.add_argument("new", metavar="NEW", nargs="?", help="layout name or layout spec file")
    diff.add_argument(
        "--since", metavar="REV", help="compare every layout spec with its version at git REV"
    )
    diff.set_defaults(run=cmd_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except SpecError as err:
        for diagnostic in err.diagnostics:
            print(diagnostic, file=sys.stderr)
        count = len(err.diagnostics)
        print(f"{count} error{'s' if count != 1 else ''}; nothing written", file=sys.stderr)
        return 1
    except UsageError as err:
        print(f"vmcsgen: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`vmcsgen show ... | head`); silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
