/*
 * Timing driver for the C benchmarks; bench_generated.h (emitted by vmcsbench/c_codegen.py from
 * vmcsgen's model) supplies the functions under test, the source images and bench_verify().
 *
 * usage: harness ITERATIONS REPETITIONS
 * prints one line per function and repetition: "<key> <repetition> <ns per call>"
 *
 * Every function runs ITERATIONS times back to back between two CLOCK_MONOTONIC reads. The
 * functions are called through a pointer to noinline/noipa wrappers and an asm memory
 * clobber separates the calls, so the compiler can neither inline, hoist nor drop the work.
 * Within a repetition every function is timed once; the starting function rotates from one
 * repetition to the next, so subject and baseline are interleaved and share the machine's
 * state (frequency, noise) as closely as possible.
 */
#define _POSIX_C_SOURCE 199309L

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__clang__)
#define BENCH_NOINLINE __attribute__((noinline))
#else
#define BENCH_NOINLINE __attribute__((noipa))
#endif

#define BENCH_REGION 4096u

typedef uint64_t (*bench_call)(void *dst, const void *src);

struct bench_fn {
	const char *key;
	bench_call run;
	const unsigned char *src;
	uint32_t clean_fields; /* the eVMCS clean-field mask a sync sees, bench_clean_fields */
};

/*
 * Set from bench_fn.clean_fields before each batch. The syncs read it like KVM reads
 * evmcs->hv_clean_fields: a load the compiler cannot fold, so every test stays in the code.
 */
static uint32_t bench_clean_fields;

/* KVM's vmcs_field_to_offset_table index: the encoding rotated left by 6 bits. */
#define BENCH_ROL16(v, n) ((uint16_t)(((uint16_t)(v) << (n)) | ((uint16_t)(v) >> (16 - (n)))))

/* The kernel's generic array_index_mask_nospec(): all ones if index < size, else 0. */
static inline size_t bench_index_mask(size_t index, size_t size)
{
	__asm__("" : "+r"(index));
	return (size_t)(~(long)(index | (size - 1u - index)) >> (sizeof(long) * 8 - 1));
}

/*
 * KVM's get_vmcs12_field_offset(): offset of `encoding` in a ROL16-indexed table, 0 if
 * absent, with the same bounds check and Spectre-v1 index clamp.
 */
static inline uint16_t bench_offset(const uint16_t *table, size_t size, uint32_t encoding)
{
	size_t index = BENCH_ROL16(encoding, 6);

	if (encoding >> 15 || index >= size)
		return 0;
	return table[index & bench_index_mask(index, size)];
}

