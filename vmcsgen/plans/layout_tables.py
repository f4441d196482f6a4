"""Tables derived from one layout: the O(1) encoding lookup and per-member storage facts."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.spec import Layout, Member, MemberKind

GROUP_COUNT = 16  # width (2 bits) and type (2 bits) of an encoding


@dataclass(frozen=True)
class EncodingLookup:
    """Field offsets indexed by `group * columns + index`; 0 means no such field.

    group is width<<2 | type (4 bits), index is encoding bits 9:1. Offset 0 is always the
    header, never a field, so it can stand for "absent". HIGH encodings reuse the full
    field's slot (offset + 4), which keeps the table at 16 x (max index + 1) entries.
    """

    columns: int
    offsets: tuple[int, ...]

    @property
    def size(self) -> int:
        return len(self.offsets)


def encoding_lookup(layout: Layout) -> EncodingLookup:
    columns = layout.max_field_index + 1
    offsets = [0] * (GROUP_COUNT * columns)
    for member in layout.fields:
        assert member.field is not None
        encoding = member.field.encoding
        offsets[encoding.lookup_group * columns + encoding.index] = member.offset
    return EncodingLookup(columns, tuple(offsets))


@dataclass(frozen=True)
class EncodedAccess:
    """One VMREAD/VMWRITE target: an encoding (full or HIGH) and the bytes it reaches."""

    encoding: int
    name: str
    offset: int
    size: int


def encoded_accesses(layout: Layout) -> tuple[EncodedAccess, ...]:
    """Every encoding the layout answers to, HIGH halves of 64-bit fields included."""
    result: list[EncodedAccess] = []
    for member in layout.fields:
        assert member.field is not None
        encoding = member.field.encoding
        result.append(EncodedAccess(encoding.value, member.field.name, member.offset, member.size))
        if encoding.high is not None:
            result.append(
                EncodedAccess(encoding.high, f"{member.field.name}_HIGH", member.offset + 4, 4)
            )
    return tuple(sorted(result, key=lambda a: a.encoding))


def member_summary(member: Member) -> str:
    """One line on a member for generated docs: its field, encoding, width, type and offset,
    or its kind, offset, size and note."""
    if member.field is not None:
        enc = member.field.encoding
        return (
            f"{member.field.name} (0x{enc.value:08x}): {enc.width.label} {enc.type.label}, "
            f"offset {member.offset}."
        )
    note = f" {member.note}." if member.note else ""
    return f"{member.kind.value} member, offset {member.offset}, {member.size} bytes.{note}"


def value_members(layout: Layout) -> tuple[Member, ...]:
    """Members that hold one integer: everything but reserved space."""
    return tuple(m for m in layout.members if m.kind is not MemberKind.RESERVED)


@dataclass(frozen=True)
class UnusedSpan:
    """Bytes of the region that hold no value under this layout: a reserved member, or the
    rest of the region after the struct."""

    name: str
    offset: int
    size: int

    @property
    def end(self) -> int:
        return self.offset + self.size

    def nonzero(self, region: bytes) -> int:
        """How many of these bytes are not zero in `region`."""
        span = region[self.offset : self.end]
        return len(span) - span.count(0)


AFTER_THE_STRUCT = "(after the struct)"


def unused_spans(layout: Layout) -> tuple[UnusedSpan, ...]:
    """What a translation never carries and a region written by this layout leaves zero."""
    spans = [
        UnusedSpan(m.name, m.offset, m.size)
        for m in layout.members
        if m.kind is MemberKind.RESERVED
    ]
    if layout.struct_size < layout.size:
        spans.append(
            UnusedSpan(AFTER_THE_STRUCT, layout.struct_size, layout.size - layout.struct_size)
        )
    return tuple(spans)
