"""vmcsgen preflight: would KVM restore this nested state on the destination, and would the
destination release's struct vmcs12 keep every value?"""

from __future__ import annotations

import argparse
import json

from vmcsgen.cli.common import AddCommand, UsageError, load, read_input
from vmcsgen.cli.report import diagnostics_json, print_diagnostics
from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.reading.caps_loader import UnknownProfile, find_caps, load_caps
from vmcsgen.state.entry_checks import CheckResult, Verdict
from vmcsgen.state.preflight import Preflight, preflight, shown

# Without --caps or --cpu: everything KVM of Linux 6.1 can offer an L1 (a bundled profile).
DEFAULT_CPU = "kvm-6.1"


def destination(args: argparse.Namespace) -> CapabilityProfile:
    if args.caps is not None:
        return load_caps(args.caps)
    try:
        return find_caps(args.cpu or DEFAULT_CPU)
    except UnknownProfile as err:
        raise UsageError(str(err)) from None


def _check_lines(result: CheckResult) -> list[str]:
    check = result.planned.check
    if result.verdict is Verdict.UNDECIDED:
        return [f"undecided {check.id}: {result.why}"]
    lines = [f"broken {check.id} ({check.enforced_by.value}, SDM {check.sdm}): {check.message}"]
    if result.values:
        lines.append("  " + ", ".join(f"{n} = {shown(n, v)}" for n, v in result.values))
    lines.append(f"  kvm: {check.kvm}")
    return lines


def _text(found: Preflight, args: argparse.Namespace) -> list[str]:
    choice = found.decoded.choice
    kind = "region" if found.decoded.blob is None else found.decoded.blob.container.name
    read = f", read as {choice.region.layout.name}" if choice is not None else ""
    caps = found.caps
    lines = [
        f"{args.file}: {kind}{read}",
        f"profile: {caps.name} ({caps.title})" if caps is not None else "profile: none",
        (
            f"checks: those of Linux {found.kernel}"
            if found.kernel
            else "checks: the newest release's"
        ),
        f"entered: {'yes' if found.entered else 'no'}; {len(found.results)} checks run, "
        f"{found.count(Verdict.BROKEN)} broken, {found.count(Verdict.UNDECIDED)} undecided",
    ]
    for result in found.reported:
        lines += _check_lines(result)
    lines.append("accepted: yes" if found.accepted else "accepted: no")
    return lines


def cmd_preflight(args: argparse.Namespace) -> int:
    specs, _ = load(args)
    caps = destination(args)
    data = read_input(specs, args.file)
    found = preflight(
        specs,
        data,
        caps=caps,
        kernel=args.kernel,
        launched=True if args.launched else None,
        layout=args.layout,
        path=args.file,
    )
    print_diagnostics(found.diagnostics)
    if args.format == "json":
        document: dict[str, object] = {"input": args.file, **found.to_json()}
        document["diagnostics"] = diagnostics_json(found.diagnostics)
        print(json.dumps(document, indent=2))
    elif found.decoded.choice or found.decoded.blob:  # else the errors say why nothing was read
        print("\n".join(_text(found, args)))
    return 0 if found.accepted else 1


def register(command: AddCommand) -> None:
    cmd = command(
        "preflight",
        "check a nested state as KVM would restore it on a destination, and what it would lose",
    )
    cmd.add_argument(
        "file",
        metavar="BLOB",
        help="a KVM nested-state blob, or a bare vmcs12 or eVMCS region; - reads standard input",
    )
    source = cmd.add_mutually_exclusive_group()
    source.add_argument(
        "--caps", metavar="FILE", help="the destination's capability profile (YAML or JSON)"
    )
    source.add_argument(
        "--cpu",
        metavar="MODEL",
        help=f"a bundled capability profile (default: {DEFAULT_CPU})",
    )
    cmd.add_argument(
        "--kernel",
        metavar="RELEASE",
        help="the destination's Linux release (6.1): its checks, and what its vmcs12 lacks",
    )
    cmd.add_argument(
        "--launched",
        action="store_true",
        help="check a bare region as entered even when its launch state is clear",
    )
    cmd.add_argument("--layout", metavar="NAME", help="read the regions as this layout")
    cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    cmd.set_defaults(run=cmd_preflight)