/* KVM's vmcs12_read_any(): a switch on the width bits of the encoding. */
static inline uint64_t bench_read_any(const unsigned char *base, uint32_t encoding, uint16_t offset)
{
	const unsigned char *p = base + offset;

	switch ((encoding >> 13) & 3u) {
	case 0: {
		uint16_t v;

		memcpy(&v, p, sizeof(v));
		return v;
	}
	case 2: {
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

/* KVM's vmcs12_write_any(). */
static inline void bench_write_any(unsigned char *base, uint32_t encoding, uint16_t offset,
				   uint64_t value)
{
	unsigned char *p = base + offset;

	switch ((encoding >> 13) & 3u) {
	case 0: {
		uint16_t v = (uint16_t)value;

		memcpy(p, &v, sizeof(v));
		break;
	}
	case 2: {
		uint32_t v = (uint32_t)value;

		memcpy(p, &v, sizeof(v));
		break;
	}
	default:
		memcpy(p, &value, sizeof(value));
		break;
	}
}

/* Table-driven generic copy, field by field, the way hand-written hypervisor code does it. */
static inline uint64_t bench_table_copy(unsigned char *d, const unsigned char *s,
					const uint16_t *src_table, size_t src_size,
					const uint16_t *dst_table, size_t dst_size,
					const uint32_t *fields, size_t count)
{
	uint64_t missing = 0;
	size_t i;

	for (i = 0; i < count; i++) {
		uint16_t from = bench_offset(src_table, src_size, fields[i]);
		uint16_t to = bench_offset(dst_table, dst_size, fields[i]);

		if (!from || !to) {
			missing++;
			continue;
		}
		bench_write_any(d, fields[i], to, bench_read_any(s, fields[i], from));
	}
	return missing;
}

/* VMREAD emulation, KVM style: runtime encodings through a ROL16 table. */
static inline uint64_t bench_table_read(const unsigned char *s, const uint16_t *table, size_t size,
					const uint32_t *fields, size_t count)
{
	uint64_t sum = 0;
	size_t i;

	for (i = 0; i < count; i++) {
		uint16_t offset = bench_offset(table, size, fields[i]);

		if (offset)
			sum += bench_read_any(s, fields[i], offset);
	}
	return sum;
}

static void bench_fill_random(unsigned char *p, size_t size, uint64_t seed)
{
	size_t i;

	for (i = 0; i < size; i++) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		p[i] = (unsigned char)seed;
	}
}

static void bench_store(unsigned char *p, uint64_t value, size_t size)
{
	memcpy(p, &value, size);
}

static unsigned char bench_dst[BENCH_REGION] __attribute__((aligned(64)));
static unsigned char bench_ref[BENCH_REGION] __attribute__((aligned(64)));

/* Whether fn writes exactly the bytes of ref when run on src. */
static int bench_same(const char *key, bench_call fn, const unsigned char *ref,
		      const unsigned char *src)
{
	memset(bench_dst, 0x5a, sizeof(bench_dst));
	if (fn(bench_dst, src) != 0 || memcmp(bench_dst, ref, BENCH_REGION) != 0) {
		fprintf(stderr, "verify: %s differs from the generated translation\n", key);
		return 1;
	}
	return 0;
}

/*
 * Whether sync writes exactly what checked writes into the same existing region (filled
 * with 0x5a, header set) with clean_fields set; neither may refuse the source.
 */
static int bench_same_sync(const char *key, bench_call sync, bench_call checked,
			   const unsigned char *src, uint32_t revision, uint32_t clean_fields)
{
	bench_clean_fields = clean_fields;
	memset(bench_ref, 0x5a, sizeof(bench_ref));
	memcpy(bench_ref, &revision, sizeof(revision));
	memcpy(bench_dst, bench_ref, sizeof(bench_dst));
	if (checked(bench_ref, src) != 0 || sync(bench_dst, src) != 0 ||
	    memcmp(bench_dst, bench_ref, BENCH_REGION) != 0) {
		fprintf(stderr, "verify: %s differs from the checked translation\n", key);
		return 1;
	}
	return 0;
}

static BENCH_NOINLINE uint64_t bench_memcpy_region(void *dst, const void *src)
{
	memcpy(dst, src, BENCH_REGION);
	return 0;
}

#include "bench_generated.h"

static double bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static uint64_t bench_batch(const struct bench_fn *fn, long iterations)
{
	uint64_t acc = 0;
	long i;

	for (i = 0; i < iterations; i++) {
		acc += fn->run(bench_dst, fn->src);
		__asm__ __volatile__("" : : : "memory");
	}
	return acc;
}

static volatile uint64_t bench_sink;

int main(int argc, char **argv)
{
	size_t count = sizeof(bench_fns) / sizeof(bench_fns[0]);
	long iterations;
	int reps, rep;
	size_t k;

	if (argc != 3) {
		fprintf(stderr, "usage: %s ITERATIONS REPETITIONS\n", argv[0]);
		return 2;
	}
	iterations = atol(argv[1]);
	reps = atoi(argv[2]);
	if (iterations <= 0 || reps <= 0) {
		fprintf(stderr, "ITERATIONS and REPETITIONS must be positive\n");
		return 2;
	}
	bench_init();
	if (bench_verify())
		return 1;
	for (k = 0; k < count; k++) {
		bench_clean_fields = bench_fns[k].clean_fields;
		bench_sink += bench_batch(&bench_fns[k], iterations / 10 + 1);
	}
	for (rep = 0; rep < reps; rep++) {
		for (k = 0; k < count; k++) {
			const struct bench_fn *fn = &bench_fns[(k + (size_t)rep) % count];
			double start;

			bench_clean_fields = fn->clean_fields;
			start = bench_now_ns();

			bench_sink += bench_batch(fn, iterations);
			printf("%s %d %.4f\n", fn->key, rep, (bench_now_ns() - start) / (double)iterations);
		}
	}
	printf("# sink %llu\n", (unsigned long long)bench_sink);
	return 0;
}
