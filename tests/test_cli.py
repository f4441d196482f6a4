"""The command line as a user meets it."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from vmcsgen import __version__
from vmcsgen.model.spec import SpecSet


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args], cwd=cwd, capture_output=True, text=True
    )


def test_version() -> None:
    assert run("--version").stdout.strip() == f"vmcsgen {__version__}"


def test_validate_summarises() -> None:
    result = run("validate")
    assert result.returncode == 0
    assert "160 catalog fields, 5 layouts" in result.stdout


def test_list_json(specs: SpecSet) -> None:
    rows = json.loads(run("list", "--format", "json").stdout)
    assert rows == [{"name": x.name, "revision": x.revision, "size": x.size} for x in specs.layouts]


def test_list_table() -> None:
    out = run("list").stdout
    assert "kvm_vmcs12_v4_14           0x11e57ed0   4096   1022    141" in out


def test_show_json_and_csv(specs: SpecSet) -> None:
    document = json.loads(run("show", "kvm_vmcs12", "--format", "json").stdout)
    assert (document["name"], document["revision"], document["size"]) == (
        "kvm_vmcs12",
        0x11E57ED0,
        4096,
    )
    fields = document["fields"]
    assert fields[0] == {
        "name": "hdr",
        "encoding": None,
        "offset": 0,
        "size": 4,
        "kind": "header",
        "field": None,
        "width": None,
        "type": None,
        "group": None,
        "shadow": None,
    }
    tsc = next(f for f in fields if f["name"] == "tsc_multiplier")
    assert (tsc["encoding"], tsc["offset"], tsc["size"], tsc["shadow"]) == (0x2032, 328, 8, None)
    shadowed = {f["field"]: f["shadow"] for f in fields if f["shadow"] is not None}
    assert (shadowed["GUEST_RIP"], shadowed["VM_EXIT_REASON"]) == ("rw", "ro")
    assert len(shadowed) == 35
    rows = list(csv.DictReader(io.StringIO(run("show", "hv_evmcs_v1", "--format", "csv").stdout)))
    assert len(rows) == len(specs.by_name["hv_evmcs_v1"].members)
    assert rows[-1]["name"] == "padding64_6"


def test_show_table() -> None:
    out = run("show", "hv_evmcs_v1").stdout
    assert (
        "   816    8  guest_rip                        0x0000681e  guest_state  -          NONE"
        in out
    )


def test_unknown_layout() -> None:
    result = run("show", "kvm_vmcs13")
    assert result.returncode == 1
    assert result.stderr.startswith("vmcsgen: error: no layout 'kvm_vmcs13'; known: hv_evmcs_v1")


def test_missing_spec_dir(tmp_path: Path) -> None:
    result = run("validate", "--specs", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[0] == f"{tmp_path / 'nope'}:1:1: error: spec directory not found"
    )


CET_MEMBERS = (
    "host_s_cet",
    "host_ssp",
    "host_ssp_tbl",
    "guest_s_cet",
    "guest_ssp",
    "guest_ssp_tbl",
)


def _vmcs12_blob(specs: SpecSet, *, tsc_multiplier: int) -> bytes:
    layout = specs.by_name["kvm_vmcs12"]
    data = bytearray(layout.size)
    rng = random.Random(9)
    for member in layout.fields:
        data[member.offset : member.end] = rng.getrandbits(8 * member.size).to_bytes(
            member.size, "little"
        )
    unused = ("vmread_bitmap", "vmwrite_bitmap", "encls_exiting_bitmap", *CET_MEMBERS)
    for name in unused:
        member = next(m for m in layout.members if m.name == name)
        data[member.offset : member.end] = bytes(member.size)
    tsc = next(m for m in layout.members if m.name == "tsc_multiplier")
    data[tsc.offset : tsc.end] = tsc_multiplier.to_bytes(8, "little")
    data[0:4] = layout.revision.to_bytes(4, "little")
    return bytes(data)


def test_translate_round_trip(specs: SpecSet, tmp_path: Path) -> None:
    blob = tmp_path / "vmcs12.bin"
    blob.write_bytes(_vmcs12_blob(specs, tsc_multiplier=0))
    old, back = tmp_path / "old.bin", tmp_path / "back.bin"
    down = run("translate", "kvm_vmcs12", "kvm_vmcs12_v4_14", str(blob), str(old))
    assert down.returncode == 0, down.stderr
    up = run("translate", "kvm_vmcs12_v4_14", "kvm_vmcs12", str(old), str(back))
    assert up.returncode == 0, up.stderr
    assert back.read_bytes() == blob.read_bytes()


def test_translate_refuses_to_lose_tsc_multiplier(specs: SpecSet, tmp_path: Path) -> None:
    blob = tmp_path / "vmcs12.bin"
    blob.write_bytes(_vmcs12_blob(specs, tsc_multiplier=0x1_0000_0000))
    out = tmp_path / "old.bin"
    result = run("translate", "kvm_vmcs12", "kvm_vmcs12_v4_14", str(blob), str(out))
    assert result.returncode == 1
    assert (
        f"{blob}: error: tsc_multiplier = 0x100000000 would be lost in "
        "kvm_vmcs12_to_kvm_vmcs12_v4_14: kvm_vmcs12_v4_14 has no TSC_MULTIPLIER"
    ) in result.stderr
    assert not out.exists()
    assert "Traceback" not in result.stderr


def test_translate_bad_input(tmp_path: Path) -> None:
    blob = tmp_path / "short.bin"
    blob.write_bytes(b"\xd0\x7e\xe5\x11" + bytes(100))
    out = tmp_path / "o"
    result = run("translate", "kvm_vmcs12", "kvm_vmcs12_v4_14", str(blob), str(out))
    assert result.returncode == 1
    assert f"{blob}: error: 104 bytes; a kvm_vmcs12 region is exactly 4096 bytes" in result.stderr
    # Trailing bytes are no better than missing ones.
    blob.write_bytes(b"\xd0\x7e\xe5\x11" + bytes(4096))
    result = run("translate", "kvm_vmcs12", "kvm_vmcs12_v4_14", str(blob), str(out))
    assert result.returncode == 1 and "4100 bytes; a kvm_vmcs12 region is exactly" in result.stderr
    same = run("translate", "kvm_vmcs12", "kvm_vmcs12", str(blob), str(out))
    assert same.returncode == 1 and "already the layout asked for" in same.stderr
    wrong = tmp_path / "wrong.bin"
    wrong.write_bytes(bytes(4096))
    result = run("translate", "kvm_vmcs12", "hv_evmcs_v1", str(wrong), str(out))
    assert result.returncode == 1
    assert f"{wrong}: error: source is not a kvm_vmcs12 region: revision id 0x0" in result.stderr
    assert not out.exists()
    assert "Traceback" not in result.stderr


def test_diff_real_history_is_breaking() -> None:
    result = run("diff", "kvm_vmcs12_v4_14", "kvm_vmcs12")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert sum(" moved (offset " in line and "breaking" in line for line in lines) == 127
    assert "tsc_multiplier" not in result.stdout or "added" in result.stdout
    assert lines[-1].startswith("kvm_vmcs12_v4_14 → kvm_vmcs12: breaking: ")


def test_diff_identical_and_usage() -> None:
    same = run("diff", "kvm_vmcs12", "kvm_vmcs12")
    assert (same.returncode, same.stdout.strip()) == (
        0,
        "kvm_vmcs12 → kvm_vmcs12: identical (no findings)",
    )
    alone = run("diff", "kvm_vmcs12")
    assert alone.returncode == 1 and "OLD and NEW, or --since REV" in alone.stderr


def test_diff_since_git_revision(tmp_path: Path) -> None:
    """The documented CI check: compare the specs with their version at a git revision."""
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", repo / "specs")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "specs"], check=True)
    clean = run("diff", "--since", "HEAD", "--specs", str(repo / "specs"), cwd=repo)
    assert clean.returncode == 0, clean.stderr
    layout = repo / "specs" / "layouts" / "kvm_vmcs12.yaml"
    text = layout.read_text()
    padding = (
        "  - {offset: 336, name: padding64, kind: reserved, size: 8, "
        'note: "u64 padding64[], room for future expansion"}'
    )
    assert padding in text
    layout.write_text(
        text.replace(
            padding, "  - {offset: 336, name: pid_pointer_table, field: PID_POINTER_TABLE}"
        )
    )
    added = run("diff", "--since", "HEAD", "--specs", str(repo / "specs"), cwd=repo)
    assert added.returncode == 0, added.stdout + added.stderr
    assert "compatible: " in added.stdout and "pid_pointer_table" in added.stdout
    swapped = text.replace("field: ENCLS_EXITING_BITMAP", "field: SWAP").replace(
        "field: TSC_MULTIPLIER", "field: ENCLS_EXITING_BITMAP"
    )
    layout.write_text(swapped.replace("field: SWAP", "field: TSC_MULTIPLIER"))
    broken = run("diff", "--since", "HEAD", "--specs", str(repo / "specs"), cwd=repo)
    assert broken.returncode == 1
    assert "breaking: " in broken.stdout and "TSC_MULTIPLIER" in broken.stdout


def test_docs_written_and_committed_copy_current(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    made = run("docs", "--out", str(out))
    assert made.returncode == 0, made.stderr
    svgs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.svg"))
    assert "layouts/hv_evmcs_v1.groups.svg" in svgs and len(svgs) == 16
    assert (out / "field_reference.md").is_file()
    committed = run("docs", "--out", "docs/reference", "--check")
    assert committed.returncode == 0, committed.stderr
