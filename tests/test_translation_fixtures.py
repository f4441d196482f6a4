"""Translation behaviour the bundled specs do not exercise: width changes, non-zero
defaults and the `refuse` retire policy, on a small synthetic pair of layouts."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, Toolchain

from vmcsgen.export.registry import render_outputs
from vmcsgen.output.files import write_outputs
from vmcsgen.reading.loader import load_specs
from vmcsgen.reading.settings import Config

CATALOG = """\
fields:
  GUEST_ES_SELECTOR: 0x00000800
  VMCS_LINK_POINTER: 0x00002800
  GUEST_RIP: 0x0000681e
  TSC_MULTIPLIER: 0x00002032
"""
OLD = """\
layout: small_old
revision: 0x100
size: 4096
members:
  - {offset: 0, name: hdr, kind: header}
  - {offset: 4, name: launch_state, kind: state, size: 4}
  - {offset: 8, name: guest_rip, field: GUEST_RIP}
  - {offset: 16, name: counter, kind: state, size: 8}
  - {offset: 24, name: tsc_multiplier, field: TSC_MULTIPLIER}
  - {offset: 32, name: guest_es_selector, field: GUEST_ES_SELECTOR}
"""
NEW = """\
layout: small_new
revision: 0x200
size: 4096
members:
  - {offset: 0, name: hdr, kind: header}
  - {offset: 4, name: pad, kind: reserved, size: 4}
  - {offset: 8, name: launch_state, kind: state, size: 8}
  - {offset: 16, name: counter, kind: state, size: 4}
  - {offset: 20, name: guest_es_selector, field: GUEST_ES_SELECTOR}
  - {offset: 22, name: pad2, kind: reserved, size: 2}
  - {offset: 24, name: vmcs_link_pointer, field: VMCS_LINK_POINTER, default: 0xffffffffffffffff}
  - {offset: 32, name: guest_rip, field: GUEST_RIP}
retired:
  - {field: TSC_MULTIPLIER, policy: refuse, reason: small_new cannot scale the TSC}
"""
TRANSLATIONS = """\
translations:
  - {from: small_old, to: small_new}
  - {from: small_new, to: small_old}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    (root / "specs" / "layouts").mkdir(parents=True)
    (root / "specs" / "fields.yaml").write_text(CATALOG)
    (root / "specs" / "layouts" / "small_old.yaml").write_text(OLD)
    (root / "specs" / "layouts" / "small_new.yaml").write_text(NEW)
    (root / "specs" / "translations.yaml").write_text(TRANSLATIONS)
    specs = load_specs(root / "specs")
    write_outputs(root / "out", render_outputs(specs, Config(specs=root, out=root / "out")))
    return root / "out"


@pytest.fixture(scope="module")
def tr(built: Path) -> ModuleType:
    # A name of its own: the bundled vmcs_translations may already be imported.
    spec = importlib.util.spec_from_file_location(
        "small_translations", built / "python" / "vmcs_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def old_region(*, launch: int = 1, counter: int = 5, tsc: int = 0, rip: int = 0x1234) -> bytes:
    data = bytearray(4096)
    data[0:4] = (0x100).to_bytes(4, "little")
    data[4:8] = launch.to_bytes(4, "little")
    data[8:16] = rip.to_bytes(8, "little")
    data[16:24] = counter.to_bytes(8, "little")
    data[24:32] = tsc.to_bytes(8, "little")
    data[32:34] = (0x10).to_bytes(2, "little")
    return bytes(data)


def test_widen_and_default(tr: ModuleType) -> None:
    new = tr.small_old_to_small_new(old_region(launch=0xFFFFFFFF))
    assert int.from_bytes(new[8:16], "little") == 0xFFFFFFFF  # widened exactly, zero-extended
    assert int.from_bytes(new[16:20], "little") == 5
    assert new[24:32] == b"\xff" * 8  # new field gets its declared default
    assert int.from_bytes(new[32:40], "little") == 0x1234
    assert new[4:8] == bytes(4) and new[40:] == bytes(4096 - 40)
    assert int.from_bytes(new[0:4], "little") == 0x200


def test_narrowing_that_does_not_fit_blocks(tr: ModuleType) -> None:
    with pytest.raises(tr.TranslationBlocked) as info:
        tr.small_old_to_small_new(old_region(counter=1 << 40))
    assert [b.field for b in info.value.blockers] == ["counter"]
    assert "keeps only 4 of its 8 bytes" in info.value.blockers[0].reason


def test_refuse_policy_blocks_non_default(tr: ModuleType) -> None:
    with pytest.raises(tr.TranslationBlocked) as info:
        tr.small_old_to_small_new(old_region(tsc=7))
    assert [b.field for b in info.value.blockers] == ["tsc_multiplier"]
    assert "retired by small_new: small_new cannot scale the TSC" in info.value.blockers[0].reason


def test_round_trip_and_default_on_the_way_back(tr: ModuleType) -> None:
    src = old_region()
    assert bytes(tr.small_new_to_small_old(tr.small_old_to_small_new(src))) == src
    new = bytearray(tr.small_old_to_small_new(src))
    new[24:32] = (0x1000).to_bytes(8, "little")  # vmcs_link_pointer no longer the default
    with pytest.raises(tr.TranslationBlocked) as info:
        tr.small_new_to_small_old(new)
    assert [b.field for b in info.value.blockers] == ["vmcs_link_pointer"]
    new[8:16] = (1 << 33).to_bytes(8, "little")
    blockers = tr.small_new_to_small_old_blockers(new)
    assert [b.field for b in blockers] == ["launch_state", "vmcs_link_pointer"]


def test_c_agrees(built: Path, tr: ModuleType, toolchain: Toolchain, tmp_path: Path) -> None:
    table = tmp_path / "table.inc"
    table.write_text("PLAIN(small_old_to_small_new)\nPLAIN(small_new_to_small_old)\n")
    driver = toolchain.compile(
        ROOT / "tests" / "c" / "translate_driver.c",
        tmp_path / "driver",
        includes=[built / "c"],
        defines={"TRANSLATION_TABLE": f'"{table}"'},
        sanitize=toolchain.sanitizers_work,
    )
    for src in (old_region(), old_region(launch=0xFFFFFFFF), old_region(counter=1 << 40)):
        (tmp_path / "src.bin").write_bytes(src)
        (tmp_path / "dst.bin").write_bytes(bytes(4096))
        args = [
            str(driver),
            "small_old_to_small_new",
            str(tmp_path / "src.bin"),
            str(tmp_path / "dst.bin"),
        ]
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()
        try:
            expected = bytes(tr.small_old_to_small_new(src))
            assert out == ["0"]
            assert (tmp_path / "dst.bin").read_bytes() == expected
        except tr.TranslationBlocked:
            assert out[:2] == ["-34", "blocker"]
