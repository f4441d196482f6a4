# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""KVM nested state (struct kvm_nested_state, VMX format).

Parse, build and validate a `kvm_nested_state` blob.

Generated from specs/containers/kvm_nested_state.yaml, specs/fields.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Linux arch/x86/include/uapi/asm/kvm.h as mirrored in
tools/arch/x86/include/uapi/asm/kvm.h (torvalds/linux ce0478b02ed2); rules from
arch/x86/kvm/x86.c (KVM_SET_NESTED_STATE) and arch/x86/kvm/vmx/nested.c
(vmx_set_nested_state, vmx_get_nested_state), both at torvalds/linux 8ecb10bcbfa3;
control bits from arch/x86/include/asm/vmx.h (3c75e6a5da3c).

A blob is the 128-byte header, then the regions its `size` member counts
(128, 4224, 8320 bytes). Region fields are read through the layout module of
the region: `violations(blob, lambda region, encoding: Layout(region).read(encoding))`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import NamedTuple, Union

if sys.byteorder != "little":
    raise ImportError("kvm_nested_state reads the blob in host byte order: need little-endian")

Buffer = Union[bytes, bytearray, memoryview]
# VMREAD of one region: (region bytes, field encoding) -> value; KeyError if not held.
Reader = Callable[[memoryview, int], int]

CONTAINER_NAME = "kvm_nested_state"
HEADER_SIZE = 128
SHAPES = (128, 4224, 8320)
INVALID_GPA = 0xFFFFFFFFFFFFFFFF
VMCS12_REVISION = 0x11E57ED0
PAGE_SIZE = 0x1000
CPU_BASED_ACTIVATE_SECONDARY_CONTROLS = 0x80000000
SECONDARY_EXEC_SHADOW_VMCS = 0x4000
PIN_BASED_VMX_PREEMPTION_TIMER = 0x40
FLAGS_GUEST_MODE = 0x1
FLAGS_RUN_PENDING = 0x2
FLAGS_EVMCS = 0x4
FLAGS_MTF_PENDING = 0x8
FLAGS_GIF_SET = 0x100
FORMAT_VMX = 0x0
FORMAT_SVM = 0x1
SMM_FLAGS_GUEST_MODE = 0x1
SMM_FLAGS_VMXON = 0x2
VMX_FLAGS_PREEMPTION_TIMER_DEADLINE = 0x1


class HeaderMemberInfo(NamedTuple):
    name: str
    offset: int
    size: int
    reserved: bool
    group: str | None
    key: str


class RegionInfo(NamedTuple):
    name: str
    offset: int
    size: int
    revision: int
    shadow: bool

    @property
    def end(self) -> int:
        return self.offset + self.size


class Rule(NamedTuple):
    id: str
    origin: str  # set: KVM_SET-style refusal; get: never produced, data would be ignored; file
    message: str
    source: str


