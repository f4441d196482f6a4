# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""Hyper-V enlightened VMCS v1: typed access to a `hv_evmcs_v1` VMCS region.

Generated from specs/layouts/hv_evmcs_v1.yaml, specs/fields.yaml, specs/bits.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Linux include/hyperv/hvgdk.h struct hv_enlightened_vmcs and
HV_VMX_ENLIGHTENED_CLEAN_FIELD_* (torvalds/linux 946661e3bef8, unchanged at
512a93a93dbe); field table in arch/x86/kvm/vmx/hyperv_evmcs.c (6f47c7ae8c7a).
"""

from __future__ import annotations

import sys
from typing import NamedTuple, Union

import vmcs_bits

if sys.byteorder != "little":
    raise ImportError(
        "hv_evmcs_v1 accessors read the region in host byte order: need little-endian"
    )

Buffer = Union[bytes, bytearray, memoryview]

LAYOUT_NAME = "hv_evmcs_v1"
REVISION_ID = 0x00000001
REGION_SIZE = 4096
STRUCT_SIZE = 1024
SHADOW_INDICATOR = False
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
    MemberInfo("revision_id", None, None, 0, 4, "header", None, None),
    MemberInfo("abort", None, None, 4, 4, "state", None, None),
    MemberInfo(
        "host_es_selector", "HOST_ES_SELECTOR", 0x00000C00, 8, 2, "field", "host_state", "HOST_GRP1"
    ),
    MemberInfo(
        "host_cs_selector",
        "HOST_CS_SELECTOR",
        0x00000C02,
        10,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_ss_selector",
        "HOST_SS_SELECTOR",
        0x00000C04,
        12,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_ds_selector",
        "HOST_DS_SELECTOR",
        0x00000C06,
        14,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_fs_selector",
        "HOST_FS_SELECTOR",
        0x00000C08,
        16,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_gs_selector",
        "HOST_GS_SELECTOR",
        0x00000C0A,
        18,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_tr_selector",
        "HOST_TR_SELECTOR",
        0x00000C0C,
        20,
        2,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo("padding16_1", None, None, 22, 2, "reserved", None, None),
    MemberInfo(
        "host_ia32_pat", "HOST_IA32_PAT", 0x00002C00, 24, 8, "field", "host_state", "HOST_GRP1"
    ),
    MemberInfo(
        "host_ia32_efer", "HOST_IA32_EFER", 0x00002C02, 32, 8, "field", "host_state", "HOST_GRP1"
    ),
    MemberInfo("host_cr0", "HOST_CR0", 0x00006C00, 40, 8, "field", "host_state", "HOST_GRP1"),
    MemberInfo("host_cr3", "HOST_CR3", 0x00006C02, 48, 8, "field", "host_state", "HOST_GRP1"),
    MemberInfo("host_cr4", "HOST_CR4", 0x00006C04, 56, 8, "field", "host_state", "HOST_GRP1"),
    MemberInfo(
        "host_ia32_sysenter_esp",
        "HOST_IA32_SYSENTER_ESP",
        0x00006C10,
        64,
        8,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "host_ia32_sysenter_eip",
        "HOST_IA32_SYSENTER_EIP",
        0x00006C12,
        72,
        8,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo("host_rip", "HOST_RIP", 0x00006C16, 80, 8, "field", "host_state", "HOST_GRP1"),
    MemberInfo(
        "host_ia32_sysenter_cs",
        "HOST_IA32_SYSENTER_CS",
        0x00004C00,
        88,
        4,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "pin_based_vm_exec_control",
        "PIN_BASED_VM_EXEC_CONTROL",
        0x00004000,
        92,
        4,
        "field",
        "control",
        "CONTROL_GRP1",
    ),
    MemberInfo(
        "vm_exit_controls",
        "VM_EXIT_CONTROLS",
        0x0000400C,
        96,
        4,
        "field",
        "control",
        "CONTROL_GRP1",
    ),
    MemberInfo(
        "secondary_vm_exec_control",
        "SECONDARY_VM_EXEC_CONTROL",
        0x0000401E,
        100,
        4,
        "field",
        "control",
        "CONTROL_GRP1",
    ),
    MemberInfo("io_bitmap_a", "IO_BITMAP_A", 0x00002000, 104, 8, "field", "control", "IO_BITMAP"),
    MemberInfo("io_bitmap_b", "IO_BITMAP_B", 0x00002002, 112, 8, "field", "control", "IO_BITMAP"),
    MemberInfo("msr_bitmap", "MSR_BITMAP", 0x00002004, 120, 8, "field", "control", "MSR_BITMAP"),
    MemberInfo(
        "guest_es_selector",
        "GUEST_ES_SELECTOR",
        0x00000800,
        128,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_cs_selector",
        "GUEST_CS_SELECTOR",
        0x00000802,
        130,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ss_selector",
        "GUEST_SS_SELECTOR",
        0x00000804,
        132,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ds_selector",
        "GUEST_DS_SELECTOR",
        0x00000806,
        134,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_fs_selector",
        "GUEST_FS_SELECTOR",
        0x00000808,
        136,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_gs_selector",
        "GUEST_GS_SELECTOR",
        0x0000080A,
        138,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ldtr_selector",
        "GUEST_LDTR_SELECTOR",
        0x0000080C,
        140,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_tr_selector",
        "GUEST_TR_SELECTOR",
        0x0000080E,
        142,
        2,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_es_limit", "GUEST_ES_LIMIT", 0x00004800, 144, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_cs_limit", "GUEST_CS_LIMIT", 0x00004802, 148, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ss_limit", "GUEST_SS_LIMIT", 0x00004804, 152, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ds_limit", "GUEST_DS_LIMIT", 0x00004806, 156, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_fs_limit", "GUEST_FS_LIMIT", 0x00004808, 160, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_gs_limit", "GUEST_GS_LIMIT", 0x0000480A, 164, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ldtr_limit",
        "GUEST_LDTR_LIMIT",
        0x0000480C,
        168,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_tr_limit", "GUEST_TR_LIMIT", 0x0000480E, 172, 4, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_gdtr_limit",
        "GUEST_GDTR_LIMIT",
        0x00004810,
        176,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_idtr_limit",
        "GUEST_IDTR_LIMIT",
        0x00004812,
        180,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_es_ar_bytes",
        "GUEST_ES_AR_BYTES",
        0x00004814,
        184,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_cs_ar_bytes",
        "GUEST_CS_AR_BYTES",
        0x00004816,
        188,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ss_ar_bytes",
        "GUEST_SS_AR_BYTES",
        0x00004818,
        192,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ds_ar_bytes",
        "GUEST_DS_AR_BYTES",
        0x0000481A,
        196,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_fs_ar_bytes",
        "GUEST_FS_AR_BYTES",
        0x0000481C,
        200,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_gs_ar_bytes",
        "GUEST_GS_AR_BYTES",
        0x0000481E,
        204,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_ldtr_ar_bytes",
        "GUEST_LDTR_AR_BYTES",
        0x00004820,
        208,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_tr_ar_bytes",
        "GUEST_TR_AR_BYTES",
        0x00004822,
        212,
        4,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_es_base", "GUEST_ES_BASE", 0x00006806, 216, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_cs_base", "GUEST_CS_BASE", 0x00006808, 224, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ss_base", "GUEST_SS_BASE", 0x0000680A, 232, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ds_base", "GUEST_DS_BASE", 0x0000680C, 240, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_fs_base", "GUEST_FS_BASE", 0x0000680E, 248, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_gs_base", "GUEST_GS_BASE", 0x00006810, 256, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_ldtr_base",
        "GUEST_LDTR_BASE",
        0x00006812,
        264,
        8,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_tr_base", "GUEST_TR_BASE", 0x00006814, 272, 8, "field", "guest_state", "GUEST_GRP2"
    ),
    MemberInfo(
        "guest_gdtr_base",
        "GUEST_GDTR_BASE",
        0x00006816,
        280,
        8,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo(
        "guest_idtr_base",
        "GUEST_IDTR_BASE",
        0x00006818,
        288,
        8,
        "field",
        "guest_state",
        "GUEST_GRP2",
    ),
    MemberInfo("padding64_1", None, None, 296, 24, "reserved", None, None),
    MemberInfo(
        "vm_exit_msr_store_addr",
        "VM_EXIT_MSR_STORE_ADDR",
        0x00002006,
        320,
        8,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "vm_exit_msr_load_addr",
        "VM_EXIT_MSR_LOAD_ADDR",
        0x00002008,
        328,
        8,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "vm_entry_msr_load_addr",
        "VM_ENTRY_MSR_LOAD_ADDR",
        0x0000200A,
        336,
        8,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo("cr3_target_value0", None, None, 344, 8, "private", None, "ALL"),
    MemberInfo("cr3_target_value1", None, None, 352, 8, "private", None, "ALL"),
    MemberInfo("cr3_target_value2", None, None, 360, 8, "private", None, "ALL"),
    MemberInfo("cr3_target_value3", None, None, 368, 8, "private", None, "ALL"),
    MemberInfo(
        "page_fault_error_code_mask",
        "PAGE_FAULT_ERROR_CODE_MASK",
        0x00004006,
        376,
        4,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "page_fault_error_code_match",
        "PAGE_FAULT_ERROR_CODE_MATCH",
        0x00004008,
        380,
        4,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "cr3_target_count", "CR3_TARGET_COUNT", 0x0000400A, 384, 4, "field", "control", "ALL"
    ),
    MemberInfo(
        "vm_exit_msr_store_count",
        "VM_EXIT_MSR_STORE_COUNT",
        0x0000400E,
        388,
        4,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "vm_exit_msr_load_count",
        "VM_EXIT_MSR_LOAD_COUNT",
        0x00004010,
        392,
        4,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo(
        "vm_entry_msr_load_count",
        "VM_ENTRY_MSR_LOAD_COUNT",
        0x00004014,
        396,
        4,
        "field",
        "control",
        "ALL",
    ),
    MemberInfo("tsc_offset", "TSC_OFFSET", 0x00002010, 400, 8, "field", "control", "CONTROL_GRP2"),
    MemberInfo(
        "virtual_apic_page_addr",
        "VIRTUAL_APIC_PAGE_ADDR",
        0x00002012,
        408,
        8,
        "field",
        "control",
        "CONTROL_GRP2",
    ),
    MemberInfo(
        "vmcs_link_pointer",
        "VMCS_LINK_POINTER",
        0x00002800,
        416,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_ia32_debugctl",
        "GUEST_IA32_DEBUGCTL",
        0x00002802,
        424,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_ia32_pat", "GUEST_IA32_PAT", 0x00002804, 432, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_ia32_efer",
        "GUEST_IA32_EFER",
        0x00002806,
        440,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_pdptr0", "GUEST_PDPTR0", 0x0000280A, 448, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_pdptr1", "GUEST_PDPTR1", 0x0000280C, 456, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_pdptr2", "GUEST_PDPTR2", 0x0000280E, 464, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_pdptr3", "GUEST_PDPTR3", 0x00002810, 472, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_pending_dbg_exceptions",
        "GUEST_PENDING_DBG_EXCEPTIONS",
        0x00006822,
        480,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_sysenter_esp",
        "GUEST_SYSENTER_ESP",
        0x00006824,
        488,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_sysenter_eip",
        "GUEST_SYSENTER_EIP",
        0x00006826,
        496,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_activity_state",
        "GUEST_ACTIVITY_STATE",
        0x00004826,
        504,
        4,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "guest_sysenter_cs",
        "GUEST_SYSENTER_CS",
        0x0000482A,
        508,
        4,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo(
        "cr0_guest_host_mask", "CR0_GUEST_HOST_MASK", 0x00006000, 512, 8, "field", "control", "CRDR"
    ),
    MemberInfo(
        "cr4_guest_host_mask", "CR4_GUEST_HOST_MASK", 0x00006002, 520, 8, "field", "control", "CRDR"
    ),
    MemberInfo(
        "cr0_read_shadow", "CR0_READ_SHADOW", 0x00006004, 528, 8, "field", "control", "CRDR"
    ),
    MemberInfo(
        "cr4_read_shadow", "CR4_READ_SHADOW", 0x00006006, 536, 8, "field", "control", "CRDR"
    ),
    MemberInfo("guest_cr0", "GUEST_CR0", 0x00006800, 544, 8, "field", "guest_state", "CRDR"),
    MemberInfo("guest_cr3", "GUEST_CR3", 0x00006802, 552, 8, "field", "guest_state", "CRDR"),
    MemberInfo("guest_cr4", "GUEST_CR4", 0x00006804, 560, 8, "field", "guest_state", "CRDR"),
    MemberInfo("guest_dr7", "GUEST_DR7", 0x0000681A, 568, 8, "field", "guest_state", "CRDR"),
    MemberInfo(
        "host_fs_base", "HOST_FS_BASE", 0x00006C06, 576, 8, "field", "host_state", "HOST_POINTER"
    ),
    MemberInfo(
        "host_gs_base", "HOST_GS_BASE", 0x00006C08, 584, 8, "field", "host_state", "HOST_POINTER"
    ),
    MemberInfo(
        "host_tr_base", "HOST_TR_BASE", 0x00006C0A, 592, 8, "field", "host_state", "HOST_POINTER"
    ),
    MemberInfo(
        "host_gdtr_base",
        "HOST_GDTR_BASE",
        0x00006C0C,
        600,
        8,
        "field",
        "host_state",
        "HOST_POINTER",
    ),
    MemberInfo(
        "host_idtr_base",
        "HOST_IDTR_BASE",
        0x00006C0E,
        608,
        8,
        "field",
        "host_state",
        "HOST_POINTER",
    ),
    MemberInfo("host_rsp", "HOST_RSP", 0x00006C14, 616, 8, "field", "host_state", "HOST_POINTER"),
    MemberInfo(
        "ept_pointer", "EPT_POINTER", 0x0000201A, 624, 8, "field", "control", "CONTROL_XLAT"
    ),
    MemberInfo(
        "virtual_processor_id",
        "VIRTUAL_PROCESSOR_ID",
        0x00000000,
        632,
        2,
        "field",
        "control",
        "CONTROL_XLAT",
    ),
    MemberInfo("padding16_2", None, None, 634, 6, "reserved", None, None),
    MemberInfo("padding64_2", None, None, 640, 40, "reserved", None, None),
    MemberInfo(
        "guest_physical_address",
        "GUEST_PHYSICAL_ADDRESS",
        0x00002400,
        680,
        8,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "vm_instruction_error",
        "VM_INSTRUCTION_ERROR",
        0x00004400,
        688,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "vm_exit_reason", "VM_EXIT_REASON", 0x00004402, 692, 4, "field", "read_only", "NONE"
    ),
    MemberInfo(
        "vm_exit_intr_info", "VM_EXIT_INTR_INFO", 0x00004404, 696, 4, "field", "read_only", "NONE"
    ),
    MemberInfo(
        "vm_exit_intr_error_code",
        "VM_EXIT_INTR_ERROR_CODE",
        0x00004406,
        700,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "idt_vectoring_info_field",
        "IDT_VECTORING_INFO_FIELD",
        0x00004408,
        704,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "idt_vectoring_error_code",
        "IDT_VECTORING_ERROR_CODE",
        0x0000440A,
        708,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "vm_exit_instruction_len",
        "VM_EXIT_INSTRUCTION_LEN",
        0x0000440C,
        712,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "vmx_instruction_info",
        "VMX_INSTRUCTION_INFO",
        0x0000440E,
        716,
        4,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo(
        "exit_qualification", "EXIT_QUALIFICATION", 0x00006400, 720, 8, "field", "read_only", "NONE"
    ),
    MemberInfo("exit_io_instruction_ecx", None, None, 728, 8, "private", None, None),
    MemberInfo("exit_io_instruction_esi", None, None, 736, 8, "private", None, None),
    MemberInfo("exit_io_instruction_edi", None, None, 744, 8, "private", None, None),
    MemberInfo("exit_io_instruction_eip", None, None, 752, 8, "private", None, None),
    MemberInfo(
        "guest_linear_address",
        "GUEST_LINEAR_ADDRESS",
        0x0000640A,
        760,
        8,
        "field",
        "read_only",
        "NONE",
    ),
    MemberInfo("guest_rsp", "GUEST_RSP", 0x0000681C, 768, 8, "field", "guest_state", "GUEST_BASIC"),
    MemberInfo(
        "guest_rflags", "GUEST_RFLAGS", 0x00006820, 776, 8, "field", "guest_state", "GUEST_BASIC"
    ),
    MemberInfo(
        "guest_interruptibility_info",
        "GUEST_INTERRUPTIBILITY_INFO",
        0x00004824,
        784,
        4,
        "field",
        "guest_state",
        "GUEST_BASIC",
    ),
    MemberInfo(
        "cpu_based_vm_exec_control",
        "CPU_BASED_VM_EXEC_CONTROL",
        0x00004002,
        788,
        4,
        "field",
        "control",
        "CONTROL_PROC",
    ),
    MemberInfo(
        "exception_bitmap",
        "EXCEPTION_BITMAP",
        0x00004004,
        792,
        4,
        "field",
        "control",
        "CONTROL_EXCPN",
    ),
    MemberInfo(
        "vm_entry_controls",
        "VM_ENTRY_CONTROLS",
        0x00004012,
        796,
        4,
        "field",
        "control",
        "CONTROL_ENTRY",
    ),
    MemberInfo(
        "vm_entry_intr_info_field",
        "VM_ENTRY_INTR_INFO_FIELD",
        0x00004016,
        800,
        4,
        "field",
        "control",
        "CONTROL_EVENT",
    ),
    MemberInfo(
        "vm_entry_exception_error_code",
        "VM_ENTRY_EXCEPTION_ERROR_CODE",
        0x00004018,
        804,
        4,
        "field",
        "control",
        "CONTROL_EVENT",
    ),
    MemberInfo(
        "vm_entry_instruction_len",
        "VM_ENTRY_INSTRUCTION_LEN",
        0x0000401A,
        808,
        4,
        "field",
        "control",
        "CONTROL_EVENT",
    ),
    MemberInfo("tpr_threshold", "TPR_THRESHOLD", 0x0000401C, 812, 4, "field", "control", "NONE"),
    MemberInfo("guest_rip", "GUEST_RIP", 0x0000681E, 816, 8, "field", "guest_state", "NONE"),
    MemberInfo("hv_clean_fields", None, None, 824, 4, "private", None, None),
    MemberInfo("padding32_1", None, None, 828, 4, "reserved", None, None),
    MemberInfo("hv_synthetic_controls", None, None, 832, 4, "private", None, None),
    MemberInfo("hv_enlightenments_control", None, None, 836, 4, "private", None, None),
    MemberInfo("hv_vp_id", None, None, 840, 4, "private", None, None),
    MemberInfo("padding32_2", None, None, 844, 4, "reserved", None, None),
    MemberInfo("hv_vm_id", None, None, 848, 8, "private", None, None),
    MemberInfo("partition_assist_page", None, None, 856, 8, "private", None, None),
    MemberInfo("padding64_4", None, None, 864, 32, "reserved", None, None),
    MemberInfo(
        "guest_bndcfgs", "GUEST_BNDCFGS", 0x00002812, 896, 8, "field", "guest_state", "GUEST_GRP1"
    ),
    MemberInfo(
        "guest_ia32_perf_global_ctrl",
        "GUEST_IA32_PERF_GLOBAL_CTRL",
        0x00002808,
        904,
        8,
        "field",
        "guest_state",
        "GUEST_GRP1",
    ),
    MemberInfo("guest_ia32_s_cet", None, None, 912, 8, "private", None, None),
    MemberInfo("guest_ssp", None, None, 920, 8, "private", None, None),
    MemberInfo("guest_ia32_int_ssp_table_addr", None, None, 928, 8, "private", None, None),
    MemberInfo("guest_ia32_lbr_ctl", None, None, 936, 8, "private", None, None),
    MemberInfo("padding64_5", None, None, 944, 16, "reserved", None, None),
    MemberInfo(
        "xss_exit_bitmap", "XSS_EXIT_BITMAP", 0x0000202C, 960, 8, "field", "control", "CONTROL_GRP2"
    ),
    MemberInfo(
        "encls_exiting_bitmap",
        "ENCLS_EXITING_BITMAP",
        0x0000202E,
        968,
        8,
        "field",
        "control",
        "CONTROL_GRP2",
    ),
    MemberInfo(
        "host_ia32_perf_global_ctrl",
        "HOST_IA32_PERF_GLOBAL_CTRL",
        0x00002C04,
        976,
        8,
        "field",
        "host_state",
        "HOST_GRP1",
    ),
    MemberInfo(
        "tsc_multiplier", "TSC_MULTIPLIER", 0x00002032, 984, 8, "field", "control", "CONTROL_GRP2"
    ),
    MemberInfo("host_ia32_s_cet", None, None, 992, 8, "private", None, None),
    MemberInfo("host_ssp", None, None, 1000, 8, "private", None, None),
    MemberInfo("host_ia32_int_ssp_table_addr", None, None, 1008, 8, "private", None, None),
    MemberInfo("padding64_6", None, None, 1016, 8, "reserved", None, None),
)

# VMREAD/VMWRITE targets: encoding -> (offset, size, name); HIGH halves read bits 63:32.
ENCODINGS: dict[int, tuple[int, int, str]] = {
    0x00000000: (632, 2, "VIRTUAL_PROCESSOR_ID"),
    0x00000800: (128, 2, "GUEST_ES_SELECTOR"),
    0x00000802: (130, 2, "GUEST_CS_SELECTOR"),
    0x00000804: (132, 2, "GUEST_SS_SELECTOR"),
    0x00000806: (134, 2, "GUEST_DS_SELECTOR"),
    0x00000808: (136, 2, "GUEST_FS_SELECTOR"),
    0x0000080A: (138, 2, "GUEST_GS_SELECTOR"),
    0x0000080C: (140, 2, "GUEST_LDTR_SELECTOR"),
    0x0000080E: (142, 2, "GUEST_TR_SELECTOR"),
    0x00000C00: (8, 2, "HOST_ES_SELECTOR"),
    0x00000C02: (10, 2, "HOST_CS_SELECTOR"),
    0x00000C04: (12, 2, "HOST_SS_SELECTOR"),
    0x00000C06: (14, 2, "HOST_DS_SELECTOR"),
    0x00000C08: (16, 2, "HOST_FS_SELECTOR"),
    0x00000C0A: (18, 2, "HOST_GS_SELECTOR"),
    0x00000C0C: (20, 2, "HOST_TR_SELECTOR"),
    0x00002000: (104, 8, "IO_BITMAP_A"),
    0x00002001: (108, 4, "IO_BITMAP_A_HIGH"),
    0x00002002: (112, 8, "IO_BITMAP_B"),
    0x00002003: (116, 4, "IO_BITMAP_B_HIGH"),
    0x00002004: (120, 8, "MSR_BITMAP"),
    0x00002005: (124, 4, "MSR_BITMAP_HIGH"),
    0x00002006: (320, 8, "VM_EXIT_MSR_STORE_ADDR"),
    0x00002007: (324, 4, "VM_EXIT_MSR_STORE_ADDR_HIGH"),
    0x00002008: (328, 8, "VM_EXIT_MSR_LOAD_ADDR"),
    0x00002009: (332, 4, "VM_EXIT_MSR_LOAD_ADDR_HIGH"),
    0x0000200A: (336, 8, "VM_ENTRY_MSR_LOAD_ADDR"),
    0x0000200B: (340, 4, "VM_ENTRY_MSR_LOAD_ADDR_HIGH"),
    0x00002010: (400, 8, "TSC_OFFSET"),
    0x00002011: (404, 4, "TSC_OFFSET_HIGH"),
    0x00002012: (408, 8, "VIRTUAL_APIC_PAGE_ADDR"),
    0x00002013: (412, 4, "VIRTUAL_APIC_PAGE_ADDR_HIGH"),
    0x0000201A: (624, 8, "EPT_POINTER"),
    0x0000201B: (628, 4, "EPT_POINTER_HIGH"),
    0x0000202C: (960, 8, "XSS_EXIT_BITMAP"),
    0x0000202D: (964, 4, "XSS_EXIT_BITMAP_HIGH"),
    0x0000202E: (968, 8, "ENCLS_EXITING_BITMAP"),
    0x0000202F: (972, 4, "ENCLS_EXITING_BITMAP_HIGH"),
    0x00002032: (984, 8, "TSC_MULTIPLIER"),
    0x00002033: (988, 4, "TSC_MULTIPLIER_HIGH"),
    0x00002400: (680, 8, "GUEST_PHYSICAL_ADDRESS"),
    0x00002401: (684, 4, "GUEST_PHYSICAL_ADDRESS_HIGH"),
    0x00002800: (416, 8, "VMCS_LINK_POINTER"),
    0x00002801: (420, 4, "VMCS_LINK_POINTER_HIGH"),
    0x00002802: (424, 8, "GUEST_IA32_DEBUGCTL"),
    0x00002803: (428, 4, "GUEST_IA32_DEBUGCTL_HIGH"),
    0x00002804: (432, 8, "GUEST_IA32_PAT"),
    0x00002805: (436, 4, "GUEST_IA32_PAT_HIGH"),
    0x00002806: (440, 8, "GUEST_IA32_EFER"),
    0x00002807: (444, 4, "GUEST_IA32_EFER_HIGH"),
    0x00002808: (904, 8, "GUEST_IA32_PERF_GLOBAL_CTRL"),
    0x00002809: (908, 4, "GUEST_IA32_PERF_GLOBAL_CTRL_HIGH"),
    0x0000280A: (448, 8, "GUEST_PDPTR0"),
    0x0000280B: (452, 4, "GUEST_PDPTR0_HIGH"),
    0x0000280C: (456, 8, "GUEST_PDPTR1"),
    0x0000280D: (460, 4, "GUEST_PDPTR1_HIGH"),
    0x0000280E: (464, 8, "GUEST_PDPTR2"),
    0x0000280F: (468, 4, "GUEST_PDPTR2_HIGH"),
    0x00002810: (472, 8, "GUEST_PDPTR3"),
    0x00002811: (476, 4, "GUEST_PDPTR3_HIGH"),
    0x00002812: (896, 8, "GUEST_BNDCFGS"),
    0x00002813: (900, 4, "GUEST_BNDCFGS_HIGH"),
    0x00002C00: (24, 8, "HOST_IA32_PAT"),
    0x00002C01: (28, 4, "HOST_IA32_PAT_HIGH"),
    0x00002C02: (32, 8, "HOST_IA32_EFER"),
    0x00002C03: (36, 4, "HOST_IA32_EFER_HIGH"),
    0x00002C04: (976, 8, "HOST_IA32_PERF_GLOBAL_CTRL"),
    0x00002C05: (980, 4, "HOST_IA32_PERF_GLOBAL_CTRL_HIGH"),
    0x00004000: (92, 4, "PIN_BASED_VM_EXEC_CONTROL"),
    0x00004002: (788, 4, "CPU_BASED_VM_EXEC_CONTROL"),
    0x00004004: (792, 4, "EXCEPTION_BITMAP"),
    0x00004006: (376, 4, "PAGE_FAULT_ERROR_CODE_MASK"),
    0x00004008: (380, 4, "PAGE_FAULT_ERROR_CODE_MATCH"),
    0x0000400A: (384, 4, "CR3_TARGET_COUNT"),
    0x0000400C: (96, 4, "VM_EXIT_CONTROLS"),
    0x0000400E: (388, 4, "VM_EXIT_MSR_STORE_COUNT"),
    0x00004010: (392, 4, "VM_EXIT_MSR_LOAD_COUNT"),
    0x00004012: (796, 4, "VM_ENTRY_CONTROLS"),
    0x00004014: (396, 4, "VM_ENTRY_MSR_LOAD_COUNT"),
    0x00004016: (800, 4, "VM_ENTRY_INTR_INFO_FIELD"),
    0x00004018: (804, 4, "VM_ENTRY_EXCEPTION_ERROR_CODE"),
    0x0000401A: (808, 4, "VM_ENTRY_INSTRUCTION_LEN"),
    0x0000401C: (812, 4, "TPR_THRESHOLD"),
    0x0000401E: (100, 4, "SECONDARY_VM_EXEC_CONTROL"),
    0x00004400: (688, 4, "VM_INSTRUCTION_ERROR"),
    0x00004402: (692, 4, "VM_EXIT_REASON"),
    0x00004404: (696, 4, "VM_EXIT_INTR_INFO"),
    0x00004406: (700, 4, "VM_EXIT_INTR_ERROR_CODE"),
    0x00004408: (704, 4, "IDT_VECTORING_INFO_FIELD"),
    0x0000440A: (708, 4, "IDT_VECTORING_ERROR_CODE"),
    0x0000440C: (712, 4, "VM_EXIT_INSTRUCTION_LEN"),
    0x0000440E: (716, 4, "VMX_INSTRUCTION_INFO"),
    0x00004800: (144, 4, "GUEST_ES_LIMIT"),
    0x00004802: (148, 4, "GUEST_CS_LIMIT"),
    0x00004804: (152, 4, "GUEST_SS_LIMIT"),
    0x00004806: (156, 4, "GUEST_DS_LIMIT"),
    0x00004808: (160, 4, "GUEST_FS_LIMIT"),
    0x0000480A: (164, 4, "GUEST_GS_LIMIT"),
    0x0000480C: (168, 4, "GUEST_LDTR_LIMIT"),
    0x0000480E: (172, 4, "GUEST_TR_LIMIT"),
    0x00004810: (176, 4, "GUEST_GDTR_LIMIT"),
    0x00004812: (180, 4, "GUEST_IDTR_LIMIT"),
    0x00004814: (184, 4, "GUEST_ES_AR_BYTES"),
    0x00004816: (188, 4, "GUEST_CS_AR_BYTES"),
    0x00004818: (192, 4, "GUEST_SS_AR_BYTES"),
    0x0000481A: (196, 4, "GUEST_DS_AR_BYTES"),
    0x0000481C: (200, 4, "GUEST_FS_AR_BYTES"),
    0x0000481E: (204, 4, "GUEST_GS_AR_BYTES"),
    0x00004820: (208, 4, "GUEST_LDTR_AR_BYTES"),
    0x00004822: (212, 4, "GUEST_TR_AR_BYTES"),
    0x00004824: (784, 4, "GUEST_INTERRUPTIBILITY_INFO"),
    0x00004826: (504, 4, "GUEST_ACTIVITY_STATE"),
    0x0000482A: (508, 4, "GUEST_SYSENTER_CS"),
    0x00004C00: (88, 4, "HOST_IA32_SYSENTER_CS"),
    0x00006000: (512, 8, "CR0_GUEST_HOST_MASK"),
    0x00006002: (520, 8, "CR4_GUEST_HOST_MASK"),
    0x00006004: (528, 8, "CR0_READ_SHADOW"),
    0x00006006: (536, 8, "CR4_READ_SHADOW"),
    0x00006400: (720, 8, "EXIT_QUALIFICATION"),
    0x0000640A: (760, 8, "GUEST_LINEAR_ADDRESS"),
    0x00006800: (544, 8, "GUEST_CR0"),
    0x00006802: (552, 8, "GUEST_CR3"),
    0x00006804: (560, 8, "GUEST_CR4"),
    0x00006806: (216, 8, "GUEST_ES_BASE"),
    0x00006808: (224, 8, "GUEST_CS_BASE"),
    0x0000680A: (232, 8, "GUEST_SS_BASE"),
    0x0000680C: (240, 8, "GUEST_DS_BASE"),
    0x0000680E: (248, 8, "GUEST_FS_BASE"),
    0x00006810: (256, 8, "GUEST_GS_BASE"),
    0x00006812: (264, 8, "GUEST_LDTR_BASE"),
    0x00006814: (272, 8, "GUEST_TR_BASE"),
    0x00006816: (280, 8, "GUEST_GDTR_BASE"),
    0x00006818: (288, 8, "GUEST_IDTR_BASE"),
    0x0000681A: (568, 8, "GUEST_DR7"),
    0x0000681C: (768, 8, "GUEST_RSP"),
    0x0000681E: (816, 8, "GUEST_RIP"),
    0x00006820: (776, 8, "GUEST_RFLAGS"),
    0x00006822: (480, 8, "GUEST_PENDING_DBG_EXCEPTIONS"),
    0x00006824: (488, 8, "GUEST_SYSENTER_ESP"),
    0x00006826: (496, 8, "GUEST_SYSENTER_EIP"),
    0x00006C00: (40, 8, "HOST_CR0"),
    0x00006C02: (48, 8, "HOST_CR3"),
    0x00006C04: (56, 8, "HOST_CR4"),
    0x00006C06: (576, 8, "HOST_FS_BASE"),
    0x00006C08: (584, 8, "HOST_GS_BASE"),
    0x00006C0A: (592, 8, "HOST_TR_BASE"),
    0x00006C0C: (600, 8, "HOST_GDTR_BASE"),
    0x00006C0E: (608, 8, "HOST_IDTR_BASE"),
    0x00006C10: (64, 8, "HOST_IA32_SYSENTER_ESP"),
    0x00006C12: (72, 8, "HOST_IA32_SYSENTER_EIP"),
    0x00006C14: (616, 8, "HOST_RSP"),
    0x00006C16: (80, 8, "HOST_RIP"),
}


def _new_region() -> bytes:
    region = bytearray(REGION_SIZE)
    region[0:4] = REVISION_ID.to_bytes(4, "little")
    return bytes(region)


_NEW_REGION = _new_region()


def _rejected(view: memoryview, name: str, bits: int, value: object) -> Exception:
    if view.readonly:
        return TypeError(f"hv_evmcs_v1.{name}: the buffer is read-only")
    if not isinstance(value, int):
        return TypeError(f"hv_evmcs_v1.{name} takes an int, not {type(value).__name__}")
    return ValueError(
        f"hv_evmcs_v1.{name}: {value} does not fit in {bits} bits (0..{(1 << bits) - 1:#x})"
    )


class HvEvmcsV1:
    """A `hv_evmcs_v1` region (4096 bytes) viewed in place through its members.

    Wraps any contiguous buffer of exactly REGION_SIZE bytes without copying; writes go
    to the buffer. Values are unsigned integers; a write that does not fit the member
    raises ValueError naming it.
    """

    __slots__ = ("_buf", "_u8", "_u16", "_u32", "_u64")

    def __init__(self, buffer: Buffer | None = None) -> None:
        view = memoryview(bytearray(_NEW_REGION) if buffer is None else buffer)
        if not view.c_contiguous:
            raise TypeError("hv_evmcs_v1 needs a contiguous buffer")
        view = view.cast("B")
        if view.nbytes != REGION_SIZE:
            raise ValueError(
                f"hv_evmcs_v1 needs a buffer of exactly {REGION_SIZE} bytes, not {view.nbytes}"
            )
        self._buf = view
        self._u8 = view
        self._u16 = view.cast("H")
        self._u32 = view.cast("I")
        self._u64 = view.cast("Q")

    @classmethod
    def new(cls) -> HvEvmcsV1:
        """A fresh region: revision id in the header, every member at its default."""
        return cls()

    @classmethod
    def from_bytes(cls, data: Buffer) -> HvEvmcsV1:
        """A writable copy of `data`."""
        return cls(bytearray(data))

    @classmethod
    def from_dict(cls, values: dict[str, int]) -> HvEvmcsV1:
        """A fresh region with the named members set; unknown names raise KeyError."""
        region = cls()
        for name, value in values.items():
            if name not in _ATTRIBUTES:
                raise KeyError(f"hv_evmcs_v1 has no member {name!r}")
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
            raise KeyError(f"0x{encoding:08x} is not a field of hv_evmcs_v1")
        offset, size, _ = slot
        return int.from_bytes(self._buf[offset : offset + size], "little")

    def write(self, encoding: int, value: int) -> None:
        """VMWRITE: set the field `encoding` names; a HIGH encoding sets bits 63:32."""
        slot = ENCODINGS.get(encoding)
        if slot is None:
            raise KeyError(f"0x{encoding:08x} is not a field of hv_evmcs_v1")
        offset, size, name = slot
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << (8 * size):
            raise _rejected(self._buf, name, 8 * size, value)
        self._buf[offset : offset + size] = value.to_bytes(size, "little")

    @property
    def revision_id(self) -> int:
        """header member, offset 0, 4 bytes. KVM_EVMCS_VERSION (1)."""
        return self._u32[0]

    @revision_id.setter
    def revision_id(self, value: int) -> None:
        try:
            self._u32[0] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "revision_id", 32, value) from None

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
    def host_es_selector(self) -> int:
        """HOST_ES_SELECTOR (0x00000c00): 16-bit host state, offset 8."""
        return self._u16[4]

    @host_es_selector.setter
    def host_es_selector(self, value: int) -> None:
        try:
            self._u16[4] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_es_selector", 16, value) from None

    @property
    def host_es_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_ES_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_es_selector)

    @property
    def host_cs_selector(self) -> int:
        """HOST_CS_SELECTOR (0x00000c02): 16-bit host state, offset 10."""
        return self._u16[5]

    @host_cs_selector.setter
    def host_cs_selector(self, value: int) -> None:
        try:
            self._u16[5] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cs_selector", 16, value) from None

    @property
    def host_cs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_CS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_cs_selector)

    @property
    def host_ss_selector(self) -> int:
        """HOST_SS_SELECTOR (0x00000c04): 16-bit host state, offset 12."""
        return self._u16[6]

    @host_ss_selector.setter
    def host_ss_selector(self, value: int) -> None:
        try:
            self._u16[6] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ss_selector", 16, value) from None

    @property
    def host_ss_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_SS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_ss_selector)

    @property
    def host_ds_selector(self) -> int:
        """HOST_DS_SELECTOR (0x00000c06): 16-bit host state, offset 14."""
        return self._u16[7]

    @host_ds_selector.setter
    def host_ds_selector(self, value: int) -> None:
        try:
            self._u16[7] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ds_selector", 16, value) from None

    @property
    def host_ds_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_DS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_ds_selector)

    @property
    def host_fs_selector(self) -> int:
        """HOST_FS_SELECTOR (0x00000c08): 16-bit host state, offset 16."""
        return self._u16[8]

    @host_fs_selector.setter
    def host_fs_selector(self, value: int) -> None:
        try:
            self._u16[8] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_fs_selector", 16, value) from None

    @property
    def host_fs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_FS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_fs_selector)

    @property
    def host_gs_selector(self) -> int:
        """HOST_GS_SELECTOR (0x00000c0a): 16-bit host state, offset 18."""
        return self._u16[9]

    @host_gs_selector.setter
    def host_gs_selector(self, value: int) -> None:
        try:
            self._u16[9] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gs_selector", 16, value) from None

    @property
    def host_gs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_GS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_gs_selector)

    @property
    def host_tr_selector(self) -> int:
        """HOST_TR_SELECTOR (0x00000c0c): 16-bit host state, offset 20."""
        return self._u16[10]

    @host_tr_selector.setter
    def host_tr_selector(self, value: int) -> None:
        try:
            self._u16[10] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_tr_selector", 16, value) from None

    @property
    def host_tr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """HOST_TR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.host_tr_selector)

    @property
    def host_ia32_pat(self) -> int:
        """HOST_IA32_PAT (0x00002c00): 64-bit host state, offset 24."""
        return self._u64[3]

    @host_ia32_pat.setter
    def host_ia32_pat(self, value: int) -> None:
        try:
            self._u64[3] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_pat", 64, value) from None

    @property
    def host_ia32_efer(self) -> int:
        """HOST_IA32_EFER (0x00002c02): 64-bit host state, offset 32."""
        return self._u64[4]

    @host_ia32_efer.setter
    def host_ia32_efer(self, value: int) -> None:
        try:
            self._u64[4] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_efer", 64, value) from None

    @property
    def host_ia32_efer_flags(self) -> vmcs_bits.Efer:
        """HOST_IA32_EFER as vmcs_bits.Efer; unnamed bits stay set."""
        return vmcs_bits.Efer(self.host_ia32_efer)

    @property
    def host_cr0(self) -> int:
        """HOST_CR0 (0x00006c00): natural-width host state, offset 40."""
        return self._u64[5]

    @host_cr0.setter
    def host_cr0(self, value: int) -> None:
        try:
            self._u64[5] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr0", 64, value) from None

    @property
    def host_cr0_flags(self) -> vmcs_bits.Cr0:
        """HOST_CR0 as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.host_cr0)

    @property
    def host_cr3(self) -> int:
        """HOST_CR3 (0x00006c02): natural-width host state, offset 48."""
        return self._u64[6]

    @host_cr3.setter
    def host_cr3(self, value: int) -> None:
        try:
            self._u64[6] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr3", 64, value) from None

    @property
    def host_cr4(self) -> int:
        """HOST_CR4 (0x00006c04): natural-width host state, offset 56."""
        return self._u64[7]

    @host_cr4.setter
    def host_cr4(self, value: int) -> None:
        try:
            self._u64[7] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_cr4", 64, value) from None

    @property
    def host_cr4_flags(self) -> vmcs_bits.Cr4:
        """HOST_CR4 as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.host_cr4)

    @property
    def host_ia32_sysenter_esp(self) -> int:
        """HOST_IA32_SYSENTER_ESP (0x00006c10): natural-width host state, offset 64."""
        return self._u64[8]

    @host_ia32_sysenter_esp.setter
    def host_ia32_sysenter_esp(self, value: int) -> None:
        try:
            self._u64[8] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_esp", 64, value) from None

    @property
    def host_ia32_sysenter_eip(self) -> int:
        """HOST_IA32_SYSENTER_EIP (0x00006c12): natural-width host state, offset 72."""
        return self._u64[9]

    @host_ia32_sysenter_eip.setter
    def host_ia32_sysenter_eip(self, value: int) -> None:
        try:
            self._u64[9] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_eip", 64, value) from None

    @property
    def host_rip(self) -> int:
        """HOST_RIP (0x00006c16): natural-width host state, offset 80."""
        return self._u64[10]

    @host_rip.setter
    def host_rip(self, value: int) -> None:
        try:
            self._u64[10] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_rip", 64, value) from None

    @property
    def host_ia32_sysenter_cs(self) -> int:
        """HOST_IA32_SYSENTER_CS (0x00004c00): 32-bit host state, offset 88."""
        return self._u32[22]

    @host_ia32_sysenter_cs.setter
    def host_ia32_sysenter_cs(self, value: int) -> None:
        try:
            self._u32[22] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_sysenter_cs", 32, value) from None

    @property
    def pin_based_vm_exec_control(self) -> int:
        """PIN_BASED_VM_EXEC_CONTROL (0x00004000): 32-bit control, offset 92."""
        return self._u32[23]

    @pin_based_vm_exec_control.setter
    def pin_based_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[23] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "pin_based_vm_exec_control", 32, value) from None

    @property
    def pin_based_vm_exec_control_flags(self) -> vmcs_bits.PinBasedControls:
        """PIN_BASED_VM_EXEC_CONTROL as vmcs_bits.PinBasedControls; unnamed bits stay set."""
        return vmcs_bits.PinBasedControls(self.pin_based_vm_exec_control)

    @property
    def vm_exit_controls(self) -> int:
        """VM_EXIT_CONTROLS (0x0000400c): 32-bit control, offset 96."""
        return self._u32[24]

    @vm_exit_controls.setter
    def vm_exit_controls(self, value: int) -> None:
        try:
            self._u32[24] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_controls", 32, value) from None

    @property
    def vm_exit_controls_flags(self) -> vmcs_bits.VmExitControls:
        """VM_EXIT_CONTROLS as vmcs_bits.VmExitControls; unnamed bits stay set."""
        return vmcs_bits.VmExitControls(self.vm_exit_controls)

    @property
    def secondary_vm_exec_control(self) -> int:
        """SECONDARY_VM_EXEC_CONTROL (0x0000401e): 32-bit control, offset 100."""
        return self._u32[25]

    @secondary_vm_exec_control.setter
    def secondary_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[25] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "secondary_vm_exec_control", 32, value) from None

    @property
    def secondary_vm_exec_control_flags(self) -> vmcs_bits.SecondaryProcessorControls:
        """SECONDARY_VM_EXEC_CONTROL as vmcs_bits.SecondaryProcessorControls; unnamed bits stay set."""
        return vmcs_bits.SecondaryProcessorControls(self.secondary_vm_exec_control)

    @property
    def io_bitmap_a(self) -> int:
        """IO_BITMAP_A (0x00002000): 64-bit control, offset 104."""
        return self._u64[13]

    @io_bitmap_a.setter
    def io_bitmap_a(self, value: int) -> None:
        try:
            self._u64[13] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "io_bitmap_a", 64, value) from None

    @property
    def io_bitmap_b(self) -> int:
        """IO_BITMAP_B (0x00002002): 64-bit control, offset 112."""
        return self._u64[14]

    @io_bitmap_b.setter
    def io_bitmap_b(self, value: int) -> None:
        try:
            self._u64[14] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "io_bitmap_b", 64, value) from None

    @property
    def msr_bitmap(self) -> int:
        """MSR_BITMAP (0x00002004): 64-bit control, offset 120."""
        return self._u64[15]

    @msr_bitmap.setter
    def msr_bitmap(self, value: int) -> None:
        try:
            self._u64[15] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "msr_bitmap", 64, value) from None

    @property
    def guest_es_selector(self) -> int:
        """GUEST_ES_SELECTOR (0x00000800): 16-bit guest state, offset 128."""
        return self._u16[64]

    @guest_es_selector.setter
    def guest_es_selector(self, value: int) -> None:
        try:
            self._u16[64] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_selector", 16, value) from None

    @property
    def guest_es_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_ES_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_es_selector)

    @property
    def guest_cs_selector(self) -> int:
        """GUEST_CS_SELECTOR (0x00000802): 16-bit guest state, offset 130."""
        return self._u16[65]

    @guest_cs_selector.setter
    def guest_cs_selector(self, value: int) -> None:
        try:
            self._u16[65] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_selector", 16, value) from None

    @property
    def guest_cs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_CS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_cs_selector)

    @property
    def guest_ss_selector(self) -> int:
        """GUEST_SS_SELECTOR (0x00000804): 16-bit guest state, offset 132."""
        return self._u16[66]

    @guest_ss_selector.setter
    def guest_ss_selector(self, value: int) -> None:
        try:
            self._u16[66] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_selector", 16, value) from None

    @property
    def guest_ss_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_SS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ss_selector)

    @property
    def guest_ds_selector(self) -> int:
        """GUEST_DS_SELECTOR (0x00000806): 16-bit guest state, offset 134."""
        return self._u16[67]

    @guest_ds_selector.setter
    def guest_ds_selector(self, value: int) -> None:
        try:
            self._u16[67] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_selector", 16, value) from None

    @property
    def guest_ds_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_DS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ds_selector)

    @property
    def guest_fs_selector(self) -> int:
        """GUEST_FS_SELECTOR (0x00000808): 16-bit guest state, offset 136."""
        return self._u16[68]

    @guest_fs_selector.setter
    def guest_fs_selector(self, value: int) -> None:
        try:
            self._u16[68] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_selector", 16, value) from None

    @property
    def guest_fs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_FS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_fs_selector)

    @property
    def guest_gs_selector(self) -> int:
        """GUEST_GS_SELECTOR (0x0000080a): 16-bit guest state, offset 138."""
        return self._u16[69]

    @guest_gs_selector.setter
    def guest_gs_selector(self, value: int) -> None:
        try:
            self._u16[69] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_selector", 16, value) from None

    @property
    def guest_gs_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_GS_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_gs_selector)

    @property
    def guest_ldtr_selector(self) -> int:
        """GUEST_LDTR_SELECTOR (0x0000080c): 16-bit guest state, offset 140."""
        return self._u16[70]

    @guest_ldtr_selector.setter
    def guest_ldtr_selector(self, value: int) -> None:
        try:
            self._u16[70] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_selector", 16, value) from None

    @property
    def guest_ldtr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_LDTR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_ldtr_selector)

    @property
    def guest_tr_selector(self) -> int:
        """GUEST_TR_SELECTOR (0x0000080e): 16-bit guest state, offset 142."""
        return self._u16[71]

    @guest_tr_selector.setter
    def guest_tr_selector(self, value: int) -> None:
        try:
            self._u16[71] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_selector", 16, value) from None

    @property
    def guest_tr_selector_flags(self) -> vmcs_bits.SegmentSelector:
        """GUEST_TR_SELECTOR as vmcs_bits.SegmentSelector; unnamed bits stay set."""
        return vmcs_bits.SegmentSelector(self.guest_tr_selector)

    @property
    def guest_es_limit(self) -> int:
        """GUEST_ES_LIMIT (0x00004800): 32-bit guest state, offset 144."""
        return self._u32[36]

    @guest_es_limit.setter
    def guest_es_limit(self, value: int) -> None:
        try:
            self._u32[36] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_limit", 32, value) from None

    @property
    def guest_cs_limit(self) -> int:
        """GUEST_CS_LIMIT (0x00004802): 32-bit guest state, offset 148."""
        return self._u32[37]

    @guest_cs_limit.setter
    def guest_cs_limit(self, value: int) -> None:
        try:
            self._u32[37] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_limit", 32, value) from None

    @property
    def guest_ss_limit(self) -> int:
        """GUEST_SS_LIMIT (0x00004804): 32-bit guest state, offset 152."""
        return self._u32[38]

    @guest_ss_limit.setter
    def guest_ss_limit(self, value: int) -> None:
        try:
            self._u32[38] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_limit", 32, value) from None

    @property
    def guest_ds_limit(self) -> int:
        """GUEST_DS_LIMIT (0x00004806): 32-bit guest state, offset 156."""
        return self._u32[39]

    @guest_ds_limit.setter
    def guest_ds_limit(self, value: int) -> None:
        try:
            self._u32[39] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_limit", 32, value) from None

    @property
    def guest_fs_limit(self) -> int:
        """GUEST_FS_LIMIT (0x00004808): 32-bit guest state, offset 160."""
        return self._u32[40]

    @guest_fs_limit.setter
    def guest_fs_limit(self, value: int) -> None:
        try:
            self._u32[40] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_limit", 32, value) from None

    @property
    def guest_gs_limit(self) -> int:
        """GUEST_GS_LIMIT (0x0000480a): 32-bit guest state, offset 164."""
        return self._u32[41]

    @guest_gs_limit.setter
    def guest_gs_limit(self, value: int) -> None:
        try:
            self._u32[41] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_limit", 32, value) from None

    @property
    def guest_ldtr_limit(self) -> int:
        """GUEST_LDTR_LIMIT (0x0000480c): 32-bit guest state, offset 168."""
        return self._u32[42]

    @guest_ldtr_limit.setter
    def guest_ldtr_limit(self, value: int) -> None:
        try:
            self._u32[42] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_limit", 32, value) from None

    @property
    def guest_tr_limit(self) -> int:
        """GUEST_TR_LIMIT (0x0000480e): 32-bit guest state, offset 172."""
        return self._u32[43]

    @guest_tr_limit.setter
    def guest_tr_limit(self, value: int) -> None:
        try:
            self._u32[43] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_limit", 32, value) from None

    @property
    def guest_gdtr_limit(self) -> int:
        """GUEST_GDTR_LIMIT (0x00004810): 32-bit guest state, offset 176."""
        return self._u32[44]

    @guest_gdtr_limit.setter
    def guest_gdtr_limit(self, value: int) -> None:
        try:
            self._u32[44] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gdtr_limit", 32, value) from None

    @property
    def guest_idtr_limit(self) -> int:
        """GUEST_IDTR_LIMIT (0x00004812): 32-bit guest state, offset 180."""
        return self._u32[45]

    @guest_idtr_limit.setter
    def guest_idtr_limit(self, value: int) -> None:
        try:
            self._u32[45] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_idtr_limit", 32, value) from None

    @property
    def guest_es_ar_bytes(self) -> int:
        """GUEST_ES_AR_BYTES (0x00004814): 32-bit guest state, offset 184."""
        return self._u32[46]

    @guest_es_ar_bytes.setter
    def guest_es_ar_bytes(self, value: int) -> None:
        try:
            self._u32[46] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_ar_bytes", 32, value) from None

    @property
    def guest_es_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_ES_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_es_ar_bytes)

    @property
    def guest_cs_ar_bytes(self) -> int:
        """GUEST_CS_AR_BYTES (0x00004816): 32-bit guest state, offset 188."""
        return self._u32[47]

    @guest_cs_ar_bytes.setter
    def guest_cs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[47] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_ar_bytes", 32, value) from None

    @property
    def guest_cs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_CS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_cs_ar_bytes)

    @property
    def guest_ss_ar_bytes(self) -> int:
        """GUEST_SS_AR_BYTES (0x00004818): 32-bit guest state, offset 192."""
        return self._u32[48]

    @guest_ss_ar_bytes.setter
    def guest_ss_ar_bytes(self, value: int) -> None:
        try:
            self._u32[48] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_ar_bytes", 32, value) from None

    @property
    def guest_ss_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_SS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ss_ar_bytes)

    @property
    def guest_ds_ar_bytes(self) -> int:
        """GUEST_DS_AR_BYTES (0x0000481a): 32-bit guest state, offset 196."""
        return self._u32[49]

    @guest_ds_ar_bytes.setter
    def guest_ds_ar_bytes(self, value: int) -> None:
        try:
            self._u32[49] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_ar_bytes", 32, value) from None

    @property
    def guest_ds_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_DS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ds_ar_bytes)

    @property
    def guest_fs_ar_bytes(self) -> int:
        """GUEST_FS_AR_BYTES (0x0000481c): 32-bit guest state, offset 200."""
        return self._u32[50]

    @guest_fs_ar_bytes.setter
    def guest_fs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[50] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_ar_bytes", 32, value) from None

    @property
    def guest_fs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_FS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_fs_ar_bytes)

    @property
    def guest_gs_ar_bytes(self) -> int:
        """GUEST_GS_AR_BYTES (0x0000481e): 32-bit guest state, offset 204."""
        return self._u32[51]

    @guest_gs_ar_bytes.setter
    def guest_gs_ar_bytes(self, value: int) -> None:
        try:
            self._u32[51] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_ar_bytes", 32, value) from None

    @property
    def guest_gs_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_GS_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_gs_ar_bytes)

    @property
    def guest_ldtr_ar_bytes(self) -> int:
        """GUEST_LDTR_AR_BYTES (0x00004820): 32-bit guest state, offset 208."""
        return self._u32[52]

    @guest_ldtr_ar_bytes.setter
    def guest_ldtr_ar_bytes(self, value: int) -> None:
        try:
            self._u32[52] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_ar_bytes", 32, value) from None

    @property
    def guest_ldtr_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_LDTR_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_ldtr_ar_bytes)

    @property
    def guest_tr_ar_bytes(self) -> int:
        """GUEST_TR_AR_BYTES (0x00004822): 32-bit guest state, offset 212."""
        return self._u32[53]

    @guest_tr_ar_bytes.setter
    def guest_tr_ar_bytes(self, value: int) -> None:
        try:
            self._u32[53] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_ar_bytes", 32, value) from None

    @property
    def guest_tr_ar_bytes_flags(self) -> vmcs_bits.SegmentAccessRights:
        """GUEST_TR_AR_BYTES as vmcs_bits.SegmentAccessRights; unnamed bits stay set."""
        return vmcs_bits.SegmentAccessRights(self.guest_tr_ar_bytes)

    @property
    def guest_es_base(self) -> int:
        """GUEST_ES_BASE (0x00006806): natural-width guest state, offset 216."""
        return self._u64[27]

    @guest_es_base.setter
    def guest_es_base(self, value: int) -> None:
        try:
            self._u64[27] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_es_base", 64, value) from None

    @property
    def guest_cs_base(self) -> int:
        """GUEST_CS_BASE (0x00006808): natural-width guest state, offset 224."""
        return self._u64[28]

    @guest_cs_base.setter
    def guest_cs_base(self, value: int) -> None:
        try:
            self._u64[28] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cs_base", 64, value) from None

    @property
    def guest_ss_base(self) -> int:
        """GUEST_SS_BASE (0x0000680a): natural-width guest state, offset 232."""
        return self._u64[29]

    @guest_ss_base.setter
    def guest_ss_base(self, value: int) -> None:
        try:
            self._u64[29] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ss_base", 64, value) from None

    @property
    def guest_ds_base(self) -> int:
        """GUEST_DS_BASE (0x0000680c): natural-width guest state, offset 240."""
        return self._u64[30]

    @guest_ds_base.setter
    def guest_ds_base(self, value: int) -> None:
        try:
            self._u64[30] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ds_base", 64, value) from None

    @property
    def guest_fs_base(self) -> int:
        """GUEST_FS_BASE (0x0000680e): natural-width guest state, offset 248."""
        return self._u64[31]

    @guest_fs_base.setter
    def guest_fs_base(self, value: int) -> None:
        try:
            self._u64[31] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_fs_base", 64, value) from None

    @property
    def guest_gs_base(self) -> int:
        """GUEST_GS_BASE (0x00006810): natural-width guest state, offset 256."""
        return self._u64[32]

    @guest_gs_base.setter
    def guest_gs_base(self, value: int) -> None:
        try:
            self._u64[32] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gs_base", 64, value) from None

    @property
    def guest_ldtr_base(self) -> int:
        """GUEST_LDTR_BASE (0x00006812): natural-width guest state, offset 264."""
        return self._u64[33]

    @guest_ldtr_base.setter
    def guest_ldtr_base(self, value: int) -> None:
        try:
            self._u64[33] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ldtr_base", 64, value) from None

    @property
    def guest_tr_base(self) -> int:
        """GUEST_TR_BASE (0x00006814): natural-width guest state, offset 272."""
        return self._u64[34]

    @guest_tr_base.setter
    def guest_tr_base(self, value: int) -> None:
        try:
            self._u64[34] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_tr_base", 64, value) from None

    @property
    def guest_gdtr_base(self) -> int:
        """GUEST_GDTR_BASE (0x00006816): natural-width guest state, offset 280."""
        return self._u64[35]

    @guest_gdtr_base.setter
    def guest_gdtr_base(self, value: int) -> None:
        try:
            self._u64[35] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_gdtr_base", 64, value) from None

    @property
    def guest_idtr_base(self) -> int:
        """GUEST_IDTR_BASE (0x00006818): natural-width guest state, offset 288."""
        return self._u64[36]

    @guest_idtr_base.setter
    def guest_idtr_base(self, value: int) -> None:
        try:
            self._u64[36] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_idtr_base", 64, value) from None

    @property
    def vm_exit_msr_store_addr(self) -> int:
        """VM_EXIT_MSR_STORE_ADDR (0x00002006): 64-bit control, offset 320."""
        return self._u64[40]

    @vm_exit_msr_store_addr.setter
    def vm_exit_msr_store_addr(self, value: int) -> None:
        try:
            self._u64[40] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_store_addr", 64, value) from None

    @property
    def vm_exit_msr_load_addr(self) -> int:
        """VM_EXIT_MSR_LOAD_ADDR (0x00002008): 64-bit control, offset 328."""
        return self._u64[41]

    @vm_exit_msr_load_addr.setter
    def vm_exit_msr_load_addr(self, value: int) -> None:
        try:
            self._u64[41] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_load_addr", 64, value) from None

    @property
    def vm_entry_msr_load_addr(self) -> int:
        """VM_ENTRY_MSR_LOAD_ADDR (0x0000200a): 64-bit control, offset 336."""
        return self._u64[42]

    @vm_entry_msr_load_addr.setter
    def vm_entry_msr_load_addr(self, value: int) -> None:
        try:
            self._u64[42] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_msr_load_addr", 64, value) from None

    @property
    def cr3_target_value0(self) -> int:
        """private member, offset 344, 8 bytes. CR3_TARGET_VALUE0 (0x6008); KVM's eVMCS table does not map it."""
        return self._u64[43]

    @cr3_target_value0.setter
    def cr3_target_value0(self, value: int) -> None:
        try:
            self._u64[43] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_value0", 64, value) from None

    @property
    def cr3_target_value1(self) -> int:
        """private member, offset 352, 8 bytes. CR3_TARGET_VALUE1 (0x600a); KVM's eVMCS table does not map it."""
        return self._u64[44]

    @cr3_target_value1.setter
    def cr3_target_value1(self, value: int) -> None:
        try:
            self._u64[44] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_value1", 64, value) from None

    @property
    def cr3_target_value2(self) -> int:
        """private member, offset 360, 8 bytes. CR3_TARGET_VALUE2 (0x600c); KVM's eVMCS table does not map it."""
        return self._u64[45]

    @cr3_target_value2.setter
    def cr3_target_value2(self, value: int) -> None:
        try:
            self._u64[45] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_value2", 64, value) from None

    @property
    def cr3_target_value3(self) -> int:
        """private member, offset 368, 8 bytes. CR3_TARGET_VALUE3 (0x600e); KVM's eVMCS table does not map it."""
        return self._u64[46]

    @cr3_target_value3.setter
    def cr3_target_value3(self, value: int) -> None:
        try:
            self._u64[46] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_value3", 64, value) from None

    @property
    def page_fault_error_code_mask(self) -> int:
        """PAGE_FAULT_ERROR_CODE_MASK (0x00004006): 32-bit control, offset 376."""
        return self._u32[94]

    @page_fault_error_code_mask.setter
    def page_fault_error_code_mask(self, value: int) -> None:
        try:
            self._u32[94] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "page_fault_error_code_mask", 32, value) from None

    @property
    def page_fault_error_code_match(self) -> int:
        """PAGE_FAULT_ERROR_CODE_MATCH (0x00004008): 32-bit control, offset 380."""
        return self._u32[95]

    @page_fault_error_code_match.setter
    def page_fault_error_code_match(self, value: int) -> None:
        try:
            self._u32[95] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "page_fault_error_code_match", 32, value) from None

    @property
    def cr3_target_count(self) -> int:
        """CR3_TARGET_COUNT (0x0000400a): 32-bit control, offset 384."""
        return self._u32[96]

    @cr3_target_count.setter
    def cr3_target_count(self, value: int) -> None:
        try:
            self._u32[96] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr3_target_count", 32, value) from None

    @property
    def vm_exit_msr_store_count(self) -> int:
        """VM_EXIT_MSR_STORE_COUNT (0x0000400e): 32-bit control, offset 388."""
        return self._u32[97]

    @vm_exit_msr_store_count.setter
    def vm_exit_msr_store_count(self, value: int) -> None:
        try:
            self._u32[97] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_store_count", 32, value) from None

    @property
    def vm_exit_msr_load_count(self) -> int:
        """VM_EXIT_MSR_LOAD_COUNT (0x00004010): 32-bit control, offset 392."""
        return self._u32[98]

    @vm_exit_msr_load_count.setter
    def vm_exit_msr_load_count(self, value: int) -> None:
        try:
            self._u32[98] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_msr_load_count", 32, value) from None

    @property
    def vm_entry_msr_load_count(self) -> int:
        """VM_ENTRY_MSR_LOAD_COUNT (0x00004014): 32-bit control, offset 396."""
        return self._u32[99]

    @vm_entry_msr_load_count.setter
    def vm_entry_msr_load_count(self, value: int) -> None:
        try:
            self._u32[99] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_msr_load_count", 32, value) from None

    @property
    def tsc_offset(self) -> int:
        """TSC_OFFSET (0x00002010): 64-bit control, offset 400."""
        return self._u64[50]

    @tsc_offset.setter
    def tsc_offset(self, value: int) -> None:
        try:
            self._u64[50] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tsc_offset", 64, value) from None

    @property
    def virtual_apic_page_addr(self) -> int:
        """VIRTUAL_APIC_PAGE_ADDR (0x00002012): 64-bit control, offset 408."""
        return self._u64[51]

    @virtual_apic_page_addr.setter
    def virtual_apic_page_addr(self, value: int) -> None:
        try:
            self._u64[51] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "virtual_apic_page_addr", 64, value) from None

    @property
    def vmcs_link_pointer(self) -> int:
        """VMCS_LINK_POINTER (0x00002800): 64-bit guest state, offset 416."""
        return self._u64[52]

    @vmcs_link_pointer.setter
    def vmcs_link_pointer(self, value: int) -> None:
        try:
            self._u64[52] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmcs_link_pointer", 64, value) from None

    @property
    def guest_ia32_debugctl(self) -> int:
        """GUEST_IA32_DEBUGCTL (0x00002802): 64-bit guest state, offset 424."""
        return self._u64[53]

    @guest_ia32_debugctl.setter
    def guest_ia32_debugctl(self, value: int) -> None:
        try:
            self._u64[53] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_debugctl", 64, value) from None

    @property
    def guest_ia32_debugctl_flags(self) -> vmcs_bits.Debugctl:
        """GUEST_IA32_DEBUGCTL as vmcs_bits.Debugctl; unnamed bits stay set."""
        return vmcs_bits.Debugctl(self.guest_ia32_debugctl)

    @property
    def guest_ia32_pat(self) -> int:
        """GUEST_IA32_PAT (0x00002804): 64-bit guest state, offset 432."""
        return self._u64[54]

    @guest_ia32_pat.setter
    def guest_ia32_pat(self, value: int) -> None:
        try:
            self._u64[54] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_pat", 64, value) from None

    @property
    def guest_ia32_efer(self) -> int:
        """GUEST_IA32_EFER (0x00002806): 64-bit guest state, offset 440."""
        return self._u64[55]

    @guest_ia32_efer.setter
    def guest_ia32_efer(self, value: int) -> None:
        try:
            self._u64[55] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_efer", 64, value) from None

    @property
    def guest_ia32_efer_flags(self) -> vmcs_bits.Efer:
        """GUEST_IA32_EFER as vmcs_bits.Efer; unnamed bits stay set."""
        return vmcs_bits.Efer(self.guest_ia32_efer)

    @property
    def guest_pdptr0(self) -> int:
        """GUEST_PDPTR0 (0x0000280a): 64-bit guest state, offset 448."""
        return self._u64[56]

    @guest_pdptr0.setter
    def guest_pdptr0(self, value: int) -> None:
        try:
            self._u64[56] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr0", 64, value) from None

    @property
    def guest_pdptr1(self) -> int:
        """GUEST_PDPTR1 (0x0000280c): 64-bit guest state, offset 456."""
        return self._u64[57]

    @guest_pdptr1.setter
    def guest_pdptr1(self, value: int) -> None:
        try:
            self._u64[57] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr1", 64, value) from None

    @property
    def guest_pdptr2(self) -> int:
        """GUEST_PDPTR2 (0x0000280e): 64-bit guest state, offset 464."""
        return self._u64[58]

    @guest_pdptr2.setter
    def guest_pdptr2(self, value: int) -> None:
        try:
            self._u64[58] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr2", 64, value) from None

    @property
    def guest_pdptr3(self) -> int:
        """GUEST_PDPTR3 (0x00002810): 64-bit guest state, offset 472."""
        return self._u64[59]

    @guest_pdptr3.setter
    def guest_pdptr3(self, value: int) -> None:
        try:
            self._u64[59] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pdptr3", 64, value) from None

    @property
    def guest_pending_dbg_exceptions(self) -> int:
        """GUEST_PENDING_DBG_EXCEPTIONS (0x00006822): natural-width guest state, offset 480."""
        return self._u64[60]

    @guest_pending_dbg_exceptions.setter
    def guest_pending_dbg_exceptions(self, value: int) -> None:
        try:
            self._u64[60] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_pending_dbg_exceptions", 64, value) from None

    @property
    def guest_pending_dbg_exceptions_flags(self) -> vmcs_bits.PendingDebugExceptions:
        """GUEST_PENDING_DBG_EXCEPTIONS as vmcs_bits.PendingDebugExceptions; unnamed bits stay set."""
        return vmcs_bits.PendingDebugExceptions(self.guest_pending_dbg_exceptions)

    @property
    def guest_sysenter_esp(self) -> int:
        """GUEST_SYSENTER_ESP (0x00006824): natural-width guest state, offset 488."""
        return self._u64[61]

    @guest_sysenter_esp.setter
    def guest_sysenter_esp(self, value: int) -> None:
        try:
            self._u64[61] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_esp", 64, value) from None

    @property
    def guest_sysenter_eip(self) -> int:
        """GUEST_SYSENTER_EIP (0x00006826): natural-width guest state, offset 496."""
        return self._u64[62]

    @guest_sysenter_eip.setter
    def guest_sysenter_eip(self, value: int) -> None:
        try:
            self._u64[62] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_eip", 64, value) from None

    @property
    def guest_activity_state(self) -> int:
        """GUEST_ACTIVITY_STATE (0x00004826): 32-bit guest state, offset 504."""
        return self._u32[126]

    @guest_activity_state.setter
    def guest_activity_state(self, value: int) -> None:
        try:
            self._u32[126] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_activity_state", 32, value) from None

    @property
    def guest_sysenter_cs(self) -> int:
        """GUEST_SYSENTER_CS (0x0000482a): 32-bit guest state, offset 508."""
        return self._u32[127]

    @guest_sysenter_cs.setter
    def guest_sysenter_cs(self, value: int) -> None:
        try:
            self._u32[127] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_sysenter_cs", 32, value) from None

    @property
    def cr0_guest_host_mask(self) -> int:
        """CR0_GUEST_HOST_MASK (0x00006000): natural-width control, offset 512."""
        return self._u64[64]

    @cr0_guest_host_mask.setter
    def cr0_guest_host_mask(self, value: int) -> None:
        try:
            self._u64[64] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr0_guest_host_mask", 64, value) from None

    @property
    def cr4_guest_host_mask(self) -> int:
        """CR4_GUEST_HOST_MASK (0x00006002): natural-width control, offset 520."""
        return self._u64[65]

    @cr4_guest_host_mask.setter
    def cr4_guest_host_mask(self, value: int) -> None:
        try:
            self._u64[65] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr4_guest_host_mask", 64, value) from None

    @property
    def cr0_read_shadow(self) -> int:
        """CR0_READ_SHADOW (0x00006004): natural-width control, offset 528."""
        return self._u64[66]

    @cr0_read_shadow.setter
    def cr0_read_shadow(self, value: int) -> None:
        try:
            self._u64[66] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr0_read_shadow", 64, value) from None

    @property
    def cr0_read_shadow_flags(self) -> vmcs_bits.Cr0:
        """CR0_READ_SHADOW as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.cr0_read_shadow)

    @property
    def cr4_read_shadow(self) -> int:
        """CR4_READ_SHADOW (0x00006006): natural-width control, offset 536."""
        return self._u64[67]

    @cr4_read_shadow.setter
    def cr4_read_shadow(self, value: int) -> None:
        try:
            self._u64[67] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cr4_read_shadow", 64, value) from None

    @property
    def cr4_read_shadow_flags(self) -> vmcs_bits.Cr4:
        """CR4_READ_SHADOW as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.cr4_read_shadow)

    @property
    def guest_cr0(self) -> int:
        """GUEST_CR0 (0x00006800): natural-width guest state, offset 544."""
        return self._u64[68]

    @guest_cr0.setter
    def guest_cr0(self, value: int) -> None:
        try:
            self._u64[68] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr0", 64, value) from None

    @property
    def guest_cr0_flags(self) -> vmcs_bits.Cr0:
        """GUEST_CR0 as vmcs_bits.Cr0; unnamed bits stay set."""
        return vmcs_bits.Cr0(self.guest_cr0)

    @property
    def guest_cr3(self) -> int:
        """GUEST_CR3 (0x00006802): natural-width guest state, offset 552."""
        return self._u64[69]

    @guest_cr3.setter
    def guest_cr3(self, value: int) -> None:
        try:
            self._u64[69] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr3", 64, value) from None

    @property
    def guest_cr4(self) -> int:
        """GUEST_CR4 (0x00006804): natural-width guest state, offset 560."""
        return self._u64[70]

    @guest_cr4.setter
    def guest_cr4(self, value: int) -> None:
        try:
            self._u64[70] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_cr4", 64, value) from None

    @property
    def guest_cr4_flags(self) -> vmcs_bits.Cr4:
        """GUEST_CR4 as vmcs_bits.Cr4; unnamed bits stay set."""
        return vmcs_bits.Cr4(self.guest_cr4)

    @property
    def guest_dr7(self) -> int:
        """GUEST_DR7 (0x0000681a): natural-width guest state, offset 568."""
        return self._u64[71]

    @guest_dr7.setter
    def guest_dr7(self, value: int) -> None:
        try:
            self._u64[71] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_dr7", 64, value) from None

    @property
    def guest_dr7_flags(self) -> vmcs_bits.Dr7:
        """GUEST_DR7 as vmcs_bits.Dr7; unnamed bits stay set."""
        return vmcs_bits.Dr7(self.guest_dr7)

    @property
    def host_fs_base(self) -> int:
        """HOST_FS_BASE (0x00006c06): natural-width host state, offset 576."""
        return self._u64[72]

    @host_fs_base.setter
    def host_fs_base(self, value: int) -> None:
        try:
            self._u64[72] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_fs_base", 64, value) from None

    @property
    def host_gs_base(self) -> int:
        """HOST_GS_BASE (0x00006c08): natural-width host state, offset 584."""
        return self._u64[73]

    @host_gs_base.setter
    def host_gs_base(self, value: int) -> None:
        try:
            self._u64[73] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gs_base", 64, value) from None

    @property
    def host_tr_base(self) -> int:
        """HOST_TR_BASE (0x00006c0a): natural-width host state, offset 592."""
        return self._u64[74]

    @host_tr_base.setter
    def host_tr_base(self, value: int) -> None:
        try:
            self._u64[74] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_tr_base", 64, value) from None

    @property
    def host_gdtr_base(self) -> int:
        """HOST_GDTR_BASE (0x00006c0c): natural-width host state, offset 600."""
        return self._u64[75]

    @host_gdtr_base.setter
    def host_gdtr_base(self, value: int) -> None:
        try:
            self._u64[75] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_gdtr_base", 64, value) from None

    @property
    def host_idtr_base(self) -> int:
        """HOST_IDTR_BASE (0x00006c0e): natural-width host state, offset 608."""
        return self._u64[76]

    @host_idtr_base.setter
    def host_idtr_base(self, value: int) -> None:
        try:
            self._u64[76] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_idtr_base", 64, value) from None

    @property
    def host_rsp(self) -> int:
        """HOST_RSP (0x00006c14): natural-width host state, offset 616."""
        return self._u64[77]

    @host_rsp.setter
    def host_rsp(self, value: int) -> None:
        try:
            self._u64[77] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_rsp", 64, value) from None

    @property
    def ept_pointer(self) -> int:
        """EPT_POINTER (0x0000201a): 64-bit control, offset 624."""
        return self._u64[78]

    @ept_pointer.setter
    def ept_pointer(self, value: int) -> None:
        try:
            self._u64[78] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "ept_pointer", 64, value) from None

    @property
    def ept_pointer_flags(self) -> vmcs_bits.EptPointer:
        """EPT_POINTER as vmcs_bits.EptPointer; unnamed bits stay set."""
        return vmcs_bits.EptPointer(self.ept_pointer)

    @property
    def virtual_processor_id(self) -> int:
        """VIRTUAL_PROCESSOR_ID (0x00000000): 16-bit control, offset 632."""
        return self._u16[316]

    @virtual_processor_id.setter
    def virtual_processor_id(self, value: int) -> None:
        try:
            self._u16[316] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "virtual_processor_id", 16, value) from None

    @property
    def guest_physical_address(self) -> int:
        """GUEST_PHYSICAL_ADDRESS (0x00002400): 64-bit read-only data, offset 680."""
        return self._u64[85]

    @guest_physical_address.setter
    def guest_physical_address(self, value: int) -> None:
        try:
            self._u64[85] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_physical_address", 64, value) from None

    @property
    def vm_instruction_error(self) -> int:
        """VM_INSTRUCTION_ERROR (0x00004400): 32-bit read-only data, offset 688."""
        return self._u32[172]

    @vm_instruction_error.setter
    def vm_instruction_error(self, value: int) -> None:
        try:
            self._u32[172] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_instruction_error", 32, value) from None

    @property
    def vm_exit_reason(self) -> int:
        """VM_EXIT_REASON (0x00004402): 32-bit read-only data, offset 692."""
        return self._u32[173]

    @vm_exit_reason.setter
    def vm_exit_reason(self, value: int) -> None:
        try:
            self._u32[173] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_reason", 32, value) from None

    @property
    def vm_exit_reason_flags(self) -> vmcs_bits.ExitReason:
        """VM_EXIT_REASON as vmcs_bits.ExitReason; unnamed bits stay set."""
        return vmcs_bits.ExitReason(self.vm_exit_reason)

    @property
    def vm_exit_intr_info(self) -> int:
        """VM_EXIT_INTR_INFO (0x00004404): 32-bit read-only data, offset 696."""
        return self._u32[174]

    @vm_exit_intr_info.setter
    def vm_exit_intr_info(self, value: int) -> None:
        try:
            self._u32[174] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_intr_info", 32, value) from None

    @property
    def vm_exit_intr_info_flags(self) -> vmcs_bits.InterruptionInfo:
        """VM_EXIT_INTR_INFO as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.vm_exit_intr_info)

    @property
    def vm_exit_intr_error_code(self) -> int:
        """VM_EXIT_INTR_ERROR_CODE (0x00004406): 32-bit read-only data, offset 700."""
        return self._u32[175]

    @vm_exit_intr_error_code.setter
    def vm_exit_intr_error_code(self, value: int) -> None:
        try:
            self._u32[175] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_intr_error_code", 32, value) from None

    @property
    def idt_vectoring_info_field(self) -> int:
        """IDT_VECTORING_INFO_FIELD (0x00004408): 32-bit read-only data, offset 704."""
        return self._u32[176]

    @idt_vectoring_info_field.setter
    def idt_vectoring_info_field(self, value: int) -> None:
        try:
            self._u32[176] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "idt_vectoring_info_field", 32, value) from None

    @property
    def idt_vectoring_info_field_flags(self) -> vmcs_bits.InterruptionInfo:
        """IDT_VECTORING_INFO_FIELD as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.idt_vectoring_info_field)

    @property
    def idt_vectoring_error_code(self) -> int:
        """IDT_VECTORING_ERROR_CODE (0x0000440a): 32-bit read-only data, offset 708."""
        return self._u32[177]

    @idt_vectoring_error_code.setter
    def idt_vectoring_error_code(self, value: int) -> None:
        try:
            self._u32[177] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "idt_vectoring_error_code", 32, value) from None

    @property
    def vm_exit_instruction_len(self) -> int:
        """VM_EXIT_INSTRUCTION_LEN (0x0000440c): 32-bit read-only data, offset 712."""
        return self._u32[178]

    @vm_exit_instruction_len.setter
    def vm_exit_instruction_len(self, value: int) -> None:
        try:
            self._u32[178] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_exit_instruction_len", 32, value) from None

    @property
    def vmx_instruction_info(self) -> int:
        """VMX_INSTRUCTION_INFO (0x0000440e): 32-bit read-only data, offset 716."""
        return self._u32[179]

    @vmx_instruction_info.setter
    def vmx_instruction_info(self, value: int) -> None:
        try:
            self._u32[179] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vmx_instruction_info", 32, value) from None

    @property
    def exit_qualification(self) -> int:
        """EXIT_QUALIFICATION (0x00006400): natural-width read-only data, offset 720."""
        return self._u64[90]

    @exit_qualification.setter
    def exit_qualification(self, value: int) -> None:
        try:
            self._u64[90] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_qualification", 64, value) from None

    @property
    def exit_io_instruction_ecx(self) -> int:
        """private member, offset 728, 8 bytes. SDM I/O RCX (0x6402); not in enum vmcs_field."""
        return self._u64[91]

    @exit_io_instruction_ecx.setter
    def exit_io_instruction_ecx(self, value: int) -> None:
        try:
            self._u64[91] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_io_instruction_ecx", 64, value) from None

    @property
    def exit_io_instruction_esi(self) -> int:
        """private member, offset 736, 8 bytes. SDM I/O RSI (0x6404); not in enum vmcs_field."""
        return self._u64[92]

    @exit_io_instruction_esi.setter
    def exit_io_instruction_esi(self, value: int) -> None:
        try:
            self._u64[92] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_io_instruction_esi", 64, value) from None

    @property
    def exit_io_instruction_edi(self) -> int:
        """private member, offset 744, 8 bytes. SDM I/O RDI (0x6406); not in enum vmcs_field."""
        return self._u64[93]

    @exit_io_instruction_edi.setter
    def exit_io_instruction_edi(self, value: int) -> None:
        try:
            self._u64[93] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_io_instruction_edi", 64, value) from None

    @property
    def exit_io_instruction_eip(self) -> int:
        """private member, offset 752, 8 bytes. SDM I/O RIP (0x6408); not in enum vmcs_field."""
        return self._u64[94]

    @exit_io_instruction_eip.setter
    def exit_io_instruction_eip(self, value: int) -> None:
        try:
            self._u64[94] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exit_io_instruction_eip", 64, value) from None

    @property
    def guest_linear_address(self) -> int:
        """GUEST_LINEAR_ADDRESS (0x0000640a): natural-width read-only data, offset 760."""
        return self._u64[95]

    @guest_linear_address.setter
    def guest_linear_address(self, value: int) -> None:
        try:
            self._u64[95] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_linear_address", 64, value) from None

    @property
    def guest_rsp(self) -> int:
        """GUEST_RSP (0x0000681c): natural-width guest state, offset 768."""
        return self._u64[96]

    @guest_rsp.setter
    def guest_rsp(self, value: int) -> None:
        try:
            self._u64[96] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rsp", 64, value) from None

    @property
    def guest_rflags(self) -> int:
        """GUEST_RFLAGS (0x00006820): natural-width guest state, offset 776."""
        return self._u64[97]

    @guest_rflags.setter
    def guest_rflags(self, value: int) -> None:
        try:
            self._u64[97] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rflags", 64, value) from None

    @property
    def guest_rflags_flags(self) -> vmcs_bits.Rflags:
        """GUEST_RFLAGS as vmcs_bits.Rflags; unnamed bits stay set."""
        return vmcs_bits.Rflags(self.guest_rflags)

    @property
    def guest_interruptibility_info(self) -> int:
        """GUEST_INTERRUPTIBILITY_INFO (0x00004824): 32-bit guest state, offset 784."""
        return self._u32[196]

    @guest_interruptibility_info.setter
    def guest_interruptibility_info(self, value: int) -> None:
        try:
            self._u32[196] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_interruptibility_info", 32, value) from None

    @property
    def guest_interruptibility_info_flags(self) -> vmcs_bits.InterruptibilityState:
        """GUEST_INTERRUPTIBILITY_INFO as vmcs_bits.InterruptibilityState; unnamed bits stay set."""
        return vmcs_bits.InterruptibilityState(self.guest_interruptibility_info)

    @property
    def cpu_based_vm_exec_control(self) -> int:
        """CPU_BASED_VM_EXEC_CONTROL (0x00004002): 32-bit control, offset 788."""
        return self._u32[197]

    @cpu_based_vm_exec_control.setter
    def cpu_based_vm_exec_control(self, value: int) -> None:
        try:
            self._u32[197] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "cpu_based_vm_exec_control", 32, value) from None

    @property
    def cpu_based_vm_exec_control_flags(self) -> vmcs_bits.PrimaryProcessorControls:
        """CPU_BASED_VM_EXEC_CONTROL as vmcs_bits.PrimaryProcessorControls; unnamed bits stay set."""
        return vmcs_bits.PrimaryProcessorControls(self.cpu_based_vm_exec_control)

    @property
    def exception_bitmap(self) -> int:
        """EXCEPTION_BITMAP (0x00004004): 32-bit control, offset 792."""
        return self._u32[198]

    @exception_bitmap.setter
    def exception_bitmap(self, value: int) -> None:
        try:
            self._u32[198] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "exception_bitmap", 32, value) from None

    @property
    def vm_entry_controls(self) -> int:
        """VM_ENTRY_CONTROLS (0x00004012): 32-bit control, offset 796."""
        return self._u32[199]

    @vm_entry_controls.setter
    def vm_entry_controls(self, value: int) -> None:
        try:
            self._u32[199] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_controls", 32, value) from None

    @property
    def vm_entry_controls_flags(self) -> vmcs_bits.VmEntryControls:
        """VM_ENTRY_CONTROLS as vmcs_bits.VmEntryControls; unnamed bits stay set."""
        return vmcs_bits.VmEntryControls(self.vm_entry_controls)

    @property
    def vm_entry_intr_info_field(self) -> int:
        """VM_ENTRY_INTR_INFO_FIELD (0x00004016): 32-bit control, offset 800."""
        return self._u32[200]

    @vm_entry_intr_info_field.setter
    def vm_entry_intr_info_field(self, value: int) -> None:
        try:
            self._u32[200] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_intr_info_field", 32, value) from None

    @property
    def vm_entry_intr_info_field_flags(self) -> vmcs_bits.InterruptionInfo:
        """VM_ENTRY_INTR_INFO_FIELD as vmcs_bits.InterruptionInfo; unnamed bits stay set."""
        return vmcs_bits.InterruptionInfo(self.vm_entry_intr_info_field)

    @property
    def vm_entry_exception_error_code(self) -> int:
        """VM_ENTRY_EXCEPTION_ERROR_CODE (0x00004018): 32-bit control, offset 804."""
        return self._u32[201]

    @vm_entry_exception_error_code.setter
    def vm_entry_exception_error_code(self, value: int) -> None:
        try:
            self._u32[201] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_exception_error_code", 32, value) from None

    @property
    def vm_entry_instruction_len(self) -> int:
        """VM_ENTRY_INSTRUCTION_LEN (0x0000401a): 32-bit control, offset 808."""
        return self._u32[202]

    @vm_entry_instruction_len.setter
    def vm_entry_instruction_len(self, value: int) -> None:
        try:
            self._u32[202] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "vm_entry_instruction_len", 32, value) from None

    @property
    def tpr_threshold(self) -> int:
        """TPR_THRESHOLD (0x0000401c): 32-bit control, offset 812."""
        return self._u32[203]

    @tpr_threshold.setter
    def tpr_threshold(self, value: int) -> None:
        try:
            self._u32[203] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tpr_threshold", 32, value) from None

    @property
    def guest_rip(self) -> int:
        """GUEST_RIP (0x0000681e): natural-width guest state, offset 816."""
        return self._u64[102]

    @guest_rip.setter
    def guest_rip(self, value: int) -> None:
        try:
            self._u64[102] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_rip", 64, value) from None

    @property
    def hv_clean_fields(self) -> int:
        """private member, offset 824, 4 bytes. clean-field mask: a set bit tells the host that group is unchanged."""
        return self._u32[206]

    @hv_clean_fields.setter
    def hv_clean_fields(self, value: int) -> None:
        try:
            self._u32[206] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hv_clean_fields", 32, value) from None

    @property
    def hv_synthetic_controls(self) -> int:
        """private member, offset 832, 4 bytes. Hyper-V synthetic VM-exit controls."""
        return self._u32[208]

    @hv_synthetic_controls.setter
    def hv_synthetic_controls(self, value: int) -> None:
        try:
            self._u32[208] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hv_synthetic_controls", 32, value) from None

    @property
    def hv_enlightenments_control(self) -> int:
        """private member, offset 836, 4 bytes. bit 0 nested_flush_hypercall, bit 1 msr_bitmap."""
        return self._u32[209]

    @hv_enlightenments_control.setter
    def hv_enlightenments_control(self, value: int) -> None:
        try:
            self._u32[209] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hv_enlightenments_control", 32, value) from None

    @property
    def hv_vp_id(self) -> int:
        """private member, offset 840, 4 bytes. virtual processor id for the direct flush hypercall."""
        return self._u32[210]

    @hv_vp_id.setter
    def hv_vp_id(self, value: int) -> None:
        try:
            self._u32[210] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hv_vp_id", 32, value) from None

    @property
    def hv_vm_id(self) -> int:
        """private member, offset 848, 8 bytes. partition id for the direct flush hypercall."""
        return self._u64[106]

    @hv_vm_id.setter
    def hv_vm_id(self, value: int) -> None:
        try:
            self._u64[106] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "hv_vm_id", 64, value) from None

    @property
    def partition_assist_page(self) -> int:
        """private member, offset 856, 8 bytes. GPA of the partition assist page."""
        return self._u64[107]

    @partition_assist_page.setter
    def partition_assist_page(self, value: int) -> None:
        try:
            self._u64[107] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "partition_assist_page", 64, value) from None

    @property
    def guest_bndcfgs(self) -> int:
        """GUEST_BNDCFGS (0x00002812): 64-bit guest state, offset 896."""
        return self._u64[112]

    @guest_bndcfgs.setter
    def guest_bndcfgs(self, value: int) -> None:
        try:
            self._u64[112] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_bndcfgs", 64, value) from None

    @property
    def guest_ia32_perf_global_ctrl(self) -> int:
        """GUEST_IA32_PERF_GLOBAL_CTRL (0x00002808): 64-bit guest state, offset 904."""
        return self._u64[113]

    @guest_ia32_perf_global_ctrl.setter
    def guest_ia32_perf_global_ctrl(self, value: int) -> None:
        try:
            self._u64[113] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_perf_global_ctrl", 64, value) from None

    @property
    def guest_ia32_s_cet(self) -> int:
        """private member, offset 912, 8 bytes. GUEST_S_CET (0x6828); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[114]

    @guest_ia32_s_cet.setter
    def guest_ia32_s_cet(self, value: int) -> None:
        try:
            self._u64[114] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_s_cet", 64, value) from None

    @property
    def guest_ssp(self) -> int:
        """private member, offset 920, 8 bytes. GUEST_SSP (0x682a); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[115]

    @guest_ssp.setter
    def guest_ssp(self, value: int) -> None:
        try:
            self._u64[115] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ssp", 64, value) from None

    @property
    def guest_ia32_int_ssp_table_addr(self) -> int:
        """private member, offset 928, 8 bytes. GUEST_INTR_SSP_TABLE (0x682c); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[116]

    @guest_ia32_int_ssp_table_addr.setter
    def guest_ia32_int_ssp_table_addr(self, value: int) -> None:
        try:
            self._u64[116] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_int_ssp_table_addr", 64, value) from None

    @property
    def guest_ia32_lbr_ctl(self) -> int:
        """private member, offset 936, 8 bytes. GUEST_IA32_LBR_CTL (0x2816); not in enum vmcs_field."""
        return self._u64[117]

    @guest_ia32_lbr_ctl.setter
    def guest_ia32_lbr_ctl(self, value: int) -> None:
        try:
            self._u64[117] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "guest_ia32_lbr_ctl", 64, value) from None

    @property
    def xss_exit_bitmap(self) -> int:
        """XSS_EXIT_BITMAP (0x0000202c): 64-bit control, offset 960."""
        return self._u64[120]

    @xss_exit_bitmap.setter
    def xss_exit_bitmap(self, value: int) -> None:
        try:
            self._u64[120] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "xss_exit_bitmap", 64, value) from None

    @property
    def encls_exiting_bitmap(self) -> int:
        """ENCLS_EXITING_BITMAP (0x0000202e): 64-bit control, offset 968."""
        return self._u64[121]

    @encls_exiting_bitmap.setter
    def encls_exiting_bitmap(self, value: int) -> None:
        try:
            self._u64[121] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "encls_exiting_bitmap", 64, value) from None

    @property
    def host_ia32_perf_global_ctrl(self) -> int:
        """HOST_IA32_PERF_GLOBAL_CTRL (0x00002c04): 64-bit host state, offset 976."""
        return self._u64[122]

    @host_ia32_perf_global_ctrl.setter
    def host_ia32_perf_global_ctrl(self, value: int) -> None:
        try:
            self._u64[122] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_perf_global_ctrl", 64, value) from None

    @property
    def tsc_multiplier(self) -> int:
        """TSC_MULTIPLIER (0x00002032): 64-bit control, offset 984."""
        return self._u64[123]

    @tsc_multiplier.setter
    def tsc_multiplier(self, value: int) -> None:
        try:
            self._u64[123] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "tsc_multiplier", 64, value) from None

    @property
    def host_ia32_s_cet(self) -> int:
        """private member, offset 992, 8 bytes. HOST_S_CET (0x6c18); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[124]

    @host_ia32_s_cet.setter
    def host_ia32_s_cet(self, value: int) -> None:
        try:
            self._u64[124] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_s_cet", 64, value) from None

    @property
    def host_ssp(self) -> int:
        """private member, offset 1000, 8 bytes. HOST_SSP (0x6c1a); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[125]

    @host_ssp.setter
    def host_ssp(self, value: int) -> None:
        try:
            self._u64[125] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ssp", 64, value) from None

    @property
    def host_ia32_int_ssp_table_addr(self) -> int:
        """private member, offset 1008, 8 bytes. HOST_INTR_SSP_TABLE (0x6c1c); KVM's eVMCS table leaves it unmapped (not used by KVM)."""
        return self._u64[126]

    @host_ia32_int_ssp_table_addr.setter
    def host_ia32_int_ssp_table_addr(self, value: int) -> None:
        try:
            self._u64[126] = value
        except (TypeError, ValueError):
            raise _rejected(self._buf, "host_ia32_int_ssp_table_addr", 64, value) from None


