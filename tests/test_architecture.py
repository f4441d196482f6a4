"""The package is the pipeline: each stage imports only the stages before it, and no
module grows past the size where it stops having one job."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "vmcsgen"
# The stages in the order data flows; a module may import its own stage and earlier ones.
STAGES = ("model", "reading", "plans", "export", "state", "output", "cli")
# Shared by every stage: the version, and where the package's data files are.
ANYWHERE = {"vmcsgen", "vmcsgen.package_data"}
MAX_LINES = 600


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return [(line, name) for line, name in found if name.split(".")[0] == "vmcsgen"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down_the_pipeline(path: Path) -> None:
    own = _stage(_module_name(path))
    rank = STAGES.index(own) if own else len(STAGES)
    for line, imported in _imports(path):
        if imported in ANYWHERE:
            continue
        stage = _stage(imported)
        assert stage is not None, f"{path}:{line}: {imported} belongs to no stage"
        assert STAGES.index(stage) <= rank, f"{path}:{line}: {own} must not import {imported}"


def test_every_stage_is_a_package() -> None:
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), stage
    loose = {p.name for p in PACKAGE.glob("*.py")}
    assert loose == {"__init__.py", "__main__.py", "package_data.py"}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_outgrows_one_job(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path} has {lines} lines; split it (at most {MAX_LINES})"


def test_each_output_has_its_own_template_folder() -> None:
    templates = ROOT / "templates"
    assert not list(templates.glob("*.j2")), "templates belong in a folder per output"
    for folder in ("python", "c", "docs", "bits", "container"):
        assert list((templates / folder).glob("*.j2")), folder
