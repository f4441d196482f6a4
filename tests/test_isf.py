"""The generated Volatility 3 symbol tables, read by volatility3 itself."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import GENERATED, SPECS, import_or_missing

from vmcsgen.export.render import class_name, py_identifier
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.reading.loader import load_specs

volatility3 = import_or_missing("volatility3", "volatility3 is a test dependency")
jsonschema = import_or_missing("jsonschema", "volatility3 validates with jsonschema")

from volatility3 import schemas  # noqa: E402
from volatility3.framework import contexts  # noqa: E402
from volatility3.framework.layers.physical import FileLayer  # noqa: E402
from volatility3.framework.symbols.intermed import IntermediateSymbolTable  # noqa: E402

ACCESSOR_METHODS = frozenset(
    {"read", "write", "to_bytes", "to_dict", "from_bytes", "from_dict", "buffer", "new"}
)
# A running 64-bit L2, where the layout has the field: what vmscan-style scanners key on.
RUNNING_L2 = {
    "VMCS_LINK_POINTER": 0xFFFF_FFFF_FFFF_FFFF,
    "GUEST_CR0": 0x8005_0033,  # PG | AM | WP | NE | ET | MP | PE
    "GUEST_CR4": 0x0037_26E0,
    "GUEST_IA32_EFER": 0xD01,  # LMA | LME | SCE | NXE
    "GUEST_CS_AR_BYTES": 0xA09B,  # present, DPL 0, 64-bit code
    "GUEST_CS_SELECTOR": 0x10,
    "GUEST_RIP": 0xFFFF_FFFF_8100_0000,
    "GUEST_RSP": 0xFFFF_C900_0001_3F58,
    "GUEST_ACTIVITY_STATE": 0,
    "HOST_CR0": 0x8005_0033,
    "HOST_RIP": 0xFFFF_FFFF_C0A1_2340,
}


LAYOUTS = [layout.name for layout in load_specs(SPECS).layouts]


def _isf(layout: Layout) -> Path:
    return GENERATED / "isf" / f"{layout.name}.json"


@pytest.fixture(params=LAYOUTS)
def layout(request: pytest.FixtureRequest, specs: SpecSet) -> Layout:
    return specs.by_name[request.param]


def test_every_layout_has_a_symbol_table(specs: SpecSet) -> None:
    assert sorted(p.stem for p in (GENERATED / "isf").glob("*.json")) == sorted(specs.by_name)


# volatility3's own schema names a metaschema jsonschema does not know; not ours to fix.
@pytest.mark.filterwarnings("ignore:The metaschema specified by")
def test_volatility_schema_accepts_it(layout: Layout) -> None:
    document = json.loads(_isf(layout).read_text("utf-8"))
    assert schemas.validate(document, use_cache=False)
    # The same validator rejects a broken table, so the acceptance above means something.
    broken = copy.deepcopy(document)
    broken["user_types"][layout.name]["fields"][layout.header.name]["offset"] = "0"
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate(broken, use_cache=False)


def test_struct_type_matches_spec(layout: Layout) -> None:
    document = json.loads(_isf(layout).read_text("utf-8"))
    struct = document["user_types"][layout.name]
    assert struct["size"] == layout.struct_size
    assert list(struct["fields"]) == [m.name for m in layout.members]
    for member in layout.members:
        entry = struct["fields"][member.name]
        assert entry["offset"] == member.offset
        kind = entry["type"]["kind"]
        if member.kind is MemberKind.RESERVED:
            assert (kind, entry["type"]["count"]) == ("array", member.size)
        else:
            base = document["base_types"][entry["type"]["name"]]
            assert (kind, base["size"], base["signed"]) == ("base", member.size, False)


def _region(layout: Layout, module: ModuleType, seed: int) -> Any:
    """A region as a running L2 leaves it: the header, launch state and well-known fields
    realistic, every other byte (reserved space included) random so that no offset can hide."""
    rng = random.Random(seed)
    vmcs = getattr(module, class_name(layout.name)).from_bytes(rng.randbytes(layout.size))
    header = layout.revision | (1 << 31 if layout.shadow_indicator and seed % 2 else 0)
    setattr(vmcs, py_identifier(layout.header.name, ACCESSOR_METHODS), header)
    if any(m.name == "launch_state" for m in layout.members):
        vmcs.launch_state = 1
    for member in layout.fields:
        assert member.field is not None
        if member.field.name in RUNNING_L2:
            value = RUNNING_L2[member.field.name] & ((1 << (8 * member.size)) - 1)
            setattr(vmcs, py_identifier(member.name, ACCESSOR_METHODS), value)
    return vmcs


@pytest.mark.parametrize("seed", [1, 2])
def test_volatility_reads_what_the_accessors_read(
    layout: Layout, layout_module: Any, seed: int, tmp_path: Path
) -> None:
    """A region file (as a scanner would carve it from an image) read through the table."""
    vmcs = _region(layout, layout_module(layout.name), seed)
    data = vmcs.to_bytes()
    region_file = tmp_path / "region.bin"
    region_file.write_bytes(data)
    context = contexts.Context()
    table = IntermediateSymbolTable(context, "isf", "vmcs", _isf(layout).resolve().as_uri())
    context.symbol_space.append(table)
    context.config["layers.region.location"] = region_file.as_uri()
    context.add_layer(FileLayer(context, "layers.region", "region"))
    obj = context.object(f"vmcs!{layout.name}", layer_name="region", offset=0)
    assert obj.vol.size == layout.struct_size
    for member in layout.members:
        seen = obj.member(member.name)
        if member.kind is MemberKind.RESERVED:
            assert bytes(int(b) for b in seen) == data[member.offset : member.end], member.name
        else:
            expected = getattr(vmcs, py_identifier(member.name, ACCESSOR_METHODS))
            assert int(seen) == expected, member.name
    link = next((m for m in layout.fields if m.field and m.field.name == "VMCS_LINK_POINTER"), None)
    if link is not None:
        assert int(obj.member(link.name)) == RUNNING_L2["VMCS_LINK_POINTER"]
    assert int(obj.member(layout.header.name)) & 0x7FFF_FFFF == layout.revision
