"""Layouts by name, releases included: `kvm_vmcs12@6.1` is derived from the history.

A release's layout is its era's layout with every member the release lacks turned into
reserved padding (and the retired members it still had put back), so it has the era
layout's offsets, size and revision: its bytes mean the same wherever both have a member.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from vmcsgen.model.history import RELEASE_SEPARATOR, History, members_at
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.reading.history_loader import HISTORY_DIR


class UnknownLayout(LookupError):
    """A name that is neither a layout nor a documented release; str() says what is known."""


@dataclass(frozen=True)
class Release:
    history: History
    name: str
    base: Layout  # the bundled layout of the release's era: same offsets

    @property
    def layout_name(self) -> str:
        return self.history.layout_name(self.name)


def _padding(base: Layout, held: tuple[Member, ...]) -> list[Member]:
    """Reserved members for the runs of bytes of `base`'s members that no held member
    covers, each noting whose bytes they are in other releases."""
    covered = {byte for m in held for byte in range(m.offset, m.end)}
    owner = {b: m.name for m in base.members for b in range(m.offset, m.end) if b not in covered}
    runs: list[list[int]] = []
    for byte in sorted(owner):
        if runs and runs[-1][-1] == byte - 1:
            runs[-1].append(byte)
        else:
            runs.append([byte])
    return [
        Member(
            f"unused_{run[0]}",
            run[0],
            len(run),
            MemberKind.RESERVED,
            base.location,
            note="in other releases: " + ", ".join(dict.fromkeys(owner[b] for b in run)),
        )
        for run in runs
    ]


def _grown(members: list[Member]) -> list[Member]:
    """KVM adds members at the front of a padding array and shrinks it: in a release without
    them, the padding array starts where they would, so a run of unused bytes just before a
    reserved member is that member's."""
    grown: list[Member] = []
    for member in members:
        previous = grown[-1] if grown else None
        if (
            previous is not None
            and previous.name.startswith("unused_")
            and member.kind is MemberKind.RESERVED
            and previous.end == member.offset
        ):
            grown[-1] = replace(
                member,
                offset=previous.offset,
                size=previous.size + member.size,
                note=f"{member.note.split(',')[0]}; {previous.note}",
            )
        else:
            grown.append(member)
    return grown


def _apart(member: Member, others: list[Member]) -> bool:
    return all(member.end <= o.offset or o.end <= member.offset for o in others)


def derive_layout(release: Release) -> Layout:
    era = release.history.era_of(release.name)
    assert era is not None
    base = release.base
    held = members_at(era, base, release.name)
    data = [m for m in held if m.kind is not MemberKind.RESERVED]
    kept = (*data, *(m for m in held if m.kind is MemberKind.RESERVED and _apart(m, data)))
    members = _grown(sorted((*kept, *_padding(base, kept)), key=lambda m: (m.offset, m.name)))
    fields = {m.field.name for m in members if m.field is not None}
    checked = era.checked_by_release.get(release.name)
    how = f"read from {checked.source}" if checked else "derived from the spans of its members"
    return replace(
        base,
        name=release.layout_name,
        title=f"{base.title.split(' (')[0]} as Linux {release.name} has it",
        source=f"{HISTORY_DIR}/{release.history.name}.yaml: Linux {release.name}, {how}; "
        f"offsets of {base.name}",
        members=tuple(members),
        retired=tuple(r for r in base.retired if r.field.name not in fields),
        path=release.history.path,
        location=era.location,
    )


def find_release(specs: SpecSet, name: str) -> Release | None:
    """The documented release `name` spells (FAMILY@RELEASE), None for any other name."""
    family, separator, number = name.partition(RELEASE_SEPARATOR)
    if not separator:
        return None
    history = next((h for h in specs.histories if h.name == family), None)
    if history is None:
        families = ", ".join(h.name for h in specs.histories) or "none"
        raise UnknownLayout(f"no release history {family!r}; histories: {families}")
    era = history.era_of(number)
    if era is None:
        known = ", ".join(history.releases)
        raise UnknownLayout(f"{family} has no documented release {number!r}; releases: {known}")
    return Release(history, number, specs.by_name[era.layout])


# Derived layouts of the last few spec sets, found by identity: hashing a whole spec set on
# every lookup would cost more than deriving again, and holding every spec set ever seen
# would keep them all alive.
SPEC_SETS_KEPT = 4
_DERIVED: list[tuple[SpecSet, dict[str, Layout | None]]] = []


def _derived(specs: SpecSet, name: str) -> Layout | None:
    layouts = next((held for kept, held in _DERIVED if kept is specs), None)
    if layouts is None:
        layouts = {}
        _DERIVED.insert(0, (specs, layouts))
        del _DERIVED[SPEC_SETS_KEPT:]
    if name not in layouts:
        release = find_release(specs, name)
        layouts[name] = None if release is None else derive_layout(release)
    return layouts[name]


def resolve_layout(specs: SpecSet, name: str) -> Layout:
    """The layout a name means: a bundled layout, or a documented release's derived one."""
    layout = specs.by_name.get(name) or _derived(specs, name)
    if layout is None:
        known = ", ".join(sorted(specs.by_name))
        releases = ", ".join(f"{h.name}@RELEASE" for h in specs.histories)
        raise UnknownLayout(
            f"no layout {name!r}; known: {known}" + (f" (and {releases})" if releases else "")
        )
    return layout


def release_layouts(specs: SpecSet) -> list[tuple[Release, Layout]]:
    """Every documented release with its layout, oldest first."""
    names = [h.layout_name(r) for h in specs.histories for r in h.releases]
    found = ((find_release(specs, name), _derived(specs, name)) for name in names)
    return [(release, layout) for release, layout in found if release and layout]


def missing_members(release_layout: Layout, base: Layout) -> tuple[Member, ...]:
    """The members of `base` that carry data but that the release does not have."""
    present = {m.identity for m in release_layout.members if m.kind.carries_data}
    return tuple(m for m in base.members if m.kind.carries_data and m.identity not in present)


def generated_name(name: str) -> str:
    """What generated files call a release's layout: `kvm_vmcs12@5.4` -> kvm_vmcs12_linux_5_4,
    an identifier in every output language."""
    family, _, number = name.partition(RELEASE_SEPARATOR)
    return f"{family}_linux_{number.replace('.', '_')}"


def with_release_layouts(specs: SpecSet, names: tuple[str, ...]) -> SpecSet:
    """`specs` with the layouts of the releases `names` added, under their generated names,
    for the exporters to write as they write the bundled ones."""
    added = []
    for name in names:
        if find_release(specs, name) is None:
            raise UnknownLayout(f"{name!r} is not a release (FAMILY@RELEASE)")
        added.append(replace(resolve_layout(specs, name), name=generated_name(name)))
    clash = sorted({layout.name for layout in added} & set(specs.by_name))
    if clash:
        raise UnknownLayout(f"{', '.join(clash)} would overwrite a bundled layout's files")
    layouts = sorted((*specs.layouts, *added), key=lambda layout: layout.name)
    return replace(specs, layouts=tuple(layouts))
