"""The VM-entry checks of the evaluation plan as code, for the Python and the C exporter.

Each check becomes one boolean expression over named values (vmcs12 fields, shadow vmcs12
fields, nested-state header members, capabilities), written in the syntax of the target
language; the exporters only arrange these pieces. A check is undecided, never passed or
failed by guess, when it reads an input the caller did not give (no shadow vmcs12, no
header), a field the layout does not hold, or when its spec says it needs what no state
gives (`unknown:`) and its condition holds.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from vmcsgen.model.bits import mask_of
from vmcsgen.model.caps import CONTROL_MSRS, VMX_MSR_NAMES
from vmcsgen.model.container import Test
from vmcsgen.model.entry_checks import (
    AnyOf,
    CheckCondition,
    CheckSubject,
    CheckSubjectKind,
    Clause,
    EntryCheck,
    Operand,
)
from vmcsgen.model.spec import Layout, Member, SpecSet
from vmcsgen.plans.entry_checks import EntryCheckPlan, PlannedCheck
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.checks_loader import CHECKS_DIR
from vmcsgen.reading.loader import CATALOG_FILE, spec_name

U64 = (1 << 64) - 1
# caps.va_bits as CapabilityProfile.va_bits defines it: 5-level paging widens it.
LA57 = "la57"
VA_BITS_LA57, VA_BITS = 57, 48
# Where the capability struct keeps an MSR: IA32_VMX_TRUE_PINBASED_CTLS -> true_pinbased_ctls.
MSR_PREFIX = "IA32_VMX_"


class Input(enum.Enum):
    """What a check reads besides the vmcs12 region and the capabilities."""

    SHADOW = "shadow"  # the shadow vmcs12 region
    HEADER = "header"  # the nested-state header


def msr_member(msr: str) -> str:
    return msr.removeprefix(MSR_PREFIX).lower()


MSR_MEMBERS = tuple((name, msr_member(name)) for name in VMX_MSR_NAMES)


@dataclass(frozen=True)
class ControlWord:
    """How a control word's settings come out of the MSRs (CapabilityProfile.controls)."""

    word: str
    plain: str  # the MSR
    true: str | None  # its TRUE_ variant, used when IA32_VMX_BASIC[55] says it exists

    @property
    def plain_member(self) -> str:
        return msr_member(self.plain)

    @property
    def true_member(self) -> str | None:
        return None if self.true is None else msr_member(self.true)


CONTROL_WORDS = tuple(ControlWord(word, plain, true) for word, plain, true in CONTROL_MSRS)
PROC3 = "IA32_VMX_PROCBASED_CTLS3"  # allowed-1 settings only, all 64 bits


@dataclass(frozen=True)
class Value:
    """A value some check reads, computed once: `name` is its variable in generated code."""

    name: str
    subject: CheckSubject
    member: Member | None  # the layout member of a (shadow) vmcs12 field

    @property
    def kind(self) -> CheckSubjectKind:
        return self.subject.kind

    @property
    def input(self) -> Input | None:
        if self.kind is CheckSubjectKind.SHADOW_FIELD:
            return Input.SHADOW
        if self.kind is CheckSubjectKind.MEMBER:
            return Input.HEADER
        return None

    @property
    def encoding(self) -> int:
        field = self.subject.field
        assert field is not None
        return field.encoding.value

    @property
    def header_member(self) -> str:
        member = self.subject.member
        assert member is not None
        return member.name

    @property
    def caps_path(self) -> tuple[str, ...]:
        return tuple(self.subject.caps.split("."))


@dataclass(frozen=True)
class CapsSpelling:
    """How one output reads the capabilities a check names (caps.PATH)."""

    msr: Callable[[str], str]  # an IA32_VMX_* MSR, by name
    maxphyaddr: str
    va_bits: str
    cpuid: Callable[[str], str]  # 1 when the guest has the CPUID feature, else 0
    setting: Callable[[str, str], str]  # (control word, "allowed0" or "allowed1")


def caps_expression(path: tuple[str, ...], spelling: CapsSpelling) -> str:
    """The expression of caps.PATH in one output."""
    if path[0] == "msr":
        return spelling.msr(path[1])
    if path == ("maxphyaddr",):
        return spelling.maxphyaddr
    if path == ("va_bits",):
        return spelling.va_bits
    if path[0] == "cpuid":
        return spelling.cpuid(path[1])
    word, setting = path
    if word == "proc3":
        # IA32_VMX_PROCBASED_CTLS3 has no allowed-0 half: every tertiary control may be 0.
        return "0" if setting == "allowed0" else spelling.msr(PROC3)
    return spelling.setting(word, setting)


