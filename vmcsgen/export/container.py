"""Container exporter: for every container spec (struct kvm_nested_state, ...) a Python module
and a C header that parse, build and validate the blob, its rules compiled to straight-line
checks. Both read region fields through the layout's own reader (VMREAD by encoding), so one
container serves every layout its regions may hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vmcsgen.export import c_flavour
from vmcsgen.export.c_flavour import CFlavour
from vmcsgen.export.c_style import commented, wrap_call, wrap_condition
from vmcsgen.export.condition_spelling import C_TESTS, PYTHON_TESTS
from vmcsgen.export.render import class_name, py_identifier, render
from vmcsgen.export.rendered import Rendered, spec_sources
from vmcsgen.model.container import (
    REVISION_MASK,
    Condition,
    Container,
    HeaderMember,
    Rule,
    Subject,
    SubjectKind,
    Test,
)
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.container_loader import CONTAINER_DIR
from vmcsgen.reading.settings import Config

# Names the generated Python class defines itself; a member called so gets a trailing "_".
_METHODS = frozenset({"build", "buffer", "to_bytes", "to_dict", "region"})
# What the C header uses, so that its flavour includes the headers declaring it.
HEADER_USES = (
    c_flavour.BIT_CONSTANTS,
    c_flavour.COMPILER_HINTS,
    c_flavour.ERRNO,
    c_flavour.INTEGERS,
    c_flavour.MEMCPY,
    c_flavour.OFFSETOF,
    c_flavour.SIZE_T,
    c_flavour.STATIC_ASSERT,
)


@dataclass(frozen=True)
class Variable:
    """A subject the checks read, evaluated once; `nullable` when it needs region bytes
    (which a blob shorter than its size member claims may not hold)."""

    name: str
    subject: Subject

    @property
    def nullable(self) -> bool:
        return self.subject.needs_region

    @property
    def python(self) -> str:
        """The Python expression that computes it, over `view`, `length`, `declared`, `reader`."""
        s = self.subject
        if s.kind is SubjectKind.LENGTH:
            return "len(view)"
        if s.member is not None:
            return f'int.from_bytes(view[{s.member.offset}:{s.member.end}], "little")'
        region = s.region
        assert region is not None
        if s.kind is SubjectKind.PRESENT:
            return f"int(declared >= {region.end})"
        readable = f"declared >= {region.end} and length >= {region.end}"
        first = f'int.from_bytes(view[{region.offset}:{region.offset + 4}], "little")'
        if s.kind is SubjectKind.REVISION:
            value = f"{first} & {REVISION_MASK:#x}"
        elif s.kind is SubjectKind.SHADOW:
            value = f"{first} >> 31"
        else:
            assert s.field is not None
            value = (
                f"_field(reader, view[{region.offset}:{region.end}], "
                f"{s.field.encoding.value:#010x})"
            )
        return f"{value} if {readable} else None"

    def c(self, container: str) -> str:
        """C: the indented statements that set it, guarded by a readability test (and
        setting its have_ flag) when it reads region bytes. No trailing newline."""
        s = self.subject
        name = self.name
        if s.kind is SubjectKind.LENGTH:
            return f"\t{name} = len;"
        if s.member is not None:
            return f"\t{name} = {container}_load(p + {s.member.offset}, {s.member.size});"
        region = s.region
        assert region is not None
        if s.kind is SubjectKind.PRESENT:
            return f"\t{name} = declared >= {region.end}u;"
        first = f"{container}_load(p + {region.offset}, 4)"
        if s.kind is SubjectKind.REVISION:
            statement = f"\t\t{name} = {first} & {REVISION_MASK:#x}u;"
        elif s.kind is SubjectKind.SHADOW:
            statement = f"\t\t{name} = {first} >> 31;"
        else:
            assert s.field is not None
            statement = wrap_call(
                f"{name} = {container}_field",
                ["read", f"p + {region.offset}", f"{s.field.encoding.value:#010x}u"],
                ";",
                indent=2,
            )
        readable = wrap_condition([f"declared >= {region.end}u", f"len >= {region.end}u"])
        return f"{readable} {{\n\t\thave_{name} = 1;\n{statement}\n\t}}"


@dataclass(frozen=True)
class CheckedRule:
    rule: Rule
    bit: int
    python: str  # the condition as a Python expression over the variables
    c_terms: tuple[str, ...]  # the same in C: comparisons, all of which must hold


def variable_name(subject: Subject) -> str:
    if subject.kind is SubjectKind.LENGTH:
        return "length"
    if subject.member is not None:
        return f"h_{subject.member.name}"
    assert subject.region is not None
    what = subject.field.name.lower() if subject.field is not None else subject.kind.value
    return f"{subject.region.name}_{what}"


def _operand(condition: Condition, constant: Callable[[int], str]) -> str:
    """What a test compares with: the other subject of same_as and exceeds, else a constant."""
    if condition.other is not None:
        return variable_name(condition.other)
    return constant(condition.operands[0])


def _python_condition(condition: Condition) -> str:
    v = variable_name(condition.subject)
    if condition.test is Test.NOT_IN:
        text = f"{v} not in ({', '.join(f'{k:#x}' for k in condition.operands)},)"
    else:
        k = _operand(condition, lambda value: f"{value:#x}")
        text = PYTHON_TESTS[condition.test].format(v=v, k=k)
    guards = [
        f"{variable_name(s)} is not None"
        for s in (condition.subject, condition.other)
        if s is not None and s.needs_region
    ]
    return " and ".join([*guards, f"({text})" if guards else text])


def _c_constant(value: int) -> str:
    return f"{value:#x}ull" if value > 0xFFFFFFFF else f"{value:#x}u"


def _c_terms(condition: Condition) -> list[str]:
    """The condition as comparisons joined by &&. No term needs parentheses around it (a
    comparison binds tighter than &&), and checkpatch --strict asks for none."""
    v = variable_name(condition.subject)
    if condition.test is Test.NOT_IN:
        tests = [f"{v} != {_c_constant(k)}" for k in condition.operands]
    else:
        tests = [C_TESTS[condition.test].format(v=v, k=_operand(condition, _c_constant))]
    guards = [
        f"have_{variable_name(s)}"
        for s in (condition.subject, condition.other)
        if s is not None and s.needs_region
    ]
    return [*guards, *tests]


def _python_conjunction(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else " and ".join(f"({p})" for p in parts)


def checked_rules(container: Container) -> list[CheckedRule]:
    return [
        CheckedRule(
            rule=rule,
            bit=bit,
            python=_python_conjunction([_python_condition(c) for c in rule.when]),
            c_terms=tuple(term for c in rule.when for term in _c_terms(c)),
        )
        for bit, rule in enumerate(container.rules)
    ]


def variables(container: Container) -> list[Variable]:
    """Every subject some rule reads, once, in first-use order (length and members first)."""
    found: dict[str, Variable] = {}
    for rule in container.rules:
        for condition in rule.when:
            for subject in (condition.subject, condition.other):
                if subject is not None:
                    found.setdefault(
                        variable_name(subject), Variable(variable_name(subject), subject)
                    )
    # The blob's length is set before any other check; the rest in order, regions last.
    found.pop("length", None)
    return sorted(found.values(), key=lambda v: v.nullable)


def length_only(rule: Rule) -> bool:
    """Decidable on a blob shorter than the header: reads nothing but its length."""
    return all(
        c.subject.kind is SubjectKind.LENGTH
        and (c.other is None or c.other.kind is SubjectKind.LENGTH)
        for c in rule.when
    )


@dataclass(frozen=True)
class NamedNumber:
    """A constant, flag bit or enumeration value as generated code names it."""

    name: str
    value: int


def named_numbers(container: Container) -> list[NamedNumber]:
    numbers = [NamedNumber(name, value) for name, value in container.constants]
    for member in container.value_members:
        for name, value in (*member.bits, *member.values):
            numbers.append(NamedNumber(f"{member.name.upper()}_{name}", value))
    return numbers


def c_string(text: str) -> str:
    """A C string literal; spec text is printable, so only quotes and backslashes need care."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_member_line(member: HeaderMember, flavour: CFlavour) -> str:
    """The member's declaration in the header struct, with its note as the comment."""
    declaration = flavour.declaration(member.name, member.size, reserved=member.reserved)
    return commented(declaration, member.note) if member.note else f"\t{declaration}"


