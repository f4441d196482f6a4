"""What speaks for or against reading a region under a layout. Every check is a rule the
hardware or KVM keeps for any VMCS it has used (Intel SDM Vol. 3C 26.2 and 26.3, checked on
VM entry; KVM's vmcs12.h and nested.c), so a region saved by a running L2 passes all of them
under its own layout, and the same bytes read under another layout rarely do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from vmcsgen.state.region import DecodedRegion

ALL_ONES = (1 << 64) - 1
SEGMENTS = ("ES", "CS", "SS", "DS", "FS", "GS", "LDTR", "TR")
HOST_SELECTORS = ("ES", "CS", "SS", "DS", "FS", "GS", "TR")
UNUSABLE = 1 << 16
AR_RESERVED_HIGH = 0xFFFE0000  # access-rights bits 31:17
AR_RESERVED_LOW = 0x00000F00  # access-rights bits 11:8
# Control bits KVM's nested VMX always requires set (the *_ALWAYSON_WITHOUT_TRUE_MSR values
# of arch/x86/include/asm/vmx.h, less the bits the TRUE control MSRs let L1 clear).
REQUIRED_CONTROLS = {
    "PIN_BASED_VM_EXEC_CONTROL": 0x00000016,
    "CPU_BASED_VM_EXEC_CONTROL": 0x0401E172 & ~0x00018000,
    "VM_EXIT_CONTROLS": 0x00036DFF & ~0x00000004,
    "VM_ENTRY_CONTROLS": 0x000011FF & ~0x00000004,
}
VM_ENTRY_IA32E_MODE = 0x200
VM_EXIT_HOST_ADDR_SPACE_SIZE = 0x200
CR0_PG = 0x80000000
CR4_PAE = 0x20
EFER_LMA = 0x400
TSS_BUSY_64, TSS_BUSY_16 = 11, 3
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


def _launched(region: DecodedRegion) -> Iterator[Evidence]:
    """VM entry checked these when the VMCS was launched; a launched region keeps them."""
    if region.by_member.get("launch_state") != 1:
        return
    fields = region.by_field
    bad = []
    for name, required in REQUIRED_CONTROLS.items():
        value = fields.get(name)
        if value is not None and value & required != required:
            bad.append(f"{name} = {value:#x} lacks always-on bits {required & ~value:#x}")
    for name in ("HOST_CS_SELECTOR", "HOST_TR_SELECTOR"):
        if fields.get(name, 1) == 0:
            bad.append(f"{name} is 0")
    tr_ar = fields.get("GUEST_TR_AR_BYTES")
    ia32e = bool(fields.get("VM_ENTRY_CONTROLS", 0) & VM_ENTRY_IA32E_MODE)
    if tr_ar is not None:
        types = (TSS_BUSY_64,) if ia32e else (TSS_BUSY_16, TSS_BUSY_64)
        if tr_ar & 0xF not in types or tr_ar & 0x10 or not tr_ar & 0x80 or tr_ar & UNUSABLE:
            bad.append(f"TR access rights {tr_ar:#x} are not a present busy TSS")
    cs_ar = fields.get("GUEST_CS_AR_BYTES")
    if cs_ar is not None and (cs_ar & 0x9 != 0x9 or not cs_ar & 0x10 or not cs_ar & 0x80):
        bad.append(f"CS access rights {cs_ar:#x} are not a present accessed code segment")
    if ia32e:
        cr0, cr4 = fields.get("GUEST_CR0", CR0_PG), fields.get("GUEST_CR4", CR4_PAE)
        if not cr0 & CR0_PG or not cr4 & CR4_PAE:
            bad.append(f"IA-32e guest without paging and PAE (CR0 {cr0:#x}, CR4 {cr4:#x})")
        if cs_ar is not None and cs_ar & 0x2000 and cs_ar & 0x4000:
            bad.append(f"64-bit CS with D/B set ({cs_ar:#x})")
        efer = fields.get("GUEST_IA32_EFER")
        if efer is not None and efer and not efer & EFER_LMA:
            bad.append(f"IA-32e guest with EFER {efer:#x} lacking LMA")
    if fields.get("VM_EXIT_CONTROLS", 0) & VM_EXIT_HOST_ADDR_SPACE_SIZE:
        host_cr4, host_rip = fields.get("HOST_CR4", CR4_PAE), fields.get("HOST_RIP", 0)
        if not host_cr4 & CR4_PAE or not canonical(host_rip):
            bad.append(f"64-bit host with CR4 {host_cr4:#x}, RIP {host_rip:#x}")
    detail = "; ".join(bad) if bad else "controls, TR, CS and address-space checks of VM entry hold"
    yield Evidence("launched", not bad, detail)


CHECKS: tuple[Callable[[DecodedRegion], Iterator[Evidence]], ...] = (
    _revision,
    _reserved,
    _launch_state,
    _link_pointer,
    _addresses,
    _segments,
    _launched,
)


def weigh(region: DecodedRegion) -> list[Evidence]:
    return [evidence for check in CHECKS for evidence in check(region)]
