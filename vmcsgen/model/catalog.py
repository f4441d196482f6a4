"""The architecture's side of the model: the catalog of VMCS fields, and the header dword
every region starts with (Intel SDM Vol. 3, the format of the VMCS region)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.diagnostics import Location
from vmcsgen.model.encoding import Encoding

HEADER_SIZE = 4
SHADOW_INDICATOR_BIT = 1 << 31


@dataclass(frozen=True)
class CatalogField:
    """An architectural VMCS field: a name and its full encoding."""

    name: str
    encoding: Encoding
    location: Location


@dataclass(frozen=True)
class Catalog:
    path: str
    source: str
    fields: tuple[CatalogField, ...]

    @cached_property
    def by_name(self) -> dict[str, CatalogField]:
        return {f.name: f for f in self.fields}
