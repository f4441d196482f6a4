/* Test stub for <asm/vmx.h>: defines nothing, so the kernel-flavour vmcs_bits.h defines every
 * VMX name itself and the tests compare each with Linux's value. */
#ifndef STUB_ASM_VMX_H
#define STUB_ASM_VMX_H
#endif
