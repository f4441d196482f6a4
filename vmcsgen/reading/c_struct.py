"""A C struct as the compiler lays it out, read with libclang.

libclang (the PyPI ``libclang`` wheel, which ships its own ``libclang.so``) parses the header
in process: every member comes with the file, line and column of its declaration, offsets are
the ones clang computes for the target (x86-64 SysV, which gcc shares, packed and bit-fields
included), and a header that does not parse yields clang's own located diagnostics. Reading
DWARF from a gcc run would give the same offsets but needs a compiler and an object file per
run, has no column and no location for anonymous members, and leaves errors as text to scrape.

The struct is reduced to *units*, the pieces a layout spec can describe: anonymous structs and
unions are flattened into their parent; consecutive bit-fields sharing bytes become one unit;
members that overlap (union alternatives) become one unit; the bytes between units (compiler
padding) become holes; members that hold no byte (zero-width bit-fields, flexible array
members) have no unit. Checking and importing both work on these units, so an
imported spec checks clean against the header it came from.
"""

from __future__ import annotations

import ctypes
import enum
import functools
import importlib.metadata
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vmcsgen.model.diagnostics import Diagnostic, Diagnostics, Location

FRONT_END = "libclang"
# VMX exists only on x86-64; a check run on another host must still lay the struct out as
# the hypervisor's compiler does. A --target among the user's flags comes later and wins.
DEFAULT_FLAGS = ("-x", "c", "-std=gnu11", "--target=x86_64-linux-gnu")


class UnitShape(enum.Enum):
    SCALAR = "scalar"  # one integer (or enum, bool, pointer)
    ARRAY = "array"
    RECORD = "record"  # a named struct or union member
    BITFIELDS = "bit-fields"  # consecutive bit-fields sharing bytes
    UNION = "union"  # overlapping members of an anonymous union
    HOLE = "hole"  # bytes no member declares (compiler padding)


@dataclass(frozen=True)
class BitField:
    """A bit-field: bit position relative to the start of its unit, and width."""

    name: str
    type_name: str
    bit: int
    width: int

    def describe(self) -> str:
        name = self.name or "(unnamed)"
        return f"{name}:{self.width}"


@dataclass(frozen=True)
class CMember:
    """A named member of the struct (anonymous records flattened), offsets in bits."""

    name: str
    type_name: str
    bit_offset: int
    bit_size: int
    location: Location
    integer: bool = False
    dimensions: tuple[int | None, ...] = ()  # None: a flexible array member's []
    element_type: str = ""
    bit_field: bool = False
    record_bits: tuple[BitField, ...] = ()  # bit-fields of a named record member, unit-relative

    @property
    def byte_span(self) -> tuple[int, int]:
        return self.bit_offset // 8, -(-(self.bit_offset + self.bit_size) // 8)

    def declaration(self) -> str:
        if self.bit_field:
            return f"{self.type_name} {self.name}:{self.bit_size}"
        if self.dimensions:
            dims = "".join("[]" if n is None else f"[{n}]" for n in self.dimensions)
            return f"{self.element_type} {self.name}{dims}"
        return f"{self.type_name} {self.name}"


@dataclass(frozen=True)
class CUnit:
    """A byte range of the struct that one spec member describes."""

    name: str  # "" for a hole
    offset: int
    size: int
    shape: UnitShape
    members: tuple[CMember, ...]
    location: Location
    bits: tuple[BitField, ...] = ()  # bit-fields, relative to the unit's first byte

    @property
    def end(self) -> int:
        return self.offset + self.size

    def describe(self) -> str:
        """The C declaration(s) behind the unit, for notes and messages."""
        if self.shape is UnitShape.HOLE:
            return "compiler padding"
        if self.shape is UnitShape.BITFIELDS:
            return "bit-fields " + ", ".join(b.describe() for b in self.bits)
        if self.shape is UnitShape.UNION:
            return "union of " + ", ".join(m.declaration() for m in self.members)
        member = self.members[0]
        if self.shape is UnitShape.RECORD and member.record_bits:
            bits = ", ".join(b.describe() for b in member.record_bits)
            return f"{member.type_name}: {bits}"
        return member.declaration()