MEMBERS: tuple[HeaderMemberInfo, ...] = (
    HeaderMemberInfo("flags", 0, 2, False, None, "flags"),
    HeaderMemberInfo("format", 2, 2, False, None, "format"),
    HeaderMemberInfo("size", 4, 4, False, None, "size"),
    HeaderMemberInfo("vmxon_pa", 8, 8, False, "vmx", "vmxon_pa"),
    HeaderMemberInfo("vmcs12_pa", 16, 8, False, "vmx", "vmcs12_pa"),
    HeaderMemberInfo("smm_flags", 24, 2, False, "vmx", "smm_flags"),
    HeaderMemberInfo("pad", 26, 2, True, None, "pad"),
    HeaderMemberInfo("vmx_flags", 28, 4, False, "vmx", "flags"),
    HeaderMemberInfo("preemption_timer_deadline", 32, 8, False, "vmx", "preemption_timer_deadline"),
    HeaderMemberInfo("hdr_pad", 40, 88, True, None, "hdr_pad"),
)
REGIONS: tuple[RegionInfo, ...] = (
    RegionInfo("vmcs12", 128, 4096, 0x11E57ED0, False),
    RegionInfo("shadow_vmcs12", 4224, 4096, 0x11E57ED0, True),
)
RULES: tuple[Rule, ...] = (
    Rule(
        "blob-shorter-than-header",
        "file",
        "the blob is shorter than the 128-byte header",
        "sizeof(struct kvm_nested_state) is 128 (uapi kvm.h)",
    ),
    Rule(
        "size-beyond-data",
        "file",
        "size counts more bytes than the blob holds",
        "KVM_SET_NESTED_STATE reads size bytes from the buffer",
    ),
    Rule(
        "trailing-bytes",
        "file",
        "the blob holds bytes after the size it declares",
        "KVM_GET_NESTED_STATE returns size bytes; more are not nested state",
    ),
    Rule(
        "size-below-header",
        "set",
        "size is below sizeof(struct kvm_nested_state) (128)",
        "x86.c KVM_SET_NESTED_STATE, kvm_state.size < sizeof(kvm_state)",
    ),
    Rule(
        "flags-unknown",
        "set",
        "flags has bits outside GUEST_MODE, RUN_PENDING, EVMCS, MTF_PENDING, GIF_SET",
        "x86.c KVM_SET_NESTED_STATE, kvm_state.flags & ~(...)",
    ),
    Rule(
        "run-pending-without-guest-mode",
        "set",
        "RUN_PENDING is set without GUEST_MODE",
        "x86.c KVM_SET_NESTED_STATE, nested_run_pending implies guest_mode",
    ),
    Rule(
        "format-not-vmx",
        "set",
        "format is not KVM_STATE_NESTED_FORMAT_VMX",
        "vmx_set_nested_state, kvm_state->format != KVM_STATE_NESTED_FORMAT_VMX",
    ),
    Rule(
        "smm-flags-without-vmxon",
        "set",
        "smm.flags is set while vmxon_pa is -1 (not in VMX operation)",
        "vmx_set_nested_state, vmxon_pa == INVALID_GPA and smm.flags",
    ),
    Rule(
        "vmcs12-pa-without-vmxon",
        "set",
        "vmcs12_pa is set while vmxon_pa is -1",
        "vmx_set_nested_state, vmxon_pa == INVALID_GPA and vmcs12_pa != INVALID_GPA",
    ),
    Rule(
        "flags-without-vmxon",
        "set",
        "flags other than EVMCS are set while vmxon_pa is -1",
        "vmx_set_nested_state, vmxon_pa == INVALID_GPA and flags & ~KVM_STATE_NESTED_EVMCS",
    ),
    Rule(
        "vmxon-pa-misaligned",
        "set",
        "vmxon_pa is not 4 KiB aligned",
        "vmx_set_nested_state, !page_address_valid(vcpu, vmxon_pa)",
    ),
    Rule(
        "vmxon-pa-beyond-physical",
        "set",
        "vmxon_pa has bits at or above bit 52, beyond any MAXPHYADDR",
        "vmx_set_nested_state, !page_address_valid(vcpu, vmxon_pa)",
    ),
    Rule(
        "smm-guest-mode-with-guest-mode",
        "set",
        "smm.flags GUEST_MODE and flags GUEST_MODE are both set",
        "vmx_set_nested_state, SMM_GUEST_MODE && GUEST_MODE",
    ),
    Rule(
        "smm-flags-unknown",
        "set",
        "smm.flags has bits outside GUEST_MODE and VMXON",
        "vmx_set_nested_state, smm.flags & ~(SMM_GUEST_MODE | SMM_VMXON)",
    ),
    Rule(
        "vmx-flags-unknown",
        "set",
        "hdr.vmx.flags has bits outside PREEMPTION_TIMER_DEADLINE",
        "vmx_set_nested_state, hdr.vmx.flags & ~KVM_STATE_VMX_PREEMPTION_TIMER_DEADLINE",
    ),
    Rule(
        "smm-with-guest-entry",
        "set",
        "smm.flags is set with GUEST_MODE or RUN_PENDING (refused in SMM and outside it)",
        "vmx_set_nested_state, is_smm(vcpu) ? flags & (GUEST_MODE | RUN_PENDING) : smm.flags",
    ),
    Rule(
        "smm-guest-mode-without-smm-vmxon",
        "set",
        "smm.flags GUEST_MODE is set without smm.flags VMXON",
        "vmx_set_nested_state, SMM_GUEST_MODE && !SMM_VMXON",
    ),
    Rule(
        "guest-mode-without-vmcs12",
        "set",
        "GUEST_MODE is set but the blob holds no vmcs12",
        "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with GUEST_MODE",
    ),
    Rule(
        "evmcs-without-vmcs12",
        "set",
        "EVMCS is set in VMX operation but the blob holds no vmcs12",
        "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with EVMCS",
    ),
    Rule(
        "vmcs12-pa-without-vmcs12",
        "set",
        "vmcs12_pa names a current VMCS but the blob holds no vmcs12",
        "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with vmcs12_pa",
    ),
    Rule(
        "vmcs12-pa-is-vmxon-pa",
        "set",
        "vmcs12_pa is the VMXON region",
        "vmx_set_nested_state, vmcs12_pa == vmxon_pa",
    ),
    Rule(
        "vmcs12-pa-misaligned",
        "set",
        "vmcs12_pa is not 4 KiB aligned",
        "vmx_set_nested_state, !page_address_valid(vcpu, vmcs12_pa)",
    ),
    Rule(
        "vmcs12-pa-beyond-physical",
        "set",
        "vmcs12_pa has bits at or above bit 52, beyond any MAXPHYADDR",
        "vmx_set_nested_state, !page_address_valid(vcpu, vmcs12_pa)",
    ),
    Rule(
        "vmcs12-without-pointer",
        "set",
        "the blob holds a vmcs12 but neither vmcs12_pa nor EVMCS says where it lives",
        "vmx_set_nested_state, vmcs12_pa == INVALID_GPA without KVM_STATE_NESTED_EVMCS",
    ),
    Rule(
        "vmcs12-revision",
        "set",
        "the vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
        "vmx_set_nested_state, vmcs12->hdr.revision_id != VMCS12_REVISION",
    ),
    Rule(
        "shadow-vmcs12-missing",
        "set",
        "in guest mode with VMCS shadowing and a link pointer, but the blob holds no shadow vmcs12",
        "vmx_set_nested_state, size < sizeof(*kvm_state) + 2 * VMCS12_SIZE with nested_cpu_has_shadow_vmcs",
    ),
    Rule(
        "shadow-vmcs12-revision",
        "set",
        "the shadow vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
        "vmx_set_nested_state, shadow_vmcs12->hdr.revision_id != VMCS12_REVISION",
    ),
    Rule(
        "shadow-vmcs12-without-shadow-bit",
        "set",
        "the shadow vmcs12 does not carry the shadow-VMCS indicator",
        "vmx_set_nested_state, !shadow_vmcs12->hdr.shadow_vmcs",
    ),
    Rule(
        "size-not-a-shape",
        "get",
        "size is none of 128, 4224 and 8320, the sizes KVM_GET_NESTED_STATE writes",
        "vmx_get_nested_state, size = 128 (+ VMCS12_SIZE (+ VMCS12_SIZE))",
    ),
    Rule(
        "vmcs12-without-vmxon",
        "get",
        "the blob holds a vmcs12 but vmxon_pa is -1; it would be ignored",
        "vmx_get_nested_state adds vmcs12 only in VMX operation; vmx_set_nested_state returns before reading it",
    ),
    Rule(
        "evmcs-without-vmxon",
        "get",
        "EVMCS is set while vmxon_pa is -1 (tolerated by KVM_SET_NESTED_STATE, never written)",
        "vmx_get_nested_state sets KVM_STATE_NESTED_EVMCS only with a valid vmcs12",
    ),
    Rule(
        "mtf-pending-without-guest-mode",
        "get",
        "MTF_PENDING is set without GUEST_MODE; it would be ignored",
        "vmx_get_nested_state sets KVM_STATE_NESTED_MTF_PENDING only in guest mode",
    ),
    Rule(
        "gif-set-in-vmx-format",
        "get",
        "GIF_SET belongs to the SVM format; VMX ignores it",
        "only svm_get_nested_state sets KVM_STATE_NESTED_GIF_SET",
    ),
    Rule(
        "shadow-vmcs12-outside-guest-mode",
        "get",
        "the blob holds a shadow vmcs12 outside guest mode; it would be ignored",
        "vmx_get_nested_state adds the shadow vmcs12 only in guest mode",
    ),
    Rule(
        "shadow-vmcs12-without-secondary-controls",
        "get",
        "the blob holds a shadow vmcs12 but vmcs12 does not activate secondary controls",
        "vmx_get_nested_state adds the shadow vmcs12 only if nested_cpu_has_shadow_vmcs(vmcs12)",
    ),
    Rule(
        "shadow-vmcs12-without-shadowing",
        "get",
        "the blob holds a shadow vmcs12 but vmcs12 does not enable VMCS shadowing",
        "vmx_get_nested_state adds the shadow vmcs12 only if nested_cpu_has_shadow_vmcs(vmcs12)",
    ),
    Rule(
        "shadow-vmcs12-without-link-pointer",
        "get",
        "the blob holds a shadow vmcs12 but the vmcs12 link pointer is -1",
        "vmx_get_nested_state adds the shadow vmcs12 only if vmcs_link_pointer != INVALID_GPA",
    ),
    Rule(
        "timer-deadline-without-guest-mode",
        "get",
        "PREEMPTION_TIMER_DEADLINE is set without GUEST_MODE; it would be ignored",
        "vmx_get_nested_state sets KVM_STATE_VMX_PREEMPTION_TIMER_DEADLINE only in guest mode",
    ),
    Rule(
        "timer-deadline-without-preemption-timer",
        "get",
        "PREEMPTION_TIMER_DEADLINE is set but vmcs12 does not enable the VMX-preemption timer",
        "vmx_get_nested_state sets the deadline only if nested_cpu_has_preemption_timer(vmcs12)",
    ),
    Rule(
        "timer-deadline-without-flag",
        "get",
        "preemption_timer_deadline is non-zero without PREEMPTION_TIMER_DEADLINE; it would be ignored",
        "vmx_get_nested_state leaves the deadline 0 unless it sets the flag",
    ),
)


