"""vmcsgen check / import as a new user meets them: compiler flags as typed, layout names
that clash, padding of any name, errors outside the struct, inputs that never end, structs
too large for a VMCS."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SPECS, import_or_missing
from test_c_struct import KERNEL_TYPES, errors, member_lines, vmcs12_like, vmcsgen, write_header

from vmcsgen.cli import main
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.c_struct import parse_struct

import_or_missing("clang.cindex", "libclang (the PyPI wheel) is a test dependency")


@pytest.mark.parametrize(
    "flags",
    [
        ["--cflags", "-I{inc}", "--cflags", "-DNATURAL=u64"],
        ["--cflags=-I{inc}", "--cflags=-DNATURAL=u64"],
        ["--cflags", "-I{inc} -DNATURAL=u64"],
        ["--", "-I{inc}", "-DNATURAL=u64"],
        ["--cflags", "-I{inc}", "--", "-DNATURAL=u64"],
    ],
)
def test_cflags_as_a_user_types_them(
    flags: list[str], specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Values starting with `-`, several --cflags (appended in order), flags after `--`."""
    include = tmp_path / "inc"
    include.mkdir()
    (include / "kernel_types.h").write_text(
        KERNEL_TYPES.replace("typedef u64 natural_width;", "typedef NATURAL natural_width;")
    )
    header = tmp_path / "vmcs12.h"
    header.write_text(vmcs12_like(specs.by_name["kvm_vmcs12"]))
    args = [a.format(inc=include) for a in flags]
    base = ["check", "--specs", str(SPECS), str(header), "--struct", "vmcs12"]
    status = main([*base, "--layout", "kvm_vmcs12", *args])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "") and "identical" in out
    # In order: the later -D of the same macro wins, as with a compiler (u32 would fail).
    first = ["--cflags", "-DNATURAL=u32 -Wno-macro-redefined"]
    status = main([*base, "--layout", "kvm_vmcs12", *first, *args])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "") and "identical" in out


