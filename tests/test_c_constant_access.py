"""C read/write with a constant encoding (the compile-time path) agree with run-time ones."""

from __future__ import annotations

import platform
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import GENERATED, Toolchain

from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.layout_tables import encoded_accesses

# Well-formed and malformed encodings no bundled layout holds, as constants.
ABSENT = (0x00006FFF, 0x00001000, 0x00008000, 0xFFFFFFFF, 0x00000801)


def _program(layout: Layout) -> Iterator[str]:
    """Every encoding written and read once by constant and once through a volatile copy
    (never constant to the compiler), one small function per encoding; exit status 1 on
    the first disagreement."""
    name, prefix = layout.name, layout.name.upper()
    yield f'#include "{name}.h"'
    yield "#include <stdio.h>"
    yield ""
    yield f"static unsigned char by_constant[{layout.size}], at_run_time[{layout.size}];"
    yield ""
    yield "/* The run-time path, compiled once: encoding is never a constant here. */"
    yield "static __attribute__((noinline)) int"
    yield "runtime_write(void *vmcs, volatile uint32_t *encoding, uint64_t value)"
    yield "{"
    yield f"\treturn {name}_write(vmcs, *encoding, value);"
    yield "}"
    yield ""
    yield "static __attribute__((noinline)) int"
    yield "runtime_read(const void *vmcs, volatile uint32_t *encoding, uint64_t *value)"
    yield "{"
    yield f"\treturn {name}_read(vmcs, *encoding, value);"
    yield "}"
    yield ""
    yield "static int agree(const char *what, uint32_t encoding, int a, int b, int same)"
    yield "{"
    yield "\tif (a == b && same)"
    yield "\t\treturn 0;"
    yield '\tfprintf(stderr, "%s %#x: %d, %d\\n", what, (unsigned)encoding, a, b);'
    yield "\treturn 1;"
    yield "}"
    encodings = [f"{prefix}_ENC_{a.name}" for a in encoded_accesses(layout)]
    encodings += [f"0x{e:08x}u" for e in ABSENT]
    for seed, constant in enumerate(encodings, 1):
        value = f"0x{seed * 0x9E3779B97F4A7C15 % 2**64:016x}ull"
        yield ""
        yield f"static int check_{seed}(void)"
        yield "{"
        yield f"\tvolatile uint32_t encoding = {constant};"
        yield "\tuint64_t a = 0, b = 0;"
        yield f"\tint ra = {name}_write(by_constant, {constant}, {value});"
        yield f"\tint rb = runtime_write(at_run_time, &encoding, {value});"
        yield ""
        yield '\tif (agree("write", encoding, ra, rb, !memcmp(by_constant, at_run_time, '
        yield f"\t\t\t{layout.size})))"
        yield "\t\treturn 1;"
        yield f"\tra = {name}_read(by_constant, {constant}, &a);"
        yield "\trb = runtime_read(by_constant, &encoding, &b);"
        yield '\treturn agree("read", encoding, ra, rb, a == b);'
        yield "}"
    yield ""
    yield "int main(void)"
    yield "{"
    yield "\treturn " + " | ".join(f"check_{n}()" for n in range(1, len(encodings) + 1)) + ";"
    yield "}"


def test_constant_and_runtime_encodings_agree(
    specs: SpecSet, toolchain: Toolchain, tmp_path: Path
) -> None:
    """Built at -O2, where __builtin_constant_p sees the constants (at -O0 every call takes
    the run-time path, which the layout driver tests already cover)."""
    builds = {}
    for layout in specs.layouts:
        source = tmp_path / f"constant_{layout.name}.c"
        source.write_text("\n".join(_program(layout)) + "\n")
        binary = tmp_path / f"constant_{layout.name}"
        command = [toolchain.cc, "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic"]
        command += [f"-I{GENERATED / 'c'}", str(source), "-o", str(binary)]
        builds[binary] = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    for binary, build in builds.items():
        _, errors = build.communicate()
        assert build.returncode == 0, errors
        ran = subprocess.run([str(binary)], capture_output=True, text=True)
        assert ran.returncode == 0, (binary.name, ran.stderr)


def test_constant_read_compiles_to_a_load_at_the_fixed_offset(
    specs: SpecSet, toolchain: Toolchain, tmp_path: Path
) -> None:
    """At -O2 a constant-encoding read is one load from the member's offset: no table."""
    if platform.machine() != "x86_64":
        pytest.skip("the listing is checked for x86-64 addressing")
    layout = specs.by_name["kvm_vmcs12"]
    rip = next(m for m in layout.fields if m.field and m.field.name == "GUEST_RIP")
    source = tmp_path / "rip.c"
    source.write_text(
        '#include "kvm_vmcs12.h"\n'
        "int read_rip(const void *vmcs, uint64_t *value)\n"
        "{\n\treturn kvm_vmcs12_read(vmcs, KVM_VMCS12_ENC_GUEST_RIP, value);\n}\n"
    )
    listing = subprocess.run(
        [toolchain.cc, "-std=c11", "-O2", f"-I{GENERATED / 'c'}", "-S", "-o", "-", str(source)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    body = listing.split("read_rip:", 1)[1].split(".cfi_endproc", 1)[0]
    assert f"{rip.offset}(%rdi)" in body, body
    assert "offsets" not in body and "call" not in body, body
