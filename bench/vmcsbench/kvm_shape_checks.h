/*
 * The benchmark's baseline: the conditions of kvm_control_checks.yaml and of
 * specs/checks/set_nested_state.yaml written by hand the way KVM writes them in
 * arch/x86/kvm/vmx/nested.c (Linux 6.1): vmx_control_verify() against the allowed settings
 * KVM keeps per vCPU (nested_vmx_msrs, split into low and high words when the vCPU is set up),
 * page_address_valid(), CC() chains that stop at the first broken check and return -EINVAL.
 *
 * Members are read from the generated struct kvm_vmcs12 (the same layout KVM's struct vmcs12
 * has), so both sides load the same bytes.
 */
#ifndef BENCH_KVM_SHAPE_CHECKS_H
#define BENCH_KVM_SHAPE_CHECKS_H

#include <errno.h>
#include <stdint.h>

#include "kvm_nested_state.h"
#include "kvm_vmcs12.h"
#include "vmcs_bits.h"

/* KVM traces the failed condition here (KVM_NESTED_VMENTER_CONSISTENCY_CHECK). */
#define CC(consistency_check) (consistency_check)

#define KVM_SHAPE_INVALID_GPA UINT64_MAX
#define KVM_SHAPE_STATE_NESTED_EVMCS 0x4u

/* What KVM holds for the vCPU: vmx->nested.msrs, cpuid_maxphyaddr(), guest CPUID's VMX bit. */
struct kvm_shape_vcpu {
	uint32_t pinbased_ctls_low, pinbased_ctls_high;
	uint32_t procbased_ctls_low, procbased_ctls_high;
	uint32_t secondary_ctls_low, secondary_ctls_high;
	uint32_t exit_ctls_low, exit_ctls_high;
	uint32_t entry_ctls_low, entry_ctls_high;
	unsigned int maxphyaddr;
	int guest_has_vmx;
	int enlightened_vmcs_enabled;
};

static inline int kvm_shape_fixed_bits_valid(uint64_t val, uint64_t fixed0, uint64_t fixed1)
{
	return ((val & fixed1) | fixed0) == val;
}

static inline int vmx_control_verify(uint32_t control, uint32_t low, uint32_t high)
{
	return kvm_shape_fixed_bits_valid(control, low, high);
}

static inline int page_address_valid(const struct kvm_shape_vcpu *vcpu, uint64_t gpa)
{
	return !(gpa & 0xfffu) && !(gpa >> vcpu->maxphyaddr);
}

static inline int nested_cpu_has(const struct kvm_vmcs12 *vmcs12, uint32_t bit)
{
	return vmcs12->cpu_based_vm_exec_control & bit;
}

static inline int nested_cpu_has2(const struct kvm_vmcs12 *vmcs12, uint32_t bit)
{
	return (vmcs12->cpu_based_vm_exec_control & VMCS_CPU_BASED_ACTIVATE_SECONDARY_CONTROLS) &&
	       (vmcs12->secondary_vm_exec_control & bit);
}

static inline int nested_vmx_check_io_bitmap_controls(const struct kvm_shape_vcpu *vcpu,
						      const struct kvm_vmcs12 *vmcs12)
{
	if (!nested_cpu_has(vmcs12, VMCS_CPU_BASED_USE_IO_BITMAPS))
		return 0;
	if (CC(!page_address_valid(vcpu, vmcs12->io_bitmap_a)) ||
	    CC(!page_address_valid(vcpu, vmcs12->io_bitmap_b)))
		return -EINVAL;
	return 0;
}

static inline int nested_vmx_check_msr_bitmap_controls(const struct kvm_shape_vcpu *vcpu,
						       const struct kvm_vmcs12 *vmcs12)
{
	if (!nested_cpu_has(vmcs12, VMCS_CPU_BASED_USE_MSR_BITMAPS))
		return 0;
	if (CC(!page_address_valid(vcpu, vmcs12->msr_bitmap)))
		return -EINVAL;
	return 0;
}

