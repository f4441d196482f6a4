"""Preflight: would KVM restore this nested state on that destination, and would anything be
lost on the way? The blob's container rules first (what validate checks), then the check
specs: those of KVM_SET_NESTED_STATE on every blob, the VM-entry checks when GUEST_MODE is
set (vmx_set_nested_state() runs nested_vmx_check_controls/host_state/guest_state then), all
against the destination's capability profile. A bare region is checked as if entered, when it
was launched; an enlightened VMCS through its conversion to vmcs12. With a destination
release, the values its struct vmcs12 has no room for are reported too."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.container import Container
from vmcsgen.model.diagnostics import Diagnostic, Location, Severity
from vmcsgen.model.entry_checks import CheckScope
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.entry_checks import PlannedCheck, plan_entry_checks
from vmcsgen.state import findings
from vmcsgen.state.api import decode, find_layout, translate
from vmcsgen.state.entry_checks import CheckResult, CheckState, Verdict, evaluate_all
from vmcsgen.state.region import DecodedRegion
from vmcsgen.state.region import decode as decode_region
from vmcsgen.state.results import Decoded, Outcome, RequestError
from vmcsgen.state.translator import BYTES

# The header flag under which KVM_SET_NESTED_STATE enters L2 and so runs the VM-entry checks.
FLAGS_MEMBER, GUEST_MODE = "flags", "GUEST_MODE"
COUNT_SUBJECTS = ("caps.maxphyaddr", "caps.va_bits", "caps.cpuid.")


@dataclass(frozen=True)
class Preflight(Outcome):
    """What preflight found. `accepted`: KVM would take the state and nothing would be lost
    (no error, no warning: an undecided check is a warning)."""

    decoded: Decoded
    caps: CapabilityProfile | None
    kernel: str | None
    checked_layout: Layout | None  # the layout the checks read the vmcs12 under
    entered: bool  # the VM-entry checks ran (GUEST_MODE, or a launched bare region)
    results: tuple[CheckResult, ...] = ()  # every check run, in order

    @property
    def accepted(self) -> bool:
        return self.clean

    @property
    def reported(self) -> tuple[CheckResult, ...]:
        """The broken and undecided checks, in order."""
        return tuple(r for r in self.results if r.verdict is not Verdict.HOLDS)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.results if r.verdict is verdict)

    def to_json(self) -> dict[str, object]:
        """The document docs/preflight.md specifies (its JSON Schema), without diagnostics."""
        choice = self.decoded.choice
        return {
            "kind": "region" if self.decoded.blob is None else self.decoded.blob.container.kind,
            "read_as": None if choice is None else choice.region.layout.name,
            "checked_as": None if self.checked_layout is None else self.checked_layout.name,
            "profile": None if self.caps is None else self.caps.name,
            "kernel": self.kernel,
            "entered": self.entered,
            "accepted": self.accepted,
            "counts": {
                "run": len(self.results),
                "broken": self.count(Verdict.BROKEN),
                "undecided": self.count(Verdict.UNDECIDED),
            },
            "checks": [result_json(r) for r in self.reported],
        }


def result_json(result: CheckResult) -> dict[str, object]:
    check = result.planned.check
    return {
        "id": check.id,
        "spec": result.planned.spec.name,
        "verdict": result.verdict.value,
        "message": check.message,
        "sdm": check.sdm,
        "kvm": check.kvm,
        "enforced_by": check.enforced_by.value,
        "values": {name: f"{value:#x}" for name, value in result.values},
        "why": result.why,
    }


def _vmcs12_layout(specs: SpecSet, container: Container | None) -> Layout | None:
    """The layout KVM's checks read: the one the histories name (kvm_vmcs12), else the first
    with the container's vmcs12 revision."""
    for history in specs.histories:
        if history.name in specs.by_name:
            return specs.by_name[history.name]
    slots = [] if container is None else [s for s in container.regions if not s.shadow]
    revision = slots[0].revision if slots else None
    return next((lay for lay in specs.layouts if lay.revision == revision), None)


def _header(container: Container, data: bytes) -> dict[str, int]:
    return {
        m.name: int.from_bytes(data[m.offset : m.end], "little")
        for m in container.value_members
        if m.end <= len(data)
    }


def _guest_mode(container: Container, header: dict[str, int]) -> bool:
    member = next(m for m in container.members if m.name == FLAGS_MEMBER)
    return bool(header.get(FLAGS_MEMBER, 0) & dict(member.bits)[GUEST_MODE])


def shown(subject: str, value: int) -> str:
    """A value as people read it: a count (caps.maxphyaddr, caps.va_bits, caps.cpuid.*) in
    decimal, bits and addresses in hex."""
    return str(value) if subject.startswith(COUNT_SUBJECTS) else f"{value:#x}"


