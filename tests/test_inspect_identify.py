"""vmcsgen inspect and identify on realistic regions of every bundled layout (built by
running_l2), the 4.14 incident, random bytes, layouts that read a region identically, and
nested-state blobs, checked as a person or a program would read the output."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from conftest import SPECS
from running_l2 import ALL_ONES, RUNNING_L2, running_l2

from vmcsgen.cli import main
from vmcsgen.model.entry_checks import CheckScope
from vmcsgen.model.spec import Layout, SpecSet

LAYOUTS = sorted(p.stem for p in (SPECS / "layouts").glob("*.yaml"))
# Kernel IBT in L2 and in L1: IA32_S_CET.ENDBR_EN (bit 2) in the supervisor CET state.
KERNEL_IBT = {"GUEST_S_CET": 1 << 2, "HOST_S_CET": 1 << 2}
# A region of the layout on the left, which lacks only fields the right one added in its
# padding, reads the same under both when those fields are unused.
READS_THE_SAME = {"kvm_vmcs12_v6_17": "kvm_vmcs12"}


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def write(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("name", LAYOUTS)
def test_identify_picks_the_layout_of_a_running_l2(
    name: str, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name[name]
    cet = {
        field: value
        for field, value in KERNEL_IBT.items()
        if f"field:{field}" in layout.by_identity
    }
    path = write(tmp_path, "region.bin", running_l2(layout, **cet))
    status, out, _ = run(["identify", path, "--format", "json"], capsys)
    found = json.loads(out)
    fits = {c["layout"]: c for c in found["candidates"] if c["fits"]}
    newer = READS_THE_SAME.get(name)
    if newer is None:
        assert status == 0 and found["best"] == name and list(fits) == [name]
        own = found["candidates"][0]
        assert own["layout"] == name and all(e["holds"] for e in own["evidence"])
    else:
        # One reading: the newer layout holds every field of this one (at zero here).
        assert status == 0 and found["best"] == newer and set(fits) == {name, newer}
        same = [e for e in fits[name]["evidence"] if e["check"] == "same-reading"]
        assert same and newer in same[0]["detail"]


def test_identify_tells_4_14_from_today_with_reasons(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The incident: both kernels write revision id 0x11e57ed0; the structure decides."""
    old, new = specs.by_name["kvm_vmcs12_v4_14"], specs.by_name["kvm_vmcs12"]
    assert old.revision == new.revision
    for saved, other in ((old, new), (new, old)):
        path = write(tmp_path, f"{saved.name}.bin", running_l2(saved))
        status, out, _ = run(["identify", path, "--format", "json"], capsys)
        found = json.loads(out)
        assert status == 0 and found["best"] == saved.name
        wrong = next(c for c in found["candidates"] if c["layout"] == other.name)
        assert not wrong["fits"]
        failed = {e["check"] for e in wrong["evidence"] if not e["holds"]}
        held = {e["check"] for e in wrong["evidence"] if e["holds"]}
        assert "revision" in held  # the revision id cannot tell them apart
        # A launched region passes the VM-entry checks that the region alone decides.
        entry = any(spec.scope is CheckScope.VM_ENTRY for spec in specs.check_specs)
        assert {"reserved-zero", "segments", *(["launched"] if entry else [])} <= failed
    status, out, _ = run(["identify", str(tmp_path / "kvm_vmcs12_v4_14.bin")], capsys)
    assert out.startswith("best: kvm_vmcs12_v4_14\n")
    assert "kvm_vmcs12: does not fit\n  + revision: revision id 0x11e57ed0" in out
    assert "  - reserved-zero: dead_space (offset 376, 32 bytes) has" in out


def test_random_bytes_fit_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    noise = random.Random(20181204).randbytes(4096)
    status, out, _ = run(
        ["identify", write(tmp_path, "noise.bin", noise), "--format", "json"], capsys
    )
    found = json.loads(out)
    assert status == 1 and found["best"] is None
    assert not any(c["fits"] for c in found["candidates"])
    status, out, err = run(["inspect", str(tmp_path / "noise.bin")], capsys)
    assert status == 1 and "warning: no layout fits; closest is" in err


def test_random_bytes_with_a_valid_revision_still_fit_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noise = bytearray(random.Random(7).randbytes(4096))
    noise[0:4] = (0x11E57ED0).to_bytes(4, "little")
    status, out, _ = run(
        ["identify", write(tmp_path, "noise.bin", noise), "--format", "json"], capsys
    )
    assert status == 1 and not any(c["fits"] for c in json.loads(out)["candidates"])


