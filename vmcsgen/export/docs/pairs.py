"""What a translation does to each member of its source and destination: copied in
place, moved with a run, added, blocked, discarded or left untouched."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.docs.colours import (
    ADDED,
    BLOCKER,
    DISCARDED,
    HATCH,
    IN_PLACE,
    KIND_COLOURS,
    RUN_PALETTE,
    UNTOUCHED,
)
from vmcsgen.export.docs.labels import hex_offset
from vmcsgen.model.spec import Member, MemberKind
from vmcsgen.plans.translation_plan import TranslationPlan


@dataclass(frozen=True)
class PairStatus:
    category: str
    fill: str
    note: str
    run: int | None = None


class PairClassifier:
    """What a translation does to each source and destination member."""

    def __init__(self, plan: TranslationPlan) -> None:
        self.plan = plan
        self.runs = sorted(plan.runs, key=lambda r: (r.src_offset, r.dst_offset))
        self.colours: dict[int, str] = {}
        moved = 0
        for i, run in enumerate(self.runs):
            if run.src_offset != run.dst_offset:
                self.colours[i] = RUN_PALETTE[moved % len(RUN_PALETTE)]
                moved += 1
        self.blockers = {b.name: b for b in plan.blockers}
        self.discards = {d.name: d for d in plan.discards}
        self.added = {m.name for m in plan.added}
        position = {id(run): i for i, run in enumerate(self.runs)}
        self.group_of: dict[int, str] = {
            position[id(run)]: group.name for group in plan.groups for run in group.runs
        }

    def _run_at(self, offset: int, source: bool) -> int | None:
        for i, run in enumerate(self.runs):
            start = run.src_offset if source else run.dst_offset
            if start <= offset < start + run.size:
                return i
        return None

    def _copied(self, index: int, source: bool) -> PairStatus:
        run = self.runs[index]
        delta = run.dst_offset - run.src_offset
        other = self.plan.target if source else self.plan.source
        if delta:
            where = f"{hex_offset(run.dst_offset)}" if source else f"{hex_offset(run.src_offset)}"
            note = (
                f"moved {delta:+d} bytes: {'to' if source else 'from'} the run at {where} "
                f"in {other.name}"
            )
            return PairStatus("moved", self.colours[index], note, index)
        return PairStatus("in-place", IN_PLACE, f"copied in place ({other.name})", index)

    def source(self, member: Member) -> PairStatus:
        plan = self.plan
        if member.kind is MemberKind.HEADER:
            return PairStatus("header", KIND_COLOURS[MemberKind.HEADER], "revision id: checked")
        if member.kind is MemberKind.RESERVED:
            return PairStatus("reserved", HATCH, "reserved: not read")
        blocker = self.blockers.get(member.name)
        if blocker is not None:
            keep = (
                f"; must fit in {blocker.keep_bytes} bytes"
                if blocker.keep_bytes is not None
                else f"; must hold its default 0x{blocker.default:x}"
            )
            return PairStatus("blocker", BLOCKER, f"blocker: {blocker.reason}{keep}")
        discard = self.discards.get(member.name)
        if discard is not None:
            return PairStatus("discarded", DISCARDED, f"discarded: {discard.reason}")
        index = self._run_at(member.offset, source=True)
        if index is not None:
            return self._copied(index, source=True)
        if member.kind is MemberKind.PRIVATE:
            why = f"private to {plan.source.name}"
        elif member.kind is MemberKind.STATE:
            why = "state is not written by an update"
        else:
            why = "its type is not in this translation's copy list"
        return PairStatus("untouched", UNTOUCHED, f"not copied: {why}")

    def target(self, member: Member) -> PairStatus:
        plan = self.plan
        if member.kind is MemberKind.HEADER:
            note = (
                f"revision id: set to 0x{plan.target.revision:08x}"
                if not plan.is_update
                else "revision id: left as is"
            )
            return PairStatus("header", KIND_COLOURS[MemberKind.HEADER], note)
        if member.kind is MemberKind.RESERVED:
            return PairStatus(
                "reserved", HATCH, "reserved: zeroed" if not plan.is_update else "reserved"
            )
        index = self._run_at(member.offset, source=False)
        if index is not None:
            return self._copied(index, source=False)
        if member.name in self.added:
            note = (
                f"added: {plan.source.name} lacks it; left as is by the update"
                if plan.is_update
                else f"added: {plan.source.name} lacks it; set to its default "
                f"0x{member.default:x}"
            )
            return PairStatus("added", ADDED, note)
        why = "left as is by the update" if plan.is_update else "zeroed"
        return PairStatus("untouched", UNTOUCHED, f"not copied: {why}")
