# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""The VM-entry checks of a vmcs12 against the destination vCPU's capabilities.

Generated from specs/checks/set_nested_state.yaml, specs/fields.yaml, specs/bits.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Every check KVM (or the processor after it) makes before nested VM entry, in the order they
are made. `run_checks(region, caps, reader)` reads the region's fields through `reader`, the
same VMREAD function the container modules take (with a layout module:
`lambda region, encoding: KvmVmcs12(region).read(encoding)`), and returns the ids of the
broken checks and of the undecided ones: a check is undecided when it reads a field the
layout does not hold, the shadow vmcs12 or a nested-state header member that was not given,
or needs something neither the state nor the capabilities give. `caps` is any object with
`msr(name)`, `has(feature)` and `maxphyaddr` (vmcsgen's CapabilityProfile, or
`Capabilities` below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple, Protocol, Union

Buffer = Union[bytes, bytearray, memoryview]
# VMREAD of one region: (region bytes, field encoding) -> value; KeyError if not held.
Reader = Callable[[memoryview, int], int]

MSR_NAMES = (
    "IA32_VMX_BASIC",
    "IA32_VMX_PINBASED_CTLS",
    "IA32_VMX_PROCBASED_CTLS",
    "IA32_VMX_EXIT_CTLS",
    "IA32_VMX_ENTRY_CTLS",
    "IA32_VMX_MISC",
    "IA32_VMX_CR0_FIXED0",
    "IA32_VMX_CR0_FIXED1",
    "IA32_VMX_CR4_FIXED0",
    "IA32_VMX_CR4_FIXED1",
    "IA32_VMX_VMCS_ENUM",
    "IA32_VMX_PROCBASED_CTLS2",
    "IA32_VMX_EPT_VPID_CAP",
    "IA32_VMX_TRUE_PINBASED_CTLS",
    "IA32_VMX_TRUE_PROCBASED_CTLS",
    "IA32_VMX_TRUE_EXIT_CTLS",
    "IA32_VMX_TRUE_ENTRY_CTLS",
    "IA32_VMX_VMFUNC",
    "IA32_VMX_PROCBASED_CTLS3",
)
# IA32_VMX_BASIC[55]: the TRUE_ control MSRs give the allowed-0 settings.
BASIC_TRUE_CTLS = 0x80000000000000
# Each control word's MSR and its TRUE_ variant (None: there is none).
CONTROL_MSRS: dict[str, tuple[str, str | None]] = {}
# The CPUID features the checks consult (Linux X86_FEATURE names, lowercase).
CPUID_FEATURES: tuple[str, ...] = ("vmx",)


class Caps(Protocol):
    """What the checks ask of the destination's capabilities."""

    @property
    def maxphyaddr(self) -> int: ...

    def msr(self, name: str) -> int: ...

    def has(self, feature: str) -> bool: ...


class Capabilities:
    """A capability profile without vmcsgen: the IA32_VMX_* MSRs by name (a missing one
    reads 0, which allows nothing), L1's MAXPHYADDR and its CPUID features."""

    __slots__ = ("msrs", "maxphyaddr", "cpuid")

    def __init__(self, msrs: Mapping[str, int], maxphyaddr: int, cpuid: Iterable[str] = ()) -> None:
        unknown = sorted(set(msrs) - set(MSR_NAMES))
        if unknown:
            raise ValueError(f"not VMX capability MSRs: {', '.join(unknown)}")
        self.msrs = dict(msrs)
        self.maxphyaddr = maxphyaddr
        self.cpuid = frozenset(cpuid)

    def msr(self, name: str) -> int:
        return self.msrs.get(name, 0)

    def has(self, feature: str) -> bool:
        return feature in self.cpuid


class Check(NamedTuple):
    id: str
    message: str
    sdm: str
    kvm: str
    enforced_by: str  # kvm: KVM refuses the state or the entry; cpu: the processor does


class CheckResult(NamedTuple):
    failed: list[str]  # ids of the broken checks, in check order
    undecided: list[str]  # ids of the checks that could not be decided


def _field(reader: Reader, region: memoryview, encoding: int) -> int | None:
    """None for a field the region's layout does not hold."""
    try:
        return reader(region, encoding)
    except KeyError:
        return None


def _settings(caps: Caps, word: str) -> int:
    plain, true = CONTROL_MSRS[word]
    if true is not None and caps.msr("IA32_VMX_BASIC") & BASIC_TRUE_CTLS:
        return caps.msr(true)
    return caps.msr(plain)


def _allowed0(caps: Caps, word: str) -> int:
    return _settings(caps, word) & 0xFFFFFFFF


def _allowed1(caps: Caps, word: str) -> int:
    return _settings(caps, word) >> 32


def _noncanonical(value: int, bits: int) -> bool:
    return value >> (bits - 1) not in (0, (1 << (65 - bits)) - 1)


def run_checks(
    region: Buffer,
    caps: Caps,
    reader: Reader,
    shadow: Buffer | None = None,
    header: Mapping[str, int] | None = None,
) -> CheckResult:
    """Every check on the vmcs12 `region` (and the shadow vmcs12 region and the nested-state
    header members by name, when the state has them) against `caps`."""
    view = memoryview(region).cast("B")
    shadow_view = None if shadow is None else memoryview(shadow).cast("B")
    hdr_vmxon_pa = None if header is None else header.get("vmxon_pa")
    caps_cpuid_vmx = int(caps.has("vmx"))
    caps_maxphyaddr = caps.maxphyaddr
    hdr_vmcs12_pa = None if header is None else header.get("vmcs12_pa")
    hdr_flags = None if header is None else header.get("flags")
    failed: list[str] = []
    undecided: list[str] = []
    # vmx-not-in-guest-cpuid (SDM 23.6 (discovering support for VMX: CPUID.1:ECX.VMX, bit 5))
    if hdr_vmxon_pa is not None:
        if hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF and caps_cpuid_vmx == 0:
            failed.append("vmx-not-in-guest-cpuid")
    elif caps_cpuid_vmx == 0:
        undecided.append("vmx-not-in-guest-cpuid")
    # vmxon-pa-beyond-maxphyaddr (SDM 30.3 (VMXON: the VMXON pointer must not set bits beyond the physical-address width))
    if hdr_vmxon_pa is not None:
        if (
            hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
            and caps_maxphyaddr > 0
            and caps_maxphyaddr < 65
            and hdr_vmxon_pa >> caps_maxphyaddr != 0
        ):
            failed.append("vmxon-pa-beyond-maxphyaddr")
        elif hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF and (
            caps_maxphyaddr == 0 or caps_maxphyaddr > 64 or hdr_vmxon_pa >> caps_maxphyaddr != 0
        ):
            undecided.append("vmxon-pa-beyond-maxphyaddr")
    else:
        undecided.append("vmxon-pa-beyond-maxphyaddr")
    # vmcs12-pa-beyond-maxphyaddr (SDM 30.3 (VMPTRLD: the operand must not set bits beyond the physical-address width))
    if hdr_vmxon_pa is not None and hdr_vmcs12_pa is not None:
        if (
            hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
            and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
            and caps_maxphyaddr > 0
            and caps_maxphyaddr < 65
            and hdr_vmcs12_pa >> caps_maxphyaddr != 0
        ):
            failed.append("vmcs12-pa-beyond-maxphyaddr")
        elif (
            hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
            and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
            and (
                caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or hdr_vmcs12_pa >> caps_maxphyaddr != 0
            )
        ):
            undecided.append("vmcs12-pa-beyond-maxphyaddr")
    elif (
        hdr_vmxon_pa is not None
        and hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
        and hdr_vmcs12_pa is not None
        and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
        and caps_maxphyaddr > 0
        and caps_maxphyaddr < 65
        and hdr_vmcs12_pa >> caps_maxphyaddr != 0
    ):
        failed.append("vmcs12-pa-beyond-maxphyaddr")
    elif (
        (hdr_vmxon_pa is None or hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (hdr_vmcs12_pa is None or hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF)
        and (
            hdr_vmcs12_pa is None
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or hdr_vmcs12_pa >> caps_maxphyaddr != 0
        )
    ):
        undecided.append("vmcs12-pa-beyond-maxphyaddr")
    # evmcs-not-enabled (SDM none (Hyper-V TLFS enlightened VMCS))
    if hdr_flags is not None:
        if hdr_flags & 0x4 != 0:
            undecided.append("evmcs-not-enabled")
    else:
        undecided.append("evmcs-not-enabled")
    return CheckResult(failed, undecided)


CHECKS = (
    Check(
        "vmx-not-in-guest-cpuid",
        "the state is in VMX operation but the destination's guest CPUID has no VMX",
        "23.6 (discovering support for VMX: CPUID.1:ECX.VMX, bit 5)",
        "vmx_set_nested_state: vmxon_pa != INVALID_GPA && !nested_vmx_allowed(vcpu)",
        "kvm",
    ),
    Check(
        "vmxon-pa-beyond-maxphyaddr",
        "vmxon_pa has bits at or above the destination's MAXPHYADDR",
        "30.3 (VMXON: the VMXON pointer must not set bits beyond the physical-address width)",
        "vmx_set_nested_state: !page_address_valid(vcpu, kvm_state->hdr.vmx.vmxon_pa)",
        "kvm",
    ),
    Check(
        "vmcs12-pa-beyond-maxphyaddr",
        "vmcs12_pa has bits at or above the destination's MAXPHYADDR",
        "30.3 (VMPTRLD: the operand must not set bits beyond the physical-address width)",
        "vmx_set_nested_state: vmcs12_pa != INVALID_GPA && !page_address_valid(vcpu, vmcs12_pa)",
        "kvm",
    ),
    Check(
        "evmcs-not-enabled",
        "the state uses an enlightened VMCS, which the destination vCPU must have enabled",
        "none (Hyper-V TLFS enlightened VMCS)",
        "vmx_set_nested_state: (flags & KVM_STATE_NESTED_EVMCS) && !vmx->nested.enlightened_vmcs_enabled",
        "kvm",
    ),
)
BY_ID = {check.id: check for check in CHECKS}
# vmcsgen-digest: 80a428c52b5f92e4b397b56721d54a23d5762ad70249f6c1592257c6afbe6999 cacb54c921905c3088924d09e954bd797d4f98de4b68f1cf503c47a72242af25
