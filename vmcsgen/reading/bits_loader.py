"""Semantic rules of the bits spec (bits.yaml), on a tree the schema has already shaped.

Every bit must lie inside the fields it describes, no two definitions may claim a bit,
names are unique across the whole spec (they become C macros and Python members), values
are unique and fit their range, and every field named exists in the catalog and is
described by one format only.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field

from vmcsgen.model.bits import (
    BitConstant,
    BitFlag,
    BitFormat,
    BitRange,
    BitsSpec,
    BitValue,
    type_name,
)
from vmcsgen.model.catalog import Catalog
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.reading.node_values import integer, scalar, text, where
from vmcsgen.reading.yaml_source import Mapping, Node, Scalar, Sequence

BITS_FILE = "bits.yaml"
# Classes the generated vmcs_bits.py defines itself (keywords such as None are refused too).
RESERVED_CLASSES = frozenset({"Range"})


@dataclass
class _Names:
    """First definitions of macro names and Python type names, for duplicate reports."""

    macros: dict[str, Location] = field(default_factory=dict)
    types: dict[str, Location] = field(default_factory=dict)

    def claim(
        self, table: dict[str, Location], name: str, at: Location, diags: Diagnostics
    ) -> None:
        if table is self.types and (keyword.iskeyword(name) or name in RESERVED_CLASSES):
            diags.error(at, f"Python class {name} is reserved in the generated vmcs_bits module")
            return
        first = table.setdefault(name, at)
        if first is not at:
            what = "Python class" if table is self.types else "name"
            diags.error(at, f"{what} {name} is already defined (line {first.line})")


def _items(node: Mapping, key: str) -> tuple[Mapping, ...]:
    value = node.get(key)
    if value is None:
        return ()
    assert isinstance(value, Sequence)
    return tuple(item for item in value.items if isinstance(item, Mapping))


def _values(
    node: Mapping, width: int, owner: str, names: _Names, diags: Diagnostics
) -> tuple[BitValue, ...]:
    values: list[BitValue] = []
    seen: dict[int, BitValue] = {}
    for item in _items(node, "values"):
        name = text(item, "name")
        number = integer(item, "value")
        assert number is not None
        names.claim(names.macros, name, where(item, "name"), diags)
        if number >= 1 << width:
            diags.error(
                where(item, "value"),
                f"{name}: value {number:#x} does not fit in the {width} bits of {owner}",
            )
            continue
        value = BitValue(name, number, text(item, "description"), item.location, text(item, "sdm"))
        first = seen.setdefault(number, value)
        if first is not value:
            diags.error(
                where(item, "value"),
                f"{name}: value {number:#x} of {owner} is already {first.name} "
                f"(line {first.location.line})",
            )
            continue
        values.append(value)
    return tuple(values)


def _fields_width(
    node: Mapping, catalog: Catalog, taken: dict[str, str], diags: Diagnostics
) -> tuple[tuple[str, ...], int]:
    """The format's fields and the width of the narrowest (0 if none is usable)."""
    format_name = text(node, "name")
    fields_node = node.get("fields")
    assert isinstance(fields_node, Sequence)
    names: list[str] = []
    widths: list[int] = []
    for item in fields_node.items:
        assert isinstance(item, Scalar)
        name = str(item.value)
        catalog_field = catalog.by_name.get(name)
        if catalog_field is None:
            diags.error(item.location, f"format {format_name}: {name} is not in the field catalog")
            continue
        if name in names:
            diags.error(item.location, f"format {format_name}: {name} is listed twice")
            continue
        owner = taken.setdefault(name, format_name)
        if owner != format_name:
            diags.error(
                item.location, f"format {format_name}: {name} is already described by {owner}"
            )
            continue
        names.append(name)
        widths.append(catalog_field.encoding.width.size * 8)
    return tuple(names), min(widths, default=0)


class _Claims:
    """Which definition holds each bit of one format."""

    def __init__(self, format_name: str, width: int) -> None:
        self.format_name = format_name
        self.width = width
        self.owners: dict[int, str] = {}

    def take(self, name: str, high: int, low: int, at: Location, diags: Diagnostics) -> bool:
        shown = f"bit {low}" if high == low else f"bits {high}:{low}"
        if high >= self.width:
            diags.error(
                at,
                f"{name}: {shown} outside the {self.width}-bit fields of {self.format_name}",
            )
            return False
        clash = next((self.owners[b] for b in range(low, high + 1) if b in self.owners), None)
        if clash is not None:
            diags.error(at, f"{name}: {shown} overlap{'s' if high == low else ''} {clash}")
            return False
        for bit in range(low, high + 1):
            self.owners[bit] = name
        return True


