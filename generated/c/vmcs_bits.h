/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * Named bits and values of VMCS fields: VM-execution, VM-exit and VM-entry controls,
 * exit reasons, guest interruptibility and activity state, interruption information.
 *
 * Generated from specs/bits.yaml, specs/fields.yaml
 * by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate
 *
 * Names and positions from Linux (torvalds/linux): arch/x86/include/asm/vmx.h at
 * 3c75e6a5da3c0dfcd34e5f9df5390804179f2aeb, with VMCS_CONTROL_BIT(x) =
 * BIT(VMX_FEATURE_x & 0x1f) resolved through arch/x86/include/asm/vmxfeatures.h
 * (0d3001e2690a0ed3f51defd953ae4b5f32b8ec64 for words 0-2; NOTIFY_VM_EXITING
 * 2*32+31, TERTIARY_CONTROLS 1*32+17 and IPI_VIRT 3*32+4 from the upstream patches
 * that added them); exit reasons from arch/x86/include/uapi/asm/vmx.h (tools copy
 * at da80d2e516eb858eb5bcca7fa5f5a13ed86930e4, then upstream blobs up to
 * 1baa86dfe029, which added SEAMCALL); exit-reason flag bits without a macro from
 * union vmx_exit_reason in arch/x86/kvm/vmx/common.h at
 * 1a2f09ae11b4657d49df6fa86744795f99c2ee27; event types from
 * arch/x86/include/asm/trapnr.h (blob 8d1154cdf787). SDM names from the Intel SDM
 * Vol. 3C tables of VM-execution, VM-exit and VM-entry controls, exit-reason
 * format and Appendix C. Descriptions are ours.
 *
 * Every name is Linux's with a VMCS_ prefix, so that this header can be included
 * next to the kernel's own definitions.
 */
#ifndef VMCSGEN_VMCS_BITS_H
#define VMCSGEN_VMCS_BITS_H

#include <stdint.h>

/* Pin-based VM-execution controls: PIN_BASED_VM_EXEC_CONTROL */
/*
 * External-interrupt exiting: External interrupts cause VM exits instead of
 * being delivered through the guest IDT.
 */
#define VMCS_PIN_BASED_EXT_INTR_MASK			UINT32_C(0x00000001)
/* NMI exiting: Non-maskable interrupts cause VM exits. */
#define VMCS_PIN_BASED_NMI_EXITING			UINT32_C(0x00000008)
/*
 * Virtual NMIs: NMIs are not blocked by the guest; the processor tracks
 * virtual-NMI blocking instead.
 */
#define VMCS_PIN_BASED_VIRTUAL_NMIS			UINT32_C(0x00000020)
/*
 * Activate VMX-preemption timer: The VMX-preemption timer counts down in VMX
 * non-root operation and causes a VM exit at zero.
 */
#define VMCS_PIN_BASED_VMX_PREEMPTION_TIMER		UINT32_C(0x00000040)
/*
 * Process posted interrupts: Interrupts with the posted-interrupt
 * notification vector are processed through the posted-interrupt descriptor.
 */
#define VMCS_PIN_BASED_POSTED_INTR			UINT32_C(0x00000080)
/*
 * The default-1 bits (1, 2, 4) that must be set when
 * IA32_VMX_TRUE_PINBASED_CTLS is not used.
 */
#define VMCS_PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR	UINT32_C(0x00000016)

/* Primary processor-based VM-execution controls: CPU_BASED_VM_EXEC_CONTROL */
/*
 * Interrupt-window exiting: VM exit at the start of any instruction once the
 * guest can take external interrupts.
 */
#define VMCS_CPU_BASED_INTR_WINDOW_EXITING		UINT32_C(0x00000004)
/*
 * Use TSC offsetting: RDTSC, RDTSCP and RDMSR of the TSC return a value
 * adjusted by the TSC offset.
 */
#define VMCS_CPU_BASED_USE_TSC_OFFSETTING		UINT32_C(0x00000008)
/* HLT exiting: HLT causes a VM exit. */
#define VMCS_CPU_BASED_HLT_EXITING			UINT32_C(0x00000080)
/* INVLPG exiting: INVLPG causes a VM exit. */
#define VMCS_CPU_BASED_INVLPG_EXITING			UINT32_C(0x00000200)
/* MWAIT exiting: MWAIT causes a VM exit. */
#define VMCS_CPU_BASED_MWAIT_EXITING			UINT32_C(0x00000400)
/* RDPMC exiting: RDPMC causes a VM exit. */
#define VMCS_CPU_BASED_RDPMC_EXITING			UINT32_C(0x00000800)
/* RDTSC exiting: RDTSC and RDTSCP cause VM exits. */
#define VMCS_CPU_BASED_RDTSC_EXITING			UINT32_C(0x00001000)
/*
 * CR3-load exiting: MOV to CR3 causes a VM exit unless the value is one of
 * the CR3 targets.
 */
#define VMCS_CPU_BASED_CR3_LOAD_EXITING			UINT32_C(0x00008000)
/* CR3-store exiting: MOV from CR3 causes a VM exit. */
#define VMCS_CPU_BASED_CR3_STORE_EXITING		UINT32_C(0x00010000)
/*
 * Activate tertiary controls: The tertiary processor-based VM-execution
 * controls are used.
 */
#define VMCS_CPU_BASED_ACTIVATE_TERTIARY_CONTROLS	UINT32_C(0x00020000)
/* CR8-load exiting: MOV to CR8 causes a VM exit. */
#define VMCS_CPU_BASED_CR8_LOAD_EXITING			UINT32_C(0x00080000)
/* CR8-store exiting: MOV from CR8 causes a VM exit. */
#define VMCS_CPU_BASED_CR8_STORE_EXITING		UINT32_C(0x00100000)
/* Use TPR shadow: The TPR is virtualized through the virtual-APIC page. */
#define VMCS_CPU_BASED_TPR_SHADOW			UINT32_C(0x00200000)
/*
 * NMI-window exiting: VM exit at the start of any instruction once there is
 * no virtual-NMI blocking.
 */
#define VMCS_CPU_BASED_NMI_WINDOW_EXITING		UINT32_C(0x00400000)
/* MOV-DR exiting: MOV to or from a debug register causes a VM exit. */
#define VMCS_CPU_BASED_MOV_DR_EXITING			UINT32_C(0x00800000)
/*
 * Unconditional I/O exiting: Every I/O instruction causes a VM exit (ignored
 * when I/O bitmaps are used).
 */
#define VMCS_CPU_BASED_UNCOND_IO_EXITING		UINT32_C(0x01000000)
/*
 * Use I/O bitmaps: I/O bitmaps A and B decide which I/O instructions cause
 * VM exits.
 */
#define VMCS_CPU_BASED_USE_IO_BITMAPS			UINT32_C(0x02000000)
/* Monitor trap flag: Single-step the guest with monitor-trap-flag VM exits. */
#define VMCS_CPU_BASED_MONITOR_TRAP_FLAG		UINT32_C(0x08000000)
/*
 * Use MSR bitmaps: The MSR bitmaps decide which RDMSR and WRMSR cause VM
 * exits.
 */
#define VMCS_CPU_BASED_USE_MSR_BITMAPS			UINT32_C(0x10000000)
/* MONITOR exiting: MONITOR causes a VM exit. */
#define VMCS_CPU_BASED_MONITOR_EXITING			UINT32_C(0x20000000)
/* PAUSE exiting: PAUSE causes a VM exit. */
#define VMCS_CPU_BASED_PAUSE_EXITING			UINT32_C(0x40000000)
/*
 * Activate secondary controls: The secondary processor-based VM-execution
 * controls are used.
 */