def test_cflags_value_with_a_dash_from_a_shell(specs: SpecSet, tmp_path: Path) -> None:
    (tmp_path / "inc").mkdir()
    moved = tmp_path / "vmcs12.h"
    write_header(tmp_path / "inc", vmcs12_like(specs.by_name["kvm_vmcs12"])).rename(moved)
    command = [sys.executable, "-m", "vmcsgen", "check", str(moved), "--struct", "vmcs12"]
    result = subprocess.run(
        [*command, "--layout", "kvm_vmcs12", "--cflags", f"-I{tmp_path / 'inc'}"],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    refused = subprocess.run(
        [*command, "--layout", "kvm_vmcs12", "--cflags"], cwd=tmp_path, capture_output=True,
        text=True,
    )  # fmt: skip
    assert refused.returncode == 2 and "--cflags: expected one argument" in refused.stderr


def test_import_refuses_a_layout_name_of_the_spec_set(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = write_header(tmp_path, vmcs12_like(specs.by_name["kvm_vmcs12"]))
    spec = tmp_path / "dup.yaml"
    base = ("import", str(header), "--struct", "vmcs12", "--revision", "0x11e57ed0")
    status, out, err = vmcsgen(*base, "--layout", "kvm_vmcs12", "-o", str(spec), capsys=capsys)
    assert (status, out, spec.exists()) == (1, "", False)
    existing = specs.by_name["kvm_vmcs12"].path
    assert err == (
        "vmcsgen: error: --layout 'kvm_vmcs12': the spec set already has layout kvm_vmcs12 "
        f"({existing}); choose another name\n"
    )


def test_check_against_a_file_whose_layout_name_clashes(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file's layout is the one checked, and a note names the namesake."""
    mini = tmp_path / "mini.h"
    mini.write_text("struct mini { unsigned int revision; unsigned int abort; };\n")
    dup = tmp_path / "dup.yaml"
    status, _, err = vmcsgen(
        "import", str(mini), "--struct", "mini", "--layout", "mine", "--revision", "1",
        "-o", str(dup), capsys=capsys,
    )  # fmt: skip
    assert status == 0, err
    dup.write_text(dup.read_text().replace("layout: mine", "layout: kvm_vmcs12"))
    status, out, err = vmcsgen(
        "check", str(mini), "--struct", "mini", "--layout", str(dup), capsys=capsys
    )
    existing = specs.by_name["kvm_vmcs12"].path
    assert status == 0
    assert err == (
        f"{dup}: note: its layout kvm_vmcs12 is also a layout of the spec set ({existing}); "
        f"checking against {dup}\n"
    )
    assert out.startswith(f"struct mini ({mini}) vs layout kvm_vmcs12 ({dup}): identical: 2 ")


def test_reserved_space_is_matched_by_bytes_not_names(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Padding of any name, split or merged, is reserved space where the layout reserves it;
    a member named like a catalog field there is data the layout lacks."""
    layout = specs.by_name["kvm_vmcs12"]
    names = [m.name for m in layout.members]
    lines = member_lines(layout)
    lines[names.index("padding")] = "\tu32 filler_a[3];\n\tu8 spare[16];"
    lines[names.index("padding64")] = "\tu64 whatever;"
    lines[names.index("padding32")] = "\tu32 hv_padding_32;\n\tu8 tail[24];"
    header = write_header(tmp_path, vmcs12_like(layout, lines))
    check = ("check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12")
    status, out, err = vmcsgen(*check, capsys=capsys)
    assert (status, err) == (0, ""), err
    assert f"identical: {len(layout.members)} members" in out
    lines[names.index("padding64")] = "\tu64 pid_pointer_table;"
    header = write_header(tmp_path, vmcs12_like(layout, lines))
    status, _, err = vmcsgen(*check, capsys=capsys)
    assert status == 1
    assert [m for _, m in errors(err)] == [
        "member 'pid_pointer_table' (u64 pid_pointer_table, offset 336, 8 bytes) is not in "
        "layout kvm_vmcs12, which reserves those bytes (padding64)"
    ]


OUTSIDE_ERRORS = """\
typedef unsigned int u32;
typedef unsigned long long u64;
static inline int unrelated(void) { return not_declared_here; }
struct hdr { u32 revision; };
struct mini { struct hdr hdr; u32 abort; };
"""


def test_errors_outside_the_struct_are_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = tmp_path / "mini.h"
    header.write_text(OUTSIDE_ERRORS)
    spec = tmp_path / "mini.yaml"
    base = ("--struct", "mini")
    status, out, err = vmcsgen(
        "import", str(header), *base, "--layout", "mini", "--revision", "1", "-o", str(spec),
        capsys=capsys,
    )  # fmt: skip
    assert status == 0, err
    status, out, err = vmcsgen("check", str(header), *base, "--layout", str(spec), capsys=capsys)
    assert status == 0 and "identical: 2 members, 8 bytes" in out
    assert err == (
        f"{header}:3:44: note: use of undeclared identifier 'not_declared_here'\n"
        f"{header}: note: 1 compiler errors outside struct mini and the types it uses "
        "(listed above): the struct was still read\n"
    )
    # An error in a type the struct uses (here a typedef, then a member record) still fails.
    for broken in ("typedef NATURAL u32;", "struct hdr { u32 revision; BAD b; };"):
        text = OUTSIDE_ERRORS.replace(
            "typedef unsigned int u32;" if "NATURAL" in broken else "struct hdr { u32 revision; };",
            broken,
        )
        header.write_text(text)
        status, out, err = vmcsgen(
            "check", str(header), *base, "--layout", str(spec), capsys=capsys
        )
        assert (status, out) == (1, ""), broken
        assert ": error: unknown type name" in err and ": note: " not in err


def _limits(*extra: str) -> tuple[str, ...]:
    return ("--parse-seconds", "3", "--parse-memory", "256", *extra)


@pytest.mark.parametrize(
    ("text", "flags", "limit"),
    [
        ('#include "/dev/zero"\n', (), "more than 256 MiB"),
        ("\n", ("--cflags", "-include /dev/zero"), "more than 256 MiB"),
        ('#include "fifo.h"\n', (), "longer than 3 s"),
    ],
    ids=["include-dev-zero", "forced-dev-zero", "fifo"],
)
def test_a_parse_that_never_ends_is_stopped(
    text: str,
    flags: tuple[str, ...],
    limit: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    os.mkfifo(tmp_path / "fifo.h")
    header = tmp_path / "endless.h"
    header.write_text(text + "struct s { int a; };\n")
    start = time.monotonic()
    status, out, err = vmcsgen(
        "check", str(header), "--struct", "s", "--layout", "kvm_vmcs12", *_limits(*flags),
        capsys=capsys,
    )  # fmt: skip
    assert time.monotonic() - start < 60  # not a timing claim: the unbounded parse never ends
    assert (status, out) == (1, "")
    assert err.startswith(f"{header}:1:1: error: parsing took {limit} (")
    assert err.endswith("1 error; nothing written\n")


def test_a_macro_bomb_is_stopped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each macro expands to two of the one before: 2^26 tokens."""
    bomb = ["#define A0 x", *(f"#define A{i} A{i - 1} A{i - 1}" for i in range(1, 27))]
    header = tmp_path / "bomb.h"
    header.write_text("\n".join([*bomb, "int y = A26;", "struct s { int a; };", ""]))
    status, _, err = vmcsgen(
        "import", str(header), "--struct", "s", "--layout", "bomb", "--revision", "1",
        *_limits(), capsys=capsys,
    )  # fmt: skip
    assert status == 1
    assert re.match(rf"{header}:1:1: error: parsing took (longer than 3 s|more than 256 MiB)", err)


def test_structs_larger_than_a_region_are_refused_before_members_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """libclang's field offset costs time in the number of siblings; a struct that cannot be
    a VMCS has none read (work counted, not timed)."""
    cindex = pytest.importorskip("clang.cindex")
    reads: list[str] = []
    offset_of = cindex.Cursor.get_field_offsetof

    def counted(cursor: object) -> int:
        reads.append("offset")
        return int(offset_of(cursor))

    monkeypatch.setattr(cindex.Cursor, "get_field_offsetof", counted)
    header = tmp_path / "big.h"
    header.write_text(
        "struct big {\n" + "".join(f"\tunsigned long long m{i};\n" for i in range(8192)) + "};\n"
    )
    diags = Diagnostics()
    assert parse_struct(header, "big", (), diags, max_size=4096) is None
    assert [str(d) for d in diags.found] == [
        f"{header}:1:8: error: struct big is 65536 bytes, more than a VMCS region (4096 bytes)"
    ]
    assert reads == []
    struct = parse_struct(header, "big", (), Diagnostics())
    assert struct is not None and len(reads) == len(struct.members) == 8192
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "big", "--layout", "kvm_vmcs12", capsys=capsys
    )
    assert status == 1 and "struct big is 65536 bytes, more than a VMCS region" in err
    # 4 KiB of one-bit bit-fields, in a nested struct: the size fits, the member count does not.
    bits = "".join(f"\t\tunsigned int b{i}:1;\n" for i in range(4 * 4096))
    header.write_text(f"struct big {{\n\tstruct {{\n{bits}\t}} flags;\n}};\n")
    reads.clear()
    diags = Diagnostics()
    assert parse_struct(header, "big", (), diags, max_size=4096) is None
    assert [d.message for d in diags.found] == [
        "struct big declares more than 4096 members (bit-fields and nested members included), "
        "more than a VMCS region has bytes"
    ]
    assert reads == []


def test_data_in_reserved_space_is_named_whatever_its_name(
    specs: SpecSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 6.18 struct vmcs12 against 6.17's layout: the six CET members sit in 6.17's
    paddingl, and each is data (host_ssp_tbl is no catalog field's name, but a member's)."""
    header = write_header(tmp_path, vmcs12_like(specs.by_name["kvm_vmcs12"]))
    status, _, err = vmcsgen(
        "check", str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12_v6_17", capsys=capsys
    )
    assert status == 1
    found = [re.match(r"member '(\w+)' .* which reserves those bytes \(paddingl\)$", m)
             for _, m in errors(err)]  # fmt: skip
    assert [match.group(1) if match else None for match in found] == [
        "host_s_cet", "host_ssp", "host_ssp_tbl", "guest_s_cet", "guest_ssp", "guest_ssp_tbl"
    ]  # fmt: skip
