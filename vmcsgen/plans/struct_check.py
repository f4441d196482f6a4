"""`vmcsgen check`: does a C struct lay out exactly as a layout spec says?

KVM keeps `struct vmcs12` honest with a hand-written CHECK_OFFSET() per member. This is the
same check done for every member at once, from the spec: each unit of the struct (see
`vmcsgen.reading.c_struct`) is matched to the layout's data member of the same name (or to the
field its name spells in KVM's convention, `guest_rip` for GUEST_RIP) and must have its offset,
size and shape; the layout's reserved space is matched by the bytes it covers, so compiler
padding and padding members of any name must lie in it; nothing may be left over on either
side, and the struct must have the layout's size.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from vmcsgen.model.catalog import HEADER_SIZE
from vmcsgen.model.diagnostics import Diagnostic
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.reading.c_struct import CStruct, CUnit, UnitShape

SHADOW_BIT = 31
# The header dword as C declares it: a u32, struct vmcs_hdr, or the bit-fields themselves.
HEADER_SHAPES = (UnitShape.SCALAR, UnitShape.RECORD, UnitShape.BITFIELDS)


@dataclass(frozen=True)
class StructCheck:
    struct: CStruct
    layout: Layout
    problems: tuple[Diagnostic, ...]
    matched: int

    @property
    def clean(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        head = (
            f"struct {self.struct.name} ({self.struct.header}) vs layout {self.layout.name} "
            f"({self.layout.path})"
        )
        if self.clean:
            return (
                f"{head}: identical: {self.matched} members, {self.struct.size} bytes "
                f"({self.struct.front_end})"
            )
        return f"{head}: {len(self.problems)} differences"


def _describe(member: Member) -> str:
    if member.field is not None:
        return f"{member.field.name} ({member.field.encoding.width.label})"
    return f"{member.kind.value} {member.size}-byte member"


def _spec_place(member: Member) -> str:
    return f"{member.location.path}:{member.location.line}"


@dataclass(frozen=True)
class MemberNames:
    """A layout's members by name, and its fields by catalog name."""

    by_name: dict[str, Member]
    by_field: dict[str, Member]

    @classmethod
    def of(cls, layout: Layout) -> MemberNames:
        """Reserved members are left out: reserved space is matched by its bytes."""
        by_field = {m.field.name: m for m in layout.fields if m.field is not None}
        data = {m.name: m for m in layout.members if m.kind is not MemberKind.RESERVED}
        return cls(data, by_field)

    def find(self, unit: CUnit) -> Member | None:
        """The member a struct unit stands for: same name, or the field its name spells
        (for a group of bit-fields, any of their names)."""
        for name in [unit.name, *(b.name for b in unit.bits if b.name)]:
            member = self.by_name.get(name) or self.by_field.get(name.upper())
            if member is not None:
                return member
        return None


def header_bits_problem(unit: CUnit, shadow_indicator: bool) -> str | None:
    """Whether the header's bit-fields split the dword where the layout's header does."""
    if not unit.bits:
        return None
    shadow = [b for b in unit.bits if b.bit == SHADOW_BIT and b.width == 1]
    if shadow_indicator and not shadow:
        return (
            "the header has no 1-bit shadow-VMCS indicator at bit 31, but the layout says "
            "shadow_indicator: true"
        )
    if not shadow_indicator and shadow:
        return (
            f"the header's bit-field {shadow[0].name}:1 at bit 31 looks like a shadow-VMCS "
            "indicator, but the layout says shadow_indicator: false"
        )
    revision = [b for b in unit.bits if b.bit == 0]
    wanted = SHADOW_BIT if shadow_indicator else HEADER_SIZE * 8
    if revision and revision[0].width != wanted:
        return (
            f"the revision id {revision[0].describe()} is {revision[0].width} bits, the layout's "
            f"is {wanted}"
        )
    return None


def shape_problem(unit: CUnit, member: Member, shadow_indicator: bool) -> str | None:
    """What in the unit's C shape the member's kind cannot describe, if anything, as the end
    of a sentence that starts with the member."""
    if member.kind is MemberKind.RESERVED:
        return None
    if member.kind is MemberKind.HEADER:
        if unit.shape in HEADER_SHAPES:
            bits = header_bits_problem(unit, shadow_indicator)
            return None if bits is None else f"does not split like the layout's header: {bits}"
        return f"is {_shape_text(unit)}, but the header is one 32-bit dword"
    if member.kind is MemberKind.PRIVATE:
        if unit.shape in (UnitShape.ARRAY, UnitShape.HOLE):
            return f"is {_shape_text(unit)}, but {member.name} is one integer"
        return None
    if unit.shape is not UnitShape.SCALAR:
        return f"is {_shape_text(unit)}, but {_describe(member)} is one integer"
    return None


def _shape_text(unit: CUnit) -> str:
    if unit.shape is UnitShape.ARRAY:
        return f"an array ({unit.describe()})"
    if unit.shape is UnitShape.BITFIELDS:
        return unit.describe()
    if unit.shape is UnitShape.UNION:
        return f"a {unit.describe()}"
    if unit.shape is UnitShape.RECORD:
        return f"a {unit.members[0].type_name}"
    return unit.describe()


