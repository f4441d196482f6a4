"""The mapping file of `vmcsgen import --map`: C member names the naming convention misses.

A YAML mapping from a member name of the C struct to what it becomes in the layout: a
catalog field name (`exit_io_instruction_ecx: EXIT_IO_RCX`), or `state`, `private` or
`reserved`. Read strictly and located like the specs; what the names refer to is checked
against the struct and the catalog when the layout is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.reading.loader import display_path
from vmcsgen.reading.spec_file import UnreadableSpec, read_spec_file
from vmcsgen.reading.yaml_source import Mapping, Scalar, read_spec, type_name

KINDS = ("state", "private", "reserved")


@dataclass(frozen=True)
class MappedName:
    """One entry: a C member name and the catalog field or member kind it becomes."""

    member: str
    target: str
    location: Location

    @property
    def is_kind(self) -> bool:
        return self.target in KINDS


def read_member_map(path: Path, diags: Diagnostics) -> dict[str, MappedName]:
    shown = display_path(path)
    try:
        data = read_spec_file(path)
    except UnreadableSpec as err:
        diags.error(Location(shown), f"cannot read the mapping file: {err}")
        return {}
    node = read_spec(shown, data, diags)
    if node is None:
        return {}
    if not isinstance(node, Mapping):
        diags.error(
            node.location,
            f"the mapping file is {type_name(node)}; it maps C member names to catalog "
            f"fields or to one of {', '.join(KINDS)}",
        )
        return {}
    entries: dict[str, MappedName] = {}
    for key, value in node.entries:
        if not isinstance(value, Scalar) or not isinstance(value.value, str):
            diags.error(
                value.location,
                f"{key.value}: expected a catalog field name or one of {', '.join(KINDS)}, "
                f"not {type_name(value)}",
            )
            continue
        entries[str(key.value)] = MappedName(str(key.value), value.value, key.location)
    return entries
