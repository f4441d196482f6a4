"""kvm_vmcs12@RELEASE: the layouts the release history derives, against the kernels' own
files (Debian's linux-source-6.1 compiled with gcc; the tables read from older trees), the
bundled layouts, and translation between every pair of documented releases."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from itertools import permutations
from pathlib import Path

import pytest
from conftest import ROOT, import_or_missing, missing
from release_facts import RELEASE_FACTS
from running_l2 import field_values, running_l2

from vmcsgen.model.diagnostics import SpecError
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.plans.releases import UnknownLayout, release_layouts, resolve_layout
from vmcsgen.reading.loader import load_specs
from vmcsgen.state.translator import RegionTranslator

SOURCE_TARBALL = Path("/usr/src/linux-source-6.1.tar.xz")
VMX = "linux-source-6.1/arch/x86/kvm/vmx"
DECLARATION = re.compile(r"^\s*(?:struct \w+|u16|u32|u64|natural_width)\s+(\w+)(\[\d+\])?;")
FIELD_ENTRY = re.compile(r"^\s*FIELD(?:64)?\(([A-Z][A-Z0-9_]*), (\w+)\),", re.M)


def _data(layout: Layout) -> dict[str, tuple[int, int]]:
    """The members KVM names in CHECK_OFFSET (all but its padding arrays and the padding a
    release derives for members it lacks): name -> (offset, size)."""
    return {
        m.name: (m.offset, m.size)
        for m in layout.members
        if not m.name.startswith(("padding", "unused_"))
    }


@pytest.fixture(scope="session")
def linux_61_vmcs12(request: pytest.FixtureRequest) -> tuple[str, str]:
    """vmcs12.h and vmcs12.c from linux-source-6.1, extracted once into pytest's cache."""
    if not SOURCE_TARBALL.is_file():
        missing(f"{SOURCE_TARBALL} is missing: install the Debian package linux-source-6.1")
    if shutil.which("tar") is None or shutil.which("xz") is None or shutil.which("gcc") is None:
        missing("reading linux-source-6.1's vmcs12 needs tar, xz and gcc")
    stat = SOURCE_TARBALL.stat()
    folder = request.config.cache.mkdir(
        f"linux-source-6.1-vmcs12-{stat.st_size}-{stat.st_mtime_ns}"
    )
    files = [folder / VMX / name for name in ("vmcs12.h", "vmcs12.c")]
    if not all(path.is_file() for path in files):
        names = [f"{VMX}/vmcs12.h", f"{VMX}/vmcs12.c"]
        subprocess.run(["tar", "-xJf", str(SOURCE_TARBALL), "-C", str(folder), *names], check=True)
    header, table = (path.read_text() for path in files)
    return header, table


# What the kernel's vmcs12.h takes from other headers, for compiling its struct alone.
KERNEL_TYPES = (
    "#include <stdint.h>",
    "typedef uint16_t u16; typedef uint32_t u32; typedef uint64_t u64;",
    "typedef u64 natural_width;",
    "struct vmcs_hdr { u32 revision_id:31; u32 shadow_vmcs:1; };",
    "#define __packed __attribute__((packed))",
)


def _struct_text(header: str) -> str:
    return header[header.index("struct __packed vmcs12 {") : header.index("};\n") + 3]


def _compiled_offsets(header: str, table: str, tmp: Path) -> tuple[dict, dict]:
    """Compile the kernel's struct and field table with gcc and print what they hold:
    member -> (offset, size), and encoding name -> member offset."""
    struct = _struct_text(header)
    names = [m.group(1) for line in struct.splitlines() if (m := DECLARATION.match(line))]
    entries = FIELD_ENTRY.findall(table)
    program = "\n".join(
        [
            "#include <stdio.h>",
            "#include <stddef.h>",
            *KERNEL_TYPES,
            struct,
            '#define M(x) printf("member %s %zu %zu\\n", #x, offsetof(struct vmcs12, x),'
            " sizeof(((struct vmcs12 *)0)->x));",
            '#define F(n, x) printf("field %s %s %zu\\n", #n, #x, offsetof(struct vmcs12, x));',
            "int main(void) {",
            *(f"M({name})" for name in names),
            *(f"F({number}, {name})" for number, name in entries),
            "return 0; }",
        ]
    )
    source, binary = tmp / "vmcs12_61.c", tmp / "vmcs12_61"
    source.write_text(program)
    subprocess.run(["gcc", "-Wall", "-Werror", "-o", str(binary), str(source)], check=True)
    out = subprocess.run([str(binary)], check=True, capture_output=True, text=True).stdout
    members, fields = {}, {}
    for line in out.splitlines():
        kind, *rest = line.split()
        if kind == "member":
            members[rest[0]] = (int(rest[1]), int(rest[2]))
        else:
            fields[rest[0]] = (rest[1], int(rest[2]))
    return members, fields


