"""The check spec kind: loading (every error in one run, located), the evaluation plan, and
the evaluator's meaning of every test, of `bits:`, `except:`, `any:` and of undecided reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from entry_check_helpers import profile, spec_copy

from vmcsgen.model.container import Test as ConditionTest
from vmcsgen.model.diagnostics import SpecError
from vmcsgen.model.entry_checks import CheckScope
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.reading.loader import load_specs
from vmcsgen.state.entry_checks import CheckState, Verdict, evaluate

HEAD = """\
name: {name}
stage: {stage}
source: tests
constants:
  INVALID_GPA: 0xffffffffffffffff
checks:
"""


def entry(check_id: str, when: str, extra: str = "", by: str = "kvm") -> str:
    """One check on one line of YAML (so that errors are reported on known lines)."""
    keys = f"id: {check_id}, message: m, sdm: s, kvm: k, enforced_by: {by}{extra}"
    return f"  - {{{keys}, when: [{when}]}}\n" if when else f"  - {{{keys}}}\n"


# One check per test, each broken by the value of its field in the state below.
PIN = "PIN_BASED_VM_EXEC_CONTROL"
OPERATOR_CHECKS = "".join(
    [
        entry("t-is", "{of: GUEST_CR3, is: 0x1000}"),
        entry("t-is-not", "{of: GUEST_CR3, is_not: 0x2000}"),
        entry("t-below", "{of: GUEST_CR3, below: 0x1001}"),
        entry("t-above", "{of: GUEST_ACTIVITY_STATE, above: 2}"),
        entry("t-has", f"{{of: {PIN}, has: [PIN_BASED_NMI_EXITING, PIN_BASED_VIRTUAL_NMIS]}}"),
        entry("t-lacks", f"{{of: {PIN}, lacks: PIN_BASED_POSTED_INTR}}"),
        entry("t-lacks-some", f"{{of: {PIN}, lacks_some: [PIN_BASED_POSTED_INTR, 0x10]}}"),
        entry("t-outside", f"{{of: {PIN}, outside: caps.pin.allowed1}}"),
        entry("t-misaligned", "{of: IO_BITMAP_A, misaligned: 4096}"),
        entry("t-wider", "{of: IO_BITMAP_A, wider_than: caps.maxphyaddr}"),
        entry("t-not-in", "{of: EPT_POINTER, bits: [2, 0], not_in: [0, 6]}"),
        entry(
            "t-in",
            "{of: GUEST_ACTIVITY_STATE, in: [GUEST_ACTIVITY_SHUTDOWN, GUEST_ACTIVITY_WAIT_SIPI]}",
        ),
        entry("t-same-as", "{of: vmcs12_pa, same_as: vmxon_pa}"),
        entry("t-exceeds", "{of: CR3_TARGET_COUNT, exceeds: caps.msr.IA32_VMX_MISC}"),
        entry("t-not-canonical", "{of: HOST_RIP, not_canonical: caps.va_bits}"),
        entry(
            "t-except",
            "{of: GUEST_CR0, lacks_some: caps.msr.IA32_VMX_CR0_FIXED0, except: [0x1, 0x80000000]}",
        ),
        """\
  - id: t-any
    message: m
    sdm: s
    kvm: k
    enforced_by: cpu
    when:
      - {of: CPU_BASED_VM_EXEC_CONTROL, has: CPU_BASED_USE_IO_BITMAPS}
      - any:
          - [{of: IO_BITMAP_A, misaligned: 4096}]
          - [{of: IO_BITMAP_A, wider_than: caps.maxphyaddr}]