def _check_diagnostic(path: str, result: CheckResult) -> Diagnostic:
    check = result.planned.check
    values = ", ".join(f"{name} = {shown(name, value)}" for name, value in result.values)
    subject: tuple[tuple[str, str | int | None], ...] = (
        ("check", check.id),
        ("spec", result.planned.spec.name),
        ("sdm", check.sdm),
        ("kvm", check.kvm),
        ("enforced_by", check.enforced_by.value),
    )
    if result.verdict is Verdict.BROKEN:
        message = f"check {check.id}: {check.message} ({values})"
        return Diagnostic(Location.file(path), message, Severity.ERROR, "entry-check", subject)
    message = f"check {check.id} undecided: {result.why}"
    return Diagnostic(
        Location.file(path), message, Severity.WARNING, "entry-check-undecided", subject
    )


def _to_checked_layout(
    specs: SpecSet, region: DecodedRegion, target: Layout, path: str
) -> tuple[DecodedRegion | None, list[Diagnostic]]:
    """`region` as a `target` region: itself, or through its conversion (an eVMCS)."""
    if region.layout.revision == target.revision:
        return region, []
    converted = translate(specs, region.layout.name, target.name, region.data, path=path)
    found = list(converted.diagnostics)
    if converted.data is None:
        return None, found
    found.append(
        findings.note(
            path, "converted", f"checked as {target.name}, converted from {region.layout.name}"
        )
    )
    return decode_region(target, converted.data), found


def release_layout(specs: SpecSet, kernel: str) -> Layout:
    """The layout of Linux release `kernel`'s struct vmcs12; RequestError if the specs'
    history does not document it."""
    family = next((h.name for h in specs.histories), None)
    if family is None:
        raise RequestError("the specs document no releases, so a kernel release means nothing")
    return find_layout(specs, f"{family}@{kernel}")


def _lost_in_release(
    specs: SpecSet, regions: list[DecodedRegion], kernel: str, path: str
) -> list[Diagnostic]:
    """What the destination release's struct vmcs12 cannot hold: every drop is an error."""
    found: list[Diagnostic] = []
    target = release_layout(specs, kernel).name
    for region in regions:
        if region.layout.name == target:
            continue
        moved = translate(specs, region.layout.name, target, region.data, path=path, strict=True)
        found += [d for d in moved.diagnostics if d.severity is not Severity.NOTE]
    return found


def preflight(
    specs: SpecSet,
    data: bytes,
    *,
    caps: CapabilityProfile | None,
    kernel: str | None = None,
    launched: bool | None = None,
    layout: str | None = None,
    path: str = BYTES,
) -> Preflight:
    """Check `data` (a KVM nested-state blob, or a bare vmcs12 or eVMCS region) as KVM would
    restore it on a destination offering `caps` (None: checks that read capabilities are
    undecided), running Linux `kernel` (a release of the specs' history; None: the newest
    checks, and no release translation). `launched` decides whether a bare region is
    checked as entered (None: from its launch state)."""
    if kernel is not None:
        release_layout(specs, kernel)
    plan = plan_entry_checks(specs, kernel)
    decoded = decode(specs, data, layout=layout, path=path)
    found = list(decoded.diagnostics)
    container = decoded.blob.container if decoded.blob is not None else None
    target = _vmcs12_layout(specs, container)
    if (decoded.choice is None and container is None) or target is None:
        return Preflight(decoded, caps, kernel, target, False, diagnostics=tuple(found))
    header: dict[str, int] | None = None
    checks: tuple[PlannedCheck, ...] = ()
    if container is not None:
        header = _header(container, data)
        vmcs12, shadow = (
            next((decoded.regions[s.name] for s in container.regions if s.shadow is want), None)
            for want in (False, True)
        )
        entered = _guest_mode(container, header) and vmcs12 is not None
        checks = plan.in_scope(CheckScope.NESTED_STATE)
        why = "GUEST_MODE is clear: KVM_SET_NESTED_STATE makes no VM-entry checks"
    else:
        assert decoded.choice is not None
        vmcs12, shadow = decoded.choice.region, None
        launch_state = vmcs12.by_member.get("launch_state")
        entered = launched if launched is not None else launch_state == 1
        clear = "its launch state is clear" if launch_state == 0 else "it has no launch state"
        why = f"the region is not checked as entered: {clear} (--launched checks it)"
    if entered:
        checks += plan.in_scope(CheckScope.VM_ENTRY)
    else:
        found.append(findings.note(path, "not-entered", why))
    fields: dict[str, int] = {}
    if vmcs12 is not None:
        checked, converting = _to_checked_layout(specs, vmcs12, target, path)
        found += converting
        if checked is None:
            return Preflight(decoded, caps, kernel, target, False, diagnostics=tuple(found))
        fields = checked.by_field
    state = CheckState(fields, None if shadow is None else shadow.by_field, header, caps)
    results = evaluate_all(checks, state)
    found += [_check_diagnostic(path, r) for r in results if r.verdict is not Verdict.HOLDS]
    if kernel is not None:
        held = [r for r in (vmcs12, shadow) if r is not None]
        found += _lost_in_release(specs, held, kernel, path)
    return Preflight(decoded, caps, kernel, target, entered, results, diagnostics=tuple(found))
