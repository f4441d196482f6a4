"""Realistic fixtures built by the tests: the VMCS region of a 64-bit Linux L2 that KVM (as
L1) is running, caught at an I/O exit, for any layout; and KVM nested-state blobs around it.

The values are what such a VMCS holds: link pointer all ones, CR0 PE|PG|NE with its read
shadow and guest/host mask, CR4 with PAE and VMXE (its read shadow without VMXE), a 64-bit
code segment (access rights 0xa09b), a busy 64-bit TSS, EFER LME|LMA, controls with every
always-on bit, launch_state 1. Only fields the layout holds are written."""

from __future__ import annotations

from vmcsgen.model.spec import Layout, MemberKind

ALL_ONES = (1 << 64) - 1
UNUSABLE = 0x10000
CR0 = 0x80050033  # PE MP ET NE WP AM PG
CR4_SHADOW = 0x003506B0  # PSE PAE PGE OSFXSR OSXMMEXCPT FSGSBASE OSXSAVE SMEP SMAP
# VM entry requires VMXE in the guest CR4 field (IA32_VMX_CR4_FIXED0), so KVM as L1 keeps it
# there and the L2 reads CR4 through its shadow, without it.
GUEST_CR4 = CR4_SHADOW | 0x2000
HOST_CR4 = 0x003726F0  # the same with VMXE, DE, MCE
EFER = 0xD01  # SCE LME LMA NXE
PAT = 0x0007040600070406
PIN_BASED = 0x0000003F  # external-interrupt and NMI exiting, virtual NMIs, always-on bits
CPU_BASED = 0xB6A06DFA  # HLT, MWAIT, RDPMC, TPR shadow, MOV-DR, I/O and MSR bitmaps, secondary
SECONDARY = 0x001010AA  # EPT, RDTSCP, VPID, unrestricted guest, INVPCID, XSAVES
SHADOW_VMCS = 0x00004000
PREEMPTION_TIMER = 0x00000040
EXIT_CONTROLS = 0x003FEFFF  # 64-bit host, acknowledge interrupt, save/load PAT and EFER
ENTRY_CONTROLS = 0x0000D3FF  # IA-32e mode guest, load PAT and EFER

