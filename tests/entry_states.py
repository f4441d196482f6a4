"""Realistic states for the VM-entry checks: what KVM holds for an L2 in three situations,
and a permissive KVM-like capability profile of the destination to judge them against.

- RUNNING_64BIT: the running 64-bit Linux L2 of running_l2.py (EPT, VPID, unrestricted guest
  available), as KVM_GET_NESTED_STATE returns it with GUEST_MODE.
- REAL_MODE_UG: L1 (KVM) runs a guest still in real mode at its reset vector, with
  unrestricted guest: the segment, CR0 and CR4 values KVM's vCPU reset gives a guest, CR0 and
  CR4 as L1 writes them into the VMCS (NE and WP forced on, NW and CD off; VMXE and the
  host's MCE in CR4) while the read shadows keep what the guest sees.
- PENDING_PF: the 64-bit L2 with a VMRESUME not completed (RUN_PENDING) that injects a page
  fault with its error code (a write to a not-present page).

Each state is a vmcs12 region of a layout (catalog field values) plus the nested-state
header members the checks read."""

from __future__ import annotations

from dataclasses import dataclass, field

from entry_check_helpers import profile
from running_l2 import GUEST_CR4, RUNNING_L2, field_values, running_l2

from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.spec import Layout

GUEST_MODE, RUN_PENDING = 0x1, 0x2

# What KVM (as L1) writes into the VMCS for a guest CR4: the guest's bits plus VMXE (always on
# in VMX operation) and the host's MCE (vmx_set_cr4(), KVM_PMODE_VM_CR4_ALWAYS_ON).
VMXE, MCE = 1 << 13, 1 << 6
HW_GUEST_CR4 = GUEST_CR4 | VMXE | MCE
UNRESTRICTED_GUEST = 1 << 7
IA32E_MODE_GUEST = 1 << 9

# CR4 bits a KVM L1 may set (nested_vmx_cr_fixed1_bits_update(): PCE, plus each bit whose
# CPUID feature the profile has): VME PVI TSD DE PSE PAE MCE PGE PCE OSFXSR OSXMMEXCPT UMIP
# VMXE FSGSBASE PCIDE OSXSAVE SMEP SMAP.
CR4_FIXED1 = 0x00372FFF
CPUID = (
    "vmx", "lm", "nx", "vme", "tsc", "de", "pse", "pae", "mce", "pge", "fxsr", "sse",
    "pcid", "xsave", "fsgsbase", "smep", "smap", "umip",
)  # fmt: skip


def kvm_like_profile(maxphyaddr: int = 46, cpuid: tuple[str, ...] = CPUID) -> CapabilityProfile:
    """Every control allowed (allowed-1 all ones, nothing required), KVM's fixed CR0/CR4
    bits for L1 (VMXON_CR0_ALWAYSON = PE|NE|PG, CR0_FIXED1 = 0xffffffff, VMXON_CR4_ALWAYSON
    = VMXE), MAXPHYADDR 46 and the CPUID of a Skylake-class L1."""
    return profile(
        maxphyaddr,
        cpuid,
        # VMCS12_REVISION, VMCS12_SIZE, write-back, INS/OUTS information, TRUE_ controls.
        IA32_VMX_BASIC=0x00D81000_11E57ED0,
        IA32_VMX_CR0_FIXED0=0x80000021,
        IA32_VMX_CR0_FIXED1=0xFFFFFFFF,
        IA32_VMX_CR4_FIXED0=VMXE,
        IA32_VMX_CR4_FIXED1=CR4_FIXED1,
    )


@dataclass(frozen=True)
class EntryState:
    """A vmcs12's field values (catalog names; fields the layout lacks are absent) and the
    nested-state header members the checks read."""

    name: str
    fields: dict[str, int]
    header: dict[str, int] = field(default_factory=dict)

    def with_fields(self, **changes: int) -> EntryState:
        return EntryState(self.name, {**self.fields, **changes}, self.header)

    def with_header(self, **changes: int) -> EntryState:
        return EntryState(self.name, self.fields, {**self.header, **changes})


