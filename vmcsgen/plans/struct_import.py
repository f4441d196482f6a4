"""`vmcsgen import`: a layout for a C struct, every member at its compiler-computed offset.

Each unit of the struct (see `vmcsgen.reading.c_struct`) becomes one member, decided in this
order, so that `vmcsgen check` of the same header against the result is clean:

1. an entry of the user's mapping file (a catalog field, or `state`, `private`, `reserved`);
2. KVM's naming convention: one integer whose upper-cased name is a catalog field of its
   width (`guest_rip` is GUEST_RIP), at an offset aligned to it;
3. the first four bytes are the header; a 31-bit + 1-bit split of it is the shadow-VMCS
   indicator;
4. one integer named like a `state` member of a layout in the spec set (`abort`,
   `launch_state`) is state;
5. everything else is not matched: `reserved` when it is an array, compiler padding, of an
   odd size or named like padding (`pad*`, `reserved*`, `rsvd*`, `unused*`), else `private`;
   the note says what the C declaration was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from vmcsgen.model.catalog import HEADER_SIZE, CatalogField
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import MemberKind, SpecSet
from vmcsgen.plans.struct_check import HEADER_SHAPES, SHADOW_BIT
from vmcsgen.reading.c_struct import CStruct, CUnit, UnitShape
from vmcsgen.reading.loader import DATA_SIZES
from vmcsgen.reading.member_map import KINDS, MappedName
from vmcsgen.reading.schema_check import load_schema

PADDING_PREFIXES = ("pad", "reserved", "rsvd", "unused")


@dataclass(frozen=True)
class ImportedMember:
    offset: int
    name: str
    size: int
    kind: MemberKind
    field: CatalogField | None
    note: str
    why: str  # for the report: how it was matched, or why it was not
    unit: CUnit
    mapped: bool = False  # the user's mapping file decided it


@dataclass(frozen=True)
class ImportedLayout:
    name: str
    struct: CStruct
    revision: int
    region_size: int
    shadow_indicator: bool
    members: tuple[ImportedMember, ...]

    @property
    def unmatched(self) -> tuple[ImportedMember, ...]:
        """Members that did not become a catalog field, the header or state."""
        return tuple(
            m
            for m in self.members
            if m.kind in (MemberKind.PRIVATE, MemberKind.RESERVED) and not m.mapped
        )


def hole_name(unit: CUnit) -> str:
    return f"padding_at_{unit.offset}"


def _field_problem(unit: CUnit, field: CatalogField) -> str | None:
    """Why the unit cannot hold the field, if it cannot."""
    width = field.encoding.width
    if unit.shape is not UnitShape.SCALAR:
        return f"it is {unit.describe()}, not one integer"
    if unit.size != width.size:
        return f"it is {unit.size} bytes and {field.name} is {width.label} ({width.size} bytes)"
    if unit.offset % unit.size:
        return f"its offset {unit.offset} is not aligned to {unit.size} bytes"
    return None


def _kind_problem(unit: CUnit, kind: MemberKind) -> str | None:
    """Why the unit cannot be a member of this kind (the rules `vmcsgen check` applies)."""
    if kind is MemberKind.RESERVED:
        return None
    if unit.size not in DATA_SIZES or unit.shape is UnitShape.ARRAY:
        return f"a {kind.value} member is one integer of 1, 2, 4 or 8 bytes, not {unit.describe()}"
    if kind is MemberKind.STATE and unit.shape is not UnitShape.SCALAR:
        return f"state is one integer, not {unit.describe()}"
    if kind is MemberKind.STATE and unit.offset % unit.size:
        return f"state is aligned to its size, and offset {unit.offset} is not"
    return None


def _data_kind(unit: CUnit) -> MemberKind:
    padding_name = not unit.name or unit.name.lower().startswith(PADDING_PREFIXES)
    if (
        unit.shape in (UnitShape.ARRAY, UnitShape.HOLE)
        or unit.size not in DATA_SIZES
        or padding_name
    ):
        return MemberKind.RESERVED
    return MemberKind.PRIVATE


@cache
def _member_name_pattern() -> re.Pattern[str]:
    """What a layout member may be called, as the layout schema says."""
    member = load_schema("layout")["$defs"]["member"]["properties"]["name"]
    return re.compile(member["pattern"])


def check_member_names(struct: CStruct, diags: Diagnostics) -> None:
    """A layout member keeps its C name (so that `check` matches them), and layout member
    names are lower case: a struct with other names cannot become a layout."""
    pattern = _member_name_pattern()
    for unit in struct.units:
        # A group of bit-fields is named after its C names, which are what the user can fix.
        for name in [b.name for b in unit.bits] if unit.bits else [unit.name]:
            if name and not pattern.fullmatch(name):
                diags.error(
                    unit.location,
                    f"member '{name}' of struct {struct.name}: a layout member name matches "
                    f"{pattern.pattern} (lower case, as the C names of the bundled layouts); "
                    "rename it in a copy of the header to import it",
                )


def check_mapping(
    struct: CStruct, specs: SpecSet, mapping: Mapping[str, MappedName], diags: Diagnostics
) -> None:
    """Every entry names a member of the struct and something that member can become."""
    units = {unit.name: unit for unit in struct.units if unit.name}
    for entry in mapping.values():
        unit = units.get(entry.member)
        if unit is None:
            diags.error(entry.location, f"struct {struct.name} has no member '{entry.member}'")
            continue
        if entry.is_kind:
            problem = _kind_problem(unit, MemberKind(entry.target))
            if problem is not None:
                diags.error(entry.location, f"{entry.member} cannot be {entry.target}: {problem}")
            continue
        field = specs.catalog.by_name.get(entry.target)
        if field is None:
            diags.error(
                entry.location,
                f"{entry.member}: {entry.target} is not in the field catalog "
                f"(nor one of {', '.join(KINDS)})",
            )
            continue
        problem = _field_problem(unit, field)
        if problem is not None:
            diags.error(entry.location, f"{entry.member} cannot be {field.name}: {problem}")


def import_struct(
    struct: CStruct,
    specs: SpecSet,
    layout_name: str,
    revision: int,
    region_size: int,
    mapping: Mapping[str, MappedName],
) -> ImportedLayout:
    """The layout; `check_mapping` must have passed for `mapping`."""
    state_names = {
        m.name for layout in specs.layouts for m in layout.members if m.kind is MemberKind.STATE
    }
    members = [_imported(unit, specs, state_names, mapping) for unit in struct.units]
    header = members[0] if members and members[0].kind is MemberKind.HEADER else None
    shadow = header is not None and any(
        b.bit == SHADOW_BIT and b.width == 1 for b in header.unit.bits
    )
    return ImportedLayout(layout_name, struct, revision, region_size, shadow, tuple(members))


def _imported(
    unit: CUnit,
    specs: SpecSet,
    state_names: set[str],
    mapping: Mapping[str, MappedName],
) -> ImportedMember:
    name = unit.name or hole_name(unit)

    def member(
        kind: MemberKind, why: str, field: CatalogField | None = None, mapped: bool = False
    ) -> ImportedMember:
        note = "" if field is not None else unit.describe()
        return ImportedMember(unit.offset, name, unit.size, kind, field, note, why, unit, mapped)

    entry = mapping.get(unit.name) if unit.name else None
    if entry is not None:
        why = f"mapped to {entry.target} ({entry.location})"
        if entry.is_kind:
            return member(MemberKind(entry.target), why, mapped=True)
        return member(MemberKind.FIELD, why, specs.catalog.by_name[entry.target], mapped=True)
    convention = specs.catalog.by_name.get(unit.name.upper()) if unit.name else None
    if convention is not None:
        problem = _field_problem(unit, convention)
        if problem is None:
            return member(MemberKind.FIELD, f"named {convention.name}", convention)
        kind = _data_kind(unit)
        return member(kind, f"named like {convention.name}, but {problem}")
    if unit.offset == 0 and unit.size == HEADER_SIZE and unit.shape in HEADER_SHAPES:
        return member(MemberKind.HEADER, "the first dword: the revision id")
    if (
        unit.shape is UnitShape.SCALAR
        and unit.name in state_names
        and unit.size in DATA_SIZES
        and unit.offset % unit.size == 0
    ):
        return member(MemberKind.STATE, "named like state of the bundled layouts")
    kind = _data_kind(unit)
    if unit.shape is UnitShape.HOLE:
        return member(kind, "compiler padding")
    return member(kind, "no catalog field of that name")
