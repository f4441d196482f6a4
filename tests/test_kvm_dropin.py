"""The `kvm` output inside a real KVM: Linux 6.1's arch/x86/kvm with its vmcs12.h, vmcs12.c
and vmcs_shadow_fields.h replaced by generated/kvm/6.1/, built with kbuild against
linux-headers-amd64 next to the unmodified tree, and the compiled tables and struct
compared byte for byte (symbols read from the ELF objects, the struct from DWARF).

The kernel sources come from Debian's linux-source-6.1 tarball (only arch/x86/kvm is
extracted, once, into pytest's cache); the build tree from linux-headers-amd64. Without
them the tests skip naming the package; in CI they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import GENERATED, import_or_missing, missing
from kernel_facts import EVMCS1_FIELD_TABLE, VMCS12_CHECK_OFFSET, VMCS12_FIELD_TABLE
from test_kernel_tree import SILENT, SOURCE_TARBALL, checkpatch, kbuild_tree, run_checkpatch

from vmcsgen.export.kvm import RELEASES, field_table, struct_members
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.loader import load_specs

__all__ = ["checkpatch", "kbuild_tree"]  # fixtures shared with test_kernel_tree

KVM_DIR = "linux-source-6.1/arch/x86/kvm"
# struct hv_enlightened_vmcs and its clean-field bits, for the user-space copy harness.
HYPERV_TLFS = "linux-source-6.1/arch/x86/include/asm/hyperv-tlfs.h"
TINY_SPECS = Path(__file__).resolve().parent / "malformed" / "_tiny"
REPLACED = (
    "vmcs12.h",
    "vmcs12.c",
    "vmcs_shadow_fields.h",
    "evmcs_fields.h",
    "nested_evmcs_copy.h",
)


@dataclass(frozen=True)
class Span:
    """Lines of a Linux 6.1 file the drop-in replaces with one #include (docs/kvm.md):
    from the line starting with `start` to the first line equal to `end` after `after`."""

    file: str
    start: str
    after: str
    end: str
    include: str


# Linux 6.1 keeps the eVMCS field table inside evmcs.c (from its first macro to
# nr_evmcs_1_fields), and the eVMCS copies inside nested.c (lines 1570-1978: the two
# functions, up to the closing brace of copy_vmcs12_to_enlightened()).
EVMCS_TABLE = Span(
    "evmcs.c",
    "#define EVMCS1_OFFSET(x)",
    "#define EVMCS1_OFFSET(x)",
    "const unsigned int nr_evmcs_1_fields = ARRAY_SIZE(vmcs_field_to_evmcs_1);\n",
    "evmcs_fields.h",
)
EVMCS_COPIES = Span(
    "nested.c",
    "static void copy_enlightened_to_vmcs12(struct vcpu_vmx *vmx, u32 hv_clean_fields)\n",
    "static void copy_vmcs12_to_enlightened(struct vcpu_vmx *vmx)\n",
    "\n}\n",
    "nested_evmcs_copy.h",
)
OBJECTS = ("vmx/vmcs12.o", "vmx/nested.o", "vmx/evmcs.o", "vmx/vmx.o")
# The tables KVM builds at compile time from the replaced files, by the object holding them.
TABLES = {
    "vmx/vmcs12.o": ("vmcs12_field_offsets", "nr_vmcs12_fields"),
    "vmx/nested.o": ("shadow_read_only_fields", "shadow_read_write_fields"),
    "vmx/evmcs.o": ("vmcs_field_to_evmcs_1", "nr_evmcs_1_fields"),
}
# kbuild reads Kbuild before Makefile: KVM's Makefile names $(srctree)/virt/kvm, which a
# headers package does not ship, and only the include path is needed to build single objects.
KBUILD = "ccflags-y += -I $(src)\n"

elftools = import_or_missing(
    "elftools", "reading ELF objects needs pyelftools (pip install pyelftools)"
)
from elftools.elf.elffile import ELFFile  # noqa: E402
from elftools.elf.relocation import RelocationSection  # noqa: E402


@pytest.fixture(scope="session")
def kvm_source(request: pytest.FixtureRequest) -> Path:
    """arch/x86/kvm of linux-source-6.1 (and hyperv-tlfs.h beside it, in
    arch/x86/include/asm), extracted once into pytest's cache."""
    if not SOURCE_TARBALL.is_file():
        missing(f"{SOURCE_TARBALL} is missing: install the Debian package linux-source-6.1")
    if shutil.which("tar") is None or shutil.which("xz") is None:
        missing("extracting linux-source-6.1 needs tar and xz")
    stat = SOURCE_TARBALL.stat()
    cache = getattr(request.config, "cache", None)
    key = f"{stat.st_size}-{stat.st_mtime_ns}"
    folder = (
        cache.mkdir(f"linux-source-6.1-kvm-{key}")
        if cache is not None
        else request.getfixturevalue("tmp_path_factory").mktemp("kvm")
    )
    tree = folder / KVM_DIR
    if not (tree / "vmx" / "nested.c").is_file() or not (folder / HYPERV_TLFS).is_file():
        subprocess.run(
            ["tar", "-xJf", str(SOURCE_TARBALL), "-C", str(folder), KVM_DIR, HYPERV_TLFS],
            check=True,
        )
    return tree


