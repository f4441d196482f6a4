/*
 * Test driver for a generated layout header: VMREAD/VMWRITE by encoding from a script.
 * Built with -DLAYOUT_HEADER=\"x.h\" -DLAYOUT_READ=x_read -DLAYOUT_WRITE=x_write
 * -DREGION_SIZE=N. Usage: layout_driver REGION_IN REGION_OUT < script
 * Script lines: "r ENCODING" prints "VALUE" (or "ENOENT"); "w ENCODING VALUE" prints
 * "ok" or "ENOENT". The region is written back after the script.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include LAYOUT_HEADER

int main(int argc, char **argv)
{
	static unsigned char region[REGION_SIZE];
	char op;
	uint32_t encoding;
	uint64_t value;
	FILE *in, *out;

	if (argc != 3)
		return 2;
	in = fopen(argv[1], "rb");
	if (!in || fread(region, 1, sizeof(region), in) != sizeof(region))
		return 3;
	fclose(in);
	while (scanf(" %c %" SCNx32, &op, &encoding) == 2) {
		int err;

		if (op == 'r') {
			err = LAYOUT_READ(region, encoding, &value);
			if (err)
				printf("%s\n", err == -ENOENT ? "ENOENT" : "ERR");
			else
				printf("%" PRIx64 "\n", value);
		} else {
			if (scanf(" %" SCNx64, &value) != 1)
				return 4;
			err = LAYOUT_WRITE(region, encoding, value);
			printf("%s\n", err == -ENOENT ? "ENOENT" : err ? "ERR" : "ok");
		}
	}
	out = fopen(argv[2], "wb");
	if (!out || fwrite(region, 1, sizeof(region), out) != sizeof(region))
		return 5;
	fclose(out);
	return 0;
}
