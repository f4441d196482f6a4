"""The generated Rust crate: built and tested with Debian's cargo (1.63), clippy and rustfmt
clean as generated, and giving the generated Python's answers for every accessor, every
translation and every nested-state rule, on realistic states and random regions."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import GENERATED, ROOT, missing
from running_l2 import ALL_ONES, running_l2
from test_nested_state import CASES, LAYOUT, Blobs

from vmcsgen.export import rust
from vmcsgen.export.render import class_name
from vmcsgen.model.bits import BitFormat
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans

CRATE = GENERATED / "rust"
HARNESS = ROOT / "tests" / "rust" / "harness.rs"
# Debian's packaged toolchain (rustc 1.63) is the one the crate is promised to build with; a
# newer toolchain elsewhere on PATH must not stand in for it.
SYSTEM_PATH = f"/usr/bin:{os.environ.get('PATH', '')}"
TOOLS = ("cargo", "rustfmt", "cargo-clippy")


def _env() -> dict[str, str]:
    return {**os.environ, "PATH": SYSTEM_PATH, "CARGO_NET_OFFLINE": "true"}


def _run(command: list[str], cwd: Path, stdin: str | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, env=_env(), input=stdin, capture_output=True, text=True)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def toolchain() -> None:
    for tool in TOOLS:
        if shutil.which(tool, path=SYSTEM_PATH) is None:
            missing(f"{tool} is not installed (apt-get install rustc cargo rustfmt rust-clippy)")


def flag_members(specs: SpecSet, layout: Layout) -> list[tuple[str, BitFormat]]:
    """The members whose view has a `<member>_flags()` getter, with their bits format."""
    found = []
    for member in rust.rust_members(specs, layout):
        if member.flags is not None and member.member.field is not None:
            fmt = specs.field_bits(member.member.field.name)
            assert fmt is not None
            found.append((member.member.name, fmt))
    return found


def _flags_source(specs: SpecSet) -> str:
    """The harness's `flags()`: every flags getter of every layout, printed with Debug."""
    arms = []
    for layout in specs.layouts:
        view = f"vmcsgen_vmcs::{layout.name}::{class_name(layout.name)}View"
        calls = "".join(
            f'            ("{name}", format!("{{:?}}", view.{name}_flags())),\n'
            for name, _ in flag_members(specs, layout)
        )
        arms.append(
            f'        "{layout.name}" => {{\n'
            f"            let view = {view}::new(region).unwrap();\n"
            f"            vec![\n{calls}            ]\n        }}\n"
        )
    return (
        "fn flags(layout: &str, region: &[u8]) -> Vec<(&'static str, String)> {\n"
        "    match layout {\n" + "".join(arms) + "        _ => Vec::new(),\n    }\n}\n"
    )


