# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""Named bits and values of VMCS fields as enum.IntFlag and enum.IntEnum classes.

Generated from specs/bits.yaml, specs/fields.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Names and positions from Linux (torvalds/linux): arch/x86/include/asm/vmx.h at
3c75e6a5da3c0dfcd34e5f9df5390804179f2aeb, with VMCS_CONTROL_BIT(x) =
BIT(VMX_FEATURE_x & 0x1f) resolved through arch/x86/include/asm/vmxfeatures.h
(0d3001e2690a0ed3f51defd953ae4b5f32b8ec64 for words 0-2; NOTIFY_VM_EXITING 2*32+31,
TERTIARY_CONTROLS 1*32+17 and IPI_VIRT 3*32+4 from the upstream patches that added
them); exit reasons from arch/x86/include/uapi/asm/vmx.h (tools copy at
da80d2e516eb858eb5bcca7fa5f5a13ed86930e4, then upstream blobs up to 1baa86dfe029,
which added SEAMCALL); exit-reason flag bits without a macro from union
vmx_exit_reason in arch/x86/kvm/vmx/common.h at
1a2f09ae11b4657d49df6fa86744795f99c2ee27; event types from
arch/x86/include/asm/trapnr.h (blob 8d1154cdf787). SDM names from the Intel SDM Vol.
3C tables of VM-execution, VM-exit and VM-entry controls, exit-reason format and
Appendix C. Descriptions are ours.

