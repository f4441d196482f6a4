"""vmcsgen check / import on C headers the tests write: a faithful vmcs12-like struct for
every bundled layout, mutated copies of it, and structs with the shapes real headers have."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SPECS, Toolchain, import_or_missing

from vmcsgen.cli import main
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.reading.c_struct import UnitShape, parse_struct
from vmcsgen.reading.loader import load_layout_file, load_specs

import_or_missing("clang.cindex", "libclang (the PyPI wheel) is a test dependency")

LAYOUTS = [layout.name for layout in load_specs(SPECS).layouts]
WIDTH_TYPES = {"16-bit": "u16", "32-bit": "u32", "64-bit": "u64", "natural-width": "natural_width"}
INTEGER_TYPES = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
# Kernel-style types as KVM's headers get them; a project passes its own with --cflags.
KERNEL_TYPES = """\
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef u64 natural_width;
#define __packed __attribute__((__packed__))
"""
PROLOGUE_LINES = 6  # lines of the struct header before the first member, see vmcs12_like


def declaration(member_type: str, name: str) -> str:
    return f"\t{member_type} {name};"


def member_declaration(layout: Layout, index: int) -> str:
    """A member as KVM declares it in struct vmcs12: fields by width, padding as arrays."""
    member = layout.members[index]
    if member.kind is MemberKind.HEADER:
        plain = not layout.shadow_indicator
        return declaration("u32" if plain else "struct vmcs_hdr", member.name)
    if member.field is not None:
        return declaration(WIDTH_TYPES[member.field.encoding.width.label], member.name)
    if member.kind is MemberKind.RESERVED:
        unit = next(u for u in (8, 4, 2, 1) if member.size % u == 0 and member.offset % u == 0)
        return declaration(INTEGER_TYPES[unit], f"{member.name}[{member.size // unit}]")
    return declaration(INTEGER_TYPES[member.size], member.name)


def vmcs12_like(layout: Layout, lines: list[str] | None = None, struct: str = "vmcs12") -> str:
    """The header text: kernel types, struct vmcs_hdr, then one member per line."""
    body = lines if lines is not None else member_lines(layout)
    return "\n".join(
        [
            '#include "kernel_types.h"',
            "struct vmcs_hdr {",
            "\tu32 revision_id:31;",
            "\tu32 shadow_vmcs:1;",
            "};",
            f"struct __packed {struct} {{",
            *body,
            "};",
            "",
        ]
    )


def member_lines(layout: Layout) -> list[str]:
    return [member_declaration(layout, i) for i in range(len(layout.members))]


def write_header(tmp_path: Path, text: str, name: str = "vmcs12.h") -> Path:
    (tmp_path / "kernel_types.h").write_text(KERNEL_TYPES)
    path = tmp_path / name
    path.write_text(text)
    return path


def vmcsgen(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main([*args, "--specs", str(SPECS)])
    out, err = capsys.readouterr()
    return status, out, err


def errors(err: str) -> list[tuple[int, str]]:
    """(line, message) of every `HEADER:line:col: error: message` line."""
    found = []
    for line in err.splitlines():
        match = re.match(r"[^:]+:(\d+):\d+: error: (.*)", line)
        if match:
            found.append((int(match.group(1)), match.group(2)))
    return found


@pytest.fixture(params=LAYOUTS)
def layout(request: pytest.FixtureRequest, specs: SpecSet) -> Layout:
    return specs.by_name[request.param]


def test_faithful_header_is_identical(
    layout: Layout, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = write_header(tmp_path, vmcs12_like(layout))
    status, out, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", layout.name, capsys=capsys
    )
    assert (status, err) == (0, "")
    assert out.count("\n") == 1
    assert f"identical: {len(layout.members)} members, {layout.struct_size} bytes" in out


def test_check_names_every_moved_member_at_its_line(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    lines = member_lines(layout)
    names = [m.name for m in layout.members]
    # Swap two neighbours, and insert four bytes before the guest-state block.
    a, b = names.index("io_bitmap_a"), names.index("io_bitmap_b")
    lines[a], lines[b] = lines[b], lines[a]
    inserted_at = names.index("guest_rip")
    lines.insert(inserted_at, "\tu32 vendor_extra;")
    header = write_header(tmp_path, vmcs12_like(layout, lines))
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12", capsys=capsys
    )
    assert status == 1
    found = errors(err)
    moved = {
        match.group(1): line
        for line, message in found
        if (match := re.match(r"member '(\w+)' is at offset", message))
    }
    after = layout.members[inserted_at:]
    expected = {
        "io_bitmap_a",
        "io_bitmap_b",
        *(m.name for m in after if m.kind is not MemberKind.RESERVED),
    }
    assert set(moved) == expected
    # Reserved space is matched by its bytes: shifted padding lies over the layout's data.
    shifted = {
        match.group(1)
        for _, message in found
        if (match := re.match(r"member '(\w+)' .* is outside the reserved space of", message))
    }
    assert shifted == {m.name for m in after if m.kind is MemberKind.RESERVED}
    for name, line in moved.items():
        declared = [i for i, text in enumerate(lines) if re.search(rf"\b{name}\b", text)]
        assert line == PROLOGUE_LINES + 1 + declared[0], name
    assert any("member 'vendor_extra'" in m and "is not in layout" in m for _, m in found)
    assert any(f"is {layout.struct_size + 4} bytes" in m for _, m in found)
    assert err.rstrip().endswith(f"{len(found)} differences")


def test_check_reports_size_shape_header_and_missing(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    names = [m.name for m in layout.members]
    lines = member_lines(layout)
    # Sizes stay put so that each mutation is reported on its own, not as moves.
    lines[names.index("guest_pml_index")] = "\tu8 guest_pml_index[2];"  # array for a field
    lines[names.index("abort")] = "\tu16 abort;\n\tu16 abort_hi;"  # resized, one extra
    lines[names.index("guest_rip")] = "\tu64 guest_rip_renamed;"  # missing + extra
    prologue = vmcs12_like(layout, lines).replace("revision_id:31", "revision_id:30;\n\tu32 x:1")
    header = write_header(tmp_path, prologue)
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12", capsys=capsys
    )
    assert status == 1
    messages = [m for _, m in errors(err)]
    assert any(
        m.startswith(
            "member 'hdr' does not split like the layout's header: the revision id revision_id:30"
        )
        for m in messages
    )
    assert "member 'abort' is 2 bytes, kvm_vmcs12 has 4" in "\n".join(messages)
    assert any("member 'abort_hi'" in m and "not in layout" in m for m in messages)
    assert any(
        "member 'guest_pml_index' is an array (u8 guest_pml_index[2])" in m for m in messages
    )
    assert any(
        "has no member 'guest_rip'" in m
        and m.endswith("the struct has 'guest_rip_renamed' (u64 guest_rip_renamed) there")
        for m in messages
    )
    assert not any("is at offset" in m for m in messages)
    assert len(messages) == 5


def test_unparsable_header_gets_clang_diagnostics(tmp_path: Path) -> None:
    header = tmp_path / "broken.h"
    header.write_text("struct vmcs12 {\n\tu32 abort;\n\tint b\n\tint c;\n};\n")
    command = ["check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12"]
    result = subprocess.run(
        [sys.executable, "-m", "vmcsgen", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{header}:2:2: error: unknown type name 'u32'" in result.stderr
    assert f"{header}:3:7: error: expected ';' at end of declaration list" in result.stderr
    assert result.stdout == ""


def test_missing_struct_file_and_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = tmp_path / "empty.h"
    header.write_text("struct other { int a; };\n")
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12", capsys=capsys
    )
    assert status == 1
    assert f"{header}:1:1: error: no definition of struct vmcs12" in err
    status, _, err = vmcsgen(
        "check", str(tmp_path / "nope.h"), "--struct", "x", "--layout", "kvm_vmcs12", capsys=capsys
    )
    assert (status, "nope.h:1:1: error: no such header file" in err) == (1, True)
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "other", "--layout", "no_such_layout", capsys=capsys
    )
    assert status == 1 and "no layout 'no_such_layout'" in err


def test_cflags_as_the_project_builds(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Types from -include, the natural width from -D, the header found through -I."""
    layout = specs.by_name["kvm_vmcs12"]
    include = tmp_path / "include"
    include.mkdir()
    (include / "types.h").write_text(KERNEL_TYPES.replace("typedef u64 natural_width;\n", ""))
    text = vmcs12_like(layout).replace('#include "kernel_types.h"\n', "")
    text = "typedef NATURAL natural_width;\n" + text
    header = include / "vmcs12.h"
    header.write_text(text)
    args = ("check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12")
    status, _, err = vmcsgen(*args, capsys=capsys)
    assert status == 1 and "unknown type name 'NATURAL'" in err
    flags = f"-I{include} -include types.h -DNATURAL=u64"
    status, out, err = vmcsgen(*args, "--cflags", flags, capsys=capsys)
    assert (status, err) == (0, ""), err
    assert "identical" in out
    status, _, err = vmcsgen(*args, "--cflags", "-include missing.h --no-such-flag", capsys=capsys)
    assert status == 1
    assert f"{header}:1:1: error: 'missing.h' file not found" in err
    assert f"{header}:1:1: error: unknown argument: '--no-such-flag'" in err
    status, _, err = vmcsgen(*args, "--cflags", "'-Iunbalanced", capsys=capsys)
    assert status == 1 and '--cflags "\'-Iunbalanced": No closing quotation' in err
    flags = f"-I{include} -include types.h -DNATURAL=u32"
    status, _, err = vmcsgen(*args, "--cflags", flags, capsys=capsys)
    assert status == 1 and "member 'guest_cr0' is 4 bytes, kvm_vmcs12 has 8" in err


