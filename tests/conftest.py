"""Shared fixtures: the bundled specs, the generated modules, and a C toolchain."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest

from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.loader import load_specs

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
C_FLAGS = ["-Wall", "-Wextra", "-Werror", "-pedantic", "-O1", "-g"]
SANITIZERS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]


# .ci/run installs every tool and package the tests use, so there a missing one is a failure.
IN_CI = os.environ.get("CI") == "true"


def missing(reason: str) -> NoReturn:
    """Skip a test whose tool is not installed here, saying which; fail it in CI."""
    if IN_CI:
        pytest.fail(f"CI installs everything the tests use, but: {reason}")
    pytest.skip(reason, allow_module_level=True)


def import_or_missing(name: str, reason: str) -> ModuleType:
    """A test dependency from pyproject's [test] extra, or `missing(reason)`."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(reason)


@pytest.fixture(scope="session")
def specs() -> SpecSet:
    return load_specs(SPECS)


@pytest.fixture(scope="session")
def generated_python() -> Iterator[Path]:
    path = str(GENERATED / "python")
    sys.path.insert(0, path)
    yield GENERATED / "python"
    sys.path.remove(path)


@pytest.fixture(scope="session")
def layout_module(generated_python: Path):  # type: ignore[no-untyped-def]
    def load(name: str) -> ModuleType:
        return importlib.import_module(name)

    return load


@dataclass(frozen=True)
class Toolchain:
    cc: str
    cxx: str
    sanitizers_work: bool

    def family(self, name: str) -> Toolchain:
        """The same toolchain with clang/clang++ (skips the test when clang is not installed)."""
        if name == "gcc":
            return self
        cc, cxx = shutil.which("clang"), shutil.which("clang++")
        if cc is None or cxx is None:
            missing("clang is not installed (apt-get install clang)")
        return Toolchain(cc, cxx, False)

    def compile(
        self,
        source: Path,
        output: Path,
        *,
        includes: list[Path],
        defines: dict[str, str] | None = None,
        cxx: bool = False,
        sanitize: bool = False,
        std: str | None = None,
    ) -> Path:
        compiler = self.cxx if cxx else self.cc
        command = [compiler, f"-std={std or ('c++11' if cxx else 'c11')}", *C_FLAGS]
        if sanitize:
            command += SANITIZERS
        command += [f"-I{path}" for path in includes]
        command += [f"-D{k}={v}" for k, v in (defines or {}).items()]
        command += [str(source), "-o", str(output)]
        result = subprocess.run(command, capture_output=True, text=True)
        assert result.returncode == 0, f"{' '.join(command)}\n{result.stderr}"
        return output


def _sanitizers_work(cc: str, tmp: Path) -> bool:
    probe = tmp / "probe.c"
    probe.write_text("int main(void) { return 0; }\n")
    built = subprocess.run(
        [cc, *SANITIZERS, str(probe), "-o", str(tmp / "probe")], capture_output=True
    )
    return built.returncode == 0 and subprocess.run([str(tmp / "probe")]).returncode == 0


@pytest.fixture(scope="session")
def toolchain(tmp_path_factory: pytest.TempPathFactory) -> Toolchain:
    cc = shutil.which("gcc") or shutil.which("cc")
    cxx = shutil.which("g++") or shutil.which("c++")
    if cc is None or cxx is None:
        pytest.fail("the tests need a C and a C++ compiler (gcc and g++)")
    return Toolchain(cc, cxx, _sanitizers_work(cc, tmp_path_factory.mktemp("probe")))