def build_kvm(kbuild: Path, source: Path, folder: Path, replacements: Path | None) -> Path:
    """A copy of `source` with `replacements`' files put into vmx/, its vmx objects built."""
    shutil.copytree(source, folder)
    (folder / "Kbuild").write_text(KBUILD)
    if replacements is not None:
        for name in REPLACED:
            shutil.copyfile(replacements / name, folder / "vmx" / name)
        for span in (EVMCS_TABLE, EVMCS_COPIES):
            include_in_place(folder / "vmx", span)
    jobs = f"-j{min(2, os.cpu_count() or 1)}"
    done = subprocess.run(
        ["make", jobs, "-C", str(kbuild), f"M={folder}", *OBJECTS],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return folder


def span_bounds(text: str, span: Span) -> tuple[int, int]:
    """Where `span` starts and ends in `text` (a file of Linux 6.1's arch/x86/kvm/vmx)."""
    assert text.count(span.start) == 1 and text.count(span.after) == 1, span
    start = text.index(span.start)
    end = text.index(span.end, text.index(span.after)) + len(span.end)
    return start, end


def include_in_place(vmx: Path, span: Span) -> None:
    path = vmx / span.file
    text = path.read_text("utf-8")
    start, end = span_bounds(text, span)
    path.write_text(text[:start] + f'#include "{span.include}"\n' + text[end:], "utf-8")


@pytest.fixture(scope="module")
def built(
    kbuild_tree: Path, kvm_source: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    """(KVM as Linux 6.1 ships it, KVM with the generated files), both built."""
    if shutil.which("make") is None:
        missing("kbuild needs make")
    base = tmp_path_factory.mktemp("kvm_dropin")
    original = build_kvm(kbuild_tree, kvm_source, base / "original", None)
    # Folder names of one length: __FILE__ strings (absolute paths) then pack the same way.
    generated = build_kvm(kbuild_tree, kvm_source, base / "replaced", GENERATED / "kvm" / "6.1")
    return original, generated


@dataclass(frozen=True)
class SymbolImage:
    """A data symbol as the linker gets it: its bytes and the relocations inside it."""

    data: bytes
    relocations: tuple[tuple[int, str, int], ...]  # (offset in symbol, target, addend)


def symbol_image(path: Path, name: str) -> SymbolImage:
    with path.open("rb") as stream:
        elf = ELFFile(stream)
        symtab = elf.get_section_by_name(".symtab")
        symbol = next((s for s in symtab.iter_symbols() if s.name == name), None)
        assert symbol is not None, f"{path.name} has no symbol {name}"
        section = elf.get_section(symbol["st_shndx"])
        start, size = symbol["st_value"], symbol["st_size"]
        if section["sh_type"] == "SHT_NOBITS":
            data = bytes(size)
        else:
            data = section.data()[start : start + size]
        relocations = []
        for rel_section in elf.iter_sections():
            if not isinstance(rel_section, RelocationSection):
                continue
            if rel_section["sh_info"] != symbol["st_shndx"]:
                continue
            targets = elf.get_section(rel_section["sh_link"])
            for rel in rel_section.iter_relocations():
                if start <= rel["r_offset"] < start + size:
                    target = targets.get_symbol(rel["r_info_sym"]).name
                    addend = rel.entry.get("r_addend", 0)
                    relocations.append((rel["r_offset"] - start, target, addend))
        return SymbolImage(data, tuple(sorted(relocations)))


def struct_layout(path: Path, struct: str) -> list[tuple[str, int, str]]:
    """(member, offset, type) of a struct from an object's DWARF, type spelled like C
    (`u64`, `natural_width[4]`, `struct vmcs_hdr`)."""
    with path.open("rb") as stream:
        elf = ELFFile(stream)
        assert elf.has_dwarf_info(), f"{path.name} was built without debug information"
        dwarf = elf.get_dwarf_info()
        for unit in dwarf.iter_CUs():
            for die in unit.iter_DIEs():
                if die.tag != "DW_TAG_structure_type" or not die.has_children:
                    continue
                name = die.attributes.get("DW_AT_name")
                if name is None or name.value.decode() != struct:
                    continue
                return [
                    (
                        child.attributes["DW_AT_name"].value.decode(),
                        child.attributes["DW_AT_data_member_location"].value,
                        _type_name(child.get_DIE_from_attribute("DW_AT_type")),
                    )
                    for child in die.iter_children()
                    if child.tag == "DW_TAG_member"
                ]
    raise AssertionError(f"{path.name} has no struct {struct} in its DWARF")


def _type_name(die) -> str:  # type: ignore[no-untyped-def]
    if die.tag == "DW_TAG_array_type":
        bound = next(c for c in die.iter_children() if c.tag == "DW_TAG_subrange_type")
        count = bound.attributes["DW_AT_upper_bound"].value + 1
        return f"{_type_name(die.get_DIE_from_attribute('DW_AT_type'))}[{count}]"
    prefix = "struct " if die.tag == "DW_TAG_structure_type" else ""
    return prefix + die.attributes["DW_AT_name"].value.decode()


# --- the compiled tables ------------------------------------------------------------------


@pytest.mark.parametrize(
    "obj, symbol", [(obj, symbol) for obj, symbols in TABLES.items() for symbol in symbols]
)
def test_compiled_table_equals_kvm_6_1(built: tuple[Path, Path], obj: str, symbol: str) -> None:
    original, generated = built
    kvm = symbol_image(original / obj, symbol)
    ours = symbol_image(generated / obj, symbol)
    assert kvm.data, f"{symbol} is empty in KVM's {obj}"
    assert ours == kvm


@pytest.mark.parametrize("obj", ["vmx/nested.o", "vmx/vmx.o", "vmx/evmcs.o"])
def test_struct_vmcs12_equals_kvm_6_1(built: tuple[Path, Path], obj: str) -> None:
    """Every member: name, offset and C type (padding arrays included), as KVM compiles it."""
    original, generated = built
    kvm = struct_layout(original / obj, "vmcs12")
    assert len(kvm) == 149
    assert struct_layout(generated / obj, "vmcs12") == kvm


def functions(path: Path) -> list[str]:
    with path.open("rb") as stream:
        symtab = ELFFile(stream).get_section_by_name(".symtab")
        return sorted(
            s.name for s in symtab.iter_symbols() if s["st_info"]["type"] == "STT_FUNC" and s.name
        )


def test_nested_code_equals_kvm_6_1(built: tuple[Path, Path]) -> None:
    """With nested_evmcs_copy.h in place of KVM's two copies, every function of nested.o
    compiles to the same bytes and relocations: the callers that inline the copies
    (nested_vmx_run(), nested_sync_vmcs12_to_shadow(), ...) included."""
    original, generated = (tree / "vmx" / "nested.o" for tree in built)
    names = functions(original)
    assert "nested_sync_vmcs12_to_shadow" in names and functions(generated) == names
    for name in names:
        kvm, ours = symbol_image(original, name), symbol_image(generated, name)
        assert ours.data == kvm.data, f"{name}: other code"
        assert ours.relocations == kvm.relocations, f"{name}: other relocations"


def test_symbol_image_sees_a_different_table(built: tuple[Path, Path]) -> None:
    """The comparison can fail: the two shadow tables of one object differ."""
    original, _ = built
    nested = original / "vmx" / "nested.o"
    assert symbol_image(nested, "shadow_read_only_fields") != symbol_image(
        nested, "shadow_read_write_fields"
    )


# --- the generated files as text ----------------------------------------------------------


def _generated_files() -> list[Path]:
    folders = (GENERATED / "kvm" / release.name for release in RELEASES)
    return sorted(p for folder in folders for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("path", _generated_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_checkpatch_is_silent_on_kvm_file(checkpatch: Path, path: Path) -> None:
    report = run_checkpatch(checkpatch, path)
    assert SILENT.search(report), report


@pytest.mark.parametrize("path", _generated_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kvm_file_says_how_to_regenerate(path: Path) -> None:
    text = path.read_text("utf-8")
    assert "do not edit." in text and "Regenerate with: vmcsgen generate" in text


def test_upstream_struct_and_table_match_current_linux(specs: SpecSet) -> None:
    """Upstream cannot build against 6.1's headers; its CHECK_OFFSETs and FIELD entries
    are checked against the kernel's own lists instead."""
    layout = specs.by_name["kvm_vmcs12"]
    checks = {m.name: m.offset for m in struct_members(layout)}
    assert {name: checks[name] for name in VMCS12_CHECK_OFFSET} == VMCS12_CHECK_OFFSET
    table = {e.field: e.member for e in field_table(layout) if e.macro == "FIELD"}
    assert table == VMCS12_FIELD_TABLE
    text = (GENERATED / "kvm" / "upstream" / "vmcs12.c").read_text("utf-8")
    listed = dict(re.findall(r"^\tFIELD\((\w+), (\w+)\),$", text, re.M))
    assert listed == VMCS12_FIELD_TABLE


def test_upstream_evmcs_table_matches_hyperv_evmcs_c() -> None:
    text = (GENERATED / "kvm" / "upstream" / "hyperv_evmcs.c").read_text("utf-8")
    entries = re.findall(
        r"EVMCS1_FIELD\((\w+), (\w+),\s+HV_VMX_ENLIGHTENED_CLEAN_FIELD_(\w+)\),", text
    )
    assert {field: (member, group) for field, member, group in entries} == EVMCS1_FIELD_TABLE
    assert len(entries) == len(EVMCS1_FIELD_TABLE)


def test_struct_members_type_padding_like_the_member_before() -> None:
    """KVM's rule where it holds (u16 pad[3] after a u16, u32 tail[9] after a u32), bytes
    where it cannot (a 35-byte tail after a u32)."""
    layout = load_specs(TINY_SPECS).by_name["tiny"]
    declarations = [m.declaration for m in struct_members(layout)]
    assert declarations == [
        "struct vmcs_hdr hdr",
        "u32 abort",
        "u64 io_bitmap_a",
        "u16 guest_es_selector",
        "u16 pad[3]",
        "u32 vm_exit_reason",
        "u32 tail[9]",
    ]
    odd_tail = replace(layout.members[-1], size=35)
    odd = replace(layout, members=(*layout.members[:-1], odd_tail))
    assert struct_members(odd)[-1].declaration == "u8 tail[35]"