def _irregular_names(layout: Layout, specs: SpecSet, tmp_path: Path) -> list[str]:
    """A mapping file for the members the naming convention gets wrong: fields under another
    name (KVM's host_ssp_tbl is HOST_INTR_SSP_TABLE), and members named like a field that
    are none in this layout (the eVMCS's cr3_target_value0)."""
    entries = [
        f"{m.name}: {m.field.name}"
        for m in layout.members
        if m.field is not None and m.name.upper() != m.field.name
    ]
    entries += [
        f"{m.name}: {m.kind.value}"
        for m in layout.members
        if m.field is None and m.name.upper() in specs.catalog.by_name
    ]
    if not entries:
        return []
    path = tmp_path / "names.yaml"
    path.write_text("# members the naming convention would take for fields\n" + "\n".join(entries))
    return ["--map", str(path)]


def test_import_round_trips_and_diffs_clean(
    layout: Layout, specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = write_header(tmp_path, vmcs12_like(layout))
    spec = tmp_path / f"{layout.name}_imported.yaml"
    status, out, err = vmcsgen(
        "import",
        str(header),
        "--struct",
        "vmcs12",
        "--layout",
        f"{layout.name}_imported",
        "--revision",
        hex(layout.revision),
        *_irregular_names(layout, specs, tmp_path),
        "-o",
        str(spec),
        capsys=capsys,
    )
    assert (status, err) == (0, ""), err
    assert out.splitlines()[-1] == f"wrote {spec}"
    reserved = [m.name for m in layout.members if m.kind is MemberKind.RESERVED]
    for name in reserved:
        assert re.search(rf"{header}:\d+:\d+: {name} \(offset", out), name
    diags = Diagnostics()
    imported = load_layout_file(spec, specs.catalog, diags)
    assert imported is not None and not diags.found
    assert [(m.name, m.offset, m.size, m.kind, m.field) for m in imported.members] == [
        (m.name, m.offset, m.size, m.kind, m.field) for m in layout.members
    ]
    assert imported.shadow_indicator == layout.shadow_indicator
    text = spec.read_text()
    assert f"struct vmcs12 in {header}, laid out by libclang" in " ".join(text.split())
    assert text.startswith(f"# struct vmcs12 from {header}: written by `vmcsgen import`")
    status, out, _ = vmcsgen("diff", layout.name, str(spec), capsys=capsys)
    if layout.clean_fields is None:
        assert (status, out.splitlines()) == (
            0,
            [f"{layout.name} → {spec}: identical (no findings)"],
        )
    else:  # a C struct has no clean-field groups: the one difference diff reports
        groups = len(layout.clean_fields.groups)
        assert status == 1 and "breaking: clean fields removed" in out.splitlines()[0]
        assert out.endswith(
            f": breaking: {groups + 2} breaking ({groups} mask, 1 clean fields, 1 group)\n"
        )
    status, out, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", str(spec), capsys=capsys
    )
    assert (status, err) == (0, ""), err


