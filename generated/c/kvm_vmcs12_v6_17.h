/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * KVM struct vmcs12 (Linux up to 6.17, before nested CET): the `kvm_vmcs12_v6_17` VMCS layout.
 *
 * Generated from specs/layouts/kvm_vmcs12_v6_17.yaml, specs/fields.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Linux arch/x86/kvm/vmx/vmcs12.h (torvalds/linux 407da561244b) and the field
 * table in arch/x86/kvm/vmx/vmcs12.c (cdc780f044a8), the last versions before
 * nested CET support (merged for 6.18 with "KVM: nVMX: Prepare for enabling CET
 * support for nested guest"); shadowed fields from
 * arch/x86/kvm/vmx/vmcs_shadow_fields.h of Linux 6.1 (Debian linux-source-6.1),
 * the same list and order as 2555693dd85c.
 *
 * kvm_vmcs12_v6_17_read()/_write() emulate VMREAD/VMWRITE by encoding: the encoding is
 * bounds-checked and the table index clamped without a branch before the load, so a
 * mispredicted check cannot read outside the table (Spectre v1). A constant encoding
 * needs no clamp: the compiler resolves it to a direct access at a fixed offset. Writes
 * keep the low bits of the value that fit the field, as VMWRITE does.
 */
#ifndef VMCSGEN_KVM_VMCS12_V6_17_H
#define VMCSGEN_KVM_VMCS12_V6_17_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "kvm_vmcs12_v6_17: VMCS regions are little-endian, the host is not"
#endif

#ifdef __cplusplus
#define KVM_VMCS12_V6_17_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
extern "C" {
#else
#define KVM_VMCS12_V6_17_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif
#define KVM_VMCS12_V6_17_CHECK_OFFSET(member, offset) \
	KVM_VMCS12_V6_17_STATIC_ASSERT(offsetof(struct kvm_vmcs12_v6_17, member) == (offset), \
		"kvm_vmcs12_v6_17." #member " moved")

/* A constant encoding resolves at compile time only when the accessors are inlined. */
#if defined(__GNUC__) || defined(__clang__)
#define KVM_VMCS12_V6_17_INLINE static inline __attribute__((always_inline))
#define KVM_VMCS12_V6_17_IS_CONSTANT(x) __builtin_constant_p(x)
#else
#define KVM_VMCS12_V6_17_INLINE static inline
#define KVM_VMCS12_V6_17_IS_CONSTANT(x) 0
#endif

#define KVM_VMCS12_V6_17_REVISION_ID 0x11e57ed0u
#define KVM_VMCS12_V6_17_REGION_SIZE 4096u
#define KVM_VMCS12_V6_17_STRUCT_SIZE 998u
/* Highest index (encoding bits 9:1) of any field: IA32_VMX_VMCS_ENUM bits 9:1. */
#define KVM_VMCS12_V6_17_MAX_FIELD_INDEX 0x19u
#define KVM_VMCS12_V6_17_SHADOW_VMCS_INDICATOR 0x80000000u

/* Field encodings (Intel SDM Vol. 3, Appendix B), HIGH halves of 64-bit fields included. */
#define KVM_VMCS12_V6_17_ENC_VIRTUAL_PROCESSOR_ID 0x00000000u
#define KVM_VMCS12_V6_17_ENC_POSTED_INTR_NV 0x00000002u
#define KVM_VMCS12_V6_17_ENC_GUEST_ES_SELECTOR 0x00000800u
#define KVM_VMCS12_V6_17_ENC_GUEST_CS_SELECTOR 0x00000802u
#define KVM_VMCS12_V6_17_ENC_GUEST_SS_SELECTOR 0x00000804u
#define KVM_VMCS12_V6_17_ENC_GUEST_DS_SELECTOR 0x00000806u
#define KVM_VMCS12_V6_17_ENC_GUEST_FS_SELECTOR 0x00000808u
#define KVM_VMCS12_V6_17_ENC_GUEST_GS_SELECTOR 0x0000080au
#define KVM_VMCS12_V6_17_ENC_GUEST_LDTR_SELECTOR 0x0000080cu
#define KVM_VMCS12_V6_17_ENC_GUEST_TR_SELECTOR 0x0000080eu
#define KVM_VMCS12_V6_17_ENC_GUEST_INTR_STATUS 0x00000810u
#define KVM_VMCS12_V6_17_ENC_GUEST_PML_INDEX 0x00000812u
#define KVM_VMCS12_V6_17_ENC_HOST_ES_SELECTOR 0x00000c00u
#define KVM_VMCS12_V6_17_ENC_HOST_CS_SELECTOR 0x00000c02u
#define KVM_VMCS12_V6_17_ENC_HOST_SS_SELECTOR 0x00000c04u
#define KVM_VMCS12_V6_17_ENC_HOST_DS_SELECTOR 0x00000c06u
#define KVM_VMCS12_V6_17_ENC_HOST_FS_SELECTOR 0x00000c08u
#define KVM_VMCS12_V6_17_ENC_HOST_GS_SELECTOR 0x00000c0au
#define KVM_VMCS12_V6_17_ENC_HOST_TR_SELECTOR 0x00000c0cu
#define KVM_VMCS12_V6_17_ENC_IO_BITMAP_A 0x00002000u
#define KVM_VMCS12_V6_17_ENC_IO_BITMAP_A_HIGH 0x00002001u
#define KVM_VMCS12_V6_17_ENC_IO_BITMAP_B 0x00002002u
#define KVM_VMCS12_V6_17_ENC_IO_BITMAP_B_HIGH 0x00002003u
#define KVM_VMCS12_V6_17_ENC_MSR_BITMAP 0x00002004u
#define KVM_VMCS12_V6_17_ENC_MSR_BITMAP_HIGH 0x00002005u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_STORE_ADDR 0x00002006u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_STORE_ADDR_HIGH 0x00002007u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_LOAD_ADDR 0x00002008u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_LOAD_ADDR_HIGH 0x00002009u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_MSR_LOAD_ADDR 0x0000200au
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_MSR_LOAD_ADDR_HIGH 0x0000200bu
#define KVM_VMCS12_V6_17_ENC_PML_ADDRESS 0x0000200eu
#define KVM_VMCS12_V6_17_ENC_PML_ADDRESS_HIGH 0x0000200fu
#define KVM_VMCS12_V6_17_ENC_TSC_OFFSET 0x00002010u
#define KVM_VMCS12_V6_17_ENC_TSC_OFFSET_HIGH 0x00002011u
#define KVM_VMCS12_V6_17_ENC_VIRTUAL_APIC_PAGE_ADDR 0x00002012u
#define KVM_VMCS12_V6_17_ENC_VIRTUAL_APIC_PAGE_ADDR_HIGH 0x00002013u
#define KVM_VMCS12_V6_17_ENC_APIC_ACCESS_ADDR 0x00002014u
#define KVM_VMCS12_V6_17_ENC_APIC_ACCESS_ADDR_HIGH 0x00002015u
#define KVM_VMCS12_V6_17_ENC_POSTED_INTR_DESC_ADDR 0x00002016u
#define KVM_VMCS12_V6_17_ENC_POSTED_INTR_DESC_ADDR_HIGH 0x00002017u
#define KVM_VMCS12_V6_17_ENC_VM_FUNCTION_CONTROL 0x00002018u
#define KVM_VMCS12_V6_17_ENC_VM_FUNCTION_CONTROL_HIGH 0x00002019u
#define KVM_VMCS12_V6_17_ENC_EPT_POINTER 0x0000201au
#define KVM_VMCS12_V6_17_ENC_EPT_POINTER_HIGH 0x0000201bu
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP0 0x0000201cu
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP0_HIGH 0x0000201du
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP1 0x0000201eu
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP1_HIGH 0x0000201fu
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP2 0x00002020u
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP2_HIGH 0x00002021u
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP3 0x00002022u
#define KVM_VMCS12_V6_17_ENC_EOI_EXIT_BITMAP3_HIGH 0x00002023u
#define KVM_VMCS12_V6_17_ENC_EPTP_LIST_ADDRESS 0x00002024u
#define KVM_VMCS12_V6_17_ENC_EPTP_LIST_ADDRESS_HIGH 0x00002025u
#define KVM_VMCS12_V6_17_ENC_VMREAD_BITMAP 0x00002026u
#define KVM_VMCS12_V6_17_ENC_VMREAD_BITMAP_HIGH 0x00002027u
#define KVM_VMCS12_V6_17_ENC_VMWRITE_BITMAP 0x00002028u
#define KVM_VMCS12_V6_17_ENC_VMWRITE_BITMAP_HIGH 0x00002029u
#define KVM_VMCS12_V6_17_ENC_XSS_EXIT_BITMAP 0x0000202cu
#define KVM_VMCS12_V6_17_ENC_XSS_EXIT_BITMAP_HIGH 0x0000202du
#define KVM_VMCS12_V6_17_ENC_ENCLS_EXITING_BITMAP 0x0000202eu
#define KVM_VMCS12_V6_17_ENC_ENCLS_EXITING_BITMAP_HIGH 0x0000202fu
#define KVM_VMCS12_V6_17_ENC_TSC_MULTIPLIER 0x00002032u
#define KVM_VMCS12_V6_17_ENC_TSC_MULTIPLIER_HIGH 0x00002033u
#define KVM_VMCS12_V6_17_ENC_GUEST_PHYSICAL_ADDRESS 0x00002400u
#define KVM_VMCS12_V6_17_ENC_GUEST_PHYSICAL_ADDRESS_HIGH 0x00002401u
#define KVM_VMCS12_V6_17_ENC_VMCS_LINK_POINTER 0x00002800u
#define KVM_VMCS12_V6_17_ENC_VMCS_LINK_POINTER_HIGH 0x00002801u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_DEBUGCTL 0x00002802u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_DEBUGCTL_HIGH 0x00002803u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_PAT 0x00002804u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_PAT_HIGH 0x00002805u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_EFER 0x00002806u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_EFER_HIGH 0x00002807u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_PERF_GLOBAL_CTRL 0x00002808u
#define KVM_VMCS12_V6_17_ENC_GUEST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002809u
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR0 0x0000280au
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR0_HIGH 0x0000280bu
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR1 0x0000280cu
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR1_HIGH 0x0000280du
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR2 0x0000280eu
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR2_HIGH 0x0000280fu
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR3 0x00002810u
#define KVM_VMCS12_V6_17_ENC_GUEST_PDPTR3_HIGH 0x00002811u
#define KVM_VMCS12_V6_17_ENC_GUEST_BNDCFGS 0x00002812u
#define KVM_VMCS12_V6_17_ENC_GUEST_BNDCFGS_HIGH 0x00002813u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_PAT 0x00002c00u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_PAT_HIGH 0x00002c01u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_EFER 0x00002c02u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_EFER_HIGH 0x00002c03u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_PERF_GLOBAL_CTRL 0x00002c04u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_PERF_GLOBAL_CTRL_HIGH 0x00002c05u
#define KVM_VMCS12_V6_17_ENC_PIN_BASED_VM_EXEC_CONTROL 0x00004000u
#define KVM_VMCS12_V6_17_ENC_CPU_BASED_VM_EXEC_CONTROL 0x00004002u
#define KVM_VMCS12_V6_17_ENC_EXCEPTION_BITMAP 0x00004004u
#define KVM_VMCS12_V6_17_ENC_PAGE_FAULT_ERROR_CODE_MASK 0x00004006u
#define KVM_VMCS12_V6_17_ENC_PAGE_FAULT_ERROR_CODE_MATCH 0x00004008u
#define KVM_VMCS12_V6_17_ENC_CR3_TARGET_COUNT 0x0000400au
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_CONTROLS 0x0000400cu
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_STORE_COUNT 0x0000400eu
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_MSR_LOAD_COUNT 0x00004010u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_CONTROLS 0x00004012u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_MSR_LOAD_COUNT 0x00004014u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_INTR_INFO_FIELD 0x00004016u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_EXCEPTION_ERROR_CODE 0x00004018u
#define KVM_VMCS12_V6_17_ENC_VM_ENTRY_INSTRUCTION_LEN 0x0000401au
#define KVM_VMCS12_V6_17_ENC_TPR_THRESHOLD 0x0000401cu
#define KVM_VMCS12_V6_17_ENC_SECONDARY_VM_EXEC_CONTROL 0x0000401eu
#define KVM_VMCS12_V6_17_ENC_VM_INSTRUCTION_ERROR 0x00004400u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_REASON 0x00004402u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_INTR_INFO 0x00004404u
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_INTR_ERROR_CODE 0x00004406u
#define KVM_VMCS12_V6_17_ENC_IDT_VECTORING_INFO_FIELD 0x00004408u
#define KVM_VMCS12_V6_17_ENC_IDT_VECTORING_ERROR_CODE 0x0000440au
#define KVM_VMCS12_V6_17_ENC_VM_EXIT_INSTRUCTION_LEN 0x0000440cu
#define KVM_VMCS12_V6_17_ENC_VMX_INSTRUCTION_INFO 0x0000440eu
#define KVM_VMCS12_V6_17_ENC_GUEST_ES_LIMIT 0x00004800u
#define KVM_VMCS12_V6_17_ENC_GUEST_CS_LIMIT 0x00004802u
#define KVM_VMCS12_V6_17_ENC_GUEST_SS_LIMIT 0x00004804u
#define KVM_VMCS12_V6_17_ENC_GUEST_DS_LIMIT 0x00004806u
#define KVM_VMCS12_V6_17_ENC_GUEST_FS_LIMIT 0x00004808u
#define KVM_VMCS12_V6_17_ENC_GUEST_GS_LIMIT 0x0000480au
#define KVM_VMCS12_V6_17_ENC_GUEST_LDTR_LIMIT 0x0000480cu
#define KVM_VMCS12_V6_17_ENC_GUEST_TR_LIMIT 0x0000480eu
#define KVM_VMCS12_V6_17_ENC_GUEST_GDTR_LIMIT 0x00004810u
#define KVM_VMCS12_V6_17_ENC_GUEST_IDTR_LIMIT 0x00004812u
#define KVM_VMCS12_V6_17_ENC_GUEST_ES_AR_BYTES 0x00004814u
#define KVM_VMCS12_V6_17_ENC_GUEST_CS_AR_BYTES 0x00004816u
#define KVM_VMCS12_V6_17_ENC_GUEST_SS_AR_BYTES 0x00004818u
#define KVM_VMCS12_V6_17_ENC_GUEST_DS_AR_BYTES 0x0000481au
#define KVM_VMCS12_V6_17_ENC_GUEST_FS_AR_BYTES 0x0000481cu
#define KVM_VMCS12_V6_17_ENC_GUEST_GS_AR_BYTES 0x0000481eu
#define KVM_VMCS12_V6_17_ENC_GUEST_LDTR_AR_BYTES 0x00004820u
#define KVM_VMCS12_V6_17_ENC_GUEST_TR_AR_BYTES 0x00004822u
#define KVM_VMCS12_V6_17_ENC_GUEST_INTERRUPTIBILITY_INFO 0x00004824u
#define KVM_VMCS12_V6_17_ENC_GUEST_ACTIVITY_STATE 0x00004826u
#define KVM_VMCS12_V6_17_ENC_GUEST_SYSENTER_CS 0x0000482au
#define KVM_VMCS12_V6_17_ENC_VMX_PREEMPTION_TIMER_VALUE 0x0000482eu
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_SYSENTER_CS 0x00004c00u
#define KVM_VMCS12_V6_17_ENC_CR0_GUEST_HOST_MASK 0x00006000u
#define KVM_VMCS12_V6_17_ENC_CR4_GUEST_HOST_MASK 0x00006002u
#define KVM_VMCS12_V6_17_ENC_CR0_READ_SHADOW 0x00006004u
#define KVM_VMCS12_V6_17_ENC_CR4_READ_SHADOW 0x00006006u
#define KVM_VMCS12_V6_17_ENC_EXIT_QUALIFICATION 0x00006400u
#define KVM_VMCS12_V6_17_ENC_GUEST_LINEAR_ADDRESS 0x0000640au
#define KVM_VMCS12_V6_17_ENC_GUEST_CR0 0x00006800u
#define KVM_VMCS12_V6_17_ENC_GUEST_CR3 0x00006802u
#define KVM_VMCS12_V6_17_ENC_GUEST_CR4 0x00006804u
#define KVM_VMCS12_V6_17_ENC_GUEST_ES_BASE 0x00006806u
#define KVM_VMCS12_V6_17_ENC_GUEST_CS_BASE 0x00006808u
#define KVM_VMCS12_V6_17_ENC_GUEST_SS_BASE 0x0000680au
#define KVM_VMCS12_V6_17_ENC_GUEST_DS_BASE 0x0000680cu
#define KVM_VMCS12_V6_17_ENC_GUEST_FS_BASE 0x0000680eu
#define KVM_VMCS12_V6_17_ENC_GUEST_GS_BASE 0x00006810u
#define KVM_VMCS12_V6_17_ENC_GUEST_LDTR_BASE 0x00006812u
#define KVM_VMCS12_V6_17_ENC_GUEST_TR_BASE 0x00006814u
#define KVM_VMCS12_V6_17_ENC_GUEST_GDTR_BASE 0x00006816u
#define KVM_VMCS12_V6_17_ENC_GUEST_IDTR_BASE 0x00006818u
#define KVM_VMCS12_V6_17_ENC_GUEST_DR7 0x0000681au
#define KVM_VMCS12_V6_17_ENC_GUEST_RSP 0x0000681cu
#define KVM_VMCS12_V6_17_ENC_GUEST_RIP 0x0000681eu
#define KVM_VMCS12_V6_17_ENC_GUEST_RFLAGS 0x00006820u
#define KVM_VMCS12_V6_17_ENC_GUEST_PENDING_DBG_EXCEPTIONS 0x00006822u
#define KVM_VMCS12_V6_17_ENC_GUEST_SYSENTER_ESP 0x00006824u
#define KVM_VMCS12_V6_17_ENC_GUEST_SYSENTER_EIP 0x00006826u
#define KVM_VMCS12_V6_17_ENC_HOST_CR0 0x00006c00u
#define KVM_VMCS12_V6_17_ENC_HOST_CR3 0x00006c02u
#define KVM_VMCS12_V6_17_ENC_HOST_CR4 0x00006c04u
#define KVM_VMCS12_V6_17_ENC_HOST_FS_BASE 0x00006c06u
#define KVM_VMCS12_V6_17_ENC_HOST_GS_BASE 0x00006c08u
#define KVM_VMCS12_V6_17_ENC_HOST_TR_BASE 0x00006c0au
#define KVM_VMCS12_V6_17_ENC_HOST_GDTR_BASE 0x00006c0cu
#define KVM_VMCS12_V6_17_ENC_HOST_IDTR_BASE 0x00006c0eu
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_SYSENTER_ESP 0x00006c10u
#define KVM_VMCS12_V6_17_ENC_HOST_IA32_SYSENTER_EIP 0x00006c12u
#define KVM_VMCS12_V6_17_ENC_HOST_RSP 0x00006c14u
#define KVM_VMCS12_V6_17_ENC_HOST_RIP 0x00006c16u

struct kvm_vmcs12_v6_17 {
	uint32_t hdr; /* 0: struct vmcs_hdr: revision_id:31, shadow_vmcs:1 */
	uint32_t abort; /* 4: VMX-abort indicator */
	uint32_t launch_state; /* 8: 0 after VMCLEAR, 1 after VMLAUNCH */
	uint8_t padding[28]; /* 12: u32 padding[7], room for future expansion */
	uint64_t io_bitmap_a; /* 40: IO_BITMAP_A */
	uint64_t io_bitmap_b; /* 48: IO_BITMAP_B */
	uint64_t msr_bitmap; /* 56: MSR_BITMAP */
	uint64_t vm_exit_msr_store_addr; /* 64: VM_EXIT_MSR_STORE_ADDR */
	uint64_t vm_exit_msr_load_addr; /* 72: VM_EXIT_MSR_LOAD_ADDR */
	uint64_t vm_entry_msr_load_addr; /* 80: VM_ENTRY_MSR_LOAD_ADDR */
	uint64_t tsc_offset; /* 88: TSC_OFFSET */
	uint64_t virtual_apic_page_addr; /* 96: VIRTUAL_APIC_PAGE_ADDR */
	uint64_t apic_access_addr; /* 104: APIC_ACCESS_ADDR */
	uint64_t posted_intr_desc_addr; /* 112: POSTED_INTR_DESC_ADDR */
	uint64_t ept_pointer; /* 120: EPT_POINTER */
	uint64_t eoi_exit_bitmap0; /* 128: EOI_EXIT_BITMAP0 */
	uint64_t eoi_exit_bitmap1; /* 136: EOI_EXIT_BITMAP1 */
	uint64_t eoi_exit_bitmap2; /* 144: EOI_EXIT_BITMAP2 */
	uint64_t eoi_exit_bitmap3; /* 152: EOI_EXIT_BITMAP3 */
	uint64_t xss_exit_bitmap; /* 160: XSS_EXIT_BITMAP */
	uint64_t guest_physical_address; /* 168: GUEST_PHYSICAL_ADDRESS */
	uint64_t vmcs_link_pointer; /* 176: VMCS_LINK_POINTER */
	uint64_t guest_ia32_debugctl; /* 184: GUEST_IA32_DEBUGCTL */
	uint64_t guest_ia32_pat; /* 192: GUEST_IA32_PAT */
	uint64_t guest_ia32_efer; /* 200: GUEST_IA32_EFER */
	uint64_t guest_ia32_perf_global_ctrl; /* 208: GUEST_IA32_PERF_GLOBAL_CTRL */
	uint64_t guest_pdptr0; /* 216: GUEST_PDPTR0 */
	uint64_t guest_pdptr1; /* 224: GUEST_PDPTR1 */
	uint64_t guest_pdptr2; /* 232: GUEST_PDPTR2 */
	uint64_t guest_pdptr3; /* 240: GUEST_PDPTR3 */
	uint64_t guest_bndcfgs; /* 248: GUEST_BNDCFGS */
	uint64_t host_ia32_pat; /* 256: HOST_IA32_PAT */
	uint64_t host_ia32_efer; /* 264: HOST_IA32_EFER */
	uint64_t host_ia32_perf_global_ctrl; /* 272: HOST_IA32_PERF_GLOBAL_CTRL */
	uint64_t vmread_bitmap; /* 280: VMREAD_BITMAP */
	uint64_t vmwrite_bitmap; /* 288: VMWRITE_BITMAP */
	uint64_t vm_function_control; /* 296: VM_FUNCTION_CONTROL */
	uint64_t eptp_list_address; /* 304: EPTP_LIST_ADDRESS */
	uint64_t pml_address; /* 312: PML_ADDRESS */
	uint64_t encls_exiting_bitmap; /* 320: ENCLS_EXITING_BITMAP */
	uint64_t tsc_multiplier; /* 328: TSC_MULTIPLIER */
	uint8_t padding64[8]; /* 336: u64 padding64[], room for future expansion */
	uint64_t cr0_guest_host_mask; /* 344: CR0_GUEST_HOST_MASK */
	uint64_t cr4_guest_host_mask; /* 352: CR4_GUEST_HOST_MASK */
	uint64_t cr0_read_shadow; /* 360: CR0_READ_SHADOW */
	uint64_t cr4_read_shadow; /* 368: CR4_READ_SHADOW */
	/* 376: natural_width dead_space[4]: last remnants of cr3_target_value0..3 */
	uint8_t dead_space[32];
	uint64_t exit_qualification; /* 408: EXIT_QUALIFICATION */
	uint64_t guest_linear_address; /* 416: GUEST_LINEAR_ADDRESS */
	uint64_t guest_cr0; /* 424: GUEST_CR0 */
	uint64_t guest_cr3; /* 432: GUEST_CR3 */
	uint64_t guest_cr4; /* 440: GUEST_CR4 */
	uint64_t guest_es_base; /* 448: GUEST_ES_BASE */
	uint64_t guest_cs_base; /* 456: GUEST_CS_BASE */
	uint64_t guest_ss_base; /* 464: GUEST_SS_BASE */
	uint64_t guest_ds_base; /* 472: GUEST_DS_BASE */
	uint64_t guest_fs_base; /* 480: GUEST_FS_BASE */
	uint64_t guest_gs_base; /* 488: GUEST_GS_BASE */
	uint64_t guest_ldtr_base; /* 496: GUEST_LDTR_BASE */
	uint64_t guest_tr_base; /* 504: GUEST_TR_BASE */
	uint64_t guest_gdtr_base; /* 512: GUEST_GDTR_BASE */
	uint64_t guest_idtr_base; /* 520: GUEST_IDTR_BASE */
	uint64_t guest_dr7; /* 528: GUEST_DR7 */
	uint64_t guest_rsp; /* 536: GUEST_RSP */
	uint64_t guest_rip; /* 544: GUEST_RIP */
	uint64_t guest_rflags; /* 552: GUEST_RFLAGS */
	uint64_t guest_pending_dbg_exceptions; /* 560: GUEST_PENDING_DBG_EXCEPTIONS */
	uint64_t guest_sysenter_esp; /* 568: GUEST_SYSENTER_ESP */
	uint64_t guest_sysenter_eip; /* 576: GUEST_SYSENTER_EIP */
	uint64_t host_cr0; /* 584: HOST_CR0 */
	uint64_t host_cr3; /* 592: HOST_CR3 */
	uint64_t host_cr4; /* 600: HOST_CR4 */
	uint64_t host_fs_base; /* 608: HOST_FS_BASE */
	uint64_t host_gs_base; /* 616: HOST_GS_BASE */
	uint64_t host_tr_base; /* 624: HOST_TR_BASE */
	uint64_t host_gdtr_base; /* 632: HOST_GDTR_BASE */
	uint64_t host_idtr_base; /* 640: HOST_IDTR_BASE */
	uint64_t host_ia32_sysenter_esp; /* 648: HOST_IA32_SYSENTER_ESP */
	uint64_t host_ia32_sysenter_eip; /* 656: HOST_IA32_SYSENTER_EIP */
	uint64_t host_rsp; /* 664: HOST_RSP */
	uint64_t host_rip; /* 672: HOST_RIP */
	uint8_t paddingl[64]; /* 680: natural_width paddingl[8], room for future expansion */
	uint32_t pin_based_vm_exec_control; /* 744: PIN_BASED_VM_EXEC_CONTROL */
	uint32_t cpu_based_vm_exec_control; /* 748: CPU_BASED_VM_EXEC_CONTROL */
	uint32_t exception_bitmap; /* 752: EXCEPTION_BITMAP */
	uint32_t page_fault_error_code_mask; /* 756: PAGE_FAULT_ERROR_CODE_MASK */
	uint32_t page_fault_error_code_match; /* 760: PAGE_FAULT_ERROR_CODE_MATCH */
	uint32_t cr3_target_count; /* 764: CR3_TARGET_COUNT */
	uint32_t vm_exit_controls; /* 768: VM_EXIT_CONTROLS */
	uint32_t vm_exit_msr_store_count; /* 772: VM_EXIT_MSR_STORE_COUNT */
	uint32_t vm_exit_msr_load_count; /* 776: VM_EXIT_MSR_LOAD_COUNT */
	uint32_t vm_entry_controls; /* 780: VM_ENTRY_CONTROLS */
	uint32_t vm_entry_msr_load_count; /* 784: VM_ENTRY_MSR_LOAD_COUNT */
	uint32_t vm_entry_intr_info_field; /* 788: VM_ENTRY_INTR_INFO_FIELD */
	uint32_t vm_entry_exception_error_code; /* 792: VM_ENTRY_EXCEPTION_ERROR_CODE */
	uint32_t vm_entry_instruction_len; /* 796: VM_ENTRY_INSTRUCTION_LEN */
	uint32_t tpr_threshold; /* 800: TPR_THRESHOLD */
	uint32_t secondary_vm_exec_control; /* 804: SECONDARY_VM_EXEC_CONTROL */
	uint32_t vm_instruction_error; /* 808: VM_INSTRUCTION_ERROR */
	uint32_t vm_exit_reason; /* 812: VM_EXIT_REASON */
	uint32_t vm_exit_intr_info; /* 816: VM_EXIT_INTR_INFO */
	uint32_t vm_exit_intr_error_code; /* 820: VM_EXIT_INTR_ERROR_CODE */
	uint32_t idt_vectoring_info_field; /* 824: IDT_VECTORING_INFO_FIELD */
	uint32_t idt_vectoring_error_code; /* 828: IDT_VECTORING_ERROR_CODE */
	uint32_t vm_exit_instruction_len; /* 832: VM_EXIT_INSTRUCTION_LEN */
	uint32_t vmx_instruction_info; /* 836: VMX_INSTRUCTION_INFO */
	uint32_t guest_es_limit; /* 840: GUEST_ES_LIMIT */
	uint32_t guest_cs_limit; /* 844: GUEST_CS_LIMIT */
	uint32_t guest_ss_limit; /* 848: GUEST_SS_LIMIT */
	uint32_t guest_ds_limit; /* 852: GUEST_DS_LIMIT */
	uint32_t guest_fs_limit; /* 856: GUEST_FS_LIMIT */
	uint32_t guest_gs_limit; /* 860: GUEST_GS_LIMIT */
	uint32_t guest_ldtr_limit; /* 864: GUEST_LDTR_LIMIT */
	uint32_t guest_tr_limit; /* 868: GUEST_TR_LIMIT */
	uint32_t guest_gdtr_limit; /* 872: GUEST_GDTR_LIMIT */
	uint32_t guest_idtr_limit; /* 876: GUEST_IDTR_LIMIT */
	uint32_t guest_es_ar_bytes; /* 880: GUEST_ES_AR_BYTES */
	uint32_t guest_cs_ar_bytes; /* 884: GUEST_CS_AR_BYTES */
	uint32_t guest_ss_ar_bytes; /* 888: GUEST_SS_AR_BYTES */
	uint32_t guest_ds_ar_bytes; /* 892: GUEST_DS_AR_BYTES */
	uint32_t guest_fs_ar_bytes; /* 896: GUEST_FS_AR_BYTES */
	uint32_t guest_gs_ar_bytes; /* 900: GUEST_GS_AR_BYTES */
	uint32_t guest_ldtr_ar_bytes; /* 904: GUEST_LDTR_AR_BYTES */
	uint32_t guest_tr_ar_bytes; /* 908: GUEST_TR_AR_BYTES */
	uint32_t guest_interruptibility_info; /* 912: GUEST_INTERRUPTIBILITY_INFO */
	uint32_t guest_activity_state; /* 916: GUEST_ACTIVITY_STATE */
	uint32_t guest_sysenter_cs; /* 920: GUEST_SYSENTER_CS */
	uint32_t host_ia32_sysenter_cs; /* 924: HOST_IA32_SYSENTER_CS */
	uint32_t vmx_preemption_timer_value; /* 928: VMX_PREEMPTION_TIMER_VALUE */
	uint8_t padding32[28]; /* 932: u32 padding32[7], room for future expansion */
	uint16_t virtual_processor_id; /* 960: VIRTUAL_PROCESSOR_ID */
	uint16_t posted_intr_nv; /* 962: POSTED_INTR_NV */
	uint16_t guest_es_selector; /* 964: GUEST_ES_SELECTOR */
	uint16_t guest_cs_selector; /* 966: GUEST_CS_SELECTOR */
	uint16_t guest_ss_selector; /* 968: GUEST_SS_SELECTOR */
	uint16_t guest_ds_selector; /* 970: GUEST_DS_SELECTOR */
	uint16_t guest_fs_selector; /* 972: GUEST_FS_SELECTOR */
	uint16_t guest_gs_selector; /* 974: GUEST_GS_SELECTOR */
	uint16_t guest_ldtr_selector; /* 976: GUEST_LDTR_SELECTOR */
	uint16_t guest_tr_selector; /* 978: GUEST_TR_SELECTOR */
	uint16_t guest_intr_status; /* 980: GUEST_INTR_STATUS */
	uint16_t host_es_selector; /* 982: HOST_ES_SELECTOR */
	uint16_t host_cs_selector; /* 984: HOST_CS_SELECTOR */
	uint16_t host_ss_selector; /* 986: HOST_SS_SELECTOR */
	uint16_t host_ds_selector; /* 988: HOST_DS_SELECTOR */
	uint16_t host_fs_selector; /* 990: HOST_FS_SELECTOR */
	uint16_t host_gs_selector; /* 992: HOST_GS_SELECTOR */
	uint16_t host_tr_selector; /* 994: HOST_TR_SELECTOR */
	uint16_t guest_pml_index; /* 996: GUEST_PML_INDEX */
} __attribute__((packed));

KVM_VMCS12_V6_17_CHECK_OFFSET(hdr, 0);
KVM_VMCS12_V6_17_CHECK_OFFSET(abort, 4);
KVM_VMCS12_V6_17_CHECK_OFFSET(launch_state, 8);
KVM_VMCS12_V6_17_CHECK_OFFSET(padding, 12);
KVM_VMCS12_V6_17_CHECK_OFFSET(io_bitmap_a, 40);
KVM_VMCS12_V6_17_CHECK_OFFSET(io_bitmap_b, 48);
KVM_VMCS12_V6_17_CHECK_OFFSET(msr_bitmap, 56);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_msr_store_addr, 64);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_msr_load_addr, 72);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_msr_load_addr, 80);
KVM_VMCS12_V6_17_CHECK_OFFSET(tsc_offset, 88);
KVM_VMCS12_V6_17_CHECK_OFFSET(virtual_apic_page_addr, 96);
KVM_VMCS12_V6_17_CHECK_OFFSET(apic_access_addr, 104);
KVM_VMCS12_V6_17_CHECK_OFFSET(posted_intr_desc_addr, 112);
KVM_VMCS12_V6_17_CHECK_OFFSET(ept_pointer, 120);
KVM_VMCS12_V6_17_CHECK_OFFSET(eoi_exit_bitmap0, 128);
KVM_VMCS12_V6_17_CHECK_OFFSET(eoi_exit_bitmap1, 136);
KVM_VMCS12_V6_17_CHECK_OFFSET(eoi_exit_bitmap2, 144);
KVM_VMCS12_V6_17_CHECK_OFFSET(eoi_exit_bitmap3, 152);
KVM_VMCS12_V6_17_CHECK_OFFSET(xss_exit_bitmap, 160);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_physical_address, 168);
KVM_VMCS12_V6_17_CHECK_OFFSET(vmcs_link_pointer, 176);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ia32_debugctl, 184);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ia32_pat, 192);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ia32_efer, 200);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ia32_perf_global_ctrl, 208);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pdptr0, 216);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pdptr1, 224);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pdptr2, 232);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pdptr3, 240);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_bndcfgs, 248);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_pat, 256);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_efer, 264);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_perf_global_ctrl, 272);
KVM_VMCS12_V6_17_CHECK_OFFSET(vmread_bitmap, 280);
KVM_VMCS12_V6_17_CHECK_OFFSET(vmwrite_bitmap, 288);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_function_control, 296);
KVM_VMCS12_V6_17_CHECK_OFFSET(eptp_list_address, 304);
KVM_VMCS12_V6_17_CHECK_OFFSET(pml_address, 312);
KVM_VMCS12_V6_17_CHECK_OFFSET(encls_exiting_bitmap, 320);
KVM_VMCS12_V6_17_CHECK_OFFSET(tsc_multiplier, 328);
KVM_VMCS12_V6_17_CHECK_OFFSET(padding64, 336);
KVM_VMCS12_V6_17_CHECK_OFFSET(cr0_guest_host_mask, 344);
KVM_VMCS12_V6_17_CHECK_OFFSET(cr4_guest_host_mask, 352);
KVM_VMCS12_V6_17_CHECK_OFFSET(cr0_read_shadow, 360);
KVM_VMCS12_V6_17_CHECK_OFFSET(cr4_read_shadow, 368);
KVM_VMCS12_V6_17_CHECK_OFFSET(dead_space, 376);
KVM_VMCS12_V6_17_CHECK_OFFSET(exit_qualification, 408);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_linear_address, 416);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cr0, 424);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cr3, 432);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cr4, 440);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_es_base, 448);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cs_base, 456);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ss_base, 464);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ds_base, 472);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_fs_base, 480);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gs_base, 488);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ldtr_base, 496);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_tr_base, 504);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gdtr_base, 512);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_idtr_base, 520);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_dr7, 528);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_rsp, 536);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_rip, 544);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_rflags, 552);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pending_dbg_exceptions, 560);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_sysenter_esp, 568);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_sysenter_eip, 576);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_cr0, 584);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_cr3, 592);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_cr4, 600);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_fs_base, 608);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_gs_base, 616);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_tr_base, 624);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_gdtr_base, 632);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_idtr_base, 640);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_sysenter_esp, 648);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_sysenter_eip, 656);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_rsp, 664);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_rip, 672);
KVM_VMCS12_V6_17_CHECK_OFFSET(paddingl, 680);
KVM_VMCS12_V6_17_CHECK_OFFSET(pin_based_vm_exec_control, 744);
KVM_VMCS12_V6_17_CHECK_OFFSET(cpu_based_vm_exec_control, 748);
KVM_VMCS12_V6_17_CHECK_OFFSET(exception_bitmap, 752);
KVM_VMCS12_V6_17_CHECK_OFFSET(page_fault_error_code_mask, 756);
KVM_VMCS12_V6_17_CHECK_OFFSET(page_fault_error_code_match, 760);
KVM_VMCS12_V6_17_CHECK_OFFSET(cr3_target_count, 764);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_controls, 768);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_msr_store_count, 772);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_msr_load_count, 776);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_controls, 780);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_msr_load_count, 784);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_intr_info_field, 788);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_exception_error_code, 792);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_entry_instruction_len, 796);
KVM_VMCS12_V6_17_CHECK_OFFSET(tpr_threshold, 800);
KVM_VMCS12_V6_17_CHECK_OFFSET(secondary_vm_exec_control, 804);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_instruction_error, 808);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_reason, 812);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_intr_info, 816);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_intr_error_code, 820);
KVM_VMCS12_V6_17_CHECK_OFFSET(idt_vectoring_info_field, 824);
KVM_VMCS12_V6_17_CHECK_OFFSET(idt_vectoring_error_code, 828);
KVM_VMCS12_V6_17_CHECK_OFFSET(vm_exit_instruction_len, 832);
KVM_VMCS12_V6_17_CHECK_OFFSET(vmx_instruction_info, 836);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_es_limit, 840);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cs_limit, 844);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ss_limit, 848);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ds_limit, 852);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_fs_limit, 856);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gs_limit, 860);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ldtr_limit, 864);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_tr_limit, 868);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gdtr_limit, 872);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_idtr_limit, 876);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_es_ar_bytes, 880);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cs_ar_bytes, 884);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ss_ar_bytes, 888);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ds_ar_bytes, 892);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_fs_ar_bytes, 896);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gs_ar_bytes, 900);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ldtr_ar_bytes, 904);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_tr_ar_bytes, 908);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_interruptibility_info, 912);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_activity_state, 916);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_sysenter_cs, 920);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ia32_sysenter_cs, 924);
KVM_VMCS12_V6_17_CHECK_OFFSET(vmx_preemption_timer_value, 928);
KVM_VMCS12_V6_17_CHECK_OFFSET(padding32, 932);
KVM_VMCS12_V6_17_CHECK_OFFSET(virtual_processor_id, 960);
KVM_VMCS12_V6_17_CHECK_OFFSET(posted_intr_nv, 962);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_es_selector, 964);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_cs_selector, 966);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ss_selector, 968);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ds_selector, 970);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_fs_selector, 972);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_gs_selector, 974);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_ldtr_selector, 976);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_tr_selector, 978);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_intr_status, 980);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_es_selector, 982);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_cs_selector, 984);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ss_selector, 986);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_ds_selector, 988);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_fs_selector, 990);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_gs_selector, 992);
KVM_VMCS12_V6_17_CHECK_OFFSET(host_tr_selector, 994);
KVM_VMCS12_V6_17_CHECK_OFFSET(guest_pml_index, 996);
KVM_VMCS12_V6_17_STATIC_ASSERT(sizeof(struct kvm_vmcs12_v6_17) == KVM_VMCS12_V6_17_STRUCT_SIZE,
			       "kvm_vmcs12_v6_17 changed size");
