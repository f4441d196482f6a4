"""A region decoded under one layout: every member's value, and the reserved bytes that are
not zero (padding a layout leaves unused, and the region's tail after the struct)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.catalog import SHADOW_INDICATOR_BIT
from vmcsgen.model.spec import Layout, Member, MemberKind
from vmcsgen.plans.layout_tables import unused_spans

REVISION_MASK = SHADOW_INDICATOR_BIT - 1


@dataclass(frozen=True)
class Anomaly:
    """Reserved bytes that hold something: `nonzero` of the `size` bytes at `offset`."""

    member: str
    offset: int
    size: int
    nonzero: int

    def to_json(self) -> dict[str, object]:
        return {
            "kind": "nonzero_reserved",
            "member": self.member,
            "offset": self.offset,
            "size": self.size,
            "nonzero_bytes": self.nonzero,
        }


@dataclass(frozen=True)
class DecodedRegion:
    """A region's bytes read under `layout`: values by member and by catalog field, and the
    reserved bytes that are not zero."""

    layout: Layout
    data: bytes

    @property
    def first_dword(self) -> int:
        return int.from_bytes(self.data[:4], "little")

    @property
    def revision(self) -> int:
        return self.first_dword & REVISION_MASK

    @property
    def shadow_bit(self) -> bool:
        return bool(self.first_dword & SHADOW_INDICATOR_BIT)

    def value(self, member: Member) -> int:
        return int.from_bytes(self.data[member.offset : member.end], "little")

    @cached_property
    def values(self) -> tuple[tuple[Member, int], ...]:
        """Every member holding data (fields, state, private, the header), in offset order."""
        return tuple(
            (m, self.value(m)) for m in self.layout.members if m.kind is not MemberKind.RESERVED
        )

    @cached_property
    def by_field(self) -> dict[str, int]:
        """Field values by catalog name (the same names whatever the layout calls them)."""
        return {m.field.name: v for m, v in self.values if m.field is not None}

    @cached_property
    def by_member(self) -> dict[str, int]:
        return {m.name: v for m, v in self.values}

    @cached_property
    def anomalies(self) -> tuple[Anomaly, ...]:
        spans = unused_spans(self.layout)
        found = ((span, span.nonzero(self.data)) for span in spans)
        return tuple(Anomaly(span.name, span.offset, span.size, n) for span, n in found if n)

    @cached_property
    def reading(self) -> frozenset[tuple[str, int]]:
        """What the region says under this layout, comparable across layouts: each data
        member's identity with its value, members at their default left out."""
        return frozenset(
            (m.identity, v) for m, v in self.values if m.kind.carries_data and v != m.default
        ) | {("header", self.first_dword)}

    def to_json(self) -> dict[str, object]:
        return {
            "kind": "region",
            "layout": self.layout.name,
            "revision": self.revision,
            "shadow_vmcs": self.shadow_bit,
            "fields": [
                {
                    "name": m.name,
                    "field": m.field.name if m.field is not None else None,
                    "encoding": m.field.encoding.value if m.field is not None else None,
                    "offset": m.offset,
                    "size": m.size,
                    "value": v,
                }
                for m, v in self.values
            ],
            "anomalies": [a.to_json() for a in self.anomalies],
        }


def decode(layout: Layout, data: bytes) -> DecodedRegion:
    """`data` must hold the whole region (layout.size bytes)."""
    if len(data) != layout.size:
        raise ValueError(f"a {layout.name} region is {layout.size} bytes, not {len(data)}")
    return DecodedRegion(layout, bytes(data))
