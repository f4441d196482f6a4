/*
 * Test driver for the generated <name>_unused(). UNUSED_TABLE (a generated include) lists
 * UNUSED(name) for every translation that has one.
 * Usage: unused_driver NAME SRC [SIZE]
 * Runs name_unused() on the first SIZE bytes of SRC (default: the whole file); prints the
 * return value, then one "OFFSET SIZE NONZERO SPAN" line per span reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmcs_translations.h"

#define REGION 4096

int main(int argc, char **argv)
{
	static unsigned char src[REGION];
	struct vmcsgen_unused found[64];
	size_t size;
	int ret = -1000, i;
	FILE *f;

	if (argc < 3)
		return 2;
	f = fopen(argv[2], "rb");
	if (!f)
		return 2;
	size = fread(src, 1, REGION, f);
	fclose(f);
	if (argc > 3)
		size = (size_t)strtoul(argv[3], NULL, 0);
#define UNUSED(name)                  \
	if (!strcmp(argv[1], #name)) \
		ret = name##_unused(src, size, found, 64);
#include UNUSED_TABLE
#undef UNUSED
	printf("%d\n", ret);
	for (i = 0; i < ret && i < 64; i++)
		printf("%u %u %u %s\n", (unsigned)found[i].offset, (unsigned)found[i].size,
		       (unsigned)found[i].nonzero, found[i].span);
	return 0;
}
