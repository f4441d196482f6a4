"""The generated entry checks (python/vmx_entry_checks.py, c/vmx_entry_checks.h) agree with
the evaluator on every check of specs/checks as it is when the tests run, plus a spec of
our own that uses every construct of the check language: on a running L2 and on seeded
random states and capability profiles. The C is compiled with gcc and clang (and, in the
kernel flavour, built with kbuild and run through checkpatch --strict)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, Toolchain
from entry_check_states import (
    PERMISSIVE,
    State,
    random_states,
    realistic_header,
    run_compiled,
    runner_source,
)
from entry_controls_states import MUTATIONS as CONTROL_MUTATIONS
from entry_controls_states import kvm61_profile
from entry_states import CPUID, REALISTIC, EntryState, kvm_like_profile
from running_l2 import field_values, running_l2
from test_entry_checks_state import BASES as STATE_BASES
from test_entry_checks_state import MUTATIONS as STATE_MUTATIONS
from test_entry_checks_state import profile_for
from test_kernel_tree import (
    ENTRY_CHECKS_HEADER,
    SILENT,
    checkpatch,
    kbuild,
    kbuild_tree,
    module_source,
    run_checkpatch,
)

from vmcsgen.export import entry_checks_c, entry_checks_python
from vmcsgen.export.c_flavour import USER
from vmcsgen.export.entry_check_code import CheckSet, check_set
from vmcsgen.export.registry import render_outputs
from vmcsgen.export.render import class_name
from vmcsgen.export.rendered import Rendered, load_module
from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.container import Container
from vmcsgen.model.entry_checks import CheckSubjectKind
from vmcsgen.model.spec import SpecSet
from vmcsgen.output.formatting import final_text
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.reading.loader import load_specs
from vmcsgen.reading.settings import Config
from vmcsgen.state.entry_checks import CheckState, Verdict, evaluate_all

__all__ = ["checkpatch", "kbuild_tree"]  # fixtures shared with test_kernel_tree

RANDOM_STATES = 400
LANGUAGE_CHECKS = Path(__file__).parent / "fixtures" / "entry_checks_language.yaml"


# Broken on no state: the other condition reads a field kvm_vmcs12 lacks; PROCBASED_CTLS3
# has no allowed-0 settings (nothing must be 1).
NEVER_BROKEN = {"g-absent-precondition", "g-proc3-allowed0"}


@pytest.fixture(scope="module")
def language_specs(tmp_path_factory: pytest.TempPathFactory) -> SpecSet:
    """The bundled specs with the language spec added."""
    root = tmp_path_factory.mktemp("language") / "specs"
    shutil.copytree(ROOT / "specs", root)
    shutil.copy(LANGUAGE_CHECKS, root / "checks" / "generated_language.yaml")
    return load_specs(root)


@pytest.fixture(scope="module", params=["bundled", "language"])
def spec_set(request: pytest.FixtureRequest, specs: SpecSet) -> SpecSet:
    if request.param == "bundled":
        return specs
    value: SpecSet = request.getfixturevalue("language_specs")
    return value


def _checks(specs: SpecSet) -> CheckSet:
    layout = specs.by_name["kvm_vmcs12"]
    return check_set(plan_entry_checks(specs), layout, entry_checks_c.syntax(USER))


def _container(specs: SpecSet, checks: CheckSet) -> Container:
    return next(c for c in specs.containers if c.name == checks.container)


def _rendered(specs: SpecSet, c_types: str = "stdint") -> dict[str, str]:
    config = Config(specs=Path(specs.root), out=Path("unused"), c_types=c_types)
    return {o.path: o.text for o in render_outputs(specs, config)}


def _python_module(specs: SpecSet) -> ModuleType:
    text = _rendered(specs)[f"python/{entry_checks_python.MODULE}.py"]
    return load_module(f"vmx_entry_checks_{Path(specs.root).parent.name}", text)


def _compiled(specs: SpecSet, toolchain: Toolchain, folder: Path, family: str) -> Path:
    """The runner built against the user-flavour headers of `specs`."""
    for path, text in _rendered(specs).items():
        if path.startswith("c/"):
            (folder / Path(path).name).write_text(text, "utf-8")
    source = folder / "runner.c"
    source.write_text(runner_source(_checks(specs)), "utf-8")
    tools = toolchain.family(family)
    sanitize = family == "gcc" and toolchain.sanitizers_work
    return tools.compile(source, folder / f"runner-{family}", includes=[folder], sanitize=sanitize)


def evaluator_results(specs: SpecSet, state: State, layout_name: str = "kvm_vmcs12") -> tuple:
    layout = specs.by_name[layout_name]
    check_state = CheckState(
        field_values(layout, state.region),
        None if state.shadow is None else field_values(layout, state.shadow),
        state.header,
        state.caps,
    )
    results = evaluate_all(plan_entry_checks(specs).checks, check_state)
    return (
        [r.id for r in results if r.verdict is Verdict.BROKEN],
        [r.id for r in results if r.verdict is Verdict.UNDECIDED],
    )


def python_results(module: ModuleType, state: State, layout: ModuleType, own: bool) -> tuple:
    """Run the generated Python on `state`, reading through the layout module's class; with
    `own`, the capabilities as the generated module's Capabilities instead of the profile."""
    cls = getattr(layout, class_name(layout.LAYOUT_NAME))
    caps = state.caps
    if own:
        caps = module.Capabilities(dict(caps.msrs), caps.maxphyaddr, caps.cpuid)
    result = module.run_checks(
        state.region, caps, lambda r, e: cls(r).read(e), state.shadow, state.header
    )
    return (result.failed, result.undecided)


