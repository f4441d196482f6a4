/* Stand-in for <linux/build_bug.h>: the one-argument static_assert the generated headers use. */
#ifndef TEST_STUB_LINUX_BUILD_BUG_H
#define TEST_STUB_LINUX_BUILD_BUG_H
#ifdef __cplusplus
/* C++11 has only the two-argument keyword; the tests also compile kernel style as C++. */
#ifdef __clang__
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wkeyword-macro"
#endif
#define static_assert(expr) static_assert(expr, #expr)
#ifdef __clang__
#pragma clang diagnostic pop
#endif
#else
#define static_assert(expr) _Static_assert(expr, #expr)
#endif
#endif
