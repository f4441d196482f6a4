"""Python exporter: one standard-library-only accessor module per layout, one for translations."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.render import class_name, py_identifier, render
from vmcsgen.export.rendered import Rendered, layout_sources, translation_inputs
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.layout_tables import (
    EncodedAccess,
    encoded_accesses,
    member_summary,
    value_members,
)
from vmcsgen.plans.translation_plan import TranslationPlan, unused_sources
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.loader import spec_name
from vmcsgen.reading.settings import Config

_VIEWS = {1: "_u8", 2: "_u16", 4: "_u32", 8: "_u64"}
_STRUCTS = {1: "_S8", 2: "_S16", 4: "_S32", 8: "_S64"}
_STRUCT_FORMATS = {1: "<B", 2: "<H", 4: "<I", 8: "<Q"}
_METHODS = frozenset(
    {"read", "write", "to_bytes", "to_dict", "from_bytes", "from_dict", "buffer", "new"}
)


@dataclass(frozen=True)
class PythonMember:
    attribute: str
    member: Member
    view: str | None  # typed memoryview attribute, when the member is naturally aligned
    index: int
    struct_name: str
    flag_class: str | None  # the vmcs_bits flag class of the member's field, if it has one

    @property
    def bits(self) -> int:
        return self.member.size * 8

    @property
    def doc(self) -> str:
        return member_summary(self.member)


def _python_member(member: Member, specs: SpecSet) -> PythonMember:
    aligned = member.offset % member.size == 0
    bits = None if member.field is None else specs.field_bits(member.field.name)
    return PythonMember(
        attribute=py_identifier(member.name, _METHODS),
        member=member,
        view=_VIEWS[member.size] if aligned else None,
        index=member.offset // member.size,
        struct_name=_STRUCTS[member.size],
        flag_class=bits.type_name if bits is not None and bits.flags else None,
    )


def render_layout(specs: SpecSet, layout: Layout, sources: list[str], spdx: str) -> str:
    members = [_python_member(m, specs) for m in value_members(layout)]
    if any(m.flag_class for m in members):
        sources = [*sources, spec_name(specs, BITS_FILE)]
    accesses: tuple[EncodedAccess, ...] = encoded_accesses(layout)
    return render(
        "python/layout.py.j2",
        layout=layout,
        sources=sources,
        spdx=spdx,
        class_name=class_name(layout.name),
        members=members,
        unaligned_structs=[
            (_STRUCTS[size], _STRUCT_FORMATS[size])
            for size in sorted({m.member.size for m in members if m.view is None})
        ],
        accesses=accesses,
        defaults=[m for m in layout.members if m.default and m.kind is not MemberKind.RESERVED],
    )


def render_translations(plans: tuple[TranslationPlan, ...], sources: list[str], spdx: str) -> str:
    return render(
        "python/translations.py.j2",
        plans=plans,
        unused_sources=unused_sources(plans),
        sources=sources,
        spdx=spdx,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """python/<layout>.py for every layout, python/vmcs_translations.py for the pairs."""
    rendered = [
        Rendered(
            f"python/{layout.name}.py",
            render_layout(specs, layout, layout_sources(specs, layout), settings.spdx),
        )
        for layout in specs.layouts
    ]
    inputs = translation_inputs(specs)
    if inputs is not None:
        rendered.append(
            Rendered(
                "python/vmcs_translations.py",
                render_translations(inputs.plans, inputs.sources, settings.spdx),
            )
        )
    return rendered
