/* Stand-in for the kernel's <linux/errno.h> (values as in asm-generic/errno-base.h, errno.h). */
#ifndef TEST_STUB_LINUX_ERRNO_H
#define TEST_STUB_LINUX_ERRNO_H
#define ENOENT 2
#define EINVAL 22
#define ENOSPC 28
#define ERANGE 34
#define EPROTO 71
#endif
