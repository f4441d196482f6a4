/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * KVM struct vmcs12 in enlightened-VMCS order (2017 RFC): the `kvm_vmcs12_evmcs_order` VMCS layout.
 *
 * Generated from specs/layouts/kvm_vmcs12_evmcs_order.yaml, specs/fields.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Derived from specs/layouts/kvm_vmcs12_v6_17.yaml and
 * specs/layouts/hv_evmcs_v1.yaml by the rule above; the proposal is the 2017 RFC
 * "KVM: nVMX: modify vmcs12 fields to match Hyper-V enlightened VMCS".
 *
 * kvm_vmcs12_evmcs_order_read()/_write() emulate VMREAD/VMWRITE by encoding: the encoding is
 * bounds-checked and the table index clamped without a branch before the load, so a
 * mispredicted check cannot read outside the table (Spectre v1). A constant encoding
 * needs no clamp: the compiler resolves it to a direct access at a fixed offset. Writes
 * keep the low bits of the value that fit the field, as VMWRITE does.
 */
#ifndef VMCSGEN_KVM_VMCS12_EVMCS_ORDER_H
#define VMCSGEN_KVM_VMCS12_EVMCS_ORDER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "kvm_vmcs12_evmcs_order: VMCS regions are little-endian, the host is not"
#endif