#define VMCS_CPU_BASED_ACTIVATE_SECONDARY_CONTROLS	UINT32_C(0x80000000)
/*
 * The default-1 bits (1, 4-6, 8, 13-16, 26) that must be set when
 * IA32_VMX_TRUE_PROCBASED_CTLS is not used.
 */
#define VMCS_CPU_BASED_ALWAYSON_WITHOUT_TRUE_MSR	UINT32_C(0x0401e172)

/* Secondary processor-based VM-execution controls: SECONDARY_VM_EXEC_CONTROL */
/*
 * Virtualize APIC accesses: Accesses to the APIC-access page are virtualized
 * or cause VM exits.
 */
#define VMCS_SECONDARY_EXEC_VIRTUALIZE_APIC_ACCESSES	UINT32_C(0x00000001)
/*
 * Enable EPT: Guest-physical addresses are translated through extended page
 * tables.
 */
#define VMCS_SECONDARY_EXEC_ENABLE_EPT			UINT32_C(0x00000002)
/*
 * Descriptor-table exiting: LGDT, LIDT, LLDT, LTR, SGDT, SIDT, SLDT and STR
 * cause VM exits.
 */
#define VMCS_SECONDARY_EXEC_DESC			UINT32_C(0x00000004)
/* Enable RDTSCP: RDTSCP is allowed in the guest (otherwise it raises #UD). */
#define VMCS_SECONDARY_EXEC_ENABLE_RDTSCP		UINT32_C(0x00000008)
/* Virtualize x2APIC mode: RDMSR and WRMSR of x2APIC MSRs are virtualized. */
#define VMCS_SECONDARY_EXEC_VIRTUALIZE_X2APIC_MODE	UINT32_C(0x00000010)
/*
 * Enable VPID: Cached linear translations are tagged with the
 * virtual-processor identifier.
 */
#define VMCS_SECONDARY_EXEC_ENABLE_VPID			UINT32_C(0x00000020)
/* WBINVD exiting: WBINVD and WBNOINVD cause VM exits. */
#define VMCS_SECONDARY_EXEC_WBINVD_EXITING		UINT32_C(0x00000040)
/*
 * Unrestricted guest: The guest may run in real mode or unpaged protected
 * mode.
 */
#define VMCS_SECONDARY_EXEC_UNRESTRICTED_GUEST		UINT32_C(0x00000080)
/*
 * APIC-register virtualization: Reads of APIC registers are served from the
 * virtual-APIC page.
 */
#define VMCS_SECONDARY_EXEC_APIC_REGISTER_VIRT		UINT32_C(0x00000100)
/*
 * Virtual-interrupt delivery: Pending virtual interrupts are evaluated and
 * delivered by the processor.
 */
#define VMCS_SECONDARY_EXEC_VIRTUAL_INTR_DELIVERY	UINT32_C(0x00000200)
/*
 * PAUSE-loop exiting: A PAUSE loop longer than the PLE window at CPL 0
 * causes a VM exit.
 */
#define VMCS_SECONDARY_EXEC_PAUSE_LOOP_EXITING		UINT32_C(0x00000400)
/* RDRAND exiting: RDRAND causes a VM exit. */
#define VMCS_SECONDARY_EXEC_RDRAND_EXITING		UINT32_C(0x00000800)
/* Enable INVPCID: INVPCID is allowed in the guest (otherwise it raises #UD). */
#define VMCS_SECONDARY_EXEC_ENABLE_INVPCID		UINT32_C(0x00001000)
/* Enable VM functions: VMFUNC is allowed in the guest. */
#define VMCS_SECONDARY_EXEC_ENABLE_VMFUNC		UINT32_C(0x00002000)
/*
 * VMCS shadowing: Guest VMREAD and VMWRITE may access the shadow VMCS
 * through the VMREAD and VMWRITE bitmaps.
 */
#define VMCS_SECONDARY_EXEC_SHADOW_VMCS			UINT32_C(0x00004000)
/*
 * Enable ENCLS exiting: ENCLS leaves selected by the ENCLS-exiting bitmap
 * cause VM exits.
 */
#define VMCS_SECONDARY_EXEC_ENCLS_EXITING		UINT32_C(0x00008000)
/* RDSEED exiting: RDSEED causes a VM exit. */
#define VMCS_SECONDARY_EXEC_RDSEED_EXITING		UINT32_C(0x00010000)
/*
 * Enable PML: Guest-physical addresses of dirtied pages are logged to the
 * page-modification log.
 */
#define VMCS_SECONDARY_EXEC_ENABLE_PML			UINT32_C(0x00020000)
/*
 * EPT-violation #VE: Some EPT violations are delivered to the guest as
 * virtualization exceptions.
 */
#define VMCS_SECONDARY_EXEC_EPT_VIOLATION_VE		UINT32_C(0x00040000)
/*
 * Conceal VMX from PT: Intel PT does not report that the processor is in VMX
 * non-root operation.
 */
#define VMCS_SECONDARY_EXEC_PT_CONCEAL_VMX		UINT32_C(0x00080000)
/*
 * Enable XSAVES/XRSTORS: XSAVES and XRSTORS are allowed in the guest,
 * filtered by the XSS-exiting bitmap.
 */
#define VMCS_SECONDARY_EXEC_ENABLE_XSAVES		UINT32_C(0x00100000)
/*
 * Mode-based execute control for EPT: EPT has separate execute permissions
 * for supervisor and user linear addresses.
 */
#define VMCS_SECONDARY_EXEC_MODE_BASED_EPT_EXEC		UINT32_C(0x00400000)
/*
 * Intel PT uses guest physical addresses: Intel PT output addresses are
 * guest-physical and translated through EPT.
 */
#define VMCS_SECONDARY_EXEC_PT_USE_GPA			UINT32_C(0x01000000)
/* Use TSC scaling: Guest reads of the TSC are scaled by the TSC multiplier. */
#define VMCS_SECONDARY_EXEC_TSC_SCALING			UINT32_C(0x02000000)
/*
 * Enable user wait and pause: TPAUSE, UMONITOR and UMWAIT are allowed in the
 * guest.
 */
#define VMCS_SECONDARY_EXEC_ENABLE_USR_WAIT_PAUSE	UINT32_C(0x04000000)
/*
 * VMM bus-lock detection: A bus lock acquired by the guest causes a VM exit
 * after the instruction.
 */
#define VMCS_SECONDARY_EXEC_BUS_LOCK_DETECTION		UINT32_C(0x40000000)
/*
 * Instruction timeout: A VM exit occurs when no event window opens within
 * the notify window.
 */
#define VMCS_SECONDARY_EXEC_NOTIFY_VM_EXITING		UINT32_C(0x80000000)

/* Tertiary processor-based VM-execution controls: TERTIARY_VM_EXEC_CONTROL */
/*
 * IPI virtualization: Guest writes of the ICR send IPIs through the
 * PID-pointer table without a VM exit.
 */
#define VMCS_TERTIARY_EXEC_IPI_VIRT	UINT64_C(0x0000000000000010)

/* VM-exit controls: VM_EXIT_CONTROLS */
/* Save debug controls: DR7 and IA32_DEBUGCTL are saved on VM exit. */
#define VMCS_VM_EXIT_SAVE_DEBUG_CONTROLS	UINT32_C(0x00000004)
/* Host address-space size: The host runs in 64-bit mode after VM exit. */
#define VMCS_VM_EXIT_HOST_ADDR_SPACE_SIZE	UINT32_C(0x00000200)
/*
 * Load IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is loaded from the
 * host-state area on VM exit.
 */
