"""Generated C headers: compile alone as C and C++, and agree with Python byte for byte."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED, ROOT, Toolchain, missing

from vmcsgen.export.registry import render_outputs
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.reading.settings import Config

LAYOUTS = ["kvm_vmcs12", "kvm_vmcs12_v4_14", "kvm_vmcs12_evmcs_order", "hv_evmcs_v1"]
HEADERS = [f"{name}.h" for name in LAYOUTS] + ["vmcs_translations.h", "vmcs_bits.h"]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("language", ["c11", "c17", "c++11", "c++17"])
@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_header_compiles_alone(
    header: str, language: str, compiler: str, toolchain: Toolchain, tmp_path: Path
) -> None:
    cxx = language.startswith("c++")
    source = tmp_path / ("unit.cc" if cxx else "unit.c")
    source.write_text(f'#include "{header}"\nint main(void) {{ return 0; }}\n')
    toolchain.family(compiler).compile(
        source, tmp_path / "unit", includes=[GENERATED / "c"], cxx=cxx, std=language
    )


def test_kernel_type_style_compiles(specs: SpecSet, toolchain: Toolchain, tmp_path: Path) -> None:
    """c_types = "kernel" emits u16/u32/u64 and kernel includes; check it against stubs."""
    config = Config(specs=ROOT / "specs", out=tmp_path, c_types="kernel")
    for output in render_outputs(specs, config):
        if output.path.startswith("c/"):
            (tmp_path / Path(output.path).name).write_text(output.text)
            assert "uint64_t" not in output.text
    stubs = ROOT / "tests" / "c" / "kernel_stubs"
    for header in HEADERS:
        source = tmp_path / f"unit_{header}.c"
        source.write_text(f'#include "{header}"\nint main(void) {{ return 0; }}\n')
        toolchain.compile(source, tmp_path / "unit", includes=[tmp_path, stubs])


def _driver(layout: Layout, toolchain: Toolchain, tmp: Path, sanitize: bool) -> Path:
    return toolchain.compile(
        ROOT / "tests" / "c" / "layout_driver.c",
        tmp / f"driver_{layout.name}{'_san' if sanitize else ''}",
        includes=[GENERATED / "c"],
        defines={
            "LAYOUT_HEADER": f'"{layout.name}.h"',
            "LAYOUT_READ": f"{layout.name}_read",
            "LAYOUT_WRITE": f"{layout.name}_write",
            "REGION_SIZE": str(layout.size),
        },
        sanitize=sanitize,
    )


def _run(driver: Path, region: bytes, script: str, tmp: Path) -> tuple[list[str], bytes]:
    (tmp / "in.bin").write_bytes(region)
    result = subprocess.run(
        [str(driver), str(tmp / "in.bin"), str(tmp / "out.bin")],
        input=script,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split(), (tmp / "out.bin").read_bytes()


def _bad_encodings(layout: Layout) -> list[int]:
    known = {m.field.encoding.value for m in layout.fields if m.field}
    bad = [0x1000, 0x8000, 0x10000, 0xFFFFFFFF, (layout.max_field_index + 1) << 1, 0x6FFF]
    bad += [
        m.field.encoding.value | 1
        for m in layout.fields
        if m.field and m.field.encoding.high is None
    ]
    bad += [e for e in range(0, 0x7000, 2) if e not in known][:200]
    return bad


@pytest.mark.parametrize("name", LAYOUTS)
@pytest.mark.parametrize("sanitize", [False, True])
def test_c_read_write_match_python(
    name: str,
    sanitize: bool,
    specs: SpecSet,
    layout_module: Any,
    toolchain: Toolchain,
    tmp_path: Path,
) -> None:
    if sanitize and not toolchain.sanitizers_work:
        missing("AddressSanitizer/UBSan runtime not available (gcc's libasan and libubsan)")
    layout = specs.by_name[name]
    module = layout_module(name)
    cls = next(v for v in vars(module).values() if isinstance(v, type) and hasattr(v, "read"))
    driver = _driver(layout, toolchain, tmp_path, sanitize)
    rng = random.Random(name)
    region = bytes(rng.getrandbits(8) for _ in range(layout.size))
    encodings = sorted(module.ENCODINGS)
    bad = _bad_encodings(layout)
    script = "".join(f"r {e:x}\n" for e in encodings + bad)
    out, _ = _run(driver, region, script, tmp_path)
    python = cls.from_bytes(region)
    assert out == [f"{python.read(e):x}" for e in encodings] + ["ENOENT"] * len(bad)

    writes = [(e, rng.getrandbits(8 * module.ENCODINGS[e][1])) for e in encodings]
    rng.shuffle(writes)
    script = "".join(f"w {e:x} {v:x}\n" for e, v in writes) + "w 1000 0\n"
    out, c_bytes = _run(driver, region, script, tmp_path)
    assert out == ["ok"] * len(writes) + ["ENOENT"]
    for e, v in writes:
        python.write(e, v)
    assert c_bytes == python.to_bytes()


def test_c_write_truncates_like_vmwrite(
    specs: SpecSet, toolchain: Toolchain, tmp_path: Path
) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    driver = _driver(layout, toolchain, tmp_path, False)
    guest_es = next(m for m in layout.fields if m.name == "guest_es_selector")
    assert guest_es.field is not None
    out, data = _run(
        driver, bytes(layout.size), f"w {guest_es.field.encoding.value:x} 123456789abc\n", tmp_path
    )
    assert out == ["ok"]
    assert data[guest_es.offset : guest_es.end] == (0x9ABC).to_bytes(2, "little")
    assert data[guest_es.end :] == bytes(layout.size - guest_es.end)


def test_max_field_index_macro(specs: SpecSet) -> None:
    """A hand-typed max index went stale when TSC_MULTIPLIER (index 0x19) was added."""
    text = (GENERATED / "c" / "kvm_vmcs12.h").read_text()
    assert "#define KVM_VMCS12_MAX_FIELD_INDEX 0x19u" in text
    assert specs.by_name["kvm_vmcs12_v4_14"].max_field_index == 0x17
