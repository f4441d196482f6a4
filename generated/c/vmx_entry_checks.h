/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The VM-entry checks of a vmcs12 against the destination vCPU's capabilities.
 *
 * Generated from specs/checks/set_nested_state.yaml, specs/fields.yaml,
 * specs/bits.yaml, specs/layouts/kvm_vmcs12.yaml
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

#define VMX_ENTRY_NR_CHECKS 4u
/* 64-bit words of a check bitmap. */
#define VMX_ENTRY_CHECK_WORDS 1u
#define VMX_ENTRY_CHECK_VMX_NOT_IN_GUEST_CPUID 0u
#define VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR 1u
#define VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR 2u
#define VMX_ENTRY_CHECK_EVMCS_NOT_ENABLED 3u

/* IA32_VMX_BASIC[55]: the TRUE_ control MSRs give the allowed-0 settings. */
#define VMX_ENTRY_BASIC_TRUE_CTLS (1ULL << 55)
/* CPUID feature "vmx" (Linux X86_FEATURE_VMX) in caps->cpuid. */
#define VMX_ENTRY_CPUID_VMX (1ULL << 0)

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

	(void)vmcs12;
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
		    (uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		    vmx_entry_wider_than((uint64_t)hdr->vmxon_pa, (uint64_t)caps->maxphyaddr))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR);
		else if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
			 ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
			  vmx_entry_wider_than((uint64_t)hdr->vmxon_pa, (uint64_t)caps->maxphyaddr)))
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_VMXON_PA_BEYOND_MAXPHYADDR);
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
		    (uint64_t)caps->maxphyaddr > 0 && (uint64_t)caps->maxphyaddr < 65 &&
		    vmx_entry_wider_than((uint64_t)hdr->vmcs12_pa, (uint64_t)caps->maxphyaddr))
			vmx_entry_check_set(failed, VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR);
		else if ((uint64_t)hdr->vmxon_pa != 0xffffffffffffffffULL &&
			 (uint64_t)hdr->vmcs12_pa != 0xffffffffffffffffULL &&
			 ((uint64_t)caps->maxphyaddr == 0 || (uint64_t)caps->maxphyaddr > 64 ||
			  vmx_entry_wider_than((uint64_t)hdr->vmcs12_pa, (uint64_t)caps->maxphyaddr)))
			vmx_entry_check_set(undecided, VMX_ENTRY_CHECK_VMCS12_PA_BEYOND_MAXPHYADDR);
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
	memcpy(result->failed, failed, sizeof(failed));
	memcpy(result->undecided, undecided, sizeof(undecided));
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_VMX_ENTRY_CHECKS_H */

