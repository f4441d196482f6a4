"""Load `checks/*.yaml`: VM-entry checks over a vmcs12, its nested-state header and the
destination's capability profile. Shape comes from checks.schema.json; this module resolves
subjects and operands (header members and region fields through the container rules' own
resolver) and checks what a schema cannot: names that exist, operands that fit, ids unique
across every check spec."""

from __future__ import annotations

from pathlib import Path

from vmcsgen.model.bits import BitsSpec
from vmcsgen.model.caps import VMX_MSR_NAMES
from vmcsgen.model.catalog import Catalog
from vmcsgen.model.container import Container, Test
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.model.entry_checks import (
    CAPS_FACTS,
    CAPS_SETTINGS,
    CAPS_WORDS,
    AnyOf,
    CheckCondition,
    CheckScope,
    CheckSpec,
    CheckSubject,
    CheckSubjectKind,
    Clause,
    EnforcedBy,
    EntryCheck,
    Operand,
)
from vmcsgen.reading.container_loader import OperandResolver, named_numbers, width_bits
from vmcsgen.reading.node_values import text as _text
from vmcsgen.reading.node_values import where
from vmcsgen.reading.yaml_source import Mapping, Node, Scalar, Sequence

CHECKS_DIR = "checks"
DEFAULT_CONTAINER = "kvm_nested_state"
_CONDITION_KEYS = frozenset({"of", "bits", "except"})
_MASK_TESTS = (Test.HAS, Test.LACKS, Test.OUTSIDE, Test.LACKS_SOME)
_SET_TESTS = (Test.IN, Test.NOT_IN)
_SUBJECT_TESTS = (Test.SAME_AS, Test.EXCEEDS)
_WIDTH_TESTS = (Test.WIDER_THAN, Test.NOT_CANONICAL)  # the operand is a bit count


def check_paths(root: Path) -> list[Path]:
    return sorted((root / CHECKS_DIR).glob("*.yaml"))


def bit_names(bits: BitsSpec | None) -> dict[str, int]:
    """Every name of bits.yaml as a number: a flag's or range's mask, a value (before any
    shift, as `bits:` compares it), a constant."""
    names: dict[str, int] = {}
    for fmt in () if bits is None else bits.formats:
        for flag in fmt.flags:
            names[flag.name] = flag.mask
        for bit_range in fmt.ranges:
            names[bit_range.name] = bit_range.mask
            names.update((v.name, v.value) for v in bit_range.values)
        names.update((v.name, v.value) for v in fmt.values)
        names.update((c.name, c.value) for c in fmt.constants)
    return names


class _Names:
    """Resolves the subjects and operands of one check spec."""

    def __init__(
        self,
        container: Container,
        catalog: Catalog,
        numbers: dict[str, int],
        diags: Diagnostics,
    ) -> None:
        members = {m.name: m for m in container.members}
        regions = {r.name: r for r in container.regions}
        self.container = OperandResolver(numbers, members, regions, catalog, diags)
        self.vmcs12 = next((r.name for r in container.regions if not r.shadow), "")
        self.shadow = next((r.name for r in container.regions if r.shadow), "")
        self.container_name = container.name
        self.catalog = catalog
        self.numbers = numbers
        self.diags = diags

    def is_subject(self, text: str) -> bool:
        head = text.split(".", 1)[0]
        return (
            head in ("caps", "shadow")
            or text in self.catalog.by_name
            or (text in self.container.members and "." not in text)
        )

    def subject(self, text: str, where: Location) -> CheckSubject | None:
        if text.startswith("caps."):
            return self._caps(text, where)
        region, name = (
            (self.shadow, text[7:]) if text.startswith("shadow.") else (self.vmcs12, text)
        )
        if name[:1].isupper():
            if name not in self.catalog.by_name:
                self.diags.error(where, f"{name} is not a field of the catalog (fields.yaml)")
                return None
            if not region:
                self.diags.error(where, f"{text}: container {self.container_name} has no region")
                return None
            kind = (
                CheckSubjectKind.SHADOW_FIELD if region == self.shadow else CheckSubjectKind.FIELD
            )
        else:
            region, kind = "", CheckSubjectKind.MEMBER
        base = self.container.subject(f"{region}.{name}" if region else name, where)
        if base is None:
            return None
        if kind is CheckSubjectKind.MEMBER and base.member is None:
            self.diags.error(where, f"{text} is not a header member")
            return None
        return CheckSubject(kind, text, width_bits(base), base=base)

    def _caps(self, text: str, where: Location) -> CheckSubject | None:
        parts = text.split(".")[1:]
        known = (
            (len(parts) == 2 and parts[0] in CAPS_WORDS and parts[1] in CAPS_SETTINGS)
            or (len(parts) == 2 and parts[0] == "msr" and parts[1] in VMX_MSR_NAMES)
            or (len(parts) == 2 and parts[0] == "cpuid" and parts[1].islower())
            or (len(parts) == 1 and parts[0] in CAPS_FACTS)
        )
        if not known:
            self.diags.error(
                where,
                f"{text} is not a capability: caps.{{{','.join(CAPS_WORDS)}}}.allowed0|allowed1, "
                "caps.msr.IA32_VMX_..., caps.cpuid.NAME (lower case), caps.maxphyaddr, "
                "caps.va_bits",
            )
            return None
        width = 1 if parts[0] == "cpuid" else 64
        return CheckSubject(CheckSubjectKind.CAPS, text, width, caps=".".join(parts))

    def operand(self, node: Node, subject: CheckSubject, numbers_only: bool) -> Operand | None:
        assert isinstance(node, Scalar)
        if isinstance(node.value, int):
            return Operand(f"{node.value:#x}", number=node.value)
        text = str(node.value)
        member = subject.member
        named = {} if member is None else dict(member.bits) | dict(member.values)
        if text in named or text in self.numbers:
            return Operand(text, number=named.get(text, self.numbers.get(text)))
        if not numbers_only and self.is_subject(text):
            other = self.subject(text, node.location)
            return None if other is None else Operand(text, subject=other)
        own = "" if member is None else f", a bit or value of {member.name}"
        tail = "" if numbers_only else ", a field, a header member nor caps.*"
        self.diags.error(
            node.location, f"{text} is neither a constant, a bits.yaml name{own}{tail}"
        )
        return None