static inline int nested_vmx_check_tpr_shadow_controls(const struct kvm_shape_vcpu *vcpu,
						       const struct kvm_vmcs12 *vmcs12)
{
	if (!nested_cpu_has(vmcs12, VMCS_CPU_BASED_TPR_SHADOW))
		return 0;
	if (CC(!page_address_valid(vcpu, vmcs12->virtual_apic_page_addr)))
		return -EINVAL;
	return 0;
}

static inline int nested_vmx_check_nmi_controls(const struct kvm_vmcs12 *vmcs12)
{
	uint32_t pin = vmcs12->pin_based_vm_exec_control;

	if (CC(!(pin & VMCS_PIN_BASED_NMI_EXITING) && (pin & VMCS_PIN_BASED_VIRTUAL_NMIS)))
		return -EINVAL;
	if (CC(!(pin & VMCS_PIN_BASED_VIRTUAL_NMIS) &&
	       nested_cpu_has(vmcs12, VMCS_CPU_BASED_NMI_WINDOW_EXITING)))
		return -EINVAL;
	return 0;
}

static inline int nested_check_vm_execution_controls(const struct kvm_shape_vcpu *vcpu,
						     const struct kvm_vmcs12 *vmcs12)
{
	if (CC(!vmx_control_verify(vmcs12->pin_based_vm_exec_control, vcpu->pinbased_ctls_low,
				   vcpu->pinbased_ctls_high)) ||
	    CC(!vmx_control_verify(vmcs12->cpu_based_vm_exec_control, vcpu->procbased_ctls_low,
				   vcpu->procbased_ctls_high)))
		return -EINVAL;

	if (nested_cpu_has(vmcs12, VMCS_CPU_BASED_ACTIVATE_SECONDARY_CONTROLS) &&
	    CC(!vmx_control_verify(vmcs12->secondary_vm_exec_control, vcpu->secondary_ctls_low,
				   vcpu->secondary_ctls_high)))
		return -EINVAL;

	if (nested_vmx_check_io_bitmap_controls(vcpu, vmcs12) ||
	    nested_vmx_check_msr_bitmap_controls(vcpu, vmcs12) ||
	    nested_vmx_check_tpr_shadow_controls(vcpu, vmcs12) ||
	    nested_vmx_check_nmi_controls(vmcs12) ||
	    CC(nested_cpu_has2(vmcs12, VMCS_SECONDARY_EXEC_ENABLE_VPID) &&
	       !vmcs12->virtual_processor_id))
		return -EINVAL;
	return 0;
}

static inline int nested_vmx_check_controls(const struct kvm_shape_vcpu *vcpu,
					    const struct kvm_vmcs12 *vmcs12)
{
	if (nested_check_vm_execution_controls(vcpu, vmcs12))
		return -EINVAL;
	if (CC(!vmx_control_verify(vmcs12->vm_exit_controls, vcpu->exit_ctls_low,
				   vcpu->exit_ctls_high)))
		return -EINVAL;
	if (CC(!vmx_control_verify(vmcs12->vm_entry_controls, vcpu->entry_ctls_low,
				   vcpu->entry_ctls_high)))
		return -EINVAL;
	return 0;
}

/* The part of vmx_set_nested_state() set_nested_state.yaml describes, then the controls. */
static inline int kvm_shape_set_nested_state(const struct kvm_shape_vcpu *vcpu,
					     const struct kvm_nested_state_header *hdr,
					     const struct kvm_vmcs12 *vmcs12)
{
	if (hdr->vmxon_pa != KVM_SHAPE_INVALID_GPA) {
		if (!vcpu->guest_has_vmx)
			return -EINVAL;
		/* its alignment is a rule of the blob alone (containers/kvm_nested_state.yaml) */
		if (hdr->vmxon_pa >> vcpu->maxphyaddr)
			return -EINVAL;
		if (hdr->vmcs12_pa != KVM_SHAPE_INVALID_GPA &&
		    hdr->vmcs12_pa >> vcpu->maxphyaddr)
			return -EINVAL;
	}
	if ((hdr->flags & KVM_SHAPE_STATE_NESTED_EVMCS) && !vcpu->enlightened_vmcs_enabled)
		return -EINVAL;
	return nested_vmx_check_controls(vcpu, vmcs12);
}

#endif /* BENCH_KVM_SHAPE_CHECKS_H */
