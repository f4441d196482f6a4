"""The bits spec against Linux's own definitions, and every output made from it: the C
header (both flavours, gcc and clang, C and C++), the Python enums, the layout `_flags`
views, the decode API, `vmcsgen field`, and KVM's shadow-field list."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import bits_facts as linux
import pytest
from conftest import GENERATED, ROOT, Toolchain

from vmcsgen.export.bits import render_c
from vmcsgen.export.c_flavour import KERNEL, USER
from vmcsgen.model.bits import BitFormat
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.bit_decode import NoBitsError, decode_field

# Names the spec gives to register-state masks Linux has no macro for (their positions are
# the SDM's, Vol. 3C 26.3.1).
NAMES_WITHOUT_LINUX_MACRO = {
    "SEGMENT_INDEX_MASK",
    "VMX_AR_AVL_MASK",
    "VMX_AR_DPL_MASK",
    "VMX_AR_V8086",
    "RFLAGS_VMENTRY_RESERVED_ZERO",
    "DR7_UPPER_RESERVED",
    "BNDCFGS_BASE_MASK",
    "PENDING_DBG_BS",
    "PENDING_DBG_ENABLED_BP",
    "PENDING_DBG_RTM",
    "PENDING_DBG_BREAKPOINTS",
    "PENDING_DBG_RESERVED",
    *linux.KVM_INTERNAL_NAMES,
}

# Names the spec gives to bits Linux knows only as union vmx_exit_reason members, with the
# member each one stands for.
DERIVED_EXIT_REASON_NAMES = {
    "VMX_EXIT_REASONS_BUS_LOCK_DETECTED": "bus_lock_detected",
    "VMX_EXIT_REASONS_SMI_PENDING_MTF": "smi_pending_mtf",
    "VMX_EXIT_REASONS_SMI_FROM_VMX_ROOT": "smi_from_vmx_root",
}


def linux_definitions() -> dict[str, dict[str, int]]:
    """field -> Linux macro -> its value, resolved from the witness table alone."""
    table: dict[str, dict[str, int]] = {}
    for field, macros in linux.CONTROL_BIT_MACROS.items():
        table[field] = {}
        for macro, feature in macros.items():
            word, bit = linux.VMX_FEATURE[feature]
            table[field][macro] = 1 << ((word * 32 + bit) & 0x1F)  # VMCS_CONTROL_BIT()
    for field, literals in linux.LITERAL_MACROS.items():
        table.setdefault(field, {}).update(literals)
    for field, positions in linux.REGISTER_BITS.items():
        table.setdefault(field, {}).update({name: 1 << bit for name, bit in positions.items()})
    for field, literals in linux.REGISTER_LITERALS.items():
        table.setdefault(field, {}).update(literals)
    table["VM_EXIT_INTR_INFO"].update(
        {name: linux.EVENT_TYPE[event] << 8 for name, event in linux.INTR_TYPE.items()}
    )
    table["VM_EXIT_REASON"].update(
        {f"EXIT_REASON_{name}": value for name, value in linux.EXIT_REASON.items()}
    )
    return table


def spec_definitions(fmt: BitFormat) -> dict[str, int]:
    """Every name of a format -> its value as it sits in the field."""
    named = {f.name: f.mask for f in fmt.flags}
    for r in fmt.ranges:
        named[r.name] = r.mask
        named.update({v.name: v.value << r.low for v in r.values})
    named.update({v.name: v.value for v in fmt.values})
    named.update({c.name: c.value for c in fmt.constants})
    return named


def test_every_linux_definition_is_in_the_spec_at_its_position(specs: SpecSet) -> None:
    for field, expected in linux_definitions().items():
        fmt = specs.field_bits(field)
        assert fmt is not None, f"{field} has no bits in the spec"
        actual = spec_definitions(fmt)
        for name, value in expected.items():
            assert actual.get(name) == value, f"{field}: {name} is {actual.get(name)}, not {value}"


def test_spec_names_beyond_linux_macros_are_the_union_members(specs: SpecSet) -> None:
    known = {name for names in linux_definitions().values() for name in names}
    extra = {
        name
        for fmt in specs.bits.formats  # type: ignore[union-attr]
        for name in spec_definitions(fmt)
        if name not in known
    }
    assert extra == {
        *DERIVED_EXIT_REASON_NAMES,
        "VMX_EXIT_REASONS_BASIC_MASK",
        *NAMES_WITHOUT_LINUX_MACRO,
    }
    reason = specs.field_bits("VM_EXIT_REASON")
    assert reason is not None
    flags = {f.name: f.bit for f in reason.flags}
    for name, member in DERIVED_EXIT_REASON_NAMES.items():
        assert flags[name] == linux.VMX_EXIT_REASON_UNION[member]
    assert flags["VMX_EXIT_REASONS_FAILED_VMENTRY"] == linux.VMX_EXIT_REASON_UNION["failed_vmentry"]
    assert flags["VMX_EXIT_REASONS_SGX_ENCLAVE_MODE"] == linux.VMX_EXIT_REASON_UNION["enclave_mode"]
    (basic,) = reason.ranges
    assert (basic.high, basic.low) == (15, 0)  # union vmx_exit_reason: u32 basic : 16


def test_kvm_internal_names_have_kvm_s_values(specs: SpecSet) -> None:
    for name, (kvm_name, value) in linux.KVM_INTERNAL_NAMES.items():
        fmt = next(f for f in specs.bits.formats if name in spec_definitions(f))  # type: ignore[union-attr]
        assert spec_definitions(fmt)[name] == value, kvm_name


def test_counts(specs: SpecSet) -> None:
    bits = specs.bits
    assert bits is not None
    flags = {fmt.name: len(fmt.flags) for fmt in bits.formats}
    assert flags == {
        "pin_based_controls": 5,
        "primary_processor_controls": 22,
        "secondary_processor_controls": 27,
        "tertiary_processor_controls": 1,
        "vm_exit_controls": 14,
        "vm_entry_controls": 11,
        "exit_reason": 5,
        "interruptibility_state": 5,
        "activity_state": 0,
        "interruption_info": 3,
        "ept_pointer": 1,
        "vm_function_controls": 1,
        "cr0": 11,
        "cr4": 22,
        "efer": 8,
        "rflags": 17,
        "dr7": 3,
        "debugctl": 12,
        "bndcfgs": 0,
        "segment_selector": 1,
        "segment_access_rights": 7,
        "pending_debug_exceptions": 3,
        "cet_supervisor": 2,
    }
    reason = specs.field_bits("VM_EXIT_REASON")
    assert reason is not None and len(reason.ranges[0].values) == len(linux.EXIT_REASON) == 67


def test_interruption_info_describes_all_three_fields(specs: SpecSet) -> None:
    formats = {
        specs.field_bits(f) for f in ("VM_ENTRY_INTR_INFO_FIELD", "IDT_VECTORING_INFO_FIELD")
    }
    assert formats == {specs.field_bits("VM_EXIT_INTR_INFO")}


def _assert_program(names: dict[str, int], prefix: str) -> str:
    lines = [
        '#include "vmcs_bits.h"',
        "#ifdef __cplusplus",
        "#define CHECK(expr, msg) static_assert(expr, msg)",
        "#else",
        "#define CHECK(expr, msg) _Static_assert(expr, msg)",
        "#endif",
    ]
    for name, value in sorted(names.items()):
        lines.append(f'CHECK({prefix}{name} == {value:#x}ull, "{name}");')
    lines.append("int main(void) { return 0; }")
    return "\n".join(lines) + "\n"


def _all_linux_names() -> dict[str, int]:
    return {name: value for names in linux_definitions().values() for name, value in names.items()}


@pytest.mark.parametrize("language", ["c11", "c++17"])
@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_user_header_has_linux_values(
    language: str, compiler: str, toolchain: Toolchain, tmp_path: Path
) -> None:
    cxx = language.startswith("c++")
    source = tmp_path / ("check.cc" if cxx else "check.c")
    source.write_text(_assert_program(_all_linux_names(), USER.name_prefix))
    toolchain.family(compiler).compile(
        source, tmp_path / "check", includes=[GENERATED / "c"], cxx=cxx, std=language
    )


def test_user_header_static_assert_fails_on_a_wrong_value(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    """The check above can fail: one wrong expected value and the compile breaks."""
    source = tmp_path / "wrong.c"
    source.write_text(_assert_program({"CPU_BASED_HLT_EXITING": 1 << 8}, USER.name_prefix))
    with pytest.raises(AssertionError, match="CPU_BASED_HLT_EXITING"):
        toolchain.compile(source, tmp_path / "wrong", includes=[GENERATED / "c"])


@pytest.mark.parametrize("compiler", ["gcc", "clang"])
def test_kernel_header_has_linux_names_and_values(
    specs: SpecSet, compiler: str, toolchain: Toolchain, tmp_path: Path
) -> None:
    assert specs.bits is not None
    text = render_c(specs, specs.bits, KERNEL, spdx="GPL-2.0-only")
    assert "#include <linux/bits.h>" in text and "stdint" not in text
    defines = dict(re.findall(r"^#define (\w+)\t+(.+)$", text, re.MULTILINE))
    assert defines["TERTIARY_EXEC_IPI_VIRT"] == "BIT_ULL(4)"
    assert defines["CPU_BASED_ACTIVATE_SECONDARY_CONTROLS"] == "BIT(31)"
    assert defines["INTR_TYPE_NMI_INTR"] == "(2 << 8)"
    assert defines["VMX_EXIT_REASONS_BASIC_MASK"] == "GENMASK(15, 0)"
    (tmp_path / "vmcs_bits.h").write_text(text)
    source = tmp_path / "check.c"
    source.write_text(_assert_program(_all_linux_names(), ""))
    stubs = ROOT / "tests" / "c" / "kernel_stubs"
    toolchain.family(compiler).compile(source, tmp_path / "check", includes=[tmp_path, stubs])


@pytest.fixture(scope="module")
def vmcs_bits(generated_python: Path) -> Any:
    import vmcs_bits

    return vmcs_bits


def test_python_enums_have_linux_values(vmcs_bits: Any) -> None:
    for field, names in linux_definitions().items():
        flags = vmcs_bits.FLAGS.get(field)
        values = vmcs_bits.VALUES.get(field)
        ranges = {r.name: r for r in vmcs_bits.RANGES.get(field, ())}
        for name, expected in names.items():
            if hasattr(vmcs_bits, name):  # a mask that is no flag, range or value
                assert getattr(vmcs_bits, name) == expected, name
            elif flags is not None and name in flags.__members__:
                assert flags[name] == expected, name
            elif values is not None:
                assert values[name] == expected, name
            elif name in ranges:
                assert ranges[name].mask == expected, name
            else:
                (owner,) = [r for r in ranges.values() if r.values and name in r.values.__members__]
                assert owner.values[name] << owner.low == expected, name


def test_python_flags_keep_unnamed_bits(vmcs_bits: Any) -> None:
    always_on = 0x16  # PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR: reserved bits 1, 2, 4
    value = always_on | 0x1 | 0x8
    flags = vmcs_bits.PinBasedControls(value)
    assert int(flags) == value
    assert vmcs_bits.PinBasedControls.PIN_BASED_NMI_EXITING in flags
    assert vmcs_bits.unknown_bits("PIN_BASED_VM_EXEC_CONTROL", value) == always_on
    assert vmcs_bits.BasicExitReason(48) is vmcs_bits.BasicExitReason.EXIT_REASON_EPT_VIOLATION


# What print() of the running L2's pin-based controls shows: named bits in bit order, then
# the always-on bits no flag names as one hex number.
PIN_BASED_SHOWN = "PIN_BASED_EXT_INTR_MASK|PIN_BASED_NMI_EXITING|PIN_BASED_VIRTUAL_NMIS|0x16"
_SHOW_FLAGS = (
    "import vmcs_bits as b; p = b.PinBasedControls(0x16 | 0x1 | 0x8 | 0x20); "
    "print(p); print(f'{p}|{p:#x}|{b.PinBasedControls(0)}|{b.PinBasedControls(0x100000)}')"
)


def test_python_flags_print_their_names_on_every_python(vmcs_bits: Any) -> None:
    """IntFlag's str() became the integer in Python 3.11: the generated classes name bits
    themselves, the same under every interpreter found (the one running the tests at least)."""
    flags = vmcs_bits.PinBasedControls(0x16 | 0x1 | 0x8 | 0x20)
    assert str(flags) == f"{flags}" == PIN_BASED_SHOWN
    assert f"{flags:#x}" == "0x3f" and int(flags) == 0x3F
    assert str(vmcs_bits.PinBasedControls(0)) == "0"
    expected = f"{PIN_BASED_SHOWN}\n{PIN_BASED_SHOWN}|0x3f|0|0x100000\n"
    interpreters = {sys.executable}
    for minor in range(10, 14):
        found = shutil.which(f"python3.{minor}")
        works = found and subprocess.run([found, "-c", ""], capture_output=True).returncode == 0
        if works:
            interpreters.add(found)
    for interpreter in sorted(interpreters):
        shown = subprocess.run(
            [interpreter, "-c", _SHOW_FLAGS],
            cwd=GENERATED / "python",
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert shown == expected, interpreter


def _running_l2(layout_module: Any) -> Any:
    """A vmcs12 as KVM holds it while a 64-bit L2 runs and has just taken an EPT violation
    while delivering a page fault."""
    vmcs = layout_module("kvm_vmcs12").KvmVmcs12.new()
    vmcs.vmcs_link_pointer = 0xFFFF_FFFF_FFFF_FFFF
    vmcs.guest_cr0 = 0x8000_0031  # PG | NE | ET | PE
    vmcs.guest_cr4 = 0x2020  # VMXE | PAE
    vmcs.guest_cs_ar_bytes = 0xA09B  # present, 64-bit code
    vmcs.guest_rip = 0xFFFF_FFFF_8100_0000
    vmcs.pin_based_vm_exec_control = 0x16 | 0x1 | 0x8 | 0x20
    vmcs.cpu_based_vm_exec_control = 0x0401_E172 | (1 << 7) | (1 << 28) | (1 << 31)
    vmcs.secondary_vm_exec_control = (1 << 1) | (1 << 5) | (1 << 7)
    vmcs.vm_exit_controls = 0x36DFF | (1 << 9) | (1 << 15)
    vmcs.vm_entry_controls = 0x11FF | (1 << 9)
    vmcs.vm_exit_reason = 48
    vmcs.idt_vectoring_info_field = 0x8000_0B0E  # valid, error code, hardware #PF
    vmcs.guest_activity_state = 0
    return vmcs


def test_layout_flags_views_on_a_running_l2(layout_module: Any, vmcs_bits: Any) -> None:
    vmcs = _running_l2(layout_module)
    primary = vmcs.cpu_based_vm_exec_control_flags
    assert isinstance(primary, vmcs_bits.PrimaryProcessorControls)
    assert primary & vmcs_bits.PrimaryProcessorControls.CPU_BASED_ACTIVATE_SECONDARY_CONTROLS
    assert primary & vmcs_bits.PrimaryProcessorControls.CPU_BASED_HLT_EXITING
    assert not primary & vmcs_bits.PrimaryProcessorControls.CPU_BASED_ACTIVATE_TERTIARY_CONTROLS
    secondary = vmcs.secondary_vm_exec_control_flags
    assert secondary == (
        vmcs_bits.SecondaryProcessorControls.SECONDARY_EXEC_ENABLE_EPT
        | vmcs_bits.SecondaryProcessorControls.SECONDARY_EXEC_ENABLE_VPID
        | vmcs_bits.SecondaryProcessorControls.SECONDARY_EXEC_UNRESTRICTED_GUEST
    )
    assert vmcs.vm_entry_controls_flags & vmcs_bits.VmEntryControls.VM_ENTRY_IA32E_MODE
    assert int(vmcs.vm_exit_reason_flags) == 48  # no flag set: the number is the basic reason
    idt = vmcs.idt_vectoring_info_field_flags
    assert idt & vmcs_bits.InterruptionInfo.INTR_INFO_VALID_MASK
    assert idt & vmcs_bits.InterruptionInfo.INTR_INFO_DELIVER_CODE_MASK


def test_decode_field_names_a_running_l2(specs: SpecSet, layout_module: Any) -> None:
    vmcs = _running_l2(layout_module)
    reason = decode_field(specs, "VM_EXIT_REASON", vmcs.vm_exit_reason)
    assert reason.names == ("EXIT_REASON_EPT_VIOLATION",) and reason.unknown_bits == 0
    idt = decode_field(specs, "IDT_VECTORING_INFO_FIELD", vmcs.idt_vectoring_info_field)
    assert idt.names == (
        "INTR_INFO_DELIVER_CODE_MASK",
        "INTR_INFO_VALID_MASK",
        "INTR_TYPE_HARD_EXCEPTION",
    )
    vector = next(r for r in idt.ranges if r.range.name == "INTR_INFO_VECTOR_MASK")
    assert (vector.raw, vector.value) == (14, None)
    assert idt.describe() == (
        "INTR_INFO_DELIVER_CODE_MASK | INTR_INFO_VALID_MASK | INTR_INFO_VECTOR_MASK=0xe | "
        "INTR_TYPE_HARD_EXCEPTION"
    )
    pin = decode_field(specs, "PIN_BASED_VM_EXEC_CONTROL", vmcs.pin_based_vm_exec_control)
    assert pin.names == (
        "PIN_BASED_EXT_INTR_MASK",
        "PIN_BASED_NMI_EXITING",
        "PIN_BASED_VIRTUAL_NMIS",
    )
    assert pin.unknown_bits == 0x16
    activity = decode_field(specs, "GUEST_ACTIVITY_STATE", vmcs.guest_activity_state)
    assert activity.names == ("GUEST_ACTIVITY_ACTIVE",)


def test_decode_field_keeps_what_has_no_name(specs: SpecSet) -> None:
    failed = decode_field(specs, "VM_EXIT_REASON", 0x8000_0000 | 33)
    assert failed.names == ("VMX_EXIT_REASONS_FAILED_VMENTRY", "EXIT_REASON_INVALID_STATE")
    unnamed = decode_field(specs, "VM_EXIT_REASON", 0x4000_0000 | 5)  # reserved bit 30, no reason 5
    assert unnamed.names == () and unnamed.unknown_bits == 0x4000_0000
    assert unnamed.ranges[0].raw == 5
    assert unnamed.describe() == "VMX_EXIT_REASONS_BASIC_MASK=0x5 | unknown bits 0x40000000"
    odd = decode_field(specs, "GUEST_ACTIVITY_STATE", 7)
    assert odd.whole is None and odd.describe() == "unnamed value 0x7"
    tertiary = decode_field(specs, "TERTIARY_VM_EXEC_CONTROL", (1 << 63) | (1 << 4))
    assert tertiary.names == ("TERTIARY_EXEC_IPI_VIRT",) and tertiary.unknown_bits == 1 << 63
    with pytest.raises(ValueError, match="does not fit in 32 bits"):
        decode_field(specs, "VM_EXIT_REASON", 1 << 32)
    with pytest.raises(NoBitsError):
        decode_field(specs, "GUEST_RIP", 0)


def _vmcsgen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_field_command_json(specs: SpecSet) -> None:
    result = _vmcsgen("field", "VM_EXIT_REASON", "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {
        "name",
        "encoding",
        "width",
        "type",
        "index",
        "layouts",
        "bits",
        "values",
        "masks",
        "constants",
    }
    assert (document["name"], document["encoding"], document["width"], document["type"]) == (
        "VM_EXIT_REASON",
        0x4402,
        "32-bit",
        "read_only",
    )
    assert document["layouts"]["kvm_vmcs12"] == {
        "member": "vm_exit_reason",
        "offset": 812,
        "size": 4,
        "group": None,
        "shadow": "ro",
    }
    assert document["layouts"]["hv_evmcs_v1"]["group"] == "NONE"
    last = document["bits"][-1]
    assert (last["name"], last["bit"]) == ("VMX_EXIT_REASONS_FAILED_VMENTRY", 31)
    values = {v["name"]: v["value"] for v in document["values"]}
    assert values["EXIT_REASON_SEAMCALL"] == 76 and len(values) == 67
    assert set(document["bits"][0]) == {"name", "bit", "description"}
    assert set(document["values"][0]) == {"name", "value", "description"}


def test_field_command_by_encoding_and_shifted_values() -> None:
    by_high = json.loads(_vmcsgen("field", "0x2001", "--format", "json").stdout)
    assert by_high["name"] == "IO_BITMAP_A" and by_high["bits"] == []
    info = json.loads(_vmcsgen("field", "0x4404", "--format", "json").stdout)
    values = {v["name"]: v["value"] for v in info["values"]}
    assert values["INTR_TYPE_NMI_INTR"] == 0x200  # as it sits in the field, like Linux's macro
    constants = {c["name"]: c["value"] for c in info["constants"]}
    assert constants["INTR_INFO_RESVD_BITS_MASK"] == 0x7FFFF000
    text = _vmcsgen("field", "tertiary_vm_exec_control").stdout
    assert "TERTIARY_EXEC_IPI_VIRT" in text and "64-bit control" in text
    missing = _vmcsgen("field", "0x4017")
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == "vmcsgen: error: no field has encoding 0x00004017\n"


SHADOW_DRIVER = """\
#include <stdio.h>
#include "kvm_vmcs12.h"
#define SHADOW_FIELD_RO(x, y) print("SHADOW_FIELD_RO", #x, #y, KVM_VMCS12_ENC_##x, \\
	offsetof(struct kvm_vmcs12, y));
