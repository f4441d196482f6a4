/* Test stub for <asm/debugreg.h>: defines nothing, so the kernel-flavour vmcs_bits.h defines
 * every register name itself and the tests compare each with Linux's value. */
#ifndef STUB_ASM_DEBUGREG_H
#define STUB_ASM_DEBUGREG_H
#endif
