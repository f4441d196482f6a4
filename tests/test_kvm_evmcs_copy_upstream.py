"""The generated upstream eVMCS copies (generated/kvm/upstream/nested_evmcs_copy.h) behave
as upstream nested.c's (torvalds/linux 8ecb10bcbfa3): those copy the same fields in the
same blocks as Linux 6.1's, fill the vCPU's Hyper-V state from the enlightenment members
while ENLIGHTENMENTSCONTROL is dirty, and are built only under CONFIG_KVM_HYPERV
(KVM_BUG_ON() without it). No upstream tree is at hand here, so the field copies are
compared with KVM 6.1's hand-written functions (cut out of linux-source-6.1, over its
structs, which hold every member upstream's copies name), and the rest with what upstream's
source says.
"""

from __future__ import annotations

import ctypes
import random
from pathlib import Path

import pytest
from conftest import GENERATED
from running_l2 import running_l2
from test_kvm_dropin import EVMCS_COPIES, kvm_source
from test_kvm_evmcs_copy import (
    ALL_GROUPS,
    REGION,
    Copies,
    build_copies,
    first_difference,
    generated_copies,
    kvm_structs,
)

from vmcsgen.export import kvm
from vmcsgen.model.spec import SpecSet

__all__ = ["kvm_source"]  # the fixture, shared with test_kvm_dropin

RELEASE = next(r for r in kvm.RELEASES if r.name == "upstream")
HEADER = GENERATED / "kvm" / "upstream" / EVMCS_COPIES.include
ENLIGHTENMENTS = 0x8000  # HV_VMX_ENLIGHTENED_CLEAN_FIELD_ENLIGHTENMENTSCONTROL
UNTOUCHED = 0x5A5A5A5A5A5A5A5A
# What upstream's copies need beyond 6.1's: the vCPU's Hyper-V state (struct kvm_vcpu_hv's
# nested members, as include/linux/kvm_host.h of x86 declares them), nested_vmx_evmcs(),
# to_hv_vcpu() and KVM_BUG_ON(), which records the call here.
UPSTREAM_VCPU = """\
struct kvm { int bugged; };
struct kvm_vcpu_hv {
	struct {
		u64 pa_page_gpa;
		u64 vm_id;
		u32 vp_id;
	} nested;
};
struct kvm_vcpu {
	struct kvm *kvm;
	struct kvm_vcpu_hv *hv;
};
struct vcpu_vmx {
	struct kvm_vcpu vcpu;
	struct {
		struct vmcs12 *cached_vmcs12;
		struct hv_enlightened_vmcs *hv_evmcs;
	} nested;
};
#define to_hv_vcpu(vcpu) ((vcpu)->hv)
#define nested_vmx_evmcs(vmx) ((vmx)->nested.hv_evmcs)
#define KVM_BUG_ON(cond, kvm) ((kvm)->bugged = (cond))
"""
UPSTREAM_ENTRY_POINTS = """
static struct kvm_vcpu_hv hv_state;
static struct kvm vm;

int run_entry_hv(void *evmcs, void *vmcs12, u32 hv_clean_fields, u64 *hv)
{
	struct vcpu_vmx vmx = { { &vm, &hv_state }, { vmcs12, evmcs } };

	hv_state.nested.pa_page_gpa = hv[0];
	hv_state.nested.vm_id = hv[1];
	hv_state.nested.vp_id = (u32)hv[2];
	vm.bugged = 0;
	copy_enlightened_to_vmcs12(&vmx, hv_clean_fields);
	hv[0] = hv_state.nested.pa_page_gpa;
	hv[1] = hv_state.nested.vm_id;
	hv[2] = hv_state.nested.vp_id;
	return vm.bugged;
}

void run_entry(void *evmcs, void *vmcs12, u32 hv_clean_fields)
{
	u64 hv[3] = { 0 };

	run_entry_hv(evmcs, vmcs12, hv_clean_fields, hv);
}

int run_exit_bugged(void *evmcs, void *vmcs12)
{
	struct vcpu_vmx vmx = { { &vm, &hv_state }, { vmcs12, evmcs } };

	vm.bugged = 0;
	copy_vmcs12_to_enlightened(&vmx);
	return vm.bugged;
}

void run_exit(void *evmcs, void *vmcs12)
{
	run_exit_bugged(evmcs, vmcs12);
}

unsigned long struct_sizes(void)
{
	return sizeof(struct vmcs12) << 16 | sizeof(struct hv_enlightened_vmcs);
}
"""


