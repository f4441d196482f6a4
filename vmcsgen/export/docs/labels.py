"""Words the pictures and the reference share: offsets in hex, field-type order, member
tooltips, and the do-not-edit comment naming the sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vmcsgen import __version__
from vmcsgen.export.render import wrap_comment
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.spec import Layout, Member, MemberKind

REFERENCE_FILE = "field_reference.md"
LAYOUT_DIR_OUT = "layouts"
PAIR_DIR_OUT = "translations"

KIND_LABELS: dict[MemberKind, str] = {
    MemberKind.HEADER: "header: revision id",
    MemberKind.STATE: "implementation state",
    MemberKind.PRIVATE: "private to this layout",
    MemberKind.RESERVED: "reserved / padding",
}


def hex_offset(value: int, digits: int = 3) -> str:
    return f"0x{value:0{digits}x}"


def comment_safe(text: str) -> str:
    """XML comments may not contain "--"."""
    while "--" in text:
        text = text.replace("--", "- -")
    return text


def type_order(types: Iterable[FieldType]) -> list[FieldType]:
    return sorted(types, key=lambda t: t.value)


def member_tooltip(layout: Layout, member: Member) -> str:
    """Name, encoding, offset and size, then what kind of member it is."""
    lines = [member.name]
    if member.field is not None:
        enc = member.field.encoding
        lines.append(f"{member.field.name}, encoding 0x{enc.value:08x}")
        lines.append(f"{enc.width.label} {enc.type.label}")
    else:
        lines.append(f"{KIND_LABELS[member.kind]}, no encoding")
    end = member.end - 1
    lines.append(
        f"offset {hex_offset(member.offset)} ({member.offset}), {member.size} "
        f"byte{'s' if member.size != 1 else ''}"
        + (f", bytes {hex_offset(member.offset)}\u2013{hex_offset(end)}" if member.size > 8 else "")
    )
    if member.group is not None and layout.clean_fields is not None:
        mask = layout.clean_fields.by_name[member.group].mask
        lines.append(f"clean-field group {member.group} (mask 0x{mask:04x})")
    if layout.clean_fields is not None and member.name == layout.clean_fields.member:
        lines.append("holds the clean-field mask")
    if member.note:
        lines.extend(wrap_comment(member.note, 72))
    return "\n".join(lines)


def generated_comment(sources: Sequence[str]) -> str:
    return comment_safe(
        f"Generated from {', '.join(sources)} by vmcsgen {__version__}; do not edit. "
        "Regenerate with: vmcsgen docs"
    )
