"""vmcsgen translate: convert a VMCS region, or every region of a nested-state blob, from one
layout to another, or run a declared sync into an existing region."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, load, read_input
from vmcsgen.cli.report import diagnostics_json, print_diagnostics
from vmcsgen.model.diagnostics import Diagnostic, Location, Severity, has_errors
from vmcsgen.output.files import write_bytes_atomically
from vmcsgen.state.api import translator
from vmcsgen.state.input import STDIN

STDOUT = "-"


def _write(output: str, data: bytes) -> Diagnostic | None:
    """Write `data` to `output` (`-`: standard output) in one rename; the reason it could
    not be written, if it could not."""
    where = Location.file(output)
    if output == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return None
    path = Path(output)
    if path.is_dir():
        return Diagnostic(where, "is a directory; name a file to write", code="unwritable")
    try:
        write_bytes_atomically(path, data)
    except OSError as err:
        reason = err.strerror or str(err)
        return Diagnostic(where, f"cannot be written: {reason}", code="unwritable")
    return None


def _finish(
    args: argparse.Namespace, found: list[Diagnostic], data: bytes | None, extra: dict[str, object]
) -> int:
    """Print what was found, write `data` unless an error stops it, and say which it was."""
    if data is not None and not has_errors(found):
        problem = _write(args.output, data)
        if problem is not None:
            found.append(problem)
    failed = has_errors(found)
    if failed:
        found.append(
            Diagnostic(Location.file(args.output), "not written", Severity.NOTE, "not-written")
        )
    report = sys.stderr if args.output == STDOUT else sys.stdout
    if args.format == "json":
        document = {
            "output": args.output,
            "written": not failed,
            **extra,
            "diagnostics": diagnostics_json(found),
        }
        print(json.dumps(document, indent=2), file=report)
        return 1 if failed else 0
    print_diagnostics(found)
    if not failed:
        assert data is not None
        print(f"wrote {args.output} ({len(data)} bytes, {args.target})", file=report)
    return 1 if failed else 0


def _convert(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    runner = translator(specs)
    chain = runner.chain(args.source, args.target)  # a usage error comes before reading
    data = read_input(specs, args.input)
    result = runner.translate(args.source, args.target, data, path=args.input, strict=args.strict)
    hops = len(chain.hops)
    found: list[Diagnostic] = []
    if args.format == "text":
        read_as = (
            f"; {args.source} -> {args.target} runs as {chain.source} -> {chain.target}"
            if (chain.source, chain.target) != (args.source, args.target)
            else ""
        )
        plural = "s" if hops != 1 else ""
        print(f"chain: {chain} ({hops} conversion{plural}){read_as}", file=sys.stderr)
    sync = runner.sync_for(args.source, args.target)
    if sync is not None:
        message = (
            f"sync {sync.name} not run; pass --sync to update an existing {args.target} "
            "region with it"
        )
        found.append(Diagnostic(Location.file(""), message, Severity.NOTE, "sync-not-run"))
    found += result.diagnostics
    extra: dict[str, object] = {"chain": [hop.name for hop in chain.hops]}
    return _finish(args, found, result.data, extra)


def _sync(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    runner = translator(specs)
    spec = runner.required_sync(args.source, args.target)
    if args.output == STDOUT or not Path(args.output).is_file():
        raise UsageError(f"{args.output}: --sync updates an existing {args.target} region")
    data = read_input(specs, args.input)
    into = read_input(specs, args.output)
    if args.format == "text":
        copied = ", ".join(sorted(t.key for t in spec.copy))
        print(
            f"running sync {spec.name}: writes the {copied} fields of {args.input} into "
            f"{args.output} and keeps its other bytes",
            file=sys.stderr,
        )
    result = runner.sync(
        args.source, args.target, data, into, path=args.input, into_path=args.output
    )
    return _finish(args, list(result.diagnostics), result.data, {"sync": spec.name})


def cmd_translate(args: argparse.Namespace) -> int:
    if args.strict and args.sync:
        raise UsageError("--strict applies to conversions; a sync reports no drops")
    return _sync(args) if args.sync else _convert(args)


def register(command: AddCommand) -> None:
    translate = command(
        "translate",
        "convert a binary VMCS region, or every region of a KVM nested-state blob (its header "
        "kept), between layouts along the shortest chain of declared conversions",
    )
    translate.add_argument("source", metavar="FROM", help="the layout of INPUT's regions")
    translate.add_argument("target", metavar="TO", help="the layout to write")
    translate.add_argument(
        "input",
        metavar="INPUT",
        help=f"a region or a nested-state blob; {STDIN} reads standard input. Bytes as long "
        "as a FROM region are taken as one",
    )
    translate.add_argument(
        "output",
        metavar="OUTPUT",
        help=f"the file to write (replaced in one rename); {STDOUT} writes standard output",
    )
    translate.add_argument(
        "--sync",
        action="store_true",
        help="run the declared sync (mode: update) FROM -> TO into the existing OUTPUT "
        "instead of converting",
    )
    translate.add_argument(
        "--strict",
        action="store_true",
        help="refuse the translation when a value is dropped or non-zero bytes are not carried",
    )
    translate.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="json: one report with every diagnostic (on standard error when OUTPUT is -)",
    )
    translate.set_defaults(run=cmd_translate)
