"""The selftests' eVMCS layout inside the real selftests: Linux 6.1's
tools/testing/selftests/kvm/include/x86_64/evmcs.h as shipped, and the same file with its
struct hv_enlightened_vmcs, clean-field bits and evmcs_vmread()/evmcs_vmwrite() replaced by
`#include "evmcs_layout.h"` (generated/kvm/6.1/selftests/, docs/kvm.md), compiled with
the selftests' own include paths and compared:

- a driver (tests/c/selftests_evmcs_driver.c) writes and reads back every 16-bit encoding
  and more, printing both return codes, the value read and the page: the outputs must be
  equal line for line;
- struct hv_enlightened_vmcs in the driver's DWARF: every member's name, offset, type,
  bit-field position, and the struct's size; the driver prints its alignment too;
- selftests objects that include evmcs.h (lib/x86_64/vmx.c and
  x86_64/evmcs_test.c), built -c both ways with -Werror: the same symbols and the same struct.

The sources come from Debian's linux-source-6.1 (tools/ only, extracted once into pytest's
cache); without it the tests skip, in CI they fail.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, import_or_missing, missing
from test_kernel_tree import SILENT, SOURCE_TARBALL, checkpatch, run_checkpatch

from vmcsgen.export.kvm_selftests import SPELLINGS, struct_members, switch_cases
from vmcsgen.model.spec import SpecSet

__all__ = ["checkpatch"]  # fixture shared with test_kernel_tree

elftools = import_or_missing(
    "elftools", "reading ELF objects needs pyelftools (pip install pyelftools)"
)
from elftools.elf.elffile import ELFFile  # noqa: E402

TOP = "linux-source-6.1"
SELFTESTS = f"{TOP}/tools/testing/selftests/kvm"
EXTRACTED = (
    f"{SELFTESTS}/include",
    f"{SELFTESTS}/lib/x86_64/vmx.c",
    f"{SELFTESTS}/x86_64/evmcs_test.c",
    f"{TOP}/tools/testing/selftests/kselftest.h",
    f"{TOP}/tools/include",
    f"{TOP}/tools/arch/x86/include",
)
# The selftests' objects that use struct hv_enlightened_vmcs (evmcs.h through vmx.h).
CONSUMERS = ("lib/x86_64/vmx.c", "x86_64/evmcs_test.c")
DRIVER = ROOT / "tests" / "c" / "selftests_evmcs_driver.c"
LAYOUT_HEADER = GENERATED / "kvm" / "6.1" / "selftests" / "evmcs_layout.h"
# The drop-in (docs/kvm.md): the struct through the last clean-field bit become one
# #include, and evmcs_vmread()/evmcs_vmwrite() go.
STRUCT_START = "struct hv_enlightened_vmcs {\n"
STRUCT_LAST_LINE = "#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_ALL"
SWITCH_START = "static inline int evmcs_vmread("
SWITCH_END = "static inline int evmcs_vmlaunch("
INCLUDE = '#include "evmcs_layout.h"\n'
# Relative to a variant's folder, so that both builds see the same paths (__FILE__).
INCLUDES = (
    "-Iinclude",
    "-Iinclude/x86_64",
    f"-I{{tools}}/{TOP}/tools/testing/selftests",
    f"-I{{tools}}/{TOP}/tools/include",
    f"-I{{tools}}/{TOP}/tools/arch/x86/include",
)
# The selftests Makefile's CFLAGS (6.1), with warnings made errors.
CFLAGS = ("-std=gnu99", "-O2", "-g", "-Wall", "-Werror", "-Wstrict-prototypes")
OBJECT_CFLAGS = ("-fno-stack-protector", "-fno-PIE", "-U_FORTIFY_SOURCE")
ACCEPTED = 130  # encodings the 6.1 switch handles: KVM's 126 and CR3_TARGET_VALUE0..3
BEYOND_16_BITS = (0x1_0000, 0x1_681E, 0x1_0000_681E, 0xFFFF_FFFF_FFFF_FFFF)


@pytest.fixture(scope="session")
def selftests_tree(request: pytest.FixtureRequest) -> Path:
    """The selftests' headers and sources of linux-source-6.1, extracted once."""
    if not SOURCE_TARBALL.is_file():
        missing(f"{SOURCE_TARBALL} is missing: install the Debian package linux-source-6.1")
    if shutil.which("tar") is None or shutil.which("xz") is None:
        missing("extracting linux-source-6.1 needs tar and xz")
    if shutil.which("gcc") is None:
        missing("building the selftests' evmcs.h needs gcc")
    stat = SOURCE_TARBALL.stat()
    cache = getattr(request.config, "cache", None)
    key = f"{stat.st_size}-{stat.st_mtime_ns}"
    folder = (
        cache.mkdir(f"linux-source-6.1-selftests-{key}")
        if cache is not None
        else request.getfixturevalue("tmp_path_factory").mktemp("selftests")
    )
    if not (folder / f"{SELFTESTS}/x86_64/evmcs_test.c").is_file():
        extract = ["tar", "-xJf", str(SOURCE_TARBALL), "-C", str(folder), *EXTRACTED]
        subprocess.run(extract, check=True)
    return folder


