"""The public API for saved state (`from vmcsgen import ...`), used as a program outside the
checkout would, and the edges of the commands built on it: `-` for standard input and
output, bounded reads, bad output paths and write failures, header-only blobs, what the user
names winning over detection, revision ids that are not the named layout's, --strict, syncs
into no region, the printer's JSON, --specs before the command, listing and completion."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT
from running_guest import running_evmcs, running_vmcs12
from running_l2 import ALL_ONES, running_l2

import vmcsgen
from vmcsgen.cli import main
from vmcsgen.model.spec import SpecSet
from vmcsgen.output import files

VMCS12_REVISION = 0x11E57ED0


def _vmcsgen(
    *args: str, cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args], capture_output=True, cwd=cwd, input=stdin
    )


def _nested(regions: list[bytes], **header: int) -> bytes:
    import kvm_nested_state  # generated; conftest puts generated/python on sys.path

    return bytes(kvm_nested_state.KvmNestedState.build(regions, **header).to_bytes())


def _header_only() -> bytes:
    """VMX on, no current VMCS: KVM_GET_NESTED_STATE writes the 128-byte header alone."""
    return _nested([], vmxon_pa=0x10000, vmcs12_pa=ALL_ONES)


# --- the API, from outside the checkout -------------------------------------------------


def test_the_api_runs_outside_the_checkout(tmp_path: Path) -> None:
    script = tmp_path / "use_api.py"
    script.write_text(textwrap.dedent("""
            import sys
            import vmcsgen

            assert "vmcsgen.state.api" not in sys.modules  # loaded on first use
            specs = vmcsgen.bundled_specs()
            again = vmcsgen.load_specs(vmcsgen.bundled_specs_dir())
            assert again.by_name.keys() == specs.by_name.keys()
            zeros = bytes(4096)
            decoded = vmcsgen.decode(specs, zeros, layout="kvm_vmcs12", path="zeros.bin")
            for diagnostic in decoded.diagnostics:
                print(diagnostic)
            moved = vmcsgen.translate(specs, "kvm_vmcs12", "hv_evmcs_v1", zeros)
            print(moved.ok, moved.data is None, [d.code for d in moved.diagnostics])
            """))
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "zeros.bin: warning: revision id 0x0 is not kvm_vmcs12's (0x11e57ed0); decoded as asked",
        "False True ['bad-region']",
    ]


def test_api_translates_a_blob_and_keeps_its_header(generated_python: Path) -> None:
    specs = vmcsgen.bundled_specs()
    blob = _nested(
        [running_l2(specs.by_name["kvm_vmcs12"])], flags=1, vmxon_pa=0x10000, vmcs12_pa=0x11000
    )
    result = vmcsgen.translate(specs, "kvm_vmcs12", "kvm_vmcs12_v6_17", blob)
    assert result.ok and result.container is not None and result.data is not None
    assert result.data[:128] == blob[:128] and len(result.data) == len(blob)
    assert vmcsgen.validate(specs, result.data, layout="kvm_vmcs12_v6_17").violations == ()


def test_strict_makes_drops_and_unused_bytes_errors(specs: SpecSet) -> None:
    evmcs = running_evmcs(specs)
    lenient = vmcsgen.translate(specs, "hv_evmcs_v1", "kvm_vmcs12", evmcs)
    assert lenient.ok and {d.severity.value for d in lenient.diagnostics} == {"note"}
    strict = vmcsgen.translate(specs, "hv_evmcs_v1", "kvm_vmcs12", evmcs, strict=True)
    assert strict.data is None
    assert [d.code for d in strict.diagnostics] == [d.code for d in lenient.diagnostics]
    assert {d.severity.value for d in strict.diagnostics} == {"error"}


def test_printer_json_is_stable(specs: SpecSet, tmp_path: Path) -> None:
    evmcs = tmp_path / "evmcs.bin"
    evmcs.write_bytes(running_evmcs(specs))
    out = tmp_path / "o.bin"
    runs = [
        _vmcsgen(
            "translate",
            "--format",
            "json",
            "hv_evmcs_v1",
            "kvm_vmcs12",
            str(evmcs),
            str(out),
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout
    report = json.loads(runs[0].stdout)
    assert list(report) == ["output", "written", "chain", "diagnostics"]
    first = report["diagnostics"][1]
    assert list(first) == ["path", "line", "column", "severity", "code", "message", "subject"]
    assert (first["path"], first["line"], first["severity"], first["code"]) == (
        str(evmcs),
        None,
        "note",
        "dropped",
    )
    assert list(first["subject"]) == ["field", "value", "hop"]


# --- edges 3 and 18: `-`, and reads bounded by the largest input ------------------------


def test_dash_reads_stdin_and_writes_stdout(specs: SpecSet, tmp_path: Path) -> None:
    region = running_vmcs12(specs, cet=False)
    converted = _vmcsgen(
        "translate", "kvm_vmcs12", "kvm_vmcs12_v6_17", "-", "-", cwd=tmp_path, stdin=region
    )
    assert converted.returncode == 0, converted.stderr
    assert converted.stdout == region  # the same bytes: 6.17 is 6.1's layout without CET
    assert b"wrote - (4096 bytes" in converted.stderr
    for command in ("inspect", "identify"):
        shown = _vmcsgen(command, "-", cwd=tmp_path, stdin=region)
        assert shown.returncode == 0, shown.stderr
        assert b"kvm_vmcs12" in shown.stdout


def test_endless_input_is_refused_after_the_largest_size(tmp_path: Path) -> None:
    for command in (["inspect"], ["identify"], ["translate", "kvm_vmcs12", "hv_evmcs_v1"]):
        tail = [str(tmp_path / "o.bin")] if command[0] == "translate" else []
        result = _vmcsgen(*command, "/dev/zero", *tail, cwd=tmp_path)
        assert result.returncode == 1 and b"Traceback" not in result.stderr
        assert result.stderr.decode().endswith(
            "/dev/zero: error: more than 8320 bytes, the largest region or blob the specs "
            "describe; not read further\n"
        )
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"cat /dev/zero > {fifo}"])
    try:
        result = _vmcsgen("inspect", str(fifo), cwd=tmp_path)
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 1 and b"more than 8320 bytes" in result.stderr


# --- edges 1 and 15: every write failure is one located error ---------------------------


def test_bad_output_paths(specs: SpecSet, tmp_path: Path) -> None:
    region = tmp_path / "r.bin"
    region.write_bytes(running_vmcs12(specs, cet=False))
    for output, reason in (
        (tmp_path / "missing" / "o.bin", "cannot be written: No such file or directory"),
        (tmp_path, "is a directory; name a file to write"),
    ):
        result = _vmcsgen(
            "translate", "kvm_vmcs12", "kvm_vmcs12_v6_17", str(region), str(output), cwd=tmp_path
        )
        assert result.returncode == 1 and result.stdout == b""
        lines = result.stderr.decode().splitlines()
        assert f"{output}: error: {reason}" in lines and f"{output}: note: not written" in lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.bin"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EFBIG])
def test_write_failures_are_errors_and_leave_nothing(
    code: int,
    specs: SpecSet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    region = tmp_path / "r.bin"
    region.write_bytes(running_vmcs12(specs, cet=False))
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle: int) -> None:
            self.stream = real_fdopen(handle, "wb")

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fdopen", lambda handle, mode: Failing(handle))
    out = tmp_path / "o.bin"
    status = main(["translate", "kvm_vmcs12", "kvm_vmcs12_v6_17", str(region), str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{out}: error: cannot be written: {os.strerror(code)}\n" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.bin"]  # no staging file left


# --- edges 4 and 21: blobs and regions ---------------------------------------------------


def test_size_below_header_is_a_blob_breaking_that_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "short.bin"
    path.write_bytes(bytes(128))
    status = main(["inspect", str(path)])
    out, err = capsys.readouterr()
    assert status == 1 and out.startswith("kvm_nested_state blob, 128 bytes")
    assert (
        f"{path}: error: rule size-below-header: "
        "size is below sizeof(struct kvm_nested_state) (128)" in err
    )


def test_header_only_blobs_are_first_class(
    generated_python: Path, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vmxon.bin"
    path.write_bytes(_header_only())
    assert main(["inspect", str(path)]) == 0
    assert "rules broken: none" in capsys.readouterr().out
    assert main(["identify", str(path)]) == 0
    assert "holds no region, so no layout to identify" in capsys.readouterr().err
    out = tmp_path / "out.bin"
    assert main(["translate", "kvm_vmcs12", "kvm_vmcs12_v4_14", str(path), str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()


def test_the_named_layout_wins_over_detection(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = running_l2(specs.by_name["kvm_vmcs12"])
    region[4:8] = (4096).to_bytes(4, "little")  # abort = 0x1000: the blob's size member
    path = tmp_path / "abort.bin"
    path.write_bytes(region)
    assert main(["inspect", "--layout", "kvm_vmcs12", str(path)]) == 0
    assert capsys.readouterr().out.startswith("kvm_vmcs12 region, 4096 bytes (--layout)")
    out = tmp_path / "o.bin"
    assert main(["translate", "kvm_vmcs12", "kvm_vmcs12_v6_17", str(path), str(out)]) == 0
    assert out.read_bytes() == bytes(region)


# --- edges 7, 10 and 11 -------------------------------------------------------------------


def test_sync_refuses_a_destination_that_holds_no_region(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evmcs = tmp_path / "evmcs.bin"
    evmcs.write_bytes(running_evmcs(specs))
    into = tmp_path / "into.bin"
    for content, reason in (
        (bytes(4096), "all 4096 bytes are zero: it holds no kvm_vmcs12 region to update"),
        (
            running_evmcs(specs),
            "revision id 0x1: it holds no kvm_vmcs12 region to update "
            "(kvm_vmcs12 regions carry 0x11e57ed0)",
        ),
    ):
        into.write_bytes(content)
        status = main(["translate", "--sync", "hv_evmcs_v1", "kvm_vmcs12", str(evmcs), str(into)])
        assert status == 1 and f"{into}: error: {reason}\n" in capsys.readouterr().err
        assert into.read_bytes() == content


def test_a_revision_other_than_the_named_layouts_warns(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vmcs12.bin"
    path.write_bytes(running_vmcs12(specs, cet=False))
    assert main(["inspect", "--layout", "hv_evmcs_v1", str(path)]) == 1
    warning = (
        f"{path}: warning: revision id 0x11e57ed0 is not hv_evmcs_v1's (0x1); decoded as asked"
    )
    assert warning in capsys.readouterr().err
    assert main(["inspect", "--layout", "hv_evmcs_v1", "--force", str(path)]) == 0
    assert warning.replace("warning", "note") in capsys.readouterr().err


def test_default_one_bits_and_clean_fields_have_names(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evmcs.bin"
    path.write_bytes(running_evmcs(specs))
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "unknown bits" not in out
    assert "PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR" in out
    (clean,) = [line for line in out.splitlines() if line.lstrip().startswith("hv_clean_fields")]
    assert "clean: IO_BITMAP MSR_BITMAP" in clean


# --- edges 13 and 14: --specs before the command, listing, completion -------------------


def test_specs_before_or_after_the_command(tmp_path: Path) -> None:
    bundled = str(vmcsgen.bundled_specs_dir())
    before = _vmcsgen("--specs", bundled, "show", "kvm_vmcs12", cwd=tmp_path)
    after = _vmcsgen("show", "--specs", bundled, "kvm_vmcs12", cwd=tmp_path)
    assert before.returncode == after.returncode == 0 and before.stdout == after.stdout
    missing = _vmcsgen("--specs", str(tmp_path / "nope"), "list", cwd=tmp_path)
    assert missing.returncode == 1 and b"spec directory not found" in missing.stderr


def test_list_containers_translations_and_show_shadow(
    specs: SpecSet, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--containers", "--format", "json"]) == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["kvm_nested_state"]
    assert main(["list", "--translations", "--format", "json"]) == 0
    names = [t["name"] for t in json.loads(capsys.readouterr().out)]
    assert names == [t.name for t in specs.translations]
    assert main(["show", "kvm_vmcs12"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split()[5] == "shadow"
    (rip,) = [line for line in lines if " guest_rip " in line]
    assert rip.split()[5] == "rw"


def test_completion_is_made_from_the_parser(tmp_path: Path) -> None:
    script = _vmcsgen("completion", "bash", cwd=tmp_path).stdout.decode()
    (tmp_path / "c.sh").write_text(script)
    probe = (
        "source c.sh; COMP_WORDS=(vmcsgen translate --st); COMP_CWORD=2; _vmcsgen; "
        'echo "${COMPREPLY[@]}"'
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.split() == ["--strict"]
    assert "bashcompinit" in _vmcsgen("completion", "zsh", cwd=tmp_path).stdout.decode()


# --- docs/python-api.md: every example runs on its own, outside the checkout -------------


def _examples() -> list[str]:
    text = (ROOT / "docs" / "python-api.md").read_text("utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


@pytest.mark.parametrize("index", range(len(_examples())))
def test_python_api_examples_run(index: int, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(_examples()[index])
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr


def test_every_public_name_resolves_and_says_what_it_is() -> None:
    for name in vmcsgen.__all__:
        value = getattr(vmcsgen, name)
        if name != "__version__":
            doc = (value.__doc__ or "").strip()
            # A dataclass without a docstring gets its signature as one.
            assert doc and not doc.startswith(f"{name}("), name
