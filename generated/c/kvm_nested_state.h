/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * KVM nested state (struct kvm_nested_state, VMX format): the `kvm_nested_state` blob.
 *
 * Generated from specs/containers/kvm_nested_state.yaml, specs/fields.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Linux arch/x86/include/uapi/asm/kvm.h as mirrored in
 * tools/arch/x86/include/uapi/asm/kvm.h (torvalds/linux ce0478b02ed2); rules from
 * arch/x86/kvm/x86.c (KVM_SET_NESTED_STATE) and arch/x86/kvm/vmx/nested.c
 * (vmx_set_nested_state, vmx_get_nested_state), both at torvalds/linux
 * 8ecb10bcbfa3; control bits from arch/x86/include/asm/vmx.h (3c75e6a5da3c).
 *
 * A blob is the 128-byte header, then the regions `size` counts (128, 4224, 8320 bytes).
 * kvm_nested_state_violations() applies every rule of the spec and returns the broken ones
 * as KVM_NESTED_STATE_BROKE_* bits; it reads region fields with the region layout's own
 * <layout>_reader(), which must not be NULL.
 */
#ifndef VMCSGEN_KVM_NESTED_STATE_H
#define VMCSGEN_KVM_NESTED_STATE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "kvm_nested_state: the blob is little-endian, the host is not"
#endif

