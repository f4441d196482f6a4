"""C exporter of the VM-entry checks: c/vmx_entry_checks.h, every check of the evaluation
plan as straight-line code over a `struct kvm_vmcs12` (constant offsets, no allocation, no
loops), with a struct of the destination's capabilities, in the configured C flavour."""

from __future__ import annotations

from vmcsgen.export import c_flavour
from vmcsgen.export.c_flavour import CFlavour
from vmcsgen.export.c_style import LINE_LIMIT, columns, wrap_call
from vmcsgen.export.container import c_string
from vmcsgen.export.entry_check_code import (
    LA57,
    MSR_MEMBERS,
    PROC3,
    U64,
    VA_BITS,
    VA_BITS_LA57,
    Branches,
    CheckCode,
    CheckSet,
    Group,
    Input,
    Node,
    Syntax,
    Value,
    Verdict,
    check_set,
    flat,
    msr_member,
    sources,
)
from vmcsgen.export.render import c_identifier, render, wrap_comment
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.container import Test
from vmcsgen.model.entry_checks import CheckSubjectKind
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.reading.loader import LAYOUT_DIR, spec_name
from vmcsgen.reading.settings import Config

# The layout the checks read at constant offsets: KVM's struct vmcs12 as current Linux has it.
LAYOUT = "kvm_vmcs12"
PREFIX = "VMX_ENTRY"
NAME = "vmx_entry"
HEADER = "vmx_entry_checks.h"
USES = (
    c_flavour.BIT_CONSTANTS,
    c_flavour.COMPILER_HINTS,
    c_flavour.INTEGERS,
    c_flavour.MEMCPY,
    c_flavour.OFFSETOF,
)


# The parameter of vmx_entry_checks() that holds each optional input.
INPUT_PARAMETERS = {Input.SHADOW: "shadow", Input.HEADER: "hdr"}


def number(value: int) -> str:
    """A number compared with: 64-bit ones as ULL constants, small ones in decimal."""
    if value > 0xFFFFFFFF:
        return f"{value:#x}ULL"
    return str(value) if value < 10 else f"{value:#x}"


def _known(value: Value | None) -> Node:
    """Fields of the layout are always there; a shadow field or header member when its
    pointer is not NULL; a field the layout lacks never."""
    if value is None:
        return False
    return True if value.input is None else INPUT_PARAMETERS[value.input]


def _unknown(value: Value | None) -> Node:
    known = _known(value)
    return (not known) if isinstance(known, bool) else f"!{known}"


SYNTAX = Syntax(
    number=number,
    mask=lambda value: f"{value:#x}ULL",
    and_=" && ",
    or_=" || ",
    tests={
        Test.IS: "{v} == {k}",
        Test.IS_NOT: "{v} != {k}",
        Test.BELOW: "{v} < {k}",
        Test.ABOVE: "{v} > {k}",
        Test.HAS: "({v} & {k}) != 0",
        Test.LACKS: "({v} & {k}) == 0",
        Test.OUTSIDE: "({v} & ~{k}) != 0",
        Test.LACKS_SOME: "({v} & {k}) != {k}",
        Test.MISALIGNED: "({v} % {k}) != 0",
        Test.WIDER_THAN: NAME + "_wider_than({v}, {k})",
        Test.SAME_AS: "{v} == {k}",
        Test.EXCEEDS: "{v} > {k}",
    },
    not_canonical=NAME + "_noncanonical({v}, {k})",
    known=_known,
    unknown=_unknown,
)


def cpuid_constant(feature: str) -> str:
    return f"{PREFIX}_CPUID_{feature.upper()}"


def _caps_value(value: Value) -> str:
    path = value.caps_path
    if path[0] == "msr":
        return f"caps->{msr_member(path[1])}"
    if path == ("maxphyaddr",):
        return "caps->maxphyaddr"
    if path == ("va_bits",):
        return f"caps->cpuid & {cpuid_constant(LA57)} ? {VA_BITS_LA57} : {VA_BITS}"
    if path[0] == "cpuid":
        return f"!!(caps->cpuid & {cpuid_constant(path[1])})"
    word, setting = path
    if word == "proc3":
        return "0" if setting == "allowed0" else f"caps->{msr_member(PROC3)}"
    return f"{NAME}_{setting}(caps, {PREFIX}_CTLS_{word.upper()})"