def use_generated_layout(evmcs_h: str) -> str:
    """evmcs.h with the drop-in edit applied; each marker must be there exactly once."""
    for marker in (STRUCT_START, STRUCT_LAST_LINE, SWITCH_START, SWITCH_END):
        assert evmcs_h.count(marker) == 1, marker
    start = evmcs_h.index(STRUCT_START)
    end = evmcs_h.index("\n", evmcs_h.index(STRUCT_LAST_LINE)) + 1
    text = evmcs_h[:start] + INCLUDE + evmcs_h[end:]
    return text[: text.index(SWITCH_START)] + text[text.index(SWITCH_END) :]


class Variant:
    """One copy of the selftests' include/ (as shipped, or with a layout header), its
    driver built and its consumers compiled."""

    def __init__(self, tree: Path, folder: Path, layout_header: str | None) -> None:
        self.tree = tree
        self.folder = folder
        shutil.copytree(tree / SELFTESTS / "include", folder / "include")
        evmcs = folder / "include" / "x86_64" / "evmcs.h"
        if layout_header is not None:
            evmcs.write_text(use_generated_layout(evmcs.read_text("utf-8")), "utf-8")
            (evmcs.parent / "evmcs_layout.h").write_text(layout_header, "utf-8")

    def _gcc(self, *arguments: str) -> None:
        includes = [flag.format(tools=self.tree) for flag in INCLUDES]
        done = subprocess.run(
            ["gcc", *CFLAGS, *includes, *arguments], cwd=self.folder, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr

    def driver(self) -> Path:
        self._gcc(str(DRIVER), "-o", "driver")
        return self.folder / "driver"

    def consumer(self, source: str) -> Path:
        name = Path(source).stem + ".o"
        self._gcc(*OBJECT_CFLAGS, "-c", str(self.tree / SELFTESTS / source), "-o", name)
        return self.folder / name


def run_driver(driver: Path, encodings: list[tuple[int, str]]) -> list[str]:
    lines = "".join(f"{encoding:x} {mode}\n" for encoding, mode in encodings)
    done = subprocess.run([str(driver)], input=lines, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def probe_encodings(specs: SpecSet) -> list[tuple[int, str]]:
    """Every catalog field and its HIGH half, dumped in full; every 16-bit value and some
    wider ones, hashed."""
    catalog = sorted({f.encoding.value for f in specs.catalog.fields})
    dumped = [(value | half, "d") for value in catalog for half in (0, 1)]
    return dumped + [(value, "h") for value in (*range(1 << 16), *BEYOND_16_BITS)]


@pytest.fixture(scope="module")
def original(selftests_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Variant:
    return Variant(selftests_tree, tmp_path_factory.mktemp("evmcs") / "tree", None)


@pytest.fixture(scope="module")
def original_output(original: Variant, specs: SpecSet) -> list[str]:
    return run_driver(original.driver(), probe_encodings(specs))


def build_generated(tree: Path, folder: Path, edit: Callable[[str], str] = str) -> Variant:
    return Variant(tree, folder / "tree", edit(LAYOUT_HEADER.read_text("utf-8")))


# --- behaviour ----------------------------------------------------------------------------


def test_original_switch_handles_the_encodings_it_is_known_for(original_output: list[str]) -> None:
    """The comparison below is not vacuous: the shipped switch accepts 130 of the 16-bit
    encodings, CR3_TARGET_VALUE0 among them, and rejects the rest."""
    swept = [line for line in original_output if " hash " in line][: 1 << 16]
    accepted = [line for line in swept if " write 0 read 0 " in line]
    assert len(accepted) == ACCEPTED
    assert any(line.startswith("6008 write 0 read 0 ") for line in accepted)
    assert all(" write 1 read 1 " in line for line in swept if line not in accepted)


def test_generated_layout_behaves_as_the_original(
    selftests_tree: Path, original_output: list[str], specs: SpecSet, tmp_path: Path
) -> None:
    generated = build_generated(selftests_tree, tmp_path)
    assert run_driver(generated.driver(), probe_encodings(specs)) == original_output


def _swap_first_members(header: str) -> str:
    return header.replace(
        "\tu16 host_es_selector;\n\tu16 host_cs_selector;\n",
        "\tu16 host_cs_selector;\n\tu16 host_es_selector;\n",
        1,
    )


def _drop_one_write_case(header: str) -> str:
    case = (
        "\tcase CR3_TARGET_VALUE2:\n\t\tcurrent_evmcs->cr3_target_value2 = value;\n"
        "\t\tcurrent_evmcs->hv_clean_fields &= ~HV_VMX_ENLIGHTENED_CLEAN_FIELD_ALL;\n\t\tbreak;\n"
    )
    assert header.count(case) == 1
    return header.replace(case, "")


def _other_clean_bit(header: str) -> str:
    marked = "current_evmcs->guest_rsp = value;\n\t\tcurrent_evmcs->hv_clean_fields &= ~"
    assert header.count(marked + "HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_BASIC") == 1
    return header.replace(marked + "HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_BASIC", marked + "0")


@pytest.mark.parametrize("edit", [_swap_first_members, _drop_one_write_case, _other_clean_bit])
def test_comparison_sees_a_broken_layout(
    selftests_tree: Path,
    original_output: list[str],
    specs: SpecSet,
    tmp_path: Path,
    edit: Callable[[str], str],
) -> None:
    broken = build_generated(selftests_tree, tmp_path, edit)
    assert run_driver(broken.driver(), probe_encodings(specs)) != original_output


# --- the struct ---------------------------------------------------------------------------


def struct_dwarf(path: Path, struct: str) -> list[tuple[object, ...]]:
    """The struct's size, then every member's name, offset, bit-field place and type,
    nested anonymous structs spelled out, from the object's DWARF."""
    with path.open("rb") as stream:
        dwarf = ELFFile(stream).get_dwarf_info()
        for unit in dwarf.iter_CUs():
            for die in unit.iter_DIEs():
                name = die.attributes.get("DW_AT_name")
                if die.tag != "DW_TAG_structure_type" or not die.has_children:
                    continue
                if name is not None and name.value.decode() == struct:
                    return _describe_struct(die)
    raise AssertionError(f"{path.name} has no struct {struct} in its DWARF")


def _describe_struct(die) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    rows: list[tuple[object, ...]] = [("size", die.attributes["DW_AT_byte_size"].value)]
    for child in die.iter_children():
        if child.tag != "DW_TAG_member":
            continue
        attributes = child.attributes
        rows.append(
            (
                attributes["DW_AT_name"].value.decode(),
                (
                    attributes["DW_AT_data_member_location"].value
                    if "DW_AT_data_member_location" in attributes
                    else None
                ),
                (
                    attributes["DW_AT_data_bit_offset"].value
                    if "DW_AT_data_bit_offset" in attributes
                    else None
                ),
                attributes["DW_AT_bit_size"].value if "DW_AT_bit_size" in attributes else None,
                _describe_type(child.get_DIE_from_attribute("DW_AT_type")),
            )
        )
    return rows


def _describe_type(die) -> object:  # type: ignore[no-untyped-def]
    if die.tag == "DW_TAG_array_type":
        bound = next(c for c in die.iter_children() if c.tag == "DW_TAG_subrange_type")
        count = bound.attributes["DW_AT_upper_bound"].value + 1
        return ("array", count, _describe_type(die.get_DIE_from_attribute("DW_AT_type")))
    if die.tag == "DW_TAG_structure_type" and "DW_AT_name" not in die.attributes:
        return ("struct", tuple(_describe_struct(die)))
    return die.attributes["DW_AT_name"].value.decode()


def test_struct_equals_the_original(
    selftests_tree: Path, original: Variant, original_output: list[str], tmp_path: Path
) -> None:
    """Names, offsets, types, bit-fields and size from DWARF; alignment (packed or not)
    from the driver's first line."""
    generated = build_generated(selftests_tree, tmp_path)
    ours = generated.driver()
    kvm = struct_dwarf(original.folder / "driver", "hv_enlightened_vmcs")
    assert len(kvm) == 1 + 157 and kvm[0] == ("size", 1024)
    assert struct_dwarf(ours, "hv_enlightened_vmcs") == kvm
    assert run_driver(ours, [])[0] == original_output[0] == "sizeof 1024 alignof 8"


def test_struct_comparison_sees_swapped_members(
    selftests_tree: Path, original: Variant, original_output: list[str], tmp_path: Path
) -> None:
    broken = build_generated(selftests_tree, tmp_path, _swap_first_members)
    kvm = struct_dwarf(original.folder / "driver", "hv_enlightened_vmcs")
    assert struct_dwarf(broken.driver(), "hv_enlightened_vmcs") != kvm


# --- the selftests' own objects -----------------------------------------------------------


def object_interface(path: Path) -> list[tuple[str, str, str, str, int]]:
    """What an object defines and needs: every named symbol's name, type, binding,
    section (UND for an undefined one) and, for data, size."""
    with path.open("rb") as stream:
        elf = ELFFile(stream)
        symbols = elf.get_section_by_name(".symtab")
        rows = []
        for symbol in symbols.iter_symbols():
            kind = symbol["st_info"]["type"]
            if not symbol.name or kind in ("STT_SECTION", "STT_FILE"):
                continue
            index = symbol["st_shndx"]
            section = index if isinstance(index, str) else elf.get_section(index).name
            size = symbol["st_size"] if kind == "STT_OBJECT" else 0
            rows.append((symbol.name, kind, symbol["st_info"]["bind"], section, size))
        return sorted(rows)


@pytest.fixture(scope="module")
def generated(selftests_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Variant:
    return build_generated(selftests_tree, tmp_path_factory.mktemp("evmcs_generated"))


@pytest.mark.parametrize("source", CONSUMERS)
def test_selftests_object_builds_with_the_generated_layout(
    original: Variant, generated: Variant, source: str
) -> None:
    """Each builds without a warning, defines and references the same symbols and sees
    the same struct. Its code may differ in block order: gcc lays a switch out after the
    order of its cases, which the generated switch lists by encoding; the driver above
    shows the behaviour is the same."""
    kvm, ours = original.consumer(source), generated.consumer(source)
    assert object_interface(kvm), f"{source} compiled to no symbols"
    assert object_interface(ours) == object_interface(kvm)
    assert struct_dwarf(ours, "hv_enlightened_vmcs") == struct_dwarf(kvm, "hv_enlightened_vmcs")


# --- the generated files as text ----------------------------------------------------------


def _layout_headers() -> list[Path]:
    return sorted((GENERATED / "kvm").glob("*/selftests/evmcs_layout.h"))


@pytest.mark.parametrize("path", _layout_headers(), ids=lambda p: p.parent.parent.name)
def test_checkpatch_is_silent_on_layout_header(checkpatch: Path, path: Path) -> None:
    report = run_checkpatch(checkpatch, path)
    assert SILENT.search(report), report


def test_every_release_has_a_layout_header() -> None:
    assert [p.parent.parent.name for p in _layout_headers()] == ["6.1", "upstream"]


def _struct_text(header: str) -> list[str]:
    """The lines of struct hv_enlightened_vmcs, blank lines left out."""
    start = header.index(STRUCT_START)
    end = header.index("\n}", start)
    body = header[start : header.index("\n", end + 1)].splitlines()
    return [line for line in body if line.strip()]


# Upstream's include/x86/evmcs.h (torvalds/linux 3d31fea7b6d1) declares 6.1's struct with
# these changes: padding16_1 declared, two padding members renamed, both structs packed.
UPSTREAM_CHANGES = (
    ("\tu16 host_tr_selector;", "\tu16 host_tr_selector;\n\tu16 padding16_1;"),
    ("\tu32 hv_padding_32;", "\tu32 padding32_1;"),
    ("\tu16 padding16[3];", "\tu16 padding16_2[3];"),
    ("\t} hv_enlightenments_control;", "\t} __packed hv_enlightenments_control;"),
    ("\n};", "\n} __packed;"),
)


@pytest.mark.parametrize("release", ["6.1", "upstream"])
def test_struct_text_is_the_releases(selftests_tree: Path, release: str) -> None:
    """The struct line for line as 6.1's evmcs.h declares it (blank lines aside), and as
    upstream's, which is 6.1's with UPSTREAM_CHANGES."""
    shipped = (selftests_tree / SELFTESTS / "include" / "x86_64" / "evmcs.h").read_text()
    expected = "\n".join(_struct_text(shipped))
    if release == "upstream":
        for old, new in UPSTREAM_CHANGES:
            assert expected.count(old) == 1, old
            expected = expected.replace(old, new)
    header = GENERATED / "kvm" / release / "selftests" / "evmcs_layout.h"
    assert "\n".join(_struct_text(header.read_text("utf-8"))) == expected


def test_both_releases_switch_over_the_same_encodings() -> None:
    """Upstream's switch (3d31fea7b6d1) handles the same 130 encodings as 6.1's."""
    upstream = (GENERATED / "kvm" / "upstream" / "selftests" / "evmcs_layout.h").read_text()
    cases = re.compile(r"^\tcase (\w+):$", re.M)
    assert cases.findall(upstream) == cases.findall(LAYOUT_HEADER.read_text("utf-8"))
    assert len(cases.findall(upstream)) == 2 * ACCEPTED


def test_undeclared_padding_must_be_what_alignment_supplies(specs: SpecSet) -> None:
    """Leaving a reserved member to the compiler keeps the layout only where natural
    alignment puts the next member at its offset: padding16_1 before a u64, not
    padding64_1 (24 bytes before a u64)."""
    layout = specs.by_name["hv_evmcs_v1"]
    declared = [m.declaration for m in struct_members(layout, SPELLINGS["6.1"])]
    assert "u64 host_ia32_pat" in declared and not any("padding16_1" in d for d in declared)
    wrong = replace(SPELLINGS["6.1"], undeclared=frozenset({"padding64_1"}))
    with pytest.raises(AssertionError, match="padding64_1"):
        struct_members(layout, wrong)


def test_switch_cases_come_from_field_and_l1_field(specs: SpecSet) -> None:
    layout = specs.by_name["hv_evmcs_v1"]
    cases = {c.field: (c.member, c.clean_field) for c in switch_cases(layout, SPELLINGS["6.1"])}
    assert len(cases) == ACCEPTED == len(layout.fields) + 4
    assert cases["CR3_TARGET_VALUE3"] == ("cr3_target_value3", "HV_VMX_ENLIGHTENED_CLEAN_FIELD_ALL")
    assert cases["GUEST_RSP"] == ("guest_rsp", "HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_BASIC")
