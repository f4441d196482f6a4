"""The VM-entry checks run on one state: each check broken, holding, or undecided when it
needs what neither the state nor the capability profile gives. A condition whose subject
cannot be read is unknown; an AND of conditions is false as soon as one is false, so a check
whose precondition fails holds even when its other reads are missing."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.container import Test
from vmcsgen.model.entry_checks import AnyOf, CheckCondition, CheckSubject, CheckSubjectKind, Clause
from vmcsgen.plans.entry_checks import PlannedCheck

_MASK_TESTS = (Test.HAS, Test.LACKS, Test.OUTSIDE, Test.LACKS_SOME)
_COUNT_TESTS = (Test.WIDER_THAN, Test.NOT_CANONICAL)  # the operand is a bit count, not bits


class Verdict(enum.Enum):
    BROKEN = "broken"
    HOLDS = "holds"
    UNDECIDED = "undecided"


@dataclass(frozen=True)
class CheckState:
    """What the checks read: the vmcs12 fields its layout holds (by catalog name), the shadow
    vmcs12's (None without one), the nested-state header's members (None for a bare region)
    and the destination's profile (None: none given)."""

    fields: Mapping[str, int]
    shadow: Mapping[str, int] | None = None
    header: Mapping[str, int] | None = None
    caps: CapabilityProfile | None = None

    def read(self, subject: CheckSubject) -> int | None:
        """The subject's value (after `bits:`), or None when this state cannot give it."""
        value = self._raw(subject)
        return None if value is None else subject.select(value)

    def _raw(self, subject: CheckSubject) -> int | None:
        if subject.kind is CheckSubjectKind.CAPS:
            return None if self.caps is None else caps_value(self.caps, subject.caps)
        if subject.kind is CheckSubjectKind.MEMBER:
            assert subject.member is not None
            return None if self.header is None else self.header.get(subject.member.name)
        assert subject.field is not None
        region = self.fields if subject.kind is CheckSubjectKind.FIELD else self.shadow
        return None if region is None else region.get(subject.field.name)

    def why_unread(self, subject: CheckSubject) -> str:
        if subject.kind is CheckSubjectKind.CAPS:
            return f"{subject.text}: no capability profile"
        if subject.kind is CheckSubjectKind.MEMBER:
            return f"{subject.text}: a bare region has no nested-state header"
        if subject.kind is CheckSubjectKind.SHADOW_FIELD and self.shadow is None:
            return f"{subject.text}: the state holds no shadow vmcs12"
        return f"{subject.text}: the region's layout has no such field"


def caps_value(caps: CapabilityProfile, path: str) -> int:
    """A `caps.` subject (`pin.allowed1`, `msr.IA32_VMX_MISC`, `cpuid.la57`, ...)."""
    head, _, rest = path.partition(".")
    if head == "msr":
        return caps.msr(rest)
    if head == "cpuid":
        return int(caps.has(rest))
    if head == "maxphyaddr":
        return caps.maxphyaddr
    if head == "va_bits":
        return caps.va_bits
    settings = caps.controls(head)
    return settings.allowed0 if rest == "allowed0" else settings.allowed1


def condition_holds(condition: CheckCondition, state: CheckState) -> bool | None:
    """Whether the condition holds; None when something it reads is not in `state`."""
    value = state.read(condition.subject)
    operands: list[int] = []
    for operand in condition.operands:
        number = operand.number if operand.subject is None else state.read(operand.subject)
        if number is None:
            return None
        operands.append(number)
    if value is None:
        return None
    keep = ~condition.ignored
    value &= keep
    if condition.test not in _COUNT_TESTS:
        operands = [k & keep for k in operands]
    elif not 1 <= operands[0] <= 64:
        return None  # a bit count read from the state that is none: nothing to compare
    if condition.test in _MASK_TESTS:
        mask = 0
        for k in operands:
            mask |= k
        operands = [mask]
    return condition.test.holds(value, tuple(operands))


def all_hold(clauses: tuple[Clause, ...], state: CheckState) -> bool | None:
    """An AND in three values: False wins over unknown, unknown over True."""
    unknown = False
    for clause in clauses:
        if isinstance(clause, AnyOf):
            held = any_holds(clause, state)
        else:
            held = condition_holds(clause, state)
        if held is False:
            return False
        unknown = unknown or held is None
    return None if unknown else True


def any_holds(clause: AnyOf, state: CheckState) -> bool | None:
    """An OR in three values: True wins over unknown, unknown over False."""
    unknown = False
    for alternative in clause.alternatives:
        held = all_hold(alternative, state)
        if held is True:
            return True
        unknown = unknown or held is None
    return None if unknown else False


@dataclass(frozen=True)
class CheckResult:
    planned: PlannedCheck
    verdict: Verdict
    values: tuple[tuple[str, int], ...]  # every subject the check reads that the state gave
    why: str  # for an undecided check: what it lacks

    @property
    def id(self) -> str:
        return self.planned.check.id


def evaluate(planned: PlannedCheck, state: CheckState) -> CheckResult:
    check = planned.check
    read = [(s, state.read(s)) for s in check.subjects]
    values = tuple((s.text, v) for s, v in read if v is not None)
    held = all_hold(check.when, state)
    if held is False:
        return CheckResult(planned, Verdict.HOLDS, values, "")
    if held is True and not check.unknown:
        return CheckResult(planned, Verdict.BROKEN, values, "")
    lacking = [state.why_unread(s) for s, v in read if v is None]
    why = "; ".join([*([check.unknown] if check.unknown else []), *lacking])
    return CheckResult(planned, Verdict.UNDECIDED, values, why)


def evaluate_all(checks: tuple[PlannedCheck, ...], state: CheckState) -> tuple[CheckResult, ...]:
    return tuple(evaluate(planned, state) for planned in checks)
