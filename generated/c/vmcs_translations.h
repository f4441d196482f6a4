/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Translations between VMCS layouts, field by field, as straight-line code with
 * constant offsets.
 *
 * Generated from specs/translations.yaml, specs/layouts/hv_evmcs_v1.yaml,
 * specs/layouts/kvm_vmcs12.yaml, specs/layouts/kvm_vmcs12_evmcs_order.yaml,
 * specs/layouts/kvm_vmcs12_v4_14.yaml, specs/layouts/kvm_vmcs12_v6_17.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Every translation returns 0, or a negative errno and leaves dst untouched:
 *   -EINVAL  a NULL or short buffer (src_size/dst_size below the region size)
 *   -EPROTO  src does not carry the source layout's revision id
 *   -ERANGE  src holds values the destination cannot keep; <name>_blockers() lists them
 * dst and src must not overlap. Only memcpy and memset are used; nothing is allocated.
 * <name>_discarded() lists the values a conversion drops by design, <name>_unused() the
 * non-zero source bytes where the source layout holds nothing (no translation carries them).
 *
 * Updates (the syncs at nested VM entry and exit) also come as <name>_unchecked() or
 * <name>_dirty_unchecked(): the per-exit body for a caller that checked both regions once,
 * when it mapped them (VMPTRLD), as KVM does. It takes no sizes, checks neither buffer nor
 * revision id and leaves the header alone; it still refuses (-ERANGE, dst untouched) a
 * value the destination cannot keep. Migration and restore use the checked functions.
 */
#ifndef VMCSGEN_TRANSLATIONS_H
#define VMCSGEN_TRANSLATIONS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "VMCS regions are little-endian, the host is not"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The unchecked bodies are the per-exit path: always inlined into their caller. Clean-field
 * groups are rarely dirty: their copies stay out of the straight path.
 */
#if defined(__GNUC__) || defined(__clang__)
#define VMCSGEN_INLINE static inline __attribute__((always_inline))
#define VMCSGEN_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define VMCSGEN_INLINE static inline
#define VMCSGEN_UNLIKELY(x) (x)
#endif

/*
 * A source value the destination layout cannot hold (from <name>_blockers()), or one a
 * conversion drops by design (from <name>_discarded()).
 */
struct vmcsgen_blocker {
	const char *field;
	uint32_t encoding; /* 0 for members without an encoding */
	uint64_t value;
};

/*
 * Source bytes that are not zero where the source layout holds nothing: a reserved member
 * (span), or the region after the struct (from <name>_unused()). No translation carries
 * them, and a region written in that layout has zeros there: the source may be in another
 * layout.
 */
struct vmcsgen_unused {
	const char *span;
	uint32_t offset;
	uint32_t size;
	uint32_t nonzero; /* how many of the size bytes are not zero */
};

static inline uint64_t vmcsgen_load(const uint8_t *p, size_t size)
{
	uint64_t value = 0;

	memcpy(&value, p, size);
	return value;
}

static inline void vmcsgen_store32(uint8_t *p, uint32_t value)
{
	memcpy(p, &value, sizeof(value));
}

static inline int vmcsgen_check_source(const void *src, size_t src_size, size_t region,
				       uint32_t revision, uint32_t mask)
{
	if (!src || src_size < region)
		return -EINVAL;
	if (((uint32_t)vmcsgen_load((const uint8_t *)src, 4) & mask) != revision)
		return -EPROTO;
	return 0;
}

static inline int vmcsgen_note_blocker(struct vmcsgen_blocker *out, size_t max, int count,
				       const char *field, uint32_t encoding, uint64_t value)
{
	if (out && (size_t)count < max) {
		out[count].field = field;
		out[count].encoding = encoding;
		out[count].value = value;
	}
	return count + 1;
}

static inline int vmcsgen_note_unused(const uint8_t *s, struct vmcsgen_unused *out, size_t max,
				      int count, const char *span, uint32_t offset, uint32_t size)
{
	uint32_t nonzero = 0;
	uint32_t i;

	for (i = 0; i < size; i++)
		nonzero += s[offset + i] != 0;
	if (!nonzero)
		return count;
	if (out && (size_t)count < max) {
		out[count].span = span;
		out[count].offset = offset;
		out[count].size = size;
		out[count].nonzero = nonzero;
	}
	return count + 1;
}