RUNNING_L2 = {
    # Guest segments: 64-bit kernel code, flat data, unusable null selectors, busy TSS.
    "GUEST_CS_SELECTOR": 0x10,
    "GUEST_CS_AR_BYTES": 0xA09B,
    "GUEST_CS_LIMIT": 0xFFFFFFFF,
    "GUEST_SS_SELECTOR": 0x18,
    "GUEST_SS_AR_BYTES": 0xC093,
    "GUEST_SS_LIMIT": 0xFFFFFFFF,
    "GUEST_DS_AR_BYTES": UNUSABLE,
    "GUEST_ES_AR_BYTES": UNUSABLE,
    "GUEST_FS_AR_BYTES": UNUSABLE,
    "GUEST_FS_BASE": 0x00007F3A1C5E2740,
    "GUEST_GS_AR_BYTES": UNUSABLE,
    "GUEST_GS_BASE": 0xFFFF88807FC00000,
    "GUEST_LDTR_AR_BYTES": UNUSABLE,
    "GUEST_TR_SELECTOR": 0x40,
    "GUEST_TR_AR_BYTES": 0x8B,
    "GUEST_TR_LIMIT": 0x4087,
    "GUEST_TR_BASE": 0xFFFFFE0000003000,
    "GUEST_GDTR_BASE": 0xFFFFFE0000001000,
    "GUEST_GDTR_LIMIT": 0x7F,
    "GUEST_IDTR_BASE": 0xFFFFFE0000000000,
    "GUEST_IDTR_LIMIT": 0xFFF,
    "GUEST_CR0": CR0,
    "GUEST_CR3": 0x000000010D2E8000,
    "GUEST_CR4": GUEST_CR4,
    "CR0_READ_SHADOW": CR0,
    "CR0_GUEST_HOST_MASK": 0xFFFFFFFFFFFFFFF7,
    "CR4_READ_SHADOW": CR4_SHADOW,
    "CR4_GUEST_HOST_MASK": 0xFFFFFFFFFFFEF871,
    "GUEST_IA32_EFER": EFER,
    "GUEST_IA32_PAT": PAT,
    "GUEST_DR7": 0x400,
    "GUEST_RFLAGS": 0x246,
    "GUEST_RIP": 0xFFFFFFFF81E00DC1,
    "GUEST_RSP": 0xFFFFC90000013E28,
    "GUEST_SYSENTER_EIP": 0xFFFFFFFF81E01640,
    "GUEST_SYSENTER_ESP": 0xFFFFFE0000003000,
    "GUEST_SYSENTER_CS": 0x10,
    "VMCS_LINK_POINTER": ALL_ONES,
    # Controls.
    "VIRTUAL_PROCESSOR_ID": 1,
    "PIN_BASED_VM_EXEC_CONTROL": PIN_BASED,
    "CPU_BASED_VM_EXEC_CONTROL": CPU_BASED,
    "SECONDARY_VM_EXEC_CONTROL": SECONDARY,
    "VM_EXIT_CONTROLS": EXIT_CONTROLS,
    "VM_ENTRY_CONTROLS": ENTRY_CONTROLS,
    "EXCEPTION_BITMAP": 0x00060042,
    "IO_BITMAP_A": 0x0000000102A41000,
    "IO_BITMAP_B": 0x0000000102A42000,
    "MSR_BITMAP": 0x0000000102A43000,
    "VIRTUAL_APIC_PAGE_ADDR": 0x0000000102A44000,
    "EPT_POINTER": 0x000000010F55E05E,
    "TSC_OFFSET": 0xFFFFFC7A2E19B7C0,
    # Exit information: an OUT to port 0x3f8.
    "VM_EXIT_REASON": 30,
    "EXIT_QUALIFICATION": 0x03F80000,
    "VM_EXIT_INSTRUCTION_LEN": 1,
    # Host: KVM itself in 64-bit mode.
    "HOST_CR0": CR0,
    "HOST_CR3": 0x0000000101A0E000,
    "HOST_CR4": HOST_CR4,
    "HOST_CS_SELECTOR": 0x10,
    "HOST_SS_SELECTOR": 0x18,
    "HOST_TR_SELECTOR": 0x40,
    "HOST_GS_BASE": 0xFFFF88881FC00000,
    "HOST_TR_BASE": 0xFFFFFE0000083000,
    "HOST_GDTR_BASE": 0xFFFFFE0000081000,
    "HOST_IDTR_BASE": 0xFFFFFE0000000000,
    "HOST_IA32_SYSENTER_CS": 0x10,
    "HOST_IA32_SYSENTER_ESP": 0xFFFFFE0000083000,
    "HOST_IA32_SYSENTER_EIP": 0xFFFFFFFF81E01640,
    "HOST_IA32_EFER": EFER,
    "HOST_IA32_PAT": PAT,
    "HOST_RIP": 0xFFFFFFFFC0A2E1A0,
    "HOST_RSP": 0xFFFFC90000ADBE68,
}


def running_l2(layout: Layout, shadow: bool = False, **fields: int) -> bytearray:
    """A `layout` region of a running L2; `fields` (catalog names) override or add values."""
    region = bytearray(layout.size)
    values = {**RUNNING_L2, **fields}
    for member in layout.members:
        if member.field is not None and member.field.name in values:
            value = values[member.field.name]
        elif member.kind is MemberKind.STATE and member.name == "launch_state":
            value = 1
        elif member.kind is MemberKind.HEADER:
            value = layout.revision | (1 << 31 if shadow else 0)
        else:
            continue
        region[member.offset : member.end] = value.to_bytes(member.size, "little")
    return region


def field_values(layout: Layout, region: bytes) -> dict[str, int]:
    """What the region holds, by catalog field name."""
    return {
        m.field.name: int.from_bytes(region[m.offset : m.end], "little")
        for m in layout.fields
        if m.field is not None
    }
