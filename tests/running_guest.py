"""Regions of a running 64-bit L2 that just took an EPT violation (exit reason 48), on top
of running_l2's state: the enlightened VMCS of a Hyper-V L1, with the enlightenments it
sets (clean-field mask, VP and VM ids, direct flush), and KVM's vmcs12, with or without
nested CET in use."""

from __future__ import annotations

from running_l2 import ENTRY_CONTROLS, EXIT_CONTROLS, RUNNING_L2, running_l2

from vmcsgen.model.spec import Layout, SpecSet

EPT_VIOLATION = 48
HOST_RIP = RUNNING_L2["HOST_RIP"]
# VM_ENTRY_LOAD_CET_STATE and VM_EXIT_LOAD_CET_STATE (arch/x86/include/asm/vmx.h, torvalds/linux
# 3c75e6a5da3c)
ENTRY_LOAD_CET, EXIT_LOAD_CET = 0x00100000, 0x10000000

EPT_VIOLATION_EXIT = {
    # A read through a valid linear address.
    "VM_EXIT_REASON": EPT_VIOLATION,
    "EXIT_QUALIFICATION": 0x181,
    "GUEST_PHYSICAL_ADDRESS": 0x7FF0D000,
    "GUEST_LINEAR_ADDRESS": 0xFFFF888007FF0D00,
    "VM_EXIT_INSTRUCTION_LEN": 3,
    # L1 scales the TSC by 1.0 (48.16 fixed point), a field Linux 4.14 has no room for.
    "TSC_MULTIPLIER": 0x0001000000000000,
}

# L2 and L1 on supervisor shadow stacks (IA32_S_CET.SH_STK_EN), loaded at entry and exit.
CET_IN_USE = {
    "GUEST_S_CET": 0x1,
    "GUEST_SSP": 0xFFFFC900001B8FF8,
    "HOST_S_CET": 0x1,
    "HOST_SSP": 0xFFFFC90000A40FF8,
    "HOST_INTR_SSP_TABLE": 0xFFFF88807FC1C000,
    "VM_ENTRY_CONTROLS": ENTRY_CONTROLS | ENTRY_LOAD_CET,
    "VM_EXIT_CONTROLS": EXIT_CONTROLS | EXIT_LOAD_CET,
}

# What only the enlightened VMCS has, by member name: nothing of it fits a vmcs12.
EVMCS_ENLIGHTENMENTS: dict[str, int] = {
    "hv_clean_fields": 0xFFFF & ~0x0400,  # GUEST_BASIC dirty
    "hv_enlightenments_control": 0x1,  # nested_flush_hypercall
    "hv_vp_id": 3,
    "hv_vm_id": 0x42,
    "partition_assist_page": 0x7FFE1000,
}


def _set_members(layout: Layout, region: bytearray, values: dict[str, int]) -> None:
    members = {m.name: m for m in layout.members}
    for name, value in values.items():
        member = members[name]
        region[member.offset : member.end] = value.to_bytes(member.size, "little")


def running_evmcs(specs: SpecSet) -> bytes:
    """The eVMCS of a Hyper-V L1 after its L2 took an EPT violation."""
    layout = specs.by_name["hv_evmcs_v1"]
    region = running_l2(layout, **EPT_VIOLATION_EXIT)
    _set_members(layout, region, EVMCS_ENLIGHTENMENTS)
    return bytes(region)


def running_vmcs12(specs: SpecSet, *, cet: bool) -> bytes:
    """KVM's vmcs12 of a launched L2 after an EPT violation; with `cet`, nested CET in use."""
    values = {**EPT_VIOLATION_EXIT, **(CET_IN_USE if cet else {})}
    return bytes(running_l2(specs.by_name["kvm_vmcs12"], **values))
