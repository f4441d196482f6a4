"""The Markdown field reference: every layout, translation and field in tables.

Cells are escaped here, so nothing in a spec's text becomes markup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vmcsgen.export.docs.labels import (
    LAYOUT_DIR_OUT,
    PAIR_DIR_OUT,
    generated_comment,
    hex_offset,
    type_order,
)
from vmcsgen.model.bits import BitFormat
from vmcsgen.model.catalog import CatalogField
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, spec_name

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
class BitsSection:
    """One format of the bits spec: its heading, the fields it describes, its table."""

    anchor: str
    title: str
    fields: str
    table: Table


@dataclass(frozen=True)
class ReferenceView:
    comment: str
    layouts: Table
    translations: Table
    pictures: tuple[DocLink, ...]
    fields: Table
    state: Table
    status_legend: tuple[tuple[str, str], ...]
    bits: tuple[BitsSection, ...]


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
        return f"{member.offset} ({hex_offset(member.offset)})"
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
        f"{md_code(layout.header.name)}: {layout.header.offset} "
        f"({hex_offset(layout.header.offset)}), {layout.header.size} B"
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
                else f"{found.offset} ({hex_offset(found.offset)}), {found.size} B"
            )
        rows.append(tuple(cells))
    return rows


def _bits_section(fmt: BitFormat) -> BitsSection:
    """Flags by bit, each range then its values (as they sit in the field), whole values,
    other masks."""
    rows: list[tuple[str, ...]] = []
    for flag in sorted(fmt.flags, key=lambda f: f.bit):
        rows.append(
            (str(flag.bit), md_code(flag.name), md_text(flag.sdm), md_text(flag.description))
        )
    for r in fmt.ranges:
        rows.append((f"{r.high}:{r.low}", md_code(r.name), md_text(r.sdm), md_text(r.description)))
        rows += [
            (f"`0x{v.value << r.low:x}`", md_code(v.name), md_text(v.sdm), md_text(v.description))
            for v in r.values
        ]
    rows += [
        (f"`0x{v.value:x}`", md_code(v.name), md_text(v.sdm), md_text(v.description))
        for v in fmt.values
    ]
    rows += [
        (f"`0x{c.value:x}` (mask)", md_code(c.name), "", md_text(c.description))
        for c in fmt.constants
    ]
    return BitsSection(
        anchor=fmt.name,
        title=md_text(fmt.title),
        fields=", ".join(md_code(f) for f in fmt.fields),
        table=Table(("Bit or value", "Name", "SDM name", "Description"), tuple(rows)),
    )


def _bits_cell(specs: SpecSet, field: CatalogField) -> str:
    fmt = specs.field_bits(field.name)
    return "\u2014" if fmt is None else f"[{md_text(fmt.title)}](#{fmt.name})"


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
                md_text(", ".join(t.label for t in type_order(spec.copy))),
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
        if specs.bits is not None:
            row.append(_bits_cell(specs, field))
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
            *(("Bits",) if specs.bits is not None else ()),
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
    if specs.bits is not None:
        sources.append(spec_name(specs, BITS_FILE))
    return ReferenceView(
        comment=generated_comment(sources),
        layouts=layouts,
        translations=translations,
        pictures=tuple(picture_paths(specs, plans)),
        fields=fields,
        state=state,
        status_legend=STATUS_LEGEND,
        bits=tuple(_bits_section(fmt) for fmt in specs.bits.formats) if specs.bits else (),
    )