def _items(node: Node) -> list[Node]:
    return list(node.items) if isinstance(node, Sequence) else [node]


def _mask(operands: list[Operand]) -> list[Operand]:
    """A list of numbers that means their OR folds into one number."""
    if any(o.number is None for o in operands) or len(operands) == 1:
        return operands
    mask = 0
    for operand in operands:
        assert operand.number is not None
        mask |= operand.number
    return [Operand(" | ".join(o.text for o in operands), number=mask)]


def _selected(node: Mapping, subject: CheckSubject, diags: Diagnostics) -> CheckSubject | None:
    bits = node.get("bits")
    if bits is None:
        return subject
    assert isinstance(bits, Sequence)
    if len(bits.items) != 2:
        diags.error(bits.location, f"bits takes [HIGH, LOW], not {len(bits.items)} numbers")
        return None
    high, low = (item.value for item in bits.items)  # type: ignore[union-attr]
    assert isinstance(high, int) and isinstance(low, int)
    if high < low or high >= subject.width:
        diags.error(
            bits.location,
            f"bits [{high}, {low}]: HIGH must be at least LOW and below the width of "
            f"{subject.text} ({subject.width} bits)",
        )
        return None
    return CheckSubject(
        subject.kind,
        subject.text,
        high - low + 1,
        base=subject.base,
        caps=subject.caps,
        bits=(high, low),
    )


def _fits(test: Test, operand: Operand, subject: CheckSubject, where: Location) -> str:
    """Why a number operand cannot be meant, or ""."""
    number = operand.number
    if number is None:
        return ""
    if test is Test.WIDER_THAN and not 1 <= number <= 63:
        return f"wider_than: {number} is not a bit position from 1 to 63"
    if test is Test.NOT_CANONICAL and not 2 <= number <= 64:
        return f"not_canonical: {number} is not an address width from 2 to 64"
    if test is Test.MISALIGNED and number == 0:
        return "misaligned: 0 is no alignment"
    if test not in _WIDTH_TESTS and number >= 1 << subject.width:
        return f"{number:#x} does not fit {subject.text} ({subject.width} bits)"
    return ""


def _condition(node: Mapping, names: _Names) -> CheckCondition | None:
    diags = names.diags
    tests = [(k, v) for k, v in node.entries if k.value not in _CONDITION_KEYS]
    if len(tests) != 1:
        diags.error(node.location, f"a condition takes exactly one test, not {len(tests)}")
        return None
    key, value = tests[0]
    test = Test(str(key.value))
    subject = names.subject(_text(node, "of"), where(node, "of"))
    subject = None if subject is None else _selected(node, subject, diags)
    if subject is None:
        return None
    operands: list[Operand] = []
    for item in _items(value):
        if test in _SUBJECT_TESTS:
            assert isinstance(item, Scalar)
            other = names.subject(str(item.value), item.location)
            operand = None if other is None else Operand(other.text, subject=other)
        else:
            operand = names.operand(item, subject, numbers_only=False)
        if operand is None:
            return None
        problem = _fits(test, operand, subject, item.location)
        if problem:
            diags.error(item.location, problem)
            return None
        operands.append(operand)
    ignored = 0
    ignored_node = node.get("except")
    for item in [] if ignored_node is None else _items(ignored_node):
        operand = names.operand(item, subject, numbers_only=True)
        if operand is None:
            return None
        assert operand.number is not None
        ignored |= operand.number
    if test in _MASK_TESTS:
        operands = _mask(operands)
    shown = (
        f"{subject.text}{'' if subject.bits is None else f'[{subject.bits[0]}:{subject.bits[1]}]'}"
    )
    listed = ", ".join(o.text for o in operands)
    text = f"{shown} {test.value} {f'[{listed}]' if test in _SET_TESTS else listed}"
    if ignored:
        text += f" except {ignored:#x}"
    return CheckCondition(subject, test, tuple(operands), ignored, text, node.location)


