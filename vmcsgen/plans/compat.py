"""`vmcsgen diff OLD NEW`: can NEW read a VMCS image that OLD wrote? (cf. `buf breaking`, VMState)

With the same revision id nothing tells NEW that an image is OLD's, so NEW reads OLD's bytes
where they are: every data member must keep its offset, size, encoding and clean-field group,
and new members may only take bytes OLD left unused. With a different revision id an image
can be recognised and translated, so a change is compatible exactly when a translation
OLD -> NEW is declared; the report then says what that translation does.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from vmcsgen.model.diagnostics import Location
from vmcsgen.model.spec import Layout, Member, MemberKind, RetirePolicy, TranslationSpec
from vmcsgen.plans.translation_plan import TranslationPlan, build_plan

LAYOUT_LEVEL = -1  # sorts findings about the layout as a whole before its members


class Verdict(enum.Enum):
    BREAKING = "breaking"
    COMPATIBLE = "compatible"


@dataclass(frozen=True)
class Finding:
    offset: int
    location: Location
    verdict: Verdict
    change: str  # moved, removed, added, ...: what the summary counts
    message: str

    def __str__(self) -> str:
        return f"{self.location.path}:{self.location.line}: {self.verdict.value}: {self.message}"


@dataclass(frozen=True)
class LayoutDiff:
    old: Layout
    new: Layout
    labels: tuple[str, str]
    findings: tuple[Finding, ...]

    @property
    def breaking(self) -> bool:
        return any(f.verdict is Verdict.BREAKING for f in self.findings)

    @property
    def exit_status(self) -> int:
        return 1 if self.breaking else 0

    def summary(self) -> str:
        head = f"{self.labels[0]} → {self.labels[1]}"
        if not self.findings:
            return f"{head}: identical (no findings)"
        parts = []
        for verdict in Verdict:
            counts = Counter(f.change for f in self.findings if f.verdict is verdict)
            if counts:
                detail = ", ".join(
                    f"{n} {change}" for change, n in sorted(counts.items(), key=lambda i: -i[1])
                )
                parts.append(f"{counts.total()} {verdict.value} ({detail})")
        overall = Verdict.BREAKING if self.breaking else Verdict.COMPATIBLE
        return f"{head}: {overall.value}: {'; '.join(parts)}"

    def lines(self) -> list[str]:
        return [*(str(f) for f in self.findings), self.summary()]


def _describe(member: Member) -> str:
    if member.field is not None:
        return f"{member.name} ({member.field.name})"
    return f"{member.kind.value} {member.name}"


def _change(before: int, after: int) -> str:
    return str(after) if before == after else f"{before} → {after}"


def _geometry(old: Member, new: Member) -> str:
    return f"offset {_change(old.offset, new.offset)}, {_change(old.size, new.size)} bytes"


def _place(member: Member) -> str:
    return f"offset {member.offset}, {member.size} bytes"


def _occupants(layout: Layout, member: Member) -> list[Member]:
    """The members of `layout` holding data in `member`'s bytes (reserved bytes hold none)."""
    return [
        m
        for m in layout.members
        if m.kind is not MemberKind.RESERVED and m.offset < member.end and member.offset < m.end
    ]


def _names(members: list[Member]) -> str:
    return ", ".join(_describe(m) for m in members)


def _finding(member: Member, verdict: Verdict, change: str, message: str) -> Finding:
    return Finding(member.offset, member.location, verdict, change, message)


def _pairs(old: Layout, new: Layout) -> list[tuple[Member | None, Member | None]]:
    olds = {m.identity: m for m in old.members if m.kind is not MemberKind.HEADER}
    news = {m.identity: m for m in new.members if m.kind is not MemberKind.HEADER}
    # A field that kept its name but not its encoding is one change, not a removal and an add.
    renumbered = {m.name: m for key, m in olds.items() if m.field and key not in news}
    pairs: list[tuple[Member | None, Member | None]] = [(old.header, new.header)]
    for key, member in news.items():
        before = olds.pop(key, None)
        if before is None and member.field and member.name in renumbered:
            before = olds.pop(renumbered[member.name].identity)
        pairs.append((before, member))
    pairs.extend((member, None) for member in olds.values())
    return pairs


def _removed(member: Member, new: Layout) -> Finding:
    if member.kind is MemberKind.RESERVED:
        return _finding(
            member, Verdict.COMPATIBLE, "reserved", f"{_describe(member)} gone ({_place(member)})"
        )
    retired = new.retired_by_name.get(member.field.name) if member.field else None
    what = f"{_describe(member)} removed ({_place(member)})"
    if retired is None:
        return _finding(member, Verdict.BREAKING, "removed", what)
    taken = _occupants(new, member)
    # A discarded value whose bytes NEW leaves unused is ignored, as KVM did for cr3_target_*.
    if retired.policy is RetirePolicy.DISCARD and not taken:
        return _finding(member, Verdict.COMPATIBLE, "retired", f"{what}, retired: {retired.reason}")
    why = (
        f"its bytes now hold {_names(taken)}"
        if taken
        else "its policy is refuse: the value would be lost"
    )
    return _finding(member, Verdict.BREAKING, "removed", f"{what}, retired but {why}")


