/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The VM-entry checks of a vmcs12 against the destination vCPU's capabilities.
 *
 * Generated from specs/checks/set_nested_state.yaml,
 * specs/checks/vm_entry_controls.yaml, specs/checks/vm_entry_host_state.yaml,
 * specs/checks/vm_entry_guest_state.yaml, specs/fields.yaml, specs/bits.yaml,
 * specs/layouts/kvm_vmcs12.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Every check KVM (or the processor after it) makes before nested VM entry, in the order
 * they are made: vmx_entry_checks() reads a `struct kvm_vmcs12` at constant offsets and
 * the capabilities in a `struct vmx_entry_caps`, and sets one bit per check in the result:
 * in `failed` for a broken check, in `undecided` for one it cannot decide (it reads the
 * shadow vmcs12 or the nested-state header and that pointer is NULL, or it needs something
 * neither the state nor the capabilities give). Check ids and bits are VMX_ENTRY_CHECK_*;
 * vmx_entry_check_id() and _message() name them. No allocation, no loops.
 */
#ifndef VMCSGEN_VMX_ENTRY_CHECKS_H
#define VMCSGEN_VMX_ENTRY_CHECKS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kvm_vmcs12.h"
#include "kvm_nested_state.h"

/* The checks are one function body: inlined, a caller's constant arguments fold. */
#if defined(__GNUC__) || defined(__clang__)
#define VMX_ENTRY_INLINE static inline __attribute__((always_inline))
#else
#define VMX_ENTRY_INLINE static inline
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define VMX_ENTRY_NR_CHECKS 241u
/* 64-bit words of a check bitmap. */
#define VMX_ENTRY_CHECK_WORDS 4u
#define VMX_ENTRY_CHECK_VMX_NOT_IN_GUEST_CPUID 0u
#define VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR 1u
#define VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR 2u
#define VMX_ENTRY_CHECK_EVMCS_NOT_ENABLED 3u
#define VMX_ENTRY_CHECK_PIN_CONTROLS_NOT_ALLOWED 4u
#define VMX_ENTRY_CHECK_PIN_CONTROLS_REQUIRED_MISSING 5u
#define VMX_ENTRY_CHECK_PROC_CONTROLS_NOT_ALLOWED 6u
#define VMX_ENTRY_CHECK_PROC_CONTROLS_REQUIRED_MISSING 7u
#define VMX_ENTRY_CHECK_PROC2_CONTROLS_NOT_ALLOWED 8u
#define VMX_ENTRY_CHECK_PROC2_CONTROLS_REQUIRED_MISSING 9u
#define VMX_ENTRY_CHECK_CR3_TARGET_COUNT_TOO_HIGH 10u
#define VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS_INVALID 11u
#define VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS_INVALID 12u
#define VMX_ENTRY_CHECK_MSR_BITMAP_ADDRESS_INVALID 13u
#define VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS_INVALID 14u
#define VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS_INVALID 15u
#define VMX_ENTRY_CHECK_X2APIC_MODE_WITH_APIC_ACCESSES 16u
#define VMX_ENTRY_CHECK_VIRTUAL_INTERRUPT_DELIVERY_WITHOUT_INTERRUPT_EXITING 17u
#define VMX_ENTRY_CHECK_POSTED_INTERRUPTS_WITHOUT_VIRTUAL_INTERRUPT_DELIVERY 18u
#define VMX_ENTRY_CHECK_POSTED_INTERRUPTS_WITHOUT_INTERRUPT_ACKNOWLEDGE 19u
#define VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR_INVALID 20u
#define VMX_ENTRY_CHECK_POSTED_INTERRUPT_DESCRIPTOR_ADDRESS_INVALID 21u
#define VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_WITHOUT_TPR_SHADOW 22u
#define VMX_ENTRY_CHECK_VIRTUAL_NMIS_WITHOUT_NMI_EXITING 23u
#define VMX_ENTRY_CHECK_NMI_WINDOW_EXITING_WITHOUT_VIRTUAL_NMIS 24u
#define VMX_ENTRY_CHECK_PML_WITHOUT_EPT 25u
#define VMX_ENTRY_CHECK_PML_ADDRESS_INVALID 26u
#define VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_WITHOUT_EPT 27u
#define VMX_ENTRY_CHECK_MODE_BASED_EPT_EXEC_WITHOUT_EPT 28u
#define VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS_INVALID 29u
#define VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS_INVALID 30u
#define VMX_ENTRY_CHECK_VPID_ZERO 31u
#define VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_WITHOUT_PREEMPTION_TIMER 32u
#define VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_INVALID 33u
#define VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_UC_UNSUPPORTED 34u
#define VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_WB_UNSUPPORTED 35u
#define VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_INVALID 36u
#define VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_4_UNSUPPORTED 37u
#define VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_5_UNSUPPORTED 38u
#define VMX_ENTRY_CHECK_EPTP_RESERVED_BITS 39u
#define VMX_ENTRY_CHECK_EPTP_BEYOND_MAXPHYADDR 40u
#define VMX_ENTRY_CHECK_EPTP_ACCESSED_DIRTY_UNSUPPORTED 41u
#define VMX_ENTRY_CHECK_VMFUNC_CONTROLS_NOT_ALLOWED 42u
#define VMX_ENTRY_CHECK_EPTP_SWITCHING_WITHOUT_EPT 43u
#define VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS_INVALID 44u
#define VMX_ENTRY_CHECK_EXIT_CONTROLS_NOT_ALLOWED 45u
#define VMX_ENTRY_CHECK_EXIT_CONTROLS_REQUIRED_MISSING 46u
#define VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS_INVALID 47u
#define VMX_ENTRY_CHECK_EXIT_MSR_LOAD_AREA_END_INVALID 48u
#define VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS_INVALID 49u
#define VMX_ENTRY_CHECK_EXIT_MSR_STORE_AREA_END_INVALID 50u
#define VMX_ENTRY_CHECK_ENTRY_CONTROLS_NOT_ALLOWED 51u
#define VMX_ENTRY_CHECK_ENTRY_CONTROLS_REQUIRED_MISSING 52u
#define VMX_ENTRY_CHECK_INJECTION_TYPE_RESERVED 53u
#define VMX_ENTRY_CHECK_INJECTION_OTHER_EVENT_WITHOUT_MTF 54u
#define VMX_ENTRY_CHECK_INJECTION_NMI_VECTOR 55u
#define VMX_ENTRY_CHECK_INJECTION_EXCEPTION_VECTOR 56u
#define VMX_ENTRY_CHECK_INJECTION_OTHER_EVENT_VECTOR 57u
#define VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_UNEXPECTED 58u
#define VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_MISSING 59u
#define VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_RESERVED_BITS 60u
#define VMX_ENTRY_CHECK_INJECTION_RESERVED_BITS 61u
#define VMX_ENTRY_CHECK_INJECTION_INSTRUCTION_LENGTH_TOO_LONG 62u
#define VMX_ENTRY_CHECK_INJECTION_INSTRUCTION_LENGTH_ZERO 63u
#define VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS_INVALID 64u
#define VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_AREA_END_INVALID 65u
#define VMX_ENTRY_CHECK_EVMCS_PIN_CONTROLS_UNSUPPORTED 66u
#define VMX_ENTRY_CHECK_EVMCS_SECONDARY_CONTROLS_UNSUPPORTED 67u
#define VMX_ENTRY_CHECK_EVMCS_EXIT_CONTROLS_UNSUPPORTED 68u
#define VMX_ENTRY_CHECK_EVMCS_VMFUNC_HIGH_BITS 69u
#define VMX_ENTRY_CHECK_EVMCS_VMFUNC_UNSUPPORTED 70u
#define VMX_ENTRY_CHECK_TPR_THRESHOLD_RESERVED_BITS 71u
#define VMX_ENTRY_CHECK_TPR_THRESHOLD_ABOVE_VTPR 72u
#define VMX_ENTRY_CHECK_HOST_CR0_FIXED_BITS 73u
#define VMX_ENTRY_CHECK_HOST_CR4_INVALID 74u
#define VMX_ENTRY_CHECK_HOST_CR4_CET_RESERVED 75u
#define VMX_ENTRY_CHECK_HOST_CR3_BEYOND_MAXPHYADDR 76u
#define VMX_ENTRY_CHECK_HOST_CR4_CET_WITHOUT_WP 77u
#define VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_NOT_CANONICAL 78u
#define VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_NOT_CANONICAL 79u
#define VMX_ENTRY_CHECK_HOST_PAT_INVALID 80u
#define VMX_ENTRY_CHECK_HOST_PERF_GLOBAL_CTRL_RESERVED 81u
#define VMX_ENTRY_CHECK_HOST_64BIT_WITHOUT_PAE 82u
#define VMX_ENTRY_CHECK_HOST_32BIT_WITH_IA32E_GUEST 83u
#define VMX_ENTRY_CHECK_HOST_32BIT_WITH_PCIDE 84u
#define VMX_ENTRY_CHECK_HOST_32BIT_RIP_ABOVE_4G 85u
#define VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI 86u
#define VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI 87u
#define VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI 88u
#define VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI 89u
#define VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI 90u
#define VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI 91u
#define VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI 92u
#define VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NULL 93u
#define VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NULL 94u
#define VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NULL_32BIT 95u
#define VMX_ENTRY_CHECK_HOST_FS_BASE_NOT_CANONICAL 96u
#define VMX_ENTRY_CHECK_HOST_GS_BASE_NOT_CANONICAL 97u
#define VMX_ENTRY_CHECK_HOST_GDTR_BASE_NOT_CANONICAL 98u
#define VMX_ENTRY_CHECK_HOST_IDTR_BASE_NOT_CANONICAL 99u
#define VMX_ENTRY_CHECK_HOST_TR_BASE_NOT_CANONICAL 100u
#define VMX_ENTRY_CHECK_HOST_RIP_NOT_CANONICAL 101u
#define VMX_ENTRY_CHECK_HOST_EFER_INVALID 102u
#define VMX_ENTRY_CHECK_HOST_EFER_LMA_MISMATCH 103u
#define VMX_ENTRY_CHECK_HOST_EFER_LME_MISMATCH 104u
#define VMX_ENTRY_CHECK_HOST_CET_STATE_INVALID 105u
#define VMX_ENTRY_CHECK_HOST_CET_64BIT_NOT_CANONICAL 106u
#define VMX_ENTRY_CHECK_HOST_CET_32BIT_ABOVE_4G 107u
#define VMX_ENTRY_CHECK_GUEST_CR0_FIXED_BITS 108u
#define VMX_ENTRY_CHECK_GUEST_CR4_INVALID 109u
#define VMX_ENTRY_CHECK_GUEST_CR4_CET_RESERVED 110u
#define VMX_ENTRY_CHECK_GUEST_CR4_CET_WITHOUT_WP 111u
#define VMX_ENTRY_CHECK_GUEST_DR7_RESERVED 112u
#define VMX_ENTRY_CHECK_GUEST_DEBUGCTL_INVALID 113u
#define VMX_ENTRY_CHECK_GUEST_DEBUGCTL_FREEZE_LBRS 114u
#define VMX_ENTRY_CHECK_GUEST_PAT_INVALID 115u
#define VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_INVALID 116u
#define VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_HEADER 117u
#define VMX_ENTRY_CHECK_GUEST_PERF_GLOBAL_CTRL_RESERVED 118u
#define VMX_ENTRY_CHECK_GUEST_CR0_PG_WITHOUT_PE 119u
#define VMX_ENTRY_CHECK_GUEST_IA32E_WITHOUT_PAE 120u
#define VMX_ENTRY_CHECK_GUEST_IA32E_WITHOUT_PG 121u
#define VMX_ENTRY_CHECK_GUEST_EFER_INVALID 122u
#define VMX_ENTRY_CHECK_GUEST_EFER_LMA_MISMATCH 123u
#define VMX_ENTRY_CHECK_GUEST_EFER_LME_MISMATCH 124u
#define VMX_ENTRY_CHECK_GUEST_BNDCFGS_INVALID 125u
#define VMX_ENTRY_CHECK_GUEST_CET_STATE_INVALID 126u
#define VMX_ENTRY_CHECK_GUEST_SSP_UPPER_BITS_57 127u
#define VMX_ENTRY_CHECK_GUEST_SSP_UPPER_BITS_48 128u
#define VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_UNSUPPORTED 129u
#define VMX_ENTRY_CHECK_GUEST_CR3_BEYOND_MAXPHYADDR 130u
#define VMX_ENTRY_CHECK_GUEST_PDPTES_IN_MEMORY 131u
#define VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_NOT_CANONICAL 132u
#define VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_NOT_CANONICAL 133u
#define VMX_ENTRY_CHECK_GUEST_PCIDE_WITHOUT_IA32E 134u
#define VMX_ENTRY_CHECK_GUEST_RTIT_CTL_RESERVED 135u
#define VMX_ENTRY_CHECK_GUEST_TR_SELECTOR_TI 136u
#define VMX_ENTRY_CHECK_GUEST_LDTR_SELECTOR_TI 137u
#define VMX_ENTRY_CHECK_GUEST_SS_RPL_DIFFERS_FROM_CS 138u
#define VMX_ENTRY_CHECK_GUEST_CS_BASE_V8086 139u
#define VMX_ENTRY_CHECK_GUEST_SS_BASE_V8086 140u
#define VMX_ENTRY_CHECK_GUEST_DS_BASE_V8086 141u
#define VMX_ENTRY_CHECK_GUEST_ES_BASE_V8086 142u
#define VMX_ENTRY_CHECK_GUEST_FS_BASE_V8086 143u
#define VMX_ENTRY_CHECK_GUEST_GS_BASE_V8086 144u
#define VMX_ENTRY_CHECK_GUEST_TR_BASE_NOT_CANONICAL 145u
#define VMX_ENTRY_CHECK_GUEST_FS_BASE_NOT_CANONICAL 146u
#define VMX_ENTRY_CHECK_GUEST_GS_BASE_NOT_CANONICAL 147u
#define VMX_ENTRY_CHECK_GUEST_LDTR_BASE_NOT_CANONICAL 148u
#define VMX_ENTRY_CHECK_GUEST_CS_BASE_ABOVE_4G 149u
#define VMX_ENTRY_CHECK_GUEST_SS_BASE_ABOVE_4G 150u
#define VMX_ENTRY_CHECK_GUEST_DS_BASE_ABOVE_4G 151u
#define VMX_ENTRY_CHECK_GUEST_ES_BASE_ABOVE_4G 152u
#define VMX_ENTRY_CHECK_GUEST_CS_LIMIT_V8086 153u
#define VMX_ENTRY_CHECK_GUEST_SS_LIMIT_V8086 154u
#define VMX_ENTRY_CHECK_GUEST_DS_LIMIT_V8086 155u
#define VMX_ENTRY_CHECK_GUEST_ES_LIMIT_V8086 156u
#define VMX_ENTRY_CHECK_GUEST_FS_LIMIT_V8086 157u
#define VMX_ENTRY_CHECK_GUEST_GS_LIMIT_V8086 158u
#define VMX_ENTRY_CHECK_GUEST_CS_AR_V8086 159u
#define VMX_ENTRY_CHECK_GUEST_SS_AR_V8086 160u
#define VMX_ENTRY_CHECK_GUEST_DS_AR_V8086 161u
#define VMX_ENTRY_CHECK_GUEST_ES_AR_V8086 162u
#define VMX_ENTRY_CHECK_GUEST_FS_AR_V8086 163u
#define VMX_ENTRY_CHECK_GUEST_GS_AR_V8086 164u
#define VMX_ENTRY_CHECK_GUEST_CS_TYPE 165u
#define VMX_ENTRY_CHECK_GUEST_SS_TYPE 166u
#define VMX_ENTRY_CHECK_GUEST_DS_TYPE 167u
#define VMX_ENTRY_CHECK_GUEST_ES_TYPE 168u
#define VMX_ENTRY_CHECK_GUEST_FS_TYPE 169u
#define VMX_ENTRY_CHECK_GUEST_GS_TYPE 170u
#define VMX_ENTRY_CHECK_GUEST_CS_NOT_CODE_OR_DATA 171u
#define VMX_ENTRY_CHECK_GUEST_SS_NOT_CODE_OR_DATA 172u
#define VMX_ENTRY_CHECK_GUEST_DS_NOT_CODE_OR_DATA 173u
#define VMX_ENTRY_CHECK_GUEST_ES_NOT_CODE_OR_DATA 174u
#define VMX_ENTRY_CHECK_GUEST_FS_NOT_CODE_OR_DATA 175u
#define VMX_ENTRY_CHECK_GUEST_GS_NOT_CODE_OR_DATA 176u
#define VMX_ENTRY_CHECK_GUEST_CS_DPL_DATA 177u
#define VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING 178u
#define VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING 179u
#define VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL 180u
#define VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL_MODE 181u
#define VMX_ENTRY_CHECK_GUEST_DS_DPL_BELOW_RPL 182u
#define VMX_ENTRY_CHECK_GUEST_ES_DPL_BELOW_RPL 183u
#define VMX_ENTRY_CHECK_GUEST_FS_DPL_BELOW_RPL 184u
#define VMX_ENTRY_CHECK_GUEST_GS_DPL_BELOW_RPL 185u
#define VMX_ENTRY_CHECK_GUEST_CS_NOT_PRESENT 186u
#define VMX_ENTRY_CHECK_GUEST_SS_NOT_PRESENT 187u
#define VMX_ENTRY_CHECK_GUEST_DS_NOT_PRESENT 188u
#define VMX_ENTRY_CHECK_GUEST_ES_NOT_PRESENT 189u
#define VMX_ENTRY_CHECK_GUEST_FS_NOT_PRESENT 190u
#define VMX_ENTRY_CHECK_GUEST_GS_NOT_PRESENT 191u
#define VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED 192u
#define VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED 193u
#define VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED 194u
#define VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED 195u
#define VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED 196u
#define VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED 197u
#define VMX_ENTRY_CHECK_GUEST_CS_LONG_WITH_DB 198u
#define VMX_ENTRY_CHECK_GUEST_CS_GRANULARITY 199u
#define VMX_ENTRY_CHECK_GUEST_SS_GRANULARITY 200u
#define VMX_ENTRY_CHECK_GUEST_DS_GRANULARITY 201u
#define VMX_ENTRY_CHECK_GUEST_ES_GRANULARITY 202u
#define VMX_ENTRY_CHECK_GUEST_FS_GRANULARITY 203u
#define VMX_ENTRY_CHECK_GUEST_GS_GRANULARITY 204u
#define VMX_ENTRY_CHECK_GUEST_TR_TYPE 205u
#define VMX_ENTRY_CHECK_GUEST_TR_S_SET 206u
#define VMX_ENTRY_CHECK_GUEST_TR_NOT_PRESENT 207u
#define VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED 208u
#define VMX_ENTRY_CHECK_GUEST_TR_GRANULARITY 209u
#define VMX_ENTRY_CHECK_GUEST_TR_UNUSABLE 210u
#define VMX_ENTRY_CHECK_GUEST_LDTR_TYPE 211u
#define VMX_ENTRY_CHECK_GUEST_LDTR_S_SET 212u
#define VMX_ENTRY_CHECK_GUEST_LDTR_NOT_PRESENT 213u
#define VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED 214u
#define VMX_ENTRY_CHECK_GUEST_LDTR_GRANULARITY 215u
#define VMX_ENTRY_CHECK_GUEST_GDTR_BASE_NOT_CANONICAL 216u
#define VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT_ABOVE_64K 217u
#define VMX_ENTRY_CHECK_GUEST_IDTR_BASE_NOT_CANONICAL 218u
#define VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT_ABOVE_64K 219u
#define VMX_ENTRY_CHECK_GUEST_RIP_ABOVE_4G 220u
#define VMX_ENTRY_CHECK_GUEST_RIP_NOT_CANONICAL 221u
#define VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED 222u
#define VMX_ENTRY_CHECK_GUEST_RFLAGS_VM_NOT_ALLOWED 223u
#define VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_FOR_INTERRUPT 224u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED 225u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_STI_AND_MOV_SS 226u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_STI_WITHOUT_IF 227u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_BLOCKS_INTERRUPT 228u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_MOV_SS_BLOCKS_NMI 229u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_SMI_WITHOUT_SMM_ENTRY 230u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_SMM_ENTRY_WITHOUT_SMI 231u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_VIRTUAL_NMI_BLOCKING 232u
#define VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_ENCLAVE_MOV_SS 233u
#define VMX_ENTRY_CHECK_GUEST_PENDING_DBG_RESERVED 234u
#define VMX_ENTRY_CHECK_GUEST_PENDING_DBG_BS_MISSING 235u
#define VMX_ENTRY_CHECK_GUEST_PENDING_DBG_BS_SPURIOUS 236u
#define VMX_ENTRY_CHECK_GUEST_PDPTE0_RESERVED 237u
#define VMX_ENTRY_CHECK_GUEST_PDPTE1_RESERVED 238u
#define VMX_ENTRY_CHECK_GUEST_PDPTE2_RESERVED 239u
#define VMX_ENTRY_CHECK_GUEST_PDPTE3_RESERVED 240u