@dataclass(frozen=True)
class CStruct:
    name: str
    header: str
    size: int
    location: Location
    members: tuple[CMember, ...]
    front_end: str
    notes: tuple[Diagnostic, ...] = ()  # compiler errors elsewhere in the translation unit

    @functools.cached_property
    def units(self) -> tuple[CUnit, ...]:
        return tuple(_units(self))

    @property
    def byteless(self) -> tuple[CMember, ...]:
        """Named members without a unit: flexible or zero-length arrays, zero-width bit-fields."""
        return tuple(m for m in self.members if m.name and m.bit_size == 0)


def _units(struct: CStruct) -> Iterator[CUnit]:
    clusters: list[list[CMember]] = []
    cluster_end = 0
    for member in sorted(struct.members, key=lambda m: (m.bit_offset, m.location)):
        start, end = member.byte_span
        if end <= start:
            continue  # holds no byte: a zero-width bit-field or a flexible array member
        if clusters and start < cluster_end:
            clusters[-1].append(member)
        else:
            clusters.append([member])
        cluster_end = max(cluster_end, end)
    offset = 0
    for cluster in clusters:
        start = cluster[0].byte_span[0]
        end = max(m.byte_span[1] for m in cluster)
        if start > offset:
            yield _hole(offset, start, cluster[0].location)
        yield _unit(cluster, start, end)
        offset = end
    if struct.size > offset:
        yield _hole(offset, struct.size, struct.location)


def _hole(start: int, end: int, location: Location) -> CUnit:
    return CUnit("", start, end - start, UnitShape.HOLE, (), location)


def _unit(cluster: list[CMember], start: int, end: int) -> CUnit:
    first = cluster[0]
    if all(m.bit_field for m in cluster):
        bits = tuple(
            BitField(m.name, m.type_name, m.bit_offset - start * 8, m.bit_size) for m in cluster
        )
        name = "_".join(m.name for m in cluster if m.name)
        return CUnit(
            name, start, end - start, UnitShape.BITFIELDS, tuple(cluster), first.location, bits
        )
    if len(cluster) > 1:
        spanning = [m for m in cluster if m.byte_span == (start, end)]
        name = (spanning or cluster)[0].name
        return CUnit(name, start, end - start, UnitShape.UNION, tuple(cluster), first.location)
    if first.dimensions:
        shape = UnitShape.ARRAY
    elif first.integer:
        shape = UnitShape.SCALAR
    elif first.record_bits or first.type_name.startswith(("struct ", "union ")):
        shape = UnitShape.RECORD
    else:
        shape = UnitShape.SCALAR
    return CUnit(first.name, start, end - start, shape, (first,), first.location, first.record_bits)


# --- libclang ---------------------------------------------------------------------------


class FrontEndMissing(Exception):
    """libclang is not installed."""


def _cindex() -> Any:
    try:
        import clang.cindex as cindex  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise FrontEndMissing(
            "the C front end needs libclang: pip install 'vmcsgen[c]' (or pip install libclang)"
        ) from exc
    return cindex


@functools.cache
def builtin_include_flags() -> tuple[str, ...]:
    """-isystem for <stddef.h> and friends, which the libclang wheel does not ship."""
    clang = shutil.which("clang")
    if clang:
        out = subprocess.run([clang, "-print-resource-dir"], capture_output=True, text=True)
        include = Path(out.stdout.strip()) / "include"
        if out.returncode == 0 and include.is_dir():
            return ("-isystem", str(include))
    gcc = shutil.which("gcc")
    if gcc:
        out = subprocess.run([gcc, "-print-file-name=include"], capture_output=True, text=True)
        include = Path(out.stdout.strip())
        if out.returncode == 0 and include.is_dir():
            return ("-isystem", str(include))
    return ()


