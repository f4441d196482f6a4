"""Regions as a hypervisor holds them for a running 64-bit L2 that just took an EPT
violation (exit reason 48), built with the generated accessors.

The values are the kind a real L1 writes: CR0 with PE|PG, EFER with LME|LMA, a 64-bit CS
(access rights 0xa09b), an unusable LDTR, the VMCS link pointer all ones, and for the eVMCS
the enlightenments Hyper-V's L1 sets (clean-field mask, VP and VM ids, direct flush).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

EPT_VIOLATION = 48
HOST_RIP = 0xFFFFFFFF81A01F60  # L1's VM-exit handler
# VM_ENTRY_LOAD_CET_STATE and VM_EXIT_LOAD_CET_STATE (arch/x86/include/asm/vmx.h, torvalds/linux
# 3c75e6a5da3c)
ENTRY_LOAD_CET, EXIT_LOAD_CET = 0x00100000, 0x10000000

_SHARED_STATE: dict[str, int] = {
    # host state: L1 itself
    "host_cr0": 0x80050033,
    "host_cr3": 0x10A4E000,
    "host_cr4": 0x003726F0,
    "host_ia32_efer": 0xD01,
    "host_ia32_pat": 0x0407050600070106,
    "host_cs_selector": 0x10,
    "host_ss_selector": 0x18,
    "host_tr_selector": 0x40,
    "host_fs_base": 0x7F3A5C9FE740,
    "host_gs_base": 0xFFFF88807FC00000,
    "host_tr_base": 0xFFFFFE0000003000,
    "host_gdtr_base": 0xFFFFFE0000001000,
    "host_idtr_base": 0xFFFFFE0000000000,
    "host_rsp": 0xFFFFC90000A3FF28,
    "host_rip": HOST_RIP,
    # controls
    "pin_based_vm_exec_control": 0x0000003F,
    "cpu_based_vm_exec_control": 0xB5986DFA,
    "secondary_vm_exec_control": 0x000010AA,
    "vm_exit_controls": 0x003FEFFF,
    "vm_entry_controls": 0x0000D3FF,
    "exception_bitmap": 0x00060042,
    "io_bitmap_a": 0x10B7F000,
    "io_bitmap_b": 0x10B80000,
    "msr_bitmap": 0x10B81000,
    "ept_pointer": 0x10C2605E,
    "virtual_processor_id": 1,
    "tsc_offset": 0xFFFFFE0123456789,
    "tsc_multiplier": 0x0001000000000000,
    "cr0_guest_host_mask": 0xFFFFFFFFFFFFFFF7,
    "cr4_guest_host_mask": 0xFFFFFFFFFFFEF871,
    "cr0_read_shadow": 0x80050033,
    "cr4_read_shadow": 0x003706F0,
    # guest state: L2, 64-bit long mode
    "guest_cr0": 0x80050033,
    "guest_cr3": 0x0B33E000,
    "guest_cr4": 0x003706F0,
    "guest_ia32_efer": 0xD01,
    "guest_ia32_pat": 0x0407050600070106,
    "guest_dr7": 0x400,
    "vmcs_link_pointer": 0xFFFFFFFFFFFFFFFF,
    "guest_cs_selector": 0x10,
    "guest_cs_limit": 0xFFFFFFFF,
    "guest_cs_ar_bytes": 0xA09B,
    "guest_ss_selector": 0x18,
    "guest_ss_limit": 0xFFFFFFFF,
    "guest_ss_ar_bytes": 0xC093,
    "guest_ds_ar_bytes": 0xC093,
    "guest_es_ar_bytes": 0xC093,
    "guest_fs_ar_bytes": 0xC093,
    "guest_gs_ar_bytes": 0xC093,
    "guest_gs_base": 0xFFFF88803EC00000,
    "guest_ldtr_ar_bytes": 0x10000,
    "guest_tr_selector": 0x40,
    "guest_tr_limit": 0x4087,
    "guest_tr_ar_bytes": 0x8B,
    "guest_tr_base": 0xFFFFFE0000045000,
    "guest_gdtr_base": 0xFFFFFE0000044000,
    "guest_gdtr_limit": 0x7F,
    "guest_idtr_base": 0xFFFFFE0000000000,
    "guest_idtr_limit": 0xFFF,
    "guest_rip": 0xFFFFFFFF8112A3C4,
    "guest_rsp": 0xFFFFC900001B7E50,
    "guest_rflags": 0x246,
    # exit information: an EPT violation on a read through a valid linear address
    "vm_exit_reason": EPT_VIOLATION,
    "exit_qualification": 0x181,
    "guest_physical_address": 0x7FF0D000,
    "guest_linear_address": 0xFFFF888007FF0D00,
    "vm_exit_instruction_len": 3,
}

# What only the enlightened VMCS has: nothing of it fits a vmcs12.
EVMCS_ENLIGHTENMENTS: dict[str, int] = {
    "hv_clean_fields": 0xFFFF & ~0x0400,  # GUEST_BASIC dirty
    "hv_enlightenments_control": 0x1,  # nested_flush_hypercall
    "hv_vp_id": 3,
    "hv_vm_id": 0x42,
    "partition_assist_page": 0x7FFE1000,
}


def _fill(region: Any, values: dict[str, int]) -> None:
    for name, value in values.items():
        setattr(region, name, value)


def running_evmcs(load: Callable[[str], ModuleType]) -> bytes:
    """The eVMCS of a Hyper-V L1 after its L2 took an EPT violation."""
    evmcs = load("hv_evmcs_v1").HvEvmcsV1.new()
    _fill(evmcs, {**_SHARED_STATE, **EVMCS_ENLIGHTENMENTS})
    data: bytes = evmcs.to_bytes()
    return data


def running_vmcs12(load: Callable[[str], ModuleType], *, cet: bool) -> bytes:
    """KVM's vmcs12 of a launched L2 after an EPT violation; with `cet`, L2 and L1 use
    supervisor shadow stacks and the entry/exit controls load CET state."""
    vmcs12 = load("kvm_vmcs12").KvmVmcs12.new()
    _fill(vmcs12, _SHARED_STATE)
    vmcs12.launch_state = 1
    if cet:
        vmcs12.vm_entry_controls |= ENTRY_LOAD_CET
        vmcs12.vm_exit_controls |= EXIT_LOAD_CET
        _fill(
            vmcs12,
            {
                "guest_s_cet": 0x1,  # SH_STK_EN
                "guest_ssp": 0xFFFFC900001B8FF8,
                "host_s_cet": 0x1,
                "host_ssp": 0xFFFFC90000A40FF8,
                "host_ssp_tbl": 0xFFFF88807FC1C000,
            },
        )
    data: bytes = vmcs12.to_bytes()
    return data
