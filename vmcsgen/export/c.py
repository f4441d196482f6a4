"""C exporter: one self-contained header per layout, one for translations."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.c_style import commented, fill_literal, number_lines, wrap_call
from vmcsgen.export.render import c_identifier, render
from vmcsgen.export.rendered import Rendered, layout_sources, translation_inputs
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.layout_tables import encoded_accesses, encoding_lookup
from vmcsgen.plans.translation_plan import TranslationPlan
from vmcsgen.reading.settings import Config


@dataclass(frozen=True)
class CTypes:
    """The integer type names a consumer asked for in [tool.vmcsgen] c_types."""

    style: str

    def unsigned(self, size: int) -> str:
        if self.style == "kernel":
            return f"u{size * 8}"
        return f"uint{size * 8}_t"

    @property
    def byte(self) -> str:
        return self.unsigned(1)

    def declaration(self, name: str, size: int, *, reserved: bool) -> str:
        """A struct member: reserved space as a byte array, anything else one integer."""
        if reserved:
            return f"{self.byte} {name}[{size}];"
        return f"{self.unsigned(size)} {name};"

    @property
    def kernel(self) -> bool:
        return self.style == "kernel"

    @property
    def packed(self) -> str:
        return "__packed" if self.kernel else "__attribute__((packed))"

    def bit64(self, bit: int) -> str:
        """Bit `bit` of a 64-bit mask (<linux/bits.h> in the kernel flavour)."""
        return f"BIT_ULL({bit})" if self.kernel else f"(1ULL << {bit})"

    def inline(self, prefix: str) -> str:
        """How an always-inlined function is declared: the accessors (so that a constant
        encoding resolves at compile time) and the per-exit sync bodies. The user flavour
        uses the header's <prefix>_INLINE macro, plain inline for non-GNU compilers."""
        return "static __always_inline" if self.kernel else f"{prefix}_INLINE"


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


def _c_member(member: Member, types: CTypes) -> CMember:
    identifier = c_identifier(member.name)
    reserved = member.kind is MemberKind.RESERVED
    declaration = types.declaration(identifier, member.size, reserved=reserved)
    return CMember(identifier, member, commented(declaration, _comment(member)))


def render_layout(layout: Layout, sources: list[str], types: CTypes, spdx: str) -> str:
    prefix = layout.name.upper()
    lookup = encoding_lookup(layout)
    return render(
        "c/layout.h.j2",
        layout=layout,
        sources=sources,
        spdx=spdx,
        types=types,
        prefix=prefix,
        inline=types.inline(prefix),
        members=[_c_member(m, types) for m in layout.members],
        accesses=encoded_accesses(layout),
        lookup=lookup,
        lookup_lines=number_lines(lookup.offsets, lookup.columns, indent=2),
        wrap_call=wrap_call,
    )


def render_translations(
    plans: tuple[TranslationPlan, ...], sources: list[str], types: CTypes, spdx: str
) -> str:
    return render(
        "c/translations.h.j2",
        plans=plans,
        sources=sources,
        types=types,
        spdx=spdx,
        wrap_call=wrap_call,
        fill_literal=fill_literal,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/<layout>.h for every layout, c/vmcs_translations.h for the pairs."""
    types = CTypes(settings.c_types)
    rendered = [
        Rendered(
            f"c/{layout.name}.h",
            render_layout(layout, layout_sources(specs, layout), types, settings.spdx),
        )
        for layout in specs.layouts
    ]
    inputs = translation_inputs(specs)
    if inputs is not None:
        rendered.append(
            Rendered(
                "c/vmcs_translations.h",
                render_translations(inputs.plans, inputs.sources, types, settings.spdx),
            )
        )
    return rendered