SHAPES = """\
#include <stdint.h>
typedef struct {
	uint32_t revision;
	uint32_t abort;
	uint8_t flags_a:3, flags_b:4;   /* one byte of bit-fields */
	uint64_t guest_rip;              /* 7 bytes of compiler padding before it */
	union {                          /* anonymous union: alternatives of one member */
		uint64_t guest_rsp;
		struct { uint32_t rsp_lo, rsp_hi; };
	};
	struct { uint16_t vpid; uint16_t pad; } tagged;   /* named member of unnamed type */
	uint32_t reserved_words[3];
	uint32_t vendor_cookie;
	uint16_t guest_es_selector;
	uint16_t exit_qual_hint;
	uint32_t : 0;
	uint8_t tail;
} hypervisor_vmcs;

struct __attribute__((packed)) packed_vmcs {
	uint32_t revision_id:31, shadow:1;
	uint8_t launched;
	uint64_t guest_rip;              /* at offset 5: not aligned, so not a field */
	uint16_t guest_cs_selector;
	uint8_t spare[3];
	uint64_t extension[];            /* flexible array member: no byte of the struct */
};
"""


def test_import_shapes(tmp_path: Path, specs: SpecSet, capsys: pytest.CaptureFixture[str]) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("exit_qual_hint: reserved\ntagged: VIRTUAL_PROCESSOR_ID\n")
    status, out, err = vmcsgen(
        "import", str(header), "--struct", "hypervisor_vmcs", "--layout", "demo",
        "--revision", "7", "--map", str(mapping), "-o", str(tmp_path / "x.yaml"), capsys=capsys,
    )  # fmt: skip
    assert status == 1, out
    assert f"{mapping}:2:1: error: tagged cannot be VIRTUAL_PROCESSOR_ID: it is " in err
    mapping.write_text("exit_qual_hint: reserved\nvendor_cookie: private\n")
    spec = tmp_path / "demo.yaml"
    assert not spec.exists()
    status, out, err = vmcsgen(
        "import", str(header), "--struct", "hypervisor_vmcs", "--layout", "demo",
        "--revision", "7", "--map", str(mapping), "-o", str(spec), capsys=capsys,
    )  # fmt: skip
    assert (status, err) == (0, ""), err
    diags = Diagnostics()
    layout = load_layout_file(spec, specs.catalog, diags)
    assert layout is not None and not diags.found
    rows = [
        (m.offset, m.name, m.kind.value, m.size, m.field and m.field.name, m.note)
        for m in layout.members
    ]
    assert rows == [
        (0, "revision", "header", 4, None, "uint32_t revision"),
        (4, "abort", "state", 4, None, "uint32_t abort"),
        (8, "flags_a_flags_b", "private", 1, None, "bit-fields flags_a:3, flags_b:4"),
        (9, "padding_at_9", "reserved", 7, None, "compiler padding"),
        (16, "guest_rip", "field", 8, "GUEST_RIP", ""),
        (24, "guest_rsp", "private", 8, None,
         "union of uint64_t guest_rsp, uint32_t rsp_lo, uint32_t rsp_hi"),
        (32, "tagged", "private", 4, None, "struct {...} tagged"),
        (36, "reserved_words", "reserved", 12, None, "uint32_t reserved_words[3]"),
        (48, "vendor_cookie", "private", 4, None, "uint32_t vendor_cookie"),
        (52, "guest_es_selector", "field", 2, "GUEST_ES_SELECTOR", ""),
        (54, "exit_qual_hint", "reserved", 2, None, "uint16_t exit_qual_hint"),
        (56, "tail", "private", 1, None, "uint8_t tail"),
        (57, "padding_at_57", "reserved", 7, None, "compiler padding"),
    ]  # fmt: skip
    assert layout.shadow_indicator is False
    listed = [line.split(": ", 1)[1].split(" (")[0] for line in out.splitlines()[:-2]]
    assert listed == ["flags_a_flags_b", "padding_at_9", "guest_rsp", "tagged", "reserved_words",
                      "tail", "padding_at_57"]  # fmt: skip
    status, out, err = vmcsgen(
        "check", str(header), "--struct", "hypervisor_vmcs", "--layout", str(spec), capsys=capsys
    )
    assert (status, err) == (0, ""), err