#define VMCS_VM_EXIT_LOAD_IA32_PERF_GLOBAL_CTRL	UINT32_C(0x00001000)
/*
 * Acknowledge interrupt on exit: An external-interrupt VM exit acknowledges
 * the interrupt and stores its vector.
 */
#define VMCS_VM_EXIT_ACK_INTR_ON_EXIT		UINT32_C(0x00008000)
/* Save IA32_PAT: IA32_PAT is saved on VM exit. */
#define VMCS_VM_EXIT_SAVE_IA32_PAT		UINT32_C(0x00040000)
/* Load IA32_PAT: IA32_PAT is loaded on VM exit. */
#define VMCS_VM_EXIT_LOAD_IA32_PAT		UINT32_C(0x00080000)
/* Save IA32_EFER: IA32_EFER is saved on VM exit. */
#define VMCS_VM_EXIT_SAVE_IA32_EFER		UINT32_C(0x00100000)
/* Load IA32_EFER: IA32_EFER is loaded on VM exit. */
#define VMCS_VM_EXIT_LOAD_IA32_EFER		UINT32_C(0x00200000)
/*
 * Save VMX-preemption timer value: The VMX-preemption timer value is saved
 * on VM exit.
 */
#define VMCS_VM_EXIT_SAVE_VMX_PREEMPTION_TIMER	UINT32_C(0x00400000)
/* Clear IA32_BNDCFGS: IA32_BNDCFGS is cleared on VM exit. */
#define VMCS_VM_EXIT_CLEAR_BNDCFGS		UINT32_C(0x00800000)
/*
 * Conceal VMX from PT: Intel PT does not produce a PIP or VMCS packet for
 * the VM exit.
 */
#define VMCS_VM_EXIT_PT_CONCEAL_PIP		UINT32_C(0x01000000)
/* Clear IA32_RTIT_CTL: IA32_RTIT_CTL is cleared on VM exit. */
#define VMCS_VM_EXIT_CLEAR_IA32_RTIT_CTL	UINT32_C(0x02000000)
/*
 * Load CET state: Host S_CET, SSP and the interrupt SSP table address are
 * loaded on VM exit.
 */
#define VMCS_VM_EXIT_LOAD_CET_STATE		UINT32_C(0x10000000)
/*
 * Save IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is saved into the
 * guest-state area on VM exit.
 */
#define VMCS_VM_EXIT_SAVE_IA32_PERF_GLOBAL_CTRL	UINT32_C(0x40000000)
/*
 * The default-1 bits (0-8, 10, 11, 13, 14, 16, 17) that must be set when
 * IA32_VMX_TRUE_EXIT_CTLS is not used.
 */
#define VMCS_VM_EXIT_ALWAYSON_WITHOUT_TRUE_MSR	UINT32_C(0x00036dff)

/* VM-entry controls: VM_ENTRY_CONTROLS */
/* Load debug controls: DR7 and IA32_DEBUGCTL are loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_DEBUG_CONTROLS		UINT32_C(0x00000004)
/* IA-32e mode guest: The guest is in IA-32e mode after VM entry. */
#define VMCS_VM_ENTRY_IA32E_MODE			UINT32_C(0x00000200)
/*
 * Entry to SMM: VM entry goes to system-management mode (dual-monitor
 * treatment only).
 */
#define VMCS_VM_ENTRY_SMM				UINT32_C(0x00000400)
/*
 * Deactivate dual-monitor treatment: The dual-monitor treatment of SMIs and
 * SMM is ended after VM entry.
 */
#define VMCS_VM_ENTRY_DEACT_DUAL_MONITOR		UINT32_C(0x00000800)
/* Load IA32_PERF_GLOBAL_CTRL: IA32_PERF_GLOBAL_CTRL is loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_IA32_PERF_GLOBAL_CTRL	UINT32_C(0x00002000)
/* Load IA32_PAT: IA32_PAT is loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_IA32_PAT			UINT32_C(0x00004000)
/* Load IA32_EFER: IA32_EFER is loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_IA32_EFER			UINT32_C(0x00008000)
/* Load IA32_BNDCFGS: IA32_BNDCFGS is loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_BNDCFGS			UINT32_C(0x00010000)
/*
 * Conceal VMX from PT: Intel PT does not produce a PIP or VMCS packet for
 * the VM entry.
 */
#define VMCS_VM_ENTRY_PT_CONCEAL_PIP			UINT32_C(0x00020000)
/* Load IA32_RTIT_CTL: IA32_RTIT_CTL is loaded on VM entry. */
#define VMCS_VM_ENTRY_LOAD_IA32_RTIT_CTL		UINT32_C(0x00040000)
/*
 * Load CET state: Guest S_CET, SSP and the interrupt SSP table address are
 * loaded on VM entry.
 */
#define VMCS_VM_ENTRY_LOAD_CET_STATE			UINT32_C(0x00100000)
/*
 * The default-1 bits (0-8, 12) that must be set when
 * IA32_VMX_TRUE_ENTRY_CTLS is not used.
 */
#define VMCS_VM_ENTRY_ALWAYSON_WITHOUT_TRUE_MSR		UINT32_C(0x000011ff)

/* Exit reason: VM_EXIT_REASON */
/*
 * Bus lock detected: A bus lock was asserted by the guest while VMM bus-lock
 * detection was on.
 */
#define VMCS_VMX_EXIT_REASONS_BUS_LOCK_DETECTED	UINT32_C(0x04000000)
/*
 * Enclave mode: The VM exit happened while the logical processor was in
 * enclave mode.
 */
#define VMCS_VMX_EXIT_REASONS_SGX_ENCLAVE_MODE	UINT32_C(0x08000000)
/*
 * Pending MTF VM exit: An SMM VM exit took priority over a monitor-trap-flag
 * VM exit.
 */
#define VMCS_VMX_EXIT_REASONS_SMI_PENDING_MTF	UINT32_C(0x10000000)
/*
 * VM exit from VMX root operation: The processor was in VMX root operation
 * (SMM VM exits only).
 */
#define VMCS_VMX_EXIT_REASONS_SMI_FROM_VMX_ROOT	UINT32_C(0x20000000)
/*
 * VM-entry failure: VM entry failed; bits 15:0 give the reason of the
 * failure.
 */
#define VMCS_VMX_EXIT_REASONS_FAILED_VMENTRY	UINT32_C(0x80000000)
/* bits 15:0, Basic exit reason: The basic exit reason. */
#define VMCS_VMX_EXIT_REASONS_BASIC_MASK	UINT32_C(0x0000ffff)
/*
 * Exception or non-maskable interrupt (NMI): An exception selected by the
 * exception bitmap, or an NMI with NMI exiting.
 */
#define VMCS_EXIT_REASON_EXCEPTION_NMI		UINT32_C(0)
/*
 * External interrupt: An external interrupt arrived with external-interrupt
 * exiting.
 */
#define VMCS_EXIT_REASON_EXTERNAL_INTERRUPT	UINT32_C(1)
/* Triple fault: An exception while calling the double-fault handler. */
#define VMCS_EXIT_REASON_TRIPLE_FAULT		UINT32_C(2)
/* INIT signal: An INIT signal arrived. */
#define VMCS_EXIT_REASON_INIT_SIGNAL		UINT32_C(3)
/* Start-up IPI (SIPI): A SIPI arrived in the wait-for-SIPI state. */
#define VMCS_EXIT_REASON_SIPI_SIGNAL		UINT32_C(4)
/*
 * Other SMI: An SMI not right after an I/O instruction caused an SMM VM
 * exit.
 */