def value_initialiser(value: Value) -> str:
    """The C expression a value's local variable starts with."""
    if value.kind is CheckSubjectKind.CAPS:
        return _caps_value(value)
    if value.kind is CheckSubjectKind.MEMBER:
        return f"hdr ? hdr->{value.header_member} : 0"
    assert value.member is not None
    member = c_identifier(value.member.name)
    if value.kind is CheckSubjectKind.SHADOW_FIELD:
        return f"shadow ? shadow->{member} : 0"
    return f"vmcs12->{member}"


def _indent_to(column: int) -> str:
    return "\t" * (column // 8) + " " * (column % 8)


def fill(prefix: str, items: tuple[Node, ...], separator: str, tail: str) -> list[str]:
    """`prefix` then the items joined by `separator`, then `tail`, in lines of at most
    LINE_LIMIT columns: a line breaks after a separator and continues under the first item;
    an item that fits on no line is broken inside its own parentheses the same way."""
    align = _indent_to(columns(prefix))
    lines = [prefix]
    for position, item in enumerate(items):
        text = flat(item) + (separator if position < len(items) - 1 else tail)
        if columns(lines[-1] + text.rstrip()) <= LINE_LIMIT:
            lines[-1] += text
            continue
        start = lines.pop() if lines[-1] == prefix else align
        if lines:
            lines[-1] = lines[-1].rstrip()
        if columns(start + text.rstrip()) <= LINE_LIMIT:
            lines.append(start + text)
            continue
        if not isinstance(item, Group):
            lines += break_term(start, text)
            continue
        rest = separator if position < len(items) - 1 else tail
        lines += fill(start + "(", item.items, item.separator, ")" + rest)
    return lines  # a line may end in a separator's space: the caller strips it


# Binary operators a long term may break after, as the kernel breaks them.
_OPERATORS = (" & ", " | ", " != ", " == ", " < ", " > ")


def break_term(start: str, text: str) -> list[str]:
    """One term that fits on no line, broken after the last binary operator that keeps the
    line within the limit; the rest continues under the innermost open parenthesis."""
    opened: list[int] = []
    best: tuple[int, int] | None = None  # (break after, continuation column)
    base = columns(start)
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            opened.pop()
        ends = [index + len(op) for op in _OPERATORS if text.startswith(op, index)]
        if ends and opened and base + ends[0] - 1 <= LINE_LIMIT:
            best = (ends[0], base + opened[-1] + 1)
    if best is None:
        return [start + text]
    cut, column = best
    head = start + text[:cut].rstrip()
    return [head, *break_term(_indent_to(column), text[cut:])]


def condition_lines(head: str, terms: tuple[Node, ...], indent: int = 1) -> str:
    """`head (term)` as an if statement's first lines, kernel style: a top-level AND is
    written without its own parentheses."""
    (term,) = terms
    items, separator = (term.items, term.separator) if isinstance(term, Group) else (terms, "")
    lines = fill("\t" * indent + head + " (", items, separator, ")")
    return "\n".join(line.rstrip() for line in lines)


def _action(code: CheckCode, verdict: Verdict, indent: int) -> str:
    bit = f"{PREFIX}_CHECK_{code.constant}"
    return wrap_call(f"{NAME}_check_set", [f"result->{verdict.value}", bit], ";", indent=indent)


def _chain_lines(code: CheckCode, branches: Branches, indent: int) -> list[str]:
    """An if / else-if chain setting the check's bit in its verdict's bitmap."""
    pad = "\t" * indent
    lines: list[str] = []
    for position, (term, verdict) in enumerate(branches):
        if term is True:
            lines += [f"{pad}else"] if position else []
            lines.append(_action(code, verdict, indent + bool(position)))
            continue
        lines.append(condition_lines("else if" if position else "if", (term,), indent))
        lines.append(_action(code, verdict, indent + 1))
    return lines


def _braced_rest(code: CheckCode, branches: Branches, indent: int) -> list[str]:
    """The else branches after a braced if body, each in braces, then the closing brace."""
    pad = "\t" * indent
    lines: list[str] = []
    for term, verdict in branches:
        if term is True:
            lines.append(f"{pad}}} else {{")
        else:
            lines.append(condition_lines("} else if", (term,), indent) + " {")
        lines.append(_action(code, verdict, indent + 1))
    return [*lines, f"{pad}}}"]


def check_comment(code: CheckCode) -> str:
    """The check's id and SDM section, as a block comment when one line cannot hold them."""
    text = f"{code.check.id} (SDM {code.check.sdm})"
    if columns(f"\t/* {text} */") <= LINE_LIMIT:
        return f"\t/* {text} */"
    body = wrap_comment(text, LINE_LIMIT - columns("\t * "))
    return "\n".join(["\t/*", *(f"\t * {line}" for line in body), "\t */"])


def check_statement(code: CheckCode) -> str:
    """The statements of one check under a comment naming it: the fast path when every value
    it reads is there, the three-valued slow path otherwise."""
    lines = [check_comment(code)]
    if code.guard is False:
        return "\n".join(lines + _chain_lines(code, code.slow, 1))
    if code.guard is True or not code.slow:
        guard = () if code.guard is True else (code.guard,)
        fast = tuple((_and((*guard, term)), verdict) for term, verdict in code.fast)
        return "\n".join(lines + _chain_lines(code, fast, 1))
    lines.append(condition_lines("if", (code.guard,)) + " {")
    lines += _chain_lines(code, code.fast, 2)
    return "\n".join(lines + _braced_rest(code, code.slow, 1))


def _and(terms: tuple[Node, ...]) -> Node:
    kept = tuple(t for t in terms if t is not True)
    if not kept:
        return True
    return kept[0] if len(kept) == 1 else Group(SYNTAX.and_, kept)


def unused_parameters(checks: CheckSet) -> list[str]:
    """The state pointers no check reads (every check spec may leave out some input)."""
    read = {v.kind for v in checks.values}
    return [
        parameter
        for kind, parameter in (
            (CheckSubjectKind.FIELD, "vmcs12"),
            (CheckSubjectKind.SHADOW_FIELD, INPUT_PARAMETERS[Input.SHADOW]),
            (CheckSubjectKind.MEMBER, INPUT_PARAMETERS[Input.HEADER]),
        )
        if kind not in read
    ]


def render_c(checks: CheckSet, sources: list[str], flavour: CFlavour, spdx: str) -> str:
    return render(
        "entry_checks_c/vmx_entry_checks.h.j2",
        checks=checks,
        layout=checks.layout,
        sources=sources,
        spdx=spdx,
        flavour=flavour,
        uses=USES,
        prefix=PREFIX,
        name=NAME,
        header_struct=f"{checks.container}_header",
        msr_members=MSR_MEMBERS,
        unused_parameters=unused_parameters(checks),
        cpuid_constant=cpuid_constant,
        value_initialiser=value_initialiser,
        check_statement=check_statement,
        u64_mask=U64,
        c_str=c_string,
        wrap_call=wrap_call,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/vmx_entry_checks.h, when the specs hold checks and the layout they are read in."""
    if not specs.check_specs or LAYOUT not in specs.by_name:
        return []
    layout = specs.by_name[LAYOUT]
    checks = check_set(plan_entry_checks(specs), layout, SYNTAX)
    files = sources(specs, spec_name(specs, LAYOUT_DIR, f"{LAYOUT}.yaml"))
    flavour = c_flavour.c_flavour(settings.c_types)
    return [Rendered(f"c/{HEADER}", render_c(checks, files, flavour, settings.spdx))]
