# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""KVM struct vmcs12 (Linux up to 6.17, before nested CET): typed access to a `kvm_vmcs12_v6_17` VMCS region.

Generated from specs/layouts/kvm_vmcs12_v6_17.yaml, specs/fields.yaml, specs/bits.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Linux arch/x86/kvm/vmx/vmcs12.h (torvalds/linux 407da561244b) and the field table in
arch/x86/kvm/vmx/vmcs12.c (cdc780f044a8), the last versions before nested CET
support (merged for 6.18 with "KVM: nVMX: Prepare for enabling CET support for
nested guest"); shadowed fields from arch/x86/kvm/vmx/vmcs_shadow_fields.h of Linux
6.1 (Debian linux-source-6.1), the same list and order as 2555693dd85c.
"""

from __future__ import annotations

import sys
from typing import NamedTuple, Union

import vmcs_bits

if sys.byteorder != "little":
    raise ImportError(
        "kvm_vmcs12_v6_17 accessors read the region in host byte order: need little-endian"
    )

Buffer = Union[bytes, bytearray, memoryview]

LAYOUT_NAME = "kvm_vmcs12_v6_17"
REVISION_ID = 0x11E57ED0
REGION_SIZE = 4096
STRUCT_SIZE = 998
SHADOW_INDICATOR = True
MAX_FIELD_INDEX = 0x19


class MemberInfo(NamedTuple):
    name: str
    field: str | None
    encoding: int | None
    offset: int
    size: int
    kind: str
    type: str | None
    group: str | None


MEMBERS: tuple[MemberInfo, ...] = (
    MemberInfo("hdr", None, None, 0, 4, "header", None, None),
    MemberInfo("abort", None, None, 4, 4, "state", None, None),
    MemberInfo("launch_state", None, None, 8, 4, "state", None, None),
    MemberInfo("padding", None, None, 12, 28, "reserved", None, None),
    MemberInfo("io_bitmap_a", "IO_BITMAP_A", 0x00002000, 40, 8, "field", "control", None),
    MemberInfo("io_bitmap_b", "IO_BITMAP_B", 0x00002002, 48, 8, "field", "control", None),
    MemberInfo("msr_bitmap", "MSR_BITMAP", 0x00002004, 56, 8, "field", "control", None),
    MemberInfo(
        "vm_exit_msr_store_addr",
        "VM_EXIT_MSR_STORE_ADDR",
        0x00002006,
        64,
        8,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_exit_msr_load_addr",
        "VM_EXIT_MSR_LOAD_ADDR",
        0x00002008,
        72,
        8,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_entry_msr_load_addr",
        "VM_ENTRY_MSR_LOAD_ADDR",
        0x0000200A,
        80,
        8,
        "field",
        "control",
        None,
    ),
    MemberInfo("tsc_offset", "TSC_OFFSET", 0x00002010, 88, 8, "field", "control", None),
    MemberInfo(
        "virtual_apic_page_addr",
        "VIRTUAL_APIC_PAGE_ADDR",
        0x00002012,
        96,
        8,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "apic_access_addr", "APIC_ACCESS_ADDR", 0x00002014, 104, 8, "field", "control", None
    ),
    MemberInfo(
        "posted_intr_desc_addr",
        "POSTED_INTR_DESC_ADDR",
        0x00002016,
        112,
        8,
        "field",
        "control",
        None,
    ),
    MemberInfo("ept_pointer", "EPT_POINTER", 0x0000201A, 120, 8, "field", "control", None),
    MemberInfo(
        "eoi_exit_bitmap0", "EOI_EXIT_BITMAP0", 0x0000201C, 128, 8, "field", "control", None
    ),
    MemberInfo(
        "eoi_exit_bitmap1", "EOI_EXIT_BITMAP1", 0x0000201E, 136, 8, "field", "control", None
    ),
    MemberInfo(
        "eoi_exit_bitmap2", "EOI_EXIT_BITMAP2", 0x00002020, 144, 8, "field", "control", None
    ),
    MemberInfo(
        "eoi_exit_bitmap3", "EOI_EXIT_BITMAP3", 0x00002022, 152, 8, "field", "control", None
    ),
    MemberInfo("xss_exit_bitmap", "XSS_EXIT_BITMAP", 0x0000202C, 160, 8, "field", "control", None),
    MemberInfo(
        "guest_physical_address",
        "GUEST_PHYSICAL_ADDRESS",
        0x00002400,
        168,
        8,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "vmcs_link_pointer", "VMCS_LINK_POINTER", 0x00002800, 176, 8, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ia32_debugctl",
        "GUEST_IA32_DEBUGCTL",
        0x00002802,
        184,
        8,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_ia32_pat", "GUEST_IA32_PAT", 0x00002804, 192, 8, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ia32_efer", "GUEST_IA32_EFER", 0x00002806, 200, 8, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ia32_perf_global_ctrl",
        "GUEST_IA32_PERF_GLOBAL_CTRL",
        0x00002808,
        208,
        8,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo("guest_pdptr0", "GUEST_PDPTR0", 0x0000280A, 216, 8, "field", "guest_state", None),
    MemberInfo("guest_pdptr1", "GUEST_PDPTR1", 0x0000280C, 224, 8, "field", "guest_state", None),
    MemberInfo("guest_pdptr2", "GUEST_PDPTR2", 0x0000280E, 232, 8, "field", "guest_state", None),
    MemberInfo("guest_pdptr3", "GUEST_PDPTR3", 0x00002810, 240, 8, "field", "guest_state", None),
    MemberInfo("guest_bndcfgs", "GUEST_BNDCFGS", 0x00002812, 248, 8, "field", "guest_state", None),
    MemberInfo("host_ia32_pat", "HOST_IA32_PAT", 0x00002C00, 256, 8, "field", "host_state", None),
    MemberInfo("host_ia32_efer", "HOST_IA32_EFER", 0x00002C02, 264, 8, "field", "host_state", None),
    MemberInfo(
        "host_ia32_perf_global_ctrl",
        "HOST_IA32_PERF_GLOBAL_CTRL",
        0x00002C04,
        272,
        8,
        "field",
        "host_state",
        None,
    ),
    MemberInfo("vmread_bitmap", "VMREAD_BITMAP", 0x00002026, 280, 8, "field", "control", None),
    MemberInfo("vmwrite_bitmap", "VMWRITE_BITMAP", 0x00002028, 288, 8, "field", "control", None),
    MemberInfo(
        "vm_function_control", "VM_FUNCTION_CONTROL", 0x00002018, 296, 8, "field", "control", None
    ),
    MemberInfo(
        "eptp_list_address", "EPTP_LIST_ADDRESS", 0x00002024, 304, 8, "field", "control", None
    ),
    MemberInfo("pml_address", "PML_ADDRESS", 0x0000200E, 312, 8, "field", "control", None),
    MemberInfo(
        "encls_exiting_bitmap", "ENCLS_EXITING_BITMAP", 0x0000202E, 320, 8, "field", "control", None
    ),
    MemberInfo("tsc_multiplier", "TSC_MULTIPLIER", 0x00002032, 328, 8, "field", "control", None),
    MemberInfo("padding64", None, None, 336, 8, "reserved", None, None),
    MemberInfo(
        "cr0_guest_host_mask", "CR0_GUEST_HOST_MASK", 0x00006000, 344, 8, "field", "control", None
    ),
    MemberInfo(
        "cr4_guest_host_mask", "CR4_GUEST_HOST_MASK", 0x00006002, 352, 8, "field", "control", None
    ),
    MemberInfo("cr0_read_shadow", "CR0_READ_SHADOW", 0x00006004, 360, 8, "field", "control", None),
    MemberInfo("cr4_read_shadow", "CR4_READ_SHADOW", 0x00006006, 368, 8, "field", "control", None),
    MemberInfo("dead_space", None, None, 376, 32, "reserved", None, None),
    MemberInfo(
        "exit_qualification", "EXIT_QUALIFICATION", 0x00006400, 408, 8, "field", "read_only", None
    ),
    MemberInfo(
        "guest_linear_address",
        "GUEST_LINEAR_ADDRESS",
        0x0000640A,
        416,
        8,
        "field",
        "read_only",
        None,
    ),
    MemberInfo("guest_cr0", "GUEST_CR0", 0x00006800, 424, 8, "field", "guest_state", None),
    MemberInfo("guest_cr3", "GUEST_CR3", 0x00006802, 432, 8, "field", "guest_state", None),
    MemberInfo("guest_cr4", "GUEST_CR4", 0x00006804, 440, 8, "field", "guest_state", None),
    MemberInfo("guest_es_base", "GUEST_ES_BASE", 0x00006806, 448, 8, "field", "guest_state", None),
    MemberInfo("guest_cs_base", "GUEST_CS_BASE", 0x00006808, 456, 8, "field", "guest_state", None),
    MemberInfo("guest_ss_base", "GUEST_SS_BASE", 0x0000680A, 464, 8, "field", "guest_state", None),
    MemberInfo("guest_ds_base", "GUEST_DS_BASE", 0x0000680C, 472, 8, "field", "guest_state", None),
    MemberInfo("guest_fs_base", "GUEST_FS_BASE", 0x0000680E, 480, 8, "field", "guest_state", None),
    MemberInfo("guest_gs_base", "GUEST_GS_BASE", 0x00006810, 488, 8, "field", "guest_state", None),
    MemberInfo(
        "guest_ldtr_base", "GUEST_LDTR_BASE", 0x00006812, 496, 8, "field", "guest_state", None
    ),
    MemberInfo("guest_tr_base", "GUEST_TR_BASE", 0x00006814, 504, 8, "field", "guest_state", None),
    MemberInfo(
        "guest_gdtr_base", "GUEST_GDTR_BASE", 0x00006816, 512, 8, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_idtr_base", "GUEST_IDTR_BASE", 0x00006818, 520, 8, "field", "guest_state", None
    ),
    MemberInfo("guest_dr7", "GUEST_DR7", 0x0000681A, 528, 8, "field", "guest_state", None),
    MemberInfo("guest_rsp", "GUEST_RSP", 0x0000681C, 536, 8, "field", "guest_state", None),
    MemberInfo("guest_rip", "GUEST_RIP", 0x0000681E, 544, 8, "field", "guest_state", None),
    MemberInfo("guest_rflags", "GUEST_RFLAGS", 0x00006820, 552, 8, "field", "guest_state", None),
    MemberInfo(
        "guest_pending_dbg_exceptions",
        "GUEST_PENDING_DBG_EXCEPTIONS",
        0x00006822,
        560,
        8,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_sysenter_esp", "GUEST_SYSENTER_ESP", 0x00006824, 568, 8, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_sysenter_eip", "GUEST_SYSENTER_EIP", 0x00006826, 576, 8, "field", "guest_state", None
    ),
    MemberInfo("host_cr0", "HOST_CR0", 0x00006C00, 584, 8, "field", "host_state", None),
    MemberInfo("host_cr3", "HOST_CR3", 0x00006C02, 592, 8, "field", "host_state", None),
    MemberInfo("host_cr4", "HOST_CR4", 0x00006C04, 600, 8, "field", "host_state", None),
    MemberInfo("host_fs_base", "HOST_FS_BASE", 0x00006C06, 608, 8, "field", "host_state", None),
    MemberInfo("host_gs_base", "HOST_GS_BASE", 0x00006C08, 616, 8, "field", "host_state", None),
    MemberInfo("host_tr_base", "HOST_TR_BASE", 0x00006C0A, 624, 8, "field", "host_state", None),
    MemberInfo("host_gdtr_base", "HOST_GDTR_BASE", 0x00006C0C, 632, 8, "field", "host_state", None),
    MemberInfo("host_idtr_base", "HOST_IDTR_BASE", 0x00006C0E, 640, 8, "field", "host_state", None),
    MemberInfo(
        "host_ia32_sysenter_esp",
        "HOST_IA32_SYSENTER_ESP",
        0x00006C10,
        648,
        8,
        "field",
        "host_state",
        None,
    ),
    MemberInfo(
        "host_ia32_sysenter_eip",
        "HOST_IA32_SYSENTER_EIP",
        0x00006C12,
        656,
        8,
        "field",
        "host_state",
        None,
    ),
    MemberInfo("host_rsp", "HOST_RSP", 0x00006C14, 664, 8, "field", "host_state", None),
    MemberInfo("host_rip", "HOST_RIP", 0x00006C16, 672, 8, "field", "host_state", None),
    MemberInfo("paddingl", None, None, 680, 64, "reserved", None, None),
    MemberInfo(
        "pin_based_vm_exec_control",
        "PIN_BASED_VM_EXEC_CONTROL",
        0x00004000,
        744,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "cpu_based_vm_exec_control",
        "CPU_BASED_VM_EXEC_CONTROL",
        0x00004002,
        748,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "exception_bitmap", "EXCEPTION_BITMAP", 0x00004004, 752, 4, "field", "control", None
    ),
    MemberInfo(
        "page_fault_error_code_mask",
        "PAGE_FAULT_ERROR_CODE_MASK",
        0x00004006,
        756,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "page_fault_error_code_match",
        "PAGE_FAULT_ERROR_CODE_MATCH",
        0x00004008,
        760,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "cr3_target_count", "CR3_TARGET_COUNT", 0x0000400A, 764, 4, "field", "control", None
    ),
    MemberInfo(
        "vm_exit_controls", "VM_EXIT_CONTROLS", 0x0000400C, 768, 4, "field", "control", None
    ),
    MemberInfo(
        "vm_exit_msr_store_count",
        "VM_EXIT_MSR_STORE_COUNT",
        0x0000400E,
        772,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_exit_msr_load_count",
        "VM_EXIT_MSR_LOAD_COUNT",
        0x00004010,
        776,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_entry_controls", "VM_ENTRY_CONTROLS", 0x00004012, 780, 4, "field", "control", None
    ),
    MemberInfo(
        "vm_entry_msr_load_count",
        "VM_ENTRY_MSR_LOAD_COUNT",
        0x00004014,
        784,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_entry_intr_info_field",
        "VM_ENTRY_INTR_INFO_FIELD",
        0x00004016,
        788,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_entry_exception_error_code",
        "VM_ENTRY_EXCEPTION_ERROR_CODE",
        0x00004018,
        792,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_entry_instruction_len",
        "VM_ENTRY_INSTRUCTION_LEN",
        0x0000401A,
        796,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo("tpr_threshold", "TPR_THRESHOLD", 0x0000401C, 800, 4, "field", "control", None),
    MemberInfo(
        "secondary_vm_exec_control",
        "SECONDARY_VM_EXEC_CONTROL",
        0x0000401E,
        804,
        4,
        "field",
        "control",
        None,
    ),
    MemberInfo(
        "vm_instruction_error",
        "VM_INSTRUCTION_ERROR",
        0x00004400,
        808,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo("vm_exit_reason", "VM_EXIT_REASON", 0x00004402, 812, 4, "field", "read_only", None),
    MemberInfo(
        "vm_exit_intr_info", "VM_EXIT_INTR_INFO", 0x00004404, 816, 4, "field", "read_only", None
    ),
    MemberInfo(
        "vm_exit_intr_error_code",
        "VM_EXIT_INTR_ERROR_CODE",
        0x00004406,
        820,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "idt_vectoring_info_field",
        "IDT_VECTORING_INFO_FIELD",
        0x00004408,
        824,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "idt_vectoring_error_code",
        "IDT_VECTORING_ERROR_CODE",
        0x0000440A,
        828,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "vm_exit_instruction_len",
        "VM_EXIT_INSTRUCTION_LEN",
        0x0000440C,
        832,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "vmx_instruction_info",
        "VMX_INSTRUCTION_INFO",
        0x0000440E,
        836,
        4,
        "field",
        "read_only",
        None,
    ),
    MemberInfo(
        "guest_es_limit", "GUEST_ES_LIMIT", 0x00004800, 840, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_cs_limit", "GUEST_CS_LIMIT", 0x00004802, 844, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ss_limit", "GUEST_SS_LIMIT", 0x00004804, 848, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ds_limit", "GUEST_DS_LIMIT", 0x00004806, 852, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_fs_limit", "GUEST_FS_LIMIT", 0x00004808, 856, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_gs_limit", "GUEST_GS_LIMIT", 0x0000480A, 860, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ldtr_limit", "GUEST_LDTR_LIMIT", 0x0000480C, 864, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_tr_limit", "GUEST_TR_LIMIT", 0x0000480E, 868, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_gdtr_limit", "GUEST_GDTR_LIMIT", 0x00004810, 872, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_idtr_limit", "GUEST_IDTR_LIMIT", 0x00004812, 876, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_es_ar_bytes", "GUEST_ES_AR_BYTES", 0x00004814, 880, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_cs_ar_bytes", "GUEST_CS_AR_BYTES", 0x00004816, 884, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ss_ar_bytes", "GUEST_SS_AR_BYTES", 0x00004818, 888, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ds_ar_bytes", "GUEST_DS_AR_BYTES", 0x0000481A, 892, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_fs_ar_bytes", "GUEST_FS_AR_BYTES", 0x0000481C, 896, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_gs_ar_bytes", "GUEST_GS_AR_BYTES", 0x0000481E, 900, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ldtr_ar_bytes",
        "GUEST_LDTR_AR_BYTES",
        0x00004820,
        904,
        4,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_tr_ar_bytes", "GUEST_TR_AR_BYTES", 0x00004822, 908, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_interruptibility_info",
        "GUEST_INTERRUPTIBILITY_INFO",
        0x00004824,
        912,
        4,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_activity_state",
        "GUEST_ACTIVITY_STATE",
        0x00004826,
        916,
        4,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_sysenter_cs", "GUEST_SYSENTER_CS", 0x0000482A, 920, 4, "field", "guest_state", None
    ),
    MemberInfo(
        "host_ia32_sysenter_cs",
        "HOST_IA32_SYSENTER_CS",
        0x00004C00,
        924,
        4,
        "field",
        "host_state",
        None,
    ),
    MemberInfo(
        "vmx_preemption_timer_value",
        "VMX_PREEMPTION_TIMER_VALUE",
        0x0000482E,
        928,
        4,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo("padding32", None, None, 932, 28, "reserved", None, None),
    MemberInfo(
        "virtual_processor_id", "VIRTUAL_PROCESSOR_ID", 0x00000000, 960, 2, "field", "control", None
    ),
    MemberInfo("posted_intr_nv", "POSTED_INTR_NV", 0x00000002, 962, 2, "field", "control", None),
    MemberInfo(
        "guest_es_selector", "GUEST_ES_SELECTOR", 0x00000800, 964, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_cs_selector", "GUEST_CS_SELECTOR", 0x00000802, 966, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ss_selector", "GUEST_SS_SELECTOR", 0x00000804, 968, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ds_selector", "GUEST_DS_SELECTOR", 0x00000806, 970, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_fs_selector", "GUEST_FS_SELECTOR", 0x00000808, 972, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_gs_selector", "GUEST_GS_SELECTOR", 0x0000080A, 974, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_ldtr_selector",
        "GUEST_LDTR_SELECTOR",
        0x0000080C,
        976,
        2,
        "field",
        "guest_state",
        None,
    ),
    MemberInfo(
        "guest_tr_selector", "GUEST_TR_SELECTOR", 0x0000080E, 978, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "guest_intr_status", "GUEST_INTR_STATUS", 0x00000810, 980, 2, "field", "guest_state", None
    ),
    MemberInfo(
        "host_es_selector", "HOST_ES_SELECTOR", 0x00000C00, 982, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_cs_selector", "HOST_CS_SELECTOR", 0x00000C02, 984, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_ss_selector", "HOST_SS_SELECTOR", 0x00000C04, 986, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_ds_selector", "HOST_DS_SELECTOR", 0x00000C06, 988, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_fs_selector", "HOST_FS_SELECTOR", 0x00000C08, 990, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_gs_selector", "HOST_GS_SELECTOR", 0x00000C0A, 992, 2, "field", "host_state", None
    ),
    MemberInfo(
        "host_tr_selector", "HOST_TR_SELECTOR", 0x00000C0C, 994, 2, "field", "host_state", None
    ),
    MemberInfo(
        "guest_pml_index", "GUEST_PML_INDEX", 0x00000812, 996, 2, "field", "guest_state", None
    ),
)

# VMREAD/VMWRITE targets: encoding -> (offset, size, name); HIGH halves read bits 63:32.
ENCODINGS: dict[int, tuple[int, int, str]] = {
    0x00000000: (960, 2, "VIRTUAL_PROCESSOR_ID"),
    0x00000002: (962, 2, "POSTED_INTR_NV"),
    0x00000800: (964, 2, "GUEST_ES_SELECTOR"),
    0x00000802: (966, 2, "GUEST_CS_SELECTOR"),
    0x00000804: (968, 2, "GUEST_SS_SELECTOR"),
    0x00000806: (970, 2, "GUEST_DS_SELECTOR"),
    0x00000808: (972, 2, "GUEST_FS_SELECTOR"),
    0x0000080A: (974, 2, "GUEST_GS_SELECTOR"),
    0x0000080C: (976, 2, "GUEST_LDTR_SELECTOR"),
    0x0000080E: (978, 2, "GUEST_TR_SELECTOR"),
    0x00000810: (980, 2, "GUEST_INTR_STATUS"),
    0x00000812: (996, 2, "GUEST_PML_INDEX"),
    0x00000C00: (982, 2, "HOST_ES_SELECTOR"),
    0x00000C02: (984, 2, "HOST_CS_SELECTOR"),
    0x00000C04: (986, 2, "HOST_SS_SELECTOR"),
    0x00000C06: (988, 2, "HOST_DS_SELECTOR"),
    0x00000C08: (990, 2, "HOST_FS_SELECTOR"),
    0x00000C0A: (992, 2, "HOST_GS_SELECTOR"),
    0x00000C0C: (994, 2, "HOST_TR_SELECTOR"),
    0x00002000: (40, 8, "IO_BITMAP_A"),
    0x00002001: (44, 4, "IO_BITMAP_A_HIGH"),
    0x00002002: (48, 8, "IO_BITMAP_B"),
    0x00002003: (52, 4, "IO_BITMAP_B_HIGH"),
    0x00002004: (56, 8, "MSR_BITMAP"),
    0x00002005: (60, 4, "MSR_BITMAP_HIGH"),
    0x00002006: (64, 8, "VM_EXIT_MSR_STORE_ADDR"),
    0x00002007: (68, 4, "VM_EXIT_MSR_STORE_ADDR_HIGH"),
    0x00002008: (72, 8, "VM_EXIT_MSR_LOAD_ADDR"),
    0x00002009: (76, 4, "VM_EXIT_MSR_LOAD_ADDR_HIGH"),
    0x0000200A: (80, 8, "VM_ENTRY_MSR_LOAD_ADDR"),
    0x0000200B: (84, 4, "VM_ENTRY_MSR_LOAD_ADDR_HIGH"),
    0x0000200E: (312, 8, "PML_ADDRESS"),
    0x0000200F: (316, 4, "PML_ADDRESS_HIGH"),
    0x00002010: (88, 8, "TSC_OFFSET"),
    0x00002011: (92, 4, "TSC_OFFSET_HIGH"),
    0x00002012: (96, 8, "VIRTUAL_APIC_PAGE_ADDR"),
    0x00002013: (100, 4, "VIRTUAL_APIC_PAGE_ADDR_HIGH"),
    0x00002014: (104, 8, "APIC_ACCESS_ADDR"),
    0x00002015: (108, 4, "APIC_ACCESS_ADDR_HIGH"),
    0x00002016: (112, 8, "POSTED_INTR_DESC_ADDR"),
    0x00002017: (116, 4, "POSTED_INTR_DESC_ADDR_HIGH"),
    0x00002018: (296, 8, "VM_FUNCTION_CONTROL"),
    0x00002019: (300, 4, "VM_FUNCTION_CONTROL_HIGH"),
    0x0000201A: (120, 8, "EPT_POINTER"),
    0x0000201B: (124, 4, "EPT_POINTER_HIGH"),
    0x0000201C: (128, 8, "EOI_EXIT_BITMAP0"),
    0x0000201D: (132, 4, "EOI_EXIT_BITMAP0_HIGH"),
    0x0000201E: (136, 8, "EOI_EXIT_BITMAP1"),
    0x0000201F: (140, 4, "EOI_EXIT_BITMAP1_HIGH"),
    0x00002020: (144, 8, "EOI_EXIT_BITMAP2"),
    0x00002021: (148, 4, "EOI_EXIT_BITMAP2_HIGH"),
    0x00002022: (152, 8, "EOI_EXIT_BITMAP3"),
    0x00002023: (156, 4, "EOI_EXIT_BITMAP3_HIGH"),
    0x00002024: (304, 8, "EPTP_LIST_ADDRESS"),
    0x00002025: (308, 4, "EPTP_LIST_ADDRESS_HIGH"),
    0x00002026: (280, 8, "VMREAD_BITMAP"),
    0x00002027: (284, 4, "VMREAD_BITMAP_HIGH"),
    0x00002028: (288, 8, "VMWRITE_BITMAP"),
    0x00002029: (292, 4, "VMWRITE_BITMAP_HIGH"),
    0x0000202C: (160, 8, "XSS_EXIT_BITMAP"),
    0x0000202D: (164, 4, "XSS_EXIT_BITMAP_HIGH"),
    0x0000202E: (320, 8, "ENCLS_EXITING_BITMAP"),
    0x0000202F: (324, 4, "ENCLS_EXITING_BITMAP_HIGH"),
    0x00002032: (328, 8, "TSC_MULTIPLIER"),
    0x00002033: (332, 4, "TSC_MULTIPLIER_HIGH"),
    0x00002400: (168, 8, "GUEST_PHYSICAL_ADDRESS"),
    0x00002401: (172, 4, "GUEST_PHYSICAL_ADDRESS_HIGH"),
    0x00002800: (176, 8, "VMCS_LINK_POINTER"),
    0x00002801: (180, 4, "VMCS_LINK_POINTER_HIGH"),
    0x00002802: (184, 8, "GUEST_IA32_DEBUGCTL"),
    0x00002803: (188, 4, "GUEST_IA32_DEBUGCTL_HIGH"),
    0x00002804: (192, 8, "GUEST_IA32_PAT"),
    0x00002805: (196, 4, "GUEST_IA32_PAT_HIGH"),
    0x00002806: (200, 8, "GUEST_IA32_EFER"),
    0x00002807: (204, 4, "GUEST_IA32_EFER_HIGH"),
    0x00002808: (208, 8, "GUEST_IA32_PERF_GLOBAL_CTRL"),
    0x00002809: (212, 4, "GUEST_IA32_PERF_GLOBAL_CTRL_HIGH"),
    0x0000280A: (216, 8, "GUEST_PDPTR0"),
    0x0000280B: (220, 4, "GUEST_PDPTR0_HIGH"),
    0x0000280C: (224, 8, "GUEST_PDPTR1"),
    0x0000280D: (228, 4, "GUEST_PDPTR1_HIGH"),
    0x0000280E: (232, 8, "GUEST_PDPTR2"),
    0x0000280F: (236, 4, "GUEST_PDPTR2_HIGH"),
    0x00002810: (240, 8, "GUEST_PDPTR3"),
    0x00002811: (244, 4, "GUEST_PDPTR3_HIGH"),
    0x00002812: (248, 8, "GUEST_BNDCFGS"),
    0x00002813: (252, 4, "GUEST_BNDCFGS_HIGH"),
    0x00002C00: (256, 8, "HOST_IA32_PAT"),
    0x00002C01: (260, 4, "HOST_IA32_PAT_HIGH"),
    0x00002C02: (264, 8, "HOST_IA32_EFER"),
    0x00002C03: (268, 4, "HOST_IA32_EFER_HIGH"),
    0x00002C04: (272, 8, "HOST_IA32_PERF_GLOBAL_CTRL"),
    0x00002C05: (276, 4, "HOST_IA32_PERF_GLOBAL_CTRL_HIGH"),
    0x00004000: (744, 4, "PIN_BASED_VM_EXEC_CONTROL"),
    0x00004002: (748, 4, "CPU_BASED_VM_EXEC_CONTROL"),
    0x00004004: (752, 4, "EXCEPTION_BITMAP"),
    0x00004006: (756, 4, "PAGE_FAULT_ERROR_CODE_MASK"),
    0x00004008: (760, 4, "PAGE_FAULT_ERROR_CODE_MATCH"),
    0x0000400A: (764, 4, "CR3_TARGET_COUNT"),
    0x0000400C: (768, 4, "VM_EXIT_CONTROLS"),
    0x0000400E: (772, 4, "VM_EXIT_MSR_STORE_COUNT"),
    0x00004010: (776, 4, "VM_EXIT_MSR_LOAD_COUNT"),
    0x00004012: (780, 4, "VM_ENTRY_CONTROLS"),
    0x00004014: (784, 4, "VM_ENTRY_MSR_LOAD_COUNT"),
    0x00004016: (788, 4, "VM_ENTRY_INTR_INFO_FIELD"),
    0x00004018: (792, 4, "VM_ENTRY_EXCEPTION_ERROR_CODE"),
    0x0000401A: (796, 4, "VM_ENTRY_INSTRUCTION_LEN"),
    0x0000401C: (800, 4, "TPR_THRESHOLD"),
    0x0000401E: (804, 4, "SECONDARY_VM_EXEC_CONTROL"),
    0x00004400: (808, 4, "VM_INSTRUCTION_ERROR"),
    0x00004402: (812, 4, "VM_EXIT_REASON"),
    0x00004404: (816, 4, "VM_EXIT_INTR_INFO"),
    0x00004406: (820, 4, "VM_EXIT_INTR_ERROR_CODE"),
    0x00004408: (824, 4, "IDT_VECTORING_INFO_FIELD"),
    0x0000440A: (828, 4, "IDT_VECTORING_ERROR_CODE"),
    0x0000440C: (832, 4, "VM_EXIT_INSTRUCTION_LEN"),
    0x0000440E: (836, 4, "VMX_INSTRUCTION_INFO"),
    0x00004800: (840, 4, "GUEST_ES_LIMIT"),
    0x00004802: (844, 4, "GUEST_CS_LIMIT"),
    0x00004804: (848, 4, "GUEST_SS_LIMIT"),
    0x00004806: (852, 4, "GUEST_DS_LIMIT"),
    0x00004808: (856, 4, "GUEST_FS_LIMIT"),
    0x0000480A: (860, 4, "GUEST_GS_LIMIT"),
    0x0000480C: (864, 4, "GUEST_LDTR_LIMIT"),
    0x0000480E: (868, 4, "GUEST_TR_LIMIT"),
    0x00004810: (872, 4, "GUEST_GDTR_LIMIT"),
    0x00004812: (876, 4, "GUEST_IDTR_LIMIT"),
    0x00004814: (880, 4, "GUEST_ES_AR_BYTES"),
    0x00004816: (884, 4, "GUEST_CS_AR_BYTES"),
    0x00004818: (888, 4, "GUEST_SS_AR_BYTES"),
    0x0000481A: (892, 4, "GUEST_DS_AR_BYTES"),
    0x0000481C: (896, 4, "GUEST_FS_AR_BYTES"),
    0x0000481E: (900, 4, "GUEST_GS_AR_BYTES"),
    0x00004820: (904, 4, "GUEST_LDTR_AR_BYTES"),
    0x00004822: (908, 4, "GUEST_TR_AR_BYTES"),
    0x00004824: (912, 4, "GUEST_INTERRUPTIBILITY_INFO"),
    0x00004826: (916, 4, "GUEST_ACTIVITY_STATE"),
    0x0000482A: (920, 4, "GUEST_SYSENTER_CS"),
    0x0000482E: (928, 4, "VMX_PREEMPTION_TIMER_VALUE"),
    0x00004C00: (924, 4, "HOST_IA32_SYSENTER_CS"),
    0x00006000: (344, 8, "CR0_GUEST_HOST_MASK"),
    0x00006002: (352, 8, "CR4_GUEST_HOST_MASK"),
    0x00006004: (360, 8, "CR0_READ_SHADOW"),
    0x00006006: (368, 8, "CR4_READ_SHADOW"),
    0x00006400: (408, 8, "EXIT_QUALIFICATION"),
    0x0000640A: (416, 8, "GUEST_LINEAR_ADDRESS"),
    0x00006800: (424, 8, "GUEST_CR0"),
    0x00006802: (432, 8, "GUEST_CR3"),
    0x00006804: (440, 8, "GUEST_CR4"),
    0x00006806: (448, 8, "GUEST_ES_BASE"),
    0x00006808: (456, 8, "GUEST_CS_BASE"),
    0x0000680A: (464, 8, "GUEST_SS_BASE"),
    0x0000680C: (472, 8, "GUEST_DS_BASE"),
    0x0000680E: (480, 8, "GUEST_FS_BASE"),
    0x00006810: (488, 8, "GUEST_GS_BASE"),
    0x00006812: (496, 8, "GUEST_LDTR_BASE"),
    0x00006814: (504, 8, "GUEST_TR_BASE"),
    0x00006816: (512, 8, "GUEST_GDTR_BASE"),
    0x00006818: (520, 8, "GUEST_IDTR_BASE"),
    0x0000681A: (528, 8, "GUEST_DR7"),
    0x0000681C: (536, 8, "GUEST_RSP"),
    0x0000681E: (544, 8, "GUEST_RIP"),
    0x00006820: (552, 8, "GUEST_RFLAGS"),
    0x00006822: (560, 8, "GUEST_PENDING_DBG_EXCEPTIONS"),
    0x00006824: (568, 8, "GUEST_SYSENTER_ESP"),
    0x00006826: (576, 8, "GUEST_SYSENTER_EIP"),
    0x00006C00: (584, 8, "HOST_CR0"),
    0x00006C02: (592, 8, "HOST_CR3"),
    0x00006C04: (600, 8, "HOST_CR4"),
    0x00006C06: (608, 8, "HOST_FS_BASE"),
    0x00006C08: (616, 8, "HOST_GS_BASE"),
    0x00006C0A: (624, 8, "HOST_TR_BASE"),
    0x00006C0C: (632, 8, "HOST_GDTR_BASE"),
    0x00006C0E: (640, 8, "HOST_IDTR_BASE"),
    0x00006C10: (648, 8, "HOST_IA32_SYSENTER_ESP"),
    0x00006C12: (656, 8, "HOST_IA32_SYSENTER_EIP"),
    0x00006C14: (664, 8, "HOST_RSP"),
    0x00006C16: (672, 8, "HOST_RIP"),
}


def _new_region() -> bytes:
    region = bytearray(REGION_SIZE)
    region[0:4] = REVISION_ID.to_bytes(4, "little")
    return bytes(region)


_NEW_REGION = _new_region()


def _rejected(view: memoryview, name: str, bits: int, value: object) -> Exception:
    if view.readonly:
        return TypeError(f"kvm_vmcs12_v6_17.{name}: the buffer is read-only")
    if not isinstance(value, int):
        return TypeError(f"kvm_vmcs12_v6_17.{name} takes an int, not {type(value).__name__}")
    return ValueError(
        f"kvm_vmcs12_v6_17.{name}: {value} does not fit in {bits} bits (0..{(1 << bits) - 1:#x})"
    )


class KvmVmcs12V6_17:
    """A `kvm_vmcs12_v6_17` region (4096 bytes) viewed in place through its members.

    Wraps any contiguous buffer of exactly REGION_SIZE bytes without copying; writes go
    to the buffer. Values are unsigned integers; a write that does not fit the member
    raises ValueError naming it.
    """

    __slots__ = ("_buf", "_u8", "_u16", "_u32", "_u64")

    def __init__(self, buffer: Buffer | None = None) -> None:
        view = memoryview(bytearray(_NEW_REGION) if buffer is None else buffer)
        if not view.c_contiguous:
            raise TypeError("kvm_vmcs12_v6_17 needs a contiguous buffer")
        view = view.cast("B")
        if view.nbytes != REGION_SIZE:
            raise ValueError(
                f"kvm_vmcs12_v6_17 needs a buffer of exactly {REGION_SIZE} bytes, not {view.nbytes}"
            )
        self._buf = view
        self._u8 = view
        self._u16 = view.cast("H")
        self._u32 = view.cast("I")
        self._u64 = view.cast("Q")

    @classmethod
    def new(cls) -> KvmVmcs12V6_17:
        """A fresh region: revision id in the header, every member at its default."""
        return cls()

    @classmethod
    def from_bytes(cls, data: Buffer) -> KvmVmcs12V6_17:
        """A writable copy of `data`."""
        return cls(bytearray(data))

    @classmethod
    def from_dict(cls, values: dict[str, int]) -> KvmVmcs12V6_17:
        """A fresh region with the named members set; unknown names raise KeyError."""
        region = cls()
        for name, value in values.items():
            if name not in _ATTRIBUTES:
                raise KeyError(f"kvm_vmcs12_v6_17 has no member {name!r}")
            setattr(region, _ATTRIBUTES[name], value)
        return region

    @property
    def buffer(self) -> memoryview:
        return self._buf

    def to_bytes(self) -> bytes:
        return bytes(self._buf)

    def to_dict(self) -> dict[str, int]:
        """Every member but reserved space, by member name."""
        return {name: getattr(self, attribute) for name, attribute in _ATTRIBUTES.items()}

    def read(self, encoding: int) -> int:
        """VMREAD: the field `encoding` names; a HIGH encoding gives bits 63:32."""
        slot = ENCODINGS.get(encoding)
        if slot is None:
            raise KeyError(f"0x{encoding:08x} is not a field of kvm_vmcs12_v6_17")
        offset, size, _ = slot
        return int.from_bytes(self._buf[offset : offset + size], "little")

    def write(self, encoding: int, value: int) -> None:
        """VMWRITE: set the field `encoding` names; a HIGH encoding sets bits 63:32."""
        slot = ENCODINGS.get(encoding)
        if slot is None:
            raise KeyError(f"0x{encoding:08x} is not a field of kvm_vmcs12_v6_17")
        offset, size, name = slot
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << (8 * size):
            raise _rejected(self._buf, name, 8 * size, value)
        self._buf[offset : offset + size] = value.to_bytes(size, "little")

    @property
    def hdr(self) -> int:
        """header member, offset 0, 4 bytes. struct vmcs_hdr: revision_id:31, shadow_vmcs:1."""
        return self._u32[0]

    @hdr.setter
    def hdr(self, value: int) -> None:
        try:
            self._u32[0] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hdr", 32, value) from None

    @property
    def abort(self) -> int:
        """state member, offset 4, 4 bytes. VMX-abort indicator."""
        return self._u32[1]

    @abort.setter
    def abort(self, value: int) -> None:
        try:
            self._u32[1] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "abort", 32, value) from None

    @property
    def launch_state(self) -> int:
        """state member, offset 8, 4 bytes. 0 after VMCLEAR, 1 after VMLAUNCH."""
        return self._u32[2]

    @launch_state.setter
    def launch_state(self, value: int) -> None:
        try:
            self._u32[2] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "launch_state", 32, value) from None

    @property
    def io_bitmap_a(self) -> int:
        """IO_BITMAP_A (0x00002000): 64-bit control, offset 40."""
        return self._u64[5]

    @io_bitmap_a.setter
    def io_bitmap_a(self, value: int) -> None:
        try:
            self._u64[5] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "io_bitmap_a", 64, value) from None

    @property
    def io_bitmap_b(self) -> int:
        """IO_BITMAP_B (0x00002002): 64-bit control, offset 48."""
        return self._u64[6]

    @io_bitmap_b.setter
    def io_bitmap_b(self, value: int) -> None:
        try:
            self._u64[6] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "io_bitmap_b", 64, value) from None

    @property
    def msr_bitmap(self) -> int:
        """MSR_BITMAP (0x00002004): 64-bit control, offset 56."""
        return self._u64[7]

    @msr_bitmap.setter
    def msr_bitmap(self, value: int) -> None:
        try:
            self._u64[7] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "msr_bitmap", 64, value) from None

    @property
    def vm_exit_msr_store_addr(self) -> int:
        """VM_EXIT_MSR_STORE_ADDR (0x00002006): 64-bit control, offset 64."""
        return self._u64[8]

    @vm_exit_msr_store_addr.setter
    def vm_exit_msr_store_addr(self, value: int) -> None:
        try:
            self._u64[8] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_store_addr", 64, value) from None

    @property
    def vm_exit_msr_load_addr(self) -> int:
        """VM_EXIT_MSR_LOAD_ADDR (0x00002008): 64-bit control, offset 72."""
        return self._u64[9]

    @vm_exit_msr_load_addr.setter
    def vm_exit_msr_load_addr(self, value: int) -> None:
        try:
            self._u64[9] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_load_addr", 64, value) from None

    @property
    def vm_entry_msr_load_addr(self) -> int:
        """VM_ENTRY_MSR_LOAD_ADDR (0x0000200a): 64-bit control, offset 80."""
        return self._u64[10]

    @vm_entry_msr_load_addr.setter
    def vm_entry_msr_load_addr(self, value: int) -> None:
        try:
            self._u64[10] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_msr_load_addr", 64, value) from None

    @property
    def tsc_offset(self) -> int:
        """TSC_OFFSET (0x00002010): 64-bit control, offset 88."""
        return self._u64[11]

    @tsc_offset.setter
    def tsc_offset(self, value: int) -> None:
        try:
            self._u64[11] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tsc_offset", 64, value) from None

    @property
    def virtual_apic_page_addr(self) -> int:
        """VIRTUAL_APIC_PAGE_ADDR (0x00002012): 64-bit control, offset 96."""
        return self._u64[12]

    @virtual_apic_page_addr.setter
    def virtual_apic_page_addr(self, value: int) -> None:
        try:
            self._u64[12] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "virtual_apic_page_addr", 64, value) from None

    @property
    def apic_access_addr(self) -> int:
        """APIC_ACCESS_ADDR (0x00002014): 64-bit control, offset 104."""
        return self._u64[13]

    @apic_access_addr.setter
    def apic_access_addr(self, value: int) -> None:
        try:
            self._u64[13] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "apic_access_addr", 64, value) from None

    @property
    def posted_intr_desc_addr(self) -> int:
        """POSTED_INTR_DESC_ADDR (0x00002016): 64-bit control, offset 112."""
        return self._u64[14]

    @posted_intr_desc_addr.setter
    def posted_intr_desc_addr(self, value: int) -> None:
        try:
            self._u64[14] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "posted_intr_desc_addr", 64, value) from None

    @property
    def ept_pointer(self) -> int:
        """EPT_POINTER (0x0000201a): 64-bit control, offset 120."""
        return self._u64[15]

    @ept_pointer.setter
    def ept_pointer(self, value: int) -> None:
        try:
            self._u64[15] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "ept_pointer", 64, value) from None

    @property
    def ept_pointer_flags(self) -> vmcs_bits.EptPointer:
        """EPT_POINTER as vmcs_bits.EptPointer; unnamed bits stay set."""
        return vmcs_bits.EptPointer(self.ept_pointer)

    @property
    def eoi_exit_bitmap0(self) -> int:
        """EOI_EXIT_BITMAP0 (0x0000201c): 64-bit control, offset 128."""
        return self._u64[16]

    @eoi_exit_bitmap0.setter
    def eoi_exit_bitmap0(self, value: int) -> None:
        try:
            self._u64[16] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "eoi_exit_bitmap0", 64, value) from None

    @property
    def eoi_exit_bitmap1(self) -> int:
        """EOI_EXIT_BITMAP1 (0x0000201e): 64-bit control, offset 136."""
        return self._u64[17]

    @eoi_exit_bitmap1.setter
    def eoi_exit_bitmap1(self, value: int) -> None:
        try:
            self._u64[17] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "eoi_exit_bitmap1", 64, value) from None

    @property
    def eoi_exit_bitmap2(self) -> int:
        """EOI_EXIT_BITMAP2 (0x00002020): 64-bit control, offset 144."""
        return self._u64[18]

    @eoi_exit_bitmap2.setter
    def eoi_exit_bitmap2(self, value: int) -> None:
        try:
            self._u64[18] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "eoi_exit_bitmap2", 64, value) from None

    @property
    def eoi_exit_bitmap3(self) -> int:
        """EOI_EXIT_BITMAP3 (0x00002022): 64-bit control, offset 152."""
        return self._u64[19]

    @eoi_exit_bitmap3.setter
    def eoi_exit_bitmap3(self, value: int) -> None:
        try:
            self._u64[19] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "eoi_exit_bitmap3", 64, value) from None

    @property
    def xss_exit_bitmap(self) -> int:
        """XSS_EXIT_BITMAP (0x0000202c): 64-bit control, offset 160."""
        return self._u64[20]

    @xss_exit_bitmap.setter
    def xss_exit_bitmap(self, value: int) -> None:
        try:
            self._u64[20] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "xss_exit_bitmap", 64, value) from None

    @property
    def guest_physical_address(self) -> int:
        """GUEST_PHYSICAL_ADDRESS (0x00002400): 64-bit read-only data, offset 168."""
        return self._u64[21]

    @guest_physical_address.setter
    def guest_physical_address(self, value: int) -> None:
        try:
            self._u64[21] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_physical_address", 64, value) from None

    @property
    def vmcs_link_pointer(self) -> int:
        """VMCS_LINK_POINTER (0x00002800): 64-bit guest state, offset 176."""
        return self._u64[22]

    @vmcs_link_pointer.setter
    def vmcs_link_pointer(self, value: int) -> None:
        try:
            self._u64[22] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmcs_link_pointer", 64, value) from None

    @property
    def guest_ia32_debugctl(self) -> int:
        """GUEST_IA32_DEBUGCTL (0x00002802): 64-bit guest state, offset 184."""
        return self._u64[23]

    @guest_ia32_debugctl.setter
    def guest_ia32_debugctl(self, value: int) -> None:
        try:
            self._u64[23] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_debugctl", 64, value) from None

    @property
    def guest_ia32_debugctl_flags(self) -> vmcs_bits.Debugctl:
        """GUEST_IA32_DEBUGCTL as vmcs_bits.Debugctl; unnamed bits stay set."""
        return vmcs_bits.Debugctl(self.guest_ia32_debugctl)

    @property
    def guest_ia32_pat(self) -> int:
        """GUEST_IA32_PAT (0x00002804): 64-bit guest state, offset 192."""
        return self._u64[24]

    @guest_ia32_pat.setter
    def guest_ia32_pat(self, value: int) -> None:
        try:
            self._u64[24] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_pat", 64, value) from None

    @property
    def guest_ia32_efer(self) -> int:
        """GUEST_IA32_EFER (0x00002806): 64-bit guest state, offset 200."""
        return self._u64[25]

    @guest_ia32_efer.setter
    def guest_ia32_efer(self, value: int) -> None:
        try:
            self._u64[25] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_efer", 64, value) from None

    @property
    def guest_ia32_efer_flags(self) -> vmcs_bits.Efer:
        """GUEST_IA32_EFER as vmcs_bits.Efer; unnamed bits stay set."""
        return vmcs_bits.Efer(self.guest_ia32_efer)

    @property
    def guest_ia32_perf_global_ctrl(self) -> int:
        """GUEST_IA32_PERF_GLOBAL_CTRL (0x00002808): 64-bit guest state, offset 208."""
        return self._u64[26]

    @guest_ia32_perf_global_ctrl.setter
    def guest_ia32_perf_global_ctrl(self, value: int) -> None:
        try:
            self._u64[26] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_perf_global_ctrl", 64, value) from None

    @property
    def guest_pdptr0(self) -> int:
        """GUEST_PDPTR0 (0x0000280a): 64-bit guest state, offset 216."""
        return self._u64[27]

    @guest_pdptr0.setter
    def guest_pdptr0(self, value: int) -> None:
        try:
            self._u64[27] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr0", 64, value) from None

    @property
    def guest_pdptr1(self) -> int:
        """GUEST_PDPTR1 (0x0000280c): 64-bit guest state, offset 224."""
        return self._u64[28]

    @guest_pdptr1.setter
    def guest_pdptr1(self, value: int) -> None:
        try:
            self._u64[28] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr1", 64, value) from None

    @property
    def guest_pdptr2(self) -> int:
        """GUEST_PDPTR2 (0x0000280e): 64-bit guest state, offset 232."""
        return self._u64[29]

    @guest_pdptr2.setter
    def guest_pdptr2(self, value: int) -> None:
        try:
            self._u64[29] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr2", 64, value) from None

    @property
    def guest_pdptr3(self) -> int:
        """GUEST_PDPTR3 (0x00002810): 64-bit guest state, offset 240."""
        return self._u64[30]

    @guest_pdptr3.setter
    def guest_pdptr3(self, value: int) -> None:
        try:
            self._u64[30] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr3", 64, value) from None

    @property
    def guest_bndcfgs(self) -> int:
        """GUEST_BNDCFGS (0x00002812): 64-bit guest state, offset 248."""
        return self._u64[31]

    @guest_bndcfgs.setter
    def guest_bndcfgs(self, value: int) -> None:
        try:
            self._u64[31] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_bndcfgs", 64, value) from None

    @property
    def host_ia32_pat(self) -> int:
        """HOST_IA32_PAT (0x00002c00): 64-bit host state, offset 256."""
        return self._u64[32]

    @host_ia32_pat.setter
    def host_ia32_pat(self, value: int) -> None:
        try:
            self._u64[32] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_pat", 64, value) from None

    @property
    def host_ia32_efer(self) -> int:
        """HOST_IA32_EFER (0x00002c02): 64-bit host state, offset 264."""
        return self._u64[33]

    @host_ia32_efer.setter
    def host_ia32_efer(self, value: int) -> None:
        try:
            self._u64[33] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_efer", 64, value) from None

    @property
    def host_ia32_efer_flags(self) -> vmcs_bits.Efer:
        """HOST_IA32_EFER as vmcs_bits.Efer; unnamed bits stay set."""
        return vmcs_bits.Efer(self.host_ia32_efer)

    @property
    def host_ia32_perf_global_ctrl(self) -> int:
        """HOST_IA32_PERF_GLOBAL_CTRL (0x00002c04): 64-bit host state, offset 272."""
        return self._u64[34]

    @host_ia32_perf_global_ctrl.setter
    def host_ia32_perf_global_ctrl(self, value: int) -> None:
        try:
            self._u64[34] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_perf_global_ctrl", 64, value) from None

    @property
    def vmread_bitmap(self) -> int:
        """VMREAD_BITMAP (0x00002026): 64-bit control, offset 280."""
        return self._u64[35]

    @vmread_bitmap.setter
    def vmread_bitmap(self, value: int) -> None:
        try:
            self._u64[35] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmread_bitmap", 64, value) from None

    @property
    def vmwrite_bitmap(self) -> int:
        """VMWRITE_BITMAP (0x00002028): 64-bit control, offset 288."""
        return self._u64[36]

    @vmwrite_bitmap.setter
    def vmwrite_bitmap(self, value: int) -> None:
        try:
            self._u64[36] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmwrite_bitmap", 64, value) from None

    @property
    def vm_function_control(self) -> int:
        """VM_FUNCTION_CONTROL (0x00002018): 64-bit control, offset 296."""
        return self._u64[37]

    @vm_function_control.setter
    def vm_function_control(self, value: int) -> None:
        try:
            self._u64[37] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_function_control", 64, value) from None

    @property
    def vm_function_control_flags(self) -> vmcs_bits.VmFunctionControls:
        """VM_FUNCTION_CONTROL as vmcs_bits.VmFunctionControls; unnamed bits stay set."""
        return vmcs_bits.VmFunctionControls(self.vm_function_control)

    @property
    def eptp_list_address(self) -> int:
        """EPTP_LIST_ADDRESS (0x00002024): 64-bit control, offset 304."""
        return self._u64[38]

    @eptp_list_address.setter
    def eptp_list_address(self, value: int) -> None:
        try:
            self._u64[38] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "eptp_list_address", 64, value) from None

    @property
    def pml_address(self) -> int:
        """PML_ADDRESS (0x0000200e): 64-bit control, offset 312."""
        return self._u64[39]

    @pml_address.setter
    def pml_address(self, value: int) -> None:
        try:
            self._u64[39] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "pml_address", 64, value) from None

    @property
    def encls_exiting_bitmap(self) -> int:
        """ENCLS_EXITING_BITMAP (0x0000202e): 64-bit control, offset 320."""
        return self._u64[40]

    @encls_exiting_bitmap.setter
    def encls_exiting_bitmap(self, value: int) -> None:
        try:
            self._u64[40] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "encls_exiting_bitmap", 64, value) from None

    @property
    def tsc_multiplier(self) -> int:
        """TSC_MULTIPLIER (0x00002032): 64-bit control, offset 328."""
        return self._u64[41]

    @tsc_multiplier.setter
    def tsc_multiplier(self, value: int) -> None:
        try:
            self._u64[41] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tsc_multiplier", 64, value) from None

    @property
    def cr0_guest_host_mask(self) -> int:
        """CR0_GUEST_HOST_MASK (0x00006000): natural-width control, offset 344."""
        return self._u64[43]

    @cr0_guest_host_mask.setter
    def cr0_guest_host_mask(self, value: int) -> None:
        try:
            self._u64[43] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr0_guest_host_mask", 64, value) from None

    @property
    def cr4_guest_host_mask(self) -> int:
        """CR4_GUEST_HOST_MASK (0x00006002): natural-width control, offset 352."""
        return self._u64[44]

    @cr4_guest_host_mask.setter
    def cr4_guest_host_mask(self, value: int) -> None:
        try:
            self._u64[44] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr4_guest_host_mask", 64, value) from None

    @property
    def cr0_read_shadow(self) -> int:
        """CR0_READ_SHADOW (0x00006004): natural-width control, offset 360."""
        return self._u64[45]

    @cr0_read_shadow.setter
    def cr0_read_shadow(self, value: int) -> None:
        try:
            self._u64[45] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr0_read_shadow", 64, value) from None

    @property
    def cr0_read_shadow_flags(self) -> vmcs_bits.Cr0:
        """CR0_READ_SHADOW as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.cr0_read_shadow)

    @property
    def cr4_read_shadow(self) -> int:
        """CR4_READ_SHADOW (0x00006006): natural-width control, offset 368."""
        return self._u64[46]

    @cr4_read_shadow.setter
    def cr4_read_shadow(self, value: int) -> None:
        try:
            self._u64[46] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr4_read_shadow", 64, value) from None

    @property
    def cr4_read_shadow_flags(self) -> vmcs_bits.Cr4:
        """CR4_READ_SHADOW as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.cr4_read_shadow)

    @property
    def exit_qualification(self) -> int:
        """EXIT_QUALIFICATION (0x00006400): natural-width read-only data, offset 408."""
        return self._u64[51]

    @exit_qualification.setter
    def exit_qualification(self, value: int) -> None:
        try:
            self._u64[51] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_qualification", 64, value) from None

    @property
    def guest_linear_address(self) -> int:
        """GUEST_LINEAR_ADDRESS (0x0000640a): natural-width read-only data, offset 416."""
        return self._u64[52]

    @guest_linear_address.setter
    def guest_linear_address(self, value: int) -> None:
        try:
            self._u64[52] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_linear_address", 64, value) from None

    @property
    def guest_cr0(self) -> int:
        """GUEST_CR0 (0x00006800): natural-width guest state, offset 424."""
        return self._u64[53]

    @guest_cr0.setter
    def guest_cr0(self, value: int) -> None:
        try:
            self._u64[53] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr0", 64, value) from None

    @property
    def guest_cr0_flags(self) -> vmcs_bits.Cr0:
        """GUEST_CR0 as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.guest_cr0)

    @property
    def guest_cr3(self) -> int:
        """GUEST_CR3 (0x00006802): natural-width guest state, offset 432."""
        return self._u64[54]

    @guest_cr3.setter
    def guest_cr3(self, value: int) -> None:
        try:
            self._u64[54] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr3", 64, value) from None

    @property
    def guest_cr4(self) -> int:
        """GUEST_CR4 (0x00006804): natural-width guest state, offset 440."""
        return self._u64[55]

    @guest_cr4.setter
    def guest_cr4(self, value: int) -> None:
        try:
            self._u64[55] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr4", 64, value) from None

    @property
    def guest_cr4_flags(self) -> vmcs_bits.Cr4:
        """GUEST_CR4 as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.guest_cr4)

    @property
    def guest_es_base(self) -> int:
        """GUEST_ES_BASE (0x00006806): natural-width guest state, offset 448."""
        return self._u64[56]

    @guest_es_base.setter
    def guest_es_base(self, value: int) -> None:
        try:
            self._u64[56] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_base", 64, value) from None

    @property
    def guest_cs_base(self) -> int:
        """GUEST_CS_BASE (0x00006808): natural-width guest state, offset 456."""
        return self._u64[57]

    @guest_cs_base.setter
    def guest_cs_base(self, value: int) -> None:
        try:
            self._u64[57] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_base", 64, value) from None

    @property
    def guest_ss_base(self) -> int:
        """GUEST_SS_BASE (0x0000680a): natural-width guest state, offset 464."""
        return self._u64[58]

    @guest_ss_base.setter
    def guest_ss_base(self, value: int) -> None:
        try:
            self._u64[58] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_base", 64, value) from None

    @property
    def guest_ds_base(self) -> int:
        """GUEST_DS_BASE (0x0000680c): natural-width guest state, offset 472."""
        return self._u64[59]

    @guest_ds_base.setter
    def guest_ds_base(self, value: int) -> None:
        try:
            self._u64[59] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_base", 64, value) from None

    @property
    def guest_fs_base(self) -> int:
        """GUEST_FS_BASE (0x0000680e): natural-width guest state, offset 480."""
        return self._u64[60]

    @guest_fs_base.setter
    def guest_fs_base(self, value: int) -> None:
        try:
            self._u64[60] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_base", 64, value) from None

    @property
    def guest_gs_base(self) -> int:
        """GUEST_GS_BASE (0x00006810): natural-width guest state, offset 488."""
        return self._u64[61]

    @guest_gs_base.setter
    def guest_gs_base(self, value: int) -> None:
        try:
            self._u64[61] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_base", 64, value) from None

    @property
    def guest_ldtr_base(self) -> int:
        """GUEST_LDTR_BASE (0x00006812): natural-width guest state, offset 496."""
        return self._u64[62]

    @guest_ldtr_base.setter
    def guest_ldtr_base(self, value: int) -> None:
        try:
            self._u64[62] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_base", 64, value) from None

    @property
    def guest_tr_base(self) -> int:
        """GUEST_TR_BASE (0x00006814): natural-width guest state, offset 504."""
        return self._u64[63]

    @guest_tr_base.setter
    def guest_tr_base(self, value: int) -> None:
        try:
            self._u64[63] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_base", 64, value) from None

    @property
    def guest_gdtr_base(self) -> int:
        """GUEST_GDTR_BASE (0x00006816): natural-width guest state, offset 512."""
        return self._u64[64]

    @guest_gdtr_base.setter
    def guest_gdtr_base(self, value: int) -> None:
        try:
            self._u64[64] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gdtr_base", 64, value) from None

    @property
    def guest_idtr_base(self) -> int:
        """GUEST_IDTR_BASE (0x00006818): natural-width guest state, offset 520."""
        return self._u64[65]

    @guest_idtr_base.setter
    def guest_idtr_base(self, value: int) -> None:
        try:
            self._u64[65] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_idtr_base", 64, value) from None

    @property
    def guest_dr7(self) -> int:
        """GUEST_DR7 (0x0000681a): natural-width guest state, offset 528."""
        return self._u64[66]

    @guest_dr7.setter
    def guest_dr7(self, value: int) -> None:
        try:
            self._u64[66] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_dr7", 64, value) from None

    @property
    def guest_dr7_flags(self) -> vmcs_bits.Dr7:
        """GUEST_DR7 as vmcs_bits.Dr7; unnamed bits stay set."""
        return vmcs_bits.Dr7(self.guest_dr7)

    @property
    def guest_rsp(self) -> int:
        """GUEST_RSP (0x0000681c): natural-width guest state, offset 536."""
        return self._u64[67]

    @guest_rsp.setter
    def guest_rsp(self, value: int) -> None:
        try:
            self._u64[67] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rsp", 64, value) from None

    @property
    def guest_rip(self) -> int:
        """GUEST_RIP (0x0000681e): natural-width guest state, offset 544."""
        return self._u64[68]

    @guest_rip.setter
    def guest_rip(self, value: int) -> None:
        try:
            self._u64[68] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rip", 64, value) from None

    @property
    def guest_rflags(self) -> int:
        """GUEST_RFLAGS (0x00006820): natural-width guest state, offset 552."""
        return self._u64[69]

    @guest_rflags.setter
    def guest_rflags(self, value: int) -> None:
        try:
            self._u64[69] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rflags", 64, value) from None

    @property
    def guest_rflags_flags(self) -> vmcs_bits.Rflags:
        """GUEST_RFLAGS as vmcs_bits.Rflags; unnamed bits stay set."""
        return vmcs_bits.Rflags(self.guest_rflags)

    @property
    def guest_pending_dbg_exceptions(self) -> int:
        """GUEST_PENDING_DBG_EXCEPTIONS (0x00006822): natural-width guest state, offset 560."""
        return self._u64[70]

    @guest_pending_dbg_exceptions.setter
    def guest_pending_dbg_exceptions(self, value: int) -> None:
        try:
            self._u64[70] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pending_dbg_exceptions", 64, value) from None

    @property
    def guest_pending_dbg_exceptions_flags(self) -> vmcs_bits.PendingDebugExceptions:
        """GUEST_PENDING_DBG_EXCEPTIONS as vmcs_bits.PendingDebugExceptions; unnamed bits stay set."""
        return vmcs_bits.PendingDebugExceptions(self.guest_pending_dbg_exceptions)

    @property
    def guest_sysenter_esp(self) -> int:
        """GUEST_SYSENTER_ESP (0x00006824): natural-width guest state, offset 568."""
        return self._u64[71]

    @guest_sysenter_esp.setter
    def guest_sysenter_esp(self, value: int) -> None:
        try:
            self._u64[71] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_esp", 64, value) from None

    @property
    def guest_sysenter_eip(self) -> int:
        """GUEST_SYSENTER_EIP (0x00006826): natural-width guest state, offset 576."""
        return self._u64[72]

    @guest_sysenter_eip.setter
    def guest_sysenter_eip(self, value: int) -> None:
        try:
            self._u64[72] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_eip", 64, value) from None

    @property
    def host_cr0(self) -> int:
        """HOST_CR0 (0x00006c00): natural-width host state, offset 584."""
        return self._u64[73]

    @host_cr0.setter
    def host_cr0(self, value: int) -> None:
        try:
            self._u64[73] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr0", 64, value) from None

    @property
    def host_cr0_flags(self) -> vmcs_bits.Cr0:
        """HOST_CR0 as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.host_cr0)

    @property
    def host_cr3(self) -> int:
        """HOST_CR3 (0x00006c02): natural-width host state, offset 592."""
        return self._u64[74]

    @host_cr3.setter
    def host_cr3(self, value: int) -> None:
        try:
            self._u64[74] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr3", 64, value) from None

    @property
    def host_cr4(self) -> int:
        """HOST_CR4 (0x00006c04): natural-width host state, offset 600."""
        return self._u64[75]

    @host_cr4.setter
    def host_cr4(self, value: int) -> None:
        try:
            self._u64[75] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr4", 64, value) from None

    @property
    def host_cr4_flags(self) -> vmcs_bits.Cr4:
        """HOST_CR4 as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.host_cr4)

    @property
    def host_fs_base(self) -> int:
        """HOST_FS_BASE (0x00006c06): natural-width host state, offset 608."""
        return self._u64[76]

    @host_fs_base.setter
    def host_fs_base(self, value: int) -> None:
        try:
            self._u64[76] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_fs_base", 64, value) from None

    @property
    def host_gs_base(self) -> int:
        """HOST_GS_BASE (0x00006c08): natural-width host state, offset 616."""
        return self._u64[77]

    @host_gs_base.setter
    def host_gs_base(self, value: int) -> None:
        try:
            self._u64[77] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gs_base", 64, value) from None

    @property
    def host_tr_base(self) -> int:
        """HOST_TR_BASE (0x00006c0a): natural-width host state, offset 624."""
        return self._u64[78]

    @host_tr_base.setter
    def host_tr_base(self, value: int) -> None:
        try:
            self._u64[78] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_tr_base", 64, value) from None

    @property
    def host_gdtr_base(self) -> int:
        """HOST_GDTR_BASE (0x00006c0c): natural-width host state, offset 632."""
        return self._u64[79]

    @host_gdtr_base.setter
    def host_gdtr_base(self, value: int) -> None:
        try:
            self._u64[79] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gdtr_base", 64, value) from None

    @property
    def host_idtr_base(self) -> int:
        """HOST_IDTR_BASE (0x00006c0e): natural-width host state, offset 640."""
        return self._u64[80]

    @host_idtr_base.setter
    def host_idtr_base(self, value: int) -> None:
        try:
            self._u64[80] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_idtr_base", 64, value) from None

    @property
    def host_ia32_sysenter_esp(self) -> int:
        """HOST_IA32_SYSENTER_ESP (0x00006c10): natural-width host state, offset 648."""
        return self._u64[81]

    @host_ia32_sysenter_esp.setter
    def host_ia32_sysenter_esp(self, value: int) -> None:
        try:
            self._u64[81] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_esp", 64, value) from None

    @property
    def host_ia32_sysenter_eip(self) -> int:
        """HOST_IA32_SYSENTER_EIP (0x00006c12): natural-width host state, offset 656."""
        return self._u64[82]

    @host_ia32_sysenter_eip.setter
    def host_ia32_sysenter_eip(self, value: int) -> None:
        try:
            self._u64[82] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_eip", 64, value) from None

    @property
    def host_rsp(self) -> int:
        """HOST_RSP (0x00006c14): natural-width host state, offset 664."""
        return self._u64[83]

    @host_rsp.setter
    def host_rsp(self, value: int) -> None:
        try:
            self._u64[83] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_rsp", 64, value) from None

    @property
    def host_rip(self) -> int:
        """HOST_RIP (0x00006c16): natural-width host state, offset 672."""
        return self._u64[84]

    @host_rip.setter
    def host_rip(self, value: int) -> None:
        try:
            self._u64[84] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_rip", 64, value) from None

    @property
    def pin_based_vm_exec_control(self) -> int:
        """PIN_BASED_VM_EXEC_CONTROL (0x00004000): 32-bit control, offset 744."""
        return self._u32[186]

    @pin_based_vm_exec_control.setter
    def pin_based_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[186] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "pin_based_vm_exec_control", 32, value) from None

    @property
    def pin_based_vm_exec_control_flags(self) -> vmcs_bits.PinBasedControls:
        """PIN_BASED_VM_EXEC_CONTROL as vmcs_bits.PinBasedControls; unnamed bits stay set."""
        return vmcs_bits.PinBasedControls(self.pin_based_vm_exec_control)

    @property
    def cpu_based_vm_exec_control(self) -> int:
        """CPU_BASED_VM_EXEC_CONTROL (0x00004002): 32-bit control, offset 748."""
        return self._u32[187]

    @cpu_based_vm_exec_control.setter
    def cpu_based_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[187] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cpu_based_vm_exec_control", 32, value) from None

    @property
    def cpu_based_vm_exec_control_flags(self) -> vmcs_bits.PrimaryProcessorControls:
        """CPU_BASED_VM_EXEC_CONTROL as vmcs_bits.PrimaryProcessorControls; unnamed bits stay set."""
        return vmcs_bits.PrimaryProcessorControls(self.cpu_based_vm_exec_control)

    @property
    def exception_bitmap(self) -> int:
        """EXCEPTION_BITMAP (0x00004004): 32-bit control, offset 752."""
        return self._u32[188]

    @exception_bitmap.setter
    def exception_bitmap(self, value: int) -> None:
        try:
            self._u32[188] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exception_bitmap", 32, value) from None

    @property
    def page_fault_error_code_mask(self) -> int:
        """PAGE_FAULT_ERROR_CODE_MASK (0x00004006): 32-bit control, offset 756."""
        return self._u32[189]

    @page_fault_error_code_mask.setter
    def page_fault_error_code_mask(self, value: int) -> None:
        try:
            self._u32[189] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "page_fault_error_code_mask", 32, value) from None

    @property
    def page_fault_error_code_match(self) -> int:
        """PAGE_FAULT_ERROR_CODE_MATCH (0x00004008): 32-bit control, offset 760."""
        return self._u32[190]

    @page_fault_error_code_match.setter
    def page_fault_error_code_match(self, value: int) -> None:
        try:
            self._u32[190] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "page_fault_error_code_match", 32, value) from None

    @property
    def cr3_target_count(self) -> int:
        """CR3_TARGET_COUNT (0x0000400a): 32-bit control, offset 764."""
        return self._u32[191]

    @cr3_target_count.setter
    def cr3_target_count(self, value: int) -> None:
        try:
            self._u32[191] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_count", 32, value) from None

    @property
    def vm_exit_controls(self) -> int:
        """VM_EXIT_CONTROLS (0x0000400c): 32-bit control, offset 768."""
        return self._u32[192]

    @vm_exit_controls.setter
    def vm_exit_controls(self, value: int) -> None:
        try:
            self._u32[192] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_controls", 32, value) from None

    @property
    def vm_exit_controls_flags(self) -> vmcs_bits.VmExitControls:
        """VM_EXIT_CONTROLS as vmcs_bits.VmExitControls; unnamed bits stay set."""
        return vmcs_bits.VmExitControls(self.vm_exit_controls)

    @property
    def vm_exit_msr_store_count(self) -> int:
        """VM_EXIT_MSR_STORE_COUNT (0x0000400e): 32-bit control, offset 772."""
        return self._u32[193]

    @vm_exit_msr_store_count.setter
    def vm_exit_msr_store_count(self, value: int) -> None:
        try:
            self._u32[193] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_store_count", 32, value) from None

    @property
    def vm_exit_msr_load_count(self) -> int:
        """VM_EXIT_MSR_LOAD_COUNT (0x00004010): 32-bit control, offset 776."""
        return self._u32[194]

    @vm_exit_msr_load_count.setter
    def vm_exit_msr_load_count(self, value: int) -> None:
        try:
            self._u32[194] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_load_count", 32, value) from None

    @property
    def vm_entry_controls(self) -> int:
        """VM_ENTRY_CONTROLS (0x00004012): 32-bit control, offset 780."""
        return self._u32[195]

    @vm_entry_controls.setter
    def vm_entry_controls(self, value: int) -> None:
        try:
            self._u32[195] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_controls", 32, value) from None

    @property
    def vm_entry_controls_flags(self) -> vmcs_bits.VmEntryControls:
        """VM_ENTRY_CONTROLS as vmcs_bits.VmEntryControls; unnamed bits stay set."""
        return vmcs_bits.VmEntryControls(self.vm_entry_controls)

    @property
    def vm_entry_msr_load_count(self) -> int:
        """VM_ENTRY_MSR_LOAD_COUNT (0x00004014): 32-bit control, offset 784."""
        return self._u32[196]

    @vm_entry_msr_load_count.setter
    def vm_entry_msr_load_count(self, value: int) -> None:
        try:
            self._u32[196] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_msr_load_count", 32, value) from None

    @property
    def vm_entry_intr_info_field(self) -> int:
        """VM_ENTRY_INTR_INFO_FIELD (0x00004016): 32-bit control, offset 788."""
        return self._u32[197]

    @vm_entry_intr_info_field.setter
    def vm_entry_intr_info_field(self, value: int) -> None:
        try:
            self._u32[197] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_intr_info_field", 32, value) from None

    @property
    def vm_entry_intr_info_field_flags(self) -> vmcs_bits.InterruptionInfo:
        """VM_ENTRY_INTR_INFO_FIELD as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.vm_entry_intr_info_field)

    @property
    def vm_entry_exception_error_code(self) -> int:
        """VM_ENTRY_EXCEPTION_ERROR_CODE (0x00004018): 32-bit control, offset 792."""
        return self._u32[198]

    @vm_entry_exception_error_code.setter
    def vm_entry_exception_error_code(self, value: int) -> None:
        try:
            self._u32[198] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_exception_error_code", 32, value) from None

    @property
    def vm_entry_instruction_len(self) -> int:
        """VM_ENTRY_INSTRUCTION_LEN (0x0000401a): 32-bit control, offset 796."""
        return self._u32[199]

    @vm_entry_instruction_len.setter
    def vm_entry_instruction_len(self, value: int) -> None:
        try:
            self._u32[199] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_instruction_len", 32, value) from None

    @property
    def tpr_threshold(self) -> int:
        """TPR_THRESHOLD (0x0000401c): 32-bit control, offset 800."""
        return self._u32[200]

    @tpr_threshold.setter
    def tpr_threshold(self, value: int) -> None:
        try:
            self._u32[200] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tpr_threshold", 32, value) from None

    @property
    def secondary_vm_exec_control(self) -> int:
        """SECONDARY_VM_EXEC_CONTROL (0x0000401e): 32-bit control, offset 804."""
        return self._u32[201]

    @secondary_vm_exec_control.setter
    def secondary_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[201] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "secondary_vm_exec_control", 32, value) from None

    @property
    def secondary_vm_exec_control_flags(self) -> vmcs_bits.SecondaryProcessorControls:
        """SECONDARY_VM_EXEC_CONTROL as vmcs_bits.SecondaryProcessorControls; unnamed bits stay set."""
        return vmcs_bits.SecondaryProcessorControls(self.secondary_vm_exec_control)

    @property
    def vm_instruction_error(self) -> int:
        """VM_INSTRUCTION_ERROR (0x00004400): 32-bit read-only data, offset 808."""
        return self._u32[202]

    @vm_instruction_error.setter
    def vm_instruction_error(self, value: int) -> None:
        try:
            self._u32[202] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_instruction_error", 32, value) from None

    @property
    def vm_exit_reason(self) -> int:
        """VM_EXIT_REASON (0x00004402): 32-bit read-only data, offset 812."""
        return self._u32[203]

    @vm_exit_reason.setter
    def vm_exit_reason(self, value: int) -> None:
        try:
            self._u32[203] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_reason", 32, value) from None

    @property
    def vm_exit_reason_flags(self) -> vmcs_bits.ExitReason:
        """VM_EXIT_REASON as vmcs_bits.ExitReason; unnamed bits stay set."""
        return vmcs_bits.ExitReason(self.vm_exit_reason)

    @property
    def vm_exit_intr_info(self) -> int:
        """VM_EXIT_INTR_INFO (0x00004404): 32-bit read-only data, offset 816."""
        return self._u32[204]

    @vm_exit_intr_info.setter
    def vm_exit_intr_info(self, value: int) -> None:
        try:
            self._u32[204] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_intr_info", 32, value) from None

    @property
    def vm_exit_intr_info_flags(self) -> vmcs_bits.InterruptionInfo:
        """VM_EXIT_INTR_INFO as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.vm_exit_intr_info)

    @property
    def vm_exit_intr_error_code(self) -> int:
        """VM_EXIT_INTR_ERROR_CODE (0x00004406): 32-bit read-only data, offset 820."""
        return self._u32[205]

    @vm_exit_intr_error_code.setter
    def vm_exit_intr_error_code(self, value: int) -> None:
        try:
            self._u32[205] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_intr_error_code", 32, value) from None

    @property
    def idt_vectoring_info_field(self) -> int:
        """IDT_VECTORING_INFO_FIELD (0x00004408): 32-bit read-only data, offset 824."""
        return self._u32[206]

    @idt_vectoring_info_field.setter
    def idt_vectoring_info_field(self, value: int) -> None:
        try:
            self._u32[206] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "idt_vectoring_info_field", 32, value) from None

    @property
    def idt_vectoring_info_field_flags(self) -> vmcs_bits.InterruptionInfo:
        """IDT_VECTORING_INFO_FIELD as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.idt_vectoring_info_field)

    @property
    def idt_vectoring_error_code(self) -> int:
        """IDT_VECTORING_ERROR_CODE (0x0000440a): 32-bit read-only data, offset 828."""
        return self._u32[207]

    @idt_vectoring_error_code.setter
    def idt_vectoring_error_code(self, value: int) -> None:
        try:
            self._u32[207] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "idt_vectoring_error_code", 32, value) from None

    @property
    def vm_exit_instruction_len(self) -> int:
        """VM_EXIT_INSTRUCTION_LEN (0x0000440c): 32-bit read-only data, offset 832."""
        return self._u32[208]

    @vm_exit_instruction_len.setter
    def vm_exit_instruction_len(self, value: int) -> None:
        try:
            self._u32[208] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_instruction_len", 32, value) from None

    @property
    def vmx_instruction_info(self) -> int:
        """VMX_INSTRUCTION_INFO (0x0000440e): 32-bit read-only data, offset 836."""
        return self._u32[209]

    @vmx_instruction_info.setter
    def vmx_instruction_info(self, value: int) -> None:
        try:
            self._u32[209] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmx_instruction_info", 32, value) from None

    @property
    def guest_es_limit(self) -> int:
        """GUEST_ES_LIMIT (0x00004800): 32-bit guest state, offset 840."""
        return self._u32[210]

    @guest_es_limit.setter
    def guest_es_limit(self, value: int) -> None:
        try:
            self._u32[210] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_limit", 32, value) from None

    @property
    def guest_cs_limit(self) -> int:
        """GUEST_CS_LIMIT (0x00004802): 32-bit guest state, offset 844."""
        return self._u32[211]

    @guest_cs_limit.setter
    def guest_cs_limit(self, value: int) -> None:
        try:
            self._u32[211] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_limit", 32, value) from None

    @property
    def guest_ss_limit(self) -> int:
        """GUEST_SS_LIMIT (0x00004804): 32-bit guest state, offset 848."""
        return self._u32[212]

    @guest_ss_limit.setter
    def guest_ss_limit(self, value: int) -> None:
        try:
            self._u32[212] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_limit", 32, value) from None

    @property
    def guest_ds_limit(self) -> int:
        """GUEST_DS_LIMIT (0x00004806): 32-bit guest state, offset 852."""
        return self._u32[213]

    @guest_ds_limit.setter
    def guest_ds_limit(self, value: int) -> None:
        try:
            self._u32[213] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_limit", 32, value) from None

    @property
    def guest_fs_limit(self) -> int:
        """GUEST_FS_LIMIT (0x00004808): 32-bit guest state, offset 856."""
        return self._u32[214]

    @guest_fs_limit.setter
    def guest_fs_limit(self, value: int) -> None:
        try:
            self._u32[214] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_limit", 32, value) from None

    @property
    def guest_gs_limit(self) -> int:
        """GUEST_GS_LIMIT (0x0000480a): 32-bit guest state, offset 860."""
        return self._u32[215]

    @guest_gs_limit.setter
    def guest_gs_limit(self, value: int) -> None:
        try:
            self._u32[215] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_limit", 32, value) from None

    @property
    def guest_ldtr_limit(self) -> int:
        """GUEST_LDTR_LIMIT (0x0000480c): 32-bit guest state, offset 864."""
        return self._u32[216]

    @guest_ldtr_limit.setter
    def guest_ldtr_limit(self, value: int) -> None:
        try:
            self._u32[216] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_limit", 32, value) from None

    @property
    def guest_tr_limit(self) -> int:
        """GUEST_TR_LIMIT (0x0000480e): 32-bit guest state, offset 868."""
        return self._u32[217]

    @guest_tr_limit.setter
    def guest_tr_limit(self, value: int) -> None:
        try:
            self._u32[217] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_limit", 32, value) from None

    @property
    def guest_gdtr_limit(self) -> int:
        """GUEST_GDTR_LIMIT (0x00004810): 32-bit guest state, offset 872."""
        return self._u32[218]

    @guest_gdtr_limit.setter
    def guest_gdtr_limit(self, value: int) -> None:
        try:
            self._u32[218] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gdtr_limit", 32, value) from None

    @property
    def guest_idtr_limit(self) -> int:
        """GUEST_IDTR_LIMIT (0x00004812): 32-bit guest state, offset 876."""
        return self._u32[219]

    @guest_idtr_limit.setter
    def guest_idtr_limit(self, value: int) -> None:
        try:
            self._u32[219] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_idtr_limit", 32, value) from None

    @property
    def guest_es_ar_bytes(self) -> int:
        """GUEST_ES_AR_BYTES (0x00004814): 32-bit guest state, offset 880."""
        return self._u32[220]

    @guest_es_ar_bytes.setter
    def guest_es_ar_bytes(self, value: int) -> None:
        try:
            self._u32[220] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_ar_bytes", 32, value) from None

    @property
    def guest_es_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_ES_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_es_ar_bytes)

    @property
    def guest_cs_ar_bytes(self) -> int:
        """GUEST_CS_AR_BYTES (0x00004816): 32-bit guest state, offset 884."""
        return self._u32[221]

    @guest_cs_ar_bytes.setter
    def guest_cs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[221] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_ar_bytes", 32, value) from None

    @property
    def guest_cs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_CS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_cs_ar_bytes)

    @property
    def guest_ss_ar_bytes(self) -> int:
        """GUEST_SS_AR_BYTES (0x00004818): 32-bit guest state, offset 888."""
        return self._u32[222]

    @guest_ss_ar_bytes.setter
    def guest_ss_ar_bytes(self, value: int) -> None:
        try:
            self._u32[222] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_ar_bytes", 32, value) from None

    @property
    def guest_ss_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_SS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ss_ar_bytes)

    @property
    def guest_ds_ar_bytes(self) -> int:
        """GUEST_DS_AR_BYTES (0x0000481a): 32-bit guest state, offset 892."""
        return self._u32[223]

    @guest_ds_ar_bytes.setter
    def guest_ds_ar_bytes(self, value: int) -> None:
        try:
            self._u32[223] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_ar_bytes", 32, value) from None

    @property
    def guest_ds_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_DS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ds_ar_bytes)

    @property
    def guest_fs_ar_bytes(self) -> int:
        """GUEST_FS_AR_BYTES (0x0000481c): 32-bit guest state, offset 896."""
        return self._u32[224]

    @guest_fs_ar_bytes.setter
    def guest_fs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[224] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_ar_bytes", 32, value) from None

    @property
    def guest_fs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_FS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_fs_ar_bytes)

    @property
    def guest_gs_ar_bytes(self) -> int:
        """GUEST_GS_AR_BYTES (0x0000481e): 32-bit guest state, offset 900."""
        return self._u32[225]

    @guest_gs_ar_bytes.setter
    def guest_gs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[225] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_ar_bytes", 32, value) from None

    @property
    def guest_gs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_GS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_gs_ar_bytes)

    @property
    def guest_ldtr_ar_bytes(self) -> int:
        """GUEST_LDTR_AR_BYTES (0x00004820): 32-bit guest state, offset 904."""
        return self._u32[226]

    @guest_ldtr_ar_bytes.setter
    def guest_ldtr_ar_bytes(self, value: int) -> None:
        try:
            self._u32[226] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_ar_bytes", 32, value) from None

    @property
    def guest_ldtr_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_LDTR_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ldtr_ar_bytes)

    @property
    def guest_tr_ar_bytes(self) -> int:
        """GUEST_TR_AR_BYTES (0x00004822): 32-bit guest state, offset 908."""
        return self._u32[227]

    @guest_tr_ar_bytes.setter
    def guest_tr_ar_bytes(self, value: int) -> None:
        try:
            self._u32[227] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_ar_bytes", 32, value) from None

    @property
    def guest_tr_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_TR_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_tr_ar_bytes)

    @property
    def guest_interruptibility_info(self) -> int:
        """GUEST_INTERRUPTIBILITY_INFO (0x00004824): 32-bit guest state, offset 912."""
        return self._u32[228]

    @guest_interruptibility_info.setter
    def guest_interruptibility_info(self, value: int) -> None:
        try:
            self._u32[228] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_interruptibility_info", 32, value) from None

    @property
    def guest_interruptibility_info_flags(self) -> vmcs_bits.InterruptibilityState:
        """GUEST_INTERRUPTIBILITY_INFO as vmcs_bits.InterruptibilityState; unnamed bits stay set."""
        return vmcs_bits.InterruptibilityState(self.guest_interruptibility_info)

    @property
    def guest_activity_state(self) -> int:
        """GUEST_ACTIVITY_STATE (0x00004826): 32-bit guest state, offset 916."""
        return self._u32[229]

    @guest_activity_state.setter
    def guest_activity_state(self, value: int) -> None:
        try:
            self._u32[229] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_activity_state", 32, value) from None

    @property
    def guest_sysenter_cs(self) -> int:
        """GUEST_SYSENTER_CS (0x0000482a): 32-bit guest state, offset 920."""
        return self._u32[230]

    @guest_sysenter_cs.setter
    def guest_sysenter_cs(self, value: int) -> None:
        try:
            self._u32[230] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_cs", 32, value) from None

    @property
    def host_ia32_sysenter_cs(self) -> int:
        """HOST_IA32_SYSENTER_CS (0x00004c00): 32-bit host state, offset 924."""
        return self._u32[231]

    @host_ia32_sysenter_cs.setter
    def host_ia32_sysenter_cs(self, value: int) -> None:
        try:
            self._u32[231] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_cs", 32, value) from None

    @property
    def vmx_preemption_timer_value(self) -> int:
        """VMX_PREEMPTION_TIMER_VALUE (0x0000482e): 32-bit guest state, offset 928."""
        return self._u32[232]

    @vmx_preemption_timer_value.setter
    def vmx_preemption_timer_value(self, value: int) -> None:
        try:
            self._u32[232] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmx_preemption_timer_value", 32, value) from None

    @property
    def virtual_processor_id(self) -> int:
        """VIRTUAL_PROCESSOR_ID (0x00000000): 16-bit control, offset 960."""
        return self._u16[480]

    @virtual_processor_id.setter
    def virtual_processor_id(self, value: int) -> None:
        try:
            self._u16[480] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "virtual_processor_id", 16, value) from None

    @property
    def posted_intr_nv(self) -> int:
        """POSTED_INTR_NV (0x00000002): 16-bit control, offset 962."""
        return self._u16[481]

    @posted_intr_nv.setter
    def posted_intr_nv(self, value: int) -> None:
        try:
            self._u16[481] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "posted_intr_nv", 16, value) from None

    @property
    def guest_es_selector(self) -> int:
        """GUEST_ES_SELECTOR (0x00000800): 16-bit guest state, offset 964."""
        return self._u16[482]

    @guest_es_selector.setter
    def guest_es_selector(self, value: int) -> None:
        try:
            self._u16[482] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_selector", 16, value) from None

    @property
    def guest_es_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_ES_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_es_selector)

    @property
    def guest_cs_selector(self) -> int:
        """GUEST_CS_SELECTOR (0x00000802): 16-bit guest state, offset 966."""
        return self._u16[483]

    @guest_cs_selector.setter
    def guest_cs_selector(self, value: int) -> None:
        try:
            self._u16[483] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_selector", 16, value) from None

    @property
    def guest_cs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_CS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_cs_selector)

    @property
    def guest_ss_selector(self) -> int:
        """GUEST_SS_SELECTOR (0x00000804): 16-bit guest state, offset 968."""
        return self._u16[484]

    @guest_ss_selector.setter
    def guest_ss_selector(self, value: int) -> None:
        try:
            self._u16[484] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_selector", 16, value) from None

    @property
    def guest_ss_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_SS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ss_selector)

    @property
    def guest_ds_selector(self) -> int:
        """GUEST_DS_SELECTOR (0x00000806): 16-bit guest state, offset 970."""
        return self._u16[485]

    @guest_ds_selector.setter
    def guest_ds_selector(self, value: int) -> None:
        try:
            self._u16[485] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_selector", 16, value) from None

    @property
    def guest_ds_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_DS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ds_selector)

    @property
    def guest_fs_selector(self) -> int:
        """GUEST_FS_SELECTOR (0x00000808): 16-bit guest state, offset 972."""
        return self._u16[486]

    @guest_fs_selector.setter
    def guest_fs_selector(self, value: int) -> None:
        try:
            self._u16[486] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_selector", 16, value) from None

    @property
    def guest_fs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_FS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_fs_selector)

    @property
    def guest_gs_selector(self) -> int:
        """GUEST_GS_SELECTOR (0x0000080a): 16-bit guest state, offset 974."""
        return self._u16[487]

    @guest_gs_selector.setter
    def guest_gs_selector(self, value: int) -> None:
        try:
            self._u16[487] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_selector", 16, value) from None

    @property
    def guest_gs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_GS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_gs_selector)

    @property
    def guest_ldtr_selector(self) -> int:
        """GUEST_LDTR_SELECTOR (0x0000080c): 16-bit guest state, offset 976."""
        return self._u16[488]

    @guest_ldtr_selector.setter
    def guest_ldtr_selector(self, value: int) -> None:
        try:
            self._u16[488] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_selector", 16, value) from None

    @property
    def guest_ldtr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_LDTR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ldtr_selector)

    @property
    def guest_tr_selector(self) -> int:
        """GUEST_TR_SELECTOR (0x0000080e): 16-bit guest state, offset 978."""
        return self._u16[489]

    @guest_tr_selector.setter
    def guest_tr_selector(self, value: int) -> None:
        try:
            self._u16[489] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_selector", 16, value) from None

    @property
    def guest_tr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_TR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_tr_selector)

    @property
    def guest_intr_status(self) -> int:
        """GUEST_INTR_STATUS (0x00000810): 16-bit guest state, offset 980."""
        return self._u16[490]

    @guest_intr_status.setter
    def guest_intr_status(self, value: int) -> None:
        try:
            self._u16[490] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_intr_status", 16, value) from None

    @property
    def host_es_selector(self) -> int:
        """HOST_ES_SELECTOR (0x00000c00): 16-bit host state, offset 982."""
        return self._u16[491]

    @host_es_selector.setter
    def host_es_selector(self, value: int) -> None:
        try:
            self._u16[491] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_es_selector", 16, value) from None

    @property
    def host_es_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_ES_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_es_selector)

    @property
    def host_cs_selector(self) -> int:
        """HOST_CS_SELECTOR (0x00000c02): 16-bit host state, offset 984."""
        return self._u16[492]

    @host_cs_selector.setter
    def host_cs_selector(self, value: int) -> None:
        try:
            self._u16[492] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cs_selector", 16, value) from None

    @property
    def host_cs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_CS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_cs_selector)

    @property
    def host_ss_selector(self) -> int:
        """HOST_SS_SELECTOR (0x00000c04): 16-bit host state, offset 986."""
        return self._u16[493]

    @host_ss_selector.setter
    def host_ss_selector(self, value: int) -> None:
        try:
            self._u16[493] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ss_selector", 16, value) from None

    @property
    def host_ss_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_SS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_ss_selector)

    @property
    def host_ds_selector(self) -> int:
        """HOST_DS_SELECTOR (0x00000c06): 16-bit host state, offset 988."""
        return self._u16[494]

    @host_ds_selector.setter
    def host_ds_selector(self, value: int) -> None:
        try:
            self._u16[494] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ds_selector", 16, value) from None

    @property
    def host_ds_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_DS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_ds_selector)

    @property
    def host_fs_selector(self) -> int:
        """HOST_FS_SELECTOR (0x00000c08): 16-bit host state, offset 990."""
        return self._u16[495]

    @host_fs_selector.setter
    def host_fs_selector(self, value: int) -> None:
        try:
            self._u16[495] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_fs_selector", 16, value) from None

    @property
    def host_fs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_FS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_fs_selector)

    @property
    def host_gs_selector(self) -> int:
        """HOST_GS_SELECTOR (0x00000c0a): 16-bit host state, offset 992."""
        return self._u16[496]

    @host_gs_selector.setter
    def host_gs_selector(self, value: int) -> None:
        try:
            self._u16[496] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gs_selector", 16, value) from None

    @property
    def host_gs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_GS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_gs_selector)

    @property
    def host_tr_selector(self) -> int:
        """HOST_TR_SELECTOR (0x00000c0c): 16-bit host state, offset 994."""
        return self._u16[497]

    @host_tr_selector.setter
    def host_tr_selector(self, value: int) -> None:
        try:
            self._u16[497] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_tr_selector", 16, value) from None

    @property
    def host_tr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_TR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_tr_selector)

    @property
    def guest_pml_index(self) -> int:
        """GUEST_PML_INDEX (0x00000812): 16-bit guest state, offset 996."""
        return self._u16[498]

    @guest_pml_index.setter
    def guest_pml_index(self, value: int) -> None:
        try:
            self._u16[498] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pml_index", 16, value) from None


