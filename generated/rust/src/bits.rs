// SPDX-License-Identifier: GPL-2.0-only OR MIT
// Generated from specs/bits.yaml, specs/fields.yaml by vmcsgen 0.1.0; do not edit.
// Regenerate with: vmcsgen generate

//! Named bits and values of VMCS fields, as flag and value types.
//!
//! Source: Names and positions from Linux (torvalds/linux): arch/x86/include/asm/vmx.h at
//! 3c75e6a5da3c0dfcd34e5f9df5390804179f2aeb, with VMCS_CONTROL_BIT(x) = BIT(VMX_FEATURE_x & 0x1f)
//! resolved through arch/x86/include/asm/vmxfeatures.h (0d3001e2690a0ed3f51defd953ae4b5f32b8ec64
//! for words 0-2; NOTIFY_VM_EXITING 2*32+31, TERTIARY_CONTROLS 1*32+17 and IPI_VIRT 3*32+4 from the
//! upstream patches that added them); exit reasons from arch/x86/include/uapi/asm/vmx.h (tools copy
//! at da80d2e516eb858eb5bcca7fa5f5a13ed86930e4, then upstream blobs up to 1baa86dfe029, which added
//! SEAMCALL); exit-reason flag bits without a macro from union vmx_exit_reason in
//! arch/x86/kvm/vmx/common.h at 1a2f09ae11b4657d49df6fa86744795f99c2ee27; event types from
//! arch/x86/include/asm/trapnr.h (blob 8d1154cdf787). SDM names from the Intel SDM Vol. 3C tables
//! of VM-execution, VM-exit and VM-entry controls, exit-reason format and Appendix C. Descriptions
//! are ours.
//!
//! A flag type keeps bits it has no name for (`PinBasedControls(0x10000)` is a valid value),
//! so decoding never loses a bit; its `Debug` output names every set flag, every range's
//! value, and the unnamed bits as hex: `PinBasedControls(PIN_BASED_NMI_EXITING | 0x10000)`.
//! The values of a multi-bit range are unshifted.

use core::fmt;

/// Pin-based VM-execution controls: the bits of PIN_BASED_VM_EXEC_CONTROL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PinBasedControls(pub u32);

