"""The picture of one translation: source and destination side by side, copy runs as
ribbons between them."""

from __future__ import annotations

from vmcsgen.export.docs.colours import (
    ADDED,
    BLOCKER,
    DISCARDED,
    HATCH,
    IN_PLACE,
    IN_PLACE_RIBBON,
    KIND_COLOURS,
    RUNS_SWATCH,
    UNTOUCHED,
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
from vmcsgen.export.docs.labels import (
    KIND_LABELS,
    generated_comment,
    hex_offset,
    member_tooltip,
    type_order,
)
from vmcsgen.export.docs.pairs import PairClassifier
from vmcsgen.export.docs.views import Box, Column, PairMapView, Ribbon
from vmcsgen.export.render import coordinate, wrap_comment
from vmcsgen.export.rendered import translation_sources
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.plans.translation_plan import CopyRun, TranslationPlan

# Translation pictures: two columns of 16 bytes a row, 22 px a byte, ribbons between.
PAIR_BYTES_PER_ROW = 16
PAIR_BYTE_PX = 22
PAIR_ROW_HEIGHT = 16
PAIR_ROW_GAP = 2
PAIR_SIDE = 56
PAIR_GUTTER = 240
PAIR_NAME_PX = 9.0


def _pair_legend_entries(plan: TranslationPlan, cls: PairClassifier) -> list[tuple[str, str]]:
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
    cls: PairClassifier,
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
                texts=box_texts(rects, member.name, "", status.fill, PAIR_NAME_PX, 0),
                tooltip=tooltip,
                attrs=tuple(attrs),
            )
        )
    side = "source" if source else "destination"
    texts = row_labels(
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
        tail_band(layout, grid),
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


def _run_tooltip(plan: TranslationPlan, cls: PairClassifier, index: int) -> str:
    run = cls.runs[index]
    delta = run.dst_offset - run.src_offset
    lines = [
        f"copy {run.size} bytes: {plan.source.name} {hex_offset(run.src_offset)}\u2013"
        f"{hex_offset(run.src_end - 1)} \u2192 {plan.target.name} "
        f"{hex_offset(run.dst_offset)}\u2013{hex_offset(run.dst_end - 1)}",
        f"moved {delta:+d} bytes" if delta else "in place",
    ]
    if plan.spec.honour_clean_fields and index in cls.group_of:
        lines.append(f"clean-field group {cls.group_of[index]}")
    lines.extend(wrap_comment(f"{len(run.members)} members: {', '.join(run.members)}", 72))
    return "\n".join(lines)


def pair_map(specs: SpecSet, plan: TranslationPlan) -> PairMapView:
    cls = PairClassifier(plan)
    col_width = PAIR_BYTES_PER_ROW * PAIR_BYTE_PX
    width = max(WIDTH_MIN, 2 * PAIR_SIDE + 2 * col_width + PAIR_GUTTER)
    left = PAIR_SIDE
    right = width - PAIR_SIDE
    texts: list[Text] = []
    title = f"{plan.source.name} \u2192 {plan.target.name}"
    texts.append(Text(left, 28, title, "title"))
    spec = plan.spec
    copies = ", ".join(t.label for t in type_order(spec.copy))
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
    legend, legend_bottom = flow_legend(_pair_legend_entries(plan, cls), left, y + 2, right)
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
    height = int(max(tail_bottom(plan.source, src), tail_bottom(plan.target, dst)) + 24)
    sources = translation_sources(specs, [plan.source.name, plan.target.name])
    return PairMapView(
        width=width,
        height=height,
        comment=generated_comment(sources),
        title=title,
        description=spec.description,
        texts=tuple(texts),
        legend=legend,
        columns=columns,
        ribbons=tuple(ribbons),
    )
