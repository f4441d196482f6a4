/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Hyper-V enlightened VMCS v1: the `hv_evmcs_v1` VMCS layout.
 *
 * Generated from specs/layouts/hv_evmcs_v1.yaml, specs/fields.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Linux include/hyperv/hvgdk.h struct hv_enlightened_vmcs and
 * HV_VMX_ENLIGHTENED_CLEAN_FIELD_* (torvalds/linux 946661e3bef8, unchanged at
 * 512a93a93dbe); field table in arch/x86/kvm/vmx/hyperv_evmcs.c (6f47c7ae8c7a).
 *
 * HV_EVMCS_V1_read()/_write() emulate VMREAD/VMWRITE by encoding: the encoding is
 * bounds-checked and the table index clamped without a branch before the load, so a
 * mispredicted check cannot read outside the table (Spectre v1). Writes keep the low
 * bits of the value that fit the field, as VMWRITE does.
 */
#ifndef VMCSGEN_HV_EVMCS_V1_H
#define VMCSGEN_HV_EVMCS_V1_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "hv_evmcs_v1: VMCS regions are little-endian; this header assumes a little-endian host"
#endif

#ifdef __cplusplus
#define HV_EVMCS_V1_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
extern "C" {
#else
#define HV_EVMCS_V1_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif

#define HV_EVMCS_V1_REVISION_ID 0x00000001u
#define HV_EVMCS_V1_REGION_SIZE 4096u
#define HV_EVMCS_V1_STRUCT_SIZE 1024u
/* Highest index (encoding bits 9:1) of any field: IA32_VMX_VMCS_ENUM bits 9:1. */
#define HV_EVMCS_V1_MAX_FIELD_INDEX 0x19u

/* Field encodings (Intel SDM Vol. 3, Appendix B), HIGH halves of 64-bit fields included. */
#define HV_EVMCS_V1_ENC_VIRTUAL_PROCESSOR_ID 0x00000000u
#define HV_EVMCS_V1_ENC_GUEST_ES_SELECTOR 0x00000800u
#define HV_EVMCS_V1_ENC_GUEST_CS_SELECTOR 0x00000802u
#define HV_EVMCS_V1_ENC_GUEST_SS_SELECTOR 0x00000804u
#define HV_EVMCS_V1_ENC_GUEST_DS_SELECTOR 0x00000806u
#define HV_EVMCS_V1_ENC_GUEST_FS_SELECTOR 0x00000808u
#define HV_EVMCS_V1_ENC_GUEST_GS_SELECTOR 0x0000080au
#define HV_EVMCS_V1_ENC_GUEST_LDTR_SELECTOR 0x0000080cu
#define HV_EVMCS_V1_ENC_GUEST_TR_SELECTOR 0x0000080eu
#define HV_EVMCS_V1_ENC_HOST_ES_SELECTOR 0x00000c00u
#define HV_EVMCS_V1_ENC_HOST_CS_SELECTOR 0x00000c02u
#define HV_EVMCS_V1_ENC_HOST_SS_SELECTOR 0x00000c04u
#define HV_EVMCS_V1_ENC_HOST_DS_SELECTOR 0x00000c06u
#define HV_EVMCS_V1_ENC_HOST_FS_SELECTOR 0x00000c08u
#define HV_EVMCS_V1_ENC_HOST_GS_SELECTOR 0x00000c0au
#define HV_EVMCS_V1_ENC_HOST_TR_SELECTOR 0x00000c0cu
#define HV_EVMCS_V1_ENC_IO_BITMAP_A 0x00002000u
#define HV_EVMCS_V1_ENC_IO_BITMAP_A_HIGH 0x00002001u
#define HV_EVMCS_V1_ENC_IO_BITMAP_B 0x00002002u
#define HV_EVMCS_V1_ENC_IO_BITMAP_B_HIGH 0x00002003u
#define HV_EVMCS_V1_ENC_MSR_BITMAP 0x00002004u
#define HV_EVMCS_V1_ENC_MSR_BITMAP_HIGH 0x00002005u
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_STORE_ADDR 0x00002006u
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_STORE_ADDR_HIGH 0x00002007u
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_LOAD_ADDR 0x00002008u
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_LOAD_ADDR_HIGH 0x00002009u
#define HV_EVMCS_V1_ENC_VM_ENTRY_MSR_LOAD_ADDR 0x0000200au
#define HV_EVMCS_V1_ENC_VM_ENTRY_MSR_LOAD_ADDR_HIGH 0x0000200bu
#define HV_EVMCS_V1_ENC_TSC_OFFSET 0x00002010u
#define HV_EVMCS_V1_ENC_TSC_OFFSET_HIGH 0x00002011u
#define HV_EVMCS_V1_ENC_VIRTUAL_APIC_PAGE_ADDR 0x00002012u
#define HV_EVMCS_V1_ENC_VIRTUAL_APIC_PAGE_ADDR_HIGH 0x00002013u
#define HV_EVMCS_V1_ENC_EPT_POINTER 0x0000201au
#define HV_EVMCS_V1_ENC_EPT_POINTER_HIGH 0x0000201bu
#define HV_EVMCS_V1_ENC_XSS_EXIT_BITMAP 0x0000202cu
#define HV_EVMCS_V1_ENC_XSS_EXIT_BITMAP_HIGH 0x0000202du
#define HV_EVMCS_V1_ENC_ENCLS_EXITING_BITMAP 0x0000202eu
#define HV_EVMCS_V1_ENC_ENCLS_EXITING_BITMAP_HIGH 0x0000202fu
#define HV_EVMCS_V1_ENC_TSC_MULTIPLIER 0x00002032u
#define HV_EVMCS_V1_ENC_TSC_MULTIPLIER_HIGH 0x00002033u
#define HV_EVMCS_V1_ENC_GUEST_PHYSICAL_ADDRESS 0x00002400u
#define HV_EVMCS_V1_ENC_GUEST_PHYSICAL_ADDRESS_HIGH 0x00002401u
#define HV_EVMCS_V1_ENC_VMCS_LINK_POINTER 0x00002800u
#define HV_EVMCS_V1_ENC_VMCS_LINK_POINTER_HIGH 0x00002801u
#define HV_EVMCS_V1_ENC_GUEST_IA32_DEBUGCTL 0x00002802u
#define HV_EVMCS_V1_ENC_GUEST_IA32_DEBUGCTL_HIGH 0x00002803u
#define HV_EVMCS_V1_ENC_GUEST_IA32_PAT 0x00002804u
#define HV_EVMCS_V1_ENC_GUEST_IA32_PAT_HIGH 0x00002805u
#define HV_EVMCS_V1_ENC_GUEST_IA32_EFER 0x00002806u
#define HV_EVMCS_V1_ENC_GUEST_IA32_EFER_HIGH 0x00002807u
#define HV_EVMCS_V1_ENC_GUEST_IA32_PERF_GLOBAL_CTRL 0x00002808u
#define HV_EVMCS_V1_ENC_GUEST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002809u
#define HV_EVMCS_V1_ENC_GUEST_PDPTR0 0x0000280au
#define HV_EVMCS_V1_ENC_GUEST_PDPTR0_HIGH 0x0000280bu
#define HV_EVMCS_V1_ENC_GUEST_PDPTR1 0x0000280cu
#define HV_EVMCS_V1_ENC_GUEST_PDPTR1_HIGH 0x0000280du
#define HV_EVMCS_V1_ENC_GUEST_PDPTR2 0x0000280eu
#define HV_EVMCS_V1_ENC_GUEST_PDPTR2_HIGH 0x0000280fu
#define HV_EVMCS_V1_ENC_GUEST_PDPTR3 0x00002810u
#define HV_EVMCS_V1_ENC_GUEST_PDPTR3_HIGH 0x00002811u
#define HV_EVMCS_V1_ENC_GUEST_BNDCFGS 0x00002812u
#define HV_EVMCS_V1_ENC_GUEST_BNDCFGS_HIGH 0x00002813u
#define HV_EVMCS_V1_ENC_HOST_IA32_PAT 0x00002c00u
#define HV_EVMCS_V1_ENC_HOST_IA32_PAT_HIGH 0x00002c01u
#define HV_EVMCS_V1_ENC_HOST_IA32_EFER 0x00002c02u
#define HV_EVMCS_V1_ENC_HOST_IA32_EFER_HIGH 0x00002c03u
#define HV_EVMCS_V1_ENC_HOST_IA32_PERF_GLOBAL_CTRL 0x00002c04u
#define HV_EVMCS_V1_ENC_HOST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002c05u
#define HV_EVMCS_V1_ENC_PIN_BASED_VM_EXEC_CONTROL 0x00004000u
#define HV_EVMCS_V1_ENC_CPU_BASED_VM_EXEC_CONTROL 0x00004002u
#define HV_EVMCS_V1_ENC_EXCEPTION_BITMAP 0x00004004u
#define HV_EVMCS_V1_ENC_PAGE_FAULT_ERROR_CODE_MASK 0x00004006u
#define HV_EVMCS_V1_ENC_PAGE_FAULT_ERROR_CODE_MATCH 0x00004008u
#define HV_EVMCS_V1_ENC_CR3_TARGET_COUNT 0x0000400au
#define HV_EVMCS_V1_ENC_VM_EXIT_CONTROLS 0x0000400cu
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_STORE_COUNT 0x0000400eu
#define HV_EVMCS_V1_ENC_VM_EXIT_MSR_LOAD_COUNT 0x00004010u
#define HV_EVMCS_V1_ENC_VM_ENTRY_CONTROLS 0x00004012u
#define HV_EVMCS_V1_ENC_VM_ENTRY_MSR_LOAD_COUNT 0x00004014u
#define HV_EVMCS_V1_ENC_VM_ENTRY_INTR_INFO_FIELD 0x00004016u
#define HV_EVMCS_V1_ENC_VM_ENTRY_EXCEPTION_ERROR_CODE 0x00004018u
#define HV_EVMCS_V1_ENC_VM_ENTRY_INSTRUCTION_LEN 0x0000401au
#define HV_EVMCS_V1_ENC_TPR_THRESHOLD 0x0000401cu
#define HV_EVMCS_V1_ENC_SECONDARY_VM_EXEC_CONTROL 0x0000401eu
#define HV_EVMCS_V1_ENC_VM_INSTRUCTION_ERROR 0x00004400u
#define HV_EVMCS_V1_ENC_VM_EXIT_REASON 0x00004402u
#define HV_EVMCS_V1_ENC_VM_EXIT_INTR_INFO 0x00004404u
#define HV_EVMCS_V1_ENC_VM_EXIT_INTR_ERROR_CODE 0x00004406u
#define HV_EVMCS_V1_ENC_IDT_VECTORING_INFO_FIELD 0x00004408u
#define HV_EVMCS_V1_ENC_IDT_VECTORING_ERROR_CODE 0x0000440au
#define HV_EVMCS_V1_ENC_VM_EXIT_INSTRUCTION_LEN 0x0000440cu
#define HV_EVMCS_V1_ENC_VMX_INSTRUCTION_INFO 0x0000440eu
#define HV_EVMCS_V1_ENC_GUEST_ES_LIMIT 0x00004800u
#define HV_EVMCS_V1_ENC_GUEST_CS_LIMIT 0x00004802u
#define HV_EVMCS_V1_ENC_GUEST_SS_LIMIT 0x00004804u
#define HV_EVMCS_V1_ENC_GUEST_DS_LIMIT 0x00004806u
#define HV_EVMCS_V1_ENC_GUEST_FS_LIMIT 0x00004808u
#define HV_EVMCS_V1_ENC_GUEST_GS_LIMIT 0x0000480au
#define HV_EVMCS_V1_ENC_GUEST_LDTR_LIMIT 0x0000480cu
#define HV_EVMCS_V1_ENC_GUEST_TR_LIMIT 0x0000480eu
#define HV_EVMCS_V1_ENC_GUEST_GDTR_LIMIT 0x00004810u
#define HV_EVMCS_V1_ENC_GUEST_IDTR_LIMIT 0x00004812u
#define HV_EVMCS_V1_ENC_GUEST_ES_AR_BYTES 0x00004814u
#define HV_EVMCS_V1_ENC_GUEST_CS_AR_BYTES 0x00004816u
#define HV_EVMCS_V1_ENC_GUEST_SS_AR_BYTES 0x00004818u
#define HV_EVMCS_V1_ENC_GUEST_DS_AR_BYTES 0x0000481au
#define HV_EVMCS_V1_ENC_GUEST_FS_AR_BYTES 0x0000481cu
#define HV_EVMCS_V1_ENC_GUEST_GS_AR_BYTES 0x0000481eu
#define HV_EVMCS_V1_ENC_GUEST_LDTR_AR_BYTES 0x00004820u
#define HV_EVMCS_V1_ENC_GUEST_TR_AR_BYTES 0x00004822u
#define HV_EVMCS_V1_ENC_GUEST_INTERRUPTIBILITY_INFO 0x00004824u
#define HV_EVMCS_V1_ENC_GUEST_ACTIVITY_STATE 0x00004826u
#define HV_EVMCS_V1_ENC_GUEST_SYSENTER_CS 0x0000482au
#define HV_EVMCS_V1_ENC_HOST_IA32_SYSENTER_CS 0x00004c00u
#define HV_EVMCS_V1_ENC_CR0_GUEST_HOST_MASK 0x00006000u
#define HV_EVMCS_V1_ENC_CR4_GUEST_HOST_MASK 0x00006002u
#define HV_EVMCS_V1_ENC_CR0_READ_SHADOW 0x00006004u
#define HV_EVMCS_V1_ENC_CR4_READ_SHADOW 0x00006006u
#define HV_EVMCS_V1_ENC_EXIT_QUALIFICATION 0x00006400u
#define HV_EVMCS_V1_ENC_GUEST_LINEAR_ADDRESS 0x0000640au
#define HV_EVMCS_V1_ENC_GUEST_CR0 0x00006800u
#define HV_EVMCS_V1_ENC_GUEST_CR3 0x00006802u
#define HV_EVMCS_V1_ENC_GUEST_CR4 0x00006804u
#define HV_EVMCS_V1_ENC_GUEST_ES_BASE 0x00006806u
#define HV_EVMCS_V1_ENC_GUEST_CS_BASE 0x00006808u
#define HV_EVMCS_V1_ENC_GUEST_SS_BASE 0x0000680au
#define HV_EVMCS_V1_ENC_GUEST_DS_BASE 0x0000680cu
#define HV_EVMCS_V1_ENC_GUEST_FS_BASE 0x0000680eu
#define HV_EVMCS_V1_ENC_GUEST_GS_BASE 0x00006810u
#define HV_EVMCS_V1_ENC_GUEST_LDTR_BASE 0x00006812u
#define HV_EVMCS_V1_ENC_GUEST_TR_BASE 0x00006814u
#define HV_EVMCS_V1_ENC_GUEST_GDTR_BASE 0x00006816u
#define HV_EVMCS_V1_ENC_GUEST_IDTR_BASE 0x00006818u
#define HV_EVMCS_V1_ENC_GUEST_DR7 0x0000681au
#define HV_EVMCS_V1_ENC_GUEST_RSP 0x0000681cu
#define HV_EVMCS_V1_ENC_GUEST_RIP 0x0000681eu
#define HV_EVMCS_V1_ENC_GUEST_RFLAGS 0x00006820u
#define HV_EVMCS_V1_ENC_GUEST_PENDING_DBG_EXCEPTIONS 0x00006822u
#define HV_EVMCS_V1_ENC_GUEST_SYSENTER_ESP 0x00006824u
#define HV_EVMCS_V1_ENC_GUEST_SYSENTER_EIP 0x00006826u
#define HV_EVMCS_V1_ENC_HOST_CR0 0x00006c00u
#define HV_EVMCS_V1_ENC_HOST_CR3 0x00006c02u
#define HV_EVMCS_V1_ENC_HOST_CR4 0x00006c04u
#define HV_EVMCS_V1_ENC_HOST_FS_BASE 0x00006c06u
#define HV_EVMCS_V1_ENC_HOST_GS_BASE 0x00006c08u
#define HV_EVMCS_V1_ENC_HOST_TR_BASE 0x00006c0au
#define HV_EVMCS_V1_ENC_HOST_GDTR_BASE 0x00006c0cu
#define HV_EVMCS_V1_ENC_HOST_IDTR_BASE 0x00006c0eu
#define HV_EVMCS_V1_ENC_HOST_IA32_SYSENTER_ESP 0x00006c10u
#define HV_EVMCS_V1_ENC_HOST_IA32_SYSENTER_EIP 0x00006c12u
#define HV_EVMCS_V1_ENC_HOST_RSP 0x00006c14u
#define HV_EVMCS_V1_ENC_HOST_RIP 0x00006c16u

struct __attribute__((packed)) hv_evmcs_v1 {
	uint32_t revision_id; /* 0: KVM_EVMCS_VERSION (1) */
	uint32_t abort; /* 4: VMX-abort indicator */
	uint16_t host_es_selector; /* 8: HOST_ES_SELECTOR */
	uint16_t host_cs_selector; /* 10: HOST_CS_SELECTOR */
	uint16_t host_ss_selector; /* 12: HOST_SS_SELECTOR */
	uint16_t host_ds_selector; /* 14: HOST_DS_SELECTOR */
	uint16_t host_fs_selector; /* 16: HOST_FS_SELECTOR */
	uint16_t host_gs_selector; /* 18: HOST_GS_SELECTOR */
	uint16_t host_tr_selector; /* 20: HOST_TR_SELECTOR */
	uint8_t padding16_1[2]; /* 22 */
	uint64_t host_ia32_pat; /* 24: HOST_IA32_PAT */
	uint64_t host_ia32_efer; /* 32: HOST_IA32_EFER */
	uint64_t host_cr0; /* 40: HOST_CR0 */
	uint64_t host_cr3; /* 48: HOST_CR3 */
	uint64_t host_cr4; /* 56: HOST_CR4 */
	uint64_t host_ia32_sysenter_esp; /* 64: HOST_IA32_SYSENTER_ESP */
	uint64_t host_ia32_sysenter_eip; /* 72: HOST_IA32_SYSENTER_EIP */
	uint64_t host_rip; /* 80: HOST_RIP */
	uint32_t host_ia32_sysenter_cs; /* 88: HOST_IA32_SYSENTER_CS */
	uint32_t pin_based_vm_exec_control; /* 92: PIN_BASED_VM_EXEC_CONTROL */
	uint32_t vm_exit_controls; /* 96: VM_EXIT_CONTROLS */
	uint32_t secondary_vm_exec_control; /* 100: SECONDARY_VM_EXEC_CONTROL */
	uint64_t io_bitmap_a; /* 104: IO_BITMAP_A */
	uint64_t io_bitmap_b; /* 112: IO_BITMAP_B */
	uint64_t msr_bitmap; /* 120: MSR_BITMAP */
	uint16_t guest_es_selector; /* 128: GUEST_ES_SELECTOR */
	uint16_t guest_cs_selector; /* 130: GUEST_CS_SELECTOR */
	uint16_t guest_ss_selector; /* 132: GUEST_SS_SELECTOR */
	uint16_t guest_ds_selector; /* 134: GUEST_DS_SELECTOR */
	uint16_t guest_fs_selector; /* 136: GUEST_FS_SELECTOR */
	uint16_t guest_gs_selector; /* 138: GUEST_GS_SELECTOR */
	uint16_t guest_ldtr_selector; /* 140: GUEST_LDTR_SELECTOR */
	uint16_t guest_tr_selector; /* 142: GUEST_TR_SELECTOR */
	uint32_t guest_es_limit; /* 144: GUEST_ES_LIMIT */
	uint32_t guest_cs_limit; /* 148: GUEST_CS_LIMIT */
	uint32_t guest_ss_limit; /* 152: GUEST_SS_LIMIT */
	uint32_t guest_ds_limit; /* 156: GUEST_DS_LIMIT */
	uint32_t guest_fs_limit; /* 160: GUEST_FS_LIMIT */
	uint32_t guest_gs_limit; /* 164: GUEST_GS_LIMIT */
	uint32_t guest_ldtr_limit; /* 168: GUEST_LDTR_LIMIT */
	uint32_t guest_tr_limit; /* 172: GUEST_TR_LIMIT */
	uint32_t guest_gdtr_limit; /* 176: GUEST_GDTR_LIMIT */
	uint32_t guest_idtr_limit; /* 180: GUEST_IDTR_LIMIT */
	uint32_t guest_es_ar_bytes; /* 184: GUEST_ES_AR_BYTES */
	uint32_t guest_cs_ar_bytes; /* 188: GUEST_CS_AR_BYTES */
	uint32_t guest_ss_ar_bytes; /* 192: GUEST_SS_AR_BYTES */
	uint32_t guest_ds_ar_bytes; /* 196: GUEST_DS_AR_BYTES */
	uint32_t guest_fs_ar_bytes; /* 200: GUEST_FS_AR_BYTES */
	uint32_t guest_gs_ar_bytes; /* 204: GUEST_GS_AR_BYTES */
	uint32_t guest_ldtr_ar_bytes; /* 208: GUEST_LDTR_AR_BYTES */
	uint32_t guest_tr_ar_bytes; /* 212: GUEST_TR_AR_BYTES */
	uint64_t guest_es_base; /* 216: GUEST_ES_BASE */
	uint64_t guest_cs_base; /* 224: GUEST_CS_BASE */
	uint64_t guest_ss_base; /* 232: GUEST_SS_BASE */
	uint64_t guest_ds_base; /* 240: GUEST_DS_BASE */
	uint64_t guest_fs_base; /* 248: GUEST_FS_BASE */
	uint64_t guest_gs_base; /* 256: GUEST_GS_BASE */
	uint64_t guest_ldtr_base; /* 264: GUEST_LDTR_BASE */
	uint64_t guest_tr_base; /* 272: GUEST_TR_BASE */
	uint64_t guest_gdtr_base; /* 280: GUEST_GDTR_BASE */
	uint64_t guest_idtr_base; /* 288: GUEST_IDTR_BASE */
	uint8_t padding64_1[24]; /* 296 */
	uint64_t vm_exit_msr_store_addr; /* 320: VM_EXIT_MSR_STORE_ADDR */
	uint64_t vm_exit_msr_load_addr; /* 328: VM_EXIT_MSR_LOAD_ADDR */
	uint64_t vm_entry_msr_load_addr; /* 336: VM_ENTRY_MSR_LOAD_ADDR */
	uint64_t cr3_target_value0; /* 344: CR3_TARGET_VALUE0 (0x6008); KVM's eVMCS table does not map it */
	uint64_t cr3_target_value1; /* 352: CR3_TARGET_VALUE1 (0x600a); KVM's eVMCS table does not map it */
	uint64_t cr3_target_value2; /* 360: CR3_TARGET_VALUE2 (0x600c); KVM's eVMCS table does not map it */
	uint64_t cr3_target_value3; /* 368: CR3_TARGET_VALUE3 (0x600e); KVM's eVMCS table does not map it */
	uint32_t page_fault_error_code_mask; /* 376: PAGE_FAULT_ERROR_CODE_MASK */
	uint32_t page_fault_error_code_match; /* 380: PAGE_FAULT_ERROR_CODE_MATCH */
	uint32_t cr3_target_count; /* 384: CR3_TARGET_COUNT */
	uint32_t vm_exit_msr_store_count; /* 388: VM_EXIT_MSR_STORE_COUNT */
	uint32_t vm_exit_msr_load_count; /* 392: VM_EXIT_MSR_LOAD_COUNT */
	uint32_t vm_entry_msr_load_count; /* 396: VM_ENTRY_MSR_LOAD_COUNT */
	uint64_t tsc_offset; /* 400: TSC_OFFSET */
	uint64_t virtual_apic_page_addr; /* 408: VIRTUAL_APIC_PAGE_ADDR */
	uint64_t vmcs_link_pointer; /* 416: VMCS_LINK_POINTER */
	uint64_t guest_ia32_debugctl; /* 424: GUEST_IA32_DEBUGCTL */
	uint64_t guest_ia32_pat; /* 432: GUEST_IA32_PAT */
	uint64_t guest_ia32_efer; /* 440: GUEST_IA32_EFER */
	uint64_t guest_pdptr0; /* 448: GUEST_PDPTR0 */
	uint64_t guest_pdptr1; /* 456: GUEST_PDPTR1 */
	uint64_t guest_pdptr2; /* 464: GUEST_PDPTR2 */
	uint64_t guest_pdptr3; /* 472: GUEST_PDPTR3 */
	uint64_t guest_pending_dbg_exceptions; /* 480: GUEST_PENDING_DBG_EXCEPTIONS */
	uint64_t guest_sysenter_esp; /* 488: GUEST_SYSENTER_ESP */
	uint64_t guest_sysenter_eip; /* 496: GUEST_SYSENTER_EIP */
	uint32_t guest_activity_state; /* 504: GUEST_ACTIVITY_STATE */
	uint32_t guest_sysenter_cs; /* 508: GUEST_SYSENTER_CS */
	uint64_t cr0_guest_host_mask; /* 512: CR0_GUEST_HOST_MASK */
	uint64_t cr4_guest_host_mask; /* 520: CR4_GUEST_HOST_MASK */
	uint64_t cr0_read_shadow; /* 528: CR0_READ_SHADOW */
	uint64_t cr4_read_shadow; /* 536: CR4_READ_SHADOW */
	uint64_t guest_cr0; /* 544: GUEST_CR0 */
	uint64_t guest_cr3; /* 552: GUEST_CR3 */
	uint64_t guest_cr4; /* 560: GUEST_CR4 */
	uint64_t guest_dr7; /* 568: GUEST_DR7 */
	uint64_t host_fs_base; /* 576: HOST_FS_BASE */
	uint64_t host_gs_base; /* 584: HOST_GS_BASE */
	uint64_t host_tr_base; /* 592: HOST_TR_BASE */
	uint64_t host_gdtr_base; /* 600: HOST_GDTR_BASE */
	uint64_t host_idtr_base; /* 608: HOST_IDTR_BASE */
	uint64_t host_rsp; /* 616: HOST_RSP */
	uint64_t ept_pointer; /* 624: EPT_POINTER */
	uint16_t virtual_processor_id; /* 632: VIRTUAL_PROCESSOR_ID */
	uint8_t padding16_2[6]; /* 634 */
	uint8_t padding64_2[40]; /* 640 */
	uint64_t guest_physical_address; /* 680: GUEST_PHYSICAL_ADDRESS */
	uint32_t vm_instruction_error; /* 688: VM_INSTRUCTION_ERROR */
	uint32_t vm_exit_reason; /* 692: VM_EXIT_REASON */
	uint32_t vm_exit_intr_info; /* 696: VM_EXIT_INTR_INFO */
	uint32_t vm_exit_intr_error_code; /* 700: VM_EXIT_INTR_ERROR_CODE */
	uint32_t idt_vectoring_info_field; /* 704: IDT_VECTORING_INFO_FIELD */
	uint32_t idt_vectoring_error_code; /* 708: IDT_VECTORING_ERROR_CODE */
	uint32_t vm_exit_instruction_len; /* 712: VM_EXIT_INSTRUCTION_LEN */
	uint32_t vmx_instruction_info; /* 716: VMX_INSTRUCTION_INFO */
	uint64_t exit_qualification; /* 720: EXIT_QUALIFICATION */
	uint64_t exit_io_instruction_ecx; /* 728: SDM I/O RCX (0x6402); not in enum vmcs_field */
	uint64_t exit_io_instruction_esi; /* 736: SDM I/O RSI (0x6404); not in enum vmcs_field */
	uint64_t exit_io_instruction_edi; /* 744: SDM I/O RDI (0x6406); not in enum vmcs_field */
	uint64_t exit_io_instruction_eip; /* 752: SDM I/O RIP (0x6408); not in enum vmcs_field */
	uint64_t guest_linear_address; /* 760: GUEST_LINEAR_ADDRESS */
	uint64_t guest_rsp; /* 768: GUEST_RSP */
	uint64_t guest_rflags; /* 776: GUEST_RFLAGS */
	uint32_t guest_interruptibility_info; /* 784: GUEST_INTERRUPTIBILITY_INFO */
	uint32_t cpu_based_vm_exec_control; /* 788: CPU_BASED_VM_EXEC_CONTROL */
	uint32_t exception_bitmap; /* 792: EXCEPTION_BITMAP */
	uint32_t vm_entry_controls; /* 796: VM_ENTRY_CONTROLS */
	uint32_t vm_entry_intr_info_field; /* 800: VM_ENTRY_INTR_INFO_FIELD */
	uint32_t vm_entry_exception_error_code; /* 804: VM_ENTRY_EXCEPTION_ERROR_CODE */
	uint32_t vm_entry_instruction_len; /* 808: VM_ENTRY_INSTRUCTION_LEN */
	uint32_t tpr_threshold; /* 812: TPR_THRESHOLD */
	uint64_t guest_rip; /* 816: GUEST_RIP */
	uint32_t hv_clean_fields; /* 824: clean-field mask: a set bit tells the host that group is unchanged */
	uint8_t padding32_1[4]; /* 828 */
	uint32_t hv_synthetic_controls; /* 832: Hyper-V synthetic VM-exit controls */
	uint32_t hv_enlightenments_control; /* 836: bit 0 nested_flush_hypercall, bit 1 msr_bitmap */
	uint32_t hv_vp_id; /* 840: virtual processor id for the direct flush hypercall */
	uint8_t padding32_2[4]; /* 844 */
	uint64_t hv_vm_id; /* 848: partition id for the direct flush hypercall */
	uint64_t partition_assist_page; /* 856: GPA of the partition assist page */
	uint8_t padding64_4[32]; /* 864 */
	uint64_t guest_bndcfgs; /* 896: GUEST_BNDCFGS */
	uint64_t guest_ia32_perf_global_ctrl; /* 904: GUEST_IA32_PERF_GLOBAL_CTRL */
	uint64_t guest_ia32_s_cet; /* 912: GUEST_S_CET (0x6828); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint64_t guest_ssp; /* 920: GUEST_SSP (0x682a); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint64_t guest_ia32_int_ssp_table_addr; /* 928: GUEST_INTR_SSP_TABLE (0x682c); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint64_t guest_ia32_lbr_ctl; /* 936: GUEST_IA32_LBR_CTL (0x2816); not in enum vmcs_field */
	uint8_t padding64_5[16]; /* 944 */
	uint64_t xss_exit_bitmap; /* 960: XSS_EXIT_BITMAP */
	uint64_t encls_exiting_bitmap; /* 968: ENCLS_EXITING_BITMAP */
	uint64_t host_ia32_perf_global_ctrl; /* 976: HOST_IA32_PERF_GLOBAL_CTRL */
	uint64_t tsc_multiplier; /* 984: TSC_MULTIPLIER */
	uint64_t host_ia32_s_cet; /* 992: HOST_S_CET (0x6c18); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint64_t host_ssp; /* 1000: HOST_SSP (0x6c1a); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint64_t host_ia32_int_ssp_table_addr; /* 1008: HOST_INTR_SSP_TABLE (0x6c1c); KVM's eVMCS table leaves it unmapped (not used by KVM) */
	uint8_t padding64_6[8]; /* 1016 */
};

HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, revision_id) == 0, "hv_evmcs_v1.revision_id moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, abort) == 4, "hv_evmcs_v1.abort moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_es_selector) == 8, "hv_evmcs_v1.host_es_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_cs_selector) == 10, "hv_evmcs_v1.host_cs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ss_selector) == 12, "hv_evmcs_v1.host_ss_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ds_selector) == 14, "hv_evmcs_v1.host_ds_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_fs_selector) == 16, "hv_evmcs_v1.host_fs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_gs_selector) == 18, "hv_evmcs_v1.host_gs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_tr_selector) == 20, "hv_evmcs_v1.host_tr_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding16_1) == 22, "hv_evmcs_v1.padding16_1 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_pat) == 24, "hv_evmcs_v1.host_ia32_pat moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_efer) == 32, "hv_evmcs_v1.host_ia32_efer moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_cr0) == 40, "hv_evmcs_v1.host_cr0 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_cr3) == 48, "hv_evmcs_v1.host_cr3 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_cr4) == 56, "hv_evmcs_v1.host_cr4 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_sysenter_esp) == 64, "hv_evmcs_v1.host_ia32_sysenter_esp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_sysenter_eip) == 72, "hv_evmcs_v1.host_ia32_sysenter_eip moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_rip) == 80, "hv_evmcs_v1.host_rip moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_sysenter_cs) == 88, "hv_evmcs_v1.host_ia32_sysenter_cs moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, pin_based_vm_exec_control) == 92, "hv_evmcs_v1.pin_based_vm_exec_control moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_controls) == 96, "hv_evmcs_v1.vm_exit_controls moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, secondary_vm_exec_control) == 100, "hv_evmcs_v1.secondary_vm_exec_control moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, io_bitmap_a) == 104, "hv_evmcs_v1.io_bitmap_a moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, io_bitmap_b) == 112, "hv_evmcs_v1.io_bitmap_b moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, msr_bitmap) == 120, "hv_evmcs_v1.msr_bitmap moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_es_selector) == 128, "hv_evmcs_v1.guest_es_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cs_selector) == 130, "hv_evmcs_v1.guest_cs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ss_selector) == 132, "hv_evmcs_v1.guest_ss_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ds_selector) == 134, "hv_evmcs_v1.guest_ds_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_fs_selector) == 136, "hv_evmcs_v1.guest_fs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gs_selector) == 138, "hv_evmcs_v1.guest_gs_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ldtr_selector) == 140, "hv_evmcs_v1.guest_ldtr_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_tr_selector) == 142, "hv_evmcs_v1.guest_tr_selector moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_es_limit) == 144, "hv_evmcs_v1.guest_es_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cs_limit) == 148, "hv_evmcs_v1.guest_cs_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ss_limit) == 152, "hv_evmcs_v1.guest_ss_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ds_limit) == 156, "hv_evmcs_v1.guest_ds_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_fs_limit) == 160, "hv_evmcs_v1.guest_fs_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gs_limit) == 164, "hv_evmcs_v1.guest_gs_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ldtr_limit) == 168, "hv_evmcs_v1.guest_ldtr_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_tr_limit) == 172, "hv_evmcs_v1.guest_tr_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gdtr_limit) == 176, "hv_evmcs_v1.guest_gdtr_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_idtr_limit) == 180, "hv_evmcs_v1.guest_idtr_limit moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_es_ar_bytes) == 184, "hv_evmcs_v1.guest_es_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cs_ar_bytes) == 188, "hv_evmcs_v1.guest_cs_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ss_ar_bytes) == 192, "hv_evmcs_v1.guest_ss_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ds_ar_bytes) == 196, "hv_evmcs_v1.guest_ds_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_fs_ar_bytes) == 200, "hv_evmcs_v1.guest_fs_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gs_ar_bytes) == 204, "hv_evmcs_v1.guest_gs_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ldtr_ar_bytes) == 208, "hv_evmcs_v1.guest_ldtr_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_tr_ar_bytes) == 212, "hv_evmcs_v1.guest_tr_ar_bytes moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_es_base) == 216, "hv_evmcs_v1.guest_es_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cs_base) == 224, "hv_evmcs_v1.guest_cs_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ss_base) == 232, "hv_evmcs_v1.guest_ss_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ds_base) == 240, "hv_evmcs_v1.guest_ds_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_fs_base) == 248, "hv_evmcs_v1.guest_fs_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gs_base) == 256, "hv_evmcs_v1.guest_gs_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ldtr_base) == 264, "hv_evmcs_v1.guest_ldtr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_tr_base) == 272, "hv_evmcs_v1.guest_tr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_gdtr_base) == 280, "hv_evmcs_v1.guest_gdtr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_idtr_base) == 288, "hv_evmcs_v1.guest_idtr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding64_1) == 296, "hv_evmcs_v1.padding64_1 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_msr_store_addr) == 320, "hv_evmcs_v1.vm_exit_msr_store_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_msr_load_addr) == 328, "hv_evmcs_v1.vm_exit_msr_load_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_msr_load_addr) == 336, "hv_evmcs_v1.vm_entry_msr_load_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr3_target_value0) == 344, "hv_evmcs_v1.cr3_target_value0 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr3_target_value1) == 352, "hv_evmcs_v1.cr3_target_value1 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr3_target_value2) == 360, "hv_evmcs_v1.cr3_target_value2 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr3_target_value3) == 368, "hv_evmcs_v1.cr3_target_value3 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, page_fault_error_code_mask) == 376, "hv_evmcs_v1.page_fault_error_code_mask moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, page_fault_error_code_match) == 380, "hv_evmcs_v1.page_fault_error_code_match moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr3_target_count) == 384, "hv_evmcs_v1.cr3_target_count moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_msr_store_count) == 388, "hv_evmcs_v1.vm_exit_msr_store_count moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_msr_load_count) == 392, "hv_evmcs_v1.vm_exit_msr_load_count moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_msr_load_count) == 396, "hv_evmcs_v1.vm_entry_msr_load_count moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, tsc_offset) == 400, "hv_evmcs_v1.tsc_offset moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, virtual_apic_page_addr) == 408, "hv_evmcs_v1.virtual_apic_page_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vmcs_link_pointer) == 416, "hv_evmcs_v1.vmcs_link_pointer moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_debugctl) == 424, "hv_evmcs_v1.guest_ia32_debugctl moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_pat) == 432, "hv_evmcs_v1.guest_ia32_pat moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_efer) == 440, "hv_evmcs_v1.guest_ia32_efer moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_pdptr0) == 448, "hv_evmcs_v1.guest_pdptr0 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_pdptr1) == 456, "hv_evmcs_v1.guest_pdptr1 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_pdptr2) == 464, "hv_evmcs_v1.guest_pdptr2 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_pdptr3) == 472, "hv_evmcs_v1.guest_pdptr3 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_pending_dbg_exceptions) == 480, "hv_evmcs_v1.guest_pending_dbg_exceptions moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_sysenter_esp) == 488, "hv_evmcs_v1.guest_sysenter_esp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_sysenter_eip) == 496, "hv_evmcs_v1.guest_sysenter_eip moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_activity_state) == 504, "hv_evmcs_v1.guest_activity_state moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_sysenter_cs) == 508, "hv_evmcs_v1.guest_sysenter_cs moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr0_guest_host_mask) == 512, "hv_evmcs_v1.cr0_guest_host_mask moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr4_guest_host_mask) == 520, "hv_evmcs_v1.cr4_guest_host_mask moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr0_read_shadow) == 528, "hv_evmcs_v1.cr0_read_shadow moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cr4_read_shadow) == 536, "hv_evmcs_v1.cr4_read_shadow moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cr0) == 544, "hv_evmcs_v1.guest_cr0 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cr3) == 552, "hv_evmcs_v1.guest_cr3 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_cr4) == 560, "hv_evmcs_v1.guest_cr4 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_dr7) == 568, "hv_evmcs_v1.guest_dr7 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_fs_base) == 576, "hv_evmcs_v1.host_fs_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_gs_base) == 584, "hv_evmcs_v1.host_gs_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_tr_base) == 592, "hv_evmcs_v1.host_tr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_gdtr_base) == 600, "hv_evmcs_v1.host_gdtr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_idtr_base) == 608, "hv_evmcs_v1.host_idtr_base moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_rsp) == 616, "hv_evmcs_v1.host_rsp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, ept_pointer) == 624, "hv_evmcs_v1.ept_pointer moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, virtual_processor_id) == 632, "hv_evmcs_v1.virtual_processor_id moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding16_2) == 634, "hv_evmcs_v1.padding16_2 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding64_2) == 640, "hv_evmcs_v1.padding64_2 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_physical_address) == 680, "hv_evmcs_v1.guest_physical_address moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_instruction_error) == 688, "hv_evmcs_v1.vm_instruction_error moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_reason) == 692, "hv_evmcs_v1.vm_exit_reason moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_intr_info) == 696, "hv_evmcs_v1.vm_exit_intr_info moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_intr_error_code) == 700, "hv_evmcs_v1.vm_exit_intr_error_code moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, idt_vectoring_info_field) == 704, "hv_evmcs_v1.idt_vectoring_info_field moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, idt_vectoring_error_code) == 708, "hv_evmcs_v1.idt_vectoring_error_code moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_exit_instruction_len) == 712, "hv_evmcs_v1.vm_exit_instruction_len moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vmx_instruction_info) == 716, "hv_evmcs_v1.vmx_instruction_info moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exit_qualification) == 720, "hv_evmcs_v1.exit_qualification moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exit_io_instruction_ecx) == 728, "hv_evmcs_v1.exit_io_instruction_ecx moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exit_io_instruction_esi) == 736, "hv_evmcs_v1.exit_io_instruction_esi moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exit_io_instruction_edi) == 744, "hv_evmcs_v1.exit_io_instruction_edi moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exit_io_instruction_eip) == 752, "hv_evmcs_v1.exit_io_instruction_eip moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_linear_address) == 760, "hv_evmcs_v1.guest_linear_address moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_rsp) == 768, "hv_evmcs_v1.guest_rsp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_rflags) == 776, "hv_evmcs_v1.guest_rflags moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_interruptibility_info) == 784, "hv_evmcs_v1.guest_interruptibility_info moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, cpu_based_vm_exec_control) == 788, "hv_evmcs_v1.cpu_based_vm_exec_control moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, exception_bitmap) == 792, "hv_evmcs_v1.exception_bitmap moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_controls) == 796, "hv_evmcs_v1.vm_entry_controls moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_intr_info_field) == 800, "hv_evmcs_v1.vm_entry_intr_info_field moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_exception_error_code) == 804, "hv_evmcs_v1.vm_entry_exception_error_code moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, vm_entry_instruction_len) == 808, "hv_evmcs_v1.vm_entry_instruction_len moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, tpr_threshold) == 812, "hv_evmcs_v1.tpr_threshold moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_rip) == 816, "hv_evmcs_v1.guest_rip moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, hv_clean_fields) == 824, "hv_evmcs_v1.hv_clean_fields moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding32_1) == 828, "hv_evmcs_v1.padding32_1 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, hv_synthetic_controls) == 832, "hv_evmcs_v1.hv_synthetic_controls moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, hv_enlightenments_control) == 836, "hv_evmcs_v1.hv_enlightenments_control moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, hv_vp_id) == 840, "hv_evmcs_v1.hv_vp_id moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding32_2) == 844, "hv_evmcs_v1.padding32_2 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, hv_vm_id) == 848, "hv_evmcs_v1.hv_vm_id moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, partition_assist_page) == 856, "hv_evmcs_v1.partition_assist_page moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding64_4) == 864, "hv_evmcs_v1.padding64_4 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_bndcfgs) == 896, "hv_evmcs_v1.guest_bndcfgs moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_perf_global_ctrl) == 904, "hv_evmcs_v1.guest_ia32_perf_global_ctrl moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_s_cet) == 912, "hv_evmcs_v1.guest_ia32_s_cet moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ssp) == 920, "hv_evmcs_v1.guest_ssp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_int_ssp_table_addr) == 928, "hv_evmcs_v1.guest_ia32_int_ssp_table_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, guest_ia32_lbr_ctl) == 936, "hv_evmcs_v1.guest_ia32_lbr_ctl moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding64_5) == 944, "hv_evmcs_v1.padding64_5 moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, xss_exit_bitmap) == 960, "hv_evmcs_v1.xss_exit_bitmap moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, encls_exiting_bitmap) == 968, "hv_evmcs_v1.encls_exiting_bitmap moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_perf_global_ctrl) == 976, "hv_evmcs_v1.host_ia32_perf_global_ctrl moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, tsc_multiplier) == 984, "hv_evmcs_v1.tsc_multiplier moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_s_cet) == 992, "hv_evmcs_v1.host_ia32_s_cet moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ssp) == 1000, "hv_evmcs_v1.host_ssp moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, host_ia32_int_ssp_table_addr) == 1008, "hv_evmcs_v1.host_ia32_int_ssp_table_addr moved");
HV_EVMCS_V1_STATIC_ASSERT(offsetof(struct hv_evmcs_v1, padding64_6) == 1016, "hv_evmcs_v1.padding64_6 moved");
HV_EVMCS_V1_STATIC_ASSERT(sizeof(struct hv_evmcs_v1) == HV_EVMCS_V1_STRUCT_SIZE, "hv_evmcs_v1 changed size");
HV_EVMCS_V1_STATIC_ASSERT(HV_EVMCS_V1_STRUCT_SIZE <= HV_EVMCS_V1_REGION_SIZE, "hv_evmcs_v1 overflows its region");

