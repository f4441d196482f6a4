"""ctypes equivalents of a layout and of a translation, built from vmcsgen's model."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any, cast

from vmcsbench.c_codegen import plan_pieces
from vmcsgen.export.render import class_name, py_identifier
from vmcsgen.model.spec import Layout, Member, MemberKind
from vmcsgen.plans.translation_plan import TranslationPlan

Struct = type[ctypes.LittleEndianStructure]
_SCALARS: dict[int, Any] = {
    1: ctypes.c_uint8,
    2: ctypes.c_uint16,
    4: ctypes.c_uint32,
    8: ctypes.c_uint64,
}


def attribute(member: Member) -> str:
    return py_identifier(member.name)


def _ctype(member: Member) -> Any:
    if member.kind is MemberKind.RESERVED:
        return ctypes.c_uint8 * member.size
    return _SCALARS[member.size]


def struct_for(layout: Layout) -> Struct:
    """A packed little-endian structure with one attribute per member, region-sized."""
    fields: list[tuple[str, Any]] = [(attribute(m), _ctype(m)) for m in layout.members]
    tail = layout.size - layout.struct_size
    if tail:
        fields.append(("_tail", ctypes.c_uint8 * tail))
    namespace = {"_pack_": 1, "_fields_": fields}
    struct = type(f"C{class_name(layout.name)}", (ctypes.LittleEndianStructure,), namespace)
    assert ctypes.sizeof(struct) == layout.size
    return cast(Struct, struct)


def value_names(layout: Layout) -> tuple[str, ...]:
    """The attributes a to_dict() reports: every member but reserved space."""
    return tuple(attribute(m) for m in layout.members if m.kind is not MemberKind.RESERVED)


def _blocker_checks(plan: TranslationPlan) -> list[str]:
    source = {m.name: m for m in plan.source.members}
    lines = []
    for blocker in plan.blockers:
        if blocker.name not in source:
            continue
        value = f"s.{attribute(source[blocker.name])}"
        if blocker.keep_bytes is None:
            test = f"{value} != {blocker.default:#x}"
        else:
            test = f"{value} >> {8 * blocker.keep_bytes}"
        lines += [f"    if {test}:", f"        raise ValueError('{plan.name}: blocked')"]
    return lines


def translation_source(plan: TranslationPlan) -> str:
    """Straight-line Python: from_buffer_copy, revision check, one assignment per member."""
    src_header, dst_header = attribute(plan.source.header), attribute(plan.target.header)
    lines = [
        "def translate(data):",
        "    s = Source.from_buffer_copy(data)",
        f"    if s.{src_header} & {plan.source_revision_mask:#x} != {plan.source.revision:#x}:",
        f"        raise ValueError('not a {plan.source.name} region')",
        *_blocker_checks(plan),
        "    d = Target()",
        f"    d.{dst_header} = {plan.header_value:#x}",
    ]
    lines += [f"    d.{attribute(p.dst)} = s.{attribute(p.src)}" for p in plan_pieces(plan)]
    lines += [f"    d.{attribute(m)} = {m.default:#x}" for m in plan.added if m.default]
    lines.append("    return d")
    return "\n".join(lines) + "\n"


def translation(plan: TranslationPlan) -> Callable[[bytes], ctypes.LittleEndianStructure]:
    namespace: dict[str, Any] = {
        "Source": struct_for(plan.source),
        "Target": struct_for(plan.target),
    }
    exec(compile(translation_source(plan), f"<ctypes {plan.name}>", "exec"), namespace)
    return cast(Callable[[bytes], ctypes.LittleEndianStructure], namespace["translate"])


def translation_loop(plan: TranslationPlan) -> Callable[[bytes], ctypes.LittleEndianStructure]:
    """The everyday form: a table of attribute names and a getattr/setattr loop."""
    source_cls, target_cls = struct_for(plan.source), struct_for(plan.target)
    src_header, dst_header = attribute(plan.source.header), attribute(plan.target.header)
    mask, revision, header = plan.source_revision_mask, plan.source.revision, plan.header_value
    names = {m.name: attribute(m) for m in plan.source.members}
    checks = tuple(
        (names[b.name], b.default, 8 * b.keep_bytes if b.keep_bytes is not None else None)
        for b in plan.blockers
        if b.name in names
    )
    pairs = tuple((attribute(p.dst), attribute(p.src)) for p in plan_pieces(plan))
    defaults = tuple((attribute(m), m.default) for m in plan.added if m.default)

    def translate(data: bytes) -> ctypes.LittleEndianStructure:
        s = source_cls.from_buffer_copy(data)
        if getattr(s, src_header) & mask != revision:
            raise ValueError(f"not a {plan.source.name} region")
        for name, default, shift in checks:
            value = getattr(s, name)
            if value >> shift if shift is not None else value != default:
                raise ValueError(f"{plan.name}: blocked")
        d = target_cls()
        setattr(d, dst_header, header)
        for dst, src in pairs:
            setattr(d, dst, getattr(s, src))
        for dst, value in defaults:
            setattr(d, dst, value)
        return d

    return translate