static inline int vmcsgen_kvm_vmcs12_v4_14_unused(const uint8_t *s, struct vmcsgen_unused *out,
						  size_t max)
{
	int count = 0;

	count = vmcsgen_note_unused(s, out, max, count, "padding", 12u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64", 304u, 64u);
	count = vmcsgen_note_unused(s, out, max, count, "paddingl", 704u, 64u);
	count = vmcsgen_note_unused(s, out, max, count, "padding32", 956u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "(after the struct)", 1022u, 3074u);
	return count;
}

static inline int vmcsgen_kvm_vmcs12_unused(const uint8_t *s, struct vmcsgen_unused *out,
					    size_t max)
{
	int count = 0;

	count = vmcsgen_note_unused(s, out, max, count, "padding", 12u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64", 336u, 8u);
	count = vmcsgen_note_unused(s, out, max, count, "dead_space", 376u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "paddingl", 728u, 16u);
	count = vmcsgen_note_unused(s, out, max, count, "padding32", 932u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "(after the struct)", 998u, 3098u);
	return count;
}

static inline int vmcsgen_kvm_vmcs12_v6_17_unused(const uint8_t *s, struct vmcsgen_unused *out,
						  size_t max)
{
	int count = 0;

	count = vmcsgen_note_unused(s, out, max, count, "padding", 12u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64", 336u, 8u);
	count = vmcsgen_note_unused(s, out, max, count, "dead_space", 376u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "paddingl", 680u, 64u);
	count = vmcsgen_note_unused(s, out, max, count, "padding32", 932u, 28u);
	count = vmcsgen_note_unused(s, out, max, count, "(after the struct)", 998u, 3098u);
	return count;
}

static inline int vmcsgen_kvm_vmcs12_evmcs_order_unused(const uint8_t *s,
							struct vmcsgen_unused *out, size_t max)
{
	int count = 0;

	count = vmcsgen_note_unused(s, out, max, count, "reserved_22", 22u, 2u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_296", 296u, 24u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_344", 344u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_634", 634u, 46u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_728", 728u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_824", 824u, 72u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_912", 912u, 48u);
	count = vmcsgen_note_unused(s, out, max, count, "reserved_992", 992u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "(after the struct)", 1126u, 2970u);
	return count;
}

static inline int vmcsgen_hv_evmcs_v1_unused(const uint8_t *s, struct vmcsgen_unused *out,
					     size_t max)
{
	int count = 0;

	count = vmcsgen_note_unused(s, out, max, count, "padding16_1", 22u, 2u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64_1", 296u, 24u);
	count = vmcsgen_note_unused(s, out, max, count, "padding16_2", 634u, 6u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64_2", 640u, 40u);
	count = vmcsgen_note_unused(s, out, max, count, "padding32_1", 828u, 4u);
	count = vmcsgen_note_unused(s, out, max, count, "padding32_2", 844u, 4u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64_4", 864u, 32u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64_5", 944u, 16u);
	count = vmcsgen_note_unused(s, out, max, count, "padding64_6", 1016u, 8u);
	count = vmcsgen_note_unused(s, out, max, count, "(after the struct)", 1024u, 3072u);
	return count;
}

/*
 * kvm_vmcs12_v4_14_to_kvm_vmcs12: Restore nested state saved by Linux 4.14 on a current
 * kernel.
 *
 * kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(): how many values kvm_vmcs12 could not keep, or
 * a negative errno for a bad source; the first max of them are stored in out (which may be
 * NULL).
 */
static inline int kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0xffffffffu);

	if (err)
		return err;
	(void)out;
	(void)max;
	return 0;
}

/*
 * How many non-default values kvm_vmcs12_v4_14_to_kvm_vmcs12() drops by design (4 members
 * checked: fields kvm_vmcs12 retires with policy discard, data only kvm_vmcs12_v4_14 has),
 * or a negative errno for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_v4_14_to_kvm_vmcs12_discarded(const void *src, size_t src_size,
							   struct vmcsgen_blocker *out, size_t max)
{
	int count = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0xffffffffu);
	const uint8_t *s = (const uint8_t *)src;
	uint64_t value;

	if (count)
		return count;
	value = vmcsgen_load(s + 400, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value0", 0x00006008u,
					     value);
	value = vmcsgen_load(s + 408, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value1", 0x0000600au,
					     value);
	value = vmcsgen_load(s + 416, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value2", 0x0000600cu,
					     value);
	value = vmcsgen_load(s + 424, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value3", 0x0000600eu,
					     value);
	return count;
}

/*
 * How many spans where kvm_vmcs12_v4_14 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_v4_14_to_kvm_vmcs12() does not carry (5 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_v4_14_to_kvm_vmcs12_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0xffffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_v4_14_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12_v4_14 region src into a new kvm_vmcs12 region in dst. */
static inline int kvm_vmcs12_v4_14_to_kvm_vmcs12(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 8);
	memcpy(d + 40, s + 40, 80);
	memcpy(d + 296, s + 120, 8);
	memcpy(d + 120, s + 128, 40);
	memcpy(d + 304, s + 168, 8);
	memcpy(d + 160, s + 176, 24);
	memcpy(d + 312, s + 200, 8);
	memcpy(d + 184, s + 208, 96);
	memcpy(d + 344, s + 368, 32);
	memcpy(d + 408, s + 432, 272);
	memcpy(d + 744, s + 768, 188);
	memcpy(d + 960, s + 984, 22);
	memcpy(d + 996, s + 1006, 2);
	memcpy(d + 982, s + 1008, 14);
	memset(d + 12, 0, 28);
	memset(d + 280, 0, 16);
	memset(d + 320, 0, 24);
	memset(d + 376, 0, 32);
	memset(d + 680, 0, 64);
	memset(d + 932, 0, 28);
	memset(d + 998, 0, 3098);
	vmcsgen_store32(d, 0x11e57ed0u);
	return 0;
}

/*
 * kvm_vmcs12_to_kvm_vmcs12_v4_14: Migrate back to Linux 4.14; refused if a field 4.14 lacks
 * is in use.
 *
 * kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(): how many values kvm_vmcs12_v4_14 could not
 * keep, or a negative errno for a bad source; the first max of them are stored in out
 * (which may be NULL). kvm_vmcs12_to_kvm_vmcs12_v4_14_count_blockers() makes the value
 * checks alone, on a checked source.
 */
VMCSGEN_INLINE int kvm_vmcs12_to_kvm_vmcs12_v4_14_count_blockers(const uint8_t *s,
								 struct vmcsgen_blocker *out,
								 size_t max)
{
	int count = 0;
	uint64_t value;

	value = vmcsgen_load(s + 280, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmread_bitmap", 0x00002026u, value);
	value = vmcsgen_load(s + 288, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmwrite_bitmap", 0x00002028u, value);
	value = vmcsgen_load(s + 320, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "encls_exiting_bitmap", 0x0000202eu,
					     value);
	value = vmcsgen_load(s + 328, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "tsc_multiplier", 0x00002032u, value);
	value = vmcsgen_load(s + 680, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_s_cet", 0x00006c18u, value);
	value = vmcsgen_load(s + 688, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp", 0x00006c1au, value);
	value = vmcsgen_load(s + 696, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp_tbl", 0x00006c1cu, value);
	value = vmcsgen_load(s + 704, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_s_cet", 0x00006828u, value);
	value = vmcsgen_load(s + 712, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x0000682au, value);
	value = vmcsgen_load(s + 720, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp_tbl", 0x0000682cu, value);
	value = vmcsgen_load(s, 4);
	if (value & 0x80000000u)
		count = vmcsgen_note_blocker(out, max, count, "shadow_vmcs", 0u, 1u);
	return count;
}

static inline int kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return kvm_vmcs12_to_kvm_vmcs12_v4_14_count_blockers((const uint8_t *)src, out, max);
}

/*
 * How many spans where kvm_vmcs12 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_to_kvm_vmcs12_v4_14() does not carry (6 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_to_kvm_vmcs12_v4_14_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12 region src into a new kvm_vmcs12_v4_14 region in dst. */
static inline int kvm_vmcs12_to_kvm_vmcs12_v4_14(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 8);
	memcpy(d + 40, s + 40, 80);
	memcpy(d + 128, s + 120, 40);
	memcpy(d + 176, s + 160, 24);
	memcpy(d + 208, s + 184, 96);
	memcpy(d + 120, s + 296, 8);
	memcpy(d + 168, s + 304, 8);
	memcpy(d + 200, s + 312, 8);
	memcpy(d + 368, s + 344, 32);
	memcpy(d + 432, s + 408, 272);
	memcpy(d + 768, s + 744, 188);
	memcpy(d + 984, s + 960, 22);
	memcpy(d + 1008, s + 982, 14);
	memcpy(d + 1006, s + 996, 2);
	memset(d + 12, 0, 28);
	memset(d + 304, 0, 64);
	memset(d + 400, 0, 32);
	memset(d + 704, 0, 64);
	memset(d + 956, 0, 28);
	memset(d + 1022, 0, 3074);
	vmcsgen_store32(d, 0x11e57ed0u);
	return 0;
}

/*
 * kvm_vmcs12_v6_17_to_kvm_vmcs12: Restore nested state saved by Linux 6.17 or older; the CET
 * fields start at 0.
 *
 * kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(): how many values kvm_vmcs12 could not keep, or
 * a negative errno for a bad source; the first max of them are stored in out (which may be
 * NULL).
 */
static inline int kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	(void)out;
	(void)max;
	return 0;
}

/*
 * How many spans where kvm_vmcs12_v6_17 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_v6_17_to_kvm_vmcs12() does not carry (6 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_v6_17_to_kvm_vmcs12_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_v6_17_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12_v6_17 region src into a new kvm_vmcs12 region in dst. */
static inline int kvm_vmcs12_v6_17_to_kvm_vmcs12(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 8);
	memcpy(d + 40, s + 40, 296);
	memcpy(d + 344, s + 344, 32);
	memcpy(d + 408, s + 408, 272);
	memcpy(d + 744, s + 744, 188);
	memcpy(d + 960, s + 960, 38);
	memset(d + 12, 0, 28);
	memset(d + 336, 0, 8);
	memset(d + 376, 0, 32);
	memset(d + 680, 0, 64);
	memset(d + 932, 0, 28);
	memset(d + 998, 0, 3098);
	vmcsgen_store32(d, 0x11e57ed0u | ((uint32_t)vmcsgen_load(s, 4) & 0x80000000u));
	return 0;
}

/*
 * kvm_vmcs12_to_kvm_vmcs12_v6_17: Migrate to Linux 6.17 or older; refused while a CET field
 * is in use.
 *
 * kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(): how many values kvm_vmcs12_v6_17 could not
 * keep, or a negative errno for a bad source; the first max of them are stored in out
 * (which may be NULL). kvm_vmcs12_to_kvm_vmcs12_v6_17_count_blockers() makes the value
 * checks alone, on a checked source.
 */
VMCSGEN_INLINE int kvm_vmcs12_to_kvm_vmcs12_v6_17_count_blockers(const uint8_t *s,
								 struct vmcsgen_blocker *out,
								 size_t max)
{
	int count = 0;
	uint64_t value;

	value = vmcsgen_load(s + 680, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_s_cet", 0x00006c18u, value);
	value = vmcsgen_load(s + 688, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp", 0x00006c1au, value);
	value = vmcsgen_load(s + 696, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp_tbl", 0x00006c1cu, value);
	value = vmcsgen_load(s + 704, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_s_cet", 0x00006828u, value);
	value = vmcsgen_load(s + 712, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x0000682au, value);
	value = vmcsgen_load(s + 720, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp_tbl", 0x0000682cu, value);
	return count;
}

static inline int kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return kvm_vmcs12_to_kvm_vmcs12_v6_17_count_blockers((const uint8_t *)src, out, max);
}

/*
 * How many spans where kvm_vmcs12 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_to_kvm_vmcs12_v6_17() does not carry (6 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_to_kvm_vmcs12_v6_17_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12 region src into a new kvm_vmcs12_v6_17 region in dst. */
static inline int kvm_vmcs12_to_kvm_vmcs12_v6_17(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 8);
	memcpy(d + 40, s + 40, 296);
	memcpy(d + 344, s + 344, 32);
	memcpy(d + 408, s + 408, 272);
	memcpy(d + 744, s + 744, 188);
	memcpy(d + 960, s + 960, 38);
	memset(d + 12, 0, 28);
	memset(d + 336, 0, 8);
	memset(d + 376, 0, 32);
	memset(d + 680, 0, 64);
	memset(d + 932, 0, 28);
	memset(d + 998, 0, 3098);
	vmcsgen_store32(d, 0x11e57ed0u | ((uint32_t)vmcsgen_load(s, 4) & 0x80000000u));
	return 0;
}

/*
 * kvm_vmcs12_to_kvm_vmcs12_evmcs_order: Adopt the enlightened-VMCS-ordered vmcs12 of the
 * 2017 RFC.
 *
 * kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(): how many values kvm_vmcs12_evmcs_order
 * could not keep, or a negative errno for a bad source; the first max of them are stored
 * in out (which may be NULL). kvm_vmcs12_to_kvm_vmcs12_evmcs_order_count_blockers() makes
 * the value checks alone, on a checked source.
 */
VMCSGEN_INLINE int kvm_vmcs12_to_kvm_vmcs12_evmcs_order_count_blockers(const uint8_t *s,
								       struct vmcsgen_blocker *out,
								       size_t max)
{
	int count = 0;
	uint64_t value;

	value = vmcsgen_load(s + 680, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_s_cet", 0x00006c18u, value);
	value = vmcsgen_load(s + 688, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp", 0x00006c1au, value);
	value = vmcsgen_load(s + 696, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp_tbl", 0x00006c1cu, value);
	value = vmcsgen_load(s + 704, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_s_cet", 0x00006828u, value);
	value = vmcsgen_load(s + 712, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x0000682au, value);
	value = vmcsgen_load(s + 720, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp_tbl", 0x0000682cu, value);
	return count;
}

static inline int kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(const void *src, size_t src_size,
								struct vmcsgen_blocker *out,
								size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return kvm_vmcs12_to_kvm_vmcs12_evmcs_order_count_blockers((const uint8_t *)src, out, max);
}

/*
 * How many spans where kvm_vmcs12 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_to_kvm_vmcs12_evmcs_order() does not carry (6 spans checked), or a negative
 * errno for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_to_kvm_vmcs12_evmcs_order_unused(const void *src, size_t src_size,
							      struct vmcsgen_unused *out,
							      size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12 region src into a new kvm_vmcs12_evmcs_order region in dst. */
static inline int kvm_vmcs12_to_kvm_vmcs12_evmcs_order(void *dst, size_t dst_size, const void *src,
						       size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 4);
	memcpy(d + 1112, s + 8, 4);
	memcpy(d + 104, s + 40, 24);
	memcpy(d + 320, s + 64, 24);
	memcpy(d + 400, s + 88, 16);
	memcpy(d + 1024, s + 104, 16);
	memcpy(d + 624, s + 120, 8);
	memcpy(d + 1040, s + 128, 32);
	memcpy(d + 960, s + 160, 8);
	memcpy(d + 680, s + 168, 8);
	memcpy(d + 416, s + 176, 32);
	memcpy(d + 904, s + 208, 8);
	memcpy(d + 448, s + 216, 32);
	memcpy(d + 896, s + 248, 8);
	memcpy(d + 24, s + 256, 16);
	memcpy(d + 976, s + 272, 8);
	memcpy(d + 1072, s + 280, 40);
	memcpy(d + 968, s + 320, 8);
	memcpy(d + 984, s + 328, 8);
	memcpy(d + 512, s + 344, 32);
	memcpy(d + 720, s + 408, 8);
	memcpy(d + 760, s + 416, 8);
	memcpy(d + 544, s + 424, 24);
	memcpy(d + 216, s + 448, 80);
	memcpy(d + 568, s + 528, 8);
	memcpy(d + 768, s + 536, 8);
	memcpy(d + 816, s + 544, 8);
	memcpy(d + 776, s + 552, 8);
	memcpy(d + 480, s + 560, 24);
	memcpy(d + 40, s + 584, 24);
	memcpy(d + 576, s + 608, 40);
	memcpy(d + 64, s + 648, 16);
	memcpy(d + 616, s + 664, 8);
	memcpy(d + 80, s + 672, 8);
	memcpy(d + 92, s + 744, 4);
	memcpy(d + 788, s + 748, 8);
	memcpy(d + 376, s + 756, 12);
	memcpy(d + 96, s + 768, 4);
	memcpy(d + 388, s + 772, 8);
	memcpy(d + 796, s + 780, 4);
	memcpy(d + 396, s + 784, 4);
	memcpy(d + 800, s + 788, 16);
	memcpy(d + 100, s + 804, 4);
	memcpy(d + 688, s + 808, 32);
	memcpy(d + 144, s + 840, 72);
	memcpy(d + 784, s + 912, 4);
	memcpy(d + 504, s + 916, 8);
	memcpy(d + 88, s + 924, 4);
	memcpy(d + 1116, s + 928, 4);
	memcpy(d + 632, s + 960, 2);
	memcpy(d + 1120, s + 962, 2);
	memcpy(d + 128, s + 964, 16);
	memcpy(d + 1122, s + 980, 2);
	memcpy(d + 8, s + 982, 14);
	memcpy(d + 1124, s + 996, 2);
	memset(d + 22, 0, 2);
	memset(d + 296, 0, 24);
	memset(d + 344, 0, 32);
	memset(d + 634, 0, 46);
	memset(d + 728, 0, 32);
	memset(d + 824, 0, 72);
	memset(d + 912, 0, 48);
	memset(d + 992, 0, 32);
	memset(d + 1126, 0, 2970);
	vmcsgen_store32(d, 0x11e57ed1u | ((uint32_t)vmcsgen_load(s, 4) & 0x80000000u));
	return 0;
}

/*
 * kvm_vmcs12_evmcs_order_to_kvm_vmcs12: Go back from the RFC layout to the upstream one.
 *
 * kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(): how many values kvm_vmcs12 could not
 * keep, or a negative errno for a bad source; the first max of them are stored in out
 * (which may be NULL).
 */
static inline int kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(const void *src, size_t src_size,
								struct vmcsgen_blocker *out,
								size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed1u, 0x7fffffffu);

	if (err)
		return err;
	(void)out;
	(void)max;
	return 0;
}

/*
 * How many spans where kvm_vmcs12_evmcs_order holds nothing hold non-zero bytes, which
 * kvm_vmcs12_evmcs_order_to_kvm_vmcs12() does not carry (9 spans checked), or a negative
 * errno for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_evmcs_order_to_kvm_vmcs12_unused(const void *src, size_t src_size,
							      struct vmcsgen_unused *out,
							      size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed1u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_evmcs_order_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12_evmcs_order region src into a new kvm_vmcs12 region in dst. */
static inline int kvm_vmcs12_evmcs_order_to_kvm_vmcs12(void *dst, size_t dst_size, const void *src,
						       size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 4);
	memcpy(d + 982, s + 8, 14);
	memcpy(d + 256, s + 24, 16);
	memcpy(d + 584, s + 40, 24);
	memcpy(d + 648, s + 64, 16);
	memcpy(d + 672, s + 80, 8);
	memcpy(d + 924, s + 88, 4);
	memcpy(d + 744, s + 92, 4);
	memcpy(d + 768, s + 96, 4);
	memcpy(d + 804, s + 100, 4);
	memcpy(d + 40, s + 104, 24);
	memcpy(d + 964, s + 128, 16);
	memcpy(d + 840, s + 144, 72);
	memcpy(d + 448, s + 216, 80);
	memcpy(d + 64, s + 320, 24);
	memcpy(d + 756, s + 376, 12);
	memcpy(d + 772, s + 388, 8);
	memcpy(d + 784, s + 396, 4);
	memcpy(d + 88, s + 400, 16);
	memcpy(d + 176, s + 416, 32);
	memcpy(d + 216, s + 448, 32);
	memcpy(d + 560, s + 480, 24);
	memcpy(d + 916, s + 504, 8);
	memcpy(d + 344, s + 512, 32);
	memcpy(d + 424, s + 544, 24);
	memcpy(d + 528, s + 568, 8);
	memcpy(d + 608, s + 576, 40);
	memcpy(d + 664, s + 616, 8);
	memcpy(d + 120, s + 624, 8);
	memcpy(d + 960, s + 632, 2);
	memcpy(d + 168, s + 680, 8);
	memcpy(d + 808, s + 688, 32);
	memcpy(d + 408, s + 720, 8);
	memcpy(d + 416, s + 760, 8);
	memcpy(d + 536, s + 768, 8);
	memcpy(d + 552, s + 776, 8);
	memcpy(d + 912, s + 784, 4);
	memcpy(d + 748, s + 788, 8);
	memcpy(d + 780, s + 796, 4);
	memcpy(d + 788, s + 800, 16);
	memcpy(d + 544, s + 816, 8);
	memcpy(d + 248, s + 896, 8);
	memcpy(d + 208, s + 904, 8);
	memcpy(d + 160, s + 960, 8);
	memcpy(d + 320, s + 968, 8);
	memcpy(d + 272, s + 976, 8);
	memcpy(d + 328, s + 984, 8);
	memcpy(d + 104, s + 1024, 16);
	memcpy(d + 128, s + 1040, 32);
	memcpy(d + 280, s + 1072, 40);
	memcpy(d + 8, s + 1112, 4);
	memcpy(d + 928, s + 1116, 4);
	memcpy(d + 962, s + 1120, 2);
	memcpy(d + 980, s + 1122, 2);
	memcpy(d + 996, s + 1124, 2);
	memset(d + 12, 0, 28);
	memset(d + 336, 0, 8);
	memset(d + 376, 0, 32);
	memset(d + 680, 0, 64);
	memset(d + 932, 0, 28);
	memset(d + 998, 0, 3098);
	vmcsgen_store32(d, 0x11e57ed0u | ((uint32_t)vmcsgen_load(s, 4) & 0x80000000u));
	return 0;
}

/*
 * hv_evmcs_v1_to_kvm_vmcs12: Convert a whole eVMCS image into a vmcs12 image.
 *
 * hv_evmcs_v1_to_kvm_vmcs12_blockers(): how many values kvm_vmcs12 could not keep, or a
 * negative errno for a bad source; the first max of them are stored in out (which may be
 * NULL).
 */
static inline int hv_evmcs_v1_to_kvm_vmcs12_blockers(const void *src, size_t src_size,
						     struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x00000001u, 0xffffffffu);

	if (err)
		return err;
	(void)out;
	(void)max;
	return 0;
}

/*
 * How many non-default values hv_evmcs_v1_to_kvm_vmcs12() drops by design (21 members
 * checked: fields kvm_vmcs12 retires with policy discard, data only hv_evmcs_v1 has), or a
 * negative errno for a bad source; the first max of them are stored in out.
 */
static inline int hv_evmcs_v1_to_kvm_vmcs12_discarded(const void *src, size_t src_size,
						      struct vmcsgen_blocker *out, size_t max)
{
	int count = vmcsgen_check_source(src, src_size, 4096u, 0x00000001u, 0xffffffffu);
	const uint8_t *s = (const uint8_t *)src;
	uint64_t value;

	if (count)
		return count;
	value = vmcsgen_load(s + 344, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value0", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 352, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value1", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 360, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value2", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 368, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "cr3_target_value3", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 728, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "exit_io_instruction_ecx",
					     0x00000000u, value);
	value = vmcsgen_load(s + 736, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "exit_io_instruction_esi",
					     0x00000000u, value);
	value = vmcsgen_load(s + 744, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "exit_io_instruction_edi",
					     0x00000000u, value);
	value = vmcsgen_load(s + 752, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "exit_io_instruction_eip",
					     0x00000000u, value);
	value = vmcsgen_load(s + 824, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "hv_clean_fields", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 832, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "hv_synthetic_controls", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 836, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "hv_enlightenments_control",
					     0x00000000u, value);
	value = vmcsgen_load(s + 840, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "hv_vp_id", 0x00000000u, value);
	value = vmcsgen_load(s + 848, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "hv_vm_id", 0x00000000u, value);
	value = vmcsgen_load(s + 856, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "partition_assist_page", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 912, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ia32_s_cet", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 920, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x00000000u, value);
	value = vmcsgen_load(s + 928, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ia32_int_ssp_table_addr",
					     0x00000000u, value);
	value = vmcsgen_load(s + 936, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ia32_lbr_ctl", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 992, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ia32_s_cet", 0x00000000u,
					     value);
	value = vmcsgen_load(s + 1000, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp", 0x00000000u, value);
	value = vmcsgen_load(s + 1008, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ia32_int_ssp_table_addr",
					     0x00000000u, value);
	return count;
}

/*
 * How many spans where hv_evmcs_v1 holds nothing hold non-zero bytes, which
 * hv_evmcs_v1_to_kvm_vmcs12() does not carry (10 spans checked), or a negative errno for a
 * bad source; the first max of them are stored in out.
 */
static inline int hv_evmcs_v1_to_kvm_vmcs12_unused(const void *src, size_t src_size,
						   struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x00000001u, 0xffffffffu);

	if (err)
		return err;
	return vmcsgen_hv_evmcs_v1_unused((const uint8_t *)src, out, max);
}

/* Convert the hv_evmcs_v1 region src into a new kvm_vmcs12 region in dst. */
static inline int hv_evmcs_v1_to_kvm_vmcs12(void *dst, size_t dst_size, const void *src,
					    size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = hv_evmcs_v1_to_kvm_vmcs12_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 4);
	memcpy(d + 982, s + 8, 14);
	memcpy(d + 256, s + 24, 16);
	memcpy(d + 584, s + 40, 24);
	memcpy(d + 648, s + 64, 16);
	memcpy(d + 672, s + 80, 8);
	memcpy(d + 924, s + 88, 4);
	memcpy(d + 744, s + 92, 4);
	memcpy(d + 768, s + 96, 4);
	memcpy(d + 804, s + 100, 4);
	memcpy(d + 40, s + 104, 24);
	memcpy(d + 964, s + 128, 16);
	memcpy(d + 840, s + 144, 72);
	memcpy(d + 448, s + 216, 80);
	memcpy(d + 64, s + 320, 24);
	memcpy(d + 756, s + 376, 12);
	memcpy(d + 772, s + 388, 8);
	memcpy(d + 784, s + 396, 4);
	memcpy(d + 88, s + 400, 16);
	memcpy(d + 176, s + 416, 32);
	memcpy(d + 216, s + 448, 32);
	memcpy(d + 560, s + 480, 24);
	memcpy(d + 916, s + 504, 8);
	memcpy(d + 344, s + 512, 32);
	memcpy(d + 424, s + 544, 24);
	memcpy(d + 528, s + 568, 8);
	memcpy(d + 608, s + 576, 40);
	memcpy(d + 664, s + 616, 8);
	memcpy(d + 120, s + 624, 8);
	memcpy(d + 960, s + 632, 2);
	memcpy(d + 168, s + 680, 8);
	memcpy(d + 808, s + 688, 32);
	memcpy(d + 408, s + 720, 8);
	memcpy(d + 416, s + 760, 8);
	memcpy(d + 536, s + 768, 8);
	memcpy(d + 552, s + 776, 8);
	memcpy(d + 912, s + 784, 4);
	memcpy(d + 748, s + 788, 8);
	memcpy(d + 780, s + 796, 4);
	memcpy(d + 788, s + 800, 16);
	memcpy(d + 544, s + 816, 8);
	memcpy(d + 248, s + 896, 8);
	memcpy(d + 208, s + 904, 8);
	memcpy(d + 160, s + 960, 8);
	memcpy(d + 320, s + 968, 8);
	memcpy(d + 272, s + 976, 8);
	memcpy(d + 328, s + 984, 8);
	memset(d + 8, 0, 32);
	memset(d + 104, 0, 16);
	memset(d + 128, 0, 32);
	memset(d + 280, 0, 40);
	memset(d + 336, 0, 8);
	memset(d + 376, 0, 32);
	memset(d + 680, 0, 64);
	memset(d + 928, 0, 32);
	memset(d + 962, 0, 2);
	memset(d + 980, 0, 2);
	memset(d + 996, 0, 3100);
	vmcsgen_store32(d, 0x11e57ed0u);
	return 0;
}

/*
 * kvm_vmcs12_to_hv_evmcs_v1: Convert a whole vmcs12 image into an eVMCS image; refused for a
 * field eVMCS lacks.
 *
 * kvm_vmcs12_to_hv_evmcs_v1_blockers(): how many values hv_evmcs_v1 could not keep, or a
 * negative errno for a bad source; the first max of them are stored in out (which may be
 * NULL). kvm_vmcs12_to_hv_evmcs_v1_count_blockers() makes the value checks alone, on a
 * checked source.
 */
VMCSGEN_INLINE int kvm_vmcs12_to_hv_evmcs_v1_count_blockers(const uint8_t *s,
							    struct vmcsgen_blocker *out, size_t max)
{
	int count = 0;
	uint64_t value;

	value = vmcsgen_load(s + 8, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "launch_state", 0x00000000u, value);
	value = vmcsgen_load(s + 104, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "apic_access_addr", 0x00002014u,
					     value);
	value = vmcsgen_load(s + 112, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "posted_intr_desc_addr", 0x00002016u,
					     value);
	value = vmcsgen_load(s + 128, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "eoi_exit_bitmap0", 0x0000201cu,
					     value);
	value = vmcsgen_load(s + 136, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "eoi_exit_bitmap1", 0x0000201eu,
					     value);
	value = vmcsgen_load(s + 144, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "eoi_exit_bitmap2", 0x00002020u,
					     value);
	value = vmcsgen_load(s + 152, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "eoi_exit_bitmap3", 0x00002022u,
					     value);
	value = vmcsgen_load(s + 280, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmread_bitmap", 0x00002026u, value);
	value = vmcsgen_load(s + 288, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmwrite_bitmap", 0x00002028u, value);
	value = vmcsgen_load(s + 296, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vm_function_control", 0x00002018u,
					     value);
	value = vmcsgen_load(s + 304, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "eptp_list_address", 0x00002024u,
					     value);
	value = vmcsgen_load(s + 312, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "pml_address", 0x0000200eu, value);
	value = vmcsgen_load(s + 680, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_s_cet", 0x00006c18u, value);
	value = vmcsgen_load(s + 688, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp", 0x00006c1au, value);
	value = vmcsgen_load(s + 696, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "host_ssp_tbl", 0x00006c1cu, value);
	value = vmcsgen_load(s + 704, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_s_cet", 0x00006828u, value);
	value = vmcsgen_load(s + 712, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x0000682au, value);
	value = vmcsgen_load(s + 720, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp_tbl", 0x0000682cu, value);
	value = vmcsgen_load(s + 928, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmx_preemption_timer_value",
					     0x0000482eu, value);
	value = vmcsgen_load(s + 962, 2);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "posted_intr_nv", 0x00000002u, value);
	value = vmcsgen_load(s + 980, 2);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_intr_status", 0x00000810u,
					     value);
	value = vmcsgen_load(s + 996, 2);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_pml_index", 0x00000812u,
					     value);
	value = vmcsgen_load(s, 4);
	if (value & 0x80000000u)
		count = vmcsgen_note_blocker(out, max, count, "shadow_vmcs", 0u, 1u);
	return count;
}

static inline int kvm_vmcs12_to_hv_evmcs_v1_blockers(const void *src, size_t src_size,
						     struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return kvm_vmcs12_to_hv_evmcs_v1_count_blockers((const uint8_t *)src, out, max);
}

/*
 * How many spans where kvm_vmcs12 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_to_hv_evmcs_v1() does not carry (6 spans checked), or a negative errno for a
 * bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_to_hv_evmcs_v1_unused(const void *src, size_t src_size,
						   struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_unused((const uint8_t *)src, out, max);
}

/* Convert the kvm_vmcs12 region src into a new hv_evmcs_v1 region in dst. */
static inline int kvm_vmcs12_to_hv_evmcs_v1(void *dst, size_t dst_size, const void *src,
					    size_t src_size)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_to_hv_evmcs_v1_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	memcpy(d + 4, s + 4, 4);
	memcpy(d + 104, s + 40, 24);
	memcpy(d + 320, s + 64, 24);
	memcpy(d + 400, s + 88, 16);
	memcpy(d + 624, s + 120, 8);
	memcpy(d + 960, s + 160, 8);
	memcpy(d + 680, s + 168, 8);
	memcpy(d + 416, s + 176, 32);
	memcpy(d + 904, s + 208, 8);
	memcpy(d + 448, s + 216, 32);
	memcpy(d + 896, s + 248, 8);
	memcpy(d + 24, s + 256, 16);
	memcpy(d + 976, s + 272, 8);
	memcpy(d + 968, s + 320, 8);
	memcpy(d + 984, s + 328, 8);
	memcpy(d + 512, s + 344, 32);
	memcpy(d + 720, s + 408, 8);
	memcpy(d + 760, s + 416, 8);
	memcpy(d + 544, s + 424, 24);
	memcpy(d + 216, s + 448, 80);
	memcpy(d + 568, s + 528, 8);
	memcpy(d + 768, s + 536, 8);
	memcpy(d + 816, s + 544, 8);
	memcpy(d + 776, s + 552, 8);
	memcpy(d + 480, s + 560, 24);
	memcpy(d + 40, s + 584, 24);
	memcpy(d + 576, s + 608, 40);
	memcpy(d + 64, s + 648, 16);
	memcpy(d + 616, s + 664, 8);
	memcpy(d + 80, s + 672, 8);
	memcpy(d + 92, s + 744, 4);
	memcpy(d + 788, s + 748, 8);
	memcpy(d + 376, s + 756, 12);
	memcpy(d + 96, s + 768, 4);
	memcpy(d + 388, s + 772, 8);
	memcpy(d + 796, s + 780, 4);
	memcpy(d + 396, s + 784, 4);
	memcpy(d + 800, s + 788, 16);
	memcpy(d + 100, s + 804, 4);
	memcpy(d + 688, s + 808, 32);
	memcpy(d + 144, s + 840, 72);
	memcpy(d + 784, s + 912, 4);
	memcpy(d + 504, s + 916, 8);
	memcpy(d + 88, s + 924, 4);
	memcpy(d + 632, s + 960, 2);
	memcpy(d + 128, s + 964, 16);
	memcpy(d + 8, s + 982, 14);
	memset(d + 22, 0, 2);
	memset(d + 296, 0, 24);
	memset(d + 344, 0, 32);
	memset(d + 634, 0, 46);
	memset(d + 728, 0, 32);
	memset(d + 824, 0, 72);
	memset(d + 912, 0, 48);
	memset(d + 992, 0, 3104);
	vmcsgen_store32(d, 0x00000001u);
	return 0;
}

/*
 * hv_evmcs_v1_sync_to_kvm_vmcs12: Sync eVMCS into vmcs12 at nested VM entry; all groups for
 * migration.
 *
 * hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(): how many values kvm_vmcs12 could not keep, or
 * a negative errno for a bad source; the first max of them are stored in out (which may be
 * NULL).
 */
static inline int hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x00000001u, 0xffffffffu);

	if (err)
		return err;
	(void)out;
	(void)max;
	return 0;
}

/*
 * How many spans where hv_evmcs_v1 holds nothing hold non-zero bytes, which
 * hv_evmcs_v1_sync_to_kvm_vmcs12() does not carry (10 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int hv_evmcs_v1_sync_to_kvm_vmcs12_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x00000001u, 0xffffffffu);

	if (err)
		return err;
	return vmcsgen_hv_evmcs_v1_unused((const uint8_t *)src, out, max);
}

/*
 * Write the control, guest_state, host_state fields of src into the kvm_vmcs12 region dst,
 * whose other bytes (the header included) are kept. For a caller that checked both regions
 * when it mapped them; see the top of this file.
 * Groups whose bits are all set in clean_fields are skipped.
 */
VMCSGEN_INLINE void hv_evmcs_v1_sync_to_kvm_vmcs12_dirty_unchecked(void *dst, const void *src,
								   uint32_t clean_fields)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;

	memcpy(d + 800, s + 812, 4);
	memcpy(d + 544, s + 816, 8);
	if ((clean_fields & 0xffffu) == 0xffffu)
		return;
	if (~clean_fields & 0x001fu) {
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0001u) != 0x0001u)) { /* IO_BITMAP */
			memcpy(d + 40, s + 104, 16);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0002u) != 0x0002u)) { /* MSR_BITMAP */
			memcpy(d + 56, s + 120, 8);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0004u) != 0x0004u)) { /* CONTROL_GRP2 */
			memcpy(d + 88, s + 400, 16);
			memcpy(d + 160, s + 960, 8);
			memcpy(d + 320, s + 968, 8);
			memcpy(d + 328, s + 984, 8);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0008u) != 0x0008u)) { /* CONTROL_GRP1 */
			memcpy(d + 744, s + 92, 4);
			memcpy(d + 768, s + 96, 4);
			memcpy(d + 804, s + 100, 4);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0010u) != 0x0010u)) { /* CONTROL_PROC */
			memcpy(d + 748, s + 788, 4);
		}
	}
	if (~clean_fields & 0x03e0u) {
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0020u) != 0x0020u)) { /* CONTROL_EVENT */
			memcpy(d + 788, s + 800, 12);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0040u) != 0x0040u)) { /* CONTROL_ENTRY */
			memcpy(d + 780, s + 796, 4);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0080u) != 0x0080u)) { /* CONTROL_EXCPN */
			memcpy(d + 752, s + 792, 4);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0100u) != 0x0100u)) { /* CRDR */
			memcpy(d + 344, s + 512, 32);
			memcpy(d + 424, s + 544, 24);
			memcpy(d + 528, s + 568, 8);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0200u) != 0x0200u)) { /* CONTROL_XLAT */
			memcpy(d + 120, s + 624, 8);
			memcpy(d + 960, s + 632, 2);
		}
	}
	if (~clean_fields & 0x7c00u) {
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0400u) != 0x0400u)) { /* GUEST_BASIC */
			memcpy(d + 536, s + 768, 8);
			memcpy(d + 552, s + 776, 8);
			memcpy(d + 912, s + 784, 4);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x0800u) != 0x0800u)) { /* GUEST_GRP1 */
			memcpy(d + 176, s + 416, 32);
			memcpy(d + 216, s + 448, 32);
			memcpy(d + 560, s + 480, 24);
			memcpy(d + 916, s + 504, 8);
			memcpy(d + 248, s + 896, 8);
			memcpy(d + 208, s + 904, 8);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x1000u) != 0x1000u)) { /* GUEST_GRP2 */
			memcpy(d + 964, s + 128, 16);
			memcpy(d + 840, s + 144, 72);
			memcpy(d + 448, s + 216, 80);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x2000u) != 0x2000u)) { /* HOST_POINTER */
			memcpy(d + 608, s + 576, 40);
			memcpy(d + 664, s + 616, 8);
		}
		if (VMCSGEN_UNLIKELY((clean_fields & 0x4000u) != 0x4000u)) { /* HOST_GRP1 */
			memcpy(d + 982, s + 8, 14);
			memcpy(d + 256, s + 24, 16);
			memcpy(d + 584, s + 40, 24);
			memcpy(d + 648, s + 64, 16);
			memcpy(d + 672, s + 80, 8);
			memcpy(d + 924, s + 88, 4);
			memcpy(d + 272, s + 976, 8);
		}
	}
	/* ALL: dirty whenever any group is */
	memcpy(d + 64, s + 320, 24);
	memcpy(d + 756, s + 376, 12);
	memcpy(d + 772, s + 388, 8);
	memcpy(d + 784, s + 396, 4);
}

