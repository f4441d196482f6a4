"""vmcsgen translate: convert a binary VMCS region from one layout to another."""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

from vmcsgen.analysis.nested import BlobRejected, regions_of, translate_whole
from vmcsgen.cli.common import AddCommand, UsageError, find_layout, load
from vmcsgen.export import python
from vmcsgen.model.spec import SpecSet
from vmcsgen.output.files import write_bytes_atomically
from vmcsgen.plans.translation_plan import build_plans
from vmcsgen.reading.settings import Config


def translation_module(specs: SpecSet, config: Config) -> types.ModuleType:
    """The translations module, rendered from these specs and loaded without writing it."""
    text = python.render_translations(build_plans(specs), [specs.root], config.spdx)
    module = types.ModuleType("vmcsgen_translations_runtime")
    exec(compile(text, "<vmcsgen translations>", "exec"), module.__dict__)
    return module


def cmd_translate(args: argparse.Namespace) -> int:
    specs, config = load(args)
    source, target = find_layout(specs, args.source), find_layout(specs, args.target)
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
        result = translate_whole(specs, data, source, target, getattr(module, name))
    except BlobRejected as rejected:
        for v in rejected.violations:
            print(f"{args.input}: error: rule {v.id}: {v.message}", file=sys.stderr)
        what = "the nested state" if rejected.stage == "input" else "the translated nested state"
        print(f"{args.input}: error: {what} is refused; {args.output} not written", file=sys.stderr)
        return 1
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
    notes = (
        [d for region in regions_of(specs, data) for d in discarded(region)] if discarded else []
    )
    for d in notes:
        print(
            f"{args.input}: note: {d.field} = {d.value:#x} discarded: {d.reason}", file=sys.stderr
        )
    write_bytes_atomically(Path(args.output), bytes(result))
    print(f"wrote {args.output} ({len(result)} bytes, {args.target})")
    return 0


def register(command: AddCommand) -> None:
    translate = command("translate", "convert a binary VMCS region between layouts")
    translate.add_argument("source", metavar="FROM")
    translate.add_argument("target", metavar="TO")
    translate.add_argument("input", metavar="INPUT")
    translate.add_argument("output", metavar="OUTPUT")
    translate.set_defaults(run=cmd_translate)