#define VMCS_EXIT_REASON_OTHER_SMI		UINT32_C(6)
/*
 * Interrupt window: The interrupt window opened with interrupt-window
 * exiting.
 */
#define VMCS_EXIT_REASON_INTERRUPT_WINDOW	UINT32_C(7)
/* NMI window: The NMI window opened with NMI-window exiting. */
#define VMCS_EXIT_REASON_NMI_WINDOW		UINT32_C(8)
/* Task switch: The guest attempted a task switch. */
#define VMCS_EXIT_REASON_TASK_SWITCH		UINT32_C(9)
/* CPUID: The guest executed CPUID. */
#define VMCS_EXIT_REASON_CPUID			UINT32_C(10)
/* HLT: The guest executed HLT with HLT exiting. */
#define VMCS_EXIT_REASON_HLT			UINT32_C(12)
/* INVD: The guest executed INVD. */
#define VMCS_EXIT_REASON_INVD			UINT32_C(13)
/* INVLPG: The guest executed INVLPG with INVLPG exiting. */
#define VMCS_EXIT_REASON_INVLPG			UINT32_C(14)
/* RDPMC: The guest executed RDPMC with RDPMC exiting. */
#define VMCS_EXIT_REASON_RDPMC			UINT32_C(15)
/* RDTSC: The guest executed RDTSC with RDTSC exiting. */
#define VMCS_EXIT_REASON_RDTSC			UINT32_C(16)
/* VMCALL: The guest executed VMCALL. */
#define VMCS_EXIT_REASON_VMCALL			UINT32_C(18)
/* VMCLEAR: The guest executed VMCLEAR. */
#define VMCS_EXIT_REASON_VMCLEAR		UINT32_C(19)
/* VMLAUNCH: The guest executed VMLAUNCH. */
#define VMCS_EXIT_REASON_VMLAUNCH		UINT32_C(20)
/* VMPTRLD: The guest executed VMPTRLD. */
#define VMCS_EXIT_REASON_VMPTRLD		UINT32_C(21)
/* VMPTRST: The guest executed VMPTRST. */
#define VMCS_EXIT_REASON_VMPTRST		UINT32_C(22)
/* VMREAD: The guest executed VMREAD. */
#define VMCS_EXIT_REASON_VMREAD			UINT32_C(23)
/* VMRESUME: The guest executed VMRESUME. */
#define VMCS_EXIT_REASON_VMRESUME		UINT32_C(24)
/* VMWRITE: The guest executed VMWRITE. */
#define VMCS_EXIT_REASON_VMWRITE		UINT32_C(25)
/* VMXOFF: The guest executed VMXOFF. */
#define VMCS_EXIT_REASON_VMOFF			UINT32_C(26)
/* VMXON: The guest executed VMXON. */
#define VMCS_EXIT_REASON_VMON			UINT32_C(27)
/* Control-register accesses: CLTS, LMSW or MOV CR caused a VM exit. */
#define VMCS_EXIT_REASON_CR_ACCESS		UINT32_C(28)
/* MOV DR: MOV to or from a debug register with MOV-DR exiting. */
#define VMCS_EXIT_REASON_DR_ACCESS		UINT32_C(29)
/* I/O instruction: An I/O instruction caused a VM exit. */
#define VMCS_EXIT_REASON_IO_INSTRUCTION		UINT32_C(30)
/* RDMSR: RDMSR caused a VM exit. */
#define VMCS_EXIT_REASON_MSR_READ		UINT32_C(31)
/* WRMSR: WRMSR caused a VM exit. */
#define VMCS_EXIT_REASON_MSR_WRITE		UINT32_C(32)
/*
 * VM-entry failure due to invalid guest state: VM entry failed the
 * guest-state checks.
 */
#define VMCS_EXIT_REASON_INVALID_STATE		UINT32_C(33)
/*
 * VM-entry failure due to MSR loading: VM entry failed loading an MSR from
 * the VM-entry MSR-load area.
 */
#define VMCS_EXIT_REASON_MSR_LOAD_FAIL		UINT32_C(34)
/* MWAIT: The guest executed MWAIT with MWAIT exiting. */
#define VMCS_EXIT_REASON_MWAIT_INSTRUCTION	UINT32_C(36)
/* Monitor trap flag: A monitor-trap-flag VM exit. */
#define VMCS_EXIT_REASON_MONITOR_TRAP_FLAG	UINT32_C(37)
/* MONITOR: The guest executed MONITOR with MONITOR exiting. */
#define VMCS_EXIT_REASON_MONITOR_INSTRUCTION	UINT32_C(39)
/* PAUSE: PAUSE with PAUSE exiting or PAUSE-loop exiting. */
#define VMCS_EXIT_REASON_PAUSE_INSTRUCTION	UINT32_C(40)
/*
 * VM-entry failure due to machine-check event: A machine-check event during
 * VM entry.
 */
#define VMCS_EXIT_REASON_MCE_DURING_VMENTRY	UINT32_C(41)
/* TPR below threshold: The virtual TPR dropped below the TPR threshold. */
#define VMCS_EXIT_REASON_TPR_BELOW_THRESHOLD	UINT32_C(43)
/* APIC access: An access to the APIC-access page caused a VM exit. */
#define VMCS_EXIT_REASON_APIC_ACCESS		UINT32_C(44)
/*
 * Virtualized EOI: EOI virtualization of a vector selected by the EOI-exit
 * bitmap.
 */
#define VMCS_EXIT_REASON_EOI_INDUCED		UINT32_C(45)
/*
 * Access to GDTR or IDTR: LGDT, LIDT, SGDT or SIDT with descriptor-table
 * exiting.
 */
#define VMCS_EXIT_REASON_GDTR_IDTR		UINT32_C(46)
/*
 * Access to LDTR or TR: LLDT, LTR, SLDT or STR with descriptor-table
 * exiting.
 */
#define VMCS_EXIT_REASON_LDTR_TR		UINT32_C(47)
/*
 * EPT violation: The EPT paging structures disallowed a guest-physical
 * access.
 */
#define VMCS_EXIT_REASON_EPT_VIOLATION		UINT32_C(48)
/*
 * EPT misconfiguration: A guest-physical access met a misconfigured EPT
 * entry.
 */
#define VMCS_EXIT_REASON_EPT_MISCONFIG		UINT32_C(49)
/* INVEPT: The guest executed INVEPT. */
#define VMCS_EXIT_REASON_INVEPT			UINT32_C(50)
/* RDTSCP: The guest executed RDTSCP with RDTSC exiting. */
#define VMCS_EXIT_REASON_RDTSCP			UINT32_C(51)
/*
 * VMX-preemption timer expired: The VMX-preemption timer counted down to
 * zero.
 */
#define VMCS_EXIT_REASON_PREEMPTION_TIMER	UINT32_C(52)
/* INVVPID: The guest executed INVVPID. */
#define VMCS_EXIT_REASON_INVVPID		UINT32_C(53)
/* WBINVD or WBNOINVD: WBINVD or WBNOINVD with WBINVD exiting. */
#define VMCS_EXIT_REASON_WBINVD			UINT32_C(54)
/* XSETBV: The guest executed XSETBV. */
#define VMCS_EXIT_REASON_XSETBV			UINT32_C(55)
/*
 * APIC write: A write to the virtual-APIC page that software must
 * virtualize.
 */
