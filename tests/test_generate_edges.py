"""generate's edges: a manifest decides what a run may delete, staging files of a killed run
are removed by the next one, overlapping runs wait for each other, and every write failure
is one located error line with nothing written.

Faults: EFBIG is real (RLIMIT_FSIZE in a child); ENOSPC, EROFS and EACCES are raised by
monkeypatched os.fdopen / tempfile.mkstemp in-process, since the tests run as root, whom a
read-only mode does not stop, and mounting needs privileges the suite does not take."""

from __future__ import annotations

import errno
import fcntl
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED, SPECS

from vmcsgen.cli import main
from vmcsgen.output import files

VMCSGEN = [sys.executable, "-m", "vmcsgen"]
EDITED = ("c/kvm_vmcs12.h", "c/hv_evmcs_v1.h", "c/vmcs_bits.h", "c/kvm_vmcs12_v4_14.h")


def tree(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A copy of the committed outputs with some C headers edited: a generate rewrites those
    (C needs no black, which keeps these runs fast)."""
    copy = tmp_path / "out"
    shutil.copytree(GENERATED, copy)
    for rel in EDITED:
        (copy / rel).write_text((copy / rel).read_text() + "/* edited */\n")
    return copy


def generate(
    out: Path, *extra: str, cwd: Path | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """`vmcsgen generate` from the folder holding `out` (or `cwd`), as a user runs it."""
    return subprocess.run(
        [*VMCSGEN, "generate", "--specs", str(SPECS), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=cwd or out.parent,
        **kwargs,
    )


_KILLED_MIDWAY = """
import os, signal, sys
from pathlib import Path
from vmcsgen.export.registry import render_outputs
from vmcsgen.output import files
from vmcsgen.reading.loader import load_specs
from vmcsgen.reading.settings import Config

real, calls = os.replace, []
def replace(src, dst):
    calls.append(dst)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
os.replace = replace
specs, out = Path(sys.argv[1]), Path(sys.argv[2])
files.write_outputs(out, render_outputs(load_specs(specs), Config(specs=specs, out=out)))
"""


def test_a_run_killed_midway_is_cleaned_up_by_the_next(out: Path) -> None:
    (out / "python" / ".kvm_vmcs12.py.3c7r1c10").write_text("")  # an older version's staging
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_MIDWAY, str(SPECS), str(out)], capture_output=True
    )
    assert killed.returncode == -9
    leftovers = sorted(p.name for p in (out / "c").iterdir() if p.name.endswith(".vmcsgen-staging"))
    assert len(leftovers) == len(EDITED) - 1  # one was renamed before the kill
    check = generate(out, "--check")
    assert check.returncode == 1
    for name in leftovers:
        assert f"out/c/{name}: warning: staging file of an interrupted run" in check.stderr
    assert "out/python/.kvm_vmcs12.py.3c7r1c10: warning: staging file" in check.stderr
    rerun = generate(out)
    assert rerun.returncode == 0, rerun.stderr
    removed = {line for line in rerun.stdout.splitlines() if line.startswith("removed ")}
    assert removed == {f"removed out/c/{name}" for name in leftovers} | {
        "removed out/python/.kvm_vmcs12.py.3c7r1c10"
    }
    assert tree(out) == tree(GENERATED)
    assert generate(out, "--check").stderr == ""


def test_overlapping_runs_wait_for_each_other(out: Path) -> None:
    holder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        waiting = subprocess.Popen(
            [*VMCSGEN, "generate", "--specs", str(SPECS), "--out", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2)
        assert waiting.poll() is None, waiting.communicate()
        assert (out / EDITED[0]).read_text().endswith("/* edited */\n")
        assert not [p for p in (out / "c").iterdir() if p.name.startswith(".")]
    finally:
        os.close(holder)
    assert waiting.wait(timeout=300) == 0
    runs = [
        subprocess.Popen([*VMCSGEN, "generate", "--specs", str(SPECS), "--out", str(out)])
        for _ in range(2)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    assert tree(out) == tree(GENERATED)


def _generate_in_process(out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["generate", "--specs", str(SPECS), "--out", str(out)])
    captured = capsys.readouterr()
    return status, captured.err


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_an_unwritable_folder_is_one_error(
    code: int, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(out)

    def refuse(*args: Any, dir: str, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code), dir)

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    status, err = _generate_in_process(out, capsys)
    assert status == 1
    assert err == f"{out}/c: error: {os.strerror(code)}; nothing written\n"
    assert tree(out) == before


def test_a_full_disk_is_one_error(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(out)
    real = os.fdopen
    opened = []

    class Full:
        def __init__(self, handle: int, *args: Any, **kwargs: Any) -> None:
            self.stream = real(handle, *args, **kwargs)

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, text: str) -> int:
            opened.append(text)
            if len(opened) == 2:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.stream.write(text))

    monkeypatch.setattr(files.os, "fdopen", Full)
    status, err = _generate_in_process(out, capsys)
    assert status == 1
    failed, _, reason = err.partition(": error: ")
    assert failed in {f"{out}/{rel}" for rel in EDITED}, err
    assert reason == "No space left on device; nothing written\n"
    assert tree(out) == before  # the first staged file is gone too


def test_a_file_size_limit_is_one_error(out: Path) -> None:
    before = tree(out)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = generate(out, preexec_fn=limit)
    assert result.returncode == 1
    failed, _, reason = result.stderr.partition(": error: ")
    assert failed in {f"out/{rel}" for rel in EDITED}, result.stderr
    assert reason == "File too large; nothing written\n"
    assert tree(out) == before


@pytest.mark.parametrize("where", ["file", "file/below"])
def test_out_that_is_not_a_folder(where: str, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("mine\n")
    for extra in ((), ("--check",)):
        result = generate(Path(where), *extra, cwd=tmp_path)
        assert result.returncode == 1
        assert result.stderr == "file: error: not a folder; nothing written\n"
    assert (tmp_path / "file").read_text() == "mine\n"


def test_check_of_a_missing_out_folder_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper" / "out"
    result = generate(out, "--check", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "new/deeper/out/c/kvm_vmcs12.h: missing" in result.stderr
    assert not (tmp_path / "new").exists()
