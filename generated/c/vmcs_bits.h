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

#endif /* VMCSGEN_VMCS_BITS_H */
