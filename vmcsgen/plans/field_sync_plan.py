"""A field-exact sync resolved against its layouts: for each block, the member assignments
it makes, in the spec's order, and the members it leaves alone."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.spec import ElsewhereCopy, FieldSync, Layout, SpecSet


@dataclass(frozen=True)
class Assignment:
    target: str  # member of the destination layout
    source: str  # member of the source layout


@dataclass(frozen=True)
class AssignmentBlock:
    group: str | None  # copied only while this clean-field group is dirty; None: always
    assignments: tuple[Assignment, ...]
    elsewhere: tuple[ElsewhereCopy, ...]  # after the assignments


@dataclass(frozen=True)
class LeftAlone:
    reason: str
    members: tuple[str, ...]  # destination members


@dataclass(frozen=True)
class FieldSyncPlan:
    sync: FieldSync
    source: Layout
    target: Layout
    blocks: tuple[AssignmentBlock, ...]
    left_alone: tuple[LeftAlone, ...]

    @property
    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(a for block in self.blocks for a in block.assignments)


def _member(layout: Layout, field: str) -> str:
    # The loader checked that both layouts hold every field a sync names.
    return layout.by_identity[f"field:{field}"].name


def build_field_sync_plan(specs: SpecSet, sync: FieldSync) -> FieldSyncPlan:
    source, target = specs.by_name[sync.source], specs.by_name[sync.target]
    blocks = tuple(
        AssignmentBlock(
            block.group,
            tuple(Assignment(_member(target, f), _member(source, f)) for f in block.fields),
            block.elsewhere,
        )
        for block in sync.blocks
    )
    left_alone = tuple(
        LeftAlone(entry.reason, tuple(_member(target, f) for f in entry.fields))
        for entry in sync.not_copied
    )
    return FieldSyncPlan(sync, source, target, blocks, left_alone)