/*
 * Write the control, guest_state, host_state fields of src into the existing kvm_vmcs12
 * region dst, whose other bytes are kept; the header gets kvm_vmcs12's revision id.
 * Groups whose bits are all set in clean_fields are skipped;
 * hv_evmcs_v1_sync_to_kvm_vmcs12() copies every group, which is what restoring or
 * migrating state must use.
 */
static inline int hv_evmcs_v1_sync_to_kvm_vmcs12_dirty(void *dst, size_t dst_size, const void *src,
						       size_t src_size, uint32_t clean_fields)
{
	uint8_t *d = (uint8_t *)dst;
	int blocked = hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	hv_evmcs_v1_sync_to_kvm_vmcs12_dirty_unchecked(dst, src, clean_fields);
	vmcsgen_store32(d, 0x11e57ed0u);
	return 0;
}

static inline int hv_evmcs_v1_sync_to_kvm_vmcs12(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	return hv_evmcs_v1_sync_to_kvm_vmcs12_dirty(dst, dst_size, src, src_size, 0u);
}

/*
 * kvm_vmcs12_sync_to_hv_evmcs_v1: Sync vmcs12 into eVMCS at nested VM exit.
 *
 * kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(): how many values hv_evmcs_v1 could not keep,
 * or a negative errno for a bad source; the first max of them are stored in out (which may
 * be NULL). kvm_vmcs12_sync_to_hv_evmcs_v1_count_blockers() makes the value checks alone,
 * on a checked source.
 */
