"""Volatility 3's own vmscan plugin, run as a user runs it (`vol -s DIR -f image vmscan`),
finds the nested VMCSs planted in a raw physical image with vmcsgen's vmscan tables, and
nothing else; and the tables have the shape vmscan and volatility3's schema want."""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import random
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import GENERATED, import_or_missing
from running_l2 import GUEST_CR4, HOST_CR4, running_l2

from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.model.vmscan import VMSCAN_MEMBERS, VMSCAN_READS
from vmcsgen.plans.vmscan_plan import vmscan_table

volatility3 = import_or_missing("volatility3", "volatility3 is a test dependency")
jsonschema = import_or_missing("jsonschema", "volatility3 validates with jsonschema")

from volatility3 import schemas  # noqa: E402
from volatility3 import symbols as volatility_symbols  # noqa: E402
from volatility3.framework import constants, contexts  # noqa: E402
from volatility3.framework.layers.physical import FileLayer  # noqa: E402
from volatility3.plugins.vmscan import PageStartScanner, Vmscan  # noqa: E402

VMSCAN = GENERATED / "isf" / "vmscan"
SHIPPED = Path(volatility3.__file__).parent / "symbols" / "generic" / "vmcs"
# What the `vol` console script runs, so the test needs no script on PATH.
VOL = "import sys; from volatility3.cli import main; sys.argv[0] = 'vol'; sys.exit(main())"
PAGE = 4096
# vmscan reads the layer in chunks of this size that overlap by a page.
CHUNK = PageStartScanner([b"\0" * 4]).chunk_size
IMAGE_PAGES = 2 * CHUNK // PAGE  # 32 MiB
VMXE = 1 << 13
CR4_CET = 1 << 23  # vmscan counts it among the reserved CR4 bits
CR4_LA57 = 1 << 12  # the same
SHADOW_VMCS_ADDRESS = 0x0000000102A45000
# The layouts with a page format of their own: kvm_vmcs12_v6_17 pages are kvm_vmcs12 pages
# without the CET fields, which a running_l2 fixture leaves zero anyway.
DISTINCT = ("kvm_vmcs12", "kvm_vmcs12_v4_14", "hv_evmcs_v1", "kvm_vmcs12_evmcs_order")
PLANTED = {  # how many running-L2 pages of each layout
    "kvm_vmcs12": 4,
    "kvm_vmcs12_v6_17": 2,
    "kvm_vmcs12_v4_14": 3,
    "hv_evmcs_v1": 2,
    "kvm_vmcs12_evmcs_order": 2,
}


@dataclass(frozen=True)
class Planted:
    layout: str
    address: int
    ept: int
    guest_cr3: int


def _decoys(layout: Layout, rng: random.Random) -> Iterator[bytes]:
    """Pages that start with the layout's revision id and fail vmscan's checks, one way each."""
    yield running_l2(layout)[:4] + rng.randbytes(PAGE - 4)  # the signature, then noise
    yield running_l2(layout)[:4] + bytes(PAGE - 4)  # header only: L1 just wrote the revision id
    aborted = running_l2(layout)
    aborted[4:8] = (4).to_bytes(4, "little")  # a VMX-abort indicator
    yield aborted
    yield running_l2(layout, VMCS_LINK_POINTER=SHADOW_VMCS_ADDRESS)  # L1 shadows its own L2
    yield running_l2(layout, HOST_CR4=HOST_CR4 & ~VMXE)
    yield running_l2(layout, GUEST_CR3=0)
    yield running_l2(layout, HOST_CR3=0)
    yield running_l2(layout, GUEST_CR4=GUEST_CR4 | CR4_CET)
    yield running_l2(layout, GUEST_CR4=GUEST_CR4 | CR4_LA57)