def value_name(subject: CheckSubject) -> str:
    if subject.kind is CheckSubjectKind.CAPS:
        return "caps_" + subject.caps.replace(".", "_").lower()
    if subject.kind is CheckSubjectKind.MEMBER:
        return f"hdr_{subject.text}"
    field = subject.field
    assert field is not None
    prefix = "shadow_" if subject.kind is CheckSubjectKind.SHADOW_FIELD else ""
    return prefix + field.name.lower()


@dataclass(frozen=True)
class Group:
    """Terms joined by one operator, in parentheses."""

    separator: str
    items: tuple[Node, ...]


# A term of generated code, or a truth value known when generating.
Node = str | Group | bool


def flat(node: Node) -> str:
    """A term on one line."""
    assert not isinstance(node, bool), "constant terms are folded before they are written"
    if isinstance(node, str):
        return node
    return "(" + node.separator.join(flat(item) for item in node.items) + ")"


@dataclass(frozen=True)
class Syntax:
    """How a language spells numbers, operators and the tests of the check language, and
    how it knows at run time that a value was read (`known`, `unknown`: terms over the
    Value, or True/False when that is fixed at generation time)."""

    number: Callable[[int], str]  # a number compared with
    mask: Callable[[int], str]  # a number bits are taken with, as wide as any value
    and_: str
    or_: str
    tests: dict[Test, str]  # "{v}" value, "{k}" operand
    not_canonical: str  # "{v}" value, "{k}" address width
    known: Callable[[Value | None], Node]  # None: a field the layout does not hold
    unknown: Callable[[Value | None], Node]
    read: Callable[[Value], str]  # a value in a term: only ever where its known-term holds


def _operand_number(operand: Operand) -> int:
    assert operand.number is not None
    return operand.number


# Tests whose operand is a bit count, not bits: `except:` leaves it alone.
COUNT_TESTS = (Test.WIDER_THAN, Test.NOT_CANONICAL)
MASK_TESTS = (Test.HAS, Test.LACKS, Test.OUTSIDE, Test.LACKS_SOME)


@dataclass(frozen=True)
class Verdicts:
    """A clause in three values, as two terms: `broken` holds when it holds whatever the
    unread values are, `possible` unless it fails whatever they are. Conditions only
    combine by AND and OR, so this is exactly the evaluator's three-valued logic."""

    broken: Node
    possible: Node


Knowledge = Callable[[Value | None], Node]


