"""C exporter: one self-contained header per layout, one for translations."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export import c_flavour
from vmcsgen.export.c_flavour import CFlavour
from vmcsgen.export.c_style import commented, fill_literal, number_lines, wrap_call
from vmcsgen.export.render import c_identifier, render
from vmcsgen.export.rendered import Rendered, layout_sources, translation_inputs
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.layout_tables import encoded_accesses, encoding_lookup
from vmcsgen.plans.translation_plan import TranslationPlan, unused_sources
from vmcsgen.reading.settings import Config

# What a layout header uses, so that its flavour includes the headers declaring it.
LAYOUT_USES = (
    c_flavour.COMPILER_HINTS,
    c_flavour.ERRNO,
    c_flavour.INTEGERS,
    c_flavour.MEMCPY,
    c_flavour.NOSPEC,
    c_flavour.OFFSETOF,
    c_flavour.SIZE_T,
    c_flavour.STATIC_ASSERT,
)
TRANSLATIONS_USES = (
    c_flavour.COMPILER_HINTS,
    c_flavour.ERRNO,
    c_flavour.INTEGERS,
    c_flavour.MEMCPY,
    c_flavour.SIZE_T,
)


@dataclass(frozen=True)
class CMember:
    identifier: str
    member: Member
    line: str  # the declaration with its comment, one or more lines


def _comment(member: Member) -> str:
    if member.field:
        return f"{member.offset}: {member.field.name}"
    if member.note:
        return f"{member.offset}: {member.note}"
    return str(member.offset)


def _c_member(member: Member, flavour: CFlavour) -> CMember:
    identifier = c_identifier(member.name)
    reserved = member.kind is MemberKind.RESERVED
    declaration = flavour.declaration(identifier, member.size, reserved=reserved)
    return CMember(identifier, member, commented(declaration, _comment(member)))


def render_layout(layout: Layout, sources: list[str], flavour: CFlavour, spdx: str) -> str:
    prefix = layout.name.upper()
    lookup = encoding_lookup(layout)
    return render(
        "c/layout.h.j2",
        layout=layout,
        sources=sources,
        spdx=spdx,
        flavour=flavour,
        uses=LAYOUT_USES,
        prefix=prefix,
        inline=flavour.inline(prefix),
        members=[_c_member(m, flavour) for m in layout.members],
        accesses=encoded_accesses(layout),
        lookup=lookup,
        lookup_lines=number_lines(lookup.offsets, lookup.columns, indent=2),
        wrap_call=wrap_call,
    )


def render_translations(
    plans: tuple[TranslationPlan, ...], sources: list[str], flavour: CFlavour, spdx: str
) -> str:
    return render(
        "c/translations.h.j2",
        plans=plans,
        unused_sources=unused_sources(plans),
        sources=sources,
        flavour=flavour,
        uses=TRANSLATIONS_USES,
        spdx=spdx,
        wrap_call=wrap_call,
        fill_literal=fill_literal,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/<layout>.h for every layout, c/vmcs_translations.h for the pairs."""
    flavour = c_flavour.c_flavour(settings.c_types)
    rendered = [
        Rendered(
            f"c/{layout.name}.h",
            render_layout(layout, layout_sources(specs, layout), flavour, settings.spdx),
        )
        for layout in specs.layouts
    ]
    inputs = translation_inputs(specs)
    if inputs is not None:
        rendered.append(
            Rendered(
                "c/vmcs_translations.h",
                render_translations(inputs.plans, inputs.sources, flavour, settings.spdx),
            )
        )
    return rendered