def parse_struct(
    header: Path,
    struct_name: str,
    flags: Sequence[str],
    diags: Diagnostics,
    max_size: int | None = None,
) -> CStruct | None:
    """The struct as clang lays it out with the project's compiler `flags`; None, with the
    errors in `diags`, when the header does not define it, when it (or a type it uses) does
    not compile, or when it is larger than `max_size` bytes or declares more than `max_size`
    members (checked before any member's offset is read: libclang's offset of a field costs
    time in the number of its siblings, so reading them all grows with their square).

    Errors elsewhere in the translation unit (an inline function of an included header that
    does not build with these flags) do not change the struct: they come back as its notes."""
    cindex = _cindex()
    args = [*DEFAULT_FLAGS, *flags, *builtin_include_flags()]
    try:
        index = cindex.Index.create()
    except cindex.LibclangError as err:  # the wheel's libclang.so does not load on this host
        raise FrontEndMissing(f"libclang is installed but does not load: {err}") from None
    try:
        tu = index.parse(str(header), args=args)
    except cindex.TranslationUnitLoadError:
        diags.error(Location(str(header)), "libclang could not parse the header at all")
        return None
    errors = [d for d in tu.diagnostics if d.severity >= cindex.Diagnostic.Error]
    cursor = _find_struct(cindex, tu.cursor, struct_name)
    record: Any = None if cursor is None else cursor.type.get_canonical()
    if (
        cursor is None
        or record.get_size() < 0
        or any(
            d.severity >= cindex.Diagnostic.Fatal or _within(d.location, _extents(cindex, cursor))
            for d in errors
        )
    ):
        for diag in errors:
            diags.error(_location(diag.location, header), diag.spelling)
        if cursor is None and not errors:
            diags.error(Location(str(header)), f"no definition of struct {struct_name}")
        return None
    size = record.get_size()
    if max_size is not None and size > max_size:
        diags.error(
            _location(cursor.location, header),
            f"struct {struct_name} is {size} bytes, more than a VMCS region ({max_size} bytes)",
        )
        return None
    if max_size is not None and _field_count(cindex, record, max_size) > max_size:
        diags.error(
            _location(cursor.location, header),
            f"struct {struct_name} declares more than {max_size} members (bit-fields and "
            f"nested members included), more than a VMCS region has bytes",
        )
        return None
    return CStruct(
        name=struct_name,
        header=str(header),
        size=size,
        location=_location(cursor.location, header),
        members=tuple(_flatten(cindex, record, 0, header)),
        front_end=_clang_version(),
        notes=tuple(Diagnostic(_location(d.location, header), d.spelling) for d in errors),
    )


def _field_count(cindex: Any, record: Any, limit: int) -> int:
    """The fields of `record` and of the records it holds, counted up to `limit` + 1."""
    count = 0
    for field in record.get_fields():
        count += 1
        canonical = field.type.get_canonical()
        if canonical.kind == cindex.TypeKind.RECORD:
            count += _field_count(cindex, canonical, limit - count)
        if count > limit:
            break
    return count


Extent = tuple[str, int, int]  # file, first line, last line


def _extents(cindex: Any, cursor: Any) -> set[Extent]:
    """Where the struct and every type its members use (typedefs, records) are declared:
    an error there can change the layout."""
    found: set[Extent] = set()
    pending = [cursor]
    while pending:
        declaration = pending.pop()
        start, end = declaration.extent.start, declaration.extent.end
        if start.file is None:
            continue
        extent = (start.file.name, start.line, end.line)
        if extent in found:
            continue
        found.add(extent)
        for field in declaration.get_children():
            if field.kind != cindex.CursorKind.FIELD_DECL:
                continue
            used = field.type
            while True:
                named = used.get_declaration()
                if named.kind != cindex.CursorKind.NO_DECL_FOUND:
                    pending.append(named)
                if named.kind == cindex.CursorKind.TYPEDEF_DECL:
                    used = named.underlying_typedef_type
                elif used.kind in (cindex.TypeKind.CONSTANTARRAY, cindex.TypeKind.INCOMPLETEARRAY):
                    used = used.element_type
                else:
                    break
    return found


def _within(location: Any, extents: set[Extent]) -> bool:
    if location.file is None:
        return False
    name, line = location.file.name, location.line
    return any(name == path and first <= line <= last for path, first, last in extents)


def _clang_version() -> str:
    try:
        return f"{FRONT_END} {importlib.metadata.version('libclang')}"
    except importlib.metadata.PackageNotFoundError:  # bindings installed some other way
        return FRONT_END


