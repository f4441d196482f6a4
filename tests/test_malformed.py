"""Every spec in tests/malformed/ is rejected with exactly its expected diagnostics.

Each case is run through the real command line, `validate` and `generate`, in a scratch
directory so that the paths in the diagnostics are the same everywhere. See
tests/malformed/README.md for the layout of a case; set VMCSGEN_REGENERATE_EXPECTED=1 to
rewrite the expected.txt files from the current output (then review the diff).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "malformed"
BASES = {"bundled": ROOT / "specs", "tiny": CORPUS / "_tiny"}
GENERATED = ROOT / "generated"
REGENERATE = os.environ.get("VMCSGEN_REGENERATE_EXPECTED") == "1"
# A pyproject.toml of its own keeps the configuration of whatever tree pytest runs in out.
PYPROJECT = '[tool.vmcsgen]\nspecs = "specs"\nout = "out"\nc_types = "stdint"\n'
CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "base.txt").is_file())
# Cases that stop at different stages, also run with an --out directory that does not exist.
MISSING_OUT_CASES = (
    "yaml_unclosed_flow_mapping",
    "python_tag_os_system",
    "string_offset",
    "overlapping_members",
    "duplicate_encoding",
    "translation_unknown_layout",
    "missing_catalog",
)


def build_specs(case: str, work: Path) -> Path:
    """The case's spec directory: its base, minus remove.txt, plus the files under specs/."""
    case_dir = CORPUS / case
    specs = work / "specs"
    base = BASES[(case_dir / "base.txt").read_text().strip()]
    shutil.copytree(base, specs, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    remove = case_dir / "remove.txt"
    for line in remove.read_text().splitlines() if remove.is_file() else ():
        for path in sorted(specs.glob(line.strip())) if line.strip() else ():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    overlay = case_dir / "specs"
    if overlay.is_dir():
        for source in sorted(overlay.rglob("*")):
            if source.is_file():
                target = specs / source.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    (work / "pyproject.toml").write_text(PYPROJECT)
    return specs


def snapshot(tree: Path) -> dict[str, bytes]:
    """Every file below `tree` (hidden ones too) with its bytes; directories as b"<dir>"."""
    if not tree.exists():
        return {}
    found = {}
    for path in sorted(tree.rglob("*")):
        rel = str(path.relative_to(tree))
        found[rel] = b"<dir>" if path.is_dir() else path.read_bytes()
    return found


def vmcsgen(work: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.Popen(
        [sys.executable, "-m", "vmcsgen", *args],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="backslashreplace",
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        stdout, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise AssertionError(f"{process.args} did not finish in 60 s") from None
    return process.returncode, stdout, stderr


def expected_stderr(case: str) -> str:
    lines = (CORPUS / case / "expected.txt").read_text("utf-8").splitlines()
    count = len(lines)
    return "".join(f"{line}\n" for line in lines) + (
        f"{count} error{'s' if count != 1 else ''}; nothing written\n"
    )


def check_rejected(what: str, result: tuple[int, str, str], expected: str) -> None:
    status, stdout, stderr = result
    assert "Traceback" not in stdout + stderr, f"{what} crashed:\n{stderr}"
    assert stderr == expected, f"{what}: unexpected diagnostics"
    assert status == 1, f"{what} exited with {status}"
    assert stdout == "", f"{what} printed to stdout: {stdout!r}"


@pytest.mark.parametrize("case", CASES)
def test_malformed_spec_is_rejected(case: str, tmp_path: Path) -> None:
    specs = build_specs(case, tmp_path)
    before_specs = snapshot(specs)
    out = tmp_path / "out"
    shutil.copytree(GENERATED, out)
    before_out = snapshot(out)
    # Both commands at once: they only read the specs, and it halves the wall time.
    validate = vmcsgen(tmp_path, "validate", "--specs", "specs")
    generate = vmcsgen(tmp_path, "generate", "--specs", "specs", "--out", "out")
    validated, generated = finish(validate), finish(generate)

    if REGENERATE:
        diagnostics = validated[2].splitlines()[:-1]
        text = "".join(f"{line}\n" for line in diagnostics)
        (CORPUS / case / "expected.txt").write_text(text, "utf-8")
    expected = expected_stderr(case)
    check_rejected("validate", validated, expected)
    check_rejected("generate", generated, expected)
    assert snapshot(out) == before_out, "generate changed the existing output tree"
    assert snapshot(specs) == before_specs, "a command changed the specs"
    assert not (tmp_path / "pwned").exists(), "a YAML tag ran a command"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "pyproject.toml", "specs"]


@pytest.mark.parametrize("case", MISSING_OUT_CASES)
def test_rejected_generate_creates_no_output_directory(case: str, tmp_path: Path) -> None:
    build_specs(case, tmp_path)
    result = finish(vmcsgen(tmp_path, "generate", "--specs", "specs", "--out", "new/out"))
    check_rejected("generate", result, expected_stderr(case))
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("base", sorted(BASES))
def test_bases_are_valid(base: str, tmp_path: Path) -> None:
    """So that every error a case reports comes from what the case changes."""
    shutil.copytree(BASES[base], tmp_path / "specs", ignore=shutil.ignore_patterns("*.py"))
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    status, stdout, stderr = finish(vmcsgen(tmp_path, "validate", "--specs", "specs"))
    assert (status, stderr) == (0, ""), stderr
    assert stdout.endswith(": ok\n")


def test_corpus_is_well_formed() -> None:
    """Every case has its expected diagnostics, and each names a distinct mistake."""
    cases = [p for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_")]
    assert len(cases) >= 45
    assert sorted(c.name for c in cases) == CASES, "a case directory without base.txt"
    for case in cases:
        assert (case / "base.txt").read_text().strip() in BASES, case.name
        expected = (case / "expected.txt").read_text("utf-8").splitlines()
        assert expected, f"{case.name}: expected.txt is empty"
        for line in expected:
            assert line.startswith("specs/") and ": error: " in line, f"{case.name}: {line}"
        assert (case / "specs").is_dir() or (case / "remove.txt").is_file(), case.name
        unknown = set(p.name for p in case.iterdir()) - {
            "base.txt",
            "expected.txt",
            "remove.txt",
            "specs",
        }
        assert not unknown, f"{case.name}: unexpected files {sorted(unknown)}"
    outputs = [(c / "expected.txt").read_text("utf-8") for c in cases]
    assert len(set(outputs)) == len(outputs), "two cases report the same diagnostics"
    assert set(MISSING_OUT_CASES) <= {c.name for c in cases}
    readme = (CORPUS / "README.md").read_text("utf-8")
    missing = [c.name for c in cases if f"`{c.name}`" not in readme]
    assert not missing, f"cases not described in tests/malformed/README.md: {missing}"
