"""Geometry of the pictures: byte grids, rectangles, labels fitted to their boxes,
legends, and the band for the bytes after a struct.

Labels are monospace: every glyph advances 0.6 em (DejaVu Sans Mono: 0.602), which is what
lets the exporter decide which names fit without measuring text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vmcsgen.export.docs.colours import HATCH, ink_class
from vmcsgen.export.docs.labels import hex_offset
from vmcsgen.model.spec import Layout

# Monospace labels: every glyph advances 0.6 em (DejaVu Sans Mono: 0.602), which is what
# lets the module decide which names fit without measuring text.
CHAR_EM = 0.61
LABEL_PAD = 3
MIN_TRUNCATED = 5  # show a shortened name only when this many characters fit

TAIL_BAND = 14
WIDTH_MIN = 760


def fit_label(text: str, width: float, font_px: float) -> str:
    """`text` if it fits in `width` px, else a shortened form ending in an ellipsis, else ''."""
    room = int((width - 2 * LABEL_PAD) / (font_px * CHAR_EM))
    if len(text) <= room:
        return text
    if room >= MIN_TRUNCATED:
        return text[: room - 1] + "\u2026"
    return ""


def text_width(text: str, font_px: float) -> float:
    return len(text) * font_px * CHAR_EM


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


def widest(rects: Sequence[Rect]) -> Rect:
    return max(rects, key=lambda r: (r.width, -r.y))


def box_texts(
    rects: Sequence[Rect], name: str, sub: str, fill: str, name_px: float, sub_px: float
) -> tuple[Text, ...]:
    """The member name (and a smaller second line) centred in its widest rectangle."""
    rect = widest(rects)
    ink = ink_class(fill)
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


def flow_legend(
    entries: Sequence[tuple[str, str]], x: float, y: float, max_x: float
) -> tuple[tuple[LegendItem, ...], float]:
    """Swatches flowing left to right, wrapping at max_x; returns them and the y below."""
    items: list[LegendItem] = []
    cx, cy = x, y
    for fill, label in entries:
        width = 14 + 6 + text_width(label, 10) + 18
        if cx > x and cx + width > max_x:
            cx, cy = x, cy + 20
        items.append(
            LegendItem(Rect(cx, cy, 14, 14), fill, Text(cx + 20, cy + 11, label, "legend"))
        )
        cx += width
    return tuple(items), cy + (20 if entries else 0)


def tail_band(layout: Layout, grid: Grid) -> Tail | None:
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
    span = f"{hex_offset(end)}\u2013{hex_offset(size - 1)}"
    notes = (
        f"{span}: {size - end} bytes to the end of the {size}-byte region, in no member "
        "(not drawn to scale)",
        f"{span}: {size - end} bytes in no member (not to scale)",
        f"{span}: {size - end} bytes, no member",
    )
    note = next((n for n in notes if text_width(n, 9) <= grid.width - 8), notes[-1])
    texts.append(
        Text(grid.x + grid.width / 2, band_y + TAIL_BAND / 2 + 3.5, note, "tailnote", "middle")
    )
    tooltip = f"bytes {hex_offset(end)}\u2013{hex_offset(size - 1)} ({size - end} bytes): no member"
    return Tail(end, size - end, tuple(rects), band, tuple(texts), tooltip)


def tail_bottom(layout: Layout, grid: Grid) -> float:
    bottom = grid.bottom(layout.struct_size)
    return bottom + 6 + TAIL_BAND if layout.struct_size < layout.size else bottom


def row_labels(layout: Layout, grid: Grid, x: float, anchor: str, decimal: bool) -> list[Text]:
    texts = []
    for row in range(grid.rows(layout.struct_size)):
        offset = row * grid.bytes_per_row
        y = grid.row_y(row)
        if decimal:
            texts.append(Text(x, y + 12, hex_offset(offset), "off", anchor))
            texts.append(Text(x, y + 23, str(offset), "offdec", anchor))
        else:
            texts.append(Text(x, y + grid.row_height / 2 + 3, hex_offset(offset), "off", anchor))
    return texts
