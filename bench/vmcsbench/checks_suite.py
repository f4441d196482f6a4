"""Entry-check benchmarks: the generated C checks of a vmcs12 against KVM-shaped hand-written
checks of the same conditions (kvm_shape_checks.h), and the generated Python checks of a
blob against the blob's container rules, and vmcsgen.preflight() of a blob against
decoding it, in the same run.

The checks timed are the bundled ones the hand-written file covers plus
kvm_control_checks.yaml (a part of KVM's control checks, written in the check language for
the benchmark); the generated header is rendered from exactly those, so both sides test the
same conditions. The state timed is the tests' running L2 (tests/running_l2.py), which
passes every check: KVM's common case, where its CC() chains cannot stop early."""

from __future__ import annotations

import random
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import vmcsgen
from vmcsbench.c_suite import CFLAGS, BenchError, parse_times
from vmcsbench.context import REPO, Context, Settings
from vmcsbench.measured import Measured
from vmcsbench.py_suite import Case, measure
from vmcsbench.report import Row, at_most
from vmcsgen.export.registry import render_outputs
from vmcsgen.export.rendered import load_module
from vmcsgen.model.caps import VMX_MSR_NAMES
from vmcsgen.model.container import Container
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.loader import load_specs

sys.path.insert(0, str(REPO / "tests"))
# The state timed is the tests' running L2, under the tests' permissive profile.
from entry_check_states import PERMISSIVE_MSRS as MSRS
from entry_check_states import header_bytes, profile, realistic_header
from running_l2 import running_l2

HERE = Path(__file__).parent
HARNESS = HERE / "checks_harness.c"
BENCH_SPEC = HERE / "kvm_control_checks.yaml"
LAYOUT = "kvm_vmcs12"
# The bundled checks kvm_shape_checks.h writes by hand (set_nested_state.yaml).
HAND_WRITTEN = (
    "vmx-not-in-guest-cpuid",
    "vmxon-pa-beyond-maxphyaddr",
    "vmcs12-pa-beyond-maxphyaddr",
    "evmcs-not-enabled",
)
MAXPHYADDR = 46
HEADER = {"vmxon_pa": 0x10D2E1000}
# Fields the verification corpus mutates (one random bit each, at random).
MUTATED = (
    "PIN_BASED_VM_EXEC_CONTROL",
    "CPU_BASED_VM_EXEC_CONTROL",
    "SECONDARY_VM_EXEC_CONTROL",
    "VM_EXIT_CONTROLS",
    "VM_ENTRY_CONTROLS",
    "IO_BITMAP_A",
    "IO_BITMAP_B",
    "MSR_BITMAP",
    "VIRTUAL_APIC_PAGE_ADDR",
    "VIRTUAL_PROCESSOR_ID",
)
VERIFIED_STATES = 500
GOAL_MS = 50.0


def bench_specs(ctx: Context, folder: Path) -> SpecSet:
    """The bundled specs with the benchmark's checks, narrowed to the checks written by hand."""
    root = folder / "specs"
    shutil.copytree(ctx.config.specs, root)
    shutil.copy(BENCH_SPEC, root / "checks" / "bench_kvm_controls.yaml")
    specs = load_specs(root)
    every = {check.id for spec in specs.check_specs for check in spec.checks}
    missing = sorted(set(HAND_WRITTEN) - every)
    if missing:
        raise BenchError(f"kvm_shape_checks.h writes checks the specs no longer have: {missing}")
    kept = []
    for spec in specs.check_specs:
        checks = tuple(
            c for c in spec.checks if c.id in HAND_WRITTEN or spec.name == "bench_kvm_controls"
        )
        if checks:
            kept.append(replace(spec, checks=checks))
    return replace(specs, check_specs=tuple(kept))


def _container(specs: SpecSet) -> Container:
    return next(c for c in specs.containers if c.name == "kvm_nested_state")