def test_import_packed_struct_to_stdout(
    tmp_path: Path, specs: SpecSet, capsys: pytest.CaptureFixture[str]
) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    status, out, err = vmcsgen(
        "import", str(header), "--struct", "packed_vmcs", "--layout", "packed",
        "--revision", "0x11e57ed0", capsys=capsys,
    )  # fmt: skip
    assert status == 0, err
    assert "guest_rip (offset 5, 8 bytes) -> private: named like GUEST_RIP, but its offset 5" in err
    assert "spare (offset 15, 3 bytes) -> reserved" in err
    assert "extension (uint64_t extension[]) holds no byte of the struct" in err
    assert out.startswith("# struct packed_vmcs from")
    spec = tmp_path / "packed.yaml"
    spec.write_text(out)
    diags = Diagnostics()
    layout = load_layout_file(spec, specs.catalog, diags)
    assert layout is not None and not diags.found
    assert layout.shadow_indicator is True
    assert [(m.offset, m.name, m.kind.value) for m in layout.members] == [
        (0, "revision_id_shadow", "header"),
        (4, "launched", "private"),
        (5, "guest_rip", "private"),
        (13, "guest_cs_selector", "private"),
        (15, "spare", "reserved"),
    ]


def test_mapping_file_errors_are_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "no_such_member: private\nvendor_cookie: NOT_A_FIELD\nguest_es_selector: GUEST_RIP\n"
        "reserved_words: state\ntail: [1]\n"
    )
    spec = tmp_path / "demo.yaml"
    status, _, err = vmcsgen(
        "import", str(header), "--struct", "hypervisor_vmcs", "--layout", "demo",
        "--revision", "7", "--map", str(mapping), "-o", str(spec), capsys=capsys,
    )  # fmt: skip
    assert status == 1
    assert not spec.exists()
    lines = [line for line in err.splitlines() if ": error: " in line]
    assert [line.split(": error: ")[0] for line in lines] == [
        f"{mapping}:{n}:{c}" for n, c in ((1, 1), (2, 1), (3, 1), (4, 1), (5, 7))
    ]