def test_linux_61_files_equal_the_derived_61_layout(
    specs: SpecSet, linux_61_vmcs12: tuple[str, str], tmp_path: Path
) -> None:
    members, fields = _compiled_offsets(*linux_61_vmcs12, tmp_path)
    layout = resolve_layout(specs, "kvm_vmcs12@6.1")
    kernel_data = {name: place for name, place in members.items() if not name.startswith("padding")}
    assert _data(layout) == kernel_data
    assert len(fields) == 141
    assert {m.field.name: (m.name, m.offset) for m in layout.fields if m.field} == fields


def test_vmcsgen_check_finds_linux_61_struct_identical_to_the_61_layout(
    linux_61_vmcs12: tuple[str, str], tmp_path: Path
) -> None:
    import_or_missing("clang.cindex", "libclang (the PyPI wheel) is a test dependency")
    header = tmp_path / "vmcs12_61.h"
    header.write_text("\n".join([*KERNEL_TYPES, _struct_text(linux_61_vmcs12[0])]))
    args = ("check", str(header), "--struct", "vmcs12", "--layout")
    same = _vmcsgen(*args, "kvm_vmcs12@6.1", cwd=tmp_path)
    assert same.returncode == 0, same.stderr
    assert "identical: 149 members, 998 bytes" in same.stdout
    older = _vmcsgen(*args, "kvm_vmcs12@5.13", cwd=tmp_path)
    assert older.returncode == 1
    assert "member 'tsc_multiplier' (u64 tsc_multiplier, offset 328, 8 bytes) is not in" in (
        older.stderr
    )


@pytest.mark.parametrize("release", sorted(RELEASE_FACTS))
def test_older_trees_equal_their_derived_layouts(specs: SpecSet, release: str) -> None:
    _, check_offsets, field_table = RELEASE_FACTS[release]
    layout = resolve_layout(specs, f"kvm_vmcs12@{release}")
    assert {name: offset for name, (offset, _) in _data(layout).items()} == check_offsets
    if field_table is not None:
        assert {m.field.name: m.name for m in layout.fields if m.field} == field_table


@pytest.mark.parametrize(
    ("release", "bundled"),
    [("4.14", "kvm_vmcs12_v4_14"), ("6.17", "kvm_vmcs12_v6_17"), ("6.18", "kvm_vmcs12")],
)
def test_bundled_layouts_equal_their_releases(specs: SpecSet, release: str, bundled: str) -> None:
    derived, layout = resolve_layout(specs, f"kvm_vmcs12@{release}"), specs.by_name[bundled]
    assert _data(derived) == _data(layout)
    assert {m.name: m.field for m in derived.fields} == {m.name: m.field for m in layout.fields}
    reserved = {
        b for m in layout.members if m.kind is MemberKind.RESERVED for b in range(m.offset, m.end)
    }
    assert {
        b for m in derived.members if m.kind is MemberKind.RESERVED for b in range(m.offset, m.end)
    } == reserved


def test_undocumented_releases_are_refused_by_name(specs: SpecSet) -> None:
    with pytest.raises(UnknownLayout, match=re.escape("no documented release '4.16'")):
        resolve_layout(specs, "kvm_vmcs12@4.16")
    with pytest.raises(UnknownLayout, match="no release history 'hv_evmcs_v1'"):
        resolve_layout(specs, "hv_evmcs_v1@6.1")