def _overlapping(members: Sequence[Member], unit: CUnit) -> list[Member]:
    return [m for m in members if m.offset < unit.end and unit.offset < m.end]


def _unit_text(unit: CUnit) -> str:
    return unit.describe() if not unit.name else f"'{unit.name}' ({unit.describe()})"


def _stray_problem(
    unit: CUnit, layout: Layout, overlaps: list[Member], matched: set[str], fields: Collection[str]
) -> str | None:
    """Why a unit that stands for no member of the layout cannot be there, if it cannot: its
    bytes hold members the struct has elsewhere, lie past the layout's end, or are reserved
    by the layout while the unit is named like data (see `data_names`)."""
    taken = [m for m in overlaps if m.kind is not MemberKind.RESERVED and m.name in matched]
    if unit.name:
        reserved_name = any(
            m.name == unit.name for m in layout.members if m.kind is MemberKind.RESERVED
        )
        where = (
            f"is outside the reserved space of {layout.name}"
            if reserved_name
            else (f"is not in layout {layout.name}")
        )
        what = (
            f"member '{unit.name}' ({unit.describe()}, offset {unit.offset}, {unit.size} bytes) "
            f"{where}"
        )
    else:
        what = (
            f"{unit.describe()} at offset {unit.offset} ({unit.size} bytes) is not reserved "
            f"space of {layout.name}"
        )
    if taken:
        held = ", ".join(f"{m.name} ({_describe(m)})" for m in taken)
        return f"{what}: {layout.name} has {held} there"
    if unit.end > layout.struct_size:
        return f"{what}: it ends past the layout's {layout.struct_size} bytes"
    reserved = [m.name for m in overlaps if m.kind is MemberKind.RESERVED]
    if reserved and (unit.name in fields or unit.name.upper() in fields):
        return f"{what}, which reserves those bytes ({', '.join(reserved)})"
    return None


def data_names(specs: SpecSet) -> frozenset[str]:
    """Names that say a member holds data, never padding: the catalog's fields and the
    names of every data member of the spec set's layouts (KVM's `host_ssp_tbl`, say)."""
    members = {m.name for layout in specs.layouts for m in layout.members}
    reserved = {
        m.name for layout in specs.layouts for m in layout.members if m.kind is MemberKind.RESERVED
    }
    return frozenset(specs.catalog.by_name) | (members - reserved)


def check_struct(struct: CStruct, layout: Layout, fields: Collection[str]) -> StructCheck:
    """`fields`: names of data (`data_names`); a unit so named is never padding.

    Units are matched to the layout's data members by name; reserved space is matched by
    the bytes it covers, whatever the struct calls it (`padding16`, `hv_padding_32`)."""
    problems: list[Diagnostic] = []
    matched: dict[str, CUnit] = {}
    strays: list[CUnit] = []
    names = MemberNames.of(layout)

    def error(unit_or_struct: CUnit | None, message: str) -> None:
        where = struct.location if unit_or_struct is None else unit_or_struct.location
        problems.append(Diagnostic(where, message))

    for unit in struct.units:
        member = None if unit.shape is UnitShape.HOLE or not unit.name else names.find(unit)
        if member is None or member.name in matched:
            strays.append(unit)
            continue
        matched[member.name] = unit
        label = f"member '{unit.name}'"
        if member.name != unit.name:
            label = f"{label} ({member.name} in {layout.name})"
        if unit.offset != member.offset:
            error(
                unit,
                f"{label} is at offset {unit.offset}, {layout.name} has it at offset "
                f"{member.offset} ({_spec_place(member)})",
            )
        if unit.size != member.size:
            error(
                unit,
                f"{label} is {unit.size} bytes, {layout.name} has {member.size} "
                f"({_describe(member)}, {_spec_place(member)})",
            )
        problem = shape_problem(unit, member, layout.shadow_indicator)
        if problem is not None:
            error(unit, f"{label} {problem}")
    occupants: dict[str, list[CUnit]] = {
        m.name: [] for m in layout.members if m.kind is not MemberKind.RESERVED
    }
    for unit in strays:
        overlaps = _overlapping(layout.members, unit)
        for member in overlaps:
            occupants.get(member.name, []).append(unit)
        problem = _stray_problem(unit, layout, overlaps, set(matched), fields)
        if problem is not None:
            error(unit, problem)
    for member in layout.members:
        if member.kind is MemberKind.RESERVED or member.name in matched:
            continue
        there = occupants[member.name]
        held = f": the struct has {', '.join(map(_unit_text, there))} there" if there else ""
        error(
            there[0] if there else None,
            f"struct {struct.name} has no member '{member.name}' ({_describe(member)} at "
            f"offset {member.offset}, {_spec_place(member)}){held}",
        )
    if struct.size != layout.struct_size:
        error(
            None,
            f"struct {struct.name} is {struct.size} bytes, layout {layout.name} is "
            f"{layout.struct_size}",
        )
    spans = [(u.offset, u.end) for u in matched.values()]
    covered = sum(
        1
        for m in layout.members
        if m.kind is MemberKind.RESERVED
        and m.end <= struct.size
        and not any(start < m.end and m.offset < end for start, end in spans)
    )
    return StructCheck(struct, layout, tuple(sorted(problems)), len(matched) + covered)
