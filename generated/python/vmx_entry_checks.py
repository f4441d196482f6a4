# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""The VM-entry checks of a vmcs12 against the destination vCPU's capabilities.

Generated from specs/checks/set_nested_state.yaml, specs/checks/vm_entry_controls.yaml, specs/checks/vm_entry_host_state.yaml, specs/checks/vm_entry_guest_state.yaml, specs/fields.yaml, specs/bits.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Every check KVM (or the processor after it) makes before nested VM entry, in the order they
are made. `run_checks(region, caps, reader)` reads the region's fields through `reader`, the
same VMREAD function the container modules take (with a layout module:
`lambda region, encoding: KvmVmcs12(region).read(encoding)`), and returns the ids of the
broken checks and of the undecided ones: a check is undecided when it reads a field the
layout does not hold, the shadow vmcs12 or a nested-state header member that was not given,
or needs something neither the state nor the capabilities give. `caps` is any object with
`msr(name)`, `has(feature)` and `maxphyaddr` (vmcsgen's CapabilityProfile, or
`Capabilities` below).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple, Protocol, Union

Buffer = Union[bytes, bytearray, memoryview]
# VMREAD of one region: (region bytes, field encoding) -> value; KeyError if not held.
Reader = Callable[[memoryview, int], int]

MSR_NAMES = (
    "IA32_VMX_BASIC",
    "IA32_VMX_PINBASED_CTLS",
    "IA32_VMX_PROCBASED_CTLS",
    "IA32_VMX_EXIT_CTLS",
    "IA32_VMX_ENTRY_CTLS",
    "IA32_VMX_MISC",
    "IA32_VMX_CR0_FIXED0",
    "IA32_VMX_CR0_FIXED1",
    "IA32_VMX_CR4_FIXED0",
    "IA32_VMX_CR4_FIXED1",
    "IA32_VMX_VMCS_ENUM",
    "IA32_VMX_PROCBASED_CTLS2",
    "IA32_VMX_EPT_VPID_CAP",
    "IA32_VMX_TRUE_PINBASED_CTLS",
    "IA32_VMX_TRUE_PROCBASED_CTLS",
    "IA32_VMX_TRUE_EXIT_CTLS",
    "IA32_VMX_TRUE_ENTRY_CTLS",
    "IA32_VMX_VMFUNC",
    "IA32_VMX_PROCBASED_CTLS3",
)
# IA32_VMX_BASIC[55]: the TRUE_ control MSRs give the allowed-0 settings.
BASIC_TRUE_CTLS = 0x80000000000000
# Each control word's MSR and its TRUE_ variant (None: there is none).
CONTROL_MSRS: dict[str, tuple[str, str | None]] = {
    "pin": ("IA32_VMX_PINBASED_CTLS", "IA32_VMX_TRUE_PINBASED_CTLS"),
    "proc": ("IA32_VMX_PROCBASED_CTLS", "IA32_VMX_TRUE_PROCBASED_CTLS"),
    "proc2": ("IA32_VMX_PROCBASED_CTLS2", None),
    "exit": ("IA32_VMX_EXIT_CTLS", "IA32_VMX_TRUE_EXIT_CTLS"),
    "entry": ("IA32_VMX_ENTRY_CTLS", "IA32_VMX_TRUE_ENTRY_CTLS"),
}
# The CPUID features the checks consult (Linux X86_FEATURE names, lowercase).
CPUID_FEATURES: tuple[str, ...] = (
    "bus_lock_detect",
    "fsgsbase",
    "ibt",
    "la57",
    "lm",
    "nx",
    "pcid",
    "pku",
    "rtm",
    "sgx",
    "shstk",
    "smap",
    "smep",
    "umip",
    "vmx",
    "xsave",
)


class Caps(Protocol):
    """What the checks ask of the destination's capabilities."""

    @property
    def maxphyaddr(self) -> int: ...

    def msr(self, name: str) -> int: ...

    def has(self, feature: str) -> bool: ...


class Capabilities:
    """A capability profile without vmcsgen: the IA32_VMX_* MSRs by name (a missing one
    reads 0, which allows nothing), L1's MAXPHYADDR and its CPUID features."""

    __slots__ = ("msrs", "maxphyaddr", "cpuid")

    def __init__(self, msrs: Mapping[str, int], maxphyaddr: int, cpuid: Iterable[str] = ()) -> None:
        unknown = sorted(set(msrs) - set(MSR_NAMES))
        if unknown:
            raise ValueError(f"not VMX capability MSRs: {', '.join(unknown)}")
        self.msrs = dict(msrs)
        self.maxphyaddr = maxphyaddr
        self.cpuid = frozenset(cpuid)

    def msr(self, name: str) -> int:
        return self.msrs.get(name, 0)

    def has(self, feature: str) -> bool:
        return feature in self.cpuid


class Check(NamedTuple):
    id: str
    message: str
    sdm: str
    kvm: str
    enforced_by: str  # kvm: KVM refuses the state or the entry; cpu: the processor does


class CheckResult(NamedTuple):
    failed: list[str]  # ids of the broken checks, in check order
    undecided: list[str]  # ids of the checks that could not be decided


def _field(reader: Reader, region: memoryview, encoding: int) -> int | None:
    """None for a field the region's layout does not hold."""
    try:
        return reader(region, encoding)
    except KeyError:
        return None


def _settings(caps: Caps, word: str) -> int:
    plain, true = CONTROL_MSRS[word]
    if true is not None and caps.msr("IA32_VMX_BASIC") & BASIC_TRUE_CTLS:
        return caps.msr(true)
    return caps.msr(plain)


def _allowed0(caps: Caps, word: str) -> int:
    return _settings(caps, word) & 0xFFFFFFFF


def _allowed1(caps: Caps, word: str) -> int:
    return _settings(caps, word) >> 32


def _noncanonical(value: int, bits: int) -> bool:
    return value >> (bits - 1) not in (0, (1 << (65 - bits)) - 1)


