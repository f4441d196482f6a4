"""vmcsgen translate: convert a binary VMCS region from one layout to another."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vmcsgen.analysis.nested import BlobRejected, translate_whole
from vmcsgen.cli.common import AddCommand, UsageError, find_layout, load, read_input
from vmcsgen.export.runtime import (
    BadRegion,
    HopValue,
    NoTranslation,
    RegionTranslator,
    TranslationRefused,
    UnusedBytes,
)
from vmcsgen.model.spec import SpecSet
from vmcsgen.output.files import write_bytes_atomically


def _refused(input_path: str, output: str, refused: TranslationRefused) -> int:
    for item in refused.lost:
        print(
            f"{input_path}: error: {item.field} = {item.value:#x} would be lost "
            f"in {item.hop}: {item.reason}",
            file=sys.stderr,
        )
    print(
        f"{input_path}: error: {refused.what} refused at {refused.hop}, "
        f"{len(refused.lost)} blocking field(s); {output} not written",
        file=sys.stderr,
    )
    return 1


def _convert(translator: RegionTranslator, specs: SpecSet, args: argparse.Namespace) -> int:
    """A region, or every region of a nested-state blob at once (header and size kept)."""
    chain = translator.chain(args.source, args.target)  # a usage error comes before reading
    source, target = find_layout(specs, args.source), find_layout(specs, args.target)
    dropped: list[HopValue] = []
    unused: list[UnusedBytes] = []

    def convert(region: bytes) -> bytes:
        translated = translator.translate(args.source, args.target, region)
        dropped.extend(translated.dropped)
        unused.extend(translated.unused)
        return translated.region

    result = translate_whole(specs, read_input(args.input), source, target, convert)
    hops = len(chain.hops)
    read_as = (
        f"; {args.source} -> {args.target} runs as {chain.source} -> {chain.target}"
        if (chain.source, chain.target) != (args.source, args.target)
        else ""
    )
    print(f"chain: {chain} ({hops} conversion{'s' if hops != 1 else ''}){read_as}", file=sys.stderr)
    sync = translator.sync_for(args.source, args.target)
    if sync is not None:
        print(
            f"note: sync {sync.name} not run; pass --sync to update an existing {args.target} "
            "region with it",
            file=sys.stderr,
        )
    for item in dropped:
        print(
            f"{args.input}: note: {item.field} = {item.value:#x} dropped by {item.hop}: "
            f"{item.reason}",
            file=sys.stderr,
        )
    for spare in unused:
        span = spare.span
        print(
            f"{args.input}: note: {span.name} (bytes {span.offset}..{span.end - 1}) holds "
            f"{spare.nonzero} non-zero byte{'s' if spare.nonzero != 1 else ''} that "
            f"{spare.layout} leaves unused; they are not carried (is the region in another "
            "layout? see vmcsgen identify)",
            file=sys.stderr,
        )
    write_bytes_atomically(Path(args.output), result)
    return len(result)


def _sync(translator: RegionTranslator, args: argparse.Namespace) -> int:
    spec = translator.required_sync(args.source, args.target)
    data = read_input(args.input)
    if not Path(args.output).is_file():
        raise UsageError(f"{args.output}: --sync updates an existing {args.target} region")
    into = read_input(args.output)
    copied = ", ".join(sorted(t.key for t in spec.copy))
    print(
        f"running sync {spec.name}: writes the {copied} fields of {args.input} into "
        f"{args.output} and keeps its other bytes",
        file=sys.stderr,
    )
    region = translator.sync(args.source, args.target, data, into)
    write_bytes_atomically(Path(args.output), region)
    return len(region)


def cmd_translate(args: argparse.Namespace) -> int:
    specs, config = load(args)
    translator = RegionTranslator(specs, config.spdx)
    try:
        size = _sync(translator, args) if args.sync else _convert(translator, specs, args)
    except TranslationRefused as refused:
        return _refused(args.input, args.output, refused)
    except BlobRejected as rejected:
        for violation in rejected.violations:
            print(f"{args.input}: error: rule {violation.id}: {violation.message}", file=sys.stderr)
        what = "the nested state" if rejected.stage == "input" else "the translated nested state"
        print(f"{args.input}: error: {what} is refused; {args.output} not written", file=sys.stderr)
        return 1
    except BadRegion as err:
        path = args.input if err.role == "input" else args.output
        print(f"{path}: error: {err}; {args.output} not written", file=sys.stderr)
        return 1
    except NoTranslation as err:
        raise UsageError(str(err)) from None
    print(f"wrote {args.output} ({size} bytes, {args.target})")
    return 0


def register(command: AddCommand) -> None:
    translate = command(
        "translate",
        "convert a binary VMCS region between layouts, along the shortest chain of "
        "declared conversions",
    )
    translate.add_argument("source", metavar="FROM")
    translate.add_argument("target", metavar="TO")
    translate.add_argument("input", metavar="INPUT")
    translate.add_argument("output", metavar="OUTPUT")
    translate.add_argument(
        "--sync",
        action="store_true",
        help="run the declared sync (mode: update) FROM -> TO into the existing OUTPUT "
        "instead of converting",
    )
    translate.set_defaults(run=cmd_translate)