#ifdef __cplusplus
#define KVM_NESTED_STATE_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
extern "C" {
#else
#define KVM_NESTED_STATE_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif
#define KVM_NESTED_STATE_CHECK_OFFSET(member, offset) \
	KVM_NESTED_STATE_STATIC_ASSERT(offsetof(struct kvm_nested_state_header, member) == (offset), \
		"kvm_nested_state_header." #member " moved")

#define KVM_NESTED_STATE_HEADER_SIZE 128u
#define KVM_NESTED_STATE_MAX_SIZE 8320u
#define KVM_NESTED_STATE_NR_REGIONS 2u
#define KVM_NESTED_STATE_INVALID_GPA 0xffffffffffffffffull
#define KVM_NESTED_STATE_VMCS12_REVISION 0x11e57ed0u
#define KVM_NESTED_STATE_PAGE_SIZE 0x1000u
#define KVM_NESTED_STATE_CPU_BASED_ACTIVATE_SECONDARY_CONTROLS 0x80000000u
#define KVM_NESTED_STATE_SECONDARY_EXEC_SHADOW_VMCS 0x4000u
#define KVM_NESTED_STATE_PIN_BASED_VMX_PREEMPTION_TIMER 0x40u
#define KVM_NESTED_STATE_FLAGS_GUEST_MODE 0x1u
#define KVM_NESTED_STATE_FLAGS_RUN_PENDING 0x2u
#define KVM_NESTED_STATE_FLAGS_EVMCS 0x4u
#define KVM_NESTED_STATE_FLAGS_MTF_PENDING 0x8u
#define KVM_NESTED_STATE_FLAGS_GIF_SET 0x100u
#define KVM_NESTED_STATE_FORMAT_VMX 0x0u
#define KVM_NESTED_STATE_FORMAT_SVM 0x1u
#define KVM_NESTED_STATE_SMM_FLAGS_GUEST_MODE 0x1u
#define KVM_NESTED_STATE_SMM_FLAGS_VMXON 0x2u
#define KVM_NESTED_STATE_VMX_FLAGS_PREEMPTION_TIMER_DEADLINE 0x1u

/* data.vmx[0].vmcs12 */
#define KVM_NESTED_STATE_VMCS12 0u
#define KVM_NESTED_STATE_VMCS12_OFFSET 128u
#define KVM_NESTED_STATE_VMCS12_SIZE 4096u
#define KVM_NESTED_STATE_VMCS12_REVISION 0x11e57ed0u
/* data.vmx[0].shadow_vmcs12 */
#define KVM_NESTED_STATE_SHADOW_VMCS12 1u
#define KVM_NESTED_STATE_SHADOW_VMCS12_OFFSET 4224u
#define KVM_NESTED_STATE_SHADOW_VMCS12_SIZE 4096u
#define KVM_NESTED_STATE_SHADOW_VMCS12_REVISION 0x11e57ed0u

struct kvm_nested_state_header {
	uint16_t flags; /* KVM_STATE_NESTED_* flags */
	uint16_t format; /* KVM_STATE_NESTED_FORMAT_* */
	/* bytes in the blob: 128, + 4096 with vmcs12, + 4096 with the shadow vmcs12 */
	uint32_t size;
	uint64_t vmxon_pa; /* hdr.vmx.vmxon_pa: the VMXON region, all ones outside VMX operation */
	uint64_t vmcs12_pa; /* hdr.vmx.vmcs12_pa: the current VMCS, all ones if none */
	uint16_t smm_flags; /* hdr.vmx.smm.flags: KVM_STATE_NESTED_SMM_* */
	uint8_t pad[2]; /* hdr.vmx.pad */
	uint32_t vmx_flags; /* hdr.vmx.flags: KVM_STATE_VMX_* */
	uint64_t preemption_timer_deadline; /* hdr.vmx.preemption_timer_deadline */
	uint8_t hdr_pad[88]; /* rest of the 120-byte hdr union */
} __attribute__((packed));

KVM_NESTED_STATE_CHECK_OFFSET(flags, 0);
KVM_NESTED_STATE_CHECK_OFFSET(format, 2);
KVM_NESTED_STATE_CHECK_OFFSET(size, 4);
KVM_NESTED_STATE_CHECK_OFFSET(vmxon_pa, 8);
KVM_NESTED_STATE_CHECK_OFFSET(vmcs12_pa, 16);
KVM_NESTED_STATE_CHECK_OFFSET(smm_flags, 24);
KVM_NESTED_STATE_CHECK_OFFSET(pad, 26);
KVM_NESTED_STATE_CHECK_OFFSET(vmx_flags, 28);
KVM_NESTED_STATE_CHECK_OFFSET(preemption_timer_deadline, 32);
KVM_NESTED_STATE_CHECK_OFFSET(hdr_pad, 40);
KVM_NESTED_STATE_STATIC_ASSERT(sizeof(struct kvm_nested_state_header) == 128, "header size");

/* VMREAD of one region by encoding: 0 and the value, or an error for a field it lacks. */
typedef int (*kvm_nested_state_read_fn)(const void *region, uint32_t encoding, uint64_t *value);

#define KVM_NESTED_STATE_NR_RULES 40u
#define KVM_NESTED_STATE_BROKE_BLOB_SHORTER_THAN_HEADER (1ULL << 0)
#define KVM_NESTED_STATE_BROKE_SIZE_BEYOND_DATA (1ULL << 1)
#define KVM_NESTED_STATE_BROKE_TRAILING_BYTES (1ULL << 2)
#define KVM_NESTED_STATE_BROKE_SIZE_BELOW_HEADER (1ULL << 3)
#define KVM_NESTED_STATE_BROKE_FLAGS_UNKNOWN (1ULL << 4)
#define KVM_NESTED_STATE_BROKE_RUN_PENDING_WITHOUT_GUEST_MODE (1ULL << 5)
#define KVM_NESTED_STATE_BROKE_FORMAT_NOT_VMX (1ULL << 6)
#define KVM_NESTED_STATE_BROKE_SMM_FLAGS_WITHOUT_VMXON (1ULL << 7)
#define KVM_NESTED_STATE_BROKE_VMCS12_PA_WITHOUT_VMXON (1ULL << 8)
#define KVM_NESTED_STATE_BROKE_FLAGS_WITHOUT_VMXON (1ULL << 9)
#define KVM_NESTED_STATE_BROKE_VMXON_PA_MISALIGNED (1ULL << 10)
#define KVM_NESTED_STATE_BROKE_VMXON_PA_BEYOND_PHYSICAL (1ULL << 11)
#define KVM_NESTED_STATE_BROKE_SMM_GUEST_MODE_WITH_GUEST_MODE (1ULL << 12)
#define KVM_NESTED_STATE_BROKE_SMM_FLAGS_UNKNOWN (1ULL << 13)
#define KVM_NESTED_STATE_BROKE_VMX_FLAGS_UNKNOWN (1ULL << 14)
#define KVM_NESTED_STATE_BROKE_SMM_WITH_GUEST_ENTRY (1ULL << 15)
#define KVM_NESTED_STATE_BROKE_SMM_GUEST_MODE_WITHOUT_SMM_VMXON (1ULL << 16)
#define KVM_NESTED_STATE_BROKE_GUEST_MODE_WITHOUT_VMCS12 (1ULL << 17)
#define KVM_NESTED_STATE_BROKE_EVMCS_WITHOUT_VMCS12 (1ULL << 18)
#define KVM_NESTED_STATE_BROKE_VMCS12_PA_WITHOUT_VMCS12 (1ULL << 19)
#define KVM_NESTED_STATE_BROKE_VMCS12_PA_IS_VMXON_PA (1ULL << 20)
#define KVM_NESTED_STATE_BROKE_VMCS12_PA_MISALIGNED (1ULL << 21)
#define KVM_NESTED_STATE_BROKE_VMCS12_PA_BEYOND_PHYSICAL (1ULL << 22)
#define KVM_NESTED_STATE_BROKE_VMCS12_WITHOUT_POINTER (1ULL << 23)
#define KVM_NESTED_STATE_BROKE_VMCS12_REVISION (1ULL << 24)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_MISSING (1ULL << 25)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_REVISION (1ULL << 26)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SHADOW_BIT (1ULL << 27)
#define KVM_NESTED_STATE_BROKE_SIZE_NOT_A_SHAPE (1ULL << 28)
#define KVM_NESTED_STATE_BROKE_VMCS12_WITHOUT_VMXON (1ULL << 29)
#define KVM_NESTED_STATE_BROKE_EVMCS_WITHOUT_VMXON (1ULL << 30)
#define KVM_NESTED_STATE_BROKE_MTF_PENDING_WITHOUT_GUEST_MODE (1ULL << 31)
#define KVM_NESTED_STATE_BROKE_GIF_SET_IN_VMX_FORMAT (1ULL << 32)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_OUTSIDE_GUEST_MODE (1ULL << 33)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SECONDARY_CONTROLS (1ULL << 34)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SHADOWING (1ULL << 35)
#define KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_LINK_POINTER (1ULL << 36)
#define KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_GUEST_MODE (1ULL << 37)
#define KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_PREEMPTION_TIMER (1ULL << 38)
#define KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_FLAG (1ULL << 39)

/* The rule's id (as in the spec) and what it says, or NULL past the last rule. */
static inline const char *kvm_nested_state_rule_id(unsigned int rule)
{
	static const char *const ids[] = {
		"blob-shorter-than-header",
		"size-beyond-data",
		"trailing-bytes",
		"size-below-header",
		"flags-unknown",
		"run-pending-without-guest-mode",
		"format-not-vmx",
		"smm-flags-without-vmxon",
		"vmcs12-pa-without-vmxon",
		"flags-without-vmxon",
		"vmxon-pa-misaligned",
		"vmxon-pa-beyond-physical",
		"smm-guest-mode-with-guest-mode",
		"smm-flags-unknown",
		"vmx-flags-unknown",
		"smm-with-guest-entry",
		"smm-guest-mode-without-smm-vmxon",
		"guest-mode-without-vmcs12",
		"evmcs-without-vmcs12",
		"vmcs12-pa-without-vmcs12",
		"vmcs12-pa-is-vmxon-pa",
		"vmcs12-pa-misaligned",
		"vmcs12-pa-beyond-physical",
		"vmcs12-without-pointer",
		"vmcs12-revision",
		"shadow-vmcs12-missing",
		"shadow-vmcs12-revision",
		"shadow-vmcs12-without-shadow-bit",
		"size-not-a-shape",
		"vmcs12-without-vmxon",
		"evmcs-without-vmxon",
		"mtf-pending-without-guest-mode",
		"gif-set-in-vmx-format",
		"shadow-vmcs12-outside-guest-mode",
		"shadow-vmcs12-without-secondary-controls",
		"shadow-vmcs12-without-shadowing",
		"shadow-vmcs12-without-link-pointer",
		"timer-deadline-without-guest-mode",
		"timer-deadline-without-preemption-timer",
		"timer-deadline-without-flag",
	};

	return rule < KVM_NESTED_STATE_NR_RULES ? ids[rule] : NULL;
}

static inline const char *kvm_nested_state_rule_message(unsigned int rule)
{
	static const char *const messages[] = {
		"the blob is shorter than the 128-byte header",
		"size counts more bytes than the blob holds",
		"the blob holds bytes after the size it declares",
		"size is below sizeof(struct kvm_nested_state) (128)",
		"flags has bits outside GUEST_MODE, RUN_PENDING, EVMCS, MTF_PENDING, GIF_SET",
		"RUN_PENDING is set without GUEST_MODE",
		"format is not KVM_STATE_NESTED_FORMAT_VMX",
		"smm.flags is set while vmxon_pa is -1 (not in VMX operation)",
		"vmcs12_pa is set while vmxon_pa is -1",
		"flags other than EVMCS are set while vmxon_pa is -1",
		"vmxon_pa is not 4 KiB aligned",
		"vmxon_pa has bits at or above bit 52, beyond any MAXPHYADDR",
		"smm.flags GUEST_MODE and flags GUEST_MODE are both set",
		"smm.flags has bits outside GUEST_MODE and VMXON",
		"hdr.vmx.flags has bits outside PREEMPTION_TIMER_DEADLINE",
		"smm.flags is set with GUEST_MODE or RUN_PENDING (refused in SMM and outside it)",
		"smm.flags GUEST_MODE is set without smm.flags VMXON",
		"GUEST_MODE is set but the blob holds no vmcs12",
		"EVMCS is set in VMX operation but the blob holds no vmcs12",
		"vmcs12_pa names a current VMCS but the blob holds no vmcs12",
		"vmcs12_pa is the VMXON region",
		"vmcs12_pa is not 4 KiB aligned",
		"vmcs12_pa has bits at or above bit 52, beyond any MAXPHYADDR",
		"the blob holds a vmcs12 but neither vmcs12_pa nor EVMCS says where it lives",
		"the vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
		"in guest mode with VMCS shadowing and a link pointer, but the blob holds no shadow vmcs12",
		"the shadow vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
		"the shadow vmcs12 does not carry the shadow-VMCS indicator",
		"size is none of 128, 4224 and 8320, the sizes KVM_GET_NESTED_STATE writes",
		"the blob holds a vmcs12 but vmxon_pa is -1; it would be ignored",
		"EVMCS is set while vmxon_pa is -1 (tolerated by KVM_SET_NESTED_STATE, never written)",
		"MTF_PENDING is set without GUEST_MODE; it would be ignored",
		"GIF_SET belongs to the SVM format; VMX ignores it",
		"the blob holds a shadow vmcs12 outside guest mode; it would be ignored",
		"the blob holds a shadow vmcs12 but vmcs12 does not activate secondary controls",
		"the blob holds a shadow vmcs12 but vmcs12 does not enable VMCS shadowing",
		"the blob holds a shadow vmcs12 but the vmcs12 link pointer is -1",
		"PREEMPTION_TIMER_DEADLINE is set without GUEST_MODE; it would be ignored",
		"PREEMPTION_TIMER_DEADLINE is set but vmcs12 does not enable the VMX-preemption timer",
		"preemption_timer_deadline is non-zero without PREEMPTION_TIMER_DEADLINE; it would be ignored",
	};

	return rule < KVM_NESTED_STATE_NR_RULES ? messages[rule] : NULL;
}

/* A little-endian header or region integer of 1, 2, 4 or 8 bytes. */
static inline uint64_t kvm_nested_state_load(const uint8_t *p, size_t size)
{
	switch (size) {
	case 1:
		return p[0];
	case 2: {
		uint16_t v;

		memcpy(&v, p, sizeof(v));
		return v;
	}
	case 4: {
		uint32_t v;

		memcpy(&v, p, sizeof(v));
		return v;
	}
	default: {
		uint64_t v;

		memcpy(&v, p, sizeof(v));
		return v;
	}
	}
}

/* A field the region's layout does not hold reads as 0, its default. */
static inline uint64_t kvm_nested_state_field(kvm_nested_state_read_fn read, const uint8_t *region,
					      uint32_t encoding)
{
	uint64_t value = 0;

	if (read(region, encoding, &value))
		return 0;
	return value;
}

/* Region `region` of the blob, or NULL unless `size` counts it and len holds it. */
static inline const void *kvm_nested_state_region(const void *blob, size_t len, unsigned int region)
{
	static const uint32_t offsets[] = { 128u, 4224u };
	static const uint32_t ends[] = { 4224u, 8320u };
	const uint8_t *p = (const uint8_t *)blob;

	if (region >= KVM_NESTED_STATE_NR_REGIONS || len < KVM_NESTED_STATE_HEADER_SIZE)
		return NULL;
	if (kvm_nested_state_load(p + 4, 4) < ends[region] || len < ends[region])
		return NULL;
	return p + offsets[region];
}

/* Every rule the blob breaks, as KVM_NESTED_STATE_BROKE_* bits; 0 when it breaks none. */
static inline uint64_t kvm_nested_state_violations(const void *blob, size_t len,
						   kvm_nested_state_read_fn read)
{
	const uint8_t *p = (const uint8_t *)blob;
	uint64_t broken = 0;
	uint64_t length = len;
	uint64_t declared;
	uint64_t h_size = 0;
	uint64_t h_flags = 0;
	uint64_t h_format = 0;
	uint64_t h_vmxon_pa = 0;
	uint64_t h_smm_flags = 0;
	uint64_t h_vmcs12_pa = 0;
	uint64_t h_vmx_flags = 0;
	uint64_t vmcs12_present = 0;
	uint64_t shadow_vmcs12_present = 0;
	uint64_t h_preemption_timer_deadline = 0;
	uint64_t vmcs12_revision = 0;
	int have_vmcs12_revision = 0;
	uint64_t vmcs12_cpu_based_vm_exec_control = 0;
	int have_vmcs12_cpu_based_vm_exec_control = 0;
	uint64_t vmcs12_secondary_vm_exec_control = 0;
	int have_vmcs12_secondary_vm_exec_control = 0;
	uint64_t vmcs12_vmcs_link_pointer = 0;
	int have_vmcs12_vmcs_link_pointer = 0;
	uint64_t shadow_vmcs12_revision = 0;
	int have_shadow_vmcs12_revision = 0;
	uint64_t shadow_vmcs12_shadow = 0;
	int have_shadow_vmcs12_shadow = 0;
	uint64_t vmcs12_pin_based_vm_exec_control = 0;
	int have_vmcs12_pin_based_vm_exec_control = 0;

	if (len < KVM_NESTED_STATE_HEADER_SIZE) {
		if (length < 0x80u)
			broken |= KVM_NESTED_STATE_BROKE_BLOB_SHORTER_THAN_HEADER;
		return broken;
	}
	declared = kvm_nested_state_load(p + 4, 4);
	(void)declared;
	h_size = kvm_nested_state_load(p + 4, 4);
	h_flags = kvm_nested_state_load(p + 0, 2);
	h_format = kvm_nested_state_load(p + 2, 2);
	h_vmxon_pa = kvm_nested_state_load(p + 8, 8);
	h_smm_flags = kvm_nested_state_load(p + 24, 2);
	h_vmcs12_pa = kvm_nested_state_load(p + 16, 8);
	h_vmx_flags = kvm_nested_state_load(p + 28, 4);
	vmcs12_present = declared >= 4224u;
	shadow_vmcs12_present = declared >= 8320u;
	h_preemption_timer_deadline = kvm_nested_state_load(p + 32, 8);
	if (declared >= 4224u && len >= 4224u) {
		have_vmcs12_revision = 1;
		vmcs12_revision = kvm_nested_state_load(p + 128, 4) & 0x7fffffffu;
	}
	if (declared >= 4224u && len >= 4224u) {
		have_vmcs12_cpu_based_vm_exec_control = 1;
		vmcs12_cpu_based_vm_exec_control = kvm_nested_state_field(read, p + 128,
									  0x00004002u);
	}
	if (declared >= 4224u && len >= 4224u) {
		have_vmcs12_secondary_vm_exec_control = 1;
		vmcs12_secondary_vm_exec_control = kvm_nested_state_field(read, p + 128,
									  0x0000401eu);
	}
	if (declared >= 4224u && len >= 4224u) {
		have_vmcs12_vmcs_link_pointer = 1;
		vmcs12_vmcs_link_pointer = kvm_nested_state_field(read, p + 128, 0x00002800u);
	}
	if (declared >= 8320u && len >= 8320u) {
		have_shadow_vmcs12_revision = 1;
		shadow_vmcs12_revision = kvm_nested_state_load(p + 4224, 4) & 0x7fffffffu;
	}
	if (declared >= 8320u && len >= 8320u) {
		have_shadow_vmcs12_shadow = 1;
		shadow_vmcs12_shadow = kvm_nested_state_load(p + 4224, 4) >> 31;
	}
	if (declared >= 4224u && len >= 4224u) {
		have_vmcs12_pin_based_vm_exec_control = 1;
		vmcs12_pin_based_vm_exec_control = kvm_nested_state_field(read, p + 128,
									  0x00004000u);
	}

	if (length < 0x80u)
		broken |= KVM_NESTED_STATE_BROKE_BLOB_SHORTER_THAN_HEADER;
	if (h_size > length)
		broken |= KVM_NESTED_STATE_BROKE_SIZE_BEYOND_DATA;
	if (length > h_size)
		broken |= KVM_NESTED_STATE_BROKE_TRAILING_BYTES;
	if (h_size < 0x80u)
		broken |= KVM_NESTED_STATE_BROKE_SIZE_BELOW_HEADER;
	if ((h_flags & ~0x10fu) != 0)
		broken |= KVM_NESTED_STATE_BROKE_FLAGS_UNKNOWN;
	if ((h_flags & 0x2u) != 0 && (h_flags & 0x1u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_RUN_PENDING_WITHOUT_GUEST_MODE;
	if (h_format != 0x0u)
		broken |= KVM_NESTED_STATE_BROKE_FORMAT_NOT_VMX;
	if (h_vmxon_pa == 0xffffffffffffffffull && h_smm_flags != 0x0u)
		broken |= KVM_NESTED_STATE_BROKE_SMM_FLAGS_WITHOUT_VMXON;
	if (h_vmxon_pa == 0xffffffffffffffffull && h_vmcs12_pa != 0xffffffffffffffffull)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_PA_WITHOUT_VMXON;
	if (h_vmxon_pa == 0xffffffffffffffffull && (h_flags & ~0x4u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_FLAGS_WITHOUT_VMXON;
	if (h_vmxon_pa != 0xffffffffffffffffull && (h_vmxon_pa % 0x1000u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_VMXON_PA_MISALIGNED;
	if (h_vmxon_pa != 0xffffffffffffffffull && (h_vmxon_pa >> 0x34u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_VMXON_PA_BEYOND_PHYSICAL;
	if ((h_smm_flags & 0x1u) != 0 && (h_flags & 0x1u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_SMM_GUEST_MODE_WITH_GUEST_MODE;
	if ((h_smm_flags & ~0x3u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_SMM_FLAGS_UNKNOWN;
	if ((h_vmx_flags & ~0x1u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_VMX_FLAGS_UNKNOWN;
	if (h_smm_flags != 0x0u && (h_flags & 0x3u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_SMM_WITH_GUEST_ENTRY;
	if ((h_smm_flags & 0x1u) != 0 && (h_smm_flags & 0x2u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_SMM_GUEST_MODE_WITHOUT_SMM_VMXON;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x0u && (h_flags & 0x1u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_GUEST_MODE_WITHOUT_VMCS12;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x0u && (h_flags & 0x4u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_EVMCS_WITHOUT_VMCS12;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x0u &&
	    h_vmcs12_pa != 0xffffffffffffffffull)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_PA_WITHOUT_VMCS12;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x1u &&
	    h_vmcs12_pa == h_vmxon_pa)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_PA_IS_VMXON_PA;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x1u &&
	    h_vmcs12_pa != 0xffffffffffffffffull && (h_vmcs12_pa % 0x1000u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_PA_MISALIGNED;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x1u &&
	    h_vmcs12_pa != 0xffffffffffffffffull && (h_vmcs12_pa >> 0x34u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_PA_BEYOND_PHYSICAL;
	if (h_vmxon_pa != 0xffffffffffffffffull && vmcs12_present == 0x1u &&
	    h_vmcs12_pa == 0xffffffffffffffffull && (h_flags & 0x4u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_WITHOUT_POINTER;
	if (h_vmxon_pa != 0xffffffffffffffffull && have_vmcs12_revision &&
	    vmcs12_revision != 0x11e57ed0u)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_REVISION;
	if (h_vmxon_pa != 0xffffffffffffffffull && (h_flags & 0x1u) != 0 &&
	    have_vmcs12_cpu_based_vm_exec_control &&
	    (vmcs12_cpu_based_vm_exec_control & 0x80000000u) != 0 &&
	    have_vmcs12_secondary_vm_exec_control &&
	    (vmcs12_secondary_vm_exec_control & 0x4000u) != 0 && have_vmcs12_vmcs_link_pointer &&
	    vmcs12_vmcs_link_pointer != 0xffffffffffffffffull && shadow_vmcs12_present == 0x0u)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_MISSING;
	if (h_vmxon_pa != 0xffffffffffffffffull && (h_flags & 0x1u) != 0 &&
	    have_vmcs12_cpu_based_vm_exec_control &&
	    (vmcs12_cpu_based_vm_exec_control & 0x80000000u) != 0 &&
	    have_vmcs12_secondary_vm_exec_control &&
	    (vmcs12_secondary_vm_exec_control & 0x4000u) != 0 && have_vmcs12_vmcs_link_pointer &&
	    vmcs12_vmcs_link_pointer != 0xffffffffffffffffull && have_shadow_vmcs12_revision &&
	    shadow_vmcs12_revision != 0x11e57ed0u)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_REVISION;
	if (h_vmxon_pa != 0xffffffffffffffffull && (h_flags & 0x1u) != 0 &&
	    have_vmcs12_cpu_based_vm_exec_control &&
	    (vmcs12_cpu_based_vm_exec_control & 0x80000000u) != 0 &&
	    have_vmcs12_secondary_vm_exec_control &&
	    (vmcs12_secondary_vm_exec_control & 0x4000u) != 0 && have_vmcs12_vmcs_link_pointer &&
	    vmcs12_vmcs_link_pointer != 0xffffffffffffffffull && have_shadow_vmcs12_shadow &&
	    shadow_vmcs12_shadow == 0x0u)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SHADOW_BIT;
	if (h_size != 0x80u && h_size != 0x1080u && h_size != 0x2080u)
		broken |= KVM_NESTED_STATE_BROKE_SIZE_NOT_A_SHAPE;
	if (h_vmxon_pa == 0xffffffffffffffffull && vmcs12_present == 0x1u)
		broken |= KVM_NESTED_STATE_BROKE_VMCS12_WITHOUT_VMXON;
	if (h_vmxon_pa == 0xffffffffffffffffull && (h_flags & 0x4u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_EVMCS_WITHOUT_VMXON;
	if ((h_flags & 0x8u) != 0 && (h_flags & 0x1u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_MTF_PENDING_WITHOUT_GUEST_MODE;
	if (h_format == 0x0u && (h_flags & 0x100u) != 0)
		broken |= KVM_NESTED_STATE_BROKE_GIF_SET_IN_VMX_FORMAT;
	if (shadow_vmcs12_present == 0x1u && (h_flags & 0x1u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_OUTSIDE_GUEST_MODE;
	if (shadow_vmcs12_present == 0x1u && have_vmcs12_cpu_based_vm_exec_control &&
	    (vmcs12_cpu_based_vm_exec_control & 0x80000000u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SECONDARY_CONTROLS;
	if (shadow_vmcs12_present == 0x1u && have_vmcs12_secondary_vm_exec_control &&
	    (vmcs12_secondary_vm_exec_control & 0x4000u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_SHADOWING;
	if (shadow_vmcs12_present == 0x1u && have_vmcs12_vmcs_link_pointer &&
	    vmcs12_vmcs_link_pointer == 0xffffffffffffffffull)
		broken |= KVM_NESTED_STATE_BROKE_SHADOW_VMCS12_WITHOUT_LINK_POINTER;
	if ((h_vmx_flags & 0x1u) != 0 && (h_flags & 0x1u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_GUEST_MODE;
	if ((h_vmx_flags & 0x1u) != 0 && have_vmcs12_pin_based_vm_exec_control &&
	    (vmcs12_pin_based_vm_exec_control & 0x40u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_PREEMPTION_TIMER;
	if (h_preemption_timer_deadline != 0x0u && (h_vmx_flags & 0x1u) == 0)
		broken |= KVM_NESTED_STATE_BROKE_TIMER_DEADLINE_WITHOUT_FLAG;
	return broken;
}

/*
 * Build a blob in dst: *hdr, with `size` set to the bytes held, then the first nr_regions
 * regions (each exactly its slot's size). Returns the blob's length, -EINVAL for more
 * regions than slots, or -ENOSPC when dst_size is too small.
 */
static inline long kvm_nested_state_build(void *dst, size_t dst_size,
					  const struct kvm_nested_state_header *hdr,
					  const void *const *regions, unsigned int nr_regions)
{
	static const uint32_t offsets[] = { 128u, 4224u };
	static const uint32_t sizes[] = { 4096u, 4096u };
	uint8_t *out = (uint8_t *)dst;
	uint64_t total = KVM_NESTED_STATE_HEADER_SIZE;
	uint64_t field_size = 4;
	unsigned int i;

	if (nr_regions > KVM_NESTED_STATE_NR_REGIONS)
		return -EINVAL;
	if (nr_regions)
		total = offsets[nr_regions - 1] + sizes[nr_regions - 1];
	if (dst_size < total)
		return -ENOSPC;
	memcpy(out, hdr, KVM_NESTED_STATE_HEADER_SIZE);
	{
		uint32_t declared = (uint32_t)total;

		memcpy(out + 4, &declared, (size_t)field_size);
	}
	for (i = 0; i < nr_regions; i++)
		memcpy(out + offsets[i], regions[i], sizes[i]);
	return (long)total;
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_KVM_NESTED_STATE_H */