#define VMCS_EXIT_REASON_APIC_WRITE		UINT32_C(56)
/* RDRAND: RDRAND with RDRAND exiting. */
#define VMCS_EXIT_REASON_RDRAND			UINT32_C(57)
/* INVPCID: INVPCID with INVLPG exiting. */
#define VMCS_EXIT_REASON_INVPCID		UINT32_C(58)
/* VMFUNC: VMFUNC of a disabled or failing VM function. */
#define VMCS_EXIT_REASON_VMFUNC			UINT32_C(59)
/* ENCLS: An ENCLS leaf selected by the ENCLS-exiting bitmap. */
#define VMCS_EXIT_REASON_ENCLS			UINT32_C(60)
/* RDSEED: RDSEED with RDSEED exiting. */
#define VMCS_EXIT_REASON_RDSEED			UINT32_C(61)
/* Page-modification log full: The page-modification log was full. */
#define VMCS_EXIT_REASON_PML_FULL		UINT32_C(62)
/* XSAVES: XSAVES selected by the XSS-exiting bitmap. */
#define VMCS_EXIT_REASON_XSAVES			UINT32_C(63)
/* XRSTORS: XRSTORS selected by the XSS-exiting bitmap. */
#define VMCS_EXIT_REASON_XRSTORS		UINT32_C(64)
/* UMWAIT: UMWAIT with RDTSC exiting. */
#define VMCS_EXIT_REASON_UMWAIT			UINT32_C(67)
/* TPAUSE: TPAUSE with RDTSC exiting. */
#define VMCS_EXIT_REASON_TPAUSE			UINT32_C(68)
/* Bus lock: A bus lock with VMM bus-lock detection. */
#define VMCS_EXIT_REASON_BUS_LOCK		UINT32_C(74)
/* Instruction timeout: No event window opened within the notify window. */
#define VMCS_EXIT_REASON_NOTIFY			UINT32_C(75)
/* SEAMCALL: The guest executed SEAMCALL. */
#define VMCS_EXIT_REASON_SEAMCALL		UINT32_C(76)
/* TDCALL: The guest executed TDCALL. */
#define VMCS_EXIT_REASON_TDCALL			UINT32_C(77)
/* The immediate form of RDMSR caused a VM exit. */
#define VMCS_EXIT_REASON_MSR_READ_IMM		UINT32_C(84)
/* The immediate form of WRMSRNS caused a VM exit. */
#define VMCS_EXIT_REASON_MSR_WRITE_IMM		UINT32_C(85)

/* Guest interruptibility state: GUEST_INTERRUPTIBILITY_INFO */
/* Blocking by STI: Interrupts are blocked for one instruction after STI. */
#define VMCS_GUEST_INTR_STATE_STI		UINT32_C(0x00000001)
/*
 * Blocking by MOV SS: Events are blocked for one instruction after MOV SS or
 * POP SS.
 */
#define VMCS_GUEST_INTR_STATE_MOV_SS		UINT32_C(0x00000002)
/* Blocking by SMI: SMIs are blocked (the guest is in SMM). */
#define VMCS_GUEST_INTR_STATE_SMI		UINT32_C(0x00000004)
/*
 * Blocking by NMI: NMIs are blocked (or virtual-NMI blocking with virtual
 * NMIs).
 */
#define VMCS_GUEST_INTR_STATE_NMI		UINT32_C(0x00000008)
/* Enclave interruption: The VM exit interrupted enclave execution. */
#define VMCS_GUEST_INTR_STATE_ENCLAVE_INTR	UINT32_C(0x00000010)

/* Guest activity state: GUEST_ACTIVITY_STATE */
/* Active: The logical processor executes instructions normally. */
#define VMCS_GUEST_ACTIVITY_ACTIVE	UINT32_C(0)
/* HLT: The logical processor is halted after HLT. */
#define VMCS_GUEST_ACTIVITY_HLT		UINT32_C(1)
/* Shutdown: The logical processor is in shutdown after a triple fault. */
#define VMCS_GUEST_ACTIVITY_SHUTDOWN	UINT32_C(2)
/* Wait-for-SIPI: The logical processor waits for a start-up IPI. */
#define VMCS_GUEST_ACTIVITY_WAIT_SIPI	UINT32_C(3)

/*
 * Interruption-information format: VM_ENTRY_INTR_INFO_FIELD, VM_EXIT_INTR_INFO,
 * IDT_VECTORING_INFO_FIELD
 */
/*
 * Deliver error code: An error code is delivered (entry) or was pushed
 * (exit, IDT vectoring).
 */
#define VMCS_INTR_INFO_DELIVER_CODE_MASK	UINT32_C(0x00000800)
/*
 * NMI unblocking due to IRET: The VM exit happened while IRET was unblocking
 * NMIs (exit information only).
 */
#define VMCS_INTR_INFO_UNBLOCK_NMI		UINT32_C(0x00001000)
/* Valid: The field holds a valid event. */
#define VMCS_INTR_INFO_VALID_MASK		UINT32_C(0x80000000)
/* bits 7:0, Vector: The vector of the interrupt or exception. */
#define VMCS_INTR_INFO_VECTOR_MASK		UINT32_C(0x000000ff)
/* bits 10:8, Interruption type: The kind of event. */
#define VMCS_INTR_INFO_INTR_TYPE_MASK		UINT32_C(0x00000700)
/* External interrupt: An external interrupt. */
#define VMCS_INTR_TYPE_EXT_INTR			UINT32_C(0x00000000)
/* Reserved: Reserved. */
#define VMCS_INTR_TYPE_RESERVED			UINT32_C(0x00000100)
/* Non-maskable interrupt (NMI): An NMI. */
#define VMCS_INTR_TYPE_NMI_INTR			UINT32_C(0x00000200)
/*
 * Hardware exception: An exception raised by the processor, such as #PF or
 * #GP.
 */
#define VMCS_INTR_TYPE_HARD_EXCEPTION		UINT32_C(0x00000300)
/* Software interrupt: INT n. */
#define VMCS_INTR_TYPE_SOFT_INTR		UINT32_C(0x00000400)
/* Privileged software exception: INT1 (ICEBP). */
#define VMCS_INTR_TYPE_PRIV_SW_EXCEPTION	UINT32_C(0x00000500)
/* Software exception: INT3 or INTO. */
#define VMCS_INTR_TYPE_SOFT_EXCEPTION		UINT32_C(0x00000600)
/* Other event: Another event, such as a pending MTF VM exit. */
#define VMCS_INTR_TYPE_OTHER_EVENT		UINT32_C(0x00000700)
/* Bits 30:12; reserved in the VM-entry interruption-information field. */
#define VMCS_INTR_INFO_RESVD_BITS_MASK		UINT32_C(0x7ffff000)
/*
 * INTR_INFO_VECTOR_MASK under the name Linux uses for the IDT-vectoring
 * field.
 */
#define VMCS_VECTORING_INFO_VECTOR_MASK		UINT32_C(0x000000ff)
/*
 * INTR_INFO_INTR_TYPE_MASK under the name Linux uses for the IDT-vectoring
 * field.
 */
#define VMCS_VECTORING_INFO_TYPE_MASK		UINT32_C(0x00000700)
/*
 * INTR_INFO_DELIVER_CODE_MASK under the name Linux uses for the
 * IDT-vectoring field.
 */
#define VMCS_VECTORING_INFO_DELIVER_CODE_MASK	UINT32_C(0x00000800)
/*
 * INTR_INFO_VALID_MASK under the name Linux uses for the IDT-vectoring
 * field.
 */