A flag class keeps bits it has no name for (`PinBasedControls(0x10000)` is a valid
value), so decoding never loses a bit; `unknown_bits()` lists them. str() and format() of a
flag value name its set bits, unnamed ones as one hex number (`HLT_EXITING|0x10000`), on
every Python version (IntFlag's own str() changed in 3.11). The values of a multi-bit range
are unshifted: `RANGES` gives each range's mask and shift.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Flags(enum.IntFlag):
    """The base of every flag class: str() is `NAME|NAME|0x...` in bit order, `0` when no
    bit is set; format() with an empty spec is str(), any other spec formats the integer."""

    def __str__(self) -> str:
        value = int(self)
        named: dict[int, str] = {}
        for name, member in type(self).__members__.items():
            named.setdefault(member.value, name)  # an alias keeps the first name
        parts = [name for bit, name in sorted(named.items()) if bit and value & bit == bit]
        rest = value & ~sum(bit for bit in named if value & bit == bit)
        if rest or not parts:
            parts.append(f"{rest:#x}" if rest else "0")
        return "|".join(parts)

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else format(int(self), spec)


class PinBasedControls(Flags):
    """Pin-based VM-execution controls: PIN_BASED_VM_EXEC_CONTROL."""

    PIN_BASED_EXT_INTR_MASK = 0x1  # bit 0, External-interrupt exiting
    PIN_BASED_NMI_EXITING = 0x8  # bit 3, NMI exiting
    PIN_BASED_VIRTUAL_NMIS = 0x20  # bit 5, Virtual NMIs
    PIN_BASED_VMX_PREEMPTION_TIMER = 0x40  # bit 6, Activate VMX-preemption timer
    PIN_BASED_POSTED_INTR = 0x80  # bit 7, Process posted interrupts


class PrimaryProcessorControls(Flags):
    """Primary processor-based VM-execution controls: CPU_BASED_VM_EXEC_CONTROL."""

    CPU_BASED_INTR_WINDOW_EXITING = 0x4  # bit 2, Interrupt-window exiting
    CPU_BASED_USE_TSC_OFFSETTING = 0x8  # bit 3, Use TSC offsetting
    CPU_BASED_HLT_EXITING = 0x80  # bit 7, HLT exiting
    CPU_BASED_INVLPG_EXITING = 0x200  # bit 9, INVLPG exiting
    CPU_BASED_MWAIT_EXITING = 0x400  # bit 10, MWAIT exiting
    CPU_BASED_RDPMC_EXITING = 0x800  # bit 11, RDPMC exiting
    CPU_BASED_RDTSC_EXITING = 0x1000  # bit 12, RDTSC exiting
    CPU_BASED_CR3_LOAD_EXITING = 0x8000  # bit 15, CR3-load exiting
    CPU_BASED_CR3_STORE_EXITING = 0x10000  # bit 16, CR3-store exiting
    CPU_BASED_ACTIVATE_TERTIARY_CONTROLS = 0x20000  # bit 17, Activate tertiary controls
    CPU_BASED_CR8_LOAD_EXITING = 0x80000  # bit 19, CR8-load exiting
    CPU_BASED_CR8_STORE_EXITING = 0x100000  # bit 20, CR8-store exiting
    CPU_BASED_TPR_SHADOW = 0x200000  # bit 21, Use TPR shadow
    CPU_BASED_NMI_WINDOW_EXITING = 0x400000  # bit 22, NMI-window exiting
    CPU_BASED_MOV_DR_EXITING = 0x800000  # bit 23, MOV-DR exiting
    CPU_BASED_UNCOND_IO_EXITING = 0x1000000  # bit 24, Unconditional I/O exiting
    CPU_BASED_USE_IO_BITMAPS = 0x2000000  # bit 25, Use I/O bitmaps
    CPU_BASED_MONITOR_TRAP_FLAG = 0x8000000  # bit 27, Monitor trap flag
    CPU_BASED_USE_MSR_BITMAPS = 0x10000000  # bit 28, Use MSR bitmaps
    CPU_BASED_MONITOR_EXITING = 0x20000000  # bit 29, MONITOR exiting
    CPU_BASED_PAUSE_EXITING = 0x40000000  # bit 30, PAUSE exiting
    CPU_BASED_ACTIVATE_SECONDARY_CONTROLS = 0x80000000  # bit 31, Activate secondary controls


class SecondaryProcessorControls(Flags):
    """Secondary processor-based VM-execution controls: SECONDARY_VM_EXEC_CONTROL."""

    SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES = 0x1  # bit 0, Virtualize APIC accesses
    SECONDARY_EXEC_ENABLE_EPT = 0x2  # bit 1, Enable EPT
    SECONDARY_EXEC_DESC = 0x4  # bit 2, Descriptor-table exiting
    SECONDARY_EXEC_ENABLE_RDTSCP = 0x8  # bit 3, Enable RDTSCP
    SECONDARY_EXEC_VIRTUALIZE_X2APIC_MODE = 0x10  # bit 4, Virtualize x2APIC mode
    SECONDARY_EXEC_ENABLE_VPID = 0x20  # bit 5, Enable VPID
    SECONDARY_EXEC_WBINVD_EXITING = 0x40  # bit 6, WBINVD exiting
    SECONDARY_EXEC_UNRESTRICTED_GUEST = 0x80  # bit 7, Unrestricted guest
    SECONDARY_EXEC_APIC_REGISTER_VIRT = 0x100  # bit 8, APIC-register virtualization
    SECONDARY_EXEC_VIRTUAL_INTR_DELIVERY = 0x200  # bit 9, Virtual-interrupt delivery
    SECONDARY_EXEC_PAUSE_LOOP_EXITING = 0x400  # bit 10, PAUSE-loop exiting
    SECONDARY_EXEC_RDRAND_EXITING = 0x800  # bit 11, RDRAND exiting
    SECONDARY_EXEC_ENABLE_INVPCID = 0x1000  # bit 12, Enable INVPCID
    SECONDARY_EXEC_ENABLE_VMFUNC = 0x2000  # bit 13, Enable VM functions
    SECONDARY_EXEC_SHADOW_VMCS = 0x4000  # bit 14, VMCS shadowing
    SECONDARY_EXEC_ENCLS_EXITING = 0x8000  # bit 15, Enable ENCLS exiting
    SECONDARY_EXEC_RDSEED_EXITING = 0x10000  # bit 16, RDSEED exiting
    SECONDARY_EXEC_ENABLE_PML = 0x20000  # bit 17, Enable PML
    SECONDARY_EXEC_EPT_VIOLATION_VE = 0x40000  # bit 18, EPT-violation #VE
    SECONDARY_EXEC_PT_CONCEAL_VMX = 0x80000  # bit 19, Conceal VMX from PT
    SECONDARY_EXEC_ENABLE_XSAVES = 0x100000  # bit 20, Enable XSAVES/XRSTORS
    SECONDARY_EXEC_MODE_BASED_EPT_EXEC = 0x400000  # bit 22, Mode-based execute control for EPT
    SECONDARY_EXEC_PT_USE_GPA = 0x1000000  # bit 24, Intel PT uses guest physical addresses
    SECONDARY_EXEC_TSC_SCALING = 0x2000000  # bit 25, Use TSC scaling
    SECONDARY_EXEC_ENABLE_USR_WAIT_PAUSE = 0x4000000  # bit 26, Enable user wait and pause
    SECONDARY_EXEC_BUS_LOCK_DETECTION = 0x40000000  # bit 30, VMM bus-lock detection
    SECONDARY_EXEC_NOTIFY_VM_EXITING = 0x80000000  # bit 31, Instruction timeout


class TertiaryProcessorControls(Flags):
    """Tertiary processor-based VM-execution controls: TERTIARY_VM_EXEC_CONTROL."""

    TERTIARY_EXEC_IPI_VIRT = 0x10  # bit 4, IPI virtualization


class VmExitControls(Flags):
    """VM-exit controls: VM_EXIT_CONTROLS."""

    VM_EXIT_SAVE_DEBUG_CONTROLS = 0x4  # bit 2, Save debug controls
    VM_EXIT_HOST_ADDR_SPACE_SIZE = 0x200  # bit 9, Host address-space size
    VM_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL = 0x1000  # bit 12, Load IA32_PERF_GLOBAL_CTRL
    VM_EXIT_ACK_INTR_ON_EXIT = 0x8000  # bit 15, Acknowledge interrupt on exit
    VM_EXIT_SAVE_IA32_PAT = 0x40000  # bit 18, Save IA32_PAT
    VM_EXIT_LOAD_IA32_PAT = 0x80000  # bit 19, Load IA32_PAT
    VM_EXIT_SAVE_IA32_EFER = 0x100000  # bit 20, Save IA32_EFER
    VM_EXIT_LOAD_IA32_EFER = 0x200000  # bit 21, Load IA32_EFER
    VM_EXIT_SAVE_VMX_PREEMPTION_TIMER = 0x400000  # bit 22, Save VMX-preemption timer value
    VM_EXIT_CLEAR_BNDCFGS = 0x800000  # bit 23, Clear IA32_BNDCFGS
    VM_EXIT_PT_CONCEAL_PIP = 0x1000000  # bit 24, Conceal VMX from PT
    VM_EXIT_CLEAR_IA32_RTIT_CTL = 0x2000000  # bit 25, Clear IA32_RTIT_CTL
    VM_EXIT_LOAD_CET_STATE = 0x10000000  # bit 28, Load CET state
    VM_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL = 0x40000000  # bit 30, Save IA32_PERF_GLOBAL_CTRL


class VmEntryControls(Flags):
    """VM-entry controls: VM_ENTRY_CONTROLS."""

    VM_ENTRY_LOAD_DEBUG_CONTROLS = 0x4  # bit 2, Load debug controls
    VM_ENTRY_IA32E_MODE = 0x200  # bit 9, IA-32e mode guest
    VM_ENTRY_SMM = 0x400  # bit 10, Entry to SMM
    VM_ENTRY_DEACT_DUAL_MONITOR = 0x800  # bit 11, Deactivate dual-monitor treatment
    VM_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL = 0x2000  # bit 13, Load IA32_PERF_GLOBAL_CTRL
    VM_ENTRY_LOAD_IA32_PAT = 0x4000  # bit 14, Load IA32_PAT
    VM_ENTRY_LOAD_IA32_EFER = 0x8000  # bit 15, Load IA32_EFER
    VM_ENTRY_LOAD_BNDCFGS = 0x10000  # bit 16, Load IA32_BNDCFGS
    VM_ENTRY_PT_CONCEAL_PIP = 0x20000  # bit 17, Conceal VMX from PT
    VM_ENTRY_LOAD_IA32_RTIT_CTL = 0x40000  # bit 18, Load IA32_RTIT_CTL
    VM_ENTRY_LOAD_CET_STATE = 0x100000  # bit 20, Load CET state


class ExitReason(Flags):
    """Exit reason: VM_EXIT_REASON."""

    VMX_EXIT_REASONS_BUS_LOCK_DETECTED = 0x4000000  # bit 26, Bus lock detected
    VMX_EXIT_REASONS_SGX_ENCLAVE_MODE = 0x8000000  # bit 27, Enclave mode
    VMX_EXIT_REASONS_SMI_PENDING_MTF = 0x10000000  # bit 28, Pending MTF VM exit
    VMX_EXIT_REASONS_SMI_FROM_VMX_ROOT = 0x20000000  # bit 29, VM exit from VMX root operation
    VMX_EXIT_REASONS_FAILED_VMENTRY = 0x80000000  # bit 31, VM-entry failure


class BasicExitReason(enum.IntEnum):
    """Basic exit reason: bits 15:0 of VM_EXIT_REASON."""

    EXIT_REASON_EXCEPTION_NMI = 0  # Exception or non-maskable interrupt (NMI)
    EXIT_REASON_EXTERNAL_INTERRUPT = 1  # External interrupt
    EXIT_REASON_TRIPLE_FAULT = 2  # Triple fault
    EXIT_REASON_INIT_SIGNAL = 3  # INIT signal
    EXIT_REASON_SIPI_SIGNAL = 4  # Start-up IPI (SIPI)
    EXIT_REASON_OTHER_SMI = 6  # Other SMI
    EXIT_REASON_INTERRUPT_WINDOW = 7  # Interrupt window
    EXIT_REASON_NMI_WINDOW = 8  # NMI window
    EXIT_REASON_TASK_SWITCH = 9  # Task switch
    EXIT_REASON_CPUID = 10  # CPUID
    EXIT_REASON_HLT = 12  # HLT
    EXIT_REASON_INVD = 13  # INVD
    EXIT_REASON_INVLPG = 14  # INVLPG
    EXIT_REASON_RDPMC = 15  # RDPMC
    EXIT_REASON_RDTSC = 16  # RDTSC
    EXIT_REASON_VMCALL = 18  # VMCALL
    EXIT_REASON_VMCLEAR = 19  # VMCLEAR
    EXIT_REASON_VMLAUNCH = 20  # VMLAUNCH
    EXIT_REASON_VMPTRLD = 21  # VMPTRLD
    EXIT_REASON_VMPTRST = 22  # VMPTRST
    EXIT_REASON_VMREAD = 23  # VMREAD
    EXIT_REASON_VMRESUME = 24  # VMRESUME
    EXIT_REASON_VMWRITE = 25  # VMWRITE
    EXIT_REASON_VMOFF = 26  # VMXOFF
    EXIT_REASON_VMON = 27  # VMXON
    EXIT_REASON_CR_ACCESS = 28  # Control-register accesses
    EXIT_REASON_DR_ACCESS = 29  # MOV DR
    EXIT_REASON_IO_INSTRUCTION = 30  # I/O instruction
    EXIT_REASON_MSR_READ = 31  # RDMSR
    EXIT_REASON_MSR_WRITE = 32  # WRMSR
    EXIT_REASON_INVALID_STATE = 33  # VM-entry failure due to invalid guest state
    EXIT_REASON_MSR_LOAD_FAIL = 34  # VM-entry failure due to MSR loading
    EXIT_REASON_MWAIT_INSTRUCTION = 36  # MWAIT
    EXIT_REASON_MONITOR_TRAP_FLAG = 37  # Monitor trap flag
    EXIT_REASON_MONITOR_INSTRUCTION = 39  # MONITOR
    EXIT_REASON_PAUSE_INSTRUCTION = 40  # PAUSE
    EXIT_REASON_MCE_DURING_VMENTRY = 41  # VM-entry failure due to machine-check event
    EXIT_REASON_TPR_BELOW_THRESHOLD = 43  # TPR below threshold
    EXIT_REASON_APIC_ACCESS = 44  # APIC access
    EXIT_REASON_EOI_INDUCED = 45  # Virtualized EOI
    EXIT_REASON_GDTR_IDTR = 46  # Access to GDTR or IDTR
    EXIT_REASON_LDTR_TR = 47  # Access to LDTR or TR
    EXIT_REASON_EPT_VIOLATION = 48  # EPT violation
    EXIT_REASON_EPT_MISCONFIG = 49  # EPT misconfiguration
    EXIT_REASON_INVEPT = 50  # INVEPT
    EXIT_REASON_RDTSCP = 51  # RDTSCP
    EXIT_REASON_PREEMPTION_TIMER = 52  # VMX-preemption timer expired
    EXIT_REASON_INVVPID = 53  # INVVPID
    EXIT_REASON_WBINVD = 54  # WBINVD or WBNOINVD
    EXIT_REASON_XSETBV = 55  # XSETBV
    EXIT_REASON_APIC_WRITE = 56  # APIC write
    EXIT_REASON_RDRAND = 57  # RDRAND
    EXIT_REASON_INVPCID = 58  # INVPCID
    EXIT_REASON_VMFUNC = 59  # VMFUNC
    EXIT_REASON_ENCLS = 60  # ENCLS
    EXIT_REASON_RDSEED = 61  # RDSEED
    EXIT_REASON_PML_FULL = 62  # Page-modification log full
    EXIT_REASON_XSAVES = 63  # XSAVES
    EXIT_REASON_XRSTORS = 64  # XRSTORS
    EXIT_REASON_UMWAIT = 67  # UMWAIT
    EXIT_REASON_TPAUSE = 68  # TPAUSE
    EXIT_REASON_BUS_LOCK = 74  # Bus lock
    EXIT_REASON_NOTIFY = 75  # Instruction timeout
    EXIT_REASON_SEAMCALL = 76  # SEAMCALL
    EXIT_REASON_TDCALL = 77  # TDCALL
    EXIT_REASON_MSR_READ_IMM = 84
    EXIT_REASON_MSR_WRITE_IMM = 85


class InterruptibilityState(Flags):
    """Guest interruptibility state: GUEST_INTERRUPTIBILITY_INFO."""

    GUEST_INTR_STATE_STI = 0x1  # bit 0, Blocking by STI
    GUEST_INTR_STATE_MOV_SS = 0x2  # bit 1, Blocking by MOV SS
    GUEST_INTR_STATE_SMI = 0x4  # bit 2, Blocking by SMI
    GUEST_INTR_STATE_NMI = 0x8  # bit 3, Blocking by NMI
    GUEST_INTR_STATE_ENCLAVE_INTR = 0x10  # bit 4, Enclave interruption


class ActivityState(enum.IntEnum):
    """Guest activity state: GUEST_ACTIVITY_STATE."""

    GUEST_ACTIVITY_ACTIVE = 0  # Active
    GUEST_ACTIVITY_HLT = 1  # HLT
    GUEST_ACTIVITY_SHUTDOWN = 2  # Shutdown
    GUEST_ACTIVITY_WAIT_SIPI = 3  # Wait-for-SIPI


class InterruptionInfo(Flags):
    """Interruption-information format: VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO, IDT_VECTORING_INFO_FIELD."""

    INTR_INFO_DELIVER_CODE_MASK = 0x800  # bit 11, Deliver error code
    INTR_INFO_UNBLOCK_NMI = 0x1000  # bit 12, NMI unblocking due to IRET
    INTR_INFO_VALID_MASK = 0x80000000  # bit 31, Valid


class InterruptionType(enum.IntEnum):
    """Interruption type: bits 10:8 of VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO, IDT_VECTORING_INFO_FIELD."""

    INTR_TYPE_EXT_INTR = 0  # External interrupt
    INTR_TYPE_RESERVED = 1  # Reserved
    INTR_TYPE_NMI_INTR = 2  # Non-maskable interrupt (NMI)
    INTR_TYPE_HARD_EXCEPTION = 3  # Hardware exception
    INTR_TYPE_SOFT_INTR = 4  # Software interrupt
    INTR_TYPE_PRIV_SW_EXCEPTION = 5  # Privileged software exception
    INTR_TYPE_SOFT_EXCEPTION = 6  # Software exception
    INTR_TYPE_OTHER_EVENT = 7  # Other event


class EptPointer(Flags):
    """Extended-page-table pointer (EPTP): EPT_POINTER."""

    VMX_EPTP_AD_ENABLE_BIT = 0x40  # bit 6, Enable accessed and dirty flags for EPT


class EptMemoryType(enum.IntEnum):
    """EPT paging-structure memory type: bits 2:0 of EPT_POINTER."""

    VMX_EPTP_MT_UC = 0  # Uncacheable (UC)
    VMX_EPTP_MT_WB = 6  # Write-back (WB)


class EptWalkLength(enum.IntEnum):
    """EPT page-walk length minus 1: bits 5:3 of EPT_POINTER."""

    VMX_EPTP_PWL_4 = 3  # 4-level walk
    VMX_EPTP_PWL_5 = 4  # 5-level walk


class VmFunctionControls(Flags):
    """VM-function controls: VM_FUNCTION_CONTROL."""

    VMX_VMFUNC_EPTP_SWITCHING = 0x1  # bit 0, EPTP switching


class Cr0(Flags):
    """Control register CR0: GUEST_CR0, HOST_CR0, CR0_READ_SHADOW."""

    X86_CR0_PE = 0x1  # bit 0, Protection Enable
    X86_CR0_MP = 0x2  # bit 1, Monitor Coprocessor
    X86_CR0_EM = 0x4  # bit 2, Emulation
    X86_CR0_TS = 0x8  # bit 3, Task Switched
    X86_CR0_ET = 0x10  # bit 4, Extension Type
    X86_CR0_NE = 0x20  # bit 5, Numeric Error
    X86_CR0_WP = 0x10000  # bit 16, Write Protect
    X86_CR0_AM = 0x40000  # bit 18, Alignment Mask
    X86_CR0_NW = 0x20000000  # bit 29, Not Write-through
    X86_CR0_CD = 0x40000000  # bit 30, Cache Disable
    X86_CR0_PG = 0x80000000  # bit 31, Paging


class Cr4(Flags):
    """Control register CR4: GUEST_CR4, HOST_CR4, CR4_READ_SHADOW."""

    X86_CR4_VME = 0x1  # bit 0, Virtual-8086 Mode Extensions
    X86_CR4_PVI = 0x2  # bit 1, Protected-Mode Virtual Interrupts
    X86_CR4_TSD = 0x4  # bit 2, Time Stamp Disable
    X86_CR4_DE = 0x8  # bit 3, Debugging Extensions
    X86_CR4_PSE = 0x10  # bit 4, Page Size Extensions
    X86_CR4_PAE = 0x20  # bit 5, Physical Address Extension
    X86_CR4_MCE = 0x40  # bit 6, Machine-Check Enable
    X86_CR4_PGE = 0x80  # bit 7, Page Global Enable
    X86_CR4_PCE = 0x100  # bit 8, Performance-Monitoring Counter Enable
    X86_CR4_OSFXSR = 0x200  # bit 9, OSFXSR
    X86_CR4_OSXMMEXCPT = 0x400  # bit 10, OSXMMEXCPT
    X86_CR4_UMIP = 0x800  # bit 11, User-Mode Instruction Prevention
    X86_CR4_LA57 = 0x1000  # bit 12, 57-bit linear addresses
    X86_CR4_VMXE = 0x2000  # bit 13, VMX-Enable
    X86_CR4_SMXE = 0x4000  # bit 14, SMX-Enable
    X86_CR4_FSGSBASE = 0x10000  # bit 16, FSGSBASE-Enable
    X86_CR4_PCIDE = 0x20000  # bit 17, PCID-Enable
    X86_CR4_OSXSAVE = 0x40000  # bit 18, OSXSAVE
    X86_CR4_SMEP = 0x100000  # bit 20, SMEP-Enable
    X86_CR4_SMAP = 0x200000  # bit 21, SMAP-Enable
    X86_CR4_PKE = 0x400000  # bit 22, Protection-Key Enable
    X86_CR4_CET = 0x800000  # bit 23, Control-flow Enforcement Technology


class Efer(Flags):
    """Extended feature enable register IA32_EFER: GUEST_IA32_EFER, HOST_IA32_EFER."""

    EFER_SCE = 0x1  # bit 0, SYSCALL Enable
    EFER_LME = 0x100  # bit 8, IA-32e Mode Enable
    EFER_LMA = 0x400  # bit 10, IA-32e Mode Active
    EFER_NX = 0x800  # bit 11, Execute Disable Bit Enable
    EFER_SVME = 0x1000  # bit 12
    EFER_LMSLE = 0x2000  # bit 13
    EFER_FFXSR = 0x4000  # bit 14
    EFER_AUTOIBRS = 0x200000  # bit 21


class Rflags(Flags):
    """Flags register RFLAGS: GUEST_RFLAGS."""

    X86_EFLAGS_CF = 0x1  # bit 0, Carry Flag
    X86_EFLAGS_FIXED = 0x2  # bit 1
    X86_EFLAGS_PF = 0x4  # bit 2, Parity Flag
    X86_EFLAGS_AF = 0x10  # bit 4, Auxiliary Carry Flag
    X86_EFLAGS_ZF = 0x40  # bit 6, Zero Flag
    X86_EFLAGS_SF = 0x80  # bit 7, Sign Flag
    X86_EFLAGS_TF = 0x100  # bit 8, Trap Flag
    X86_EFLAGS_IF = 0x200  # bit 9, Interrupt Enable Flag
    X86_EFLAGS_DF = 0x400  # bit 10, Direction Flag
    X86_EFLAGS_OF = 0x800  # bit 11, Overflow Flag
    X86_EFLAGS_NT = 0x4000  # bit 14, Nested Task
    X86_EFLAGS_RF = 0x10000  # bit 16, Resume Flag
    X86_EFLAGS_VM = 0x20000  # bit 17, Virtual-8086 Mode
    X86_EFLAGS_AC = 0x40000  # bit 18, Alignment Check
    X86_EFLAGS_VIF = 0x80000  # bit 19, Virtual Interrupt Flag
    X86_EFLAGS_VIP = 0x100000  # bit 20, Virtual Interrupt Pending
    X86_EFLAGS_ID = 0x200000  # bit 21, ID Flag


class Dr7(Flags):
    """Debug control register DR7: GUEST_DR7."""

    DR_LOCAL_SLOWDOWN = 0x100  # bit 8, Local Exact Breakpoint Enable
    DR_GLOBAL_SLOWDOWN = 0x200  # bit 9, Global Exact Breakpoint Enable
    DR_GENERAL_DETECT = 0x2000  # bit 13, General Detect Enable


class Debugctl(Flags):
    """Debug control MSR IA32_DEBUGCTL: GUEST_IA32_DEBUGCTL."""

    DEBUGCTLMSR_LBR = 0x1  # bit 0
    DEBUGCTLMSR_BTF = 0x2  # bit 1
    DEBUGCTLMSR_BUS_LOCK_DETECT = 0x4  # bit 2
    DEBUGCTLMSR_TR = 0x40  # bit 6
    DEBUGCTLMSR_BTS = 0x80  # bit 7
    DEBUGCTLMSR_BTINT = 0x100  # bit 8
    DEBUGCTLMSR_BTS_OFF_OS = 0x200  # bit 9
    DEBUGCTLMSR_BTS_OFF_USR = 0x400  # bit 10
    DEBUGCTLMSR_FREEZE_LBRS_ON_PMI = 0x800  # bit 11
    DEBUGCTLMSR_FREEZE_PERFMON_ON_PMI = 0x1000  # bit 12
    DEBUGCTLMSR_FREEZE_IN_SMM = 0x4000  # bit 14
    DEBUGCTLMSR_RTM_DEBUG = 0x8000  # bit 15


class SegmentSelector(Flags):
    """Segment selector: GUEST_ES_SELECTOR, GUEST_CS_SELECTOR, GUEST_SS_SELECTOR, GUEST_DS_SELECTOR, GUEST_FS_SELECTOR, GUEST_GS_SELECTOR, GUEST_LDTR_SELECTOR, GUEST_TR_SELECTOR, HOST_ES_SELECTOR, HOST_CS_SELECTOR, HOST_SS_SELECTOR, HOST_DS_SELECTOR, HOST_FS_SELECTOR, HOST_GS_SELECTOR, HOST_TR_SELECTOR."""

    SEGMENT_TI_MASK = 0x4  # bit 2, Table Indicator


class SegmentAccessRights(Flags):
    """Segment access rights (VMCS format): GUEST_ES_AR_BYTES, GUEST_CS_AR_BYTES, GUEST_SS_AR_BYTES, GUEST_DS_AR_BYTES, GUEST_FS_AR_BYTES, GUEST_GS_AR_BYTES, GUEST_LDTR_AR_BYTES, GUEST_TR_AR_BYTES."""

    VMX_AR_S_MASK = 0x10  # bit 4, S (descriptor type)
    VMX_AR_P_MASK = 0x80  # bit 7, P (segment present)
    VMX_AR_AVL_MASK = 0x1000  # bit 12, AVL
    VMX_AR_L_MASK = 0x2000  # bit 13, L (64-bit mode active)
    VMX_AR_DB_MASK = 0x4000  # bit 14, D/B
    VMX_AR_G_MASK = 0x8000  # bit 15, G (granularity)
    VMX_AR_UNUSABLE_MASK = 0x10000  # bit 16, Segment unusable


class PendingDebugExceptions(Flags):
    """Guest pending debug exceptions: GUEST_PENDING_DBG_EXCEPTIONS."""

    PENDING_DBG_BS = 0x4000  # bit 14, BS
    PENDING_DBG_ENABLED_BP = 0x1000  # bit 12, Enabled breakpoint
    PENDING_DBG_RTM = 0x10000  # bit 16, RTM


class CetSupervisor(Flags):
    """Supervisor CET configuration IA32_S_CET: GUEST_S_CET, HOST_S_CET."""

    CET_SUPPRESS = 0x400  # bit 10, SUPPRESS
    CET_WAIT_ENDBR = 0x800  # bit 11, TRACKER


# Pin-based VM-execution controls: other masks of PIN_BASED_VM_EXEC_CONTROL
PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR = 0x16  # The default-1 bits (1, 2, 4) that must be set when IA32_VMX_TRUE_PINBASED_CTLS is not used.

# Primary processor-based VM-execution controls: other masks of CPU_BASED_VM_EXEC_CONTROL
CPU_BASED_ALWAYSON_WITHOUT_TRUE_MSR = 0x401E172  # The default-1 bits (1, 4-6, 8, 13-16, 26) that must be set when IA32_VMX_TRUE_PROCBASED_CTLS is not used.

# VM-exit controls: other masks of VM_EXIT_CONTROLS
VM_EXIT_ALWAYSON_WITHOUT_TRUE_MSR = 0x36DFF  # The default-1 bits (0-8, 10, 11, 13, 14, 16, 17) that must be set when IA32_VMX_TRUE_EXIT_CTLS is not used.

# VM-entry controls: other masks of VM_ENTRY_CONTROLS
VM_ENTRY_ALWAYSON_WITHOUT_TRUE_MSR = 0x11FF  # The default-1 bits (0-8, 12) that must be set when IA32_VMX_TRUE_ENTRY_CTLS is not used.

# Interruption-information format: other masks of VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO, IDT_VECTORING_INFO_FIELD
INTR_INFO_RESVD_BITS_MASK = (
    0x7FFFF000  # Bits 30:12; reserved in the VM-entry interruption-information field.
)
VECTORING_INFO_VECTOR_MASK = (
    0xFF  # INTR_INFO_VECTOR_MASK under the name Linux uses for the IDT-vectoring field.
)
VECTORING_INFO_TYPE_MASK = (
    0x700  # INTR_INFO_INTR_TYPE_MASK under the name Linux uses for the IDT-vectoring field.
)
VECTORING_INFO_DELIVER_CODE_MASK = (
    0x800  # INTR_INFO_DELIVER_CODE_MASK under the name Linux uses for the IDT-vectoring field.
)
VECTORING_INFO_VALID_MASK = (
    0x80000000  # INTR_INFO_VALID_MASK under the name Linux uses for the IDT-vectoring field.
)

# Flags register RFLAGS: other masks of GUEST_RFLAGS
RFLAGS_VMENTRY_RESERVED_ZERO = (
    0xFFFFFFFFFFC08028  # Bits 63:22, 15, 5 and 3: reserved, must be 0 in the guest RFLAGS field.
)

# Debug control register DR7: other masks of GUEST_DR7
DR_LOCAL_ENABLE_MASK = (
    0x55  # L0-L3 (bits 0, 2, 4, 6): breakpoints 0-3 enabled for the current task.
)
DR_GLOBAL_ENABLE_MASK = 0xAA  # G0-G3 (bits 1, 3, 5, 7): breakpoints 0-3 enabled for every task.
DR7_FIXED_ONES = 0x400  # Bit 10: reserved, always 1 (DR7 reads 0x400 after reset).
DR7_UPPER_RESERVED = 0xFFFFFFFF00000000  # Bits 63:32 of DR7: reserved, must be 0.

# MPX configuration MSR IA32_BNDCFGS: other masks of GUEST_BNDCFGS
MSR_IA32_BNDCFGS_RSVD = 0xFFC  # Bits 11:2 of IA32_BNDCFGS: reserved.

# Segment access rights (VMCS format): other masks of GUEST_ES_AR_BYTES, GUEST_CS_AR_BYTES, GUEST_SS_AR_BYTES, GUEST_DS_AR_BYTES, GUEST_FS_AR_BYTES, GUEST_GS_AR_BYTES, GUEST_LDTR_AR_BYTES, GUEST_TR_AR_BYTES
VMX_AR_RESERVD_MASK = 0xFFFE0F00  # Bits 31:17 and 11:8: reserved.
VMX_AR_TYPE_ACCESSES_MASK = 0x1  # Type bit 0: accessed.
VMX_AR_TYPE_READABLE_MASK = 0x2  # Type bit 1: readable (code) or writable (data).
VMX_AR_TYPE_CODE_MASK = 0x8  # Type bit 3: a code segment.
VMX_AR_TYPE_BUSY_16_TSS = 0x3  # The type of a busy 16-bit TSS.
VMX_AR_TYPE_BUSY_64_TSS = (
    0xB  # The type of a busy 32-bit or 64-bit TSS (VMX_AR_TYPE_BUSY_32_TSS is the same).
)
VMX_AR_TYPE_LDT = 0x2  # The type of an LDT descriptor.
VMX_AR_V8086 = 0xF3  # The access rights every segment register has in virtual-8086 mode: present, DPL 3, read/write accessed data.

# Guest pending debug exceptions: other masks of GUEST_PENDING_DBG_EXCEPTIONS
PENDING_DBG_RESERVED = 0xFFFFFFFFFFFEAFF0  # Bits 63:17, 15, 13 and 11:4: reserved, must be 0.

# Supervisor CET configuration IA32_S_CET: other masks of GUEST_S_CET, HOST_S_CET
CET_US_RESERVED_BITS = 0x3C0  # Bits 9:6: reserved.
CET_US_SHSTK_MASK_BITS = 0x3  # Bits 1:0: the shadow-stack controls.
CET_US_IBT_MASK_BITS = 0xFFFFFFFFFFFFFC3C  # Bits 5:2 and 63:10: the indirect-branch-tracking controls and the legacy code-page bitmap.


class Range(NamedTuple):
    """Bits high..low of a field; `values` is the enum of their named values, if any."""

    name: str
    high: int
    low: int
    values: type[enum.IntEnum] | None

    @property
    def mask(self) -> int:
        return ((1 << (self.high - self.low + 1)) - 1) << self.low


def unknown_bits(field: str, value: int) -> int:
    """The set bits of `value` that no flag or range of `field` names."""
    return value & ~DEFINED[field]


# Catalog field -> its flag class.
FLAGS: dict[str, type[enum.IntFlag]] = {
    "PIN_BASED_VM_EXEC_CONTROL": PinBasedControls,
    "CPU_BASED_VM_EXEC_CONTROL": PrimaryProcessorControls,
    "SECONDARY_VM_EXEC_CONTROL": SecondaryProcessorControls,
    "TERTIARY_VM_EXEC_CONTROL": TertiaryProcessorControls,
    "VM_EXIT_CONTROLS": VmExitControls,
    "VM_ENTRY_CONTROLS": VmEntryControls,
    "VM_EXIT_REASON": ExitReason,
    "GUEST_INTERRUPTIBILITY_INFO": InterruptibilityState,
    "VM_ENTRY_INTR_INFO_FIELD": InterruptionInfo,
    "VM_EXIT_INTR_INFO": InterruptionInfo,
    "IDT_VECTORING_INFO_FIELD": InterruptionInfo,
    "EPT_POINTER": EptPointer,
    "VM_FUNCTION_CONTROL": VmFunctionControls,
    "GUEST_CR0": Cr0,
    "HOST_CR0": Cr0,
    "CR0_READ_SHADOW": Cr0,
    "GUEST_CR4": Cr4,
    "HOST_CR4": Cr4,
    "CR4_READ_SHADOW": Cr4,
    "GUEST_IA32_EFER": Efer,
    "HOST_IA32_EFER": Efer,
    "GUEST_RFLAGS": Rflags,
    "GUEST_DR7": Dr7,
    "GUEST_IA32_DEBUGCTL": Debugctl,
    "GUEST_ES_SELECTOR": SegmentSelector,
    "GUEST_CS_SELECTOR": SegmentSelector,
    "GUEST_SS_SELECTOR": SegmentSelector,
    "GUEST_DS_SELECTOR": SegmentSelector,
    "GUEST_FS_SELECTOR": SegmentSelector,
    "GUEST_GS_SELECTOR": SegmentSelector,
    "GUEST_LDTR_SELECTOR": SegmentSelector,
    "GUEST_TR_SELECTOR": SegmentSelector,
    "HOST_ES_SELECTOR": SegmentSelector,
    "HOST_CS_SELECTOR": SegmentSelector,
    "HOST_SS_SELECTOR": SegmentSelector,
    "HOST_DS_SELECTOR": SegmentSelector,
    "HOST_FS_SELECTOR": SegmentSelector,
    "HOST_GS_SELECTOR": SegmentSelector,
    "HOST_TR_SELECTOR": SegmentSelector,
    "GUEST_ES_AR_BYTES": SegmentAccessRights,
    "GUEST_CS_AR_BYTES": SegmentAccessRights,
    "GUEST_SS_AR_BYTES": SegmentAccessRights,
    "GUEST_DS_AR_BYTES": SegmentAccessRights,
    "GUEST_FS_AR_BYTES": SegmentAccessRights,
    "GUEST_GS_AR_BYTES": SegmentAccessRights,
    "GUEST_LDTR_AR_BYTES": SegmentAccessRights,
    "GUEST_TR_AR_BYTES": SegmentAccessRights,
    "GUEST_PENDING_DBG_EXCEPTIONS": PendingDebugExceptions,
    "GUEST_S_CET": CetSupervisor,
    "HOST_S_CET": CetSupervisor,
}

# Catalog field -> the enum of its whole-field values.
VALUES: dict[str, type[enum.IntEnum]] = {
    "GUEST_ACTIVITY_STATE": ActivityState,
}

# Catalog field -> its multi-bit ranges.
RANGES: dict[str, tuple[Range, ...]] = {
    "VM_EXIT_REASON": (Range("VMX_EXIT_REASONS_BASIC_MASK", 15, 0, BasicExitReason),),
    "VM_ENTRY_INTR_INFO_FIELD": (
        Range("INTR_INFO_VECTOR_MASK", 7, 0, None),
        Range("INTR_INFO_INTR_TYPE_MASK", 10, 8, InterruptionType),
    ),
    "VM_EXIT_INTR_INFO": (
        Range("INTR_INFO_VECTOR_MASK", 7, 0, None),
        Range("INTR_INFO_INTR_TYPE_MASK", 10, 8, InterruptionType),
    ),
    "IDT_VECTORING_INFO_FIELD": (
        Range("INTR_INFO_VECTOR_MASK", 7, 0, None),
        Range("INTR_INFO_INTR_TYPE_MASK", 10, 8, InterruptionType),
    ),
    "EPT_POINTER": (
        Range("VMX_EPTP_MT_MASK", 2, 0, EptMemoryType),
        Range("VMX_EPTP_PWL_MASK", 5, 3, EptWalkLength),
        Range("EPTP_PA_MASK", 51, 12, None),
    ),
    "GUEST_RFLAGS": (Range("X86_EFLAGS_IOPL", 13, 12, None),),
    "GUEST_BNDCFGS": (Range("BNDCFGS_BASE_MASK", 63, 12, None),),
    "GUEST_ES_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_CS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_SS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_DS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_FS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_GS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_LDTR_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_TR_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_ES_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_CS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_SS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_DS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_FS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_GS_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "HOST_TR_SELECTOR": (
        Range("SEGMENT_RPL_MASK", 1, 0, None),
        Range("SEGMENT_INDEX_MASK", 15, 3, None),
    ),
    "GUEST_ES_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_CS_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_SS_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_DS_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_FS_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_GS_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_LDTR_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_TR_AR_BYTES": (
        Range("VMX_AR_TYPE_MASK", 3, 0, None),
        Range("VMX_AR_DPL_MASK", 6, 5, None),
    ),
    "GUEST_PENDING_DBG_EXCEPTIONS": (Range("PENDING_DBG_BREAKPOINTS", 3, 0, None),),
}