def render_python(container: Container, sources: list[str], spdx: str) -> str:
    return render(
        "container/container.py.j2",
        container=container,
        sources=sources,
        spdx=spdx,
        class_name=class_name(container.name),
        numbers=named_numbers(container),
        variables=variables(container),
        rules=checked_rules(container),
        length_only=length_only,
        attributes={
            name: py_identifier(name, _METHODS)
            for name in (*(m.name for m in container.members), *(r.name for r in container.regions))
        },
        py_str=repr,
    )


def render_c(container: Container, sources: list[str], flavour: CFlavour, spdx: str) -> str:
    return render(
        "container/container.h.j2",
        container=container,
        sources=sources,
        spdx=spdx,
        flavour=flavour,
        uses=HEADER_USES,
        prefix=container.name.upper(),
        numbers=named_numbers(container),
        variables=variables(container),
        rules=checked_rules(container),
        length_only=length_only,
        member_line=lambda member: c_member_line(member, flavour),
        c_str=c_string,
        wrap_call=wrap_call,
        wrap_condition=wrap_condition,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """python/<container>.py and c/<container>.h for every container spec."""
    flavour = c_flavour.c_flavour(settings.c_types)
    rendered = []
    for container in specs.containers:
        sources = spec_sources(specs, CONTAINER_DIR, container.name)
        rendered.append(
            Rendered(
                f"python/{container.name}.py", render_python(container, sources, settings.spdx)
            )
        )
        rendered.append(
            Rendered(f"c/{container.name}.h", render_c(container, sources, flavour, settings.spdx))
        )
    return rendered