/* IA32_VMX_BASIC[55]: the TRUE_ control MSRs give the allowed-0 settings. */
#define VMX_ENTRY_BASIC_TRUE_CTLS (1ULL << 55)
#define VMX_ENTRY_CTLS_PIN 0u
#define VMX_ENTRY_CTLS_PROC 1u
#define VMX_ENTRY_CTLS_PROC2 2u
#define VMX_ENTRY_CTLS_EXIT 3u
#define VMX_ENTRY_CTLS_ENTRY 4u
/* CPUID feature "bus_lock_detect" (Linux X86_FEATURE_BUS_LOCK_DETECT) in caps->cpuid. */
#define VMX_ENTRY_CPUID_BUS_LOCK_DETECT (1ULL << 0)
/* CPUID feature "fsgsbase" (Linux X86_FEATURE_FSGSBASE) in caps->cpuid. */
#define VMX_ENTRY_CPUID_FSGSBASE (1ULL << 1)
/* CPUID feature "ibt" (Linux X86_FEATURE_IBT) in caps->cpuid. */
#define VMX_ENTRY_CPUID_IBT (1ULL << 2)
/* CPUID feature "la57" (Linux X86_FEATURE_LA57) in caps->cpuid. */
#define VMX_ENTRY_CPUID_LA57 (1ULL << 3)
/* CPUID feature "lm" (Linux X86_FEATURE_LM) in caps->cpuid. */
#define VMX_ENTRY_CPUID_LM (1ULL << 4)
/* CPUID feature "nx" (Linux X86_FEATURE_NX) in caps->cpuid. */
#define VMX_ENTRY_CPUID_NX (1ULL << 5)
/* CPUID feature "pcid" (Linux X86_FEATURE_PCID) in caps->cpuid. */
#define VMX_ENTRY_CPUID_PCID (1ULL << 6)
/* CPUID feature "pku" (Linux X86_FEATURE_PKU) in caps->cpuid. */
#define VMX_ENTRY_CPUID_PKU (1ULL << 7)
/* CPUID feature "rtm" (Linux X86_FEATURE_RTM) in caps->cpuid. */
#define VMX_ENTRY_CPUID_RTM (1ULL << 8)
/* CPUID feature "sgx" (Linux X86_FEATURE_SGX) in caps->cpuid. */
#define VMX_ENTRY_CPUID_SGX (1ULL << 9)
/* CPUID feature "shstk" (Linux X86_FEATURE_SHSTK) in caps->cpuid. */
#define VMX_ENTRY_CPUID_SHSTK (1ULL << 10)
/* CPUID feature "smap" (Linux X86_FEATURE_SMAP) in caps->cpuid. */
#define VMX_ENTRY_CPUID_SMAP (1ULL << 11)
/* CPUID feature "smep" (Linux X86_FEATURE_SMEP) in caps->cpuid. */
#define VMX_ENTRY_CPUID_SMEP (1ULL << 12)
/* CPUID feature "umip" (Linux X86_FEATURE_UMIP) in caps->cpuid. */
#define VMX_ENTRY_CPUID_UMIP (1ULL << 13)
/* CPUID feature "vmx" (Linux X86_FEATURE_VMX) in caps->cpuid. */
#define VMX_ENTRY_CPUID_VMX (1ULL << 14)
/* CPUID feature "xsave" (Linux X86_FEATURE_XSAVE) in caps->cpuid. */
#define VMX_ENTRY_CPUID_XSAVE (1ULL << 15)

/*
 * What the destination vCPU offers its guest hypervisor: the IA32_VMX_* capability MSRs as
 * L1 reads them (0 for one it cannot read, which allows nothing), L1's MAXPHYADDR, and the
 * CPUID features the checks consult as VMX_ENTRY_CPUID_* bits.
 */
struct vmx_entry_caps {
	uint64_t basic; /* IA32_VMX_BASIC */
	uint64_t pinbased_ctls; /* IA32_VMX_PINBASED_CTLS */
	uint64_t procbased_ctls; /* IA32_VMX_PROCBASED_CTLS */
	uint64_t exit_ctls; /* IA32_VMX_EXIT_CTLS */
	uint64_t entry_ctls; /* IA32_VMX_ENTRY_CTLS */
	uint64_t misc; /* IA32_VMX_MISC */
	uint64_t cr0_fixed0; /* IA32_VMX_CR0_FIXED0 */
	uint64_t cr0_fixed1; /* IA32_VMX_CR0_FIXED1 */
	uint64_t cr4_fixed0; /* IA32_VMX_CR4_FIXED0 */
	uint64_t cr4_fixed1; /* IA32_VMX_CR4_FIXED1 */
	uint64_t vmcs_enum; /* IA32_VMX_VMCS_ENUM */
	uint64_t procbased_ctls2; /* IA32_VMX_PROCBASED_CTLS2 */
	uint64_t ept_vpid_cap; /* IA32_VMX_EPT_VPID_CAP */
	uint64_t true_pinbased_ctls; /* IA32_VMX_TRUE_PINBASED_CTLS */
	uint64_t true_procbased_ctls; /* IA32_VMX_TRUE_PROCBASED_CTLS */
	uint64_t true_exit_ctls; /* IA32_VMX_TRUE_EXIT_CTLS */
	uint64_t true_entry_ctls; /* IA32_VMX_TRUE_ENTRY_CTLS */
	uint64_t vmfunc; /* IA32_VMX_VMFUNC */
	uint64_t procbased_ctls3; /* IA32_VMX_PROCBASED_CTLS3 */
	uint64_t cpuid;
	uint32_t maxphyaddr;
};

struct vmx_entry_check_result {
	uint64_t failed[VMX_ENTRY_CHECK_WORDS];
	uint64_t undecided[VMX_ENTRY_CHECK_WORDS];
};

