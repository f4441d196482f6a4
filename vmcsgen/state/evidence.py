"""What speaks for or against reading a region under a layout. Every check is a rule the
hardware or KVM keeps for any VMCS it has used (Intel SDM Vol. 3C 26.2 and 26.3, checked on
VM entry; KVM's vmcs12.h and nested.c), so a region saved by a running L2 passes all of them
under its own layout, and the same bytes read under another layout rarely do."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from vmcsgen.model.entry_checks import CheckSubjectKind
from vmcsgen.plans.entry_checks import PlannedCheck
from vmcsgen.state.entry_checks import CheckResult, CheckState, Verdict, evaluate_all
from vmcsgen.state.region import DecodedRegion

ALL_ONES = (1 << 64) - 1
SEGMENTS = ("ES", "CS", "SS", "DS", "FS", "GS", "LDTR", "TR")
HOST_SELECTORS = ("ES", "CS", "SS", "DS", "FS", "GS", "TR")
UNUSABLE = 1 << 16
AR_RESERVED_HIGH = 0xFFFE0000  # access-rights bits 31:17
AR_RESERVED_LOW = 0x00000F00  # access-rights bits 11:8
CANONICAL_GUEST = (
    "FS_BASE",
    "GS_BASE",
    "TR_BASE",
    "GDTR_BASE",
    "IDTR_BASE",
    "SYSENTER_ESP",
    "SYSENTER_EIP",
)
CANONICAL_HOST = (
    "FS_BASE",
    "GS_BASE",
    "TR_BASE",
    "GDTR_BASE",
    "IDTR_BASE",
    "IA32_SYSENTER_ESP",
    "IA32_SYSENTER_EIP",
)


@dataclass(frozen=True)
class Evidence:
    check: str
    holds: bool
    detail: str

    def to_json(self) -> dict[str, object]:
        return {"check": self.check, "holds": self.holds, "detail": self.detail}


def canonical(address: int) -> bool:
    """Canonical for 4-level (48-bit) or 5-level (57-bit) paging: the top bits copy the
    highest implemented one."""
    return any(address >> (bits - 1) in (0, (1 << (65 - bits)) - 1) for bits in (48, 57))


def _revision(region: DecodedRegion) -> Iterator[Evidence]:
    layout = region.layout
    yield Evidence(
        "revision",
        region.revision == layout.revision,
        f"revision id {region.revision:#x}, {layout.name} uses {layout.revision:#x}",
    )
    if region.shadow_bit and not layout.shadow_indicator:
        yield Evidence("shadow-bit", False, "bit 31 is set but this layout has no shadow indicator")


def _reserved(region: DecodedRegion) -> Iterator[Evidence]:
    for anomaly in region.anomalies:
        yield Evidence(
            "reserved-zero",
            False,
            f"{anomaly.member} (offset {anomaly.offset}, {anomaly.size} bytes) has "
            f"{anomaly.nonzero} non-zero bytes",
        )
    if not region.anomalies:
        yield Evidence("reserved-zero", True, "every reserved and padding byte is zero")


def _launch_state(region: DecodedRegion) -> Iterator[Evidence]:
    value = region.by_member.get("launch_state")
    if value is not None:
        yield Evidence("launch-state", value in (0, 1), f"launch_state = {value:#x} (0 or 1)")


def _link_pointer(region: DecodedRegion) -> Iterator[Evidence]:
    value = region.by_field.get("VMCS_LINK_POINTER")
    if value is None:
        return
    ok = value == ALL_ONES or (value & 0xFFF == 0 and value >> 52 == 0)
    shown = "all ones" if value == ALL_ONES else f"{value:#x}"
    yield Evidence("link-pointer", ok, f"VMCS link pointer {shown} (all ones or a page address)")


def _addresses(region: DecodedRegion) -> Iterator[Evidence]:
    fields = region.by_field
    bad = [
        f"{name} = {fields[name]:#x}"
        for side, names in (("GUEST", CANONICAL_GUEST), ("HOST", CANONICAL_HOST))
        for name in (f"{side}_{n}" for n in names)
        if name in fields and not canonical(fields[name])
    ]
    for seg in ("CS", "SS", "DS", "ES"):
        base, ar = fields.get(f"GUEST_{seg}_BASE"), fields.get(f"GUEST_{seg}_AR_BYTES")
        if (
            base is not None
            and base >> 32
            and (seg == "CS" or (ar is not None and not ar & UNUSABLE))
        ):
            bad.append(f"GUEST_{seg}_BASE = {base:#x} (bits 63:32 must be zero)")
    checked = [n for n in fields if n.endswith(("_BASE", "_ESP", "_EIP"))]
    if checked:
        detail = "; ".join(bad) if bad else f"{len(checked)} base and stack addresses well formed"
        yield Evidence("canonical-addresses", not bad, detail)


def _segments(region: DecodedRegion) -> Iterator[Evidence]:
    fields = region.by_field
    bad = []
    for seg in SEGMENTS:
        ar = fields.get(f"GUEST_{seg}_AR_BYTES")
        if ar is None:
            continue
        if ar & AR_RESERVED_HIGH:
            bad.append(f"{seg} access rights {ar:#x} set reserved bits 31:17")
        elif not ar & UNUSABLE and ar & AR_RESERVED_LOW:
            bad.append(f"{seg} access rights {ar:#x} set reserved bits 11:8")
    for name in ("GUEST_GDTR_LIMIT", "GUEST_IDTR_LIMIT"):
        if fields.get(name, 0) >> 16:
            bad.append(f"{name} = {fields[name]:#x} above 16 bits")
    for seg in HOST_SELECTORS:
        selector = fields.get(f"HOST_{seg}_SELECTOR", 0)
        if selector & 0x7:
            bad.append(f"host {seg} selector {selector:#x} has RPL or TI set")
    if any(f"GUEST_{seg}_AR_BYTES" in fields for seg in SEGMENTS):
        detail = "; ".join(bad) if bad else "segment access rights and host selectors well formed"
        yield Evidence("segments", not bad, detail)


@dataclass
class LaunchChecks:
    """The VM-entry checks (checks/*.yaml) a launched region passes, evaluated once per
    distinct reading: identify reads the same bytes under every release's layout, and most of
    those layouts give the checked fields the same values."""

    checks: tuple[PlannedCheck, ...] = ()
    _verdicts: dict[tuple[int | None, ...], tuple[CheckResult, ...]] = field(
        default_factory=dict, repr=False
    )

    @cached_property
    def _fields(self) -> tuple[str, ...]:
        names = {
            subject.field.name
            for planned in self.checks
            for subject in planned.check.subjects
            if subject.kind is CheckSubjectKind.FIELD and subject.field is not None
        }
        return tuple(sorted(names))

    def results(self, fields: Mapping[str, int]) -> tuple[CheckResult, ...]:
        read = {name: fields[name] for name in self._fields if name in fields}
        key = tuple(read.get(name) for name in self._fields)
        if key not in self._verdicts:
            self._verdicts[key] = evaluate_all(self.checks, CheckState(read))
        return self._verdicts[key]


def _launched(region: DecodedRegion, entry: LaunchChecks) -> Iterator[Evidence]:
    """VM entry made its checks when the VMCS was launched; a launched region still passes
    every VM-entry check that the region alone decides. Checks that need the destination's
    capabilities or the nested-state header are undecided here, not evidence."""
    if region.by_member.get("launch_state") != 1 or not entry.checks:
        return
    results = entry.results(region.by_field)
    decided = [r for r in results if r.verdict is not Verdict.UNDECIDED]
    if not decided:
        return
    bad = [f"{r.id}: {r.planned.check.message}" for r in decided if r.verdict is Verdict.BROKEN]
    detail = "; ".join(bad) if bad else f"{len(decided)} VM-entry checks the region decides hold"
    yield Evidence("launched", not bad, detail)


CHECKS: tuple[Callable[[DecodedRegion], Iterator[Evidence]], ...] = (
    _revision,
    _reserved,
    _launch_state,
    _link_pointer,
    _addresses,
    _segments,
)


def weigh(region: DecodedRegion, entry: LaunchChecks | None = None) -> list[Evidence]:
    """The evidence for and against `region`'s layout; `entry`: the VM-entry checks of the
    specs, which a launched region passes."""
    found = [evidence for check in CHECKS for evidence in check(region)]
    return [*found, *_launched(region, entry or LaunchChecks())]
