/* Stand-in for <linux/nospec.h>: the kernel clamps without a branch; tests only need the shape. */
#define array_index_nospec(index, size) ((index) < (size) ? (index) : 0)
