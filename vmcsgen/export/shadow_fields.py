"""Shadow-field list exporter: c/<layout>_shadow_fields.h for every layout whose members
carry `shadow: ro|rw`, in the shape of KVM's arch/x86/kvm/vmx/vmcs_shadow_fields.h.

The header is an X-macro list: the includer defines SHADOW_FIELD_RO(x, y) and/or
SHADOW_FIELD_RW(x, y) (x the field's enum vmcs_field name, y the struct member) and
includes it, once per table it builds. A 64-bit field is followed by its HIGH half
(x_HIGH, same member), which KVM requires and, on 64-bit hosts, skips; 32-bit hosts
reach bits 63:32 through it at member offset + 4.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered, layout_sources
from vmcsgen.model.encoding import FieldWidth
from vmcsgen.model.spec import Layout, Member, ShadowAccess, SpecSet
from vmcsgen.reading.settings import Config

# KVM's order, narrowest accesses first, with its group comments.
_WIDTH_GROUPS = (
    (FieldWidth.U16, "16-bits"),
    (FieldWidth.U32, "32-bits"),
    (FieldWidth.NATURAL, "Natural width"),
    (FieldWidth.U64, "64-bit"),
)
_MACROS = {ShadowAccess.RO: "SHADOW_FIELD_RO", ShadowAccess.RW: "SHADOW_FIELD_RW"}


@dataclass(frozen=True)
class ShadowEntry:
    macro: str
    field: str
    member: str


@dataclass(frozen=True)
class ShadowGroup:
    comment: str
    entries: tuple[ShadowEntry, ...]


def shadow_groups(layout: Layout) -> tuple[ShadowGroup, ...]:
    """Shadowed fields by width in KVM's group order; within a width in the layout's
    `shadow_order`, or read-only before read/write and then by encoding when the spec
    gives none; every 64-bit field followed by its HIGH half."""
    groups = []
    for width, comment in _WIDTH_GROUPS:
        entries: list[ShadowEntry] = []
        for member in _ordered_shadowed(layout):
            assert member.field is not None and member.shadow is not None
            if member.field.encoding.width is not width:
                continue
            macro = _MACROS[member.shadow]
            entries.append(ShadowEntry(macro, member.field.name, member.name))
            if member.field.encoding.high is not None:
                entries.append(ShadowEntry(macro, f"{member.field.name}_HIGH", member.name))
        if entries:
            groups.append(ShadowGroup(comment, tuple(entries)))
    return tuple(groups)


def _ordered_shadowed(layout: Layout) -> list[Member]:
    shadowed = [m for m in layout.fields if m.shadow is not None and m.field is not None]
    if layout.shadow_order:
        rank = {name: position for position, name in enumerate(layout.shadow_order)}
        return sorted(shadowed, key=lambda m: rank[m.field.name if m.field else ""])
    access_rank = {ShadowAccess.RO: 0, ShadowAccess.RW: 1}
    return sorted(
        shadowed,
        key=lambda m: (
            access_rank[m.shadow] if m.shadow else 0,
            m.field.encoding.value if m.field else 0,
        ),
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    return [
        Rendered(
            f"c/{layout.name}_shadow_fields.h",
            render(
                "shadow_fields/shadow_fields.h.j2",
                layout=layout,
                groups=shadow_groups(layout),
                sources=layout_sources(specs, layout),
                spdx=settings.spdx,
            ),
        )
        for layout in specs.layouts
        if any(m.shadow is not None for m in layout.members)
    ]