@pytest.fixture(scope="module")
def translator(specs: SpecSet) -> RegionTranslator:
    return RegionTranslator(specs)


def test_running_l2_round_trips_between_every_pair_of_releases(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    layouts = {release.layout_name: layout for release, layout in release_layouts(specs)}
    assert len(layouts) == 42
    for source, target in permutations(layouts, 2):
        region = bytes(running_l2(layouts[source]))
        result = translator.translate(source, target, region)
        before = field_values(layouts[source], region)
        assert result.data is not None, result.diagnostics
        after = field_values(layouts[target], result.data)
        common = before.keys() & after.keys()
        assert {k: before[k] for k in common} == {k: after[k] for k in common}, (source, target)
        assert not result.dropped and not result.unused


def _kinds(layouts: dict[str, Layout]) -> dict[str, str]:
    """One release per distinct layout: the rest read every byte the same way."""
    seen: dict[tuple, str] = {}
    for name, layout in layouts.items():
        seen.setdefault(tuple(sorted(_data(layout).items())), name)
    return {name: name for name in seen.values()}


def test_a_field_in_use_that_the_destination_lacks_is_refused_or_reported_by_name(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    layouts = {release.layout_name: layout for release, layout in release_layouts(specs)}
    distinct = _kinds(layouts)
    assert len(distinct) == 6  # 4.14, 4.19, 5.8, 5.13, 5.14, 6.18
    checked = 0
    for source, target in permutations(distinct, 2):
        target_fields = {m.field.name for m in layouts[target].fields if m.field}
        for member in layouts[source].fields:
            assert member.field is not None
            if member.field.name in target_fields:
                continue
            region = bytes(running_l2(layouts[source], **{member.field.name: 0x5A5A}))
            result = translator.translate(source, target, region)
            if result.data is None:
                assert [item.encoding for item in result.blocked] == [member.field.encoding.value]
                assert result.blocked[0].value == 0x5A5A
            else:
                assert member.field.name.startswith("CR3_TARGET_VALUE")  # retired: discard
                assert [(d.encoding, d.value) for d in result.dropped] == [
                    (member.field.encoding.value, 0x5A5A)
                ]
            checked += 1
    assert checked == 89


def _vmcsgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args], cwd=cwd, capture_output=True, text=True
    )


def test_releases_command_shows_what_each_release_added(tmp_path: Path) -> None:
    shown = _vmcsgen("releases", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"tsc_multiplier +TSC_MULTIPLIER +328 +5\.14 +-", shown.stdout)
    document = json.loads(_vmcsgen("releases", "--format", "json", cwd=tmp_path).stdout)
    era = document[0]["eras"][1]
    assert {row["member"]: row["since"] for row in era["members"]}["host_s_cet"] == "6.18"
    wrong = _vmcsgen("releases", "nope", cwd=tmp_path)
    assert wrong.returncode == 1
    assert wrong.stderr == "vmcsgen: error: no release history 'nope'; histories: kvm_vmcs12\n"


def test_translate_to_an_older_release_refuses_a_field_in_use_by_name(
    specs: SpecSet, tmp_path: Path
) -> None:
    layout = resolve_layout(specs, "kvm_vmcs12@6.1")
    (tmp_path / "unused.bin").write_bytes(running_l2(layout))
    (tmp_path / "scaled.bin").write_bytes(running_l2(layout, TSC_MULTIPLIER=0x1_0000_0000_0000))
    back = _vmcsgen(
        "translate", "kvm_vmcs12@6.1", "kvm_vmcs12@5.4", "unused.bin", "out.bin", cwd=tmp_path
    )
    assert back.returncode == 0, back.stderr
    assert (tmp_path / "out.bin").read_bytes() == running_l2(layout)
    refused = _vmcsgen(
        "translate", "kvm_vmcs12@6.1", "kvm_vmcs12@5.4", "scaled.bin", "no.bin", cwd=tmp_path
    )
    assert refused.returncode == 1
    assert "TSC_MULTIPLIER = 0x1000000000000 would be lost in kvm_vmcs12 -> kvm_vmcs12@5.4" in (
        refused.stderr
    )
    assert not (tmp_path / "no.bin").exists()