#define SHADOW_FIELD_RW(x, y) print("SHADOW_FIELD_RW", #x, #y, KVM_VMCS12_ENC_##x, \\
	offsetof(struct kvm_vmcs12, y));
static void print(const char *macro, const char *field, const char *member, unsigned enc,
		size_t offset)
{
	printf("%s %s %s %#x %zu\\n", macro, field, member, enc, offset);
}
int main(void)
{
#include "kvm_vmcs12_shadow_fields.h"
	return 0;
}
"""


def _shadow_rows(toolchain: Toolchain, tmp_path: Path) -> list[list[str]]:
    source = tmp_path / "shadow.c"
    source.write_text(SHADOW_DRIVER)
    binary = toolchain.compile(source, tmp_path / "shadow", includes=[GENERATED / "c"])
    output = subprocess.run([str(binary)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in output.splitlines()]


def test_shadow_list_matches_kvm(specs: SpecSet, toolchain: Toolchain, tmp_path: Path) -> None:
    rows = _shadow_rows(toolchain, tmp_path)
    assert [(r[0], r[1], r[2]) for r in rows] == linux.SHADOW_FIELDS  # KVM's own order
    layout = specs.by_name["kvm_vmcs12"]
    for _, field, member, encoding, offset in rows:
        assert int(offset) == next(m.offset for m in layout.members if m.name == member)
        name = field.removesuffix("_HIGH")
        catalog = specs.catalog.by_name[name].encoding
        assert int(encoding, 16) == (
            catalog.value | 1 if field.endswith("_HIGH") else catalog.value
        )


def test_shadow_list_is_ordered_the_way_kvm_needs(toolchain: Toolchain, tmp_path: Path) -> None:
    """KVM's init_vmcs_shadow_fields() requires each 64-bit field to be followed by its
    HIGH half, and the groups run 16-bit, 32-bit, natural width, 64-bit."""
    rows = _shadow_rows(toolchain, tmp_path)
    encodings = [int(r[3], 16) for r in rows]
    widths = [(e >> 13) & 3 for e in encodings]
    group_order = {0: 0, 2: 1, 3: 2, 1: 3}  # 16-bit, 32-bit, natural, 64-bit
    assert [group_order[w] for w in widths] == sorted(group_order[w] for w in widths)
    for i, encoding in enumerate(encodings):
        if (encoding >> 13) & 3 == 1 and not encoding & 1:
            assert encodings[i + 1] == encoding | 1 and rows[i + 1][2] == rows[i][2]


def test_shadow_list_refuses_an_includer_without_macros(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    source = tmp_path / "bare.c"
    source.write_text('#include "kvm_vmcs12_shadow_fields.h"\nint main(void) { return 0; }\n')
    with pytest.raises(AssertionError, match="define SHADOW_FIELD_RO and/or SHADOW_FIELD_RW"):
        toolchain.compile(source, tmp_path / "bare", includes=[GENERATED / "c"])