def _state(name: str, layout: Layout, flags: int, **fields: int) -> EntryState:
    region = running_l2(layout, **fields)
    header = {"flags": flags, "vmxon_pa": 0x10D2E1000, "vmcs12_pa": 0x10D2E2000}
    return EntryState(name, field_values(layout, region), header)


def running_64bit(layout: Layout) -> EntryState:
    return _state("running-64bit", layout, GUEST_MODE, GUEST_CR4=HW_GUEST_CR4)


# KVM's reset values of a vCPU's segments (vmx_vcpu_reset(), seg_setup()): CS at the reset
# vector F000:FFF0 with base FFFF0000, the data segments null with 64 KiB limits and
# read/write accessed data rights (0x93), an LDT (0x82) and a busy 32-bit TSS (0x8b).
REAL_MODE = {
    "GUEST_CS_SELECTOR": 0xF000,
    "GUEST_CS_BASE": 0xFFFF0000,
    "GUEST_CS_LIMIT": 0xFFFF,
    "GUEST_CS_AR_BYTES": 0x9B,
    **{f"GUEST_{s}_SELECTOR": 0 for s in ("SS", "DS", "ES", "FS", "GS")},
    **{f"GUEST_{s}_BASE": 0 for s in ("SS", "DS", "ES", "FS", "GS")},
    **{f"GUEST_{s}_LIMIT": 0xFFFF for s in ("SS", "DS", "ES", "FS", "GS")},
    **{f"GUEST_{s}_AR_BYTES": 0x93 for s in ("SS", "DS", "ES", "FS", "GS")},
    "GUEST_LDTR_SELECTOR": 0,
    "GUEST_LDTR_BASE": 0,
    "GUEST_LDTR_LIMIT": 0xFFFF,
    "GUEST_LDTR_AR_BYTES": 0x82,
    "GUEST_TR_SELECTOR": 0,
    "GUEST_TR_BASE": 0,
    "GUEST_TR_LIMIT": 0xFFFF,
    "GUEST_TR_AR_BYTES": 0x8B,
    "GUEST_GDTR_BASE": 0,
    "GUEST_GDTR_LIMIT": 0xFFFF,
    "GUEST_IDTR_BASE": 0,
    "GUEST_IDTR_LIMIT": 0xFFFF,
    "GUEST_RIP": 0xFFF0,
    "GUEST_RSP": 0,
    "GUEST_RFLAGS": 0x2,
    "GUEST_CR0": 0x00010030,  # ET, with NE and WP forced on by L1
    "CR0_READ_SHADOW": 0x60000010,  # ET NW CD: the reset value the guest sees
    "GUEST_CR3": 0,
    "GUEST_CR4": VMXE | MCE,
    "CR4_READ_SHADOW": 0,
    "GUEST_IA32_EFER": 0,
    "GUEST_FS_BASE": 0,
    "GUEST_GS_BASE": 0,
    "GUEST_SYSENTER_EIP": 0,
    "GUEST_SYSENTER_ESP": 0,
    "GUEST_SYSENTER_CS": 0,
    "VM_ENTRY_CONTROLS": RUNNING_L2["VM_ENTRY_CONTROLS"] & ~IA32E_MODE_GUEST,
}


def real_mode_ug(layout: Layout) -> EntryState:
    return _state("real-mode-unrestricted-guest", layout, GUEST_MODE, **REAL_MODE)


# A page fault on a write to a not-present page, injected on VMRESUME: valid, hardware
# exception, deliver error code, vector 14; error code W (bit 1).
PF_INJECTION = 0x80000B0E


def pending_pf(layout: Layout) -> EntryState:
    return _state(
        "pending-page-fault",
        layout,
        GUEST_MODE | RUN_PENDING,
        GUEST_CR4=HW_GUEST_CR4,
        VM_ENTRY_INTR_INFO_FIELD=PF_INJECTION,
        VM_ENTRY_EXCEPTION_ERROR_CODE=0x2,
        VM_ENTRY_INSTRUCTION_LEN=0,
    )


REALISTIC = (running_64bit, real_mode_ug, pending_pf)