""",
        entry("t-unknown", "{of: flags, has: EVMCS}", ", unknown: needs the vCPU"),
        entry("t-shadow", "{of: shadow.GUEST_CR3, is: 0}"),
    ]
)

BROKEN_STATE = {
    "GUEST_CR3": 0x1000,
    "PIN_BASED_VM_EXEC_CONTROL": 0x16 | 0x8,
    "IO_BITMAP_A": 0x1_0000_0800,  # misaligned and beyond a 32-bit MAXPHYADDR
    "EPT_POINTER": 0x5,
    "GUEST_ACTIVITY_STATE": 3,
    "CR3_TARGET_COUNT": 5,
    "HOST_RIP": 0x0000_8000_0000_0000,
    "GUEST_CR0": 0x0,  # lacks NE
    "CPU_BASED_VM_EXEC_CONTROL": 1 << 25,
}
# The same state with every check holding.
HOLDING_STATE = {
    "GUEST_CR3": 0x2000,
    "PIN_BASED_VM_EXEC_CONTROL": 0x16 | 0x80,
    "IO_BITMAP_A": 0x1000,
    "EPT_POINTER": 0x6,
    "GUEST_ACTIVITY_STATE": 0,
    "CR3_TARGET_COUNT": 4,
    "HOST_RIP": 0xFFFF_FFFF_8100_0000,
    "GUEST_CR0": 0x20,  # lacks PE and PG, which `except` leaves out
    "CPU_BASED_VM_EXEC_CONTROL": 1 << 25,
}
CR0_FIXED0 = 0x80000021  # PG NE PE


def spec_text(name: str, body: str, stage: int = 5) -> str:
    return HEAD.format(name=name, stage=stage) + body


@pytest.fixture(scope="module")
def operator_specs(tmp_path_factory: pytest.TempPathFactory) -> SpecSet:
    root = spec_copy(tmp_path_factory.mktemp("ops"), {"ops": spec_text("ops", OPERATOR_CHECKS)})
    return load_specs(root)


def caps(**msrs: int):
    return profile(
        maxphyaddr=32,
        IA32_VMX_PINBASED_CTLS=0x000000F7_00000016,  # NMI exiting not allowed
        IA32_VMX_MISC=4,
        IA32_VMX_CR0_FIXED0=CR0_FIXED0,
        **msrs,
    )


def verdicts(specs: SpecSet, state: CheckState) -> dict[str, Verdict]:
    plan = plan_entry_checks(specs)
    return {p.check.id: evaluate(p, state).verdict for p in plan.checks if p.spec.name == "ops"}


def test_bundled_check_specs_load_in_stage_order(specs: SpecSet) -> None:
    stages = [spec.stage for spec in specs.check_specs]
    assert stages == sorted(stages)
    names = [spec.name for spec in specs.check_specs]
    assert "set_nested_state" in names
    assert specs.check_specs[0].scope is CheckScope.NESTED_STATE


def test_every_test_breaks_and_holds(operator_specs: SpecSet) -> None:
    header = {"flags": 0, "vmxon_pa": 0x1000, "vmcs12_pa": 0x1000}
    broken = verdicts(operator_specs, CheckState(BROKEN_STATE, {"GUEST_CR3": 0}, header, caps()))
    expected = {name: Verdict.BROKEN for name in broken}
    expected["t-unknown"] = Verdict.HOLDS  # flags lacks EVMCS: the precondition fails
    assert broken == expected
    holding = verdicts(
        operator_specs,
        CheckState(HOLDING_STATE, {"GUEST_CR3": 1}, {**header, "vmcs12_pa": 0x2000}, caps()),
    )
    assert set(holding.values()) == {Verdict.HOLDS}
    # Every test of the language is exercised by some check.
    tested = {
        c.test
        for p in plan_entry_checks(operator_specs).checks
        for c in p.check.when
        if hasattr(c, "test")
    }
    assert tested == set(ConditionTest)


def test_unread_subjects_leave_a_check_undecided(operator_specs: SpecSet) -> None:
    plan = {p.check.id: p for p in plan_entry_checks(operator_specs).checks}
    bare = CheckState(BROKEN_STATE)  # no header, no shadow, no profile
    outcome = evaluate(plan["t-outside"], bare)
    assert outcome.verdict is Verdict.UNDECIDED
    assert "caps.pin.allowed1: no capability profile" in outcome.why
    assert ("PIN_BASED_VM_EXEC_CONTROL", 0x1E) in outcome.values
    assert evaluate(plan["t-shadow"], bare).verdict is Verdict.UNDECIDED
    assert "no shadow vmcs12" in evaluate(plan["t-shadow"], bare).why
    assert "no nested-state header" in evaluate(plan["t-same-as"], bare).why
    missing_field = CheckState({}, caps=caps())
    assert "layout has no such field" in evaluate(plan["t-is"], missing_field).why
    # A bit count read from the state that is no bit count decides nothing.
    no_width = CheckState(BROKEN_STATE, caps=profile(maxphyaddr=0))
    assert evaluate(plan["t-wider"], no_width).verdict is Verdict.UNDECIDED
    # `unknown`: undecided when its conditions hold, with what it needs as the reason.
    evmcs = evaluate(plan["t-unknown"], CheckState({}, header={"flags": 4}))
    assert (evmcs.verdict, evmcs.why) == (Verdict.UNDECIDED, "needs the vCPU")


def test_false_beats_unknown_and_true_beats_unknown_in_any(operator_specs: SpecSet) -> None:
    plan = {p.check.id: p for p in plan_entry_checks(operator_specs).checks}
    no_io = {"CPU_BASED_VM_EXEC_CONTROL": 0, "IO_BITMAP_A": 0x800}
    # The AND's first condition is false: the unread profile does not matter.
    assert evaluate(plan["t-any"], CheckState(no_io)).verdict is Verdict.HOLDS
    # The first alternative is true: the second, unread, does not matter.
    io = {"CPU_BASED_VM_EXEC_CONTROL": 1 << 25, "IO_BITMAP_A": 0x800}
    assert evaluate(plan["t-any"], CheckState(io)).verdict is Verdict.BROKEN
    # Neither alternative true, one unread: undecided.
    aligned = {**io, "IO_BITMAP_A": 0x1000}
    assert evaluate(plan["t-any"], CheckState(aligned)).verdict is Verdict.UNDECIDED
    assert evaluate(plan["t-any"], CheckState(aligned, caps=caps())).verdict is Verdict.HOLDS


def test_release_narrows_the_plan(tmp_path: Path) -> None:
    body = "".join(
        [
            entry("r-old", "{of: GUEST_CR3, is: 0}", ', until: "5.9"'),
            entry("r-new", "{of: GUEST_CR3, is: 0}", ', since: "5.9"'),
            entry("r-all", "{of: GUEST_CR3, is: 0}"),
        ]
    )
    specs = load_specs(spec_copy(tmp_path, {"rel": spec_text("rel", body)}))

    def ids(release: str | None) -> list[str]:
        return [
            p.check.id for p in plan_entry_checks(specs, release).checks if p.spec.name == "rel"
        ]

    assert ids("5.4") == ["r-old", "r-all"]
    assert ids("5.9") == ids("6.10") == ["r-new", "r-all"]
    assert ids(None) == ["r-old", "r-new", "r-all"]
    indexes = {p.check.id: p.index for p in plan_entry_checks(specs, "6.1").checks}
    assert (
        indexes["r-all"] == {p.check.id: p.index for p in plan_entry_checks(specs).checks}["r-all"]
    )


BAD = "".join(
    [
        entry("b-field", "{of: GUEST_CR9, is: 0}"),
        entry("b-name", "{of: GUEST_CR0, has: NO_SUCH_BIT}"),
        entry("b-fit", "{of: GUEST_ACTIVITY_STATE, is: 0x100000000}"),
        entry("b-caps", "{of: caps.pin.allowed2, is: 0}"),
        entry("b-bits", "{of: EPT_POINTER, bits: [0, 2], is: 0}"),
        entry("b-two", "{of: GUEST_CR0, is: 0, has: 1}"),
        entry("b-when", ""),
        entry("b-member", "{of: flagz, is: 0}"),
        entry("b-align", "{of: IO_BITMAP_A, misaligned: 0}"),
        entry("b-release", "{of: GUEST_CR3, is: 0}", ', since: "6.1", until: "5.4"'),
        entry("b-length", "{of: length, is: 0}"),
    ]
)
DUPLICATE = entry("vmxon-pa-beyond-maxphyaddr", "{of: GUEST_CR3, is: 0}")


def test_every_loader_error_in_one_run_located(tmp_path: Path) -> None:
    files = {"bad": spec_text("bad", BAD), "other": spec_text("wrong", DUPLICATE)}
    root = spec_copy(tmp_path, files)
    with pytest.raises(SpecError) as raised:
        load_specs(root)
    text = str(raised.value)
    expected = [
        (1, "GUEST_CR9 is not a field of the catalog"),
        (2, "NO_SUCH_BIT is neither a constant, a bits.yaml name"),
        (3, "0x100000000 does not fit GUEST_ACTIVITY_STATE (32 bits)"),
        (4, "caps.pin.allowed2 is not a capability"),
        (5, "bits [0, 2]: HIGH must be at least LOW"),
        (6, "a condition takes exactly one test, not 2"),
        (7, "a check needs `when:`"),
        (8, "'flagz' is not a value member of the header"),
        (9, "misaligned: 0 is no alignment"),
        (10, "until 5.4 is not after since 6.1"),
        (11, "length is not a header member"),
    ]
    first = 7  # the line of the first check in spec_text
    for offset, message in expected:
        line = next((ln for ln in text.splitlines() if message in ln), None)
        assert line is not None, message
        assert f"{root}/checks/bad.yaml:{first + offset - 1}:" in line, line
    assert "checks 'wrong' must live in checks/wrong.yaml" in text
    assert f"{root}/checks/other.yaml:7:5: error: check vmxon-pa-beyond-maxphyaddr is " in text


def test_schema_errors_are_located(tmp_path: Path) -> None:
    body = "  - {id: s-1, message: m, sdm: s, kvm: k, enforced_by: hypervisor, when: []}\n"
    root = spec_copy(tmp_path, {"sch": spec_text("sch", body)})
    with pytest.raises(SpecError) as raised:
        load_specs(root)
    assert "checks/sch.yaml:7:" in str(raised.value)
    assert "hypervisor" in str(raised.value)


def test_container_tests_mean_what_the_generated_rules_compile() -> None:
    """Test.holds is the one meaning of a test: the Python spelling the container rules and
    the entry checks generate agrees."""
    from vmcsgen.export.condition_spelling import PYTHON_TESTS

    samples = [0, 1, 5, 0x1000, 0xFFF, 1 << 40, (1 << 64) - 1]
    for test, template in PYTHON_TESTS.items():
        for v in samples:
            for k in (1, 3, 12, 0x1000, 0x20):
                expression = template.format(v=v, k=k)
                assert test.holds(v, (k,)) == eval(expression), (test, v, k)