_ATTRIBUTES: dict[str, str] = {
    "hdr": "hdr",
    "abort": "abort",
    "launch_state": "launch_state",
    "io_bitmap_a": "io_bitmap_a",
    "io_bitmap_b": "io_bitmap_b",
    "msr_bitmap": "msr_bitmap",
    "vm_exit_msr_store_addr": "vm_exit_msr_store_addr",
    "vm_exit_msr_load_addr": "vm_exit_msr_load_addr",
    "vm_entry_msr_load_addr": "vm_entry_msr_load_addr",
    "tsc_offset": "tsc_offset",
    "virtual_apic_page_addr": "virtual_apic_page_addr",
    "apic_access_addr": "apic_access_addr",
    "posted_intr_desc_addr": "posted_intr_desc_addr",
    "ept_pointer": "ept_pointer",
    "eoi_exit_bitmap0": "eoi_exit_bitmap0",
    "eoi_exit_bitmap1": "eoi_exit_bitmap1",
    "eoi_exit_bitmap2": "eoi_exit_bitmap2",
    "eoi_exit_bitmap3": "eoi_exit_bitmap3",
    "xss_exit_bitmap": "xss_exit_bitmap",
    "guest_physical_address": "guest_physical_address",
    "vmcs_link_pointer": "vmcs_link_pointer",
    "guest_ia32_debugctl": "guest_ia32_debugctl",
    "guest_ia32_pat": "guest_ia32_pat",
    "guest_ia32_efer": "guest_ia32_efer",
    "guest_ia32_perf_global_ctrl": "guest_ia32_perf_global_ctrl",
    "guest_pdptr0": "guest_pdptr0",
    "guest_pdptr1": "guest_pdptr1",
    "guest_pdptr2": "guest_pdptr2",
    "guest_pdptr3": "guest_pdptr3",
    "guest_bndcfgs": "guest_bndcfgs",
    "host_ia32_pat": "host_ia32_pat",
    "host_ia32_efer": "host_ia32_efer",
    "host_ia32_perf_global_ctrl": "host_ia32_perf_global_ctrl",
    "vmread_bitmap": "vmread_bitmap",
    "vmwrite_bitmap": "vmwrite_bitmap",
    "vm_function_control": "vm_function_control",
    "eptp_list_address": "eptp_list_address",
    "pml_address": "pml_address",
    "encls_exiting_bitmap": "encls_exiting_bitmap",
    "tsc_multiplier": "tsc_multiplier",
    "cr0_guest_host_mask": "cr0_guest_host_mask",
    "cr4_guest_host_mask": "cr4_guest_host_mask",
    "cr0_read_shadow": "cr0_read_shadow",
    "cr4_read_shadow": "cr4_read_shadow",
    "exit_qualification": "exit_qualification",
    "guest_linear_address": "guest_linear_address",
    "guest_cr0": "guest_cr0",
    "guest_cr3": "guest_cr3",
    "guest_cr4": "guest_cr4",
    "guest_es_base": "guest_es_base",
    "guest_cs_base": "guest_cs_base",
    "guest_ss_base": "guest_ss_base",
    "guest_ds_base": "guest_ds_base",
    "guest_fs_base": "guest_fs_base",
    "guest_gs_base": "guest_gs_base",
    "guest_ldtr_base": "guest_ldtr_base",
    "guest_tr_base": "guest_tr_base",
    "guest_gdtr_base": "guest_gdtr_base",
    "guest_idtr_base": "guest_idtr_base",
    "guest_dr7": "guest_dr7",
    "guest_rsp": "guest_rsp",
    "guest_rip": "guest_rip",
    "guest_rflags": "guest_rflags",
    "guest_pending_dbg_exceptions": "guest_pending_dbg_exceptions",
    "guest_sysenter_esp": "guest_sysenter_esp",
    "guest_sysenter_eip": "guest_sysenter_eip",
    "host_cr0": "host_cr0",
    "host_cr3": "host_cr3",
    "host_cr4": "host_cr4",
    "host_fs_base": "host_fs_base",
    "host_gs_base": "host_gs_base",
    "host_tr_base": "host_tr_base",
    "host_gdtr_base": "host_gdtr_base",
    "host_idtr_base": "host_idtr_base",
    "host_ia32_sysenter_esp": "host_ia32_sysenter_esp",
    "host_ia32_sysenter_eip": "host_ia32_sysenter_eip",
    "host_rsp": "host_rsp",
    "host_rip": "host_rip",
    "pin_based_vm_exec_control": "pin_based_vm_exec_control",
    "cpu_based_vm_exec_control": "cpu_based_vm_exec_control",
    "exception_bitmap": "exception_bitmap",
    "page_fault_error_code_mask": "page_fault_error_code_mask",
    "page_fault_error_code_match": "page_fault_error_code_match",
    "cr3_target_count": "cr3_target_count",
    "vm_exit_controls": "vm_exit_controls",
    "vm_exit_msr_store_count": "vm_exit_msr_store_count",
    "vm_exit_msr_load_count": "vm_exit_msr_load_count",
    "vm_entry_controls": "vm_entry_controls",
    "vm_entry_msr_load_count": "vm_entry_msr_load_count",
    "vm_entry_intr_info_field": "vm_entry_intr_info_field",
    "vm_entry_exception_error_code": "vm_entry_exception_error_code",
    "vm_entry_instruction_len": "vm_entry_instruction_len",
    "tpr_threshold": "tpr_threshold",
    "secondary_vm_exec_control": "secondary_vm_exec_control",
    "vm_instruction_error": "vm_instruction_error",
    "vm_exit_reason": "vm_exit_reason",
    "vm_exit_intr_info": "vm_exit_intr_info",
    "vm_exit_intr_error_code": "vm_exit_intr_error_code",
    "idt_vectoring_info_field": "idt_vectoring_info_field",
    "idt_vectoring_error_code": "idt_vectoring_error_code",
    "vm_exit_instruction_len": "vm_exit_instruction_len",
    "vmx_instruction_info": "vmx_instruction_info",
    "guest_es_limit": "guest_es_limit",
    "guest_cs_limit": "guest_cs_limit",
    "guest_ss_limit": "guest_ss_limit",
    "guest_ds_limit": "guest_ds_limit",
    "guest_fs_limit": "guest_fs_limit",
    "guest_gs_limit": "guest_gs_limit",
    "guest_ldtr_limit": "guest_ldtr_limit",
    "guest_tr_limit": "guest_tr_limit",
    "guest_gdtr_limit": "guest_gdtr_limit",
    "guest_idtr_limit": "guest_idtr_limit",
    "guest_es_ar_bytes": "guest_es_ar_bytes",
    "guest_cs_ar_bytes": "guest_cs_ar_bytes",
    "guest_ss_ar_bytes": "guest_ss_ar_bytes",
    "guest_ds_ar_bytes": "guest_ds_ar_bytes",
    "guest_fs_ar_bytes": "guest_fs_ar_bytes",
    "guest_gs_ar_bytes": "guest_gs_ar_bytes",
    "guest_ldtr_ar_bytes": "guest_ldtr_ar_bytes",
    "guest_tr_ar_bytes": "guest_tr_ar_bytes",
    "guest_interruptibility_info": "guest_interruptibility_info",
    "guest_activity_state": "guest_activity_state",
    "guest_sysenter_cs": "guest_sysenter_cs",
    "host_ia32_sysenter_cs": "host_ia32_sysenter_cs",
    "vmx_preemption_timer_value": "vmx_preemption_timer_value",
    "virtual_processor_id": "virtual_processor_id",
    "posted_intr_nv": "posted_intr_nv",
    "guest_es_selector": "guest_es_selector",
    "guest_cs_selector": "guest_cs_selector",
    "guest_ss_selector": "guest_ss_selector",
    "guest_ds_selector": "guest_ds_selector",
    "guest_fs_selector": "guest_fs_selector",
    "guest_gs_selector": "guest_gs_selector",
    "guest_ldtr_selector": "guest_ldtr_selector",
    "guest_tr_selector": "guest_tr_selector",
    "guest_intr_status": "guest_intr_status",
    "host_es_selector": "host_es_selector",
    "host_cs_selector": "host_cs_selector",
    "host_ss_selector": "host_ss_selector",
    "host_ds_selector": "host_ds_selector",
    "host_fs_selector": "host_fs_selector",
    "host_gs_selector": "host_gs_selector",
    "host_tr_selector": "host_tr_selector",
    "guest_pml_index": "guest_pml_index",
}
# vmcsgen-digest: 17f75926e8e08ff6d5f241f8c43d436175c7eb897e005256ee9d8c1c6a5803a7 201eb7ab4130521db07b93cf4da82cef06948a00e3582c923c5fb6d8feb663b1