/* The check's id (as in the spec) and its message, or NULL past the last check. */
static inline const char *vmx_entry_check_id(unsigned int check)
{
	static const char *const ids[] = {
		"vmx-not-in-guest-cpuid",
		"vmxon-pa-beyond-maxphyaddr",
		"vmcs12-pa-beyond-maxphyaddr",
		"evmcs-not-enabled",
		"pin-controls-not-allowed",
		"pin-controls-required-missing",
		"proc-controls-not-allowed",
		"proc-controls-required-missing",
		"proc2-controls-not-allowed",
		"proc2-controls-required-missing",
		"cr3-target-count-too-high",
		"io-bitmap-a-address-invalid",
		"io-bitmap-b-address-invalid",
		"msr-bitmap-address-invalid",
		"virtual-apic-address-invalid",
		"apic-access-address-invalid",
		"x2apic-mode-with-apic-accesses",
		"virtual-interrupt-delivery-without-interrupt-exiting",
		"posted-interrupts-without-virtual-interrupt-delivery",
		"posted-interrupts-without-interrupt-acknowledge",
		"posted-interrupt-vector-invalid",
		"posted-interrupt-descriptor-address-invalid",
		"apic-virtualization-without-tpr-shadow",
		"virtual-nmis-without-nmi-exiting",
		"nmi-window-exiting-without-virtual-nmis",
		"pml-without-ept",
		"pml-address-invalid",
		"unrestricted-guest-without-ept",
		"mode-based-ept-exec-without-ept",
		"vmread-bitmap-address-invalid",
		"vmwrite-bitmap-address-invalid",
		"vpid-zero",
		"save-preemption-timer-without-preemption-timer",
		"eptp-memory-type-invalid",
		"eptp-memory-type-uc-unsupported",
		"eptp-memory-type-wb-unsupported",
		"eptp-walk-length-invalid",
		"eptp-walk-length-4-unsupported",
		"eptp-walk-length-5-unsupported",
		"eptp-reserved-bits",
		"eptp-beyond-maxphyaddr",
		"eptp-accessed-dirty-unsupported",
		"vmfunc-controls-not-allowed",
		"eptp-switching-without-ept",
		"eptp-list-address-invalid",
		"exit-controls-not-allowed",
		"exit-controls-required-missing",
		"exit-msr-load-address-invalid",
		"exit-msr-load-area-end-invalid",
		"exit-msr-store-address-invalid",
		"exit-msr-store-area-end-invalid",
		"entry-controls-not-allowed",
		"entry-controls-required-missing",
		"injection-type-reserved",
		"injection-other-event-without-mtf",
		"injection-nmi-vector",
		"injection-exception-vector",
		"injection-other-event-vector",
		"injection-error-code-unexpected",
		"injection-error-code-missing",
		"injection-error-code-reserved-bits",
		"injection-reserved-bits",
		"injection-instruction-length-too-long",
		"injection-instruction-length-zero",
		"entry-msr-load-address-invalid",
		"entry-msr-load-area-end-invalid",
		"evmcs-pin-controls-unsupported",
		"evmcs-secondary-controls-unsupported",
		"evmcs-exit-controls-unsupported",
		"evmcs-vmfunc-high-bits",
		"evmcs-vmfunc-unsupported",
		"tpr-threshold-reserved-bits",
		"tpr-threshold-above-vtpr",
		"host-cr0-fixed-bits",
		"host-cr4-invalid",
		"host-cr4-cet-reserved",
		"host-cr3-beyond-maxphyaddr",
		"host-cr4-cet-without-wp",
		"host-sysenter-esp-not-canonical",
		"host-sysenter-eip-not-canonical",
		"host-pat-invalid",
		"host-perf-global-ctrl-reserved",
		"host-64bit-without-pae",
		"host-32bit-with-ia32e-guest",
		"host-32bit-with-pcide",
		"host-32bit-rip-above-4g",
		"host-cs-selector-rpl-ti",
		"host-ss-selector-rpl-ti",
		"host-ds-selector-rpl-ti",
		"host-es-selector-rpl-ti",
		"host-fs-selector-rpl-ti",
		"host-gs-selector-rpl-ti",
		"host-tr-selector-rpl-ti",
		"host-cs-selector-null",
		"host-tr-selector-null",
		"host-ss-selector-null-32bit",
		"host-fs-base-not-canonical",
		"host-gs-base-not-canonical",
		"host-gdtr-base-not-canonical",
		"host-idtr-base-not-canonical",
		"host-tr-base-not-canonical",
		"host-rip-not-canonical",
		"host-efer-invalid",
		"host-efer-lma-mismatch",
		"host-efer-lme-mismatch",
		"host-cet-state-invalid",
		"host-cet-64bit-not-canonical",
		"host-cet-32bit-above-4g",
		"guest-cr0-fixed-bits",
		"guest-cr4-invalid",
		"guest-cr4-cet-reserved",
		"guest-cr4-cet-without-wp",
		"guest-dr7-reserved",
		"guest-debugctl-invalid",
		"guest-debugctl-freeze-lbrs",
		"guest-pat-invalid",
		"guest-vmcs-link-pointer-invalid",
		"guest-vmcs-link-pointer-header",
		"guest-perf-global-ctrl-reserved",
		"guest-cr0-pg-without-pe",
		"guest-ia32e-without-pae",
		"guest-ia32e-without-pg",
		"guest-efer-invalid",
		"guest-efer-lma-mismatch",
		"guest-efer-lme-mismatch",
		"guest-bndcfgs-invalid",
		"guest-cet-state-invalid",
		"guest-ssp-upper-bits-57",
		"guest-ssp-upper-bits-48",
		"guest-activity-state-unsupported",
		"guest-cr3-beyond-maxphyaddr",
		"guest-pdptes-in-memory",
		"guest-sysenter-esp-not-canonical",
		"guest-sysenter-eip-not-canonical",
		"guest-pcide-without-ia32e",
		"guest-rtit-ctl-reserved",
		"guest-tr-selector-ti",
		"guest-ldtr-selector-ti",
		"guest-ss-rpl-differs-from-cs",
		"guest-cs-base-v8086",
		"guest-ss-base-v8086",
		"guest-ds-base-v8086",
		"guest-es-base-v8086",
		"guest-fs-base-v8086",
		"guest-gs-base-v8086",
		"guest-tr-base-not-canonical",
		"guest-fs-base-not-canonical",
		"guest-gs-base-not-canonical",
		"guest-ldtr-base-not-canonical",
		"guest-cs-base-above-4g",
		"guest-ss-base-above-4g",
		"guest-ds-base-above-4g",
		"guest-es-base-above-4g",
		"guest-cs-limit-v8086",
		"guest-ss-limit-v8086",
		"guest-ds-limit-v8086",
		"guest-es-limit-v8086",
		"guest-fs-limit-v8086",
		"guest-gs-limit-v8086",
		"guest-cs-ar-v8086",
		"guest-ss-ar-v8086",
		"guest-ds-ar-v8086",
		"guest-es-ar-v8086",
		"guest-fs-ar-v8086",
		"guest-gs-ar-v8086",
		"guest-cs-type",
		"guest-ss-type",
		"guest-ds-type",
		"guest-es-type",
		"guest-fs-type",
		"guest-gs-type",
		"guest-cs-not-code-or-data",
		"guest-ss-not-code-or-data",
		"guest-ds-not-code-or-data",
		"guest-es-not-code-or-data",
		"guest-fs-not-code-or-data",
		"guest-gs-not-code-or-data",
		"guest-cs-dpl-data",
		"guest-cs-dpl-nonconforming",
		"guest-cs-dpl-conforming",
		"guest-ss-dpl-rpl",
		"guest-ss-dpl-real-mode",
		"guest-ds-dpl-below-rpl",
		"guest-es-dpl-below-rpl",
		"guest-fs-dpl-below-rpl",
		"guest-gs-dpl-below-rpl",
		"guest-cs-not-present",
		"guest-ss-not-present",
		"guest-ds-not-present",
		"guest-es-not-present",
		"guest-fs-not-present",
		"guest-gs-not-present",
		"guest-cs-ar-reserved",
		"guest-ss-ar-reserved",
		"guest-ds-ar-reserved",
		"guest-es-ar-reserved",
		"guest-fs-ar-reserved",
		"guest-gs-ar-reserved",
		"guest-cs-long-with-db",
		"guest-cs-granularity",
		"guest-ss-granularity",
		"guest-ds-granularity",
		"guest-es-granularity",
		"guest-fs-granularity",
		"guest-gs-granularity",
		"guest-tr-type",
		"guest-tr-s-set",
		"guest-tr-not-present",
		"guest-tr-ar-reserved",
		"guest-tr-granularity",
		"guest-tr-unusable",
		"guest-ldtr-type",
		"guest-ldtr-s-set",
		"guest-ldtr-not-present",
		"guest-ldtr-ar-reserved",
		"guest-ldtr-granularity",
		"guest-gdtr-base-not-canonical",
		"guest-gdtr-limit-above-64k",
		"guest-idtr-base-not-canonical",
		"guest-idtr-limit-above-64k",
		"guest-rip-above-4g",
		"guest-rip-not-canonical",
		"guest-rflags-reserved",
		"guest-rflags-vm-not-allowed",
		"guest-rflags-if-for-interrupt",
		"guest-interruptibility-reserved",
		"guest-interruptibility-sti-and-mov-ss",
		"guest-interruptibility-sti-without-if",
		"guest-interruptibility-blocks-interrupt",
		"guest-interruptibility-mov-ss-blocks-nmi",
		"guest-interruptibility-smi-without-smm-entry",
		"guest-interruptibility-smm-entry-without-smi",
		"guest-interruptibility-virtual-nmi-blocking",
		"guest-interruptibility-enclave-mov-ss",
		"guest-pending-dbg-reserved",
		"guest-pending-dbg-bs-missing",
		"guest-pending-dbg-bs-spurious",
		"guest-pdpte0-reserved",
		"guest-pdpte1-reserved",
		"guest-pdpte2-reserved",
		"guest-pdpte3-reserved",
	};

	return check < VMX_ENTRY_NR_CHECKS ? ids[check] : NULL;
}