VMCSGEN_INLINE int kvm_vmcs12_sync_to_hv_evmcs_v1_count_blockers(const uint8_t *s,
								 struct vmcsgen_blocker *out,
								 size_t max)
{
	int count = 0;
	uint64_t value;

	value = vmcsgen_load(s + 704, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_s_cet", 0x00006828u, value);
	value = vmcsgen_load(s + 712, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp", 0x0000682au, value);
	value = vmcsgen_load(s + 720, 8);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_ssp_tbl", 0x0000682cu, value);
	value = vmcsgen_load(s + 928, 4);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "vmx_preemption_timer_value",
					     0x0000482eu, value);
	value = vmcsgen_load(s + 980, 2);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_intr_status", 0x00000810u,
					     value);
	value = vmcsgen_load(s + 996, 2);
	if (value != 0x0ull)
		count = vmcsgen_note_blocker(out, max, count, "guest_pml_index", 0x00000812u,
					     value);
	value = vmcsgen_load(s, 4);
	if (value & 0x80000000u)
		count = vmcsgen_note_blocker(out, max, count, "shadow_vmcs", 0u, 1u);
	return count;
}

static inline int kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(const void *src, size_t src_size,
							  struct vmcsgen_blocker *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return kvm_vmcs12_sync_to_hv_evmcs_v1_count_blockers((const uint8_t *)src, out, max);
}

