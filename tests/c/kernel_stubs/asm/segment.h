/* Test stub for <asm/segment.h>: defines nothing, so the kernel-flavour vmcs_bits.h defines
 * every register name itself and the tests compare each with Linux's value. */
#ifndef STUB_ASM_SEGMENT_H
#define STUB_ASM_SEGMENT_H
#endif