static inline const char *vmx_entry_check_message(unsigned int check)
{
	static const char *const messages[] = {
		"the state is in VMX operation but the destination's guest CPUID has no VMX",
		"vmxon_pa has bits at or above the destination's MAXPHYADDR",
		"vmcs12_pa has bits at or above the destination's MAXPHYADDR",
		"the state uses an enlightened VMCS, which the destination vCPU must have enabled",
		"PIN_BASED_VM_EXEC_CONTROL sets a control the destination does not allow",
		"PIN_BASED_VM_EXEC_CONTROL clears a control the destination requires",
		"CPU_BASED_VM_EXEC_CONTROL sets a control the destination does not allow",
		"CPU_BASED_VM_EXEC_CONTROL clears a control the destination requires",
		"SECONDARY_VM_EXEC_CONTROL sets a control the destination does not allow",
		"SECONDARY_VM_EXEC_CONTROL clears a control the destination requires",
		"CR3_TARGET_COUNT is above the number of CR3-target values the destination supports (IA32_VMX_MISC bits 24:16)",
		"with I/O bitmaps, IO_BITMAP_A is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"with I/O bitmaps, IO_BITMAP_B is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"with MSR bitmaps, MSR_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"with the TPR shadow, VIRTUAL_APIC_PAGE_ADDR is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"with virtualized APIC accesses, APIC_ACCESS_ADDR is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"virtualize x2APIC mode and virtualize APIC accesses are both set",
		"virtual-interrupt delivery is set but external-interrupt exiting is clear",
		"process posted interrupts is set but virtual-interrupt delivery is not in use",
		"process posted interrupts is set but the acknowledge interrupt on exit VM-exit control is clear",
		"with posted interrupts, POSTED_INTR_NV has a bit set in 15:8 (the vector is 0-255)",
		"with posted interrupts, POSTED_INTR_DESC_ADDR is not 64-byte aligned or lies beyond MAXPHYADDR",
		"virtualize x2APIC mode, APIC-register virtualization, virtual-interrupt delivery or posted interrupts is set but use TPR shadow is clear",
		"virtual NMIs is set but NMI exiting is clear",
		"NMI-window exiting is set but virtual NMIs is clear",
		"enable PML is set but enable EPT is clear",
		"with PML, PML_ADDRESS is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"unrestricted guest is set but enable EPT is clear",
		"mode-based execute control for EPT is set but enable EPT is clear",
		"with VMCS shadowing, VMREAD_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"with VMCS shadowing, VMWRITE_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"enable VPID is set but VIRTUAL_PROCESSOR_ID is 0 (the VPID of VMX root operation)",
		"the save VMX-preemption timer value VM-exit control is set but activate VMX-preemption timer is clear",
		"EPT_POINTER bits 2:0 (EPT paging-structure memory type) are neither 0 (UC) nor 6 (WB)",
		"EPT_POINTER selects the uncacheable memory type, which IA32_VMX_EPT_VPID_CAP does not offer (bit 8)",
		"EPT_POINTER selects the write-back memory type, which IA32_VMX_EPT_VPID_CAP does not offer (bit 14)",
		"EPT_POINTER bits 5:3 (page-walk length minus 1) are neither 3 (4 levels) nor 4 (5 levels)",
		"EPT_POINTER selects a 4-level EPT walk, which IA32_VMX_EPT_VPID_CAP does not offer (bit 6)",
		"EPT_POINTER selects a 5-level EPT walk, which IA32_VMX_EPT_VPID_CAP does not offer (bit 7)",
		"EPT_POINTER has a reserved bit set in 11:7",
		"EPT_POINTER has a bit set at or above MAXPHYADDR",
		"EPT_POINTER enables EPT accessed and dirty flags (bit 6), which IA32_VMX_EPT_VPID_CAP does not offer (bit 21)",
		"VM_FUNCTION_CONTROL enables a VM function IA32_VMX_VMFUNC does not offer",
		"the EPTP-switching VM function is enabled but enable EPT is clear",
		"with EPTP switching, EPTP_LIST_ADDRESS is not 4-KByte aligned or lies beyond MAXPHYADDR",
		"VM_EXIT_CONTROLS sets a control the destination does not allow",
		"VM_EXIT_CONTROLS clears a control the destination requires",
		"VM_EXIT_MSR_LOAD_COUNT is not 0 and VM_EXIT_MSR_LOAD_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
		"the last byte of the VM-exit MSR-load area (VM_EXIT_MSR_LOAD_ADDR + 16 * VM_EXIT_MSR_LOAD_COUNT - 1) lies beyond MAXPHYADDR",
		"VM_EXIT_MSR_STORE_COUNT is not 0 and VM_EXIT_MSR_STORE_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
		"the last byte of the VM-exit MSR-store area (VM_EXIT_MSR_STORE_ADDR + 16 * VM_EXIT_MSR_STORE_COUNT - 1) lies beyond MAXPHYADDR",
		"VM_ENTRY_CONTROLS sets a control the destination does not allow",
		"VM_ENTRY_CONTROLS clears a control the destination requires",
		"the injected event has the reserved interruption type 1",
		"the injected event has interruption type 7 (other event) but the destination does not offer the monitor trap flag",
		"the injected NMI (interruption type 2) does not have vector 2",
		"the injected hardware exception (interruption type 3) has a vector above 31",
		"the injected other event (interruption type 7) does not have vector 0 (pending MTF VM exit)",
		"the injected event delivers an error code, but it is not a hardware exception with an error code (#DF,",
		"the injected hardware exception into protected mode is one that has an error code (#DF,",
		"the injected event delivers an error code with a bit set in 31:16 of VM_ENTRY_EXCEPTION_ERROR_CODE",
		"VM_ENTRY_INTR_INFO_FIELD has a reserved bit set in 30:12",
		"the injected software interrupt or exception has a VM_ENTRY_INSTRUCTION_LEN above 15",
		"the injected software interrupt or exception has a VM_ENTRY_INSTRUCTION_LEN of 0, which the destination does not allow (IA32_VMX_MISC bit 30)",
		"VM_ENTRY_MSR_LOAD_COUNT is not 0 and VM_ENTRY_MSR_LOAD_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
		"the last byte of the VM-entry MSR-load area (VM_ENTRY_MSR_LOAD_ADDR + 16 * VM_ENTRY_MSR_LOAD_COUNT - 1) lies beyond MAXPHYADDR",
		"PIN_BASED_VM_EXEC_CONTROL sets posted interrupts or the VMX-preemption timer, which the enlightened VMCS cannot hold",
		"SECONDARY_VM_EXEC_CONTROL sets a control the enlightened VMCS cannot hold (APIC virtualization, PML, VM functions, VMCS shadowing, TSC scaling, PAUSE-loop exiting)",
		"VM_EXIT_CONTROLS sets save VMX-preemption timer value, which the enlightened VMCS cannot hold",
		"VM_FUNCTION_CONTROL has a bit set in 63:32, which KVM's enlightened VMCS check refuses",
		"VM_FUNCTION_CONTROL enables EPTP switching, which the enlightened VMCS cannot hold",
		"with the TPR shadow and without virtual-interrupt delivery, TPR_THRESHOLD has a bit set in 31:4",
		"with the TPR shadow and neither virtual-interrupt delivery nor virtualized APIC accesses, TPR_THRESHOLD bits 3:0 may exceed bits 7:4 of the virtual TPR",
		"HOST_CR0 clears a bit IA32_VMX_CR0_FIXED0 requires or sets one IA32_VMX_CR0_FIXED1 forbids",
		"HOST_CR4 breaks IA32_VMX_CR4_FIXED0/FIXED1 or sets a bit reserved for L1",
		"HOST_CR4 sets CET, a bit reserved for L1 before nested CET",
		"HOST_CR3 sets bits beyond L1's MAXPHYADDR",
		"HOST_CR4 sets CET while HOST_CR0 clears WP",
		"HOST_IA32_SYSENTER_ESP is not a canonical address",
		"HOST_IA32_SYSENTER_EIP is not a canonical address",
		"HOST_IA32_PAT has an entry that is not a valid memory type (0, 1, 4, 5, 6 or 7) while VM exit loads it",
		"HOST_IA32_PERF_GLOBAL_CTRL may enable counters L1's PMU does not have, while VM exit loads it",
		"VM exit returns to a 64-bit host but HOST_CR4 clears PAE",
		"VM exit returns to a 32-bit host but the guest enters IA-32e mode",
		"VM exit returns to a 32-bit host but HOST_CR4 sets PCIDE",
		"VM exit returns to a 32-bit host but HOST_RIP has bits above bit 31",
		"HOST_CS_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_SS_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_DS_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_ES_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_FS_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_GS_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_TR_SELECTOR has a nonzero RPL or the TI flag set",
		"HOST_CS_SELECTOR is 0",
		"HOST_TR_SELECTOR is 0",
		"HOST_SS_SELECTOR is 0 while VM exit returns to a 32-bit host",
		"HOST_FS_BASE is not a canonical address",
		"HOST_GS_BASE is not a canonical address",
		"HOST_GDTR_BASE is not a canonical address",
		"HOST_IDTR_BASE is not a canonical address",
		"HOST_TR_BASE is not a canonical address",
		"HOST_RIP is not canonical for the paging mode HOST_CR4 gives L1 after VM exit",
		"HOST_IA32_EFER sets a reserved bit or a feature L1's CPUID lacks, while VM exit loads it",
		"HOST_IA32_EFER.LMA differs from the host address-space size control, while VM exit loads it",
		"HOST_IA32_EFER.LME differs from the host address-space size control, while VM exit loads it",
		"the host CET state VM exit loads is invalid (HOST_S_CET reserved or unsupported bits, SSP not 4-byte aligned, or SSP table address not canonical)",
		"HOST_S_CET or HOST_SSP is not canonical while VM exit loads CET state into a 64-bit host",
		"HOST_S_CET or HOST_SSP has bits above bit 31 while VM exit loads CET state into a 32-bit host",
		"GUEST_CR0 clears a bit IA32_VMX_CR0_FIXED0 requires (PE and PG excepted for an unrestricted guest) or sets one IA32_VMX_CR0_FIXED1 forbids",
		"GUEST_CR4 breaks IA32_VMX_CR4_FIXED0/FIXED1 or sets a bit reserved for L1",
		"GUEST_CR4 sets CET, a bit reserved for L1 before nested CET",
		"GUEST_CR4 sets CET while GUEST_CR0 clears WP",
		"GUEST_DR7 sets bits 63:32 while VM entry loads debug controls",
		"GUEST_IA32_DEBUGCTL sets a bit KVM does not support for L1 while VM entry loads debug controls",
		"GUEST_IA32_DEBUGCTL sets FREEZE_LBRS_ON_PMI, valid only when L1's PMU has LBRs, while VM entry loads debug controls",
		"GUEST_IA32_PAT has an entry that is not a valid memory type (0, 1, 4, 5, 6 or 7) while VM entry loads it",
		"VMCS_LINK_POINTER is neither -1 nor a 4 KiB-aligned address within L1's MAXPHYADDR",
		"the VMCS the link pointer names must carry revision 0x11e57ed0 and a shadow-VMCS indicator equal to the VMCS shadowing control",
		"GUEST_IA32_PERF_GLOBAL_CTRL may enable counters L1's PMU does not have, while VM entry loads it",
		"GUEST_CR0 sets PG but clears PE",
		"the guest enters IA-32e mode but GUEST_CR4 clears PAE",
		"the guest enters IA-32e mode but GUEST_CR0 clears PG",
		"GUEST_IA32_EFER sets a reserved bit or a feature L1's CPUID lacks, while a pending VM entry loads it",
		"GUEST_IA32_EFER.LMA differs from the IA-32e mode guest control, while a pending VM entry loads it",
		"GUEST_IA32_EFER.LME differs from the IA-32e mode guest control while GUEST_CR0.PG is set, and a pending VM entry loads it",
		"GUEST_BNDCFGS has reserved bits or a non-canonical bound-directory base while VM entry loads it",
		"the guest CET state VM entry loads is invalid (GUEST_S_CET reserved or unsupported bits, SSP not 4-byte aligned, or SSP table address not canonical)",
		"GUEST_SSP bits 63:57 are not all equal while VM entry loads CET state",
		"GUEST_SSP bits 63:48 are not all equal while VM entry loads CET state (refused on a host without 5-level paging)",
		"GUEST_ACTIVITY_STATE is neither active, HLT nor wait-for-SIPI (shutdown and unknown states are refused)",
		"GUEST_CR3 sets bits beyond L1's MAXPHYADDR",
		"the guest uses PAE paging without EPT: KVM loads its four PDPTEs from L1's memory at GUEST_CR3",
		"GUEST_SYSENTER_ESP is not a canonical address",
		"GUEST_SYSENTER_EIP is not a canonical address",
		"GUEST_CR4 sets PCIDE but the guest does not enter IA-32e mode",
		"GUEST_IA32_RTIT_CTL may set reserved bits while VM entry loads it",
		"GUEST_TR_SELECTOR has the TI flag set",
		"GUEST_LDTR_SELECTOR has the TI flag set while LDTR is usable",
		"the RPL of GUEST_SS_SELECTOR differs from that of GUEST_CS_SELECTOR (outside virtual-8086 mode, without unrestricted guest)",
		"GUEST_CS_BASE is not GUEST_CS_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_SS_BASE is not GUEST_SS_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_DS_BASE is not GUEST_DS_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_ES_BASE is not GUEST_ES_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_FS_BASE is not GUEST_FS_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_GS_BASE is not GUEST_GS_SELECTOR times 16 in virtual-8086 mode",
		"GUEST_TR_BASE is not a canonical address",
		"GUEST_FS_BASE is not a canonical address",
		"GUEST_GS_BASE is not a canonical address",
		"GUEST_LDTR_BASE is not a canonical address while LDTR is usable",
		"GUEST_CS_BASE has bits above bit 31",
		"GUEST_SS_BASE has bits above bit 31 while SS is usable",
		"GUEST_DS_BASE has bits above bit 31 while DS is usable",
		"GUEST_ES_BASE has bits above bit 31 while ES is usable",
		"GUEST_CS_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_SS_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_DS_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_ES_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_FS_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_GS_LIMIT is not 0xffff in virtual-8086 mode",
		"GUEST_CS_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_SS_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_DS_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_ES_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_FS_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_GS_AR_BYTES is not 0xf3 in virtual-8086 mode",
		"GUEST_CS_AR_BYTES has a type other than an accessed code segment (or, for an unrestricted guest, a read/write accessed data segment)",
		"GUEST_SS_AR_BYTES has a type other than read/write accessed data while SS is usable",
		"GUEST_DS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while DS is usable",
		"GUEST_ES_AR_BYTES has a type that is not accessed, or an unreadable code segment, while ES is usable",
		"GUEST_FS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while FS is usable",
		"GUEST_GS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while GS is usable",
		"GUEST_CS_AR_BYTES clears S (descriptor type)",
		"GUEST_SS_AR_BYTES clears S (descriptor type) while SS is usable",
		"GUEST_DS_AR_BYTES clears S (descriptor type) while DS is usable",
		"GUEST_ES_AR_BYTES clears S (descriptor type) while ES is usable",
		"GUEST_FS_AR_BYTES clears S (descriptor type) while FS is usable",
		"GUEST_GS_AR_BYTES clears S (descriptor type) while GS is usable",
		"GUEST_CS_AR_BYTES has type 3 (unrestricted guest) with a DPL other than 0",
		"GUEST_CS_AR_BYTES is a non-conforming code segment whose DPL differs from the SS DPL",
		"GUEST_CS_AR_BYTES is a conforming code segment whose DPL is above the SS DPL",
		"the SS DPL differs from the RPL of GUEST_SS_SELECTOR (without unrestricted guest)",
		"the SS DPL is not 0 while CS has type 3 or GUEST_CR0 clears PE",
		"the DS DPL is below the RPL of GUEST_DS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
		"the ES DPL is below the RPL of GUEST_ES_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
		"the FS DPL is below the RPL of GUEST_FS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
		"the GS DPL is below the RPL of GUEST_GS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
		"GUEST_CS_AR_BYTES clears P (present)",
		"GUEST_SS_AR_BYTES clears P (present) while SS is usable",
		"GUEST_DS_AR_BYTES clears P (present) while DS is usable",
		"GUEST_ES_AR_BYTES clears P (present) while ES is usable",
		"GUEST_FS_AR_BYTES clears P (present) while FS is usable",
		"GUEST_GS_AR_BYTES clears P (present) while GS is usable",
		"GUEST_CS_AR_BYTES sets reserved bits (11:8 or 31:17)",
		"GUEST_SS_AR_BYTES sets reserved bits (11:8 or 31:17) while SS is usable",
		"GUEST_DS_AR_BYTES sets reserved bits (11:8 or 31:17) while DS is usable",
		"GUEST_ES_AR_BYTES sets reserved bits (11:8 or 31:17) while ES is usable",
		"GUEST_FS_AR_BYTES sets reserved bits (11:8 or 31:17) while FS is usable",
		"GUEST_GS_AR_BYTES sets reserved bits (11:8 or 31:17) while GS is usable",
		"GUEST_CS_AR_BYTES sets both L and D/B for an IA-32e mode guest",
		"GUEST_CS_LIMIT and the G bit of GUEST_CS_AR_BYTES disagree",
		"GUEST_SS_LIMIT and the G bit of GUEST_SS_AR_BYTES disagree while SS is usable",
		"GUEST_DS_LIMIT and the G bit of GUEST_DS_AR_BYTES disagree while DS is usable",
		"GUEST_ES_LIMIT and the G bit of GUEST_ES_AR_BYTES disagree while ES is usable",
		"GUEST_FS_LIMIT and the G bit of GUEST_FS_AR_BYTES disagree while FS is usable",
		"GUEST_GS_LIMIT and the G bit of GUEST_GS_AR_BYTES disagree while GS is usable",
		"GUEST_TR_AR_BYTES is not a busy TSS of the guest's mode (11 in IA-32e mode, 3 or 11 otherwise)",
		"GUEST_TR_AR_BYTES sets S (TR must be a system segment)",
		"GUEST_TR_AR_BYTES clears P (present)",
		"GUEST_TR_AR_BYTES sets reserved bits (11:8 or 31:17)",
		"GUEST_TR_LIMIT and the G bit of GUEST_TR_AR_BYTES disagree",
		"GUEST_TR_AR_BYTES marks TR unusable",
		"GUEST_LDTR_AR_BYTES is not an LDT (type 2) while LDTR is usable",
		"GUEST_LDTR_AR_BYTES sets S while LDTR is usable",
		"GUEST_LDTR_AR_BYTES clears P while LDTR is usable",
		"GUEST_LDTR_AR_BYTES sets reserved bits (11:8 or 31:17) while LDTR is usable",
		"GUEST_LDTR_LIMIT and the G bit of GUEST_LDTR_AR_BYTES disagree while LDTR is usable",
		"GUEST_GDTR_BASE is not a canonical address",
		"GUEST_GDTR_LIMIT has bits above bit 15",
		"GUEST_IDTR_BASE is not a canonical address",
		"GUEST_IDTR_LIMIT has bits above bit 15",
		"GUEST_RIP has bits above bit 31 while the guest does not enter 64-bit mode",
		"GUEST_RIP is not canonical while the guest enters 64-bit mode",
		"GUEST_RFLAGS sets a reserved bit (63:22, 15, 5 or 3) or clears bit 1",
		"GUEST_RFLAGS sets VM while the guest enters IA-32e mode or GUEST_CR0 clears PE",
		"VM entry injects an external interrupt while GUEST_RFLAGS clears IF",
		"GUEST_INTERRUPTIBILITY_INFO sets reserved bits 31:5",
		"GUEST_INTERRUPTIBILITY_INFO has blocking by both STI and MOV SS",
		"GUEST_INTERRUPTIBILITY_INFO has blocking by STI while GUEST_RFLAGS clears IF",
		"VM entry injects an external interrupt while GUEST_INTERRUPTIBILITY_INFO has blocking by STI or MOV SS",
		"VM entry injects an NMI while GUEST_INTERRUPTIBILITY_INFO has blocking by MOV SS",
		"GUEST_INTERRUPTIBILITY_INFO has blocking by SMI although VM entry is not from SMM",
		"VM entry to SMM without blocking by SMI in GUEST_INTERRUPTIBILITY_INFO",
		"VM entry injects an NMI with virtual NMIs while GUEST_INTERRUPTIBILITY_INFO has blocking by NMI",
		"GUEST_INTERRUPTIBILITY_INFO marks an enclave interruption together with blocking by MOV SS, or without SGX",
		"GUEST_PENDING_DBG_EXCEPTIONS sets reserved bits (63:17, 15, 13 or 11:4)",
		"GUEST_PENDING_DBG_EXCEPTIONS lacks BS while the guest single-steps (RFLAGS.TF without DEBUGCTL.BTF) under blocking by STI or MOV SS",
		"GUEST_PENDING_DBG_EXCEPTIONS sets BS while the guest does not single-step (RFLAGS.TF clear or DEBUGCTL.BTF set) under blocking by STI or MOV SS",
		"GUEST_PDPTR0 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
		"GUEST_PDPTR1 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
		"GUEST_PDPTR2 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
		"GUEST_PDPTR3 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
	};

	return check < VMX_ENTRY_NR_CHECKS ? messages[check] : NULL;
}

/* Whether bit `check` is set in a check bitmap. */
static inline int vmx_entry_check_test(const uint64_t *bitmap, unsigned int check)
{
	return check < VMX_ENTRY_NR_CHECKS && (bitmap[check / 64] >> (check % 64)) & 1;
}

VMX_ENTRY_INLINE void vmx_entry_check_set(uint64_t *bitmap, unsigned int check)
{
	bitmap[check / 64] |= (1ULL << check % 64);
}

/* The virtual-address width of canonical checks: 57 bits with 5-level paging. */
static inline unsigned int vmx_entry_va_bits(const struct vmx_entry_caps *caps)
{
	return caps->cpuid & VMX_ENTRY_CPUID_LA57 ? 57 : 48;
}

/*
 * The settings of a control word as VM entry checks them: from the TRUE_ MSR when
 * IA32_VMX_BASIC says it exists; bits 31:0 must-be-1 (allowed-0), 63:32 may-be-1 (allowed-1).
 */
VMX_ENTRY_INLINE uint64_t vmx_entry_ctls(const struct vmx_entry_caps *caps, unsigned int word)
{
	int true_ctls = (caps->basic & VMX_ENTRY_BASIC_TRUE_CTLS) != 0;

	switch (word) {
	case VMX_ENTRY_CTLS_PIN:
		return true_ctls ? caps->true_pinbased_ctls : caps->pinbased_ctls;
	case VMX_ENTRY_CTLS_PROC:
		return true_ctls ? caps->true_procbased_ctls : caps->procbased_ctls;
	case VMX_ENTRY_CTLS_PROC2:
		return caps->procbased_ctls2;
	case VMX_ENTRY_CTLS_EXIT:
		return true_ctls ? caps->true_exit_ctls : caps->exit_ctls;
	case VMX_ENTRY_CTLS_ENTRY:
		return true_ctls ? caps->true_entry_ctls : caps->entry_ctls;
	default:
		return 0;
	}
}

VMX_ENTRY_INLINE uint64_t vmx_entry_allowed0(const struct vmx_entry_caps *caps, unsigned int word)
{
	return vmx_entry_ctls(caps, word) & 0xffffffffULL;
}

VMX_ENTRY_INLINE uint64_t vmx_entry_allowed1(const struct vmx_entry_caps *caps, unsigned int word)
{
	return vmx_entry_ctls(caps, word) >> 32;
}

/* A bit set at or above bit `bit` (none at or above 64). */
VMX_ENTRY_INLINE int vmx_entry_wider_than(uint64_t value, uint64_t bit)
{
	return bit < 64 && (value >> bit) != 0;
}

/* Not canonical for a `bits`-wide virtual address: bits 63..bits-1 are not all equal. */
VMX_ENTRY_INLINE int vmx_entry_noncanonical(uint64_t value, uint64_t bits)
{
	uint64_t high = value >> (bits - 1);

	return high != 0 && high != (uint64_t)-1 >> (bits - 1);
}