def _upstream_build(folder: Path, structs: str, config: bool) -> Copies:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / EVMCS_COPIES.include).write_text(HEADER.read_text("utf-8"), "utf-8")
    define = f"#define {RELEASE.evmcs_config} 1\n" if config else ""
    bodies = f'{UPSTREAM_VCPU}{define}#include "{EVMCS_COPIES.include}"\n{UPSTREAM_ENTRY_POINTS}'
    # build_copies adds 6.1's vcpu_vmx and entry points; upstream's come with the bodies.
    return build_copies(folder, structs, bodies, with_vcpu=False)


@pytest.fixture(scope="module")
def structs(kvm_source: Path) -> str:
    return kvm_structs(kvm_source)


@pytest.fixture(scope="module")
def upstream(structs: str, tmp_path_factory: pytest.TempPathFactory) -> Copies:
    return _upstream_build(tmp_path_factory.mktemp("upstream_copies"), structs, config=True)


@pytest.fixture(scope="module")
def hand_written_6_1(
    kvm_source: Path, structs: str, tmp_path_factory: pytest.TempPathFactory
) -> Copies:
    header = (GENERATED / "kvm" / "6.1" / EVMCS_COPIES.include).read_text("utf-8")
    return generated_copies(tmp_path_factory.mktemp("copies_6_1"), structs, header)


def _entry_hv(copies: Copies, evmcs: bytes, vmcs12: bytes, clean: int) -> tuple[int, list[int]]:
    hv = (ctypes.c_uint64 * 3)(UNTOUCHED, UNTOUCHED, UNTOUCHED)
    source = ctypes.create_string_buffer(evmcs, REGION)
    target = ctypes.create_string_buffer(vmcs12, REGION)
    bugged = copies.library.run_entry_hv(source, target, ctypes.c_uint32(clean), hv)
    return bugged, list(hv)


def test_upstream_release_has_generated_copies() -> None:
    assert RELEASE.evmcs_copies is not None and HEADER.is_file()
    text = HEADER.read_text("utf-8")
    assert text.count(f"#ifdef {RELEASE.evmcs_config}\n") == 2
    assert text.count("nested_vmx_evmcs(vmx)") == 2 and "vmx->nested.hv_evmcs" not in text


def test_upstream_field_copies_are_6_1_s(
    specs: SpecSet, upstream: Copies, hand_written_6_1: Copies
) -> None:
    """vmcs12 after entry and the eVMCS after exit: byte for byte 6.1's for every mask of
    the 16 defined bits over a running L2, and the group masks over other images."""
    assert first_difference(specs, upstream, hand_written_6_1) is None


def test_upstream_entry_fills_the_hyper_v_state(specs: SpecSet, upstream: Copies) -> None:
    """partition_assist_page, hv_vm_id and hv_vp_id go to the vCPU's nested Hyper-V state
    while ENLIGHTENMENTSCONTROL is dirty, and nowhere while it is clean."""
    layout = specs.by_name[RELEASE.evmcs_layout]
    members = {m.name: m for m in layout.members}
    evmcs = bytearray(running_l2(layout))
    values = {"partition_assist_page": 0x1_2345_6000, "hv_vm_id": 0x77, "hv_vp_id": 3}
    for name, value in values.items():
        member = members[name]
        evmcs[member.offset : member.end] = value.to_bytes(member.size, "little")
    rng = random.Random(7)
    for clean in (0, ALL_GROUPS, ENLIGHTENMENTS, ALL_GROUPS & ~ENLIGHTENMENTS, rng.getrandbits(32)):
        bugged, hv = _entry_hv(upstream, bytes(evmcs), bytes(REGION), clean)
        assert not bugged
        if clean & ENLIGHTENMENTS:
            assert hv == [UNTOUCHED, UNTOUCHED, UNTOUCHED & 0xFFFFFFFF], hex(clean)
        else:
            assert hv == list(values.values()), hex(clean)


def test_without_hyper_v_the_copies_only_report_a_bug(
    structs: str, specs: SpecSet, tmp_path: Path
) -> None:
    """Built without CONFIG_KVM_HYPERV, both functions call KVM_BUG_ON() and copy nothing."""
    copies = _upstream_build(tmp_path, structs, config=False)
    rng = random.Random(11)
    evmcs, vmcs12 = rng.randbytes(REGION), rng.randbytes(REGION)
    bugged, hv = _entry_hv(copies, evmcs, vmcs12, 0)
    assert bugged and hv == [UNTOUCHED, UNTOUCHED, UNTOUCHED & 0xFFFFFFFF]
    assert copies.entry(evmcs, vmcs12, 0) == vmcs12
    target = ctypes.create_string_buffer(evmcs, REGION)
    assert copies.library.run_exit_bugged(target, ctypes.create_string_buffer(vmcs12, REGION))
    assert target.raw == evmcs
    assert copies.exit(evmcs, vmcs12) == evmcs
