/* Minimal stand-in for the kernel's <linux/types.h>, for compiling kernel-style headers in tests. */
#ifndef TEST_STUB_LINUX_TYPES_H
#define TEST_STUB_LINUX_TYPES_H
#include <stdint.h>
typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
#endif
