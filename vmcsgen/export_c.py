"""C exporter: one self-contained header per layout, one for translations."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.layout_tables import encoded_accesses, encoding_lookup
from vmcsgen.model import Layout, Member, MemberKind
from vmcsgen.render import c_identifier, render
from vmcsgen.translation_plan import TranslationPlan


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


@dataclass(frozen=True)
class CMember:
    identifier: str
    member: Member
    declaration: str


def _c_member(member: Member, types: CTypes) -> CMember:
    identifier = c_identifier(member.name)
    if member.kind is MemberKind.RESERVED:
        declaration = f"{types.byte} {identifier}[{member.size}];"
    else:
        declaration = f"{types.unsigned(member.size)} {identifier};"
    return CMember(identifier, member, declaration)


def render_layout(layout: Layout, sources: list[str], types: CTypes, spdx: str) -> str:
    return render(
        "c_layout.h.j2",
        layout=layout,
        sources=sources,
        spdx=spdx,
        types=types,
        prefix=layout.name.upper(),
        members=[_c_member(m, types) for m in layout.members],
        accesses=encoded_accesses(layout),
        lookup=encoding_lookup(layout),
    )


def render_translations(
    plans: tuple[TranslationPlan, ...], sources: list[str], types: CTypes, spdx: str
) -> str:
    return render("c_translations.h.j2", plans=plans, sources=sources, types=types, spdx=spdx)
