"""Documentation outputs: an SVG map of every layout, an SVG "what moved" picture of every
translation, and a Markdown field reference.

All geometry, colours, labels and tooltips are worked out here as plain view objects; the
templates only lay them out. Text reaches SVG through Jinja's `e` filter (XML escaping) and
Markdown cells are escaped here. Nothing depends on the working directory, the clock or hash
order, so the output is byte-identical from run to run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vmcsgen import __version__
from vmcsgen.encoding import FieldType
from vmcsgen.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, spec_name
from vmcsgen.model import CatalogField, Layout, Member, MemberKind, SpecSet
from vmcsgen.render import coordinate, render, wrap_comment
from vmcsgen.translation_plan import CopyRun, TranslationPlan, build_plans

REFERENCE_FILE = "field_reference.md"
LAYOUT_DIR_OUT = "layouts"
PAIR_DIR_OUT = "translations"

# Monospace labels: every glyph advances 0.6 em (DejaVu Sans Mono: 0.602), which is what
# lets the module decide which names fit without measuring text.
CHAR_EM = 0.61
LABEL_PAD = 3
MIN_TRUNCATED = 5  # show a shortened name only when this many characters fit

# Layout maps: 32 bytes a row, 28 px a byte.
MAP_BYTES_PER_ROW = 32
MAP_BYTE_PX = 28
MAP_ROW_HEIGHT = 30
MAP_ROW_GAP = 4
MAP_LEFT = 72
MAP_RIGHT = 24
MAP_NAME_PX = 10.0
MAP_SUB_PX = 8.0

# Translation pictures: two columns of 16 bytes a row, 22 px a byte, ribbons between.
PAIR_BYTES_PER_ROW = 16
PAIR_BYTE_PX = 22
PAIR_ROW_HEIGHT = 16
PAIR_ROW_GAP = 2
PAIR_SIDE = 56
PAIR_GUTTER = 240
PAIR_NAME_PX = 9.0

TAIL_BAND = 14
WIDTH_MIN = 760

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
KIND_LABELS: dict[MemberKind, str] = {
    MemberKind.HEADER: "header: revision id",
    MemberKind.STATE: "implementation state",
    MemberKind.PRIVATE: "private to this layout",
    MemberKind.RESERVED: "reserved / padding",
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


# --- small helpers ---------------------------------------------------------------------


def _hex(value: int, digits: int = 3) -> str:
    return f"0x{value:0{digits}x}"


def _comment_safe(text: str) -> str:
    """XML comments may not contain "--"."""
    while "--" in text:
        text = text.replace("--", "- -")
    return text


def _luminance(colour: str) -> float:
    if not colour.startswith("#"):
        return 1.0

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ink(fill: str) -> str:
    """The text class that reads on `fill`: dark ink on light fills, white on dark ones."""
    return "ink-light" if _luminance(fill) < 0.28 else "ink-dark"


def fit_label(text: str, width: float, font_px: float) -> str:
    """`text` if it fits in `width` px, else a shortened form ending in an ellipsis, else ''."""
    room = int((width - 2 * LABEL_PAD) / (font_px * CHAR_EM))
    if len(text) <= room:
        return text
    if room >= MIN_TRUNCATED:
        return text[: room - 1] + "\u2026"
    return ""


def _text_width(text: str, font_px: float) -> float:
    return len(text) * font_px * CHAR_EM


def _type_order(types: Iterable[FieldType]) -> list[FieldType]:
    return sorted(types, key=lambda t: t.value)


# --- view objects ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    cls: str
    anchor: str = "start"


@dataclass(frozen=True)
class Box:
    """One member: its rectangles (one per row it touches), labels and tooltip."""

    name: str
    offset: int
    size: int
    kind: str
    category: str
    fill: str
    rects: tuple[Rect, ...]
    texts: tuple[Text, ...]
    tooltip: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LegendItem:
    swatch: Rect
    fill: str
    label: Text


@dataclass(frozen=True)
class Tail:
    """The region bytes after the last member: the rest of the last row, then a note band."""

    offset: int
    size: int
    rects: tuple[Rect, ...]
    band: Rect
    texts: tuple[Text, ...]
    tooltip: str


@dataclass(frozen=True)
class Ribbon:
    """A copy run, drawn from its source rows to its destination rows."""

    path: str
    fill: str
    opacity: str
    src_offset: int
    dst_offset: int
    size: int
    moved: bool
    tooltip: str


@dataclass(frozen=True)
class Column:
    layout: str
    side: str
    bytes_per_row: int
    byte_px: int
    struct_size: int
    texts: tuple[Text, ...]
    boxes: tuple[Box, ...]
    tail: Tail | None


@dataclass(frozen=True)
class LayoutMapView:
    width: int
    height: int
    comment: str
    title: str
    description: str
    texts: tuple[Text, ...]
    legend: tuple[LegendItem, ...]
    column: Column


@dataclass(frozen=True)
class PairMapView:
    width: int
    height: int
    comment: str
    title: str
    description: str
    texts: tuple[Text, ...]
    legend: tuple[LegendItem, ...]
    columns: tuple[Column, Column]
    ribbons: tuple[Ribbon, ...]
    run_palette: tuple[str, ...] = RUN_PALETTE


# --- geometry --------------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """Byte offsets to positions: `bytes_per_row` bytes a row, `byte_px` px a byte."""

    x: float
    y: float
    bytes_per_row: int
    byte_px: int
    row_height: int
    row_gap: int

    @property
    def width(self) -> int:
        return self.bytes_per_row * self.byte_px

    def rows(self, size: int) -> int:
        return -(-size // self.bytes_per_row)

    def row_y(self, row: int) -> float:
        return self.y + row * (self.row_height + self.row_gap)

    def bottom(self, size: int) -> float:
        return self.row_y(self.rows(size)) - self.row_gap

    def segments(self, offset: int, size: int) -> tuple[Rect, ...]:
        out: list[Rect] = []
        pos, end = offset, offset + size
        while pos < end:
            row = pos // self.bytes_per_row
            stop = min(end, (row + 1) * self.bytes_per_row)
            x = self.x + (pos % self.bytes_per_row) * self.byte_px
            out.append(Rect(x, self.row_y(row), (stop - pos) * self.byte_px, self.row_height))
            pos = stop
        return tuple(out)

    def y_start(self, offset: int) -> float:
        """Where byte `offset` starts on the vertical axis, as if rows were one ribbon."""
        row, col = divmod(offset, self.bytes_per_row)
        return self.row_y(row) + self.row_height * col / self.bytes_per_row

    def y_end(self, end: int) -> float:
        row, col = divmod(end - 1, self.bytes_per_row)
        return self.row_y(row) + self.row_height * (col + 1) / self.bytes_per_row


def _widest(rects: Sequence[Rect]) -> Rect:
    return max(rects, key=lambda r: (r.width, -r.y))


def _box_texts(
    rects: Sequence[Rect], name: str, sub: str, fill: str, name_px: float, sub_px: float
) -> tuple[Text, ...]:
    """The member name (and a smaller second line) centred in its widest rectangle."""
    rect = _widest(rects)
    ink = _ink(fill)
    name_cls = "res" if fill == HATCH else f"name {ink}"
    label = fit_label(name, rect.width, name_px)
    if not label:
        return ()
    cx = rect.x + rect.width / 2
    second = fit_label(sub, rect.width, sub_px) if sub else ""
    if second and rect.height >= name_px + sub_px + 8:
        gap = (rect.height - name_px - sub_px - 2) / 2
        return (
            Text(cx, rect.y + gap + name_px * 0.85, label, name_cls, "middle"),
            Text(cx, rect.y + rect.height - gap - 1, second, f"sub {ink}", "middle"),
        )
    return (Text(cx, rect.y + rect.height / 2 + name_px * 0.35, label, name_cls, "middle"),)


def _legend(
    entries: Sequence[tuple[str, str]], x: float, y: float, max_x: float
) -> tuple[tuple[LegendItem, ...], float]:
    """Swatches flowing left to right, wrapping at max_x; returns them and the y below."""
    items: list[LegendItem] = []
    cx, cy = x, y
    for fill, label in entries:
        width = 14 + 6 + _text_width(label, 10) + 18
        if cx > x and cx + width > max_x:
            cx, cy = x, cy + 20
        items.append(
            LegendItem(Rect(cx, cy, 14, 14), fill, Text(cx + 20, cy + 11, label, "legend"))
        )
        cx += width
    return tuple(items), cy + (20 if entries else 0)


def _tail(layout: Layout, grid: Grid) -> Tail | None:
    """The bytes after the struct: the rest of the last row, then one compact band."""
    end, size = layout.struct_size, layout.size
    if end >= size:
        return None
    rects: list[Rect] = []
    texts: list[Text] = []
    row_end = grid.rows(end) * grid.bytes_per_row
    if row_end > end:
        rect = grid.segments(end, row_end - end)[0]
        rects.append(rect)
        label = fit_label("beyond the struct", rect.width, 8)
        if label:
            texts.append(
                Text(rect.x + rect.width / 2, rect.y + rect.height / 2 + 3, label, "tail", "middle")
            )
    band_y = grid.bottom(end) + 6
    band = Rect(grid.x, band_y, grid.width, TAIL_BAND)
    span = f"{_hex(end)}\u2013{_hex(size - 1)}"
    notes = (
        f"{span}: {size - end} bytes to the end of the {size}-byte region, in no member "
        "(not drawn to scale)",
        f"{span}: {size - end} bytes in no member (not to scale)",
        f"{span}: {size - end} bytes, no member",
    )
    note = next((n for n in notes if _text_width(n, 9) <= grid.width - 8), notes[-1])
    texts.append(
        Text(grid.x + grid.width / 2, band_y + TAIL_BAND / 2 + 3.5, note, "tailnote", "middle")
    )
    tooltip = f"bytes {_hex(end)}\u2013{_hex(size - 1)} ({size - end} bytes): no member"
    return Tail(end, size - end, tuple(rects), band, tuple(texts), tooltip)


def _tail_bottom(layout: Layout, grid: Grid) -> float:
    bottom = grid.bottom(layout.struct_size)
    return bottom + 6 + TAIL_BAND if layout.struct_size < layout.size else bottom


def _row_labels(layout: Layout, grid: Grid, x: float, anchor: str, decimal: bool) -> list[Text]:
    texts = []
    for row in range(grid.rows(layout.struct_size)):
        offset = row * grid.bytes_per_row
        y = grid.row_y(row)
        if decimal:
            texts.append(Text(x, y + 12, _hex(offset), "off", anchor))
            texts.append(Text(x, y + 23, str(offset), "offdec", anchor))
        else:
            texts.append(Text(x, y + grid.row_height / 2 + 3, _hex(offset), "off", anchor))
    return texts


# --- tooltips --------------------------------------------------------------------------


def member_tooltip(layout: Layout, member: Member) -> str:
    """Name, encoding, offset and size, then what kind of member it is."""
    lines = [member.name]
    if member.field is not None:
        enc = member.field.encoding
        lines.append(f"{member.field.name}, encoding 0x{enc.value:08x}")
        lines.append(f"{enc.width.label} {enc.type.label}")
    else:
        lines.append(f"{KIND_LABELS[member.kind]}, no encoding")
    end = member.end - 1
    lines.append(
        f"offset {_hex(member.offset)} ({member.offset}), {member.size} "
        f"byte{'s' if member.size != 1 else ''}"
        + (f", bytes {_hex(member.offset)}\u2013{_hex(end)}" if member.size > 8 else "")
    )
    if member.group is not None and layout.clean_fields is not None:
        mask = layout.clean_fields.by_name[member.group].mask
        lines.append(f"clean-field group {member.group} (mask 0x{mask:04x})")
    if layout.clean_fields is not None and member.name == layout.clean_fields.member:
        lines.append("holds the clean-field mask")
    if member.note:
        lines.extend(wrap_comment(member.note, 72))
    return "\n".join(lines)


# --- layout maps -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Colouring:
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
        return _hex(member.offset)


def _group_colours(layout: Layout) -> dict[str, str]:
    if layout.clean_fields is None:
        return {}
    used = {m.group for m in layout.members if m.group is not None}
    names = [g.name for g in layout.clean_fields.groups if g.name in used]
    return {name: GROUP_PALETTE[i % len(GROUP_PALETTE)] for i, name in enumerate(names)}


def _map_legend_entries(layout: Layout, colouring: _Colouring) -> list[tuple[str, str]]:
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
    colouring = _Colouring(by_group, _group_colours(layout) if by_group else {})
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
        f"({_hex(0)}\u2013{_hex(end - 1)})"
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
    legend, legend_bottom = _legend(_map_legend_entries(layout, colouring), MAP_LEFT, 78, right)
    ruler_y = legend_bottom + 14
    grid = Grid(MAP_LEFT, ruler_y + 6, MAP_BYTES_PER_ROW, MAP_BYTE_PX, MAP_ROW_HEIGHT, MAP_ROW_GAP)
    for col in range(0, MAP_BYTES_PER_ROW, 4):
        texts.append(Text(grid.x + col * MAP_BYTE_PX + 1, ruler_y, f"+{col:#04x}", "ruler"))
    texts.extend(_row_labels(layout, grid, MAP_LEFT - 8, "end", decimal=True))
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
                texts=_box_texts(
                    rects, member.name, colouring.sub(member), fill, MAP_NAME_PX, MAP_SUB_PX
                ),
                tooltip=member_tooltip(layout, member),
                attrs=(("data-group", member.group),) if member.group is not None else (),
            )
        )
    tail = _tail(layout, grid)
    height = int(_tail_bottom(layout, grid) + 24)
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
    sources = [
        spec_name(specs, LAYOUT_DIR, f"{layout.name}.yaml"),
        spec_name(specs, CATALOG_FILE),
    ]
    return LayoutMapView(
        width=width,
        height=height,
        comment=_generated(sources),
        title=title,
        description=layout.source,
        texts=tuple(texts),
        legend=legend,
        column=column,
    )


def _generated(sources: Sequence[str]) -> str:
    return _comment_safe(
        f"Generated from {', '.join(sources)} by vmcsgen {__version__}; do not edit. "
        "Regenerate with: vmcsgen docs"
    )


# --- translation pictures --------------------------------------------------------------


@dataclass(frozen=True)
class _PairStatus:
    category: str
    fill: str
    note: str
    run: int | None = None


class _PairClassifier:
    """What a translation does to each source and destination member."""

    def __init__(self, plan: TranslationPlan) -> None:
        self.plan = plan
        self.runs = sorted(plan.runs, key=lambda r: (r.src_offset, r.dst_offset))
        self.colours: dict[int, str] = {}
        moved = 0
        for i, run in enumerate(self.runs):
            if run.src_offset != run.dst_offset:
                self.colours[i] = RUN_PALETTE[moved % len(RUN_PALETTE)]
                moved += 1
        self.blockers = {b.name: b for b in plan.blockers}
        self.discards = {d.name: d for d in plan.discards}
        self.added = {m.name for m in plan.added}
        position = {id(run): i for i, run in enumerate(self.runs)}
        self.group_of: dict[int, str] = {
            position[id(run)]: group.name for group in plan.groups for run in group.runs
        }

    def _run_at(self, offset: int, source: bool) -> int | None:
        for i, run in enumerate(self.runs):
            start = run.src_offset if source else run.dst_offset
            if start <= offset < start + run.size:
                return i
        return None

    def _copied(self, index: int, source: bool) -> _PairStatus:
        run = self.runs[index]
        delta = run.dst_offset - run.src_offset
        other = self.plan.target if source else self.plan.source
        if delta:
            where = f"{_hex(run.dst_offset)}" if source else f"{_hex(run.src_offset)}"
            note = (
                f"moved {delta:+d} bytes: {'to' if source else 'from'} the run at {where} "
                f"in {other.name}"
            )
            return _PairStatus("moved", self.colours[index], note, index)
        return _PairStatus("in-place", IN_PLACE, f"copied in place ({other.name})", index)

    def source(self, member: Member) -> _PairStatus:
        plan = self.plan
        if member.kind is MemberKind.HEADER:
            return _PairStatus("header", KIND_COLOURS[MemberKind.HEADER], "revision id: checked")
        if member.kind is MemberKind.RESERVED:
            return _PairStatus("reserved", HATCH, "reserved: not read")
        blocker = self.blockers.get(member.name)
        if blocker is not None:
            keep = (
                f"; must fit in {blocker.keep_bytes} bytes"
                if blocker.keep_bytes is not None
                else f"; must hold its default 0x{blocker.default:x}"
            )
            return _PairStatus("blocker", BLOCKER, f"blocker: {blocker.reason}{keep}")
        discard = self.discards.get(member.name)
        if discard is not None:
            return _PairStatus("discarded", DISCARDED, f"discarded: {discard.reason}")
        index = self._run_at(member.offset, source=True)
        if index is not None:
            return self._copied(index, source=True)
        if member.kind is MemberKind.PRIVATE:
            why = f"private to {plan.source.name}"
        elif member.kind is MemberKind.STATE:
            why = "state is not written by an update"
        else:
            why = "its type is not in this translation's copy list"
        return _PairStatus("untouched", UNTOUCHED, f"not copied: {why}")

    def target(self, member: Member) -> _PairStatus:
        plan = self.plan
        if member.kind is MemberKind.HEADER:
            note = (
                f"revision id: set to 0x{plan.target.revision:08x}"
                if not plan.is_update
                else "revision id: left as is"
            )
            return _PairStatus("header", KIND_COLOURS[MemberKind.HEADER], note)
        if member.kind is MemberKind.RESERVED:
            return _PairStatus(
                "reserved", HATCH, "reserved: zeroed" if not plan.is_update else "reserved"
            )
        index = self._run_at(member.offset, source=False)
        if index is not None:
            return self._copied(index, source=False)
        if member.name in self.added:
            note = (
                f"added: {plan.source.name} lacks it; left as is by the update"
                if plan.is_update
                else f"added: {plan.source.name} lacks it; set to its default "
                f"0x{member.default:x}"
            )
            return _PairStatus("added", ADDED, note)
        why = "left as is by the update" if plan.is_update else "zeroed"
        return _PairStatus("untouched", UNTOUCHED, f"not copied: {why}")


def _pair_legend_entries(plan: TranslationPlan, cls: _PairClassifier) -> list[tuple[str, str]]:
    moved_runs = len(cls.colours)
    in_place = len(cls.runs) - moved_runs
    added = "added: only in destination, left as is" if plan.is_update else "added: set to default"
    entries = [
        (IN_PLACE, f"copied in place ({in_place} run{'s' if in_place != 1 else ''})"),
        (
            RUNS_SWATCH,
            f"moved ({moved_runs} run{'s' if moved_runs != 1 else ''}, "
            f"{len(plan.moved)} members; one colour per run)",
        ),
        (ADDED, f"{added} ({len(plan.added)})"),
        (BLOCKER, f"blocker: refused unless default ({len(plan.blockers)})"),
        (DISCARDED, f"discarded: retired by destination ({len(plan.discards)})"),
        (UNTOUCHED, "not copied" + (" / left as is" if plan.is_update else " / zeroed")),
        (KIND_COLOURS[MemberKind.HEADER], KIND_LABELS[MemberKind.HEADER]),
        (HATCH, "reserved / padding"),
    ]
    return entries


def _pair_column(
    plan: TranslationPlan,
    cls: _PairClassifier,
    layout: Layout,
    grid: Grid,
    source: bool,
) -> Column:
    boxes = []
    for member in sorted(layout.members, key=lambda m: m.offset):
        status = cls.source(member) if source else cls.target(member)
        rects = grid.segments(member.offset, member.size)
        tooltip = member_tooltip(layout, member) + "\n" + status.note
        if status.run is not None and status.run in cls.group_of and plan.spec.honour_clean_fields:
            tooltip += f"\ncopy group {cls.group_of[status.run]}"
        attrs: list[tuple[str, str]] = [("data-status", status.category)]
        if status.run is not None:
            attrs.append(("data-run", str(status.run)))
        boxes.append(
            Box(
                name=member.name,
                offset=member.offset,
                size=member.size,
                kind=member.kind.value,
                category=status.category,
                fill=status.fill,
                rects=rects,
                texts=_box_texts(rects, member.name, "", status.fill, PAIR_NAME_PX, 0),
                tooltip=tooltip,
                attrs=tuple(attrs),
            )
        )
    side = "source" if source else "destination"
    texts = _row_labels(
        layout,
        grid,
        grid.x - 6 if source else grid.x + grid.width + 6,
        "end" if source else "start",
        decimal=False,
    )
    head_x = grid.x + grid.width / 2
    texts.append(Text(head_x, grid.y - 24, f"{side}: {layout.name}", "colhead", "middle"))
    texts.append(
        Text(
            head_x,
            grid.y - 10,
            f"{layout.struct_size} of {layout.size} bytes, revision 0x{layout.revision:08x}",
            "colsub",
            "middle",
        )
    )
    return Column(
        layout.name,
        side,
        grid.bytes_per_row,
        grid.byte_px,
        layout.struct_size,
        tuple(texts),
        tuple(boxes),
        _tail(layout, grid),
    )


def _ribbon_path(src: Grid, dst: Grid, run: CopyRun) -> str:
    x1 = src.x + src.width + 2
    x2 = dst.x - 2
    xm = (x1 + x2) / 2
    y1t, y1b = src.y_start(run.src_offset), src.y_end(run.src_end)
    y2t, y2b = dst.y_start(run.dst_offset), dst.y_end(run.dst_end)
    # Keep tiny runs visible: at least 1.5 px thick at both ends.
    y1b, y2b = max(y1b, y1t + 1.5), max(y2b, y2t + 1.5)
    n = coordinate
    return (
        f"M{n(x1)},{n(y1t)} C{n(xm)},{n(y1t)} {n(xm)},{n(y2t)} {n(x2)},{n(y2t)} "
        f"L{n(x2)},{n(y2b)} C{n(xm)},{n(y2b)} {n(xm)},{n(y1b)} {n(x1)},{n(y1b)} Z"
    )


def _run_tooltip(plan: TranslationPlan, cls: _PairClassifier, index: int) -> str:
    run = cls.runs[index]
    delta = run.dst_offset - run.src_offset
    lines = [
        f"copy {run.size} bytes: {plan.source.name} {_hex(run.src_offset)}\u2013"
        f"{_hex(run.src_end - 1)} \u2192 {plan.target.name} {_hex(run.dst_offset)}\u2013"
        f"{_hex(run.dst_end - 1)}",
        f"moved {delta:+d} bytes" if delta else "in place",
    ]
    if plan.spec.honour_clean_fields and index in cls.group_of:
        lines.append(f"clean-field group {cls.group_of[index]}")
    lines.extend(wrap_comment(f"{len(run.members)} members: {', '.join(run.members)}", 72))
    return "\n".join(lines)


def pair_map(specs: SpecSet, plan: TranslationPlan) -> PairMapView:
    cls = _PairClassifier(plan)
    col_width = PAIR_BYTES_PER_ROW * PAIR_BYTE_PX
    width = max(WIDTH_MIN, 2 * PAIR_SIDE + 2 * col_width + PAIR_GUTTER)
    left = PAIR_SIDE
    right = width - PAIR_SIDE
    texts: list[Text] = []
    title = f"{plan.source.name} \u2192 {plan.target.name}"
    texts.append(Text(left, 28, title, "title"))
    spec = plan.spec
    copies = ", ".join(t.label for t in _type_order(spec.copy))
    mode = f"{spec.mode.value}: " + (
        "writes the copied fields into an existing destination"
        if plan.is_update
        else "builds the whole destination"
    )
    line1 = f"{mode} \u00b7 copies {copies}"
    if spec.honour_clean_fields:
        line1 += " \u00b7 skips clean groups"
    texts.append(Text(left, 48, line1, "subtitle"))
    y = 64
    for line in wrap_comment(spec.description, 150) if spec.description else []:
        texts.append(Text(left, y, line, "subtitle"))
        y += 16
    legend, legend_bottom = _legend(_pair_legend_entries(plan, cls), left, y + 2, right)
    top = legend_bottom + 48
    src = Grid(left, top, PAIR_BYTES_PER_ROW, PAIR_BYTE_PX, PAIR_ROW_HEIGHT, PAIR_ROW_GAP)
    dst = Grid(
        right - col_width, top, PAIR_BYTES_PER_ROW, PAIR_BYTE_PX, PAIR_ROW_HEIGHT, PAIR_ROW_GAP
    )
    columns = (
        _pair_column(plan, cls, plan.source, src, source=True),
        _pair_column(plan, cls, plan.target, dst, source=False),
    )
    ribbons = []
    order = sorted(range(len(cls.runs)), key=lambda i: (i in cls.colours, i))
    for index in order:
        run = cls.runs[index]
        moved = index in cls.colours
        ribbons.append(
            Ribbon(
                path=_ribbon_path(src, dst, run),
                fill=cls.colours[index] if moved else IN_PLACE_RIBBON,
                opacity="0.55" if moved else "0.35",
                src_offset=run.src_offset,
                dst_offset=run.dst_offset,
                size=run.size,
                moved=moved,
                tooltip=_run_tooltip(plan, cls, index),
            )
        )
    height = int(max(_tail_bottom(plan.source, src), _tail_bottom(plan.target, dst)) + 24)
    sources = [spec_name(specs, TRANSLATIONS_FILE)] + [
        spec_name(specs, LAYOUT_DIR, f"{name}.yaml")
        for name in (plan.source.name, plan.target.name)
    ]
    return PairMapView(
        width=width,
        height=height,
        comment=_generated(sources),
        title=title,
        description=spec.description,
        texts=tuple(texts),
        legend=legend,
        columns=columns,
        ribbons=tuple(ribbons),
    )


# --- field reference -------------------------------------------------------------------


_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>|#"} | {"\n": " ", "\r": " "})


def md_text(text: str) -> str:
    """Plain text for a Markdown table cell: nothing in it is markup."""
    return " ".join(text.translate(_MD_SPECIAL).split())


def md_code(text: str) -> str:
    """An identifier as inline code in a table cell (a pipe still needs its backslash)."""
    clean = " ".join(text.replace("`", "'").split()).replace("|", "\\|")
    return f"`{clean}`"


@dataclass(frozen=True)
class DocLink:
    path: str
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def rule(self) -> tuple[str, ...]:
        return tuple("---" for _ in self.header)


@dataclass(frozen=True)
class ReferenceView:
    comment: str
    layouts: Table
    translations: Table
    pictures: tuple[DocLink, ...]
    fields: Table
    state: Table
    status_legend: tuple[tuple[str, str], ...]


STATUS_LEGEND = (
    ("copied", "copied to the same offset"),
    ("moved", "copied to a different offset"),
    ("added", "only the destination has it: set to its default (convert) or left as is (update)"),
    ("blocker", "the source holds it but the destination cannot: refused unless default"),
    ("discarded", "retired by the destination: its value is dropped"),
    ("\u2014", "not touched (absent, or its type is not copied)"),
)


def _field_statuses(plan: TranslationPlan) -> dict[str, str]:
    """catalog field name -> what the translation does to it."""
    status: dict[str, str] = {}
    targets = {m.name: m for m in plan.target.members}
    sources = {m.name: m for m in plan.source.members}
    moved = {m.identity for m in plan.moved}
    for run in plan.runs:
        for name in run.members:
            member = targets[name]
            if member.field is not None:
                status[member.field.name] = "moved" if member.identity in moved else "copied"
    for member in plan.added:
        if member.field is not None:
            status[member.field.name] = "added"
    for discard in plan.discards:
        field = sources[discard.name].field
        if field is not None:
            status[field.name] = "discarded"
    for blocker in plan.blockers:
        field = sources[blocker.name].field
        if field is not None:
            narrowed = blocker.keep_bytes is not None
            status[field.name] = "blocker (narrowed)" if narrowed else "blocker"
    return status


def _offset_cell(layout: Layout, field: CatalogField) -> str:
    member = layout.by_identity.get(f"field:{field.name}")
    if member is not None:
        return f"{member.offset} ({_hex(member.offset)})"
    retired = layout.retired_by_name.get(field.name)
    if retired is not None:
        return f"\u2014 (retired, {retired.policy.value})"
    return "\u2014"


def translation_ids(plans: Sequence[TranslationPlan]) -> list[str]:
    return [f"T{i + 1}" for i in range(len(plans))]


def picture_paths(specs: SpecSet, plans: Sequence[TranslationPlan]) -> list[DocLink]:
    links = []
    for layout in specs.layouts:
        links.append(
            DocLink(f"{LAYOUT_DIR_OUT}/{layout.name}.svg", f"{layout.name}, by field type")
        )
        if layout.clean_fields is not None:
            links.append(
                DocLink(
                    f"{LAYOUT_DIR_OUT}/{layout.name}.groups.svg",
                    f"{layout.name}, by clean-field group",
                )
            )
    for plan in plans:
        links.append(
            DocLink(
                f"{PAIR_DIR_OUT}/{plan.name}.svg",
                f"{plan.source.name} \u2192 {plan.target.name}",
            )
        )
    return links


def _state_rows(specs: SpecSet) -> list[tuple[str, ...]]:
    """The header (one row, whatever each layout calls it), then state and private members
    in order of first appearance."""
    header_cells = [
        f"{md_code(layout.header.name)}: {layout.header.offset} ({_hex(layout.header.offset)}), "
        f"{layout.header.size} B"
        for layout in specs.layouts
    ]
    rows: list[tuple[str, ...]] = [("revision id", "header", *header_cells)]
    seen: list[tuple[MemberKind, str]] = []
    for layout in specs.layouts:
        for member in layout.members:
            key = (member.kind, member.name)
            if member.kind in (MemberKind.STATE, MemberKind.PRIVATE) and key not in seen:
                seen.append(key)
    for kind, name in seen:
        cells = [md_code(name), kind.value]
        for layout in specs.layouts:
            found = next((m for m in layout.members if (m.kind, m.name) == (kind, name)), None)
            cells.append(
                "\u2014"
                if found is None
                else f"{found.offset} ({_hex(found.offset)}), {found.size} B"
            )
        rows.append(tuple(cells))
    return rows


def field_reference(specs: SpecSet, plans: Sequence[TranslationPlan]) -> ReferenceView:
    ids = translation_ids(plans)
    grouped = [layout for layout in specs.layouts if layout.clean_fields is not None]
    layout_rows = []
    for layout in specs.layouts:
        maps = [f"[by type]({LAYOUT_DIR_OUT}/{layout.name}.svg)"]
        if layout.clean_fields is not None:
            maps.append(f"[by clean-field group]({LAYOUT_DIR_OUT}/{layout.name}.groups.svg)")
        layout_rows.append(
            (
                md_code(layout.name),
                md_text(layout.title),
                f"0x{layout.revision:08x}",
                str(layout.size),
                str(layout.struct_size),
                str(len(layout.members)),
                str(len(layout.fields)),
                ", ".join(maps),
            )
        )
    layouts = Table(
        ("Layout", "Title", "Revision id", "Region", "Struct", "Members", "Fields", "Map"),
        tuple(layout_rows),
    )
    translation_rows = []
    for tid, plan in zip(ids, plans, strict=True):
        spec = plan.spec
        translation_rows.append(
            (
                tid,
                md_code(plan.source.name),
                md_code(plan.target.name),
                spec.mode.value + (", clean fields" if spec.honour_clean_fields else ""),
                md_text(", ".join(t.label for t in _type_order(spec.copy))),
                str(len(plan.runs)),
                str(len(plan.moved)),
                str(len(plan.added)),
                str(len(plan.discards)),
                str(len(plan.blockers)),
                f"[picture]({PAIR_DIR_OUT}/{plan.name}.svg)",
                md_text(spec.description),
            )
        )
    translations = Table(
        (
            "",
            "From",
            "To",
            "Mode",
            "Copies",
            "Runs",
            "Moved",
            "Added",
            "Discarded",
            "Blockers",
            "Picture",
            "Description",
        ),
        tuple(translation_rows),
    )
    statuses = [_field_statuses(plan) for plan in plans]
    field_rows = []
    for field in specs.catalog.fields:
        enc = field.encoding
        row = [
            md_code(field.name),
            f"`0x{enc.value:08x}`",
            enc.width.label,
            enc.type.label,
            *(_offset_cell(layout, field) for layout in specs.layouts),
        ]
        for layout in grouped:
            member = layout.by_identity.get(f"field:{field.name}")
            row.append(md_code(member.group) if member and member.group else "\u2014")
        row.extend(status.get(field.name, "\u2014") for status in statuses)
        field_rows.append(tuple(row))
    fields = Table(
        (
            "Field",
            "Encoding",
            "Width",
            "Type",
            *(md_code(layout.name) for layout in specs.layouts),
            *(f"{md_code(layout.name)} group" for layout in grouped),
            *ids,
        ),
        tuple(field_rows),
    )
    state = Table(
        ("Member", "Kind", *(md_code(layout.name) for layout in specs.layouts)),
        tuple(_state_rows(specs)),
    )
    sources = [spec_name(specs, CATALOG_FILE), spec_name(specs, LAYOUT_DIR, "*.yaml")]
    if specs.translations:
        sources.append(spec_name(specs, TRANSLATIONS_FILE))
    return ReferenceView(
        comment=_generated(sources),
        layouts=layouts,
        translations=translations,
        pictures=tuple(picture_paths(specs, plans)),
        fields=fields,
        state=state,
        status_legend=STATUS_LEGEND,
    )


# --- entry point -----------------------------------------------------------------------


def render_docs(specs: SpecSet) -> list[tuple[str, str]]:
    """Every documentation file as (path relative to the output directory, text)."""
    plans = build_plans(specs) if specs.translations else ()
    outputs: list[tuple[str, str]] = []
    for layout in specs.layouts:
        outputs.append(
            (
                f"{LAYOUT_DIR_OUT}/{layout.name}.svg",
                render("layout_map.svg.j2", view=layout_map(specs, layout)),
            )
        )
        if layout.clean_fields is not None:
            outputs.append(
                (
                    f"{LAYOUT_DIR_OUT}/{layout.name}.groups.svg",
                    render("layout_map.svg.j2", view=layout_map(specs, layout, by_group=True)),
                )
            )
    for plan in plans:
        outputs.append(
            (
                f"{PAIR_DIR_OUT}/{plan.name}.svg",
                render("pair_map.svg.j2", view=pair_map(specs, plan)),
            )
        )
    outputs.append(
        (REFERENCE_FILE, render("field_reference.md.j2", view=field_reference(specs, plans)))
    )
    return outputs