#define VMCS_VECTORING_INFO_VALID_MASK		UINT32_C(0x80000000)

/* Extended-page-table pointer (EPTP): EPT_POINTER */
/*
 * Enable accessed and dirty flags for EPT: The processor sets the accessed
 * and dirty flags of EPT paging-structure entries (requires
 * IA32_VMX_EPT_VPID_CAP bit 21).
 */
#define VMCS_VMX_EPTP_AD_ENABLE_BIT	UINT64_C(0x0000000000000040)
/*
 * bits 2:0, EPT paging-structure memory type: The memory type the processor
 * uses to access the EPT paging structures.
 */
#define VMCS_VMX_EPTP_MT_MASK		UINT64_C(0x0000000000000007)
/*
 * Uncacheable (UC): Uncacheable; allowed when IA32_VMX_EPT_VPID_CAP bit 8 is
 * set.
 */
#define VMCS_VMX_EPTP_MT_UC		UINT64_C(0)
/*
 * Write-back (WB): Write-back; allowed when IA32_VMX_EPT_VPID_CAP bit 14 is
 * set.
 */
#define VMCS_VMX_EPTP_MT_WB		UINT64_C(6)
/*
 * bits 5:3, EPT page-walk length minus 1: One less than the number of levels
 * of the EPT paging structures.
 */
#define VMCS_VMX_EPTP_PWL_MASK		UINT64_C(0x0000000000000038)
/*
 * 4-level walk: Four levels; allowed when IA32_VMX_EPT_VPID_CAP bit 6 is
 * set.
 */
#define VMCS_VMX_EPTP_PWL_4		UINT64_C(0x0000000000000018)
/*
 * 5-level walk: Five levels; allowed when IA32_VMX_EPT_VPID_CAP bit 7 is
 * set.
 */
#define VMCS_VMX_EPTP_PWL_5		UINT64_C(0x0000000000000020)
/*
 * bits 51:12, Physical address of the EPT PML4 table: The 4-KByte aligned
 * physical address of the top EPT paging structure (bits at or above
 * MAXPHYADDR must be 0).
 */
#define VMCS_EPTP_PA_MASK		UINT64_C(0x000ffffffffff000)

/* VM-function controls: VM_FUNCTION_CONTROL */
/*
 * EPTP switching: VMFUNC leaf 0 loads an EPTP from the EPTP list without a
 * VM exit.
 */
#define VMCS_VMX_VMFUNC_EPTP_SWITCHING	UINT64_C(0x0000000000000001)

/* Control register CR0: GUEST_CR0, HOST_CR0, CR0_READ_SHADOW */
/* Protection Enable: Protected mode is on. */
#define VMCS_X86_CR0_PE	UINT64_C(0x0000000000000001)
/* Monitor Coprocessor: WAIT and FWAIT honour CR0.TS. */
#define VMCS_X86_CR0_MP	UINT64_C(0x0000000000000002)
/* Emulation: x87 instructions raise #NM (no x87 unit). */
#define VMCS_X86_CR0_EM	UINT64_C(0x0000000000000004)
/* Task Switched: The next x87/SSE instruction raises #NM. */
#define VMCS_X86_CR0_TS	UINT64_C(0x0000000000000008)
/* Extension Type: Reserved as 1 on modern processors. */
#define VMCS_X86_CR0_ET	UINT64_C(0x0000000000000010)
/* Numeric Error: x87 errors are reported as #MF. */
#define VMCS_X86_CR0_NE	UINT64_C(0x0000000000000020)
/* Write Protect: Supervisor writes honour read-only pages. */
#define VMCS_X86_CR0_WP	UINT64_C(0x0000000000010000)
/* Alignment Mask: RFLAGS.AC enables alignment checking at CPL 3. */
#define VMCS_X86_CR0_AM	UINT64_C(0x0000000000040000)
/* Not Write-through: Write-through caching is off. */
#define VMCS_X86_CR0_NW	UINT64_C(0x0000000020000000)
/* Cache Disable: Caching of new lines is off. */
#define VMCS_X86_CR0_CD	UINT64_C(0x0000000040000000)
/* Paging: Paging is on. */
#define VMCS_X86_CR0_PG	UINT64_C(0x0000000080000000)

/* Control register CR4: GUEST_CR4, HOST_CR4, CR4_READ_SHADOW */
/* Virtual-8086 Mode Extensions: Virtual interrupts in virtual-8086 mode. */
#define VMCS_X86_CR4_VME	UINT64_C(0x0000000000000001)
/* Protected-Mode Virtual Interrupts: The VIF flag in protected mode. */
#define VMCS_X86_CR4_PVI	UINT64_C(0x0000000000000002)
/* Time Stamp Disable: RDTSC is privileged. */
#define VMCS_X86_CR4_TSD	UINT64_C(0x0000000000000004)
/* Debugging Extensions: I/O breakpoints; DR4 and DR5 are reserved. */
#define VMCS_X86_CR4_DE		UINT64_C(0x0000000000000008)
/* Page Size Extensions: 4 MiB pages with 32-bit paging. */
#define VMCS_X86_CR4_PSE	UINT64_C(0x0000000000000010)
/*
 * Physical Address Extension: PAE or 4/5-level paging (required in IA-32e
 * mode).
 */
#define VMCS_X86_CR4_PAE	UINT64_C(0x0000000000000020)
/* Machine-Check Enable: Machine-check exceptions are delivered. */
#define VMCS_X86_CR4_MCE	UINT64_C(0x0000000000000040)
/* Page Global Enable: Global pages. */
#define VMCS_X86_CR4_PGE	UINT64_C(0x0000000000000080)
/* Performance-Monitoring Counter Enable: RDPMC at any privilege level. */
#define VMCS_X86_CR4_PCE	UINT64_C(0x0000000000000100)
/* OSFXSR: FXSAVE/FXRSTOR and SSE are supported by the OS. */
#define VMCS_X86_CR4_OSFXSR	UINT64_C(0x0000000000000200)
/* OSXMMEXCPT: Unmasked SIMD floating-point exceptions raise #XM. */
#define VMCS_X86_CR4_OSXMMEXCPT	UINT64_C(0x0000000000000400)
/*
 * User-Mode Instruction Prevention: SGDT, SIDT, SLDT, SMSW and STR are
 * privileged.
 */
#define VMCS_X86_CR4_UMIP	UINT64_C(0x0000000000000800)
/* 57-bit linear addresses: 5-level paging in IA-32e mode. */
#define VMCS_X86_CR4_LA57	UINT64_C(0x0000000000001000)
/* VMX-Enable: VMX operation is enabled. */
#define VMCS_X86_CR4_VMXE	UINT64_C(0x0000000000002000)
/* SMX-Enable: Safer-mode extensions are enabled. */
#define VMCS_X86_CR4_SMXE	UINT64_C(0x0000000000004000)
/* FSGSBASE-Enable: RDFSBASE, RDGSBASE, WRFSBASE and WRGSBASE. */
#define VMCS_X86_CR4_FSGSBASE	UINT64_C(0x0000000000010000)
/* PCID-Enable: Process-context identifiers (IA-32e mode only). */
#define VMCS_X86_CR4_PCIDE	UINT64_C(0x0000000000020000)
/* OSXSAVE: XSAVE and XSETBV are enabled. */
#define VMCS_X86_CR4_OSXSAVE	UINT64_C(0x0000000000040000)
/* SMEP-Enable: Supervisor-mode execution prevention. */
#define VMCS_X86_CR4_SMEP	UINT64_C(0x0000000000100000)
/* SMAP-Enable: Supervisor-mode access prevention. */
#define VMCS_X86_CR4_SMAP	UINT64_C(0x0000000000200000)
/* Protection-Key Enable: Protection keys for user-mode pages. */
#define VMCS_X86_CR4_PKE	UINT64_C(0x0000000000400000)
/* Control-flow Enforcement Technology: CET is enabled (needs CR0.WP). */
#define VMCS_X86_CR4_CET	UINT64_C(0x0000000000800000)

