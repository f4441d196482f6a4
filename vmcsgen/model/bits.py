"""Named bits and values of VMCS fields: control bits, exit reasons, guest state enums.

A format describes the contents of one or more catalog fields (the three
interruption-information fields share one). It holds single-bit flags, multi-bit ranges
(a range may name its values, as the basic exit reason in bits 15:0 does), or values of
the whole field (the guest activity state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.diagnostics import Location


def type_name(snake: str) -> str:
    """pin_based_controls -> PinBasedControls: the generated Python class of a format."""
    return "".join(part.capitalize() for part in re.split(r"_+", snake) if part)


def mask_of(high: int, low: int) -> int:
    """Bits high..low set."""
    return ((1 << (high - low + 1)) - 1) << low


@dataclass(frozen=True)
class BitValue:
    """A named value of a range, or of a whole field; `value` is before any shift."""

    name: str
    value: int
    description: str
    location: Location
    sdm: str = ""


@dataclass(frozen=True)
class BitFlag:
    name: str
    bit: int
    description: str
    location: Location
    sdm: str = ""
    note: str = ""

    @property
    def mask(self) -> int:
        return 1 << self.bit


@dataclass(frozen=True)
class BitConstant:
    """Another named mask of a field (an alias, reserved or default-1 bits): it may overlap
    flags and ranges and takes no part in decoding."""

    name: str
    value: int
    description: str
    location: Location
    note: str = ""


@dataclass(frozen=True)
class BitRange:
    """Bits high..low of a field, optionally with named values (`enum` names their type)."""

    name: str
    high: int
    low: int
    description: str
    location: Location
    sdm: str = ""
    note: str = ""
    enum: str = ""
    values: tuple[BitValue, ...] = ()

    @property
    def mask(self) -> int:
        return mask_of(self.high, self.low)

    @property
    def width(self) -> int:
        return self.high - self.low + 1

    @property
    def type_name(self) -> str:
        """The generated Python enum of the values; empty when the range has none."""
        return type_name(self.enum) if self.enum else ""

    @cached_property
    def by_value(self) -> dict[int, BitValue]:
        return {v.value: v for v in self.values}


@dataclass(frozen=True)
class BitFormat:
    """What the bits of `fields` mean: flags and ranges, or values of the whole field."""

    name: str
    title: str
    fields: tuple[str, ...]
    width: int  # bits of the narrowest field the format describes
    location: Location
    source: str = ""
    kernel_header: str = ""  # the Linux header defining these names already, if any
    flags: tuple[BitFlag, ...] = ()
    ranges: tuple[BitRange, ...] = ()
    values: tuple[BitValue, ...] = ()
    constants: tuple[BitConstant, ...] = ()

    @property
    def defined_mask(self) -> int:
        """Every bit a flag or range names; all of them when the format has whole values."""
        if self.values:
            return (1 << self.width) - 1
        mask = 0
        for flag in self.flags:
            mask |= flag.mask
        for bit_range in self.ranges:
            mask |= bit_range.mask
        return mask

    @cached_property
    def by_value(self) -> dict[int, BitValue]:
        return {v.value: v for v in self.values}

    @property
    def type_name(self) -> str:
        """The generated Python class: an IntFlag of the flags, or an IntEnum of the values."""
        return type_name(self.name)


@dataclass(frozen=True)
class BitsSpec:
    path: str
    source: str
    formats: tuple[BitFormat, ...]

    @cached_property
    def by_field(self) -> dict[str, BitFormat]:
        """catalog field name -> the format describing its bits."""
        return {name: fmt for fmt in self.formats for name in fmt.fields}