/*
 * Run every check on vmcs12 (and on the shadow vmcs12 and the nested-state header, each
 * NULL when the state has none) against caps; the bits of the broken and of the undecided
 * checks are set in *result, every other bit cleared.
 */
static inline void vmx_entry_checks(const struct kvm_vmcs12 *vmcs12,
				    const struct kvm_vmcs12 *shadow,
				    const struct kvm_nested_state_header *hdr,
				    const struct vmx_entry_caps *caps,
				    struct vmx_entry_check_result *result)
{
	/* Local until the end: a store through result could alias what the checks read. */
	uint64_t failed[VMX_ENTRY_CHECK_WORDS] = { 0 };
	uint64_t undecided[VMX_ENTRY_CHECK_WORDS] = { 0 };

	(void)shadow;
	/*
	 * vmx-not-in-guest-cpuid (SDM 23.6 (discovering support for VMX: CPUID.1:ECX.VMX, bit 5))
	 */
	if (hdr) {
		if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
		    !!(caps->cpuid & VMX_ENTRY_CPUID_VMX) == 0)
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMX_NOT_IN_GUEST_CPUID);
	} else if (!!(caps->cpuid & VMX_ENTRY_CPUID_VMX) == 0) {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_VMX_NOT_IN_GUEST_CPUID);
	}
	/*
	 * vmxon-pa-beyond-maxphyaddr (SDM 30.3 (VMXON: the VMXON pointer must not set bits beyond
	 * the physical-address width))
	 */
	if (hdr) {
		if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
		    ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
		     vmx_entry_wider_than((uint64_t)hdr->vmxon_pa, (uint64_t)caps->maxphyaddr))) {
			if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
			    (uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
			    vmx_entry_wider_than((uint64_t)hdr->vmxon_pa,
						 (uint64_t)caps->maxphyaddr))
				vmx_entry_check_set(failed,
						    VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR);
			else
				vmx_entry_check_set(undecided,
						    VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR);
		}
	} else {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR);
	}
	/*
	 * vmcs12-pa-beyond-maxphyaddr (SDM 30.3 (VMPTRLD: the operand must not set bits beyond the
	 * physical-address width))
	 */
	if (hdr) {
		if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
		    (uint64_t)hdr->vmcs12_pa != 0xffffffffffffffffULL &&
		    ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
		     vmx_entry_wider_than((uint64_t)hdr->vmcs12_pa, (uint64_t)caps->maxphyaddr))) {
			if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
			    (uint64_t)hdr->vmcs12_pa != 0xffffffffffffffffULL &&
			    (uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
			    vmx_entry_wider_than((uint64_t)hdr->vmcs12_pa,
						 (uint64_t)caps->maxphyaddr))
				vmx_entry_check_set(failed,
						    VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR);
			else
				vmx_entry_check_set(undecided,
						    VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR);
		}
	} else {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR);
	}
	/* evmcs-not-enabled (SDM none (Hyper-V TLFS enlightened VMCS)) */
	if (hdr) {
		if (((uint64_t)hdr->flags & 0x4ULL) != 0)
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_NOT_ENABLED);
	} else {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_NOT_ENABLED);
	}
	/* pin-controls-not-allowed (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control &
	     ~vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_PIN)) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PIN_CONTROLS_NOT_ALLOWED);
	/* pin-controls-required-missing (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control &
	     vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PIN)) !=
	    vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PIN))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PIN_CONTROLS_REQUIRED_MISSING);
	/* proc-controls-not-allowed (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control &
	     ~vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_PROC)) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PROC_CONTROLS_NOT_ALLOWED);
	/* proc-controls-required-missing (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control &
	     vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PROC)) !=
	    vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PROC))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PROC_CONTROLS_REQUIRED_MISSING);
	/* proc2-controls-not-allowed (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control &
	     ~vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_PROC2)) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PROC2_CONTROLS_NOT_ALLOWED);
	/* proc2-controls-required-missing (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control &
	     vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PROC2)) !=
	    vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_PROC2))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PROC2_CONTROLS_REQUIRED_MISSING);
	/* cr3-target-count-too-high (SDM 26.2.1.1) */
	if (((caps->misc >> 16) & 0x1ffULL) < (uint64_t)vmcs12->cr3_target_count)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_CR3_TARGET_COUNT_TOO_HIGH);
	/* io-bitmap-a-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x2000000ULL) != 0 &&
	    (((uint64_t)vmcs12->io_bitmap_a % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->io_bitmap_a, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x2000000ULL) != 0 &&
		    (((uint64_t)vmcs12->io_bitmap_a % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->io_bitmap_a,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_IO_BITMAP_A_ADDRESS_INVALID);
	}
	/* io-bitmap-b-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x2000000ULL) != 0 &&
	    (((uint64_t)vmcs12->io_bitmap_b % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->io_bitmap_b, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x2000000ULL) != 0 &&
		    (((uint64_t)vmcs12->io_bitmap_b % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->io_bitmap_b,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_IO_BITMAP_B_ADDRESS_INVALID);
	}
	/* msr-bitmap-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x10000000ULL) != 0 &&
	    (((uint64_t)vmcs12->msr_bitmap % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->msr_bitmap, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x10000000ULL) != 0 &&
		    (((uint64_t)vmcs12->msr_bitmap % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->msr_bitmap,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_MSR_BITMAP_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_MSR_BITMAP_ADDRESS_INVALID);
	}
	/* virtual-apic-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x200000ULL) != 0 &&
	    (((uint64_t)vmcs12->virtual_apic_page_addr % 0x1000) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->virtual_apic_page_addr,
				  (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x200000ULL) != 0 &&
		    (((uint64_t)vmcs12->virtual_apic_page_addr % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->virtual_apic_page_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_VIRTUAL_APIC_ADDRESS_INVALID);
	}
	/* apic-access-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x1ULL) != 0 &&
	    (((uint64_t)vmcs12->apic_access_addr % 0x1000) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->apic_access_addr, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x1ULL) != 0 &&
		    (((uint64_t)vmcs12->apic_access_addr % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->apic_access_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_APIC_ACCESS_ADDRESS_INVALID);
	}
	/* x2apic-mode-with-apic-accesses (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x10ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x1ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_X2APIC_MODE_WITH_APIC_ACCESSES);
	/* virtual-interrupt-delivery-without-interrupt-exiting (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->pin_based_vm_exec_control & 0x1ULL) == 0)
		vmx_entry_check_set(failed, 17u);
	/* posted-interrupts-without-virtual-interrupt-delivery (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x200ULL) == 0))
		vmx_entry_check_set(failed, 18u);
	/* posted-interrupts-without-interrupt-acknowledge (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_exit_controls & 0x8000ULL) == 0)
		vmx_entry_check_set(failed, 19u);
	/* posted-interrupt-vector-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0 &&
	    (((uint64_t)vmcs12->posted_intr_nv >> 8) & 0xffULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_POSTED_INTERRUPT_VECTOR_INVALID);
	/* posted-interrupt-descriptor-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0 &&
	    (((uint64_t)vmcs12->posted_intr_desc_addr % 0x40) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->posted_intr_desc_addr,
				  (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0 &&
		    (((uint64_t)vmcs12->posted_intr_desc_addr % 0x40) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->posted_intr_desc_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, 21u);
		else
			vmx_entry_check_set(undecided, 21u);
	}
	/* apic-virtualization-without-tpr-shadow (SDM 26.2.1.1) */
	if (((((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	      ((uint64_t)vmcs12->secondary_vm_exec_control & 0x310ULL) != 0) ||
	     ((uint64_t)vmcs12->pin_based_vm_exec_control & 0x80ULL) != 0) &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x200000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_APIC_VIRTUALIZATION_WITHOUT_TPR_SHADOW);
	/* virtual-nmis-without-nmi-exiting (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x8ULL) == 0 &&
	    ((uint64_t)vmcs12->pin_based_vm_exec_control & 0x20ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VIRTUAL_NMIS_WITHOUT_NMI_EXITING);
	/* nmi-window-exiting-without-virtual-nmis (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x20ULL) == 0 &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x400000ULL) != 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_NMI_WINDOW_EXITING_WITHOUT_VIRTUAL_NMIS);
	/* pml-without-ept (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x20000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PML_WITHOUT_EPT);
	/* pml-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x20000ULL) != 0 &&
	    (((uint64_t)vmcs12->pml_address % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->pml_address, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x20000ULL) != 0 &&
		    (((uint64_t)vmcs12->pml_address % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->pml_address,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_PML_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_PML_ADDRESS_INVALID);
	}
	/* unrestricted-guest-without-ept (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_UNRESTRICTED_GUEST_WITHOUT_EPT);
	/* mode-based-ept-exec-without-ept (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x400000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_MODE_BASED_EPT_EXEC_WITHOUT_EPT);
	/* vmread-bitmap-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x4000ULL) != 0 &&
	    (((uint64_t)vmcs12->vmread_bitmap % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vmread_bitmap, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x4000ULL) != 0 &&
		    (((uint64_t)vmcs12->vmread_bitmap % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vmread_bitmap,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_VMREAD_BITMAP_ADDRESS_INVALID);
	}
	/* vmwrite-bitmap-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x4000ULL) != 0 &&
	    (((uint64_t)vmcs12->vmwrite_bitmap % 0x1000) != 0 || (uint64_t)caps->maxphyaddr == 0 ||
	     (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vmwrite_bitmap, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x4000ULL) != 0 &&
		    (((uint64_t)vmcs12->vmwrite_bitmap % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vmwrite_bitmap,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_VMWRITE_BITMAP_ADDRESS_INVALID);
	}
	/* vpid-zero (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x20ULL) != 0 &&
	    (uint64_t)vmcs12->virtual_processor_id == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VPID_ZERO);
	/* save-preemption-timer-without-preemption-timer (SDM 26.2.1.2) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x40ULL) == 0 &&
	    ((uint64_t)vmcs12->vm_exit_controls & 0x400000ULL) != 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_SAVE_PREEMPTION_TIMER_WITHOUT_PREEMPTION_TIMER);
	/* eptp-memory-type-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->ept_pointer & 0x7ULL) != 0 &&
	    ((uint64_t)vmcs12->ept_pointer & 0x7ULL) != 6)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_INVALID);
	/* eptp-memory-type-uc-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->ept_pointer & 0x7ULL) == 0 && (caps->ept_vpid_cap & 0x100ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_UC_UNSUPPORTED);
	/* eptp-memory-type-wb-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->ept_pointer & 0x7ULL) == 6 && (caps->ept_vpid_cap & 0x4000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_MEMORY_TYPE_WB_UNSUPPORTED);
	/* eptp-walk-length-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    (((uint64_t)vmcs12->ept_pointer >> 3) & 0x7ULL) != 3 &&
	    (((uint64_t)vmcs12->ept_pointer >> 3) & 0x7ULL) != 4)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_INVALID);
	/* eptp-walk-length-4-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    (((uint64_t)vmcs12->ept_pointer >> 3) & 0x7ULL) == 3 &&
	    (caps->ept_vpid_cap & 0x40ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_4_UNSUPPORTED);
	/* eptp-walk-length-5-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    (((uint64_t)vmcs12->ept_pointer >> 3) & 0x7ULL) == 4 &&
	    (caps->ept_vpid_cap & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_WALK_LENGTH_5_UNSUPPORTED);
	/* eptp-reserved-bits (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    (((uint64_t)vmcs12->ept_pointer >> 7) & 0x1fULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_RESERVED_BITS);
	/* eptp-beyond-maxphyaddr (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->ept_pointer, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
		    (uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		    vmx_entry_wider_than((uint64_t)vmcs12->ept_pointer, (uint64_t)caps->maxphyaddr))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_BEYOND_MAXPHYADDR);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EPTP_BEYOND_MAXPHYADDR);
	}
	/* eptp-accessed-dirty-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->ept_pointer & 0x40ULL) != 0 &&
	    (caps->ept_vpid_cap & 0x200000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_ACCESSED_DIRTY_UNSUPPORTED);
	/* vmfunc-controls-not-allowed (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_function_control & ~caps->vmfunc) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMFUNC_CONTROLS_NOT_ALLOWED);
	/* eptp-switching-without-ept (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_function_control & 0x1ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_SWITCHING_WITHOUT_EPT);
	/* eptp-list-address-invalid (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_function_control & 0x1ULL) != 0 &&
	    (((uint64_t)vmcs12->eptp_list_address % 0x1000) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->eptp_list_address, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2000ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_function_control & 0x1ULL) != 0 &&
		    (((uint64_t)vmcs12->eptp_list_address % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->eptp_list_address,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EPTP_LIST_ADDRESS_INVALID);
	}
	/* exit-controls-not-allowed (SDM 26.2.1.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & ~vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_EXIT)) !=
	    0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EXIT_CONTROLS_NOT_ALLOWED);
	/* exit-controls-required-missing (SDM 26.2.1.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_EXIT)) !=
	    vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_EXIT))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EXIT_CONTROLS_REQUIRED_MISSING);
	/* exit-msr-load-address-invalid (SDM 26.2.1.2) */
	if ((uint64_t)vmcs12->vm_exit_msr_load_count != 0 &&
	    (((uint64_t)vmcs12->vm_exit_msr_load_addr % 0x10) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vm_exit_msr_load_addr,
				  (uint64_t)caps->maxphyaddr))) {
		if ((uint64_t)vmcs12->vm_exit_msr_load_count != 0 &&
		    (((uint64_t)vmcs12->vm_exit_msr_load_addr % 0x10) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vm_exit_msr_load_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_EXIT_MSR_LOAD_ADDRESS_INVALID);
	}
	/* exit-msr-load-area-end-invalid (SDM 26.2.1.2) */
	if ((uint64_t)vmcs12->vm_exit_msr_load_count != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EXIT_MSR_LOAD_AREA_END_INVALID);
	/* exit-msr-store-address-invalid (SDM 26.2.1.2) */
	if ((uint64_t)vmcs12->vm_exit_msr_store_count != 0 &&
	    (((uint64_t)vmcs12->vm_exit_msr_store_addr % 0x10) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vm_exit_msr_store_addr,
				  (uint64_t)caps->maxphyaddr))) {
		if ((uint64_t)vmcs12->vm_exit_msr_store_count != 0 &&
		    (((uint64_t)vmcs12->vm_exit_msr_store_addr % 0x10) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vm_exit_msr_store_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_EXIT_MSR_STORE_ADDRESS_INVALID);
	}
	/* exit-msr-store-area-end-invalid (SDM 26.2.1.2) */
	if ((uint64_t)vmcs12->vm_exit_msr_store_count != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EXIT_MSR_STORE_AREA_END_INVALID);
	/* entry-controls-not-allowed (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_controls &
	     ~vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_ENTRY)) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_ENTRY_CONTROLS_NOT_ALLOWED);
	/* entry-controls-required-missing (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_controls &
	     vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_ENTRY)) !=
	    vmx_entry_allowed0(caps, VMX_ENTRY_CTLS_ENTRY))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_ENTRY_CONTROLS_REQUIRED_MISSING);
	/* injection-type-reserved (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 1)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_TYPE_RESERVED);
	/* injection-other-event-without-mtf (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 7 &&
	    (vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_PROC) & 0x8000000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_OTHER_EVENT_WITHOUT_MTF);
	/* injection-nmi-vector (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 2 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 2)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_NMI_VECTOR);
	/* injection-exception-vector (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 3 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) > 0x1f)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_EXCEPTION_VECTOR);
	/* injection-other-event-vector (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 7 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_OTHER_EVENT_VECTOR);
	/* injection-error-code-unexpected (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0x800ULL) != 0 &&
	    ((((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) != 3 ||
	     (((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 8 &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0xa &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0xb &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0xc &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0xd &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0xe &&
	      ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) != 0x11) ||
	     (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	      ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_cr0 & 0x1ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_UNEXPECTED);
	/* injection-error-code-missing (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0x800ULL) == 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 3 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 8 ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0xa ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0xb ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0xc ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0xd ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0xe ||
	     ((uint64_t)vmcs12->vm_entry_intr_info_field & 0xffULL) == 0x11) &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0 ||
	     ((uint64_t)vmcs12->guest_cr0 & 0x1ULL) == 1))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_MISSING);
	/* injection-error-code-reserved-bits (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0x800ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_exception_error_code >> 16) & 0xffffULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_ERROR_CODE_RESERVED_BITS);
	/* injection-reserved-bits (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 12) & 0x7ffffULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_RESERVED_BITS);
	/* injection-instruction-length-too-long (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    ((((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 4 ||
	     (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 5 ||
	     (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 6) &&
	    (uint64_t)vmcs12->vm_entry_instruction_len > 0xf)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_INSTRUCTION_LENGTH_TOO_LONG);
	/* injection-instruction-length-zero (SDM 26.2.1.3) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    ((((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 4 ||
	     (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 5 ||
	     (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 6) &&
	    (uint64_t)vmcs12->vm_entry_instruction_len == 0 && (caps->misc & 0x40000000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_INJECTION_INSTRUCTION_LENGTH_ZERO);
	/* entry-msr-load-address-invalid (SDM 26.2.1.3) */
	if ((uint64_t)vmcs12->vm_entry_msr_load_count != 0 &&
	    (((uint64_t)vmcs12->vm_entry_msr_load_addr % 0x10) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vm_entry_msr_load_addr,
				  (uint64_t)caps->maxphyaddr))) {
		if ((uint64_t)vmcs12->vm_entry_msr_load_count != 0 &&
		    (((uint64_t)vmcs12->vm_entry_msr_load_addr % 0x10) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vm_entry_msr_load_addr,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_ADDRESS_INVALID);
	}
	/* entry-msr-load-area-end-invalid (SDM 26.2.1.3) */
	if ((uint64_t)vmcs12->vm_entry_msr_load_count != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_ENTRY_MSR_LOAD_AREA_END_INVALID);
	/* evmcs-pin-controls-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0xc0ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_PIN_CONTROLS_UNSUPPORTED);
	/* evmcs-secondary-controls-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->secondary_vm_exec_control & 0x2026701ULL) != 0)
		vmx_entry_check_set(undecided,
				    VMX_ENTRY_CHECK_EVMCS_SECONDARY_CONTROLS_UNSUPPORTED);
	/* evmcs-exit-controls-unsupported (SDM 26.2.1.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x400000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_EXIT_CONTROLS_UNSUPPORTED);
	/* evmcs-vmfunc-high-bits (SDM 26.2.1.1) */
	if ((((uint64_t)vmcs12->vm_function_control >> 32) & 0xffffffffULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_VMFUNC_HIGH_BITS);
	/* evmcs-vmfunc-unsupported (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->vm_function_control & 0x1ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_EVMCS_VMFUNC_UNSUPPORTED);
	/* tpr-threshold-reserved-bits (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x200000ULL) != 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x200ULL) == 0) &&
	    (((uint64_t)vmcs12->tpr_threshold >> 4) & 0xfffffffULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_TPR_THRESHOLD_RESERVED_BITS);
	/* tpr-threshold-above-vtpr (SDM 26.2.1.1) */
	if (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x200000ULL) != 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x201ULL) == 0) &&
	    ((uint64_t)vmcs12->tpr_threshold & 0xfULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_TPR_THRESHOLD_ABOVE_VTPR);
	/* host-cr0-fixed-bits (SDM 26.2.2) */
	if (((uint64_t)vmcs12->host_cr0 & caps->cr0_fixed0) != caps->cr0_fixed0 ||
	    ((uint64_t)vmcs12->host_cr0 & ~caps->cr0_fixed1) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CR0_FIXED_BITS);
	/* host-cr4-invalid (SDM 26.2.2) */
	if (((uint64_t)vmcs12->host_cr4 & caps->cr4_fixed0) != caps->cr4_fixed0 ||
	    ((uint64_t)vmcs12->host_cr4 & ~caps->cr4_fixed1) != 0 ||
	    ((uint64_t)vmcs12->host_cr4 & ~0xf73fffULL) != 0 ||
	    (((uint64_t)vmcs12->host_cr4 & 0x800000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x40000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_XSAVE) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x100000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SMEP) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x200000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SMAP) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x10000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_FSGSBASE) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x400000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_PKU) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x1000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_LA57) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x800ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_UMIP) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x2000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_VMX) == 0) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x20000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_PCID) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CR4_INVALID);
	/* host-cr4-cet-reserved (SDM 26.2.2) */
	if (((uint64_t)vmcs12->host_cr4 & 0x800000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CR4_CET_RESERVED);
	/* host-cr3-beyond-maxphyaddr (SDM 26.2.2) */
	if ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	    vmx_entry_wider_than((uint64_t)vmcs12->host_cr3, (uint64_t)caps->maxphyaddr)) {
		if ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		    vmx_entry_wider_than((uint64_t)vmcs12->host_cr3, (uint64_t)caps->maxphyaddr))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CR3_BEYOND_MAXPHYADDR);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_CR3_BEYOND_MAXPHYADDR);
	}
	/* host-cr4-cet-without-wp (SDM 26.2.2) */
	if (((uint64_t)vmcs12->host_cr4 & 0x800000ULL) != 0 &&
	    ((uint64_t)vmcs12->host_cr0 & 0x10000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CR4_CET_WITHOUT_WP);
	/* host-sysenter-esp-not-canonical (SDM 26.2.2) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_ia32_sysenter_esp,
				   vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_ia32_sysenter_esp,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed,
					    VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_HOST_SYSENTER_ESP_NOT_CANONICAL);
	}
	/* host-sysenter-eip-not-canonical (SDM 26.2.2) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_ia32_sysenter_eip,
				   vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_ia32_sysenter_eip,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed,
					    VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_HOST_SYSENTER_EIP_NOT_CANONICAL);
	}
	/* host-pat-invalid (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x80000ULL) != 0 &&
	    ((((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 0 &&
	      ((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 1 &&
	      ((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 4 &&
	      ((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 5 &&
	      ((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 6 &&
	      ((uint64_t)vmcs12->host_ia32_pat & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 8) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 16) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 24) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 32) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 40) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 48) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->host_ia32_pat >> 56) & 0xffULL) != 7)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_PAT_INVALID);
	/* host-perf-global-ctrl-reserved (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x1000ULL) != 0 &&
	    (uint64_t)vmcs12->host_ia32_perf_global_ctrl != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_PERF_GLOBAL_CTRL_RESERVED);
	/* host-64bit-without-pae (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->host_cr4 & 0x20ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_64BIT_WITHOUT_PAE);
	/* host-32bit-with-ia32e-guest (SDM 26.2.4) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_32BIT_WITH_IA32E_GUEST);
	/* host-32bit-with-pcide (SDM 26.2.4) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->host_cr4 & 0x20000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_32BIT_WITH_PCIDE);
	/* host-32bit-rip-above-4g (SDM 26.2.4) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	    vmx_entry_wider_than((uint64_t)vmcs12->host_rip, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_32BIT_RIP_ABOVE_4G);
	/* host-cs-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_cs_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CS_SELECTOR_RPL_TI);
	/* host-ss-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_ss_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_SS_SELECTOR_RPL_TI);
	/* host-ds-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_ds_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_DS_SELECTOR_RPL_TI);
	/* host-es-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_es_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_ES_SELECTOR_RPL_TI);
	/* host-fs-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_fs_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_FS_SELECTOR_RPL_TI);
	/* host-gs-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_gs_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_GS_SELECTOR_RPL_TI);
	/* host-tr-selector-rpl-ti (SDM 26.2.3) */
	if (((uint64_t)vmcs12->host_tr_selector & 0x7ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_TR_SELECTOR_RPL_TI);
	/* host-cs-selector-null (SDM 26.2.3) */
	if ((uint64_t)vmcs12->host_cs_selector == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CS_SELECTOR_NULL);
	/* host-tr-selector-null (SDM 26.2.3) */
	if ((uint64_t)vmcs12->host_tr_selector == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_TR_SELECTOR_NULL);
	/* host-ss-selector-null-32bit (SDM 26.2.3) */
	if ((uint64_t)vmcs12->host_ss_selector == 0 &&
	    ((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_SS_SELECTOR_NULL_32BIT);
	/* host-fs-base-not-canonical (SDM 26.2.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_fs_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_fs_base, vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_FS_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_FS_BASE_NOT_CANONICAL);
	}
	/* host-gs-base-not-canonical (SDM 26.2.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_gs_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_gs_base, vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_GS_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_GS_BASE_NOT_CANONICAL);
	}
	/* host-gdtr-base-not-canonical (SDM 26.2.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_gdtr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_gdtr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_GDTR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_HOST_GDTR_BASE_NOT_CANONICAL);
	}
	/* host-idtr-base-not-canonical (SDM 26.2.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_idtr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_idtr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_IDTR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_HOST_IDTR_BASE_NOT_CANONICAL);
	}
	/* host-tr-base-not-canonical (SDM 26.2.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->host_tr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->host_tr_base, vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_TR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_TR_BASE_NOT_CANONICAL);
	}
	/* host-rip-not-canonical (SDM 26.2.3) */
	if ((((uint64_t)vmcs12->host_cr4 & 0x1000ULL) != 0 &&
	     vmx_entry_noncanonical((uint64_t)vmcs12->host_rip, 0x39)) ||
	    (((uint64_t)vmcs12->host_cr4 & 0x1000ULL) == 0 &&
	     vmx_entry_noncanonical((uint64_t)vmcs12->host_rip, 0x30)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_RIP_NOT_CANONICAL);
	/* host-efer-invalid (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200000ULL) != 0 &&
	    (((uint64_t)vmcs12->host_ia32_efer & ~0xd01ULL) != 0 ||
	     (((uint64_t)vmcs12->host_ia32_efer & 0x500ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_LM) == 0) ||
	     (((uint64_t)vmcs12->host_ia32_efer & 0x800ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_NX) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_EFER_INVALID);
	/* host-efer-lma-mismatch (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200000ULL) != 0 &&
	    ((((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) != 0 &&
	      ((uint64_t)vmcs12->host_ia32_efer & 0x400ULL) == 0) ||
	     (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	      ((uint64_t)vmcs12->host_ia32_efer & 0x400ULL) != 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_EFER_LMA_MISMATCH);
	/* host-efer-lme-mismatch (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x200000ULL) != 0 &&
	    ((((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) != 0 &&
	      ((uint64_t)vmcs12->host_ia32_efer & 0x100ULL) == 0) ||
	     (((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	      ((uint64_t)vmcs12->host_ia32_efer & 0x100ULL) != 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_EFER_LME_MISMATCH);
	/* host-cet-state-invalid (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x10000000ULL) != 0 &&
	    (((uint64_t)vmcs12->host_s_cet & 0x3c0ULL) != 0 ||
	     (((uint64_t)vmcs12->host_s_cet & 0x3ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0) ||
	     (((uint64_t)vmcs12->host_s_cet & 0xfffffffffffffc3cULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0) ||
	     (((uint64_t)vmcs12->host_s_cet >> 12) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->host_s_cet & 0x400ULL) != 0 &&
	      ((uint64_t)vmcs12->host_s_cet & 0x800ULL) != 0) ||
	     ((uint64_t)vmcs12->host_ssp % 4) != 0 || vmx_entry_va_bits(caps) == 0 ||
	     vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->host_ssp_tbl, vmx_entry_va_bits(caps)))) {
		if (((uint64_t)vmcs12->vm_exit_controls & 0x10000000ULL) != 0 &&
		    (((uint64_t)vmcs12->host_s_cet & 0x3c0ULL) != 0 ||
		     (((uint64_t)vmcs12->host_s_cet & 0x3ULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0) ||
		     (((uint64_t)vmcs12->host_s_cet & 0xfffffffffffffc3cULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0) ||
		     (((uint64_t)vmcs12->host_s_cet >> 12) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->host_s_cet & 0x400ULL) != 0 &&
		      ((uint64_t)vmcs12->host_s_cet & 0x800ULL) != 0) ||
		     ((uint64_t)vmcs12->host_ssp % 4) != 0 ||
		     (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		      vmx_entry_noncanonical((uint64_t)vmcs12->host_ssp_tbl,
					     vmx_entry_va_bits(caps)))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CET_STATE_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_HOST_CET_STATE_INVALID);
	}
	/* host-cet-64bit-not-canonical (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x10000000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) != 0 &&
	    (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->host_s_cet, vmx_entry_va_bits(caps)) ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->host_ssp, vmx_entry_va_bits(caps)))) {
		if (((uint64_t)vmcs12->vm_exit_controls & 0x10000000ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) != 0 &&
		    ((vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		      vmx_entry_noncanonical((uint64_t)vmcs12->host_s_cet,
					     vmx_entry_va_bits(caps))) ||
		     (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		      vmx_entry_noncanonical((uint64_t)vmcs12->host_ssp, vmx_entry_va_bits(caps)))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CET_64BIT_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_HOST_CET_64BIT_NOT_CANONICAL);
	}
	/* host-cet-32bit-above-4g (SDM 26.2.2) */
	if (((uint64_t)vmcs12->vm_exit_controls & 0x10000000ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_exit_controls & 0x200ULL) == 0 &&
	    (vmx_entry_wider_than((uint64_t)vmcs12->host_s_cet, 0x20) ||
	     vmx_entry_wider_than((uint64_t)vmcs12->host_ssp, 0x20)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_HOST_CET_32BIT_ABOVE_4G);
	/* guest-cr0-fixed-bits (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->guest_cr0 & ~caps->cr0_fixed1) != 0 ||
	    (((uint64_t)vmcs12->guest_cr0 & ~0x80000001ULL) & (caps->cr0_fixed0 &
							       ~0x80000001ULL)) !=
	    (caps->cr0_fixed0 & ~0x80000001ULL) ||
	    (((uint64_t)vmcs12->guest_cr0 & caps->cr0_fixed0) != caps->cr0_fixed0 &&
	     (vmx_entry_allowed1(caps, VMX_ENTRY_CTLS_PROC2) & 0x80ULL) == 0) ||
	    (((uint64_t)vmcs12->guest_cr0 & caps->cr0_fixed0) != caps->cr0_fixed0 &&
	     ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0) ||
	    (((uint64_t)vmcs12->guest_cr0 & caps->cr0_fixed0) != caps->cr0_fixed0 &&
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR0_FIXED_BITS);
	/* guest-cr4-invalid (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->guest_cr4 & caps->cr4_fixed0) != caps->cr4_fixed0 ||
	    ((uint64_t)vmcs12->guest_cr4 & ~caps->cr4_fixed1) != 0 ||
	    ((uint64_t)vmcs12->guest_cr4 & ~0xf73fffULL) != 0 ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x40000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_XSAVE) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x100000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SMEP) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x200000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SMAP) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x10000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_FSGSBASE) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x400000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_PKU) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x1000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_LA57) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x800ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_UMIP) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x2000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_VMX) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x20000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_PCID) == 0) ||
	    (((uint64_t)vmcs12->guest_cr4 & 0x800000ULL) != 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0 &&
	     !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR4_INVALID);
	/* guest-cr4-cet-reserved (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->guest_cr4 & 0x800000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR4_CET_RESERVED);
	/* guest-cr4-cet-without-wp (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->guest_cr4 & 0x800000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr0 & 0x10000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR4_CET_WITHOUT_WP);
	/* guest-dr7-reserved (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x4ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_dr7 & 0xffffffff00000000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DR7_RESERVED);
	/* guest-debugctl-invalid (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x4ULL) != 0 &&
	    (((uint64_t)vmcs12->guest_ia32_debugctl & ~0x8807ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_ia32_debugctl & 0x4ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_BUS_LOCK_DETECT) == 0) ||
	     (((uint64_t)vmcs12->guest_ia32_debugctl & 0x8000ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_RTM) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DEBUGCTL_INVALID);
	/* guest-debugctl-freeze-lbrs (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x4ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_ia32_debugctl & 0x800ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_DEBUGCTL_FREEZE_LBRS);
	/* guest-pat-invalid (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x4000ULL) != 0 &&
	    ((((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 1 &&
	      ((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 4 &&
	      ((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 5 &&
	      ((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 6 &&
	      ((uint64_t)vmcs12->guest_ia32_pat & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 8) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 16) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 24) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 32) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 40) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 48) & 0xffULL) != 7) ||
	     ((((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 0 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 1 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 4 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 5 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 6 &&
	      (((uint64_t)vmcs12->guest_ia32_pat >> 56) & 0xffULL) != 7)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PAT_INVALID);
	/* guest-vmcs-link-pointer-invalid (SDM 26.3.1.5) */
	if ((uint64_t)vmcs12->vmcs_link_pointer != 0xffffffffffffffffULL &&
	    (((uint64_t)vmcs12->vmcs_link_pointer % 0x1000) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->vmcs_link_pointer, (uint64_t)caps->maxphyaddr))) {
		if ((uint64_t)vmcs12->vmcs_link_pointer != 0xffffffffffffffffULL &&
		    (((uint64_t)vmcs12->vmcs_link_pointer % 0x1000) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->vmcs_link_pointer,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed,
					    VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_INVALID);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_INVALID);
	}
	/* guest-vmcs-link-pointer-header (SDM 26.3.1.5) */
	if ((uint64_t)vmcs12->vmcs_link_pointer != 0xffffffffffffffffULL)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_VMCS_LINK_POINTER_HEADER);
	/* guest-perf-global-ctrl-reserved (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x2000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_ia32_perf_global_ctrl != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PERF_GLOBAL_CTRL_RESERVED);
	/* guest-cr0-pg-without-pe (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr0 & 0x1ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR0_PG_WITHOUT_PE);
	/* guest-ia32e-without-pae (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_IA32E_WITHOUT_PAE);
	/* guest-ia32e-without-pg (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_IA32E_WITHOUT_PG);
	/* guest-efer-invalid (SDM 26.3.1.1) */
	if (hdr) {
		if (((uint64_t)hdr->flags & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		    (((uint64_t)vmcs12->guest_ia32_efer & ~0xd01ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_ia32_efer & 0x500ULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_LM) == 0) ||
		     (((uint64_t)vmcs12->guest_ia32_efer & 0x800ULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_NX) == 0)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_EFER_INVALID);
	} else if (((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		   (((uint64_t)vmcs12->guest_ia32_efer & ~0xd01ULL) != 0 ||
		    (((uint64_t)vmcs12->guest_ia32_efer & 0x500ULL) != 0 &&
		     !!(caps->cpuid & VMX_ENTRY_CPUID_LM) == 0) ||
		    (((uint64_t)vmcs12->guest_ia32_efer & 0x800ULL) != 0 &&
		     !!(caps->cpuid & VMX_ENTRY_CPUID_NX) == 0))) {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_EFER_INVALID);
	}
	/* guest-efer-lma-mismatch (SDM 26.3.1.1) */
	if (hdr) {
		if (((uint64_t)hdr->flags & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		    ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
		      ((uint64_t)vmcs12->guest_ia32_efer & 0x400ULL) == 0) ||
		     (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		      ((uint64_t)vmcs12->guest_ia32_efer & 0x400ULL) != 0)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_EFER_LMA_MISMATCH);
	} else if (((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		   ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
		     ((uint64_t)vmcs12->guest_ia32_efer & 0x400ULL) == 0) ||
		    (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		     ((uint64_t)vmcs12->guest_ia32_efer & 0x400ULL) != 0))) {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_EFER_LMA_MISMATCH);
	}
	/* guest-efer-lme-mismatch (SDM 26.3.1.1) */
	if (hdr) {
		if (((uint64_t)hdr->flags & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		    ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
		      ((uint64_t)vmcs12->guest_ia32_efer & 0x100ULL) == 0) ||
		     (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		      ((uint64_t)vmcs12->guest_ia32_efer & 0x100ULL) != 0)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_EFER_LME_MISMATCH);
	} else if (((uint64_t)vmcs12->vm_entry_controls & 0x8000ULL) != 0 &&
		   ((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		   ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
		     ((uint64_t)vmcs12->guest_ia32_efer & 0x100ULL) == 0) ||
		    (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		     ((uint64_t)vmcs12->guest_ia32_efer & 0x100ULL) != 0))) {
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_EFER_LME_MISMATCH);
	}
	/* guest-bndcfgs-invalid (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x10000ULL) != 0 &&
	    (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->guest_bndcfgs, vmx_entry_va_bits(caps)) ||
	     ((uint64_t)vmcs12->guest_bndcfgs & 0xffcULL) != 0)) {
		if (((uint64_t)vmcs12->vm_entry_controls & 0x10000ULL) != 0 &&
		    ((vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		      vmx_entry_noncanonical((uint64_t)vmcs12->guest_bndcfgs,
					     vmx_entry_va_bits(caps))) ||
		     ((uint64_t)vmcs12->guest_bndcfgs & 0xffcULL) != 0))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_BNDCFGS_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_BNDCFGS_INVALID);
	}
	/* guest-cet-state-invalid (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x100000ULL) != 0 &&
	    (((uint64_t)vmcs12->guest_s_cet & 0x3c0ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_s_cet & 0x3ULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0) ||
	     (((uint64_t)vmcs12->guest_s_cet & 0xfffffffffffffc3cULL) != 0 &&
	      !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0) ||
	     (((uint64_t)vmcs12->guest_s_cet >> 12) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_s_cet & 0x400ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_s_cet & 0x800ULL) != 0) ||
	     ((uint64_t)vmcs12->guest_ssp % 4) != 0 || vmx_entry_va_bits(caps) == 0 ||
	     vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->guest_ssp_tbl, vmx_entry_va_bits(caps)))) {
		if (((uint64_t)vmcs12->vm_entry_controls & 0x100000ULL) != 0 &&
		    (((uint64_t)vmcs12->guest_s_cet & 0x3c0ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_s_cet & 0x3ULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_SHSTK) == 0) ||
		     (((uint64_t)vmcs12->guest_s_cet & 0xfffffffffffffc3cULL) != 0 &&
		      !!(caps->cpuid & VMX_ENTRY_CPUID_IBT) == 0) ||
		     (((uint64_t)vmcs12->guest_s_cet >> 12) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_s_cet & 0x400ULL) != 0 &&
		      ((uint64_t)vmcs12->guest_s_cet & 0x800ULL) != 0) ||
		     ((uint64_t)vmcs12->guest_ssp % 4) != 0 ||
		     (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		      vmx_entry_noncanonical((uint64_t)vmcs12->guest_ssp_tbl,
					     vmx_entry_va_bits(caps)))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CET_STATE_INVALID);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_CET_STATE_INVALID);
	}
	/* guest-ssp-upper-bits-57 (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x100000ULL) != 0 &&
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_ssp, 0x3a))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SSP_UPPER_BITS_57);
	/* guest-ssp-upper-bits-48 (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x100000ULL) != 0 &&
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_ssp, 0x31))
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_SSP_UPPER_BITS_48);
	/* guest-activity-state-unsupported (SDM 26.3.1.5) */
	if ((uint64_t)vmcs12->guest_activity_state != 0 &&
	    (uint64_t)vmcs12->guest_activity_state != 1 &&
	    (uint64_t)vmcs12->guest_activity_state != 3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ACTIVITY_STATE_UNSUPPORTED);
	/* guest-cr3-beyond-maxphyaddr (SDM 26.3.1.1) */
	if ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	    vmx_entry_wider_than((uint64_t)vmcs12->guest_cr3, (uint64_t)caps->maxphyaddr)) {
		if ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		    vmx_entry_wider_than((uint64_t)vmcs12->guest_cr3, (uint64_t)caps->maxphyaddr))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CR3_BEYOND_MAXPHYADDR);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_CR3_BEYOND_MAXPHYADDR);
	}
	/* guest-pdptes-in-memory (SDM 26.3.1.6) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) == 0))
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PDPTES_IN_MEMORY);
	/* guest-sysenter-esp-not-canonical (SDM 26.3.1.1) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_sysenter_esp, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_sysenter_esp,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed,
					    VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_SYSENTER_ESP_NOT_CANONICAL);
	}
	/* guest-sysenter-eip-not-canonical (SDM 26.3.1.1) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_sysenter_eip, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_sysenter_eip,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed,
					    VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_SYSENTER_EIP_NOT_CANONICAL);
	}
	/* guest-pcide-without-ia32e (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PCIDE_WITHOUT_IA32E);
	/* guest-rtit-ctl-reserved (SDM 26.3.1.1) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x40000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_RTIT_CTL_RESERVED);
	/* guest-tr-selector-ti (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_tr_selector & 0x4ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_SELECTOR_TI);
	/* guest-ldtr-selector-ti (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ldtr_selector & 0x4ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_SELECTOR_TI);
	/* guest-ss-rpl-differs-from-cs (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    ((((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_cs_selector & 0x3ULL) != 0) ||
	     (((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_cs_selector & 0x3ULL) != 1) ||
	     (((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_cs_selector & 0x3ULL) != 2) ||
	     (((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) == 3 &&
	      ((uint64_t)vmcs12->guest_cs_selector & 0x3ULL) != 3)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_RPL_DIFFERS_FROM_CS);
	/* guest-cs-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_CS_BASE_V8086);
	/* guest-ss-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_SS_BASE_V8086);
	/* guest-ds-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_DS_BASE_V8086);
	/* guest-es-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_ES_BASE_V8086);
	/* guest-fs-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_FS_BASE_V8086);
	/* guest-gs-base-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0)
		vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_GS_BASE_V8086);
	/* guest-tr-base-not-canonical (SDM 26.3.1.2) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_tr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_tr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_TR_BASE_NOT_CANONICAL);
	}
	/* guest-fs-base-not-canonical (SDM 26.3.1.2) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_fs_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_fs_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_FS_BASE_NOT_CANONICAL);
	}
	/* guest-gs-base-not-canonical (SDM 26.3.1.2) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_gs_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_gs_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_GS_BASE_NOT_CANONICAL);
	}
	/* guest-ldtr-base-not-canonical (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->guest_ldtr_base, vmx_entry_va_bits(caps)))) {
		if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
		    vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_ldtr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_LDTR_BASE_NOT_CANONICAL);
	}
	/* guest-cs-base-above-4g (SDM 26.3.1.2) */
	if (vmx_entry_wider_than((uint64_t)vmcs12->guest_cs_base, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_BASE_ABOVE_4G);
	/* guest-ss-base-above-4g (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    vmx_entry_wider_than((uint64_t)vmcs12->guest_ss_base, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_BASE_ABOVE_4G);
	/* guest-ds-base-above-4g (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    vmx_entry_wider_than((uint64_t)vmcs12->guest_ds_base, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_BASE_ABOVE_4G);
	/* guest-es-base-above-4g (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    vmx_entry_wider_than((uint64_t)vmcs12->guest_es_base, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_BASE_ABOVE_4G);
	/* guest-cs-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_cs_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_LIMIT_V8086);
	/* guest-ss-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_ss_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_LIMIT_V8086);
	/* guest-ds-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_ds_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_LIMIT_V8086);
	/* guest-es-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_es_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_LIMIT_V8086);
	/* guest-fs-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_fs_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_LIMIT_V8086);
	/* guest-gs-limit-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_gs_limit != 0xffff)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_LIMIT_V8086);
	/* guest-cs-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_cs_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_AR_V8086);
	/* guest-ss-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_ss_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_AR_V8086);
	/* guest-ds-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_ds_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_AR_V8086);
	/* guest-es-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_es_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_AR_V8086);
	/* guest-fs-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_fs_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_AR_V8086);
	/* guest-gs-ar-v8086 (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (uint64_t)vmcs12->guest_gs_ar_bytes != 0xf3)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_AR_V8086);
	/* guest-cs-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 9 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xb &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xd &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xf) ||
	     (((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 9 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xb &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xd &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xf) ||
	     (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	      ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 3 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 9 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xb &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xd &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) != 0xf)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_TYPE);
	/* guest-ss-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0xfULL) != 3 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0xfULL) != 7)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_TYPE);
	/* guest-ds-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_ds_ar_bytes & 0x1ULL) == 0 ||
	     (((uint64_t)vmcs12->guest_ds_ar_bytes & 0x8ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x2ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_TYPE);
	/* guest-es-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_es_ar_bytes & 0x1ULL) == 0 ||
	     (((uint64_t)vmcs12->guest_es_ar_bytes & 0x8ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_es_ar_bytes & 0x2ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_TYPE);
	/* guest-fs-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_fs_ar_bytes & 0x1ULL) == 0 ||
	     (((uint64_t)vmcs12->guest_fs_ar_bytes & 0x8ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x2ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_TYPE);
	/* guest-gs-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_gs_ar_bytes & 0x1ULL) == 0 ||
	     (((uint64_t)vmcs12->guest_gs_ar_bytes & 0x8ULL) != 0 &&
	      ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x2ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_TYPE);
	/* guest-cs-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_NOT_CODE_OR_DATA);
	/* guest-ss-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_NOT_CODE_OR_DATA);
	/* guest-ds-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_NOT_CODE_OR_DATA);
	/* guest-es-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_NOT_CODE_OR_DATA);
	/* guest-fs-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_NOT_CODE_OR_DATA);
	/* guest-gs-not-code-or-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_NOT_CODE_OR_DATA);
	/* guest-cs-dpl-data (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 3 &&
	    (((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_DPL_DATA);
	/* guest-cs-dpl-nonconforming (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 9 ||
	     ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 0xb) &&
	    (((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) != 1) ||
	     ((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) != 2) ||
	     ((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 3 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) != 3)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_DPL_NONCONFORMING);
	/* guest-cs-dpl-conforming (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 0xd ||
	     ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 0xf) &&
	    (((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) < 1) ||
	     ((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) < 2) ||
	     ((((uint64_t)vmcs12->guest_cs_ar_bytes >> 5) & 0x3ULL) == 3 &&
	      (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) < 3)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_DPL_CONFORMING);
	/* guest-ss-dpl-rpl (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    (((((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) != 1) ||
	     ((((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) != 2) ||
	     ((((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) == 3 &&
	      ((uint64_t)vmcs12->guest_ss_selector & 0x3ULL) != 3)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_DPL_RPL);
	/* guest-ss-dpl-real-mode (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    (((uint64_t)vmcs12->guest_ss_ar_bytes >> 5) & 0x3ULL) != 0 &&
	    (((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfULL) == 3 ||
	     ((uint64_t)vmcs12->guest_cr0 & 0x1ULL) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_DPL_REAL_MODE);
	/* guest-ds-dpl-below-rpl (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0xfULL) < 0xc &&
	    (((((uint64_t)vmcs12->guest_ds_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_ds_selector & 0x3ULL) > 0) ||
	     ((((uint64_t)vmcs12->guest_ds_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_ds_selector & 0x3ULL) > 1) ||
	     ((((uint64_t)vmcs12->guest_ds_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_ds_selector & 0x3ULL) > 2)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_DPL_BELOW_RPL);
	/* guest-es-dpl-below-rpl (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0xfULL) < 0xc &&
	    (((((uint64_t)vmcs12->guest_es_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_es_selector & 0x3ULL) > 0) ||
	     ((((uint64_t)vmcs12->guest_es_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_es_selector & 0x3ULL) > 1) ||
	     ((((uint64_t)vmcs12->guest_es_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_es_selector & 0x3ULL) > 2)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_DPL_BELOW_RPL);
	/* guest-fs-dpl-below-rpl (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0xfULL) < 0xc &&
	    (((((uint64_t)vmcs12->guest_fs_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_fs_selector & 0x3ULL) > 0) ||
	     ((((uint64_t)vmcs12->guest_fs_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_fs_selector & 0x3ULL) > 1) ||
	     ((((uint64_t)vmcs12->guest_fs_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_fs_selector & 0x3ULL) > 2)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_DPL_BELOW_RPL);
	/* guest-gs-dpl-below-rpl (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    (((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) == 0 ||
	     ((uint64_t)vmcs12->secondary_vm_exec_control & 0x80ULL) == 0) &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0xfULL) < 0xc &&
	    (((((uint64_t)vmcs12->guest_gs_ar_bytes >> 5) & 0x3ULL) == 0 &&
	      ((uint64_t)vmcs12->guest_gs_selector & 0x3ULL) > 0) ||
	     ((((uint64_t)vmcs12->guest_gs_ar_bytes >> 5) & 0x3ULL) == 1 &&
	      ((uint64_t)vmcs12->guest_gs_selector & 0x3ULL) > 1) ||
	     ((((uint64_t)vmcs12->guest_gs_ar_bytes >> 5) & 0x3ULL) == 2 &&
	      ((uint64_t)vmcs12->guest_gs_selector & 0x3ULL) > 2)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_DPL_BELOW_RPL);
	/* guest-cs-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_NOT_PRESENT);
	/* guest-ss-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_NOT_PRESENT);
	/* guest-ds-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_NOT_PRESENT);
	/* guest-es-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_NOT_PRESENT);
	/* guest-fs-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_NOT_PRESENT);
	/* guest-gs-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_NOT_PRESENT);
	/* guest-cs-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_AR_RESERVED);
	/* guest-ss-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_AR_RESERVED);
	/* guest-ds-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_AR_RESERVED);
	/* guest-es-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_AR_RESERVED);
	/* guest-fs-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_AR_RESERVED);
	/* guest-gs-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_AR_RESERVED);
	/* guest-cs-long-with-db (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x2000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x4000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_LONG_WITH_DB);
	/* guest-cs-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_cs_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_cs_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_CS_GRANULARITY);
	/* guest-ss-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_ss_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_ss_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_ss_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_SS_GRANULARITY);
	/* guest-ds-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_ds_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_ds_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_ds_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_DS_GRANULARITY);
	/* guest-es-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_es_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_es_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_es_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_es_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_es_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_ES_GRANULARITY);
	/* guest-fs-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_fs_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_fs_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_fs_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_FS_GRANULARITY);
	/* guest-gs-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_gs_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_gs_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_gs_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GS_GRANULARITY);
	/* guest-tr-type (SDM 26.3.1.2) */
	if ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
	     ((uint64_t)vmcs12->guest_tr_ar_bytes & 0xfULL) != 0xb) ||
	    (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	     ((uint64_t)vmcs12->guest_tr_ar_bytes & 0xfULL) != 3 &&
	     ((uint64_t)vmcs12->guest_tr_ar_bytes & 0xfULL) != 0xb))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_TYPE);
	/* guest-tr-s-set (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_tr_ar_bytes & 0x10ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_S_SET);
	/* guest-tr-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_tr_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_NOT_PRESENT);
	/* guest-tr-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_tr_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_AR_RESERVED);
	/* guest-tr-granularity (SDM 26.3.1.2) */
	if ((((uint64_t)vmcs12->guest_tr_limit & 0xfffULL) != 0xfff &&
	     ((uint64_t)vmcs12->guest_tr_ar_bytes & 0x8000ULL) != 0) ||
	    ((((uint64_t)vmcs12->guest_tr_limit >> 20) & 0xfffULL) != 0 &&
	     ((uint64_t)vmcs12->guest_tr_ar_bytes & 0x8000ULL) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_GRANULARITY);
	/* guest-tr-unusable (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_tr_ar_bytes & 0x10000ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_TR_UNUSABLE);
	/* guest-ldtr-type (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0xfULL) != 2)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_TYPE);
	/* guest-ldtr-s-set (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_S_SET);
	/* guest-ldtr-not-present (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x80ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_NOT_PRESENT);
	/* guest-ldtr-ar-reserved (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0xfffe0f00ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_AR_RESERVED);
	/* guest-ldtr-granularity (SDM 26.3.1.2) */
	if (((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x10000ULL) == 0 &&
	    ((((uint64_t)vmcs12->guest_ldtr_limit & 0xfffULL) != 0xfff &&
	      ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x8000ULL) != 0) ||
	     ((((uint64_t)vmcs12->guest_ldtr_limit >> 20) & 0xfffULL) != 0 &&
	      ((uint64_t)vmcs12->guest_ldtr_ar_bytes & 0x8000ULL) == 0)))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_LDTR_GRANULARITY);
	/* guest-gdtr-base-not-canonical (SDM 26.3.1.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_gdtr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_gdtr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GDTR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_GDTR_BASE_NOT_CANONICAL);
	}
	/* guest-gdtr-limit-above-64k (SDM 26.3.1.3) */
	if (vmx_entry_wider_than((uint64_t)vmcs12->guest_gdtr_limit, 0x10))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_GDTR_LIMIT_ABOVE_64K);
	/* guest-idtr-base-not-canonical (SDM 26.3.1.3) */
	if (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	    vmx_entry_noncanonical((uint64_t)vmcs12->guest_idtr_base, vmx_entry_va_bits(caps))) {
		if (vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_idtr_base,
					   vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_IDTR_BASE_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided,
					    VMX_ENTRY_CHECK_GUEST_IDTR_BASE_NOT_CANONICAL);
	}
	/* guest-idtr-limit-above-64k (SDM 26.3.1.3) */
	if (vmx_entry_wider_than((uint64_t)vmcs12->guest_idtr_limit, 0x10))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_IDTR_LIMIT_ABOVE_64K);
	/* guest-rip-above-4g (SDM 26.3.1.4) */
	if ((((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 ||
	     ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x2000ULL) == 0) &&
	    vmx_entry_wider_than((uint64_t)vmcs12->guest_rip, 0x20))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_RIP_ABOVE_4G);
	/* guest-rip-not-canonical (SDM 26.3.1.4) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x2000ULL) != 0 &&
	    (vmx_entry_va_bits(caps) == 0 || vmx_entry_va_bits(caps) > 64 ||
	     vmx_entry_noncanonical((uint64_t)vmcs12->guest_rip, vmx_entry_va_bits(caps)))) {
		if (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cs_ar_bytes & 0x2000ULL) != 0 &&
		    vmx_entry_va_bits(caps) > 0 && vmx_entry_va_bits(caps) < 65 &&
		    vmx_entry_noncanonical((uint64_t)vmcs12->guest_rip, vmx_entry_va_bits(caps)))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_RIP_NOT_CANONICAL);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_RIP_NOT_CANONICAL);
	}
	/* guest-rflags-reserved (SDM 26.3.1.4) */
	if (((uint64_t)vmcs12->guest_rflags & 0xffffffffffc08028ULL) != 0 ||
	    ((uint64_t)vmcs12->guest_rflags & 0x2ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_RFLAGS_RESERVED);
	/* guest-rflags-vm-not-allowed (SDM 26.3.1.4) */
	if (((uint64_t)vmcs12->guest_rflags & 0x20000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) != 0 ||
	     ((uint64_t)vmcs12->guest_cr0 & 0x1ULL) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_RFLAGS_VM_NOT_ALLOWED);
	/* guest-rflags-if-for-interrupt (SDM 26.3.1.4) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_rflags & 0x200ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_RFLAGS_IF_FOR_INTERRUPT);
	/* guest-interruptibility-reserved (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & ~0x1fULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_RESERVED);
	/* guest-interruptibility-sti-and-mov-ss (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & 0x1ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x2ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_STI_AND_MOV_SS);
	/* guest-interruptibility-sti-without-if (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & 0x1ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_rflags & 0x200ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_STI_WITHOUT_IF);
	/* guest-interruptibility-blocks-interrupt (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x3ULL) != 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_BLOCKS_INTERRUPT);
	/* guest-interruptibility-mov-ss-blocks-nmi (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 2 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x2ULL) != 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_MOV_SS_BLOCKS_NMI);
	/* guest-interruptibility-smi-without-smm-entry (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x400ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x4ULL) != 0)
		vmx_entry_check_set(undecided,
				    VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_SMI_WITHOUT_SMM_ENTRY);
	/* guest-interruptibility-smm-entry-without-smi (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->vm_entry_controls & 0x400ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x4ULL) == 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_SMM_ENTRY_WITHOUT_SMI);
	/* guest-interruptibility-virtual-nmi-blocking (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->pin_based_vm_exec_control & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_intr_info_field & 0x80000000ULL) != 0 &&
	    (((uint64_t)vmcs12->vm_entry_intr_info_field >> 8) & 0x7ULL) == 2 &&
	    ((uint64_t)vmcs12->guest_interruptibility_info & 0x8ULL) != 0)
		vmx_entry_check_set(failed,
				    VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_VIRTUAL_NMI_BLOCKING);
	/* guest-interruptibility-enclave-mov-ss (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & 0x10ULL) != 0 &&
	    (((uint64_t)vmcs12->guest_interruptibility_info & 0x2ULL) != 0 ||
	     !!(caps->cpuid & VMX_ENTRY_CPUID_SGX) == 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_INTERRUPTIBILITY_ENCLAVE_MOV_SS);
	/* guest-pending-dbg-reserved (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_pending_dbg_exceptions & 0xfffffffffffeaff0ULL) != 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PENDING_DBG_RESERVED);
	/* guest-pending-dbg-bs-missing (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & 0x3ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x4ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_rflags & 0x100ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_ia32_debugctl & 0x2ULL) == 0 &&
	    ((uint64_t)vmcs12->guest_pending_dbg_exceptions & 0x4000ULL) == 0)
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PENDING_DBG_BS_MISSING);
	/* guest-pending-dbg-bs-spurious (SDM 26.3.1.5) */
	if (((uint64_t)vmcs12->guest_interruptibility_info & 0x3ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x4ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_pending_dbg_exceptions & 0x4000ULL) != 0 &&
	    (((uint64_t)vmcs12->guest_rflags & 0x100ULL) == 0 ||
	     ((uint64_t)vmcs12->guest_ia32_debugctl & 0x2ULL) != 0))
		vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PENDING_DBG_BS_SPURIOUS);
	/* guest-pdpte0-reserved (SDM 26.3.1.6) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_pdptr0 & 0x1ULL) == 1 &&
	    ((((uint64_t)vmcs12->guest_pdptr0 >> 1) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_pdptr0 >> 5) & 0xfULL) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr0, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_pdptr0 & 0x1ULL) == 1 &&
		    ((((uint64_t)vmcs12->guest_pdptr0 >> 1) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_pdptr0 >> 5) & 0xfULL) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr0,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PDPTE0_RESERVED);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PDPTE0_RESERVED);
	}
	/* guest-pdpte1-reserved (SDM 26.3.1.6) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_pdptr1 & 0x1ULL) == 1 &&
	    ((((uint64_t)vmcs12->guest_pdptr1 >> 1) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_pdptr1 >> 5) & 0xfULL) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr1, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_pdptr1 & 0x1ULL) == 1 &&
		    ((((uint64_t)vmcs12->guest_pdptr1 >> 1) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_pdptr1 >> 5) & 0xfULL) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr1,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PDPTE1_RESERVED);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PDPTE1_RESERVED);
	}
	/* guest-pdpte2-reserved (SDM 26.3.1.6) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_pdptr2 & 0x1ULL) == 1 &&
	    ((((uint64_t)vmcs12->guest_pdptr2 >> 1) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_pdptr2 >> 5) & 0xfULL) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr2, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_pdptr2 & 0x1ULL) == 1 &&
		    ((((uint64_t)vmcs12->guest_pdptr2 >> 1) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_pdptr2 >> 5) & 0xfULL) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr2,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PDPTE2_RESERVED);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PDPTE2_RESERVED);
	}
	/* guest-pdpte3-reserved (SDM 26.3.1.6) */
	if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
	    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
	    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
	    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
	    ((uint64_t)vmcs12->guest_pdptr3 & 0x1ULL) == 1 &&
	    ((((uint64_t)vmcs12->guest_pdptr3 >> 1) & 0x3ULL) != 0 ||
	     (((uint64_t)vmcs12->guest_pdptr3 >> 5) & 0xfULL) != 0 ||
	     (uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
	     vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr3, (uint64_t)caps->maxphyaddr))) {
		if (((uint64_t)vmcs12->guest_cr0 & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_cr4 & 0x20ULL) != 0 &&
		    ((uint64_t)vmcs12->vm_entry_controls & 0x200ULL) == 0 &&
		    ((uint64_t)vmcs12->cpu_based_vm_exec_control & 0x80000000ULL) != 0 &&
		    ((uint64_t)vmcs12->secondary_vm_exec_control & 0x2ULL) != 0 &&
		    ((uint64_t)vmcs12->guest_pdptr3 & 0x1ULL) == 1 &&
		    ((((uint64_t)vmcs12->guest_pdptr3 >> 1) & 0x3ULL) != 0 ||
		     (((uint64_t)vmcs12->guest_pdptr3 >> 5) & 0xfULL) != 0 ||
		     ((uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		      vmx_entry_wider_than((uint64_t)vmcs12->guest_pdptr3,
					   (uint64_t)caps->maxphyaddr))))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_GUEST_PDPTE3_RESERVED);
		else
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_GUEST_PDPTE3_RESERVED);
	}
	memcpy(result->failed, failed, sizeof(failed));
	memcpy(result->undecided, undecided, sizeof(undecided));
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_VMX_ENTRY_CHECKS_H */

