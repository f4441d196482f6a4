"""The host-state and guest-state cases of kvm-unit-tests' x86/vmx_tests.c, as data: each
case names the upstream test it mirrors, changes the running 64-bit L2 the way that test
changes its VMCS, and expects what the test expects of the VM entry (it succeeds: no state
check is broken; it fails: the named check is broken). Facts from kvm-unit-tests
e329c328f369 (test_host_ctl_regs, test_sysenter_field, test_host_efer, test_guest_efer,
test_load_host_pat, test_load_guest_pat, test_host_segment_regs, test_host_desc_tables,
test_host_addr_size) and the upstream patch adding test_guest_dr7; the fixed bits are those of
the KVM-like profile, as the tests read them from IA32_VMX_CR0/CR4_FIXED0/1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from entry_states import CR4_FIXED1, RUN_PENDING, kvm_like_profile, running_64bit
from running_l2 import RUNNING_L2

from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.state.entry_checks import CheckState, Verdict, evaluate

STATE_SPECS = ("vm_entry_host_state", "vm_entry_guest_state")
NONCANONICAL = 0xAAAA_AAAA_AAAA_AAAA
MAXPHYADDR = 46
EXIT, ENTRY = RUNNING_L2["VM_EXIT_CONTROLS"], RUNNING_L2["VM_ENTRY_CONTROLS"]
EXIT_LOAD_PAT, EXIT_LOAD_EFER, EXIT_HOST_64 = 1 << 19, 1 << 21, 1 << 9
ENTRY_LOAD_PAT, ENTRY_LOAD_EFER, ENTRY_GUEST_64, ENTRY_LOAD_DBG = 1 << 14, 1 << 15, 1 << 9, 1 << 2
EFER_LME, EFER_LMA = 1 << 8, 1 << 10
EFER_RESERVED = ~(1 << 0 | EFER_LME | EFER_LMA | 1 << 11) & (1 << 64) - 1  # SCE LME LMA NX
CR0_FIXED0, CR0_FIXED1, CR4_FIXED0 = 0x80000021, 0xFFFFFFFF, 1 << 13
SMEP_SMAP = 1 << 20 | 1 << 21
PAT_VALUES = [*range(9), 16, 32, 64, 128]  # the values test_pat() writes into each entry


@dataclass(frozen=True)
class Case:
    upstream: str
    fields: dict[str, int]
    broken: str | None  # the check the failing VM entry breaks; None: the entry succeeds
    header: tuple[tuple[str, int], ...] = ()

    @property
    def name(self) -> str:
        shown = ",".join(f"{k}={v:#x}" for k, v in self.fields.items())
        return f"{self.upstream}[{shown}]"


def ctl_reg(reg: str, value: int, fixed0: int, fixed1: int, check: str) -> Iterator[Case]:
    """test_ctl_reg(): setting a bit fixed1 clears, or clearing one fixed0 sets, fails."""
    for bit in range(64):
        if not fixed1 >> bit & 1 and not (reg == "HOST_CR4" and 1 << bit & SMEP_SMAP):
            yield Case("test_host_ctl_regs", {reg: value | 1 << bit}, check)
        if fixed0 >> bit & 1:
            yield Case("test_host_ctl_regs", {reg: value & ~(1 << bit)}, check)


def pat_cases(upstream: str, field: str, controls: str, value: int, bit: int) -> Iterator[Case]:
    """test_pat(): without the load control every value enters; with it an entry of 2, 3 or
    8 and above fails."""
    for entry in PAT_VALUES:
        for index in range(8 if entry else 1):
            pat = entry << 8 * index
            yield Case(upstream, {controls: value & ~bit, field: pat}, None)
            bad = entry in (2, 3) or entry >= 8
            check = field.replace("_IA32_PAT", "").lower().replace("_", "-") + "-pat-invalid"
            yield Case(upstream, {controls: value | bit, field: pat}, check if bad else None)


def efer_cases(upstream: str, field: str, controls: str, load: int, mode: int) -> Iterator[Case]:
    """test_efer(): reserved bits pass without the load control and fail with it; then
    test_efer_bit() turns one EFER bit (LMA or LME) and one control (the load control, then
    the mode control) on and off: with the field loaded, LMA and LME must each equal the mode
    control."""
    side = "host" if field.startswith("HOST") else "guest"
    efer, ctrl = RUNNING_L2[field], RUNNING_L2[controls]
    for bit in range(64):
        if EFER_RESERVED >> bit & 1:
            yield Case(upstream, {controls: ctrl & ~load, field: efer | 1 << bit}, None)
            broken = f"{side}-efer-invalid"
            yield Case(upstream, {controls: ctrl | load, field: efer | 1 << bit}, broken)
    for control in (load, mode):
        for flag in (EFER_LMA, EFER_LME):
            for combo in range(4):
                value = efer | flag if combo & 1 else efer & ~flag
                ctl = ctrl | control if combo & 2 else ctrl & ~control
                in_mode = bool(ctl & mode)
                mismatched = [
                    name
                    for name, bit in (("lma", EFER_LMA), ("lme", EFER_LME))
                    if ctl & load and bool(value & bit) != in_mode
                ]
                if side == "guest" and not mismatched and not in_mode:
                    continue  # the test does not enter a 32-bit guest
                broken = f"{side}-efer-{mismatched[0]}-mismatch" if mismatched else None
                yield Case(upstream, {controls: ctl, field: value}, broken)


def selector_cases() -> Iterator[Case]:
    """test_host_segment_regs(): RPL and TI must be 0; CS and TR not null; SS may be null
    with a 64-bit host; FS, GS and TR bases canonical."""
    for seg in ("CS", "SS", "DS", "ES", "FS", "GS", "TR"):
        sel = RUNNING_L2.get(f"HOST_{seg}_SELECTOR", 0)
        for bit in range(3):
            check = f"host-{seg.lower()}-selector-rpl-ti"
            yield Case("test_host_segment_regs", {f"HOST_{seg}_SELECTOR": sel | 1 << bit}, check)
    for seg in ("CS", "TR"):
        yield Case(
            "test_host_segment_regs",
            {f"HOST_{seg}_SELECTOR": 0},
            f"host-{seg.lower()}-selector-null",
        )
    yield Case("test_host_segment_regs", {"HOST_SS_SELECTOR": 0}, None)
    for base in ("FS", "GS", "TR"):
        check = f"host-{base.lower()}-base-not-canonical"
        yield Case("test_host_segment_regs", {f"HOST_{base}_BASE": NONCANONICAL}, check)


def cases() -> Iterator[Case]:
    yield from ctl_reg(
        "HOST_CR0", RUNNING_L2["HOST_CR0"], CR0_FIXED0, CR0_FIXED1, "host-cr0-fixed-bits"
    )
    yield from ctl_reg(
        "HOST_CR4", RUNNING_L2["HOST_CR4"], CR4_FIXED0, CR4_FIXED1 & ~SMEP_SMAP, "host-cr4-invalid"
    )
    for bit in range(MAXPHYADDR, 64):
        cr3 = RUNNING_L2["HOST_CR3"] | 1 << bit
        yield Case("test_host_ctl_regs", {"HOST_CR3": cr3}, "host-cr3-beyond-maxphyaddr")
    for side, prefix in (("host", "HOST_IA32_"), ("guest", "GUEST_")):
        for reg in ("ESP", "EIP"):
            upstream = "test_sysenter_field" if side == "host" else "vmx_guest_state_area_test"
            field = f"{prefix}SYSENTER_{reg}"
            yield Case(
                upstream, {field: NONCANONICAL}, f"{side}-sysenter-{reg.lower()}-not-canonical"
            )
            yield Case(upstream, {field: 0xFFFFFFFF}, None)
    yield from efer_cases(
        "test_host_efer", "HOST_IA32_EFER", "VM_EXIT_CONTROLS", EXIT_LOAD_EFER, EXIT_HOST_64
    )
    yield from efer_cases(
        "test_guest_efer", "GUEST_IA32_EFER", "VM_ENTRY_CONTROLS", ENTRY_LOAD_EFER, ENTRY_GUEST_64
    )
    yield from pat_cases(
        "test_load_host_pat", "HOST_IA32_PAT", "VM_EXIT_CONTROLS", EXIT, EXIT_LOAD_PAT
    )
    yield from pat_cases(
        "test_load_guest_pat", "GUEST_IA32_PAT", "VM_ENTRY_CONTROLS", ENTRY, ENTRY_LOAD_PAT
    )
    yield from selector_cases()
    for table in ("GDTR", "IDTR"):
        check = f"host-{table.lower()}-base-not-canonical"
        yield Case("test_host_desc_tables", {f"HOST_{table}_BASE": NONCANONICAL}, check)
    yield Case("test_host_addr_size", {"VM_ENTRY_CONTROLS": ENTRY | ENTRY_GUEST_64}, None)
    yield Case("test_host_addr_size", {"HOST_CR4": RUNNING_L2["HOST_CR4"] | 1 << 17}, None)
    for bit in range(32, 64, 4):
        yield Case("test_host_addr_size", {"HOST_RIP": RUNNING_L2["HOST_RIP"] | 1 << bit}, None)
    pae_clear = RUNNING_L2["HOST_CR4"] & ~(1 << 5)
    yield Case("test_host_addr_size", {"HOST_CR4": pae_clear}, "host-64bit-without-pae")
    yield Case("test_host_addr_size", {"HOST_RIP": NONCANONICAL}, "host-rip-not-canonical")
    for bit in range(64):
        yield Case(
            "test_guest_dr7",
            {"VM_ENTRY_CONTROLS": ENTRY & ~ENTRY_LOAD_DBG, "GUEST_DR7": 1 << bit},
            None,
        )
        broken = "guest-dr7-reserved" if bit >= 32 else None
        yield Case(
            "test_guest_dr7",
            {"VM_ENTRY_CONTROLS": ENTRY | ENTRY_LOAD_DBG, "GUEST_DR7": 1 << bit},
            broken,
        )


CASES = list(cases())


@pytest.fixture(scope="module")
def layout(specs: SpecSet) -> Layout:
    return specs.by_name["kvm_vmcs12"]


@pytest.fixture(scope="module")
def plan(specs: SpecSet) -> list:
    return [p for p in plan_entry_checks(specs).checks if p.spec.name in STATE_SPECS]


def test_the_ported_tests_are_all_here() -> None:
    assert {c.upstream for c in CASES} == {
        "test_host_ctl_regs",
        "test_sysenter_field",
        "vmx_guest_state_area_test",
        "test_host_efer",
        "test_guest_efer",
        "test_load_host_pat",
        "test_load_guest_pat",
        "test_host_segment_regs",
        "test_host_desc_tables",
        "test_host_addr_size",
        "test_guest_dr7",
    }
    assert len(CASES) > 500


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_kvm_unit_tests_case(layout: Layout, plan: list, case: Case) -> None:
    # vmx_tests.c runs VMLAUNCH, during which KVM's run-pending checks (guest EFER) apply.
    state = running_64bit(layout).with_header(flags=1 | RUN_PENDING).with_fields(**case.fields)
    checked = CheckState(state.fields, None, state.header, kvm_like_profile(MAXPHYADDR))
    broken = {p.check.id for p in plan if evaluate(p, checked).verdict is Verdict.BROKEN}
    if case.broken is None:
        assert broken == set()
    else:
        assert case.broken in broken
