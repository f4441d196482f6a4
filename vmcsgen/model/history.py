"""A layout family's release history: which Linux release added or removed each member.

A history is a list of eras. An era is a run of releases that share one bundled layout's
offsets (the era's layout); within it, members come and go only by taking or giving back
bytes the others never use, so every release of an era is that layout with some members
turned into padding, and maybe a few retired members of its own back in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.diagnostics import Location
from vmcsgen.model.spec import Layout, Member

RELEASE_SEPARATOR = "@"


def release_key(release: str) -> tuple[int, ...]:
    """`5.10` sorts after `5.9`: releases compare by their numbers."""
    return tuple(int(part) for part in release.split("."))


@dataclass(frozen=True)
class Checked:
    """A release whose own files were read (struct compiled, field table listed)."""

    release: str
    source: str
    location: Location


@dataclass(frozen=True)
class MemberSpan:
    """The releases of its era that hold one member: from `since` (default: the era's first
    release) up to, not including, `until` (default: still there in the era's last)."""

    name: str
    since: str | None
    until: str | None
    source: str
    location: Location
    defined: Member | None = None  # a member the era's layout does not have (it retired it)

    def holds(self, era: Era, release: str) -> bool:
        index = era.index(release)
        if self.since is not None and index < era.index(self.since):
            return False
        return self.until is None or index < era.index(self.until)


@dataclass(frozen=True)
class Era:
    layout: str
    releases: tuple[str, ...]
    checked: tuple[Checked, ...]
    spans: tuple[MemberSpan, ...]
    location: Location

    def index(self, release: str) -> int:
        return self.releases.index(release)

    @cached_property
    def span_by_name(self) -> dict[str, MemberSpan]:
        return {span.name: span for span in self.spans}

    @cached_property
    def checked_by_release(self) -> dict[str, Checked]:
        return {c.release: c for c in self.checked}


@dataclass(frozen=True)
class History:
    name: str  # the family: `kvm_vmcs12@6.1` names release 6.1 of history `kvm_vmcs12`
    title: str
    source: str
    eras: tuple[Era, ...]
    path: str
    location: Location

    @cached_property
    def releases(self) -> tuple[str, ...]:
        return tuple(release for era in self.eras for release in era.releases)

    def era_of(self, release: str) -> Era | None:
        return next((era for era in self.eras if release in era.releases), None)

    def layout_name(self, release: str) -> str:
        return f"{self.name}{RELEASE_SEPARATOR}{release}"


def members_at(era: Era, layout: Layout, release: str) -> tuple[Member, ...]:
    """The members `release` holds, by offset: the era layout's, less those whose span
    leaves it out, plus the retired ones it still had."""
    held = [
        m
        for m in layout.members
        if m.name not in era.span_by_name or era.span_by_name[m.name].holds(era, release)
    ]
    held += [s.defined for s in era.spans if s.defined is not None and s.holds(era, release)]
    return tuple(sorted(held, key=lambda m: (m.offset, m.name)))
