/* Stand-in for the attributes and hints the kernel's <linux/compiler.h> provides. */
#ifndef TEST_STUB_LINUX_COMPILER_H
#define TEST_STUB_LINUX_COMPILER_H
#define __packed __attribute__((packed))
#define __always_inline inline __attribute__((always_inline))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif
