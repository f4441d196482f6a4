/* Stand-in for <linux/build_bug.h>: the one-argument static_assert the generated headers use. */
#ifndef TEST_STUB_LINUX_BUILD_BUG_H
#define TEST_STUB_LINUX_BUILD_BUG_H
#define static_assert(expr) _Static_assert(expr, #expr)
#endif
