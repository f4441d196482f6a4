"""VMCS field encodings (Intel SDM Vol. 3, Appendix B): everything derived from the 32 bits.

bit 0      access type: 0 = full, 1 = high (the upper 32 bits of a 64-bit field)
bits 9:1   index
bits 11:10 type: control, read-only data (VM-exit information), guest state, host state
bit 12     reserved, 0
bits 14:13 width: 16-bit, 64-bit, 32-bit, natural width
bits 31:15 reserved, 0
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

ACCESS_HIGH = 0x1
INDEX_SHIFT = 1
INDEX_MASK = 0x1FF
TYPE_SHIFT = 10
WIDTH_SHIFT = 13
RESERVED_MASK = ~0x6FFF & 0xFFFFFFFF
ENCODING_LIMIT = 1 << 32


class FieldWidth(enum.Enum):
    U16 = 0
    U64 = 1
    U32 = 2
    NATURAL = 3

    @property
    def size(self) -> int:
        """Bytes of storage; natural width is stored as 64 bits, as KVM's vmcs12 does."""
        return {FieldWidth.U16: 2, FieldWidth.U64: 8, FieldWidth.U32: 4, FieldWidth.NATURAL: 8}[
            self
        ]

    @property
    def label(self) -> str:
        return {
            FieldWidth.U16: "16-bit",
            FieldWidth.U64: "64-bit",
            FieldWidth.U32: "32-bit",
            FieldWidth.NATURAL: "natural-width",
        }[self]


class FieldType(enum.Enum):
    CONTROL = 0
    READ_ONLY = 1
    GUEST_STATE = 2
    HOST_STATE = 3

    @property
    def key(self) -> str:
        """The spelling specs use (`copy: [guest_state, ...]`)."""
        return self.name.lower()

    @property
    def label(self) -> str:
        return {
            FieldType.CONTROL: "control",
            FieldType.READ_ONLY: "read-only data",
            FieldType.GUEST_STATE: "guest state",
            FieldType.HOST_STATE: "host state",
        }[self]


@dataclass(frozen=True)
class Encoding:
    """A decoded full (not HIGH) field encoding."""

    value: int

    @property
    def index(self) -> int:
        return (self.value >> INDEX_SHIFT) & INDEX_MASK

    @property
    def type(self) -> FieldType:
        return FieldType((self.value >> TYPE_SHIFT) & 0x3)

    @property
    def width(self) -> FieldWidth:
        return FieldWidth((self.value >> WIDTH_SHIFT) & 0x3)

    @property
    def high(self) -> int | None:
        """The encoding of the upper 32 bits, for 64-bit fields only."""
        return self.value | ACCESS_HIGH if self.width is FieldWidth.U64 else None

    @property
    def lookup_group(self) -> int:
        """width and type packed into 4 bits: the row of an encoding-indexed table."""
        return (self.width.value << 2) | self.type.value


def encoding_problem(value: int) -> str | None:
    """Why `value` is not a well-formed full-field encoding, or None if it is."""
    if not 0 <= value < ENCODING_LIMIT:
        return f"0x{value:x} does not fit in 32 bits"
    if value & RESERVED_MASK:
        return f"0x{value:08x} sets reserved bits (only bits 14:13, 11:0 may be set, bit 12 never)"
    if value & ACCESS_HIGH:
        return (
            f"0x{value:08x} has access type HIGH (bit 0); list the full field only, "
            "its HIGH half is derived"
        )
    return None