/* Extended feature enable register IA32_EFER: GUEST_IA32_EFER, HOST_IA32_EFER */
/* SYSCALL Enable: SYSCALL and SYSRET are enabled. */
#define VMCS_EFER_SCE		UINT64_C(0x0000000000000001)
/* IA-32e Mode Enable: IA-32e mode is enabled (active once paging is on). */
#define VMCS_EFER_LME		UINT64_C(0x0000000000000100)
/* IA-32e Mode Active: IA-32e mode is active. */
#define VMCS_EFER_LMA		UINT64_C(0x0000000000000400)
/* Execute Disable Bit Enable: The XD bit of paging entries is honoured. */
#define VMCS_EFER_NX		UINT64_C(0x0000000000000800)
/* AMD SVM is enabled (AMD only; reserved on Intel). */
#define VMCS_EFER_SVME		UINT64_C(0x0000000000001000)
/* AMD long-mode segment-limit enable (AMD only). */
#define VMCS_EFER_LMSLE		UINT64_C(0x0000000000002000)
/* AMD fast FXSAVE/FXRSTOR (AMD only). */
#define VMCS_EFER_FFXSR		UINT64_C(0x0000000000004000)
/* AMD automatic IBRS (AMD only). */
#define VMCS_EFER_AUTOIBRS	UINT64_C(0x0000000000200000)

/* Flags register RFLAGS: GUEST_RFLAGS */
/* Carry Flag: Carry out of the last arithmetic operation. */
#define VMCS_X86_EFLAGS_CF			UINT64_C(0x0000000000000001)
/* Reserved; always 1. */
#define VMCS_X86_EFLAGS_FIXED			UINT64_C(0x0000000000000002)
/* Parity Flag: Even parity of the last result's low byte. */
#define VMCS_X86_EFLAGS_PF			UINT64_C(0x0000000000000004)
/* Auxiliary Carry Flag: Carry out of bit 3. */
#define VMCS_X86_EFLAGS_AF			UINT64_C(0x0000000000000010)
/* Zero Flag: The last result was zero. */
#define VMCS_X86_EFLAGS_ZF			UINT64_C(0x0000000000000040)
/* Sign Flag: The last result was negative. */
#define VMCS_X86_EFLAGS_SF			UINT64_C(0x0000000000000080)
/* Trap Flag: Single-step debug exceptions. */
#define VMCS_X86_EFLAGS_TF			UINT64_C(0x0000000000000100)
/* Interrupt Enable Flag: Maskable external interrupts are taken. */
#define VMCS_X86_EFLAGS_IF			UINT64_C(0x0000000000000200)
/* Direction Flag: String instructions count down. */
#define VMCS_X86_EFLAGS_DF			UINT64_C(0x0000000000000400)
/* Overflow Flag: Signed overflow in the last operation. */
#define VMCS_X86_EFLAGS_OF			UINT64_C(0x0000000000000800)
/*
 * Nested Task: The current task is nested (IRET returns through the back
 * link).
 */
#define VMCS_X86_EFLAGS_NT			UINT64_C(0x0000000000004000)
/* Resume Flag: Instruction breakpoints are suppressed for one instruction. */
#define VMCS_X86_EFLAGS_RF			UINT64_C(0x0000000000010000)
/* Virtual-8086 Mode: The processor is in virtual-8086 mode. */
#define VMCS_X86_EFLAGS_VM			UINT64_C(0x0000000000020000)
/* Alignment Check: Alignment checking (or SMAP override). */
#define VMCS_X86_EFLAGS_AC			UINT64_C(0x0000000000040000)
/* Virtual Interrupt Flag: Virtual image of IF. */
#define VMCS_X86_EFLAGS_VIF			UINT64_C(0x0000000000080000)
/* Virtual Interrupt Pending: A virtual interrupt is pending. */
#define VMCS_X86_EFLAGS_VIP			UINT64_C(0x0000000000100000)
/* ID Flag: CPUID is supported (software can toggle it). */
#define VMCS_X86_EFLAGS_ID			UINT64_C(0x0000000000200000)
/*
 * bits 13:12, I/O Privilege Level: The CPL at or below which I/O
 * instructions are allowed.
 */
#define VMCS_X86_EFLAGS_IOPL			UINT64_C(0x0000000000003000)
/* Bits 63:22, 15, 5 and 3: reserved, must be 0 in the guest RFLAGS field. */
#define VMCS_RFLAGS_VMENTRY_RESERVED_ZERO	UINT64_C(0xffffffffffc08028)

/* Debug control register DR7: GUEST_DR7 */
/*
 * Local Exact Breakpoint Enable: LE: exact data breakpoints, as the
 * processor reports them (kept for compatibility).
 */
#define VMCS_DR_LOCAL_SLOWDOWN		UINT64_C(0x0000000000000100)
/*
 * Global Exact Breakpoint Enable: GE: exact data breakpoints, for every task
 * (kept for compatibility).
 */
#define VMCS_DR_GLOBAL_SLOWDOWN		UINT64_C(0x0000000000000200)
/* General Detect Enable: MOV to or from a debug register raises #DB. */
#define VMCS_DR_GENERAL_DETECT		UINT64_C(0x0000000000002000)
/* L0-L3 (bits 0, 2, 4, 6): breakpoints 0-3 enabled for the current task. */
#define VMCS_DR_LOCAL_ENABLE_MASK	UINT64_C(0x0000000000000055)
/* G0-G3 (bits 1, 3, 5, 7): breakpoints 0-3 enabled for every task. */
#define VMCS_DR_GLOBAL_ENABLE_MASK	UINT64_C(0x00000000000000aa)
/* Bit 10: reserved, always 1 (DR7 reads 0x400 after reset). */
#define VMCS_DR7_FIXED_ONES		UINT64_C(0x0000000000000400)
/* Bits 63:32 of DR7: reserved, must be 0. */
#define VMCS_DR7_UPPER_RESERVED		UINT64_C(0xffffffff00000000)

/* Debug control MSR IA32_DEBUGCTL: GUEST_IA32_DEBUGCTL */
/* Last-branch recording. */
#define VMCS_DEBUGCTLMSR_LBR			UINT64_C(0x0000000000000001)
/* Single-step on branches. */
#define VMCS_DEBUGCTLMSR_BTF			UINT64_C(0x0000000000000002)
/* #DB after an instruction that took a bus lock. */
#define VMCS_DEBUGCTLMSR_BUS_LOCK_DETECT	UINT64_C(0x0000000000000004)
/* Branch trace messages. */
#define VMCS_DEBUGCTLMSR_TR			UINT64_C(0x0000000000000040)
/* Branch trace store. */
#define VMCS_DEBUGCTLMSR_BTS			UINT64_C(0x0000000000000080)
/* Branch trace interrupt. */
#define VMCS_DEBUGCTLMSR_BTINT			UINT64_C(0x0000000000000100)
/* No branch trace store at CPL 0. */
#define VMCS_DEBUGCTLMSR_BTS_OFF_OS		UINT64_C(0x0000000000000200)
/* No branch trace store above CPL 0. */
#define VMCS_DEBUGCTLMSR_BTS_OFF_USR		UINT64_C(0x0000000000000400)
/* LBRs freeze on a PMI. */
#define VMCS_DEBUGCTLMSR_FREEZE_LBRS_ON_PMI	UINT64_C(0x0000000000000800)
/* Performance counters freeze on a PMI. */
#define VMCS_DEBUGCTLMSR_FREEZE_PERFMON_ON_PMI	UINT64_C(0x0000000000001000)
/* Performance monitoring freezes in SMM. */
#define VMCS_DEBUGCTLMSR_FREEZE_IN_SMM		UINT64_C(0x0000000000004000)
/* Advanced debugging of RTM regions. */
#define VMCS_DEBUGCTLMSR_RTM_DEBUG		UINT64_C(0x0000000000008000)