def _added(member: Member, old: Layout) -> Finding:
    where = f"({_place(member)})"
    if member.kind is MemberKind.RESERVED:
        return _finding(
            member, Verdict.COMPATIBLE, "reserved", f"{_describe(member)} added {where}"
        )
    taken = _occupants(old, member)
    if taken:
        message = f"{_describe(member)} added over {_names(taken)} {where}"
        return _finding(member, Verdict.BREAKING, "added", message)
    space = "beyond the old struct end" if member.offset >= old.struct_size else "in reserved space"
    return _finding(
        member, Verdict.COMPATIBLE, "added", f"{_describe(member)} added {space} {where}"
    )


def _changed(before: Member, after: Member, old: Layout, new: Layout) -> Iterator[Finding]:
    name = _describe(after)
    if after.kind is MemberKind.HEADER:
        if old.shadow_indicator != new.shadow_indicator:
            state = "gains" if new.shadow_indicator else "loses"
            message = f"{name} {state} the shadow-VMCS indicator (bit 31)"
            yield _finding(after, Verdict.BREAKING, "header", message)
    elif before.field and after.field and before.field.encoding != after.field.encoding:
        message = (
            f"{after.name} encoding {before.field.name} {before.field.encoding.value:#010x} → "
            f"{after.field.name} {after.field.encoding.value:#010x} ({_geometry(before, after)})"
        )
        yield _finding(after, Verdict.BREAKING, "encoding", message)
    elif (before.offset, before.size) != (after.offset, after.size):
        change = "moved" if before.offset != after.offset else "resized"
        verdict = Verdict.COMPATIBLE if after.kind is MemberKind.RESERVED else Verdict.BREAKING
        was = "" if before.name == after.name else f", was {before.name}"
        message = f"{name} {change} ({_geometry(before, after)}{was})"
        yield _finding(
            after, verdict, "reserved" if verdict is Verdict.COMPATIBLE else change, message
        )
        return
    if before.name != after.name:
        message = f"{_describe(before)} renamed {after.name} ({_place(after)})"
        yield _finding(after, Verdict.COMPATIBLE, "renamed", message)
    if old.clean_fields and new.clean_fields and before.group != after.group:
        message = (
            f"{name} clean-field group {before.group} → {after.group} ({_place(after)}): a "
            "hypervisor honouring one side's groups would skip it on the other side's clean bits"
        )
        yield _finding(after, Verdict.BREAKING, "group", message)


def _layout_changes(old: Layout, new: Layout) -> Iterator[Finding]:
    if new.size != old.size:
        verdict = Verdict.BREAKING if new.size < old.size else Verdict.COMPATIBLE
        state = "shrinks" if new.size < old.size else "grows"
        message = f"region {state} ({old.size} → {new.size} bytes)"
        yield Finding(min(old.size, new.size), new.location, verdict, "region", message)
    if old.clean_fields is None or new.clean_fields is None:
        yield from _clean_fields_dropped_or_added(old, new)
        return
    if old.clean_fields.member != new.clean_fields.member:
        message = (
            f"clean-field mask member {old.clean_fields.member} → {new.clean_fields.member}: "
            "a hypervisor would read clean bits where the guest keeps other data"
        )
        yield Finding(LAYOUT_LEVEL, new.location, Verdict.BREAKING, "mask", message)
    before, after = old.clean_fields.by_name, new.clean_fields.by_name
    for group in [*before, *(g for g in after if g not in before)]:
        a, b = before.get(group), after.get(group)
        if a is None or b is None or a.mask != b.mask:
            masks = f"{'-' if a is None else hex(a.mask)} → {'-' if b is None else hex(b.mask)}"
            verdict = Verdict.COMPATIBLE if a is None else Verdict.BREAKING
            why = (
                "no member of OLD is in it"
                if a is None
                else "a hypervisor would skip the group on bits the guest does not clear"
            )
            message = f"clean-field group {group} mask {masks}: {why}"
            yield Finding(LAYOUT_LEVEL, new.location, verdict, "mask", message)


