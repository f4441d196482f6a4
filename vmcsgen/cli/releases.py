"""vmcsgen releases: which Linux release added or removed each member of a layout family."""

from __future__ import annotations

import argparse
import json

from vmcsgen.cli.common import AddCommand, UsageError, load
from vmcsgen.model.history import Era, History, MemberSpan
from vmcsgen.model.spec import SpecSet


def _span_row(era: Era, span: MemberSpan, specs: SpecSet) -> dict[str, object]:
    member = span.defined or next(
        m for m in specs.by_name[era.layout].members if m.name == span.name
    )
    return {
        "member": span.name,
        "field": member.field.name if member.field else None,
        "offset": member.offset,
        "size": member.size,
        "since": span.since or era.releases[0],
        "until": span.until,
        "source": span.source,
    }


def _history_json(history: History, specs: SpecSet) -> dict[str, object]:
    return {
        "history": history.name,
        "title": history.title,
        "eras": [
            {
                "layout": era.layout,
                "releases": list(era.releases),
                "checked": {c.release: c.source for c in era.checked},
                "members": [_span_row(era, span, specs) for span in era.spans],
            }
            for era in history.eras
        ],
    }


def _print_table(history: History, specs: SpecSet) -> None:
    print(f"{history.name}: {history.title}")
    for era in history.eras:
        span = (
            era.releases[0] if len(era.releases) == 1 else f"{era.releases[0]}..{era.releases[-1]}"
        )
        checked = ", ".join(c.release for c in era.checked) or "none"
        print(f"\nreleases {span}: offsets of {era.layout}; read from a tree: {checked}")
        rows = [_span_row(era, s, specs) for s in era.spans]
        if not rows:
            print("  every member is in every release")
            continue
        print(f"  {'member':<22} {'field':<22} {'offset':>6} {'since':>6} {'until':>6}  source")
        for row in rows:
            print(
                f"  {row['member']!s:<22} {row['field'] or '-'!s:<22} {row['offset']:>6} "
                f"{row['since']!s:>6} {row['until'] or '-'!s:>6}  {row['source']}"
            )
        print(f"  every other member of {era.layout}: in every release from {era.releases[0]}")


def cmd_releases(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    histories = [h for h in specs.histories if args.history in (None, h.name)]
    if not histories:
        known = ", ".join(h.name for h in specs.histories) or "none"
        raise UsageError(f"no release history {args.history!r}; histories: {known}")
    if args.format == "json":
        print(json.dumps([_history_json(h, specs) for h in histories], indent=2))
        return 0
    for index, history in enumerate(histories):
        if index:
            print()
        _print_table(history, specs)
    return 0


def register(command: AddCommand) -> None:
    releases = command(
        "releases", "show which release added or removed each member (kvm_vmcs12@RELEASE)"
    )
    releases.add_argument(
        "history", metavar="HISTORY", nargs="?", help="the layout family (default: every one)"
    )
    releases.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format"
    )
    releases.set_defaults(run=cmd_releases)