#define HV_EVMCS_V1_LOOKUP_COLUMNS 26u
#define HV_EVMCS_V1_LOOKUP_SIZE 416u

/*
 * Offset of the field an encoding names, or 0 if the layout has none (offset 0 is the
 * header). Rows are width<<2|type (encoding bits 14:13, 11:10), columns the index.
 */
static inline uint16_t hv_evmcs_v1_lookup_slot(size_t slot)
{
	static const uint16_t offsets[HV_EVMCS_V1_LOOKUP_SIZE] = {
		632, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		128, 130, 132, 134, 136, 138, 140, 142, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		8, 10, 12, 14, 16, 18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		104, 112, 120, 320, 328, 336, 0, 0, 400, 408, 0, 0, 0, 624, 0, 0, 0, 0, 0, 0, 0, 0, 960, 968, 0, 984,
		680, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		416, 424, 432, 440, 904, 448, 456, 464, 472, 896, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		24, 32, 976, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		92, 788, 792, 376, 380, 384, 96, 388, 392, 796, 396, 800, 804, 808, 812, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		688, 692, 696, 700, 704, 708, 712, 716, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		144, 148, 152, 156, 160, 164, 168, 172, 176, 180, 184, 188, 192, 196, 200, 204, 208, 212, 784, 504, 0, 508, 0, 0, 0, 0,
		88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		512, 520, 528, 536, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		720, 0, 0, 0, 0, 760, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		544, 552, 560, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 568, 768, 816, 776, 480, 488, 496, 0, 0, 0, 0, 0, 0,
		40, 48, 56, 576, 584, 592, 600, 608, 64, 72, 616, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	};
	size_t limit = HV_EVMCS_V1_LOOKUP_SIZE;
	size_t mask;

	/* Hide slot's value from the optimiser so the mask below stays a data dependency. */
#if defined(__GNUC__) || defined(__clang__)
	__asm__("" : "+r"(slot));
#endif
	/* All ones when slot < limit, zero otherwise, computed without a branch. */
	mask = (size_t)0 - (((slot - limit) & ~slot) >> (sizeof(size_t) * 8 - 1));
	return offsets[slot & mask];
}