def run_checks(
    region: Buffer,
    caps: Caps,
    reader: Reader,
    shadow: Buffer | None = None,
    header: Mapping[str, int] | None = None,
) -> CheckResult:
    """Every check on the vmcs12 `region` (and the shadow vmcs12 region and the nested-state
    header members by name, when the state has them) against `caps`."""
    view = memoryview(region).cast("B")
    shadow_view = None if shadow is None else memoryview(shadow).cast("B")
    hdr_vmxon_pa = None if header is None else header.get("vmxon_pa")
    caps_cpuid_vmx = int(caps.has("vmx"))
    caps_maxphyaddr = caps.maxphyaddr
    hdr_vmcs12_pa = None if header is None else header.get("vmcs12_pa")
    hdr_flags = None if header is None else header.get("flags")
    pin_based_vm_exec_control = _field(reader, view, 0x00004000)
    caps_pin_allowed1 = _allowed1(caps, "pin")
    caps_pin_allowed0 = _allowed0(caps, "pin")
    cpu_based_vm_exec_control = _field(reader, view, 0x00004002)
    caps_proc_allowed1 = _allowed1(caps, "proc")
    caps_proc_allowed0 = _allowed0(caps, "proc")
    secondary_vm_exec_control = _field(reader, view, 0x0000401E)
    caps_proc2_allowed1 = _allowed1(caps, "proc2")
    caps_proc2_allowed0 = _allowed0(caps, "proc2")
    caps_msr_ia32_vmx_misc = caps.msr("IA32_VMX_MISC")
    cr3_target_count = _field(reader, view, 0x0000400A)
    io_bitmap_a = _field(reader, view, 0x00002000)
    io_bitmap_b = _field(reader, view, 0x00002002)
    msr_bitmap = _field(reader, view, 0x00002004)
    virtual_apic_page_addr = _field(reader, view, 0x00002012)
    apic_access_addr = _field(reader, view, 0x00002014)
    vm_exit_controls = _field(reader, view, 0x0000400C)
    posted_intr_nv = _field(reader, view, 0x00000002)
    posted_intr_desc_addr = _field(reader, view, 0x00002016)
    pml_address = _field(reader, view, 0x0000200E)
    vmread_bitmap = _field(reader, view, 0x00002026)
    vmwrite_bitmap = _field(reader, view, 0x00002028)
    virtual_processor_id = _field(reader, view, 0x00000000)
    ept_pointer = _field(reader, view, 0x0000201A)
    caps_msr_ia32_vmx_ept_vpid_cap = caps.msr("IA32_VMX_EPT_VPID_CAP")
    vm_function_control = _field(reader, view, 0x00002018)
    caps_msr_ia32_vmx_vmfunc = caps.msr("IA32_VMX_VMFUNC")
    eptp_list_address = _field(reader, view, 0x00002024)
    caps_exit_allowed1 = _allowed1(caps, "exit")
    caps_exit_allowed0 = _allowed0(caps, "exit")
    vm_exit_msr_load_count = _field(reader, view, 0x00004010)
    vm_exit_msr_load_addr = _field(reader, view, 0x00002008)
    vm_exit_msr_store_count = _field(reader, view, 0x0000400E)
    vm_exit_msr_store_addr = _field(reader, view, 0x00002006)
    vm_entry_controls = _field(reader, view, 0x00004012)
    caps_entry_allowed1 = _allowed1(caps, "entry")
    caps_entry_allowed0 = _allowed0(caps, "entry")
    vm_entry_intr_info_field = _field(reader, view, 0x00004016)
    guest_cr0 = _field(reader, view, 0x00006800)
    vm_entry_exception_error_code = _field(reader, view, 0x00004018)
    vm_entry_instruction_len = _field(reader, view, 0x0000401A)
    vm_entry_msr_load_count = _field(reader, view, 0x00004014)
    vm_entry_msr_load_addr = _field(reader, view, 0x0000200A)
    tpr_threshold = _field(reader, view, 0x0000401C)
    host_cr0 = _field(reader, view, 0x00006C00)
    caps_msr_ia32_vmx_cr0_fixed0 = caps.msr("IA32_VMX_CR0_FIXED0")
    caps_msr_ia32_vmx_cr0_fixed1 = caps.msr("IA32_VMX_CR0_FIXED1")
    host_cr4 = _field(reader, view, 0x00006C04)
    caps_msr_ia32_vmx_cr4_fixed0 = caps.msr("IA32_VMX_CR4_FIXED0")
    caps_msr_ia32_vmx_cr4_fixed1 = caps.msr("IA32_VMX_CR4_FIXED1")
    caps_cpuid_shstk = int(caps.has("shstk"))
    caps_cpuid_ibt = int(caps.has("ibt"))
    caps_cpuid_xsave = int(caps.has("xsave"))
    caps_cpuid_smep = int(caps.has("smep"))
    caps_cpuid_smap = int(caps.has("smap"))
    caps_cpuid_fsgsbase = int(caps.has("fsgsbase"))
    caps_cpuid_pku = int(caps.has("pku"))
    caps_cpuid_la57 = int(caps.has("la57"))
    caps_cpuid_umip = int(caps.has("umip"))
    caps_cpuid_pcid = int(caps.has("pcid"))
    host_cr3 = _field(reader, view, 0x00006C02)
    host_ia32_sysenter_esp = _field(reader, view, 0x00006C10)
    caps_va_bits = 57 if caps.has("la57") else 48
    host_ia32_sysenter_eip = _field(reader, view, 0x00006C12)
    host_ia32_pat = _field(reader, view, 0x00002C00)
    host_ia32_perf_global_ctrl = _field(reader, view, 0x00002C04)
    host_rip = _field(reader, view, 0x00006C16)
    host_cs_selector = _field(reader, view, 0x00000C02)
    host_ss_selector = _field(reader, view, 0x00000C04)
    host_ds_selector = _field(reader, view, 0x00000C06)
    host_es_selector = _field(reader, view, 0x00000C00)
    host_fs_selector = _field(reader, view, 0x00000C08)
    host_gs_selector = _field(reader, view, 0x00000C0A)
    host_tr_selector = _field(reader, view, 0x00000C0C)
    host_fs_base = _field(reader, view, 0x00006C06)
    host_gs_base = _field(reader, view, 0x00006C08)
    host_gdtr_base = _field(reader, view, 0x00006C0C)
    host_idtr_base = _field(reader, view, 0x00006C0E)
    host_tr_base = _field(reader, view, 0x00006C0A)
    host_ia32_efer = _field(reader, view, 0x00002C02)
    caps_cpuid_lm = int(caps.has("lm"))
    caps_cpuid_nx = int(caps.has("nx"))
    host_s_cet = _field(reader, view, 0x00006C18)
    host_ssp = _field(reader, view, 0x00006C1A)
    host_intr_ssp_table = _field(reader, view, 0x00006C1C)
    guest_cr4 = _field(reader, view, 0x00006804)
    guest_dr7 = _field(reader, view, 0x0000681A)
    guest_ia32_debugctl = _field(reader, view, 0x00002802)
    caps_cpuid_bus_lock_detect = int(caps.has("bus_lock_detect"))
    caps_cpuid_rtm = int(caps.has("rtm"))
    guest_ia32_pat = _field(reader, view, 0x00002804)
    vmcs_link_pointer = _field(reader, view, 0x00002800)
    guest_ia32_perf_global_ctrl = _field(reader, view, 0x00002808)
    guest_ia32_efer = _field(reader, view, 0x00002806)
    guest_bndcfgs = _field(reader, view, 0x00002812)
    guest_s_cet = _field(reader, view, 0x00006828)
    guest_ssp = _field(reader, view, 0x0000682A)
    guest_intr_ssp_table = _field(reader, view, 0x0000682C)
    guest_activity_state = _field(reader, view, 0x00004826)
    guest_cr3 = _field(reader, view, 0x00006802)
    guest_sysenter_esp = _field(reader, view, 0x00006824)
    guest_sysenter_eip = _field(reader, view, 0x00006826)
    guest_tr_selector = _field(reader, view, 0x0000080E)
    guest_ldtr_ar_bytes = _field(reader, view, 0x00004820)
    guest_ldtr_selector = _field(reader, view, 0x0000080C)
    guest_rflags = _field(reader, view, 0x00006820)
    guest_ss_selector = _field(reader, view, 0x00000804)
    guest_cs_selector = _field(reader, view, 0x00000802)
    guest_tr_base = _field(reader, view, 0x00006814)
    guest_fs_base = _field(reader, view, 0x0000680E)
    guest_gs_base = _field(reader, view, 0x00006810)
    guest_ldtr_base = _field(reader, view, 0x00006812)
    guest_cs_base = _field(reader, view, 0x00006808)
    guest_ss_ar_bytes = _field(reader, view, 0x00004818)
    guest_ss_base = _field(reader, view, 0x0000680A)
    guest_ds_ar_bytes = _field(reader, view, 0x0000481A)
    guest_ds_base = _field(reader, view, 0x0000680C)
    guest_es_ar_bytes = _field(reader, view, 0x00004814)
    guest_es_base = _field(reader, view, 0x00006806)
    guest_cs_limit = _field(reader, view, 0x00004802)
    guest_ss_limit = _field(reader, view, 0x00004804)
    guest_ds_limit = _field(reader, view, 0x00004806)
    guest_es_limit = _field(reader, view, 0x00004800)
    guest_fs_limit = _field(reader, view, 0x00004808)
    guest_gs_limit = _field(reader, view, 0x0000480A)
    guest_cs_ar_bytes = _field(reader, view, 0x00004816)
    guest_fs_ar_bytes = _field(reader, view, 0x0000481C)
    guest_gs_ar_bytes = _field(reader, view, 0x0000481E)
    guest_ds_selector = _field(reader, view, 0x00000806)
    guest_es_selector = _field(reader, view, 0x00000800)
    guest_fs_selector = _field(reader, view, 0x00000808)
    guest_gs_selector = _field(reader, view, 0x0000080A)
    guest_tr_ar_bytes = _field(reader, view, 0x00004822)
    guest_tr_limit = _field(reader, view, 0x0000480E)
    guest_ldtr_limit = _field(reader, view, 0x0000480C)
    guest_gdtr_base = _field(reader, view, 0x00006816)
    guest_gdtr_limit = _field(reader, view, 0x00004810)
    guest_idtr_base = _field(reader, view, 0x00006818)
    guest_idtr_limit = _field(reader, view, 0x00004812)
    guest_rip = _field(reader, view, 0x0000681E)
    guest_interruptibility_info = _field(reader, view, 0x00004824)
    caps_cpuid_sgx = int(caps.has("sgx"))
    guest_pending_dbg_exceptions = _field(reader, view, 0x00006822)
    guest_pdptr0 = _field(reader, view, 0x0000280A)
    guest_pdptr1 = _field(reader, view, 0x0000280C)
    guest_pdptr2 = _field(reader, view, 0x0000280E)
    guest_pdptr3 = _field(reader, view, 0x00002810)
    failed: list[str] = []
    undecided: list[str] = []
    # vmx-not-in-guest-cpuid (SDM 23.6 (discovering support for VMX: CPUID.1:ECX.VMX, bit 5))
    if hdr_vmxon_pa is not None:
        if hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF and caps_cpuid_vmx == 0:
            failed.append("vmx-not-in-guest-cpuid")
    elif caps_cpuid_vmx == 0:
        undecided.append("vmx-not-in-guest-cpuid")
    # vmxon-pa-beyond-maxphyaddr (SDM 30.3 (VMXON: the VMXON pointer must not set bits beyond the physical-address width))
    if hdr_vmxon_pa is not None:
        if hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF and (
            caps_maxphyaddr == 0 or caps_maxphyaddr > 64 or hdr_vmxon_pa >> caps_maxphyaddr != 0
        ):
            if (
                hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
                and caps_maxphyaddr > 0
                and caps_maxphyaddr < 65
                and hdr_vmxon_pa >> caps_maxphyaddr != 0
            ):
                failed.append("vmxon-pa-beyond-maxphyaddr")
            else:
                undecided.append("vmxon-pa-beyond-maxphyaddr")
    else:
        undecided.append("vmxon-pa-beyond-maxphyaddr")
    # vmcs12-pa-beyond-maxphyaddr (SDM 30.3 (VMPTRLD: the operand must not set bits beyond the physical-address width))
    if hdr_vmxon_pa is not None and hdr_vmcs12_pa is not None:
        if (
            hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
            and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
            and (
                caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or hdr_vmcs12_pa >> caps_maxphyaddr != 0
            )
        ):
            if (
                hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
                and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
                and caps_maxphyaddr > 0
                and caps_maxphyaddr < 65
                and hdr_vmcs12_pa >> caps_maxphyaddr != 0
            ):
                failed.append("vmcs12-pa-beyond-maxphyaddr")
            else:
                undecided.append("vmcs12-pa-beyond-maxphyaddr")
    elif (
        (hdr_vmxon_pa is None or hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF)
        and (hdr_vmcs12_pa is None or hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF)
        and (
            hdr_vmcs12_pa is None
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or hdr_vmcs12_pa >> caps_maxphyaddr != 0
        )
    ):
        if (
            hdr_vmxon_pa is not None
            and hdr_vmxon_pa != 0xFFFFFFFFFFFFFFFF
            and hdr_vmcs12_pa is not None
            and hdr_vmcs12_pa != 0xFFFFFFFFFFFFFFFF
            and caps_maxphyaddr > 0
            and caps_maxphyaddr < 65
            and hdr_vmcs12_pa >> caps_maxphyaddr != 0
        ):
            failed.append("vmcs12-pa-beyond-maxphyaddr")
        else:
            undecided.append("vmcs12-pa-beyond-maxphyaddr")
    # evmcs-not-enabled (SDM none (Hyper-V TLFS enlightened VMCS))
    if hdr_flags is not None:
        if hdr_flags & 0x4 != 0:
            undecided.append("evmcs-not-enabled")
    else:
        undecided.append("evmcs-not-enabled")
    # pin-controls-not-allowed (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None:
        if pin_based_vm_exec_control & ~caps_pin_allowed1 != 0:
            failed.append("pin-controls-not-allowed")
    else:
        undecided.append("pin-controls-not-allowed")
    # pin-controls-required-missing (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None:
        if pin_based_vm_exec_control & caps_pin_allowed0 != caps_pin_allowed0:
            failed.append("pin-controls-required-missing")
    else:
        undecided.append("pin-controls-required-missing")
    # proc-controls-not-allowed (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None:
        if cpu_based_vm_exec_control & ~caps_proc_allowed1 != 0:
            failed.append("proc-controls-not-allowed")
    else:
        undecided.append("proc-controls-not-allowed")
    # proc-controls-required-missing (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None:
        if cpu_based_vm_exec_control & caps_proc_allowed0 != caps_proc_allowed0:
            failed.append("proc-controls-required-missing")
    else:
        undecided.append("proc-controls-required-missing")
    # proc2-controls-not-allowed (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & ~caps_proc2_allowed1 != 0
        ):
            failed.append("proc2-controls-not-allowed")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0) and (
        secondary_vm_exec_control is None or secondary_vm_exec_control & ~caps_proc2_allowed1 != 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & ~caps_proc2_allowed1 != 0
        ):
            failed.append("proc2-controls-not-allowed")
        else:
            undecided.append("proc2-controls-not-allowed")
    # proc2-controls-required-missing (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & caps_proc2_allowed0 != caps_proc2_allowed0
        ):
            failed.append("proc2-controls-required-missing")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0) and (
        secondary_vm_exec_control is None
        or secondary_vm_exec_control & caps_proc2_allowed0 != caps_proc2_allowed0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & caps_proc2_allowed0 != caps_proc2_allowed0
        ):
            failed.append("proc2-controls-required-missing")
        else:
            undecided.append("proc2-controls-required-missing")
    # cr3-target-count-too-high (SDM 26.2.1.1)
    if cr3_target_count is not None:
        if ((caps_msr_ia32_vmx_misc >> 16) & 0x1FF) < cr3_target_count:
            failed.append("cr3-target-count-too-high")
    else:
        undecided.append("cr3-target-count-too-high")
    # io-bitmap-a-address-invalid (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and io_bitmap_a is not None:
        if cpu_based_vm_exec_control & 0x2000000 != 0 and (
            io_bitmap_a % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or io_bitmap_a >> caps_maxphyaddr != 0
        ):
            if cpu_based_vm_exec_control & 0x2000000 != 0 and (
                io_bitmap_a % 0x1000 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and io_bitmap_a >> caps_maxphyaddr != 0
                )
            ):
                failed.append("io-bitmap-a-address-invalid")
            else:
                undecided.append("io-bitmap-a-address-invalid")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x2000000 != 0) and (
        io_bitmap_a is None
        or io_bitmap_a % 0x1000 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or io_bitmap_a >> caps_maxphyaddr != 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x2000000 != 0
            and (
                (io_bitmap_a is not None and io_bitmap_a % 0x1000 != 0)
                or (
                    io_bitmap_a is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and io_bitmap_a >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("io-bitmap-a-address-invalid")
        else:
            undecided.append("io-bitmap-a-address-invalid")
    # io-bitmap-b-address-invalid (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and io_bitmap_b is not None:
        if cpu_based_vm_exec_control & 0x2000000 != 0 and (
            io_bitmap_b % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or io_bitmap_b >> caps_maxphyaddr != 0
        ):
            if cpu_based_vm_exec_control & 0x2000000 != 0 and (
                io_bitmap_b % 0x1000 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and io_bitmap_b >> caps_maxphyaddr != 0
                )
            ):
                failed.append("io-bitmap-b-address-invalid")
            else:
                undecided.append("io-bitmap-b-address-invalid")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x2000000 != 0) and (
        io_bitmap_b is None
        or io_bitmap_b % 0x1000 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or io_bitmap_b >> caps_maxphyaddr != 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x2000000 != 0
            and (
                (io_bitmap_b is not None and io_bitmap_b % 0x1000 != 0)
                or (
                    io_bitmap_b is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and io_bitmap_b >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("io-bitmap-b-address-invalid")
        else:
            undecided.append("io-bitmap-b-address-invalid")
    # msr-bitmap-address-invalid (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and msr_bitmap is not None:
        if cpu_based_vm_exec_control & 0x10000000 != 0 and (
            msr_bitmap % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or msr_bitmap >> caps_maxphyaddr != 0
        ):
            if cpu_based_vm_exec_control & 0x10000000 != 0 and (
                msr_bitmap % 0x1000 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and msr_bitmap >> caps_maxphyaddr != 0
                )
            ):
                failed.append("msr-bitmap-address-invalid")
            else:
                undecided.append("msr-bitmap-address-invalid")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x10000000 != 0) and (
        msr_bitmap is None
        or msr_bitmap % 0x1000 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or msr_bitmap >> caps_maxphyaddr != 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x10000000 != 0
            and (
                (msr_bitmap is not None and msr_bitmap % 0x1000 != 0)
                or (
                    msr_bitmap is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and msr_bitmap >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("msr-bitmap-address-invalid")
        else:
            undecided.append("msr-bitmap-address-invalid")
    # virtual-apic-address-invalid (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and virtual_apic_page_addr is not None:
        if cpu_based_vm_exec_control & 0x200000 != 0 and (
            virtual_apic_page_addr % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or virtual_apic_page_addr >> caps_maxphyaddr != 0
        ):
            if cpu_based_vm_exec_control & 0x200000 != 0 and (
                virtual_apic_page_addr % 0x1000 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and virtual_apic_page_addr >> caps_maxphyaddr != 0
                )
            ):
                failed.append("virtual-apic-address-invalid")
            else:
                undecided.append("virtual-apic-address-invalid")
    elif (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x200000 != 0) and (
        virtual_apic_page_addr is None
        or virtual_apic_page_addr % 0x1000 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or virtual_apic_page_addr >> caps_maxphyaddr != 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x200000 != 0
            and (
                (virtual_apic_page_addr is not None and virtual_apic_page_addr % 0x1000 != 0)
                or (
                    virtual_apic_page_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and virtual_apic_page_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("virtual-apic-address-invalid")
        else:
            undecided.append("virtual-apic-address-invalid")
    # apic-access-address-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and apic_access_addr is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x1 != 0
            and (
                apic_access_addr % 0x1000 != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or apic_access_addr >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x1 != 0
                and (
                    apic_access_addr % 0x1000 != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and apic_access_addr >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("apic-access-address-invalid")
            else:
                undecided.append("apic-access-address-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x1 != 0)
        and (
            apic_access_addr is None
            or apic_access_addr % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or apic_access_addr >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x1 != 0
            and (
                (apic_access_addr is not None and apic_access_addr % 0x1000 != 0)
                or (
                    apic_access_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and apic_access_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("apic-access-address-invalid")
        else:
            undecided.append("apic-access-address-invalid")
    # x2apic-mode-with-apic-accesses (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x10 != 0
            and secondary_vm_exec_control & 0x1 != 0
        ):
            failed.append("x2apic-mode-with-apic-accesses")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x10 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x1 != 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x10 != 0
            and secondary_vm_exec_control & 0x1 != 0
        ):
            failed.append("x2apic-mode-with-apic-accesses")
        else:
            undecided.append("x2apic-mode-with-apic-accesses")
    # virtual-interrupt-delivery-without-interrupt-exiting (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and pin_based_vm_exec_control is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x200 != 0
            and pin_based_vm_exec_control & 0x1 == 0
        ):
            failed.append("virtual-interrupt-delivery-without-interrupt-exiting")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x200 != 0)
        and (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x1 == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x200 != 0
            and pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x1 == 0
        ):
            failed.append("virtual-interrupt-delivery-without-interrupt-exiting")
        else:
            undecided.append("virtual-interrupt-delivery-without-interrupt-exiting")
    # posted-interrupts-without-virtual-interrupt-delivery (SDM 26.2.1.1)
    if (
        pin_based_vm_exec_control is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
    ):
        if pin_based_vm_exec_control & 0x80 != 0 and (
            cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x200 == 0
        ):
            failed.append("posted-interrupts-without-virtual-interrupt-delivery")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x80 != 0) and (
        cpu_based_vm_exec_control is None
        or cpu_based_vm_exec_control & 0x80000000 == 0
        or secondary_vm_exec_control is None
        or secondary_vm_exec_control & 0x200 == 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x80 != 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (
                    secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x200 == 0
                )
            )
        ):
            failed.append("posted-interrupts-without-virtual-interrupt-delivery")
        else:
            undecided.append("posted-interrupts-without-virtual-interrupt-delivery")
    # posted-interrupts-without-interrupt-acknowledge (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None and vm_exit_controls is not None:
        if pin_based_vm_exec_control & 0x80 != 0 and vm_exit_controls & 0x8000 == 0:
            failed.append("posted-interrupts-without-interrupt-acknowledge")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x80 != 0) and (
        vm_exit_controls is None or vm_exit_controls & 0x8000 == 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x80 != 0
            and vm_exit_controls is not None
            and vm_exit_controls & 0x8000 == 0
        ):
            failed.append("posted-interrupts-without-interrupt-acknowledge")
        else:
            undecided.append("posted-interrupts-without-interrupt-acknowledge")
    # posted-interrupt-vector-invalid (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None and posted_intr_nv is not None:
        if pin_based_vm_exec_control & 0x80 != 0 and ((posted_intr_nv >> 8) & 0xFF) != 0:
            failed.append("posted-interrupt-vector-invalid")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x80 != 0) and (
        posted_intr_nv is None or ((posted_intr_nv >> 8) & 0xFF) != 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x80 != 0
            and posted_intr_nv is not None
            and ((posted_intr_nv >> 8) & 0xFF) != 0
        ):
            failed.append("posted-interrupt-vector-invalid")
        else:
            undecided.append("posted-interrupt-vector-invalid")
    # posted-interrupt-descriptor-address-invalid (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None and posted_intr_desc_addr is not None:
        if pin_based_vm_exec_control & 0x80 != 0 and (
            posted_intr_desc_addr % 0x40 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or posted_intr_desc_addr >> caps_maxphyaddr != 0
        ):
            if pin_based_vm_exec_control & 0x80 != 0 and (
                posted_intr_desc_addr % 0x40 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and posted_intr_desc_addr >> caps_maxphyaddr != 0
                )
            ):
                failed.append("posted-interrupt-descriptor-address-invalid")
            else:
                undecided.append("posted-interrupt-descriptor-address-invalid")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x80 != 0) and (
        posted_intr_desc_addr is None
        or posted_intr_desc_addr % 0x40 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or posted_intr_desc_addr >> caps_maxphyaddr != 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x80 != 0
            and (
                (posted_intr_desc_addr is not None and posted_intr_desc_addr % 0x40 != 0)
                or (
                    posted_intr_desc_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and posted_intr_desc_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("posted-interrupt-descriptor-address-invalid")
        else:
            undecided.append("posted-interrupt-descriptor-address-invalid")
    # apic-virtualization-without-tpr-shadow (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and pin_based_vm_exec_control is not None
    ):
        if (
            (cpu_based_vm_exec_control & 0x80000000 != 0 and secondary_vm_exec_control & 0x310 != 0)
            or pin_based_vm_exec_control & 0x80 != 0
        ) and cpu_based_vm_exec_control & 0x200000 == 0:
            failed.append("apic-virtualization-without-tpr-shadow")
    elif (
        (
            (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
            and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x310 != 0)
        )
        or pin_based_vm_exec_control is None
        or pin_based_vm_exec_control & 0x80 != 0
    ) and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x200000 == 0):
        if (
            (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 != 0
                    and secondary_vm_exec_control is not None
                    and secondary_vm_exec_control & 0x310 != 0
                )
                or (pin_based_vm_exec_control is not None and pin_based_vm_exec_control & 0x80 != 0)
            )
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x200000 == 0
        ):
            failed.append("apic-virtualization-without-tpr-shadow")
        else:
            undecided.append("apic-virtualization-without-tpr-shadow")
    # virtual-nmis-without-nmi-exiting (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None:
        if pin_based_vm_exec_control & 0x8 == 0 and pin_based_vm_exec_control & 0x20 != 0:
            failed.append("virtual-nmis-without-nmi-exiting")
    else:
        undecided.append("virtual-nmis-without-nmi-exiting")
    # nmi-window-exiting-without-virtual-nmis (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None and cpu_based_vm_exec_control is not None:
        if pin_based_vm_exec_control & 0x20 == 0 and cpu_based_vm_exec_control & 0x400000 != 0:
            failed.append("nmi-window-exiting-without-virtual-nmis")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x20 == 0) and (
        cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x400000 != 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x20 == 0
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x400000 != 0
        ):
            failed.append("nmi-window-exiting-without-virtual-nmis")
        else:
            undecided.append("nmi-window-exiting-without-virtual-nmis")
    # pml-without-ept (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x20000 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("pml-without-ept")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x20000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x20000 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("pml-without-ept")
        else:
            undecided.append("pml-without-ept")
    # pml-address-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and pml_address is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x20000 != 0
            and (
                pml_address % 0x1000 != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or pml_address >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x20000 != 0
                and (
                    pml_address % 0x1000 != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and pml_address >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("pml-address-invalid")
            else:
                undecided.append("pml-address-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x20000 != 0)
        and (
            pml_address is None
            or pml_address % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or pml_address >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x20000 != 0
            and (
                (pml_address is not None and pml_address % 0x1000 != 0)
                or (
                    pml_address is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and pml_address >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("pml-address-invalid")
        else:
            undecided.append("pml-address-invalid")
    # unrestricted-guest-without-ept (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x80 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("unrestricted-guest-without-ept")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x80 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x80 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("unrestricted-guest-without-ept")
        else:
            undecided.append("unrestricted-guest-without-ept")
    # mode-based-ept-exec-without-ept (SDM 26.2.1.1)
    if cpu_based_vm_exec_control is not None and secondary_vm_exec_control is not None:
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x400000 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("mode-based-ept-exec-without-ept")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x400000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x400000 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("mode-based-ept-exec-without-ept")
        else:
            undecided.append("mode-based-ept-exec-without-ept")
    # vmread-bitmap-address-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and vmread_bitmap is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x4000 != 0
            and (
                vmread_bitmap % 0x1000 != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or vmread_bitmap >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x4000 != 0
                and (
                    vmread_bitmap % 0x1000 != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and vmread_bitmap >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("vmread-bitmap-address-invalid")
            else:
                undecided.append("vmread-bitmap-address-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x4000 != 0)
        and (
            vmread_bitmap is None
            or vmread_bitmap % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vmread_bitmap >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x4000 != 0
            and (
                (vmread_bitmap is not None and vmread_bitmap % 0x1000 != 0)
                or (
                    vmread_bitmap is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vmread_bitmap >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("vmread-bitmap-address-invalid")
        else:
            undecided.append("vmread-bitmap-address-invalid")
    # vmwrite-bitmap-address-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and vmwrite_bitmap is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x4000 != 0
            and (
                vmwrite_bitmap % 0x1000 != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or vmwrite_bitmap >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x4000 != 0
                and (
                    vmwrite_bitmap % 0x1000 != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and vmwrite_bitmap >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("vmwrite-bitmap-address-invalid")
            else:
                undecided.append("vmwrite-bitmap-address-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x4000 != 0)
        and (
            vmwrite_bitmap is None
            or vmwrite_bitmap % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vmwrite_bitmap >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x4000 != 0
            and (
                (vmwrite_bitmap is not None and vmwrite_bitmap % 0x1000 != 0)
                or (
                    vmwrite_bitmap is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vmwrite_bitmap >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("vmwrite-bitmap-address-invalid")
        else:
            undecided.append("vmwrite-bitmap-address-invalid")
    # vpid-zero (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and virtual_processor_id is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x20 != 0
            and virtual_processor_id == 0
        ):
            failed.append("vpid-zero")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x20 != 0)
        and (virtual_processor_id is None or virtual_processor_id == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x20 != 0
            and virtual_processor_id is not None
            and virtual_processor_id == 0
        ):
            failed.append("vpid-zero")
        else:
            undecided.append("vpid-zero")
    # save-preemption-timer-without-preemption-timer (SDM 26.2.1.2)
    if pin_based_vm_exec_control is not None and vm_exit_controls is not None:
        if pin_based_vm_exec_control & 0x40 == 0 and vm_exit_controls & 0x400000 != 0:
            failed.append("save-preemption-timer-without-preemption-timer")
    elif (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x40 == 0) and (
        vm_exit_controls is None or vm_exit_controls & 0x400000 != 0
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x40 == 0
            and vm_exit_controls is not None
            and vm_exit_controls & 0x400000 != 0
        ):
            failed.append("save-preemption-timer-without-preemption-timer")
        else:
            undecided.append("save-preemption-timer-without-preemption-timer")
    # eptp-memory-type-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (ept_pointer & 0x7) != 0
            and (ept_pointer & 0x7) != 6
        ):
            failed.append("eptp-memory-type-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or ((ept_pointer & 0x7) != 0 and (ept_pointer & 0x7) != 6))
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and (ept_pointer & 0x7) != 0
            and (ept_pointer & 0x7) != 6
        ):
            failed.append("eptp-memory-type-invalid")
        else:
            undecided.append("eptp-memory-type-invalid")
    # eptp-memory-type-uc-unsupported (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (ept_pointer & 0x7) == 0
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x100 == 0
        ):
            failed.append("eptp-memory-type-uc-unsupported")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or (ept_pointer & 0x7) == 0)
        and caps_msr_ia32_vmx_ept_vpid_cap & 0x100 == 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and (ept_pointer & 0x7) == 0
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x100 == 0
        ):
            failed.append("eptp-memory-type-uc-unsupported")
        else:
            undecided.append("eptp-memory-type-uc-unsupported")
    # eptp-memory-type-wb-unsupported (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (ept_pointer & 0x7) == 6
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x4000 == 0
        ):
            failed.append("eptp-memory-type-wb-unsupported")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or (ept_pointer & 0x7) == 6)
        and caps_msr_ia32_vmx_ept_vpid_cap & 0x4000 == 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and (ept_pointer & 0x7) == 6
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x4000 == 0
        ):
            failed.append("eptp-memory-type-wb-unsupported")
        else:
            undecided.append("eptp-memory-type-wb-unsupported")
    # eptp-walk-length-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and ((ept_pointer >> 3) & 0x7) != 3
            and ((ept_pointer >> 3) & 0x7) != 4
        ):
            failed.append("eptp-walk-length-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (
            ept_pointer is None
            or (((ept_pointer >> 3) & 0x7) != 3 and ((ept_pointer >> 3) & 0x7) != 4)
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and ((ept_pointer >> 3) & 0x7) != 3
            and ((ept_pointer >> 3) & 0x7) != 4
        ):
            failed.append("eptp-walk-length-invalid")
        else:
            undecided.append("eptp-walk-length-invalid")
    # eptp-walk-length-4-unsupported (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and ((ept_pointer >> 3) & 0x7) == 3
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x40 == 0
        ):
            failed.append("eptp-walk-length-4-unsupported")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or ((ept_pointer >> 3) & 0x7) == 3)
        and caps_msr_ia32_vmx_ept_vpid_cap & 0x40 == 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and ((ept_pointer >> 3) & 0x7) == 3
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x40 == 0
        ):
            failed.append("eptp-walk-length-4-unsupported")
        else:
            undecided.append("eptp-walk-length-4-unsupported")
    # eptp-walk-length-5-unsupported (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and ((ept_pointer >> 3) & 0x7) == 4
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x80 == 0
        ):
            failed.append("eptp-walk-length-5-unsupported")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or ((ept_pointer >> 3) & 0x7) == 4)
        and caps_msr_ia32_vmx_ept_vpid_cap & 0x80 == 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and ((ept_pointer >> 3) & 0x7) == 4
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x80 == 0
        ):
            failed.append("eptp-walk-length-5-unsupported")
        else:
            undecided.append("eptp-walk-length-5-unsupported")
    # eptp-reserved-bits (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and ((ept_pointer >> 7) & 0x1F) != 0
        ):
            failed.append("eptp-reserved-bits")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or ((ept_pointer >> 7) & 0x1F) != 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and ((ept_pointer >> 7) & 0x1F) != 0
        ):
            failed.append("eptp-reserved-bits")
        else:
            undecided.append("eptp-reserved-bits")
    # eptp-beyond-maxphyaddr (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (
                caps_maxphyaddr == 0 or caps_maxphyaddr > 64 or ept_pointer >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2 != 0
                and caps_maxphyaddr > 0
                and caps_maxphyaddr < 65
                and ept_pointer >> caps_maxphyaddr != 0
            ):
                failed.append("eptp-beyond-maxphyaddr")
            else:
                undecided.append("eptp-beyond-maxphyaddr")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (
            ept_pointer is None
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or ept_pointer >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and caps_maxphyaddr > 0
            and caps_maxphyaddr < 65
            and ept_pointer >> caps_maxphyaddr != 0
        ):
            failed.append("eptp-beyond-maxphyaddr")
        else:
            undecided.append("eptp-beyond-maxphyaddr")
    # eptp-accessed-dirty-unsupported (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and ept_pointer is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer & 0x40 != 0
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x200000 == 0
        ):
            failed.append("eptp-accessed-dirty-unsupported")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (ept_pointer is None or ept_pointer & 0x40 != 0)
        and caps_msr_ia32_vmx_ept_vpid_cap & 0x200000 == 0
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and ept_pointer is not None
            and ept_pointer & 0x40 != 0
            and caps_msr_ia32_vmx_ept_vpid_cap & 0x200000 == 0
        ):
            failed.append("eptp-accessed-dirty-unsupported")
        else:
            undecided.append("eptp-accessed-dirty-unsupported")
    # vmfunc-controls-not-allowed (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and vm_function_control is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control & ~caps_msr_ia32_vmx_vmfunc != 0
        ):
            failed.append("vmfunc-controls-not-allowed")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2000 != 0)
        and (vm_function_control is None or vm_function_control & ~caps_msr_ia32_vmx_vmfunc != 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control is not None
            and vm_function_control & ~caps_msr_ia32_vmx_vmfunc != 0
        ):
            failed.append("vmfunc-controls-not-allowed")
        else:
            undecided.append("vmfunc-controls-not-allowed")
    # eptp-switching-without-ept (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and vm_function_control is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control & 0x1 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("eptp-switching-without-ept")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2000 != 0)
        and (vm_function_control is None or vm_function_control & 0x1 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 == 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control is not None
            and vm_function_control & 0x1 != 0
            and secondary_vm_exec_control & 0x2 == 0
        ):
            failed.append("eptp-switching-without-ept")
        else:
            undecided.append("eptp-switching-without-ept")
    # eptp-list-address-invalid (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and vm_function_control is not None
        and eptp_list_address is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control & 0x1 != 0
            and (
                eptp_list_address % 0x1000 != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or eptp_list_address >> caps_maxphyaddr != 0
            )
        ):
            if (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2000 != 0
                and vm_function_control & 0x1 != 0
                and (
                    eptp_list_address % 0x1000 != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and eptp_list_address >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("eptp-list-address-invalid")
            else:
                undecided.append("eptp-list-address-invalid")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2000 != 0)
        and (vm_function_control is None or vm_function_control & 0x1 != 0)
        and (
            eptp_list_address is None
            or eptp_list_address % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or eptp_list_address >> caps_maxphyaddr != 0
        )
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2000 != 0
            and vm_function_control is not None
            and vm_function_control & 0x1 != 0
            and (
                (eptp_list_address is not None and eptp_list_address % 0x1000 != 0)
                or (
                    eptp_list_address is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and eptp_list_address >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("eptp-list-address-invalid")
        else:
            undecided.append("eptp-list-address-invalid")
    # exit-controls-not-allowed (SDM 26.2.1.2)
    if vm_exit_controls is not None:
        if vm_exit_controls & ~caps_exit_allowed1 != 0:
            failed.append("exit-controls-not-allowed")
    else:
        undecided.append("exit-controls-not-allowed")
    # exit-controls-required-missing (SDM 26.2.1.2)
    if vm_exit_controls is not None:
        if vm_exit_controls & caps_exit_allowed0 != caps_exit_allowed0:
            failed.append("exit-controls-required-missing")
    else:
        undecided.append("exit-controls-required-missing")
    # exit-msr-load-address-invalid (SDM 26.2.1.2)
    if vm_exit_msr_load_count is not None and vm_exit_msr_load_addr is not None:
        if vm_exit_msr_load_count != 0 and (
            vm_exit_msr_load_addr % 0x10 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vm_exit_msr_load_addr >> caps_maxphyaddr != 0
        ):
            if vm_exit_msr_load_count != 0 and (
                vm_exit_msr_load_addr % 0x10 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_exit_msr_load_addr >> caps_maxphyaddr != 0
                )
            ):
                failed.append("exit-msr-load-address-invalid")
            else:
                undecided.append("exit-msr-load-address-invalid")
    elif (vm_exit_msr_load_count is None or vm_exit_msr_load_count != 0) and (
        vm_exit_msr_load_addr is None
        or vm_exit_msr_load_addr % 0x10 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or vm_exit_msr_load_addr >> caps_maxphyaddr != 0
    ):
        if (
            vm_exit_msr_load_count is not None
            and vm_exit_msr_load_count != 0
            and (
                (vm_exit_msr_load_addr is not None and vm_exit_msr_load_addr % 0x10 != 0)
                or (
                    vm_exit_msr_load_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_exit_msr_load_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("exit-msr-load-address-invalid")
        else:
            undecided.append("exit-msr-load-address-invalid")
    # exit-msr-load-area-end-invalid (SDM 26.2.1.2)
    if vm_exit_msr_load_count is not None:
        if vm_exit_msr_load_count != 0:
            undecided.append("exit-msr-load-area-end-invalid")
    else:
        undecided.append("exit-msr-load-area-end-invalid")
    # exit-msr-store-address-invalid (SDM 26.2.1.2)
    if vm_exit_msr_store_count is not None and vm_exit_msr_store_addr is not None:
        if vm_exit_msr_store_count != 0 and (
            vm_exit_msr_store_addr % 0x10 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vm_exit_msr_store_addr >> caps_maxphyaddr != 0
        ):
            if vm_exit_msr_store_count != 0 and (
                vm_exit_msr_store_addr % 0x10 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_exit_msr_store_addr >> caps_maxphyaddr != 0
                )
            ):
                failed.append("exit-msr-store-address-invalid")
            else:
                undecided.append("exit-msr-store-address-invalid")
    elif (vm_exit_msr_store_count is None or vm_exit_msr_store_count != 0) and (
        vm_exit_msr_store_addr is None
        or vm_exit_msr_store_addr % 0x10 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or vm_exit_msr_store_addr >> caps_maxphyaddr != 0
    ):
        if (
            vm_exit_msr_store_count is not None
            and vm_exit_msr_store_count != 0
            and (
                (vm_exit_msr_store_addr is not None and vm_exit_msr_store_addr % 0x10 != 0)
                or (
                    vm_exit_msr_store_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_exit_msr_store_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("exit-msr-store-address-invalid")
        else:
            undecided.append("exit-msr-store-address-invalid")
    # exit-msr-store-area-end-invalid (SDM 26.2.1.2)
    if vm_exit_msr_store_count is not None:
        if vm_exit_msr_store_count != 0:
            undecided.append("exit-msr-store-area-end-invalid")
    else:
        undecided.append("exit-msr-store-area-end-invalid")
    # entry-controls-not-allowed (SDM 26.2.1.3)
    if vm_entry_controls is not None:
        if vm_entry_controls & ~caps_entry_allowed1 != 0:
            failed.append("entry-controls-not-allowed")
    else:
        undecided.append("entry-controls-not-allowed")
    # entry-controls-required-missing (SDM 26.2.1.3)
    if vm_entry_controls is not None:
        if vm_entry_controls & caps_entry_allowed0 != caps_entry_allowed0:
            failed.append("entry-controls-required-missing")
    else:
        undecided.append("entry-controls-required-missing")
    # injection-type-reserved (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 1
        ):
            failed.append("injection-type-reserved")
    else:
        undecided.append("injection-type-reserved")
    # injection-other-event-without-mtf (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 7
            and caps_proc_allowed1 & 0x8000000 == 0
        ):
            failed.append("injection-other-event-without-mtf")
    elif caps_proc_allowed1 & 0x8000000 == 0:
        undecided.append("injection-other-event-without-mtf")
    # injection-nmi-vector (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 2
            and (vm_entry_intr_info_field & 0xFF) != 2
        ):
            failed.append("injection-nmi-vector")
    else:
        undecided.append("injection-nmi-vector")
    # injection-exception-vector (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 3
            and (vm_entry_intr_info_field & 0xFF) > 0x1F
        ):
            failed.append("injection-exception-vector")
    else:
        undecided.append("injection-exception-vector")
    # injection-other-event-vector (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 7
            and (vm_entry_intr_info_field & 0xFF) != 0
        ):
            failed.append("injection-other-event-vector")
    else:
        undecided.append("injection-other-event-vector")
    # injection-error-code-unexpected (SDM 26.2.1.3)
    if (
        vm_entry_intr_info_field is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_cr0 is not None
    ):
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 != 0
            and (
                ((vm_entry_intr_info_field >> 8) & 0x7) != 3
                or (
                    (vm_entry_intr_info_field & 0xFF) != 8
                    and (vm_entry_intr_info_field & 0xFF) != 0xA
                    and (vm_entry_intr_info_field & 0xFF) != 0xB
                    and (vm_entry_intr_info_field & 0xFF) != 0xC
                    and (vm_entry_intr_info_field & 0xFF) != 0xD
                    and (vm_entry_intr_info_field & 0xFF) != 0xE
                    and (vm_entry_intr_info_field & 0xFF) != 0x11
                )
                or (
                    cpu_based_vm_exec_control & 0x80000000 != 0
                    and secondary_vm_exec_control & 0x80 != 0
                    and (guest_cr0 & 0x1) == 0
                )
            )
        ):
            failed.append("injection-error-code-unexpected")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x800 != 0)
        and (
            vm_entry_intr_info_field is None
            or ((vm_entry_intr_info_field >> 8) & 0x7) != 3
            or (
                (vm_entry_intr_info_field & 0xFF) != 8
                and (vm_entry_intr_info_field & 0xFF) != 0xA
                and (vm_entry_intr_info_field & 0xFF) != 0xB
                and (vm_entry_intr_info_field & 0xFF) != 0xC
                and (vm_entry_intr_info_field & 0xFF) != 0xD
                and (vm_entry_intr_info_field & 0xFF) != 0xE
                and (vm_entry_intr_info_field & 0xFF) != 0x11
            )
            or (
                (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
                and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x80 != 0)
                and (guest_cr0 is None or (guest_cr0 & 0x1) == 0)
            )
        )
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 != 0
            and (
                (
                    vm_entry_intr_info_field is not None
                    and ((vm_entry_intr_info_field >> 8) & 0x7) != 3
                )
                or (
                    vm_entry_intr_info_field is not None
                    and (vm_entry_intr_info_field & 0xFF) != 8
                    and (vm_entry_intr_info_field & 0xFF) != 0xA
                    and (vm_entry_intr_info_field & 0xFF) != 0xB
                    and (vm_entry_intr_info_field & 0xFF) != 0xC
                    and (vm_entry_intr_info_field & 0xFF) != 0xD
                    and (vm_entry_intr_info_field & 0xFF) != 0xE
                    and (vm_entry_intr_info_field & 0xFF) != 0x11
                )
                or (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 != 0
                    and secondary_vm_exec_control is not None
                    and secondary_vm_exec_control & 0x80 != 0
                    and guest_cr0 is not None
                    and (guest_cr0 & 0x1) == 0
                )
            )
        ):
            failed.append("injection-error-code-unexpected")
        else:
            undecided.append("injection-error-code-unexpected")
    # injection-error-code-missing (SDM 26.2.1.3)
    if (
        vm_entry_intr_info_field is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_cr0 is not None
    ):
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 == 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 3
            and (
                (vm_entry_intr_info_field & 0xFF) == 8
                or (vm_entry_intr_info_field & 0xFF) == 0xA
                or (vm_entry_intr_info_field & 0xFF) == 0xB
                or (vm_entry_intr_info_field & 0xFF) == 0xC
                or (vm_entry_intr_info_field & 0xFF) == 0xD
                or (vm_entry_intr_info_field & 0xFF) == 0xE
                or (vm_entry_intr_info_field & 0xFF) == 0x11
            )
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0
                or secondary_vm_exec_control & 0x80 == 0
                or (guest_cr0 & 0x1) == 1
            )
        ):
            failed.append("injection-error-code-missing")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x800 == 0)
        and (vm_entry_intr_info_field is None or ((vm_entry_intr_info_field >> 8) & 0x7) == 3)
        and (
            vm_entry_intr_info_field is None
            or (vm_entry_intr_info_field & 0xFF) == 8
            or (vm_entry_intr_info_field & 0xFF) == 0xA
            or (vm_entry_intr_info_field & 0xFF) == 0xB
            or (vm_entry_intr_info_field & 0xFF) == 0xC
            or (vm_entry_intr_info_field & 0xFF) == 0xD
            or (vm_entry_intr_info_field & 0xFF) == 0xE
            or (vm_entry_intr_info_field & 0xFF) == 0x11
        )
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
            or guest_cr0 is None
            or (guest_cr0 & 0x1) == 1
        )
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 == 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 3
            and (
                (vm_entry_intr_info_field & 0xFF) == 8
                or (vm_entry_intr_info_field & 0xFF) == 0xA
                or (vm_entry_intr_info_field & 0xFF) == 0xB
                or (vm_entry_intr_info_field & 0xFF) == 0xC
                or (vm_entry_intr_info_field & 0xFF) == 0xD
                or (vm_entry_intr_info_field & 0xFF) == 0xE
                or (vm_entry_intr_info_field & 0xFF) == 0x11
            )
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
                or (guest_cr0 is not None and (guest_cr0 & 0x1) == 1)
            )
        ):
            failed.append("injection-error-code-missing")
        else:
            undecided.append("injection-error-code-missing")
    # injection-error-code-reserved-bits (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None and vm_entry_exception_error_code is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 != 0
            and ((vm_entry_exception_error_code >> 16) & 0xFFFF) != 0
        ):
            failed.append("injection-error-code-reserved-bits")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x800 != 0)
        and (
            vm_entry_exception_error_code is None
            or ((vm_entry_exception_error_code >> 16) & 0xFFFF) != 0
        )
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and vm_entry_intr_info_field & 0x800 != 0
            and vm_entry_exception_error_code is not None
            and ((vm_entry_exception_error_code >> 16) & 0xFFFF) != 0
        ):
            failed.append("injection-error-code-reserved-bits")
        else:
            undecided.append("injection-error-code-reserved-bits")
    # injection-reserved-bits (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 12) & 0x7FFFF) != 0
        ):
            failed.append("injection-reserved-bits")
    else:
        undecided.append("injection-reserved-bits")
    # injection-instruction-length-too-long (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None and vm_entry_instruction_len is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and (
                ((vm_entry_intr_info_field >> 8) & 0x7) == 4
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
            )
            and vm_entry_instruction_len > 0xF
        ):
            failed.append("injection-instruction-length-too-long")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (
            vm_entry_intr_info_field is None
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 4
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
        )
        and (vm_entry_instruction_len is None or vm_entry_instruction_len > 0xF)
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and (
                ((vm_entry_intr_info_field >> 8) & 0x7) == 4
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
            )
            and vm_entry_instruction_len is not None
            and vm_entry_instruction_len > 0xF
        ):
            failed.append("injection-instruction-length-too-long")
        else:
            undecided.append("injection-instruction-length-too-long")
    # injection-instruction-length-zero (SDM 26.2.1.3)
    if vm_entry_intr_info_field is not None and vm_entry_instruction_len is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and (
                ((vm_entry_intr_info_field >> 8) & 0x7) == 4
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
            )
            and vm_entry_instruction_len == 0
            and caps_msr_ia32_vmx_misc & 0x40000000 == 0
        ):
            failed.append("injection-instruction-length-zero")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (
            vm_entry_intr_info_field is None
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 4
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
            or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
        )
        and (vm_entry_instruction_len is None or vm_entry_instruction_len == 0)
        and caps_msr_ia32_vmx_misc & 0x40000000 == 0
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and (
                ((vm_entry_intr_info_field >> 8) & 0x7) == 4
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 5
                or ((vm_entry_intr_info_field >> 8) & 0x7) == 6
            )
            and vm_entry_instruction_len is not None
            and vm_entry_instruction_len == 0
            and caps_msr_ia32_vmx_misc & 0x40000000 == 0
        ):
            failed.append("injection-instruction-length-zero")
        else:
            undecided.append("injection-instruction-length-zero")
    # entry-msr-load-address-invalid (SDM 26.2.1.3)
    if vm_entry_msr_load_count is not None and vm_entry_msr_load_addr is not None:
        if vm_entry_msr_load_count != 0 and (
            vm_entry_msr_load_addr % 0x10 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vm_entry_msr_load_addr >> caps_maxphyaddr != 0
        ):
            if vm_entry_msr_load_count != 0 and (
                vm_entry_msr_load_addr % 0x10 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_entry_msr_load_addr >> caps_maxphyaddr != 0
                )
            ):
                failed.append("entry-msr-load-address-invalid")
            else:
                undecided.append("entry-msr-load-address-invalid")
    elif (vm_entry_msr_load_count is None or vm_entry_msr_load_count != 0) and (
        vm_entry_msr_load_addr is None
        or vm_entry_msr_load_addr % 0x10 != 0
        or caps_maxphyaddr == 0
        or caps_maxphyaddr > 64
        or vm_entry_msr_load_addr >> caps_maxphyaddr != 0
    ):
        if (
            vm_entry_msr_load_count is not None
            and vm_entry_msr_load_count != 0
            and (
                (vm_entry_msr_load_addr is not None and vm_entry_msr_load_addr % 0x10 != 0)
                or (
                    vm_entry_msr_load_addr is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vm_entry_msr_load_addr >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("entry-msr-load-address-invalid")
        else:
            undecided.append("entry-msr-load-address-invalid")
    # entry-msr-load-area-end-invalid (SDM 26.2.1.3)
    if vm_entry_msr_load_count is not None:
        if vm_entry_msr_load_count != 0:
            undecided.append("entry-msr-load-area-end-invalid")
    else:
        undecided.append("entry-msr-load-area-end-invalid")
    # evmcs-pin-controls-unsupported (SDM 26.2.1.1)
    if pin_based_vm_exec_control is not None:
        if pin_based_vm_exec_control & 0xC0 != 0:
            undecided.append("evmcs-pin-controls-unsupported")
    else:
        undecided.append("evmcs-pin-controls-unsupported")
    # evmcs-secondary-controls-unsupported (SDM 26.2.1.1)
    if secondary_vm_exec_control is not None:
        if secondary_vm_exec_control & 0x2026701 != 0:
            undecided.append("evmcs-secondary-controls-unsupported")
    else:
        undecided.append("evmcs-secondary-controls-unsupported")
    # evmcs-exit-controls-unsupported (SDM 26.2.1.2)
    if vm_exit_controls is not None:
        if vm_exit_controls & 0x400000 != 0:
            undecided.append("evmcs-exit-controls-unsupported")
    else:
        undecided.append("evmcs-exit-controls-unsupported")
    # evmcs-vmfunc-high-bits (SDM 26.2.1.1)
    if vm_function_control is not None:
        if ((vm_function_control >> 32) & 0xFFFFFFFF) != 0:
            undecided.append("evmcs-vmfunc-high-bits")
    else:
        undecided.append("evmcs-vmfunc-high-bits")
    # evmcs-vmfunc-unsupported (SDM 26.2.1.1)
    if vm_function_control is not None:
        if vm_function_control & 0x1 != 0:
            undecided.append("evmcs-vmfunc-unsupported")
    else:
        undecided.append("evmcs-vmfunc-unsupported")
    # tpr-threshold-reserved-bits (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and tpr_threshold is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x200000 != 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0
                or secondary_vm_exec_control & 0x200 == 0
            )
            and ((tpr_threshold >> 4) & 0xFFFFFFF) != 0
        ):
            failed.append("tpr-threshold-reserved-bits")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x200000 != 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x200 == 0
        )
        and (tpr_threshold is None or ((tpr_threshold >> 4) & 0xFFFFFFF) != 0)
    ):
        if (
            cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x200000 != 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (
                    secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x200 == 0
                )
            )
            and tpr_threshold is not None
            and ((tpr_threshold >> 4) & 0xFFFFFFF) != 0
        ):
            failed.append("tpr-threshold-reserved-bits")
        else:
            undecided.append("tpr-threshold-reserved-bits")
    # tpr-threshold-above-vtpr (SDM 26.2.1.1)
    if (
        cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and tpr_threshold is not None
    ):
        if (
            cpu_based_vm_exec_control & 0x200000 != 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0
                or secondary_vm_exec_control & 0x201 == 0
            )
            and (tpr_threshold & 0xF) != 0
        ):
            undecided.append("tpr-threshold-above-vtpr")
    elif (
        (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x200000 != 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x201 == 0
        )
        and (tpr_threshold is None or (tpr_threshold & 0xF) != 0)
    ):
        undecided.append("tpr-threshold-above-vtpr")
    # host-cr0-fixed-bits (SDM 26.2.2)
    if host_cr0 is not None:
        if (
            host_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
            or host_cr0 & ~caps_msr_ia32_vmx_cr0_fixed1 != 0
        ):
            failed.append("host-cr0-fixed-bits")
    else:
        undecided.append("host-cr0-fixed-bits")
    # host-cr4-invalid (SDM 26.2.2)
    if host_cr4 is not None:
        if (
            host_cr4 & caps_msr_ia32_vmx_cr4_fixed0 != caps_msr_ia32_vmx_cr4_fixed0
            or host_cr4 & ~caps_msr_ia32_vmx_cr4_fixed1 != 0
            or host_cr4 & ~0xF73FFF != 0
            or (host_cr4 & 0x800000 != 0 and caps_cpuid_shstk == 0 and caps_cpuid_ibt == 0)
            or (host_cr4 & 0x40000 != 0 and caps_cpuid_xsave == 0)
            or (host_cr4 & 0x100000 != 0 and caps_cpuid_smep == 0)
            or (host_cr4 & 0x200000 != 0 and caps_cpuid_smap == 0)
            or (host_cr4 & 0x10000 != 0 and caps_cpuid_fsgsbase == 0)
            or (host_cr4 & 0x400000 != 0 and caps_cpuid_pku == 0)
            or (host_cr4 & 0x1000 != 0 and caps_cpuid_la57 == 0)
            or (host_cr4 & 0x800 != 0 and caps_cpuid_umip == 0)
            or (host_cr4 & 0x2000 != 0 and caps_cpuid_vmx == 0)
            or (host_cr4 & 0x20000 != 0 and caps_cpuid_pcid == 0)
        ):
            failed.append("host-cr4-invalid")
    else:
        undecided.append("host-cr4-invalid")
    # host-cr4-cet-reserved (SDM 26.2.2)
    if host_cr4 is not None:
        if host_cr4 & 0x800000 != 0:
            failed.append("host-cr4-cet-reserved")
    else:
        undecided.append("host-cr4-cet-reserved")
    # host-cr3-beyond-maxphyaddr (SDM 26.2.2)
    if host_cr3 is not None:
        if caps_maxphyaddr == 0 or caps_maxphyaddr > 64 or host_cr3 >> caps_maxphyaddr != 0:
            if caps_maxphyaddr > 0 and caps_maxphyaddr < 65 and host_cr3 >> caps_maxphyaddr != 0:
                failed.append("host-cr3-beyond-maxphyaddr")
            else:
                undecided.append("host-cr3-beyond-maxphyaddr")
    else:
        undecided.append("host-cr3-beyond-maxphyaddr")
    # host-cr4-cet-without-wp (SDM 26.2.2)
    if host_cr4 is not None and host_cr0 is not None:
        if host_cr4 & 0x800000 != 0 and host_cr0 & 0x10000 == 0:
            failed.append("host-cr4-cet-without-wp")
    elif (host_cr4 is None or host_cr4 & 0x800000 != 0) and (
        host_cr0 is None or host_cr0 & 0x10000 == 0
    ):
        if (
            host_cr4 is not None
            and host_cr4 & 0x800000 != 0
            and host_cr0 is not None
            and host_cr0 & 0x10000 == 0
        ):
            failed.append("host-cr4-cet-without-wp")
        else:
            undecided.append("host-cr4-cet-without-wp")
    # host-sysenter-esp-not-canonical (SDM 26.2.2)
    if host_ia32_sysenter_esp is not None:
        if (
            caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(host_ia32_sysenter_esp, caps_va_bits)
        ):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(host_ia32_sysenter_esp, caps_va_bits)
            ):
                failed.append("host-sysenter-esp-not-canonical")
            else:
                undecided.append("host-sysenter-esp-not-canonical")
    else:
        undecided.append("host-sysenter-esp-not-canonical")
    # host-sysenter-eip-not-canonical (SDM 26.2.2)
    if host_ia32_sysenter_eip is not None:
        if (
            caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(host_ia32_sysenter_eip, caps_va_bits)
        ):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(host_ia32_sysenter_eip, caps_va_bits)
            ):
                failed.append("host-sysenter-eip-not-canonical")
            else:
                undecided.append("host-sysenter-eip-not-canonical")
    else:
        undecided.append("host-sysenter-eip-not-canonical")
    # host-pat-invalid (SDM 26.2.2)
    if vm_exit_controls is not None and host_ia32_pat is not None:
        if vm_exit_controls & 0x80000 != 0 and (
            (
                (host_ia32_pat & 0xFF) != 0
                and (host_ia32_pat & 0xFF) != 1
                and (host_ia32_pat & 0xFF) != 4
                and (host_ia32_pat & 0xFF) != 5
                and (host_ia32_pat & 0xFF) != 6
                and (host_ia32_pat & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 8) & 0xFF) != 0
                and ((host_ia32_pat >> 8) & 0xFF) != 1
                and ((host_ia32_pat >> 8) & 0xFF) != 4
                and ((host_ia32_pat >> 8) & 0xFF) != 5
                and ((host_ia32_pat >> 8) & 0xFF) != 6
                and ((host_ia32_pat >> 8) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 16) & 0xFF) != 0
                and ((host_ia32_pat >> 16) & 0xFF) != 1
                and ((host_ia32_pat >> 16) & 0xFF) != 4
                and ((host_ia32_pat >> 16) & 0xFF) != 5
                and ((host_ia32_pat >> 16) & 0xFF) != 6
                and ((host_ia32_pat >> 16) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 24) & 0xFF) != 0
                and ((host_ia32_pat >> 24) & 0xFF) != 1
                and ((host_ia32_pat >> 24) & 0xFF) != 4
                and ((host_ia32_pat >> 24) & 0xFF) != 5
                and ((host_ia32_pat >> 24) & 0xFF) != 6
                and ((host_ia32_pat >> 24) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 32) & 0xFF) != 0
                and ((host_ia32_pat >> 32) & 0xFF) != 1
                and ((host_ia32_pat >> 32) & 0xFF) != 4
                and ((host_ia32_pat >> 32) & 0xFF) != 5
                and ((host_ia32_pat >> 32) & 0xFF) != 6
                and ((host_ia32_pat >> 32) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 40) & 0xFF) != 0
                and ((host_ia32_pat >> 40) & 0xFF) != 1
                and ((host_ia32_pat >> 40) & 0xFF) != 4
                and ((host_ia32_pat >> 40) & 0xFF) != 5
                and ((host_ia32_pat >> 40) & 0xFF) != 6
                and ((host_ia32_pat >> 40) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 48) & 0xFF) != 0
                and ((host_ia32_pat >> 48) & 0xFF) != 1
                and ((host_ia32_pat >> 48) & 0xFF) != 4
                and ((host_ia32_pat >> 48) & 0xFF) != 5
                and ((host_ia32_pat >> 48) & 0xFF) != 6
                and ((host_ia32_pat >> 48) & 0xFF) != 7
            )
            or (
                ((host_ia32_pat >> 56) & 0xFF) != 0
                and ((host_ia32_pat >> 56) & 0xFF) != 1
                and ((host_ia32_pat >> 56) & 0xFF) != 4
                and ((host_ia32_pat >> 56) & 0xFF) != 5
                and ((host_ia32_pat >> 56) & 0xFF) != 6
                and ((host_ia32_pat >> 56) & 0xFF) != 7
            )
        ):
            failed.append("host-pat-invalid")
    elif (vm_exit_controls is None or vm_exit_controls & 0x80000 != 0) and (
        host_ia32_pat is None
        or (
            (host_ia32_pat & 0xFF) != 0
            and (host_ia32_pat & 0xFF) != 1
            and (host_ia32_pat & 0xFF) != 4
            and (host_ia32_pat & 0xFF) != 5
            and (host_ia32_pat & 0xFF) != 6
            and (host_ia32_pat & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 8) & 0xFF) != 0
            and ((host_ia32_pat >> 8) & 0xFF) != 1
            and ((host_ia32_pat >> 8) & 0xFF) != 4
            and ((host_ia32_pat >> 8) & 0xFF) != 5
            and ((host_ia32_pat >> 8) & 0xFF) != 6
            and ((host_ia32_pat >> 8) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 16) & 0xFF) != 0
            and ((host_ia32_pat >> 16) & 0xFF) != 1
            and ((host_ia32_pat >> 16) & 0xFF) != 4
            and ((host_ia32_pat >> 16) & 0xFF) != 5
            and ((host_ia32_pat >> 16) & 0xFF) != 6
            and ((host_ia32_pat >> 16) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 24) & 0xFF) != 0
            and ((host_ia32_pat >> 24) & 0xFF) != 1
            and ((host_ia32_pat >> 24) & 0xFF) != 4
            and ((host_ia32_pat >> 24) & 0xFF) != 5
            and ((host_ia32_pat >> 24) & 0xFF) != 6
            and ((host_ia32_pat >> 24) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 32) & 0xFF) != 0
            and ((host_ia32_pat >> 32) & 0xFF) != 1
            and ((host_ia32_pat >> 32) & 0xFF) != 4
            and ((host_ia32_pat >> 32) & 0xFF) != 5
            and ((host_ia32_pat >> 32) & 0xFF) != 6
            and ((host_ia32_pat >> 32) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 40) & 0xFF) != 0
            and ((host_ia32_pat >> 40) & 0xFF) != 1
            and ((host_ia32_pat >> 40) & 0xFF) != 4
            and ((host_ia32_pat >> 40) & 0xFF) != 5
            and ((host_ia32_pat >> 40) & 0xFF) != 6
            and ((host_ia32_pat >> 40) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 48) & 0xFF) != 0
            and ((host_ia32_pat >> 48) & 0xFF) != 1
            and ((host_ia32_pat >> 48) & 0xFF) != 4
            and ((host_ia32_pat >> 48) & 0xFF) != 5
            and ((host_ia32_pat >> 48) & 0xFF) != 6
            and ((host_ia32_pat >> 48) & 0xFF) != 7
        )
        or (
            ((host_ia32_pat >> 56) & 0xFF) != 0
            and ((host_ia32_pat >> 56) & 0xFF) != 1
            and ((host_ia32_pat >> 56) & 0xFF) != 4
            and ((host_ia32_pat >> 56) & 0xFF) != 5
            and ((host_ia32_pat >> 56) & 0xFF) != 6
            and ((host_ia32_pat >> 56) & 0xFF) != 7
        )
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x80000 != 0
            and (
                (
                    host_ia32_pat is not None
                    and (host_ia32_pat & 0xFF) != 0
                    and (host_ia32_pat & 0xFF) != 1
                    and (host_ia32_pat & 0xFF) != 4
                    and (host_ia32_pat & 0xFF) != 5
                    and (host_ia32_pat & 0xFF) != 6
                    and (host_ia32_pat & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 8) & 0xFF) != 0
                    and ((host_ia32_pat >> 8) & 0xFF) != 1
                    and ((host_ia32_pat >> 8) & 0xFF) != 4
                    and ((host_ia32_pat >> 8) & 0xFF) != 5
                    and ((host_ia32_pat >> 8) & 0xFF) != 6
                    and ((host_ia32_pat >> 8) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 16) & 0xFF) != 0
                    and ((host_ia32_pat >> 16) & 0xFF) != 1
                    and ((host_ia32_pat >> 16) & 0xFF) != 4
                    and ((host_ia32_pat >> 16) & 0xFF) != 5
                    and ((host_ia32_pat >> 16) & 0xFF) != 6
                    and ((host_ia32_pat >> 16) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 24) & 0xFF) != 0
                    and ((host_ia32_pat >> 24) & 0xFF) != 1
                    and ((host_ia32_pat >> 24) & 0xFF) != 4
                    and ((host_ia32_pat >> 24) & 0xFF) != 5
                    and ((host_ia32_pat >> 24) & 0xFF) != 6
                    and ((host_ia32_pat >> 24) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 32) & 0xFF) != 0
                    and ((host_ia32_pat >> 32) & 0xFF) != 1
                    and ((host_ia32_pat >> 32) & 0xFF) != 4
                    and ((host_ia32_pat >> 32) & 0xFF) != 5
                    and ((host_ia32_pat >> 32) & 0xFF) != 6
                    and ((host_ia32_pat >> 32) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 40) & 0xFF) != 0
                    and ((host_ia32_pat >> 40) & 0xFF) != 1
                    and ((host_ia32_pat >> 40) & 0xFF) != 4
                    and ((host_ia32_pat >> 40) & 0xFF) != 5
                    and ((host_ia32_pat >> 40) & 0xFF) != 6
                    and ((host_ia32_pat >> 40) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 48) & 0xFF) != 0
                    and ((host_ia32_pat >> 48) & 0xFF) != 1
                    and ((host_ia32_pat >> 48) & 0xFF) != 4
                    and ((host_ia32_pat >> 48) & 0xFF) != 5
                    and ((host_ia32_pat >> 48) & 0xFF) != 6
                    and ((host_ia32_pat >> 48) & 0xFF) != 7
                )
                or (
                    host_ia32_pat is not None
                    and ((host_ia32_pat >> 56) & 0xFF) != 0
                    and ((host_ia32_pat >> 56) & 0xFF) != 1
                    and ((host_ia32_pat >> 56) & 0xFF) != 4
                    and ((host_ia32_pat >> 56) & 0xFF) != 5
                    and ((host_ia32_pat >> 56) & 0xFF) != 6
                    and ((host_ia32_pat >> 56) & 0xFF) != 7
                )
            )
        ):
            failed.append("host-pat-invalid")
        else:
            undecided.append("host-pat-invalid")
    # host-perf-global-ctrl-reserved (SDM 26.2.2)
    if vm_exit_controls is not None and host_ia32_perf_global_ctrl is not None:
        if vm_exit_controls & 0x1000 != 0 and host_ia32_perf_global_ctrl != 0:
            undecided.append("host-perf-global-ctrl-reserved")
    elif (vm_exit_controls is None or vm_exit_controls & 0x1000 != 0) and (
        host_ia32_perf_global_ctrl is None or host_ia32_perf_global_ctrl != 0
    ):
        undecided.append("host-perf-global-ctrl-reserved")
    # host-64bit-without-pae (SDM 26.2.2)
    if vm_exit_controls is not None and host_cr4 is not None:
        if vm_exit_controls & 0x200 != 0 and host_cr4 & 0x20 == 0:
            failed.append("host-64bit-without-pae")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200 != 0) and (
        host_cr4 is None or host_cr4 & 0x20 == 0
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200 != 0
            and host_cr4 is not None
            and host_cr4 & 0x20 == 0
        ):
            failed.append("host-64bit-without-pae")
        else:
            undecided.append("host-64bit-without-pae")
    # host-32bit-with-ia32e-guest (SDM 26.2.4)
    if vm_exit_controls is not None and vm_entry_controls is not None:
        if vm_exit_controls & 0x200 == 0 and vm_entry_controls & 0x200 != 0:
            failed.append("host-32bit-with-ia32e-guest")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200 == 0) and (
        vm_entry_controls is None or vm_entry_controls & 0x200 != 0
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200 == 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
        ):
            failed.append("host-32bit-with-ia32e-guest")
        else:
            undecided.append("host-32bit-with-ia32e-guest")
    # host-32bit-with-pcide (SDM 26.2.4)
    if vm_exit_controls is not None and host_cr4 is not None:
        if vm_exit_controls & 0x200 == 0 and host_cr4 & 0x20000 != 0:
            failed.append("host-32bit-with-pcide")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200 == 0) and (
        host_cr4 is None or host_cr4 & 0x20000 != 0
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200 == 0
            and host_cr4 is not None
            and host_cr4 & 0x20000 != 0
        ):
            failed.append("host-32bit-with-pcide")
        else:
            undecided.append("host-32bit-with-pcide")
    # host-32bit-rip-above-4g (SDM 26.2.4)
    if vm_exit_controls is not None and host_rip is not None:
        if vm_exit_controls & 0x200 == 0 and host_rip >> 0x20 != 0:
            failed.append("host-32bit-rip-above-4g")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200 == 0) and (
        host_rip is None or host_rip >> 0x20 != 0
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200 == 0
            and host_rip is not None
            and host_rip >> 0x20 != 0
        ):
            failed.append("host-32bit-rip-above-4g")
        else:
            undecided.append("host-32bit-rip-above-4g")
    # host-cs-selector-rpl-ti (SDM 26.2.3)
    if host_cs_selector is not None:
        if host_cs_selector & 0x7 != 0:
            failed.append("host-cs-selector-rpl-ti")
    else:
        undecided.append("host-cs-selector-rpl-ti")
    # host-ss-selector-rpl-ti (SDM 26.2.3)
    if host_ss_selector is not None:
        if host_ss_selector & 0x7 != 0:
            failed.append("host-ss-selector-rpl-ti")
    else:
        undecided.append("host-ss-selector-rpl-ti")
    # host-ds-selector-rpl-ti (SDM 26.2.3)
    if host_ds_selector is not None:
        if host_ds_selector & 0x7 != 0:
            failed.append("host-ds-selector-rpl-ti")
    else:
        undecided.append("host-ds-selector-rpl-ti")
    # host-es-selector-rpl-ti (SDM 26.2.3)
    if host_es_selector is not None:
        if host_es_selector & 0x7 != 0:
            failed.append("host-es-selector-rpl-ti")
    else:
        undecided.append("host-es-selector-rpl-ti")
    # host-fs-selector-rpl-ti (SDM 26.2.3)
    if host_fs_selector is not None:
        if host_fs_selector & 0x7 != 0:
            failed.append("host-fs-selector-rpl-ti")
    else:
        undecided.append("host-fs-selector-rpl-ti")
    # host-gs-selector-rpl-ti (SDM 26.2.3)
    if host_gs_selector is not None:
        if host_gs_selector & 0x7 != 0:
            failed.append("host-gs-selector-rpl-ti")
    else:
        undecided.append("host-gs-selector-rpl-ti")
    # host-tr-selector-rpl-ti (SDM 26.2.3)
    if host_tr_selector is not None:
        if host_tr_selector & 0x7 != 0:
            failed.append("host-tr-selector-rpl-ti")
    else:
        undecided.append("host-tr-selector-rpl-ti")
    # host-cs-selector-null (SDM 26.2.3)
    if host_cs_selector is not None:
        if host_cs_selector == 0:
            failed.append("host-cs-selector-null")
    else:
        undecided.append("host-cs-selector-null")
    # host-tr-selector-null (SDM 26.2.3)
    if host_tr_selector is not None:
        if host_tr_selector == 0:
            failed.append("host-tr-selector-null")
    else:
        undecided.append("host-tr-selector-null")
    # host-ss-selector-null-32bit (SDM 26.2.3)
    if host_ss_selector is not None and vm_exit_controls is not None:
        if host_ss_selector == 0 and vm_exit_controls & 0x200 == 0:
            failed.append("host-ss-selector-null-32bit")
    elif (host_ss_selector is None or host_ss_selector == 0) and (
        vm_exit_controls is None or vm_exit_controls & 0x200 == 0
    ):
        if (
            host_ss_selector is not None
            and host_ss_selector == 0
            and vm_exit_controls is not None
            and vm_exit_controls & 0x200 == 0
        ):
            failed.append("host-ss-selector-null-32bit")
        else:
            undecided.append("host-ss-selector-null-32bit")
    # host-fs-base-not-canonical (SDM 26.2.3)
    if host_fs_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(host_fs_base, caps_va_bits):
            if caps_va_bits > 0 and caps_va_bits < 65 and _noncanonical(host_fs_base, caps_va_bits):
                failed.append("host-fs-base-not-canonical")
            else:
                undecided.append("host-fs-base-not-canonical")
    else:
        undecided.append("host-fs-base-not-canonical")
    # host-gs-base-not-canonical (SDM 26.2.3)
    if host_gs_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(host_gs_base, caps_va_bits):
            if caps_va_bits > 0 and caps_va_bits < 65 and _noncanonical(host_gs_base, caps_va_bits):
                failed.append("host-gs-base-not-canonical")
            else:
                undecided.append("host-gs-base-not-canonical")
    else:
        undecided.append("host-gs-base-not-canonical")
    # host-gdtr-base-not-canonical (SDM 26.2.3)
    if host_gdtr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(host_gdtr_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(host_gdtr_base, caps_va_bits)
            ):
                failed.append("host-gdtr-base-not-canonical")
            else:
                undecided.append("host-gdtr-base-not-canonical")
    else:
        undecided.append("host-gdtr-base-not-canonical")
    # host-idtr-base-not-canonical (SDM 26.2.3)
    if host_idtr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(host_idtr_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(host_idtr_base, caps_va_bits)
            ):
                failed.append("host-idtr-base-not-canonical")
            else:
                undecided.append("host-idtr-base-not-canonical")
    else:
        undecided.append("host-idtr-base-not-canonical")
    # host-tr-base-not-canonical (SDM 26.2.3)
    if host_tr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(host_tr_base, caps_va_bits):
            if caps_va_bits > 0 and caps_va_bits < 65 and _noncanonical(host_tr_base, caps_va_bits):
                failed.append("host-tr-base-not-canonical")
            else:
                undecided.append("host-tr-base-not-canonical")
    else:
        undecided.append("host-tr-base-not-canonical")
    # host-rip-not-canonical (SDM 26.2.3)
    if host_cr4 is not None and host_rip is not None:
        if (host_cr4 & 0x1000 != 0 and _noncanonical(host_rip, 0x39)) or (
            host_cr4 & 0x1000 == 0 and _noncanonical(host_rip, 0x30)
        ):
            failed.append("host-rip-not-canonical")
    elif (
        (host_cr4 is None or host_cr4 & 0x1000 != 0)
        and (host_rip is None or _noncanonical(host_rip, 0x39))
    ) or (
        (host_cr4 is None or host_cr4 & 0x1000 == 0)
        and (host_rip is None or _noncanonical(host_rip, 0x30))
    ):
        if (
            host_cr4 is not None
            and host_cr4 & 0x1000 != 0
            and host_rip is not None
            and _noncanonical(host_rip, 0x39)
        ) or (
            host_cr4 is not None
            and host_cr4 & 0x1000 == 0
            and host_rip is not None
            and _noncanonical(host_rip, 0x30)
        ):
            failed.append("host-rip-not-canonical")
        else:
            undecided.append("host-rip-not-canonical")
    # host-efer-invalid (SDM 26.2.2)
    if vm_exit_controls is not None and host_ia32_efer is not None:
        if vm_exit_controls & 0x200000 != 0 and (
            host_ia32_efer & ~0xD01 != 0
            or (host_ia32_efer & 0x500 != 0 and caps_cpuid_lm == 0)
            or (host_ia32_efer & 0x800 != 0 and caps_cpuid_nx == 0)
        ):
            failed.append("host-efer-invalid")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200000 != 0) and (
        host_ia32_efer is None
        or host_ia32_efer & ~0xD01 != 0
        or ((host_ia32_efer is None or host_ia32_efer & 0x500 != 0) and caps_cpuid_lm == 0)
        or ((host_ia32_efer is None or host_ia32_efer & 0x800 != 0) and caps_cpuid_nx == 0)
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200000 != 0
            and (
                (host_ia32_efer is not None and host_ia32_efer & ~0xD01 != 0)
                or (
                    host_ia32_efer is not None
                    and host_ia32_efer & 0x500 != 0
                    and caps_cpuid_lm == 0
                )
                or (
                    host_ia32_efer is not None
                    and host_ia32_efer & 0x800 != 0
                    and caps_cpuid_nx == 0
                )
            )
        ):
            failed.append("host-efer-invalid")
        else:
            undecided.append("host-efer-invalid")
    # host-efer-lma-mismatch (SDM 26.2.2)
    if vm_exit_controls is not None and host_ia32_efer is not None:
        if vm_exit_controls & 0x200000 != 0 and (
            (vm_exit_controls & 0x200 != 0 and host_ia32_efer & 0x400 == 0)
            or (vm_exit_controls & 0x200 == 0 and host_ia32_efer & 0x400 != 0)
        ):
            failed.append("host-efer-lma-mismatch")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200000 != 0) and (
        (
            (vm_exit_controls is None or vm_exit_controls & 0x200 != 0)
            and (host_ia32_efer is None or host_ia32_efer & 0x400 == 0)
        )
        or (
            (vm_exit_controls is None or vm_exit_controls & 0x200 == 0)
            and (host_ia32_efer is None or host_ia32_efer & 0x400 != 0)
        )
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200000 != 0
            and (
                (
                    vm_exit_controls is not None
                    and vm_exit_controls & 0x200 != 0
                    and host_ia32_efer is not None
                    and host_ia32_efer & 0x400 == 0
                )
                or (
                    vm_exit_controls is not None
                    and vm_exit_controls & 0x200 == 0
                    and host_ia32_efer is not None
                    and host_ia32_efer & 0x400 != 0
                )
            )
        ):
            failed.append("host-efer-lma-mismatch")
        else:
            undecided.append("host-efer-lma-mismatch")
    # host-efer-lme-mismatch (SDM 26.2.2)
    if vm_exit_controls is not None and host_ia32_efer is not None:
        if vm_exit_controls & 0x200000 != 0 and (
            (vm_exit_controls & 0x200 != 0 and host_ia32_efer & 0x100 == 0)
            or (vm_exit_controls & 0x200 == 0 and host_ia32_efer & 0x100 != 0)
        ):
            failed.append("host-efer-lme-mismatch")
    elif (vm_exit_controls is None or vm_exit_controls & 0x200000 != 0) and (
        (
            (vm_exit_controls is None or vm_exit_controls & 0x200 != 0)
            and (host_ia32_efer is None or host_ia32_efer & 0x100 == 0)
        )
        or (
            (vm_exit_controls is None or vm_exit_controls & 0x200 == 0)
            and (host_ia32_efer is None or host_ia32_efer & 0x100 != 0)
        )
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x200000 != 0
            and (
                (
                    vm_exit_controls is not None
                    and vm_exit_controls & 0x200 != 0
                    and host_ia32_efer is not None
                    and host_ia32_efer & 0x100 == 0
                )
                or (
                    vm_exit_controls is not None
                    and vm_exit_controls & 0x200 == 0
                    and host_ia32_efer is not None
                    and host_ia32_efer & 0x100 != 0
                )
            )
        ):
            failed.append("host-efer-lme-mismatch")
        else:
            undecided.append("host-efer-lme-mismatch")
    # host-cet-state-invalid (SDM 26.2.2)
    if (
        vm_exit_controls is not None
        and host_s_cet is not None
        and host_ssp is not None
        and host_intr_ssp_table is not None
    ):
        if vm_exit_controls & 0x10000000 != 0 and (
            host_s_cet & 0x3C0 != 0
            or (host_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
            or (host_s_cet & 0xFFFFFFFFFFFFFC3C != 0 and caps_cpuid_ibt == 0)
            or ((host_s_cet >> 12) & 0x3) != 0
            or (host_s_cet & 0x400 != 0 and host_s_cet & 0x800 != 0)
            or host_ssp % 4 != 0
            or caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(host_intr_ssp_table, caps_va_bits)
        ):
            if vm_exit_controls & 0x10000000 != 0 and (
                host_s_cet & 0x3C0 != 0
                or (host_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
                or (host_s_cet & 0xFFFFFFFFFFFFFC3C != 0 and caps_cpuid_ibt == 0)
                or ((host_s_cet >> 12) & 0x3) != 0
                or (host_s_cet & 0x400 != 0 and host_s_cet & 0x800 != 0)
                or host_ssp % 4 != 0
                or (
                    caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(host_intr_ssp_table, caps_va_bits)
                )
            ):
                failed.append("host-cet-state-invalid")
            else:
                undecided.append("host-cet-state-invalid")
    elif (vm_exit_controls is None or vm_exit_controls & 0x10000000 != 0) and (
        host_s_cet is None
        or host_s_cet & 0x3C0 != 0
        or ((host_s_cet is None or host_s_cet & 0x3 != 0) and caps_cpuid_shstk == 0)
        or ((host_s_cet is None or host_s_cet & 0xFFFFFFFFFFFFFC3C != 0) and caps_cpuid_ibt == 0)
        or ((host_s_cet >> 12) & 0x3) != 0
        or (
            (host_s_cet is None or host_s_cet & 0x400 != 0)
            and (host_s_cet is None or host_s_cet & 0x800 != 0)
        )
        or host_ssp is None
        or host_ssp % 4 != 0
        or host_intr_ssp_table is None
        or caps_va_bits == 0
        or caps_va_bits > 64
        or _noncanonical(host_intr_ssp_table, caps_va_bits)
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x10000000 != 0
            and (
                (host_s_cet is not None and host_s_cet & 0x3C0 != 0)
                or (host_s_cet is not None and host_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
                or (
                    host_s_cet is not None
                    and host_s_cet & 0xFFFFFFFFFFFFFC3C != 0
                    and caps_cpuid_ibt == 0
                )
                or (host_s_cet is not None and ((host_s_cet >> 12) & 0x3) != 0)
                or (host_s_cet is not None and host_s_cet & 0x400 != 0 and host_s_cet & 0x800 != 0)
                or (host_ssp is not None and host_ssp % 4 != 0)
                or (
                    host_intr_ssp_table is not None
                    and caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(host_intr_ssp_table, caps_va_bits)
                )
            )
        ):
            failed.append("host-cet-state-invalid")
        else:
            undecided.append("host-cet-state-invalid")
    # host-cet-64bit-not-canonical (SDM 26.2.2)
    if vm_exit_controls is not None and host_s_cet is not None and host_ssp is not None:
        if (
            vm_exit_controls & 0x10000000 != 0
            and vm_exit_controls & 0x200 != 0
            and (
                caps_va_bits == 0
                or caps_va_bits > 64
                or _noncanonical(host_s_cet, caps_va_bits)
                or _noncanonical(host_ssp, caps_va_bits)
            )
        ):
            if (
                vm_exit_controls & 0x10000000 != 0
                and vm_exit_controls & 0x200 != 0
                and (
                    (
                        caps_va_bits > 0
                        and caps_va_bits < 65
                        and _noncanonical(host_s_cet, caps_va_bits)
                    )
                    or (
                        caps_va_bits > 0
                        and caps_va_bits < 65
                        and _noncanonical(host_ssp, caps_va_bits)
                    )
                )
            ):
                failed.append("host-cet-64bit-not-canonical")
            else:
                undecided.append("host-cet-64bit-not-canonical")
    elif (
        (vm_exit_controls is None or vm_exit_controls & 0x10000000 != 0)
        and (vm_exit_controls is None or vm_exit_controls & 0x200 != 0)
        and (
            host_s_cet is None
            or caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(host_s_cet, caps_va_bits)
            or host_ssp is None
            or _noncanonical(host_ssp, caps_va_bits)
        )
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x10000000 != 0
            and vm_exit_controls & 0x200 != 0
            and (
                (
                    host_s_cet is not None
                    and caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(host_s_cet, caps_va_bits)
                )
                or (
                    host_ssp is not None
                    and caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(host_ssp, caps_va_bits)
                )
            )
        ):
            failed.append("host-cet-64bit-not-canonical")
        else:
            undecided.append("host-cet-64bit-not-canonical")
    # host-cet-32bit-above-4g (SDM 26.2.2)
    if vm_exit_controls is not None and host_s_cet is not None and host_ssp is not None:
        if (
            vm_exit_controls & 0x10000000 != 0
            and vm_exit_controls & 0x200 == 0
            and (host_s_cet >> 0x20 != 0 or host_ssp >> 0x20 != 0)
        ):
            failed.append("host-cet-32bit-above-4g")
    elif (
        (vm_exit_controls is None or vm_exit_controls & 0x10000000 != 0)
        and (vm_exit_controls is None or vm_exit_controls & 0x200 == 0)
        and (
            host_s_cet is None
            or host_s_cet >> 0x20 != 0
            or host_ssp is None
            or host_ssp >> 0x20 != 0
        )
    ):
        if (
            vm_exit_controls is not None
            and vm_exit_controls & 0x10000000 != 0
            and vm_exit_controls & 0x200 == 0
            and (
                (host_s_cet is not None and host_s_cet >> 0x20 != 0)
                or (host_ssp is not None and host_ssp >> 0x20 != 0)
            )
        ):
            failed.append("host-cet-32bit-above-4g")
        else:
            undecided.append("host-cet-32bit-above-4g")
    # guest-cr0-fixed-bits (SDM 26.3.1.1)
    if (
        guest_cr0 is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
    ):
        if (
            guest_cr0 & ~caps_msr_ia32_vmx_cr0_fixed1 != 0
            or (guest_cr0 & ~0x80000001) & (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
            != (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
            or (
                guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and caps_proc2_allowed1 & 0x80 == 0
            )
            or (
                guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and cpu_based_vm_exec_control & 0x80000000 == 0
            )
            or (
                guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and secondary_vm_exec_control & 0x80 == 0
            )
        ):
            failed.append("guest-cr0-fixed-bits")
    elif (
        guest_cr0 is None
        or guest_cr0 & ~caps_msr_ia32_vmx_cr0_fixed1 != 0
        or (guest_cr0 & ~0x80000001) & (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
        != (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
        or (
            (
                guest_cr0 is None
                or guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
            )
            and caps_proc2_allowed1 & 0x80 == 0
        )
        or (
            (
                guest_cr0 is None
                or guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
            )
            and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 == 0)
        )
        or (
            (
                guest_cr0 is None
                or guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
            )
            and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x80 == 0)
        )
    ):
        if (
            (guest_cr0 is not None and guest_cr0 & ~caps_msr_ia32_vmx_cr0_fixed1 != 0)
            or (
                guest_cr0 is not None
                and (guest_cr0 & ~0x80000001) & (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
                != (caps_msr_ia32_vmx_cr0_fixed0 & ~0x80000001)
            )
            or (
                guest_cr0 is not None
                and guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and caps_proc2_allowed1 & 0x80 == 0
            )
            or (
                guest_cr0 is not None
                and guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and cpu_based_vm_exec_control is not None
                and cpu_based_vm_exec_control & 0x80000000 == 0
            )
            or (
                guest_cr0 is not None
                and guest_cr0 & caps_msr_ia32_vmx_cr0_fixed0 != caps_msr_ia32_vmx_cr0_fixed0
                and secondary_vm_exec_control is not None
                and secondary_vm_exec_control & 0x80 == 0
            )
        ):
            failed.append("guest-cr0-fixed-bits")
        else:
            undecided.append("guest-cr0-fixed-bits")
    # guest-cr4-invalid (SDM 26.3.1.1)
    if guest_cr4 is not None:
        if (
            guest_cr4 & caps_msr_ia32_vmx_cr4_fixed0 != caps_msr_ia32_vmx_cr4_fixed0
            or guest_cr4 & ~caps_msr_ia32_vmx_cr4_fixed1 != 0
            or guest_cr4 & ~0xF73FFF != 0
            or (guest_cr4 & 0x40000 != 0 and caps_cpuid_xsave == 0)
            or (guest_cr4 & 0x100000 != 0 and caps_cpuid_smep == 0)
            or (guest_cr4 & 0x200000 != 0 and caps_cpuid_smap == 0)
            or (guest_cr4 & 0x10000 != 0 and caps_cpuid_fsgsbase == 0)
            or (guest_cr4 & 0x400000 != 0 and caps_cpuid_pku == 0)
            or (guest_cr4 & 0x1000 != 0 and caps_cpuid_la57 == 0)
            or (guest_cr4 & 0x800 != 0 and caps_cpuid_umip == 0)
            or (guest_cr4 & 0x2000 != 0 and caps_cpuid_vmx == 0)
            or (guest_cr4 & 0x20000 != 0 and caps_cpuid_pcid == 0)
            or (guest_cr4 & 0x800000 != 0 and caps_cpuid_shstk == 0 and caps_cpuid_ibt == 0)
        ):
            failed.append("guest-cr4-invalid")
    else:
        undecided.append("guest-cr4-invalid")
    # guest-cr4-cet-reserved (SDM 26.3.1.1)
    if guest_cr4 is not None:
        if guest_cr4 & 0x800000 != 0:
            failed.append("guest-cr4-cet-reserved")
    else:
        undecided.append("guest-cr4-cet-reserved")
    # guest-cr4-cet-without-wp (SDM 26.3.1.1)
    if guest_cr4 is not None and guest_cr0 is not None:
        if guest_cr4 & 0x800000 != 0 and guest_cr0 & 0x10000 == 0:
            failed.append("guest-cr4-cet-without-wp")
    elif (guest_cr4 is None or guest_cr4 & 0x800000 != 0) and (
        guest_cr0 is None or guest_cr0 & 0x10000 == 0
    ):
        if (
            guest_cr4 is not None
            and guest_cr4 & 0x800000 != 0
            and guest_cr0 is not None
            and guest_cr0 & 0x10000 == 0
        ):
            failed.append("guest-cr4-cet-without-wp")
        else:
            undecided.append("guest-cr4-cet-without-wp")
    # guest-dr7-reserved (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_dr7 is not None:
        if vm_entry_controls & 0x4 != 0 and guest_dr7 & 0xFFFFFFFF00000000 != 0:
            failed.append("guest-dr7-reserved")
    elif (vm_entry_controls is None or vm_entry_controls & 0x4 != 0) and (
        guest_dr7 is None or guest_dr7 & 0xFFFFFFFF00000000 != 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x4 != 0
            and guest_dr7 is not None
            and guest_dr7 & 0xFFFFFFFF00000000 != 0
        ):
            failed.append("guest-dr7-reserved")
        else:
            undecided.append("guest-dr7-reserved")
    # guest-debugctl-invalid (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ia32_debugctl is not None:
        if vm_entry_controls & 0x4 != 0 and (
            guest_ia32_debugctl & ~0x8807 != 0
            or (guest_ia32_debugctl & 0x4 != 0 and caps_cpuid_bus_lock_detect == 0)
            or (guest_ia32_debugctl & 0x8000 != 0 and caps_cpuid_rtm == 0)
        ):
            failed.append("guest-debugctl-invalid")
    elif (vm_entry_controls is None or vm_entry_controls & 0x4 != 0) and (
        guest_ia32_debugctl is None
        or guest_ia32_debugctl & ~0x8807 != 0
        or (
            (guest_ia32_debugctl is None or guest_ia32_debugctl & 0x4 != 0)
            and caps_cpuid_bus_lock_detect == 0
        )
        or (
            (guest_ia32_debugctl is None or guest_ia32_debugctl & 0x8000 != 0)
            and caps_cpuid_rtm == 0
        )
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x4 != 0
            and (
                (guest_ia32_debugctl is not None and guest_ia32_debugctl & ~0x8807 != 0)
                or (
                    guest_ia32_debugctl is not None
                    and guest_ia32_debugctl & 0x4 != 0
                    and caps_cpuid_bus_lock_detect == 0
                )
                or (
                    guest_ia32_debugctl is not None
                    and guest_ia32_debugctl & 0x8000 != 0
                    and caps_cpuid_rtm == 0
                )
            )
        ):
            failed.append("guest-debugctl-invalid")
        else:
            undecided.append("guest-debugctl-invalid")
    # guest-debugctl-freeze-lbrs (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ia32_debugctl is not None:
        if vm_entry_controls & 0x4 != 0 and guest_ia32_debugctl & 0x800 != 0:
            undecided.append("guest-debugctl-freeze-lbrs")
    elif (vm_entry_controls is None or vm_entry_controls & 0x4 != 0) and (
        guest_ia32_debugctl is None or guest_ia32_debugctl & 0x800 != 0
    ):
        undecided.append("guest-debugctl-freeze-lbrs")
    # guest-pat-invalid (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ia32_pat is not None:
        if vm_entry_controls & 0x4000 != 0 and (
            (
                (guest_ia32_pat & 0xFF) != 0
                and (guest_ia32_pat & 0xFF) != 1
                and (guest_ia32_pat & 0xFF) != 4
                and (guest_ia32_pat & 0xFF) != 5
                and (guest_ia32_pat & 0xFF) != 6
                and (guest_ia32_pat & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 8) & 0xFF) != 0
                and ((guest_ia32_pat >> 8) & 0xFF) != 1
                and ((guest_ia32_pat >> 8) & 0xFF) != 4
                and ((guest_ia32_pat >> 8) & 0xFF) != 5
                and ((guest_ia32_pat >> 8) & 0xFF) != 6
                and ((guest_ia32_pat >> 8) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 16) & 0xFF) != 0
                and ((guest_ia32_pat >> 16) & 0xFF) != 1
                and ((guest_ia32_pat >> 16) & 0xFF) != 4
                and ((guest_ia32_pat >> 16) & 0xFF) != 5
                and ((guest_ia32_pat >> 16) & 0xFF) != 6
                and ((guest_ia32_pat >> 16) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 24) & 0xFF) != 0
                and ((guest_ia32_pat >> 24) & 0xFF) != 1
                and ((guest_ia32_pat >> 24) & 0xFF) != 4
                and ((guest_ia32_pat >> 24) & 0xFF) != 5
                and ((guest_ia32_pat >> 24) & 0xFF) != 6
                and ((guest_ia32_pat >> 24) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 32) & 0xFF) != 0
                and ((guest_ia32_pat >> 32) & 0xFF) != 1
                and ((guest_ia32_pat >> 32) & 0xFF) != 4
                and ((guest_ia32_pat >> 32) & 0xFF) != 5
                and ((guest_ia32_pat >> 32) & 0xFF) != 6
                and ((guest_ia32_pat >> 32) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 40) & 0xFF) != 0
                and ((guest_ia32_pat >> 40) & 0xFF) != 1
                and ((guest_ia32_pat >> 40) & 0xFF) != 4
                and ((guest_ia32_pat >> 40) & 0xFF) != 5
                and ((guest_ia32_pat >> 40) & 0xFF) != 6
                and ((guest_ia32_pat >> 40) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 48) & 0xFF) != 0
                and ((guest_ia32_pat >> 48) & 0xFF) != 1
                and ((guest_ia32_pat >> 48) & 0xFF) != 4
                and ((guest_ia32_pat >> 48) & 0xFF) != 5
                and ((guest_ia32_pat >> 48) & 0xFF) != 6
                and ((guest_ia32_pat >> 48) & 0xFF) != 7
            )
            or (
                ((guest_ia32_pat >> 56) & 0xFF) != 0
                and ((guest_ia32_pat >> 56) & 0xFF) != 1
                and ((guest_ia32_pat >> 56) & 0xFF) != 4
                and ((guest_ia32_pat >> 56) & 0xFF) != 5
                and ((guest_ia32_pat >> 56) & 0xFF) != 6
                and ((guest_ia32_pat >> 56) & 0xFF) != 7
            )
        ):
            failed.append("guest-pat-invalid")
    elif (vm_entry_controls is None or vm_entry_controls & 0x4000 != 0) and (
        guest_ia32_pat is None
        or (
            (guest_ia32_pat & 0xFF) != 0
            and (guest_ia32_pat & 0xFF) != 1
            and (guest_ia32_pat & 0xFF) != 4
            and (guest_ia32_pat & 0xFF) != 5
            and (guest_ia32_pat & 0xFF) != 6
            and (guest_ia32_pat & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 8) & 0xFF) != 0
            and ((guest_ia32_pat >> 8) & 0xFF) != 1
            and ((guest_ia32_pat >> 8) & 0xFF) != 4
            and ((guest_ia32_pat >> 8) & 0xFF) != 5
            and ((guest_ia32_pat >> 8) & 0xFF) != 6
            and ((guest_ia32_pat >> 8) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 16) & 0xFF) != 0
            and ((guest_ia32_pat >> 16) & 0xFF) != 1
            and ((guest_ia32_pat >> 16) & 0xFF) != 4
            and ((guest_ia32_pat >> 16) & 0xFF) != 5
            and ((guest_ia32_pat >> 16) & 0xFF) != 6
            and ((guest_ia32_pat >> 16) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 24) & 0xFF) != 0
            and ((guest_ia32_pat >> 24) & 0xFF) != 1
            and ((guest_ia32_pat >> 24) & 0xFF) != 4
            and ((guest_ia32_pat >> 24) & 0xFF) != 5
            and ((guest_ia32_pat >> 24) & 0xFF) != 6
            and ((guest_ia32_pat >> 24) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 32) & 0xFF) != 0
            and ((guest_ia32_pat >> 32) & 0xFF) != 1
            and ((guest_ia32_pat >> 32) & 0xFF) != 4
            and ((guest_ia32_pat >> 32) & 0xFF) != 5
            and ((guest_ia32_pat >> 32) & 0xFF) != 6
            and ((guest_ia32_pat >> 32) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 40) & 0xFF) != 0
            and ((guest_ia32_pat >> 40) & 0xFF) != 1
            and ((guest_ia32_pat >> 40) & 0xFF) != 4
            and ((guest_ia32_pat >> 40) & 0xFF) != 5
            and ((guest_ia32_pat >> 40) & 0xFF) != 6
            and ((guest_ia32_pat >> 40) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 48) & 0xFF) != 0
            and ((guest_ia32_pat >> 48) & 0xFF) != 1
            and ((guest_ia32_pat >> 48) & 0xFF) != 4
            and ((guest_ia32_pat >> 48) & 0xFF) != 5
            and ((guest_ia32_pat >> 48) & 0xFF) != 6
            and ((guest_ia32_pat >> 48) & 0xFF) != 7
        )
        or (
            ((guest_ia32_pat >> 56) & 0xFF) != 0
            and ((guest_ia32_pat >> 56) & 0xFF) != 1
            and ((guest_ia32_pat >> 56) & 0xFF) != 4
            and ((guest_ia32_pat >> 56) & 0xFF) != 5
            and ((guest_ia32_pat >> 56) & 0xFF) != 6
            and ((guest_ia32_pat >> 56) & 0xFF) != 7
        )
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x4000 != 0
            and (
                (
                    guest_ia32_pat is not None
                    and (guest_ia32_pat & 0xFF) != 0
                    and (guest_ia32_pat & 0xFF) != 1
                    and (guest_ia32_pat & 0xFF) != 4
                    and (guest_ia32_pat & 0xFF) != 5
                    and (guest_ia32_pat & 0xFF) != 6
                    and (guest_ia32_pat & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 8) & 0xFF) != 0
                    and ((guest_ia32_pat >> 8) & 0xFF) != 1
                    and ((guest_ia32_pat >> 8) & 0xFF) != 4
                    and ((guest_ia32_pat >> 8) & 0xFF) != 5
                    and ((guest_ia32_pat >> 8) & 0xFF) != 6
                    and ((guest_ia32_pat >> 8) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 16) & 0xFF) != 0
                    and ((guest_ia32_pat >> 16) & 0xFF) != 1
                    and ((guest_ia32_pat >> 16) & 0xFF) != 4
                    and ((guest_ia32_pat >> 16) & 0xFF) != 5
                    and ((guest_ia32_pat >> 16) & 0xFF) != 6
                    and ((guest_ia32_pat >> 16) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 24) & 0xFF) != 0
                    and ((guest_ia32_pat >> 24) & 0xFF) != 1
                    and ((guest_ia32_pat >> 24) & 0xFF) != 4
                    and ((guest_ia32_pat >> 24) & 0xFF) != 5
                    and ((guest_ia32_pat >> 24) & 0xFF) != 6
                    and ((guest_ia32_pat >> 24) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 32) & 0xFF) != 0
                    and ((guest_ia32_pat >> 32) & 0xFF) != 1
                    and ((guest_ia32_pat >> 32) & 0xFF) != 4
                    and ((guest_ia32_pat >> 32) & 0xFF) != 5
                    and ((guest_ia32_pat >> 32) & 0xFF) != 6
                    and ((guest_ia32_pat >> 32) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 40) & 0xFF) != 0
                    and ((guest_ia32_pat >> 40) & 0xFF) != 1
                    and ((guest_ia32_pat >> 40) & 0xFF) != 4
                    and ((guest_ia32_pat >> 40) & 0xFF) != 5
                    and ((guest_ia32_pat >> 40) & 0xFF) != 6
                    and ((guest_ia32_pat >> 40) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 48) & 0xFF) != 0
                    and ((guest_ia32_pat >> 48) & 0xFF) != 1
                    and ((guest_ia32_pat >> 48) & 0xFF) != 4
                    and ((guest_ia32_pat >> 48) & 0xFF) != 5
                    and ((guest_ia32_pat >> 48) & 0xFF) != 6
                    and ((guest_ia32_pat >> 48) & 0xFF) != 7
                )
                or (
                    guest_ia32_pat is not None
                    and ((guest_ia32_pat >> 56) & 0xFF) != 0
                    and ((guest_ia32_pat >> 56) & 0xFF) != 1
                    and ((guest_ia32_pat >> 56) & 0xFF) != 4
                    and ((guest_ia32_pat >> 56) & 0xFF) != 5
                    and ((guest_ia32_pat >> 56) & 0xFF) != 6
                    and ((guest_ia32_pat >> 56) & 0xFF) != 7
                )
            )
        ):
            failed.append("guest-pat-invalid")
        else:
            undecided.append("guest-pat-invalid")
    # guest-vmcs-link-pointer-invalid (SDM 26.3.1.5)
    if vmcs_link_pointer is not None:
        if vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF and (
            vmcs_link_pointer % 0x1000 != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or vmcs_link_pointer >> caps_maxphyaddr != 0
        ):
            if vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF and (
                vmcs_link_pointer % 0x1000 != 0
                or (
                    caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and vmcs_link_pointer >> caps_maxphyaddr != 0
                )
            ):
                failed.append("guest-vmcs-link-pointer-invalid")
            else:
                undecided.append("guest-vmcs-link-pointer-invalid")
    else:
        undecided.append("guest-vmcs-link-pointer-invalid")
    # guest-vmcs-link-pointer-header (SDM 26.3.1.5)
    if vmcs_link_pointer is not None:
        if vmcs_link_pointer != 0xFFFFFFFFFFFFFFFF:
            undecided.append("guest-vmcs-link-pointer-header")
    else:
        undecided.append("guest-vmcs-link-pointer-header")
    # guest-perf-global-ctrl-reserved (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ia32_perf_global_ctrl is not None:
        if vm_entry_controls & 0x2000 != 0 and guest_ia32_perf_global_ctrl != 0:
            undecided.append("guest-perf-global-ctrl-reserved")
    elif (vm_entry_controls is None or vm_entry_controls & 0x2000 != 0) and (
        guest_ia32_perf_global_ctrl is None or guest_ia32_perf_global_ctrl != 0
    ):
        undecided.append("guest-perf-global-ctrl-reserved")
    # guest-cr0-pg-without-pe (SDM 26.3.1.1)
    if guest_cr0 is not None:
        if guest_cr0 & 0x80000000 != 0 and guest_cr0 & 0x1 == 0:
            failed.append("guest-cr0-pg-without-pe")
    else:
        undecided.append("guest-cr0-pg-without-pe")
    # guest-ia32e-without-pae (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_cr4 is not None:
        if vm_entry_controls & 0x200 != 0 and guest_cr4 & 0x20 == 0:
            failed.append("guest-ia32e-without-pae")
    elif (vm_entry_controls is None or vm_entry_controls & 0x200 != 0) and (
        guest_cr4 is None or guest_cr4 & 0x20 == 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20 == 0
        ):
            failed.append("guest-ia32e-without-pae")
        else:
            undecided.append("guest-ia32e-without-pae")
    # guest-ia32e-without-pg (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_cr0 is not None:
        if vm_entry_controls & 0x200 != 0 and guest_cr0 & 0x80000000 == 0:
            failed.append("guest-ia32e-without-pg")
    elif (vm_entry_controls is None or vm_entry_controls & 0x200 != 0) and (
        guest_cr0 is None or guest_cr0 & 0x80000000 == 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
            and guest_cr0 is not None
            and guest_cr0 & 0x80000000 == 0
        ):
            failed.append("guest-ia32e-without-pg")
        else:
            undecided.append("guest-ia32e-without-pg")
    # guest-efer-invalid (SDM 26.3.1.1)
    if hdr_flags is not None and vm_entry_controls is not None and guest_ia32_efer is not None:
        if (
            hdr_flags & 0x2 != 0
            and vm_entry_controls & 0x8000 != 0
            and (
                guest_ia32_efer & ~0xD01 != 0
                or (guest_ia32_efer & 0x500 != 0 and caps_cpuid_lm == 0)
                or (guest_ia32_efer & 0x800 != 0 and caps_cpuid_nx == 0)
            )
        ):
            failed.append("guest-efer-invalid")
    elif (
        (hdr_flags is None or hdr_flags & 0x2 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x8000 != 0)
        and (
            guest_ia32_efer is None
            or guest_ia32_efer & ~0xD01 != 0
            or ((guest_ia32_efer is None or guest_ia32_efer & 0x500 != 0) and caps_cpuid_lm == 0)
            or ((guest_ia32_efer is None or guest_ia32_efer & 0x800 != 0) and caps_cpuid_nx == 0)
        )
    ):
        if (
            hdr_flags is not None
            and hdr_flags & 0x2 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x8000 != 0
            and (
                (guest_ia32_efer is not None and guest_ia32_efer & ~0xD01 != 0)
                or (
                    guest_ia32_efer is not None
                    and guest_ia32_efer & 0x500 != 0
                    and caps_cpuid_lm == 0
                )
                or (
                    guest_ia32_efer is not None
                    and guest_ia32_efer & 0x800 != 0
                    and caps_cpuid_nx == 0
                )
            )
        ):
            failed.append("guest-efer-invalid")
        else:
            undecided.append("guest-efer-invalid")
    # guest-efer-lma-mismatch (SDM 26.3.1.1)
    if hdr_flags is not None and vm_entry_controls is not None and guest_ia32_efer is not None:
        if (
            hdr_flags & 0x2 != 0
            and vm_entry_controls & 0x8000 != 0
            and (
                (vm_entry_controls & 0x200 != 0 and guest_ia32_efer & 0x400 == 0)
                or (vm_entry_controls & 0x200 == 0 and guest_ia32_efer & 0x400 != 0)
            )
        ):
            failed.append("guest-efer-lma-mismatch")
    elif (
        (hdr_flags is None or hdr_flags & 0x2 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x8000 != 0)
        and (
            (
                (vm_entry_controls is None or vm_entry_controls & 0x200 != 0)
                and (guest_ia32_efer is None or guest_ia32_efer & 0x400 == 0)
            )
            or (
                (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
                and (guest_ia32_efer is None or guest_ia32_efer & 0x400 != 0)
            )
        )
    ):
        if (
            hdr_flags is not None
            and hdr_flags & 0x2 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x8000 != 0
            and (
                (
                    vm_entry_controls is not None
                    and vm_entry_controls & 0x200 != 0
                    and guest_ia32_efer is not None
                    and guest_ia32_efer & 0x400 == 0
                )
                or (
                    vm_entry_controls is not None
                    and vm_entry_controls & 0x200 == 0
                    and guest_ia32_efer is not None
                    and guest_ia32_efer & 0x400 != 0
                )
            )
        ):
            failed.append("guest-efer-lma-mismatch")
        else:
            undecided.append("guest-efer-lma-mismatch")
    # guest-efer-lme-mismatch (SDM 26.3.1.1)
    if (
        hdr_flags is not None
        and vm_entry_controls is not None
        and guest_cr0 is not None
        and guest_ia32_efer is not None
    ):
        if (
            hdr_flags & 0x2 != 0
            and vm_entry_controls & 0x8000 != 0
            and guest_cr0 & 0x80000000 != 0
            and (
                (vm_entry_controls & 0x200 != 0 and guest_ia32_efer & 0x100 == 0)
                or (vm_entry_controls & 0x200 == 0 and guest_ia32_efer & 0x100 != 0)
            )
        ):
            failed.append("guest-efer-lme-mismatch")
    elif (
        (hdr_flags is None or hdr_flags & 0x2 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x8000 != 0)
        and (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (
            (
                (vm_entry_controls is None or vm_entry_controls & 0x200 != 0)
                and (guest_ia32_efer is None or guest_ia32_efer & 0x100 == 0)
            )
            or (
                (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
                and (guest_ia32_efer is None or guest_ia32_efer & 0x100 != 0)
            )
        )
    ):
        if (
            hdr_flags is not None
            and hdr_flags & 0x2 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x8000 != 0
            and guest_cr0 is not None
            and guest_cr0 & 0x80000000 != 0
            and (
                (
                    vm_entry_controls is not None
                    and vm_entry_controls & 0x200 != 0
                    and guest_ia32_efer is not None
                    and guest_ia32_efer & 0x100 == 0
                )
                or (
                    vm_entry_controls is not None
                    and vm_entry_controls & 0x200 == 0
                    and guest_ia32_efer is not None
                    and guest_ia32_efer & 0x100 != 0
                )
            )
        ):
            failed.append("guest-efer-lme-mismatch")
        else:
            undecided.append("guest-efer-lme-mismatch")
    # guest-bndcfgs-invalid (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_bndcfgs is not None:
        if vm_entry_controls & 0x10000 != 0 and (
            caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(guest_bndcfgs, caps_va_bits)
            or guest_bndcfgs & 0xFFC != 0
        ):
            if vm_entry_controls & 0x10000 != 0 and (
                (
                    caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(guest_bndcfgs, caps_va_bits)
                )
                or guest_bndcfgs & 0xFFC != 0
            ):
                failed.append("guest-bndcfgs-invalid")
            else:
                undecided.append("guest-bndcfgs-invalid")
    elif (vm_entry_controls is None or vm_entry_controls & 0x10000 != 0) and (
        guest_bndcfgs is None
        or caps_va_bits == 0
        or caps_va_bits > 64
        or _noncanonical(guest_bndcfgs, caps_va_bits)
        or guest_bndcfgs & 0xFFC != 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x10000 != 0
            and (
                (
                    guest_bndcfgs is not None
                    and caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(guest_bndcfgs, caps_va_bits)
                )
                or (guest_bndcfgs is not None and guest_bndcfgs & 0xFFC != 0)
            )
        ):
            failed.append("guest-bndcfgs-invalid")
        else:
            undecided.append("guest-bndcfgs-invalid")
    # guest-cet-state-invalid (SDM 26.3.1.1)
    if (
        vm_entry_controls is not None
        and guest_s_cet is not None
        and guest_ssp is not None
        and guest_intr_ssp_table is not None
    ):
        if vm_entry_controls & 0x100000 != 0 and (
            guest_s_cet & 0x3C0 != 0
            or (guest_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
            or (guest_s_cet & 0xFFFFFFFFFFFFFC3C != 0 and caps_cpuid_ibt == 0)
            or ((guest_s_cet >> 12) & 0x3) != 0
            or (guest_s_cet & 0x400 != 0 and guest_s_cet & 0x800 != 0)
            or guest_ssp % 4 != 0
            or caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(guest_intr_ssp_table, caps_va_bits)
        ):
            if vm_entry_controls & 0x100000 != 0 and (
                guest_s_cet & 0x3C0 != 0
                or (guest_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
                or (guest_s_cet & 0xFFFFFFFFFFFFFC3C != 0 and caps_cpuid_ibt == 0)
                or ((guest_s_cet >> 12) & 0x3) != 0
                or (guest_s_cet & 0x400 != 0 and guest_s_cet & 0x800 != 0)
                or guest_ssp % 4 != 0
                or (
                    caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(guest_intr_ssp_table, caps_va_bits)
                )
            ):
                failed.append("guest-cet-state-invalid")
            else:
                undecided.append("guest-cet-state-invalid")
    elif (vm_entry_controls is None or vm_entry_controls & 0x100000 != 0) and (
        guest_s_cet is None
        or guest_s_cet & 0x3C0 != 0
        or ((guest_s_cet is None or guest_s_cet & 0x3 != 0) and caps_cpuid_shstk == 0)
        or ((guest_s_cet is None or guest_s_cet & 0xFFFFFFFFFFFFFC3C != 0) and caps_cpuid_ibt == 0)
        or ((guest_s_cet >> 12) & 0x3) != 0
        or (
            (guest_s_cet is None or guest_s_cet & 0x400 != 0)
            and (guest_s_cet is None or guest_s_cet & 0x800 != 0)
        )
        or guest_ssp is None
        or guest_ssp % 4 != 0
        or guest_intr_ssp_table is None
        or caps_va_bits == 0
        or caps_va_bits > 64
        or _noncanonical(guest_intr_ssp_table, caps_va_bits)
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x100000 != 0
            and (
                (guest_s_cet is not None and guest_s_cet & 0x3C0 != 0)
                or (guest_s_cet is not None and guest_s_cet & 0x3 != 0 and caps_cpuid_shstk == 0)
                or (
                    guest_s_cet is not None
                    and guest_s_cet & 0xFFFFFFFFFFFFFC3C != 0
                    and caps_cpuid_ibt == 0
                )
                or (guest_s_cet is not None and ((guest_s_cet >> 12) & 0x3) != 0)
                or (
                    guest_s_cet is not None
                    and guest_s_cet & 0x400 != 0
                    and guest_s_cet & 0x800 != 0
                )
                or (guest_ssp is not None and guest_ssp % 4 != 0)
                or (
                    guest_intr_ssp_table is not None
                    and caps_va_bits > 0
                    and caps_va_bits < 65
                    and _noncanonical(guest_intr_ssp_table, caps_va_bits)
                )
            )
        ):
            failed.append("guest-cet-state-invalid")
        else:
            undecided.append("guest-cet-state-invalid")
    # guest-ssp-upper-bits-57 (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ssp is not None:
        if vm_entry_controls & 0x100000 != 0 and _noncanonical(guest_ssp, 0x3A):
            failed.append("guest-ssp-upper-bits-57")
    elif (vm_entry_controls is None or vm_entry_controls & 0x100000 != 0) and (
        guest_ssp is None or _noncanonical(guest_ssp, 0x3A)
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x100000 != 0
            and guest_ssp is not None
            and _noncanonical(guest_ssp, 0x3A)
        ):
            failed.append("guest-ssp-upper-bits-57")
        else:
            undecided.append("guest-ssp-upper-bits-57")
    # guest-ssp-upper-bits-48 (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_ssp is not None:
        if vm_entry_controls & 0x100000 != 0 and _noncanonical(guest_ssp, 0x31):
            undecided.append("guest-ssp-upper-bits-48")
    elif (vm_entry_controls is None or vm_entry_controls & 0x100000 != 0) and (
        guest_ssp is None or _noncanonical(guest_ssp, 0x31)
    ):
        undecided.append("guest-ssp-upper-bits-48")
    # guest-activity-state-unsupported (SDM 26.3.1.5)
    if guest_activity_state is not None:
        if guest_activity_state != 0 and guest_activity_state != 1 and guest_activity_state != 3:
            failed.append("guest-activity-state-unsupported")
    else:
        undecided.append("guest-activity-state-unsupported")
    # guest-cr3-beyond-maxphyaddr (SDM 26.3.1.1)
    if guest_cr3 is not None:
        if caps_maxphyaddr == 0 or caps_maxphyaddr > 64 or guest_cr3 >> caps_maxphyaddr != 0:
            if caps_maxphyaddr > 0 and caps_maxphyaddr < 65 and guest_cr3 >> caps_maxphyaddr != 0:
                failed.append("guest-cr3-beyond-maxphyaddr")
            else:
                undecided.append("guest-cr3-beyond-maxphyaddr")
    else:
        undecided.append("guest-cr3-beyond-maxphyaddr")
    # guest-pdptes-in-memory (SDM 26.3.1.6)
    if (
        guest_cr0 is not None
        and guest_cr4 is not None
        and vm_entry_controls is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
    ):
        if (
            guest_cr0 & 0x80000000 != 0
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls & 0x200 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x2 == 0
            )
        ):
            undecided.append("guest-pdptes-in-memory")
    elif (
        (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (guest_cr4 is None or guest_cr4 & 0x20 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x2 == 0
        )
    ):
        undecided.append("guest-pdptes-in-memory")
    # guest-sysenter-esp-not-canonical (SDM 26.3.1.1)
    if guest_sysenter_esp is not None:
        if (
            caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(guest_sysenter_esp, caps_va_bits)
        ):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_sysenter_esp, caps_va_bits)
            ):
                failed.append("guest-sysenter-esp-not-canonical")
            else:
                undecided.append("guest-sysenter-esp-not-canonical")
    else:
        undecided.append("guest-sysenter-esp-not-canonical")
    # guest-sysenter-eip-not-canonical (SDM 26.3.1.1)
    if guest_sysenter_eip is not None:
        if (
            caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(guest_sysenter_eip, caps_va_bits)
        ):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_sysenter_eip, caps_va_bits)
            ):
                failed.append("guest-sysenter-eip-not-canonical")
            else:
                undecided.append("guest-sysenter-eip-not-canonical")
    else:
        undecided.append("guest-sysenter-eip-not-canonical")
    # guest-pcide-without-ia32e (SDM 26.3.1.1)
    if vm_entry_controls is not None and guest_cr4 is not None:
        if vm_entry_controls & 0x200 == 0 and guest_cr4 & 0x20000 != 0:
            failed.append("guest-pcide-without-ia32e")
    elif (vm_entry_controls is None or vm_entry_controls & 0x200 == 0) and (
        guest_cr4 is None or guest_cr4 & 0x20000 != 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20000 != 0
        ):
            failed.append("guest-pcide-without-ia32e")
        else:
            undecided.append("guest-pcide-without-ia32e")
    # guest-rtit-ctl-reserved (SDM 26.3.1.1)
    if vm_entry_controls is not None:
        if vm_entry_controls & 0x40000 != 0:
            undecided.append("guest-rtit-ctl-reserved")
    else:
        undecided.append("guest-rtit-ctl-reserved")
    # guest-tr-selector-ti (SDM 26.3.1.2)
    if guest_tr_selector is not None:
        if guest_tr_selector & 0x4 != 0:
            failed.append("guest-tr-selector-ti")
    else:
        undecided.append("guest-tr-selector-ti")
    # guest-ldtr-selector-ti (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None and guest_ldtr_selector is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and guest_ldtr_selector & 0x4 != 0:
            failed.append("guest-ldtr-selector-ti")
    elif (guest_ldtr_ar_bytes is None or guest_ldtr_ar_bytes & 0x10000 == 0) and (
        guest_ldtr_selector is None or guest_ldtr_selector & 0x4 != 0
    ):
        if (
            guest_ldtr_ar_bytes is not None
            and guest_ldtr_ar_bytes & 0x10000 == 0
            and guest_ldtr_selector is not None
            and guest_ldtr_selector & 0x4 != 0
        ):
            failed.append("guest-ldtr-selector-ti")
        else:
            undecided.append("guest-ldtr-selector-ti")
    # guest-ss-rpl-differs-from-cs (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_ss_selector is not None
        and guest_cs_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (
                ((guest_ss_selector & 0x3) == 0 and (guest_cs_selector & 0x3) != 0)
                or ((guest_ss_selector & 0x3) == 1 and (guest_cs_selector & 0x3) != 1)
                or ((guest_ss_selector & 0x3) == 2 and (guest_cs_selector & 0x3) != 2)
                or ((guest_ss_selector & 0x3) == 3 and (guest_cs_selector & 0x3) != 3)
            )
        ):
            failed.append("guest-ss-rpl-differs-from-cs")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (
            (
                (guest_ss_selector is None or (guest_ss_selector & 0x3) == 0)
                and (guest_cs_selector is None or (guest_cs_selector & 0x3) != 0)
            )
            or (
                (guest_ss_selector is None or (guest_ss_selector & 0x3) == 1)
                and (guest_cs_selector is None or (guest_cs_selector & 0x3) != 1)
            )
            or (
                (guest_ss_selector is None or (guest_ss_selector & 0x3) == 2)
                and (guest_cs_selector is None or (guest_cs_selector & 0x3) != 2)
            )
            or (
                (guest_ss_selector is None or (guest_ss_selector & 0x3) == 3)
                and (guest_cs_selector is None or (guest_cs_selector & 0x3) != 3)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (
                (
                    guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) == 0
                    and guest_cs_selector is not None
                    and (guest_cs_selector & 0x3) != 0
                )
                or (
                    guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) == 1
                    and guest_cs_selector is not None
                    and (guest_cs_selector & 0x3) != 1
                )
                or (
                    guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) == 2
                    and guest_cs_selector is not None
                    and (guest_cs_selector & 0x3) != 2
                )
                or (
                    guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) == 3
                    and guest_cs_selector is not None
                    and (guest_cs_selector & 0x3) != 3
                )
            )
        ):
            failed.append("guest-ss-rpl-differs-from-cs")
        else:
            undecided.append("guest-ss-rpl-differs-from-cs")
    # guest-cs-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-cs-base-v8086")
    else:
        undecided.append("guest-cs-base-v8086")
    # guest-ss-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-ss-base-v8086")
    else:
        undecided.append("guest-ss-base-v8086")
    # guest-ds-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-ds-base-v8086")
    else:
        undecided.append("guest-ds-base-v8086")
    # guest-es-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-es-base-v8086")
    else:
        undecided.append("guest-es-base-v8086")
    # guest-fs-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-fs-base-v8086")
    else:
        undecided.append("guest-fs-base-v8086")
    # guest-gs-base-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None:
        if guest_rflags & 0x20000 != 0:
            undecided.append("guest-gs-base-v8086")
    else:
        undecided.append("guest-gs-base-v8086")
    # guest-tr-base-not-canonical (SDM 26.3.1.2)
    if guest_tr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_tr_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_tr_base, caps_va_bits)
            ):
                failed.append("guest-tr-base-not-canonical")
            else:
                undecided.append("guest-tr-base-not-canonical")
    else:
        undecided.append("guest-tr-base-not-canonical")
    # guest-fs-base-not-canonical (SDM 26.3.1.2)
    if guest_fs_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_fs_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_fs_base, caps_va_bits)
            ):
                failed.append("guest-fs-base-not-canonical")
            else:
                undecided.append("guest-fs-base-not-canonical")
    else:
        undecided.append("guest-fs-base-not-canonical")
    # guest-gs-base-not-canonical (SDM 26.3.1.2)
    if guest_gs_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_gs_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_gs_base, caps_va_bits)
            ):
                failed.append("guest-gs-base-not-canonical")
            else:
                undecided.append("guest-gs-base-not-canonical")
    else:
        undecided.append("guest-gs-base-not-canonical")
    # guest-ldtr-base-not-canonical (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None and guest_ldtr_base is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and (
            caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_ldtr_base, caps_va_bits)
        ):
            if (
                guest_ldtr_ar_bytes & 0x10000 == 0
                and caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_ldtr_base, caps_va_bits)
            ):
                failed.append("guest-ldtr-base-not-canonical")
            else:
                undecided.append("guest-ldtr-base-not-canonical")
    elif (guest_ldtr_ar_bytes is None or guest_ldtr_ar_bytes & 0x10000 == 0) and (
        guest_ldtr_base is None
        or caps_va_bits == 0
        or caps_va_bits > 64
        or _noncanonical(guest_ldtr_base, caps_va_bits)
    ):
        if (
            guest_ldtr_ar_bytes is not None
            and guest_ldtr_ar_bytes & 0x10000 == 0
            and guest_ldtr_base is not None
            and caps_va_bits > 0
            and caps_va_bits < 65
            and _noncanonical(guest_ldtr_base, caps_va_bits)
        ):
            failed.append("guest-ldtr-base-not-canonical")
        else:
            undecided.append("guest-ldtr-base-not-canonical")
    # guest-cs-base-above-4g (SDM 26.3.1.2)
    if guest_cs_base is not None:
        if guest_cs_base >> 0x20 != 0:
            failed.append("guest-cs-base-above-4g")
    else:
        undecided.append("guest-cs-base-above-4g")
    # guest-ss-base-above-4g (SDM 26.3.1.2)
    if guest_ss_ar_bytes is not None and guest_ss_base is not None:
        if guest_ss_ar_bytes & 0x10000 == 0 and guest_ss_base >> 0x20 != 0:
            failed.append("guest-ss-base-above-4g")
    elif (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0) and (
        guest_ss_base is None or guest_ss_base >> 0x20 != 0
    ):
        if (
            guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_base is not None
            and guest_ss_base >> 0x20 != 0
        ):
            failed.append("guest-ss-base-above-4g")
        else:
            undecided.append("guest-ss-base-above-4g")
    # guest-ds-base-above-4g (SDM 26.3.1.2)
    if guest_ds_ar_bytes is not None and guest_ds_base is not None:
        if guest_ds_ar_bytes & 0x10000 == 0 and guest_ds_base >> 0x20 != 0:
            failed.append("guest-ds-base-above-4g")
    elif (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0) and (
        guest_ds_base is None or guest_ds_base >> 0x20 != 0
    ):
        if (
            guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_base is not None
            and guest_ds_base >> 0x20 != 0
        ):
            failed.append("guest-ds-base-above-4g")
        else:
            undecided.append("guest-ds-base-above-4g")
    # guest-es-base-above-4g (SDM 26.3.1.2)
    if guest_es_ar_bytes is not None and guest_es_base is not None:
        if guest_es_ar_bytes & 0x10000 == 0 and guest_es_base >> 0x20 != 0:
            failed.append("guest-es-base-above-4g")
    elif (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0) and (
        guest_es_base is None or guest_es_base >> 0x20 != 0
    ):
        if (
            guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_base is not None
            and guest_es_base >> 0x20 != 0
        ):
            failed.append("guest-es-base-above-4g")
        else:
            undecided.append("guest-es-base-above-4g")
    # guest-cs-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_cs_limit != 0xFFFF:
            failed.append("guest-cs-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_cs_limit is None or guest_cs_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_cs_limit is not None
            and guest_cs_limit != 0xFFFF
        ):
            failed.append("guest-cs-limit-v8086")
        else:
            undecided.append("guest-cs-limit-v8086")
    # guest-ss-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_ss_limit != 0xFFFF:
            failed.append("guest-ss-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_ss_limit is None or guest_ss_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_ss_limit is not None
            and guest_ss_limit != 0xFFFF
        ):
            failed.append("guest-ss-limit-v8086")
        else:
            undecided.append("guest-ss-limit-v8086")
    # guest-ds-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_ds_limit != 0xFFFF:
            failed.append("guest-ds-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_ds_limit is None or guest_ds_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_ds_limit is not None
            and guest_ds_limit != 0xFFFF
        ):
            failed.append("guest-ds-limit-v8086")
        else:
            undecided.append("guest-ds-limit-v8086")
    # guest-es-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_es_limit != 0xFFFF:
            failed.append("guest-es-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_es_limit is None or guest_es_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_es_limit is not None
            and guest_es_limit != 0xFFFF
        ):
            failed.append("guest-es-limit-v8086")
        else:
            undecided.append("guest-es-limit-v8086")
    # guest-fs-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_fs_limit != 0xFFFF:
            failed.append("guest-fs-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_fs_limit is None or guest_fs_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_fs_limit is not None
            and guest_fs_limit != 0xFFFF
        ):
            failed.append("guest-fs-limit-v8086")
        else:
            undecided.append("guest-fs-limit-v8086")
    # guest-gs-limit-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_limit is not None:
        if guest_rflags & 0x20000 != 0 and guest_gs_limit != 0xFFFF:
            failed.append("guest-gs-limit-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_gs_limit is None or guest_gs_limit != 0xFFFF
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_gs_limit is not None
            and guest_gs_limit != 0xFFFF
        ):
            failed.append("guest-gs-limit-v8086")
        else:
            undecided.append("guest-gs-limit-v8086")
    # guest-cs-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_cs_ar_bytes != 0xF3:
            failed.append("guest-cs-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_cs_ar_bytes is None or guest_cs_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes != 0xF3
        ):
            failed.append("guest-cs-ar-v8086")
        else:
            undecided.append("guest-cs-ar-v8086")
    # guest-ss-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_ss_ar_bytes != 0xF3:
            failed.append("guest-ss-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_ss_ar_bytes is None or guest_ss_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes != 0xF3
        ):
            failed.append("guest-ss-ar-v8086")
        else:
            undecided.append("guest-ss-ar-v8086")
    # guest-ds-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_ds_ar_bytes != 0xF3:
            failed.append("guest-ds-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_ds_ar_bytes is None or guest_ds_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes != 0xF3
        ):
            failed.append("guest-ds-ar-v8086")
        else:
            undecided.append("guest-ds-ar-v8086")
    # guest-es-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_es_ar_bytes != 0xF3:
            failed.append("guest-es-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_es_ar_bytes is None or guest_es_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes != 0xF3
        ):
            failed.append("guest-es-ar-v8086")
        else:
            undecided.append("guest-es-ar-v8086")
    # guest-fs-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_fs_ar_bytes != 0xF3:
            failed.append("guest-fs-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_fs_ar_bytes is None or guest_fs_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes != 0xF3
        ):
            failed.append("guest-fs-ar-v8086")
        else:
            undecided.append("guest-fs-ar-v8086")
    # guest-gs-ar-v8086 (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None:
        if guest_rflags & 0x20000 != 0 and guest_gs_ar_bytes != 0xF3:
            failed.append("guest-gs-ar-v8086")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        guest_gs_ar_bytes is None or guest_gs_ar_bytes != 0xF3
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes != 0xF3
        ):
            failed.append("guest-gs-ar-v8086")
        else:
            undecided.append("guest-gs-ar-v8086")
    # guest-cs-type (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and cpu_based_vm_exec_control is not None
        and guest_cs_ar_bytes is not None
        and secondary_vm_exec_control is not None
    ):
        if guest_rflags & 0x20000 == 0 and (
            (
                cpu_based_vm_exec_control & 0x80000000 == 0
                and (guest_cs_ar_bytes & 0xF) != 9
                and (guest_cs_ar_bytes & 0xF) != 0xB
                and (guest_cs_ar_bytes & 0xF) != 0xD
                and (guest_cs_ar_bytes & 0xF) != 0xF
            )
            or (
                secondary_vm_exec_control & 0x80 == 0
                and (guest_cs_ar_bytes & 0xF) != 9
                and (guest_cs_ar_bytes & 0xF) != 0xB
                and (guest_cs_ar_bytes & 0xF) != 0xD
                and (guest_cs_ar_bytes & 0xF) != 0xF
            )
            or (
                cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x80 != 0
                and (guest_cs_ar_bytes & 0xF) != 3
                and (guest_cs_ar_bytes & 0xF) != 9
                and (guest_cs_ar_bytes & 0xF) != 0xB
                and (guest_cs_ar_bytes & 0xF) != 0xD
                and (guest_cs_ar_bytes & 0xF) != 0xF
            )
        ):
            failed.append("guest-cs-type")
    elif (guest_rflags is None or guest_rflags & 0x20000 == 0) and (
        (
            (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 == 0)
            and (
                guest_cs_ar_bytes is None
                or (
                    (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
            )
        )
        or (
            (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x80 == 0)
            and (
                guest_cs_ar_bytes is None
                or (
                    (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
            )
        )
        or (
            (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
            and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x80 != 0)
            and (
                guest_cs_ar_bytes is None
                or (
                    (guest_cs_ar_bytes & 0xF) != 3
                    and (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                    and guest_cs_ar_bytes is not None
                    and (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
                or (
                    secondary_vm_exec_control is not None
                    and secondary_vm_exec_control & 0x80 == 0
                    and guest_cs_ar_bytes is not None
                    and (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
                or (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 != 0
                    and secondary_vm_exec_control is not None
                    and secondary_vm_exec_control & 0x80 != 0
                    and guest_cs_ar_bytes is not None
                    and (guest_cs_ar_bytes & 0xF) != 3
                    and (guest_cs_ar_bytes & 0xF) != 9
                    and (guest_cs_ar_bytes & 0xF) != 0xB
                    and (guest_cs_ar_bytes & 0xF) != 0xD
                    and (guest_cs_ar_bytes & 0xF) != 0xF
                )
            )
        ):
            failed.append("guest-cs-type")
        else:
            undecided.append("guest-cs-type")
    # guest-ss-type (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes & 0x10000 == 0
            and (guest_ss_ar_bytes & 0xF) != 3
            and (guest_ss_ar_bytes & 0xF) != 7
        ):
            failed.append("guest-ss-type")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0)
        and (
            guest_ss_ar_bytes is None
            or ((guest_ss_ar_bytes & 0xF) != 3 and (guest_ss_ar_bytes & 0xF) != 7)
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and (guest_ss_ar_bytes & 0xF) != 3
            and (guest_ss_ar_bytes & 0xF) != 7
        ):
            failed.append("guest-ss-type")
        else:
            undecided.append("guest-ss-type")
    # guest-ds-type (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                guest_ds_ar_bytes & 0x1 == 0
                or (guest_ds_ar_bytes & 0x8 != 0 and guest_ds_ar_bytes & 0x2 == 0)
            )
        ):
            failed.append("guest-ds-type")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (
            guest_ds_ar_bytes is None
            or guest_ds_ar_bytes & 0x1 == 0
            or (
                (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x8 != 0)
                and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x2 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                (guest_ds_ar_bytes is not None and guest_ds_ar_bytes & 0x1 == 0)
                or (
                    guest_ds_ar_bytes is not None
                    and guest_ds_ar_bytes & 0x8 != 0
                    and guest_ds_ar_bytes & 0x2 == 0
                )
            )
        ):
            failed.append("guest-ds-type")
        else:
            undecided.append("guest-ds-type")
    # guest-es-type (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                guest_es_ar_bytes & 0x1 == 0
                or (guest_es_ar_bytes & 0x8 != 0 and guest_es_ar_bytes & 0x2 == 0)
            )
        ):
            failed.append("guest-es-type")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (
            guest_es_ar_bytes is None
            or guest_es_ar_bytes & 0x1 == 0
            or (
                (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x8 != 0)
                and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x2 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                (guest_es_ar_bytes is not None and guest_es_ar_bytes & 0x1 == 0)
                or (
                    guest_es_ar_bytes is not None
                    and guest_es_ar_bytes & 0x8 != 0
                    and guest_es_ar_bytes & 0x2 == 0
                )
            )
        ):
            failed.append("guest-es-type")
        else:
            undecided.append("guest-es-type")
    # guest-fs-type (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                guest_fs_ar_bytes & 0x1 == 0
                or (guest_fs_ar_bytes & 0x8 != 0 and guest_fs_ar_bytes & 0x2 == 0)
            )
        ):
            failed.append("guest-fs-type")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (
            guest_fs_ar_bytes is None
            or guest_fs_ar_bytes & 0x1 == 0
            or (
                (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x8 != 0)
                and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x2 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                (guest_fs_ar_bytes is not None and guest_fs_ar_bytes & 0x1 == 0)
                or (
                    guest_fs_ar_bytes is not None
                    and guest_fs_ar_bytes & 0x8 != 0
                    and guest_fs_ar_bytes & 0x2 == 0
                )
            )
        ):
            failed.append("guest-fs-type")
        else:
            undecided.append("guest-fs-type")
    # guest-gs-type (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                guest_gs_ar_bytes & 0x1 == 0
                or (guest_gs_ar_bytes & 0x8 != 0 and guest_gs_ar_bytes & 0x2 == 0)
            )
        ):
            failed.append("guest-gs-type")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (
            guest_gs_ar_bytes is None
            or guest_gs_ar_bytes & 0x1 == 0
            or (
                (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x8 != 0)
                and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x2 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                (guest_gs_ar_bytes is not None and guest_gs_ar_bytes & 0x1 == 0)
                or (
                    guest_gs_ar_bytes is not None
                    and guest_gs_ar_bytes & 0x8 != 0
                    and guest_gs_ar_bytes & 0x2 == 0
                )
            )
        ):
            failed.append("guest-gs-type")
        else:
            undecided.append("guest-gs-type")
    # guest-cs-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None:
        if guest_rflags & 0x20000 == 0 and guest_cs_ar_bytes & 0x10 == 0:
            failed.append("guest-cs-not-code-or-data")
    elif (guest_rflags is None or guest_rflags & 0x20000 == 0) and (
        guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x10 == 0
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-cs-not-code-or-data")
        else:
            undecided.append("guest-cs-not-code-or-data")
    # guest-ss-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-ss-not-code-or-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-ss-not-code-or-data")
        else:
            undecided.append("guest-ss-not-code-or-data")
    # guest-ds-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-ds-not-code-or-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-ds-not-code-or-data")
        else:
            undecided.append("guest-ds-not-code-or-data")
    # guest-es-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-es-not-code-or-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-es-not-code-or-data")
        else:
            undecided.append("guest-es-not-code-or-data")
    # guest-fs-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-fs-not-code-or-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-fs-not-code-or-data")
        else:
            undecided.append("guest-fs-not-code-or-data")
    # guest-gs-not-code-or-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-gs-not-code-or-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0x10 == 0
        ):
            failed.append("guest-gs-not-code-or-data")
        else:
            undecided.append("guest-gs-not-code-or-data")
    # guest-cs-dpl-data (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and (guest_cs_ar_bytes & 0xF) == 3
            and ((guest_cs_ar_bytes >> 5) & 0x3) != 0
        ):
            failed.append("guest-cs-dpl-data")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_cs_ar_bytes is None or (guest_cs_ar_bytes & 0xF) == 3)
        and (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and (guest_cs_ar_bytes & 0xF) == 3
            and ((guest_cs_ar_bytes >> 5) & 0x3) != 0
        ):
            failed.append("guest-cs-dpl-data")
        else:
            undecided.append("guest-cs-dpl-data")
    # guest-cs-dpl-nonconforming (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and ((guest_cs_ar_bytes & 0xF) == 9 or (guest_cs_ar_bytes & 0xF) == 0xB)
            and (
                (((guest_cs_ar_bytes >> 5) & 0x3) == 0 and ((guest_ss_ar_bytes >> 5) & 0x3) != 0)
                or (((guest_cs_ar_bytes >> 5) & 0x3) == 1 and ((guest_ss_ar_bytes >> 5) & 0x3) != 1)
                or (((guest_cs_ar_bytes >> 5) & 0x3) == 2 and ((guest_ss_ar_bytes >> 5) & 0x3) != 2)
                or (((guest_cs_ar_bytes >> 5) & 0x3) == 3 and ((guest_ss_ar_bytes >> 5) & 0x3) != 3)
            )
        ):
            failed.append("guest-cs-dpl-nonconforming")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (
            guest_cs_ar_bytes is None
            or (guest_cs_ar_bytes & 0xF) == 9
            or (guest_cs_ar_bytes & 0xF) == 0xB
        )
        and (
            (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 0)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) != 0)
            )
            or (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 1)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) != 1)
            )
            or (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 2)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) != 2)
            )
            or (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 3)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) != 3)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and ((guest_cs_ar_bytes & 0xF) == 9 or (guest_cs_ar_bytes & 0xF) == 0xB)
            and (
                (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 0
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) != 0
                )
                or (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 1
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) != 1
                )
                or (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 2
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) != 2
                )
                or (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 3
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) != 3
                )
            )
        ):
            failed.append("guest-cs-dpl-nonconforming")
        else:
            undecided.append("guest-cs-dpl-nonconforming")
    # guest-cs-dpl-conforming (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and ((guest_cs_ar_bytes & 0xF) == 0xD or (guest_cs_ar_bytes & 0xF) == 0xF)
            and (
                (((guest_cs_ar_bytes >> 5) & 0x3) == 1 and ((guest_ss_ar_bytes >> 5) & 0x3) < 1)
                or (((guest_cs_ar_bytes >> 5) & 0x3) == 2 and ((guest_ss_ar_bytes >> 5) & 0x3) < 2)
                or (((guest_cs_ar_bytes >> 5) & 0x3) == 3 and ((guest_ss_ar_bytes >> 5) & 0x3) < 3)
            )
        ):
            failed.append("guest-cs-dpl-conforming")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (
            guest_cs_ar_bytes is None
            or (guest_cs_ar_bytes & 0xF) == 0xD
            or (guest_cs_ar_bytes & 0xF) == 0xF
        )
        and (
            (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 1)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) < 1)
            )
            or (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 2)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) < 2)
            )
            or (
                (guest_cs_ar_bytes is None or ((guest_cs_ar_bytes >> 5) & 0x3) == 3)
                and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) < 3)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and ((guest_cs_ar_bytes & 0xF) == 0xD or (guest_cs_ar_bytes & 0xF) == 0xF)
            and (
                (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 1
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) < 1
                )
                or (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 2
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) < 2
                )
                or (
                    guest_cs_ar_bytes is not None
                    and ((guest_cs_ar_bytes >> 5) & 0x3) == 3
                    and guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) < 3
                )
            )
        ):
            failed.append("guest-cs-dpl-conforming")
        else:
            undecided.append("guest-cs-dpl-conforming")
    # guest-ss-dpl-rpl (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_ss_ar_bytes is not None
        and guest_ss_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (
                (((guest_ss_ar_bytes >> 5) & 0x3) == 0 and (guest_ss_selector & 0x3) != 0)
                or (((guest_ss_ar_bytes >> 5) & 0x3) == 1 and (guest_ss_selector & 0x3) != 1)
                or (((guest_ss_ar_bytes >> 5) & 0x3) == 2 and (guest_ss_selector & 0x3) != 2)
                or (((guest_ss_ar_bytes >> 5) & 0x3) == 3 and (guest_ss_selector & 0x3) != 3)
            )
        ):
            failed.append("guest-ss-dpl-rpl")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (
            (
                (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) == 0)
                and (guest_ss_selector is None or (guest_ss_selector & 0x3) != 0)
            )
            or (
                (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) == 1)
                and (guest_ss_selector is None or (guest_ss_selector & 0x3) != 1)
            )
            or (
                (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) == 2)
                and (guest_ss_selector is None or (guest_ss_selector & 0x3) != 2)
            )
            or (
                (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) == 3)
                and (guest_ss_selector is None or (guest_ss_selector & 0x3) != 3)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (
                (
                    guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) == 0
                    and guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) != 0
                )
                or (
                    guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) == 1
                    and guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) != 1
                )
                or (
                    guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) == 2
                    and guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) != 2
                )
                or (
                    guest_ss_ar_bytes is not None
                    and ((guest_ss_ar_bytes >> 5) & 0x3) == 3
                    and guest_ss_selector is not None
                    and (guest_ss_selector & 0x3) != 3
                )
            )
        ):
            failed.append("guest-ss-dpl-rpl")
        else:
            undecided.append("guest-ss-dpl-rpl")
    # guest-ss-dpl-real-mode (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and guest_ss_ar_bytes is not None
        and guest_cs_ar_bytes is not None
        and guest_cr0 is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and ((guest_ss_ar_bytes >> 5) & 0x3) != 0
            and ((guest_cs_ar_bytes & 0xF) == 3 or guest_cr0 & 0x1 == 0)
        ):
            failed.append("guest-ss-dpl-real-mode")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or ((guest_ss_ar_bytes >> 5) & 0x3) != 0)
        and (
            guest_cs_ar_bytes is None
            or (guest_cs_ar_bytes & 0xF) == 3
            or guest_cr0 is None
            or guest_cr0 & 0x1 == 0
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and ((guest_ss_ar_bytes >> 5) & 0x3) != 0
            and (
                (guest_cs_ar_bytes is not None and (guest_cs_ar_bytes & 0xF) == 3)
                or (guest_cr0 is not None and guest_cr0 & 0x1 == 0)
            )
        ):
            failed.append("guest-ss-dpl-real-mode")
        else:
            undecided.append("guest-ss-dpl-real-mode")
    # guest-ds-dpl-below-rpl (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and guest_ds_ar_bytes is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_ds_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (guest_ds_ar_bytes & 0xF) < 0xC
            and (
                (((guest_ds_ar_bytes >> 5) & 0x3) == 0 and (guest_ds_selector & 0x3) > 0)
                or (((guest_ds_ar_bytes >> 5) & 0x3) == 1 and (guest_ds_selector & 0x3) > 1)
                or (((guest_ds_ar_bytes >> 5) & 0x3) == 2 and (guest_ds_selector & 0x3) > 2)
            )
        ):
            failed.append("guest-ds-dpl-below-rpl")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (guest_ds_ar_bytes is None or (guest_ds_ar_bytes & 0xF) < 0xC)
        and (
            (
                (guest_ds_ar_bytes is None or ((guest_ds_ar_bytes >> 5) & 0x3) == 0)
                and (guest_ds_selector is None or (guest_ds_selector & 0x3) > 0)
            )
            or (
                (guest_ds_ar_bytes is None or ((guest_ds_ar_bytes >> 5) & 0x3) == 1)
                and (guest_ds_selector is None or (guest_ds_selector & 0x3) > 1)
            )
            or (
                (guest_ds_ar_bytes is None or ((guest_ds_ar_bytes >> 5) & 0x3) == 2)
                and (guest_ds_selector is None or (guest_ds_selector & 0x3) > 2)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (guest_ds_ar_bytes & 0xF) < 0xC
            and (
                (
                    guest_ds_ar_bytes is not None
                    and ((guest_ds_ar_bytes >> 5) & 0x3) == 0
                    and guest_ds_selector is not None
                    and (guest_ds_selector & 0x3) > 0
                )
                or (
                    guest_ds_ar_bytes is not None
                    and ((guest_ds_ar_bytes >> 5) & 0x3) == 1
                    and guest_ds_selector is not None
                    and (guest_ds_selector & 0x3) > 1
                )
                or (
                    guest_ds_ar_bytes is not None
                    and ((guest_ds_ar_bytes >> 5) & 0x3) == 2
                    and guest_ds_selector is not None
                    and (guest_ds_selector & 0x3) > 2
                )
            )
        ):
            failed.append("guest-ds-dpl-below-rpl")
        else:
            undecided.append("guest-ds-dpl-below-rpl")
    # guest-es-dpl-below-rpl (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and guest_es_ar_bytes is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_es_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (guest_es_ar_bytes & 0xF) < 0xC
            and (
                (((guest_es_ar_bytes >> 5) & 0x3) == 0 and (guest_es_selector & 0x3) > 0)
                or (((guest_es_ar_bytes >> 5) & 0x3) == 1 and (guest_es_selector & 0x3) > 1)
                or (((guest_es_ar_bytes >> 5) & 0x3) == 2 and (guest_es_selector & 0x3) > 2)
            )
        ):
            failed.append("guest-es-dpl-below-rpl")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (guest_es_ar_bytes is None or (guest_es_ar_bytes & 0xF) < 0xC)
        and (
            (
                (guest_es_ar_bytes is None or ((guest_es_ar_bytes >> 5) & 0x3) == 0)
                and (guest_es_selector is None or (guest_es_selector & 0x3) > 0)
            )
            or (
                (guest_es_ar_bytes is None or ((guest_es_ar_bytes >> 5) & 0x3) == 1)
                and (guest_es_selector is None or (guest_es_selector & 0x3) > 1)
            )
            or (
                (guest_es_ar_bytes is None or ((guest_es_ar_bytes >> 5) & 0x3) == 2)
                and (guest_es_selector is None or (guest_es_selector & 0x3) > 2)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (guest_es_ar_bytes & 0xF) < 0xC
            and (
                (
                    guest_es_ar_bytes is not None
                    and ((guest_es_ar_bytes >> 5) & 0x3) == 0
                    and guest_es_selector is not None
                    and (guest_es_selector & 0x3) > 0
                )
                or (
                    guest_es_ar_bytes is not None
                    and ((guest_es_ar_bytes >> 5) & 0x3) == 1
                    and guest_es_selector is not None
                    and (guest_es_selector & 0x3) > 1
                )
                or (
                    guest_es_ar_bytes is not None
                    and ((guest_es_ar_bytes >> 5) & 0x3) == 2
                    and guest_es_selector is not None
                    and (guest_es_selector & 0x3) > 2
                )
            )
        ):
            failed.append("guest-es-dpl-below-rpl")
        else:
            undecided.append("guest-es-dpl-below-rpl")
    # guest-fs-dpl-below-rpl (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and guest_fs_ar_bytes is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_fs_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (guest_fs_ar_bytes & 0xF) < 0xC
            and (
                (((guest_fs_ar_bytes >> 5) & 0x3) == 0 and (guest_fs_selector & 0x3) > 0)
                or (((guest_fs_ar_bytes >> 5) & 0x3) == 1 and (guest_fs_selector & 0x3) > 1)
                or (((guest_fs_ar_bytes >> 5) & 0x3) == 2 and (guest_fs_selector & 0x3) > 2)
            )
        ):
            failed.append("guest-fs-dpl-below-rpl")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (guest_fs_ar_bytes is None or (guest_fs_ar_bytes & 0xF) < 0xC)
        and (
            (
                (guest_fs_ar_bytes is None or ((guest_fs_ar_bytes >> 5) & 0x3) == 0)
                and (guest_fs_selector is None or (guest_fs_selector & 0x3) > 0)
            )
            or (
                (guest_fs_ar_bytes is None or ((guest_fs_ar_bytes >> 5) & 0x3) == 1)
                and (guest_fs_selector is None or (guest_fs_selector & 0x3) > 1)
            )
            or (
                (guest_fs_ar_bytes is None or ((guest_fs_ar_bytes >> 5) & 0x3) == 2)
                and (guest_fs_selector is None or (guest_fs_selector & 0x3) > 2)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (guest_fs_ar_bytes & 0xF) < 0xC
            and (
                (
                    guest_fs_ar_bytes is not None
                    and ((guest_fs_ar_bytes >> 5) & 0x3) == 0
                    and guest_fs_selector is not None
                    and (guest_fs_selector & 0x3) > 0
                )
                or (
                    guest_fs_ar_bytes is not None
                    and ((guest_fs_ar_bytes >> 5) & 0x3) == 1
                    and guest_fs_selector is not None
                    and (guest_fs_selector & 0x3) > 1
                )
                or (
                    guest_fs_ar_bytes is not None
                    and ((guest_fs_ar_bytes >> 5) & 0x3) == 2
                    and guest_fs_selector is not None
                    and (guest_fs_selector & 0x3) > 2
                )
            )
        ):
            failed.append("guest-fs-dpl-below-rpl")
        else:
            undecided.append("guest-fs-dpl-below-rpl")
    # guest-gs-dpl-below-rpl (SDM 26.3.1.2)
    if (
        guest_rflags is not None
        and guest_gs_ar_bytes is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_gs_selector is not None
    ):
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                cpu_based_vm_exec_control & 0x80000000 == 0 or secondary_vm_exec_control & 0x80 == 0
            )
            and (guest_gs_ar_bytes & 0xF) < 0xC
            and (
                (((guest_gs_ar_bytes >> 5) & 0x3) == 0 and (guest_gs_selector & 0x3) > 0)
                or (((guest_gs_ar_bytes >> 5) & 0x3) == 1 and (guest_gs_selector & 0x3) > 1)
                or (((guest_gs_ar_bytes >> 5) & 0x3) == 2 and (guest_gs_selector & 0x3) > 2)
            )
        ):
            failed.append("guest-gs-dpl-below-rpl")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (
            cpu_based_vm_exec_control is None
            or cpu_based_vm_exec_control & 0x80000000 == 0
            or secondary_vm_exec_control is None
            or secondary_vm_exec_control & 0x80 == 0
        )
        and (guest_gs_ar_bytes is None or (guest_gs_ar_bytes & 0xF) < 0xC)
        and (
            (
                (guest_gs_ar_bytes is None or ((guest_gs_ar_bytes >> 5) & 0x3) == 0)
                and (guest_gs_selector is None or (guest_gs_selector & 0x3) > 0)
            )
            or (
                (guest_gs_ar_bytes is None or ((guest_gs_ar_bytes >> 5) & 0x3) == 1)
                and (guest_gs_selector is None or (guest_gs_selector & 0x3) > 1)
            )
            or (
                (guest_gs_ar_bytes is None or ((guest_gs_ar_bytes >> 5) & 0x3) == 2)
                and (guest_gs_selector is None or (guest_gs_selector & 0x3) > 2)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                (
                    cpu_based_vm_exec_control is not None
                    and cpu_based_vm_exec_control & 0x80000000 == 0
                )
                or (secondary_vm_exec_control is not None and secondary_vm_exec_control & 0x80 == 0)
            )
            and (guest_gs_ar_bytes & 0xF) < 0xC
            and (
                (
                    guest_gs_ar_bytes is not None
                    and ((guest_gs_ar_bytes >> 5) & 0x3) == 0
                    and guest_gs_selector is not None
                    and (guest_gs_selector & 0x3) > 0
                )
                or (
                    guest_gs_ar_bytes is not None
                    and ((guest_gs_ar_bytes >> 5) & 0x3) == 1
                    and guest_gs_selector is not None
                    and (guest_gs_selector & 0x3) > 1
                )
                or (
                    guest_gs_ar_bytes is not None
                    and ((guest_gs_ar_bytes >> 5) & 0x3) == 2
                    and guest_gs_selector is not None
                    and (guest_gs_selector & 0x3) > 2
                )
            )
        ):
            failed.append("guest-gs-dpl-below-rpl")
        else:
            undecided.append("guest-gs-dpl-below-rpl")
    # guest-cs-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None:
        if guest_rflags & 0x20000 == 0 and guest_cs_ar_bytes & 0x80 == 0:
            failed.append("guest-cs-not-present")
    elif (guest_rflags is None or guest_rflags & 0x20000 == 0) and (
        guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x80 == 0
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-cs-not-present")
        else:
            undecided.append("guest-cs-not-present")
    # guest-ss-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-ss-not-present")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x80 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-ss-not-present")
        else:
            undecided.append("guest-ss-not-present")
    # guest-ds-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-ds-not-present")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x80 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-ds-not-present")
        else:
            undecided.append("guest-ds-not-present")
    # guest-es-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-es-not-present")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x80 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-es-not-present")
        else:
            undecided.append("guest-es-not-present")
    # guest-fs-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-fs-not-present")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x80 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-fs-not-present")
        else:
            undecided.append("guest-fs-not-present")
    # guest-gs-not-present (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-gs-not-present")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x80 == 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0x80 == 0
        ):
            failed.append("guest-gs-not-present")
        else:
            undecided.append("guest-gs-not-present")
    # guest-cs-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_ar_bytes is not None:
        if guest_rflags & 0x20000 == 0 and guest_cs_ar_bytes & 0xFFFE0F00 != 0:
            failed.append("guest-cs-ar-reserved")
    elif (guest_rflags is None or guest_rflags & 0x20000 == 0) and (
        guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0xFFFE0F00 != 0
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-cs-ar-reserved")
        else:
            undecided.append("guest-cs-ar-reserved")
    # guest-ss-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-ss-ar-reserved")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0xFFFE0F00 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and guest_ss_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-ss-ar-reserved")
        else:
            undecided.append("guest-ss-ar-reserved")
    # guest-ds-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-ds-ar-reserved")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0xFFFE0F00 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and guest_ds_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-ds-ar-reserved")
        else:
            undecided.append("guest-ds-ar-reserved")
    # guest-es-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-es-ar-reserved")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0xFFFE0F00 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and guest_es_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-es-ar-reserved")
        else:
            undecided.append("guest-es-ar-reserved")
    # guest-fs-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-fs-ar-reserved")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0xFFFE0F00 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and guest_fs_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-fs-ar-reserved")
        else:
            undecided.append("guest-fs-ar-reserved")
    # guest-gs-ar-reserved (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-gs-ar-reserved")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0xFFFE0F00 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and guest_gs_ar_bytes & 0xFFFE0F00 != 0
        ):
            failed.append("guest-gs-ar-reserved")
        else:
            undecided.append("guest-gs-ar-reserved")
    # guest-cs-long-with-db (SDM 26.3.1.2)
    if guest_rflags is not None and vm_entry_controls is not None and guest_cs_ar_bytes is not None:
        if (
            guest_rflags & 0x20000 == 0
            and vm_entry_controls & 0x200 != 0
            and guest_cs_ar_bytes & 0x2000 != 0
            and guest_cs_ar_bytes & 0x4000 != 0
        ):
            failed.append("guest-cs-long-with-db")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 != 0)
        and (guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x2000 != 0)
        and (guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x4000 != 0)
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes & 0x2000 != 0
            and guest_cs_ar_bytes & 0x4000 != 0
        ):
            failed.append("guest-cs-long-with-db")
        else:
            undecided.append("guest-cs-long-with-db")
    # guest-cs-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_cs_limit is not None and guest_cs_ar_bytes is not None:
        if guest_rflags & 0x20000 == 0 and (
            ((guest_cs_limit & 0xFFF) != 0xFFF and guest_cs_ar_bytes & 0x8000 != 0)
            or (((guest_cs_limit >> 20) & 0xFFF) != 0 and guest_cs_ar_bytes & 0x8000 == 0)
        ):
            failed.append("guest-cs-granularity")
    elif (guest_rflags is None or guest_rflags & 0x20000 == 0) and (
        (
            (guest_cs_limit is None or (guest_cs_limit & 0xFFF) != 0xFFF)
            and (guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x8000 != 0)
        )
        or (
            (guest_cs_limit is None or ((guest_cs_limit >> 20) & 0xFFF) != 0)
            and (guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x8000 == 0)
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and (
                (
                    guest_cs_limit is not None
                    and (guest_cs_limit & 0xFFF) != 0xFFF
                    and guest_cs_ar_bytes is not None
                    and guest_cs_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_cs_limit is not None
                    and ((guest_cs_limit >> 20) & 0xFFF) != 0
                    and guest_cs_ar_bytes is not None
                    and guest_cs_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-cs-granularity")
        else:
            undecided.append("guest-cs-granularity")
    # guest-ss-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ss_ar_bytes is not None and guest_ss_limit is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes & 0x10000 == 0
            and (
                ((guest_ss_limit & 0xFFF) != 0xFFF and guest_ss_ar_bytes & 0x8000 != 0)
                or (((guest_ss_limit >> 20) & 0xFFF) != 0 and guest_ss_ar_bytes & 0x8000 == 0)
            )
        ):
            failed.append("guest-ss-granularity")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x10000 == 0)
        and (
            (
                (guest_ss_limit is None or (guest_ss_limit & 0xFFF) != 0xFFF)
                and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x8000 != 0)
            )
            or (
                (guest_ss_limit is None or ((guest_ss_limit >> 20) & 0xFFF) != 0)
                and (guest_ss_ar_bytes is None or guest_ss_ar_bytes & 0x8000 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ss_ar_bytes is not None
            and guest_ss_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_ss_limit is not None
                    and (guest_ss_limit & 0xFFF) != 0xFFF
                    and guest_ss_ar_bytes is not None
                    and guest_ss_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_ss_limit is not None
                    and ((guest_ss_limit >> 20) & 0xFFF) != 0
                    and guest_ss_ar_bytes is not None
                    and guest_ss_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-ss-granularity")
        else:
            undecided.append("guest-ss-granularity")
    # guest-ds-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_ds_ar_bytes is not None and guest_ds_limit is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                ((guest_ds_limit & 0xFFF) != 0xFFF and guest_ds_ar_bytes & 0x8000 != 0)
                or (((guest_ds_limit >> 20) & 0xFFF) != 0 and guest_ds_ar_bytes & 0x8000 == 0)
            )
        ):
            failed.append("guest-ds-granularity")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x10000 == 0)
        and (
            (
                (guest_ds_limit is None or (guest_ds_limit & 0xFFF) != 0xFFF)
                and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x8000 != 0)
            )
            or (
                (guest_ds_limit is None or ((guest_ds_limit >> 20) & 0xFFF) != 0)
                and (guest_ds_ar_bytes is None or guest_ds_ar_bytes & 0x8000 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_ds_ar_bytes is not None
            and guest_ds_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_ds_limit is not None
                    and (guest_ds_limit & 0xFFF) != 0xFFF
                    and guest_ds_ar_bytes is not None
                    and guest_ds_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_ds_limit is not None
                    and ((guest_ds_limit >> 20) & 0xFFF) != 0
                    and guest_ds_ar_bytes is not None
                    and guest_ds_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-ds-granularity")
        else:
            undecided.append("guest-ds-granularity")
    # guest-es-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_es_ar_bytes is not None and guest_es_limit is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                ((guest_es_limit & 0xFFF) != 0xFFF and guest_es_ar_bytes & 0x8000 != 0)
                or (((guest_es_limit >> 20) & 0xFFF) != 0 and guest_es_ar_bytes & 0x8000 == 0)
            )
        ):
            failed.append("guest-es-granularity")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x10000 == 0)
        and (
            (
                (guest_es_limit is None or (guest_es_limit & 0xFFF) != 0xFFF)
                and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x8000 != 0)
            )
            or (
                (guest_es_limit is None or ((guest_es_limit >> 20) & 0xFFF) != 0)
                and (guest_es_ar_bytes is None or guest_es_ar_bytes & 0x8000 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_es_ar_bytes is not None
            and guest_es_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_es_limit is not None
                    and (guest_es_limit & 0xFFF) != 0xFFF
                    and guest_es_ar_bytes is not None
                    and guest_es_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_es_limit is not None
                    and ((guest_es_limit >> 20) & 0xFFF) != 0
                    and guest_es_ar_bytes is not None
                    and guest_es_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-es-granularity")
        else:
            undecided.append("guest-es-granularity")
    # guest-fs-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_fs_ar_bytes is not None and guest_fs_limit is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                ((guest_fs_limit & 0xFFF) != 0xFFF and guest_fs_ar_bytes & 0x8000 != 0)
                or (((guest_fs_limit >> 20) & 0xFFF) != 0 and guest_fs_ar_bytes & 0x8000 == 0)
            )
        ):
            failed.append("guest-fs-granularity")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x10000 == 0)
        and (
            (
                (guest_fs_limit is None or (guest_fs_limit & 0xFFF) != 0xFFF)
                and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x8000 != 0)
            )
            or (
                (guest_fs_limit is None or ((guest_fs_limit >> 20) & 0xFFF) != 0)
                and (guest_fs_ar_bytes is None or guest_fs_ar_bytes & 0x8000 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_fs_ar_bytes is not None
            and guest_fs_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_fs_limit is not None
                    and (guest_fs_limit & 0xFFF) != 0xFFF
                    and guest_fs_ar_bytes is not None
                    and guest_fs_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_fs_limit is not None
                    and ((guest_fs_limit >> 20) & 0xFFF) != 0
                    and guest_fs_ar_bytes is not None
                    and guest_fs_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-fs-granularity")
        else:
            undecided.append("guest-fs-granularity")
    # guest-gs-granularity (SDM 26.3.1.2)
    if guest_rflags is not None and guest_gs_ar_bytes is not None and guest_gs_limit is not None:
        if (
            guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                ((guest_gs_limit & 0xFFF) != 0xFFF and guest_gs_ar_bytes & 0x8000 != 0)
                or (((guest_gs_limit >> 20) & 0xFFF) != 0 and guest_gs_ar_bytes & 0x8000 == 0)
            )
        ):
            failed.append("guest-gs-granularity")
    elif (
        (guest_rflags is None or guest_rflags & 0x20000 == 0)
        and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x10000 == 0)
        and (
            (
                (guest_gs_limit is None or (guest_gs_limit & 0xFFF) != 0xFFF)
                and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x8000 != 0)
            )
            or (
                (guest_gs_limit is None or ((guest_gs_limit >> 20) & 0xFFF) != 0)
                and (guest_gs_ar_bytes is None or guest_gs_ar_bytes & 0x8000 == 0)
            )
        )
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 == 0
            and guest_gs_ar_bytes is not None
            and guest_gs_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_gs_limit is not None
                    and (guest_gs_limit & 0xFFF) != 0xFFF
                    and guest_gs_ar_bytes is not None
                    and guest_gs_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_gs_limit is not None
                    and ((guest_gs_limit >> 20) & 0xFFF) != 0
                    and guest_gs_ar_bytes is not None
                    and guest_gs_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-gs-granularity")
        else:
            undecided.append("guest-gs-granularity")
    # guest-tr-type (SDM 26.3.1.2)
    if vm_entry_controls is not None and guest_tr_ar_bytes is not None:
        if (vm_entry_controls & 0x200 != 0 and (guest_tr_ar_bytes & 0xF) != 0xB) or (
            vm_entry_controls & 0x200 == 0
            and (guest_tr_ar_bytes & 0xF) != 3
            and (guest_tr_ar_bytes & 0xF) != 0xB
        ):
            failed.append("guest-tr-type")
    elif (
        (vm_entry_controls is None or vm_entry_controls & 0x200 != 0)
        and (guest_tr_ar_bytes is None or (guest_tr_ar_bytes & 0xF) != 0xB)
    ) or (
        (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (
            guest_tr_ar_bytes is None
            or ((guest_tr_ar_bytes & 0xF) != 3 and (guest_tr_ar_bytes & 0xF) != 0xB)
        )
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
            and guest_tr_ar_bytes is not None
            and (guest_tr_ar_bytes & 0xF) != 0xB
        ) or (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and guest_tr_ar_bytes is not None
            and (guest_tr_ar_bytes & 0xF) != 3
            and (guest_tr_ar_bytes & 0xF) != 0xB
        ):
            failed.append("guest-tr-type")
        else:
            undecided.append("guest-tr-type")
    # guest-tr-s-set (SDM 26.3.1.2)
    if guest_tr_ar_bytes is not None:
        if guest_tr_ar_bytes & 0x10 != 0:
            failed.append("guest-tr-s-set")
    else:
        undecided.append("guest-tr-s-set")
    # guest-tr-not-present (SDM 26.3.1.2)
    if guest_tr_ar_bytes is not None:
        if guest_tr_ar_bytes & 0x80 == 0:
            failed.append("guest-tr-not-present")
    else:
        undecided.append("guest-tr-not-present")
    # guest-tr-ar-reserved (SDM 26.3.1.2)
    if guest_tr_ar_bytes is not None:
        if guest_tr_ar_bytes & 0xFFFE0F00 != 0:
            failed.append("guest-tr-ar-reserved")
    else:
        undecided.append("guest-tr-ar-reserved")
    # guest-tr-granularity (SDM 26.3.1.2)
    if guest_tr_limit is not None and guest_tr_ar_bytes is not None:
        if ((guest_tr_limit & 0xFFF) != 0xFFF and guest_tr_ar_bytes & 0x8000 != 0) or (
            ((guest_tr_limit >> 20) & 0xFFF) != 0 and guest_tr_ar_bytes & 0x8000 == 0
        ):
            failed.append("guest-tr-granularity")
    elif (
        (guest_tr_limit is None or (guest_tr_limit & 0xFFF) != 0xFFF)
        and (guest_tr_ar_bytes is None or guest_tr_ar_bytes & 0x8000 != 0)
    ) or (
        (guest_tr_limit is None or ((guest_tr_limit >> 20) & 0xFFF) != 0)
        and (guest_tr_ar_bytes is None or guest_tr_ar_bytes & 0x8000 == 0)
    ):
        if (
            guest_tr_limit is not None
            and (guest_tr_limit & 0xFFF) != 0xFFF
            and guest_tr_ar_bytes is not None
            and guest_tr_ar_bytes & 0x8000 != 0
        ) or (
            guest_tr_limit is not None
            and ((guest_tr_limit >> 20) & 0xFFF) != 0
            and guest_tr_ar_bytes is not None
            and guest_tr_ar_bytes & 0x8000 == 0
        ):
            failed.append("guest-tr-granularity")
        else:
            undecided.append("guest-tr-granularity")
    # guest-tr-unusable (SDM 26.3.1.2)
    if guest_tr_ar_bytes is not None:
        if guest_tr_ar_bytes & 0x10000 != 0:
            failed.append("guest-tr-unusable")
    else:
        undecided.append("guest-tr-unusable")
    # guest-ldtr-type (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and (guest_ldtr_ar_bytes & 0xF) != 2:
            failed.append("guest-ldtr-type")
    else:
        undecided.append("guest-ldtr-type")
    # guest-ldtr-s-set (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and guest_ldtr_ar_bytes & 0x10 != 0:
            failed.append("guest-ldtr-s-set")
    else:
        undecided.append("guest-ldtr-s-set")
    # guest-ldtr-not-present (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and guest_ldtr_ar_bytes & 0x80 == 0:
            failed.append("guest-ldtr-not-present")
    else:
        undecided.append("guest-ldtr-not-present")
    # guest-ldtr-ar-reserved (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and guest_ldtr_ar_bytes & 0xFFFE0F00 != 0:
            failed.append("guest-ldtr-ar-reserved")
    else:
        undecided.append("guest-ldtr-ar-reserved")
    # guest-ldtr-granularity (SDM 26.3.1.2)
    if guest_ldtr_ar_bytes is not None and guest_ldtr_limit is not None:
        if guest_ldtr_ar_bytes & 0x10000 == 0 and (
            ((guest_ldtr_limit & 0xFFF) != 0xFFF and guest_ldtr_ar_bytes & 0x8000 != 0)
            or (((guest_ldtr_limit >> 20) & 0xFFF) != 0 and guest_ldtr_ar_bytes & 0x8000 == 0)
        ):
            failed.append("guest-ldtr-granularity")
    elif (guest_ldtr_ar_bytes is None or guest_ldtr_ar_bytes & 0x10000 == 0) and (
        (
            (guest_ldtr_limit is None or (guest_ldtr_limit & 0xFFF) != 0xFFF)
            and (guest_ldtr_ar_bytes is None or guest_ldtr_ar_bytes & 0x8000 != 0)
        )
        or (
            (guest_ldtr_limit is None or ((guest_ldtr_limit >> 20) & 0xFFF) != 0)
            and (guest_ldtr_ar_bytes is None or guest_ldtr_ar_bytes & 0x8000 == 0)
        )
    ):
        if (
            guest_ldtr_ar_bytes is not None
            and guest_ldtr_ar_bytes & 0x10000 == 0
            and (
                (
                    guest_ldtr_limit is not None
                    and (guest_ldtr_limit & 0xFFF) != 0xFFF
                    and guest_ldtr_ar_bytes is not None
                    and guest_ldtr_ar_bytes & 0x8000 != 0
                )
                or (
                    guest_ldtr_limit is not None
                    and ((guest_ldtr_limit >> 20) & 0xFFF) != 0
                    and guest_ldtr_ar_bytes is not None
                    and guest_ldtr_ar_bytes & 0x8000 == 0
                )
            )
        ):
            failed.append("guest-ldtr-granularity")
        else:
            undecided.append("guest-ldtr-granularity")
    # guest-gdtr-base-not-canonical (SDM 26.3.1.3)
    if guest_gdtr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_gdtr_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_gdtr_base, caps_va_bits)
            ):
                failed.append("guest-gdtr-base-not-canonical")
            else:
                undecided.append("guest-gdtr-base-not-canonical")
    else:
        undecided.append("guest-gdtr-base-not-canonical")
    # guest-gdtr-limit-above-64k (SDM 26.3.1.3)
    if guest_gdtr_limit is not None:
        if guest_gdtr_limit >> 0x10 != 0:
            failed.append("guest-gdtr-limit-above-64k")
    else:
        undecided.append("guest-gdtr-limit-above-64k")
    # guest-idtr-base-not-canonical (SDM 26.3.1.3)
    if guest_idtr_base is not None:
        if caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_idtr_base, caps_va_bits):
            if (
                caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_idtr_base, caps_va_bits)
            ):
                failed.append("guest-idtr-base-not-canonical")
            else:
                undecided.append("guest-idtr-base-not-canonical")
    else:
        undecided.append("guest-idtr-base-not-canonical")
    # guest-idtr-limit-above-64k (SDM 26.3.1.3)
    if guest_idtr_limit is not None:
        if guest_idtr_limit >> 0x10 != 0:
            failed.append("guest-idtr-limit-above-64k")
    else:
        undecided.append("guest-idtr-limit-above-64k")
    # guest-rip-above-4g (SDM 26.3.1.4)
    if vm_entry_controls is not None and guest_cs_ar_bytes is not None and guest_rip is not None:
        if (
            vm_entry_controls & 0x200 == 0 or guest_cs_ar_bytes & 0x2000 == 0
        ) and guest_rip >> 0x20 != 0:
            failed.append("guest-rip-above-4g")
    elif (
        vm_entry_controls is None
        or vm_entry_controls & 0x200 == 0
        or guest_cs_ar_bytes is None
        or guest_cs_ar_bytes & 0x2000 == 0
    ) and (guest_rip is None or guest_rip >> 0x20 != 0):
        if (
            (
                (vm_entry_controls is not None and vm_entry_controls & 0x200 == 0)
                or (guest_cs_ar_bytes is not None and guest_cs_ar_bytes & 0x2000 == 0)
            )
            and guest_rip is not None
            and guest_rip >> 0x20 != 0
        ):
            failed.append("guest-rip-above-4g")
        else:
            undecided.append("guest-rip-above-4g")
    # guest-rip-not-canonical (SDM 26.3.1.4)
    if vm_entry_controls is not None and guest_cs_ar_bytes is not None and guest_rip is not None:
        if (
            vm_entry_controls & 0x200 != 0
            and guest_cs_ar_bytes & 0x2000 != 0
            and (caps_va_bits == 0 or caps_va_bits > 64 or _noncanonical(guest_rip, caps_va_bits))
        ):
            if (
                vm_entry_controls & 0x200 != 0
                and guest_cs_ar_bytes & 0x2000 != 0
                and caps_va_bits > 0
                and caps_va_bits < 65
                and _noncanonical(guest_rip, caps_va_bits)
            ):
                failed.append("guest-rip-not-canonical")
            else:
                undecided.append("guest-rip-not-canonical")
    elif (
        (vm_entry_controls is None or vm_entry_controls & 0x200 != 0)
        and (guest_cs_ar_bytes is None or guest_cs_ar_bytes & 0x2000 != 0)
        and (
            guest_rip is None
            or caps_va_bits == 0
            or caps_va_bits > 64
            or _noncanonical(guest_rip, caps_va_bits)
        )
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x200 != 0
            and guest_cs_ar_bytes is not None
            and guest_cs_ar_bytes & 0x2000 != 0
            and guest_rip is not None
            and caps_va_bits > 0
            and caps_va_bits < 65
            and _noncanonical(guest_rip, caps_va_bits)
        ):
            failed.append("guest-rip-not-canonical")
        else:
            undecided.append("guest-rip-not-canonical")
    # guest-rflags-reserved (SDM 26.3.1.4)
    if guest_rflags is not None:
        if guest_rflags & 0xFFFFFFFFFFC08028 != 0 or guest_rflags & 0x2 == 0:
            failed.append("guest-rflags-reserved")
    else:
        undecided.append("guest-rflags-reserved")
    # guest-rflags-vm-not-allowed (SDM 26.3.1.4)
    if guest_rflags is not None and vm_entry_controls is not None and guest_cr0 is not None:
        if guest_rflags & 0x20000 != 0 and (vm_entry_controls & 0x200 != 0 or guest_cr0 & 0x1 == 0):
            failed.append("guest-rflags-vm-not-allowed")
    elif (guest_rflags is None or guest_rflags & 0x20000 != 0) and (
        vm_entry_controls is None
        or vm_entry_controls & 0x200 != 0
        or guest_cr0 is None
        or guest_cr0 & 0x1 == 0
    ):
        if (
            guest_rflags is not None
            and guest_rflags & 0x20000 != 0
            and (
                (vm_entry_controls is not None and vm_entry_controls & 0x200 != 0)
                or (guest_cr0 is not None and guest_cr0 & 0x1 == 0)
            )
        ):
            failed.append("guest-rflags-vm-not-allowed")
        else:
            undecided.append("guest-rflags-vm-not-allowed")
    # guest-rflags-if-for-interrupt (SDM 26.3.1.4)
    if vm_entry_intr_info_field is not None and guest_rflags is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 0
            and guest_rflags & 0x200 == 0
        ):
            failed.append("guest-rflags-if-for-interrupt")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or ((vm_entry_intr_info_field >> 8) & 0x7) == 0)
        and (guest_rflags is None or guest_rflags & 0x200 == 0)
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 0
            and guest_rflags is not None
            and guest_rflags & 0x200 == 0
        ):
            failed.append("guest-rflags-if-for-interrupt")
        else:
            undecided.append("guest-rflags-if-for-interrupt")
    # guest-interruptibility-reserved (SDM 26.3.1.5)
    if guest_interruptibility_info is not None:
        if guest_interruptibility_info & ~0x1F != 0:
            failed.append("guest-interruptibility-reserved")
    else:
        undecided.append("guest-interruptibility-reserved")
    # guest-interruptibility-sti-and-mov-ss (SDM 26.3.1.5)
    if guest_interruptibility_info is not None:
        if guest_interruptibility_info & 0x1 != 0 and guest_interruptibility_info & 0x2 != 0:
            failed.append("guest-interruptibility-sti-and-mov-ss")
    else:
        undecided.append("guest-interruptibility-sti-and-mov-ss")
    # guest-interruptibility-sti-without-if (SDM 26.3.1.5)
    if guest_interruptibility_info is not None and guest_rflags is not None:
        if guest_interruptibility_info & 0x1 != 0 and guest_rflags & 0x200 == 0:
            failed.append("guest-interruptibility-sti-without-if")
    elif (guest_interruptibility_info is None or guest_interruptibility_info & 0x1 != 0) and (
        guest_rflags is None or guest_rflags & 0x200 == 0
    ):
        if (
            guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x1 != 0
            and guest_rflags is not None
            and guest_rflags & 0x200 == 0
        ):
            failed.append("guest-interruptibility-sti-without-if")
        else:
            undecided.append("guest-interruptibility-sti-without-if")
    # guest-interruptibility-blocks-interrupt (SDM 26.3.1.5)
    if vm_entry_intr_info_field is not None and guest_interruptibility_info is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 0
            and guest_interruptibility_info & 0x3 != 0
        ):
            failed.append("guest-interruptibility-blocks-interrupt")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or ((vm_entry_intr_info_field >> 8) & 0x7) == 0)
        and (guest_interruptibility_info is None or guest_interruptibility_info & 0x3 != 0)
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 0
            and guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x3 != 0
        ):
            failed.append("guest-interruptibility-blocks-interrupt")
        else:
            undecided.append("guest-interruptibility-blocks-interrupt")
    # guest-interruptibility-mov-ss-blocks-nmi (SDM 26.3.1.5)
    if vm_entry_intr_info_field is not None and guest_interruptibility_info is not None:
        if (
            vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 2
            and guest_interruptibility_info & 0x2 != 0
        ):
            failed.append("guest-interruptibility-mov-ss-blocks-nmi")
    elif (
        (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or ((vm_entry_intr_info_field >> 8) & 0x7) == 2)
        and (guest_interruptibility_info is None or guest_interruptibility_info & 0x2 != 0)
    ):
        if (
            vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 2
            and guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x2 != 0
        ):
            failed.append("guest-interruptibility-mov-ss-blocks-nmi")
        else:
            undecided.append("guest-interruptibility-mov-ss-blocks-nmi")
    # guest-interruptibility-smi-without-smm-entry (SDM 26.3.1.5)
    if vm_entry_controls is not None and guest_interruptibility_info is not None:
        if vm_entry_controls & 0x400 == 0 and guest_interruptibility_info & 0x4 != 0:
            undecided.append("guest-interruptibility-smi-without-smm-entry")
    elif (vm_entry_controls is None or vm_entry_controls & 0x400 == 0) and (
        guest_interruptibility_info is None or guest_interruptibility_info & 0x4 != 0
    ):
        undecided.append("guest-interruptibility-smi-without-smm-entry")
    # guest-interruptibility-smm-entry-without-smi (SDM 26.3.1.5)
    if vm_entry_controls is not None and guest_interruptibility_info is not None:
        if vm_entry_controls & 0x400 != 0 and guest_interruptibility_info & 0x4 == 0:
            failed.append("guest-interruptibility-smm-entry-without-smi")
    elif (vm_entry_controls is None or vm_entry_controls & 0x400 != 0) and (
        guest_interruptibility_info is None or guest_interruptibility_info & 0x4 == 0
    ):
        if (
            vm_entry_controls is not None
            and vm_entry_controls & 0x400 != 0
            and guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x4 == 0
        ):
            failed.append("guest-interruptibility-smm-entry-without-smi")
        else:
            undecided.append("guest-interruptibility-smm-entry-without-smi")
    # guest-interruptibility-virtual-nmi-blocking (SDM 26.3.1.5)
    if (
        pin_based_vm_exec_control is not None
        and vm_entry_intr_info_field is not None
        and guest_interruptibility_info is not None
    ):
        if (
            pin_based_vm_exec_control & 0x20 != 0
            and vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 2
            and guest_interruptibility_info & 0x8 != 0
        ):
            failed.append("guest-interruptibility-virtual-nmi-blocking")
    elif (
        (pin_based_vm_exec_control is None or pin_based_vm_exec_control & 0x20 != 0)
        and (vm_entry_intr_info_field is None or vm_entry_intr_info_field & 0x80000000 != 0)
        and (vm_entry_intr_info_field is None or ((vm_entry_intr_info_field >> 8) & 0x7) == 2)
        and (guest_interruptibility_info is None or guest_interruptibility_info & 0x8 != 0)
    ):
        if (
            pin_based_vm_exec_control is not None
            and pin_based_vm_exec_control & 0x20 != 0
            and vm_entry_intr_info_field is not None
            and vm_entry_intr_info_field & 0x80000000 != 0
            and ((vm_entry_intr_info_field >> 8) & 0x7) == 2
            and guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x8 != 0
        ):
            failed.append("guest-interruptibility-virtual-nmi-blocking")
        else:
            undecided.append("guest-interruptibility-virtual-nmi-blocking")
    # guest-interruptibility-enclave-mov-ss (SDM 26.3.1.5)
    if guest_interruptibility_info is not None:
        if guest_interruptibility_info & 0x10 != 0 and (
            guest_interruptibility_info & 0x2 != 0 or caps_cpuid_sgx == 0
        ):
            failed.append("guest-interruptibility-enclave-mov-ss")
    else:
        undecided.append("guest-interruptibility-enclave-mov-ss")
    # guest-pending-dbg-reserved (SDM 26.3.1.5)
    if guest_pending_dbg_exceptions is not None:
        if guest_pending_dbg_exceptions & 0xFFFFFFFFFFFEAFF0 != 0:
            failed.append("guest-pending-dbg-reserved")
    else:
        undecided.append("guest-pending-dbg-reserved")
    # guest-pending-dbg-bs-missing (SDM 26.3.1.5)
    if (
        guest_interruptibility_info is not None
        and vm_entry_controls is not None
        and guest_rflags is not None
        and guest_ia32_debugctl is not None
        and guest_pending_dbg_exceptions is not None
    ):
        if (
            guest_interruptibility_info & 0x3 != 0
            and vm_entry_controls & 0x4 != 0
            and guest_rflags & 0x100 != 0
            and guest_ia32_debugctl & 0x2 == 0
            and guest_pending_dbg_exceptions & 0x4000 == 0
        ):
            failed.append("guest-pending-dbg-bs-missing")
    elif (
        (guest_interruptibility_info is None or guest_interruptibility_info & 0x3 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x4 != 0)
        and (guest_rflags is None or guest_rflags & 0x100 != 0)
        and (guest_ia32_debugctl is None or guest_ia32_debugctl & 0x2 == 0)
        and (guest_pending_dbg_exceptions is None or guest_pending_dbg_exceptions & 0x4000 == 0)
    ):
        if (
            guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x3 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x4 != 0
            and guest_rflags is not None
            and guest_rflags & 0x100 != 0
            and guest_ia32_debugctl is not None
            and guest_ia32_debugctl & 0x2 == 0
            and guest_pending_dbg_exceptions is not None
            and guest_pending_dbg_exceptions & 0x4000 == 0
        ):
            failed.append("guest-pending-dbg-bs-missing")
        else:
            undecided.append("guest-pending-dbg-bs-missing")
    # guest-pending-dbg-bs-spurious (SDM 26.3.1.5)
    if (
        guest_interruptibility_info is not None
        and vm_entry_controls is not None
        and guest_pending_dbg_exceptions is not None
        and guest_rflags is not None
        and guest_ia32_debugctl is not None
    ):
        if (
            guest_interruptibility_info & 0x3 != 0
            and vm_entry_controls & 0x4 != 0
            and guest_pending_dbg_exceptions & 0x4000 != 0
            and (guest_rflags & 0x100 == 0 or guest_ia32_debugctl & 0x2 != 0)
        ):
            failed.append("guest-pending-dbg-bs-spurious")
    elif (
        (guest_interruptibility_info is None or guest_interruptibility_info & 0x3 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x4 != 0)
        and (guest_pending_dbg_exceptions is None or guest_pending_dbg_exceptions & 0x4000 != 0)
        and (
            guest_rflags is None
            or guest_rflags & 0x100 == 0
            or guest_ia32_debugctl is None
            or guest_ia32_debugctl & 0x2 != 0
        )
    ):
        if (
            guest_interruptibility_info is not None
            and guest_interruptibility_info & 0x3 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x4 != 0
            and guest_pending_dbg_exceptions is not None
            and guest_pending_dbg_exceptions & 0x4000 != 0
            and (
                (guest_rflags is not None and guest_rflags & 0x100 == 0)
                or (guest_ia32_debugctl is not None and guest_ia32_debugctl & 0x2 != 0)
            )
        ):
            failed.append("guest-pending-dbg-bs-spurious")
        else:
            undecided.append("guest-pending-dbg-bs-spurious")
    # guest-pdpte0-reserved (SDM 26.3.1.6)
    if (
        guest_cr0 is not None
        and guest_cr4 is not None
        and vm_entry_controls is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_pdptr0 is not None
    ):
        if (
            guest_cr0 & 0x80000000 != 0
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (guest_pdptr0 & 0x1) == 1
            and (
                ((guest_pdptr0 >> 1) & 0x3) != 0
                or ((guest_pdptr0 >> 5) & 0xF) != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or guest_pdptr0 >> caps_maxphyaddr != 0
            )
        ):
            if (
                guest_cr0 & 0x80000000 != 0
                and guest_cr4 & 0x20 != 0
                and vm_entry_controls & 0x200 == 0
                and cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2 != 0
                and (guest_pdptr0 & 0x1) == 1
                and (
                    ((guest_pdptr0 >> 1) & 0x3) != 0
                    or ((guest_pdptr0 >> 5) & 0xF) != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and guest_pdptr0 >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("guest-pdpte0-reserved")
            else:
                undecided.append("guest-pdpte0-reserved")
    elif (
        (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (guest_cr4 is None or guest_cr4 & 0x20 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (guest_pdptr0 is None or (guest_pdptr0 & 0x1) == 1)
        and (
            guest_pdptr0 is None
            or ((guest_pdptr0 >> 1) & 0x3) != 0
            or ((guest_pdptr0 >> 5) & 0xF) != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or guest_pdptr0 >> caps_maxphyaddr != 0
        )
    ):
        if (
            guest_cr0 is not None
            and guest_cr0 & 0x80000000 != 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and guest_pdptr0 is not None
            and (guest_pdptr0 & 0x1) == 1
            and (
                (guest_pdptr0 is not None and ((guest_pdptr0 >> 1) & 0x3) != 0)
                or (guest_pdptr0 is not None and ((guest_pdptr0 >> 5) & 0xF) != 0)
                or (
                    guest_pdptr0 is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and guest_pdptr0 >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("guest-pdpte0-reserved")
        else:
            undecided.append("guest-pdpte0-reserved")
    # guest-pdpte1-reserved (SDM 26.3.1.6)
    if (
        guest_cr0 is not None
        and guest_cr4 is not None
        and vm_entry_controls is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_pdptr1 is not None
    ):
        if (
            guest_cr0 & 0x80000000 != 0
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (guest_pdptr1 & 0x1) == 1
            and (
                ((guest_pdptr1 >> 1) & 0x3) != 0
                or ((guest_pdptr1 >> 5) & 0xF) != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or guest_pdptr1 >> caps_maxphyaddr != 0
            )
        ):
            if (
                guest_cr0 & 0x80000000 != 0
                and guest_cr4 & 0x20 != 0
                and vm_entry_controls & 0x200 == 0
                and cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2 != 0
                and (guest_pdptr1 & 0x1) == 1
                and (
                    ((guest_pdptr1 >> 1) & 0x3) != 0
                    or ((guest_pdptr1 >> 5) & 0xF) != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and guest_pdptr1 >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("guest-pdpte1-reserved")
            else:
                undecided.append("guest-pdpte1-reserved")
    elif (
        (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (guest_cr4 is None or guest_cr4 & 0x20 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (guest_pdptr1 is None or (guest_pdptr1 & 0x1) == 1)
        and (
            guest_pdptr1 is None
            or ((guest_pdptr1 >> 1) & 0x3) != 0
            or ((guest_pdptr1 >> 5) & 0xF) != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or guest_pdptr1 >> caps_maxphyaddr != 0
        )
    ):
        if (
            guest_cr0 is not None
            and guest_cr0 & 0x80000000 != 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and guest_pdptr1 is not None
            and (guest_pdptr1 & 0x1) == 1
            and (
                (guest_pdptr1 is not None and ((guest_pdptr1 >> 1) & 0x3) != 0)
                or (guest_pdptr1 is not None and ((guest_pdptr1 >> 5) & 0xF) != 0)
                or (
                    guest_pdptr1 is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and guest_pdptr1 >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("guest-pdpte1-reserved")
        else:
            undecided.append("guest-pdpte1-reserved")
    # guest-pdpte2-reserved (SDM 26.3.1.6)
    if (
        guest_cr0 is not None
        and guest_cr4 is not None
        and vm_entry_controls is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_pdptr2 is not None
    ):
        if (
            guest_cr0 & 0x80000000 != 0
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (guest_pdptr2 & 0x1) == 1
            and (
                ((guest_pdptr2 >> 1) & 0x3) != 0
                or ((guest_pdptr2 >> 5) & 0xF) != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or guest_pdptr2 >> caps_maxphyaddr != 0
            )
        ):
            if (
                guest_cr0 & 0x80000000 != 0
                and guest_cr4 & 0x20 != 0
                and vm_entry_controls & 0x200 == 0
                and cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2 != 0
                and (guest_pdptr2 & 0x1) == 1
                and (
                    ((guest_pdptr2 >> 1) & 0x3) != 0
                    or ((guest_pdptr2 >> 5) & 0xF) != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and guest_pdptr2 >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("guest-pdpte2-reserved")
            else:
                undecided.append("guest-pdpte2-reserved")
    elif (
        (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (guest_cr4 is None or guest_cr4 & 0x20 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (guest_pdptr2 is None or (guest_pdptr2 & 0x1) == 1)
        and (
            guest_pdptr2 is None
            or ((guest_pdptr2 >> 1) & 0x3) != 0
            or ((guest_pdptr2 >> 5) & 0xF) != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or guest_pdptr2 >> caps_maxphyaddr != 0
        )
    ):
        if (
            guest_cr0 is not None
            and guest_cr0 & 0x80000000 != 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and guest_pdptr2 is not None
            and (guest_pdptr2 & 0x1) == 1
            and (
                (guest_pdptr2 is not None and ((guest_pdptr2 >> 1) & 0x3) != 0)
                or (guest_pdptr2 is not None and ((guest_pdptr2 >> 5) & 0xF) != 0)
                or (
                    guest_pdptr2 is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and guest_pdptr2 >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("guest-pdpte2-reserved")
        else:
            undecided.append("guest-pdpte2-reserved")
    # guest-pdpte3-reserved (SDM 26.3.1.6)
    if (
        guest_cr0 is not None
        and guest_cr4 is not None
        and vm_entry_controls is not None
        and cpu_based_vm_exec_control is not None
        and secondary_vm_exec_control is not None
        and guest_pdptr3 is not None
    ):
        if (
            guest_cr0 & 0x80000000 != 0
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control & 0x2 != 0
            and (guest_pdptr3 & 0x1) == 1
            and (
                ((guest_pdptr3 >> 1) & 0x3) != 0
                or ((guest_pdptr3 >> 5) & 0xF) != 0
                or caps_maxphyaddr == 0
                or caps_maxphyaddr > 64
                or guest_pdptr3 >> caps_maxphyaddr != 0
            )
        ):
            if (
                guest_cr0 & 0x80000000 != 0
                and guest_cr4 & 0x20 != 0
                and vm_entry_controls & 0x200 == 0
                and cpu_based_vm_exec_control & 0x80000000 != 0
                and secondary_vm_exec_control & 0x2 != 0
                and (guest_pdptr3 & 0x1) == 1
                and (
                    ((guest_pdptr3 >> 1) & 0x3) != 0
                    or ((guest_pdptr3 >> 5) & 0xF) != 0
                    or (
                        caps_maxphyaddr > 0
                        and caps_maxphyaddr < 65
                        and guest_pdptr3 >> caps_maxphyaddr != 0
                    )
                )
            ):
                failed.append("guest-pdpte3-reserved")
            else:
                undecided.append("guest-pdpte3-reserved")
    elif (
        (guest_cr0 is None or guest_cr0 & 0x80000000 != 0)
        and (guest_cr4 is None or guest_cr4 & 0x20 != 0)
        and (vm_entry_controls is None or vm_entry_controls & 0x200 == 0)
        and (cpu_based_vm_exec_control is None or cpu_based_vm_exec_control & 0x80000000 != 0)
        and (secondary_vm_exec_control is None or secondary_vm_exec_control & 0x2 != 0)
        and (guest_pdptr3 is None or (guest_pdptr3 & 0x1) == 1)
        and (
            guest_pdptr3 is None
            or ((guest_pdptr3 >> 1) & 0x3) != 0
            or ((guest_pdptr3 >> 5) & 0xF) != 0
            or caps_maxphyaddr == 0
            or caps_maxphyaddr > 64
            or guest_pdptr3 >> caps_maxphyaddr != 0
        )
    ):
        if (
            guest_cr0 is not None
            and guest_cr0 & 0x80000000 != 0
            and guest_cr4 is not None
            and guest_cr4 & 0x20 != 0
            and vm_entry_controls is not None
            and vm_entry_controls & 0x200 == 0
            and cpu_based_vm_exec_control is not None
            and cpu_based_vm_exec_control & 0x80000000 != 0
            and secondary_vm_exec_control is not None
            and secondary_vm_exec_control & 0x2 != 0
            and guest_pdptr3 is not None
            and (guest_pdptr3 & 0x1) == 1
            and (
                (guest_pdptr3 is not None and ((guest_pdptr3 >> 1) & 0x3) != 0)
                or (guest_pdptr3 is not None and ((guest_pdptr3 >> 5) & 0xF) != 0)
                or (
                    guest_pdptr3 is not None
                    and caps_maxphyaddr > 0
                    and caps_maxphyaddr < 65
                    and guest_pdptr3 >> caps_maxphyaddr != 0
                )
            )
        ):
            failed.append("guest-pdpte3-reserved")
        else:
            undecided.append("guest-pdpte3-reserved")
    return CheckResult(failed, undecided)


CHECKS = (
    Check(
        "vmx-not-in-guest-cpuid",
        "the state is in VMX operation but the destination's guest CPUID has no VMX",
        "23.6 (discovering support for VMX: CPUID.1:ECX.VMX, bit 5)",
        "vmx_set_nested_state: vmxon_pa != INVALID_GPA && !nested_vmx_allowed(vcpu)",
        "kvm",
    ),
    Check(
        "vmxon-pa-beyond-maxphyaddr",
        "vmxon_pa has bits at or above the destination's MAXPHYADDR",
        "30.3 (VMXON: the VMXON pointer must not set bits beyond the physical-address width)",
        "vmx_set_nested_state: !page_address_valid(vcpu, kvm_state->hdr.vmx.vmxon_pa)",
        "kvm",
    ),
    Check(
        "vmcs12-pa-beyond-maxphyaddr",
        "vmcs12_pa has bits at or above the destination's MAXPHYADDR",
        "30.3 (VMPTRLD: the operand must not set bits beyond the physical-address width)",
        "vmx_set_nested_state: vmcs12_pa != INVALID_GPA && !page_address_valid(vcpu, vmcs12_pa)",
        "kvm",
    ),
    Check(
        "evmcs-not-enabled",
        "the state uses an enlightened VMCS, which the destination vCPU must have enabled",
        "none (Hyper-V TLFS enlightened VMCS)",
        "vmx_set_nested_state: (flags & KVM_STATE_NESTED_EVMCS) && !vmx->nested.enlightened_vmcs_enabled",
        "kvm",
    ),
    Check(
        "pin-controls-not-allowed",
        "PIN_BASED_VM_EXEC_CONTROL sets a control the destination does not allow",
        "26.2.1.1",
        "nested_check_vm_execution_controls: vmx_control_verify(pin_based_vm_exec_control, pinbased_ctls_low, pinbased_ctls_high)",
        "kvm",
    ),
    Check(
        "pin-controls-required-missing",
        "PIN_BASED_VM_EXEC_CONTROL clears a control the destination requires",
        "26.2.1.1",
        "nested_check_vm_execution_controls: vmx_control_verify(pin_based_vm_exec_control, pinbased_ctls_low, pinbased_ctls_high)",
        "kvm",
    ),
    Check(
        "proc-controls-not-allowed",
        "CPU_BASED_VM_EXEC_CONTROL sets a control the destination does not allow",
        "26.2.1.1",
        "nested_check_vm_execution_controls: vmx_control_verify(cpu_based_vm_exec_control, procbased_ctls_low, procbased_ctls_high)",
        "kvm",
    ),
    Check(
        "proc-controls-required-missing",
        "CPU_BASED_VM_EXEC_CONTROL clears a control the destination requires",
        "26.2.1.1",
        "nested_check_vm_execution_controls: vmx_control_verify(cpu_based_vm_exec_control, procbased_ctls_low, procbased_ctls_high)",
        "kvm",
    ),
    Check(
        "proc2-controls-not-allowed",
        "SECONDARY_VM_EXEC_CONTROL sets a control the destination does not allow",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has(CPU_BASED_ACTIVATE_SECONDARY_CONTROLS) && !vmx_control_verify(secondary_vm_exec_control, secondary_ctls_low, secondary_ctls_high)",
        "kvm",
    ),
    Check(
        "proc2-controls-required-missing",
        "SECONDARY_VM_EXEC_CONTROL clears a control the destination requires",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has(CPU_BASED_ACTIVATE_SECONDARY_CONTROLS) && !vmx_control_verify(secondary_vm_exec_control, secondary_ctls_low, secondary_ctls_high)",
        "kvm",
    ),
    Check(
        "cr3-target-count-too-high",
        "CR3_TARGET_COUNT is above the number of CR3-target values the destination supports (IA32_VMX_MISC bits 24:16)",
        "26.2.1.1",
        "nested_check_vm_execution_controls: vmcs12->cr3_target_count > nested_cpu_vmx_misc_cr3_count(vcpu)",
        "kvm",
    ),
    Check(
        "io-bitmap-a-address-invalid",
        "with I/O bitmaps, IO_BITMAP_A is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_io_bitmap_controls: nested_cpu_has(CPU_BASED_USE_IO_BITMAPS) && !page_address_valid(vcpu, io_bitmap_a)",
        "kvm",
    ),
    Check(
        "io-bitmap-b-address-invalid",
        "with I/O bitmaps, IO_BITMAP_B is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_io_bitmap_controls: nested_cpu_has(CPU_BASED_USE_IO_BITMAPS) && !page_address_valid(vcpu, io_bitmap_b)",
        "kvm",
    ),
    Check(
        "msr-bitmap-address-invalid",
        "with MSR bitmaps, MSR_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_msr_bitmap_controls: nested_cpu_has(CPU_BASED_USE_MSR_BITMAPS) && !page_address_valid(vcpu, msr_bitmap)",
        "kvm",
    ),
    Check(
        "virtual-apic-address-invalid",
        "with the TPR shadow, VIRTUAL_APIC_PAGE_ADDR is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_tpr_shadow_controls: nested_cpu_has(CPU_BASED_TPR_SHADOW) && !page_address_valid(vcpu, virtual_apic_page_addr)",
        "kvm",
    ),
    Check(
        "apic-access-address-invalid",
        "with virtualized APIC accesses, APIC_ACCESS_ADDR is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_apic_access_controls: nested_cpu_has2(SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES) && !page_address_valid(vcpu, apic_access_addr)",
        "kvm",
    ),
    Check(
        "x2apic-mode-with-apic-accesses",
        "virtualize x2APIC mode and virtualize APIC accesses are both set",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_virt_x2apic_mode(vmcs12) && nested_cpu_has2(vmcs12, SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES)",
        "kvm",
    ),
    Check(
        "virtual-interrupt-delivery-without-interrupt-exiting",
        "virtual-interrupt delivery is set but external-interrupt exiting is clear",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_vid(vmcs12) && !nested_exit_on_intr(vcpu)",
        "kvm",
    ),
    Check(
        "posted-interrupts-without-virtual-interrupt-delivery",
        "process posted interrupts is set but virtual-interrupt delivery is not in use",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_posted_intr(vmcs12) && !nested_cpu_has_vid(vmcs12)",
        "kvm",
    ),
    Check(
        "posted-interrupts-without-interrupt-acknowledge",
        "process posted interrupts is set but the acknowledge interrupt on exit VM-exit control is clear",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_posted_intr(vmcs12) && !nested_exit_intr_ack_set(vcpu)",
        "kvm",
    ),
    Check(
        "posted-interrupt-vector-invalid",
        "with posted interrupts, POSTED_INTR_NV has a bit set in 15:8 (the vector is 0-255)",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_posted_intr(vmcs12) && (posted_intr_nv & 0xff00)",
        "kvm",
    ),
    Check(
        "posted-interrupt-descriptor-address-invalid",
        "with posted interrupts, POSTED_INTR_DESC_ADDR is not 64-byte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: nested_cpu_has_posted_intr(vmcs12) && !kvm_vcpu_is_legal_aligned_gpa(vcpu, posted_intr_desc_addr, 64)",
        "kvm",
    ),
    Check(
        "apic-virtualization-without-tpr-shadow",
        "virtualize x2APIC mode, APIC-register virtualization, virtual-interrupt delivery or posted interrupts is set but use TPR shadow is clear",
        "26.2.1.1",
        "nested_vmx_check_apicv_controls: (virt_x2apic_mode || apic_reg_virt || vid || posted_intr) && !nested_cpu_has(vmcs12, CPU_BASED_TPR_SHADOW)",
        "kvm",
    ),
    Check(
        "virtual-nmis-without-nmi-exiting",
        "virtual NMIs is set but NMI exiting is clear",
        "26.2.1.1",
        "nested_vmx_check_nmi_controls: !nested_cpu_has_nmi_exiting(vmcs12) && nested_cpu_has_virtual_nmis(vmcs12)",
        "kvm",
    ),
    Check(
        "nmi-window-exiting-without-virtual-nmis",
        "NMI-window exiting is set but virtual NMIs is clear",
        "26.2.1.1",
        "nested_vmx_check_nmi_controls: !nested_cpu_has_virtual_nmis(vmcs12) && nested_cpu_has(vmcs12, CPU_BASED_NMI_WINDOW_EXITING)",
        "kvm",
    ),
    Check(
        "pml-without-ept",
        "enable PML is set but enable EPT is clear",
        "26.2.1.1",
        "nested_vmx_check_pml_controls: nested_cpu_has_pml(vmcs12) && !nested_cpu_has_ept(vmcs12)",
        "kvm",
    ),
    Check(
        "pml-address-invalid",
        "with PML, PML_ADDRESS is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_pml_controls: nested_cpu_has_pml(vmcs12) && !page_address_valid(vcpu, pml_address)",
        "kvm",
    ),
    Check(
        "unrestricted-guest-without-ept",
        "unrestricted guest is set but enable EPT is clear",
        "26.2.1.1",
        "nested_vmx_check_unrestricted_guest_controls: nested_cpu_has2(SECONDARY_EXEC_UNRESTRICTED_GUEST) && !nested_cpu_has_ept(vmcs12)",
        "kvm",
    ),
    Check(
        "mode-based-ept-exec-without-ept",
        "mode-based execute control for EPT is set but enable EPT is clear",
        "26.2.1.1",
        "nested_vmx_check_mode_based_ept_exec_controls: nested_cpu_has2(SECONDARY_EXEC_MODE_BASED_EPT_EXEC) && !nested_cpu_has_ept(vmcs12)",
        "kvm",
    ),
    Check(
        "vmread-bitmap-address-invalid",
        "with VMCS shadowing, VMREAD_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_shadow_vmcs_controls: nested_cpu_has_shadow_vmcs(vmcs12) && !page_address_valid(vcpu, vmread_bitmap)",
        "kvm",
    ),
    Check(
        "vmwrite-bitmap-address-invalid",
        "with VMCS shadowing, VMWRITE_BITMAP is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_shadow_vmcs_controls: nested_cpu_has_shadow_vmcs(vmcs12) && !page_address_valid(vcpu, vmwrite_bitmap)",
        "kvm",
    ),
    Check(
        "vpid-zero",
        "enable VPID is set but VIRTUAL_PROCESSOR_ID is 0 (the VPID of VMX root operation)",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has_vpid(vmcs12) && !vmcs12->virtual_processor_id",
        "kvm",
    ),
    Check(
        "save-preemption-timer-without-preemption-timer",
        "the save VMX-preemption timer value VM-exit control is set but activate VMX-preemption timer is clear",
        "26.2.1.2",
        "nested_check_vm_execution_controls: !nested_cpu_has_preemption_timer(vmcs12) && nested_cpu_has_save_preemption_timer(vmcs12)",
        "kvm",
    ),
    Check(
        "eptp-memory-type-invalid",
        "EPT_POINTER bits 2:0 (EPT paging-structure memory type) are neither 0 (UC) nor 6 (WB)",
        "26.2.1.1",
        "nested_vmx_check_eptp: switch (new_eptp & VMX_EPTP_MT_MASK) default: return false",
        "kvm",
    ),
    Check(
        "eptp-memory-type-uc-unsupported",
        "EPT_POINTER selects the uncacheable memory type, which IA32_VMX_EPT_VPID_CAP does not offer (bit 8)",
        "26.2.1.1",
        "nested_vmx_check_eptp: case VMX_EPTP_MT_UC: !(ept_caps & VMX_EPTP_UC_BIT)",
        "kvm",
    ),
    Check(
        "eptp-memory-type-wb-unsupported",
        "EPT_POINTER selects the write-back memory type, which IA32_VMX_EPT_VPID_CAP does not offer (bit 14)",
        "26.2.1.1",
        "nested_vmx_check_eptp: case VMX_EPTP_MT_WB: !(ept_caps & VMX_EPTP_WB_BIT)",
        "kvm",
    ),
    Check(
        "eptp-walk-length-invalid",
        "EPT_POINTER bits 5:3 (page-walk length minus 1) are neither 3 (4 levels) nor 4 (5 levels)",
        "26.2.1.1",
        "nested_vmx_check_eptp: switch (new_eptp & VMX_EPTP_PWL_MASK) default: return false",
        "kvm",
    ),
    Check(
        "eptp-walk-length-4-unsupported",
        "EPT_POINTER selects a 4-level EPT walk, which IA32_VMX_EPT_VPID_CAP does not offer (bit 6)",
        "26.2.1.1",
        "nested_vmx_check_eptp: case VMX_EPTP_PWL_4: !(ept_caps & VMX_EPT_PAGE_WALK_4_BIT)",
        "kvm",
    ),
    Check(
        "eptp-walk-length-5-unsupported",
        "EPT_POINTER selects a 5-level EPT walk, which IA32_VMX_EPT_VPID_CAP does not offer (bit 7)",
        "26.2.1.1",
        "nested_vmx_check_eptp: case VMX_EPTP_PWL_5: !(ept_caps & VMX_EPT_PAGE_WALK_5_BIT)",
        "kvm",
    ),
    Check(
        "eptp-reserved-bits",
        "EPT_POINTER has a reserved bit set in 11:7",
        "26.2.1.1",
        "nested_vmx_check_eptp: (new_eptp >> 7) & 0x1f",
        "kvm",
    ),
    Check(
        "eptp-beyond-maxphyaddr",
        "EPT_POINTER has a bit set at or above MAXPHYADDR",
        "26.2.1.1",
        "nested_vmx_check_eptp: !kvm_vcpu_is_legal_gpa(vcpu, new_eptp)",
        "kvm",
    ),
    Check(
        "eptp-accessed-dirty-unsupported",
        "EPT_POINTER enables EPT accessed and dirty flags (bit 6), which IA32_VMX_EPT_VPID_CAP does not offer (bit 21)",
        "26.2.1.1",
        "nested_vmx_check_eptp: (new_eptp & VMX_EPTP_AD_ENABLE_BIT) && !(ept_caps & VMX_EPT_AD_BIT)",
        "kvm",
    ),
    Check(
        "vmfunc-controls-not-allowed",
        "VM_FUNCTION_CONTROL enables a VM function IA32_VMX_VMFUNC does not offer",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has_vmfunc(vmcs12) && (vm_function_control & ~vmfunc_controls)",
        "kvm",
    ),
    Check(
        "eptp-switching-without-ept",
        "the EPTP-switching VM function is enabled but enable EPT is clear",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has_eptp_switching(vmcs12) && !nested_cpu_has_ept(vmcs12)",
        "kvm",
    ),
    Check(
        "eptp-list-address-invalid",
        "with EPTP switching, EPTP_LIST_ADDRESS is not 4-KByte aligned or lies beyond MAXPHYADDR",
        "26.2.1.1",
        "nested_check_vm_execution_controls: nested_cpu_has_eptp_switching(vmcs12) && !page_address_valid(vcpu, eptp_list_address)",
        "kvm",
    ),
    Check(
        "exit-controls-not-allowed",
        "VM_EXIT_CONTROLS sets a control the destination does not allow",
        "26.2.1.2",
        "nested_check_vm_exit_controls: vmx_control_verify(vm_exit_controls, exit_ctls_low, exit_ctls_high)",
        "kvm",
    ),
    Check(
        "exit-controls-required-missing",
        "VM_EXIT_CONTROLS clears a control the destination requires",
        "26.2.1.2",
        "nested_check_vm_exit_controls: vmx_control_verify(vm_exit_controls, exit_ctls_low, exit_ctls_high)",
        "kvm",
    ),
    Check(
        "exit-msr-load-address-invalid",
        "VM_EXIT_MSR_LOAD_COUNT is not 0 and VM_EXIT_MSR_LOAD_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
        "26.2.1.2",
        "nested_vmx_check_msr_switch(vm_exit_msr_load_count, vm_exit_msr_load_addr): !kvm_vcpu_is_legal_aligned_gpa(vcpu, addr, 16)",
        "kvm",
    ),
    Check(
        "exit-msr-load-area-end-invalid",
        "the last byte of the VM-exit MSR-load area (VM_EXIT_MSR_LOAD_ADDR + 16 * VM_EXIT_MSR_LOAD_COUNT - 1) lies beyond MAXPHYADDR",
        "26.2.1.2",
        "nested_vmx_check_msr_switch(vm_exit_msr_load_count, vm_exit_msr_load_addr): !kvm_vcpu_is_legal_gpa(vcpu, addr + count * sizeof(struct vmx_msr_entry) - 1)",
        "kvm",
    ),
    Check(
        "exit-msr-store-address-invalid",
        "VM_EXIT_MSR_STORE_COUNT is not 0 and VM_EXIT_MSR_STORE_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
        "26.2.1.2",
        "nested_vmx_check_msr_switch(vm_exit_msr_store_count, vm_exit_msr_store_addr): !kvm_vcpu_is_legal_aligned_gpa(vcpu, addr, 16)",
        "kvm",
    ),
    Check(
        "exit-msr-store-area-end-invalid",
        "the last byte of the VM-exit MSR-store area (VM_EXIT_MSR_STORE_ADDR + 16 * VM_EXIT_MSR_STORE_COUNT - 1) lies beyond MAXPHYADDR",
        "26.2.1.2",
        "nested_vmx_check_msr_switch(vm_exit_msr_store_count, vm_exit_msr_store_addr): !kvm_vcpu_is_legal_gpa(vcpu, addr + count * sizeof(struct vmx_msr_entry) - 1)",
        "kvm",
    ),
    Check(
        "entry-controls-not-allowed",
        "VM_ENTRY_CONTROLS sets a control the destination does not allow",
        "26.2.1.3",
        "nested_check_vm_entry_controls: vmx_control_verify(vm_entry_controls, entry_ctls_low, entry_ctls_high)",
        "kvm",
    ),
    Check(
        "entry-controls-required-missing",
        "VM_ENTRY_CONTROLS clears a control the destination requires",
        "26.2.1.3",
        "nested_check_vm_entry_controls: vmx_control_verify(vm_entry_controls, entry_ctls_low, entry_ctls_high)",
        "kvm",
    ),
    Check(
        "injection-type-reserved",
        "the injected event has the reserved interruption type 1",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type == INTR_TYPE_RESERVED",
        "kvm",
    ),
    Check(
        "injection-other-event-without-mtf",
        "the injected event has interruption type 7 (other event) but the destination does not offer the monitor trap flag",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type == INTR_TYPE_OTHER_EVENT && !nested_cpu_supports_monitor_trap_flag(vcpu)",
        "kvm",
    ),
    Check(
        "injection-nmi-vector",
        "the injected NMI (interruption type 2) does not have vector 2",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type == INTR_TYPE_NMI_INTR && vector != NMI_VECTOR",
        "kvm",
    ),
    Check(
        "injection-exception-vector",
        "the injected hardware exception (interruption type 3) has a vector above 31",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type == INTR_TYPE_HARD_EXCEPTION && vector > 31",
        "kvm",
    ),
    Check(
        "injection-other-event-vector",
        "the injected other event (interruption type 7) does not have vector 0 (pending MTF VM exit)",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type == INTR_TYPE_OTHER_EVENT && vector != 0",
        "kvm",
    ),
    Check(
        "injection-error-code-unexpected",
        "the injected event delivers an error code, but it is not a hardware exception with an error code (#DF,",
        "26.2.1.3",
        "nested_check_vm_entry_controls: has_error_code != (intr_type == INTR_TYPE_HARD_EXCEPTION && prot_mode && x86_exception_has_error_code(vector)), has_error_code set; prot_mode = !urg || guest_cr0 & X86_CR0_PE",
        "kvm",
    ),
    Check(
        "injection-error-code-missing",
        "the injected hardware exception into protected mode is one that has an error code (#DF,",
        "26.2.1.3",
        "nested_check_vm_entry_controls: has_error_code != (intr_type == INTR_TYPE_HARD_EXCEPTION && prot_mode && x86_exception_has_error_code(vector)), has_error_code clear; prot_mode = !urg || guest_cr0 & X86_CR0_PE",
        "kvm",
    ),
    Check(
        "injection-error-code-reserved-bits",
        "the injected event delivers an error code with a bit set in 31:16 of VM_ENTRY_EXCEPTION_ERROR_CODE",
        "26.2.1.3",
        "nested_check_vm_entry_controls: has_error_code && vm_entry_exception_error_code & GENMASK(31, 16)",
        "kvm",
    ),
    Check(
        "injection-reserved-bits",
        "VM_ENTRY_INTR_INFO_FIELD has a reserved bit set in 30:12",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_info & INTR_INFO_RESVD_BITS_MASK",
        "kvm",
    ),
    Check(
        "injection-instruction-length-too-long",
        "the injected software interrupt or exception has a VM_ENTRY_INSTRUCTION_LEN above 15",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type is SOFT_EXCEPTION, SOFT_INTR or PRIV_SW_EXCEPTION && vm_entry_instruction_len > 15",
        "kvm",
    ),
    Check(
        "injection-instruction-length-zero",
        "the injected software interrupt or exception has a VM_ENTRY_INSTRUCTION_LEN of 0, which the destination does not allow (IA32_VMX_MISC bit 30)",
        "26.2.1.3",
        "nested_check_vm_entry_controls: intr_type is SOFT_EXCEPTION, SOFT_INTR or PRIV_SW_EXCEPTION && vm_entry_instruction_len == 0 && !nested_cpu_has_zero_length_injection(vcpu)",
        "kvm",
    ),
    Check(
        "entry-msr-load-address-invalid",
        "VM_ENTRY_MSR_LOAD_COUNT is not 0 and VM_ENTRY_MSR_LOAD_ADDR is not 16-byte aligned or lies beyond MAXPHYADDR",
        "26.2.1.3",
        "nested_vmx_check_msr_switch(vm_entry_msr_load_count, vm_entry_msr_load_addr): !kvm_vcpu_is_legal_aligned_gpa(vcpu, addr, 16)",
        "kvm",
    ),
    Check(
        "entry-msr-load-area-end-invalid",
        "the last byte of the VM-entry MSR-load area (VM_ENTRY_MSR_LOAD_ADDR + 16 * VM_ENTRY_MSR_LOAD_COUNT - 1) lies beyond MAXPHYADDR",
        "26.2.1.3",
        "nested_vmx_check_msr_switch(vm_entry_msr_load_count, vm_entry_msr_load_addr): !kvm_vcpu_is_legal_gpa(vcpu, addr + count * sizeof(struct vmx_msr_entry) - 1)",
        "kvm",
    ),
    Check(
        "evmcs-pin-controls-unsupported",
        "PIN_BASED_VM_EXEC_CONTROL sets posted interrupts or the VMX-preemption timer, which the enlightened VMCS cannot hold",
        "26.2.1.1",
        "nested_evmcs_check_controls: pin_based_vm_exec_control & EVMCS1_UNSUPPORTED_PINCTRL",
        "kvm",
    ),
    Check(
        "evmcs-secondary-controls-unsupported",
        "SECONDARY_VM_EXEC_CONTROL sets a control the enlightened VMCS cannot hold (APIC virtualization, PML, VM functions, VMCS shadowing, TSC scaling, PAUSE-loop exiting)",
        "26.2.1.1",
        "nested_evmcs_check_controls: secondary_vm_exec_control & EVMCS1_UNSUPPORTED_2NDEXEC",
        "kvm",
    ),
    Check(
        "evmcs-exit-controls-unsupported",
        "VM_EXIT_CONTROLS sets save VMX-preemption timer value, which the enlightened VMCS cannot hold",
        "26.2.1.2",
        "nested_evmcs_check_controls: vm_exit_controls & EVMCS1_UNSUPPORTED_VMEXIT_CTRL",
        "kvm",
    ),
    Check(
        "evmcs-vmfunc-high-bits",
        "VM_FUNCTION_CONTROL has a bit set in 63:32, which KVM's enlightened VMCS check refuses",
        "26.2.1.1",
        "nested_evmcs_check_controls: WARN_ON_ONCE(vm_function_control >> 32)",
        "kvm",
    ),
    Check(
        "evmcs-vmfunc-unsupported",
        "VM_FUNCTION_CONTROL enables EPTP switching, which the enlightened VMCS cannot hold",
        "26.2.1.1",
        "nested_evmcs_check_controls: vm_function_control & EVMCS1_UNSUPPORTED_VMFUNC",
        "kvm",
    ),
    Check(
        "tpr-threshold-reserved-bits",
        "with the TPR shadow and without virtual-interrupt delivery, TPR_THRESHOLD has a bit set in 31:4",
        "26.2.1.1",
        "prepare_vmcs02_early: vmcs_write32(TPR_THRESHOLD, vmcs12->tpr_threshold) when exec_control & CPU_BASED_TPR_SHADOW; no check of its own",
        "cpu",
    ),
    Check(
        "tpr-threshold-above-vtpr",
        "with the TPR shadow and neither virtual-interrupt delivery nor virtualized APIC accesses, TPR_THRESHOLD bits 3:0 may exceed bits 7:4 of the virtual TPR",
        "26.2.1.1",
        "prepare_vmcs02_early: vmcs_write32(TPR_THRESHOLD, vmcs12->tpr_threshold) when exec_control & CPU_BASED_TPR_SHADOW; no check of its own",
        "cpu",
    ),
    Check(
        "host-cr0-fixed-bits",
        "HOST_CR0 clears a bit IA32_VMX_CR0_FIXED0 requires or sets one IA32_VMX_CR0_FIXED1 forbids",
        "26.2.2",
        "nested_vmx_check_host_state: !nested_host_cr0_valid(vcpu, host_cr0)",
        "kvm",
    ),
    Check(
        "host-cr4-invalid",
        "HOST_CR4 breaks IA32_VMX_CR4_FIXED0/FIXED1 or sets a bit reserved for L1",
        "26.2.2",
        "nested_vmx_check_host_state: !nested_host_cr4_valid(vcpu, host_cr4) (fixed bits, then __kvm_is_valid_cr4)",
        "kvm",
    ),
    Check(
        "host-cr4-cet-reserved",
        "HOST_CR4 sets CET, a bit reserved for L1 before nested CET",
        "26.2.2",
        "nested_vmx_check_host_state: !nested_host_cr4_valid(): X86_CR4_CET is in CR4_RESERVED_BITS",
        "kvm",
    ),
    Check(
        "host-cr3-beyond-maxphyaddr",
        "HOST_CR3 sets bits beyond L1's MAXPHYADDR",
        "26.2.2",
        "nested_vmx_check_host_state: kvm_vcpu_is_illegal_gpa(vcpu, host_cr3) (6.1); !kvm_vcpu_is_legal_cr3() upstream",
        "kvm",
    ),
    Check(
        "host-cr4-cet-without-wp",
        "HOST_CR4 sets CET while HOST_CR0 clears WP",
        "26.2.2",
        "nested_vmx_check_host_state: host_cr4 & X86_CR4_CET && !(host_cr0 & X86_CR0_WP) (upstream, gregkh/linux 0e729a536892)",
        "kvm",
    ),
    Check(
        "host-sysenter-esp-not-canonical",
        "HOST_IA32_SYSENTER_ESP is not a canonical address",
        "26.2.2",
        "nested_vmx_check_host_state: is_noncanonical_address(host_ia32_sysenter_esp)",
        "kvm",
    ),
    Check(
        "host-sysenter-eip-not-canonical",
        "HOST_IA32_SYSENTER_EIP is not a canonical address",
        "26.2.2",
        "nested_vmx_check_host_state: is_noncanonical_address(host_ia32_sysenter_eip)",
        "kvm",
    ),
    Check(
        "host-pat-invalid",
        "HOST_IA32_PAT has an entry that is not a valid memory type (0, 1, 4, 5, 6 or 7) while VM exit loads it",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_IA32_PAT && !kvm_pat_valid(host_ia32_pat)",
        "kvm",
    ),
    Check(
        "host-perf-global-ctrl-reserved",
        "HOST_IA32_PERF_GLOBAL_CTRL may enable counters L1's PMU does not have, while VM exit loads it",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL && !kvm_valid_perf_global_ctrl(pmu, host_ia32_perf_global_ctrl)",
        "kvm",
    ),
    Check(
        "host-64bit-without-pae",
        "VM exit returns to a 64-bit host but HOST_CR4 clears PAE",
        "26.2.2",
        "nested_vmx_check_host_state: ia32e && !(host_cr4 & X86_CR4_PAE)",
        "kvm",
    ),
    Check(
        "host-32bit-with-ia32e-guest",
        "VM exit returns to a 32-bit host but the guest enters IA-32e mode",
        "26.2.4",
        "nested_vmx_check_host_state: !ia32e && (vm_entry_controls & VM_ENTRY_IA32E_MODE)",
        "kvm",
    ),
    Check(
        "host-32bit-with-pcide",
        "VM exit returns to a 32-bit host but HOST_CR4 sets PCIDE",
        "26.2.4",
        "nested_vmx_check_host_state: !ia32e && (host_cr4 & X86_CR4_PCIDE)",
        "kvm",
    ),
    Check(
        "host-32bit-rip-above-4g",
        "VM exit returns to a 32-bit host but HOST_RIP has bits above bit 31",
        "26.2.4",
        "nested_vmx_check_host_state: !ia32e && (host_rip >> 32)",
        "kvm",
    ),
    Check(
        "host-cs-selector-rpl-ti",
        "HOST_CS_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_cs_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-ss-selector-rpl-ti",
        "HOST_SS_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_ss_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-ds-selector-rpl-ti",
        "HOST_DS_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_ds_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-es-selector-rpl-ti",
        "HOST_ES_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_es_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-fs-selector-rpl-ti",
        "HOST_FS_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_fs_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-gs-selector-rpl-ti",
        "HOST_GS_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_gs_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-tr-selector-rpl-ti",
        "HOST_TR_SELECTOR has a nonzero RPL or the TI flag set",
        "26.2.3",
        "nested_vmx_check_host_state: host_tr_selector & (SEGMENT_RPL_MASK | SEGMENT_TI_MASK)",
        "kvm",
    ),
    Check(
        "host-cs-selector-null",
        "HOST_CS_SELECTOR is 0",
        "26.2.3",
        "nested_vmx_check_host_state: host_cs_selector == 0",
        "kvm",
    ),
    Check(
        "host-tr-selector-null",
        "HOST_TR_SELECTOR is 0",
        "26.2.3",
        "nested_vmx_check_host_state: host_tr_selector == 0",
        "kvm",
    ),
    Check(
        "host-ss-selector-null-32bit",
        "HOST_SS_SELECTOR is 0 while VM exit returns to a 32-bit host",
        "26.2.3",
        "nested_vmx_check_host_state: host_ss_selector == 0 && !ia32e",
        "kvm",
    ),
    Check(
        "host-fs-base-not-canonical",
        "HOST_FS_BASE is not a canonical address",
        "26.2.3",
        "nested_vmx_check_host_state: is_noncanonical_address(host_fs_base) (is_noncanonical_base_address upstream)",
        "kvm",
    ),
    Check(
        "host-gs-base-not-canonical",
        "HOST_GS_BASE is not a canonical address",
        "26.2.3",
        "nested_vmx_check_host_state: is_noncanonical_address(host_gs_base) (is_noncanonical_base_address upstream)",
        "kvm",
    ),
    Check(
        "host-gdtr-base-not-canonical",
        "HOST_GDTR_BASE is not a canonical address",
        "26.2.3",
        "nested_vmx_check_host_state: is_noncanonical_address(host_gdtr_base) (is_noncanonical_base_address upstream)",
        "kvm",
    ),
    Check(
        "host-idtr-base-not-canonical",
        "HOST_IDTR_BASE is not a canonical address",
        "26.2.3",
        "nested_vmx_check_host_state: is_noncanonical_address(host_idtr_base) (is_noncanonical_base_address upstream)",
        "kvm",
    ),
    Check(
        "host-tr-base-not-canonical",
        "HOST_TR_BASE is not a canonical address",
        "26.2.3",
        "nested_vmx_check_host_state: is_noncanonical_address(host_tr_base) (is_noncanonical_base_address upstream)",
        "kvm",
    ),
    Check(
        "host-rip-not-canonical",
        "HOST_RIP is not canonical for the paging mode HOST_CR4 gives L1 after VM exit",
        "26.2.3",
        "nested_vmx_check_host_state: is_l1_noncanonical_address_on_vmexit(host_rip, vmcs12) (upstream; 6.1: is_noncanonical_address(host_rip, vcpu))",
        "kvm",
    ),
    Check(
        "host-efer-invalid",
        "HOST_IA32_EFER sets a reserved bit or a feature L1's CPUID lacks, while VM exit loads it",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_IA32_EFER && !kvm_valid_efer(vcpu, host_ia32_efer)",
        "kvm",
    ),
    Check(
        "host-efer-lma-mismatch",
        "HOST_IA32_EFER.LMA differs from the host address-space size control, while VM exit loads it",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_IA32_EFER && ia32e != !!(host_ia32_efer & EFER_LMA)",
        "kvm",
    ),
    Check(
        "host-efer-lme-mismatch",
        "HOST_IA32_EFER.LME differs from the host address-space size control, while VM exit loads it",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_IA32_EFER && ia32e != !!(host_ia32_efer & EFER_LME)",
        "kvm",
    ),
    Check(
        "host-cet-state-invalid",
        "the host CET state VM exit loads is invalid (HOST_S_CET reserved or unsupported bits, SSP not 4-byte aligned, or SSP table address not canonical)",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_CET_STATE && !is_valid_cet_state(vcpu, host_s_cet, host_ssp, host_ssp_tbl)",
        "kvm",
    ),
    Check(
        "host-cet-64bit-not-canonical",
        "HOST_S_CET or HOST_SSP is not canonical while VM exit loads CET state into a 64-bit host",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_CET_STATE && ia32e && is_noncanonical_msr_address(host_s_cet or host_ssp)",
        "kvm",
    ),
    Check(
        "host-cet-32bit-above-4g",
        "HOST_S_CET or HOST_SSP has bits above bit 31 while VM exit loads CET state into a 32-bit host",
        "26.2.2",
        "nested_vmx_check_host_state: VM_EXIT_LOAD_CET_STATE && !ia32e && (host_s_cet >> 32 || host_ssp >> 32)",
        "kvm",
    ),
    Check(
        "guest-cr0-fixed-bits",
        "GUEST_CR0 clears a bit IA32_VMX_CR0_FIXED0 requires (PE and PG excepted for an unrestricted guest) or sets one IA32_VMX_CR0_FIXED1 forbids",
        "26.3.1.1",
        "nested_vmx_check_guest_state: !nested_guest_cr0_valid(vcpu, guest_cr0)",
        "kvm",
    ),
    Check(
        "guest-cr4-invalid",
        "GUEST_CR4 breaks IA32_VMX_CR4_FIXED0/FIXED1 or sets a bit reserved for L1",
        "26.3.1.1",
        "nested_vmx_check_guest_state: !nested_guest_cr4_valid(vcpu, guest_cr4) (fixed bits, then __kvm_is_valid_cr4)",
        "kvm",
    ),
    Check(
        "guest-cr4-cet-reserved",
        "GUEST_CR4 sets CET, a bit reserved for L1 before nested CET",
        "26.3.1.1",
        "nested_vmx_check_guest_state: !nested_guest_cr4_valid(): X86_CR4_CET is in CR4_RESERVED_BITS",
        "kvm",
    ),
    Check(
        "guest-cr4-cet-without-wp",
        "GUEST_CR4 sets CET while GUEST_CR0 clears WP",
        "26.3.1.1",
        "nested_vmx_check_guest_state: guest_cr4 & X86_CR4_CET && !(guest_cr0 & X86_CR0_WP) (upstream, gregkh/linux 0e729a536892)",
        "kvm",
    ),
    Check(
        "guest-dr7-reserved",
        "GUEST_DR7 sets bits 63:32 while VM entry loads debug controls",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_DEBUG_CONTROLS && !kvm_dr7_valid(guest_dr7)",
        "kvm",
    ),
    Check(
        "guest-debugctl-invalid",
        "GUEST_IA32_DEBUGCTL sets a bit KVM does not support for L1 while VM entry loads debug controls",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_DEBUG_CONTROLS && !vmx_is_valid_debugctl(vcpu, guest_ia32_debugctl, false)",
        "kvm",
    ),
    Check(
        "guest-debugctl-freeze-lbrs",
        "GUEST_IA32_DEBUGCTL sets FREEZE_LBRS_ON_PMI, valid only when L1's PMU has LBRs, while VM entry loads debug controls",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_DEBUG_CONTROLS && !vmx_is_valid_debugctl(): DEBUGCTLMSR_FREEZE_LBRS_ON_PMI needs intel_pmu_lbr_is_enabled()",
        "kvm",
    ),
    Check(
        "guest-pat-invalid",
        "GUEST_IA32_PAT has an entry that is not a valid memory type (0, 1, 4, 5, 6 or 7) while VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_IA32_PAT && !kvm_pat_valid(guest_ia32_pat)",
        "kvm",
    ),
    Check(
        "guest-vmcs-link-pointer-invalid",
        "VMCS_LINK_POINTER is neither -1 nor a 4 KiB-aligned address within L1's MAXPHYADDR",
        "26.3.1.5",
        "nested_vmx_check_vmcs_link_ptr: vmcs_link_pointer != INVALID_GPA && !page_address_valid(vcpu, vmcs_link_pointer)",
        "kvm",
    ),
    Check(
        "guest-vmcs-link-pointer-header",
        "the VMCS the link pointer names must carry revision 0x11e57ed0 and a shadow-VMCS indicator equal to the VMCS shadowing control",
        "26.3.1.5",
        "nested_vmx_check_vmcs_link_ptr: hdr.revision_id != VMCS12_REVISION || hdr.shadow_vmcs != nested_cpu_has_shadow_vmcs(vmcs12), hdr read from guest memory",
        "kvm",
    ),
    Check(
        "guest-perf-global-ctrl-reserved",
        "GUEST_IA32_PERF_GLOBAL_CTRL may enable counters L1's PMU does not have, while VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL && !kvm_valid_perf_global_ctrl(pmu, guest_ia32_perf_global_ctrl)",
        "kvm",
    ),
    Check(
        "guest-cr0-pg-without-pe",
        "GUEST_CR0 sets PG but clears PE",
        "26.3.1.1",
        "nested_vmx_check_guest_state: (guest_cr0 & (X86_CR0_PG | X86_CR0_PE)) == X86_CR0_PG",
        "kvm",
    ),
    Check(
        "guest-ia32e-without-pae",
        "the guest enters IA-32e mode but GUEST_CR4 clears PAE",
        "26.3.1.1",
        "nested_vmx_check_guest_state: ia32e && !(guest_cr4 & X86_CR4_PAE)",
        "kvm",
    ),
    Check(
        "guest-ia32e-without-pg",
        "the guest enters IA-32e mode but GUEST_CR0 clears PG",
        "26.3.1.1",
        "nested_vmx_check_guest_state: ia32e && !(guest_cr0 & X86_CR0_PG)",
        "kvm",
    ),
    Check(
        "guest-efer-invalid",
        "GUEST_IA32_EFER sets a reserved bit or a feature L1's CPUID lacks, while a pending VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: nested_run_pending && VM_ENTRY_LOAD_IA32_EFER && !kvm_valid_efer(vcpu, guest_ia32_efer)",
        "kvm",
    ),
    Check(
        "guest-efer-lma-mismatch",
        "GUEST_IA32_EFER.LMA differs from the IA-32e mode guest control, while a pending VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: nested_run_pending && VM_ENTRY_LOAD_IA32_EFER && ia32e != !!(guest_ia32_efer & EFER_LMA)",
        "kvm",
    ),
    Check(
        "guest-efer-lme-mismatch",
        "GUEST_IA32_EFER.LME differs from the IA-32e mode guest control while GUEST_CR0.PG is set, and a pending VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: nested_run_pending && VM_ENTRY_LOAD_IA32_EFER && (guest_cr0 & X86_CR0_PG) && ia32e != !!(guest_ia32_efer & EFER_LME)",
        "kvm",
    ),
    Check(
        "guest-bndcfgs-invalid",
        "GUEST_BNDCFGS has reserved bits or a non-canonical bound-directory base while VM entry loads it",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_BNDCFGS && (is_noncanonical_address(guest_bndcfgs & PAGE_MASK) || guest_bndcfgs & MSR_IA32_BNDCFGS_RSVD)",
        "kvm",
    ),
    Check(
        "guest-cet-state-invalid",
        "the guest CET state VM entry loads is invalid (GUEST_S_CET reserved or unsupported bits, SSP not 4-byte aligned, or SSP table address not canonical)",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_CET_STATE && !is_valid_cet_state(vcpu, guest_s_cet, guest_ssp, guest_ssp_tbl)",
        "kvm",
    ),
    Check(
        "guest-ssp-upper-bits-57",
        "GUEST_SSP bits 63:57 are not all equal while VM entry loads CET state",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_CET_STATE && !__is_canonical_address(guest_ssp, max_host_virt_addr_bits() + 1)",
        "kvm",
    ),
    Check(
        "guest-ssp-upper-bits-48",
        "GUEST_SSP bits 63:48 are not all equal while VM entry loads CET state (refused on a host without 5-level paging)",
        "26.3.1.1",
        "nested_vmx_check_guest_state: VM_ENTRY_LOAD_CET_STATE && !__is_canonical_address(guest_ssp, max_host_virt_addr_bits() + 1)",
        "kvm",
    ),
    Check(
        "guest-activity-state-unsupported",
        "GUEST_ACTIVITY_STATE is neither active, HLT nor wait-for-SIPI (shutdown and unknown states are refused)",
        "26.3.1.5",
        "nested_check_guest_non_reg_state: guest_activity_state not ACTIVE, HLT or WAIT_SIPI",
        "kvm",
    ),
    Check(
        "guest-cr3-beyond-maxphyaddr",
        "GUEST_CR3 sets bits beyond L1's MAXPHYADDR",
        "26.3.1.1",
        "prepare_vmcs02 -> nested_vmx_load_cr3: kvm_vcpu_is_illegal_gpa(vcpu, guest_cr3)",
        "kvm",
    ),
    Check(
        "guest-pdptes-in-memory",
        "the guest uses PAE paging without EPT: KVM loads its four PDPTEs from L1's memory at GUEST_CR3",
        "26.3.1.6",
        "nested_vmx_load_cr3 / nested_get_vmcs12_pages: !nested_ept && is_pae_paging(vcpu) && !load_pdptrs(vcpu, cr3)",
        "kvm",
    ),
    Check(
        "guest-sysenter-esp-not-canonical",
        "GUEST_SYSENTER_ESP is not a canonical address",
        "26.3.1.1",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-sysenter-eip-not-canonical",
        "GUEST_SYSENTER_EIP is not a canonical address",
        "26.3.1.1",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pcide-without-ia32e",
        "GUEST_CR4 sets PCIDE but the guest does not enter IA-32e mode",
        "26.3.1.1",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rtit-ctl-reserved",
        "GUEST_IA32_RTIT_CTL may set reserved bits while VM entry loads it",
        "26.3.1.1",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-selector-ti",
        "GUEST_TR_SELECTOR has the TI flag set",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-selector-ti",
        "GUEST_LDTR_SELECTOR has the TI flag set while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-rpl-differs-from-cs",
        "the RPL of GUEST_SS_SELECTOR differs from that of GUEST_CS_SELECTOR (outside virtual-8086 mode, without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-base-v8086",
        "GUEST_CS_BASE is not GUEST_CS_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-base-v8086",
        "GUEST_SS_BASE is not GUEST_SS_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-base-v8086",
        "GUEST_DS_BASE is not GUEST_DS_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-base-v8086",
        "GUEST_ES_BASE is not GUEST_ES_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-base-v8086",
        "GUEST_FS_BASE is not GUEST_FS_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-base-v8086",
        "GUEST_GS_BASE is not GUEST_GS_SELECTOR times 16 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-base-not-canonical",
        "GUEST_TR_BASE is not a canonical address",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-base-not-canonical",
        "GUEST_FS_BASE is not a canonical address",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-base-not-canonical",
        "GUEST_GS_BASE is not a canonical address",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-base-not-canonical",
        "GUEST_LDTR_BASE is not a canonical address while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-base-above-4g",
        "GUEST_CS_BASE has bits above bit 31",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-base-above-4g",
        "GUEST_SS_BASE has bits above bit 31 while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-base-above-4g",
        "GUEST_DS_BASE has bits above bit 31 while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-base-above-4g",
        "GUEST_ES_BASE has bits above bit 31 while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-limit-v8086",
        "GUEST_CS_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-limit-v8086",
        "GUEST_SS_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-limit-v8086",
        "GUEST_DS_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-limit-v8086",
        "GUEST_ES_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-limit-v8086",
        "GUEST_FS_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-limit-v8086",
        "GUEST_GS_LIMIT is not 0xffff in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-ar-v8086",
        "GUEST_CS_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-ar-v8086",
        "GUEST_SS_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-ar-v8086",
        "GUEST_DS_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-ar-v8086",
        "GUEST_ES_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-ar-v8086",
        "GUEST_FS_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-ar-v8086",
        "GUEST_GS_AR_BYTES is not 0xf3 in virtual-8086 mode",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-type",
        "GUEST_CS_AR_BYTES has a type other than an accessed code segment (or, for an unrestricted guest, a read/write accessed data segment)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-type",
        "GUEST_SS_AR_BYTES has a type other than read/write accessed data while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-type",
        "GUEST_DS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-type",
        "GUEST_ES_AR_BYTES has a type that is not accessed, or an unreadable code segment, while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-type",
        "GUEST_FS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while FS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-type",
        "GUEST_GS_AR_BYTES has a type that is not accessed, or an unreadable code segment, while GS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-not-code-or-data",
        "GUEST_CS_AR_BYTES clears S (descriptor type)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-not-code-or-data",
        "GUEST_SS_AR_BYTES clears S (descriptor type) while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-not-code-or-data",
        "GUEST_DS_AR_BYTES clears S (descriptor type) while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-not-code-or-data",
        "GUEST_ES_AR_BYTES clears S (descriptor type) while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-not-code-or-data",
        "GUEST_FS_AR_BYTES clears S (descriptor type) while FS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-not-code-or-data",
        "GUEST_GS_AR_BYTES clears S (descriptor type) while GS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-dpl-data",
        "GUEST_CS_AR_BYTES has type 3 (unrestricted guest) with a DPL other than 0",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-dpl-nonconforming",
        "GUEST_CS_AR_BYTES is a non-conforming code segment whose DPL differs from the SS DPL",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-dpl-conforming",
        "GUEST_CS_AR_BYTES is a conforming code segment whose DPL is above the SS DPL",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-dpl-rpl",
        "the SS DPL differs from the RPL of GUEST_SS_SELECTOR (without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-dpl-real-mode",
        "the SS DPL is not 0 while CS has type 3 or GUEST_CR0 clears PE",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-dpl-below-rpl",
        "the DS DPL is below the RPL of GUEST_DS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-dpl-below-rpl",
        "the ES DPL is below the RPL of GUEST_ES_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-dpl-below-rpl",
        "the FS DPL is below the RPL of GUEST_FS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-dpl-below-rpl",
        "the GS DPL is below the RPL of GUEST_GS_SELECTOR for a usable data or non-conforming code segment (without unrestricted guest)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-not-present",
        "GUEST_CS_AR_BYTES clears P (present)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-not-present",
        "GUEST_SS_AR_BYTES clears P (present) while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-not-present",
        "GUEST_DS_AR_BYTES clears P (present) while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-not-present",
        "GUEST_ES_AR_BYTES clears P (present) while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-not-present",
        "GUEST_FS_AR_BYTES clears P (present) while FS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-not-present",
        "GUEST_GS_AR_BYTES clears P (present) while GS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-ar-reserved",
        "GUEST_CS_AR_BYTES sets reserved bits (11:8 or 31:17)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-ar-reserved",
        "GUEST_SS_AR_BYTES sets reserved bits (11:8 or 31:17) while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-ar-reserved",
        "GUEST_DS_AR_BYTES sets reserved bits (11:8 or 31:17) while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-ar-reserved",
        "GUEST_ES_AR_BYTES sets reserved bits (11:8 or 31:17) while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-ar-reserved",
        "GUEST_FS_AR_BYTES sets reserved bits (11:8 or 31:17) while FS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-ar-reserved",
        "GUEST_GS_AR_BYTES sets reserved bits (11:8 or 31:17) while GS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-long-with-db",
        "GUEST_CS_AR_BYTES sets both L and D/B for an IA-32e mode guest",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-cs-granularity",
        "GUEST_CS_LIMIT and the G bit of GUEST_CS_AR_BYTES disagree",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ss-granularity",
        "GUEST_SS_LIMIT and the G bit of GUEST_SS_AR_BYTES disagree while SS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ds-granularity",
        "GUEST_DS_LIMIT and the G bit of GUEST_DS_AR_BYTES disagree while DS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-es-granularity",
        "GUEST_ES_LIMIT and the G bit of GUEST_ES_AR_BYTES disagree while ES is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-fs-granularity",
        "GUEST_FS_LIMIT and the G bit of GUEST_FS_AR_BYTES disagree while FS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gs-granularity",
        "GUEST_GS_LIMIT and the G bit of GUEST_GS_AR_BYTES disagree while GS is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-type",
        "GUEST_TR_AR_BYTES is not a busy TSS of the guest's mode (11 in IA-32e mode, 3 or 11 otherwise)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-s-set",
        "GUEST_TR_AR_BYTES sets S (TR must be a system segment)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-not-present",
        "GUEST_TR_AR_BYTES clears P (present)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-ar-reserved",
        "GUEST_TR_AR_BYTES sets reserved bits (11:8 or 31:17)",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-granularity",
        "GUEST_TR_LIMIT and the G bit of GUEST_TR_AR_BYTES disagree",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-tr-unusable",
        "GUEST_TR_AR_BYTES marks TR unusable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-type",
        "GUEST_LDTR_AR_BYTES is not an LDT (type 2) while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-s-set",
        "GUEST_LDTR_AR_BYTES sets S while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-not-present",
        "GUEST_LDTR_AR_BYTES clears P while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-ar-reserved",
        "GUEST_LDTR_AR_BYTES sets reserved bits (11:8 or 31:17) while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-ldtr-granularity",
        "GUEST_LDTR_LIMIT and the G bit of GUEST_LDTR_AR_BYTES disagree while LDTR is usable",
        "26.3.1.2",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gdtr-base-not-canonical",
        "GUEST_GDTR_BASE is not a canonical address",
        "26.3.1.3",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-gdtr-limit-above-64k",
        "GUEST_GDTR_LIMIT has bits above bit 15",
        "26.3.1.3",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-idtr-base-not-canonical",
        "GUEST_IDTR_BASE is not a canonical address",
        "26.3.1.3",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-idtr-limit-above-64k",
        "GUEST_IDTR_LIMIT has bits above bit 15",
        "26.3.1.3",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rip-above-4g",
        "GUEST_RIP has bits above bit 31 while the guest does not enter 64-bit mode",
        "26.3.1.4",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rip-not-canonical",
        "GUEST_RIP is not canonical while the guest enters 64-bit mode",
        "26.3.1.4",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rflags-reserved",
        "GUEST_RFLAGS sets a reserved bit (63:22, 15, 5 or 3) or clears bit 1",
        "26.3.1.4",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rflags-vm-not-allowed",
        "GUEST_RFLAGS sets VM while the guest enters IA-32e mode or GUEST_CR0 clears PE",
        "26.3.1.4",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-rflags-if-for-interrupt",
        "VM entry injects an external interrupt while GUEST_RFLAGS clears IF",
        "26.3.1.4",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-reserved",
        "GUEST_INTERRUPTIBILITY_INFO sets reserved bits 31:5",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-sti-and-mov-ss",
        "GUEST_INTERRUPTIBILITY_INFO has blocking by both STI and MOV SS",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-sti-without-if",
        "GUEST_INTERRUPTIBILITY_INFO has blocking by STI while GUEST_RFLAGS clears IF",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-blocks-interrupt",
        "VM entry injects an external interrupt while GUEST_INTERRUPTIBILITY_INFO has blocking by STI or MOV SS",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-mov-ss-blocks-nmi",
        "VM entry injects an NMI while GUEST_INTERRUPTIBILITY_INFO has blocking by MOV SS",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-smi-without-smm-entry",
        "GUEST_INTERRUPTIBILITY_INFO has blocking by SMI although VM entry is not from SMM",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-smm-entry-without-smi",
        "VM entry to SMM without blocking by SMI in GUEST_INTERRUPTIBILITY_INFO",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-virtual-nmi-blocking",
        "VM entry injects an NMI with virtual NMIs while GUEST_INTERRUPTIBILITY_INFO has blocking by NMI",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-interruptibility-enclave-mov-ss",
        "GUEST_INTERRUPTIBILITY_INFO marks an enclave interruption together with blocking by MOV SS, or without SGX",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pending-dbg-reserved",
        "GUEST_PENDING_DBG_EXCEPTIONS sets reserved bits (63:17, 15, 13 or 11:4)",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pending-dbg-bs-missing",
        "GUEST_PENDING_DBG_EXCEPTIONS lacks BS while the guest single-steps (RFLAGS.TF without DEBUGCTL.BTF) under blocking by STI or MOV SS",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pending-dbg-bs-spurious",
        "GUEST_PENDING_DBG_EXCEPTIONS sets BS while the guest does not single-step (RFLAGS.TF clear or DEBUGCTL.BTF set) under blocking by STI or MOV SS",
        "26.3.1.5",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pdpte0-reserved",
        "GUEST_PDPTR0 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
        "26.3.1.6",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pdpte1-reserved",
        "GUEST_PDPTR1 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
        "26.3.1.6",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pdpte2-reserved",
        "GUEST_PDPTR2 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
        "26.3.1.6",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
    Check(
        "guest-pdpte3-reserved",
        "GUEST_PDPTR3 is present with reserved bits set (2:1, 8:5, or beyond MAXPHYADDR) while EPT is on and the guest uses PAE paging",
        "26.3.1.6",
        "not checked by KVM: vmcs02 takes the field from vmcs12 and the processor checks it",
        "cpu",
    ),
)
BY_ID = {check.id: check for check in CHECKS}
# vmcsgen-digest: c1966379b82558ca8d4bf079201ab9aefdbcd47a469887c5a6542fa6ff057591 cafdaa65e33e3167f9b48142f76acd9fab8ffcb54c42ee07c31351165cb375dc
