"""The C flavour of every generated header, chosen once from [tool.vmcsgen] c_types.

Every C exporter and template asks one CFlavour how to spell what differs between a
header compiled in user space ("stdint": <stdint.h> types, its own portable macros, usable
from C++) and one compiled in a kernel tree ("kernel": <linux/types.h> types, the kernel's
own attributes and helpers, checkpatch --strict clean). Nothing else tests the setting.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.c_style import wrap_call

# What a header uses from the C library or the kernel; `includes()` turns them into the
# #include lines of one flavour.
BIT_CONSTANTS = "bit constants"
ERRNO = "errno"
INTEGERS = "integers"
MEMCPY = "memcpy"
NOSPEC = "nospec"
OFFSETOF = "offsetof"
SIZE_T = "size_t"
STATIC_ASSERT = "static_assert"
COMPILER_HINTS = "compiler hints"  # unlikely(), __always_inline

_USER_HEADERS = (
    ("stddef.h", frozenset({OFFSETOF, SIZE_T})),
    ("stdint.h", frozenset({INTEGERS, BIT_CONSTANTS})),
    ("string.h", frozenset({MEMCPY})),
    ("errno.h", frozenset({ERRNO})),
)
# In the order Linux sorts them; static_assert comes from build_bug.h, array_index_nospec
# from nospec.h.
_KERNEL_HEADERS = (
    ("linux/bits.h", frozenset({BIT_CONSTANTS})),
    ("linux/build_bug.h", frozenset({STATIC_ASSERT})),
    ("linux/compiler.h", frozenset({COMPILER_HINTS})),
    ("linux/errno.h", frozenset({ERRNO})),
    ("linux/nospec.h", frozenset({NOSPEC})),
    ("linux/stddef.h", frozenset({OFFSETOF})),
    ("linux/string.h", frozenset({MEMCPY})),
    ("linux/types.h", frozenset({INTEGERS, SIZE_T})),
)


@dataclass(frozen=True)
class CFlavour:
    """The spellings of one C flavour.

    `kernel_helpers` says that the kernel provides static_assert(), __always_inline,
    unlikely(), array_index_nospec() and BIT()/GENMASK(); without them a header defines
    its own <PREFIX>_STATIC_ASSERT, <PREFIX>_INLINE, ... and wraps its functions in
    extern "C" for C++ callers.
    """

    setting: str
    kernel_helpers: bool
    name_prefix: str  # before every name of vmcs_bits.h, so it can sit next to Linux's
    headers: tuple[tuple[str, frozenset[str]], ...]

    def includes(self, *uses: str) -> list[str]:
        """The headers that declare what a header `uses`, in this flavour's order."""
        return [header for header, provides in self.headers if provides & set(uses)]

    def unsigned(self, size: int) -> str:
        return f"u{size * 8}" if self.kernel_helpers else f"uint{size * 8}_t"

    @property
    def byte(self) -> str:
        return self.unsigned(1)

    def declaration(self, name: str, size: int, *, reserved: bool) -> str:
        """A struct member: reserved space as a byte array, anything else one integer."""
        if reserved:
            return f"{self.byte} {name}[{size}];"
        return f"{self.unsigned(size)} {name};"

    @property
    def packed(self) -> str:
        return "__packed" if self.kernel_helpers else "__attribute__((packed))"

    def inline(self, prefix: str) -> str:
        """How an always-inlined function is declared: the accessors (so that a constant
        encoding resolves at compile time) and the per-exit sync bodies. The user flavour
        uses the header's <prefix>_INLINE macro, plain inline for non-GNU compilers."""
        return "static __always_inline" if self.kernel_helpers else f"{prefix}_INLINE"

    def unlikely(self, prefix: str) -> str:
        return "unlikely" if self.kernel_helpers else f"{prefix}_UNLIKELY"

    def is_constant(self, prefix: str) -> str:
        return "__builtin_constant_p" if self.kernel_helpers else f"{prefix}_IS_CONSTANT"

    def assertion(self, prefix: str, condition: str, message: str) -> str:
        """A compile-time assertion statement: the kernel's static_assert() takes the
        condition alone, <prefix>_STATIC_ASSERT() a message too."""
        if self.kernel_helpers:
            return wrap_call("static_assert", [condition], ";")
        return wrap_call(f"{prefix}_STATIC_ASSERT", [condition, f'"{message}"'], ";")

    def name(self, name: str) -> str:
        """A name of vmcs_bits.h."""
        return self.name_prefix + name

    def bit(self, bit: int, width: int) -> str:
        """Bit `bit` of a field `width` bits wide."""
        if self.kernel_helpers:
            return f"BIT_ULL({bit})" if width > 32 else f"BIT({bit})"
        return self._constant(1 << bit, width)

    def bit64(self, bit: int) -> str:
        """Bit `bit` of a 64-bit mask."""
        return f"BIT_ULL({bit})" if self.kernel_helpers else f"(1ULL << {bit})"

    def mask(self, high: int, low: int, mask: int, width: int) -> str:
        """Bits `high`:`low` (`mask`, written out by the user flavour)."""
        if self.kernel_helpers:
            macro = "GENMASK_ULL" if width > 32 else "GENMASK"
            return f"{macro}({high}, {low})"
        return self._constant(mask, width)

    def value(self, value: int, shift: int, width: int) -> str:
        """`value` placed at bit `shift`."""
        if self.kernel_helpers:
            if shift and value == 1:
                return self.bit(shift, width)  # checkpatch --strict asks for BIT() over (1 << n)
            return f"({value} << {shift})" if shift else str(value)
        return self._constant(value << shift, width, hex_digits=shift > 0)

    def literal(self, value: int, width: int) -> str:
        """A mask written out, as Linux writes its ALWAYSON and reserved masks."""
        if self.kernel_helpers:
            return f"0x{value:016x}ULL" if width > 32 else f"0x{value:08x}"
        return self._constant(value, width)

    @staticmethod
    def _constant(value: int, width: int, hex_digits: bool = True) -> str:
        wide = width > 32
        macro = "UINT64_C" if wide else "UINT32_C"
        shown = f"0x{value:0{16 if wide else 8}x}" if hex_digits else str(value)
        return f"{macro}({shown})"


USER = CFlavour("stdint", kernel_helpers=False, name_prefix="VMCS_", headers=_USER_HEADERS)
KERNEL = CFlavour("kernel", kernel_helpers=True, name_prefix="", headers=_KERNEL_HEADERS)
FLAVOURS = {flavour.setting: flavour for flavour in (USER, KERNEL)}


def c_flavour(c_types: str) -> CFlavour:
    """The flavour [tool.vmcsgen] c_types names (the settings reader admits no other)."""
    return FLAVOURS[c_types]