def _header(specs: SpecSet, values: dict[str, int]) -> bytes:
    """A running L2's nested-state header with `values` changed."""
    container = _container(specs)
    return header_bytes(container, {**realistic_header(container), **values})


def _record(region: bytes, header: bytes, msrs: dict[str, int], cpuid: int) -> bytes:
    values = [msrs.get(name, 0) for name in VMX_MSR_NAMES]
    return region + header + struct.pack(f"<{len(values)}QQI4x", *values, cpuid, MAXPHYADDR)


def _consistent(msr: int) -> int:
    """A control MSR whose must-be-1 bits may be 1: KVM's fixed_bits_valid() and the two
    checks of the language (outside allowed-1, lacks some allowed-0) differ only on MSRs
    no processor reports, where an allowed-0 bit is not an allowed-1 bit."""
    return msr & ~((msr & 0xFFFFFFFF) & ~(msr >> 32))


def states_file(specs: SpecSet, path: Path) -> None:
    """The running L2 first, then seeded mutations of it and of its capabilities."""
    layout = specs.by_name[LAYOUT]
    members = {m.field.name: m for m in layout.fields if m.field is not None}
    rng = random.Random(5)
    header = _header(specs, HEADER)
    records = [_record(bytes(running_l2(layout)), header, MSRS, 1)]
    for _ in range(VERIFIED_STATES):
        region = running_l2(layout)
        for name in MUTATED:
            member = members[name]
            if rng.random() < 0.15:
                value = int.from_bytes(region[member.offset : member.end], "little")
                value ^= 1 << rng.randrange(8 * member.size)
                region[member.offset : member.end] = value.to_bytes(member.size, "little")
        msrs = {
            k: _consistent(v ^ (1 << rng.randrange(64))) if rng.random() < 0.1 else v
            for k, v in MSRS.items()
        }
        values = dict(HEADER, vmxon_pa=rng.choice((HEADER["vmxon_pa"], 1 << 50, 2**64 - 1)))
        records.append(_record(bytes(region), _header(specs, values), msrs, rng.randrange(2)))
    path.write_bytes(b"".join(records))


def _compile(specs: SpecSet, ctx: Context, folder: Path, cc: str) -> Path:
    include = folder / "include"
    include.mkdir()
    config = replace(ctx.config, c_types="stdint")
    for output in render_outputs(specs, config):
        if output.path.startswith("c/"):
            (include / Path(output.path).name).write_text(output.text, "utf-8")
    binary = folder / "checks_harness"
    command = [cc, *CFLAGS, "-I", str(include), "-I", str(HERE), "-o", str(binary), str(HARNESS)]
    built = subprocess.run(command, capture_output=True, text=True)
    if built.returncode != 0:
        raise BenchError(f"{' '.join(command)} failed:\n{built.stderr}")
    return binary


def _c_row(specs: SpecSet, ctx: Context, settings: Settings, cc: str, folder: Path) -> Row:
    binary = _compile(specs, ctx, folder, cc)
    states = folder / "states.bin"
    states_file(specs, states)
    args = [str(binary), str(states), str(settings.c_iterations), str(settings.c_repetitions)]
    ran = subprocess.run(args, capture_output=True, text=True)
    if ran.returncode != 0:
        raise BenchError(f"{binary.name} failed ({ran.returncode}):\n{ran.stderr}")
    count = sum(len(spec.checks) for spec in specs.check_specs)
    row = Measured(parse_times(ran.stdout)).row(
        f"entry checks of a running L2 ({count} checks, {VERIFIED_STATES + 1} states verified)",
        ("checks_generated", "generated vmx_entry_checks() (every check, all failures)"),
        ("checks_kvm_shape", "KVM-shaped hand-written checks (CC() chains, first failure)"),
    )
    return replace(
        row,
        goal=at_most(2.0),
        why=(
            "The generated function evaluates every check and records each verdict in two "
            "bitmaps (and derives the allowed settings from the MSRs on every call), where "
            "KVM's chains stop at the first failure and use settings split once per vCPU."
        ),
    )