def _clean_fields_dropped_or_added(old: Layout, new: Layout) -> Iterator[Finding]:
    """Clean fields on one side only. A guest built for the side without them clears no
    clean bit when it writes a field, and a hypervisor built for the other side skips every
    group whose bits it finds set: fields the guest changed would not be copied."""
    kept = old.clean_fields or new.clean_fields
    if kept is None:
        return
    gone = new.clean_fields is None
    state = "removed" if gone else "added"
    writer, reader = ("NEW", "OLD") if gone else ("OLD", "NEW")
    message = (
        f"clean fields {state} (mask member {kept.member}, {len(kept.groups)} groups): a "
        f"hypervisor honouring {reader}'s groups would skip fields that a guest built for "
        f"{writer} changed, as {writer} clears no clean bit"
    )
    yield Finding(LAYOUT_LEVEL, new.location, Verdict.BREAKING, "clean fields", message)
    for group in kept.groups:
        message = f"clean-field group {group.name} (mask {group.mask:#x}) {state}"
        yield Finding(LAYOUT_LEVEL, new.location, Verdict.BREAKING, "mask", message)
    grouped = [m.name for m in (old if gone else new).members if m.group is not None]
    if grouped:
        shown = ", ".join(grouped[:3]) + (", ..." if len(grouped) > 3 else "")
        change = "lose their" if gone else "gain a"
        message = f"{len(grouped)} members {change} clean-field group ({shown})"
        yield Finding(LAYOUT_LEVEL, new.location, Verdict.BREAKING, "group", message)


def _same_revision(old: Layout, new: Layout) -> Iterator[Finding]:
    yield from _layout_changes(old, new)
    for before, after in _pairs(old, new):
        if after is None:
            assert before is not None
            yield _removed(before, new)
        elif before is None:
            yield _added(after, old)
        else:
            yield from _changed(before, after, old, new)


def _counts(plan: TranslationPlan) -> str:
    return (
        f"{len(plan.moved)} moved, {len(plan.added)} added, {len(plan.discards)} discarded, "
        f"{len(plan.blockers)} blockers"
    )


def _translated(old: Layout, new: Layout, declared: Sequence[TranslationSpec]) -> Iterator[Finding]:
    by_pair = {(t.source, t.target): t for t in declared if t.is_conversion}
    forward, back = by_pair.get((old.name, new.name)), by_pair.get((new.name, old.name))
    revision = f"revision {old.revision:#010x} → {new.revision:#010x}"
    if forward is None:
        message = f"{revision} and no translation {old.name} → {new.name} declared"
        yield Finding(LAYOUT_LEVEL, new.location, Verdict.BREAKING, "translation", message)
        return
    plan = build_plan(forward, old, new)
    compatible = Verdict.COMPATIBLE
    message = f"{revision}, translated by {plan.name}: {_counts(plan)}"
    yield Finding(LAYOUT_LEVEL, forward.location, compatible, "translation", message)
    if back is None:
        message = f"no translation {new.name} → {old.name} declared: no way back"
        yield Finding(LAYOUT_LEVEL, new.location, compatible, "translation", message)
    else:
        message = f"translated back by {back.name}: {_counts(build_plan(back, new, old))}"
        yield Finding(LAYOUT_LEVEL, back.location, compatible, "translation", message)
    olds = {m.name: m for m in old.members}
    for moved in plan.moved:
        before, after = old.by_identity[moved.identity], new.by_identity[moved.identity]
        message = f"{_describe(after)} moved ({_geometry(before, after)})"
        yield _finding(after, compatible, "moved", message)
    for member in plan.added:
        value = "left as it was" if plan.is_update else f"set to {member.default:#x}"
        message = f"{_describe(member)} added ({_place(member)}), {value}"
        yield _finding(member, compatible, "added", message)
    for discard in plan.discards:
        member = olds[discard.name]
        message = f"{_describe(member)} discarded ({_place(member)}): {discard.reason}"
        yield _finding(member, compatible, "retired", message)
    for blocker in plan.blockers:
        member = olds[blocker.name]
        keeps = blocker.keep_bytes
        unless = f"it fits in {keeps} bytes" if keeps else f"it is {blocker.default:#x}"
        message = (
            f"{_describe(member)} refused unless {unless} ({_place(member)}): {blocker.reason}"
        )
        yield _finding(member, compatible, "blocker", message)
    if plan.shadow_blocks:
        message = f"{_describe(new.header)}: {plan.name} refuses shadow-VMCS images"
        yield _finding(new.header, compatible, "blocker", message)


def diff_layouts(
    old: Layout,
    new: Layout,
    translations: Sequence[TranslationSpec],
    labels: tuple[str, str] | None = None,
) -> LayoutDiff:
    """Every difference that matters to an image OLD wrote and NEW reads, ordered by offset."""
    found = (
        _same_revision(old, new)
        if old.revision == new.revision
        else _translated(old, new, translations)
    )
    return LayoutDiff(
        old,
        new,
        labels or (old.name, new.name),
        tuple(sorted(found, key=lambda f: f.offset)),  # stable: ties keep their order
    )
