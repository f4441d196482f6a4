"""The generated eVMCS copies behave as Linux 6.1's hand-written ones: KVM's
copy_enlightened_to_vmcs12() and copy_vmcs12_to_enlightened() (cut out of nested.c of
Debian's linux-source-6.1 at test time) and generated/kvm/6.1/nested_evmcs_copy.h are
compiled in user space over the same structs (KVM's own struct vmcs12 and
struct hv_enlightened_vmcs, cut out of the same tree), run over the same images for every
clean-field mask, and their output compared byte for byte.
"""

from __future__ import annotations

import ctypes
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import GENERATED, missing
from running_l2 import running_l2
from test_kvm_dropin import EVMCS_COPIES, HYPERV_TLFS, kvm_source, span_bounds

from vmcsgen.export import kvm
from vmcsgen.model.spec import FieldSync, Layout, SpecSet, SyncBlock
from vmcsgen.reading.settings import Config

__all__ = ["kvm_source"]  # the fixture, shared with test_kvm_dropin

RELEASE = next(r for r in kvm.RELEASES if r.name == "6.1")
REGION = 4096  # both buffers: struct vmcs12 and struct hv_enlightened_vmcs fit in a page
ALL_GROUPS = 0xFFFF  # HV_VMX_ENLIGHTENED_CLEAN_FIELD_ALL: the bits hv_clean_fields defines
# Everything the hand-written and the generated copies need, as nested.c has it.
SHIMS = """\
#include <stdint.h>
typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
#define __packed __attribute__((__packed__))
#define BIT(nr) (1UL << (nr))
#define unlikely(x) __builtin_expect(!!(x), 0)
"""
VCPU = """\
struct nested_vmx {
	struct vmcs12 *cached_vmcs12;
	struct hv_enlightened_vmcs *hv_evmcs;
};
struct vcpu_vmx {
	struct nested_vmx nested;
};
"""
ENTRY_POINTS = """
void run_entry(void *evmcs, void *vmcs12, u32 hv_clean_fields)
{
	struct vcpu_vmx vmx = { { vmcs12, evmcs } };

	copy_enlightened_to_vmcs12(&vmx, hv_clean_fields);
}

void run_exit(void *evmcs, void *vmcs12)
{
	struct vcpu_vmx vmx = { { vmcs12, evmcs } };

	copy_vmcs12_to_enlightened(&vmx);
}

unsigned long struct_sizes(void)
{
	return sizeof(struct vmcs12) << 16 | sizeof(struct hv_enlightened_vmcs);
}
"""


def _cut(text: str, pattern: str, what: str) -> str:
    found = re.search(pattern, text, re.S | re.M)
    assert found is not None, f"Linux 6.1 no longer has {what}"
    return found.group(0)


def kvm_structs(kvm_tree: Path) -> str:
    """struct vmcs_hdr, struct vmcs12, struct hv_enlightened_vmcs and the clean-field bits,
    as Linux 6.1 declares them."""
    vmcs_h = (kvm_tree / "vmx" / "vmcs.h").read_text("utf-8")
    vmcs12_h = (kvm_tree / "vmx" / "vmcs12.h").read_text("utf-8")
    tlfs = (kvm_tree.parents[3] / HYPERV_TLFS).read_text("utf-8")
    return "\n".join(
        [
            _cut(vmcs_h, r"^struct vmcs_hdr \{.*?^\};", "struct vmcs_hdr"),
            _cut(vmcs12_h, r"^typedef u64 natural_width;", "natural_width"),
            _cut(vmcs12_h, r"^struct __packed vmcs12 \{.*?^\};", "struct vmcs12"),
            _cut(tlfs, r"^struct hv_enlightened_vmcs \{.*?^\} __packed;", "the eVMCS struct"),
            *re.findall(r"^#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_\w+\s.*$", tlfs, re.M),
        ]
    )


@dataclass
class Copies:
    """One build of the two copy functions, called through ctypes."""

    library: ctypes.CDLL

    def entry(self, evmcs: bytes, vmcs12: bytes, clean: int) -> bytes:
        src, dst = ctypes.create_string_buffer(evmcs, REGION), ctypes.create_string_buffer(
            vmcs12, REGION
        )
        self.library.run_entry(src, dst, ctypes.c_uint32(clean))
        assert src.raw == evmcs, "the entry copy wrote into the eVMCS"
        return dst.raw

    def exit(self, evmcs: bytes, vmcs12: bytes) -> bytes:
        dst, src = ctypes.create_string_buffer(evmcs, REGION), ctypes.create_string_buffer(
            vmcs12, REGION
        )
        self.library.run_exit(dst, src)
        assert src.raw == vmcs12, "the exit copy wrote into vmcs12"
        return dst.raw