def realistic_states(spec_set: SpecSet, container: Container) -> list[State]:
    """The realistic states of the evaluator's tests, each under its KVM-like profile: a
    running 64-bit L2, a real-mode L2 under unrestricted guest and one with a #PF being
    injected, and every mutation that breaks one state check or one control check of them."""
    layout = spec_set.by_name["kvm_vmcs12"]

    def state(entry: EntryState, caps: CapabilityProfile) -> State:
        region = bytes(running_l2(layout, **entry.fields))
        return State(region, None, {**realistic_header(container), **entry.header}, caps)

    states = [state(build(layout), kvm_like_profile()) for build in REALISTIC]
    for mutation in STATE_MUTATIONS:
        base = STATE_BASES[mutation.base](layout).with_header(**mutation.header)
        states.append(state(base.with_fields(**mutation.fields), profile_for(mutation)))
    running = EntryState("running L2", field_values(layout, running_l2(layout)))
    for mutation in CONTROL_MUTATIONS.values():
        caps = kvm61_profile(**mutation.msrs)
        states.append(state(running.with_fields(**mutation.fields), caps))
    # vmx_set_nested_state()'s own checks: the header's addresses and the guest's CPUID.
    in_guest_mode = REALISTIC[0](layout)
    beyond = 1 << 50  # a page-aligned address above the profile's MAXPHYADDR of 46
    states += [
        state(in_guest_mode.with_header(vmxon_pa=beyond), kvm_like_profile()),
        state(in_guest_mode.with_header(vmcs12_pa=beyond), kvm_like_profile()),
        state(in_guest_mode, kvm_like_profile(cpuid=tuple(f for f in CPUID if f != "vmx"))),
    ]
    return states


@pytest.fixture(scope="module")
def corpus(spec_set: SpecSet) -> list[State]:
    checks = _checks(spec_set)
    layout = spec_set.by_name["kvm_vmcs12"]
    container = _container(spec_set, checks)
    region = bytes(running_l2(layout))
    shadow = bytes(running_l2(layout, shadow=True))
    # A running L2 as KVM holds it: in a blob, with and without the shadow vmcs12, and bare.
    running = [
        State(region, None, realistic_header(container), PERMISSIVE),
        State(region, shadow, realistic_header(container), PERMISSIVE),
        State(region, None, None, PERMISSIVE),
    ]
    realistic = realistic_states(spec_set, container)
    return running + realistic + random_states(checks, container, RANDOM_STATES)


def test_the_realistic_corpus_breaks_every_bundled_check(spec_set: SpecSet) -> None:
    """The realistic part of the corpus reaches each bundled check that a state can break:
    the generated code is compared where each check's verdict turns."""
    checks = _checks(spec_set)
    broken: set[str] = set()
    for state in realistic_states(spec_set, _container(spec_set, checks)):
        broken.update(evaluator_results(spec_set, state)[0])
    bundled = {
        p.check.id
        for p in plan_entry_checks(spec_set).checks
        if not p.check.unknown and p.spec.name != "generated_language"
    }
    assert not bundled - broken, sorted(bundled - broken)


def test_generated_python_agrees_with_the_evaluator(
    spec_set: SpecSet, corpus: list[State], layout_module
) -> None:  # type: ignore[no-untyped-def]
    module = _python_module(spec_set)
    layout = layout_module("kvm_vmcs12")
    for number, state in enumerate(corpus):
        expected = evaluator_results(spec_set, state)
        assert python_results(module, state, layout, number % 2 == 1) == expected, f"state {number}"


def test_generated_python_reads_any_layout(language_specs: SpecSet, layout_module) -> None:  # type: ignore[no-untyped-def]
    """Through the reader of a layout without TSC_MULTIPLIER (Linux 4.14), the check that
    reads it is undecided, as the evaluator says for that layout's fields."""
    module = _python_module(language_specs)
    old = language_specs.by_name["kvm_vmcs12_v4_14"]
    checks = check_set(plan_entry_checks(language_specs), old, entry_checks_c.syntax(USER))
    states = random_states(checks, _container(language_specs, checks), 60, seed=4)
    undecided = 0
    for number, state in enumerate(states):
        expected = evaluator_results(language_specs, state, old.name)
        got = python_results(module, state, layout_module(old.name), False)
        assert got == expected, f"state {number}"
        undecided += "g-old-layout" in got[1]
    assert undecided, "no state reached the check of the field the layout lacks"


