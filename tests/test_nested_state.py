"""struct kvm_nested_state: the container spec against the uapi facts, every rule with a blob
that breaks it (and only it, or the rules it cannot be broken without), the generated Python
and C agreeing byte for byte, and translate keeping a blob whole."""

from __future__ import annotations

import random
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from conftest import GENERATED, ROOT, Toolchain
from running_l2 import ALL_ONES, PREEMPTION_TIMER, SECONDARY, SHADOW_VMCS, running_l2

from vmcsgen.cli import main
from vmcsgen.export.registry import render_outputs
from vmcsgen.model.container import Container
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.settings import Config

LAYOUT = "kvm_vmcs12"
GUEST_MODE, RUN_PENDING, EVMCS, MTF_PENDING, GIF_SET = 0x1, 0x2, 0x4, 0x8, 0x100
SMM_GUEST_MODE, SMM_VMXON = 0x1, 0x2
VMXON_PA, VMCS12_PA, LINK = 0x10000, 0x11000, 0x12000
Reader = Callable[[memoryview, int], int]

# struct kvm_nested_state, by gcc offsetof on the uapi text (tools/arch/x86/include/uapi/asm/
# kvm.h, torvalds/linux ce0478b02ed2): member -> (offset, size).
UAPI_OFFSETS = {
    "flags": (0, 2),
    "format": (2, 2),
    "size": (4, 4),
    "vmxon_pa": (8, 8),
    "vmcs12_pa": (16, 8),
    "smm_flags": (24, 2),
    "pad": (26, 2),
    "vmx_flags": (28, 4),
    "preemption_timer_deadline": (32, 8),
    "hdr_pad": (40, 88),
}


@pytest.fixture(scope="module")
def container(specs: SpecSet) -> Container:
    return next(c for c in specs.containers if c.name == "kvm_nested_state")


@pytest.fixture(scope="module")
def nested(layout_module: Callable[[str], ModuleType]) -> ModuleType:
    return layout_module("kvm_nested_state")


@pytest.fixture(scope="module")
def reader(layout_module: Callable[[str], ModuleType]) -> Reader:
    region_class = layout_module(LAYOUT).KvmVmcs12
    return lambda region, encoding: int(region_class(region).read(encoding))


