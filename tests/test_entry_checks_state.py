"""The host-state and guest-state VM-entry checks (specs/checks/vm_entry_host_state.yaml,
vm_entry_guest_state.yaml) on realistic states: the three states of entry_states.py pass
every check against a permissive KVM-like profile, and one mutation per check breaks that
check and no other (or leaves it undecided, for a check that needs what no blob gives)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest
from entry_states import (
    CPUID,
    CR4_FIXED1,
    HW_GUEST_CR4,
    REALISTIC,
    EntryState,
    kvm_like_profile,
    pending_pf,
    real_mode_ug,
    running_64bit,
)
from running_l2 import CR0, PAT, RUNNING_L2

from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.state.entry_checks import CheckState, Verdict, evaluate

STATE_SPECS = ("vm_entry_host_state", "vm_entry_guest_state")
NONCANONICAL = 0x0000_8000_0000_0000  # canonical at 57 bits, not at 48
CET, SMXE, PAE, PCIDE, LA57 = 1 << 23, 1 << 14, 1 << 5, 1 << 17, 1 << 12
PE, NE, WP, PG = 1 << 0, 1 << 5, 1 << 16, 1 << 31
UG, EPT = 1 << 7, 1 << 1
HOST_64BIT, IA32E = 1 << 9, 1 << 9
LOAD_CET_ON_EXIT, LOAD_CET_ON_ENTRY = 1 << 28, 1 << 20
EXIT, ENTRY = RUNNING_L2["VM_EXIT_CONTROLS"], RUNNING_L2["VM_ENTRY_CONTROLS"]
SECONDARY, HOST_CR4 = RUNNING_L2["SECONDARY_VM_EXEC_CONTROL"], RUNNING_L2["HOST_CR4"]
EXT_INTR, NMI = 0x80000020, 0x80000202  # valid; external interrupt 0x20; NMI vector 2


@pytest.fixture(scope="module")
def layout(specs: SpecSet) -> Layout:
    return specs.by_name["kvm_vmcs12"]


def verdicts(
    specs: SpecSet, state: EntryState, caps: CapabilityProfile, release: str | None = None
) -> dict[str, Verdict]:
    checked = CheckState(state.fields, None, state.header, caps)
    return {
        p.check.id: evaluate(p, checked).verdict
        for p in plan_entry_checks(specs, release).checks
        if p.spec.name in STATE_SPECS
    }


@pytest.mark.parametrize("build", REALISTIC, ids=lambda b: b.__name__)
def test_realistic_states_pass_every_state_check(
    specs: SpecSet, layout: Layout, build: object
) -> None:
    state = build(layout)  # type: ignore[operator]
    results = verdicts(specs, state, kvm_like_profile())
    assert len(results) > 150
    assert {k: v for k, v in results.items() if v is not Verdict.HOLDS} == {}


# Derived bases: a 32-bit PAE L2 (EPT on), a virtual-8086 L2 under unrestricted guest, and
# the real-mode L2 with a 32-bit host.
def pae_32bit(layout: Layout) -> EntryState:
    return running_64bit(layout).with_fields(
        VM_ENTRY_CONTROLS=ENTRY & ~IA32E,
        GUEST_CS_AR_BYTES=0xC09B,
        GUEST_RIP=0xC1000000,
        GUEST_IA32_EFER=0x800,
    )


def virtual_8086(layout: Layout) -> EntryState:
    segments = {f"GUEST_{s}_AR_BYTES": 0xF3 for s in ("CS", "SS", "DS", "ES", "FS", "GS")}
    return real_mode_ug(layout).with_fields(
        GUEST_RFLAGS=0x20002, GUEST_CR0=0x00010031, GUEST_CS_BASE=0xF0000, **segments
    )


def host_32bit(layout: Layout) -> EntryState:
    return real_mode_ug(layout).with_fields(**HOST_32BIT)


HOST_32BIT = {
    "VM_EXIT_CONTROLS": EXIT & ~HOST_64BIT,
    "HOST_CR4": HOST_CR4 & ~PCIDE,
    "HOST_RIP": 0xC0A2E1A0,
    "HOST_IA32_EFER": 0x801,
}
BASES = {
    "r64": running_64bit,
    "real": real_mode_ug,
    "pf": pending_pf,
    "pae": pae_32bit,
    "v86": virtual_8086,
    "host32": host_32bit,
}


def usable(seg: str, ar: int = 0xC093, limit: int = 0xFFFFFFFF, selector: int = 0x18) -> dict:
    """A data segment made usable in the 64-bit L2 (flat, read/write accessed)."""
    return {
        f"GUEST_{seg}_AR_BYTES": ar,
        f"GUEST_{seg}_LIMIT": limit,
        f"GUEST_{seg}_SELECTOR": selector,
    }


@dataclass(frozen=True)
class Mutation:
    check: str
    fields: dict[str, int]
    base: str = "r64"
    header: dict[str, int] = field(default_factory=dict)
    release: str | None = None
    with_cet: bool = False  # the profile lets L1 use CET (shadow stacks, CR4.CET)
    also_undecided: tuple[str, ...] = ()


NO_UG = {"SECONDARY_VM_EXEC_CONTROL": SECONDARY & ~UG}
LDTR_USABLE = {"GUEST_LDTR_AR_BYTES": 0x82}
M = Mutation
MUTATIONS = [
    # Host state, in KVM's order.
    M("host-cr0-fixed-bits", {"HOST_CR0": CR0 & ~NE}),
    M("host-cr4-invalid", {"HOST_CR4": HOST_CR4 | SMXE}),
    M("host-cr4-cet-reserved", {"HOST_CR4": HOST_CR4 | CET}, release="6.1", with_cet=True),
    M("host-cr3-beyond-maxphyaddr", {"HOST_CR3": (1 << 46) | 0x1A0E000}),
    M(
        "host-cr4-cet-without-wp",
        {"HOST_CR4": HOST_CR4 | CET, "HOST_CR0": CR0 & ~WP},
        release="6.18",
        with_cet=True,
    ),
    M("host-sysenter-esp-not-canonical", {"HOST_IA32_SYSENTER_ESP": NONCANONICAL}),
    M("host-sysenter-eip-not-canonical", {"HOST_IA32_SYSENTER_EIP": NONCANONICAL}),
    M("host-pat-invalid", {"HOST_IA32_PAT": PAT & ~0xFF0000 | 0x020000}),
    M(
        "host-perf-global-ctrl-reserved",
        {"VM_EXIT_CONTROLS": EXIT | 1 << 12, "HOST_IA32_PERF_GLOBAL_CTRL": 0xF},
    ),
    M("host-64bit-without-pae", {"HOST_CR4": HOST_CR4 & ~PAE}),
    M("host-32bit-with-ia32e-guest", HOST_32BIT),
    M("host-32bit-with-pcide", {"HOST_CR4": HOST_CR4}, base="host32"),
    M("host-32bit-rip-above-4g", {"HOST_RIP": 0x1_C0A2E1A0}, base="host32"),
    M("host-cs-selector-rpl-ti", {"HOST_CS_SELECTOR": 0x13}),
    M("host-ss-selector-rpl-ti", {"HOST_SS_SELECTOR": 0x1C}),
    M("host-ds-selector-rpl-ti", {"HOST_DS_SELECTOR": 0x3}),
    M("host-es-selector-rpl-ti", {"HOST_ES_SELECTOR": 0x4}),
    M("host-fs-selector-rpl-ti", {"HOST_FS_SELECTOR": 0x1}),
    M("host-gs-selector-rpl-ti", {"HOST_GS_SELECTOR": 0x2}),
    M("host-tr-selector-rpl-ti", {"HOST_TR_SELECTOR": 0x44}),
    M("host-cs-selector-null", {"HOST_CS_SELECTOR": 0}),
    M("host-tr-selector-null", {"HOST_TR_SELECTOR": 0}),
    M("host-ss-selector-null-32bit", {"HOST_SS_SELECTOR": 0}, base="host32"),
    *[
        M(f"host-{reg.lower()}-base-not-canonical", {f"HOST_{reg}_BASE": NONCANONICAL})
        for reg in ("FS", "GS", "GDTR", "IDTR", "TR")
    ],
    M("host-rip-not-canonical", {"HOST_RIP": NONCANONICAL}),
    M("host-efer-invalid", {"HOST_IA32_EFER": 0xD01 | 1 << 12}),
    M("host-efer-lma-mismatch", {"HOST_IA32_EFER": 0x901}),
    M("host-efer-lme-mismatch", {"HOST_IA32_EFER": 0xC01}),
    M(
        "host-cet-state-invalid",
        {"VM_EXIT_CONTROLS": EXIT | LOAD_CET_ON_EXIT, "HOST_SSP": 0xFFFFC90000ADBE6A},
        release="6.18",
    ),
    M(
        "host-cet-64bit-not-canonical",
        {"VM_EXIT_CONTROLS": EXIT | LOAD_CET_ON_EXIT, "HOST_SSP": NONCANONICAL},
        release="6.18",
    ),
    M(
        "host-cet-32bit-above-4g",
        {"VM_EXIT_CONTROLS": EXIT & ~HOST_64BIT | LOAD_CET_ON_EXIT, "HOST_SSP": 1 << 32},
        base="host32",
        release="6.18",
    ),
    # Guest state: KVM's checks.
    M("guest-cr0-fixed-bits", {"GUEST_CR0": CR0 & ~NE}),
    M("guest-cr4-invalid", {"GUEST_CR4": HW_GUEST_CR4 | SMXE}),
    M("guest-cr4-cet-reserved", {"GUEST_CR4": HW_GUEST_CR4 | CET}, release="6.1", with_cet=True),
    M(
        "guest-cr4-cet-without-wp",
        {"GUEST_CR4": HW_GUEST_CR4 | CET, "GUEST_CR0": CR0 & ~WP},
        release="6.18",
        with_cet=True,
    ),
    M("guest-dr7-reserved", {"GUEST_DR7": 1 << 32 | 0x400}),
    M("guest-debugctl-invalid", {"GUEST_IA32_DEBUGCTL": 1 << 6}),
    M("guest-debugctl-freeze-lbrs", {"GUEST_IA32_DEBUGCTL": 1 << 11}),
    M("guest-pat-invalid", {"GUEST_IA32_PAT": PAT & ~0xFF | 0x02}),
    M(
        "guest-vmcs-link-pointer-invalid",
        {"VMCS_LINK_POINTER": 0x10D2E3800},
        also_undecided=("guest-vmcs-link-pointer-header",),
    ),
    M("guest-vmcs-link-pointer-header", {"VMCS_LINK_POINTER": 0x10D2E3000}),
    M(
        "guest-perf-global-ctrl-reserved",
        {"VM_ENTRY_CONTROLS": ENTRY | 1 << 13, "GUEST_IA32_PERF_GLOBAL_CTRL": 0xF},
    ),
    M("guest-cr0-pg-without-pe", {"GUEST_CR0": CR0 & ~PE}),
    M("guest-ia32e-without-pae", {"GUEST_CR4": HW_GUEST_CR4 & ~PAE}),
    M("guest-ia32e-without-pg", {"GUEST_CR0": CR0 & ~PG}),
    M("guest-efer-invalid", {"GUEST_IA32_EFER": 0xD01 | 1 << 12}, base="pf"),
    M("guest-efer-lma-mismatch", {"GUEST_IA32_EFER": 0x901}, base="pf"),
    M("guest-efer-lme-mismatch", {"GUEST_IA32_EFER": 0xC01}, base="pf"),
    M("guest-bndcfgs-invalid", {"VM_ENTRY_CONTROLS": ENTRY | 1 << 16, "GUEST_BNDCFGS": 0x4}),
    M(
        "guest-cet-state-invalid",
        {"VM_ENTRY_CONTROLS": ENTRY | LOAD_CET_ON_ENTRY, "GUEST_SSP": 0x2},
        release="6.18",
    ),
    M(
        "guest-ssp-upper-bits-57",
        {"VM_ENTRY_CONTROLS": ENTRY | LOAD_CET_ON_ENTRY, "GUEST_SSP": 1 << 60},
        release="6.18",
        also_undecided=("guest-ssp-upper-bits-48",),
    ),
    M(
        "guest-ssp-upper-bits-48",
        {"VM_ENTRY_CONTROLS": ENTRY | LOAD_CET_ON_ENTRY, "GUEST_SSP": 1 << 48},
        release="6.18",
    ),
    M("guest-activity-state-unsupported", {"GUEST_ACTIVITY_STATE": 2}),
    M("guest-cr3-beyond-maxphyaddr", {"GUEST_CR3": 1 << 46 | 0xD2E8000}),
    M("guest-pdptes-in-memory", {"SECONDARY_VM_EXEC_CONTROL": SECONDARY & ~EPT}, base="pae"),
    # Guest state: the processor's checks.
    M("guest-sysenter-esp-not-canonical", {"GUEST_SYSENTER_ESP": NONCANONICAL}),
    M("guest-sysenter-eip-not-canonical", {"GUEST_SYSENTER_EIP": NONCANONICAL}),
    M("guest-pcide-without-ia32e", {"GUEST_CR4": HW_GUEST_CR4 | PCIDE}, base="pae"),
    M("guest-rtit-ctl-reserved", {"VM_ENTRY_CONTROLS": ENTRY | 1 << 18}),
    M("guest-tr-selector-ti", {"GUEST_TR_SELECTOR": 0x44}),
    M("guest-ldtr-selector-ti", {**LDTR_USABLE, "GUEST_LDTR_SELECTOR": 0x4C}),
    M("guest-ss-rpl-differs-from-cs", {**NO_UG, "GUEST_CS_SELECTOR": 0x13}),
    *[
        M(f"guest-{seg.lower()}-base-not-canonical", {f"GUEST_{seg}_BASE": NONCANONICAL})
        for seg in ("TR", "FS", "GS")
    ],
    M("guest-ldtr-base-not-canonical", {**LDTR_USABLE, "GUEST_LDTR_BASE": NONCANONICAL}),
    M("guest-cs-base-above-4g", {"GUEST_CS_BASE": 1 << 32}),
    M("guest-ss-base-above-4g", {"GUEST_SS_BASE": 1 << 32}),
    *[
        M(f"guest-{seg.lower()}-base-above-4g", {**usable(seg), f"GUEST_{seg}_BASE": 1 << 32})
        for seg in ("DS", "ES")
    ],
    *[
        M(f"guest-{seg.lower()}-limit-v8086", {f"GUEST_{seg}_LIMIT": 0xFFFE}, base="v86")
        for seg in ("CS", "SS", "DS", "ES", "FS", "GS")
    ],
    *[
        M(f"guest-{seg.lower()}-ar-v8086", {f"GUEST_{seg}_AR_BYTES": 0xF2}, base="v86")
        for seg in ("CS", "SS", "DS", "ES", "FS", "GS")
    ],
    M("guest-cs-type", {"GUEST_CS_AR_BYTES": 0xA091}),
    M("guest-ss-type", {"GUEST_SS_AR_BYTES": 0xC091}),
    *[M(f"guest-{seg.lower()}-type", usable(seg, ar=0xC092)) for seg in ("DS", "ES", "FS", "GS")],
    M("guest-cs-not-code-or-data", {"GUEST_CS_AR_BYTES": 0xA08B}),
    M("guest-ss-not-code-or-data", {"GUEST_SS_AR_BYTES": 0xC083}),
    *[
        M(f"guest-{seg.lower()}-not-code-or-data", usable(seg, ar=0xC083))
        for seg in ("DS", "ES", "FS", "GS")
    ],
    M("guest-cs-dpl-data", {"GUEST_CS_AR_BYTES": 0xA0B3}),
    M("guest-cs-dpl-nonconforming", {"GUEST_CS_AR_BYTES": 0xA0BB}),
    M("guest-cs-dpl-conforming", {"GUEST_CS_AR_BYTES": 0xA0BF}),
    M("guest-ss-dpl-rpl", {**NO_UG, "GUEST_CS_SELECTOR": 0x11, "GUEST_SS_SELECTOR": 0x19}),
    M("guest-ss-dpl-real-mode", {"GUEST_CS_AR_BYTES": 0x9F, "GUEST_SS_AR_BYTES": 0xB3}, "real"),
    *[
        M(f"guest-{seg.lower()}-dpl-below-rpl", {**NO_UG, **usable(seg, selector=0x1B)})
        for seg in ("DS", "ES", "FS", "GS")
    ],
    M("guest-cs-not-present", {"GUEST_CS_AR_BYTES": 0xA01B}),
    M("guest-ss-not-present", {"GUEST_SS_AR_BYTES": 0xC013}),
    *[
        M(f"guest-{seg.lower()}-not-present", usable(seg, ar=0xC013))
        for seg in ("DS", "ES", "FS", "GS")
    ],
    M("guest-cs-ar-reserved", {"GUEST_CS_AR_BYTES": 0xA19B}),
    M("guest-ss-ar-reserved", {"GUEST_SS_AR_BYTES": 0xC193}),
    *[
        M(f"guest-{seg.lower()}-ar-reserved", usable(seg, ar=0x2C093))
        for seg in ("DS", "ES", "FS", "GS")
    ],
    M("guest-cs-long-with-db", {"GUEST_CS_AR_BYTES": 0xE09B}),
    M("guest-cs-granularity", {"GUEST_CS_LIMIT": 0xFFFFF000}),
    M("guest-ss-granularity", {"GUEST_SS_LIMIT": 0xFFFFF000}),
    *[
        M(f"guest-{seg.lower()}-granularity", usable(seg, limit=0xFFFFF000))
        for seg in ("DS", "ES", "FS", "GS")
    ],
    M("guest-tr-type", {"GUEST_TR_AR_BYTES": 0x83}),
    M("guest-tr-s-set", {"GUEST_TR_AR_BYTES": 0x9B}),
    M("guest-tr-not-present", {"GUEST_TR_AR_BYTES": 0x0B}),
    M("guest-tr-ar-reserved", {"GUEST_TR_AR_BYTES": 0x18B}),
    M("guest-tr-granularity", {"GUEST_TR_AR_BYTES": 0x808B}),
    M("guest-tr-unusable", {"GUEST_TR_AR_BYTES": 0x1008B}),
    M("guest-ldtr-type", {"GUEST_LDTR_AR_BYTES": 0x83}),
    M("guest-ldtr-s-set", {"GUEST_LDTR_AR_BYTES": 0x92}),
    M("guest-ldtr-not-present", {"GUEST_LDTR_AR_BYTES": 0x02}),
    M("guest-ldtr-ar-reserved", {"GUEST_LDTR_AR_BYTES": 0x182}),
    M("guest-ldtr-granularity", {"GUEST_LDTR_AR_BYTES": 0x8082}),
    *[
        M(f"guest-{t.lower()}-base-not-canonical", {f"GUEST_{t}_BASE": NONCANONICAL})
        for t in ("GDTR", "IDTR")
    ],
    *[
        M(f"guest-{t.lower()}-limit-above-64k", {f"GUEST_{t}_LIMIT": 0x10000})
        for t in ("GDTR", "IDTR")
    ],
    M("guest-rip-above-4g", {"GUEST_RIP": 1 << 32 | 0xC1000000}, base="pae"),
    M("guest-rip-not-canonical", {"GUEST_RIP": NONCANONICAL}),
    M("guest-rflags-reserved", {"GUEST_RFLAGS": 0x246 | 1 << 3}),
    M("guest-rflags-vm-not-allowed", {"GUEST_CR0": 0x00010030}, base="v86"),
    M(
        "guest-rflags-if-for-interrupt",
        {"VM_ENTRY_INTR_INFO_FIELD": EXT_INTR, "GUEST_RFLAGS": 0x46},
    ),
    M("guest-interruptibility-reserved", {"GUEST_INTERRUPTIBILITY_INFO": 1 << 5}),
    M("guest-interruptibility-sti-and-mov-ss", {"GUEST_INTERRUPTIBILITY_INFO": 0x3}),
    M(
        "guest-interruptibility-sti-without-if",
        {"GUEST_INTERRUPTIBILITY_INFO": 0x1, "GUEST_RFLAGS": 0x46},
    ),
    M(
        "guest-interruptibility-blocks-interrupt",
        {"VM_ENTRY_INTR_INFO_FIELD": EXT_INTR, "GUEST_INTERRUPTIBILITY_INFO": 0x2},
    ),
    M(
        "guest-interruptibility-mov-ss-blocks-nmi",
        {"VM_ENTRY_INTR_INFO_FIELD": NMI, "GUEST_INTERRUPTIBILITY_INFO": 0x2},
    ),
    M("guest-interruptibility-smi-without-smm-entry", {"GUEST_INTERRUPTIBILITY_INFO": 0x4}),
    M("guest-interruptibility-smm-entry-without-smi", {"VM_ENTRY_CONTROLS": ENTRY | 1 << 10}),
    M(
        "guest-interruptibility-virtual-nmi-blocking",
        {"VM_ENTRY_INTR_INFO_FIELD": NMI, "GUEST_INTERRUPTIBILITY_INFO": 0x8},
    ),
    M("guest-interruptibility-enclave-mov-ss", {"GUEST_INTERRUPTIBILITY_INFO": 0x10}),
    M("guest-pending-dbg-reserved", {"GUEST_PENDING_DBG_EXCEPTIONS": 1 << 4}),
    M(
        "guest-pending-dbg-bs-missing",
        {"GUEST_INTERRUPTIBILITY_INFO": 0x1, "GUEST_RFLAGS": 0x346},
    ),
    M(
        "guest-pending-dbg-bs-spurious",
        {"GUEST_INTERRUPTIBILITY_INFO": 0x1, "GUEST_PENDING_DBG_EXCEPTIONS": 1 << 14},
    ),
    *[M(f"guest-pdpte{i}-reserved", {f"GUEST_PDPTR{i}": 0x3}, base="pae") for i in range(4)],
]
# Checks whose only condition is one the language cannot state: undecided whenever they apply.
V8086_BASE_CHECKS = [f"guest-{s}-base-v8086" for s in ("cs", "ss", "ds", "es", "fs", "gs")]


def profile_for(mutation: Mutation) -> CapabilityProfile:
    caps = kvm_like_profile()
    if not mutation.with_cet:
        return caps
    msrs = dict(caps.msrs)
    msrs["IA32_VMX_CR4_FIXED1"] = CR4_FIXED1 | CET
    return replace(caps, msrs=tuple(msrs.items()), cpuid=frozenset((*CPUID, "shstk")))


def test_every_state_check_has_one_mutation(specs: SpecSet) -> None:
    ids = [p.check.id for p in plan_entry_checks(specs).checks if p.spec.name in STATE_SPECS]
    mutated = [m.check for m in MUTATIONS]
    assert len(mutated) == len(set(mutated))
    assert sorted(mutated + V8086_BASE_CHECKS) == sorted(ids)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.check)
def test_one_mutation_breaks_exactly_its_check(
    specs: SpecSet, layout: Layout, mutation: Mutation
) -> None:
    base = BASES[mutation.base](layout).with_header(**mutation.header)
    caps = profile_for(mutation)
    before = verdicts(specs, base, caps, mutation.release)
    assert before[mutation.check] is Verdict.HOLDS
    after = verdicts(specs, base.with_fields(**mutation.fields), caps, mutation.release)
    changed = {k: v for k, v in after.items() if v is not before[k]}
    needs_more = any(
        p.check.unknown for p in plan_entry_checks(specs).checks if p.check.id == mutation.check
    )
    expected = Verdict.UNDECIDED if needs_more else Verdict.BROKEN
    assert changed == {
        mutation.check: expected,
        **dict.fromkeys(mutation.also_undecided, Verdict.UNDECIDED),
    }


def test_virtual_8086_bases_are_undecided_only_in_virtual_8086_mode(
    specs: SpecSet, layout: Layout
) -> None:
    caps = kvm_like_profile()
    v86 = verdicts(specs, virtual_8086(layout), caps)
    assert {k for k, v in v86.items() if v is not Verdict.HOLDS} == set(V8086_BASE_CHECKS)
    r64 = verdicts(specs, running_64bit(layout), caps)
    assert {r64[k] for k in V8086_BASE_CHECKS} == {Verdict.HOLDS}


def test_canonical_width_follows_the_profile(specs: SpecSet, layout: Layout) -> None:
    """A 57-bit-canonical host base is refused without LA57 and accepted with it; HOST_RIP
    follows HOST_CR4.LA57 instead (what L1's paging will be after VM exit)."""
    state = running_64bit(layout).with_fields(HOST_GS_BASE=0xFF00_0000_0000_0000)
    plain = verdicts(specs, state, kvm_like_profile())
    la57 = verdicts(specs, state, kvm_like_profile(cpuid=(*CPUID, "la57")))
    assert (plain["host-gs-base-not-canonical"], la57["host-gs-base-not-canonical"]) == (
        Verdict.BROKEN,
        Verdict.HOLDS,
    )
    rip = running_64bit(layout).with_fields(HOST_RIP=0xFF00_0000_0000_0000)
    assert (
        verdicts(specs, rip, kvm_like_profile(cpuid=(*CPUID, "la57")))["host-rip-not-canonical"]
        is Verdict.BROKEN
    )
    rip57 = rip.with_fields(HOST_CR4=HOST_CR4 | LA57)
    assert (
        verdicts(specs, rip57, kvm_like_profile(cpuid=(*CPUID, "la57")))["host-rip-not-canonical"]
        is Verdict.HOLDS
    )