KVM_VMCS12_V6_17_STATIC_ASSERT(KVM_VMCS12_V6_17_STRUCT_SIZE <= KVM_VMCS12_V6_17_REGION_SIZE,
			       "kvm_vmcs12_v6_17 overflows its region");

#define KVM_VMCS12_V6_17_LOOKUP_COLUMNS 26u
#define KVM_VMCS12_V6_17_LOOKUP_SIZE 416u

/*
 * Offset of the field an encoding names, or 0 if the layout has none (offset 0 is the
 * header). Rows are width<<2|type (encoding bits 14:13, 11:10), columns the index.
 * A slot the compiler knows is not attacker-controlled: it is checked at compile time and
 * loaded without the clamp, which lets a constant encoding fold to a fixed offset.
 */
KVM_VMCS12_V6_17_INLINE uint16_t kvm_vmcs12_v6_17_lookup_slot(size_t slot)
{
	static const uint16_t offsets[KVM_VMCS12_V6_17_LOOKUP_SIZE] = {
		960, 962, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		964, 966, 968, 970, 972, 974, 976, 978, 980, 996, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0,
		982, 984, 986, 988, 990, 992, 994, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0,
		40, 48, 56, 64, 72, 80, 0, 312, 88, 96, 104, 112, 296, 120, 128, 136, 144, 152, 304,
		280, 288, 0, 160, 320, 0, 328,
		168, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		176, 184, 192, 200, 208, 216, 224, 232, 240, 248, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0,
		256, 264, 272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		744, 748, 752, 756, 760, 764, 768, 772, 776, 780, 784, 788, 792, 796, 800, 804, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0,
		808, 812, 816, 820, 824, 828, 832, 836, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0,
		840, 844, 848, 852, 856, 860, 864, 868, 872, 876, 880, 884, 888, 892, 896, 900, 904,
		908, 912, 916, 0, 920, 0, 928, 0, 0,
		924, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		344, 352, 360, 368, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0,
		408, 0, 0, 0, 0, 416, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		424, 432, 440, 448, 456, 464, 472, 480, 488, 496, 504, 512, 520, 528, 536, 544, 552,
		560, 568, 576, 0, 0, 0, 0, 0, 0,
		584, 592, 600, 608, 616, 624, 632, 640, 648, 656, 664, 672, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0,
	};
	size_t limit = KVM_VMCS12_V6_17_LOOKUP_SIZE;
	size_t mask;

	if (KVM_VMCS12_V6_17_IS_CONSTANT(slot))
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
KVM_VMCS12_V6_17_INLINE int kvm_vmcs12_v6_17_field_location(uint32_t encoding, uint16_t *offset,
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
	if (index > KVM_VMCS12_V6_17_MAX_FIELD_INDEX)
		return -ENOENT;
	slot = (size_t)(((encoding >> 10) & 3u) | (width << 2));
	slot = slot * KVM_VMCS12_V6_17_LOOKUP_COLUMNS + index;
	found = kvm_vmcs12_v6_17_lookup_slot(slot);
	if (!found)
		return -ENOENT;
	*offset = (uint16_t)(found + (high ? 4u : 0u));
	*size = (uint16_t)(high ? 4u : (width == 0u ? 2u : width == 2u ? 4u : 8u));
	return 0;
}

/* VMREAD: 0 and the field's value in *value, or -ENOENT. */
KVM_VMCS12_V6_17_INLINE int kvm_vmcs12_v6_17_read(const void *vmcs, uint32_t encoding,
						  uint64_t *value)
{
	const uint8_t *field;
	uint16_t offset, size;
	uint16_t v16;
	uint32_t v32;
	uint64_t v64;
	int err = kvm_vmcs12_v6_17_field_location(encoding, &offset, &size);

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
KVM_VMCS12_V6_17_INLINE int kvm_vmcs12_v6_17_write(void *vmcs, uint32_t encoding, uint64_t value)
{
	uint8_t *field;
	uint16_t offset, size;
	uint16_t v16;
	uint32_t v32;
	int err = kvm_vmcs12_v6_17_field_location(encoding, &offset, &size);

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
 * kvm_vmcs12_v6_17_read() for callers that take a reader function, such as a container's
 * <container>_violations(). The accessors are always inlined, and a compiler that sees
 * the pointer's target refuses to call an always-inline function through it.
 */
static inline int kvm_vmcs12_v6_17_reader(const void *vmcs, uint32_t encoding, uint64_t *value)
{
	return kvm_vmcs12_v6_17_read(vmcs, encoding, value);
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_KVM_VMCS12_V6_17_H */