BROKEN_HISTORY = """\
history: kvm_vmcs12
eras:
  - layout: kvm_vmcs12
    releases: ["5.1", "5.0", "5.2"]
    checked:
      - {release: "4.9", source: "a tree"}
    members:
      - {member: no_such_member, since: "5.1", source: "x"}
      - {member: tsc_multiplier, since: "5.1", source: "x"}
      - {name: cr3_target_value0, offset: 370, field: CR3_TARGET_VALUE0, until: "5.2", source: "x"}
"""


def test_a_broken_history_gets_every_error_located(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    (tmp_path / "specs" / "history" / "kvm_vmcs12.yaml").write_text(BROKEN_HISTORY)
    with pytest.raises(SpecError) as raised:
        load_specs(tmp_path / "specs")
    path = str(tmp_path / "specs" / "history" / "kvm_vmcs12.yaml")
    assert [str(d).replace(path, "H") for d in raised.value.diagnostics] == [
        "H:4:23: error: release 5.0 does not come after 5.1",
        "H:6:19: error: checked: release 4.9 is not a release of this era",
        "H:8:18: error: no_such_member: kvm_vmcs12 has no such member",
        "H:9:41: error: tsc_multiplier: since 5.1 is the era's first release",
    ]


@pytest.mark.parametrize(
    ("layout", "fields", "runs"),
    [
        ("kvm_vmcs12@6.1", {}, [{"first": "4.19", "last": "6.18"}]),
        ("kvm_vmcs12@6.1", {"TSC_MULTIPLIER": 1 << 48}, [{"first": "5.14", "last": "6.18"}]),
        ("kvm_vmcs12@5.13", {"ENCLS_EXITING_BITMAP": 1}, [{"first": "5.13", "last": "6.18"}]),
        ("kvm_vmcs12", {"GUEST_S_CET": 0xC}, [{"first": "6.18", "last": "6.18"}]),
        ("kvm_vmcs12@5.4", {"CR3_TARGET_VALUE0": 0x1000}, [{"first": "4.19", "last": "5.7"}]),
        ("kvm_vmcs12_v4_14", {}, [{"first": "4.14", "last": "4.14"}]),
    ],
)
def test_identify_reports_the_releases_a_region_is_consistent_with(
    specs: SpecSet, tmp_path: Path, layout: str, fields: dict[str, int], runs: list[dict]
) -> None:
    (tmp_path / "region.bin").write_bytes(running_l2(resolve_layout(specs, layout), **fields))
    found = _vmcsgen("identify", "region.bin", "--format", "json", cwd=tmp_path)
    assert json.loads(found.stdout)["releases"] == {"kvm_vmcs12": runs}
    text = _vmcsgen("identify", "region.bin", cwd=tmp_path).stdout
    first, last = runs[0]["first"], runs[0]["last"]
    shown = first if first == last else f"{first} to {last}"
    assert f"releases: kvm_vmcs12: {shown}\n" in text


def test_generate_writes_the_releases_a_setting_lists(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.vmcsgen]\nspecs = "{ROOT / "specs"}"\nreleases = ["kvm_vmcs12@5.4"]\n'
    )
    written = _vmcsgen("generate", "--out", "out", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    header = (tmp_path / "out" / "c" / "kvm_vmcs12_linux_5_4.h").read_text()
    assert "Generated from specs/history/kvm_vmcs12.yaml, specs/fields.yaml" in header
    assert "TSC_MULTIPLIER" not in header and "CR3_TARGET_VALUE0" in header
    module = (tmp_path / "out" / "python" / "kvm_vmcs12_linux_5_4.py").read_text()
    assert "cr3_target_value0" in module and "tsc_multiplier" not in module
    assert not (tmp_path / "out" / "python" / "kvm_vmcs12_linux_5_5.py").exists()
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.vmcsgen]\nspecs = "{ROOT / "specs"}"\nreleases = ["kvm_vmcs12@4.16"]\n'
    )
    refused = _vmcsgen("generate", "--out", "other", cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "vmcsgen: error: [tool.vmcsgen] releases: kvm_vmcs12 has no documented release '4.16'"
    )
    assert not (tmp_path / "other").exists()
