"""The consumer's settings: [tool.vmcsgen] in the nearest pyproject.toml."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from vmcsgen.model.diagnostics import Diagnostics, Location

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - black depends on tomli on Python 3.10
    import tomli as tomllib

C_TYPE_STYLES = ("stdint", "kernel")
DEFAULT_SPDX = "GPL-2.0-only OR MIT"
_KEYS = {"specs", "out", "c_types", "spdx"}
_LIST_KEYS = {"releases"}


@dataclass(frozen=True)
class Config:
    specs: Path
    out: Path
    c_types: str = "stdint"
    spdx: str = DEFAULT_SPDX
    releases: tuple[str, ...] = ()  # documented releases (kvm_vmcs12@5.4) to generate too


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _key_location(path: Path, text: str, key: str) -> Location:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith(key) and "=" in line:
            return Location(str(path), number, line.index(key) + 1)
    return Location(str(path))


def load_config(start: Path, diags: Diagnostics) -> Config:
    """Settings from [tool.vmcsgen]; paths are relative to the pyproject.toml holding them."""
    pyproject = find_pyproject(start)
    if pyproject is None:
        return Config(specs=start / "specs", out=start / "generated")
    text = pyproject.read_text("utf-8")
    try:
        table = tomllib.loads(text).get("tool", {}).get("vmcsgen", {})
    except tomllib.TOMLDecodeError as err:
        diags.error(Location(str(pyproject)), f"invalid TOML: {err}")
        return Config(specs=start / "specs", out=start / "generated")
    root = pyproject.parent
    for key in sorted(set(table) - _KEYS - _LIST_KEYS):
        diags.error(_key_location(pyproject, text, key), f"unknown [tool.vmcsgen] key {key!r}")
    values: dict[str, str] = {}
    for key in _KEYS & set(table):
        if isinstance(table[key], str):
            values[key] = table[key]
        else:
            diags.error(
                _key_location(pyproject, text, key), f"[tool.vmcsgen] {key} must be a string"
            )
    releases = table.get("releases", [])
    if not isinstance(releases, list) or not all(isinstance(r, str) for r in releases):
        diags.error(
            _key_location(pyproject, text, "releases"),
            "[tool.vmcsgen] releases must be a list of strings",
        )
        releases = []
    c_types = values.get("c_types", "stdint")
    if c_types not in C_TYPE_STYLES:
        diags.error(
            _key_location(pyproject, text, "c_types"),
            f"[tool.vmcsgen] c_types must be one of {', '.join(C_TYPE_STYLES)}, not {c_types!r}",
        )
        c_types = "stdint"
    return Config(
        specs=root / values.get("specs", "specs"),
        out=root / values.get("out", "generated"),
        c_types=c_types,
        spdx=values.get("spdx", DEFAULT_SPDX),
        releases=tuple(releases),
    )
