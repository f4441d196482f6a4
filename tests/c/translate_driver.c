/*
 * Test driver for the generated translations. TRANSLATION_TABLE (a generated include)
 * lists PLAIN(name) for every translation, DIRTY(name) for those honouring clean
 * fields, DISCARDS(name) for those that drop values by design and UNCHECKED(function,
 * call) for the unchecked update bodies. NAME runs name(); NAME_dirty runs name_dirty()
 * with CLEAN_FIELDS; an unchecked function runs `call`, an int expression of dst, src and
 * clean.
 * Usage: translate_driver NAME SRC DST [CLEAN_FIELDS]
 * DST is read first (update mode writes into it) and written back on success.
 * Prints the return value, then one "blocker FIELD VALUE" line per blocker and one
 * "dropped FIELD VALUE" line per value name_discarded() reports.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vmcs_translations.h"

#define REGION 4096

static int load(const char *path, unsigned char *buffer)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return -1;
	n = fread(buffer, 1, REGION, f);
	fclose(f);
	return n == REGION ? 0 : -1;
}

int main(int argc, char **argv)
{
	static unsigned char src[REGION], dst[REGION];
	struct vmcsgen_blocker blockers[64], dropped[64];
	uint32_t clean = argc > 4 ? (uint32_t)strtoul(argv[4], NULL, 0) : 0;
	int ret = -1000, count = 0, dropped_count = 0, i;

	if (argc < 4 || load(argv[2], src) || load(argv[3], dst))
		return 2;
#define PLAIN(name)                                                    \
	if (!strcmp(argv[1], #name)) {                                 \
		count = name##_blockers(src, sizeof(src), blockers, 64); \
		ret = name(dst, sizeof(dst), src, sizeof(src));          \
	}
#define DIRTY(name)                                                         \
	if (!strcmp(argv[1], #name "_dirty")) {                             \
		count = name##_blockers(src, sizeof(src), blockers, 64);      \
		ret = name##_dirty(dst, sizeof(dst), src, sizeof(src), clean); \
	}
#define DISCARDS(name)                                                       \
	if (!strcmp(argv[1], #name))                                         \
		dropped_count = name##_discarded(src, sizeof(src), dropped, 64);
#define UNCHECKED(function, call)              \
	if (!strcmp(argv[1], #function)) {     \
		ret = call;                    \
	}
#include TRANSLATION_TABLE
#undef PLAIN
#undef DIRTY
#undef DISCARDS
#undef UNCHECKED
	(void)clean;
	printf("%d\n", ret);
	for (i = 0; i < count && i < 64; i++)
		printf("blocker %s %" PRIx64 "\n", blockers[i].field, blockers[i].value);
	for (i = 0; i < dropped_count && i < 64; i++)
		printf("dropped %s %" PRIx64 "\n", dropped[i].field, dropped[i].value);
	if (ret == 0) {
		FILE *f = fopen(argv[3], "wb");

		if (!f || fwrite(dst, 1, REGION, f) != REGION)
			return 3;
		fclose(f);
	}
	return 0;
}
