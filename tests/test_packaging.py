"""`pip install .` (not only editable) carries templates, schemas and specs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT


def test_wheel_installs_and_runs_from_anywhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("vmcsgen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "vmcsgen/templates/c/layout.h.j2",
        "vmcsgen/templates/python/layout.py.j2",
        "vmcsgen/templates/docs/svg_common.svg.j2",
        "vmcsgen/schema/layout.schema.json",
        "vmcsgen/specs/fields.yaml",
        "vmcsgen/specs/layouts/kvm_vmcs12.yaml",
    ):
        assert required in names
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    listed = subprocess.run(
        [sys.executable, "-m", "vmcsgen", "list", "--format", "json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert "kvm_vmcs12_v4_14" in listed.stdout
    out = elsewhere / "out"
    made = subprocess.run(
        [sys.executable, "-m", "vmcsgen", "generate", "--out", str(out)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert (out / "c" / "kvm_vmcs12.h").read_text() == (
        ROOT / "generated" / "c" / "kvm_vmcs12.h"
    ).read_text()
