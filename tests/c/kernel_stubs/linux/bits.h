/* Test stub: the <linux/bits.h> macros generated kernel-flavour headers use, with the
 * kernel's definitions (BIT is unsigned long, GENMASK counts from an unsigned long). */
#ifndef STUB_LINUX_BITS_H
#define STUB_LINUX_BITS_H
#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define GENMASK(h, l) (((~0UL) - (1UL << (l)) + 1) & (~0UL >> (8 * sizeof(unsigned long) - 1 - (h))))
#define GENMASK_ULL(h, l) (((~0ULL) - (1ULL << (l)) + 1) & (~0ULL >> (64 - 1 - (h))))
#endif