def _python_row(specs: SpecSet, ctx: Context, settings: Settings) -> Row:
    """The generated Python checks of one blob's vmcs12 against the blob's container rules,
    with an absolute goal of 50 ms."""
    outputs = {o.path: o.text for o in render_outputs(specs, ctx.config)}
    checks = load_module("vmcsbench_vmx_entry_checks", outputs["python/vmx_entry_checks.py"])
    container = load_module("vmcsbench_kvm_nested_state", outputs["python/kvm_nested_state.py"])
    layout = ctx.python_module(LAYOUT)
    cls = layout.KvmVmcs12
    region = bytes(running_l2(specs.by_name[LAYOUT]))
    blob = _header(specs, dict(HEADER, size=128 + len(region))) + region
    namespace = {
        "checks": checks,
        "container": container,
        "blob": blob,
        "region": memoryview(blob)[128:],
        "caps": profile(MSRS, MAXPHYADDR, frozenset({"vmx", "lm"})),
        "header": realistic_header(_container(specs)),
        "reader": lambda r, e: cls(r).read(e),
    }
    passed = checks.run_checks(
        namespace["region"], namespace["caps"], namespace["reader"], None, namespace["header"]
    )
    if passed.failed:
        raise BenchError(f"the running L2 breaks {passed.failed}")
    case = Case(
        "checks.run_checks(region, caps, reader, None, header)",
        "container.violations(blob, reader)",
        namespace,
    )
    comparison = measure(case, settings)
    ms = comparison.subject_median * 1e3
    return Row(
        "Python",
        "entry checks of one blob (generated python/vmx_entry_checks.py)",
        "run_checks() on the blob's vmcs12, header and caps",
        "the blob's container rules (kvm_nested_state.violations())",
        comparison,
        goal_text=f"≤ {GOAL_MS:g} ms per blob",
        met_override=ms <= GOAL_MS,
        notes=(f"run_checks() takes {ms:.3g} ms per blob.",),
    )


def _preflight_row(ctx: Context, settings: Settings) -> Row:
    """vmcsgen.preflight() of a running L2's blob with the bundled specs, against decoding
    the blob, with an absolute goal of 50 ms (the CLI's start-up aside)."""
    region = bytes(running_l2(ctx.specs.by_name[LAYOUT]))
    blob = _header(ctx.specs, dict(HEADER, size=128 + len(region))) + region
    caps = profile(MSRS, MAXPHYADDR, frozenset({"vmx", "lm"}))
    namespace = {"vmcsgen": vmcsgen, "specs": ctx.specs, "blob": blob, "caps": caps}
    result = vmcsgen.preflight(ctx.specs, blob, caps=caps)
    comparison = measure(
        Case("vmcsgen.preflight(specs, blob, caps=caps)", "vmcsgen.decode(specs, blob)", namespace),
        settings,
    )
    ms = comparison.subject_median * 1e3
    return Row(
        "Python",
        "preflight of one blob (running L2, GUEST_MODE, bundled checks)",
        "vmcsgen.preflight()",
        "vmcsgen.decode() of the same blob",
        comparison,
        goal_text=f"≤ {GOAL_MS:g} ms per blob",
        met_override=ms <= GOAL_MS,
        notes=(
            f"preflight() takes {ms:.3g} ms per blob and reports {len(result.reported)} "
            "broken or undecided checks on it.",
        ),
    )


def run(ctx: Context, settings: Settings, cc: str) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="vmcsbench-checks-") as tmp:
        folder = Path(tmp)
        specs = bench_specs(ctx, folder)
        return [
            _c_row(specs, ctx, settings, cc, folder),
            _python_row(specs, ctx, settings),
            _preflight_row(ctx, settings),
        ]