def _add_twin(root: Path, name: str, field: str) -> None:
    """kvm_vmcs12 with `field` in its padding64, as a newer layout adds a field in former
    padding (the CET members of kvm_vmcs12 over kvm_vmcs12_v6_17)."""
    text = (root / "layouts" / "kvm_vmcs12.yaml").read_text()
    text = text.replace("layout: kvm_vmcs12\n", f"layout: {name}\n")
    padding = next(line for line in text.splitlines() if "name: padding64," in line)
    text = text.replace(padding, f"  - {{offset: 336, name: {field.lower()}, field: {field}}}")
    (root / "layouts" / f"{name}.yaml").write_text(text)


@pytest.fixture()
def twin_specs(tmp_path: Path) -> Path:
    """The bundled specs plus kvm_vmcs12_twin, TERTIARY_VM_EXEC_CONTROL in padding64."""
    root = tmp_path / "specs"
    shutil.copytree(SPECS, root)
    _add_twin(root, "kvm_vmcs12_twin", "TERTIARY_VM_EXEC_CONTROL")
    return root


def test_layouts_reading_a_region_identically_are_one_fit(
    twin_specs: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = running_l2(specs.by_name["kvm_vmcs12"])
    path = write(tmp_path, "region.bin", region)
    status, out, _ = run(["identify", "--specs", str(twin_specs), path, "--format", "json"], capsys)
    found = json.loads(out)
    assert status == 0
    fits = {c["layout"]: c for c in found["candidates"] if c["fits"]}
    assert set(fits) == {"kvm_vmcs12", "kvm_vmcs12_v6_17", "kvm_vmcs12_twin"}
    assert found["best"] == "kvm_vmcs12_twin"  # it holds every field the other holds
    same = [e for e in fits["kvm_vmcs12"]["evidence"] if e["check"] == "same-reading"]
    assert same and "kvm_vmcs12_twin" in same[0]["detail"]
    # With the new field set, only the layout that holds it reads the region without padding.
    region[336:344] = (0x1).to_bytes(8, "little")
    status, out, _ = run(
        [
            "identify",
            "--specs",
            str(twin_specs),
            write(tmp_path, "t.bin", region),
            "--format",
            "json",
        ],
        capsys,
    )
    found = json.loads(out)
    assert status == 0 and found["best"] == "kvm_vmcs12_twin"
    assert [c["layout"] for c in found["candidates"] if c["fits"]] == ["kvm_vmcs12_twin"]


def test_fits_that_read_differently_are_ambiguous(
    twin_specs: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two layouts holding different fields where the region has a value: no answer."""
    _add_twin(twin_specs, "kvm_vmcs12_other", "PID_POINTER_TABLE")
    region = running_l2(specs.by_name["kvm_vmcs12"])
    region[336:344] = (0x2000).to_bytes(8, "little")
    path = write(tmp_path, "r.bin", region)
    status, out, _ = run(["identify", "--specs", str(twin_specs), path, "--format", "json"], capsys)
    found = json.loads(out)
    assert status == 1 and found["best"] is None
    fits = sorted(c["layout"] for c in found["candidates"] if c["fits"])
    assert fits == ["kvm_vmcs12_other", "kvm_vmcs12_twin"]
    status, out, err = run(["inspect", "--specs", str(twin_specs), path], capsys)
    assert status == 1
    assert (
        "warning: ambiguous: kvm_vmcs12_other, kvm_vmcs12_twin fit but read it differently" in err
    )
    status, out, err = run(
        ["inspect", "--specs", str(twin_specs), path, "--layout", "kvm_vmcs12_other"], capsys
    )
    assert status == 0 and err == ""
    assert any(
        line.split() == ["pid_pointer_table", "0x0000000000002000"] for line in out.splitlines()
    )


def _text_lines(
    layout: Layout, tmp: Path, capsys: pytest.CaptureFixture[str], **fields: int
) -> list[str]:
    path = write(tmp, "region.bin", running_l2(layout, **fields))
    status, out, _ = run(["inspect", path], capsys)
    assert status == 0
    return out.splitlines()


def test_inspect_text_reads_like_a_vmcs_dump(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _text_lines(specs.by_name["kvm_vmcs12"], tmp_path, capsys)
    assert lines[0] == "kvm_vmcs12 region, 4096 bytes (identified)"
    assert lines[1] == "  revision id 0x11e57ed0, shadow-VMCS indicator clear"
    sections = [line for line in lines if line and not line.startswith(" ")][1:]
    assert sections == ["guest state", "host state", "controls", "exit information"]
    guest = lines[lines.index("guest state") : lines.index("host state")]
    assert (
        "  cs    selector 0x0010  access rights 0x0000a09b  limit 0xffffffff"
        "  base 0x0000000000000000" in guest
    )
    assert (
        "  tr    selector 0x0040  access rights 0x0000008b  limit 0x00004087"
        "  base 0xfffffe0000003000" in guest
    )
    assert "  gdtr  limit 0x0000007f  base 0xfffffe0000001000" in guest
    assert (
        "  cr0   0x0000000080050033  read shadow 0x0000000080050033"
        "  guest/host mask 0xfffffffffffffff7" in guest
    )
    assert any(line.split() == ["vmcs_link_pointer", "0xffffffffffffffff"] for line in guest)
    host = lines[lines.index("host state") : lines.index("controls")]
    assert "  cs    selector 0x0010" in host
    assert "  tr    selector 0x0040  base 0xfffffe0000083000" in host
    controls = lines[lines.index("controls") : lines.index("exit information")]
    (primary,) = [line for line in controls if line.split()[:1] == ["cpu_based_vm_exec_control"]]
    assert primary.split()[1] == "0xb6a06dfa"
    named = primary.split(maxsplit=2)[2].split(" | ")
    assert {"CPU_BASED_HLT_EXITING", "CPU_BASED_ACTIVATE_SECONDARY_CONTROLS"} <= set(named)
    assert "CPU_BASED_RDTSC_EXITING" not in named
    exits = lines[lines.index("exit information") :]
    assert ["vm_exit_reason", "0x0000001e", "EXIT_REASON_IO_INSTRUCTION"] in [
        line.split() for line in exits
    ]
    # Zero interruption information is not valid: nothing to name.
    assert ["vm_exit_intr_info", "0x00000000"] in [line.split() for line in exits]
    assert not any("reserved bytes" in line for line in lines)


def test_inspect_flags_nonzero_padding(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    region = running_l2(layout)
    region[20] = 0x5A  # inside padding (offset 12, 28 bytes)
    status, out, _ = run(
        ["inspect", write(tmp_path, "r.bin", region), "--layout", "kvm_vmcs12"], capsys
    )
    assert status == 0
    assert out.splitlines()[-2:] == [
        "reserved bytes not zero",
        "  padding (offset 12, 28 bytes): 1 non-zero bytes",
    ]
    status, out, _ = run(
        ["inspect", str(tmp_path / "r.bin"), "--layout", "kvm_vmcs12", "--format", "json"], capsys
    )
    assert json.loads(out)["anomalies"] == [
        {
            "kind": "nonzero_reserved",
            "member": "padding",
            "offset": 12,
            "size": 28,
            "nonzero_bytes": 1,
        }
    ]


@pytest.mark.parametrize("name", LAYOUTS)
def test_inspect_shows_every_member_value(
    name: str, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name[name]
    region = running_l2(layout)
    path = write(tmp_path, "region.bin", region)
    # Named, since a region that reads the same under a newer layout is shown under that.
    status, out, _ = run(["inspect", path, "--layout", name, "--format", "json"], capsys)
    decoded = json.loads(out)
    assert status == 0 and decoded["kind"] == "region" and decoded["layout"] == name
    assert decoded["revision"] == layout.revision and decoded["shadow_vmcs"] is False
    by_name = {f["name"]: f for f in decoded["fields"]}
    value_members = [m for m in layout.members if m.kind.value != "reserved"]
    assert list(by_name) == [m.name for m in value_members]
    for member in value_members:
        entry = by_name[member.name]
        assert (entry["offset"], entry["size"]) == (member.offset, member.size)
        if member.field is not None:
            assert entry["field"] == member.field.name
            assert entry["encoding"] == member.field.encoding.value
            assert entry["value"] == RUNNING_L2.get(member.field.name, 0), member.name
    status, text, _ = run(["inspect", path, "--layout", name], capsys)
    for member in value_members:
        if member.field is None or member.field.name.endswith(
            ("_SELECTOR", "_AR_BYTES", "_LIMIT", "_BASE")
        ):
            continue
        if (
            member.field.name in ("GUEST_CR0", "GUEST_CR3", "GUEST_CR4")
            or "READ_SHADOW" in member.field.name
            or "GUEST_HOST_MASK" in member.field.name
        ):
            continue
        value = RUNNING_L2.get(member.field.name, 0)
        assert any(
            line.split()[:2] == [member.name, f"0x{value:0{2 * member.size}x}"]
            for line in text.splitlines()
        ), member.name


def _nested(regions: list[bytes], **header: int) -> bytes:
    import kvm_nested_state  # generated; conftest puts generated/python on sys.path

    return bytes(kvm_nested_state.KvmNestedState.build(regions, **header).to_bytes())


def test_inspect_nested_state_json_shape(
    generated_python: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = running_l2(specs.by_name["kvm_vmcs12"])
    blob = _nested([region], flags=1, vmxon_pa=0x10000, vmcs12_pa=0x11000)
    status, out, _ = run(
        ["inspect", write(tmp_path, "state.bin", blob), "--format", "json"], capsys
    )
    decoded = json.loads(out)
    assert status == 0
    assert list(decoded) == [
        "kind",
        "flags",
        "format",
        "size",
        "vmx",
        "vmcs12",
        "shadow_vmcs12",
        "violations",
        "diagnostics",
    ]
    assert decoded["kind"] == "nested_state" and decoded["size"] == 4224
    assert decoded["vmx"] == {
        "vmxon_pa": 0x10000,
        "vmcs12_pa": 0x11000,
        "smm_flags": 0,
        "flags": 0,
        "preemption_timer_deadline": 0,
    }
    assert decoded["vmcs12"]["kind"] == "region" and decoded["vmcs12"]["layout"] == "kvm_vmcs12"
    assert decoded["shadow_vmcs12"] is None and decoded["violations"] == []


def test_inspect_header_only_nested_state(
    generated_python: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = _nested([], vmxon_pa=0x10000, vmcs12_pa=ALL_ONES)
    status, out, _ = run(["inspect", write(tmp_path, "state.bin", blob)], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "kvm_nested_state blob, 128 bytes (header)"
    assert "  vmx.vmxon_pa                       0x0000000000010000" in lines
    assert "  vmx.vmcs12_pa                      0xffffffffffffffff" in lines
    assert "rules broken: none" in lines


def test_inspect_reports_every_broken_rule_of_a_malformed_blob(
    generated_python: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = running_l2(specs.by_name["kvm_vmcs12"])
    blob = bytearray(
        _nested([region], flags=0x3, vmxon_pa=0x10010, vmcs12_pa=0x11000, vmx_flags=0x6)
    )
    blob[40] = 0xEE  # the reserved tail of the header
    status, out, err = run(["inspect", write(tmp_path, "bad.bin", blob)], capsys)
    assert status == 1
    errors = [line for line in err.splitlines() if ": error: rule " in line]
    assert [line.split("rule ")[1].split(":")[0] for line in errors] == [
        "vmxon-pa-misaligned",
        "vmx-flags-unknown",
    ]
    lines = out.splitlines()
    assert "  flags                              0x0003  GUEST_MODE RUN_PENDING" in lines
    assert "  vmx.flags                          0x00000006  unknown bits 0x6" in lines
    assert "  hdr_pad                            reserved, 1 non-zero bytes" in lines
    assert "rules broken: 2" in lines
    assert "vmcs12:" in lines  # decoded as far as it safely can


def test_inspect_refuses_bytes_too_short_for_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["inspect", write(tmp_path, "short.bin", bytes(100))], capsys)
    assert status == 1 and out == ""
    assert err.endswith(
        "short.bin: error: 100 bytes is neither a region (4096 bytes) "
        "nor a blob (kvm_nested_state from 128 bytes)\n"
    )


def test_identify_reads_the_vmcs12_of_a_nested_state(
    generated_python: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = running_l2(specs.by_name["kvm_vmcs12_v4_14"])
    blob = _nested([region], flags=1, vmxon_pa=0x10000, vmcs12_pa=0x11000)
    status, out, _ = run(
        ["identify", write(tmp_path, "state.bin", blob), "--format", "json"], capsys
    )
    assert status == 0 and json.loads(out)["best"] == "kvm_vmcs12_v4_14"
