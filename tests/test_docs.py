"""`vmcsgen docs` outputs: well-formed SVG drawn to scale, a complete field reference, and
byte-identical output from run to run."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, SPECS

from vmcsgen.export.docs import REFERENCE_FILE, render_docs
from vmcsgen.export.docs.geometry import CHAR_EM
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans

NS = "{http://www.w3.org/2000/svg}"
# Label font sizes per class, as the SVG <style> sets them (pair maps: see PAIR_FONT).
MAP_FONT = {"name": 10.0, "sub": 8.0, "res": 9.0}
PAIR_FONT = {"name": 9.0, "sub": 8.0, "res": 8.0}


@pytest.fixture(scope="module")
def docs(specs: SpecSet) -> dict[str, str]:
    return docs_by_path(specs)


def docs_by_path(specs: SpecSet) -> dict[str, str]:
    return {output.path: output.text for output in render_docs(specs)}


@pytest.fixture(scope="module")
def plans(specs: SpecSet) -> dict[str, TranslationPlan]:
    return {plan.name: plan for plan in build_plans(specs)}


def parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def columns(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{NS}g") if "column" in classes(g)]


def member_groups(column: ET.Element) -> list[ET.Element]:
    return [g for g in column.iter(f"{NS}g") if g.get("data-offset") is not None]


def rects(group: ET.Element) -> list[ET.Element]:
    return group.findall(f"{NS}rect")


def svg_paths(specs: SpecSet) -> list[str]:
    paths = []
    for layout in specs.layouts:
        paths.append(f"layouts/{layout.name}.svg")
        if layout.clean_fields is not None:
            paths.append(f"layouts/{layout.name}.groups.svg")
    paths += [f"translations/{t.name}.svg" for t in specs.translations]
    return paths


def check_column(column: ET.Element, layout: Layout, font: dict[str, float]) -> None:
    """One element per member with the right offset and size, drawn to scale in place."""
    bpr = int(column.get("data-bytes-per-row", "0"))
    px = int(column.get("data-byte-px", "0"))
    assert bpr > 0 and px > 0
    assert int(column.get("data-struct-size", "0")) == layout.struct_size
    groups = member_groups(column)
    drawn = [
        (g.get("data-name"), int(g.get("data-offset", "")), int(g.get("data-size", "")))
        for g in groups
    ]
    assert drawn == [
        (m.name, m.offset, m.size) for m in sorted(layout.members, key=lambda m: m.offset)
    ]
    data = [g for g in groups if g.get("data-kind") != MemberKind.RESERVED.value]
    assert len(data) == len([m for m in layout.members if m.kind is not MemberKind.RESERVED])
    assert len({g.get("data-name") for g in data}) == len(data)

    origin = rects(groups[0])[0]
    x0, y0 = float(origin.get("x", "")), float(origin.get("y", ""))
    total = 0.0
    for group in groups:
        offset, size = int(group.get("data-offset", "")), int(group.get("data-size", ""))
        boxes = rects(group)
        assert boxes, group.get("data-name")
        widths = [float(r.get("width", "")) for r in boxes]
        assert sum(widths) == size * px, group.get("data-name")
        total += sum(widths)
        # The first rectangle starts where the offset says, row by row.
        assert float(boxes[0].get("x", "")) == x0 + (offset % bpr) * px
        ys = [float(r.get("y", "")) for r in boxes]
        assert ys == sorted(ys) and (len(set(ys)) == len(ys))
        assert ys[0] >= y0 + (offset // bpr) * float(boxes[0].get("height", ""))
        title = group.find(f"{NS}title")
        assert title is not None and title.text is not None
        assert title.text.startswith(group.get("data-name", "?"))
        assert f"offset 0x{offset:03x} ({offset}), {size} byte" in title.text
        member = next(m for m in layout.members if m.name == group.get("data-name"))
        if member.field is not None:
            assert f"0x{member.field.encoding.value:08x}" in title.text
        # Labels never overflow their member.
        widest = max(widths)
        for text in group.findall(f"{NS}text"):
            size_px = next(font[c] for c in classes(text) if c in font)
            assert len(text.text or "") * size_px * CHAR_EM <= widest, text.text
    assert total == layout.struct_size * px

    tails = [g for g in column.iter(f"{NS}g") if "tail-area" in classes(g)]
    if layout.struct_size < layout.size:
        assert len(tails) == 1
        assert int(tails[0].get("data-tail-offset", "")) == layout.struct_size
        assert int(tails[0].get("data-tail-size", "")) == layout.size - layout.struct_size
    else:
        assert not tails


def test_every_layout_and_pair_has_a_file(specs: SpecSet, docs: dict[str, str]) -> None:
    assert list(docs) == [*svg_paths(specs), REFERENCE_FILE]
    assert len(specs.translations) == 10 and len(specs.layouts) == 5


def test_svgs_are_well_formed(specs: SpecSet, docs: dict[str, str]) -> None:
    for path in svg_paths(specs):
        text = docs[path]
        assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n'), path
        root = parse(text)
        assert root.tag == f"{NS}svg"
        ids = {e.get("id") for e in root.iter() if e.get("id")}
        for ref in re.findall(r"url\(#([\w-]+)\)", text):
            assert ref in ids, (path, ref)
        title = root.find(f"{NS}title")
        assert title is not None and title.text


def test_layout_maps_draw_every_member_to_scale(specs: SpecSet, docs: dict[str, str]) -> None:
    for layout in specs.layouts:
        for suffix in (".svg", ".groups.svg") if layout.clean_fields else (".svg",):
            root = parse(docs[f"layouts/{layout.name}{suffix}"])
            (column,) = columns(root)
            assert column.get("data-layout") == layout.name
            check_column(column, layout, MAP_FONT)
            title = root.find(f"{NS}title")
            assert title is not None and layout.name in (title.text or "")


def test_group_map_tags_every_field_with_its_group(specs: SpecSet, docs: dict[str, str]) -> None:
    layout = specs.by_name["hv_evmcs_v1"]
    (column,) = columns(parse(docs["layouts/hv_evmcs_v1.groups.svg"]))
    tagged = {g.get("data-name"): g.get("data-group") for g in member_groups(column)}
    assert tagged == {m.name: m.group for m in layout.members}
    fills = {
        m.group: {
            r.get("fill")
            for g in member_groups(column)
            if g.get("data-group") == m.group
            for r in rects(g)
        }
        for m in layout.fields
    }
    assert all(len(f) == 1 for f in fills.values())
    assert len({next(iter(f)) for f in fills.values()}) == len(fills)  # one colour a group


def test_pair_maps(specs: SpecSet, docs: dict[str, str], plans: dict[str, TranslationPlan]) -> None:
    for plan in plans.values():
        root = parse(docs[f"translations/{plan.name}.svg"])
        source, target = columns(root)
        assert (source.get("data-side"), source.get("data-layout")) == ("source", plan.source.name)
        assert (target.get("data-side"), target.get("data-layout")) == (
            "destination",
            plan.target.name,
        )
        check_column(source, plan.source, PAIR_FONT)
        check_column(target, plan.target, PAIR_FONT)

        ribbons = [p for p in root.iter(f"{NS}path") if "run" in classes(p)]
        drawn = sorted(
            (
                int(p.get("data-src-offset", "")),
                int(p.get("data-dst-offset", "")),
                int(p.get("data-size", "")),
            )
            for p in ribbons
        )
        assert drawn == sorted((r.src_offset, r.dst_offset, r.size) for r in plan.runs)
        for ribbon in ribbons:
            moved = ribbon.get("data-src-offset") != ribbon.get("data-dst-offset")
            assert ("moved" in classes(ribbon)) == moved

        status = {
            (col.get("data-side"), g.get("data-name")): g.get("data-status")
            for col in (source, target)
            for g in member_groups(col)
        }
        for blocker in plan.blockers:
            assert status["source", blocker.name] == "blocker"
        for discard in plan.discards:
            assert status["source", discard.name] == "discarded"
        for member in plan.added:
            assert status["destination", member.name] == "added"
        for run in plan.runs:
            for name in run.members:
                expected = "moved" if run.src_offset != run.dst_offset else "in-place"
                assert status["destination", name] == expected
        moved = {m.name for m in plan.moved}
        assert moved == {
            name for (side, name), s in status.items() if side == "destination" and s == "moved"
        }


def test_field_reference_lists_every_field_and_layout(
    specs: SpecSet, docs: dict[str, str], plans: dict[str, TranslationPlan]
) -> None:
    text = docs[REFERENCE_FILE]
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith("| Field |"))
    cells = [c.strip() for c in header.strip("|").split("|")]
    for layout in specs.layouts:
        assert f"`{layout.name}`" in cells
    assert "`hv_evmcs_v1` group" in cells
    rows = {line.split("|")[1].strip(): line for line in lines if line.startswith("| `")}
    for field in specs.catalog.fields:
        row = rows[f"`{field.name}`"]
        row_cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(row_cells) == len(cells)
        assert row_cells[1] == f"`0x{field.encoding.value:08x}`"
        for layout, cell in zip(specs.layouts, row_cells[4 : 4 + len(specs.layouts)], strict=True):
            member = layout.by_identity.get(f"field:{field.name}")
            assert cell.startswith(f"{member.offset} (" if member else "\u2014"), (field.name, cell)
    for path in svg_paths(specs):
        assert f"]({path})" in text
    # Spot checks of the translation columns.
    t_cols = {f"T{i + 1}": plan for i, plan in enumerate(plans.values())}
    for tid, plan in t_cols.items():
        index = cells.index(tid)
        for blocker in plan.blockers:
            if blocker.encoding is None:
                continue  # state such as launch_state has no row in a field reference
            field = next(m.field for m in plan.source.members if m.name == blocker.name)
            assert field is not None
            assert rows[f"`{field.name}`"].strip("|").split("|")[index].strip() == "blocker"
        for member in plan.added:
            if member.field is None:
                continue
            assert rows[f"`{member.field.name}`"].strip("|").split("|")[index].strip() == "added"


def test_output_is_deterministic(specs: SpecSet, docs: dict[str, str]) -> None:
    assert docs_by_path(specs) == docs
    digest = hashlib.sha256(repr(list(docs.items())).encode()).hexdigest()
    script = (
        "import hashlib, pathlib; from vmcsgen.reading.loader import load_specs; "
        "from vmcsgen.export.docs import render_docs; "
        f"d = [(r.path, r.text) for r in render_docs(load_specs(pathlib.Path({str(SPECS)!r})))]; "
        "print(hashlib.sha256(repr(d).encode()).hexdigest())"
    )
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            cwd=ROOT / "tests",
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == digest


def test_text_is_escaped(specs: SpecSet) -> None:
    nasty = "A <b>&amp; \"quoted\" 'x' -- ]]> | `tick` *star*"
    layout = specs.by_name["kvm_vmcs12"]
    members = tuple(
        dataclasses.replace(m, note=nasty) if m.name == "abort" else m for m in layout.members
    )
    changed = dataclasses.replace(layout, title=nasty, source=nasty, members=members)
    translations = tuple(dataclasses.replace(t, description=nasty) for t in specs.translations)
    hostile = dataclasses.replace(
        specs,
        layouts=tuple(changed if lay.name == layout.name else lay for lay in specs.layouts),
        translations=translations,
    )
    docs = docs_by_path(hostile)
    for path, text in docs.items():
        if path.endswith(".svg"):
            root = parse(text)  # raises on broken markup
            if path == "layouts/kvm_vmcs12.svg":
                title = root.find(f"{NS}title")
                assert title is not None and title.text == f"kvm_vmcs12 \u2014 {nasty}"
                desc = root.find(f"{NS}desc")
                assert desc is not None and desc.text == nasty
                abort = next(g for g in root.iter(f"{NS}g") if g.get("data-name") == "abort")
                assert nasty in (abort.findtext(f"{NS}title") or "")
    reference = docs[REFERENCE_FILE]
    row = next(line for line in reference.splitlines() if line.startswith("| `kvm_vmcs12` |"))
    # Pipes, backticks, HTML and emphasis in a title are text, not table cells or markup.
    assert row.count(" | ") == 7
    assert "<b>" not in reference and "\\<b\\>" in reference
