"""A folder of specs that are each named after their file (containers/, history/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.reading.yaml_source import Mapping


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def location(self) -> Location: ...


Spec = TypeVar("Spec", bound=_Named)
# Reads and schema-checks one spec file: None once its errors are reported.
ReadDocument = Callable[[Path, str, Diagnostics], Mapping | None]


def load_named(
    paths: list[Path],
    schema: str,
    build: Callable[[Mapping, Path], Spec | None],
    read: ReadDocument,
    diags: Diagnostics,
) -> tuple[Spec, ...]:
    """Each file, schema-checked and built; each spec must be named after its file."""
    built: list[Spec] = []
    for path in paths:
        node = read(path, schema, diags)
        spec = None if node is None else build(node, path)
        if spec is None:
            continue
        if spec.name != path.stem:
            diags.error(
                spec.location,
                f"{schema} {spec.name!r} must live in {path.parent.name}/{spec.name}.yaml",
            )
        built.append(spec)
    return tuple(built)
