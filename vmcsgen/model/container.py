"""A container spec: a blob that wraps whole VMCS regions behind a header of its own, such as
the buffer of KVM_GET/SET_NESTED_STATE, and the rules a consumer applies to it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.catalog import SHADOW_INDICATOR_BIT, CatalogField
from vmcsgen.model.diagnostics import Location

REVISION_MASK = SHADOW_INDICATOR_BIT - 1


@dataclass(frozen=True)
class HeaderMember:
    """An integer (or reserved bytes) in the container's header, little-endian."""

    name: str
    offset: int
    size: int
    reserved: bool
    bits: tuple[tuple[str, int], ...]  # named flag bits, in spec order
    values: tuple[tuple[str, int], ...]  # named values of an enumeration
    group: str | None  # the sub-object holding it in decoded output ("vmx": hdr.vmx)
    note: str
    location: Location

    @property
    def end(self) -> int:
        return self.offset + self.size

    @property
    def key(self) -> str:
        """Its name within its group: vmx_flags in group vmx is `flags`."""
        return self.name if self.group is None else self.name.removeprefix(f"{self.group}_")

    @cached_property
    def bit_mask(self) -> int:
        mask = 0
        for _, bit in self.bits:
            mask |= bit
        return mask


@dataclass(frozen=True)
class RegionSlot:
    """Room for one whole VMCS region; held when the size member reaches its end."""

    name: str
    offset: int
    size: int
    revision: int  # the revision id (bits 30:0) a consumer accepts in this slot
    shadow: bool  # the region must carry the shadow-VMCS indicator
    note: str
    location: Location

    @property
    def end(self) -> int:
        return self.offset + self.size


class SubjectKind(enum.Enum):
    MEMBER = "member"  # a header member's value
    LENGTH = "length"  # how many bytes the blob holds
    PRESENT = "present"  # 1 when the size member says the region is held
    REVISION = "revision"  # the region's revision id, bits 30:0 of its first dword
    SHADOW = "shadow"  # the region's shadow-VMCS indicator, bit 31 of its first dword
    FIELD = "field"  # a VMCS field of the region, read with the layout's reader


class Test(enum.Enum):
    IS = "is"  # value == operand
    IS_NOT = "is_not"  # value != operand
    BELOW = "below"  # value < operand
    ABOVE = "above"  # value > operand
    HAS = "has"  # any bit of operand set
    LACKS = "lacks"  # no bit of operand set
    OUTSIDE = "outside"  # a bit set outside operand
    MISALIGNED = "misaligned"  # value % operand != 0
    WIDER_THAN = "wider_than"  # a bit set at or above bit `operand`
    NOT_IN = "not_in"  # value is none of the operands
    SAME_AS = "same_as"  # value equals another subject's value
    EXCEEDS = "exceeds"  # value is greater than another subject's value
    # Entry checks only (checks/*.yaml); a container's schema does not offer them.
    IN = "in"  # value is one of the operands
    LACKS_SOME = "lacks_some"  # some bit of operand clear
    NOT_CANONICAL = "not_canonical"  # bits 63..operand-1 are not all equal

    def holds(self, value: int, operands: tuple[int, ...]) -> bool:
        """Whether the test holds for `value`: the meaning the generated checks compile.
        SAME_AS and EXCEEDS take the other subject's value as their one operand."""
        if self is Test.NOT_IN:
            return value not in operands
        if self is Test.IN:
            return value in operands
        k = operands[0]
        if self is Test.NOT_CANONICAL:
            return value >> (k - 1) not in (0, (1 << (65 - k)) - 1)
        return _TESTS[self](value, k)


_TESTS: dict[Test, Callable[[int, int], bool]] = {
    Test.IS: lambda v, k: v == k,
    Test.IS_NOT: lambda v, k: v != k,
    Test.BELOW: lambda v, k: v < k,
    Test.ABOVE: lambda v, k: v > k,
    Test.HAS: lambda v, k: v & k != 0,
    Test.LACKS: lambda v, k: v & k == 0,
    Test.OUTSIDE: lambda v, k: v & ~k != 0,
    Test.MISALIGNED: lambda v, k: v % k != 0,
    Test.WIDER_THAN: lambda v, k: v >> k != 0,
    Test.SAME_AS: lambda v, k: v == k,
    Test.EXCEEDS: lambda v, k: v > k,
    Test.LACKS_SOME: lambda v, k: v & k != k,
}


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    text: str  # as written in the spec: "flags", "length", "vmcs12.revision", ...
    member: HeaderMember | None = None
    region: RegionSlot | None = None
    field: CatalogField | None = None

    @property
    def needs_region(self) -> bool:
        """Whether the subject reads region bytes (and so holds only when the region does)."""
        return self.kind in (SubjectKind.REVISION, SubjectKind.SHADOW, SubjectKind.FIELD)


@dataclass(frozen=True)
class Condition:
    subject: Subject
    test: Test
    operands: tuple[int, ...]  # resolved integers; one, except for NOT_IN
    other: Subject | None  # SAME_AS and EXCEEDS compare with this subject
    text: str  # the condition as the spec wrote it, for generated comments


class RuleOrigin(enum.Enum):
    SET = "set"  # the consumer refuses the blob (KVM_SET_NESTED_STATE returns -EINVAL)
    GET = "get"  # the producer never writes this; the consumer would ignore data silently
    FILE = "file"  # the bytes do not hold what the size member says


@dataclass(frozen=True)
class Rule:
    """Broken when every condition in `when` holds."""

    id: str
    origin: RuleOrigin
    message: str
    source: str
    when: tuple[Condition, ...]
    location: Location

    @property
    def reads_regions(self) -> bool:
        return any(
            c.subject.kind is SubjectKind.FIELD
            or (c.other is not None and c.other.kind is SubjectKind.FIELD)
            for c in self.when
        )


@dataclass(frozen=True)
class Container:
    name: str
    kind: str  # what decoded output calls a blob of it ("nested_state")
    title: str
    source: str
    header_size: int
    size_member: HeaderMember
    constants: tuple[tuple[str, int], ...]
    members: tuple[HeaderMember, ...]
    regions: tuple[RegionSlot, ...]
    rules: tuple[Rule, ...]
    path: str
    location: Location

    @cached_property
    def shapes(self) -> tuple[int, ...]:
        """The sizes a well-formed blob has: the header alone, then one more region each."""
        return (self.header_size, *(slot.end for slot in self.regions))

    @property
    def max_size(self) -> int:
        return self.shapes[-1]

    @cached_property
    def value_members(self) -> tuple[HeaderMember, ...]:
        return tuple(m for m in self.members if not m.reserved)

    @cached_property
    def fields_read(self) -> tuple[CatalogField, ...]:
        """Every VMCS field a rule reads, once each, in first-use order."""
        seen: dict[str, CatalogField] = {}
        for rule in self.rules:
            for condition in rule.when:
                for subject in (condition.subject, condition.other):
                    if subject is not None and subject.field is not None:
                        seen.setdefault(subject.field.name, subject.field)
        return tuple(seen.values())