#ifdef __cplusplus
#define KVM_VMCS12_EVMCS_ORDER_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
extern "C" {
#else
#define KVM_VMCS12_EVMCS_ORDER_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif
#define KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(member, offset) \
	KVM_VMCS12_EVMCS_ORDER_STATIC_ASSERT(offsetof(struct kvm_vmcs12_evmcs_order, member) == (offset), \
		"kvm_vmcs12_evmcs_order." #member " moved")

/* A constant encoding resolves at compile time only when the accessors are inlined. */
#if defined(__GNUC__) || defined(__clang__)
#define KVM_VMCS12_EVMCS_ORDER_INLINE static inline __attribute__((always_inline))
#define KVM_VMCS12_EVMCS_ORDER_IS_CONSTANT(x) __builtin_constant_p(x)
#else
#define KVM_VMCS12_EVMCS_ORDER_INLINE static inline
#define KVM_VMCS12_EVMCS_ORDER_IS_CONSTANT(x) 0
#endif

#define KVM_VMCS12_EVMCS_ORDER_REVISION_ID 0x11e57ed1u
#define KVM_VMCS12_EVMCS_ORDER_REGION_SIZE 4096u
#define KVM_VMCS12_EVMCS_ORDER_STRUCT_SIZE 1126u
/* Highest index (encoding bits 9:1) of any field: IA32_VMX_VMCS_ENUM bits 9:1. */
#define KVM_VMCS12_EVMCS_ORDER_MAX_FIELD_INDEX 0x19u
#define KVM_VMCS12_EVMCS_ORDER_SHADOW_VMCS_INDICATOR 0x80000000u

/* Field encodings (Intel SDM Vol. 3, Appendix B), HIGH halves of 64-bit fields included. */
#define KVM_VMCS12_EVMCS_ORDER_ENC_VIRTUAL_PROCESSOR_ID 0x00000000u
#define KVM_VMCS12_EVMCS_ORDER_ENC_POSTED_INTR_NV 0x00000002u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_ES_SELECTOR 0x00000800u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CS_SELECTOR 0x00000802u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SS_SELECTOR 0x00000804u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_DS_SELECTOR 0x00000806u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_FS_SELECTOR 0x00000808u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GS_SELECTOR 0x0000080au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_LDTR_SELECTOR 0x0000080cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_TR_SELECTOR 0x0000080eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_INTR_STATUS 0x00000810u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PML_INDEX 0x00000812u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_ES_SELECTOR 0x00000c00u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_CS_SELECTOR 0x00000c02u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_SS_SELECTOR 0x00000c04u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_DS_SELECTOR 0x00000c06u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_FS_SELECTOR 0x00000c08u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_GS_SELECTOR 0x00000c0au
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_TR_SELECTOR 0x00000c0cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_IO_BITMAP_A 0x00002000u
#define KVM_VMCS12_EVMCS_ORDER_ENC_IO_BITMAP_A_HIGH 0x00002001u
#define KVM_VMCS12_EVMCS_ORDER_ENC_IO_BITMAP_B 0x00002002u
#define KVM_VMCS12_EVMCS_ORDER_ENC_IO_BITMAP_B_HIGH 0x00002003u
#define KVM_VMCS12_EVMCS_ORDER_ENC_MSR_BITMAP 0x00002004u
#define KVM_VMCS12_EVMCS_ORDER_ENC_MSR_BITMAP_HIGH 0x00002005u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_STORE_ADDR 0x00002006u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_STORE_ADDR_HIGH 0x00002007u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_LOAD_ADDR 0x00002008u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_LOAD_ADDR_HIGH 0x00002009u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_MSR_LOAD_ADDR 0x0000200au
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_MSR_LOAD_ADDR_HIGH 0x0000200bu
#define KVM_VMCS12_EVMCS_ORDER_ENC_PML_ADDRESS 0x0000200eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_PML_ADDRESS_HIGH 0x0000200fu
#define KVM_VMCS12_EVMCS_ORDER_ENC_TSC_OFFSET 0x00002010u
#define KVM_VMCS12_EVMCS_ORDER_ENC_TSC_OFFSET_HIGH 0x00002011u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VIRTUAL_APIC_PAGE_ADDR 0x00002012u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VIRTUAL_APIC_PAGE_ADDR_HIGH 0x00002013u
#define KVM_VMCS12_EVMCS_ORDER_ENC_APIC_ACCESS_ADDR 0x00002014u
#define KVM_VMCS12_EVMCS_ORDER_ENC_APIC_ACCESS_ADDR_HIGH 0x00002015u
#define KVM_VMCS12_EVMCS_ORDER_ENC_POSTED_INTR_DESC_ADDR 0x00002016u
#define KVM_VMCS12_EVMCS_ORDER_ENC_POSTED_INTR_DESC_ADDR_HIGH 0x00002017u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_FUNCTION_CONTROL 0x00002018u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_FUNCTION_CONTROL_HIGH 0x00002019u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EPT_POINTER 0x0000201au
#define KVM_VMCS12_EVMCS_ORDER_ENC_EPT_POINTER_HIGH 0x0000201bu
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP0 0x0000201cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP0_HIGH 0x0000201du
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP1 0x0000201eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP1_HIGH 0x0000201fu
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP2 0x00002020u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP2_HIGH 0x00002021u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP3 0x00002022u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EOI_EXIT_BITMAP3_HIGH 0x00002023u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EPTP_LIST_ADDRESS 0x00002024u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EPTP_LIST_ADDRESS_HIGH 0x00002025u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMREAD_BITMAP 0x00002026u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMREAD_BITMAP_HIGH 0x00002027u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMWRITE_BITMAP 0x00002028u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMWRITE_BITMAP_HIGH 0x00002029u
#define KVM_VMCS12_EVMCS_ORDER_ENC_XSS_EXIT_BITMAP 0x0000202cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_XSS_EXIT_BITMAP_HIGH 0x0000202du
#define KVM_VMCS12_EVMCS_ORDER_ENC_ENCLS_EXITING_BITMAP 0x0000202eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_ENCLS_EXITING_BITMAP_HIGH 0x0000202fu
#define KVM_VMCS12_EVMCS_ORDER_ENC_TSC_MULTIPLIER 0x00002032u
#define KVM_VMCS12_EVMCS_ORDER_ENC_TSC_MULTIPLIER_HIGH 0x00002033u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PHYSICAL_ADDRESS 0x00002400u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PHYSICAL_ADDRESS_HIGH 0x00002401u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMCS_LINK_POINTER 0x00002800u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMCS_LINK_POINTER_HIGH 0x00002801u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_DEBUGCTL 0x00002802u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_DEBUGCTL_HIGH 0x00002803u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_PAT 0x00002804u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_PAT_HIGH 0x00002805u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_EFER 0x00002806u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_EFER_HIGH 0x00002807u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_PERF_GLOBAL_CTRL 0x00002808u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002809u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR0 0x0000280au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR0_HIGH 0x0000280bu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR1 0x0000280cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR1_HIGH 0x0000280du
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR2 0x0000280eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR2_HIGH 0x0000280fu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR3 0x00002810u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PDPTR3_HIGH 0x00002811u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_BNDCFGS 0x00002812u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_BNDCFGS_HIGH 0x00002813u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_PAT 0x00002c00u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_PAT_HIGH 0x00002c01u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_EFER 0x00002c02u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_EFER_HIGH 0x00002c03u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_PERF_GLOBAL_CTRL 0x00002c04u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002c05u
#define KVM_VMCS12_EVMCS_ORDER_ENC_PIN_BASED_VM_EXEC_CONTROL 0x00004000u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CPU_BASED_VM_EXEC_CONTROL 0x00004002u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EXCEPTION_BITMAP 0x00004004u
#define KVM_VMCS12_EVMCS_ORDER_ENC_PAGE_FAULT_ERROR_CODE_MASK 0x00004006u
#define KVM_VMCS12_EVMCS_ORDER_ENC_PAGE_FAULT_ERROR_CODE_MATCH 0x00004008u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CR3_TARGET_COUNT 0x0000400au
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_CONTROLS 0x0000400cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_STORE_COUNT 0x0000400eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_MSR_LOAD_COUNT 0x00004010u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_CONTROLS 0x00004012u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_MSR_LOAD_COUNT 0x00004014u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_INTR_INFO_FIELD 0x00004016u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_EXCEPTION_ERROR_CODE 0x00004018u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_ENTRY_INSTRUCTION_LEN 0x0000401au
#define KVM_VMCS12_EVMCS_ORDER_ENC_TPR_THRESHOLD 0x0000401cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_SECONDARY_VM_EXEC_CONTROL 0x0000401eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_INSTRUCTION_ERROR 0x00004400u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_REASON 0x00004402u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_INTR_INFO 0x00004404u
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_INTR_ERROR_CODE 0x00004406u
#define KVM_VMCS12_EVMCS_ORDER_ENC_IDT_VECTORING_INFO_FIELD 0x00004408u
#define KVM_VMCS12_EVMCS_ORDER_ENC_IDT_VECTORING_ERROR_CODE 0x0000440au
#define KVM_VMCS12_EVMCS_ORDER_ENC_VM_EXIT_INSTRUCTION_LEN 0x0000440cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMX_INSTRUCTION_INFO 0x0000440eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_ES_LIMIT 0x00004800u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CS_LIMIT 0x00004802u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SS_LIMIT 0x00004804u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_DS_LIMIT 0x00004806u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_FS_LIMIT 0x00004808u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GS_LIMIT 0x0000480au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_LDTR_LIMIT 0x0000480cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_TR_LIMIT 0x0000480eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GDTR_LIMIT 0x00004810u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IDTR_LIMIT 0x00004812u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_ES_AR_BYTES 0x00004814u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CS_AR_BYTES 0x00004816u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SS_AR_BYTES 0x00004818u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_DS_AR_BYTES 0x0000481au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_FS_AR_BYTES 0x0000481cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GS_AR_BYTES 0x0000481eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_LDTR_AR_BYTES 0x00004820u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_TR_AR_BYTES 0x00004822u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_INTERRUPTIBILITY_INFO 0x00004824u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_ACTIVITY_STATE 0x00004826u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SYSENTER_CS 0x0000482au
#define KVM_VMCS12_EVMCS_ORDER_ENC_VMX_PREEMPTION_TIMER_VALUE 0x0000482eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_SYSENTER_CS 0x00004c00u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CR0_GUEST_HOST_MASK 0x00006000u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CR4_GUEST_HOST_MASK 0x00006002u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CR0_READ_SHADOW 0x00006004u
#define KVM_VMCS12_EVMCS_ORDER_ENC_CR4_READ_SHADOW 0x00006006u
#define KVM_VMCS12_EVMCS_ORDER_ENC_EXIT_QUALIFICATION 0x00006400u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_LINEAR_ADDRESS 0x0000640au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CR0 0x00006800u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CR3 0x00006802u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CR4 0x00006804u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_ES_BASE 0x00006806u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_CS_BASE 0x00006808u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SS_BASE 0x0000680au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_DS_BASE 0x0000680cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_FS_BASE 0x0000680eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GS_BASE 0x00006810u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_LDTR_BASE 0x00006812u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_TR_BASE 0x00006814u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_GDTR_BASE 0x00006816u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_IDTR_BASE 0x00006818u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_DR7 0x0000681au
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_RSP 0x0000681cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_RIP 0x0000681eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_RFLAGS 0x00006820u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_PENDING_DBG_EXCEPTIONS 0x00006822u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SYSENTER_ESP 0x00006824u
#define KVM_VMCS12_EVMCS_ORDER_ENC_GUEST_SYSENTER_EIP 0x00006826u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_CR0 0x00006c00u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_CR3 0x00006c02u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_CR4 0x00006c04u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_FS_BASE 0x00006c06u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_GS_BASE 0x00006c08u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_TR_BASE 0x00006c0au
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_GDTR_BASE 0x00006c0cu
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IDTR_BASE 0x00006c0eu
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_SYSENTER_ESP 0x00006c10u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_IA32_SYSENTER_EIP 0x00006c12u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_RSP 0x00006c14u
#define KVM_VMCS12_EVMCS_ORDER_ENC_HOST_RIP 0x00006c16u

struct kvm_vmcs12_evmcs_order {
	uint32_t hdr; /* 0: struct vmcs_hdr: revision_id:31, shadow_vmcs:1 */
	uint32_t abort; /* 4: VMX-abort indicator */
	uint16_t host_es_selector; /* 8: HOST_ES_SELECTOR */
	uint16_t host_cs_selector; /* 10: HOST_CS_SELECTOR */
	uint16_t host_ss_selector; /* 12: HOST_SS_SELECTOR */
	uint16_t host_ds_selector; /* 14: HOST_DS_SELECTOR */
	uint16_t host_fs_selector; /* 16: HOST_FS_SELECTOR */
	uint16_t host_gs_selector; /* 18: HOST_GS_SELECTOR */
	uint16_t host_tr_selector; /* 20: HOST_TR_SELECTOR */
	uint8_t reserved_22[2]; /* 22 */
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
	uint8_t reserved_296[24]; /* 296 */
	uint64_t vm_exit_msr_store_addr; /* 320: VM_EXIT_MSR_STORE_ADDR */
	uint64_t vm_exit_msr_load_addr; /* 328: VM_EXIT_MSR_LOAD_ADDR */
	uint64_t vm_entry_msr_load_addr; /* 336: VM_ENTRY_MSR_LOAD_ADDR */
	uint8_t reserved_344[32]; /* 344 */
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
	uint8_t reserved_634[46]; /* 634 */
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
	uint8_t reserved_728[32]; /* 728 */
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
	uint8_t reserved_824[72]; /* 824 */
	uint64_t guest_bndcfgs; /* 896: GUEST_BNDCFGS */
	uint64_t guest_ia32_perf_global_ctrl; /* 904: GUEST_IA32_PERF_GLOBAL_CTRL */
	uint8_t reserved_912[48]; /* 912 */
	uint64_t xss_exit_bitmap; /* 960: XSS_EXIT_BITMAP */
	uint64_t encls_exiting_bitmap; /* 968: ENCLS_EXITING_BITMAP */
	uint64_t host_ia32_perf_global_ctrl; /* 976: HOST_IA32_PERF_GLOBAL_CTRL */
	uint64_t tsc_multiplier; /* 984: TSC_MULTIPLIER */
	uint8_t reserved_992[32]; /* 992 */
	uint64_t apic_access_addr; /* 1024: APIC_ACCESS_ADDR */
	uint64_t posted_intr_desc_addr; /* 1032: POSTED_INTR_DESC_ADDR */
	uint64_t eoi_exit_bitmap0; /* 1040: EOI_EXIT_BITMAP0 */
	uint64_t eoi_exit_bitmap1; /* 1048: EOI_EXIT_BITMAP1 */
	uint64_t eoi_exit_bitmap2; /* 1056: EOI_EXIT_BITMAP2 */
	uint64_t eoi_exit_bitmap3; /* 1064: EOI_EXIT_BITMAP3 */
	uint64_t vmread_bitmap; /* 1072: VMREAD_BITMAP */
	uint64_t vmwrite_bitmap; /* 1080: VMWRITE_BITMAP */
	uint64_t vm_function_control; /* 1088: VM_FUNCTION_CONTROL */
	uint64_t eptp_list_address; /* 1096: EPTP_LIST_ADDRESS */
	uint64_t pml_address; /* 1104: PML_ADDRESS */
	uint32_t launch_state; /* 1112: 0 after VMCLEAR, 1 after VMLAUNCH */
	uint32_t vmx_preemption_timer_value; /* 1116: VMX_PREEMPTION_TIMER_VALUE */
	uint16_t posted_intr_nv; /* 1120: POSTED_INTR_NV */
	uint16_t guest_intr_status; /* 1122: GUEST_INTR_STATUS */
	uint16_t guest_pml_index; /* 1124: GUEST_PML_INDEX */
} __attribute__((packed));

KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(hdr, 0);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(abort, 4);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_es_selector, 8);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_cs_selector, 10);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ss_selector, 12);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ds_selector, 14);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_fs_selector, 16);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_gs_selector, 18);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_tr_selector, 20);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_22, 22);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_pat, 24);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_efer, 32);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_cr0, 40);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_cr3, 48);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_cr4, 56);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_sysenter_esp, 64);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_sysenter_eip, 72);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_rip, 80);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_sysenter_cs, 88);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(pin_based_vm_exec_control, 92);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_controls, 96);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(secondary_vm_exec_control, 100);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(io_bitmap_a, 104);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(io_bitmap_b, 112);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(msr_bitmap, 120);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_es_selector, 128);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cs_selector, 130);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ss_selector, 132);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ds_selector, 134);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_fs_selector, 136);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gs_selector, 138);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ldtr_selector, 140);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_tr_selector, 142);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_es_limit, 144);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cs_limit, 148);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ss_limit, 152);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ds_limit, 156);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_fs_limit, 160);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gs_limit, 164);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ldtr_limit, 168);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_tr_limit, 172);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gdtr_limit, 176);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_idtr_limit, 180);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_es_ar_bytes, 184);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cs_ar_bytes, 188);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ss_ar_bytes, 192);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ds_ar_bytes, 196);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_fs_ar_bytes, 200);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gs_ar_bytes, 204);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ldtr_ar_bytes, 208);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_tr_ar_bytes, 212);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_es_base, 216);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cs_base, 224);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ss_base, 232);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ds_base, 240);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_fs_base, 248);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gs_base, 256);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ldtr_base, 264);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_tr_base, 272);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_gdtr_base, 280);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_idtr_base, 288);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_296, 296);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_msr_store_addr, 320);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_msr_load_addr, 328);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_msr_load_addr, 336);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_344, 344);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(page_fault_error_code_mask, 376);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(page_fault_error_code_match, 380);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cr3_target_count, 384);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_msr_store_count, 388);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_msr_load_count, 392);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_msr_load_count, 396);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(tsc_offset, 400);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(virtual_apic_page_addr, 408);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vmcs_link_pointer, 416);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ia32_debugctl, 424);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ia32_pat, 432);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ia32_efer, 440);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pdptr0, 448);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pdptr1, 456);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pdptr2, 464);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pdptr3, 472);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pending_dbg_exceptions, 480);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_sysenter_esp, 488);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_sysenter_eip, 496);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_activity_state, 504);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_sysenter_cs, 508);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cr0_guest_host_mask, 512);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cr4_guest_host_mask, 520);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cr0_read_shadow, 528);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cr4_read_shadow, 536);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cr0, 544);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cr3, 552);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_cr4, 560);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_dr7, 568);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_fs_base, 576);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_gs_base, 584);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_tr_base, 592);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_gdtr_base, 600);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_idtr_base, 608);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_rsp, 616);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(ept_pointer, 624);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(virtual_processor_id, 632);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_634, 634);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_physical_address, 680);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_instruction_error, 688);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_reason, 692);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_intr_info, 696);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_intr_error_code, 700);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(idt_vectoring_info_field, 704);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(idt_vectoring_error_code, 708);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_exit_instruction_len, 712);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vmx_instruction_info, 716);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(exit_qualification, 720);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_728, 728);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_linear_address, 760);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_rsp, 768);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_rflags, 776);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_interruptibility_info, 784);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(cpu_based_vm_exec_control, 788);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(exception_bitmap, 792);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_controls, 796);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_intr_info_field, 800);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_exception_error_code, 804);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_entry_instruction_len, 808);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(tpr_threshold, 812);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_rip, 816);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_824, 824);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_bndcfgs, 896);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_ia32_perf_global_ctrl, 904);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_912, 912);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(xss_exit_bitmap, 960);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(encls_exiting_bitmap, 968);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(host_ia32_perf_global_ctrl, 976);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(tsc_multiplier, 984);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(reserved_992, 992);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(apic_access_addr, 1024);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(posted_intr_desc_addr, 1032);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(eoi_exit_bitmap0, 1040);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(eoi_exit_bitmap1, 1048);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(eoi_exit_bitmap2, 1056);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(eoi_exit_bitmap3, 1064);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vmread_bitmap, 1072);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vmwrite_bitmap, 1080);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vm_function_control, 1088);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(eptp_list_address, 1096);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(pml_address, 1104);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(launch_state, 1112);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(vmx_preemption_timer_value, 1116);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(posted_intr_nv, 1120);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_intr_status, 1122);
KVM_VMCS12_EVMCS_ORDER_CHECK_OFFSET(guest_pml_index, 1124);
KVM_VMCS12_EVMCS_ORDER_STATIC_ASSERT(sizeof(struct kvm_vmcs12_evmcs_order) == KVM_VMCS12_EVMCS_ORDER_STRUCT_SIZE,
				     "kvm_vmcs12_evmcs_order changed size");
