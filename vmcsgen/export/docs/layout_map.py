"""The map of one layout: every member to scale, coloured by type or clean-field group."""

from __future__ import annotations

from vmcsgen.export.docs.colours import (
    HATCH,
    KIND_COLOURS,
    NO_GROUP,
    TAIL_FILL,
    TYPE_COLOURS,
    Colouring,
    group_colours,
)
from vmcsgen.export.docs.geometry import (
    WIDTH_MIN,
    Grid,
    Text,
    box_texts,
    flow_legend,
    row_labels,
    tail_band,
    tail_bottom,
)
from vmcsgen.export.docs.labels import KIND_LABELS, generated_comment, hex_offset, member_tooltip
from vmcsgen.export.docs.views import Box, Column, LayoutMapView
from vmcsgen.export.rendered import layout_sources
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet

# Layout maps: 32 bytes a row, 28 px a byte.
MAP_BYTES_PER_ROW = 32
MAP_BYTE_PX = 28
MAP_ROW_HEIGHT = 30
MAP_ROW_GAP = 4
MAP_LEFT = 72
MAP_RIGHT = 24
MAP_NAME_PX = 10.0
MAP_SUB_PX = 8.0


def _map_legend_entries(layout: Layout, colouring: Colouring) -> list[tuple[str, str]]:
    def count(members: list[Member], noun: str = "") -> str:
        size = sum(m.size for m in members)
        plural = "s" if noun and len(members) != 1 else ""
        return f"{len(members)}{noun}{plural}, {size} B"

    entries: list[tuple[str, str]] = []
    if colouring.by_group:
        assert layout.clean_fields is not None
        for group in layout.clean_fields.groups:
            if group.name not in colouring.group_colours:
                continue
            members = [m for m in layout.members if m.group == group.name]
            mask = "never clean" if group.mask == 0 else f"mask 0x{group.mask:04x}"
            entries.append(
                (colouring.group_colours[group.name], f"{group.name} ({mask}, {len(members)})")
            )
        others = [
            m for m in layout.members if m.group is None and m.kind is not MemberKind.RESERVED
        ]
        if others:
            entries.append((NO_GROUP, f"not in a group ({count(others, ' member')})"))
    else:
        for ftype in FieldType:
            members = [m for m in layout.fields if m.type is ftype]
            if members:
                entries.append((TYPE_COLOURS[ftype], f"{ftype.label} ({count(members, ' field')})"))
        for kind in (MemberKind.HEADER, MemberKind.STATE, MemberKind.PRIVATE):
            members = [m for m in layout.members if m.kind is kind]
            if members:
                entries.append((KIND_COLOURS[kind], f"{KIND_LABELS[kind]} ({count(members)})"))
    reserved = [m for m in layout.members if m.kind is MemberKind.RESERVED]
    if reserved:
        entries.append((HATCH, f"{KIND_LABELS[MemberKind.RESERVED]} ({count(reserved)})"))
    if layout.struct_size < layout.size:
        entries.append((TAIL_FILL, f"after the struct ({layout.size - layout.struct_size} B)"))
    return entries


def layout_map(specs: SpecSet, layout: Layout, by_group: bool = False) -> LayoutMapView:
    colouring = Colouring(by_group, group_colours(layout) if by_group else {})
    grid_width = MAP_BYTES_PER_ROW * MAP_BYTE_PX
    width = max(WIDTH_MIN, MAP_LEFT + grid_width + MAP_RIGHT)
    right = MAP_LEFT + grid_width
    texts: list[Text] = []
    title = f"{layout.name} \u2014 {layout.title}"
    texts.append(Text(MAP_LEFT, 28, title, "title"))
    fields = len(layout.fields)
    end = layout.struct_size
    line1 = (
        f"revision id 0x{layout.revision:08x} ({layout.revision})"
        + (", bit 31 = shadow-VMCS indicator" if layout.shadow_indicator else "")
        + f" \u00b7 {layout.size}-byte region \u00b7 struct {end} bytes "
        f"({hex_offset(0)}\u2013{hex_offset(end - 1)})"
    )
    clean = layout.clean_fields
    mode = (
        f"coloured by clean-field group (mask in {clean.member})"
        if by_group and clean is not None
        else "coloured by field type"
    )
    line2 = (
        f"{len(layout.members)} members, {fields} with an encoding \u00b7 {mode} \u00b7 "
        f"{MAP_BYTES_PER_ROW} bytes a row \u00b7 hover a member for its details"
    )
    texts.append(Text(MAP_LEFT, 48, line1, "subtitle"))
    texts.append(Text(MAP_LEFT, 64, line2, "subtitle"))
    legend, legend_bottom = flow_legend(_map_legend_entries(layout, colouring), MAP_LEFT, 78, right)
    ruler_y = legend_bottom + 14
    grid = Grid(MAP_LEFT, ruler_y + 6, MAP_BYTES_PER_ROW, MAP_BYTE_PX, MAP_ROW_HEIGHT, MAP_ROW_GAP)
    for col in range(0, MAP_BYTES_PER_ROW, 4):
        texts.append(Text(grid.x + col * MAP_BYTE_PX + 1, ruler_y, f"+{col:#04x}", "ruler"))
    texts.extend(row_labels(layout, grid, MAP_LEFT - 8, "end", decimal=True))
    boxes = []
    for member in sorted(layout.members, key=lambda m: m.offset):
        fill, category = colouring.fill(member)
        rects = grid.segments(member.offset, member.size)
        boxes.append(
            Box(
                name=member.name,
                offset=member.offset,
                size=member.size,
                kind=member.kind.value,
                category=category,
                fill=fill,
                rects=rects,
                texts=box_texts(
                    rects, member.name, colouring.sub(member), fill, MAP_NAME_PX, MAP_SUB_PX
                ),
                tooltip=member_tooltip(layout, member),
                attrs=(("data-group", member.group),) if member.group is not None else (),
            )
        )
    tail = tail_band(layout, grid)
    height = int(tail_bottom(layout, grid) + 24)
    column = Column(
        layout.name,
        "layout",
        MAP_BYTES_PER_ROW,
        MAP_BYTE_PX,
        end,
        (),
        tuple(boxes),
        tail,
    )
    sources = layout_sources(specs, layout)
    return LayoutMapView(
        width=width,
        height=height,
        comment=generated_comment(sources),
        title=title,
        description=layout.source,
        texts=tuple(texts),
        legend=legend,
        column=column,
    )