def _flags(
    node: Mapping, claims: _Claims, names: _Names, diags: Diagnostics
) -> tuple[BitFlag, ...]:
    flags: list[BitFlag] = []
    for item in _items(node, "flags"):
        name = text(item, "name")
        bit = integer(item, "bit")
        assert bit is not None
        names.claim(names.macros, name, where(item, "name"), diags)
        if claims.take(name, bit, bit, where(item, "bit"), diags):
            flags.append(
                BitFlag(
                    name,
                    bit,
                    text(item, "description"),
                    item.location,
                    text(item, "sdm"),
                    text(item, "note"),
                )
            )
    return tuple(flags)


def _ranges(
    node: Mapping, claims: _Claims, names: _Names, diags: Diagnostics
) -> tuple[BitRange, ...]:
    ranges: list[BitRange] = []
    for item in _items(node, "ranges"):
        name = text(item, "name")
        high, low = integer(item, "high"), integer(item, "low")
        assert high is not None and low is not None
        names.claim(names.macros, name, where(item, "name"), diags)
        enum_node = scalar(item, "enum")
        has_values = item.get("values") is not None
        if has_values and enum_node is None:
            diags.error(
                item.location, f"{name}: a range with values needs 'enum', the name of their type"
            )
        elif enum_node is not None and not has_values:
            diags.error(
                enum_node.location,
                f"{name}: 'enum' names the type of values, but the range has none",
            )
        if enum_node is not None:
            names.claim(names.types, type_name(str(enum_node.value)), enum_node.location, diags)
        if low > high:
            diags.error(where(item, "low"), f"{name}: low bit {low} is above high bit {high}")
            continue
        if not claims.take(name, high, low, where(item, "high"), diags):
            continue
        values = _values(item, high - low + 1, name, names, diags)
        ranges.append(
            BitRange(
                name,
                high,
                low,
                text(item, "description"),
                item.location,
                text(item, "sdm"),
                text(item, "note"),
                "" if enum_node is None else str(enum_node.value),
                values,
            )
        )
    return tuple(ranges)


def _constants(
    node: Mapping, width: int, format_name: str, names: _Names, diags: Diagnostics
) -> tuple[BitConstant, ...]:
    constants = []
    for item in _items(node, "constants"):
        name = text(item, "name")
        value = integer(item, "value")
        assert value is not None
        names.claim(names.macros, name, where(item, "name"), diags)
        if value >= 1 << width:
            diags.error(
                where(item, "value"),
                f"{name}: {value:#x} does not fit in the {width}-bit fields of {format_name}",
            )
            continue
        constants.append(
            BitConstant(name, value, text(item, "description"), item.location, text(item, "note"))
        )
    return tuple(constants)


def _build_format(
    node: Mapping, catalog: Catalog, taken: dict[str, str], names: _Names, diags: Diagnostics
) -> BitFormat | None:
    before = len(diags.found)
    name = text(node, "name")
    names.claim(names.types, type_name(name), where(node, "name"), diags)
    fields, width = _fields_width(node, catalog, taken, diags)
    has_parts = node.get("flags") is not None or node.get("ranges") is not None
    if node.get("values") is not None and has_parts:
        diags.error(
            where(node, "values"),
            f"format {name}: values of the whole field exclude flags and ranges "
            "(give the values to a range instead)",
        )
    elif node.get("values") is None and not has_parts:
        diags.error(node.location, f"format {name} defines no flags, ranges or values")
    if not fields:
        return None
    claims = _Claims(name, width)
    flags = _flags(node, claims, names, diags)
    ranges = _ranges(node, claims, names, diags)
    values = _values(node, width, f"format {name}", names, diags)
    constants = _constants(node, width, name, names, diags)
    if len(diags.found) != before:
        return None
    return BitFormat(
        name=name,
        title=text(node, "title"),
        fields=fields,
        width=width,
        location=node.location,
        source=text(node, "source"),
        kernel_header=text(node, "kernel_header"),
        flags=flags,
        ranges=ranges,
        values=values,
        constants=constants,
    )


def build_bits(node: Mapping, path: str, catalog: Catalog, diags: Diagnostics) -> BitsSpec | None:
    """The bits spec, or None after reporting every problem it has."""
    before = len(diags.found)
    formats_node: Node | None = node.get("formats")
    assert isinstance(formats_node, Sequence)
    taken: dict[str, str] = {}
    names = _Names()
    formats = []
    for item in formats_node.items:
        assert isinstance(item, Mapping)
        built = _build_format(item, catalog, taken, names, diags)
        if built is not None:
            formats.append(built)
    if len(diags.found) != before:
        return None
    return BitsSpec(path, text(node, "source"), tuple(formats))
