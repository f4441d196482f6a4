/* Test stub for <asm/processor-flags.h>: defines nothing, so the kernel-flavour vmcs_bits.h defines
 * every register name itself and the tests compare each with Linux's value. */
#ifndef STUB_ASM_PROCESSOR_FLAGS_H
#define STUB_ASM_PROCESSOR_FLAGS_H
#endif
