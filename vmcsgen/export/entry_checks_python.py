"""Python exporter of the VM-entry checks: python/vmx_entry_checks.py, every check of the
evaluation plan as one straight-line function over a region reader (the one the container
and layout modules use) and a capability object shaped like CapabilityProfile."""

from __future__ import annotations

from vmcsgen.export.condition_spelling import PYTHON_TESTS
from vmcsgen.export.entry_check_code import (
    LA57,
    VA_BITS,
    VA_BITS_LA57,
    Branches,
    CapsSpelling,
    CheckCode,
    CheckSet,
    Node,
    Split,
    Syntax,
    Value,
    caps_expression,
    check_set,
    flat,
    sources,
)
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.caps import BASIC_TRUE_CTLS, VMX_MSR_NAMES
from vmcsgen.model.entry_checks import CheckSubjectKind
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.reading.settings import Config

MODULE = "vmx_entry_checks"


def _known(value: Value | None) -> Node:
    """Capabilities are always given; a value of the state when it was read."""
    assert value is not None, "Python reads every field by encoding"
    return True if value.kind is CheckSubjectKind.CAPS else f"{value.name} is not None"


def _unknown(value: Value | None) -> Node:
    assert value is not None, "Python reads every field by encoding"
    return False if value.kind is CheckSubjectKind.CAPS else f"{value.name} is None"


SYNTAX = Syntax(
    number=lambda value: str(value) if value < 10 else hex(value),
    mask=lambda value: f"{value:#x}",
    and_=" and ",
    or_=" or ",
    tests=PYTHON_TESTS,
    not_canonical="_noncanonical({v}, {k})",
    known=_known,
    unknown=_unknown,
    read=lambda value: value.name,
)


CAPS_SPELLING = CapsSpelling(
    msr=lambda name: f'caps.msr("{name}")',
    maxphyaddr="caps.maxphyaddr",
    va_bits=f'{VA_BITS_LA57} if caps.has("{LA57}") else {VA_BITS}',
    cpuid=lambda feature: f'int(caps.has("{feature}"))',
    setting=lambda word, setting: f'_{setting}(caps, "{word}")',
)


def value_expression(value: Value) -> str:
    """The Python expression a value is read with: None when the state lacks it."""
    if value.kind is CheckSubjectKind.CAPS:
        return caps_expression(value.caps_path, CAPS_SPELLING)
    if value.kind is CheckSubjectKind.MEMBER:
        return f'None if header is None else header.get("{value.header_member}")'
    region = "shadow_view" if value.kind is CheckSubjectKind.SHADOW_FIELD else "view"
    read = f"_field(reader, {region}, {value.encoding:#010x})"
    if value.kind is CheckSubjectKind.SHADOW_FIELD:
        return f"None if shadow_view is None else {read}"
    return read


def _chain_lines(code: CheckCode, branches: Branches, chained: bool = False) -> list[str]:
    lines: list[str] = []
    for position, (term, verdict) in enumerate(branches):
        later = position or chained
        if isinstance(verdict, Split):
            inner = _chain_lines(code, verdict.branches)
            if term is True and not later:
                lines += inner
                continue
            head = "else:" if term is True else f"{'elif' if later else 'if'} {flat(term)}:"
            lines += [head, *(f"    {line}" for line in inner)]
            continue
        action = f'{verdict.value}.append("{code.check.id}")'
        if term is True:
            lines += ["else:", f"    {action}"] if later else [action]
            continue
        lines += [f"{'elif' if later else 'if'} {flat(term)}:", f"    {action}"]
    return lines


def check_lines(code: CheckCode) -> list[str]:
    """The statements of one check, at function-body indentation: the fast path when every
    value it reads is there, the three-valued slow path otherwise."""
    lines = [f"# {code.check.id} (SDM {code.check.sdm})"]
    if code.guard is True:
        return lines + _chain_lines(code, code.fast)
    if code.guard is False:
        return lines + _chain_lines(code, code.slow)
    lines.append(f"if {flat(code.guard)}:")
    lines += [f"    {line}" for line in _chain_lines(code, code.fast) or ["pass"]]
    return lines + _chain_lines(code, code.slow, chained=True)


def render_python(checks: CheckSet, sources: list[str], spdx: str) -> str:
    return render(
        "entry_checks_python/vmx_entry_checks.py.j2",
        checks=checks,
        sources=sources,
        spdx=spdx,
        msr_names=VMX_MSR_NAMES,
        basic_true_ctls=BASIC_TRUE_CTLS,
        value_expression=value_expression,
        check_lines=check_lines,
        py_str=repr,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """python/vmx_entry_checks.py, when the specs hold checks."""
    if not specs.check_specs:
        return []
    checks = check_set(plan_entry_checks(specs), None, SYNTAX)
    text = render_python(checks, sources(specs), settings.spdx)
    return [Rendered(f"python/{MODULE}.py", text)]