@pytest.fixture(scope="module")
def crate(toolchain: None, specs: SpecSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of generated/rust (cargo writes target/ into it) with the test harness."""
    copy = tmp_path_factory.mktemp("rust") / "crate"
    shutil.copytree(CRATE, copy)
    # examples/harness/main.rs is the example `harness`; flags.rs is included by it.
    example = copy / "examples" / "harness"
    example.mkdir(parents=True)
    shutil.copy(HARNESS, example / "main.rs")
    (example / "flags.rs").write_text(_flags_source(specs))
    return copy


class Harness:
    """The harness example, fed a batch of commands at once."""

    def __init__(self, crate: Path) -> None:
        _run(["cargo", "build", "--offline", "--quiet", "--example", "harness"], crate)
        self.binary = crate / "target" / "debug" / "examples" / "harness"

    def ask(self, commands: list[str]) -> list[Any]:
        done = subprocess.run(
            [str(self.binary)], input="\n".join(commands) + "\n", capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture(scope="module")
def harness(crate: Path) -> Harness:
    return Harness(crate)


def test_cargo_test_passes(crate: Path) -> None:
    """The crate's own tests: every member at its offset in the packed struct, the struct's
    round trip, and the example of the crate's documentation."""
    output = _run(["cargo", "test", "--offline"], crate)
    assert "test result: ok" in output and " 0 passed" not in output


def test_clippy_finds_nothing(crate: Path) -> None:
    _run(["cargo", "clippy", "--offline", "--lib", "--tests", "--", "-D", "warnings"], crate)


def test_rustdoc_documents_everything_without_warnings(crate: Path) -> None:
    # missing_docs is denied by the crate; broken links are warnings, made errors here.
    done = subprocess.run(
        ["cargo", "doc", "--offline", "--no-deps"],
        cwd=crate,
        env={**_env(), "RUSTDOCFLAGS": "-D warnings"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_generated_code_is_rustfmt_clean(toolchain: None) -> None:
    _run(["rustfmt", "--check", "--edition", "2021", str(CRATE / "src" / "lib.rs")], ROOT)


def test_crate_is_no_std_without_unsafe_or_dependencies() -> None:
    lib = (CRATE / "src" / "lib.rs").read_text()
    assert "#![no_std]" in lib and "#![forbid(unsafe_code)]" in lib
    manifest = (CRATE / "Cargo.toml").read_text()
    assert manifest.rstrip().endswith("[dependencies]")


# --- Python and Rust agree


def _oracle_debug(fmt: BitFormat, value: int) -> str:
    """What the flag type's Debug prints, from the bits spec: flags in spec order, each
    range's value by name (or hex), then the bits nothing names."""
    items = [f.name for f in fmt.flags if value & f.mask]
    named = 0
    for flag in fmt.flags:
        named |= flag.mask
    for r in fmt.ranges:
        named |= r.mask
        field = (value & r.mask) >> r.low
        known = r.by_value.get(field)
        items.append(f"{r.name}={known.name if known else hex(field)}")
    unnamed = value & ~named
    if unnamed or not items:
        items.append(hex(unnamed))
    return f"{fmt.type_name}({' | '.join(items)})"


def _regions(layout: Layout, rng: random.Random) -> Iterator[bytes]:
    """A running L2's region (and its shadow twin), then random bytes under the header."""
    yield bytes(running_l2(layout))
    if layout.shadow_indicator:
        yield bytes(running_l2(layout, shadow=True))
    for _ in range(3):
        region = bytearray(rng.randbytes(layout.size))
        region[0:4] = layout.revision.to_bytes(4, "little")
        yield bytes(region)
    yield rng.randbytes(layout.size)


def test_accessors_agree_with_python(
    specs: SpecSet, harness: Harness, layout_module: Callable[[str], ModuleType]
) -> None:
    rng = random.Random(20)
    commands, expected = [], []
    for layout in specs.layouts:
        module = layout_module(layout.name)
        view_class = getattr(module, class_name(layout.name))
        flagged = flag_members(specs, layout)
        for region in _regions(layout, rng):
            view = view_class(bytearray(region))
            values = view.to_dict()
            expected.append(
                {
                    "members": values,
                    "reads": {str(e): view.read(e) for e in module.ENCODINGS},
                    "flags": {name: _oracle_debug(fmt, values[name]) for name, fmt in flagged},
                }
            )
            commands.append(f"layout {layout.name} {region.hex()}")
    assert harness.ask(commands) == expected


def test_writes_agree_with_python(
    specs: SpecSet, harness: Harness, layout_module: Callable[[str], ModuleType]
) -> None:
    """VMWRITE of every encoding (HIGH halves too), values that fit and values that do not,
    and encodings the layout lacks."""
    rng = random.Random(21)
    commands, expected = [], []
    for layout in specs.layouts:
        module = layout_module(layout.name)
        view_class = getattr(module, class_name(layout.name))
        region = bytes(running_l2(layout))
        encodings = [*module.ENCODINGS, 0x0000FFFE, 0x6C2A]
        for encoding in encodings:
            size = module.ENCODINGS.get(encoding, (0, 8, ""))[1]
            wide = rng.random() < 0.3
            value = rng.getrandbits(64 if wide else 8 * size)
            if wide and size < 8:
                value |= 1 << (8 * size)
            view = view_class(bytearray(region))
            try:
                view.write(encoding, value)
                expected.append({"region": view.to_bytes().hex()})
            except KeyError:
                expected.append({"error": "encoding"})
            except ValueError:
                expected.append({"error": "value"})
            commands.append(f"write {layout.name} {encoding} {value} {region.hex()}")
    assert harness.ask(commands) == expected


def _named(items: list[Any]) -> list[list[Any]]:
    return [[i.field, i.encoding, i.value, i.reason] for i in items]


def _python_translation(
    module: ModuleType, plan: TranslationPlan, src: bytes, dst: bytes, clean: int
) -> dict[str, Any]:
    function = getattr(module, plan.name)
    try:
        if not plan.is_update:
            outcome: dict[str, Any] = {"region": bytes(function(src)).hex()}
        elif plan.spec.honour_clean_fields:
            outcome = {"region": bytes(function(src, bytearray(dst), clean_fields=clean)).hex()}
        else:
            outcome = {"region": bytes(function(src, bytearray(dst))).hex()}
    except module.TranslationBlocked as blocked:
        outcome = {"lost": _named(list(blocked.blockers))}
    except module.TranslationError:
        outcome = {"error": True}

    def report(name: str) -> Any:
        try:
            return _named(getattr(module, name)(src))
        except module.TranslationError:
            return "error"

    outcome["blockers"] = report(f"{plan.name}_blockers")
    outcome["discarded"] = report(f"{plan.name}_discarded") if plan.discards else None
    return outcome


def _sources(plan: TranslationPlan, rng: random.Random) -> Iterator[bytes]:
    """Realistic states (which most translations carry whole), the same with every value
    the destination cannot keep set, random regions, and a wrong revision id."""
    source = plan.source
    yield from _regions(source, rng)
    blocked = running_l2(source)
    for b in plan.blockers:
        blocked[b.src_offset : b.src_offset + b.size] = rng.randbytes(b.size)
    for d in plan.discards:
        blocked[d.src_offset : d.src_offset + d.size] = rng.randbytes(d.size)
    yield bytes(blocked)
    yield bytes(running_l2(source))[: source.size - 1]


def test_translations_agree_with_python(
    specs: SpecSet, harness: Harness, layout_module: Callable[[str], ModuleType]
) -> None:
    """Every translation: the bytes written (over a destination of random bytes, which a
    conversion overwrites whole and a sync keeps but for what it copies), what blocks it,
    what it discards, and the refusals of bad sources."""
    module = layout_module("vmcs_translations")
    rng = random.Random(22)
    commands, expected = [], []
    for plan in build_plans(specs):
        for src in _sources(plan, rng):
            if plan.is_update:
                dst = bytes(running_l2(plan.target))
            else:
                dst = rng.randbytes(plan.target.size)
            clean = rng.choice([0, 0xFFFF, rng.getrandbits(16)])
            expected.append(_python_translation(module, plan, src, dst, clean))
            commands.append(f"translate {plan.name} {clean} {src.hex()} {dst.hex()}")
    answers = harness.ask(commands)
    assert answers == expected
    outcomes = {next(iter(a)) for a in answers}
    assert outcomes == {"region", "lost", "error"}


def _mutations(container_blobs: list[bytes], rng: random.Random) -> Iterator[bytes]:
    """Well-formed blobs with a header member, the length or a region's control set at
    random: values the rules look at (all ones, single bits, page-aligned addresses)."""
    interesting = [0, 1, 2, 4, 8, 0x100, 0x1000, 1 << 52, ALL_ONES, 0x10000]
    members = [(0, 2), (2, 2), (4, 4), (8, 8), (16, 8), (24, 2), (28, 4), (32, 8)]
    for _ in range(300):
        blob = bytearray(rng.choice(container_blobs))
        for _ in range(rng.randint(1, 3)):
            offset, size = rng.choice(members)
            value = rng.choice(interesting) & ((1 << (8 * size)) - 1)
            blob[offset : offset + size] = value.to_bytes(size, "little")
        if rng.random() < 0.2:
            blob = blob[: rng.randrange(len(blob) + 1)]
        if len(blob) > 200 and rng.random() < 0.3:
            at = rng.randrange(128, len(blob) - 8)
            blob[at : at + 8] = rng.randbytes(8)
        yield bytes(blob)


def test_nested_state_rules_agree_with_python(
    specs: SpecSet, harness: Harness, layout_module: Callable[[str], ModuleType]
) -> None:
    nested = layout_module("kvm_nested_state")
    region_class = layout_module(LAYOUT).KvmVmcs12
    blobs = Blobs(specs, nested)
    well_formed = [blobs.off(), blobs.vmxon(), blobs.l1(), blobs.l2(), blobs.shadow()]
    cases = [make(blobs) for make, _ in CASES.values()]
    every = [b"", bytes(127), *well_formed, *cases]
    every += list(_mutations(well_formed, random.Random(23)))

    def reader(region: memoryview, encoding: int) -> int:
        return int(region_class(region).read(encoding))

    expected = [{"rules": [r.id for r in nested.violations(b, reader)]} for b in every]
    answers = harness.ask([f"nested {LAYOUT} {b.hex()}" for b in every])
    assert answers == expected
    broken = {rule for answer in answers for rule in answer["rules"]}
    assert broken == {rule.id for rule in nested.RULES}


def test_nested_state_parse_and_build_agree_with_python(
    specs: SpecSet, harness: Harness, layout_module: Callable[[str], ModuleType]
) -> None:
    """Header members and regions of every shape KVM writes (header only outside VMX and in
    VMX operation without a current VMCS, with vmcs12, with the shadow vmcs12), of broken and
    cut blobs; and build() from the same header values and regions, byte for byte."""
    nested = layout_module("kvm_nested_state")
    blobs = Blobs(specs, nested)
    well_formed = [blobs.off(), blobs.vmxon(), blobs.l1(), blobs.l2(), blobs.shadow()]
    every = [b"", bytes(127), *well_formed, *(make(blobs) for make, _ in CASES.values())]
    every += list(_mutations(well_formed, random.Random(24)))[:60]
    expected: list[Any] = []
    for blob in every:
        if len(blob) < nested.HEADER_SIZE:
            expected.append({"error": True})
            continue
        state = nested.KvmNestedState(blob)
        regions = {r.name: state.region(r.name) for r in nested.REGIONS}
        shown = {name: None if r is None else bytes(r).hex() for name, r in regions.items()}
        expected.append({"members": state.to_dict(), "regions": shown})
    commands = [f"parse {blob.hex()}" for blob in every]

    rng = random.Random(25)
    region = bytes(running_l2(specs.by_name[LAYOUT]))
    for count in range(len(nested.REGIONS) + 1):
        for _ in range(4):
            header = {m.name: rng.getrandbits(8 * m.size) for m in nested.MEMBERS if not m.reserved}
            if rng.random() < 0.5:
                del header["size"]
            pairs = " ".join(f"{name}={value}" for name, value in header.items())
            commands.append(f"build {pairs} - {' '.join([region.hex()] * count)}".rstrip())
            built = nested.KvmNestedState.build([region] * count, **header)
            expected.append({"blob": built.to_bytes().hex()})
    assert harness.ask(commands) == expected


def test_benchmark_runs_and_both_sides_write_the_same_bytes(
    toolchain: None, specs: SpecSet, tmp_path: Path
) -> None:
    """The Rust suite of bench/run.py end to end: it refuses to report unless the Rust and
    the C translations wrote the same bytes. No timing is asserted."""
    results = tmp_path / "results.json"
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "rust"]
    done = subprocess.run(
        [*command, "--json", str(results)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(results.read_text())["rows"]
    assert {row["section"] for row in rows} == {"Rust"}
    assert len(rows) == len(build_plans(specs))