KVM_VMCS12_EVMCS_ORDER_STATIC_ASSERT(KVM_VMCS12_EVMCS_ORDER_STRUCT_SIZE <= KVM_VMCS12_EVMCS_ORDER_REGION_SIZE,
				     "kvm_vmcs12_evmcs_order overflows its region");

#define KVM_VMCS12_EVMCS_ORDER_LOOKUP_COLUMNS 26u
#define KVM_VMCS12_EVMCS_ORDER_LOOKUP_SIZE 416u

/*
 * Offset of the field an encoding names, or 0 if the layout has none (offset 0 is the
 * header). Rows are width<<2|type (encoding bits 14:13, 11:10), columns the index.
 * A slot the compiler knows is not attacker-controlled: it is checked at compile time and
 * loaded without the clamp, which lets a constant encoding fold to a fixed offset.
 */
KVM_VMCS12_EVMCS_ORDER_INLINE uint16_t kvm_vmcs12_evmcs_order_lookup_slot(size_t slot)
{
	static const uint16_t offsets[KVM_VMCS12_EVMCS_ORDER_LOOKUP_SIZE] = {
		632, 1120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		128, 130, 132, 134, 136, 138, 140, 142, 1122, 1124, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0,
		8, 10, 12, 14, 16, 18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		104, 112, 120, 320, 328, 336, 0, 1104, 400, 408, 1024, 1032, 1088, 624, 1040, 1048,
		1056, 1064, 1096, 1072, 1080, 0, 960, 968, 0, 984,
		680, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		416, 424, 432, 440, 904, 448, 456, 464, 472, 896, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0,
		24, 32, 976, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		92, 788, 792, 376, 380, 384, 96, 388, 392, 796, 396, 800, 804, 808, 812, 100, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0,
		688, 692, 696, 700, 704, 708, 712, 716, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0,
		144, 148, 152, 156, 160, 164, 168, 172, 176, 180, 184, 188, 192, 196, 200, 204, 208,
		212, 784, 504, 0, 508, 0, 1116, 0, 0,
		88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		512, 520, 528, 536, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0,
		720, 0, 0, 0, 0, 760, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		544, 552, 560, 216, 224, 232, 240, 248, 256, 264, 272, 280, 288, 568, 768, 816, 776,
		480, 488, 496, 0, 0, 0, 0, 0, 0,
		40, 48, 56, 576, 584, 592, 600, 608, 64, 72, 616, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0,
	};
	size_t limit = KVM_VMCS12_EVMCS_ORDER_LOOKUP_SIZE;
	size_t mask;

	if (KVM_VMCS12_EVMCS_ORDER_IS_CONSTANT(slot))
		return slot < limit ? offsets[slot] : 0;
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
KVM_VMCS12_EVMCS_ORDER_INLINE int kvm_vmcs12_evmcs_order_field_location(uint32_t encoding,
									uint16_t *offset,
									uint16_t *size)
{
	uint32_t width = (encoding >> 13) & 3u;
	uint32_t index = (encoding >> 1) & 0x1ffu;
	uint32_t high = encoding & 1u;
	size_t slot;
	uint16_t found;

	if (encoding & ~0x6fffu)
		return -ENOENT;
	if (high && width != 1u)
		return -ENOENT;
	if (index > KVM_VMCS12_EVMCS_ORDER_MAX_FIELD_INDEX)
		return -ENOENT;
	slot = (size_t)(((encoding >> 10) & 3u) | (width << 2));
	slot = slot * KVM_VMCS12_EVMCS_ORDER_LOOKUP_COLUMNS + index;
	found = kvm_vmcs12_evmcs_order_lookup_slot(slot);
	if (!found)
		return -ENOENT;
	*offset = (uint16_t)(found + (high ? 4u : 0u));
	*size = (uint16_t)(high ? 4u : (width == 0u ? 2u : width == 2u ? 4u : 8u));
	return 0;
}

/* VMREAD: 0 and the field's value in *value, or -ENOENT. */
KVM_VMCS12_EVMCS_ORDER_INLINE int kvm_vmcs12_evmcs_order_read(const void *vmcs, uint32_t encoding,
							      uint64_t *value)
{
	const uint8_t *field;
	uint16_t offset, size;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;
	int err = kvm_vmcs12_evmcs_order_field_location(encoding, &offset, &size);

	if (err)
		return err;
	field = (const uint8_t *)vmcs + offset;
	/* Fixed-size copies compile to single loads; a variable-size memcpy does not. */
	switch (size) {
	case 2:
		memcpy(&v16, field, sizeof(v16));
		*value = v16;
		break;
	case 4:
		memcpy(&v32, field, sizeof(v32));
		*value = v32;
		break;
	default:
		memcpy(&v64, field, sizeof(v64));
		*value = v64;
		break;
	}
	return 0;
}

/* VMWRITE: store the low bits of value that fit the field; 0 or -ENOENT. */
KVM_VMCS12_EVMCS_ORDER_INLINE int kvm_vmcs12_evmcs_order_write(void *vmcs, uint32_t encoding,
							       uint64_t value)
{
	uint8_t *field;
	uint16_t offset, size;
	uint16_t v16;
	uint32_t v32;
	int err = kvm_vmcs12_evmcs_order_field_location(encoding, &offset, &size);

	if (err)
		return err;
	field = (uint8_t *)vmcs + offset;
	switch (size) {
	case 2:
		v16 = (uint16_t)value;
		memcpy(field, &v16, sizeof(v16));
		break;
	case 4:
		v32 = (uint32_t)value;
		memcpy(field, &v32, sizeof(v32));
		break;
	default:
		memcpy(field, &value, sizeof(value));
		break;
	}
	return 0;
}

/*
 * kvm_vmcs12_evmcs_order_read() for callers that take a reader function, such as a container's
 * <container>_violations(). The accessors are always inlined, and a compiler that sees
 * the pointer's target refuses to call an always-inline function through it.
 */
static inline int kvm_vmcs12_evmcs_order_reader(const void *vmcs, uint32_t encoding,
						uint64_t *value)
{
	return kvm_vmcs12_evmcs_order_read(vmcs, encoding, value);
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_KVM_VMCS12_EVMCS_ORDER_H */