/*
 * Where the field `encoding` lives: its offset and size in bytes. Returns 0, or
 * -ENOENT for an encoding the layout does not hold (or a malformed one).
 */
static inline int hv_evmcs_v1_field_location(uint32_t encoding, uint16_t *offset, uint16_t *size)
{
	uint32_t width = (encoding >> 13) & 3u;
	uint32_t index = (encoding >> 1) & 0x1ffu;
	uint32_t high = encoding & 1u;
	uint16_t found;

	if (encoding & ~0x6fffu)
		return -ENOENT;
	if (high && width != 1u)
		return -ENOENT;
	if (index > HV_EVMCS_V1_MAX_FIELD_INDEX)
		return -ENOENT;
	found = hv_evmcs_v1_lookup_slot((size_t)(((encoding >> 10) & 3u) | (width << 2)) * HV_EVMCS_V1_LOOKUP_COLUMNS + index);
	if (!found)
		return -ENOENT;
	*offset = (uint16_t)(found + (high ? 4u : 0u));
	*size = (uint16_t)(high ? 4u : (width == 0u ? 2u : width == 2u ? 4u : 8u));
	return 0;
}

/* VMREAD: 0 and the field's value in *value, or -ENOENT. */
static inline int hv_evmcs_v1_read(const void *vmcs, uint32_t encoding, uint64_t *value)
{
	uint16_t offset, size;
	const unsigned char *p;
	int err = hv_evmcs_v1_field_location(encoding, &offset, &size);

	if (err)
		return err;
	p = (const unsigned char *)vmcs + offset;
	/* Fixed-size copies compile to single loads; a variable-size memcpy does not. */
	switch (size) {
	case 2: {
		uint16_t v;
		memcpy(&v, p, sizeof(v));
		*value = v;
		break;
	}
	case 4: {
		uint32_t v;
		memcpy(&v, p, sizeof(v));
		*value = v;
		break;
	}
	default: {
		uint64_t v;
		memcpy(&v, p, sizeof(v));
		*value = v;
		break;
	}
	}
	return 0;
}

/* VMWRITE: store the low bits of value that fit the field; 0 or -ENOENT. */
static inline int hv_evmcs_v1_write(void *vmcs, uint32_t encoding, uint64_t value)
{
	uint16_t offset, size;
	unsigned char *p;
	int err = hv_evmcs_v1_field_location(encoding, &offset, &size);

	if (err)
		return err;
	p = (unsigned char *)vmcs + offset;
	switch (size) {
	case 2: {
		uint16_t v = (uint16_t)value;
		memcpy(p, &v, sizeof(v));
		break;
	}
	case 4: {
		uint32_t v = (uint32_t)value;
		memcpy(p, &v, sizeof(v));
		break;
	}
	default:
		memcpy(p, &value, sizeof(value));
		break;
	}
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_HV_EVMCS_V1_H */