def test_units_of_a_struct(tmp_path: Path) -> None:
    """The front end itself: bit offsets, anonymous members flattened, holes, arrays."""
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    diags = Diagnostics()
    struct = parse_struct(header, "hypervisor_vmcs", (), diags)
    assert struct is not None and not diags.found
    assert struct.size == 64
    members = {m.name: m for m in struct.members}
    assert (members["flags_b"].bit_offset, members["flags_b"].bit_size) == (67, 4)
    assert members["rsp_hi"].bit_offset == 28 * 8  # inside the anonymous union
    assert members["reserved_words"].dimensions == (3,)
    assert members["guest_rip"].location.line == 6
    shapes = [(u.offset, u.shape) for u in struct.units]
    assert shapes[:6] == [
        (0, UnitShape.SCALAR),
        (4, UnitShape.SCALAR),
        (8, UnitShape.BITFIELDS),
        (9, UnitShape.HOLE),
        (16, UnitShape.SCALAR),
        (24, UnitShape.UNION),
    ]


LAYOUT_PROBE = """\
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "{header}"

/* Bit position and width of a bit-field, by setting all its bits in a zeroed struct. */
#define BITS(field) do {{ \\
	TYPE s; unsigned char *p = (unsigned char *)&s; size_t i, first = 0, n = 0; \\
	memset(&s, 0, sizeof(s)); s.field = -1; \\
	for (i = 0; i < 8 * sizeof(s); i++) \\
		if (p[i / 8] >> (i % 8) & 1) {{ if (!n++) first = i; }} \\
	printf("%s %zu %zu\\n", #field, first, n); \\
}} while (0)
#define BYTES(field) printf("%s %zu %zu\\n", #field, \\
	8 * offsetof(TYPE, field), 8 * sizeof(((TYPE *)0)->field))

int main(void)
{{
	printf("sizeof %zu\\n", sizeof(TYPE));
{probes}
	return 0;
}}
"""