def _location(loc: Any, header: Path) -> Location:
    if loc.file is None:  # the command line or clang's predefines: blame the header as a whole
        return Location(str(header))
    return Location(loc.file.name, max(loc.line, 1), max(loc.column, 1))


def _find_struct(cindex: Any, root: Any, name: str) -> Any:
    kinds = (cindex.CursorKind.STRUCT_DECL, cindex.CursorKind.UNION_DECL)
    for cursor in root.get_children():
        if cursor.kind in kinds and cursor.spelling == name and cursor.is_definition():
            return cursor
    for cursor in root.get_children():
        if cursor.kind == cindex.CursorKind.TYPEDEF_DECL and cursor.spelling == name:
            declaration = cursor.underlying_typedef_type.get_canonical().get_declaration()
            if declaration.kind in kinds and declaration.is_definition():
                return declaration
    return None


def _is_anonymous_member(cindex: Any, declaration: Any) -> bool:
    function = cindex.conf.lib.clang_Cursor_isAnonymousRecordDecl
    function.argtypes = [cindex.Cursor]
    function.restype = ctypes.c_uint
    return bool(function(declaration))


_INTEGER_KINDS = frozenset(
    {
        *("BOOL", "CHAR_U", "UCHAR", "CHAR16", "CHAR32", "USHORT", "UINT", "ULONG", "ULONGLONG"),
        *("UINT128", "CHAR_S", "SCHAR", "WCHAR", "SHORT", "INT", "LONG", "LONGLONG", "INT128"),
        "ENUM",
    }
)


def _flatten(cindex: Any, record: Any, base_bits: int, header: Path) -> Iterator[CMember]:
    for field in record.get_fields():
        bit_offset = base_bits + field.get_field_offsetof()
        canonical = field.type.get_canonical()
        declaration = canonical.get_declaration()
        if canonical.kind == cindex.TypeKind.RECORD and _is_anonymous_member(cindex, declaration):
            yield from _flatten(cindex, canonical, bit_offset, header)
            continue
        location = _location(field.location, header)
        if field.is_bitfield():
            yield CMember(
                field.spelling,
                field.type.spelling,
                bit_offset,
                field.get_bitfield_width(),
                location,
                integer=True,
                bit_field=True,
            )
            continue
        dimensions: list[int | None] = []
        element = field.type
        arrays = (cindex.TypeKind.CONSTANTARRAY, cindex.TypeKind.INCOMPLETEARRAY)
        while (array := element.get_canonical()).kind in arrays:
            constant = array.kind == cindex.TypeKind.CONSTANTARRAY
            dimensions.append(array.get_array_size() if constant else None)
            element = _element_type(cindex, element, arrays)
        record_bits: tuple[BitField, ...] = ()
        type_name = field.type.spelling
        if canonical.kind == cindex.TypeKind.RECORD:
            record_bits = tuple(_record_bits(cindex, canonical, 0))
            if declaration.is_anonymous():  # spelled with its path: "struct (unnamed at ...)"
                keyword = "union" if declaration.kind == cindex.CursorKind.UNION_DECL else "struct"
                type_name = f"{keyword} {{...}}"
        yield CMember(
            field.spelling,
            type_name,
            bit_offset,
            max(canonical.get_size(), 0) * 8,  # negative for a flexible array member
            location,
            integer=canonical.kind.name in _INTEGER_KINDS,
            dimensions=tuple(dimensions),
            element_type=element.spelling,
            record_bits=record_bits,
        )


def _element_type(cindex: Any, array: Any, arrays: tuple[Any, ...]) -> Any:
    """The element type as written (`u32` for `u32 padding[7]`), through typedefs of arrays."""
    return array.element_type if array.kind in arrays else array.get_canonical().element_type


def _record_bits(cindex: Any, record: Any, base_bits: int) -> Iterator[BitField]:
    for field in record.get_fields():
        bit_offset = base_bits + field.get_field_offsetof()
        canonical = field.type.get_canonical()
        if canonical.kind == cindex.TypeKind.RECORD and _is_anonymous_member(
            cindex, canonical.get_declaration()
        ):
            yield from _record_bits(cindex, canonical, bit_offset)
        elif field.is_bitfield():
            yield BitField(
                field.spelling, field.type.spelling, bit_offset, field.get_bitfield_width()
            )