/*
 * How many spans where kvm_vmcs12 holds nothing hold non-zero bytes, which
 * kvm_vmcs12_sync_to_hv_evmcs_v1() does not carry (6 spans checked), or a negative errno
 * for a bad source; the first max of them are stored in out.
 */
static inline int kvm_vmcs12_sync_to_hv_evmcs_v1_unused(const void *src, size_t src_size,
							struct vmcsgen_unused *out, size_t max)
{
	int err = vmcsgen_check_source(src, src_size, 4096u, 0x11e57ed0u, 0x7fffffffu);

	if (err)
		return err;
	return vmcsgen_kvm_vmcs12_unused((const uint8_t *)src, out, max);
}

/*
 * Write the guest_state, read_only fields of src into the hv_evmcs_v1 region dst, whose
 * other bytes (the header included) are kept. For a caller that checked both regions when
 * it mapped them; see the top of this file.
 * Returns 0, or -ERANGE (dst untouched) for a value hv_evmcs_v1 cannot keep.
 */
VMCSGEN_INLINE int kvm_vmcs12_sync_to_hv_evmcs_v1_unchecked(void *dst, const void *src)
{
	const uint8_t *s = (const uint8_t *)src;
	uint8_t *d = (uint8_t *)dst;

	if (kvm_vmcs12_sync_to_hv_evmcs_v1_count_blockers(s, NULL, 0))
		return -ERANGE;
	memcpy(d + 680, s + 168, 8);
	memcpy(d + 416, s + 176, 32);
	memcpy(d + 904, s + 208, 8);
	memcpy(d + 448, s + 216, 32);
	memcpy(d + 896, s + 248, 8);
	memcpy(d + 720, s + 408, 8);
	memcpy(d + 760, s + 416, 8);
	memcpy(d + 544, s + 424, 24);
	memcpy(d + 216, s + 448, 80);
	memcpy(d + 568, s + 528, 8);
	memcpy(d + 768, s + 536, 8);
	memcpy(d + 816, s + 544, 8);
	memcpy(d + 776, s + 552, 8);
	memcpy(d + 480, s + 560, 24);
	memcpy(d + 688, s + 808, 32);
	memcpy(d + 144, s + 840, 72);
	memcpy(d + 784, s + 912, 4);
	memcpy(d + 504, s + 916, 8);
	memcpy(d + 128, s + 964, 16);
	return 0;
}

/*
 * Write the guest_state, read_only fields of src into the existing hv_evmcs_v1 region dst,
 * whose other bytes are kept; the header gets hv_evmcs_v1's revision id.
 */
static inline int kvm_vmcs12_sync_to_hv_evmcs_v1(void *dst, size_t dst_size, const void *src,
						 size_t src_size)
{
	uint8_t *d = (uint8_t *)dst;
	int blocked = kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(src, src_size, NULL, 0);

	if (blocked)
		return blocked > 0 ? -ERANGE : blocked;
	if (!dst || dst_size < 4096u)
		return -EINVAL;
	/* src may change under us (guest memory): the body checks the values again. */
	blocked = kvm_vmcs12_sync_to_hv_evmcs_v1_unchecked(dst, src);
	if (blocked)
		return blocked;
	vmcsgen_store32(d, 0x00000001u);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* VMCSGEN_TRANSLATIONS_H */