/* MPX configuration MSR IA32_BNDCFGS: GUEST_BNDCFGS */
/*
 * bits 63:12, The base of the bound directory (what PAGE_MASK keeps in KVM's
 * check).
 */
#define VMCS_BNDCFGS_BASE_MASK		UINT64_C(0xfffffffffffff000)
/* Bits 11:2 of IA32_BNDCFGS: reserved. */
#define VMCS_MSR_IA32_BNDCFGS_RSVD	UINT64_C(0x0000000000000ffc)

/*
 * Segment selector: GUEST_ES_SELECTOR, GUEST_CS_SELECTOR, GUEST_SS_SELECTOR, GUEST_DS_SELECTOR,
 * GUEST_FS_SELECTOR, GUEST_GS_SELECTOR, GUEST_LDTR_SELECTOR, GUEST_TR_SELECTOR,
 * HOST_ES_SELECTOR, HOST_CS_SELECTOR, HOST_SS_SELECTOR, HOST_DS_SELECTOR, HOST_FS_SELECTOR,
 * HOST_GS_SELECTOR, HOST_TR_SELECTOR
 */
/* Table Indicator: The selector indexes the LDT instead of the GDT. */
#define VMCS_SEGMENT_TI_MASK	UINT32_C(0x00000004)
/*
 * bits 1:0, Requested Privilege Level: The privilege level the selector
 * requests.
 */
#define VMCS_SEGMENT_RPL_MASK	UINT32_C(0x00000003)
/* bits 15:3, Index: The descriptor's index in the GDT or LDT. */
#define VMCS_SEGMENT_INDEX_MASK	UINT32_C(0x0000fff8)

/*
 * Segment access rights (VMCS format): GUEST_ES_AR_BYTES, GUEST_CS_AR_BYTES, GUEST_SS_AR_BYTES,
 * GUEST_DS_AR_BYTES, GUEST_FS_AR_BYTES, GUEST_GS_AR_BYTES, GUEST_LDTR_AR_BYTES,
 * GUEST_TR_AR_BYTES
 */
/* S (descriptor type): A code or data segment (0 is a system segment). */
#define VMCS_VMX_AR_S_MASK		UINT32_C(0x00000010)
/* P (segment present): The segment is present. */
#define VMCS_VMX_AR_P_MASK		UINT32_C(0x00000080)
/* AVL: Available for use by system software. */
#define VMCS_VMX_AR_AVL_MASK		UINT32_C(0x00001000)
/* L (64-bit mode active): A 64-bit code segment (CS only). */
#define VMCS_VMX_AR_L_MASK		UINT32_C(0x00002000)
/* D/B: Default operation size 32 bits. */
#define VMCS_VMX_AR_DB_MASK		UINT32_C(0x00004000)
/* G (granularity): The limit counts 4 KiB units. */
#define VMCS_VMX_AR_G_MASK		UINT32_C(0x00008000)
/* Segment unusable: The register is unusable (a null selector was loaded). */
#define VMCS_VMX_AR_UNUSABLE_MASK	UINT32_C(0x00010000)
/* bits 3:0, Segment type: The type of the segment or system descriptor. */
#define VMCS_VMX_AR_TYPE_MASK		UINT32_C(0x0000000f)
/* bits 6:5, DPL: Descriptor privilege level. */
#define VMCS_VMX_AR_DPL_MASK		UINT32_C(0x00000060)
/* Bits 31:17 and 11:8: reserved. */
#define VMCS_VMX_AR_RESERVD_MASK	UINT32_C(0xfffe0f00)
/* Type bit 0: accessed. */
#define VMCS_VMX_AR_TYPE_ACCESSES_MASK	UINT32_C(0x00000001)
/* Type bit 1: readable (code) or writable (data). */
#define VMCS_VMX_AR_TYPE_READABLE_MASK	UINT32_C(0x00000002)
/* Type bit 3: a code segment. */
#define VMCS_VMX_AR_TYPE_CODE_MASK	UINT32_C(0x00000008)
/* The type of a busy 16-bit TSS. */
#define VMCS_VMX_AR_TYPE_BUSY_16_TSS	UINT32_C(0x00000003)
/*
 * The type of a busy 32-bit or 64-bit TSS (VMX_AR_TYPE_BUSY_32_TSS is the
 * same).
 */
#define VMCS_VMX_AR_TYPE_BUSY_64_TSS	UINT32_C(0x0000000b)
/* The type of an LDT descriptor. */
#define VMCS_VMX_AR_TYPE_LDT		UINT32_C(0x00000002)
/*
 * The access rights every segment register has in virtual-8086 mode:
 * present, DPL 3, read/write accessed data.
 */
#define VMCS_VMX_AR_V8086		UINT32_C(0x000000f3)

/* Guest pending debug exceptions: GUEST_PENDING_DBG_EXCEPTIONS */
/* BS: A single-step trap is pending. */
#define VMCS_PENDING_DBG_BS		UINT64_C(0x0000000000004000)
/* Enabled breakpoint: At least one enabled breakpoint matched. */
#define VMCS_PENDING_DBG_ENABLED_BP	UINT64_C(0x0000000000001000)
/* RTM: A debug exception happened inside an RTM region. */
#define VMCS_PENDING_DBG_RTM		UINT64_C(0x0000000000010000)
/* bits 3:0, B3-B0: The breakpoint conditions that matched. */
#define VMCS_PENDING_DBG_BREAKPOINTS	UINT64_C(0x000000000000000f)
/* Bits 63:17, 15, 13 and 11:4: reserved, must be 0. */
#define VMCS_PENDING_DBG_RESERVED	UINT64_C(0xfffffffffffeaff0)

/* Supervisor CET configuration IA32_S_CET: GUEST_S_CET, HOST_S_CET */
/* SUPPRESS: Indirect-branch tracking is suppressed. */
#define VMCS_CET_SUPPRESS		UINT64_C(0x0000000000000400)
/* TRACKER: The indirect-branch tracker waits for an ENDBRANCH. */
#define VMCS_CET_WAIT_ENDBR		UINT64_C(0x0000000000000800)
/* Bits 9:6: reserved. */
#define VMCS_CET_US_RESERVED_BITS	UINT64_C(0x00000000000003c0)
/* Bits 1:0: the shadow-stack controls. */
#define VMCS_CET_US_SHSTK_MASK_BITS	UINT64_C(0x0000000000000003)
/*
 * Bits 5:2 and 63:10: the indirect-branch-tracking controls and the legacy
 * code-page bitmap.
 */
#define VMCS_CET_US_IBT_MASK_BITS	UINT64_C(0xfffffffffffffc3c)

#endif /* VMCSGEN_VMCS_BITS_H */
