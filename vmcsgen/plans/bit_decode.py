"""Decode a field value into the names the bits spec gives it.

    decoding = decode_field(specs, "VM_EXIT_REASON", 0x8000_0021)
    decoding.names        -> ("VMX_EXIT_REASONS_FAILED_VMENTRY", "EXIT_REASON_INVALID_STATE")
    decoding.unknown_bits -> 0  (set bits that no flag or range of the format names)

Set bits no flag or range names are named by the constants that cover them, where the spec
has such a constant (the default-1 controls, PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR and the
like): `constants` holds each with the bits it names, `unnamed_bits` what is left.

Nothing is dropped: bits no definition covers are returned in `unknown_bits`, and a range
whose value has no name keeps its raw value with `value` None.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.bits import BitConstant, BitFlag, BitFormat, BitRange, BitValue
from vmcsgen.model.spec import SpecSet


@dataclass(frozen=True)
class RangeReading:
    """What one multi-bit range of a field holds."""

    range: BitRange
    raw: int  # the range's bits, shifted down to bit 0
    value: BitValue | None  # its name, when the spec has one

    @property
    def label(self) -> str:
        return self.value.name if self.value else f"{self.range.name}={self.raw:#x}"


@dataclass(frozen=True)
class FieldDecoding:
    field: str
    value: int
    format: BitFormat
    flags: tuple[BitFlag, ...]  # the named flags that are set, lowest bit first
    ranges: tuple[RangeReading, ...]  # every range of the format, in spec order
    whole: BitValue | None  # the value's name, for formats of whole-field values
    unknown_bits: int  # set bits outside every flag and range
    constants: tuple[tuple[BitConstant, int], ...] = ()  # constants naming unknown bits

    @property
    def unnamed_bits(self) -> int:
        """Unknown bits that no constant names either."""
        rest = self.unknown_bits
        for _, bits in self.constants:
            rest &= ~bits
        return rest

    def _constant_labels(self) -> list[str]:
        labels = []
        for constant, bits in self.constants:
            whole = constant.value & ~self.format.defined_mask
            labels.append(constant.name if bits == whole else f"{constant.name} bits {bits:#x}")
        return labels

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the set flags, then of the range values, then of the whole value."""
        named = [f.name for f in self.flags]
        named += [r.value.name for r in self.ranges if r.value is not None]
        if self.whole is not None:
            named.append(self.whole.name)
        return tuple(named)

    def describe(self) -> str:
        """One line: every name, unnamed range values as NAME=raw, then unknown bits."""
        parts = [f.name for f in self.flags] + [r.label for r in self.ranges]
        if self.format.values:
            parts.append(self.whole.name if self.whole else f"unnamed value {self.value:#x}")
        parts += self._constant_labels()
        if self.unnamed_bits:
            parts.append(f"unknown bits {self.unnamed_bits:#x}")
        return " | ".join(parts) if parts else "0"


class NoBitsError(KeyError):
    """The field is not in the catalog, or the bits spec does not describe it."""


def decode_field(specs: SpecSet, field_name: str, value: int) -> FieldDecoding:
    """Name the bits of `value` read from catalog field `field_name`.

    Raises NoBitsError when the spec has no bits for that field and ValueError when the
    value does not fit the field.
    """
    fmt = specs.field_bits(field_name)
    if fmt is None:
        raise NoBitsError(f"no bits are defined for {field_name!r}")
    width = specs.catalog.by_name[field_name].encoding.width.size * 8
    if not 0 <= value < 1 << width:
        raise ValueError(f"{field_name}: {value:#x} does not fit in {width} bits")
    flags = tuple(f for f in sorted(fmt.flags, key=lambda f: f.bit) if value & f.mask)
    ranges = tuple(
        RangeReading(r, raw, r.by_value.get(raw))
        for r in fmt.ranges
        for raw in [(value & r.mask) >> r.low]
    )
    whole = fmt.by_value.get(value) if fmt.values else None
    unknown = value & ~fmt.defined_mask
    constants, rest = [], unknown
    for constant in fmt.constants:
        if rest & constant.value:
            constants.append((constant, rest & constant.value))
            rest &= ~constant.value
    return FieldDecoding(
        field=field_name,
        value=value,
        format=fmt,
        flags=flags,
        ranges=ranges,
        whole=whole,
        unknown_bits=unknown,
        constants=tuple(constants),
    )