impl PinBasedControls {
    /// Bit 0, External-interrupt exiting: External interrupts cause VM exits instead of being
    /// delivered through the guest IDT.
    pub const PIN_BASED_EXT_INTR_MASK: Self = Self(0x1);
    /// Bit 3, NMI exiting: Non-maskable interrupts cause VM exits.
    pub const PIN_BASED_NMI_EXITING: Self = Self(0x8);
    /// Bit 5, Virtual NMIs: NMIs are not blocked by the guest; the processor tracks virtual-NMI
    /// blocking instead.
    pub const PIN_BASED_VIRTUAL_NMIS: Self = Self(0x20);
    /// Bit 6, Activate VMX-preemption timer: The VMX-preemption timer counts down in VMX non-root
    /// operation and causes a VM exit at zero.
    pub const PIN_BASED_VMX_PREEMPTION_TIMER: Self = Self(0x40);
    /// Bit 7, Process posted interrupts: Interrupts with the posted-interrupt notification vector
    /// are processed through the posted-interrupt descriptor.
    pub const PIN_BASED_POSTED_INTR: Self = Self(0x80);
    /// The default-1 bits (1, 2, 4) that must be set when IA32_VMX_TRUE_PINBASED_CTLS is not used.
    pub const PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR: Self = Self(0x16);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0xe9;
    const FORMAT: Format = Format {
        name: "PinBasedControls",
        flags: &[
            ("PIN_BASED_EXT_INTR_MASK", 0x1),
            ("PIN_BASED_NMI_EXITING", 0x8),
            ("PIN_BASED_VIRTUAL_NMIS", 0x20),
            ("PIN_BASED_VMX_PREEMPTION_TIMER", 0x40),
            ("PIN_BASED_POSTED_INTR", 0x80),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for PinBasedControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for PinBasedControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for PinBasedControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for PinBasedControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Primary processor-based VM-execution controls: the bits of CPU_BASED_VM_EXEC_CONTROL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PrimaryProcessorControls(pub u32);

impl PrimaryProcessorControls {
    /// Bit 2, Interrupt-window exiting: VM exit at the start of any instruction once the guest can
    /// take external interrupts.
    pub const CPU_BASED_INTR_WINDOW_EXITING: Self = Self(0x4);
    /// Bit 3, Use TSC offsetting: RDTSC, RDTSCP and RDMSR of the TSC return a value adjusted by the
    /// TSC offset.
    pub const CPU_BASED_USE_TSC_OFFSETTING: Self = Self(0x8);
    /// Bit 7, HLT exiting: HLT causes a VM exit.
    pub const CPU_BASED_HLT_EXITING: Self = Self(0x80);
    /// Bit 9, INVLPG exiting: INVLPG causes a VM exit.
    pub const CPU_BASED_INVLPG_EXITING: Self = Self(0x200);
    /// Bit 10, MWAIT exiting: MWAIT causes a VM exit.
    pub const CPU_BASED_MWAIT_EXITING: Self = Self(0x400);
    /// Bit 11, RDPMC exiting: RDPMC causes a VM exit.
    pub const CPU_BASED_RDPMC_EXITING: Self = Self(0x800);
    /// Bit 12, RDTSC exiting: RDTSC and RDTSCP cause VM exits.
    pub const CPU_BASED_RDTSC_EXITING: Self = Self(0x1000);
    /// Bit 15, CR3-load exiting: MOV to CR3 causes a VM exit unless the value is one of the CR3
    /// targets.
    pub const CPU_BASED_CR3_LOAD_EXITING: Self = Self(0x8000);
    /// Bit 16, CR3-store exiting: MOV from CR3 causes a VM exit.
    pub const CPU_BASED_CR3_STORE_EXITING: Self = Self(0x10000);
    /// Bit 17, Activate tertiary controls: The tertiary processor-based VM-execution controls are
    /// used.
    pub const CPU_BASED_ACTIVATE_TERTIARY_CONTROLS: Self = Self(0x20000);
    /// Bit 19, CR8-load exiting: MOV to CR8 causes a VM exit.
    pub const CPU_BASED_CR8_LOAD_EXITING: Self = Self(0x80000);
    /// Bit 20, CR8-store exiting: MOV from CR8 causes a VM exit.
    pub const CPU_BASED_CR8_STORE_EXITING: Self = Self(0x100000);
    /// Bit 21, Use TPR shadow: The TPR is virtualized through the virtual-APIC page.
    pub const CPU_BASED_TPR_SHADOW: Self = Self(0x200000);
    /// Bit 22, NMI-window exiting: VM exit at the start of any instruction once there is no
    /// virtual-NMI blocking.
    pub const CPU_BASED_NMI_WINDOW_EXITING: Self = Self(0x400000);
    /// Bit 23, MOV-DR exiting: MOV to or from a debug register causes a VM exit.
    pub const CPU_BASED_MOV_DR_EXITING: Self = Self(0x800000);
    /// Bit 24, Unconditional I/O exiting: Every I/O instruction causes a VM exit (ignored when I/O
    /// bitmaps are used).
    pub const CPU_BASED_UNCOND_IO_EXITING: Self = Self(0x1000000);
    /// Bit 25, Use I/O bitmaps: I/O bitmaps A and B decide which I/O instructions cause VM exits.
    pub const CPU_BASED_USE_IO_BITMAPS: Self = Self(0x2000000);
    /// Bit 27, Monitor trap flag: Single-step the guest with monitor-trap-flag VM exits.
    pub const CPU_BASED_MONITOR_TRAP_FLAG: Self = Self(0x8000000);
    /// Bit 28, Use MSR bitmaps: The MSR bitmaps decide which RDMSR and WRMSR cause VM exits.
    pub const CPU_BASED_USE_MSR_BITMAPS: Self = Self(0x10000000);
    /// Bit 29, MONITOR exiting: MONITOR causes a VM exit.
    pub const CPU_BASED_MONITOR_EXITING: Self = Self(0x20000000);
    /// Bit 30, PAUSE exiting: PAUSE causes a VM exit.
    pub const CPU_BASED_PAUSE_EXITING: Self = Self(0x40000000);
    /// Bit 31, Activate secondary controls: The secondary processor-based VM-execution controls are
    /// used.
    pub const CPU_BASED_ACTIVATE_SECONDARY_CONTROLS: Self = Self(0x80000000);
    /// The default-1 bits (1, 4-6, 8, 13-16, 26) that must be set when IA32_VMX_TRUE_PROCBASED_CTLS
    /// is not used.
    pub const CPU_BASED_ALWAYSON_WITHOUT_TRUE_MSR: Self = Self(0x401e172);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0xfbfb9e8c;
    const FORMAT: Format = Format {
        name: "PrimaryProcessorControls",
        flags: &[
            ("CPU_BASED_INTR_WINDOW_EXITING", 0x4),
            ("CPU_BASED_USE_TSC_OFFSETTING", 0x8),
            ("CPU_BASED_HLT_EXITING", 0x80),
            ("CPU_BASED_INVLPG_EXITING", 0x200),
            ("CPU_BASED_MWAIT_EXITING", 0x400),
            ("CPU_BASED_RDPMC_EXITING", 0x800),
            ("CPU_BASED_RDTSC_EXITING", 0x1000),
            ("CPU_BASED_CR3_LOAD_EXITING", 0x8000),
            ("CPU_BASED_CR3_STORE_EXITING", 0x10000),
            ("CPU_BASED_ACTIVATE_TERTIARY_CONTROLS", 0x20000),
            ("CPU_BASED_CR8_LOAD_EXITING", 0x80000),
            ("CPU_BASED_CR8_STORE_EXITING", 0x100000),
            ("CPU_BASED_TPR_SHADOW", 0x200000),
            ("CPU_BASED_NMI_WINDOW_EXITING", 0x400000),
            ("CPU_BASED_MOV_DR_EXITING", 0x800000),
            ("CPU_BASED_UNCOND_IO_EXITING", 0x1000000),
            ("CPU_BASED_USE_IO_BITMAPS", 0x2000000),
            ("CPU_BASED_MONITOR_TRAP_FLAG", 0x8000000),
            ("CPU_BASED_USE_MSR_BITMAPS", 0x10000000),
            ("CPU_BASED_MONITOR_EXITING", 0x20000000),
            ("CPU_BASED_PAUSE_EXITING", 0x40000000),
            ("CPU_BASED_ACTIVATE_SECONDARY_CONTROLS", 0x80000000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for PrimaryProcessorControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for PrimaryProcessorControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for PrimaryProcessorControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for PrimaryProcessorControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Secondary processor-based VM-execution controls: the bits of SECONDARY_VM_EXEC_CONTROL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SecondaryProcessorControls(pub u32);

impl SecondaryProcessorControls {
    /// Bit 0, Virtualize APIC accesses: Accesses to the APIC-access page are virtualized or cause
    /// VM exits.
    pub const SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES: Self = Self(0x1);
    /// Bit 1, Enable EPT: Guest-physical addresses are translated through extended page tables.
    pub const SECONDARY_EXEC_ENABLE_EPT: Self = Self(0x2);
    /// Bit 2, Descriptor-table exiting: LGDT, LIDT, LLDT, LTR, SGDT, SIDT, SLDT and STR cause VM
    /// exits.
    pub const SECONDARY_EXEC_DESC: Self = Self(0x4);
    /// Bit 3, Enable RDTSCP: RDTSCP is allowed in the guest (otherwise it raises #UD).
    pub const SECONDARY_EXEC_ENABLE_RDTSCP: Self = Self(0x8);
    /// Bit 4, Virtualize x2APIC mode: RDMSR and WRMSR of x2APIC MSRs are virtualized.
    pub const SECONDARY_EXEC_VIRTUALIZE_X2APIC_MODE: Self = Self(0x10);
    /// Bit 5, Enable VPID: Cached linear translations are tagged with the virtual-processor
    /// identifier.
    pub const SECONDARY_EXEC_ENABLE_VPID: Self = Self(0x20);
    /// Bit 6, WBINVD exiting: WBINVD and WBNOINVD cause VM exits.
    pub const SECONDARY_EXEC_WBINVD_EXITING: Self = Self(0x40);
    /// Bit 7, Unrestricted guest: The guest may run in real mode or unpaged protected mode.
    pub const SECONDARY_EXEC_UNRESTRICTED_GUEST: Self = Self(0x80);
    /// Bit 8, APIC-register virtualization: Reads of APIC registers are served from the
    /// virtual-APIC page.
    pub const SECONDARY_EXEC_APIC_REGISTER_VIRT: Self = Self(0x100);
    /// Bit 9, Virtual-interrupt delivery: Pending virtual interrupts are evaluated and delivered by
    /// the processor.
    pub const SECONDARY_EXEC_VIRTUAL_INTR_DELIVERY: Self = Self(0x200);
    /// Bit 10, PAUSE-loop exiting: A PAUSE loop longer than the PLE window at CPL 0 causes a VM
    /// exit.
    pub const SECONDARY_EXEC_PAUSE_LOOP_EXITING: Self = Self(0x400);
    /// Bit 11, RDRAND exiting: RDRAND causes a VM exit.
    pub const SECONDARY_EXEC_RDRAND_EXITING: Self = Self(0x800);
    /// Bit 12, Enable INVPCID: INVPCID is allowed in the guest (otherwise it raises #UD).
    pub const SECONDARY_EXEC_ENABLE_INVPCID: Self = Self(0x1000);
    /// Bit 13, Enable VM functions: VMFUNC is allowed in the guest.
    pub const SECONDARY_EXEC_ENABLE_VMFUNC: Self = Self(0x2000);
    /// Bit 14, VMCS shadowing: Guest VMREAD and VMWRITE may access the shadow VMCS through the
    /// VMREAD and VMWRITE bitmaps.
    pub const SECONDARY_EXEC_SHADOW_VMCS: Self = Self(0x4000);
    /// Bit 15, Enable ENCLS exiting: ENCLS leaves selected by the ENCLS-exiting bitmap cause VM
    /// exits.
    pub const SECONDARY_EXEC_ENCLS_EXITING: Self = Self(0x8000);
    /// Bit 16, RDSEED exiting: RDSEED causes a VM exit.
    pub const SECONDARY_EXEC_RDSEED_EXITING: Self = Self(0x10000);
    /// Bit 17, Enable PML: Guest-physical addresses of dirtied pages are logged to the
    /// page-modification log.
    pub const SECONDARY_EXEC_ENABLE_PML: Self = Self(0x20000);
    /// Bit 18, EPT-violation #VE: Some EPT violations are delivered to the guest as virtualization
    /// exceptions.
    pub const SECONDARY_EXEC_EPT_VIOLATION_VE: Self = Self(0x40000);
    /// Bit 19, Conceal VMX from PT: Intel PT does not report that the processor is in VMX non-root
    /// operation.
    pub const SECONDARY_EXEC_PT_CONCEAL_VMX: Self = Self(0x80000);
    /// Bit 20, Enable XSAVES/XRSTORS: XSAVES and XRSTORS are allowed in the guest, filtered by the
    /// XSS-exiting bitmap.
    pub const SECONDARY_EXEC_ENABLE_XSAVES: Self = Self(0x100000);
    /// Bit 22, Mode-based execute control for EPT: EPT has separate execute permissions for
    /// supervisor and user linear addresses.
    pub const SECONDARY_EXEC_MODE_BASED_EPT_EXEC: Self = Self(0x400000);
    /// Bit 24, Intel PT uses guest physical addresses: Intel PT output addresses are guest-physical
    /// and translated through EPT.
    pub const SECONDARY_EXEC_PT_USE_GPA: Self = Self(0x1000000);
    /// Bit 25, Use TSC scaling: Guest reads of the TSC are scaled by the TSC multiplier.
    pub const SECONDARY_EXEC_TSC_SCALING: Self = Self(0x2000000);
    /// Bit 26, Enable user wait and pause: TPAUSE, UMONITOR and UMWAIT are allowed in the guest.
    pub const SECONDARY_EXEC_ENABLE_USR_WAIT_PAUSE: Self = Self(0x4000000);
    /// Bit 30, VMM bus-lock detection: A bus lock acquired by the guest causes a VM exit after the
    /// instruction.
    pub const SECONDARY_EXEC_BUS_LOCK_DETECTION: Self = Self(0x40000000);
    /// Bit 31, Instruction timeout: A VM exit occurs when no event window opens within the notify
    /// window.
    pub const SECONDARY_EXEC_NOTIFY_VM_EXITING: Self = Self(0x80000000);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0xc75fffff;
    const FORMAT: Format = Format {
        name: "SecondaryProcessorControls",
        flags: &[
            ("SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES", 0x1),
            ("SECONDARY_EXEC_ENABLE_EPT", 0x2),
            ("SECONDARY_EXEC_DESC", 0x4),
            ("SECONDARY_EXEC_ENABLE_RDTSCP", 0x8),
            ("SECONDARY_EXEC_VIRTUALIZE_X2APIC_MODE", 0x10),
            ("SECONDARY_EXEC_ENABLE_VPID", 0x20),
            ("SECONDARY_EXEC_WBINVD_EXITING", 0x40),
            ("SECONDARY_EXEC_UNRESTRICTED_GUEST", 0x80),
            ("SECONDARY_EXEC_APIC_REGISTER_VIRT", 0x100),
            ("SECONDARY_EXEC_VIRTUAL_INTR_DELIVERY", 0x200),
            ("SECONDARY_EXEC_PAUSE_LOOP_EXITING", 0x400),
            ("SECONDARY_EXEC_RDRAND_EXITING", 0x800),
            ("SECONDARY_EXEC_ENABLE_INVPCID", 0x1000),
            ("SECONDARY_EXEC_ENABLE_VMFUNC", 0x2000),
            ("SECONDARY_EXEC_SHADOW_VMCS", 0x4000),
            ("SECONDARY_EXEC_ENCLS_EXITING", 0x8000),
            ("SECONDARY_EXEC_RDSEED_EXITING", 0x10000),
            ("SECONDARY_EXEC_ENABLE_PML", 0x20000),
            ("SECONDARY_EXEC_EPT_VIOLATION_VE", 0x40000),
            ("SECONDARY_EXEC_PT_CONCEAL_VMX", 0x80000),
            ("SECONDARY_EXEC_ENABLE_XSAVES", 0x100000),
            ("SECONDARY_EXEC_MODE_BASED_EPT_EXEC", 0x400000),
            ("SECONDARY_EXEC_PT_USE_GPA", 0x1000000),
            ("SECONDARY_EXEC_TSC_SCALING", 0x2000000),
            ("SECONDARY_EXEC_ENABLE_USR_WAIT_PAUSE", 0x4000000),
            ("SECONDARY_EXEC_BUS_LOCK_DETECTION", 0x40000000),
            ("SECONDARY_EXEC_NOTIFY_VM_EXITING", 0x80000000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for SecondaryProcessorControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for SecondaryProcessorControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for SecondaryProcessorControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for SecondaryProcessorControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Tertiary processor-based VM-execution controls: the bits of TERTIARY_VM_EXEC_CONTROL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TertiaryProcessorControls(pub u64);

impl TertiaryProcessorControls {
    /// Bit 4, IPI virtualization: Guest writes of the ICR send IPIs through the PID-pointer table
    /// without a VM exit.
    pub const TERTIARY_EXEC_IPI_VIRT: Self = Self(0x10);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x10;
    const FORMAT: Format = Format {
        name: "TertiaryProcessorControls",
        flags: &[("TERTIARY_EXEC_IPI_VIRT", 0x10)],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for TertiaryProcessorControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for TertiaryProcessorControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for TertiaryProcessorControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for TertiaryProcessorControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// VM-exit controls: the bits of VM_EXIT_CONTROLS.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct VmExitControls(pub u32);

impl VmExitControls {
    /// Bit 2, Save debug controls: DR7 and IA32_DEBUGCTL are saved on VM exit.
    pub const VM_EXIT_SAVE_DEBUG_CONTROLS: Self = Self(0x4);
    /// Bit 9, Host address-space size: The host runs in 64-bit mode after VM exit.
    pub const VM_EXIT_HOST_ADDR_SPACE_SIZE: Self = Self(0x200);
    /// Bit 12, Load IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is loaded from the host-state area
    /// on VM exit.
    pub const VM_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL: Self = Self(0x1000);
    /// Bit 15, Acknowledge interrupt on exit: An external-interrupt VM exit acknowledges the
    /// interrupt and stores its vector.
    pub const VM_EXIT_ACK_INTR_ON_EXIT: Self = Self(0x8000);
    /// Bit 18, Save IA32_PAT: IA32_PAT is saved on VM exit.
    pub const VM_EXIT_SAVE_IA32_PAT: Self = Self(0x40000);
    /// Bit 19, Load IA32_PAT: IA32_PAT is loaded on VM exit.
    pub const VM_EXIT_LOAD_IA32_PAT: Self = Self(0x80000);
    /// Bit 20, Save IA32_EFER: IA32_EFER is saved on VM exit.
    pub const VM_EXIT_SAVE_IA32_EFER: Self = Self(0x100000);
    /// Bit 21, Load IA32_EFER: IA32_EFER is loaded on VM exit.
    pub const VM_EXIT_LOAD_IA32_EFER: Self = Self(0x200000);
    /// Bit 22, Save VMX-preemption timer value: The VMX-preemption timer value is saved on VM exit.
    pub const VM_EXIT_SAVE_VMX_PREEMPTION_TIMER: Self = Self(0x400000);
    /// Bit 23, Clear IA32_BNDCFGS: IA32_BNDCFGS is cleared on VM exit.
    pub const VM_EXIT_CLEAR_BNDCFGS: Self = Self(0x800000);
    /// Bit 24, Conceal VMX from PT: Intel PT does not produce a PIP or VMCS packet for the VM exit.
    pub const VM_EXIT_PT_CONCEAL_PIP: Self = Self(0x1000000);
    /// Bit 25, Clear IA32_RTIT_CTL: IA32_RTIT_CTL is cleared on VM exit.
    pub const VM_EXIT_CLEAR_IA32_RTIT_CTL: Self = Self(0x2000000);
    /// Bit 28, Load CET state: Host S_CET, SSP and the interrupt SSP table address are loaded on VM
    /// exit.
    pub const VM_EXIT_LOAD_CET_STATE: Self = Self(0x10000000);
    /// Bit 30, Save IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is saved into the guest-state area
    /// on VM exit.
    pub const VM_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL: Self = Self(0x40000000);
    /// The default-1 bits (0-8, 10, 11, 13, 14, 16, 17) that must be set when
    /// IA32_VMX_TRUE_EXIT_CTLS is not used.
    pub const VM_EXIT_ALWAYSON_WITHOUT_TRUE_MSR: Self = Self(0x36dff);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0x53fc9204;
    const FORMAT: Format = Format {
        name: "VmExitControls",
        flags: &[
            ("VM_EXIT_SAVE_DEBUG_CONTROLS", 0x4),
            ("VM_EXIT_HOST_ADDR_SPACE_SIZE", 0x200),
            ("VM_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL", 0x1000),
            ("VM_EXIT_ACK_INTR_ON_EXIT", 0x8000),
            ("VM_EXIT_SAVE_IA32_PAT", 0x40000),
            ("VM_EXIT_LOAD_IA32_PAT", 0x80000),
            ("VM_EXIT_SAVE_IA32_EFER", 0x100000),
            ("VM_EXIT_LOAD_IA32_EFER", 0x200000),
            ("VM_EXIT_SAVE_VMX_PREEMPTION_TIMER", 0x400000),
            ("VM_EXIT_CLEAR_BNDCFGS", 0x800000),
            ("VM_EXIT_PT_CONCEAL_PIP", 0x1000000),
            ("VM_EXIT_CLEAR_IA32_RTIT_CTL", 0x2000000),
            ("VM_EXIT_LOAD_CET_STATE", 0x10000000),
            ("VM_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL", 0x40000000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for VmExitControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for VmExitControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for VmExitControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for VmExitControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// VM-entry controls: the bits of VM_ENTRY_CONTROLS.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct VmEntryControls(pub u32);

impl VmEntryControls {
    /// Bit 2, Load debug controls: DR7 and IA32_DEBUGCTL are loaded on VM entry.
    pub const VM_ENTRY_LOAD_DEBUG_CONTROLS: Self = Self(0x4);
    /// Bit 9, IA-32e mode guest: The guest is in IA-32e mode after VM entry.
    pub const VM_ENTRY_IA32E_MODE: Self = Self(0x200);
    /// Bit 10, Entry to SMM: VM entry goes to system-management mode (dual-monitor treatment only).
    pub const VM_ENTRY_SMM: Self = Self(0x400);
    /// Bit 11, Deactivate dual-monitor treatment: The dual-monitor treatment of SMIs and SMM is
    /// ended after VM entry.
    pub const VM_ENTRY_DEACT_DUAL_MONITOR: Self = Self(0x800);
    /// Bit 13, Load IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is loaded on VM entry.
    pub const VM_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL: Self = Self(0x2000);
    /// Bit 14, Load IA32_PAT: IA32_PAT is loaded on VM entry.
    pub const VM_ENTRY_LOAD_IA32_PAT: Self = Self(0x4000);
    /// Bit 15, Load IA32_EFER: IA32_EFER is loaded on VM entry.
    pub const VM_ENTRY_LOAD_IA32_EFER: Self = Self(0x8000);
    /// Bit 16, Load IA32_BNDCFGS: IA32_BNDCFGS is loaded on VM entry.
    pub const VM_ENTRY_LOAD_BNDCFGS: Self = Self(0x10000);
    /// Bit 17, Conceal VMX from PT: Intel PT does not produce a PIP or VMCS packet for the VM
    /// entry.
    pub const VM_ENTRY_PT_CONCEAL_PIP: Self = Self(0x20000);
    /// Bit 18, Load IA32_RTIT_CTL: IA32_RTIT_CTL is loaded on VM entry.
    pub const VM_ENTRY_LOAD_IA32_RTIT_CTL: Self = Self(0x40000);
    /// Bit 20, Load CET state: Guest S_CET, SSP and the interrupt SSP table address are loaded on
    /// VM entry.
    pub const VM_ENTRY_LOAD_CET_STATE: Self = Self(0x100000);
    /// The default-1 bits (0-8, 12) that must be set when IA32_VMX_TRUE_ENTRY_CTLS is not used.
    pub const VM_ENTRY_ALWAYSON_WITHOUT_TRUE_MSR: Self = Self(0x11ff);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0x17ee04;
    const FORMAT: Format = Format {
        name: "VmEntryControls",
        flags: &[
            ("VM_ENTRY_LOAD_DEBUG_CONTROLS", 0x4),
            ("VM_ENTRY_IA32E_MODE", 0x200),
            ("VM_ENTRY_SMM", 0x400),
            ("VM_ENTRY_DEACT_DUAL_MONITOR", 0x800),
            ("VM_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL", 0x2000),
            ("VM_ENTRY_LOAD_IA32_PAT", 0x4000),
            ("VM_ENTRY_LOAD_IA32_EFER", 0x8000),
            ("VM_ENTRY_LOAD_BNDCFGS", 0x10000),
            ("VM_ENTRY_PT_CONCEAL_PIP", 0x20000),
            ("VM_ENTRY_LOAD_IA32_RTIT_CTL", 0x40000),
            ("VM_ENTRY_LOAD_CET_STATE", 0x100000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for VmEntryControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for VmEntryControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for VmEntryControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for VmEntryControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Exit reason: the bits of VM_EXIT_REASON.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ExitReason(pub u32);

impl ExitReason {
    /// Bit 26, Bus lock detected: A bus lock was asserted by the guest while VMM bus-lock detection
    /// was on.
    pub const VMX_EXIT_REASONS_BUS_LOCK_DETECTED: Self = Self(0x4000000);
    /// Bit 27, Enclave mode: The VM exit happened while the logical processor was in enclave mode.
    pub const VMX_EXIT_REASONS_SGX_ENCLAVE_MODE: Self = Self(0x8000000);
    /// Bit 28, Pending MTF VM exit: An SMM VM exit took priority over a monitor-trap-flag VM exit.
    pub const VMX_EXIT_REASONS_SMI_PENDING_MTF: Self = Self(0x10000000);
    /// Bit 29, VM exit from VMX root operation: The processor was in VMX root operation (SMM VM
    /// exits only).
    pub const VMX_EXIT_REASONS_SMI_FROM_VMX_ROOT: Self = Self(0x20000000);
    /// Bit 31, VM-entry failure: VM entry failed; bits 15:0 give the reason of the failure.
    pub const VMX_EXIT_REASONS_FAILED_VMENTRY: Self = Self(0x80000000);
    /// Bits 15:0, the mask of [`Self::basic_exit_reason`].
    pub const VMX_EXIT_REASONS_BASIC_MASK: Self = Self(0xffff);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0xbc00ffff;
    const FORMAT: Format = Format {
        name: "ExitReason",
        flags: &[
            ("VMX_EXIT_REASONS_BUS_LOCK_DETECTED", 0x4000000),
            ("VMX_EXIT_REASONS_SGX_ENCLAVE_MODE", 0x8000000),
            ("VMX_EXIT_REASONS_SMI_PENDING_MTF", 0x10000000),
            ("VMX_EXIT_REASONS_SMI_FROM_VMX_ROOT", 0x20000000),
            ("VMX_EXIT_REASONS_FAILED_VMENTRY", 0x80000000),
        ],
        ranges: &[Range {
            name: "VMX_EXIT_REASONS_BASIC_MASK",
            low: 0,
            mask: 0xffff,
            values: &BasicExitReason::NAMES,
        }],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }

    /// Bits 15:0 (VMX_EXIT_REASONS_BASIC_MASK), unshifted.
    pub const fn basic_exit_reason(self) -> BasicExitReason {
        BasicExitReason(self.0 & 0xffff)
    }
}

impl core::ops::BitOr for ExitReason {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for ExitReason {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for ExitReason {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for ExitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Basic exit reason: the values of bits 15:0 of VM_EXIT_REASON.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BasicExitReason(pub u32);

impl BasicExitReason {
    /// Exception or non-maskable interrupt (NMI): An exception selected by the exception bitmap, or
    /// an NMI with NMI exiting.
    pub const EXIT_REASON_EXCEPTION_NMI: Self = Self(0);
    /// External interrupt: An external interrupt arrived with external-interrupt exiting.
    pub const EXIT_REASON_EXTERNAL_INTERRUPT: Self = Self(1);
    /// Triple fault: An exception while calling the double-fault handler.
    pub const EXIT_REASON_TRIPLE_FAULT: Self = Self(2);
    /// INIT signal: An INIT signal arrived.
    pub const EXIT_REASON_INIT_SIGNAL: Self = Self(3);
    /// Start-up IPI (SIPI): A SIPI arrived in the wait-for-SIPI state.
    pub const EXIT_REASON_SIPI_SIGNAL: Self = Self(4);
    /// Other SMI: An SMI not right after an I/O instruction caused an SMM VM exit.
    pub const EXIT_REASON_OTHER_SMI: Self = Self(6);
    /// Interrupt window: The interrupt window opened with interrupt-window exiting.
    pub const EXIT_REASON_INTERRUPT_WINDOW: Self = Self(7);
    /// NMI window: The NMI window opened with NMI-window exiting.
    pub const EXIT_REASON_NMI_WINDOW: Self = Self(8);
    /// Task switch: The guest attempted a task switch.
    pub const EXIT_REASON_TASK_SWITCH: Self = Self(9);
    /// CPUID: The guest executed CPUID.
    pub const EXIT_REASON_CPUID: Self = Self(10);
    /// HLT: The guest executed HLT with HLT exiting.
    pub const EXIT_REASON_HLT: Self = Self(12);
    /// INVD: The guest executed INVD.
    pub const EXIT_REASON_INVD: Self = Self(13);
    /// INVLPG: The guest executed INVLPG with INVLPG exiting.
    pub const EXIT_REASON_INVLPG: Self = Self(14);
    /// RDPMC: The guest executed RDPMC with RDPMC exiting.
    pub const EXIT_REASON_RDPMC: Self = Self(15);
    /// RDTSC: The guest executed RDTSC with RDTSC exiting.
    pub const EXIT_REASON_RDTSC: Self = Self(16);
    /// VMCALL: The guest executed VMCALL.
    pub const EXIT_REASON_VMCALL: Self = Self(18);
    /// VMCLEAR: The guest executed VMCLEAR.
    pub const EXIT_REASON_VMCLEAR: Self = Self(19);
    /// VMLAUNCH: The guest executed VMLAUNCH.
    pub const EXIT_REASON_VMLAUNCH: Self = Self(20);
    /// VMPTRLD: The guest executed VMPTRLD.
    pub const EXIT_REASON_VMPTRLD: Self = Self(21);
    /// VMPTRST: The guest executed VMPTRST.
    pub const EXIT_REASON_VMPTRST: Self = Self(22);
    /// VMREAD: The guest executed VMREAD.
    pub const EXIT_REASON_VMREAD: Self = Self(23);
    /// VMRESUME: The guest executed VMRESUME.
    pub const EXIT_REASON_VMRESUME: Self = Self(24);
    /// VMWRITE: The guest executed VMWRITE.
    pub const EXIT_REASON_VMWRITE: Self = Self(25);
    /// VMXOFF: The guest executed VMXOFF.
    pub const EXIT_REASON_VMOFF: Self = Self(26);
    /// VMXON: The guest executed VMXON.
    pub const EXIT_REASON_VMON: Self = Self(27);
    /// Control-register accesses: CLTS, LMSW or MOV CR caused a VM exit.
    pub const EXIT_REASON_CR_ACCESS: Self = Self(28);
    /// MOV DR: MOV to or from a debug register with MOV-DR exiting.
    pub const EXIT_REASON_DR_ACCESS: Self = Self(29);
    /// I/O instruction: An I/O instruction caused a VM exit.
    pub const EXIT_REASON_IO_INSTRUCTION: Self = Self(30);
    /// RDMSR: RDMSR caused a VM exit.
    pub const EXIT_REASON_MSR_READ: Self = Self(31);
    /// WRMSR: WRMSR caused a VM exit.
    pub const EXIT_REASON_MSR_WRITE: Self = Self(32);
    /// VM-entry failure due to invalid guest state: VM entry failed the guest-state checks.
    pub const EXIT_REASON_INVALID_STATE: Self = Self(33);
    /// VM-entry failure due to MSR loading: VM entry failed loading an MSR from the VM-entry
    /// MSR-load area.
    pub const EXIT_REASON_MSR_LOAD_FAIL: Self = Self(34);
    /// MWAIT: The guest executed MWAIT with MWAIT exiting.
    pub const EXIT_REASON_MWAIT_INSTRUCTION: Self = Self(36);
    /// Monitor trap flag: A monitor-trap-flag VM exit.
    pub const EXIT_REASON_MONITOR_TRAP_FLAG: Self = Self(37);
    /// MONITOR: The guest executed MONITOR with MONITOR exiting.
    pub const EXIT_REASON_MONITOR_INSTRUCTION: Self = Self(39);
    /// PAUSE: PAUSE with PAUSE exiting or PAUSE-loop exiting.
    pub const EXIT_REASON_PAUSE_INSTRUCTION: Self = Self(40);
    /// VM-entry failure due to machine-check event: A machine-check event during VM entry.
    pub const EXIT_REASON_MCE_DURING_VMENTRY: Self = Self(41);
    /// TPR below threshold: The virtual TPR dropped below the TPR threshold.
    pub const EXIT_REASON_TPR_BELOW_THRESHOLD: Self = Self(43);
    /// APIC access: An access to the APIC-access page caused a VM exit.
    pub const EXIT_REASON_APIC_ACCESS: Self = Self(44);
    /// Virtualized EOI: EOI virtualization of a vector selected by the EOI-exit bitmap.
    pub const EXIT_REASON_EOI_INDUCED: Self = Self(45);
    /// Access to GDTR or IDTR: LGDT, LIDT, SGDT or SIDT with descriptor-table exiting.
    pub const EXIT_REASON_GDTR_IDTR: Self = Self(46);
    /// Access to LDTR or TR: LLDT, LTR, SLDT or STR with descriptor-table exiting.
    pub const EXIT_REASON_LDTR_TR: Self = Self(47);
    /// EPT violation: The EPT paging structures disallowed a guest-physical access.
    pub const EXIT_REASON_EPT_VIOLATION: Self = Self(48);
    /// EPT misconfiguration: A guest-physical access met a misconfigured EPT entry.
    pub const EXIT_REASON_EPT_MISCONFIG: Self = Self(49);
    /// INVEPT: The guest executed INVEPT.
    pub const EXIT_REASON_INVEPT: Self = Self(50);
    /// RDTSCP: The guest executed RDTSCP with RDTSC exiting.
    pub const EXIT_REASON_RDTSCP: Self = Self(51);
    /// VMX-preemption timer expired: The VMX-preemption timer counted down to zero.
    pub const EXIT_REASON_PREEMPTION_TIMER: Self = Self(52);
    /// INVVPID: The guest executed INVVPID.
    pub const EXIT_REASON_INVVPID: Self = Self(53);
    /// WBINVD or WBNOINVD: WBINVD or WBNOINVD with WBINVD exiting.
    pub const EXIT_REASON_WBINVD: Self = Self(54);
    /// XSETBV: The guest executed XSETBV.
    pub const EXIT_REASON_XSETBV: Self = Self(55);
    /// APIC write: A write to the virtual-APIC page that software must virtualize.
    pub const EXIT_REASON_APIC_WRITE: Self = Self(56);
    /// RDRAND: RDRAND with RDRAND exiting.
    pub const EXIT_REASON_RDRAND: Self = Self(57);
    /// INVPCID: INVPCID with INVLPG exiting.
    pub const EXIT_REASON_INVPCID: Self = Self(58);
    /// VMFUNC: VMFUNC of a disabled or failing VM function.
    pub const EXIT_REASON_VMFUNC: Self = Self(59);
    /// ENCLS: An ENCLS leaf selected by the ENCLS-exiting bitmap.
    pub const EXIT_REASON_ENCLS: Self = Self(60);
    /// RDSEED: RDSEED with RDSEED exiting.
    pub const EXIT_REASON_RDSEED: Self = Self(61);
    /// Page-modification log full: The page-modification log was full.
    pub const EXIT_REASON_PML_FULL: Self = Self(62);
    /// XSAVES: XSAVES selected by the XSS-exiting bitmap.
    pub const EXIT_REASON_XSAVES: Self = Self(63);
    /// XRSTORS: XRSTORS selected by the XSS-exiting bitmap.
    pub const EXIT_REASON_XRSTORS: Self = Self(64);
    /// UMWAIT: UMWAIT with RDTSC exiting.
    pub const EXIT_REASON_UMWAIT: Self = Self(67);
    /// TPAUSE: TPAUSE with RDTSC exiting.
    pub const EXIT_REASON_TPAUSE: Self = Self(68);
    /// Bus lock: A bus lock with VMM bus-lock detection.
    pub const EXIT_REASON_BUS_LOCK: Self = Self(74);
    /// Instruction timeout: No event window opened within the notify window.
    pub const EXIT_REASON_NOTIFY: Self = Self(75);
    /// SEAMCALL: The guest executed SEAMCALL.
    pub const EXIT_REASON_SEAMCALL: Self = Self(76);
    /// TDCALL: The guest executed TDCALL.
    pub const EXIT_REASON_TDCALL: Self = Self(77);
    /// The immediate form of RDMSR caused a VM exit.
    pub const EXIT_REASON_MSR_READ_IMM: Self = Self(84);
    /// The immediate form of WRMSRNS caused a VM exit.
    pub const EXIT_REASON_MSR_WRITE_IMM: Self = Self(85);
    const NAMES: [(&'static str, u64); 67] = [
        ("EXIT_REASON_EXCEPTION_NMI", 0),
        ("EXIT_REASON_EXTERNAL_INTERRUPT", 1),
        ("EXIT_REASON_TRIPLE_FAULT", 2),
        ("EXIT_REASON_INIT_SIGNAL", 3),
        ("EXIT_REASON_SIPI_SIGNAL", 4),
        ("EXIT_REASON_OTHER_SMI", 6),
        ("EXIT_REASON_INTERRUPT_WINDOW", 7),
        ("EXIT_REASON_NMI_WINDOW", 8),
        ("EXIT_REASON_TASK_SWITCH", 9),
        ("EXIT_REASON_CPUID", 10),
        ("EXIT_REASON_HLT", 12),
        ("EXIT_REASON_INVD", 13),
        ("EXIT_REASON_INVLPG", 14),
        ("EXIT_REASON_RDPMC", 15),
        ("EXIT_REASON_RDTSC", 16),
        ("EXIT_REASON_VMCALL", 18),
        ("EXIT_REASON_VMCLEAR", 19),
        ("EXIT_REASON_VMLAUNCH", 20),
        ("EXIT_REASON_VMPTRLD", 21),
        ("EXIT_REASON_VMPTRST", 22),
        ("EXIT_REASON_VMREAD", 23),
        ("EXIT_REASON_VMRESUME", 24),
        ("EXIT_REASON_VMWRITE", 25),
        ("EXIT_REASON_VMOFF", 26),
        ("EXIT_REASON_VMON", 27),
        ("EXIT_REASON_CR_ACCESS", 28),
        ("EXIT_REASON_DR_ACCESS", 29),
        ("EXIT_REASON_IO_INSTRUCTION", 30),
        ("EXIT_REASON_MSR_READ", 31),
        ("EXIT_REASON_MSR_WRITE", 32),
        ("EXIT_REASON_INVALID_STATE", 33),
        ("EXIT_REASON_MSR_LOAD_FAIL", 34),
        ("EXIT_REASON_MWAIT_INSTRUCTION", 36),
        ("EXIT_REASON_MONITOR_TRAP_FLAG", 37),
        ("EXIT_REASON_MONITOR_INSTRUCTION", 39),
        ("EXIT_REASON_PAUSE_INSTRUCTION", 40),
        ("EXIT_REASON_MCE_DURING_VMENTRY", 41),
        ("EXIT_REASON_TPR_BELOW_THRESHOLD", 43),
        ("EXIT_REASON_APIC_ACCESS", 44),
        ("EXIT_REASON_EOI_INDUCED", 45),
        ("EXIT_REASON_GDTR_IDTR", 46),
        ("EXIT_REASON_LDTR_TR", 47),
        ("EXIT_REASON_EPT_VIOLATION", 48),
        ("EXIT_REASON_EPT_MISCONFIG", 49),
        ("EXIT_REASON_INVEPT", 50),
        ("EXIT_REASON_RDTSCP", 51),
        ("EXIT_REASON_PREEMPTION_TIMER", 52),
        ("EXIT_REASON_INVVPID", 53),
        ("EXIT_REASON_WBINVD", 54),
        ("EXIT_REASON_XSETBV", 55),
        ("EXIT_REASON_APIC_WRITE", 56),
        ("EXIT_REASON_RDRAND", 57),
        ("EXIT_REASON_INVPCID", 58),
        ("EXIT_REASON_VMFUNC", 59),
        ("EXIT_REASON_ENCLS", 60),
        ("EXIT_REASON_RDSEED", 61),
        ("EXIT_REASON_PML_FULL", 62),
        ("EXIT_REASON_XSAVES", 63),
        ("EXIT_REASON_XRSTORS", 64),
        ("EXIT_REASON_UMWAIT", 67),
        ("EXIT_REASON_TPAUSE", 68),
        ("EXIT_REASON_BUS_LOCK", 74),
        ("EXIT_REASON_NOTIFY", 75),
        ("EXIT_REASON_SEAMCALL", 76),
        ("EXIT_REASON_TDCALL", 77),
        ("EXIT_REASON_MSR_READ_IMM", 84),
        ("EXIT_REASON_MSR_WRITE_IMM", 85),
    ];
}

impl fmt::Debug for BasicExitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, "BasicExitReason", self.0, &Self::NAMES)
    }
}

/// Guest interruptibility state: the bits of GUEST_INTERRUPTIBILITY_INFO.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InterruptibilityState(pub u32);

impl InterruptibilityState {
    /// Bit 0, Blocking by STI: Interrupts are blocked for one instruction after STI.
    pub const GUEST_INTR_STATE_STI: Self = Self(0x1);
    /// Bit 1, Blocking by MOV SS: Events are blocked for one instruction after MOV SS or POP SS.
    pub const GUEST_INTR_STATE_MOV_SS: Self = Self(0x2);
    /// Bit 2, Blocking by SMI: SMIs are blocked (the guest is in SMM).
    pub const GUEST_INTR_STATE_SMI: Self = Self(0x4);
    /// Bit 3, Blocking by NMI: NMIs are blocked (or virtual-NMI blocking with virtual NMIs).
    pub const GUEST_INTR_STATE_NMI: Self = Self(0x8);
    /// Bit 4, Enclave interruption: The VM exit interrupted enclave execution.
    pub const GUEST_INTR_STATE_ENCLAVE_INTR: Self = Self(0x10);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0x1f;
    const FORMAT: Format = Format {
        name: "InterruptibilityState",
        flags: &[
            ("GUEST_INTR_STATE_STI", 0x1),
            ("GUEST_INTR_STATE_MOV_SS", 0x2),
            ("GUEST_INTR_STATE_SMI", 0x4),
            ("GUEST_INTR_STATE_NMI", 0x8),
            ("GUEST_INTR_STATE_ENCLAVE_INTR", 0x10),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for InterruptibilityState {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for InterruptibilityState {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for InterruptibilityState {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for InterruptibilityState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Guest activity state: the values of GUEST_ACTIVITY_STATE.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ActivityState(pub u32);

impl ActivityState {
    /// Active: The logical processor executes instructions normally.
    pub const GUEST_ACTIVITY_ACTIVE: Self = Self(0);
    /// HLT: The logical processor is halted after HLT.
    pub const GUEST_ACTIVITY_HLT: Self = Self(1);
    /// Shutdown: The logical processor is in shutdown after a triple fault.
    pub const GUEST_ACTIVITY_SHUTDOWN: Self = Self(2);
    /// Wait-for-SIPI: The logical processor waits for a start-up IPI.
    pub const GUEST_ACTIVITY_WAIT_SIPI: Self = Self(3);
    const NAMES: [(&'static str, u64); 4] = [
        ("GUEST_ACTIVITY_ACTIVE", 0),
        ("GUEST_ACTIVITY_HLT", 1),
        ("GUEST_ACTIVITY_SHUTDOWN", 2),
        ("GUEST_ACTIVITY_WAIT_SIPI", 3),
    ];
}

impl fmt::Debug for ActivityState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, "ActivityState", self.0, &Self::NAMES)
    }
}

/// Interruption-information format: the bits of VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO,
/// IDT_VECTORING_INFO_FIELD.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InterruptionInfo(pub u32);

impl InterruptionInfo {
    /// Bit 11, Deliver error code: An error code is delivered (entry) or was pushed (exit, IDT
    /// vectoring).
    pub const INTR_INFO_DELIVER_CODE_MASK: Self = Self(0x800);
    /// Bit 12, NMI unblocking due to IRET: The VM exit happened while IRET was unblocking NMIs
    /// (exit information only).
    pub const INTR_INFO_UNBLOCK_NMI: Self = Self(0x1000);
    /// Bit 31, Valid: The field holds a valid event.
    pub const INTR_INFO_VALID_MASK: Self = Self(0x80000000);
    /// Bits 30:12; reserved in the VM-entry interruption-information field.
    pub const INTR_INFO_RESVD_BITS_MASK: Self = Self(0x7ffff000);
    /// INTR_INFO_VECTOR_MASK under the name Linux uses for the IDT-vectoring field.
    pub const VECTORING_INFO_VECTOR_MASK: Self = Self(0xff);
    /// INTR_INFO_INTR_TYPE_MASK under the name Linux uses for the IDT-vectoring field.
    pub const VECTORING_INFO_TYPE_MASK: Self = Self(0x700);
    /// INTR_INFO_DELIVER_CODE_MASK under the name Linux uses for the IDT-vectoring field.
    pub const VECTORING_INFO_DELIVER_CODE_MASK: Self = Self(0x800);
    /// INTR_INFO_VALID_MASK under the name Linux uses for the IDT-vectoring field.
    pub const VECTORING_INFO_VALID_MASK: Self = Self(0x80000000);
    /// Bits 7:0, the mask of [`Self::intr_info_vector`].
    pub const INTR_INFO_VECTOR_MASK: Self = Self(0xff);
    /// Bits 10:8, the mask of [`Self::interruption_type`].
    pub const INTR_INFO_INTR_TYPE_MASK: Self = Self(0x700);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0x80001fff;
    const FORMAT: Format = Format {
        name: "InterruptionInfo",
        flags: &[
            ("INTR_INFO_DELIVER_CODE_MASK", 0x800),
            ("INTR_INFO_UNBLOCK_NMI", 0x1000),
            ("INTR_INFO_VALID_MASK", 0x80000000),
        ],
        ranges: &[
            Range {
                name: "INTR_INFO_VECTOR_MASK",
                low: 0,
                mask: 0xff,
                values: &[],
            },
            Range {
                name: "INTR_INFO_INTR_TYPE_MASK",
                low: 8,
                mask: 0x700,
                values: &InterruptionType::NAMES,
            },
        ],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }

    /// Bits 7:0 (INTR_INFO_VECTOR_MASK), unshifted.
    pub const fn intr_info_vector(self) -> u32 {
        self.0 & 0xff
    }

    /// Bits 10:8 (INTR_INFO_INTR_TYPE_MASK), unshifted.
    pub const fn interruption_type(self) -> InterruptionType {
        InterruptionType((self.0 & 0x700) >> 8)
    }
}

impl core::ops::BitOr for InterruptionInfo {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for InterruptionInfo {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for InterruptionInfo {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for InterruptionInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Interruption type: the values of bits 10:8 of VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO,
/// IDT_VECTORING_INFO_FIELD.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InterruptionType(pub u32);

impl InterruptionType {
    /// External interrupt: An external interrupt.
    pub const INTR_TYPE_EXT_INTR: Self = Self(0);
    /// Reserved: Reserved.
    pub const INTR_TYPE_RESERVED: Self = Self(1);
    /// Non-maskable interrupt (NMI): An NMI.
    pub const INTR_TYPE_NMI_INTR: Self = Self(2);
    /// Hardware exception: An exception raised by the processor, such as #PF or #GP.
    pub const INTR_TYPE_HARD_EXCEPTION: Self = Self(3);
    /// Software interrupt: INT n.
    pub const INTR_TYPE_SOFT_INTR: Self = Self(4);
    /// Privileged software exception: INT1 (ICEBP).
    pub const INTR_TYPE_PRIV_SW_EXCEPTION: Self = Self(5);
    /// Software exception: INT3 or INTO.
    pub const INTR_TYPE_SOFT_EXCEPTION: Self = Self(6);
    /// Other event: Another event, such as a pending MTF VM exit.
    pub const INTR_TYPE_OTHER_EVENT: Self = Self(7);
    const NAMES: [(&'static str, u64); 8] = [
        ("INTR_TYPE_EXT_INTR", 0),
        ("INTR_TYPE_RESERVED", 1),
        ("INTR_TYPE_NMI_INTR", 2),
        ("INTR_TYPE_HARD_EXCEPTION", 3),
        ("INTR_TYPE_SOFT_INTR", 4),
        ("INTR_TYPE_PRIV_SW_EXCEPTION", 5),
        ("INTR_TYPE_SOFT_EXCEPTION", 6),
        ("INTR_TYPE_OTHER_EVENT", 7),
    ];
}

impl fmt::Debug for InterruptionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, "InterruptionType", self.0, &Self::NAMES)
    }
}

/// Extended-page-table pointer (EPTP): the bits of EPT_POINTER. Source: Names and positions from
/// Linux arch/x86/include/asm/vmx.h (VMX_EPTP_*, Debian linux-source-6.1), used the same way by
/// nested_vmx_check_eptp() in 6.1 and in torvalds/linux nested.c at
/// 8ecb10bcbfa389cc7715f8b1f3894b2aeca23f0c; SDM Vol. 3C, Extended-Page-Table Pointer (EPTP). KVM
/// refuses bits 11:7.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EptPointer(pub u64);

impl EptPointer {
    /// Bit 6, Enable accessed and dirty flags for EPT: The processor sets the accessed and dirty
    /// flags of EPT paging-structure entries (requires IA32_VMX_EPT_VPID_CAP bit 21).
    pub const VMX_EPTP_AD_ENABLE_BIT: Self = Self(0x40);
    /// Bits 2:0, the mask of [`Self::ept_memory_type`].
    pub const VMX_EPTP_MT_MASK: Self = Self(0x7);
    /// Bits 5:3, the mask of [`Self::ept_walk_length`].
    pub const VMX_EPTP_PWL_MASK: Self = Self(0x38);
    /// Bits 51:12, the mask of [`Self::eptp_pa`].
    pub const EPTP_PA_MASK: Self = Self(0xffffffffff000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0xffffffffff07f;
    const FORMAT: Format = Format {
        name: "EptPointer",
        flags: &[("VMX_EPTP_AD_ENABLE_BIT", 0x40)],
        ranges: &[
            Range {
                name: "VMX_EPTP_MT_MASK",
                low: 0,
                mask: 0x7,
                values: &EptMemoryType::NAMES,
            },
            Range {
                name: "VMX_EPTP_PWL_MASK",
                low: 3,
                mask: 0x38,
                values: &EptWalkLength::NAMES,
            },
            Range {
                name: "EPTP_PA_MASK",
                low: 12,
                mask: 0xffffffffff000,
                values: &[],
            },
        ],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }

    /// Bits 2:0 (VMX_EPTP_MT_MASK), unshifted.
    pub const fn ept_memory_type(self) -> EptMemoryType {
        EptMemoryType(self.0 & 0x7)
    }

    /// Bits 5:3 (VMX_EPTP_PWL_MASK), unshifted.
    pub const fn ept_walk_length(self) -> EptWalkLength {
        EptWalkLength((self.0 & 0x38) >> 3)
    }

    /// Bits 51:12 (EPTP_PA_MASK), unshifted.
    pub const fn eptp_pa(self) -> u64 {
        (self.0 & 0xffffffffff000) >> 12
    }
}

impl core::ops::BitOr for EptPointer {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for EptPointer {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for EptPointer {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for EptPointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// EPT paging-structure memory type: the values of bits 2:0 of EPT_POINTER.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EptMemoryType(pub u64);

impl EptMemoryType {
    /// Uncacheable (UC): Uncacheable; allowed when IA32_VMX_EPT_VPID_CAP bit 8 is set.
    pub const VMX_EPTP_MT_UC: Self = Self(0);
    /// Write-back (WB): Write-back; allowed when IA32_VMX_EPT_VPID_CAP bit 14 is set.
    pub const VMX_EPTP_MT_WB: Self = Self(6);
    const NAMES: [(&'static str, u64); 2] = [("VMX_EPTP_MT_UC", 0), ("VMX_EPTP_MT_WB", 6)];
}

impl fmt::Debug for EptMemoryType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, "EptMemoryType", self.0, &Self::NAMES)
    }
}

/// EPT page-walk length minus 1: the values of bits 5:3 of EPT_POINTER.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EptWalkLength(pub u64);

impl EptWalkLength {
    /// 4-level walk: Four levels; allowed when IA32_VMX_EPT_VPID_CAP bit 6 is set.
    pub const VMX_EPTP_PWL_4: Self = Self(3);
    /// 5-level walk: Five levels; allowed when IA32_VMX_EPT_VPID_CAP bit 7 is set.
    pub const VMX_EPTP_PWL_5: Self = Self(4);
    const NAMES: [(&'static str, u64); 2] = [("VMX_EPTP_PWL_4", 3), ("VMX_EPTP_PWL_5", 4)];
}

impl fmt::Debug for EptWalkLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, "EptWalkLength", self.0, &Self::NAMES)
    }
}

/// VM-function controls: the bits of VM_FUNCTION_CONTROL. Source: Linux arch/x86/include/asm/vmx.h
/// VMX_VMFUNC_EPTP_SWITCHING (VMFUNC_CONTROL_BIT(EPTP_SWITCHING) with VMX_FEATURE_EPTP_SWITCHING
/// 0*32+28 from vmxfeatures.h, Debian linux-source-6.1: bit 0); SDM Vol. 3C, Definitions of
/// VM-Function Controls.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct VmFunctionControls(pub u64);

impl VmFunctionControls {
    /// Bit 0, EPTP switching: VMFUNC leaf 0 loads an EPTP from the EPTP list without a VM exit.
    pub const VMX_VMFUNC_EPTP_SWITCHING: Self = Self(0x1);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x1;
    const FORMAT: Format = Format {
        name: "VmFunctionControls",
        flags: &[("VMX_VMFUNC_EPTP_SWITCHING", 0x1)],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for VmFunctionControls {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for VmFunctionControls {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for VmFunctionControls {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for VmFunctionControls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Control register CR0: the bits of GUEST_CR0, HOST_CR0, CR0_READ_SHADOW.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Cr0(pub u64);

impl Cr0 {
    /// Bit 0, Protection Enable: Protected mode is on.
    pub const X86_CR0_PE: Self = Self(0x1);
    /// Bit 1, Monitor Coprocessor: WAIT and FWAIT honour CR0.TS.
    pub const X86_CR0_MP: Self = Self(0x2);
    /// Bit 2, Emulation: x87 instructions raise #NM (no x87 unit).
    pub const X86_CR0_EM: Self = Self(0x4);
    /// Bit 3, Task Switched: The next x87/SSE instruction raises #NM.
    pub const X86_CR0_TS: Self = Self(0x8);
    /// Bit 4, Extension Type: Reserved as 1 on modern processors.
    pub const X86_CR0_ET: Self = Self(0x10);
    /// Bit 5, Numeric Error: x87 errors are reported as #MF.
    pub const X86_CR0_NE: Self = Self(0x20);
    /// Bit 16, Write Protect: Supervisor writes honour read-only pages.
    pub const X86_CR0_WP: Self = Self(0x10000);
    /// Bit 18, Alignment Mask: RFLAGS.AC enables alignment checking at CPL 3.
    pub const X86_CR0_AM: Self = Self(0x40000);
    /// Bit 29, Not Write-through: Write-through caching is off.
    pub const X86_CR0_NW: Self = Self(0x20000000);
    /// Bit 30, Cache Disable: Caching of new lines is off.
    pub const X86_CR0_CD: Self = Self(0x40000000);
    /// Bit 31, Paging: Paging is on.
    pub const X86_CR0_PG: Self = Self(0x80000000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0xe005003f;
    const FORMAT: Format = Format {
        name: "Cr0",
        flags: &[
            ("X86_CR0_PE", 0x1),
            ("X86_CR0_MP", 0x2),
            ("X86_CR0_EM", 0x4),
            ("X86_CR0_TS", 0x8),
            ("X86_CR0_ET", 0x10),
            ("X86_CR0_NE", 0x20),
            ("X86_CR0_WP", 0x10000),
            ("X86_CR0_AM", 0x40000),
            ("X86_CR0_NW", 0x20000000),
            ("X86_CR0_CD", 0x40000000),
            ("X86_CR0_PG", 0x80000000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for Cr0 {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Cr0 {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Cr0 {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Cr0 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Control register CR4: the bits of GUEST_CR4, HOST_CR4, CR4_READ_SHADOW.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Cr4(pub u64);

impl Cr4 {
    /// Bit 0, Virtual-8086 Mode Extensions: Virtual interrupts in virtual-8086 mode.
    pub const X86_CR4_VME: Self = Self(0x1);
    /// Bit 1, Protected-Mode Virtual Interrupts: The VIF flag in protected mode.
    pub const X86_CR4_PVI: Self = Self(0x2);
    /// Bit 2, Time Stamp Disable: RDTSC is privileged.
    pub const X86_CR4_TSD: Self = Self(0x4);
    /// Bit 3, Debugging Extensions: I/O breakpoints; DR4 and DR5 are reserved.
    pub const X86_CR4_DE: Self = Self(0x8);
    /// Bit 4, Page Size Extensions: 4 MiB pages with 32-bit paging.
    pub const X86_CR4_PSE: Self = Self(0x10);
    /// Bit 5, Physical Address Extension: PAE or 4/5-level paging (required in IA-32e mode).
    pub const X86_CR4_PAE: Self = Self(0x20);
    /// Bit 6, Machine-Check Enable: Machine-check exceptions are delivered.
    pub const X86_CR4_MCE: Self = Self(0x40);
    /// Bit 7, Page Global Enable: Global pages.
    pub const X86_CR4_PGE: Self = Self(0x80);
    /// Bit 8, Performance-Monitoring Counter Enable: RDPMC at any privilege level.
    pub const X86_CR4_PCE: Self = Self(0x100);
    /// Bit 9, OSFXSR: FXSAVE/FXRSTOR and SSE are supported by the OS.
    pub const X86_CR4_OSFXSR: Self = Self(0x200);
    /// Bit 10, OSXMMEXCPT: Unmasked SIMD floating-point exceptions raise #XM.
    pub const X86_CR4_OSXMMEXCPT: Self = Self(0x400);
    /// Bit 11, User-Mode Instruction Prevention: SGDT, SIDT, SLDT, SMSW and STR are privileged.
    pub const X86_CR4_UMIP: Self = Self(0x800);
    /// Bit 12, 57-bit linear addresses: 5-level paging in IA-32e mode.
    pub const X86_CR4_LA57: Self = Self(0x1000);
    /// Bit 13, VMX-Enable: VMX operation is enabled.
    pub const X86_CR4_VMXE: Self = Self(0x2000);
    /// Bit 14, SMX-Enable: Safer-mode extensions are enabled.
    pub const X86_CR4_SMXE: Self = Self(0x4000);
    /// Bit 16, FSGSBASE-Enable: RDFSBASE, RDGSBASE, WRFSBASE and WRGSBASE.
    pub const X86_CR4_FSGSBASE: Self = Self(0x10000);
    /// Bit 17, PCID-Enable: Process-context identifiers (IA-32e mode only).
    pub const X86_CR4_PCIDE: Self = Self(0x20000);
    /// Bit 18, OSXSAVE: XSAVE and XSETBV are enabled.
    pub const X86_CR4_OSXSAVE: Self = Self(0x40000);
    /// Bit 20, SMEP-Enable: Supervisor-mode execution prevention.
    pub const X86_CR4_SMEP: Self = Self(0x100000);
    /// Bit 21, SMAP-Enable: Supervisor-mode access prevention.
    pub const X86_CR4_SMAP: Self = Self(0x200000);
    /// Bit 22, Protection-Key Enable: Protection keys for user-mode pages.
    pub const X86_CR4_PKE: Self = Self(0x400000);
    /// Bit 23, Control-flow Enforcement Technology: CET is enabled (needs CR0.WP).
    pub const X86_CR4_CET: Self = Self(0x800000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0xf77fff;
    const FORMAT: Format = Format {
        name: "Cr4",
        flags: &[
            ("X86_CR4_VME", 0x1),
            ("X86_CR4_PVI", 0x2),
            ("X86_CR4_TSD", 0x4),
            ("X86_CR4_DE", 0x8),
            ("X86_CR4_PSE", 0x10),
            ("X86_CR4_PAE", 0x20),
            ("X86_CR4_MCE", 0x40),
            ("X86_CR4_PGE", 0x80),
            ("X86_CR4_PCE", 0x100),
            ("X86_CR4_OSFXSR", 0x200),
            ("X86_CR4_OSXMMEXCPT", 0x400),
            ("X86_CR4_UMIP", 0x800),
            ("X86_CR4_LA57", 0x1000),
            ("X86_CR4_VMXE", 0x2000),
            ("X86_CR4_SMXE", 0x4000),
            ("X86_CR4_FSGSBASE", 0x10000),
            ("X86_CR4_PCIDE", 0x20000),
            ("X86_CR4_OSXSAVE", 0x40000),
            ("X86_CR4_SMEP", 0x100000),
            ("X86_CR4_SMAP", 0x200000),
            ("X86_CR4_PKE", 0x400000),
            ("X86_CR4_CET", 0x800000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for Cr4 {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Cr4 {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Cr4 {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Cr4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Extended feature enable register IA32_EFER: the bits of GUEST_IA32_EFER, HOST_IA32_EFER.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Efer(pub u64);

impl Efer {
    /// Bit 0, SYSCALL Enable: SYSCALL and SYSRET are enabled.
    pub const EFER_SCE: Self = Self(0x1);
    /// Bit 8, IA-32e Mode Enable: IA-32e mode is enabled (active once paging is on).
    pub const EFER_LME: Self = Self(0x100);
    /// Bit 10, IA-32e Mode Active: IA-32e mode is active.
    pub const EFER_LMA: Self = Self(0x400);
    /// Bit 11, Execute Disable Bit Enable: The XD bit of paging entries is honoured.
    pub const EFER_NX: Self = Self(0x800);
    /// Bit 12: AMD SVM is enabled (AMD only; reserved on Intel).
    pub const EFER_SVME: Self = Self(0x1000);
    /// Bit 13: AMD long-mode segment-limit enable (AMD only).
    pub const EFER_LMSLE: Self = Self(0x2000);
    /// Bit 14: AMD fast FXSAVE/FXRSTOR (AMD only).
    pub const EFER_FFXSR: Self = Self(0x4000);
    /// Bit 21: AMD automatic IBRS (AMD only).
    pub const EFER_AUTOIBRS: Self = Self(0x200000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x207d01;
    const FORMAT: Format = Format {
        name: "Efer",
        flags: &[
            ("EFER_SCE", 0x1),
            ("EFER_LME", 0x100),
            ("EFER_LMA", 0x400),
            ("EFER_NX", 0x800),
            ("EFER_SVME", 0x1000),
            ("EFER_LMSLE", 0x2000),
            ("EFER_FFXSR", 0x4000),
            ("EFER_AUTOIBRS", 0x200000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for Efer {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Efer {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Efer {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Efer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Flags register RFLAGS: the bits of GUEST_RFLAGS.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Rflags(pub u64);

impl Rflags {
    /// Bit 0, Carry Flag: Carry out of the last arithmetic operation.
    pub const X86_EFLAGS_CF: Self = Self(0x1);
    /// Bit 1: Reserved; always 1.
    pub const X86_EFLAGS_FIXED: Self = Self(0x2);
    /// Bit 2, Parity Flag: Even parity of the last result's low byte.
    pub const X86_EFLAGS_PF: Self = Self(0x4);
    /// Bit 4, Auxiliary Carry Flag: Carry out of bit 3.
    pub const X86_EFLAGS_AF: Self = Self(0x10);
    /// Bit 6, Zero Flag: The last result was zero.
    pub const X86_EFLAGS_ZF: Self = Self(0x40);
    /// Bit 7, Sign Flag: The last result was negative.
    pub const X86_EFLAGS_SF: Self = Self(0x80);
    /// Bit 8, Trap Flag: Single-step debug exceptions.
    pub const X86_EFLAGS_TF: Self = Self(0x100);
    /// Bit 9, Interrupt Enable Flag: Maskable external interrupts are taken.
    pub const X86_EFLAGS_IF: Self = Self(0x200);
    /// Bit 10, Direction Flag: String instructions count down.
    pub const X86_EFLAGS_DF: Self = Self(0x400);
    /// Bit 11, Overflow Flag: Signed overflow in the last operation.
    pub const X86_EFLAGS_OF: Self = Self(0x800);
    /// Bit 14, Nested Task: The current task is nested (IRET returns through the back link).
    pub const X86_EFLAGS_NT: Self = Self(0x4000);
    /// Bit 16, Resume Flag: Instruction breakpoints are suppressed for one instruction.
    pub const X86_EFLAGS_RF: Self = Self(0x10000);
    /// Bit 17, Virtual-8086 Mode: The processor is in virtual-8086 mode.
    pub const X86_EFLAGS_VM: Self = Self(0x20000);
    /// Bit 18, Alignment Check: Alignment checking (or SMAP override).
    pub const X86_EFLAGS_AC: Self = Self(0x40000);
    /// Bit 19, Virtual Interrupt Flag: Virtual image of IF.
    pub const X86_EFLAGS_VIF: Self = Self(0x80000);
    /// Bit 20, Virtual Interrupt Pending: A virtual interrupt is pending.
    pub const X86_EFLAGS_VIP: Self = Self(0x100000);
    /// Bit 21, ID Flag: CPUID is supported (software can toggle it).
    pub const X86_EFLAGS_ID: Self = Self(0x200000);
    /// Bits 63:22, 15, 5 and 3: reserved, must be 0 in the guest RFLAGS field.
    pub const RFLAGS_VMENTRY_RESERVED_ZERO: Self = Self(0xffffffffffc08028);
    /// Bits 13:12, the mask of [`Self::x86_eflags_iopl`].
    pub const X86_EFLAGS_IOPL: Self = Self(0x3000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x3f7fd7;
    const FORMAT: Format = Format {
        name: "Rflags",
        flags: &[
            ("X86_EFLAGS_CF", 0x1),
            ("X86_EFLAGS_FIXED", 0x2),
            ("X86_EFLAGS_PF", 0x4),
            ("X86_EFLAGS_AF", 0x10),
            ("X86_EFLAGS_ZF", 0x40),
            ("X86_EFLAGS_SF", 0x80),
            ("X86_EFLAGS_TF", 0x100),
            ("X86_EFLAGS_IF", 0x200),
            ("X86_EFLAGS_DF", 0x400),
            ("X86_EFLAGS_OF", 0x800),
            ("X86_EFLAGS_NT", 0x4000),
            ("X86_EFLAGS_RF", 0x10000),
            ("X86_EFLAGS_VM", 0x20000),
            ("X86_EFLAGS_AC", 0x40000),
            ("X86_EFLAGS_VIF", 0x80000),
            ("X86_EFLAGS_VIP", 0x100000),
            ("X86_EFLAGS_ID", 0x200000),
        ],
        ranges: &[Range {
            name: "X86_EFLAGS_IOPL",
            low: 12,
            mask: 0x3000,
            values: &[],
        }],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }

    /// Bits 13:12 (X86_EFLAGS_IOPL), unshifted.
    pub const fn x86_eflags_iopl(self) -> u64 {
        (self.0 & 0x3000) >> 12
    }
}

impl core::ops::BitOr for Rflags {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Rflags {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Rflags {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Rflags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Debug control register DR7: the bits of GUEST_DR7.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Dr7(pub u64);

impl Dr7 {
    /// Bit 8, Local Exact Breakpoint Enable: LE: exact data breakpoints, as the processor reports
    /// them (kept for compatibility).
    pub const DR_LOCAL_SLOWDOWN: Self = Self(0x100);
    /// Bit 9, Global Exact Breakpoint Enable: GE: exact data breakpoints, for every task (kept for
    /// compatibility).
    pub const DR_GLOBAL_SLOWDOWN: Self = Self(0x200);
    /// Bit 13, General Detect Enable: MOV to or from a debug register raises #DB.
    pub const DR_GENERAL_DETECT: Self = Self(0x2000);
    /// L0-L3 (bits 0, 2, 4, 6): breakpoints 0-3 enabled for the current task.
    pub const DR_LOCAL_ENABLE_MASK: Self = Self(0x55);
    /// G0-G3 (bits 1, 3, 5, 7): breakpoints 0-3 enabled for every task.
    pub const DR_GLOBAL_ENABLE_MASK: Self = Self(0xaa);
    /// Bit 10: reserved, always 1 (DR7 reads 0x400 after reset).
    pub const DR7_FIXED_ONES: Self = Self(0x400);
    /// Bits 63:32 of DR7: reserved, must be 0.
    pub const DR7_UPPER_RESERVED: Self = Self(0xffffffff00000000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x2300;
    const FORMAT: Format = Format {
        name: "Dr7",
        flags: &[
            ("DR_LOCAL_SLOWDOWN", 0x100),
            ("DR_GLOBAL_SLOWDOWN", 0x200),
            ("DR_GENERAL_DETECT", 0x2000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for Dr7 {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Dr7 {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Dr7 {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Dr7 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Debug control MSR IA32_DEBUGCTL: the bits of GUEST_IA32_DEBUGCTL.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Debugctl(pub u64);

impl Debugctl {
    /// Bit 0: Last-branch recording.
    pub const DEBUGCTLMSR_LBR: Self = Self(0x1);
    /// Bit 1: Single-step on branches.
    pub const DEBUGCTLMSR_BTF: Self = Self(0x2);
    /// Bit 2: #DB after an instruction that took a bus lock.
    pub const DEBUGCTLMSR_BUS_LOCK_DETECT: Self = Self(0x4);
    /// Bit 6: Branch trace messages.
    pub const DEBUGCTLMSR_TR: Self = Self(0x40);
    /// Bit 7: Branch trace store.
    pub const DEBUGCTLMSR_BTS: Self = Self(0x80);
    /// Bit 8: Branch trace interrupt.
    pub const DEBUGCTLMSR_BTINT: Self = Self(0x100);
    /// Bit 9: No branch trace store at CPL 0.
    pub const DEBUGCTLMSR_BTS_OFF_OS: Self = Self(0x200);
    /// Bit 10: No branch trace store above CPL 0.
    pub const DEBUGCTLMSR_BTS_OFF_USR: Self = Self(0x400);
    /// Bit 11: LBRs freeze on a PMI.
    pub const DEBUGCTLMSR_FREEZE_LBRS_ON_PMI: Self = Self(0x800);
    /// Bit 12: Performance counters freeze on a PMI.
    pub const DEBUGCTLMSR_FREEZE_PERFMON_ON_PMI: Self = Self(0x1000);
    /// Bit 14: Performance monitoring freezes in SMM.
    pub const DEBUGCTLMSR_FREEZE_IN_SMM: Self = Self(0x4000);
    /// Bit 15: Advanced debugging of RTM regions.
    pub const DEBUGCTLMSR_RTM_DEBUG: Self = Self(0x8000);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0xdfc7;
    const FORMAT: Format = Format {
        name: "Debugctl",
        flags: &[
            ("DEBUGCTLMSR_LBR", 0x1),
            ("DEBUGCTLMSR_BTF", 0x2),
            ("DEBUGCTLMSR_BUS_LOCK_DETECT", 0x4),
            ("DEBUGCTLMSR_TR", 0x40),
            ("DEBUGCTLMSR_BTS", 0x80),
            ("DEBUGCTLMSR_BTINT", 0x100),
            ("DEBUGCTLMSR_BTS_OFF_OS", 0x200),
            ("DEBUGCTLMSR_BTS_OFF_USR", 0x400),
            ("DEBUGCTLMSR_FREEZE_LBRS_ON_PMI", 0x800),
            ("DEBUGCTLMSR_FREEZE_PERFMON_ON_PMI", 0x1000),
            ("DEBUGCTLMSR_FREEZE_IN_SMM", 0x4000),
            ("DEBUGCTLMSR_RTM_DEBUG", 0x8000),
        ],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for Debugctl {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for Debugctl {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for Debugctl {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for Debugctl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Segment selector: the bits of GUEST_ES_SELECTOR, GUEST_CS_SELECTOR, GUEST_SS_SELECTOR,
/// GUEST_DS_SELECTOR, GUEST_FS_SELECTOR, GUEST_GS_SELECTOR, GUEST_LDTR_SELECTOR, GUEST_TR_SELECTOR,
/// HOST_ES_SELECTOR, HOST_CS_SELECTOR, HOST_SS_SELECTOR, HOST_DS_SELECTOR, HOST_FS_SELECTOR,
/// HOST_GS_SELECTOR, HOST_TR_SELECTOR.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SegmentSelector(pub u32);

impl SegmentSelector {
    /// Bit 2, Table Indicator: The selector indexes the LDT instead of the GDT.
    pub const SEGMENT_TI_MASK: Self = Self(0x4);
    /// Bits 1:0, the mask of [`Self::segment_rpl`].
    pub const SEGMENT_RPL_MASK: Self = Self(0x3);
    /// Bits 15:3, the mask of [`Self::segment_index`].
    pub const SEGMENT_INDEX_MASK: Self = Self(0xfff8);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0xffff;
    const FORMAT: Format = Format {
        name: "SegmentSelector",
        flags: &[("SEGMENT_TI_MASK", 0x4)],
        ranges: &[
            Range {
                name: "SEGMENT_RPL_MASK",
                low: 0,
                mask: 0x3,
                values: &[],
            },
            Range {
                name: "SEGMENT_INDEX_MASK",
                low: 3,
                mask: 0xfff8,
                values: &[],
            },
        ],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }

    /// Bits 1:0 (SEGMENT_RPL_MASK), unshifted.
    pub const fn segment_rpl(self) -> u32 {
        self.0 & 0x3
    }

    /// Bits 15:3 (SEGMENT_INDEX_MASK), unshifted.
    pub const fn segment_index(self) -> u32 {
        (self.0 & 0xfff8) >> 3
    }
}

impl core::ops::BitOr for SegmentSelector {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for SegmentSelector {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for SegmentSelector {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for SegmentSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Segment access rights (VMCS format): the bits of GUEST_ES_AR_BYTES, GUEST_CS_AR_BYTES,
/// GUEST_SS_AR_BYTES, GUEST_DS_AR_BYTES, GUEST_FS_AR_BYTES, GUEST_GS_AR_BYTES, GUEST_LDTR_AR_BYTES,
/// GUEST_TR_AR_BYTES.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SegmentAccessRights(pub u32);

impl SegmentAccessRights {
    /// Bit 4, S (descriptor type): A code or data segment (0 is a system segment).
    pub const VMX_AR_S_MASK: Self = Self(0x10);
    /// Bit 7, P (segment present): The segment is present.
    pub const VMX_AR_P_MASK: Self = Self(0x80);
    /// Bit 12, AVL: Available for use by system software.
    pub const VMX_AR_AVL_MASK: Self = Self(0x1000);
    /// Bit 13, L (64-bit mode active): A 64-bit code segment (CS only).
    pub const VMX_AR_L_MASK: Self = Self(0x2000);
    /// Bit 14, D/B: Default operation size 32 bits.
    pub const VMX_AR_DB_MASK: Self = Self(0x4000);
    /// Bit 15, G (granularity): The limit counts 4 KiB units.
    pub const VMX_AR_G_MASK: Self = Self(0x8000);
    /// Bit 16, Segment unusable: The register is unusable (a null selector was loaded).
    pub const VMX_AR_UNUSABLE_MASK: Self = Self(0x10000);
    /// Bits 31:17 and 11:8: reserved.
    pub const VMX_AR_RESERVD_MASK: Self = Self(0xfffe0f00);
    /// Type bit 0: accessed.
    pub const VMX_AR_TYPE_ACCESSES_MASK: Self = Self(0x1);
    /// Type bit 1: readable (code) or writable (data).
    pub const VMX_AR_TYPE_READABLE_MASK: Self = Self(0x2);
    /// Type bit 3: a code segment.
    pub const VMX_AR_TYPE_CODE_MASK: Self = Self(0x8);
    /// The type of a busy 16-bit TSS.
    pub const VMX_AR_TYPE_BUSY_16_TSS: Self = Self(0x3);
    /// The type of a busy 32-bit or 64-bit TSS (VMX_AR_TYPE_BUSY_32_TSS is the same).
    pub const VMX_AR_TYPE_BUSY_64_TSS: Self = Self(0xb);
    /// The type of an LDT descriptor.
    pub const VMX_AR_TYPE_LDT: Self = Self(0x2);
    /// The access rights every segment register has in virtual-8086 mode: present, DPL 3,
    /// read/write accessed data.
    pub const VMX_AR_V8086: Self = Self(0xf3);
    /// Bits 3:0, the mask of [`Self::vmx_ar_type`].
    pub const VMX_AR_TYPE_MASK: Self = Self(0xf);
    /// Bits 6:5, the mask of [`Self::vmx_ar_dpl`].
    pub const VMX_AR_DPL_MASK: Self = Self(0x60);
    /// Every bit a flag or range names.
    pub const DEFINED: u32 = 0x1f0ff;
    const FORMAT: Format = Format {
        name: "SegmentAccessRights",
        flags: &[
            ("VMX_AR_S_MASK", 0x10),
            ("VMX_AR_P_MASK", 0x80),
            ("VMX_AR_AVL_MASK", 0x1000),
            ("VMX_AR_L_MASK", 0x2000),
            ("VMX_AR_DB_MASK", 0x4000),
            ("VMX_AR_G_MASK", 0x8000),
            ("VMX_AR_UNUSABLE_MASK", 0x10000),
        ],
        ranges: &[
            Range {
                name: "VMX_AR_TYPE_MASK",
                low: 0,
                mask: 0xf,
                values: &[],
            },
            Range {
                name: "VMX_AR_DPL_MASK",
                low: 5,
                mask: 0x60,
                values: &[],
            },
        ],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u32 {
        self.0 & !Self::DEFINED
    }

    /// Bits 3:0 (VMX_AR_TYPE_MASK), unshifted.
    pub const fn vmx_ar_type(self) -> u32 {
        self.0 & 0xf
    }

    /// Bits 6:5 (VMX_AR_DPL_MASK), unshifted.
    pub const fn vmx_ar_dpl(self) -> u32 {
        (self.0 & 0x60) >> 5
    }
}

impl core::ops::BitOr for SegmentAccessRights {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for SegmentAccessRights {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for SegmentAccessRights {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for SegmentAccessRights {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Guest pending debug exceptions: the bits of GUEST_PENDING_DBG_EXCEPTIONS.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PendingDebugExceptions(pub u64);

impl PendingDebugExceptions {
    /// Bit 14, BS: A single-step trap is pending.
    pub const PENDING_DBG_BS: Self = Self(0x4000);
    /// Bit 12, Enabled breakpoint: At least one enabled breakpoint matched.
    pub const PENDING_DBG_ENABLED_BP: Self = Self(0x1000);
    /// Bit 16, RTM: A debug exception happened inside an RTM region.
    pub const PENDING_DBG_RTM: Self = Self(0x10000);
    /// Bits 63:17, 15, 13 and 11:4: reserved, must be 0.
    pub const PENDING_DBG_RESERVED: Self = Self(0xfffffffffffeaff0);
    /// Bits 3:0, the mask of [`Self::pending_dbg_breakpoints`].
    pub const PENDING_DBG_BREAKPOINTS: Self = Self(0xf);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0x1500f;
    const FORMAT: Format = Format {
        name: "PendingDebugExceptions",
        flags: &[
            ("PENDING_DBG_BS", 0x4000),
            ("PENDING_DBG_ENABLED_BP", 0x1000),
            ("PENDING_DBG_RTM", 0x10000),
        ],
        ranges: &[Range {
            name: "PENDING_DBG_BREAKPOINTS",
            low: 0,
            mask: 0xf,
            values: &[],
        }],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }

    /// Bits 3:0 (PENDING_DBG_BREAKPOINTS), unshifted.
    pub const fn pending_dbg_breakpoints(self) -> u64 {
        self.0 & 0xf
    }
}

impl core::ops::BitOr for PendingDebugExceptions {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for PendingDebugExceptions {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for PendingDebugExceptions {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for PendingDebugExceptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// Supervisor CET configuration IA32_S_CET: the bits of GUEST_S_CET, HOST_S_CET. Source:
/// CET_SUPPRESS and CET_WAIT_ENDBR from Linux 6.1 arch/x86/include/asm/msr-index.h; the CET_US_*
/// masks from arch/x86/kvm/x86.h of upstream Linux (the nested CET series, 6.18).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CetSupervisor(pub u64);

impl CetSupervisor {
    /// Bit 10, SUPPRESS: Indirect-branch tracking is suppressed.
    pub const CET_SUPPRESS: Self = Self(0x400);
    /// Bit 11, TRACKER: The indirect-branch tracker waits for an ENDBRANCH.
    pub const CET_WAIT_ENDBR: Self = Self(0x800);
    /// Bits 9:6: reserved.
    pub const CET_US_RESERVED_BITS: Self = Self(0x3c0);
    /// Bits 1:0: the shadow-stack controls.
    pub const CET_US_SHSTK_MASK_BITS: Self = Self(0x3);
    /// Bits 5:2 and 63:10: the indirect-branch-tracking controls and the legacy code-page bitmap.
    pub const CET_US_IBT_MASK_BITS: Self = Self(0xfffffffffffffc3c);
    /// Every bit a flag or range names.
    pub const DEFINED: u64 = 0xc00;
    const FORMAT: Format = Format {
        name: "CetSupervisor",
        flags: &[("CET_SUPPRESS", 0x400), ("CET_WAIT_ENDBR", 0x800)],
        ranges: &[],
    };

    /// The value as an integer.
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// The set bits no flag or range names.
    pub const fn unknown_bits(self) -> u64 {
        self.0 & !Self::DEFINED
    }
}

impl core::ops::BitOr for CetSupervisor {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

impl core::ops::BitAnd for CetSupervisor {
    type Output = Self;

    fn bitand(self, other: Self) -> Self {
        Self(self.0 & other.0)
    }
}

impl core::ops::BitOrAssign for CetSupervisor {
    fn bitor_assign(&mut self, other: Self) {
        self.0 |= other.0;
    }
}

impl fmt::Debug for CetSupervisor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Self::FORMAT.write(f, self.0)
    }
}

/// The names of a flag type's bits, for its `Debug` output.
struct Format {
    name: &'static str,
    flags: &'static [(&'static str, u64)],
    ranges: &'static [Range],
}

/// A multi-bit range of a flag type.
struct Range {
    name: &'static str,
    low: u32,
    mask: u64,
    values: &'static [(&'static str, u64)],
}

/// Items of a `Debug` output, separated by ` | `.
struct Items<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    empty: bool,
}

impl Items<'_, '_> {
    fn item(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        if !self.empty {
            self.f.write_str(" | ")?;
        }
        self.empty = false;
        self.f.write_fmt(args)
    }
}

impl Format {
    /// `Type(FLAG | RANGE=VALUE | 0xunnamed)`; a value with nothing set is `Type(0x0)`.
    fn write<T: Into<u64>>(&self, f: &mut fmt::Formatter<'_>, value: T) -> fmt::Result {
        let value = value.into();
        write!(f, "{}(", self.name)?;
        let mut items = Items { f, empty: true };
        let mut named = 0;
        for &(name, mask) in self.flags {
            named |= mask;
            if value & mask != 0 {
                items.item(format_args!("{}", name))?;
            }
        }
        for range in self.ranges {
            named |= range.mask;
            let field = (value & range.mask) >> range.low;
            match range.values.iter().find(|&&(_, known)| known == field) {
                Some((known, _)) => items.item(format_args!("{}={}", range.name, known))?,
                None => items.item(format_args!("{}={:#x}", range.name, field))?,
            }
        }
        let unnamed = value & !named;
        if unnamed != 0 || items.empty {
            items.item(format_args!("{:#x}", unnamed))?;
        }
        items.f.write_str(")")
    }
}

/// `Type(NAME)`, or `Type(0xvalue)` for a value without a name.
fn write_value<T: Into<u64>>(
    f: &mut fmt::Formatter<'_>,
    type_name: &str,
    value: T,
    names: &[(&'static str, u64)],
) -> fmt::Result {
    let value = value.into();
    match names.iter().find(|&&(_, known)| known == value) {
        Some((name, _)) => write!(f, "{}({})", type_name, name),
        None => write!(f, "{}({:#x})", type_name, value),
    }
}
