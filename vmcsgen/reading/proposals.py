"""proposals/: layouts proposed for Linux but not merged, and the fields only they use.
Nothing here is loaded unless asked for (`--proposals`)."""

from __future__ import annotations

from pathlib import Path

from vmcsgen.model.catalog import Catalog
from vmcsgen.model.diagnostics import Diagnostics

PROPOSALS_DIR = "proposals"


def proposal_paths(root: Path, catalog_file: str) -> list[Path]:
    """The proposals' layout specs: every file of the folder but its catalog."""
    return [p for p in sorted((root / PROPOSALS_DIR).glob("*.yaml")) if p.name != catalog_file]


def with_proposed_fields(
    catalog: Catalog | None, proposed: Catalog | None, diags: Diagnostics
) -> Catalog | None:
    """The catalog with the proposals' own fields added; one the catalog already has (by
    name or encoding) is an error."""
    if catalog is None or proposed is None:
        return catalog
    known = {f.encoding.value: f for f in catalog.fields} | {f.name: f for f in catalog.fields}
    for field in proposed.fields:
        other = known.get(field.name) or known.get(field.encoding.value)
        if other is not None:
            diags.error(field.location, f"field {field.name}: the catalog has {other.name}")
    return Catalog(catalog.path, catalog.source, catalog.fields + proposed.fields)