@dataclass(frozen=True)
class Renderer:
    """Writes clauses in one Syntax over the Values a CheckSet named, `known` and
    `unknown` saying which values this pass may read."""

    syntax: Syntax
    values: dict[str, Value]  # by name; a subject missing here reads a field the layout lacks
    known: Knowledge
    unknown: Knowledge

    def conjunction(self, items: tuple[Node, ...]) -> Node:
        if any(item is False for item in items):
            return False
        kept = tuple(dict.fromkeys(self._spliced(items, self.syntax.and_, True)))
        if not kept:
            return True
        return kept[0] if len(kept) == 1 else Group(self.syntax.and_, kept)

    def disjunction(self, items: tuple[Node, ...]) -> Node:
        if any(item is True for item in items):
            return True
        kept = tuple(dict.fromkeys(self._spliced(items, self.syntax.or_, False)))
        if not kept:
            return False
        return kept[0] if len(kept) == 1 else Group(self.syntax.or_, kept)

    @staticmethod
    def _spliced(items: tuple[Node, ...], separator: str, neutral: bool) -> list[Node]:
        """The items without the operator's neutral value, groups of the same operator
        opened up: (a && b) && c is a && b && c."""
        spliced: list[Node] = []
        for item in items:
            if isinstance(item, Group) and item.separator == separator:
                spliced += item.items
            elif item is not neutral:
                spliced.append(item)
        return spliced

    def value(self, subject: CheckSubject, ignored: int) -> str:
        s = self.syntax
        text = s.read(self.values[value_name(subject)])
        if subject.bits is not None:
            high, low = subject.bits
            shifted = f"({text} >> {low})" if low else text
            text = f"({shifted} & {s.mask(mask_of(high - low, 0))})"
        if ignored:
            text = f"({text} & ~{s.mask(ignored)})"
        return text

    def operand(self, operand: Operand, ignored: int) -> str:
        if operand.subject is not None:
            return self.value(operand.subject, ignored)
        return self.syntax.number(_operand_number(operand) & ~ignored & U64)

    def _bits(self, operands: tuple[Operand, ...], ignored: int) -> str:
        """The OR of the operands of has/lacks/outside/lacks_some, numbers folded."""
        number = 0
        parts = []
        for operand in operands:
            if operand.subject is None:
                number |= _operand_number(operand)
            else:
                parts.append(self.operand(operand, ignored))
        if number or not parts:
            parts.insert(0, self.syntax.mask(number & ~ignored & U64))
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def test(self, c: CheckCondition) -> Node:
        s = self.syntax
        v = self.value(c.subject, c.ignored)
        if c.test in (Test.IN, Test.NOT_IN):
            compare = s.tests[Test.IS if c.test is Test.IN else Test.IS_NOT]
            parts = tuple(compare.format(v=v, k=self.operand(o, c.ignored)) for o in c.operands)
            if c.test is Test.IN:
                return self.disjunction(parts)
            return self.conjunction(parts)
        if c.test in MASK_TESTS:
            k = self._bits(c.operands, c.ignored)
        else:
            (operand,) = c.operands
            k = self.operand(operand, 0 if c.test in COUNT_TESTS else c.ignored)
        if c.test is Test.NOT_CANONICAL:
            return s.not_canonical.format(v=v, k=k)
        return s.tests[c.test].format(v=v, k=k)

    def condition(self, c: CheckCondition) -> Verdicts:
        read = [self.values.get(value_name(subject)) for subject in dict.fromkeys(c.subjects)]
        known = self.conjunction(tuple(self.known(v) for v in read))
        unknown = self.disjunction(tuple(self.unknown(v) for v in read))
        if known is False:
            return Verdicts(False, True)
        if c.test in COUNT_TESTS and c.operands[0].subject is not None:
            # A bit count read from the state that is none (outside 1..64) decides nothing.
            s, k = self.syntax, self.operand(c.operands[0], 0)
            counted = (s.tests[Test.ABOVE].format(v=k, k=0), s.tests[Test.BELOW].format(v=k, k=65))
            uncounted = (s.tests[Test.IS].format(v=k, k=0), s.tests[Test.ABOVE].format(v=k, k=64))
            known = self.conjunction((known, self.conjunction(counted)))
            unknown = self.disjunction((unknown, self.disjunction(uncounted)))
        test = self.test(c)
        return Verdicts(self.conjunction((known, test)), self.disjunction((unknown, test)))

    def clause(self, clause: Clause) -> Verdicts:
        if isinstance(clause, CheckCondition):
            return self.condition(clause)
        assert isinstance(clause, AnyOf)
        alternatives = [self.clauses(alternative) for alternative in clause.alternatives]
        return Verdicts(
            self.disjunction(tuple(a.broken for a in alternatives)),
            self.disjunction(tuple(a.possible for a in alternatives)),
        )

    def clauses(self, clauses: tuple[Clause, ...]) -> Verdicts:
        each = [self.clause(c) for c in clauses]
        return Verdicts(
            self.conjunction(tuple(v.broken for v in each)),
            self.conjunction(tuple(v.possible for v in each)),
        )


@dataclass(frozen=True)
class Split:
    """The verdict of a branch taken where a check may be broken: broken where `broken`
    holds, undecided elsewhere. Testing `possible` first, a check that holds (KVM's
    common case) is decided by one condition, not by both."""

    broken: Node

    @property
    def branches(self) -> Branches:
        return ((self.broken, Verdict.BROKEN), (True, Verdict.UNDECIDED))


Branches = tuple[tuple[Node, "Verdict | Split"], ...]


def chain(check: EntryCheck, verdicts: Verdicts) -> Branches:
    """A check as an if / else-if chain: the first branch whose term holds sets its verdict's
    bit (a Split, the bit of the verdict it chooses); a True term ends the chain
    unconditionally."""
    broken, possible = verdicts.broken, verdicts.possible
    branches: list[tuple[Node, Verdict | Split]]
    if check.unknown:  # a met condition means undecided rather than broken
        branches = [(possible, Verdict.UNDECIDED)]
    elif broken == possible:
        branches = [(broken, Verdict.BROKEN)]
    elif broken is False:
        branches = [(possible, Verdict.UNDECIDED)]
    else:  # broken implies possible
        branches = [(possible, Split(broken))]
    kept = [(term, verdict) for term, verdict in branches if term is not False]
    end = next((i for i, (term, _) in enumerate(kept) if term is True), len(kept) - 1)
    return tuple(kept[: end + 1])


@dataclass(frozen=True)
class CheckCode:
    """One check as code. When `guard` holds, every value it reads is there and `fast`
    decides it; otherwise `slow` does, in three values (a guard of True: `fast` alone, of
    False: `slow` alone)."""

    planned: PlannedCheck
    guard: Node
    fast: Branches
    slow: Branches

    @property
    def index(self) -> int:
        """The check's bit in a bitmap of results."""
        return self.planned.index

    @property
    def check(self) -> EntryCheck:
        return self.planned.check

    @property
    def constant(self) -> str:
        return self.check.id.upper().replace("-", "_")