def build_copies(folder: Path, structs: str, bodies: str, with_vcpu: bool = True) -> Copies:
    """`bodies` (the two functions, or an #include of them) compiled over KVM's structs,
    with 6.1's struct vcpu_vmx and the entry points around them unless they bring their own."""
    if shutil.which("gcc") is None:
        missing("the copy harness needs gcc")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "copies.c"
    around = (VCPU, ENTRY_POINTS) if with_vcpu else ("", "")
    source.write_text(SHIMS + structs + "\n" + around[0] + bodies + around[1], "utf-8")
    library = folder / "copies.so"
    flags = ["-O2", "-Wall", "-Werror", "-shared", "-fPIC", f"-I{folder}"]
    done = subprocess.run(
        ["gcc", *flags, "-o", str(library), str(source)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    copies = Copies(ctypes.CDLL(str(library)))
    copies.library.struct_sizes.restype = ctypes.c_ulong
    return copies


@pytest.fixture(scope="module")
def structs(kvm_source: Path) -> str:
    return kvm_structs(kvm_source)


@pytest.fixture(scope="module")
def hand_written(
    kvm_source: Path, structs: str, tmp_path_factory: pytest.TempPathFactory
) -> Copies:
    """KVM 6.1's own two functions, cut out of nested.c as the drop-in deletes them."""
    text = (kvm_source / "vmx" / EVMCS_COPIES.file).read_text("utf-8")
    start, end = span_bounds(text, EVMCS_COPIES)
    return build_copies(tmp_path_factory.mktemp("kvm_copies"), structs, text[start:end])


def generated_copies(folder: Path, structs: str, header: str) -> Copies:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / EVMCS_COPIES.include).write_text(header, "utf-8")
    return build_copies(folder, structs, f'#include "{EVMCS_COPIES.include}"\n')


@pytest.fixture(scope="module")
def generated(structs: str, tmp_path_factory: pytest.TempPathFactory) -> Copies:
    header = (GENERATED / "kvm" / "6.1" / EVMCS_COPIES.include).read_text("utf-8")
    return generated_copies(tmp_path_factory.mktemp("generated_copies"), structs, header)


# --- the images ---------------------------------------------------------------------------


def _random_image(rng: random.Random) -> bytes:
    return rng.randbytes(REGION)


def _group_masks(layout: Layout, rng: random.Random) -> list[int]:
    """No group clean, all clean, each group alone clean, each alone dirty, and random
    masks (bits above the defined groups included)."""
    assert layout.clean_fields is not None
    bits = [g.mask for g in layout.clean_fields.groups if g.mask and g.mask != ALL_GROUPS]
    masks = [0, ALL_GROUPS, 0xFFFFFFFF, *bits, *(ALL_GROUPS & ~bit for bit in bits)]
    return masks + [rng.getrandbits(32) for _ in range(64)]


@dataclass(frozen=True)
class Images:
    evmcs: bytes
    vmcs12: bytes
    what: str


def image_pairs(specs: SpecSet) -> Iterator[Images]:
    """A running L2 as both sides hold it (vmcs12 at an I/O exit, the eVMCS as L1 left it
    before the entry, with other values where L1 changed them), a zeroed vmcs12 (KVM
    clears it at the first VMLAUNCH of an eVMCS) and random images."""
    evmcs_layout, vmcs12_layout = specs.by_name[RELEASE.evmcs_layout], specs.by_name[RELEASE.layout]
    l1_edit = {"GUEST_RIP": 0xFFFFFFFF81C0FFEE, "GUEST_RSP": 0xFFFFC90000F0BA50, "TSC_OFFSET": 7}
    evmcs = bytes(running_l2(evmcs_layout, **l1_edit))
    yield Images(evmcs, bytes(running_l2(vmcs12_layout)), "running L2")
    yield Images(evmcs, bytes(REGION), "first VMLAUNCH")
    rng = random.Random(19)
    for index in range(4):
        yield Images(_random_image(rng), _random_image(rng), f"random {index}")


def differing_members(layout: Layout, left: bytes, right: bytes) -> list[str]:
    """The members (or byte offsets) where two images of `layout` differ."""
    names = []
    for offset in (i for i in range(REGION) if left[i] != right[i]):
        member = next((m for m in layout.members if m.offset <= offset < m.end), None)
        name = member.name if member is not None else f"byte {offset}"
        if name not in names:
            names.append(name)
    return names


def first_difference(specs: SpecSet, ours: Copies, theirs: Copies) -> str | None:
    """What the two builds copy differently, over every image and mask, or None."""
    evmcs_layout, vmcs12_layout = specs.by_name[RELEASE.evmcs_layout], specs.by_name[RELEASE.layout]
    rng = random.Random(61)
    for images in image_pairs(specs):
        masks = range(ALL_GROUPS + 1) if images.what == "running L2" else None
        for mask in masks if masks is not None else _group_masks(evmcs_layout, rng):
            got = ours.entry(images.evmcs, images.vmcs12, mask)
            want = theirs.entry(images.evmcs, images.vmcs12, mask)
            if got != want:
                diff = differing_members(vmcs12_layout, got, want)
                return f"copy_enlightened_to_vmcs12, {images.what}, mask {mask:#x}: {diff}"
        got = ours.exit(images.evmcs, images.vmcs12)
        want = theirs.exit(images.evmcs, images.vmcs12)
        if got != want:
            diff = differing_members(evmcs_layout, got, want)
            return f"copy_vmcs12_to_enlightened, {images.what}: {diff}"
    return None


# --- the tests ----------------------------------------------------------------------------


def test_harness_compiles_kvm_s_structs(hand_written: Copies, specs: SpecSet) -> None:
    """Over the shims the structs have the sizes of the layouts (998 and 1024 bytes)."""
    sizes = hand_written.library.struct_sizes()
    ends = [
        max(m.end for m in specs.by_name[name].members)
        for name in (RELEASE.layout, RELEASE.evmcs_layout)
    ]
    assert (sizes >> 16, sizes & 0xFFFF) == tuple(ends)


def test_generated_copies_behave_as_kvm_6_1(
    specs: SpecSet, generated: Copies, hand_written: Copies
) -> None:
    """Every clean-field mask of the 16 defined bits over a running L2; the masks that
    single out each group, all, none and random ones over the other images."""
    assert first_difference(specs, generated, hand_written) is None


def test_copies_do_something(hand_written: Copies, specs: SpecSet) -> None:
    """The comparison can fail: a clean mask leaves a field behind, no mask does not."""
    rng = random.Random(3)
    evmcs, vmcs12 = _random_image(rng), _random_image(rng)
    assert hand_written.entry(evmcs, vmcs12, 0) != hand_written.entry(evmcs, vmcs12, ALL_GROUPS)
    assert hand_written.exit(evmcs, vmcs12) != evmcs


def _without(sync: FieldSync, field: str) -> FieldSync:
    blocks = tuple(
        SyncBlock(b.group, tuple(f for f in b.fields if f != field), b.elsewhere)
        for b in sync.blocks
    )
    return replace(sync, blocks=tuple(b for b in blocks if b.fields or b.elsewhere))


def _mutated_header(specs: SpecSet, sync_name: str, field: str, out: Path) -> str:
    syncs = tuple(
        _without(sync, field) if sync.name == sync_name else sync for sync in specs.field_syncs
    )
    files = kvm.outputs(replace(specs, field_syncs=syncs), Config(specs=Path("specs"), out=out))
    wanted = f"kvm/6.1/{EVMCS_COPIES.include}"
    return next(f.text for f in files if f.path == wanted)


DROPPED: list[tuple[int, str]] = [
    (0, "GUEST_RIP"),  # always copied at entry
    (0, "GUEST_SYSENTER_CS"),  # the last of the GUEST_GRP1 block
    (0, "VM_ENTRY_CONTROLS"),  # a block of one field
    (1, "GUEST_TR_SELECTOR"),
    (1, "GUEST_BNDCFGS"),  # the last line of the exit copy
]


@pytest.mark.parametrize("sync_index, field", DROPPED, ids=[f for _, f in DROPPED])
def test_a_dropped_field_is_caught(
    specs: SpecSet,
    structs: str,
    hand_written: Copies,
    tmp_path: Path,
    sync_index: int,
    field: str,
) -> None:
    """Generated from a sync that lost one field, the copies differ from KVM's, and the
    difference names the member."""
    assert RELEASE.evmcs_copies is not None
    header = _mutated_header(specs, RELEASE.evmcs_copies[sync_index], field, tmp_path)
    committed = (GENERATED / "kvm" / "6.1" / EVMCS_COPIES.include).read_text("utf-8")
    assignment = f"->{field.lower()} = "
    assert header.count(assignment) == committed.count(assignment) - 1
    broken = generated_copies(tmp_path / "build", structs, header)
    difference = first_difference(specs, broken, hand_written)
    assert difference is not None and f"'{field.lower()}'" in difference