def _field(reader: Reader, region: memoryview, encoding: int) -> int:
    """A field the region's layout does not hold reads as 0, its default."""
    try:
        return reader(region, encoding)
    except KeyError:
        return 0


def violations(blob: Buffer, reader: Reader) -> list[Rule]:
    """Every rule `blob` breaks, in spec order; `reader` reads the fields of its regions."""
    view = memoryview(blob).cast("B")
    length = len(view)
    broken: list[Rule] = []
    if length < HEADER_SIZE:
        if length < 0x80:
            broken.append(RULES[0])
        return broken
    declared = int.from_bytes(view[4:8], "little")
    h_size = int.from_bytes(view[4:8], "little")
    h_flags = int.from_bytes(view[0:2], "little")
    h_format = int.from_bytes(view[2:4], "little")
    h_vmxon_pa = int.from_bytes(view[8:16], "little")
    h_smm_flags = int.from_bytes(view[24:26], "little")
    h_vmcs12_pa = int.from_bytes(view[16:24], "little")
    h_vmx_flags = int.from_bytes(view[28:32], "little")
    vmcs12_present = int(declared >= 4224)
    shadow_vmcs12_present = int(declared >= 8320)
    h_preemption_timer_deadline = int.from_bytes(view[32:40], "little")
    vmcs12_revision = (
        int.from_bytes(view[128:132], "little") & 0x7FFFFFFF
        if declared >= 4224 and length >= 4224
        else None
    )
    vmcs12_cpu_based_vm_exec_control = (
        _field(reader, view[128:4224], 0x00004002) if declared >= 4224 and length >= 4224 else None
    )
    vmcs12_secondary_vm_exec_control = (
        _field(reader, view[128:4224], 0x0000401E) if declared >= 4224 and length >= 4224 else None
    )
    vmcs12_vmcs_link_pointer = (
        _field(reader, view[128:4224], 0x00002800) if declared >= 4224 and length >= 4224 else None
    )
    shadow_vmcs12_revision = (
        int.from_bytes(view[4224:4228], "little") & 0x7FFFFFFF
        if declared >= 8320 and length >= 8320
        else None
    )
    shadow_vmcs12_shadow = (
        int.from_bytes(view[4224:4228], "little") >> 31
        if declared >= 8320 and length >= 8320
        else None
    )
    vmcs12_pin_based_vm_exec_control = (
        _field(reader, view[128:4224], 0x00004000) if declared >= 4224 and length >= 4224 else None
    )
    if length < 0x80:
        broken.append(RULES[0])
    if h_size > length:
        broken.append(RULES[1])
    if length > h_size:
        broken.append(RULES[2])
    if h_size < 0x80:
        broken.append(RULES[3])
    if h_flags & ~0x10F != 0:
        broken.append(RULES[4])
    if (h_flags & 0x2 != 0) and (h_flags & 0x1 == 0):
        broken.append(RULES[5])
    if h_format != 0x0:
        broken.append(RULES[6])
    if (h_vmxon_pa == 0xFFFFFFFFFFFFFFFF) and (h_smm_flags != 0x0):
        broken.append(RULES[7])
    if (h_vmxon_pa == 0xFFFFFFFFFFFFFFFF) and (h_vmcs12_pa != 0xFFFFFFFFFFFFFFFF):
        broken.append(RULES[8])
    if (h_vmxon_pa == 0xFFFFFFFFFFFFFFFF) and (h_flags & ~0x4 != 0):
        broken.append(RULES[9])
    if (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF) and (h_vmxon_pa % 0x1000 != 0):
        broken.append(RULES[10])
    if (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF) and (h_vmxon_pa >> 0x34 != 0):
        broken.append(RULES[11])
    if (h_smm_flags & 0x1 != 0) and (h_flags & 0x1 != 0):
        broken.append(RULES[12])
    if h_smm_flags & ~0x3 != 0:
        broken.append(RULES[13])
    if h_vmx_flags & ~0x1 != 0:
        broken.append(RULES[14])
    if (h_smm_flags != 0x0) and (h_flags & 0x3 != 0):
        broken.append(RULES[15])
    if (h_smm_flags & 0x1 != 0) and (h_smm_flags & 0x2 == 0):
        broken.append(RULES[16])
    if (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF) and (vmcs12_present == 0x0) and (h_flags & 0x1 != 0):
        broken.append(RULES[17])
    if (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF) and (vmcs12_present == 0x0) and (h_flags & 0x4 != 0):
        broken.append(RULES[18])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (vmcs12_present == 0x0)
        and (h_vmcs12_pa != 0xFFFFFFFFFFFFFFFF)
    ):
        broken.append(RULES[19])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (vmcs12_present == 0x1)
        and (h_vmcs12_pa == h_vmxon_pa)
    ):
        broken.append(RULES[20])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (vmcs12_present == 0x1)
        and (h_vmcs12_pa != 0xFFFFFFFFFFFFFFFF)
        and (h_vmcs12_pa % 0x1000 != 0)
    ):
        broken.append(RULES[21])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (vmcs12_present == 0x1)
        and (h_vmcs12_pa != 0xFFFFFFFFFFFFFFFF)
        and (h_vmcs12_pa >> 0x34 != 0)
    ):
        broken.append(RULES[22])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (vmcs12_present == 0x1)
        and (h_vmcs12_pa == 0xFFFFFFFFFFFFFFFF)
        and (h_flags & 0x4 == 0)
    ):
        broken.append(RULES[23])
    if (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF) and (
        vmcs12_revision is not None and (vmcs12_revision != 0x11E57ED0)
    ):
        broken.append(RULES[24])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (h_flags & 0x1 != 0)
        and (
            vmcs12_cpu_based_vm_exec_control is not None
            and (vmcs12_cpu_based_vm_exec_control & 0x80000000 != 0)
        )
        and (
            vmcs12_secondary_vm_exec_control is not None
            and (vmcs12_secondary_vm_exec_control & 0x4000 != 0)
        )
        and (
            vmcs12_vmcs_link_pointer is not None
            and (vmcs12_vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF)
        )
        and (shadow_vmcs12_present == 0x0)
    ):
        broken.append(RULES[25])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (h_flags & 0x1 != 0)
        and (
            vmcs12_cpu_based_vm_exec_control is not None
            and (vmcs12_cpu_based_vm_exec_control & 0x80000000 != 0)
        )
        and (
            vmcs12_secondary_vm_exec_control is not None
            and (vmcs12_secondary_vm_exec_control & 0x4000 != 0)
        )
        and (
            vmcs12_vmcs_link_pointer is not None
            and (vmcs12_vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF)
        )
        and (shadow_vmcs12_revision is not None and (shadow_vmcs12_revision != 0x11E57ED0))
    ):
        broken.append(RULES[26])
    if (
        (h_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (h_flags & 0x1 != 0)
        and (
            vmcs12_cpu_based_vm_exec_control is not None
            and (vmcs12_cpu_based_vm_exec_control & 0x80000000 != 0)
        )
        and (
            vmcs12_secondary_vm_exec_control is not None
            and (vmcs12_secondary_vm_exec_control & 0x4000 != 0)
        )
        and (
            vmcs12_vmcs_link_pointer is not None
            and (vmcs12_vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF)
        )
        and (shadow_vmcs12_shadow is not None and (shadow_vmcs12_shadow == 0x0))
    ):
        broken.append(RULES[27])
    if h_size not in (
        0x80,
        0x1080,
        0x2080,
    ):
        broken.append(RULES[28])
    if (h_vmxon_pa == 0xFFFFFFFFFFFFFFFF) and (vmcs12_present == 0x1):
        broken.append(RULES[29])
    if (h_vmxon_pa == 0xFFFFFFFFFFFFFFFF) and (h_flags & 0x4 != 0):
        broken.append(RULES[30])
    if (h_flags & 0x8 != 0) and (h_flags & 0x1 == 0):
        broken.append(RULES[31])
    if (h_format == 0x0) and (h_flags & 0x100 != 0):
        broken.append(RULES[32])
    if (shadow_vmcs12_present == 0x1) and (h_flags & 0x1 == 0):
        broken.append(RULES[33])
    if (shadow_vmcs12_present == 0x1) and (
        vmcs12_cpu_based_vm_exec_control is not None
        and (vmcs12_cpu_based_vm_exec_control & 0x80000000 == 0)
    ):
        broken.append(RULES[34])
    if (shadow_vmcs12_present == 0x1) and (
        vmcs12_secondary_vm_exec_control is not None
        and (vmcs12_secondary_vm_exec_control & 0x4000 == 0)
    ):
        broken.append(RULES[35])
    if (shadow_vmcs12_present == 0x1) and (
        vmcs12_vmcs_link_pointer is not None and (vmcs12_vmcs_link_pointer == 0xFFFFFFFFFFFFFFFF)
    ):
        broken.append(RULES[36])
    if (h_vmx_flags & 0x1 != 0) and (h_flags & 0x1 == 0):
        broken.append(RULES[37])
    if (h_vmx_flags & 0x1 != 0) and (
        vmcs12_pin_based_vm_exec_control is not None
        and (vmcs12_pin_based_vm_exec_control & 0x40 == 0)
    ):
        broken.append(RULES[38])
    if (h_preemption_timer_deadline != 0x0) and (h_vmx_flags & 0x1 == 0):
        broken.append(RULES[39])
    return broken


class KvmNestedState:
    """A `kvm_nested_state` blob over any buffer, without copying: header members as
    properties, each region as a memoryview (None unless `size` says it is held
    and the buffer holds it)."""

    __slots__ = ("_buf",)

    def __init__(self, buffer: Buffer) -> None:
        view = memoryview(buffer).cast("B")
        if len(view) < HEADER_SIZE:
            raise ValueError(
                f"a kvm_nested_state blob starts with a {HEADER_SIZE}-byte header, got {len(view)} bytes"
            )
        self._buf = view

    @classmethod
    def build(cls, regions: Sequence[Buffer] = (), **header: int) -> KvmNestedState:
        """A new blob: the header, then `regions` in slot order, each exactly its slot's size.
        `size` defaults to the bytes held, other header members to 0."""
        if len(regions) > len(REGIONS):
            raise ValueError(f"kvm_nested_state holds at most {len(REGIONS)} regions")
        total = REGIONS[len(regions) - 1].end if regions else HEADER_SIZE
        blob = cls(bytearray(total))
        for slot, region in zip(REGIONS, regions):
            data = memoryview(region).cast("B")
            if len(data) != slot.size:
                raise ValueError(f"{slot.name} is {slot.size} bytes, got {len(data)}")
            blob._buf[slot.offset : slot.end] = data
        header.setdefault("size", total)
        for name, value in header.items():
            if name not in _ATTRIBUTES:
                raise ValueError(f"kvm_nested_state has no header member {name!r}")
            setattr(blob, _ATTRIBUTES[name], value)
        return blob

    @property
    def buffer(self) -> memoryview:
        return self._buf

    def to_bytes(self) -> bytes:
        return bytes(self._buf)

    def to_dict(self) -> dict[str, int]:
        """Every header member but reserved bytes, by member name."""
        return {name: getattr(self, attribute) for name, attribute in _ATTRIBUTES.items()}

    def region(self, name: str) -> memoryview | None:
        """The bytes of region `name`, or None when the blob does not hold it."""
        slot = next((r for r in REGIONS if r.name == name), None)
        if slot is None:
            raise KeyError(f"kvm_nested_state has no region {name!r}")
        declared = self.size
        if declared < slot.end or len(self._buf) < slot.end:
            return None
        return self._buf[slot.offset : slot.end]

    @property
    def vmcs12(self) -> memoryview | None:
        """data.vmx[0].vmcs12: 4096 bytes at offset 128, or None."""
        return self.region("vmcs12")

    @property
    def shadow_vmcs12(self) -> memoryview | None:
        """data.vmx[0].shadow_vmcs12: 4096 bytes at offset 4224, or None."""
        return self.region("shadow_vmcs12")

    @property
    def flags(self) -> int:
        """KVM_STATE_NESTED_* flags: offset 0, 2 bytes."""
        return int.from_bytes(self._buf[0:2], "little")

    @flags.setter
    def flags(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 16:
            raise ValueError(f"flags: {value!r} is not a 16-bit value of a writable blob")
        self._buf[0:2] = value.to_bytes(2, "little")

    @property
    def format(self) -> int:
        """KVM_STATE_NESTED_FORMAT_*: offset 2, 2 bytes."""
        return int.from_bytes(self._buf[2:4], "little")

    @format.setter
    def format(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 16:
            raise ValueError(f"format: {value!r} is not a 16-bit value of a writable blob")
        self._buf[2:4] = value.to_bytes(2, "little")

    @property
    def size(self) -> int:
        """bytes in the blob: 128, + 4096 with vmcs12, + 4096 with the shadow vmcs12: offset 4, 4 bytes."""
        return int.from_bytes(self._buf[4:8], "little")

    @size.setter
    def size(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 32:
            raise ValueError(f"size: {value!r} is not a 32-bit value of a writable blob")
        self._buf[4:8] = value.to_bytes(4, "little")

    @property
    def vmxon_pa(self) -> int:
        """hdr.vmx.vmxon_pa: the VMXON region, all ones outside VMX operation: offset 8, 8 bytes."""
        return int.from_bytes(self._buf[8:16], "little")

    @vmxon_pa.setter
    def vmxon_pa(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 64:
            raise ValueError(f"vmxon_pa: {value!r} is not a 64-bit value of a writable blob")
        self._buf[8:16] = value.to_bytes(8, "little")

    @property
    def vmcs12_pa(self) -> int:
        """hdr.vmx.vmcs12_pa: the current VMCS, all ones if none: offset 16, 8 bytes."""
        return int.from_bytes(self._buf[16:24], "little")

    @vmcs12_pa.setter
    def vmcs12_pa(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 64:
            raise ValueError(f"vmcs12_pa: {value!r} is not a 64-bit value of a writable blob")
        self._buf[16:24] = value.to_bytes(8, "little")

    @property
    def smm_flags(self) -> int:
        """hdr.vmx.smm.flags: KVM_STATE_NESTED_SMM_*: offset 24, 2 bytes."""
        return int.from_bytes(self._buf[24:26], "little")

    @smm_flags.setter
    def smm_flags(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 16:
            raise ValueError(f"smm_flags: {value!r} is not a 16-bit value of a writable blob")
        self._buf[24:26] = value.to_bytes(2, "little")

    @property
    def vmx_flags(self) -> int:
        """hdr.vmx.flags: KVM_STATE_VMX_*: offset 28, 4 bytes."""
        return int.from_bytes(self._buf[28:32], "little")

    @vmx_flags.setter
    def vmx_flags(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 32:
            raise ValueError(f"vmx_flags: {value!r} is not a 32-bit value of a writable blob")
        self._buf[28:32] = value.to_bytes(4, "little")

    @property
    def preemption_timer_deadline(self) -> int:
        """hdr.vmx.preemption_timer_deadline: offset 32, 8 bytes."""
        return int.from_bytes(self._buf[32:40], "little")

    @preemption_timer_deadline.setter
    def preemption_timer_deadline(self, value: int) -> None:
        if self._buf.readonly or not isinstance(value, int) or not 0 <= value < 1 << 64:
            raise ValueError(
                f"preemption_timer_deadline: {value!r} is not a 64-bit value of a writable blob"
            )
        self._buf[32:40] = value.to_bytes(8, "little")


_ATTRIBUTES = {
    "flags": "flags",
    "format": "format",
    "size": "size",
    "vmxon_pa": "vmxon_pa",
    "vmcs12_pa": "vmcs12_pa",
    "smm_flags": "smm_flags",
    "vmx_flags": "vmx_flags",
    "preemption_timer_deadline": "preemption_timer_deadline",
}
# vmcsgen-digest: 8b82ae710adf372deffea931e2271618aa0ccda17525e1e30e15527cdcd02f90 0365244a6e243b28f19d22ef0199108c179cf9f8ee9b4599d18b7d08110d1c06
