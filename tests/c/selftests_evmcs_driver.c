// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * Drives the KVM selftests' evmcs_vmwrite()/evmcs_vmread() in user space, so that the
 * hand-written evmcs.h and the one using the generated layout can be compared.
 *
 * stdin: lines "<encoding in hex> d|h". For each, the eVMCS page is filled with a known
 * pattern (every clean-field bit set), the encoding is written with a value derived from it and read back; the line
 * printed holds both return codes, the value read and the page: every byte of the struct
 * (d) or a 64-bit FNV-1a hash of the whole page (h).
 */
#include <inttypes.h>
#include <stdio.h>

#include "vmx.h"

/* Defined by the selftests library (lib/x86_64/vmx.c), which the driver does not link. */
bool enable_evmcs;
struct hv_enlightened_vmcs *current_evmcs;
struct hv_vp_assist_page *current_vp_assist;

#define PAGE 4096

static union {
	struct hv_enlightened_vmcs vmcs;
	unsigned char bytes[PAGE];
} page __attribute__((aligned(PAGE)));

static uint64_t page_hash(void)
{
	uint64_t hash = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < PAGE; i++)
		hash = (hash ^ page.bytes[i]) * 0x100000001b3ull;
	return hash;
}

int main(void)
{
	uint64_t encoding, value, read_back;
	char mode;

	current_evmcs = &page.vmcs;
	printf("sizeof %zu alignof %zu\n", sizeof(struct hv_enlightened_vmcs),
	       _Alignof(struct hv_enlightened_vmcs));
	while (scanf("%" SCNx64 " %c", &encoding, &mode) == 2) {
		for (size_t i = 0; i < PAGE; i++)
			page.bytes[i] = (unsigned char)(i * 7 + 3);
		/* Every group clean, so that the bit a write clears shows. */
		page.vmcs.hv_clean_fields = 0xffffffff;
		value = 0x8000000000000001ull ^ (encoding * 0x9e3779b97f4a7c15ull);
		read_back = 0x5555555555555555ull;
		int wrote = evmcs_vmwrite(encoding, value);
		int read = evmcs_vmread(encoding, &read_back);

		printf("%" PRIx64 " write %d read %d value %016" PRIx64, encoding, wrote, read,
		       read_back);
		if (mode == 'd') {
			printf(" bytes ");
			for (size_t i = 0; i < sizeof(struct hv_enlightened_vmcs); i++)
				printf("%02x", page.bytes[i]);
			printf("\n");
		} else {
			printf(" hash %016" PRIx64 "\n", page_hash());
		}
	}
	return 0;
}