class Blobs:
    """Well-formed blobs of every shape KVM_GET_NESTED_STATE writes, built from the fixture."""

    def __init__(self, specs: SpecSet, nested: ModuleType) -> None:
        self.layout = specs.by_name[LAYOUT]
        self.nested = nested

    def region(self, **fields: int) -> bytearray:
        return running_l2(self.layout, **fields)

    def shadowing(self, **fields: int) -> bytearray:
        """vmcs12 of an L2 run with VMCS shadowing: secondary SHADOW_VMCS and a link pointer."""
        values = {"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SHADOW_VMCS, "VMCS_LINK_POINTER": LINK}
        return self.region(**{**values, **fields})

    def build(self, regions: tuple[bytes, ...] = (), **header: int) -> bytes:
        return bytes(self.nested.KvmNestedState.build(list(regions), **header).to_bytes())

    def off(self, **header: int) -> bytes:
        """Outside VMX operation: 128 bytes, both addresses -1."""
        return self.build(**{"vmxon_pa": ALL_ONES, "vmcs12_pa": ALL_ONES, **header})

    def vmxon(self, **header: int) -> bytes:
        """VMXON without a current VMCS: 128 bytes."""
        return self.build(**{"vmxon_pa": VMXON_PA, "vmcs12_pa": ALL_ONES, **header})

    def l1(self, region: bytes | None = None, **header: int) -> bytes:
        """L1 with a current vmcs12, not running L2: 4224 bytes."""
        values = {"vmxon_pa": VMXON_PA, "vmcs12_pa": VMCS12_PA, **header}
        return self.build((region or self.region(),), **values)

    def l2(self, region: bytes | None = None, **header: int) -> bytes:
        """L2 running: GUEST_MODE, 4224 bytes."""
        return self.l1(region, **{"flags": GUEST_MODE, **header})

    def shadow(
        self, vmcs12: bytes | None = None, shadow: bytes | None = None, **header: int
    ) -> bytes:
        """L2 running with VMCS shadowing: 8320 bytes, the shadow vmcs12 with its indicator."""
        regions = (vmcs12 or self.shadowing(), shadow or running_l2(self.layout, shadow=True))
        values = {"vmxon_pa": VMXON_PA, "vmcs12_pa": VMCS12_PA, "flags": GUEST_MODE, **header}
        return self.build(regions, **values)


@pytest.fixture(scope="module")
def blobs(specs: SpecSet, nested: ModuleType) -> Blobs:
    return Blobs(specs, nested)


def _with_revision(region: bytearray, first_dword: int) -> bytearray:
    region[0:4] = first_dword.to_bytes(4, "little")
    return region


# rule id -> a blob breaking it, and the other rules that blob cannot avoid breaking.
CASES: dict[str, tuple[Callable[[Blobs], bytes], frozenset[str]]] = {
    "blob-shorter-than-header": (lambda b: b.l2()[:100], frozenset()),
    "size-beyond-data": (lambda b: b.l2()[:4000], frozenset()),
    "trailing-bytes": (lambda b: b.l2() + bytes(16), frozenset()),
    # size < 128 while the header is there: the bytes trail, and no KVM writes such a size.
    "size-below-header": (
        lambda b: b.off(size=64),
        frozenset({"trailing-bytes", "size-not-a-shape"}),
    ),
    "flags-unknown": (lambda b: b.l2(flags=GUEST_MODE | 0x10), frozenset()),
    "run-pending-without-guest-mode": (lambda b: b.l1(flags=RUN_PENDING), frozenset()),
    "format-not-vmx": (lambda b: b.off(format=1), frozenset()),
    "smm-flags-without-vmxon": (lambda b: b.off(smm_flags=SMM_VMXON), frozenset()),
    "vmcs12-pa-without-vmxon": (lambda b: b.off(vmcs12_pa=VMCS12_PA), frozenset()),
    "flags-without-vmxon": (lambda b: b.off(flags=GUEST_MODE), frozenset()),
    "vmxon-pa-misaligned": (lambda b: b.vmxon(vmxon_pa=VMXON_PA + 0x10), frozenset()),
    "vmxon-pa-beyond-physical": (lambda b: b.vmxon(vmxon_pa=1 << 52), frozenset()),
    # GUEST_MODE with any SMM flag is also refused by the SMM-state check.
    "smm-guest-mode-with-guest-mode": (
        lambda b: b.l2(smm_flags=SMM_GUEST_MODE | SMM_VMXON),
        frozenset({"smm-with-guest-entry"}),
    ),
    "smm-flags-unknown": (lambda b: b.vmxon(smm_flags=SMM_VMXON | 0x4), frozenset()),
    "vmx-flags-unknown": (lambda b: b.l2(vmx_flags=0x2), frozenset()),
    "smm-with-guest-entry": (lambda b: b.l2(smm_flags=SMM_VMXON), frozenset()),
    "smm-guest-mode-without-smm-vmxon": (lambda b: b.vmxon(smm_flags=SMM_GUEST_MODE), frozenset()),
    "guest-mode-without-vmcs12": (lambda b: b.vmxon(flags=GUEST_MODE), frozenset()),
    "evmcs-without-vmcs12": (lambda b: b.vmxon(flags=EVMCS), frozenset()),
    "vmcs12-pa-without-vmcs12": (lambda b: b.vmxon(vmcs12_pa=VMCS12_PA), frozenset()),
    "vmcs12-pa-is-vmxon-pa": (lambda b: b.l1(vmcs12_pa=VMXON_PA), frozenset()),
    "vmcs12-pa-misaligned": (lambda b: b.l1(vmcs12_pa=VMCS12_PA + 8), frozenset()),
    "vmcs12-pa-beyond-physical": (lambda b: b.l1(vmcs12_pa=1 << 52), frozenset()),
    "vmcs12-without-pointer": (lambda b: b.l1(vmcs12_pa=ALL_ONES), frozenset()),
    "vmcs12-revision": (lambda b: b.l1(_with_revision(b.region(), 0x11E57ED1)), frozenset()),
    "shadow-vmcs12-missing": (lambda b: b.l2(b.shadowing()), frozenset()),
    "shadow-vmcs12-revision": (
        lambda b: b.shadow(shadow=_with_revision(b.region(), 0x11E57ED1 | 1 << 31)),
        frozenset(),
    ),
    "shadow-vmcs12-without-shadow-bit": (lambda b: b.shadow(shadow=b.region()), frozenset()),
    "size-not-a-shape": (
        lambda b: b.l1()[:4] + (4300).to_bytes(4, "little") + b.l1()[8:] + bytes(76),
        frozenset(),
    ),
    "vmcs12-without-vmxon": (
        lambda b: b.build((b.region(),), vmxon_pa=ALL_ONES, vmcs12_pa=ALL_ONES),
        frozenset(),
    ),
    "evmcs-without-vmxon": (lambda b: b.off(flags=EVMCS), frozenset()),
    "mtf-pending-without-guest-mode": (lambda b: b.l1(flags=MTF_PENDING), frozenset()),
    "gif-set-in-vmx-format": (lambda b: b.l2(flags=GUEST_MODE | GIF_SET), frozenset()),
    "shadow-vmcs12-outside-guest-mode": (lambda b: b.shadow(flags=0), frozenset()),
    "shadow-vmcs12-without-secondary-controls": (
        lambda b: b.shadow(b.shadowing(CPU_BASED_VM_EXEC_CONTROL=0x36A06DFA)),
        frozenset(),
    ),
    "shadow-vmcs12-without-shadowing": (
        lambda b: b.shadow(b.shadowing(SECONDARY_VM_EXEC_CONTROL=SECONDARY)),
        frozenset(),
    ),
    "shadow-vmcs12-without-link-pointer": (
        lambda b: b.shadow(b.shadowing(VMCS_LINK_POINTER=ALL_ONES)),
        frozenset(),
    ),
    "timer-deadline-without-guest-mode": (
        lambda b: b.l1(b.region(PIN_BASED_VM_EXEC_CONTROL=0x3F | PREEMPTION_TIMER), vmx_flags=1),
        frozenset(),
    ),
    "timer-deadline-without-preemption-timer": (
        lambda b: b.l2(vmx_flags=1, preemption_timer_deadline=0x2B6F_0C1A_5E00),
        frozenset(),
    ),
    "timer-deadline-without-flag": (lambda b: b.l2(preemption_timer_deadline=5), frozenset()),
}

GOOD: dict[str, Callable[[Blobs], bytes]] = {
    "outside VMX operation": lambda b: b.off(),
    "VMXON, no current VMCS": lambda b: b.vmxon(),
    "VMXON in SMM": lambda b: b.vmxon(smm_flags=SMM_VMXON),
    "L2 interrupted in SMM": lambda b: b.l1(smm_flags=SMM_VMXON | SMM_GUEST_MODE),
    "L1 with a current vmcs12": lambda b: b.l1(),
    "L2 running": lambda b: b.l2(),
    "L2 entry pending": lambda b: b.l2(flags=GUEST_MODE | RUN_PENDING),
    "eVMCS in use": lambda b: b.l2(flags=GUEST_MODE | EVMCS, vmcs12_pa=ALL_ONES),
    "L2 with a preemption-timer deadline": lambda b: b.l2(
        b.region(PIN_BASED_VM_EXEC_CONTROL=0x3F | PREEMPTION_TIMER),
        vmx_flags=1,
        preemption_timer_deadline=0x2B6F_0C1A_5E00,
    ),
    "L2 with VMCS shadowing": lambda b: b.shadow(),
}


def test_layout_matches_the_uapi_struct(container: Container) -> None:
    assert {m.name: (m.offset, m.size) for m in container.members} == UAPI_OFFSETS
    assert container.header_size == 128
    assert [(r.name, r.offset, r.size) for r in container.regions] == [
        ("vmcs12", 128, 4096),
        ("shadow_vmcs12", 4224, 4096),
    ]
    assert container.shapes == (128, 4224, 8320)
    assert all(r.revision == 0x11E57ED0 for r in container.regions)


def test_every_rule_has_a_breaking_blob(container: Container) -> None:
    assert set(CASES) == {rule.id for rule in container.rules}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_blob_breaks_exactly_its_rule(
    rule: str, blobs: Blobs, nested: ModuleType, reader: Reader
) -> None:
    make, companions = CASES[rule]
    broken = {r.id for r in nested.violations(make(blobs), reader)}
    assert broken == {rule} | companions


@pytest.mark.parametrize("case", sorted(GOOD))
def test_well_formed_blobs_break_nothing(
    case: str, blobs: Blobs, nested: ModuleType, reader: Reader
) -> None:
    assert nested.violations(GOOD[case](blobs), reader) == []


def test_parse_reads_back_what_build_wrote(blobs: Blobs, nested: ModuleType) -> None:
    data = blobs.shadow(vmx_flags=0)
    blob = nested.KvmNestedState(data)
    assert (blob.flags, blob.size, blob.vmxon_pa, blob.vmcs12_pa) == (1, 8320, VMXON_PA, VMCS12_PA)
    assert bytes(blob.vmcs12) == bytes(blobs.shadowing())
    assert int.from_bytes(blob.shadow_vmcs12[:4], "little") == 0x11E57ED0 | 1 << 31
    header_only = nested.KvmNestedState(blobs.vmxon())
    assert header_only.vmcs12 is None and header_only.shadow_vmcs12 is None
    with pytest.raises(ValueError, match="16-bit"):
        blob.flags = 1 << 16
    with pytest.raises(ValueError, match="128-byte header"):
        nested.KvmNestedState(bytes(64))


def _mutants(blobs: Blobs, count: int) -> list[bytes]:
    """Well-formed blobs with random header words, control fields and lengths changed."""
    rng = random.Random(4224)
    bases = [make(blobs) for make in GOOD.values()]
    layout = blobs.layout
    hot = [m for m in layout.fields if m.field is not None and m.field.name in _READ_FIELDS]
    found = []
    for _ in range(count):
        blob = bytearray(rng.choice(bases))
        for _ in range(rng.randint(1, 3)):
            offset = rng.choice((0, 2, 4, 8, 16, 24, 28, 32))
            blob[offset] ^= 1 << rng.randrange(8)
        if len(blob) > 128 and rng.random() < 0.5:
            member = rng.choice(hot)
            blob[128 + member.offset + rng.randrange(member.size)] ^= 1 << rng.randrange(8)
        if rng.random() < 0.2:
            blob = blob[: rng.choice((100, 128, 4000, 4224, len(blob)))]
        found.append(bytes(blob))
    return found


_READ_FIELDS = (
    "CPU_BASED_VM_EXEC_CONTROL",
    "SECONDARY_VM_EXEC_CONTROL",
    "VMCS_LINK_POINTER",
    "PIN_BASED_VM_EXEC_CONTROL",
)


def _c_driver(toolchain: Toolchain, tmp: Path, sanitize: bool) -> Path:
    return toolchain.compile(
        ROOT / "tests" / "c" / "nested_state_driver.c",
        tmp / f"nested_driver{'_san' if sanitize else ''}",
        includes=[GENERATED / "c"],
        defines={"REGION_HEADER": f'"{LAYOUT}.h"', "REGION_READ": f"{LAYOUT}_reader"},
        sanitize=sanitize,
    )


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
@pytest.mark.parametrize("cxx", [False, True], ids=["c11", "c++11"])
def test_header_compiles_alone_and_in_kernel_style(
    compiler: str, cxx: bool, specs: SpecSet, toolchain: Toolchain, tmp_path: Path
) -> None:
    """Both header flavours on their own, as C and C++ (kernel style against the stubs)."""
    kernel = render_outputs(specs, Config(specs=ROOT / "specs", out=tmp_path, c_types="kernel"))
    header = next(o for o in kernel if o.path == "c/kvm_nested_state.h")
    (tmp_path / "kernel").mkdir()
    (tmp_path / "kernel" / "kvm_nested_state.h").write_text(header.text)
    assert "uint64_t" not in header.text and "u64 " in header.text
    stubs = ROOT / "tests" / "c" / "kernel_stubs"
    source = tmp_path / ("unit.cc" if cxx else "unit.c")
    source.write_text(
        '#include "kvm_nested_state.h"\n'
        'int main(void) { return (int)kvm_nested_state_violations("", 0, 0); }\n'
    )
    for includes in ([GENERATED / "c"], [tmp_path / "kernel", stubs]):
        toolchain.family(compiler).compile(source, tmp_path / "unit", includes=includes, cxx=cxx)


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_c_validation_agrees_with_python(
    compiler: str,
    toolchain: Toolchain,
    blobs: Blobs,
    nested: ModuleType,
    reader: Reader,
    tmp_path: Path,
) -> None:
    chain = toolchain.family(compiler)
    driver = _c_driver(chain, tmp_path, sanitize=chain.sanitizers_work)
    cases = {**{r: m for r, (m, _) in CASES.items()}, **GOOD}
    samples = [make(blobs) for make in cases.values()] + _mutants(blobs, 150)
    paths = []
    for i, sample in enumerate(samples):
        path = tmp_path / f"blob{i}.bin"
        path.write_bytes(sample)
        paths.append(path)
    out = subprocess.run(
        [str(driver), "check", *map(str, paths)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    for line, path in zip(out, paths, strict=True):
        expected = [r.id for r in nested.violations(path.read_bytes(), reader)]
        mask, *ids = line.split()
        assert ids == expected, path.name
        assert int(mask, 16) == sum(1 << [r.id for r in nested.RULES].index(i) for i in ids)


@pytest.mark.parametrize("regions", [0, 1, 2])
def test_c_build_matches_python_byte_for_byte(
    regions: int, toolchain: Toolchain, blobs: Blobs, tmp_path: Path
) -> None:
    driver = _c_driver(toolchain, tmp_path, sanitize=False)
    python = blobs.shadow()[: (128, 4224, 8320)[regions]]
    python = python[:4] + len(python).to_bytes(4, "little") + python[8:]
    (tmp_path / "header.bin").write_bytes(python[:128])
    region_files = []
    for i in range(regions):
        path = tmp_path / f"region{i}.bin"
        path.write_bytes(python[128 + 4096 * i : 128 + 4096 * (i + 1)])
        region_files.append(str(path))
    stale_size = bytearray(python[:128])
    stale_size[4:8] = (12345).to_bytes(4, "little")  # build sets size to the bytes held
    (tmp_path / "header.bin").write_bytes(bytes(stale_size))
    out = subprocess.run(
        [
            str(driver),
            "build",
            str(tmp_path / "header.bin"),
            str(tmp_path / "out.bin"),
            *region_files,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(out.stdout) == len(python)
    assert (tmp_path / "out.bin").read_bytes() == python
    rebuilt = blobs.build(
        tuple(python[128 + 4096 * i : 128 + 4096 * (i + 1)] for i in range(regions)),
        vmxon_pa=VMXON_PA,
        vmcs12_pa=VMCS12_PA,
        flags=GUEST_MODE,
    )
    assert rebuilt == python


def _translate(source: str, target: str, state: bytes, tmp: Path) -> tuple[int, Path]:
    (tmp / "in.bin").write_bytes(state)
    out = tmp / "out.bin"
    return main(["translate", source, target, str(tmp / "in.bin"), str(out)]), out


def test_translate_converts_the_vmcs12_and_keeps_the_header(
    specs: SpecSet, blobs: Blobs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A running L2 saved in the 4.14 layout, restored into today's: header and size kept."""
    state = blobs.l2(running_l2(specs.by_name["kvm_vmcs12_v4_14"]), vmx_flags=0)
    status, out = _translate("kvm_vmcs12_v4_14", "kvm_vmcs12", state, tmp_path)
    assert status == 0, capsys.readouterr().err
    result = out.read_bytes()
    assert result[:128] == state[:128] and len(result) == 4224
    assert result[128:] == bytes(blobs.region())


def _shadow_pairs(specs: SpecSet) -> list[tuple[str, str]]:
    return [
        (t.source, t.target)
        for t in specs.translations
        if specs.by_name[t.source].shadow_indicator
        and specs.by_name[t.target].shadow_indicator
        and specs.by_name[t.source].revision == specs.by_name[t.target].revision == 0x11E57ED0
    ]


def test_translate_converts_vmcs12_and_shadow_together(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str], nested: ModuleType
) -> None:
    pairs = _shadow_pairs(specs)
    if not pairs:
        pytest.skip("no translation between two vmcs12 layouts with the shadow indicator")
    for source_name, target_name in pairs:
        source, target = specs.by_name[source_name], specs.by_name[target_name]
        values = {"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SHADOW_VMCS, "VMCS_LINK_POINTER": LINK}
        regions = [running_l2(source, **values), running_l2(source, shadow=True)]
        header = {"vmxon_pa": VMXON_PA, "vmcs12_pa": VMCS12_PA, "flags": GUEST_MODE}
        state = bytes(nested.KvmNestedState.build(regions, **header).to_bytes())
        status, out = _translate(source_name, target_name, state, tmp_path)
        assert status == 0, capsys.readouterr().err
        result = out.read_bytes()
        assert result[:128] == state[:128]
        assert result[128:4224] == bytes(running_l2(target, **values))
        assert result[4224:] == bytes(running_l2(target, shadow=True))


def test_translate_refuses_the_whole_blob_when_the_shadow_cannot_follow(
    blobs: Blobs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """4.14's layout has no shadow-VMCS indicator: the shadow vmcs12 blocks, and with it the
    vmcs12 that alone would convert."""
    status, out = _translate("kvm_vmcs12", "kvm_vmcs12_v4_14", blobs.shadow(), tmp_path)
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert "shadow" in err and "Traceback" not in err


def test_translate_refuses_a_result_kvm_would_refuse(
    blobs: Blobs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into a layout with another revision id: the blob would break vmcs12-revision."""
    status, out = _translate("kvm_vmcs12", "kvm_vmcs12_evmcs_order", blobs.l2(), tmp_path)
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert "rule vmcs12-revision: the vmcs12 revision id is not VMCS12_REVISION" in err
    assert "(after translation to kvm_vmcs12_evmcs_order)" in err


def test_translate_refuses_a_broken_blob_and_writes_nothing(
    blobs: Blobs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = blobs.l2(vmx_flags=0x2, smm_flags=SMM_VMXON)
    status, out = _translate("kvm_vmcs12", "kvm_vmcs12_v4_14", bad, tmp_path)
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert "rule vmx-flags-unknown: hdr.vmx.flags has bits outside" in err
    assert "rule smm-with-guest-entry:" in err
    assert "Traceback" not in err
