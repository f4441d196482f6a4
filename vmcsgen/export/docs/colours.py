"""Colours of the pictures: by field type, member kind or clean-field group, the
translation statuses, and which ink reads on a fill."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.docs.labels import hex_offset
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.spec import Layout, Member, MemberKind

HATCH = "url(#hatch)"
TAIL_FILL = "url(#tail)"

TYPE_COLOURS: dict[FieldType, str] = {
    FieldType.CONTROL: "#8ec5ea",
    FieldType.READ_ONLY: "#f4a261",
    FieldType.GUEST_STATE: "#a6d96a",
    FieldType.HOST_STATE: "#c3a8e6",
}
KIND_COLOURS: dict[MemberKind, str] = {
    MemberKind.HEADER: "#f5e050",
    MemberKind.STATE: "#f49ac2",
    MemberKind.PRIVATE: "#b08d6a",
    MemberKind.RESERVED: HATCH,
}
NO_GROUP = "#e4e4e4"
# Distinct hues first (dark), then their light tints, so neighbouring groups differ in hue.
GROUP_PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#393b79",
    "#637939",
)
# Copy runs that move: cycled through, none of them the green/red of added/blocked.
RUN_PALETTE = (
    "#4e9fd6",
    "#f28e2b",
    "#a57cd6",
    "#35b5b0",
    "#b07a4a",
)
RUNS_SWATCH = "url(#runs)"
IN_PLACE = "#d5dee8"
IN_PLACE_RIBBON = "#9fb3c8"
ADDED = "#2e9e44"
BLOCKER = "#d62728"
DISCARDED = "#5f5f5f"
UNTOUCHED = "#ffffff"


def _luminance(colour: str) -> float:
    if not colour.startswith("#"):
        return 1.0

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ink_class(fill: str) -> str:
    """The text class that reads on `fill`: dark ink on light fills, white on dark ones."""
    return "ink-light" if _luminance(fill) < 0.28 else "ink-dark"


@dataclass(frozen=True)
class Colouring:
    """How a layout map colours members: by field type, or by clean-field group."""

    by_group: bool
    group_colours: dict[str, str]

    def fill(self, member: Member) -> tuple[str, str]:
        """(fill, category) of a member."""
        if member.kind is MemberKind.RESERVED:
            return HATCH, "reserved"
        if self.by_group:
            if member.group is None:
                return NO_GROUP, "no-group"
            return self.group_colours[member.group], f"group-{member.group}"
        if member.field is not None:
            return TYPE_COLOURS[member.field.encoding.type], member.field.encoding.type.key
        return KIND_COLOURS[member.kind], member.kind.value

    def sub(self, member: Member) -> str:
        if self.by_group:
            return member.group or ""
        return hex_offset(member.offset)


def group_colours(layout: Layout) -> dict[str, str]:
    if layout.clean_fields is None:
        return {}
    used = {m.group for m in layout.members if m.group is not None}
    names = [g.name for g in layout.clean_fields.groups if g.name in used]
    return {name: GROUP_PALETTE[i % len(GROUP_PALETTE)] for i, name in enumerate(names)}
