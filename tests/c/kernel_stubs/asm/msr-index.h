/* Test stub for <asm/msr-index.h>: defines nothing, so the kernel-flavour vmcs_bits.h defines
 * every register name itself and the tests compare each with Linux's value. */
#ifndef STUB_ASM_MSR_INDEX_H
#define STUB_ASM_MSR_INDEX_H
#endif
