"""Container specs that are wrong: every mistake reported with its file:line:col, all of
them in one run, nothing generated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SPECS

from vmcsgen.model.diagnostics import SpecError
from vmcsgen.reading.loader import load_specs

BUNDLED = (SPECS / "containers" / "kvm_nested_state.yaml").read_text()


def broken_dir(tmp: Path, edits: list[tuple[str, str]], name: str = "kvm_nested_state") -> Path:
    root = tmp / "specs"
    shutil.copytree(SPECS, root)
    text = BUNDLED
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    (root / "containers" / "kvm_nested_state.yaml").unlink()
    (root / "containers" / f"{name}.yaml").write_text(text)
    return root


def errors(root: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_specs(root)
    return [str(d) for d in caught.value.diagnostics]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_every_mistake_in_one_run(tmp_path: Path) -> None:
    edits = [
        (
            "{of: flags, has: RUN_PENDING}, {of: flags, lacks: GUEST_MODE}",
            "{of: flagz, has: RUN_PENDING}, {of: flags, lacks: GUEST_MODE}",
        ),
        ("{of: format, is_not: VMX}", "{of: format, is_not: 0x10000}"),
        ("{of: vmxon_pa, misaligned: PAGE_SIZE}", "{of: vmxon_pa, misaligned: PAGE_SIZ}"),
        ("{of: vmcs12.revision, is_not: VMCS12_REVISION}", "{of: vmcs12.GUEST_CR9, is_not: 0}"),
        ("  - id: trailing-bytes", "  - id: size-beyond-data"),
    ]
    found = errors(broken_dir(tmp_path, edits))
    path = "containers/kvm_nested_state.yaml"
    assert len(found) == 5, found
    messages = "\n".join(found)
    assert "'flagz' is not a value member of the header, nor 'length'" in messages
    assert "0x10000 does not fit format (16 bits)" in messages
    assert "PAGE_SIZ is not a constant" in messages
    assert (
        "'vmcs12.GUEST_CR9': GUEST_CR9 is neither present, revision, shadow nor a field" in messages
    )
    assert "rule size-beyond-data is listed twice" in messages
    assert all(f"{path}:" in line and ": error: " in line for line in found)


def test_members_must_fill_the_header_without_gaps(tmp_path: Path) -> None:
    root = broken_dir(
        tmp_path, [("{offset: 26, name: pad, size: 2,", "{offset: 27, name: pad, size: 1,")]
    )
    found = errors(root)
    assert any("pad at offset 27 leaves a gap after smm_flags (ends at 26)" in e for e in found)
    text = (root / "containers" / "kvm_nested_state.yaml").read_text()
    assert any(f"kvm_nested_state.yaml:{line_of(text, 'name: pad,')}:" in e for e in found)


def test_region_must_follow_the_header(tmp_path: Path) -> None:
    found = errors(
        broken_dir(tmp_path, [("{offset: 128, name: vmcs12,", "{offset: 256, name: vmcs12,")])
    )
    assert any("vmcs12: the first region starts right after the header (128)" in e for e in found)
    assert any("shadow_vmcs12 at offset 4224 overlaps vmcs12" in e for e in found)


def test_file_name_and_schema(tmp_path: Path) -> None:
    found = errors(broken_dir(tmp_path, [], name="nested"))
    assert any(
        "container 'kvm_nested_state' must live in containers/kvm_nested_state.yaml" in e
        for e in found
    )
    found = errors(
        broken_dir(tmp_path / "b", [("header_size: 128", "header_size: 128\nheader_bytes: 1")])
    )
    assert any("unknown key 'header_bytes'" in e for e in found)


def test_a_condition_takes_one_test(tmp_path: Path) -> None:
    found = errors(
        broken_dir(tmp_path, [("{of: format, is_not: VMX}", "{of: format, is_not: VMX, below: 2}")])
    )
    assert any("a condition takes exactly one test, not 2" in e for e in found)
