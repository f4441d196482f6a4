"""The evaluation plan of the VM-entry checks: every check of every check spec in the order
KVM makes them (specs by stage, checks in file order), each with a stable index (its bit in
the generated checks' result), narrowed to the checks one Linux release makes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.catalog import CatalogField
from vmcsgen.model.container import HeaderMember
from vmcsgen.model.entry_checks import CheckScope, CheckSpec, CheckSubjectKind, EntryCheck
from vmcsgen.model.spec import SpecSet


def release_key(release: str) -> tuple[int, ...]:
    """ "6.1" -> (6, 1), so that 6.10 comes after 6.9."""
    return tuple(int(part) for part in release.split("."))


def made_in(check: EntryCheck, release: str) -> bool:
    """Whether Linux `release` makes the check (since: first release with it, until: first
    without it)."""
    key = release_key(release)
    if check.since and key < release_key(check.since):
        return False
    return not (check.until and key >= release_key(check.until))


@dataclass(frozen=True)
class PlannedCheck:
    index: int  # position among all checks of the spec set, whatever the release
    spec: CheckSpec
    check: EntryCheck

    @property
    def scope(self) -> CheckScope:
        return self.spec.scope


@dataclass(frozen=True)
class EntryCheckPlan:
    checks: tuple[PlannedCheck, ...]
    release: str | None  # the release the checks were narrowed to; None: every check

    def in_scope(self, scope: CheckScope) -> tuple[PlannedCheck, ...]:
        return tuple(p for p in self.checks if p.scope is scope)

    @cached_property
    def fields(self) -> tuple[CatalogField, ...]:
        """Every vmcs12 field a check reads, once, in first-use order."""
        return self._read(CheckSubjectKind.FIELD)

    @cached_property
    def shadow_fields(self) -> tuple[CatalogField, ...]:
        return self._read(CheckSubjectKind.SHADOW_FIELD)

    @cached_property
    def members(self) -> tuple[HeaderMember, ...]:
        seen: dict[str, HeaderMember] = {}
        for planned in self.checks:
            for subject in planned.check.subjects:
                if subject.member is not None:
                    seen.setdefault(subject.member.name, subject.member)
        return tuple(seen.values())

    @cached_property
    def caps(self) -> tuple[str, ...]:
        """Every capability read (`pin.allowed1`, `msr.IA32_VMX_BASIC`, `maxphyaddr`, ...)."""
        seen = {
            subject.caps: None
            for planned in self.checks
            for subject in planned.check.subjects
            if subject.kind is CheckSubjectKind.CAPS
        }
        return tuple(seen)

    def _read(self, kind: CheckSubjectKind) -> tuple[CatalogField, ...]:
        seen: dict[str, CatalogField] = {}
        for planned in self.checks:
            for subject in planned.check.subjects:
                if subject.kind is kind and subject.field is not None:
                    seen.setdefault(subject.field.name, subject.field)
        return tuple(seen.values())


def plan_entry_checks(specs: SpecSet, release: str | None = None) -> EntryCheckPlan:
    """The checks of `specs` in order; with `release`, only those that release makes."""
    every = [check for spec in specs.check_specs for check in spec.checks]
    spec_of = {check.id: spec for spec in specs.check_specs for check in spec.checks}
    planned = (
        PlannedCheck(index, spec_of[check.id], check)
        for index, check in enumerate(every)
        if release is None or made_in(check, release)
    )
    return EntryCheckPlan(tuple(planned), release)
