/*
 * Test driver for the generated container header.
 *   nested_state_driver check BLOB...   one line per blob: the broken-rule bits in hex,
 *                                       then the ids of the broken rules
 *   nested_state_driver build HEADER OUT [REGION...]   build a blob from a 128-byte header
 *                                       file and region files; prints the length
 * Region fields are read with REGION_READ (a layout's generated _reader).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include REGION_HEADER
#include "kvm_nested_state.h"

#define LIMIT (KVM_NESTED_STATE_MAX_SIZE + 4096)

static long load(const char *path, unsigned char *buffer, size_t size)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return -1;
	n = fread(buffer, 1, size, f);
	fclose(f);
	return (long)n;
}

static int check(int count, char **paths)
{
	static unsigned char blob[LIMIT];
	int i;

	for (i = 0; i < count; i++) {
		long n = load(paths[i], blob, sizeof(blob));
		uint64_t broken;
		unsigned int rule;

		if (n < 0)
			return 2;
		/* A copy of exactly n bytes, so the sanitizer sees any read past the blob. */
		unsigned char *copy = malloc(n ? (size_t)n : 1);
		memcpy(copy, blob, (size_t)n);
		broken = kvm_nested_state_violations(copy, (size_t)n, REGION_READ);
		free(copy);
		printf("%016" PRIx64, broken);
		for (rule = 0; rule < KVM_NESTED_STATE_NR_RULES; rule++)
			if (broken & (1ULL << rule))
				printf(" %s", kvm_nested_state_rule_id(rule));
		printf("\n");
	}
	return 0;
}

static int build(int count, char **paths)
{
	static unsigned char out[KVM_NESTED_STATE_MAX_SIZE];
	static unsigned char regions[KVM_NESTED_STATE_NR_REGIONS][4096];
	const void *pointers[KVM_NESTED_STATE_NR_REGIONS];
	struct kvm_nested_state_header header;
	int i;
	long length;
	FILE *f;

	if (count < 2 || load(paths[0], (unsigned char *)&header, sizeof(header)) != (long)sizeof(header))
		return 2;
	for (i = 2; i < count; i++) {
		if (load(paths[i], regions[i - 2], 4096) != 4096)
			return 2;
		pointers[i - 2] = regions[i - 2];
	}
	length = kvm_nested_state_build(out, sizeof(out), &header, pointers, (unsigned int)(count - 2));
	if (length < 0)
		return 3;
	f = fopen(paths[1], "wb");
	if (!f || fwrite(out, 1, (size_t)length, f) != (size_t)length)
		return 2;
	fclose(f);
	printf("%ld\n", length);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "check"))
		return check(argc - 2, argv + 2);
	if (argc >= 2 && !strcmp(argv[1], "build"))
		return build(argc - 2, argv + 2);
	return 2;
}