def _gcc_agrees(header: Path, struct: str, type_name: str, toolchain: Toolchain) -> None:
    """libclang's size, offsets, sizes and bit positions are the ones gcc gives the struct."""
    diags = Diagnostics()
    parsed = parse_struct(header, struct, (), diags)
    assert parsed is not None and not diags.found
    named = [m for m in parsed.members if m.name and m.bit_size]
    probes = "\n".join(f"\t{'BITS' if m.bit_field else 'BYTES'}({m.name});" for m in named)
    source = header.parent / "probe.c"
    source.write_text(LAYOUT_PROBE.format(header=header, probes=probes))
    program = header.parent / "probe"
    built = subprocess.run(
        [toolchain.cc, "-std=gnu11", f"-DTYPE={type_name}", str(source), "-o", str(program)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    printed = subprocess.run([str(program)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in printed.splitlines()]
    assert rows[0] == ["sizeof", str(parsed.size)]
    assert rows[1:] == [[m.name, str(m.bit_offset), str(m.bit_size)] for m in named]


@pytest.mark.parametrize(
    ("struct", "type_name"),
    [("hypervisor_vmcs", "hypervisor_vmcs"), ("packed_vmcs", "struct packed_vmcs")],
)
def test_front_end_agrees_with_gcc(
    struct: str, type_name: str, tmp_path: Path, toolchain: Toolchain
) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    _gcc_agrees(header, struct, type_name, toolchain)


def test_front_end_agrees_with_gcc_on_vmcs12(
    layout: Layout, tmp_path: Path, toolchain: Toolchain
) -> None:
    header = write_header(tmp_path, vmcs12_like(layout))
    _gcc_agrees(header, "vmcs12", "struct vmcs12", toolchain)


def test_mapping_file_names_an_irregular_field(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    lines = member_lines(layout)
    index = [m.name for m in layout.members].index("guest_pml_index")
    lines[index] = "\tu16 pml_idx;"
    header = write_header(tmp_path, vmcs12_like(layout, lines))
    spec = tmp_path / "mine.yaml"
    base = ("import", str(header), "--struct", "vmcs12", "--layout", "mine", "--revision", "1")
    status, out, _ = vmcsgen(*base, "-o", str(spec), capsys=capsys)
    assert status == 0
    assert "pml_idx (offset 996, 2 bytes) -> private: no catalog field of that name" in out
    mapping = tmp_path / "names.yaml"
    mapping.write_text("pml_idx: GUEST_PML_INDEX\n")
    status, out, _ = vmcsgen(*base, "--map", str(mapping), "-o", str(spec), capsys=capsys)
    assert status == 0 and "pml_idx" not in out
    diags = Diagnostics()
    imported = load_layout_file(spec, specs.catalog, diags)
    assert imported is not None
    member = imported.members[index]
    assert (member.name, member.field and member.field.name) == ("pml_idx", "GUEST_PML_INDEX")
    check = ("check", str(header), "--struct", "vmcs12", "--layout")
    assert vmcsgen(*check, str(spec), capsys=capsys)[0] == 0
    status, _, err = vmcsgen(*check, "kvm_vmcs12", capsys=capsys)
    assert status == 1
    assert "struct vmcs12 has no member 'guest_pml_index'" in err
    assert "the struct has 'pml_idx' (u16 pml_idx) there" in err


def test_import_refuses_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    base = ("import", str(header), "--struct", "packed_vmcs")
    status, out, err = vmcsgen(*base, "--layout", "Bad-Name", "--revision", "1", capsys=capsys)
    assert (status, out) == (1, "")
    assert "--layout 'Bad-Name': a layout name is a lower-case identifier" in err
    status, out, err = vmcsgen(*base, "--layout", "ok", "--revision", "0x80000000", capsys=capsys)
    assert (status, out) == (1, "")
    assert "--revision 0x80000000: a revision id has at most 31 bits" in err


def test_compiler_padding_must_be_reserved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same struct without __packed: the compiler pads, and check says where."""
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    spec = tmp_path / "packed.yaml"
    base = ("import", str(header), "--struct", "packed_vmcs", "--layout", "packed")
    assert vmcsgen(*base, "--revision", "1", "-o", str(spec), capsys=capsys)[0] == 0
    header.write_text(
        SHAPES.replace("struct __attribute__((packed)) packed_vmcs", "struct packed_vmcs")
    )
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "packed_vmcs", "--layout", str(spec), capsys=capsys
    )
    assert status == 1
    assert (
        "compiler padding at offset 5 (3 bytes) is not reserved space of packed: packed has "
        "guest_rip (private 8-byte member) there" in err
    )
    assert "member 'guest_rip' is at offset 8, packed has it at offset 5" in err
    assert "struct packed_vmcs is 24 bytes, layout packed is 18" in err


def test_import_to_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    header = tmp_path / "shapes.h"
    header.write_text(SHAPES)
    target = tmp_path / "no" / "such" / "dir.yaml"
    status, out, err = vmcsgen(
        "import", str(header), "--struct", "packed_vmcs", "--layout", "p", "--revision", "1",
        "-o", str(target), capsys=capsys,
    )  # fmt: skip
    assert (status, out) == (1, "")
    assert f"cannot write {target}: No such file or directory" in err


def test_import_refuses_member_names_a_layout_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names as VirtualBox spells them are located at the header, not a bug in the output."""
    header = tmp_path / "camel.h"
    header.write_text(
        "struct camel_vmcs {\n\tunsigned int revision_id;\n\tunsigned int abort;\n"
        "\tunsigned long long u64GuestRip;\n\tunsigned int flagsA : 3, okFlag : 1;\n};\n"
    )
    spec = tmp_path / "camel.yaml"
    status, out, err = vmcsgen(
        "import", str(header), "--struct", "camel_vmcs", "--layout", "camel",
        "--revision", "1", "-o", str(spec), capsys=capsys,
    )  # fmt: skip
    assert (status, out, spec.exists()) == (1, "", False)
    errors = [line for line in err.splitlines() if ": error: " in line]
    assert [line.split(": error: ")[0] for line in errors] == [
        f"{header}:4:21",
        f"{header}:5:15",
        f"{header}:5:15",
    ]
    assert "member 'u64GuestRip' of struct camel_vmcs" in errors[0]
    assert "(a bug)" not in err
