"""C exporter of the VM-entry checks: c/vmx_entry_checks.h, every check of the evaluation
plan as straight-line code over a `struct kvm_vmcs12` (constant offsets, no allocation, no
loops), with a struct of the destination's capabilities, in the configured C flavour."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from vmcsgen.export import c_flavour
from vmcsgen.export.c_flavour import CFlavour
from vmcsgen.export.c_style import LINE_LIMIT, columns, wrap_call
from vmcsgen.export.condition_spelling import C_TESTS
from vmcsgen.export.container import c_string
from vmcsgen.export.entry_check_code import (
    LA57,
    MSR_MEMBERS,
    VA_BITS,
    VA_BITS_LA57,
    Branches,
    CapsSpelling,
    CheckCode,
    CheckSet,
    Group,
    Input,
    Node,
    Split,
    Syntax,
    Value,
    Verdict,
    caps_expression,
    check_set,
    flat,
    msr_member,
    sources,
)
from vmcsgen.export.render import c_identifier, render, wrap_comment
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.caps import BASIC_TRUE_CTLS
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


def cpuid_constant(feature: str) -> str:
    return f"{PREFIX}_CPUID_{feature.upper()}"


@functools.cache
def _caps_spelling(u64: str) -> CapsSpelling:
    return CapsSpelling(
        msr=lambda name: f"caps->{msr_member(name)}",
        maxphyaddr=f"({u64})caps->maxphyaddr",
        va_bits=f"{NAME}_va_bits(caps)",
        cpuid=lambda feature: f"!!(caps->cpuid & {cpuid_constant(feature)})",
        setting=lambda word, setting: f"{NAME}_{setting}(caps, {PREFIX}_CTLS_{word.upper()})",
    )


def read(value: Value, u64: str) -> str:
    """A value where a term reads it, as a 64-bit number: a load at a constant offset of the
    struct (never through a NULL pointer: a term reads a value only where its pointer was
    tested), a capability, or a setting derived from the capability MSRs."""
    if value.kind is CheckSubjectKind.CAPS:
        return caps_expression(value.caps_path, _caps_spelling(u64))
    if value.kind is CheckSubjectKind.MEMBER:
        return f"({u64})hdr->{value.header_member}"
    assert value.member is not None
    member = c_identifier(value.member.name)
    pointer = "shadow" if value.kind is CheckSubjectKind.SHADOW_FIELD else "vmcs12"
    return f"({u64}){pointer}->{member}"


def syntax(flavour: CFlavour) -> Syntax:
    """C in `flavour`: values are read as its 64-bit type."""
    return replace(_SYNTAX, read=lambda value: read(value, flavour.unsigned(8)))


_SYNTAX = Syntax(
    number=number,
    mask=lambda value: f"{value:#x}ULL",
    and_=" && ",
    or_=" || ",
    # The shift of wider_than may be by 64 or more, which C leaves undefined.
    tests={**C_TESTS, Test.WIDER_THAN: NAME + "_wider_than({v}, {k})"},
    not_canonical=NAME + "_noncanonical({v}, {k})",
    known=_known,
    unknown=_unknown,
    read=lambda value: read(value, "u64"),
)


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
_ARGUMENTS = ", "


def break_term(start: str, text: str) -> list[str]:
    """One term that fits on no line, broken after binary operators: each line ends after
    the last operator that keeps it within the limit (after an argument's comma only where no
    operator does), and the next continues under the innermost parenthesis open at the break
    (the term's own start at its top level)."""
    opened: list[int] = []
    # (index after the operator, open parenthesis, whether it is an argument's comma)
    breaks: list[tuple[int, int | None, bool]] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            opened.pop()
        for op in (*_OPERATORS, _ARGUMENTS):
            if text.startswith(op, index):
                breaks.append((index + len(op), opened[-1] if opened else None, op == _ARGUMENTS))
    lines = [start]
    line_start, column = 0, columns(start)
    placed: dict[int | None, int] = {None: column - 1}  # parenthesis -> its column
    while column + len(text[line_start:].rstrip()) > LINE_LIMIT:
        fitting = [
            (cut, paren, comma)
            for cut, paren, comma in breaks
            if cut > line_start and column + (cut - line_start) - 1 <= LINE_LIMIT
        ]
        if not fitting:
            break
        operators = [b for b in fitting if not b[2]]
        cut, paren, _ = (operators or fitting)[-1]
        for index in opened_before(text, line_start, cut):
            placed.setdefault(index, column + index - line_start)
        lines[-1] += text[line_start:cut].rstrip()
        line_start, column = cut, placed[paren] + 1
        lines.append(_indent_to(column))
    lines[-1] += text[line_start:]
    return lines


def opened_before(text: str, start: int, end: int) -> list[int]:
    """The indexes of the parentheses opened in text[start:end]."""
    return [index for index in range(start, end) if text[index] == "("]


def condition_lines(head: str, terms: tuple[Node, ...], indent: int = 1) -> str:
    """`head (term)` as an if statement's first lines, kernel style: a top-level AND is
    written without its own parentheses."""
    (term,) = terms
    items, separator = (term.items, term.separator) if isinstance(term, Group) else (terms, "")
    lines = fill("\t" * indent + head + " (", items, separator, ")")
    return "\n".join(line.rstrip() for line in lines)


def _action(code: CheckCode, verdict: Verdict, indent: int) -> str:
    """The check's bit set by its constant; by its number where the constant would carry the
    line past the limit (the comment above the check names it)."""
    named = wrap_call(
        f"{NAME}_check_set", [verdict.value, f"{PREFIX}_CHECK_{code.constant}"], ";", indent
    )
    if all(columns(line) <= LINE_LIMIT for line in named.splitlines()):
        return named
    return wrap_call(f"{NAME}_check_set", [verdict.value, f"{code.index}u"], ";", indent)


def _chain_lines(code: CheckCode, branches: Branches, indent: int) -> list[str]:
    """An if / else-if chain setting the check's bit in its verdict's bitmap; a Split, the
    last branch of its chain, chooses the bitmap in a chain of its own."""
    pad = "\t" * indent
    lines: list[str] = []
    for position, (term, verdict) in enumerate(branches):
        if isinstance(verdict, Split):
            # chain() makes a Split the only branch; _braced_rest() places one after a guard.
            assert position == 0 and len(branches) == 1, "a Split is its chain's only branch"
            if term is True:
                return _chain_lines(code, verdict.branches, indent)
            return [
                condition_lines("if", (term,), indent) + " {",
                *_chain_lines(code, verdict.branches, indent + 1),
                f"{pad}}}",
            ]
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
        if isinstance(verdict, Split):
            lines += _chain_lines(code, verdict.branches, indent + 1)
        else:
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
    return kept[0] if len(kept) == 1 else Group(_SYNTAX.and_, kept)


def unused_parameters(statements: list[str]) -> list[str]:
    """The state pointers no statement reads (a spec set may leave out an input)."""
    body = "\n".join(statements)
    return [
        pointer
        for pointer in ("vmcs12", *INPUT_PARAMETERS.values())
        if not re.search(rf"\b{pointer}->", body)
    ]


def render_c(checks: CheckSet, sources: list[str], flavour: CFlavour, spdx: str) -> str:
    statements = [check_statement(code) for code in checks.checks]
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
        unused_parameters=unused_parameters(statements),
        cpuid_constant=cpuid_constant,
        la57=LA57,
        va_bits=VA_BITS,
        va_bits_la57=VA_BITS_LA57,
        statements=statements,
        basic_true_ctls_bit=BASIC_TRUE_CTLS.bit_length() - 1,
        c_str=c_string,
        wrap_call=wrap_call,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/vmx_entry_checks.h, when the specs hold checks and the layout they are read in."""
    if not specs.check_specs or LAYOUT not in specs.by_name:
        return []
    flavour = c_flavour.c_flavour(settings.c_types)
    checks = check_set(plan_entry_checks(specs), specs.by_name[LAYOUT], syntax(flavour))
    files = sources(specs, spec_name(specs, LAYOUT_DIR, f"{LAYOUT}.yaml"))
    return [Rendered(f"c/{HEADER}", render_c(checks, files, flavour, settings.spdx))]