def _background(rng: random.Random) -> bytes:
    """A page that is no VMCS: noise, zeros, a page table, a bitmap, or a kernel object whose
    first dwords are 1 and 0 (a reference count), which eVMCS's revision id 1 matches."""
    roll = rng.random()
    if roll < 0.45:
        return rng.randbytes(PAGE)
    if roll < 0.65:
        return bytes(PAGE)
    if roll < 0.85:
        entries = [
            (
                (rng.randrange(1, 1 << 24) << 12) | rng.choice((0x63, 0x67, 0x8000000000000063))
                if rng.random() < 0.6
                else 0
            )
            for _ in range(PAGE // 8)
        ]
        return struct.pack(f"<{PAGE // 8}Q", *entries)
    if roll < 0.9:
        return b"\xff" * PAGE
    return struct.pack("<II", 1, 0) + rng.randbytes(PAGE - 8)


@dataclass(frozen=True)
class Image:
    path: Path
    planted: tuple[Planted, ...]


@pytest.fixture(scope="module")
def image(specs: SpecSet, tmp_path_factory: pytest.TempPathFactory) -> Image:
    rng = random.Random(21)
    pages = [_background(rng) for _ in range(IMAGE_PAGES)]
    # The first page, the page at vmscan's chunk boundary and the last page, then any.
    free = list(range(1, IMAGE_PAGES - 1))
    free.remove(CHUNK // PAGE)
    rng.shuffle(free)
    free = [0, CHUNK // PAGE, IMAGE_PAGES - 1, *free]
    planted = []
    for name, count in PLANTED.items():
        for _ in range(count):
            number = free.pop(0)
            ept = ((0x10F000 + rng.randrange(1 << 16)) << 12) | 0x5E  # WB, 4 levels, A/D
            guest_cr3 = (0x10D000 + rng.randrange(1 << 16)) << 12
            pages[number] = bytes(
                running_l2(specs.by_name[name], EPT_POINTER=ept, GUEST_CR3=guest_cr3)
            )
            planted.append(Planted(name, number * PAGE, ept, guest_cr3))
    for name in DISTINCT:
        for decoy in _decoys(specs.by_name[name], rng):
            pages[free.pop()] = decoy
    current = specs.by_name["kvm_vmcs12"]
    # A shadow vmcs12 (bit 31 of the header set) and a vmcs12 that does not start a page.
    pages[free.pop()] = bytes(running_l2(current, shadow=True))
    pages[free.pop()] = rng.randbytes(PAGE // 2) + running_l2(current)[: PAGE // 2]
    path = tmp_path_factory.mktemp("vmscan") / "image.raw"
    path.write_bytes(b"".join(pages))
    return Image(path, tuple(planted))


Row = tuple[str, int, int, int]


def _vmscan_command(image: Image, tmp_path: Path, *layouts: str) -> list[Row]:
    """vmscan's rows from the command line, given the tables of `layouts` in this order."""
    cache = tmp_path / "cache"
    cache.mkdir()
    symbols = ";".join(str(VMSCAN / name) for name in layouts)
    command = [sys.executable, "-c", VOL, "-q", "--offline", "--cache-path", str(cache)]
    command += ["-r", "json", "-s", symbols, "-f", str(image.path), "vmscan.Vmscan"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return sorted(
        (row["Architecture"], row["VMCS Physical offset"], row["EPT"], row["Guest CR3"])
        for row in json.loads(result.stdout)
    )


def _vmscan_plugin(image: Image, monkeypatch: pytest.MonkeyPatch, *layouts: str) -> list[Row]:
    """The same plugin run in this process on the image as its primary layer, which is all
    the command line's automagic stacks on a raw image, and what takes it most of its time."""
    folders = [str(VMSCAN / name) for name in layouts]
    monkeypatch.setattr(volatility_symbols, "__path__", folders + constants.SYMBOL_BASEPATHS)
    context = contexts.Context()
    context.config["layers.memory.location"] = image.path.as_uri()
    context.add_layer(FileLayer(context, "layers.memory", "memory"))
    context.config["plugins.Vmscan.primary"] = "memory"
    rows: list[Row] = []
    Vmscan(context, "plugins.Vmscan").run().populate(
        lambda node, _: rows.append(tuple(node.values)), None
    )
    return sorted(rows)


def _rows(image: Image, table: str, *layouts: str) -> list[Row]:
    """What vmscan reports for the pages planted of `layouts`, found with `table`: volatility
    names a table after its file plus a number, and a page at the start of a scan chunk but
    the first is read twice, once in the overlap of the chunk before it."""
    found = [p for p in image.planted if p.layout in layouts]
    twice = [p for p in found if p.address and p.address % CHUNK == 0]
    return sorted((f"{table}1", p.address, p.ept, p.guest_cr3) for p in found + twice)


def test_image_holds_what_the_test_needs(image: Image) -> None:
    addresses = {p.address for p in image.planted}
    assert {0, CHUNK, (IMAGE_PAGES - 1) * PAGE} <= addresses
    assert image.path.stat().st_size == IMAGE_PAGES * PAGE
    assert len({p.ept for p in image.planted}) == len(image.planted)
    data = image.path.read_bytes()
    starts = [data[offset : offset + 8] for offset in range(0, len(data), PAGE)]
    # Plenty of pages that eVMCS's revision id 1 makes candidates (docs/forensics-vmscan.md).
    assert starts.count(struct.pack("<II", 1, 0)) > 700


def test_vmscan_finds_exactly_the_planted_pages(image: Image, tmp_path: Path) -> None:
    """One folder per layout, those of distinct revision ids in one run. The current and 6.17
    vmcs12 pages are found as kvm_vmcs12: same revision id, and the members vmscan reads sit at
    the same offsets. kvm_vmcs12_v4_14 is given too, but before kvm_vmcs12: vmscan keeps one
    table per revision id, the last one loaded, so Linux 4.14 pages (read at the current
    offsets) are not reported."""
    rows = _vmscan_command(
        image, tmp_path, "hv_evmcs_v1", "kvm_vmcs12_evmcs_order", "kvm_vmcs12_v4_14", "kvm_vmcs12"
    )
    assert rows == sorted(
        _rows(image, "hv_evmcs_v1", "hv_evmcs_v1")
        + _rows(image, "kvm_vmcs12_evmcs_order", "kvm_vmcs12_evmcs_order")
        + _rows(image, "kvm_vmcs12", "kvm_vmcs12", "kvm_vmcs12_v6_17")
    )


def test_the_last_table_of_a_revision_id_wins(
    image: Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same two tables the other way round: now only the Linux 4.14 pages are found."""
    rows = _vmscan_plugin(image, monkeypatch, "kvm_vmcs12", "kvm_vmcs12_v4_14")
    assert rows == _rows(image, "kvm_vmcs12_v4_14", "kvm_vmcs12_v4_14")


def test_the_6_17_table_finds_current_and_6_17_pages(
    image: Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _vmscan_plugin(image, monkeypatch, "kvm_vmcs12_v6_17")
    assert rows == _rows(image, "kvm_vmcs12_v6_17", "kvm_vmcs12", "kvm_vmcs12_v6_17")


def test_the_folder_above_the_tables_finds_nothing(
    image: Image, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder without generic/vmcs/ directly in it is no error: vmscan runs with the tables
    volatility3 ships, and prints no row."""
    assert _vmscan_plugin(image, monkeypatch, ".") == []


def _tables() -> list[Path]:
    return sorted(VMSCAN.glob("*/generic/vmcs/*.json"))


def test_every_layout_has_a_vmscan_table(specs: SpecSet) -> None:
    assert all(vmscan_table(layout) is not None for layout in specs.layouts)
    assert [p.relative_to(VMSCAN).parts for p in _tables()] == [
        (name, "generic", "vmcs", f"{name}.json") for name in sorted(specs.by_name)
    ]


@dataclass(frozen=True)
class Table:
    layout: Layout
    document: dict[str, Any]

    @property
    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = self.document["user_types"]["_VMCS"]["fields"]
        return fields


@pytest.fixture(params=_tables(), ids=lambda path: path.stem)
def table(request: pytest.FixtureRequest, specs: SpecSet) -> Table:
    return Table(specs.by_name[request.param.stem], json.loads(request.param.read_text("utf-8")))


# volatility3's own schema names a metaschema jsonschema does not know; not ours to fix.
@pytest.mark.filterwarnings("ignore:The metaschema specified by")
def test_volatility_schema_accepts_it(table: Table) -> None:
    assert schemas.validate(table.document, use_cache=False)
    broken = copy.deepcopy(table.document)
    broken["user_types"]["_VMCS"]["fields"]["ept"]["offset"] = "0"
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate(broken, use_cache=False)


def test_vmcs_type_maps_vmscan_names_to_fields(table: Table) -> None:
    layout, document = table.layout, table.document
    assert document["metadata"]["producer"]["name"] == "vmcsgen"
    assert f"layouts/{layout.name}.yaml" in document["metadata"]["producer"]["description"]
    # vmscan packs int(constant_data) as the little-endian signature of a page start.
    digits = base64.b64decode(document["symbols"]["revision_id"]["constant_data"])
    assert int(digits) == layout.revision
    assert document["user_types"]["_VMCS"]["size"] == layout.size
    for member in layout.members:
        assert table.fields[member.name]["offset"] == member.offset, member.name
    by_field = {m.field.name: m for m in layout.fields if m.field is not None}
    for name, catalog_fields in VMSCAN_MEMBERS.items():
        first = by_field[catalog_fields[0]]
        assert table.fields[name]["offset"] == first.offset, name
        shape = (first.size,) if len(catalog_fields) == 1 else ("array", 4, first.size)
        assert _shape(document, table.fields[name]["type"]) == shape, name


def _shape(document: dict[str, Any], entry: dict[str, Any]) -> tuple[Any, ...]:
    """A member type as (size,) or ("array", count, size): the shipped tables name base types
    with kind "struct", ours with kind "base", and vmscan reads both alike."""
    if entry["kind"] == "array":
        return ("array", entry["count"], *_shape(document, entry["subtype"]))
    return (document["base_types"][entry["name"]]["size"],)


@pytest.mark.parametrize("shipped", sorted(SHIPPED.glob("*.json")), ids=lambda path: path.stem)
def test_vmcs_type_has_what_the_shipped_tables_have(table: Table, shipped: Path) -> None:
    """Every member of volatility3's own tables with the same type, but the executive-VMCS
    pointer, a field no layout holds."""
    theirs = json.loads(shipped.read_text("utf-8"))
    their_fields = theirs["user_types"]["_VMCS"]["fields"]
    assert set(their_fields) - set(table.fields) == {"executive_vmcs_ptr"}
    for name in set(their_fields) - {"executive_vmcs_ptr"}:
        expected = _shape(theirs, their_fields[name]["type"])
        assert _shape(table.document, table.fields[name]["type"]) == expected, name


def _without(layout: Layout, field: str) -> Layout:
    members = tuple(m for m in layout.members if m.field is None or m.field.name != field)
    return dataclasses.replace(layout, members=members)


@pytest.mark.parametrize("field", sorted(VMSCAN_READS.values()))
def test_no_table_for_a_layout_without_a_field_vmscan_reads(specs: SpecSet, field: str) -> None:
    assert vmscan_table(_without(specs.by_name["kvm_vmcs12"], field)) is None


def test_no_table_without_an_abort_indicator_at_offset_4(specs: SpecSet) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    members = tuple(m for m in layout.members if m.name != "abort")
    assert vmscan_table(dataclasses.replace(layout, members=members)) is None


def test_members_vmscan_does_not_read_are_left_out_when_missing(specs: SpecSet) -> None:
    table = vmscan_table(_without(specs.by_name["kvm_vmcs12"], "GUEST_PDPTR2"))
    assert table is not None
    assert {m.name for m in table.members} == set(VMSCAN_MEMBERS) - {"guest_pdpte"}
