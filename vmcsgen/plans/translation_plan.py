"""The translation plan for one ordered pair of layouts, derived from the specs alone.

Source members are matched to destination members by encoding (fields) or by name
(state such as abort and launch_state). The plan says which byte runs to copy (adjacent
members that keep their relative position are one run), what to fill, and which source
values would be lost: those are blockers, checked before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vmcsgen.model.catalog import HEADER_SIZE, SHADOW_INDICATOR_BIT
from vmcsgen.model.spec import (
    Layout,
    Member,
    MemberKind,
    RetirePolicy,
    SpecSet,
    TranslationMode,
    TranslationSpec,
)
from vmcsgen.plans.layout_tables import UnusedSpan, unused_spans


@dataclass(frozen=True)
class CopyRun:
    """Copy `size` bytes from src+src_offset to dst+dst_offset."""

    src_offset: int
    dst_offset: int
    size: int
    members: tuple[str, ...]

    @property
    def src_end(self) -> int:
        return self.src_offset + self.size

    @property
    def dst_end(self) -> int:
        return self.dst_offset + self.size


@dataclass(frozen=True)
class Fill:
    """Destination bytes no copy writes: zero, or the defaults of members the source lacks."""

    offset: int
    data: bytes

    @property
    def is_zero(self) -> bool:
        return not any(self.data)


@dataclass(frozen=True)
class CopyGroup:
    """Runs that share a clean-field group; mask 0 means always copied."""

    name: str
    mask: int
    runs: tuple[CopyRun, ...]


# How many clean-field groups share one test of all their bits before their own tests (see
# TranslationPlan.group_chunks). Measured with bench/ on the eVMCS entry sync: 5 was the
# only size of 3, 4, 5, 6 and 8 under the KVM-shape copy in every single-group-dirty case.
GROUPS_PER_CHUNK = 5


@dataclass(frozen=True)
class GroupChunk:
    """Consecutive clean-field groups; dirty while any bit of mask is clear (any of its
    groups dirty), so a clean chunk skips the tests of all its groups."""

    mask: int
    groups: tuple[CopyGroup, ...]


@dataclass(frozen=True)
class Blocker:
    """A source value the destination cannot keep: non-default (or too wide) means refuse."""

    name: str
    encoding: int | None
    src_offset: int
    size: int
    default: int
    keep_bytes: int | None  # narrowing: the value must fit in this many bytes
    reason: str

    @property
    def default_bytes(self) -> bytes:
        return self.default.to_bytes(self.size, "little")


@dataclass(frozen=True)
class Discard:
    """A source value dropped by design, and reported when it is not the default: a field
    the destination retires with policy `discard`, or (whole-image conversions) data private
    to the source layout, such as the eVMCS enlightenments."""

    name: str
    encoding: int | None
    src_offset: int
    size: int
    default: int
    reason: str


@dataclass(frozen=True)
class Moved:
    identity: str
    name: str
    src_offset: int
    dst_offset: int
    size: int


@dataclass(frozen=True)
class TranslationPlan:
    spec: TranslationSpec
    source: Layout
    target: Layout
    groups: tuple[CopyGroup, ...]
    fills: tuple[Fill, ...]
    widen_zero: tuple[Fill, ...]  # update mode: upper bytes of widened members
    blockers: tuple[Blocker, ...]
    discards: tuple[Discard, ...]
    added: tuple[Member, ...]  # destination members the source lacks
    moved: tuple[Moved, ...]

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def unused(self) -> tuple[UnusedSpan, ...]:
        """The source bytes that hold no value (reserved members, the tail after the
        struct): no translation carries them, so what is not zero there is reported."""
        return unused_spans(self.source)

    @property
    def carries_shadow(self) -> bool:
        return self.source.shadow_indicator and self.target.shadow_indicator

    @property
    def shadow_blocks(self) -> bool:
        return self.source.shadow_indicator and not self.target.shadow_indicator

    @property
    def header_value(self) -> int:
        return self.target.revision

    @property
    def source_revision_mask(self) -> int:
        return SHADOW_INDICATOR_BIT - 1 if self.source.shadow_indicator else 0xFFFFFFFF

    @property
    def clean_mask(self) -> int:
        """Every clean-field bit a copied group depends on. While all of them are set, every
        group is clean and only the always-copied runs need copying."""
        mask = 0
        for group in self.groups:
            mask |= group.mask
        return mask

    @property
    def group_chunks(self) -> tuple[GroupChunk, ...]:
        """The groups with a test of their own (a mask, and not every clean bit: the group
        that depends on all of them is copied whenever any group is), in plan order and in
        chunks of GROUPS_PER_CHUNK. With one group dirty the sync then takes a branch per
        chunk and per group of one chunk, not one per group, which is what keeps it at or
        under a copy that tests every group in turn."""
        tested = [g for g in self.groups if g.mask and g.mask != self.clean_mask]
        chunks = []
        for start in range(0, len(tested), GROUPS_PER_CHUNK):
            groups = tuple(tested[start : start + GROUPS_PER_CHUNK])
            mask = 0
            for group in groups:
                mask |= group.mask
            chunks.append(GroupChunk(mask, groups))
        return tuple(chunks)

    @property
    def runs(self) -> tuple[CopyRun, ...]:
        return tuple(run for group in self.groups for run in group.runs)

    @property
    def is_update(self) -> bool:
        return self.spec.mode is TranslationMode.UPDATE

    @property
    def pieces(self) -> tuple[CopyRun | Fill, ...]:
        """Convert mode: the runs and fills in destination order; after the 4-byte header
        they tile the destination region exactly."""
        pieces: list[CopyRun | Fill] = [*self.runs, *self.fills]
        pieces.sort(key=lambda p: p.dst_offset if isinstance(p, CopyRun) else p.offset)
        return tuple(pieces)


def _in_scope(member: Member, spec: TranslationSpec) -> bool:
    if member.kind is MemberKind.FIELD:
        return member.type in spec.copy
    return member.kind is MemberKind.STATE and spec.mode is TranslationMode.CONVERT


def _coalesce(pieces: Iterable[CopyRun]) -> tuple[CopyRun, ...]:
    runs: list[CopyRun] = []
    for piece in sorted(pieces, key=lambda r: r.src_offset):
        last = runs[-1] if runs else None
        if last and last.src_end == piece.src_offset and last.dst_end == piece.dst_offset:
            runs[-1] = CopyRun(
                last.src_offset,
                last.dst_offset,
                last.size + piece.size,
                last.members + piece.members,
            )
        else:
            runs.append(piece)
    return tuple(runs)


def _fills(target: Layout, written: list[tuple[int, int]], added: list[Member]) -> list[Fill]:
    image = bytearray(target.size)
    for member in added:
        image[member.offset : member.end] = member.default.to_bytes(member.size, "little")
    covered = bytearray(target.size)
    for begin, end in written:
        covered[begin:end] = b"\x01" * (end - begin)
    fills: list[Fill] = []
    start: int | None = None
    for offset in range(target.size + 1):
        free = offset < target.size and not covered[offset]
        if free and start is None:
            start = offset
        elif not free and start is not None:
            fills.append(Fill(start, bytes(image[start:offset])))
            start = None
    return fills


def build_plan(spec: TranslationSpec, source: Layout, target: Layout) -> TranslationPlan:
    pieces: dict[str, list[CopyRun]] = {}
    widen_zero: list[Fill] = []
    blockers: list[Blocker] = []
    discards: list[Discard] = []
    moved: list[Moved] = []
    written: list[tuple[int, int]] = [(0, HEADER_SIZE)]
    matched: set[str] = set()
    groups = {g.name: g.mask for g in source.clean_fields.groups} if source.clean_fields else {}
    convert = spec.mode is TranslationMode.CONVERT
    for member in source.members:
        encoding = member.field.encoding.value if member.field else None
        if convert and member.kind is MemberKind.PRIVATE:
            reason = f"only {source.name} has it; {target.name} has no place for it"
            discards.append(
                Discard(member.name, None, member.offset, member.size, member.default, reason)
            )
            continue
        if not member.kind.carries_data or not _in_scope(member, spec):
            continue
        dst = target.by_identity.get(member.identity)
        if dst is None:
            retired = target.retired_by_name.get(member.field.name) if member.field else None
            if retired is not None and retired.policy is RetirePolicy.DISCARD:
                discards.append(
                    Discard(
                        member.name,
                        encoding,
                        member.offset,
                        member.size,
                        member.default,
                        retired.reason,
                    )
                )
                continue
            reason = (
                f"retired by {target.name}: {retired.reason}"
                if retired is not None
                else f"{target.name} has no {member.field.name if member.field else member.name}"
            )
            blockers.append(
                Blocker(
                    member.name, encoding, member.offset, member.size, member.default, None, reason
                )
            )
            continue
        matched.add(dst.identity)
        size = min(member.size, dst.size)
        group = member.group if spec.honour_clean_fields and member.group else ""
        pieces.setdefault(group, []).append(CopyRun(member.offset, dst.offset, size, (dst.name,)))
        written.append((dst.offset, dst.offset + size))
        if dst.size > member.size:
            widen_zero.append(Fill(dst.offset + size, bytes(dst.size - size)))
        elif dst.size < member.size:
            blockers.append(
                Blocker(
                    member.name,
                    encoding,
                    member.offset,
                    member.size,
                    member.default,
                    dst.size,
                    f"{target.name} keeps only {dst.size} of its {member.size} bytes",
                )
            )
        if dst.offset != member.offset:
            moved.append(Moved(member.identity, dst.name, member.offset, dst.offset, dst.size))
    added = [
        m
        for m in target.members
        if m.kind.carries_data and m.identity not in matched and _in_scope(m, spec)
    ]
    ordered_groups = sorted(pieces, key=lambda g: (groups.get(g, 0) != 0, groups.get(g, 0), g))
    return TranslationPlan(
        spec=spec,
        source=source,
        target=target,
        groups=tuple(
            CopyGroup(name or "always", groups.get(name, 0), _coalesce(pieces[name]))
            for name in ordered_groups
        ),
        fills=tuple(_fills(target, written, added)) if convert else (),
        widen_zero=() if convert else tuple(widen_zero),
        blockers=tuple(blockers),
        discards=tuple(discards),
        added=tuple(added),
        moved=tuple(moved),
    )


def build_plans(specs: SpecSet) -> tuple[TranslationPlan, ...]:
    return tuple(
        build_plan(spec, specs.by_name[spec.source], specs.by_name[spec.target])
        for spec in specs.translations
    )


def unused_sources(
    plans: Iterable[TranslationPlan],
) -> tuple[tuple[Layout, tuple[UnusedSpan, ...]], ...]:
    """The source layouts with unused spans, each with its spans, in the order plans first
    read them: the generated code checks a layout's spans once, for every plan reading it."""
    found: dict[str, tuple[Layout, tuple[UnusedSpan, ...]]] = {}
    for plan in plans:
        if plan.unused:
            found.setdefault(plan.source.name, (plan.source, plan.unused))
    return tuple(found.values())


def layouts_used(plans: Iterable[TranslationPlan]) -> list[str]:
    """The names of the layouts some plan reads or writes, sorted."""
    return sorted({name for plan in plans for name in (plan.source.name, plan.target.name)})
