"""Container blobs (KVM nested state, ...): told apart from bare regions, validated by the
container's generated Python (rendered from the specs and run in memory, so the checks are
exactly those `vmcsgen generate` ships), and unwrapped around a region translation."""

from __future__ import annotations

import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from vmcsgen.export.container import render_python
from vmcsgen.export.render import class_name
from vmcsgen.export.rendered import load_module
from vmcsgen.model.container import Container
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.layout_tables import encoded_accesses

Reader = Callable[[memoryview, int], int]


def container_of(specs: SpecSet, data: bytes, named: Layout | None = None) -> Container | None:
    """The container `data` is a blob of, or None for a bare region (or bytes too short to
    hold a container's header). A blob's size member names its own length, and a bare region
    is as long as a layout's region; bytes of a region's length whose size member disagrees
    are a region. What the user names wins: bytes as long as the region layout `named` are
    that region even when their size member happens to equal their length, and other bytes
    are a blob only when their size member says exactly how long they are."""
    if named is not None and len(data) == named.size:
        return None
    region_sizes = {layout.size for layout in specs.layouts}
    for container in specs.containers:
        if len(data) < container.header_size:
            continue
        member = container.size_member
        declared = int.from_bytes(data[member.offset : member.end], "little")
        # Bytes of no region's length that hold a header are a blob, whatever its size
        # member says; a size below the header's is then a rule it breaks.
        if declared == len(data) or (named is None and len(data) not in region_sizes):
            return container
    return None


@cache
def _runtime(container: Container) -> types.ModuleType:
    text = render_python(container, [container.path], "")
    return load_module(f"vmcsgen_{container.name}_runtime", text)


def reader(layout: Layout) -> Reader:
    """VMREAD for regions of `layout`, from the model: KeyError for an encoding it lacks."""
    slots = {a.encoding: (a.offset, a.size) for a in encoded_accesses(layout)}

    def read(region: memoryview, encoding: int) -> int:
        offset, size = slots[encoding]
        return int.from_bytes(region[offset : offset + size], "little")

    return read


@dataclass(frozen=True)
class Violation:
    id: str
    origin: str
    message: str
    source: str

    def to_json(self) -> dict[str, str]:
        return {
            "rule": self.id,
            "origin": self.origin,
            "message": self.message,
            "source": self.source,
        }


@dataclass(frozen=True)
class Blob:
    """A container blob as far as it can be read: the header (None if the blob is shorter),
    each region it holds, and every rule it breaks."""

    container: Container
    data: bytes
    header: dict[str, int] | None
    regions: dict[str, bytes | None]

    def violations(self, layout: Layout | None) -> list[Violation]:
        """Rules broken, region fields read under `layout`. Without a layout the rules that
        read region fields are left out: see `undecided`."""
        module = _runtime(self.container)
        read: Reader = reader(layout) if layout is not None else _no_fields
        skipped = set() if layout is not None else set(self.undecided(layout))
        return [Violation(*r) for r in module.violations(self.data, read) if r.id not in skipped]

    def undecided(self, layout: Layout | None) -> list[str]:
        """The rules that need region fields, when no layout reads them."""
        if layout is not None or not any(self.regions.values()):
            return []
        return [rule.id for rule in self.container.rules if rule.reads_regions]

    def rebuild(self, regions: dict[str, bytes]) -> bytes:
        """The same blob, header and size kept, with each held region replaced."""
        out = bytearray(self.data)
        for slot in self.container.regions:
            if slot.name in regions:
                replacement = regions[slot.name]
                if len(replacement) != slot.size:
                    raise ValueError(f"{slot.name} is {slot.size} bytes, got {len(replacement)}")
                out[slot.offset : slot.end] = replacement
        return bytes(out)


def _no_fields(region: memoryview, encoding: int) -> int:
    raise KeyError(encoding)


def parse(container: Container, data: bytes) -> Blob:
    if len(data) < container.header_size:
        return Blob(container, data, None, {slot.name: None for slot in container.regions})
    module = _runtime(container)
    blob = getattr(module, class_name(container.name))(data)
    header = blob.to_dict()
    held = {}
    for slot in container.regions:
        view = blob.region(slot.name)
        held[slot.name] = None if view is None else bytes(view)
    return Blob(container, bytes(data), header, held)