class Verdict(enum.Enum):
    """The bitmap or list a check goes into."""

    BROKEN = "failed"
    UNDECIDED = "undecided"


@dataclass(frozen=True)
class CheckSet:
    """Every check of the plan as code, and the values they read."""

    plan: EntryCheckPlan
    layout: Layout | None  # the layout C reads at constant offsets; Python reads by encoding
    values: tuple[Value, ...]
    checks: tuple[CheckCode, ...]

    @property
    def control_words(self) -> tuple[ControlWord, ...]:
        """The control words whose settings some check reads."""
        used = {v.caps_path[0] for v in self.values if v.kind is CheckSubjectKind.CAPS}
        return tuple(w for w in CONTROL_WORDS if w.word in used)

    @property
    def reads_va_bits(self) -> bool:
        return any(
            v.kind is CheckSubjectKind.CAPS and v.caps_path == ("va_bits",) for v in self.values
        )

    @property
    def cpuid_features(self) -> tuple[str, ...]:
        """The CPUID features the checks consult, each a bit of the capability struct."""
        paths = [v.caps_path for v in self.values if v.kind is CheckSubjectKind.CAPS]
        used = {path[1] for path in paths if path[0] == "cpuid"}
        if ("va_bits",) in paths:
            used.add(LA57)
        return tuple(sorted(used))

    @property
    def container(self) -> str:
        """The container whose header the checks read (every check spec names the same one:
        the checks' inputs are one state)."""
        names = {planned.spec.container for planned in self.plan.checks}
        assert len(names) == 1, f"check specs read different containers: {sorted(names)}"
        return names.pop()

    @property
    def words(self) -> int:
        """64-bit words of a check bitmap."""
        return max(1, (len(self.checks) + 63) // 64)


def _layout_members(layout: Layout) -> dict[str, Member]:
    return {m.field.name: m for m in layout.fields if m.field is not None}


def check_set(plan: EntryCheckPlan, layout: Layout | None, syntax: Syntax) -> CheckSet:
    """The plan's checks as code. With a layout, fields are read at its offsets and one it
    lacks is never read (its conditions are unknown); without one, every field is read by
    encoding at run time."""
    members = _layout_members(layout) if layout is not None else {}
    values: dict[str, Value] = {}
    for planned in plan.checks:
        for subject in planned.check.subjects:
            field = subject.field
            member = members.get(field.name) if field is not None else None
            if field is not None and layout is not None and member is None:
                continue
            values.setdefault(value_name(subject), Value(value_name(subject), subject, member))
    checks = tuple(_check_code(planned, syntax, values) for planned in plan.checks)
    return CheckSet(plan, layout, _used(values, checks), checks)


def _check_code(planned: PlannedCheck, syntax: Syntax, values: dict[str, Value]) -> CheckCode:
    check = planned.check
    read = [values.get(value_name(s)) for s in check.subjects]
    everything = Renderer(syntax, values, lambda _: True, lambda _: False)
    guard = everything.conjunction(tuple(syntax.known(v) for v in read))
    fast = chain(check, everything.clauses(check.when)) if guard is not False else ()
    # Without the guard, a value whose known-term is the only one missing is known absent.
    runtime = {term for term in (syntax.known(v) for v in read) if not isinstance(term, bool)}
    absent = runtime.pop() if len(runtime) == 1 else None

    def known(value: Value | None) -> Node:
        term = syntax.known(value)
        return False if term == absent else term

    def unknown(value: Value | None) -> Node:
        return True if syntax.known(value) == absent else syntax.unknown(value)

    if guard is True:
        return CheckCode(planned, guard, fast, ())
    slow = Renderer(syntax, values, known, unknown)
    return CheckCode(planned, guard, fast, chain(check, slow.clauses(check.when)))


def _used(values: dict[str, Value], checks: tuple[CheckCode, ...]) -> tuple[Value, ...]:
    """The values some generated term reads (a check folded to a constant reads none), in
    first-use order."""
    read = {
        value_name(subject)
        for code in checks
        if code.fast or code.slow
        for subject in code.check.subjects
    }
    return tuple(v for name, v in values.items() if name in read)


def sources(specs: SpecSet, *extra: str) -> list[str]:
    """The spec files generated checks come from: every check spec, the catalog, the bits
    their operands name, and `extra` (the layout C reads)."""
    return [
        *(spec_name(specs, CHECKS_DIR, f"{spec.name}.yaml") for spec in specs.check_specs),
        spec_name(specs, CATALOG_FILE),
        *([spec_name(specs, BITS_FILE)] if specs.bits is not None else []),
        *extra,
    ]
