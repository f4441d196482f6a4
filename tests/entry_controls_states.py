"""The running L2 and the destination profile the VM-entry control checks are tested on, and
one mutation per check of specs/checks/vm_entry_controls.yaml that breaks that check alone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from running_l2 import ENTRY_CONTROLS, EXIT_CONTROLS, PIN_BASED, RUNNING_L2, SECONDARY

from vmcsgen.model.caps import VMX_MSR_NAMES, CapabilityProfile
from vmcsgen.model.diagnostics import Location

MAXPHYADDR = 46
CPU_BASED = RUNNING_L2["CPU_BASED_VM_EXEC_CONTROL"]
EPTP = RUNNING_L2["EPT_POINTER"]
PAGE = 0x0000000102A45000  # a free 4-KByte page of L1, next to the fixture's bitmaps

# Control bits, by their Linux names (asm/vmx.h).
PIN_EXT_INTR, PIN_NMI, PIN_VIRTUAL_NMIS, PIN_PREEMPTION, PIN_POSTED = 0x1, 0x8, 0x20, 0x40, 0x80
CPU_TERTIARY, CPU_TPR_SHADOW, CPU_NMI_WINDOW, CPU_MTF = 1 << 17, 1 << 21, 1 << 22, 1 << 27
SEC_APIC_ACCESSES, SEC_EPT, SEC_X2APIC, SEC_VPID, SEC_WBINVD, SEC_UG = (
    0x1,
    0x2,
    0x10,
    0x20,
    0x40,
    0x80,
)
SEC_APIC_REG_VIRT, SEC_VID, SEC_VMFUNC, SEC_SHADOW_VMCS = 1 << 8, 1 << 9, 1 << 13, 1 << 14
SEC_PML, SEC_MBEC, SEC_TSC_SCALING = 1 << 17, 1 << 22, 1 << 25
EXIT_ACK_INTR, EXIT_SAVE_PREEMPTION, EXIT_PT_CONCEAL_PIP = 1 << 15, 1 << 22, 1 << 24
ENTRY_SMM = 1 << 10
VALID, DELIVER_CODE = 1 << 31, 1 << 11
EPT_PW4, EPT_PW5, EPT_UC, EPT_WB, EPT_AD = 1 << 6, 1 << 7, 1 << 8, 1 << 14, 1 << 21


def intr_info(kind: int, vector: int, *extra: int) -> int:
    """A valid VM-entry interruption-information value of type `kind`."""
    value = VALID | kind << 8 | vector
    for bits in extra:
        value |= bits
    return value


# nested_vmx_setup_ctls_msrs() of Debian's linux-source-6.1 on a host with every feature it
# asks the hardware for, EPT with A/D bits, VPID, APICv, flexpriority, unrestricted guest,
# VMFUNC and SGX: what KVM 6.1 offers L1. Each control MSR is allowed-0 | allowed-1 << 32;
# KVM sets IA32_VMX_BASIC[55], so the TRUE_ MSRs are the ones checks consult.
def _controls(low: int, high: int) -> int:
    return low | high << 32


PIN_LOW = 0x16  # PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR
PIN_HIGH = PIN_EXT_INTR | PIN_NMI | PIN_VIRTUAL_NMIS | PIN_POSTED | PIN_LOW | PIN_PREEMPTION
PROC_LOW = 0x0401E172 & ~(1 << 15 | 1 << 16)  # without CR3-load/store exiting
PROC_HIGH = (
    0x4
    | CPU_NMI_WINDOW
    | 0x8
    | 0x80
    | 0x200
    | 0x400
    | 1 << 15
    | 1 << 16
    | 1 << 19
    | 1 << 20
    | 1 << 23
    | 1 << 24
    | 1 << 25
    | CPU_MTF
    | 1 << 29
    | 0x800
    | 0x1000
    | 1 << 30
    | CPU_TPR_SHADOW
    | 1 << 31
    | 0x0401E172
    | 1 << 28
)
PROC2_HIGH = (
    0x4
    | 0x8
    | SEC_X2APIC
    | SEC_WBINVD
    | SEC_APIC_REG_VIRT
    | SEC_VID
    | 1 << 11
    | 1 << 12
    | 1 << 16
    | 1 << 20
    | SEC_TSC_SCALING
    | 1 << 26
    | SEC_SHADOW_VMCS
    | SEC_EPT
    | SEC_PML
    | SEC_VMFUNC
    | SEC_VPID
    | SEC_UG
    | SEC_APIC_ACCESSES
    | 1 << 15
)
EXIT_LOW = 0x00036DFF & ~0x4  # without save debug controls
EXIT_HIGH = (
    1 << 9
    | 1 << 19
    | 1 << 18
    | 1 << 23
    | 0x00036DFF
    | 1 << 21
    | 1 << 20
    | EXIT_SAVE_PREEMPTION
    | EXIT_ACK_INTR
    | 1 << 12
)
ENTRY_LOW = 0x000011FF & ~0x4  # without load debug controls
ENTRY_HIGH = 1 << 9 | 1 << 14 | 1 << 16 | 0x000011FF | 1 << 15 | 1 << 13
EPT_CAPS = EPT_PW4 | EPT_PW5 | EPT_WB | 1 << 20 | 1 | 1 << 26 | 1 << 25 | 1 << 16 | 1 << 17 | EPT_AD
VPID_CAPS = 1 | 0xF << 8  # INVVPID and its four extents
KVM_6_1_MSRS = {
    # VMCS12_REVISION, TRUE_CTLS, 4-KByte VMCS, write-back VMCS memory, INS/OUTS information
    "IA32_VMX_BASIC": 0x11E57ED0 | 1 << 55 | 0x1000 << 32 | 6 << 50 | 1 << 54,
    "IA32_VMX_PINBASED_CTLS": _controls(PIN_LOW, PIN_HIGH),
    "IA32_VMX_PROCBASED_CTLS": _controls(0x0401E172, PROC_HIGH),
    "IA32_VMX_EXIT_CTLS": _controls(0x00036DFF, EXIT_HIGH),
    "IA32_VMX_ENTRY_CTLS": _controls(0x000011FF, ENTRY_HIGH),
    # EFER.LMA saving, VMWRITE to exit-information fields, preemption-timer rate 5, HLT and
    # wait-for-SIPI; no CR3 targets, no zero-length injection.
    "IA32_VMX_MISC": 0x20 | 1 << 29 | 5 | 0x40 | 0x100,
    "IA32_VMX_PROCBASED_CTLS2": _controls(0, PROC2_HIGH),
    "IA32_VMX_EPT_VPID_CAP": EPT_CAPS | VPID_CAPS << 32,
    "IA32_VMX_TRUE_PINBASED_CTLS": _controls(PIN_LOW, PIN_HIGH),
    "IA32_VMX_TRUE_PROCBASED_CTLS": _controls(PROC_LOW, PROC_HIGH),
    "IA32_VMX_TRUE_EXIT_CTLS": _controls(EXIT_LOW, EXIT_HIGH),
    "IA32_VMX_TRUE_ENTRY_CTLS": _controls(ENTRY_LOW, ENTRY_HIGH),
    "IA32_VMX_VMFUNC": 1,  # EPTP switching
}


def kvm61_profile(**msrs: int) -> CapabilityProfile:
    """The permissive KVM 6.1 profile, with `msrs` replacing MSR values by name. The MSRs the
    control checks do not consult (CR0/CR4 fixed bits, VMCS_ENUM, PROCBASED_CTLS3) read 0."""
    values = {**KVM_6_1_MSRS, **msrs}
    return CapabilityProfile(
        name="kvm-6.1-test",
        title="KVM 6.1 nested VMX on a full-featured host (test profile)",
        source="nested_vmx_setup_ctls_msrs(), Debian linux-source-6.1",
        msrs=tuple((name, values.get(name, 0)) for name in VMX_MSR_NAMES),
        maxphyaddr=MAXPHYADDR,
        cpuid=frozenset({"lm", "vmx"}),
        location=Location(__file__, 0, 0),
    )


KVM_6_1 = kvm61_profile()


@dataclass(frozen=True)
class Mutation:
    """One change to the running L2 (fields) or to the profile (msrs) and what it makes
    `id` become; `also` names the other checks it leaves undecided and why they must be."""

    fields: Mapping[str, int] = field(default_factory=dict)
    msrs: Mapping[str, int] = field(default_factory=dict)
    outcome: str = "broken"
    also: Mapping[str, str] = field(default_factory=dict)


# The eVMCS checks are undecided whenever their controls are set: whether L1 enabled the
# enlightened VMCS is in neither the blob nor the profile.
EVMCS_PIN = {"evmcs-pin-controls-unsupported": "undecided"}
EVMCS_2ND = {"evmcs-secondary-controls-unsupported": "undecided"}
POSTED = {
    "PIN_BASED_VM_EXEC_CONTROL": PIN_BASED | PIN_POSTED,
    "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_VID,
    "POSTED_INTR_NV": 0xF2,
    "POSTED_INTR_DESC_ADDR": PAGE,
}
SHADOWING = {
    "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_SHADOW_VMCS,
    "VMREAD_BITMAP": PAGE,
    "VMWRITE_BITMAP": PAGE + 0x1000,
}
VMFUNC = {"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_VMFUNC, "EPTP_LIST_ADDRESS": PAGE}
# test_invalid_event_injection's setup: instruction length 1, error code 0.
INJECT = {"VM_ENTRY_INSTRUCTION_LEN": 1, "VM_ENTRY_EXCEPTION_ERROR_CODE": 0}
NO_EPT = SECONDARY & ~(SEC_EPT | SEC_UG)
PROC2 = "IA32_VMX_PROCBASED_CTLS2"
EPT_CAP = "IA32_VMX_EPT_VPID_CAP"

MUTATIONS: dict[str, Mutation] = {
    "pin-controls-not-allowed": Mutation({"PIN_BASED_VM_EXEC_CONTROL": PIN_BASED | 1 << 8}),
    "pin-controls-required-missing": Mutation({"PIN_BASED_VM_EXEC_CONTROL": PIN_BASED & ~0x2}),
    "proc-controls-not-allowed": Mutation({"CPU_BASED_VM_EXEC_CONTROL": CPU_BASED | CPU_TERTIARY}),
    "proc-controls-required-missing": Mutation({"CPU_BASED_VM_EXEC_CONTROL": CPU_BASED & ~0x2}),
    "proc2-controls-not-allowed": Mutation({"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_MBEC}),
    "proc2-controls-required-missing": Mutation(msrs={PROC2: _controls(SEC_WBINVD, PROC2_HIGH)}),
    "cr3-target-count-too-high": Mutation({"CR3_TARGET_COUNT": 1}),
    "io-bitmap-a-address-invalid": Mutation({"IO_BITMAP_A": RUNNING_L2["IO_BITMAP_A"] | 0x800}),
    "io-bitmap-b-address-invalid": Mutation(
        {"IO_BITMAP_B": RUNNING_L2["IO_BITMAP_B"] | 1 << MAXPHYADDR}
    ),
    "msr-bitmap-address-invalid": Mutation({"MSR_BITMAP": RUNNING_L2["MSR_BITMAP"] | 1}),
    "virtual-apic-address-invalid": Mutation(
        {"VIRTUAL_APIC_PAGE_ADDR": RUNNING_L2["VIRTUAL_APIC_PAGE_ADDR"] | 0x10}
    ),
    "apic-access-address-invalid": Mutation(
        {
            "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_APIC_ACCESSES,
            "APIC_ACCESS_ADDR": 0xFEE00400,
        },
        also=EVMCS_2ND,
    ),
    "x2apic-mode-with-apic-accesses": Mutation(
        {
            "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_APIC_ACCESSES | SEC_X2APIC,
            "APIC_ACCESS_ADDR": 0xFEE00000,
        },
        also=EVMCS_2ND,
    ),
    "virtual-interrupt-delivery-without-interrupt-exiting": Mutation(
        {
            "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_VID,
            "PIN_BASED_VM_EXEC_CONTROL": PIN_BASED & ~PIN_EXT_INTR,
        },
        also=EVMCS_2ND,
    ),
    "posted-interrupts-without-virtual-interrupt-delivery": Mutation(
        {**POSTED, "SECONDARY_VM_EXEC_CONTROL": SECONDARY}, also=EVMCS_PIN
    ),
    "posted-interrupts-without-interrupt-acknowledge": Mutation(
        {**POSTED, "VM_EXIT_CONTROLS": EXIT_CONTROLS & ~EXIT_ACK_INTR},
        also={**EVMCS_PIN, **EVMCS_2ND},
    ),
    "posted-interrupt-vector-invalid": Mutation(
        {**POSTED, "POSTED_INTR_NV": 0x1F2}, also={**EVMCS_PIN, **EVMCS_2ND}
    ),
    "posted-interrupt-descriptor-address-invalid": Mutation(
        {**POSTED, "POSTED_INTR_DESC_ADDR": PAGE | 0x20}, also={**EVMCS_PIN, **EVMCS_2ND}
    ),
    "apic-virtualization-without-tpr-shadow": Mutation(
        {
            "CPU_BASED_VM_EXEC_CONTROL": CPU_BASED & ~CPU_TPR_SHADOW,
            "SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_APIC_REG_VIRT,
        },
        also=EVMCS_2ND,
    ),
    "virtual-nmis-without-nmi-exiting": Mutation(
        {"PIN_BASED_VM_EXEC_CONTROL": PIN_BASED & ~PIN_NMI}
    ),
    "nmi-window-exiting-without-virtual-nmis": Mutation(
        {
            "PIN_BASED_VM_EXEC_CONTROL": PIN_BASED & ~PIN_VIRTUAL_NMIS,
            "CPU_BASED_VM_EXEC_CONTROL": CPU_BASED | CPU_NMI_WINDOW,
        }
    ),
    "pml-without-ept": Mutation({"SECONDARY_VM_EXEC_CONTROL": NO_EPT | SEC_PML}, also=EVMCS_2ND),
    "pml-address-invalid": Mutation(
        {"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_PML, "PML_ADDRESS": PAGE | 0x8},
        also=EVMCS_2ND,
    ),
    "unrestricted-guest-without-ept": Mutation({"SECONDARY_VM_EXEC_CONTROL": SECONDARY & ~SEC_EPT}),
    # KVM never offers mode-based execute control to L1: a profile that does.
    "mode-based-ept-exec-without-ept": Mutation(
        {"SECONDARY_VM_EXEC_CONTROL": NO_EPT | SEC_MBEC},
        msrs={PROC2: _controls(0, PROC2_HIGH | SEC_MBEC)},
    ),
    "vmread-bitmap-address-invalid": Mutation(
        {**SHADOWING, "VMREAD_BITMAP": PAGE | 0x100}, also=EVMCS_2ND
    ),
    "vmwrite-bitmap-address-invalid": Mutation(
        {**SHADOWING, "VMWRITE_BITMAP": 1 << 52}, also=EVMCS_2ND
    ),
    "vpid-zero": Mutation({"VIRTUAL_PROCESSOR_ID": 0}),
    "save-preemption-timer-without-preemption-timer": Mutation(
        {"VM_EXIT_CONTROLS": EXIT_CONTROLS | EXIT_SAVE_PREEMPTION},
        also={"evmcs-exit-controls-unsupported": "undecided"},
    ),
    "eptp-memory-type-invalid": Mutation({"EPT_POINTER": EPTP & ~0x7 | 1}),
    "eptp-memory-type-uc-unsupported": Mutation({"EPT_POINTER": EPTP & ~0x7}),
    "eptp-memory-type-wb-unsupported": Mutation(msrs={EPT_CAP: (EPT_CAPS & ~EPT_WB) | EPT_UC}),
    "eptp-walk-length-invalid": Mutation({"EPT_POINTER": EPTP & ~0x38 | 2 << 3}),
    "eptp-walk-length-4-unsupported": Mutation(msrs={EPT_CAP: EPT_CAPS & ~EPT_PW4}),
    "eptp-walk-length-5-unsupported": Mutation(
        {"EPT_POINTER": EPTP & ~0x38 | 4 << 3}, msrs={EPT_CAP: EPT_CAPS & ~EPT_PW5}
    ),
    "eptp-reserved-bits": Mutation({"EPT_POINTER": EPTP | 1 << 7}),
    "eptp-beyond-maxphyaddr": Mutation({"EPT_POINTER": EPTP | 1 << 47}),
    "eptp-accessed-dirty-unsupported": Mutation(msrs={EPT_CAP: EPT_CAPS & ~EPT_AD}),
    "vmfunc-controls-not-allowed": Mutation({**VMFUNC, "VM_FUNCTION_CONTROL": 2}, also=EVMCS_2ND),
    "eptp-switching-without-ept": Mutation(
        {**VMFUNC, "SECONDARY_VM_EXEC_CONTROL": NO_EPT | SEC_VMFUNC, "VM_FUNCTION_CONTROL": 1},
        also={**EVMCS_2ND, "evmcs-vmfunc-unsupported": "undecided"},
    ),
    "eptp-list-address-invalid": Mutation(
        {**VMFUNC, "VM_FUNCTION_CONTROL": 1, "EPTP_LIST_ADDRESS": PAGE | 0x8},
        also={**EVMCS_2ND, "evmcs-vmfunc-unsupported": "undecided"},
    ),
    "exit-controls-not-allowed": Mutation(
        {"VM_EXIT_CONTROLS": EXIT_CONTROLS | EXIT_PT_CONCEAL_PIP}
    ),
    "exit-controls-required-missing": Mutation({"VM_EXIT_CONTROLS": EXIT_CONTROLS & ~0x1}),
    "exit-msr-load-address-invalid": Mutation(
        {"VM_EXIT_MSR_LOAD_COUNT": 1, "VM_EXIT_MSR_LOAD_ADDR": PAGE | 0x8},
        also={"exit-msr-load-area-end-invalid": "undecided"},
    ),
    "exit-msr-load-area-end-invalid": Mutation(
        {"VM_EXIT_MSR_LOAD_COUNT": 1, "VM_EXIT_MSR_LOAD_ADDR": PAGE}, outcome="undecided"
    ),
    "exit-msr-store-address-invalid": Mutation(
        {"VM_EXIT_MSR_STORE_COUNT": 2, "VM_EXIT_MSR_STORE_ADDR": 1 << MAXPHYADDR},
        also={"exit-msr-store-area-end-invalid": "undecided"},
    ),
    "exit-msr-store-area-end-invalid": Mutation(
        {"VM_EXIT_MSR_STORE_COUNT": 2, "VM_EXIT_MSR_STORE_ADDR": PAGE}, outcome="undecided"
    ),
    "entry-controls-not-allowed": Mutation({"VM_ENTRY_CONTROLS": ENTRY_CONTROLS | ENTRY_SMM}),
    "entry-controls-required-missing": Mutation({"VM_ENTRY_CONTROLS": ENTRY_CONTROLS & ~0x1}),
    "injection-type-reserved": Mutation({**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(1, 0)}),
    "injection-other-event-without-mtf": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(7, 0)},
        msrs={
            "IA32_VMX_TRUE_PROCBASED_CTLS": _controls(PROC_LOW, PROC_HIGH & ~CPU_MTF),
            "IA32_VMX_PROCBASED_CTLS": _controls(0x0401E172, PROC_HIGH & ~CPU_MTF),
        },
    ),
    "injection-nmi-vector": Mutation({**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(2, 0)}),
    "injection-exception-vector": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(3, 32)}
    ),
    "injection-other-event-vector": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(7, 1)}
    ),
    "injection-error-code-unexpected": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(3, 6, DELIVER_CODE)}
    ),
    "injection-error-code-missing": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(3, 13)}
    ),
    "injection-error-code-reserved-bits": Mutation(
        {
            "VM_ENTRY_INTR_INFO_FIELD": intr_info(3, 13, DELIVER_CODE),
            "VM_ENTRY_EXCEPTION_ERROR_CODE": 0x10000,
        }
    ),
    "injection-reserved-bits": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(0, 0x20, 1 << 12)}
    ),
    "injection-instruction-length-too-long": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(4, 0x80), "VM_ENTRY_INSTRUCTION_LEN": 16}
    ),
    "injection-instruction-length-zero": Mutation(
        {**INJECT, "VM_ENTRY_INTR_INFO_FIELD": intr_info(6, 3), "VM_ENTRY_INSTRUCTION_LEN": 0}
    ),
    "entry-msr-load-address-invalid": Mutation(
        {"VM_ENTRY_MSR_LOAD_COUNT": 1, "VM_ENTRY_MSR_LOAD_ADDR": PAGE | 0x4},
        also={"entry-msr-load-area-end-invalid": "undecided"},
    ),
    "entry-msr-load-area-end-invalid": Mutation(
        {"VM_ENTRY_MSR_LOAD_COUNT": 3, "VM_ENTRY_MSR_LOAD_ADDR": PAGE}, outcome="undecided"
    ),
    "evmcs-pin-controls-unsupported": Mutation(
        {"PIN_BASED_VM_EXEC_CONTROL": PIN_BASED | PIN_PREEMPTION}, outcome="undecided"
    ),
    "evmcs-secondary-controls-unsupported": Mutation(
        {"SECONDARY_VM_EXEC_CONTROL": SECONDARY | SEC_TSC_SCALING}, outcome="undecided"
    ),
    # Saving the preemption timer needs the timer itself, which the eVMCS cannot hold either.
    "evmcs-exit-controls-unsupported": Mutation(
        {
            "VM_EXIT_CONTROLS": EXIT_CONTROLS | EXIT_SAVE_PREEMPTION,
            "PIN_BASED_VM_EXEC_CONTROL": PIN_BASED | PIN_PREEMPTION,
        },
        outcome="undecided",
        also=EVMCS_PIN,
    ),
    "evmcs-vmfunc-high-bits": Mutation({"VM_FUNCTION_CONTROL": 1 << 32}, outcome="undecided"),
    "evmcs-vmfunc-unsupported": Mutation({"VM_FUNCTION_CONTROL": 1}, outcome="undecided"),
    "tpr-threshold-reserved-bits": Mutation({"TPR_THRESHOLD": 0x10}),
    "tpr-threshold-above-vtpr": Mutation({"TPR_THRESHOLD": 0x1}, outcome="undecided"),
}