def _clauses(node: Sequence, names: _Names) -> tuple[Clause, ...] | None:
    clauses: list[Clause] = []
    for item in node.items:
        assert isinstance(item, Mapping)
        alternatives_node = item.get("any")
        clause: Clause | None
        if alternatives_node is not None:
            assert isinstance(alternatives_node, Sequence)
            alternatives = []
            for alternative in alternatives_node.items:
                assert isinstance(alternative, Sequence)
                alternatives.append(_clauses(alternative, names))
            if any(a is None for a in alternatives):
                return None
            clause = AnyOf(tuple(a for a in alternatives if a is not None), item.location)
        else:
            clause = _condition(item, names)
        if clause is None:
            return None
        clauses.append(clause)
    return tuple(clauses)


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _check(node: Mapping, names: _Names) -> EntryCheck | None:
    diags = names.diags
    when_node = node.get("when")
    unknown = _text(node, "unknown")
    if when_node is None and not unknown:
        diags.error(node.location, "a check needs `when:` (or `unknown:` saying what it lacks)")
        return None
    when: tuple[Clause, ...] | None = ()
    if when_node is not None:
        assert isinstance(when_node, Sequence)
        when = _clauses(when_node, names)
    since, until = _text(node, "since"), _text(node, "until")
    if since and until and _release(since) >= _release(until):
        diags.error(where(node, "until"), f"until {until} is not after since {since}")
        return None
    if when is None:
        return None
    return EntryCheck(
        id=_text(node, "id"),
        message=_text(node, "message"),
        sdm=_text(node, "sdm"),
        kvm=_text(node, "kvm"),
        enforced_by=EnforcedBy(_text(node, "enforced_by")),
        when=when,
        location=node.location,
        since=since,
        until=until,
        unknown=unknown,
    )


def build_check_spec(
    node: Mapping,
    path: str,
    catalog: Catalog,
    bits: BitsSpec | None,
    containers: tuple[Container, ...],
    unloaded: frozenset[str],
    diags: Diagnostics,
) -> CheckSpec | None:
    """`unloaded`: containers whose spec files failed to load."""
    before = len(diags.found)
    container_name = _text(node, "container", DEFAULT_CONTAINER)
    container = next((c for c in containers if c.name == container_name), None)
    if container is None and container_name in unloaded:
        return None  # its own errors are reported
    if container is None:
        known = ", ".join(c.name for c in containers) or "none"
        diags.error(
            where(node, "container"),
            f"the checks read container {container_name!r}, which the specs lack "
            f"(containers: {known})",
        )
        return None
    constants = dict(named_numbers(node.get("constants")))
    numbers = bit_names(bits)
    for name in sorted(set(constants) & set(numbers)):
        diags.error(where(node, "constants"), f"constant {name} is already a name of bits.yaml")
    names = _Names(container, catalog, numbers | constants, diags)
    checks_node = node.get("checks")
    assert isinstance(checks_node, Sequence)
    checks: list[EntryCheck] = []
    for item in checks_node.items:
        assert isinstance(item, Mapping)
        check = _check(item, names)
        if check is not None:
            checks.append(check)
    if len(diags.found) != before:
        return None
    stage = node.get("stage")
    assert isinstance(stage, Scalar) and isinstance(stage.value, int)
    return CheckSpec(
        name=_text(node, "name"),
        title=_text(node, "title", _text(node, "name")),
        stage=stage.value,
        kvm_function=_text(node, "kvm_function"),
        source=_text(node, "source"),
        container=container.name,
        scope=CheckScope(_text(node, "scope", CheckScope.VM_ENTRY.value)),
        constants=tuple(constants.items()),
        checks=tuple(checks),
        path=path,
        location=node.location,
    )


def ordered(specs: tuple[CheckSpec, ...], diags: Diagnostics) -> tuple[CheckSpec, ...]:
    """The specs by stage (then name), each id used once across all of them."""
    by_stage = tuple(sorted(specs, key=lambda s: (s.stage, s.name)))
    seen: dict[str, EntryCheck] = {}
    for spec in by_stage:
        for check in spec.checks:
            first = seen.setdefault(check.id, check)
            if first is not check:
                diags.error(
                    check.location,
                    f"check {check.id} is already defined at {first.location}",
                )
    return by_stage