# Catalog field -> every bit a flag or range names (all bits for whole-field values).
DEFINED: dict[str, int] = {
    "PIN_BASED_VM_EXEC_CONTROL": 0xE9,
    "CPU_BASED_VM_EXEC_CONTROL": 0xFBFB9E8C,
    "SECONDARY_VM_EXEC_CONTROL": 0xC75FFFFF,
    "TERTIARY_VM_EXEC_CONTROL": 0x10,
    "VM_EXIT_CONTROLS": 0x53FC9204,
    "VM_ENTRY_CONTROLS": 0x17EE04,
    "VM_EXIT_REASON": 0xBC00FFFF,
    "GUEST_INTERRUPTIBILITY_INFO": 0x1F,
    "GUEST_ACTIVITY_STATE": 0xFFFFFFFF,
    "VM_ENTRY_INTR_INFO_FIELD": 0x80001FFF,
    "VM_EXIT_INTR_INFO": 0x80001FFF,
    "IDT_VECTORING_INFO_FIELD": 0x80001FFF,
    "EPT_POINTER": 0xFFFFFFFFFF07F,
    "VM_FUNCTION_CONTROL": 0x1,
    "GUEST_CR0": 0xE005003F,
    "HOST_CR0": 0xE005003F,
    "CR0_READ_SHADOW": 0xE005003F,
    "GUEST_CR4": 0xF77FFF,
    "HOST_CR4": 0xF77FFF,
    "CR4_READ_SHADOW": 0xF77FFF,
    "GUEST_IA32_EFER": 0x207D01,
    "HOST_IA32_EFER": 0x207D01,
    "GUEST_RFLAGS": 0x3F7FD7,
    "GUEST_DR7": 0x2300,
    "GUEST_IA32_DEBUGCTL": 0xDFC7,
    "GUEST_BNDCFGS": 0xFFFFFFFFFFFFF000,
    "GUEST_ES_SELECTOR": 0xFFFF,
    "GUEST_CS_SELECTOR": 0xFFFF,
    "GUEST_SS_SELECTOR": 0xFFFF,
    "GUEST_DS_SELECTOR": 0xFFFF,
    "GUEST_FS_SELECTOR": 0xFFFF,
    "GUEST_GS_SELECTOR": 0xFFFF,
    "GUEST_LDTR_SELECTOR": 0xFFFF,
    "GUEST_TR_SELECTOR": 0xFFFF,
    "HOST_ES_SELECTOR": 0xFFFF,
    "HOST_CS_SELECTOR": 0xFFFF,
    "HOST_SS_SELECTOR": 0xFFFF,
    "HOST_DS_SELECTOR": 0xFFFF,
    "HOST_FS_SELECTOR": 0xFFFF,
    "HOST_GS_SELECTOR": 0xFFFF,
    "HOST_TR_SELECTOR": 0xFFFF,
    "GUEST_ES_AR_BYTES": 0x1F0FF,
    "GUEST_CS_AR_BYTES": 0x1F0FF,
    "GUEST_SS_AR_BYTES": 0x1F0FF,
    "GUEST_DS_AR_BYTES": 0x1F0FF,
    "GUEST_FS_AR_BYTES": 0x1F0FF,
    "GUEST_GS_AR_BYTES": 0x1F0FF,
    "GUEST_LDTR_AR_BYTES": 0x1F0FF,
    "GUEST_TR_AR_BYTES": 0x1F0FF,
    "GUEST_PENDING_DBG_EXCEPTIONS": 0x1500F,
    "GUEST_S_CET": 0xC00,
    "HOST_S_CET": 0xC00,
}
# vmcsgen-digest: cd65c921bca6a3179b6acb01835610d305e8f07d98970997e68b3724000d253d 35faaea4392863c8e6c345860d97ad805f2be82055d62f722e8b8feff6855a64
