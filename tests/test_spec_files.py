"""Spec files that are not ordinary files: symlink loops, devices, FIFOs and oversized
files are each one located error, read without blocking and never read whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SPECS

from vmcsgen.reading.spec_file import MAX_SPEC_SIZE

VMCSGEN = [sys.executable, "-m", "vmcsgen"]


def validate(specs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*VMCSGEN, "validate", "--specs", str(specs)],
        capture_output=True,
        text=True,
        cwd=specs.parent,
        timeout=60,  # a FIFO read whole would hang here
    )


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    copy = tmp_path / "specs"
    shutil.copytree(SPECS, copy)
    return copy


def test_a_spec_folder_that_loops(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    result = validate(tmp_path / "a")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "a:1:1: error: spec directory is a symlink loop",
        "1 error; nothing written",
    ]


def test_files_that_are_not_specs_are_each_one_error(specs: Path) -> None:
    (specs / "translations.yaml").unlink()
    (specs / "translations.yaml").symlink_to("/dev/zero")
    (specs / "bits.yaml").unlink()
    (specs / "bits.yaml").symlink_to("bits.yaml")  # loops on itself
    (specs / "containers" / "noise.yaml").symlink_to("/dev/urandom")
    os.mkfifo(specs / "layouts" / "pipe.yaml")
    big = specs / "layouts" / "big.yaml"
    big.write_bytes(b"# " + b"x" * MAX_SPEC_SIZE + b"\n")
    result = validate(specs)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "specs/bits.yaml:1:1: error: cannot read spec: Too many levels of symbolic links",
        "specs/containers/noise.yaml:1:1: error: cannot read spec: it is a character device,"
        " not a regular file",
        f"specs/layouts/big.yaml:1:1: error: cannot read spec: it is larger than {MAX_SPEC_SIZE}"
        " bytes, the most a spec file may hold",
        "specs/layouts/pipe.yaml:1:1: error: cannot read spec: it is a FIFO, not a regular file",
        "specs/translations.yaml:1:1: error: cannot read spec: it is a character device,"
        " not a regular file",
        "5 errors; nothing written",
    ]


def test_a_spec_at_the_limit_is_read(specs: Path) -> None:
    layout = specs / "layouts" / "kvm_vmcs12.yaml"
    text = layout.read_bytes()
    layout.write_bytes(text + b"#" * (MAX_SPEC_SIZE - len(text) - 1) + b"\n")
    result = validate(specs)
    assert result.returncode == 0, result.stderr
