"""The view objects the SVG templates lay out: member boxes, ribbons, columns and the
two kinds of picture."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.docs.colours import RUN_PALETTE
from vmcsgen.export.docs.geometry import LegendItem, Rect, Tail, Text


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
