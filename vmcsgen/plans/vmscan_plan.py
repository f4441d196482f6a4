"""Which layouts Volatility 3's vmscan can find, and the `_VMCS` members it reads them with.

vmscan keeps a page only if the dword at offset 4 is zero and it can read every member of
VMSCAN_READS, so a layout gets a vmscan table only when it has a 4-byte VMX-abort indicator
at that offset and holds every one of those fields. The members vmscan's tables carry
without vmscan reading them are added where the layout holds their fields (the PDPTE array
only where the four PDPTEs are consecutive, as an array needs).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.model.vmscan import VMSCAN_ABORT_OFFSET, VMSCAN_MEMBERS, VMSCAN_READS


@dataclass(frozen=True)
class VmscanMember:
    """A `_VMCS` member under vmscan's name: `count` consecutive copies of `member`'s type."""

    name: str
    member: Member
    count: int = 1


@dataclass(frozen=True)
class VmscanTable:
    layout: Layout
    members: tuple[VmscanMember, ...]


def _has_abort_indicator(layout: Layout) -> bool:
    return any(
        m.offset == VMSCAN_ABORT_OFFSET and m.size == 4 and m.kind is MemberKind.STATE
        for m in layout.members
    )


def _consecutive(members: list[Member]) -> bool:
    return all(
        later.offset == earlier.end and later.size == earlier.size
        for earlier, later in pairwise(members)
    )


def vmscan_table(layout: Layout) -> VmscanTable | None:
    """The layout's vmscan members, or None when vmscan could never report one of its pages."""
    by_field = {m.field.name: m for m in layout.fields if m.field is not None}
    if not _has_abort_indicator(layout) or not set(VMSCAN_READS.values()) <= set(by_field):
        return None
    members = []
    for name, fields in VMSCAN_MEMBERS.items():
        held = [by_field[f] for f in fields if f in by_field]
        if len(held) == len(fields) and _consecutive(held):
            members.append(VmscanMember(name, held[0], len(held)))
    return VmscanTable(layout, tuple(members))


def vmscan_tables(specs: SpecSet) -> tuple[VmscanTable, ...]:
    return tuple(t for t in map(vmscan_table, specs.layouts) if t is not None)