_ATTRIBUTES: dict[str, str] = {
    "revision_id": "revision_id",
    "abort": "abort",
    "host_es_selector": "host_es_selector",
    "host_cs_selector": "host_cs_selector",
    "host_ss_selector": "host_ss_selector",
    "host_ds_selector": "host_ds_selector",
    "host_fs_selector": "host_fs_selector",
    "host_gs_selector": "host_gs_selector",
    "host_tr_selector": "host_tr_selector",
    "host_ia32_pat": "host_ia32_pat",
    "host_ia32_efer": "host_ia32_efer",
    "host_cr0": "host_cr0",
    "host_cr3": "host_cr3",
    "host_cr4": "host_cr4",
    "host_ia32_sysenter_esp": "host_ia32_sysenter_esp",
    "host_ia32_sysenter_eip": "host_ia32_sysenter_eip",
    "host_rip": "host_rip",
    "host_ia32_sysenter_cs": "host_ia32_sysenter_cs",
    "pin_based_vm_exec_control": "pin_based_vm_exec_control",
    "vm_exit_controls": "vm_exit_controls",
    "secondary_vm_exec_control": "secondary_vm_exec_control",
    "io_bitmap_a": "io_bitmap_a",
    "io_bitmap_b": "io_bitmap_b",
    "msr_bitmap": "msr_bitmap",
    "guest_es_selector": "guest_es_selector",
    "guest_cs_selector": "guest_cs_selector",
    "guest_ss_selector": "guest_ss_selector",
    "guest_ds_selector": "guest_ds_selector",
    "guest_fs_selector": "guest_fs_selector",
    "guest_gs_selector": "guest_gs_selector",
    "guest_ldtr_selector": "guest_ldtr_selector",
    "guest_tr_selector": "guest_tr_selector",
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
    "vm_exit_msr_store_addr": "vm_exit_msr_store_addr",
    "vm_exit_msr_load_addr": "vm_exit_msr_load_addr",
    "vm_entry_msr_load_addr": "vm_entry_msr_load_addr",
    "cr3_target_value0": "cr3_target_value0",
    "cr3_target_value1": "cr3_target_value1",
    "cr3_target_value2": "cr3_target_value2",
    "cr3_target_value3": "cr3_target_value3",
    "page_fault_error_code_mask": "page_fault_error_code_mask",
    "page_fault_error_code_match": "page_fault_error_code_match",
    "cr3_target_count": "cr3_target_count",
    "vm_exit_msr_store_count": "vm_exit_msr_store_count",
    "vm_exit_msr_load_count": "vm_exit_msr_load_count",
    "vm_entry_msr_load_count": "vm_entry_msr_load_count",
    "tsc_offset": "tsc_offset",
    "virtual_apic_page_addr": "virtual_apic_page_addr",
    "vmcs_link_pointer": "vmcs_link_pointer",
    "guest_ia32_debugctl": "guest_ia32_debugctl",
    "guest_ia32_pat": "guest_ia32_pat",
    "guest_ia32_efer": "guest_ia32_efer",
    "guest_pdptr0": "guest_pdptr0",
    "guest_pdptr1": "guest_pdptr1",
    "guest_pdptr2": "guest_pdptr2",
    "guest_pdptr3": "guest_pdptr3",
    "guest_pending_dbg_exceptions": "guest_pending_dbg_exceptions",
    "guest_sysenter_esp": "guest_sysenter_esp",
    "guest_sysenter_eip": "guest_sysenter_eip",
    "guest_activity_state": "guest_activity_state",
    "guest_sysenter_cs": "guest_sysenter_cs",
    "cr0_guest_host_mask": "cr0_guest_host_mask",
    "cr4_guest_host_mask": "cr4_guest_host_mask",
    "cr0_read_shadow": "cr0_read_shadow",
    "cr4_read_shadow": "cr4_read_shadow",
    "guest_cr0": "guest_cr0",
    "guest_cr3": "guest_cr3",
    "guest_cr4": "guest_cr4",
    "guest_dr7": "guest_dr7",
    "host_fs_base": "host_fs_base",
    "host_gs_base": "host_gs_base",
    "host_tr_base": "host_tr_base",
    "host_gdtr_base": "host_gdtr_base",
    "host_idtr_base": "host_idtr_base",
    "host_rsp": "host_rsp",
    "ept_pointer": "ept_pointer",
    "virtual_processor_id": "virtual_processor_id",
    "guest_physical_address": "guest_physical_address",
    "vm_instruction_error": "vm_instruction_error",
    "vm_exit_reason": "vm_exit_reason",
    "vm_exit_intr_info": "vm_exit_intr_info",
    "vm_exit_intr_error_code": "vm_exit_intr_error_code",
    "idt_vectoring_info_field": "idt_vectoring_info_field",
    "idt_vectoring_error_code": "idt_vectoring_error_code",
    "vm_exit_instruction_len": "vm_exit_instruction_len",
    "vmx_instruction_info": "vmx_instruction_info",
    "exit_qualification": "exit_qualification",
    "exit_io_instruction_ecx": "exit_io_instruction_ecx",
    "exit_io_instruction_esi": "exit_io_instruction_esi",
    "exit_io_instruction_edi": "exit_io_instruction_edi",
    "exit_io_instruction_eip": "exit_io_instruction_eip",
    "guest_linear_address": "guest_linear_address",
    "guest_rsp": "guest_rsp",
    "guest_rflags": "guest_rflags",
    "guest_interruptibility_info": "guest_interruptibility_info",
    "cpu_based_vm_exec_control": "cpu_based_vm_exec_control",
    "exception_bitmap": "exception_bitmap",
    "vm_entry_controls": "vm_entry_controls",
    "vm_entry_intr_info_field": "vm_entry_intr_info_field",
    "vm_entry_exception_error_code": "vm_entry_exception_error_code",
    "vm_entry_instruction_len": "vm_entry_instruction_len",
    "tpr_threshold": "tpr_threshold",
    "guest_rip": "guest_rip",
    "hv_clean_fields": "hv_clean_fields",
    "hv_synthetic_controls": "hv_synthetic_controls",
    "hv_enlightenments_control": "hv_enlightenments_control",
    "hv_vp_id": "hv_vp_id",
    "hv_vm_id": "hv_vm_id",
    "partition_assist_page": "partition_assist_page",
    "guest_bndcfgs": "guest_bndcfgs",
    "guest_ia32_perf_global_ctrl": "guest_ia32_perf_global_ctrl",
    "guest_ia32_s_cet": "guest_ia32_s_cet",
    "guest_ssp": "guest_ssp",
    "guest_ia32_int_ssp_table_addr": "guest_ia32_int_ssp_table_addr",
    "guest_ia32_lbr_ctl": "guest_ia32_lbr_ctl",
    "xss_exit_bitmap": "xss_exit_bitmap",
    "encls_exiting_bitmap": "encls_exiting_bitmap",
    "host_ia32_perf_global_ctrl": "host_ia32_perf_global_ctrl",
    "tsc_multiplier": "tsc_multiplier",
    "host_ia32_s_cet": "host_ia32_s_cet",
    "host_ssp": "host_ssp",
    "host_ia32_int_ssp_table_addr": "host_ia32_int_ssp_table_addr",
}
# vmcsgen-digest: 4bee0100af80fafc87a5b8ed23836528b77fbc9021f7f820befd6a99de2c5a62 2daab8ffe4d3287d8915c8c09a211b1ee57400230dc075895786353925be8c1d