def test_every_language_check_is_seen_broken_holding_and_undecided(
    language_specs: SpecSet,
) -> None:
    """The random corpus is strong enough to catch a wrong check: each check of the language
    spec comes out broken and holding on some states (undecided instead of broken when it
    needs what no state gives), and undecided on some when it reads the shadow vmcs12 or
    the header."""
    checks = _checks(language_specs)
    states = random_states(checks, _container(language_specs, checks), RANDOM_STATES)
    seen: dict[str, set[Verdict]] = {}
    plan = plan_entry_checks(language_specs)
    for state in states:
        layout = language_specs.by_name["kvm_vmcs12"]
        check_state = CheckState(
            field_values(layout, state.region),
            None if state.shadow is None else field_values(layout, state.shadow),
            state.header,
            state.caps,
        )
        for result in evaluate_all(plan.checks, check_state):
            seen.setdefault(result.id, set()).add(result.verdict)
    absent = {"g-proc3"}  # reads only a field kvm_vmcs12 lacks
    for code in checks.checks:
        if code.planned.spec.name != "generated_language" or code.check.id in absent:
            continue
        wanted = {Verdict.HOLDS}
        kinds = {s.kind for s in code.check.subjects}
        if code.check.unknown or kinds & {CheckSubjectKind.SHADOW_FIELD, CheckSubjectKind.MEMBER}:
            wanted.add(Verdict.UNDECIDED)
        if not code.check.unknown:
            wanted.add(Verdict.BROKEN)
        if code.check.id in NEVER_BROKEN:
            wanted.discard(Verdict.BROKEN)
        assert seen[code.check.id] >= wanted, code.check.id
    assert seen["g-proc3"] == {Verdict.UNDECIDED}


@pytest.mark.parametrize("family", ["gcc", "clang"])
def test_generated_c_agrees_with_the_evaluator(
    spec_set: SpecSet, corpus: list[State], toolchain: Toolchain, tmp_path: Path, family: str
) -> None:
    checks = _checks(spec_set)
    binary = _compiled(spec_set, toolchain, tmp_path, family)
    compiled = run_compiled(binary, checks, _container(spec_set, checks), corpus)
    for number, (state, got) in enumerate(zip(corpus, compiled, strict=True)):
        assert got == evaluator_results(spec_set, state), f"state {number}"


@pytest.fixture(scope="module")
def kernel_headers(language_specs: SpecSet, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The kernel-flavour headers of the language spec set."""
    folder = tmp_path_factory.mktemp("entry_kernel")
    headers = []
    for path, text in _rendered(language_specs, "kernel").items():
        if path.startswith("c/"):
            headers.append(folder / Path(path).name)
            headers[-1].write_text(text, "utf-8")
    return sorted(headers)


def test_kernel_flavour_is_checkpatch_clean(checkpatch: Path, kernel_headers: list[Path]) -> None:
    header = next(h for h in kernel_headers if h.name == ENTRY_CHECKS_HEADER)
    report = run_checkpatch(checkpatch, header)
    assert SILENT.search(report), report


def test_kernel_flavour_builds_with_kbuild(
    language_specs: SpecSet, kernel_headers: list[Path], kbuild_tree: Path, tmp_path: Path
) -> None:
    for header in kernel_headers:
        shutil.copy(header, tmp_path / header.name)
    built = kbuild(kbuild_tree, tmp_path, module_source(language_specs, kernel_headers))
    log = built.stdout + built.stderr
    assert built.returncode == 0 and "warning:" not in log, log
    assert (tmp_path / "vmcsgen_check.ko").is_file()


def test_generated_python_of_every_construct_is_strictly_typed(
    language_specs: SpecSet, tmp_path: Path
) -> None:
    """tests/test_generate.py checks the bundled output (mypy --strict, black) and the
    output stage formats it; this checks the language spec's, as the output stage writes it."""
    module = tmp_path / f"{entry_checks_python.MODULE}.py"
    path = f"python/{module.name}"
    module.write_text(final_text(Rendered(path, _rendered(language_specs)[path])), "utf-8")
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout
    black = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", "-l", "100", str(module)],
        capture_output=True,
        text=True,
    )
    assert black.returncode == 0, black.stderr


def test_the_checks_benchmark_runs_and_verifies(tmp_path: Path) -> None:
    """`bench/run.py --quick --only checks` builds the harness, which times nothing before
    the hand-written and the generated checks refuse the same states; no timing is asserted."""
    results = tmp_path / "rows.json"
    run = [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "checks"]
    done = subprocess.run(
        [*run, "--json", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(results.read_text("utf-8"))["rows"]
    baselines = {row["baseline"] for row in rows}
    assert any("KVM-shaped" in b for b in baselines), baselines
    assert any("decode" in b for b in baselines), baselines
    assert {row["section"] for row in rows} == {"C", "Python"}
