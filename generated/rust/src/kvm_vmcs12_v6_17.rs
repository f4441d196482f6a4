// SPDX-License-Identifier: GPL-2.0-only OR MIT
// Generated from specs/layouts/kvm_vmcs12_v6_17.yaml, specs/fields.yaml, specs/bits.yaml
// by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate

//! KVM struct vmcs12 (Linux up to 6.17, before nested CET): typed access to a `kvm_vmcs12_v6_17`
//! VMCS region.
//!
//! Source: Linux arch/x86/kvm/vmx/vmcs12.h (torvalds/linux 407da561244b) and the field table in
//! arch/x86/kvm/vmx/vmcs12.c (cdc780f044a8), the last versions before nested CET support (merged
//! for 6.18 with "KVM: nVMX: Prepare for enabling CET support for nested guest"); shadowed fields
//! from arch/x86/kvm/vmx/vmcs_shadow_fields.h of Linux 6.1 (Debian linux-source-6.1), the same list
//! and order as 2555693dd85c.
//!
//! [`KvmVmcs12V6_17View`] reads and writes a region in place; [`KvmVmcs12V6_17`] is the
//! layout as a packed struct, whose size and member offsets are checked when compiling
//! (the offsets tile the struct, which is `#[repr(C, packed)]` and so has no padding) and
//! by the tests of this module (every member's address in the struct).

use crate::{Access, FieldError, LayoutInfo, LengthError, MemberInfo, MemberKind};
use crate::{Region, RegionMut};

/// The layout's name.
pub const LAYOUT_NAME: &str = "kvm_vmcs12_v6_17";
/// The revision id in bits 30:0 of the header.
pub const REVISION_ID: u32 = 0x11e57ed0;
/// The size of a region.
pub const REGION_SIZE: usize = 4096;
/// The size of the struct; the rest of the region holds nothing.
pub const STRUCT_SIZE: usize = 998;
/// Whether bit 31 of the header is the shadow-VMCS indicator.
pub const SHADOW_INDICATOR: bool = true;
/// The highest index (encoding bits 9:1) of any field, for IA32_VMX_VMCS_ENUM.
pub const MAX_FIELD_INDEX: u32 = 0x19;

/// The offset of every member in the region.
pub mod offset {
    /// `hdr`, 4 bytes.
    pub const HDR: usize = 0;
    /// `abort`, 4 bytes.
    pub const ABORT: usize = 4;
    /// `launch_state`, 4 bytes.
    pub const LAUNCH_STATE: usize = 8;
    /// `padding`, 28 bytes.
    pub const PADDING: usize = 12;
    /// `io_bitmap_a`, 8 bytes.
    pub const IO_BITMAP_A: usize = 40;
    /// `io_bitmap_b`, 8 bytes.
    pub const IO_BITMAP_B: usize = 48;
    /// `msr_bitmap`, 8 bytes.
    pub const MSR_BITMAP: usize = 56;
    /// `vm_exit_msr_store_addr`, 8 bytes.
    pub const VM_EXIT_MSR_STORE_ADDR: usize = 64;
    /// `vm_exit_msr_load_addr`, 8 bytes.
    pub const VM_EXIT_MSR_LOAD_ADDR: usize = 72;
    /// `vm_entry_msr_load_addr`, 8 bytes.
    pub const VM_ENTRY_MSR_LOAD_ADDR: usize = 80;
    /// `tsc_offset`, 8 bytes.
    pub const TSC_OFFSET: usize = 88;
    /// `virtual_apic_page_addr`, 8 bytes.
    pub const VIRTUAL_APIC_PAGE_ADDR: usize = 96;
    /// `apic_access_addr`, 8 bytes.
    pub const APIC_ACCESS_ADDR: usize = 104;
    /// `posted_intr_desc_addr`, 8 bytes.
    pub const POSTED_INTR_DESC_ADDR: usize = 112;
    /// `ept_pointer`, 8 bytes.
    pub const EPT_POINTER: usize = 120;
    /// `eoi_exit_bitmap0`, 8 bytes.
    pub const EOI_EXIT_BITMAP0: usize = 128;
    /// `eoi_exit_bitmap1`, 8 bytes.
    pub const EOI_EXIT_BITMAP1: usize = 136;
    /// `eoi_exit_bitmap2`, 8 bytes.
    pub const EOI_EXIT_BITMAP2: usize = 144;
    /// `eoi_exit_bitmap3`, 8 bytes.
    pub const EOI_EXIT_BITMAP3: usize = 152;
    /// `xss_exit_bitmap`, 8 bytes.
    pub const XSS_EXIT_BITMAP: usize = 160;
    /// `guest_physical_address`, 8 bytes.
    pub const GUEST_PHYSICAL_ADDRESS: usize = 168;
    /// `vmcs_link_pointer`, 8 bytes.
    pub const VMCS_LINK_POINTER: usize = 176;
    /// `guest_ia32_debugctl`, 8 bytes.
    pub const GUEST_IA32_DEBUGCTL: usize = 184;
    /// `guest_ia32_pat`, 8 bytes.
    pub const GUEST_IA32_PAT: usize = 192;
    /// `guest_ia32_efer`, 8 bytes.
    pub const GUEST_IA32_EFER: usize = 200;
    /// `guest_ia32_perf_global_ctrl`, 8 bytes.
    pub const GUEST_IA32_PERF_GLOBAL_CTRL: usize = 208;
    /// `guest_pdptr0`, 8 bytes.
    pub const GUEST_PDPTR0: usize = 216;
    /// `guest_pdptr1`, 8 bytes.
    pub const GUEST_PDPTR1: usize = 224;
    /// `guest_pdptr2`, 8 bytes.
    pub const GUEST_PDPTR2: usize = 232;
    /// `guest_pdptr3`, 8 bytes.
    pub const GUEST_PDPTR3: usize = 240;
    /// `guest_bndcfgs`, 8 bytes.
    pub const GUEST_BNDCFGS: usize = 248;
    /// `host_ia32_pat`, 8 bytes.
    pub const HOST_IA32_PAT: usize = 256;
    /// `host_ia32_efer`, 8 bytes.
    pub const HOST_IA32_EFER: usize = 264;
    /// `host_ia32_perf_global_ctrl`, 8 bytes.
    pub const HOST_IA32_PERF_GLOBAL_CTRL: usize = 272;
    /// `vmread_bitmap`, 8 bytes.
    pub const VMREAD_BITMAP: usize = 280;
    /// `vmwrite_bitmap`, 8 bytes.
    pub const VMWRITE_BITMAP: usize = 288;
    /// `vm_function_control`, 8 bytes.
    pub const VM_FUNCTION_CONTROL: usize = 296;
    /// `eptp_list_address`, 8 bytes.
    pub const EPTP_LIST_ADDRESS: usize = 304;
    /// `pml_address`, 8 bytes.
    pub const PML_ADDRESS: usize = 312;
    /// `encls_exiting_bitmap`, 8 bytes.
    pub const ENCLS_EXITING_BITMAP: usize = 320;
    /// `tsc_multiplier`, 8 bytes.
    pub const TSC_MULTIPLIER: usize = 328;
    /// `padding64`, 8 bytes.
    pub const PADDING64: usize = 336;
    /// `cr0_guest_host_mask`, 8 bytes.
    pub const CR0_GUEST_HOST_MASK: usize = 344;
    /// `cr4_guest_host_mask`, 8 bytes.
    pub const CR4_GUEST_HOST_MASK: usize = 352;
    /// `cr0_read_shadow`, 8 bytes.
    pub const CR0_READ_SHADOW: usize = 360;
    /// `cr4_read_shadow`, 8 bytes.
    pub const CR4_READ_SHADOW: usize = 368;
    /// `dead_space`, 32 bytes.
    pub const DEAD_SPACE: usize = 376;
    /// `exit_qualification`, 8 bytes.
    pub const EXIT_QUALIFICATION: usize = 408;
    /// `guest_linear_address`, 8 bytes.
    pub const GUEST_LINEAR_ADDRESS: usize = 416;
    /// `guest_cr0`, 8 bytes.
    pub const GUEST_CR0: usize = 424;
    /// `guest_cr3`, 8 bytes.
    pub const GUEST_CR3: usize = 432;
    /// `guest_cr4`, 8 bytes.
    pub const GUEST_CR4: usize = 440;
    /// `guest_es_base`, 8 bytes.
    pub const GUEST_ES_BASE: usize = 448;
    /// `guest_cs_base`, 8 bytes.
    pub const GUEST_CS_BASE: usize = 456;
    /// `guest_ss_base`, 8 bytes.
    pub const GUEST_SS_BASE: usize = 464;
    /// `guest_ds_base`, 8 bytes.
    pub const GUEST_DS_BASE: usize = 472;
    /// `guest_fs_base`, 8 bytes.
    pub const GUEST_FS_BASE: usize = 480;
    /// `guest_gs_base`, 8 bytes.
    pub const GUEST_GS_BASE: usize = 488;
    /// `guest_ldtr_base`, 8 bytes.
    pub const GUEST_LDTR_BASE: usize = 496;
    /// `guest_tr_base`, 8 bytes.
    pub const GUEST_TR_BASE: usize = 504;
    /// `guest_gdtr_base`, 8 bytes.
    pub const GUEST_GDTR_BASE: usize = 512;
    /// `guest_idtr_base`, 8 bytes.
    pub const GUEST_IDTR_BASE: usize = 520;
    /// `guest_dr7`, 8 bytes.
    pub const GUEST_DR7: usize = 528;
    /// `guest_rsp`, 8 bytes.
    pub const GUEST_RSP: usize = 536;
    /// `guest_rip`, 8 bytes.
    pub const GUEST_RIP: usize = 544;
    /// `guest_rflags`, 8 bytes.
    pub const GUEST_RFLAGS: usize = 552;
    /// `guest_pending_dbg_exceptions`, 8 bytes.
    pub const GUEST_PENDING_DBG_EXCEPTIONS: usize = 560;
    /// `guest_sysenter_esp`, 8 bytes.
    pub const GUEST_SYSENTER_ESP: usize = 568;
    /// `guest_sysenter_eip`, 8 bytes.
    pub const GUEST_SYSENTER_EIP: usize = 576;
    /// `host_cr0`, 8 bytes.
    pub const HOST_CR0: usize = 584;
    /// `host_cr3`, 8 bytes.
    pub const HOST_CR3: usize = 592;
    /// `host_cr4`, 8 bytes.
    pub const HOST_CR4: usize = 600;
    /// `host_fs_base`, 8 bytes.
    pub const HOST_FS_BASE: usize = 608;
    /// `host_gs_base`, 8 bytes.
    pub const HOST_GS_BASE: usize = 616;
    /// `host_tr_base`, 8 bytes.
    pub const HOST_TR_BASE: usize = 624;
    /// `host_gdtr_base`, 8 bytes.
    pub const HOST_GDTR_BASE: usize = 632;
    /// `host_idtr_base`, 8 bytes.
    pub const HOST_IDTR_BASE: usize = 640;
    /// `host_ia32_sysenter_esp`, 8 bytes.
    pub const HOST_IA32_SYSENTER_ESP: usize = 648;
    /// `host_ia32_sysenter_eip`, 8 bytes.
    pub const HOST_IA32_SYSENTER_EIP: usize = 656;
    /// `host_rsp`, 8 bytes.
    pub const HOST_RSP: usize = 664;
    /// `host_rip`, 8 bytes.
    pub const HOST_RIP: usize = 672;
    /// `paddingl`, 64 bytes.
    pub const PADDINGL: usize = 680;
    /// `pin_based_vm_exec_control`, 4 bytes.
    pub const PIN_BASED_VM_EXEC_CONTROL: usize = 744;
    /// `cpu_based_vm_exec_control`, 4 bytes.
    pub const CPU_BASED_VM_EXEC_CONTROL: usize = 748;
    /// `exception_bitmap`, 4 bytes.
    pub const EXCEPTION_BITMAP: usize = 752;
    /// `page_fault_error_code_mask`, 4 bytes.
    pub const PAGE_FAULT_ERROR_CODE_MASK: usize = 756;
    /// `page_fault_error_code_match`, 4 bytes.
    pub const PAGE_FAULT_ERROR_CODE_MATCH: usize = 760;
    /// `cr3_target_count`, 4 bytes.
    pub const CR3_TARGET_COUNT: usize = 764;
    /// `vm_exit_controls`, 4 bytes.
    pub const VM_EXIT_CONTROLS: usize = 768;
    /// `vm_exit_msr_store_count`, 4 bytes.
    pub const VM_EXIT_MSR_STORE_COUNT: usize = 772;
    /// `vm_exit_msr_load_count`, 4 bytes.
    pub const VM_EXIT_MSR_LOAD_COUNT: usize = 776;
    /// `vm_entry_controls`, 4 bytes.
    pub const VM_ENTRY_CONTROLS: usize = 780;
    /// `vm_entry_msr_load_count`, 4 bytes.
    pub const VM_ENTRY_MSR_LOAD_COUNT: usize = 784;
    /// `vm_entry_intr_info_field`, 4 bytes.
    pub const VM_ENTRY_INTR_INFO_FIELD: usize = 788;
    /// `vm_entry_exception_error_code`, 4 bytes.
    pub const VM_ENTRY_EXCEPTION_ERROR_CODE: usize = 792;
    /// `vm_entry_instruction_len`, 4 bytes.
    pub const VM_ENTRY_INSTRUCTION_LEN: usize = 796;
    /// `tpr_threshold`, 4 bytes.
    pub const TPR_THRESHOLD: usize = 800;
    /// `secondary_vm_exec_control`, 4 bytes.
    pub const SECONDARY_VM_EXEC_CONTROL: usize = 804;
    /// `vm_instruction_error`, 4 bytes.
    pub const VM_INSTRUCTION_ERROR: usize = 808;
    /// `vm_exit_reason`, 4 bytes.
    pub const VM_EXIT_REASON: usize = 812;
    /// `vm_exit_intr_info`, 4 bytes.
    pub const VM_EXIT_INTR_INFO: usize = 816;
    /// `vm_exit_intr_error_code`, 4 bytes.
    pub const VM_EXIT_INTR_ERROR_CODE: usize = 820;
    /// `idt_vectoring_info_field`, 4 bytes.
    pub const IDT_VECTORING_INFO_FIELD: usize = 824;
    /// `idt_vectoring_error_code`, 4 bytes.
    pub const IDT_VECTORING_ERROR_CODE: usize = 828;
    /// `vm_exit_instruction_len`, 4 bytes.
    pub const VM_EXIT_INSTRUCTION_LEN: usize = 832;
    /// `vmx_instruction_info`, 4 bytes.
    pub const VMX_INSTRUCTION_INFO: usize = 836;
    /// `guest_es_limit`, 4 bytes.
    pub const GUEST_ES_LIMIT: usize = 840;
    /// `guest_cs_limit`, 4 bytes.
    pub const GUEST_CS_LIMIT: usize = 844;
    /// `guest_ss_limit`, 4 bytes.
    pub const GUEST_SS_LIMIT: usize = 848;
    /// `guest_ds_limit`, 4 bytes.
    pub const GUEST_DS_LIMIT: usize = 852;
    /// `guest_fs_limit`, 4 bytes.
    pub const GUEST_FS_LIMIT: usize = 856;
    /// `guest_gs_limit`, 4 bytes.
    pub const GUEST_GS_LIMIT: usize = 860;
    /// `guest_ldtr_limit`, 4 bytes.
    pub const GUEST_LDTR_LIMIT: usize = 864;
    /// `guest_tr_limit`, 4 bytes.
    pub const GUEST_TR_LIMIT: usize = 868;
    /// `guest_gdtr_limit`, 4 bytes.
    pub const GUEST_GDTR_LIMIT: usize = 872;
    /// `guest_idtr_limit`, 4 bytes.
    pub const GUEST_IDTR_LIMIT: usize = 876;
    /// `guest_es_ar_bytes`, 4 bytes.
    pub const GUEST_ES_AR_BYTES: usize = 880;
    /// `guest_cs_ar_bytes`, 4 bytes.
    pub const GUEST_CS_AR_BYTES: usize = 884;
    /// `guest_ss_ar_bytes`, 4 bytes.
    pub const GUEST_SS_AR_BYTES: usize = 888;
    /// `guest_ds_ar_bytes`, 4 bytes.
    pub const GUEST_DS_AR_BYTES: usize = 892;
    /// `guest_fs_ar_bytes`, 4 bytes.
    pub const GUEST_FS_AR_BYTES: usize = 896;
    /// `guest_gs_ar_bytes`, 4 bytes.
    pub const GUEST_GS_AR_BYTES: usize = 900;
    /// `guest_ldtr_ar_bytes`, 4 bytes.
    pub const GUEST_LDTR_AR_BYTES: usize = 904;
    /// `guest_tr_ar_bytes`, 4 bytes.
    pub const GUEST_TR_AR_BYTES: usize = 908;
    /// `guest_interruptibility_info`, 4 bytes.
    pub const GUEST_INTERRUPTIBILITY_INFO: usize = 912;
    /// `guest_activity_state`, 4 bytes.
    pub const GUEST_ACTIVITY_STATE: usize = 916;
    /// `guest_sysenter_cs`, 4 bytes.
    pub const GUEST_SYSENTER_CS: usize = 920;
    /// `host_ia32_sysenter_cs`, 4 bytes.
    pub const HOST_IA32_SYSENTER_CS: usize = 924;
    /// `vmx_preemption_timer_value`, 4 bytes.
    pub const VMX_PREEMPTION_TIMER_VALUE: usize = 928;
    /// `padding32`, 28 bytes.
    pub const PADDING32: usize = 932;
    /// `virtual_processor_id`, 2 bytes.
    pub const VIRTUAL_PROCESSOR_ID: usize = 960;
    /// `posted_intr_nv`, 2 bytes.
    pub const POSTED_INTR_NV: usize = 962;
    /// `guest_es_selector`, 2 bytes.
    pub const GUEST_ES_SELECTOR: usize = 964;
    /// `guest_cs_selector`, 2 bytes.
    pub const GUEST_CS_SELECTOR: usize = 966;
    /// `guest_ss_selector`, 2 bytes.
    pub const GUEST_SS_SELECTOR: usize = 968;
    /// `guest_ds_selector`, 2 bytes.
    pub const GUEST_DS_SELECTOR: usize = 970;
    /// `guest_fs_selector`, 2 bytes.
    pub const GUEST_FS_SELECTOR: usize = 972;
    /// `guest_gs_selector`, 2 bytes.
    pub const GUEST_GS_SELECTOR: usize = 974;
    /// `guest_ldtr_selector`, 2 bytes.
    pub const GUEST_LDTR_SELECTOR: usize = 976;
    /// `guest_tr_selector`, 2 bytes.
    pub const GUEST_TR_SELECTOR: usize = 978;
    /// `guest_intr_status`, 2 bytes.
    pub const GUEST_INTR_STATUS: usize = 980;
    /// `host_es_selector`, 2 bytes.
    pub const HOST_ES_SELECTOR: usize = 982;
    /// `host_cs_selector`, 2 bytes.
    pub const HOST_CS_SELECTOR: usize = 984;
    /// `host_ss_selector`, 2 bytes.
    pub const HOST_SS_SELECTOR: usize = 986;
    /// `host_ds_selector`, 2 bytes.
    pub const HOST_DS_SELECTOR: usize = 988;
    /// `host_fs_selector`, 2 bytes.
    pub const HOST_FS_SELECTOR: usize = 990;
    /// `host_gs_selector`, 2 bytes.
    pub const HOST_GS_SELECTOR: usize = 992;
    /// `host_tr_selector`, 2 bytes.
    pub const HOST_TR_SELECTOR: usize = 994;
    /// `guest_pml_index`, 2 bytes.
    pub const GUEST_PML_INDEX: usize = 996;
}

/// The encoding of every field the layout holds (VMREAD/VMWRITE operands), HIGH halves too.
pub mod encoding {
    /// VIRTUAL_PROCESSOR_ID: 2 bytes at offset 960.
    pub const VIRTUAL_PROCESSOR_ID: u32 = 0x00000000;
    /// POSTED_INTR_NV: 2 bytes at offset 962.
    pub const POSTED_INTR_NV: u32 = 0x00000002;
    /// GUEST_ES_SELECTOR: 2 bytes at offset 964.
    pub const GUEST_ES_SELECTOR: u32 = 0x00000800;
    /// GUEST_CS_SELECTOR: 2 bytes at offset 966.
    pub const GUEST_CS_SELECTOR: u32 = 0x00000802;
    /// GUEST_SS_SELECTOR: 2 bytes at offset 968.
    pub const GUEST_SS_SELECTOR: u32 = 0x00000804;
    /// GUEST_DS_SELECTOR: 2 bytes at offset 970.
    pub const GUEST_DS_SELECTOR: u32 = 0x00000806;
    /// GUEST_FS_SELECTOR: 2 bytes at offset 972.
    pub const GUEST_FS_SELECTOR: u32 = 0x00000808;
    /// GUEST_GS_SELECTOR: 2 bytes at offset 974.
    pub const GUEST_GS_SELECTOR: u32 = 0x0000080a;
    /// GUEST_LDTR_SELECTOR: 2 bytes at offset 976.
    pub const GUEST_LDTR_SELECTOR: u32 = 0x0000080c;
    /// GUEST_TR_SELECTOR: 2 bytes at offset 978.
    pub const GUEST_TR_SELECTOR: u32 = 0x0000080e;
    /// GUEST_INTR_STATUS: 2 bytes at offset 980.
    pub const GUEST_INTR_STATUS: u32 = 0x00000810;
    /// GUEST_PML_INDEX: 2 bytes at offset 996.
    pub const GUEST_PML_INDEX: u32 = 0x00000812;
    /// HOST_ES_SELECTOR: 2 bytes at offset 982.
    pub const HOST_ES_SELECTOR: u32 = 0x00000c00;
    /// HOST_CS_SELECTOR: 2 bytes at offset 984.
    pub const HOST_CS_SELECTOR: u32 = 0x00000c02;
    /// HOST_SS_SELECTOR: 2 bytes at offset 986.
    pub const HOST_SS_SELECTOR: u32 = 0x00000c04;
    /// HOST_DS_SELECTOR: 2 bytes at offset 988.
    pub const HOST_DS_SELECTOR: u32 = 0x00000c06;
    /// HOST_FS_SELECTOR: 2 bytes at offset 990.
    pub const HOST_FS_SELECTOR: u32 = 0x00000c08;
    /// HOST_GS_SELECTOR: 2 bytes at offset 992.
    pub const HOST_GS_SELECTOR: u32 = 0x00000c0a;
    /// HOST_TR_SELECTOR: 2 bytes at offset 994.
    pub const HOST_TR_SELECTOR: u32 = 0x00000c0c;
    /// IO_BITMAP_A: 8 bytes at offset 40.
    pub const IO_BITMAP_A: u32 = 0x00002000;
    /// IO_BITMAP_A_HIGH: 4 bytes at offset 44.
    pub const IO_BITMAP_A_HIGH: u32 = 0x00002001;
    /// IO_BITMAP_B: 8 bytes at offset 48.
    pub const IO_BITMAP_B: u32 = 0x00002002;
    /// IO_BITMAP_B_HIGH: 4 bytes at offset 52.
    pub const IO_BITMAP_B_HIGH: u32 = 0x00002003;
    /// MSR_BITMAP: 8 bytes at offset 56.
    pub const MSR_BITMAP: u32 = 0x00002004;
    /// MSR_BITMAP_HIGH: 4 bytes at offset 60.
    pub const MSR_BITMAP_HIGH: u32 = 0x00002005;
    /// VM_EXIT_MSR_STORE_ADDR: 8 bytes at offset 64.
    pub const VM_EXIT_MSR_STORE_ADDR: u32 = 0x00002006;
    /// VM_EXIT_MSR_STORE_ADDR_HIGH: 4 bytes at offset 68.
    pub const VM_EXIT_MSR_STORE_ADDR_HIGH: u32 = 0x00002007;
    /// VM_EXIT_MSR_LOAD_ADDR: 8 bytes at offset 72.
    pub const VM_EXIT_MSR_LOAD_ADDR: u32 = 0x00002008;
    /// VM_EXIT_MSR_LOAD_ADDR_HIGH: 4 bytes at offset 76.
    pub const VM_EXIT_MSR_LOAD_ADDR_HIGH: u32 = 0x00002009;
    /// VM_ENTRY_MSR_LOAD_ADDR: 8 bytes at offset 80.
    pub const VM_ENTRY_MSR_LOAD_ADDR: u32 = 0x0000200a;
    /// VM_ENTRY_MSR_LOAD_ADDR_HIGH: 4 bytes at offset 84.
    pub const VM_ENTRY_MSR_LOAD_ADDR_HIGH: u32 = 0x0000200b;
    /// PML_ADDRESS: 8 bytes at offset 312.
    pub const PML_ADDRESS: u32 = 0x0000200e;
    /// PML_ADDRESS_HIGH: 4 bytes at offset 316.
    pub const PML_ADDRESS_HIGH: u32 = 0x0000200f;
    /// TSC_OFFSET: 8 bytes at offset 88.
    pub const TSC_OFFSET: u32 = 0x00002010;
    /// TSC_OFFSET_HIGH: 4 bytes at offset 92.
    pub const TSC_OFFSET_HIGH: u32 = 0x00002011;
    /// VIRTUAL_APIC_PAGE_ADDR: 8 bytes at offset 96.
    pub const VIRTUAL_APIC_PAGE_ADDR: u32 = 0x00002012;
    /// VIRTUAL_APIC_PAGE_ADDR_HIGH: 4 bytes at offset 100.
    pub const VIRTUAL_APIC_PAGE_ADDR_HIGH: u32 = 0x00002013;
    /// APIC_ACCESS_ADDR: 8 bytes at offset 104.
    pub const APIC_ACCESS_ADDR: u32 = 0x00002014;
    /// APIC_ACCESS_ADDR_HIGH: 4 bytes at offset 108.
    pub const APIC_ACCESS_ADDR_HIGH: u32 = 0x00002015;
    /// POSTED_INTR_DESC_ADDR: 8 bytes at offset 112.
    pub const POSTED_INTR_DESC_ADDR: u32 = 0x00002016;
    /// POSTED_INTR_DESC_ADDR_HIGH: 4 bytes at offset 116.
    pub const POSTED_INTR_DESC_ADDR_HIGH: u32 = 0x00002017;
    /// VM_FUNCTION_CONTROL: 8 bytes at offset 296.
    pub const VM_FUNCTION_CONTROL: u32 = 0x00002018;
    /// VM_FUNCTION_CONTROL_HIGH: 4 bytes at offset 300.
    pub const VM_FUNCTION_CONTROL_HIGH: u32 = 0x00002019;
    /// EPT_POINTER: 8 bytes at offset 120.
    pub const EPT_POINTER: u32 = 0x0000201a;
    /// EPT_POINTER_HIGH: 4 bytes at offset 124.
    pub const EPT_POINTER_HIGH: u32 = 0x0000201b;
    /// EOI_EXIT_BITMAP0: 8 bytes at offset 128.
    pub const EOI_EXIT_BITMAP0: u32 = 0x0000201c;
    /// EOI_EXIT_BITMAP0_HIGH: 4 bytes at offset 132.
    pub const EOI_EXIT_BITMAP0_HIGH: u32 = 0x0000201d;
    /// EOI_EXIT_BITMAP1: 8 bytes at offset 136.
    pub const EOI_EXIT_BITMAP1: u32 = 0x0000201e;
    /// EOI_EXIT_BITMAP1_HIGH: 4 bytes at offset 140.
    pub const EOI_EXIT_BITMAP1_HIGH: u32 = 0x0000201f;
    /// EOI_EXIT_BITMAP2: 8 bytes at offset 144.
    pub const EOI_EXIT_BITMAP2: u32 = 0x00002020;
    /// EOI_EXIT_BITMAP2_HIGH: 4 bytes at offset 148.
    pub const EOI_EXIT_BITMAP2_HIGH: u32 = 0x00002021;
    /// EOI_EXIT_BITMAP3: 8 bytes at offset 152.
    pub const EOI_EXIT_BITMAP3: u32 = 0x00002022;
    /// EOI_EXIT_BITMAP3_HIGH: 4 bytes at offset 156.
    pub const EOI_EXIT_BITMAP3_HIGH: u32 = 0x00002023;
    /// EPTP_LIST_ADDRESS: 8 bytes at offset 304.
    pub const EPTP_LIST_ADDRESS: u32 = 0x00002024;
    /// EPTP_LIST_ADDRESS_HIGH: 4 bytes at offset 308.
    pub const EPTP_LIST_ADDRESS_HIGH: u32 = 0x00002025;
    /// VMREAD_BITMAP: 8 bytes at offset 280.
    pub const VMREAD_BITMAP: u32 = 0x00002026;
    /// VMREAD_BITMAP_HIGH: 4 bytes at offset 284.
    pub const VMREAD_BITMAP_HIGH: u32 = 0x00002027;
    /// VMWRITE_BITMAP: 8 bytes at offset 288.
    pub const VMWRITE_BITMAP: u32 = 0x00002028;
    /// VMWRITE_BITMAP_HIGH: 4 bytes at offset 292.
    pub const VMWRITE_BITMAP_HIGH: u32 = 0x00002029;
    /// XSS_EXIT_BITMAP: 8 bytes at offset 160.
    pub const XSS_EXIT_BITMAP: u32 = 0x0000202c;
    /// XSS_EXIT_BITMAP_HIGH: 4 bytes at offset 164.
    pub const XSS_EXIT_BITMAP_HIGH: u32 = 0x0000202d;
    /// ENCLS_EXITING_BITMAP: 8 bytes at offset 320.
    pub const ENCLS_EXITING_BITMAP: u32 = 0x0000202e;
    /// ENCLS_EXITING_BITMAP_HIGH: 4 bytes at offset 324.
    pub const ENCLS_EXITING_BITMAP_HIGH: u32 = 0x0000202f;
    /// TSC_MULTIPLIER: 8 bytes at offset 328.
    pub const TSC_MULTIPLIER: u32 = 0x00002032;
    /// TSC_MULTIPLIER_HIGH: 4 bytes at offset 332.
    pub const TSC_MULTIPLIER_HIGH: u32 = 0x00002033;
    /// GUEST_PHYSICAL_ADDRESS: 8 bytes at offset 168.
    pub const GUEST_PHYSICAL_ADDRESS: u32 = 0x00002400;
    /// GUEST_PHYSICAL_ADDRESS_HIGH: 4 bytes at offset 172.
    pub const GUEST_PHYSICAL_ADDRESS_HIGH: u32 = 0x00002401;
    /// VMCS_LINK_POINTER: 8 bytes at offset 176.
    pub const VMCS_LINK_POINTER: u32 = 0x00002800;
    /// VMCS_LINK_POINTER_HIGH: 4 bytes at offset 180.
    pub const VMCS_LINK_POINTER_HIGH: u32 = 0x00002801;
    /// GUEST_IA32_DEBUGCTL: 8 bytes at offset 184.
    pub const GUEST_IA32_DEBUGCTL: u32 = 0x00002802;
    /// GUEST_IA32_DEBUGCTL_HIGH: 4 bytes at offset 188.
    pub const GUEST_IA32_DEBUGCTL_HIGH: u32 = 0x00002803;
    /// GUEST_IA32_PAT: 8 bytes at offset 192.
    pub const GUEST_IA32_PAT: u32 = 0x00002804;
    /// GUEST_IA32_PAT_HIGH: 4 bytes at offset 196.
    pub const GUEST_IA32_PAT_HIGH: u32 = 0x00002805;
    /// GUEST_IA32_EFER: 8 bytes at offset 200.
    pub const GUEST_IA32_EFER: u32 = 0x00002806;
    /// GUEST_IA32_EFER_HIGH: 4 bytes at offset 204.
    pub const GUEST_IA32_EFER_HIGH: u32 = 0x00002807;
    /// GUEST_IA32_PERF_GLOBAL_CTRL: 8 bytes at offset 208.
    pub const GUEST_IA32_PERF_GLOBAL_CTRL: u32 = 0x00002808;
    /// GUEST_IA32_PERF_GLOBAL_CTRL_HIGH: 4 bytes at offset 212.
    pub const GUEST_IA32_PERF_GLOBAL_CTRL_HIGH: u32 = 0x00002809;
    /// GUEST_PDPTR0: 8 bytes at offset 216.
    pub const GUEST_PDPTR0: u32 = 0x0000280a;
    /// GUEST_PDPTR0_HIGH: 4 bytes at offset 220.
    pub const GUEST_PDPTR0_HIGH: u32 = 0x0000280b;
    /// GUEST_PDPTR1: 8 bytes at offset 224.
    pub const GUEST_PDPTR1: u32 = 0x0000280c;
    /// GUEST_PDPTR1_HIGH: 4 bytes at offset 228.
    pub const GUEST_PDPTR1_HIGH: u32 = 0x0000280d;
    /// GUEST_PDPTR2: 8 bytes at offset 232.
    pub const GUEST_PDPTR2: u32 = 0x0000280e;
    /// GUEST_PDPTR2_HIGH: 4 bytes at offset 236.
    pub const GUEST_PDPTR2_HIGH: u32 = 0x0000280f;
    /// GUEST_PDPTR3: 8 bytes at offset 240.
    pub const GUEST_PDPTR3: u32 = 0x00002810;
    /// GUEST_PDPTR3_HIGH: 4 bytes at offset 244.
    pub const GUEST_PDPTR3_HIGH: u32 = 0x00002811;
    /// GUEST_BNDCFGS: 8 bytes at offset 248.
    pub const GUEST_BNDCFGS: u32 = 0x00002812;
    /// GUEST_BNDCFGS_HIGH: 4 bytes at offset 252.
    pub const GUEST_BNDCFGS_HIGH: u32 = 0x00002813;
    /// HOST_IA32_PAT: 8 bytes at offset 256.
    pub const HOST_IA32_PAT: u32 = 0x00002c00;
    /// HOST_IA32_PAT_HIGH: 4 bytes at offset 260.
    pub const HOST_IA32_PAT_HIGH: u32 = 0x00002c01;
    /// HOST_IA32_EFER: 8 bytes at offset 264.
    pub const HOST_IA32_EFER: u32 = 0x00002c02;
    /// HOST_IA32_EFER_HIGH: 4 bytes at offset 268.
    pub const HOST_IA32_EFER_HIGH: u32 = 0x00002c03;
    /// HOST_IA32_PERF_GLOBAL_CTRL: 8 bytes at offset 272.
    pub const HOST_IA32_PERF_GLOBAL_CTRL: u32 = 0x00002c04;
    /// HOST_IA32_PERF_GLOBAL_CTRL_HIGH: 4 bytes at offset 276.
    pub const HOST_IA32_PERF_GLOBAL_CTRL_HIGH: u32 = 0x00002c05;
    /// PIN_BASED_VM_EXEC_CONTROL: 4 bytes at offset 744.
    pub const PIN_BASED_VM_EXEC_CONTROL: u32 = 0x00004000;
    /// CPU_BASED_VM_EXEC_CONTROL: 4 bytes at offset 748.
    pub const CPU_BASED_VM_EXEC_CONTROL: u32 = 0x00004002;
    /// EXCEPTION_BITMAP: 4 bytes at offset 752.
    pub const EXCEPTION_BITMAP: u32 = 0x00004004;
    /// PAGE_FAULT_ERROR_CODE_MASK: 4 bytes at offset 756.
    pub const PAGE_FAULT_ERROR_CODE_MASK: u32 = 0x00004006;
    /// PAGE_FAULT_ERROR_CODE_MATCH: 4 bytes at offset 760.
    pub const PAGE_FAULT_ERROR_CODE_MATCH: u32 = 0x00004008;
    /// CR3_TARGET_COUNT: 4 bytes at offset 764.
    pub const CR3_TARGET_COUNT: u32 = 0x0000400a;
    /// VM_EXIT_CONTROLS: 4 bytes at offset 768.
    pub const VM_EXIT_CONTROLS: u32 = 0x0000400c;
    /// VM_EXIT_MSR_STORE_COUNT: 4 bytes at offset 772.
    pub const VM_EXIT_MSR_STORE_COUNT: u32 = 0x0000400e;
    /// VM_EXIT_MSR_LOAD_COUNT: 4 bytes at offset 776.
    pub const VM_EXIT_MSR_LOAD_COUNT: u32 = 0x00004010;
    /// VM_ENTRY_CONTROLS: 4 bytes at offset 780.
    pub const VM_ENTRY_CONTROLS: u32 = 0x00004012;
    /// VM_ENTRY_MSR_LOAD_COUNT: 4 bytes at offset 784.
    pub const VM_ENTRY_MSR_LOAD_COUNT: u32 = 0x00004014;
    /// VM_ENTRY_INTR_INFO_FIELD: 4 bytes at offset 788.
    pub const VM_ENTRY_INTR_INFO_FIELD: u32 = 0x00004016;
    /// VM_ENTRY_EXCEPTION_ERROR_CODE: 4 bytes at offset 792.
    pub const VM_ENTRY_EXCEPTION_ERROR_CODE: u32 = 0x00004018;
    /// VM_ENTRY_INSTRUCTION_LEN: 4 bytes at offset 796.
    pub const VM_ENTRY_INSTRUCTION_LEN: u32 = 0x0000401a;
    /// TPR_THRESHOLD: 4 bytes at offset 800.
    pub const TPR_THRESHOLD: u32 = 0x0000401c;
    /// SECONDARY_VM_EXEC_CONTROL: 4 bytes at offset 804.
    pub const SECONDARY_VM_EXEC_CONTROL: u32 = 0x0000401e;
    /// VM_INSTRUCTION_ERROR: 4 bytes at offset 808.
    pub const VM_INSTRUCTION_ERROR: u32 = 0x00004400;
    /// VM_EXIT_REASON: 4 bytes at offset 812.
    pub const VM_EXIT_REASON: u32 = 0x00004402;
    /// VM_EXIT_INTR_INFO: 4 bytes at offset 816.
    pub const VM_EXIT_INTR_INFO: u32 = 0x00004404;
    /// VM_EXIT_INTR_ERROR_CODE: 4 bytes at offset 820.
    pub const VM_EXIT_INTR_ERROR_CODE: u32 = 0x00004406;
    /// IDT_VECTORING_INFO_FIELD: 4 bytes at offset 824.
    pub const IDT_VECTORING_INFO_FIELD: u32 = 0x00004408;
    /// IDT_VECTORING_ERROR_CODE: 4 bytes at offset 828.
    pub const IDT_VECTORING_ERROR_CODE: u32 = 0x0000440a;
    /// VM_EXIT_INSTRUCTION_LEN: 4 bytes at offset 832.
    pub const VM_EXIT_INSTRUCTION_LEN: u32 = 0x0000440c;
    /// VMX_INSTRUCTION_INFO: 4 bytes at offset 836.
    pub const VMX_INSTRUCTION_INFO: u32 = 0x0000440e;
    /// GUEST_ES_LIMIT: 4 bytes at offset 840.
    pub const GUEST_ES_LIMIT: u32 = 0x00004800;
    /// GUEST_CS_LIMIT: 4 bytes at offset 844.
    pub const GUEST_CS_LIMIT: u32 = 0x00004802;
    /// GUEST_SS_LIMIT: 4 bytes at offset 848.
    pub const GUEST_SS_LIMIT: u32 = 0x00004804;
    /// GUEST_DS_LIMIT: 4 bytes at offset 852.
    pub const GUEST_DS_LIMIT: u32 = 0x00004806;
    /// GUEST_FS_LIMIT: 4 bytes at offset 856.
    pub const GUEST_FS_LIMIT: u32 = 0x00004808;
    /// GUEST_GS_LIMIT: 4 bytes at offset 860.
    pub const GUEST_GS_LIMIT: u32 = 0x0000480a;
    /// GUEST_LDTR_LIMIT: 4 bytes at offset 864.
    pub const GUEST_LDTR_LIMIT: u32 = 0x0000480c;
    /// GUEST_TR_LIMIT: 4 bytes at offset 868.
    pub const GUEST_TR_LIMIT: u32 = 0x0000480e;
    /// GUEST_GDTR_LIMIT: 4 bytes at offset 872.
    pub const GUEST_GDTR_LIMIT: u32 = 0x00004810;
    /// GUEST_IDTR_LIMIT: 4 bytes at offset 876.
    pub const GUEST_IDTR_LIMIT: u32 = 0x00004812;
    /// GUEST_ES_AR_BYTES: 4 bytes at offset 880.
    pub const GUEST_ES_AR_BYTES: u32 = 0x00004814;
    /// GUEST_CS_AR_BYTES: 4 bytes at offset 884.
    pub const GUEST_CS_AR_BYTES: u32 = 0x00004816;
    /// GUEST_SS_AR_BYTES: 4 bytes at offset 888.
    pub const GUEST_SS_AR_BYTES: u32 = 0x00004818;
    /// GUEST_DS_AR_BYTES: 4 bytes at offset 892.
    pub const GUEST_DS_AR_BYTES: u32 = 0x0000481a;
    /// GUEST_FS_AR_BYTES: 4 bytes at offset 896.
    pub const GUEST_FS_AR_BYTES: u32 = 0x0000481c;
    /// GUEST_GS_AR_BYTES: 4 bytes at offset 900.
    pub const GUEST_GS_AR_BYTES: u32 = 0x0000481e;
    /// GUEST_LDTR_AR_BYTES: 4 bytes at offset 904.
    pub const GUEST_LDTR_AR_BYTES: u32 = 0x00004820;
    /// GUEST_TR_AR_BYTES: 4 bytes at offset 908.
    pub const GUEST_TR_AR_BYTES: u32 = 0x00004822;
    /// GUEST_INTERRUPTIBILITY_INFO: 4 bytes at offset 912.
    pub const GUEST_INTERRUPTIBILITY_INFO: u32 = 0x00004824;
    /// GUEST_ACTIVITY_STATE: 4 bytes at offset 916.
    pub const GUEST_ACTIVITY_STATE: u32 = 0x00004826;
    /// GUEST_SYSENTER_CS: 4 bytes at offset 920.
    pub const GUEST_SYSENTER_CS: u32 = 0x0000482a;
    /// VMX_PREEMPTION_TIMER_VALUE: 4 bytes at offset 928.
    pub const VMX_PREEMPTION_TIMER_VALUE: u32 = 0x0000482e;
    /// HOST_IA32_SYSENTER_CS: 4 bytes at offset 924.
    pub const HOST_IA32_SYSENTER_CS: u32 = 0x00004c00;
    /// CR0_GUEST_HOST_MASK: 8 bytes at offset 344.
    pub const CR0_GUEST_HOST_MASK: u32 = 0x00006000;
    /// CR4_GUEST_HOST_MASK: 8 bytes at offset 352.
    pub const CR4_GUEST_HOST_MASK: u32 = 0x00006002;
    /// CR0_READ_SHADOW: 8 bytes at offset 360.
    pub const CR0_READ_SHADOW: u32 = 0x00006004;
    /// CR4_READ_SHADOW: 8 bytes at offset 368.
    pub const CR4_READ_SHADOW: u32 = 0x00006006;
    /// EXIT_QUALIFICATION: 8 bytes at offset 408.
    pub const EXIT_QUALIFICATION: u32 = 0x00006400;
    /// GUEST_LINEAR_ADDRESS: 8 bytes at offset 416.
    pub const GUEST_LINEAR_ADDRESS: u32 = 0x0000640a;
    /// GUEST_CR0: 8 bytes at offset 424.
    pub const GUEST_CR0: u32 = 0x00006800;
    /// GUEST_CR3: 8 bytes at offset 432.
    pub const GUEST_CR3: u32 = 0x00006802;
    /// GUEST_CR4: 8 bytes at offset 440.
    pub const GUEST_CR4: u32 = 0x00006804;
    /// GUEST_ES_BASE: 8 bytes at offset 448.
    pub const GUEST_ES_BASE: u32 = 0x00006806;
    /// GUEST_CS_BASE: 8 bytes at offset 456.
    pub const GUEST_CS_BASE: u32 = 0x00006808;
    /// GUEST_SS_BASE: 8 bytes at offset 464.
    pub const GUEST_SS_BASE: u32 = 0x0000680a;
    /// GUEST_DS_BASE: 8 bytes at offset 472.
    pub const GUEST_DS_BASE: u32 = 0x0000680c;
    /// GUEST_FS_BASE: 8 bytes at offset 480.
    pub const GUEST_FS_BASE: u32 = 0x0000680e;
    /// GUEST_GS_BASE: 8 bytes at offset 488.
    pub const GUEST_GS_BASE: u32 = 0x00006810;
    /// GUEST_LDTR_BASE: 8 bytes at offset 496.
    pub const GUEST_LDTR_BASE: u32 = 0x00006812;
    /// GUEST_TR_BASE: 8 bytes at offset 504.
    pub const GUEST_TR_BASE: u32 = 0x00006814;
    /// GUEST_GDTR_BASE: 8 bytes at offset 512.
    pub const GUEST_GDTR_BASE: u32 = 0x00006816;
    /// GUEST_IDTR_BASE: 8 bytes at offset 520.
    pub const GUEST_IDTR_BASE: u32 = 0x00006818;
    /// GUEST_DR7: 8 bytes at offset 528.
    pub const GUEST_DR7: u32 = 0x0000681a;
    /// GUEST_RSP: 8 bytes at offset 536.
    pub const GUEST_RSP: u32 = 0x0000681c;
    /// GUEST_RIP: 8 bytes at offset 544.
    pub const GUEST_RIP: u32 = 0x0000681e;
    /// GUEST_RFLAGS: 8 bytes at offset 552.
    pub const GUEST_RFLAGS: u32 = 0x00006820;
    /// GUEST_PENDING_DBG_EXCEPTIONS: 8 bytes at offset 560.
    pub const GUEST_PENDING_DBG_EXCEPTIONS: u32 = 0x00006822;
    /// GUEST_SYSENTER_ESP: 8 bytes at offset 568.
    pub const GUEST_SYSENTER_ESP: u32 = 0x00006824;
    /// GUEST_SYSENTER_EIP: 8 bytes at offset 576.
    pub const GUEST_SYSENTER_EIP: u32 = 0x00006826;
    /// HOST_CR0: 8 bytes at offset 584.
    pub const HOST_CR0: u32 = 0x00006c00;
    /// HOST_CR3: 8 bytes at offset 592.
    pub const HOST_CR3: u32 = 0x00006c02;
    /// HOST_CR4: 8 bytes at offset 600.
    pub const HOST_CR4: u32 = 0x00006c04;
    /// HOST_FS_BASE: 8 bytes at offset 608.
    pub const HOST_FS_BASE: u32 = 0x00006c06;
    /// HOST_GS_BASE: 8 bytes at offset 616.
    pub const HOST_GS_BASE: u32 = 0x00006c08;
    /// HOST_TR_BASE: 8 bytes at offset 624.
    pub const HOST_TR_BASE: u32 = 0x00006c0a;
    /// HOST_GDTR_BASE: 8 bytes at offset 632.
    pub const HOST_GDTR_BASE: u32 = 0x00006c0c;
    /// HOST_IDTR_BASE: 8 bytes at offset 640.
    pub const HOST_IDTR_BASE: u32 = 0x00006c0e;
    /// HOST_IA32_SYSENTER_ESP: 8 bytes at offset 648.
    pub const HOST_IA32_SYSENTER_ESP: u32 = 0x00006c10;
    /// HOST_IA32_SYSENTER_EIP: 8 bytes at offset 656.
    pub const HOST_IA32_SYSENTER_EIP: u32 = 0x00006c12;
    /// HOST_RSP: 8 bytes at offset 664.
    pub const HOST_RSP: u32 = 0x00006c14;
    /// HOST_RIP: 8 bytes at offset 672.
    pub const HOST_RIP: u32 = 0x00006c16;
}

/// Every member, in offset order.
pub const MEMBERS: [MemberInfo; 149] = [
    MemberInfo {
        name: "hdr",
        field: None,
        encoding: None,
        offset: offset::HDR,
        size: 4,
        kind: MemberKind::Header,
    },
    MemberInfo {
        name: "abort",
        field: None,
        encoding: None,
        offset: offset::ABORT,
        size: 4,
        kind: MemberKind::State,
    },
    MemberInfo {
        name: "launch_state",
        field: None,
        encoding: None,
        offset: offset::LAUNCH_STATE,
        size: 4,
        kind: MemberKind::State,
    },
    MemberInfo {
        name: "padding",
        field: None,
        encoding: None,
        offset: offset::PADDING,
        size: 28,
        kind: MemberKind::Reserved,
    },
    MemberInfo {
        name: "io_bitmap_a",
        field: Some("IO_BITMAP_A"),
        encoding: Some(0x00002000),
        offset: offset::IO_BITMAP_A,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "io_bitmap_b",
        field: Some("IO_BITMAP_B"),
        encoding: Some(0x00002002),
        offset: offset::IO_BITMAP_B,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "msr_bitmap",
        field: Some("MSR_BITMAP"),
        encoding: Some(0x00002004),
        offset: offset::MSR_BITMAP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_msr_store_addr",
        field: Some("VM_EXIT_MSR_STORE_ADDR"),
        encoding: Some(0x00002006),
        offset: offset::VM_EXIT_MSR_STORE_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_msr_load_addr",
        field: Some("VM_EXIT_MSR_LOAD_ADDR"),
        encoding: Some(0x00002008),
        offset: offset::VM_EXIT_MSR_LOAD_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_msr_load_addr",
        field: Some("VM_ENTRY_MSR_LOAD_ADDR"),
        encoding: Some(0x0000200a),
        offset: offset::VM_ENTRY_MSR_LOAD_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "tsc_offset",
        field: Some("TSC_OFFSET"),
        encoding: Some(0x00002010),
        offset: offset::TSC_OFFSET,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "virtual_apic_page_addr",
        field: Some("VIRTUAL_APIC_PAGE_ADDR"),
        encoding: Some(0x00002012),
        offset: offset::VIRTUAL_APIC_PAGE_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "apic_access_addr",
        field: Some("APIC_ACCESS_ADDR"),
        encoding: Some(0x00002014),
        offset: offset::APIC_ACCESS_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "posted_intr_desc_addr",
        field: Some("POSTED_INTR_DESC_ADDR"),
        encoding: Some(0x00002016),
        offset: offset::POSTED_INTR_DESC_ADDR,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "ept_pointer",
        field: Some("EPT_POINTER"),
        encoding: Some(0x0000201a),
        offset: offset::EPT_POINTER,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "eoi_exit_bitmap0",
        field: Some("EOI_EXIT_BITMAP0"),
        encoding: Some(0x0000201c),
        offset: offset::EOI_EXIT_BITMAP0,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "eoi_exit_bitmap1",
        field: Some("EOI_EXIT_BITMAP1"),
        encoding: Some(0x0000201e),
        offset: offset::EOI_EXIT_BITMAP1,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "eoi_exit_bitmap2",
        field: Some("EOI_EXIT_BITMAP2"),
        encoding: Some(0x00002020),
        offset: offset::EOI_EXIT_BITMAP2,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "eoi_exit_bitmap3",
        field: Some("EOI_EXIT_BITMAP3"),
        encoding: Some(0x00002022),
        offset: offset::EOI_EXIT_BITMAP3,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "xss_exit_bitmap",
        field: Some("XSS_EXIT_BITMAP"),
        encoding: Some(0x0000202c),
        offset: offset::XSS_EXIT_BITMAP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_physical_address",
        field: Some("GUEST_PHYSICAL_ADDRESS"),
        encoding: Some(0x00002400),
        offset: offset::GUEST_PHYSICAL_ADDRESS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vmcs_link_pointer",
        field: Some("VMCS_LINK_POINTER"),
        encoding: Some(0x00002800),
        offset: offset::VMCS_LINK_POINTER,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ia32_debugctl",
        field: Some("GUEST_IA32_DEBUGCTL"),
        encoding: Some(0x00002802),
        offset: offset::GUEST_IA32_DEBUGCTL,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ia32_pat",
        field: Some("GUEST_IA32_PAT"),
        encoding: Some(0x00002804),
        offset: offset::GUEST_IA32_PAT,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ia32_efer",
        field: Some("GUEST_IA32_EFER"),
        encoding: Some(0x00002806),
        offset: offset::GUEST_IA32_EFER,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ia32_perf_global_ctrl",
        field: Some("GUEST_IA32_PERF_GLOBAL_CTRL"),
        encoding: Some(0x00002808),
        offset: offset::GUEST_IA32_PERF_GLOBAL_CTRL,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pdptr0",
        field: Some("GUEST_PDPTR0"),
        encoding: Some(0x0000280a),
        offset: offset::GUEST_PDPTR0,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pdptr1",
        field: Some("GUEST_PDPTR1"),
        encoding: Some(0x0000280c),
        offset: offset::GUEST_PDPTR1,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pdptr2",
        field: Some("GUEST_PDPTR2"),
        encoding: Some(0x0000280e),
        offset: offset::GUEST_PDPTR2,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pdptr3",
        field: Some("GUEST_PDPTR3"),
        encoding: Some(0x00002810),
        offset: offset::GUEST_PDPTR3,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_bndcfgs",
        field: Some("GUEST_BNDCFGS"),
        encoding: Some(0x00002812),
        offset: offset::GUEST_BNDCFGS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_pat",
        field: Some("HOST_IA32_PAT"),
        encoding: Some(0x00002c00),
        offset: offset::HOST_IA32_PAT,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_efer",
        field: Some("HOST_IA32_EFER"),
        encoding: Some(0x00002c02),
        offset: offset::HOST_IA32_EFER,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_perf_global_ctrl",
        field: Some("HOST_IA32_PERF_GLOBAL_CTRL"),
        encoding: Some(0x00002c04),
        offset: offset::HOST_IA32_PERF_GLOBAL_CTRL,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vmread_bitmap",
        field: Some("VMREAD_BITMAP"),
        encoding: Some(0x00002026),
        offset: offset::VMREAD_BITMAP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vmwrite_bitmap",
        field: Some("VMWRITE_BITMAP"),
        encoding: Some(0x00002028),
        offset: offset::VMWRITE_BITMAP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_function_control",
        field: Some("VM_FUNCTION_CONTROL"),
        encoding: Some(0x00002018),
        offset: offset::VM_FUNCTION_CONTROL,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "eptp_list_address",
        field: Some("EPTP_LIST_ADDRESS"),
        encoding: Some(0x00002024),
        offset: offset::EPTP_LIST_ADDRESS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "pml_address",
        field: Some("PML_ADDRESS"),
        encoding: Some(0x0000200e),
        offset: offset::PML_ADDRESS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "encls_exiting_bitmap",
        field: Some("ENCLS_EXITING_BITMAP"),
        encoding: Some(0x0000202e),
        offset: offset::ENCLS_EXITING_BITMAP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "tsc_multiplier",
        field: Some("TSC_MULTIPLIER"),
        encoding: Some(0x00002032),
        offset: offset::TSC_MULTIPLIER,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "padding64",
        field: None,
        encoding: None,
        offset: offset::PADDING64,
        size: 8,
        kind: MemberKind::Reserved,
    },
    MemberInfo {
        name: "cr0_guest_host_mask",
        field: Some("CR0_GUEST_HOST_MASK"),
        encoding: Some(0x00006000),
        offset: offset::CR0_GUEST_HOST_MASK,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "cr4_guest_host_mask",
        field: Some("CR4_GUEST_HOST_MASK"),
        encoding: Some(0x00006002),
        offset: offset::CR4_GUEST_HOST_MASK,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "cr0_read_shadow",
        field: Some("CR0_READ_SHADOW"),
        encoding: Some(0x00006004),
        offset: offset::CR0_READ_SHADOW,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "cr4_read_shadow",
        field: Some("CR4_READ_SHADOW"),
        encoding: Some(0x00006006),
        offset: offset::CR4_READ_SHADOW,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "dead_space",
        field: None,
        encoding: None,
        offset: offset::DEAD_SPACE,
        size: 32,
        kind: MemberKind::Reserved,
    },
    MemberInfo {
        name: "exit_qualification",
        field: Some("EXIT_QUALIFICATION"),
        encoding: Some(0x00006400),
        offset: offset::EXIT_QUALIFICATION,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_linear_address",
        field: Some("GUEST_LINEAR_ADDRESS"),
        encoding: Some(0x0000640a),
        offset: offset::GUEST_LINEAR_ADDRESS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cr0",
        field: Some("GUEST_CR0"),
        encoding: Some(0x00006800),
        offset: offset::GUEST_CR0,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cr3",
        field: Some("GUEST_CR3"),
        encoding: Some(0x00006802),
        offset: offset::GUEST_CR3,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cr4",
        field: Some("GUEST_CR4"),
        encoding: Some(0x00006804),
        offset: offset::GUEST_CR4,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_es_base",
        field: Some("GUEST_ES_BASE"),
        encoding: Some(0x00006806),
        offset: offset::GUEST_ES_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cs_base",
        field: Some("GUEST_CS_BASE"),
        encoding: Some(0x00006808),
        offset: offset::GUEST_CS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ss_base",
        field: Some("GUEST_SS_BASE"),
        encoding: Some(0x0000680a),
        offset: offset::GUEST_SS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ds_base",
        field: Some("GUEST_DS_BASE"),
        encoding: Some(0x0000680c),
        offset: offset::GUEST_DS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_fs_base",
        field: Some("GUEST_FS_BASE"),
        encoding: Some(0x0000680e),
        offset: offset::GUEST_FS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gs_base",
        field: Some("GUEST_GS_BASE"),
        encoding: Some(0x00006810),
        offset: offset::GUEST_GS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ldtr_base",
        field: Some("GUEST_LDTR_BASE"),
        encoding: Some(0x00006812),
        offset: offset::GUEST_LDTR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_tr_base",
        field: Some("GUEST_TR_BASE"),
        encoding: Some(0x00006814),
        offset: offset::GUEST_TR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gdtr_base",
        field: Some("GUEST_GDTR_BASE"),
        encoding: Some(0x00006816),
        offset: offset::GUEST_GDTR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_idtr_base",
        field: Some("GUEST_IDTR_BASE"),
        encoding: Some(0x00006818),
        offset: offset::GUEST_IDTR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_dr7",
        field: Some("GUEST_DR7"),
        encoding: Some(0x0000681a),
        offset: offset::GUEST_DR7,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_rsp",
        field: Some("GUEST_RSP"),
        encoding: Some(0x0000681c),
        offset: offset::GUEST_RSP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_rip",
        field: Some("GUEST_RIP"),
        encoding: Some(0x0000681e),
        offset: offset::GUEST_RIP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_rflags",
        field: Some("GUEST_RFLAGS"),
        encoding: Some(0x00006820),
        offset: offset::GUEST_RFLAGS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pending_dbg_exceptions",
        field: Some("GUEST_PENDING_DBG_EXCEPTIONS"),
        encoding: Some(0x00006822),
        offset: offset::GUEST_PENDING_DBG_EXCEPTIONS,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_sysenter_esp",
        field: Some("GUEST_SYSENTER_ESP"),
        encoding: Some(0x00006824),
        offset: offset::GUEST_SYSENTER_ESP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_sysenter_eip",
        field: Some("GUEST_SYSENTER_EIP"),
        encoding: Some(0x00006826),
        offset: offset::GUEST_SYSENTER_EIP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_cr0",
        field: Some("HOST_CR0"),
        encoding: Some(0x00006c00),
        offset: offset::HOST_CR0,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_cr3",
        field: Some("HOST_CR3"),
        encoding: Some(0x00006c02),
        offset: offset::HOST_CR3,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_cr4",
        field: Some("HOST_CR4"),
        encoding: Some(0x00006c04),
        offset: offset::HOST_CR4,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_fs_base",
        field: Some("HOST_FS_BASE"),
        encoding: Some(0x00006c06),
        offset: offset::HOST_FS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_gs_base",
        field: Some("HOST_GS_BASE"),
        encoding: Some(0x00006c08),
        offset: offset::HOST_GS_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_tr_base",
        field: Some("HOST_TR_BASE"),
        encoding: Some(0x00006c0a),
        offset: offset::HOST_TR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_gdtr_base",
        field: Some("HOST_GDTR_BASE"),
        encoding: Some(0x00006c0c),
        offset: offset::HOST_GDTR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_idtr_base",
        field: Some("HOST_IDTR_BASE"),
        encoding: Some(0x00006c0e),
        offset: offset::HOST_IDTR_BASE,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_sysenter_esp",
        field: Some("HOST_IA32_SYSENTER_ESP"),
        encoding: Some(0x00006c10),
        offset: offset::HOST_IA32_SYSENTER_ESP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_sysenter_eip",
        field: Some("HOST_IA32_SYSENTER_EIP"),
        encoding: Some(0x00006c12),
        offset: offset::HOST_IA32_SYSENTER_EIP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_rsp",
        field: Some("HOST_RSP"),
        encoding: Some(0x00006c14),
        offset: offset::HOST_RSP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_rip",
        field: Some("HOST_RIP"),
        encoding: Some(0x00006c16),
        offset: offset::HOST_RIP,
        size: 8,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "paddingl",
        field: None,
        encoding: None,
        offset: offset::PADDINGL,
        size: 64,
        kind: MemberKind::Reserved,
    },
    MemberInfo {
        name: "pin_based_vm_exec_control",
        field: Some("PIN_BASED_VM_EXEC_CONTROL"),
        encoding: Some(0x00004000),
        offset: offset::PIN_BASED_VM_EXEC_CONTROL,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "cpu_based_vm_exec_control",
        field: Some("CPU_BASED_VM_EXEC_CONTROL"),
        encoding: Some(0x00004002),
        offset: offset::CPU_BASED_VM_EXEC_CONTROL,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "exception_bitmap",
        field: Some("EXCEPTION_BITMAP"),
        encoding: Some(0x00004004),
        offset: offset::EXCEPTION_BITMAP,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "page_fault_error_code_mask",
        field: Some("PAGE_FAULT_ERROR_CODE_MASK"),
        encoding: Some(0x00004006),
        offset: offset::PAGE_FAULT_ERROR_CODE_MASK,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "page_fault_error_code_match",
        field: Some("PAGE_FAULT_ERROR_CODE_MATCH"),
        encoding: Some(0x00004008),
        offset: offset::PAGE_FAULT_ERROR_CODE_MATCH,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "cr3_target_count",
        field: Some("CR3_TARGET_COUNT"),
        encoding: Some(0x0000400a),
        offset: offset::CR3_TARGET_COUNT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_controls",
        field: Some("VM_EXIT_CONTROLS"),
        encoding: Some(0x0000400c),
        offset: offset::VM_EXIT_CONTROLS,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_msr_store_count",
        field: Some("VM_EXIT_MSR_STORE_COUNT"),
        encoding: Some(0x0000400e),
        offset: offset::VM_EXIT_MSR_STORE_COUNT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_msr_load_count",
        field: Some("VM_EXIT_MSR_LOAD_COUNT"),
        encoding: Some(0x00004010),
        offset: offset::VM_EXIT_MSR_LOAD_COUNT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_controls",
        field: Some("VM_ENTRY_CONTROLS"),
        encoding: Some(0x00004012),
        offset: offset::VM_ENTRY_CONTROLS,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_msr_load_count",
        field: Some("VM_ENTRY_MSR_LOAD_COUNT"),
        encoding: Some(0x00004014),
        offset: offset::VM_ENTRY_MSR_LOAD_COUNT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_intr_info_field",
        field: Some("VM_ENTRY_INTR_INFO_FIELD"),
        encoding: Some(0x00004016),
        offset: offset::VM_ENTRY_INTR_INFO_FIELD,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_exception_error_code",
        field: Some("VM_ENTRY_EXCEPTION_ERROR_CODE"),
        encoding: Some(0x00004018),
        offset: offset::VM_ENTRY_EXCEPTION_ERROR_CODE,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_entry_instruction_len",
        field: Some("VM_ENTRY_INSTRUCTION_LEN"),
        encoding: Some(0x0000401a),
        offset: offset::VM_ENTRY_INSTRUCTION_LEN,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "tpr_threshold",
        field: Some("TPR_THRESHOLD"),
        encoding: Some(0x0000401c),
        offset: offset::TPR_THRESHOLD,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "secondary_vm_exec_control",
        field: Some("SECONDARY_VM_EXEC_CONTROL"),
        encoding: Some(0x0000401e),
        offset: offset::SECONDARY_VM_EXEC_CONTROL,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_instruction_error",
        field: Some("VM_INSTRUCTION_ERROR"),
        encoding: Some(0x00004400),
        offset: offset::VM_INSTRUCTION_ERROR,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_reason",
        field: Some("VM_EXIT_REASON"),
        encoding: Some(0x00004402),
        offset: offset::VM_EXIT_REASON,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_intr_info",
        field: Some("VM_EXIT_INTR_INFO"),
        encoding: Some(0x00004404),
        offset: offset::VM_EXIT_INTR_INFO,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_intr_error_code",
        field: Some("VM_EXIT_INTR_ERROR_CODE"),
        encoding: Some(0x00004406),
        offset: offset::VM_EXIT_INTR_ERROR_CODE,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "idt_vectoring_info_field",
        field: Some("IDT_VECTORING_INFO_FIELD"),
        encoding: Some(0x00004408),
        offset: offset::IDT_VECTORING_INFO_FIELD,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "idt_vectoring_error_code",
        field: Some("IDT_VECTORING_ERROR_CODE"),
        encoding: Some(0x0000440a),
        offset: offset::IDT_VECTORING_ERROR_CODE,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vm_exit_instruction_len",
        field: Some("VM_EXIT_INSTRUCTION_LEN"),
        encoding: Some(0x0000440c),
        offset: offset::VM_EXIT_INSTRUCTION_LEN,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vmx_instruction_info",
        field: Some("VMX_INSTRUCTION_INFO"),
        encoding: Some(0x0000440e),
        offset: offset::VMX_INSTRUCTION_INFO,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_es_limit",
        field: Some("GUEST_ES_LIMIT"),
        encoding: Some(0x00004800),
        offset: offset::GUEST_ES_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cs_limit",
        field: Some("GUEST_CS_LIMIT"),
        encoding: Some(0x00004802),
        offset: offset::GUEST_CS_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ss_limit",
        field: Some("GUEST_SS_LIMIT"),
        encoding: Some(0x00004804),
        offset: offset::GUEST_SS_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ds_limit",
        field: Some("GUEST_DS_LIMIT"),
        encoding: Some(0x00004806),
        offset: offset::GUEST_DS_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_fs_limit",
        field: Some("GUEST_FS_LIMIT"),
        encoding: Some(0x00004808),
        offset: offset::GUEST_FS_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gs_limit",
        field: Some("GUEST_GS_LIMIT"),
        encoding: Some(0x0000480a),
        offset: offset::GUEST_GS_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ldtr_limit",
        field: Some("GUEST_LDTR_LIMIT"),
        encoding: Some(0x0000480c),
        offset: offset::GUEST_LDTR_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_tr_limit",
        field: Some("GUEST_TR_LIMIT"),
        encoding: Some(0x0000480e),
        offset: offset::GUEST_TR_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gdtr_limit",
        field: Some("GUEST_GDTR_LIMIT"),
        encoding: Some(0x00004810),
        offset: offset::GUEST_GDTR_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_idtr_limit",
        field: Some("GUEST_IDTR_LIMIT"),
        encoding: Some(0x00004812),
        offset: offset::GUEST_IDTR_LIMIT,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_es_ar_bytes",
        field: Some("GUEST_ES_AR_BYTES"),
        encoding: Some(0x00004814),
        offset: offset::GUEST_ES_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cs_ar_bytes",
        field: Some("GUEST_CS_AR_BYTES"),
        encoding: Some(0x00004816),
        offset: offset::GUEST_CS_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ss_ar_bytes",
        field: Some("GUEST_SS_AR_BYTES"),
        encoding: Some(0x00004818),
        offset: offset::GUEST_SS_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ds_ar_bytes",
        field: Some("GUEST_DS_AR_BYTES"),
        encoding: Some(0x0000481a),
        offset: offset::GUEST_DS_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_fs_ar_bytes",
        field: Some("GUEST_FS_AR_BYTES"),
        encoding: Some(0x0000481c),
        offset: offset::GUEST_FS_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gs_ar_bytes",
        field: Some("GUEST_GS_AR_BYTES"),
        encoding: Some(0x0000481e),
        offset: offset::GUEST_GS_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ldtr_ar_bytes",
        field: Some("GUEST_LDTR_AR_BYTES"),
        encoding: Some(0x00004820),
        offset: offset::GUEST_LDTR_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_tr_ar_bytes",
        field: Some("GUEST_TR_AR_BYTES"),
        encoding: Some(0x00004822),
        offset: offset::GUEST_TR_AR_BYTES,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_interruptibility_info",
        field: Some("GUEST_INTERRUPTIBILITY_INFO"),
        encoding: Some(0x00004824),
        offset: offset::GUEST_INTERRUPTIBILITY_INFO,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_activity_state",
        field: Some("GUEST_ACTIVITY_STATE"),
        encoding: Some(0x00004826),
        offset: offset::GUEST_ACTIVITY_STATE,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_sysenter_cs",
        field: Some("GUEST_SYSENTER_CS"),
        encoding: Some(0x0000482a),
        offset: offset::GUEST_SYSENTER_CS,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ia32_sysenter_cs",
        field: Some("HOST_IA32_SYSENTER_CS"),
        encoding: Some(0x00004c00),
        offset: offset::HOST_IA32_SYSENTER_CS,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "vmx_preemption_timer_value",
        field: Some("VMX_PREEMPTION_TIMER_VALUE"),
        encoding: Some(0x0000482e),
        offset: offset::VMX_PREEMPTION_TIMER_VALUE,
        size: 4,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "padding32",
        field: None,
        encoding: None,
        offset: offset::PADDING32,
        size: 28,
        kind: MemberKind::Reserved,
    },
    MemberInfo {
        name: "virtual_processor_id",
        field: Some("VIRTUAL_PROCESSOR_ID"),
        encoding: Some(0x00000000),
        offset: offset::VIRTUAL_PROCESSOR_ID,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "posted_intr_nv",
        field: Some("POSTED_INTR_NV"),
        encoding: Some(0x00000002),
        offset: offset::POSTED_INTR_NV,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_es_selector",
        field: Some("GUEST_ES_SELECTOR"),
        encoding: Some(0x00000800),
        offset: offset::GUEST_ES_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_cs_selector",
        field: Some("GUEST_CS_SELECTOR"),
        encoding: Some(0x00000802),
        offset: offset::GUEST_CS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ss_selector",
        field: Some("GUEST_SS_SELECTOR"),
        encoding: Some(0x00000804),
        offset: offset::GUEST_SS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ds_selector",
        field: Some("GUEST_DS_SELECTOR"),
        encoding: Some(0x00000806),
        offset: offset::GUEST_DS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_fs_selector",
        field: Some("GUEST_FS_SELECTOR"),
        encoding: Some(0x00000808),
        offset: offset::GUEST_FS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_gs_selector",
        field: Some("GUEST_GS_SELECTOR"),
        encoding: Some(0x0000080a),
        offset: offset::GUEST_GS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_ldtr_selector",
        field: Some("GUEST_LDTR_SELECTOR"),
        encoding: Some(0x0000080c),
        offset: offset::GUEST_LDTR_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_tr_selector",
        field: Some("GUEST_TR_SELECTOR"),
        encoding: Some(0x0000080e),
        offset: offset::GUEST_TR_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_intr_status",
        field: Some("GUEST_INTR_STATUS"),
        encoding: Some(0x00000810),
        offset: offset::GUEST_INTR_STATUS,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_es_selector",
        field: Some("HOST_ES_SELECTOR"),
        encoding: Some(0x00000c00),
        offset: offset::HOST_ES_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_cs_selector",
        field: Some("HOST_CS_SELECTOR"),
        encoding: Some(0x00000c02),
        offset: offset::HOST_CS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ss_selector",
        field: Some("HOST_SS_SELECTOR"),
        encoding: Some(0x00000c04),
        offset: offset::HOST_SS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_ds_selector",
        field: Some("HOST_DS_SELECTOR"),
        encoding: Some(0x00000c06),
        offset: offset::HOST_DS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_fs_selector",
        field: Some("HOST_FS_SELECTOR"),
        encoding: Some(0x00000c08),
        offset: offset::HOST_FS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_gs_selector",
        field: Some("HOST_GS_SELECTOR"),
        encoding: Some(0x00000c0a),
        offset: offset::HOST_GS_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "host_tr_selector",
        field: Some("HOST_TR_SELECTOR"),
        encoding: Some(0x00000c0c),
        offset: offset::HOST_TR_SELECTOR,
        size: 2,
        kind: MemberKind::Field,
    },
    MemberInfo {
        name: "guest_pml_index",
        field: Some("GUEST_PML_INDEX"),
        encoding: Some(0x00000812),
        offset: offset::GUEST_PML_INDEX,
        size: 2,
        kind: MemberKind::Field,
    },
];

/// Every VMREAD/VMWRITE target, in encoding order.
pub const ENCODINGS: [Access; 178] = [
    Access {
        encoding: encoding::VIRTUAL_PROCESSOR_ID,
        name: "VIRTUAL_PROCESSOR_ID",
        offset: 960,
        size: 2,
    },
    Access {
        encoding: encoding::POSTED_INTR_NV,
        name: "POSTED_INTR_NV",
        offset: 962,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_ES_SELECTOR,
        name: "GUEST_ES_SELECTOR",
        offset: 964,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_CS_SELECTOR,
        name: "GUEST_CS_SELECTOR",
        offset: 966,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_SS_SELECTOR,
        name: "GUEST_SS_SELECTOR",
        offset: 968,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_DS_SELECTOR,
        name: "GUEST_DS_SELECTOR",
        offset: 970,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_FS_SELECTOR,
        name: "GUEST_FS_SELECTOR",
        offset: 972,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_GS_SELECTOR,
        name: "GUEST_GS_SELECTOR",
        offset: 974,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_LDTR_SELECTOR,
        name: "GUEST_LDTR_SELECTOR",
        offset: 976,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_TR_SELECTOR,
        name: "GUEST_TR_SELECTOR",
        offset: 978,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_INTR_STATUS,
        name: "GUEST_INTR_STATUS",
        offset: 980,
        size: 2,
    },
    Access {
        encoding: encoding::GUEST_PML_INDEX,
        name: "GUEST_PML_INDEX",
        offset: 996,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_ES_SELECTOR,
        name: "HOST_ES_SELECTOR",
        offset: 982,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_CS_SELECTOR,
        name: "HOST_CS_SELECTOR",
        offset: 984,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_SS_SELECTOR,
        name: "HOST_SS_SELECTOR",
        offset: 986,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_DS_SELECTOR,
        name: "HOST_DS_SELECTOR",
        offset: 988,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_FS_SELECTOR,
        name: "HOST_FS_SELECTOR",
        offset: 990,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_GS_SELECTOR,
        name: "HOST_GS_SELECTOR",
        offset: 992,
        size: 2,
    },
    Access {
        encoding: encoding::HOST_TR_SELECTOR,
        name: "HOST_TR_SELECTOR",
        offset: 994,
        size: 2,
    },
    Access {
        encoding: encoding::IO_BITMAP_A,
        name: "IO_BITMAP_A",
        offset: 40,
        size: 8,
    },
    Access {
        encoding: encoding::IO_BITMAP_A_HIGH,
        name: "IO_BITMAP_A_HIGH",
        offset: 44,
        size: 4,
    },
    Access {
        encoding: encoding::IO_BITMAP_B,
        name: "IO_BITMAP_B",
        offset: 48,
        size: 8,
    },
    Access {
        encoding: encoding::IO_BITMAP_B_HIGH,
        name: "IO_BITMAP_B_HIGH",
        offset: 52,
        size: 4,
    },
    Access {
        encoding: encoding::MSR_BITMAP,
        name: "MSR_BITMAP",
        offset: 56,
        size: 8,
    },
    Access {
        encoding: encoding::MSR_BITMAP_HIGH,
        name: "MSR_BITMAP_HIGH",
        offset: 60,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_STORE_ADDR,
        name: "VM_EXIT_MSR_STORE_ADDR",
        offset: 64,
        size: 8,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_STORE_ADDR_HIGH,
        name: "VM_EXIT_MSR_STORE_ADDR_HIGH",
        offset: 68,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_LOAD_ADDR,
        name: "VM_EXIT_MSR_LOAD_ADDR",
        offset: 72,
        size: 8,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_LOAD_ADDR_HIGH,
        name: "VM_EXIT_MSR_LOAD_ADDR_HIGH",
        offset: 76,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_MSR_LOAD_ADDR,
        name: "VM_ENTRY_MSR_LOAD_ADDR",
        offset: 80,
        size: 8,
    },
    Access {
        encoding: encoding::VM_ENTRY_MSR_LOAD_ADDR_HIGH,
        name: "VM_ENTRY_MSR_LOAD_ADDR_HIGH",
        offset: 84,
        size: 4,
    },
    Access {
        encoding: encoding::PML_ADDRESS,
        name: "PML_ADDRESS",
        offset: 312,
        size: 8,
    },
    Access {
        encoding: encoding::PML_ADDRESS_HIGH,
        name: "PML_ADDRESS_HIGH",
        offset: 316,
        size: 4,
    },
    Access {
        encoding: encoding::TSC_OFFSET,
        name: "TSC_OFFSET",
        offset: 88,
        size: 8,
    },
    Access {
        encoding: encoding::TSC_OFFSET_HIGH,
        name: "TSC_OFFSET_HIGH",
        offset: 92,
        size: 4,
    },
    Access {
        encoding: encoding::VIRTUAL_APIC_PAGE_ADDR,
        name: "VIRTUAL_APIC_PAGE_ADDR",
        offset: 96,
        size: 8,
    },
    Access {
        encoding: encoding::VIRTUAL_APIC_PAGE_ADDR_HIGH,
        name: "VIRTUAL_APIC_PAGE_ADDR_HIGH",
        offset: 100,
        size: 4,
    },
    Access {
        encoding: encoding::APIC_ACCESS_ADDR,
        name: "APIC_ACCESS_ADDR",
        offset: 104,
        size: 8,
    },
    Access {
        encoding: encoding::APIC_ACCESS_ADDR_HIGH,
        name: "APIC_ACCESS_ADDR_HIGH",
        offset: 108,
        size: 4,
    },
    Access {
        encoding: encoding::POSTED_INTR_DESC_ADDR,
        name: "POSTED_INTR_DESC_ADDR",
        offset: 112,
        size: 8,
    },
    Access {
        encoding: encoding::POSTED_INTR_DESC_ADDR_HIGH,
        name: "POSTED_INTR_DESC_ADDR_HIGH",
        offset: 116,
        size: 4,
    },
    Access {
        encoding: encoding::VM_FUNCTION_CONTROL,
        name: "VM_FUNCTION_CONTROL",
        offset: 296,
        size: 8,
    },
    Access {
        encoding: encoding::VM_FUNCTION_CONTROL_HIGH,
        name: "VM_FUNCTION_CONTROL_HIGH",
        offset: 300,
        size: 4,
    },
    Access {
        encoding: encoding::EPT_POINTER,
        name: "EPT_POINTER",
        offset: 120,
        size: 8,
    },
    Access {
        encoding: encoding::EPT_POINTER_HIGH,
        name: "EPT_POINTER_HIGH",
        offset: 124,
        size: 4,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP0,
        name: "EOI_EXIT_BITMAP0",
        offset: 128,
        size: 8,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP0_HIGH,
        name: "EOI_EXIT_BITMAP0_HIGH",
        offset: 132,
        size: 4,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP1,
        name: "EOI_EXIT_BITMAP1",
        offset: 136,
        size: 8,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP1_HIGH,
        name: "EOI_EXIT_BITMAP1_HIGH",
        offset: 140,
        size: 4,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP2,
        name: "EOI_EXIT_BITMAP2",
        offset: 144,
        size: 8,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP2_HIGH,
        name: "EOI_EXIT_BITMAP2_HIGH",
        offset: 148,
        size: 4,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP3,
        name: "EOI_EXIT_BITMAP3",
        offset: 152,
        size: 8,
    },
    Access {
        encoding: encoding::EOI_EXIT_BITMAP3_HIGH,
        name: "EOI_EXIT_BITMAP3_HIGH",
        offset: 156,
        size: 4,
    },
    Access {
        encoding: encoding::EPTP_LIST_ADDRESS,
        name: "EPTP_LIST_ADDRESS",
        offset: 304,
        size: 8,
    },
    Access {
        encoding: encoding::EPTP_LIST_ADDRESS_HIGH,
        name: "EPTP_LIST_ADDRESS_HIGH",
        offset: 308,
        size: 4,
    },
    Access {
        encoding: encoding::VMREAD_BITMAP,
        name: "VMREAD_BITMAP",
        offset: 280,
        size: 8,
    },
    Access {
        encoding: encoding::VMREAD_BITMAP_HIGH,
        name: "VMREAD_BITMAP_HIGH",
        offset: 284,
        size: 4,
    },
    Access {
        encoding: encoding::VMWRITE_BITMAP,
        name: "VMWRITE_BITMAP",
        offset: 288,
        size: 8,
    },
    Access {
        encoding: encoding::VMWRITE_BITMAP_HIGH,
        name: "VMWRITE_BITMAP_HIGH",
        offset: 292,
        size: 4,
    },
    Access {
        encoding: encoding::XSS_EXIT_BITMAP,
        name: "XSS_EXIT_BITMAP",
        offset: 160,
        size: 8,
    },
    Access {
        encoding: encoding::XSS_EXIT_BITMAP_HIGH,
        name: "XSS_EXIT_BITMAP_HIGH",
        offset: 164,
        size: 4,
    },
    Access {
        encoding: encoding::ENCLS_EXITING_BITMAP,
        name: "ENCLS_EXITING_BITMAP",
        offset: 320,
        size: 8,
    },
    Access {
        encoding: encoding::ENCLS_EXITING_BITMAP_HIGH,
        name: "ENCLS_EXITING_BITMAP_HIGH",
        offset: 324,
        size: 4,
    },
    Access {
        encoding: encoding::TSC_MULTIPLIER,
        name: "TSC_MULTIPLIER",
        offset: 328,
        size: 8,
    },
    Access {
        encoding: encoding::TSC_MULTIPLIER_HIGH,
        name: "TSC_MULTIPLIER_HIGH",
        offset: 332,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_PHYSICAL_ADDRESS,
        name: "GUEST_PHYSICAL_ADDRESS",
        offset: 168,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PHYSICAL_ADDRESS_HIGH,
        name: "GUEST_PHYSICAL_ADDRESS_HIGH",
        offset: 172,
        size: 4,
    },
    Access {
        encoding: encoding::VMCS_LINK_POINTER,
        name: "VMCS_LINK_POINTER",
        offset: 176,
        size: 8,
    },
    Access {
        encoding: encoding::VMCS_LINK_POINTER_HIGH,
        name: "VMCS_LINK_POINTER_HIGH",
        offset: 180,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_IA32_DEBUGCTL,
        name: "GUEST_IA32_DEBUGCTL",
        offset: 184,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_IA32_DEBUGCTL_HIGH,
        name: "GUEST_IA32_DEBUGCTL_HIGH",
        offset: 188,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_IA32_PAT,
        name: "GUEST_IA32_PAT",
        offset: 192,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_IA32_PAT_HIGH,
        name: "GUEST_IA32_PAT_HIGH",
        offset: 196,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_IA32_EFER,
        name: "GUEST_IA32_EFER",
        offset: 200,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_IA32_EFER_HIGH,
        name: "GUEST_IA32_EFER_HIGH",
        offset: 204,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_IA32_PERF_GLOBAL_CTRL,
        name: "GUEST_IA32_PERF_GLOBAL_CTRL",
        offset: 208,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_IA32_PERF_GLOBAL_CTRL_HIGH,
        name: "GUEST_IA32_PERF_GLOBAL_CTRL_HIGH",
        offset: 212,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_PDPTR0,
        name: "GUEST_PDPTR0",
        offset: 216,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PDPTR0_HIGH,
        name: "GUEST_PDPTR0_HIGH",
        offset: 220,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_PDPTR1,
        name: "GUEST_PDPTR1",
        offset: 224,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PDPTR1_HIGH,
        name: "GUEST_PDPTR1_HIGH",
        offset: 228,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_PDPTR2,
        name: "GUEST_PDPTR2",
        offset: 232,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PDPTR2_HIGH,
        name: "GUEST_PDPTR2_HIGH",
        offset: 236,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_PDPTR3,
        name: "GUEST_PDPTR3",
        offset: 240,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PDPTR3_HIGH,
        name: "GUEST_PDPTR3_HIGH",
        offset: 244,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_BNDCFGS,
        name: "GUEST_BNDCFGS",
        offset: 248,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_BNDCFGS_HIGH,
        name: "GUEST_BNDCFGS_HIGH",
        offset: 252,
        size: 4,
    },
    Access {
        encoding: encoding::HOST_IA32_PAT,
        name: "HOST_IA32_PAT",
        offset: 256,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IA32_PAT_HIGH,
        name: "HOST_IA32_PAT_HIGH",
        offset: 260,
        size: 4,
    },
    Access {
        encoding: encoding::HOST_IA32_EFER,
        name: "HOST_IA32_EFER",
        offset: 264,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IA32_EFER_HIGH,
        name: "HOST_IA32_EFER_HIGH",
        offset: 268,
        size: 4,
    },
    Access {
        encoding: encoding::HOST_IA32_PERF_GLOBAL_CTRL,
        name: "HOST_IA32_PERF_GLOBAL_CTRL",
        offset: 272,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IA32_PERF_GLOBAL_CTRL_HIGH,
        name: "HOST_IA32_PERF_GLOBAL_CTRL_HIGH",
        offset: 276,
        size: 4,
    },
    Access {
        encoding: encoding::PIN_BASED_VM_EXEC_CONTROL,
        name: "PIN_BASED_VM_EXEC_CONTROL",
        offset: 744,
        size: 4,
    },
    Access {
        encoding: encoding::CPU_BASED_VM_EXEC_CONTROL,
        name: "CPU_BASED_VM_EXEC_CONTROL",
        offset: 748,
        size: 4,
    },
    Access {
        encoding: encoding::EXCEPTION_BITMAP,
        name: "EXCEPTION_BITMAP",
        offset: 752,
        size: 4,
    },
    Access {
        encoding: encoding::PAGE_FAULT_ERROR_CODE_MASK,
        name: "PAGE_FAULT_ERROR_CODE_MASK",
        offset: 756,
        size: 4,
    },
    Access {
        encoding: encoding::PAGE_FAULT_ERROR_CODE_MATCH,
        name: "PAGE_FAULT_ERROR_CODE_MATCH",
        offset: 760,
        size: 4,
    },
    Access {
        encoding: encoding::CR3_TARGET_COUNT,
        name: "CR3_TARGET_COUNT",
        offset: 764,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_CONTROLS,
        name: "VM_EXIT_CONTROLS",
        offset: 768,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_STORE_COUNT,
        name: "VM_EXIT_MSR_STORE_COUNT",
        offset: 772,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_MSR_LOAD_COUNT,
        name: "VM_EXIT_MSR_LOAD_COUNT",
        offset: 776,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_CONTROLS,
        name: "VM_ENTRY_CONTROLS",
        offset: 780,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_MSR_LOAD_COUNT,
        name: "VM_ENTRY_MSR_LOAD_COUNT",
        offset: 784,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_INTR_INFO_FIELD,
        name: "VM_ENTRY_INTR_INFO_FIELD",
        offset: 788,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_EXCEPTION_ERROR_CODE,
        name: "VM_ENTRY_EXCEPTION_ERROR_CODE",
        offset: 792,
        size: 4,
    },
    Access {
        encoding: encoding::VM_ENTRY_INSTRUCTION_LEN,
        name: "VM_ENTRY_INSTRUCTION_LEN",
        offset: 796,
        size: 4,
    },
    Access {
        encoding: encoding::TPR_THRESHOLD,
        name: "TPR_THRESHOLD",
        offset: 800,
        size: 4,
    },
    Access {
        encoding: encoding::SECONDARY_VM_EXEC_CONTROL,
        name: "SECONDARY_VM_EXEC_CONTROL",
        offset: 804,
        size: 4,
    },
    Access {
        encoding: encoding::VM_INSTRUCTION_ERROR,
        name: "VM_INSTRUCTION_ERROR",
        offset: 808,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_REASON,
        name: "VM_EXIT_REASON",
        offset: 812,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_INTR_INFO,
        name: "VM_EXIT_INTR_INFO",
        offset: 816,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_INTR_ERROR_CODE,
        name: "VM_EXIT_INTR_ERROR_CODE",
        offset: 820,
        size: 4,
    },
    Access {
        encoding: encoding::IDT_VECTORING_INFO_FIELD,
        name: "IDT_VECTORING_INFO_FIELD",
        offset: 824,
        size: 4,
    },
    Access {
        encoding: encoding::IDT_VECTORING_ERROR_CODE,
        name: "IDT_VECTORING_ERROR_CODE",
        offset: 828,
        size: 4,
    },
    Access {
        encoding: encoding::VM_EXIT_INSTRUCTION_LEN,
        name: "VM_EXIT_INSTRUCTION_LEN",
        offset: 832,
        size: 4,
    },
    Access {
        encoding: encoding::VMX_INSTRUCTION_INFO,
        name: "VMX_INSTRUCTION_INFO",
        offset: 836,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_ES_LIMIT,
        name: "GUEST_ES_LIMIT",
        offset: 840,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_CS_LIMIT,
        name: "GUEST_CS_LIMIT",
        offset: 844,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_SS_LIMIT,
        name: "GUEST_SS_LIMIT",
        offset: 848,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_DS_LIMIT,
        name: "GUEST_DS_LIMIT",
        offset: 852,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_FS_LIMIT,
        name: "GUEST_FS_LIMIT",
        offset: 856,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_GS_LIMIT,
        name: "GUEST_GS_LIMIT",
        offset: 860,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_LDTR_LIMIT,
        name: "GUEST_LDTR_LIMIT",
        offset: 864,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_TR_LIMIT,
        name: "GUEST_TR_LIMIT",
        offset: 868,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_GDTR_LIMIT,
        name: "GUEST_GDTR_LIMIT",
        offset: 872,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_IDTR_LIMIT,
        name: "GUEST_IDTR_LIMIT",
        offset: 876,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_ES_AR_BYTES,
        name: "GUEST_ES_AR_BYTES",
        offset: 880,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_CS_AR_BYTES,
        name: "GUEST_CS_AR_BYTES",
        offset: 884,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_SS_AR_BYTES,
        name: "GUEST_SS_AR_BYTES",
        offset: 888,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_DS_AR_BYTES,
        name: "GUEST_DS_AR_BYTES",
        offset: 892,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_FS_AR_BYTES,
        name: "GUEST_FS_AR_BYTES",
        offset: 896,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_GS_AR_BYTES,
        name: "GUEST_GS_AR_BYTES",
        offset: 900,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_LDTR_AR_BYTES,
        name: "GUEST_LDTR_AR_BYTES",
        offset: 904,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_TR_AR_BYTES,
        name: "GUEST_TR_AR_BYTES",
        offset: 908,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_INTERRUPTIBILITY_INFO,
        name: "GUEST_INTERRUPTIBILITY_INFO",
        offset: 912,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_ACTIVITY_STATE,
        name: "GUEST_ACTIVITY_STATE",
        offset: 916,
        size: 4,
    },
    Access {
        encoding: encoding::GUEST_SYSENTER_CS,
        name: "GUEST_SYSENTER_CS",
        offset: 920,
        size: 4,
    },
    Access {
        encoding: encoding::VMX_PREEMPTION_TIMER_VALUE,
        name: "VMX_PREEMPTION_TIMER_VALUE",
        offset: 928,
        size: 4,
    },
    Access {
        encoding: encoding::HOST_IA32_SYSENTER_CS,
        name: "HOST_IA32_SYSENTER_CS",
        offset: 924,
        size: 4,
    },
    Access {
        encoding: encoding::CR0_GUEST_HOST_MASK,
        name: "CR0_GUEST_HOST_MASK",
        offset: 344,
        size: 8,
    },
    Access {
        encoding: encoding::CR4_GUEST_HOST_MASK,
        name: "CR4_GUEST_HOST_MASK",
        offset: 352,
        size: 8,
    },
    Access {
        encoding: encoding::CR0_READ_SHADOW,
        name: "CR0_READ_SHADOW",
        offset: 360,
        size: 8,
    },
    Access {
        encoding: encoding::CR4_READ_SHADOW,
        name: "CR4_READ_SHADOW",
        offset: 368,
        size: 8,
    },
    Access {
        encoding: encoding::EXIT_QUALIFICATION,
        name: "EXIT_QUALIFICATION",
        offset: 408,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_LINEAR_ADDRESS,
        name: "GUEST_LINEAR_ADDRESS",
        offset: 416,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_CR0,
        name: "GUEST_CR0",
        offset: 424,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_CR3,
        name: "GUEST_CR3",
        offset: 432,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_CR4,
        name: "GUEST_CR4",
        offset: 440,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_ES_BASE,
        name: "GUEST_ES_BASE",
        offset: 448,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_CS_BASE,
        name: "GUEST_CS_BASE",
        offset: 456,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_SS_BASE,
        name: "GUEST_SS_BASE",
        offset: 464,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_DS_BASE,
        name: "GUEST_DS_BASE",
        offset: 472,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_FS_BASE,
        name: "GUEST_FS_BASE",
        offset: 480,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_GS_BASE,
        name: "GUEST_GS_BASE",
        offset: 488,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_LDTR_BASE,
        name: "GUEST_LDTR_BASE",
        offset: 496,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_TR_BASE,
        name: "GUEST_TR_BASE",
        offset: 504,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_GDTR_BASE,
        name: "GUEST_GDTR_BASE",
        offset: 512,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_IDTR_BASE,
        name: "GUEST_IDTR_BASE",
        offset: 520,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_DR7,
        name: "GUEST_DR7",
        offset: 528,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_RSP,
        name: "GUEST_RSP",
        offset: 536,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_RIP,
        name: "GUEST_RIP",
        offset: 544,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_RFLAGS,
        name: "GUEST_RFLAGS",
        offset: 552,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_PENDING_DBG_EXCEPTIONS,
        name: "GUEST_PENDING_DBG_EXCEPTIONS",
        offset: 560,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_SYSENTER_ESP,
        name: "GUEST_SYSENTER_ESP",
        offset: 568,
        size: 8,
    },
    Access {
        encoding: encoding::GUEST_SYSENTER_EIP,
        name: "GUEST_SYSENTER_EIP",
        offset: 576,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_CR0,
        name: "HOST_CR0",
        offset: 584,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_CR3,
        name: "HOST_CR3",
        offset: 592,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_CR4,
        name: "HOST_CR4",
        offset: 600,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_FS_BASE,
        name: "HOST_FS_BASE",
        offset: 608,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_GS_BASE,
        name: "HOST_GS_BASE",
        offset: 616,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_TR_BASE,
        name: "HOST_TR_BASE",
        offset: 624,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_GDTR_BASE,
        name: "HOST_GDTR_BASE",
        offset: 632,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IDTR_BASE,
        name: "HOST_IDTR_BASE",
        offset: 640,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IA32_SYSENTER_ESP,
        name: "HOST_IA32_SYSENTER_ESP",
        offset: 648,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_IA32_SYSENTER_EIP,
        name: "HOST_IA32_SYSENTER_EIP",
        offset: 656,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_RSP,
        name: "HOST_RSP",
        offset: 664,
        size: 8,
    },
    Access {
        encoding: encoding::HOST_RIP,
        name: "HOST_RIP",
        offset: 672,
        size: 8,
    },
];

/// The layout's facts and readers.
pub const INFO: LayoutInfo = LayoutInfo {
    name: LAYOUT_NAME,
    revision: REVISION_ID,
    region_size: REGION_SIZE,
    struct_size: STRUCT_SIZE,
    members: &MEMBERS,
    encodings: &ENCODINGS,
    read_field,
    write_field,
    member,
};

// The members tile the struct from offset 0 without gaps, and the struct has their sizes.
const _: () = {
    let mut end = 0;
    let mut index = 0;
    while index < MEMBERS.len() {
        assert!(MEMBERS[index].offset == end);
        end += MEMBERS[index].size;
        index += 1;
    }
    assert!(end == STRUCT_SIZE && STRUCT_SIZE <= REGION_SIZE);
    assert!(core::mem::size_of::<KvmVmcs12V6_17>() == STRUCT_SIZE);
};

/// The `kvm_vmcs12_v6_17` layout as a packed struct, member by member (998 bytes).
#[repr(C, packed)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KvmVmcs12V6_17 {
    /// header member, offset 0, 4 bytes. struct vmcs_hdr: revision_id:31, shadow_vmcs:1.
    pub hdr: u32,
    /// state member, offset 4, 4 bytes. VMX-abort indicator.
    pub abort: u32,
    /// state member, offset 8, 4 bytes. 0 after VMCLEAR, 1 after VMLAUNCH.
    pub launch_state: u32,
    /// reserved member, offset 12, 28 bytes. u32 padding\[7\], room for future expansion.
    pub padding: [u8; 28],
    /// IO_BITMAP_A (0x00002000): 64-bit control, offset 40.
    pub io_bitmap_a: u64,
    /// IO_BITMAP_B (0x00002002): 64-bit control, offset 48.
    pub io_bitmap_b: u64,
    /// MSR_BITMAP (0x00002004): 64-bit control, offset 56.
    pub msr_bitmap: u64,
    /// VM_EXIT_MSR_STORE_ADDR (0x00002006): 64-bit control, offset 64.
    pub vm_exit_msr_store_addr: u64,
    /// VM_EXIT_MSR_LOAD_ADDR (0x00002008): 64-bit control, offset 72.
    pub vm_exit_msr_load_addr: u64,
    /// VM_ENTRY_MSR_LOAD_ADDR (0x0000200a): 64-bit control, offset 80.
    pub vm_entry_msr_load_addr: u64,
    /// TSC_OFFSET (0x00002010): 64-bit control, offset 88.
    pub tsc_offset: u64,
    /// VIRTUAL_APIC_PAGE_ADDR (0x00002012): 64-bit control, offset 96.
    pub virtual_apic_page_addr: u64,
    /// APIC_ACCESS_ADDR (0x00002014): 64-bit control, offset 104.
    pub apic_access_addr: u64,
    /// POSTED_INTR_DESC_ADDR (0x00002016): 64-bit control, offset 112.
    pub posted_intr_desc_addr: u64,
    /// EPT_POINTER (0x0000201a): 64-bit control, offset 120.
    pub ept_pointer: u64,
    /// EOI_EXIT_BITMAP0 (0x0000201c): 64-bit control, offset 128.
    pub eoi_exit_bitmap0: u64,
    /// EOI_EXIT_BITMAP1 (0x0000201e): 64-bit control, offset 136.
    pub eoi_exit_bitmap1: u64,
    /// EOI_EXIT_BITMAP2 (0x00002020): 64-bit control, offset 144.
    pub eoi_exit_bitmap2: u64,
    /// EOI_EXIT_BITMAP3 (0x00002022): 64-bit control, offset 152.
    pub eoi_exit_bitmap3: u64,
    /// XSS_EXIT_BITMAP (0x0000202c): 64-bit control, offset 160.
    pub xss_exit_bitmap: u64,
    /// GUEST_PHYSICAL_ADDRESS (0x00002400): 64-bit read-only data, offset 168.
    pub guest_physical_address: u64,
    /// VMCS_LINK_POINTER (0x00002800): 64-bit guest state, offset 176.
    pub vmcs_link_pointer: u64,
    /// GUEST_IA32_DEBUGCTL (0x00002802): 64-bit guest state, offset 184.
    pub guest_ia32_debugctl: u64,
    /// GUEST_IA32_PAT (0x00002804): 64-bit guest state, offset 192.
    pub guest_ia32_pat: u64,
    /// GUEST_IA32_EFER (0x00002806): 64-bit guest state, offset 200.
    pub guest_ia32_efer: u64,
    /// GUEST_IA32_PERF_GLOBAL_CTRL (0x00002808): 64-bit guest state, offset 208.
    pub guest_ia32_perf_global_ctrl: u64,
    /// GUEST_PDPTR0 (0x0000280a): 64-bit guest state, offset 216.
    pub guest_pdptr0: u64,
    /// GUEST_PDPTR1 (0x0000280c): 64-bit guest state, offset 224.
    pub guest_pdptr1: u64,
    /// GUEST_PDPTR2 (0x0000280e): 64-bit guest state, offset 232.
    pub guest_pdptr2: u64,
    /// GUEST_PDPTR3 (0x00002810): 64-bit guest state, offset 240.
    pub guest_pdptr3: u64,
    /// GUEST_BNDCFGS (0x00002812): 64-bit guest state, offset 248.
    pub guest_bndcfgs: u64,
    /// HOST_IA32_PAT (0x00002c00): 64-bit host state, offset 256.
    pub host_ia32_pat: u64,
    /// HOST_IA32_EFER (0x00002c02): 64-bit host state, offset 264.
    pub host_ia32_efer: u64,
    /// HOST_IA32_PERF_GLOBAL_CTRL (0x00002c04): 64-bit host state, offset 272.
    pub host_ia32_perf_global_ctrl: u64,
    /// VMREAD_BITMAP (0x00002026): 64-bit control, offset 280.
    pub vmread_bitmap: u64,
    /// VMWRITE_BITMAP (0x00002028): 64-bit control, offset 288.
    pub vmwrite_bitmap: u64,
    /// VM_FUNCTION_CONTROL (0x00002018): 64-bit control, offset 296.
    pub vm_function_control: u64,
    /// EPTP_LIST_ADDRESS (0x00002024): 64-bit control, offset 304.
    pub eptp_list_address: u64,
    /// PML_ADDRESS (0x0000200e): 64-bit control, offset 312.
    pub pml_address: u64,
    /// ENCLS_EXITING_BITMAP (0x0000202e): 64-bit control, offset 320.
    pub encls_exiting_bitmap: u64,
    /// TSC_MULTIPLIER (0x00002032): 64-bit control, offset 328.
    pub tsc_multiplier: u64,
    /// reserved member, offset 336, 8 bytes. u64 padding64\[\], room for future expansion.
    pub padding64: [u8; 8],
    /// CR0_GUEST_HOST_MASK (0x00006000): natural-width control, offset 344.
    pub cr0_guest_host_mask: u64,
    /// CR4_GUEST_HOST_MASK (0x00006002): natural-width control, offset 352.
    pub cr4_guest_host_mask: u64,
    /// CR0_READ_SHADOW (0x00006004): natural-width control, offset 360.
    pub cr0_read_shadow: u64,
    /// CR4_READ_SHADOW (0x00006006): natural-width control, offset 368.
    pub cr4_read_shadow: u64,
    /// reserved member, offset 376, 32 bytes. natural_width dead_space\[4\]: last remnants of cr3_target_value0..3.
    pub dead_space: [u8; 32],
    /// EXIT_QUALIFICATION (0x00006400): natural-width read-only data, offset 408.
    pub exit_qualification: u64,
    /// GUEST_LINEAR_ADDRESS (0x0000640a): natural-width read-only data, offset 416.
    pub guest_linear_address: u64,
    /// GUEST_CR0 (0x00006800): natural-width guest state, offset 424.
    pub guest_cr0: u64,
    /// GUEST_CR3 (0x00006802): natural-width guest state, offset 432.
    pub guest_cr3: u64,
    /// GUEST_CR4 (0x00006804): natural-width guest state, offset 440.
    pub guest_cr4: u64,
    /// GUEST_ES_BASE (0x00006806): natural-width guest state, offset 448.
    pub guest_es_base: u64,
    /// GUEST_CS_BASE (0x00006808): natural-width guest state, offset 456.
    pub guest_cs_base: u64,
    /// GUEST_SS_BASE (0x0000680a): natural-width guest state, offset 464.
    pub guest_ss_base: u64,
    /// GUEST_DS_BASE (0x0000680c): natural-width guest state, offset 472.
    pub guest_ds_base: u64,
    /// GUEST_FS_BASE (0x0000680e): natural-width guest state, offset 480.
    pub guest_fs_base: u64,
    /// GUEST_GS_BASE (0x00006810): natural-width guest state, offset 488.
    pub guest_gs_base: u64,
    /// GUEST_LDTR_BASE (0x00006812): natural-width guest state, offset 496.
    pub guest_ldtr_base: u64,
    /// GUEST_TR_BASE (0x00006814): natural-width guest state, offset 504.
    pub guest_tr_base: u64,
    /// GUEST_GDTR_BASE (0x00006816): natural-width guest state, offset 512.
    pub guest_gdtr_base: u64,
    /// GUEST_IDTR_BASE (0x00006818): natural-width guest state, offset 520.
    pub guest_idtr_base: u64,
    /// GUEST_DR7 (0x0000681a): natural-width guest state, offset 528.
    pub guest_dr7: u64,
    /// GUEST_RSP (0x0000681c): natural-width guest state, offset 536.
    pub guest_rsp: u64,
    /// GUEST_RIP (0x0000681e): natural-width guest state, offset 544.
    pub guest_rip: u64,
    /// GUEST_RFLAGS (0x00006820): natural-width guest state, offset 552.
    pub guest_rflags: u64,
    /// GUEST_PENDING_DBG_EXCEPTIONS (0x00006822): natural-width guest state, offset 560.
    pub guest_pending_dbg_exceptions: u64,
    /// GUEST_SYSENTER_ESP (0x00006824): natural-width guest state, offset 568.
    pub guest_sysenter_esp: u64,
    /// GUEST_SYSENTER_EIP (0x00006826): natural-width guest state, offset 576.
    pub guest_sysenter_eip: u64,
    /// HOST_CR0 (0x00006c00): natural-width host state, offset 584.
    pub host_cr0: u64,
    /// HOST_CR3 (0x00006c02): natural-width host state, offset 592.
    pub host_cr3: u64,
    /// HOST_CR4 (0x00006c04): natural-width host state, offset 600.
    pub host_cr4: u64,
    /// HOST_FS_BASE (0x00006c06): natural-width host state, offset 608.
    pub host_fs_base: u64,
    /// HOST_GS_BASE (0x00006c08): natural-width host state, offset 616.
    pub host_gs_base: u64,
    /// HOST_TR_BASE (0x00006c0a): natural-width host state, offset 624.
    pub host_tr_base: u64,
    /// HOST_GDTR_BASE (0x00006c0c): natural-width host state, offset 632.
    pub host_gdtr_base: u64,
    /// HOST_IDTR_BASE (0x00006c0e): natural-width host state, offset 640.
    pub host_idtr_base: u64,
    /// HOST_IA32_SYSENTER_ESP (0x00006c10): natural-width host state, offset 648.
    pub host_ia32_sysenter_esp: u64,
    /// HOST_IA32_SYSENTER_EIP (0x00006c12): natural-width host state, offset 656.
    pub host_ia32_sysenter_eip: u64,
    /// HOST_RSP (0x00006c14): natural-width host state, offset 664.
    pub host_rsp: u64,
    /// HOST_RIP (0x00006c16): natural-width host state, offset 672.
    pub host_rip: u64,
    /// reserved member, offset 680, 64 bytes. natural_width paddingl\[8\], room for future expansion.
    pub paddingl: [u8; 64],
    /// PIN_BASED_VM_EXEC_CONTROL (0x00004000): 32-bit control, offset 744.
    pub pin_based_vm_exec_control: u32,
    /// CPU_BASED_VM_EXEC_CONTROL (0x00004002): 32-bit control, offset 748.
    pub cpu_based_vm_exec_control: u32,
    /// EXCEPTION_BITMAP (0x00004004): 32-bit control, offset 752.
    pub exception_bitmap: u32,
    /// PAGE_FAULT_ERROR_CODE_MASK (0x00004006): 32-bit control, offset 756.
    pub page_fault_error_code_mask: u32,
    /// PAGE_FAULT_ERROR_CODE_MATCH (0x00004008): 32-bit control, offset 760.
    pub page_fault_error_code_match: u32,
    /// CR3_TARGET_COUNT (0x0000400a): 32-bit control, offset 764.
    pub cr3_target_count: u32,
    /// VM_EXIT_CONTROLS (0x0000400c): 32-bit control, offset 768.
    pub vm_exit_controls: u32,
    /// VM_EXIT_MSR_STORE_COUNT (0x0000400e): 32-bit control, offset 772.
    pub vm_exit_msr_store_count: u32,
    /// VM_EXIT_MSR_LOAD_COUNT (0x00004010): 32-bit control, offset 776.
    pub vm_exit_msr_load_count: u32,
    /// VM_ENTRY_CONTROLS (0x00004012): 32-bit control, offset 780.
    pub vm_entry_controls: u32,
    /// VM_ENTRY_MSR_LOAD_COUNT (0x00004014): 32-bit control, offset 784.
    pub vm_entry_msr_load_count: u32,
    /// VM_ENTRY_INTR_INFO_FIELD (0x00004016): 32-bit control, offset 788.
    pub vm_entry_intr_info_field: u32,
    /// VM_ENTRY_EXCEPTION_ERROR_CODE (0x00004018): 32-bit control, offset 792.
    pub vm_entry_exception_error_code: u32,
    /// VM_ENTRY_INSTRUCTION_LEN (0x0000401a): 32-bit control, offset 796.
    pub vm_entry_instruction_len: u32,
    /// TPR_THRESHOLD (0x0000401c): 32-bit control, offset 800.
    pub tpr_threshold: u32,
    /// SECONDARY_VM_EXEC_CONTROL (0x0000401e): 32-bit control, offset 804.
    pub secondary_vm_exec_control: u32,
    /// VM_INSTRUCTION_ERROR (0x00004400): 32-bit read-only data, offset 808.
    pub vm_instruction_error: u32,
    /// VM_EXIT_REASON (0x00004402): 32-bit read-only data, offset 812.
    pub vm_exit_reason: u32,
    /// VM_EXIT_INTR_INFO (0x00004404): 32-bit read-only data, offset 816.
    pub vm_exit_intr_info: u32,
    /// VM_EXIT_INTR_ERROR_CODE (0x00004406): 32-bit read-only data, offset 820.
    pub vm_exit_intr_error_code: u32,
    /// IDT_VECTORING_INFO_FIELD (0x00004408): 32-bit read-only data, offset 824.
    pub idt_vectoring_info_field: u32,
    /// IDT_VECTORING_ERROR_CODE (0x0000440a): 32-bit read-only data, offset 828.
    pub idt_vectoring_error_code: u32,
    /// VM_EXIT_INSTRUCTION_LEN (0x0000440c): 32-bit read-only data, offset 832.
    pub vm_exit_instruction_len: u32,
    /// VMX_INSTRUCTION_INFO (0x0000440e): 32-bit read-only data, offset 836.
    pub vmx_instruction_info: u32,
    /// GUEST_ES_LIMIT (0x00004800): 32-bit guest state, offset 840.
    pub guest_es_limit: u32,
    /// GUEST_CS_LIMIT (0x00004802): 32-bit guest state, offset 844.
    pub guest_cs_limit: u32,
    /// GUEST_SS_LIMIT (0x00004804): 32-bit guest state, offset 848.
    pub guest_ss_limit: u32,
    /// GUEST_DS_LIMIT (0x00004806): 32-bit guest state, offset 852.
    pub guest_ds_limit: u32,
    /// GUEST_FS_LIMIT (0x00004808): 32-bit guest state, offset 856.
    pub guest_fs_limit: u32,
    /// GUEST_GS_LIMIT (0x0000480a): 32-bit guest state, offset 860.
    pub guest_gs_limit: u32,
    /// GUEST_LDTR_LIMIT (0x0000480c): 32-bit guest state, offset 864.
    pub guest_ldtr_limit: u32,
    /// GUEST_TR_LIMIT (0x0000480e): 32-bit guest state, offset 868.
    pub guest_tr_limit: u32,
    /// GUEST_GDTR_LIMIT (0x00004810): 32-bit guest state, offset 872.
    pub guest_gdtr_limit: u32,
    /// GUEST_IDTR_LIMIT (0x00004812): 32-bit guest state, offset 876.
    pub guest_idtr_limit: u32,
    /// GUEST_ES_AR_BYTES (0x00004814): 32-bit guest state, offset 880.
    pub guest_es_ar_bytes: u32,
    /// GUEST_CS_AR_BYTES (0x00004816): 32-bit guest state, offset 884.
    pub guest_cs_ar_bytes: u32,
    /// GUEST_SS_AR_BYTES (0x00004818): 32-bit guest state, offset 888.
    pub guest_ss_ar_bytes: u32,
    /// GUEST_DS_AR_BYTES (0x0000481a): 32-bit guest state, offset 892.
    pub guest_ds_ar_bytes: u32,
    /// GUEST_FS_AR_BYTES (0x0000481c): 32-bit guest state, offset 896.
    pub guest_fs_ar_bytes: u32,
    /// GUEST_GS_AR_BYTES (0x0000481e): 32-bit guest state, offset 900.
    pub guest_gs_ar_bytes: u32,
    /// GUEST_LDTR_AR_BYTES (0x00004820): 32-bit guest state, offset 904.
    pub guest_ldtr_ar_bytes: u32,
    /// GUEST_TR_AR_BYTES (0x00004822): 32-bit guest state, offset 908.
    pub guest_tr_ar_bytes: u32,
    /// GUEST_INTERRUPTIBILITY_INFO (0x00004824): 32-bit guest state, offset 912.
    pub guest_interruptibility_info: u32,
    /// GUEST_ACTIVITY_STATE (0x00004826): 32-bit guest state, offset 916.
    pub guest_activity_state: u32,
    /// GUEST_SYSENTER_CS (0x0000482a): 32-bit guest state, offset 920.
    pub guest_sysenter_cs: u32,
    /// HOST_IA32_SYSENTER_CS (0x00004c00): 32-bit host state, offset 924.
    pub host_ia32_sysenter_cs: u32,
    /// VMX_PREEMPTION_TIMER_VALUE (0x0000482e): 32-bit guest state, offset 928.
    pub vmx_preemption_timer_value: u32,
    /// reserved member, offset 932, 28 bytes. u32 padding32\[7\], room for future expansion.
    pub padding32: [u8; 28],
    /// VIRTUAL_PROCESSOR_ID (0x00000000): 16-bit control, offset 960.
    pub virtual_processor_id: u16,
    /// POSTED_INTR_NV (0x00000002): 16-bit control, offset 962.
    pub posted_intr_nv: u16,
    /// GUEST_ES_SELECTOR (0x00000800): 16-bit guest state, offset 964.
    pub guest_es_selector: u16,
    /// GUEST_CS_SELECTOR (0x00000802): 16-bit guest state, offset 966.
    pub guest_cs_selector: u16,
    /// GUEST_SS_SELECTOR (0x00000804): 16-bit guest state, offset 968.
    pub guest_ss_selector: u16,
    /// GUEST_DS_SELECTOR (0x00000806): 16-bit guest state, offset 970.
    pub guest_ds_selector: u16,
    /// GUEST_FS_SELECTOR (0x00000808): 16-bit guest state, offset 972.
    pub guest_fs_selector: u16,
    /// GUEST_GS_SELECTOR (0x0000080a): 16-bit guest state, offset 974.
    pub guest_gs_selector: u16,
    /// GUEST_LDTR_SELECTOR (0x0000080c): 16-bit guest state, offset 976.
    pub guest_ldtr_selector: u16,
    /// GUEST_TR_SELECTOR (0x0000080e): 16-bit guest state, offset 978.
    pub guest_tr_selector: u16,
    /// GUEST_INTR_STATUS (0x00000810): 16-bit guest state, offset 980.
    pub guest_intr_status: u16,
    /// HOST_ES_SELECTOR (0x00000c00): 16-bit host state, offset 982.
    pub host_es_selector: u16,
    /// HOST_CS_SELECTOR (0x00000c02): 16-bit host state, offset 984.
    pub host_cs_selector: u16,
    /// HOST_SS_SELECTOR (0x00000c04): 16-bit host state, offset 986.
    pub host_ss_selector: u16,
    /// HOST_DS_SELECTOR (0x00000c06): 16-bit host state, offset 988.
    pub host_ds_selector: u16,
    /// HOST_FS_SELECTOR (0x00000c08): 16-bit host state, offset 990.
    pub host_fs_selector: u16,
    /// HOST_GS_SELECTOR (0x00000c0a): 16-bit host state, offset 992.
    pub host_gs_selector: u16,
    /// HOST_TR_SELECTOR (0x00000c0c): 16-bit host state, offset 994.
    pub host_tr_selector: u16,
    /// GUEST_PML_INDEX (0x00000812): 16-bit guest state, offset 996.
    pub guest_pml_index: u16,
}

/// A `kvm_vmcs12_v6_17` region (4096 bytes) viewed in place through its members.
///
/// `B` holds the bytes: `&[u8; 4096]` from [`KvmVmcs12V6_17View::new`],
/// `&mut [u8; 4096]` from [`KvmVmcs12V6_17View::new_mut`] (which can also write),
/// or an owned array from [`KvmVmcs12V6_17View::new_region`].
#[derive(Clone, Copy, Debug)]
pub struct KvmVmcs12V6_17View<B> {
    bytes: B,
}

impl<'a> KvmVmcs12V6_17View<&'a [u8; REGION_SIZE]> {
    /// A view of `bytes`, which must be exactly [`REGION_SIZE`] bytes.
    pub fn new(bytes: &'a [u8]) -> Result<Self, LengthError> {
        crate::exact(bytes).map(|bytes| Self { bytes })
    }
}

impl<'a> KvmVmcs12V6_17View<&'a mut [u8; REGION_SIZE]> {
    /// A writable view of `bytes`, which must be exactly [`REGION_SIZE`] bytes.
    pub fn new_mut(bytes: &'a mut [u8]) -> Result<Self, LengthError> {
        crate::exact_mut(bytes).map(|bytes| Self { bytes })
    }
}

impl KvmVmcs12V6_17View<[u8; REGION_SIZE]> {
    /// A fresh region: the revision id in the header, every member at its default.
    pub fn new_region() -> Self {
        let mut region = Self {
            bytes: [0; REGION_SIZE],
        };
        crate::put(&mut region.bytes, 0, REVISION_ID.to_le_bytes());
        region
    }
}

impl<B: Region<REGION_SIZE>> KvmVmcs12V6_17View<B> {
    /// The region's bytes.
    pub fn region(&self) -> &[u8; REGION_SIZE] {
        self.bytes.region()
    }

    /// The bytes the view wraps.
    pub fn into_inner(self) -> B {
        self.bytes
    }

    /// VMREAD: the field `encoding` names; a HIGH encoding gives bits 63:32.
    pub fn read(&self, encoding: u32) -> Result<u64, FieldError> {
        match reach(encoding) {
            Some((offset, size)) => Ok(crate::load(self.region(), offset, size)),
            None => Err(FieldError::NoSuchEncoding(encoding)),
        }
    }

    /// A value member (anything but reserved space) by its name in the layout spec.
    pub fn get(&self, name: &str) -> Option<u64> {
        Some(match name {
            "hdr" => self.hdr().into(),
            "abort" => self.abort().into(),
            "launch_state" => self.launch_state().into(),
            "io_bitmap_a" => self.io_bitmap_a(),
            "io_bitmap_b" => self.io_bitmap_b(),
            "msr_bitmap" => self.msr_bitmap(),
            "vm_exit_msr_store_addr" => self.vm_exit_msr_store_addr(),
            "vm_exit_msr_load_addr" => self.vm_exit_msr_load_addr(),
            "vm_entry_msr_load_addr" => self.vm_entry_msr_load_addr(),
            "tsc_offset" => self.tsc_offset(),
            "virtual_apic_page_addr" => self.virtual_apic_page_addr(),
            "apic_access_addr" => self.apic_access_addr(),
            "posted_intr_desc_addr" => self.posted_intr_desc_addr(),
            "ept_pointer" => self.ept_pointer(),
            "eoi_exit_bitmap0" => self.eoi_exit_bitmap0(),
            "eoi_exit_bitmap1" => self.eoi_exit_bitmap1(),
            "eoi_exit_bitmap2" => self.eoi_exit_bitmap2(),
            "eoi_exit_bitmap3" => self.eoi_exit_bitmap3(),
            "xss_exit_bitmap" => self.xss_exit_bitmap(),
            "guest_physical_address" => self.guest_physical_address(),
            "vmcs_link_pointer" => self.vmcs_link_pointer(),
            "guest_ia32_debugctl" => self.guest_ia32_debugctl(),
            "guest_ia32_pat" => self.guest_ia32_pat(),
            "guest_ia32_efer" => self.guest_ia32_efer(),
            "guest_ia32_perf_global_ctrl" => self.guest_ia32_perf_global_ctrl(),
            "guest_pdptr0" => self.guest_pdptr0(),
            "guest_pdptr1" => self.guest_pdptr1(),
            "guest_pdptr2" => self.guest_pdptr2(),
            "guest_pdptr3" => self.guest_pdptr3(),
            "guest_bndcfgs" => self.guest_bndcfgs(),
            "host_ia32_pat" => self.host_ia32_pat(),
            "host_ia32_efer" => self.host_ia32_efer(),
            "host_ia32_perf_global_ctrl" => self.host_ia32_perf_global_ctrl(),
            "vmread_bitmap" => self.vmread_bitmap(),
            "vmwrite_bitmap" => self.vmwrite_bitmap(),
            "vm_function_control" => self.vm_function_control(),
            "eptp_list_address" => self.eptp_list_address(),
            "pml_address" => self.pml_address(),
            "encls_exiting_bitmap" => self.encls_exiting_bitmap(),
            "tsc_multiplier" => self.tsc_multiplier(),
            "cr0_guest_host_mask" => self.cr0_guest_host_mask(),
            "cr4_guest_host_mask" => self.cr4_guest_host_mask(),
            "cr0_read_shadow" => self.cr0_read_shadow(),
            "cr4_read_shadow" => self.cr4_read_shadow(),
            "exit_qualification" => self.exit_qualification(),
            "guest_linear_address" => self.guest_linear_address(),
            "guest_cr0" => self.guest_cr0(),
            "guest_cr3" => self.guest_cr3(),
            "guest_cr4" => self.guest_cr4(),
            "guest_es_base" => self.guest_es_base(),
            "guest_cs_base" => self.guest_cs_base(),
            "guest_ss_base" => self.guest_ss_base(),
            "guest_ds_base" => self.guest_ds_base(),
            "guest_fs_base" => self.guest_fs_base(),
            "guest_gs_base" => self.guest_gs_base(),
            "guest_ldtr_base" => self.guest_ldtr_base(),
            "guest_tr_base" => self.guest_tr_base(),
            "guest_gdtr_base" => self.guest_gdtr_base(),
            "guest_idtr_base" => self.guest_idtr_base(),
            "guest_dr7" => self.guest_dr7(),
            "guest_rsp" => self.guest_rsp(),
            "guest_rip" => self.guest_rip(),
            "guest_rflags" => self.guest_rflags(),
            "guest_pending_dbg_exceptions" => self.guest_pending_dbg_exceptions(),
            "guest_sysenter_esp" => self.guest_sysenter_esp(),
            "guest_sysenter_eip" => self.guest_sysenter_eip(),
            "host_cr0" => self.host_cr0(),
            "host_cr3" => self.host_cr3(),
            "host_cr4" => self.host_cr4(),
            "host_fs_base" => self.host_fs_base(),
            "host_gs_base" => self.host_gs_base(),
            "host_tr_base" => self.host_tr_base(),
            "host_gdtr_base" => self.host_gdtr_base(),
            "host_idtr_base" => self.host_idtr_base(),
            "host_ia32_sysenter_esp" => self.host_ia32_sysenter_esp(),
            "host_ia32_sysenter_eip" => self.host_ia32_sysenter_eip(),
            "host_rsp" => self.host_rsp(),
            "host_rip" => self.host_rip(),
            "pin_based_vm_exec_control" => self.pin_based_vm_exec_control().into(),
            "cpu_based_vm_exec_control" => self.cpu_based_vm_exec_control().into(),
            "exception_bitmap" => self.exception_bitmap().into(),
            "page_fault_error_code_mask" => self.page_fault_error_code_mask().into(),
            "page_fault_error_code_match" => self.page_fault_error_code_match().into(),
            "cr3_target_count" => self.cr3_target_count().into(),
            "vm_exit_controls" => self.vm_exit_controls().into(),
            "vm_exit_msr_store_count" => self.vm_exit_msr_store_count().into(),
            "vm_exit_msr_load_count" => self.vm_exit_msr_load_count().into(),
            "vm_entry_controls" => self.vm_entry_controls().into(),
            "vm_entry_msr_load_count" => self.vm_entry_msr_load_count().into(),
            "vm_entry_intr_info_field" => self.vm_entry_intr_info_field().into(),
            "vm_entry_exception_error_code" => self.vm_entry_exception_error_code().into(),
            "vm_entry_instruction_len" => self.vm_entry_instruction_len().into(),
            "tpr_threshold" => self.tpr_threshold().into(),
            "secondary_vm_exec_control" => self.secondary_vm_exec_control().into(),
            "vm_instruction_error" => self.vm_instruction_error().into(),
            "vm_exit_reason" => self.vm_exit_reason().into(),
            "vm_exit_intr_info" => self.vm_exit_intr_info().into(),
            "vm_exit_intr_error_code" => self.vm_exit_intr_error_code().into(),
            "idt_vectoring_info_field" => self.idt_vectoring_info_field().into(),
            "idt_vectoring_error_code" => self.idt_vectoring_error_code().into(),
            "vm_exit_instruction_len" => self.vm_exit_instruction_len().into(),
            "vmx_instruction_info" => self.vmx_instruction_info().into(),
            "guest_es_limit" => self.guest_es_limit().into(),
            "guest_cs_limit" => self.guest_cs_limit().into(),
            "guest_ss_limit" => self.guest_ss_limit().into(),
            "guest_ds_limit" => self.guest_ds_limit().into(),
            "guest_fs_limit" => self.guest_fs_limit().into(),
            "guest_gs_limit" => self.guest_gs_limit().into(),
            "guest_ldtr_limit" => self.guest_ldtr_limit().into(),
            "guest_tr_limit" => self.guest_tr_limit().into(),
            "guest_gdtr_limit" => self.guest_gdtr_limit().into(),
            "guest_idtr_limit" => self.guest_idtr_limit().into(),
            "guest_es_ar_bytes" => self.guest_es_ar_bytes().into(),
            "guest_cs_ar_bytes" => self.guest_cs_ar_bytes().into(),
            "guest_ss_ar_bytes" => self.guest_ss_ar_bytes().into(),
            "guest_ds_ar_bytes" => self.guest_ds_ar_bytes().into(),
            "guest_fs_ar_bytes" => self.guest_fs_ar_bytes().into(),
            "guest_gs_ar_bytes" => self.guest_gs_ar_bytes().into(),
            "guest_ldtr_ar_bytes" => self.guest_ldtr_ar_bytes().into(),
            "guest_tr_ar_bytes" => self.guest_tr_ar_bytes().into(),
            "guest_interruptibility_info" => self.guest_interruptibility_info().into(),
            "guest_activity_state" => self.guest_activity_state().into(),
            "guest_sysenter_cs" => self.guest_sysenter_cs().into(),
            "host_ia32_sysenter_cs" => self.host_ia32_sysenter_cs().into(),
            "vmx_preemption_timer_value" => self.vmx_preemption_timer_value().into(),
            "virtual_processor_id" => self.virtual_processor_id().into(),
            "posted_intr_nv" => self.posted_intr_nv().into(),
            "guest_es_selector" => self.guest_es_selector().into(),
            "guest_cs_selector" => self.guest_cs_selector().into(),
            "guest_ss_selector" => self.guest_ss_selector().into(),
            "guest_ds_selector" => self.guest_ds_selector().into(),
            "guest_fs_selector" => self.guest_fs_selector().into(),
            "guest_gs_selector" => self.guest_gs_selector().into(),
            "guest_ldtr_selector" => self.guest_ldtr_selector().into(),
            "guest_tr_selector" => self.guest_tr_selector().into(),
            "guest_intr_status" => self.guest_intr_status().into(),
            "host_es_selector" => self.host_es_selector().into(),
            "host_cs_selector" => self.host_cs_selector().into(),
            "host_ss_selector" => self.host_ss_selector().into(),
            "host_ds_selector" => self.host_ds_selector().into(),
            "host_fs_selector" => self.host_fs_selector().into(),
            "host_gs_selector" => self.host_gs_selector().into(),
            "host_tr_selector" => self.host_tr_selector().into(),
            "guest_pml_index" => self.guest_pml_index().into(),
            _ => return None,
        })
    }

    /// Every member copied into the packed struct.
    pub fn to_struct(&self) -> KvmVmcs12V6_17 {
        KvmVmcs12V6_17 {
            hdr: self.hdr(),
            abort: self.abort(),
            launch_state: self.launch_state(),
            padding: crate::get(self.region(), 12),
            io_bitmap_a: self.io_bitmap_a(),
            io_bitmap_b: self.io_bitmap_b(),
            msr_bitmap: self.msr_bitmap(),
            vm_exit_msr_store_addr: self.vm_exit_msr_store_addr(),
            vm_exit_msr_load_addr: self.vm_exit_msr_load_addr(),
            vm_entry_msr_load_addr: self.vm_entry_msr_load_addr(),
            tsc_offset: self.tsc_offset(),
            virtual_apic_page_addr: self.virtual_apic_page_addr(),
            apic_access_addr: self.apic_access_addr(),
            posted_intr_desc_addr: self.posted_intr_desc_addr(),
            ept_pointer: self.ept_pointer(),
            eoi_exit_bitmap0: self.eoi_exit_bitmap0(),
            eoi_exit_bitmap1: self.eoi_exit_bitmap1(),
            eoi_exit_bitmap2: self.eoi_exit_bitmap2(),
            eoi_exit_bitmap3: self.eoi_exit_bitmap3(),
            xss_exit_bitmap: self.xss_exit_bitmap(),
            guest_physical_address: self.guest_physical_address(),
            vmcs_link_pointer: self.vmcs_link_pointer(),
            guest_ia32_debugctl: self.guest_ia32_debugctl(),
            guest_ia32_pat: self.guest_ia32_pat(),
            guest_ia32_efer: self.guest_ia32_efer(),
            guest_ia32_perf_global_ctrl: self.guest_ia32_perf_global_ctrl(),
            guest_pdptr0: self.guest_pdptr0(),
            guest_pdptr1: self.guest_pdptr1(),
            guest_pdptr2: self.guest_pdptr2(),
            guest_pdptr3: self.guest_pdptr3(),
            guest_bndcfgs: self.guest_bndcfgs(),
            host_ia32_pat: self.host_ia32_pat(),
            host_ia32_efer: self.host_ia32_efer(),
            host_ia32_perf_global_ctrl: self.host_ia32_perf_global_ctrl(),
            vmread_bitmap: self.vmread_bitmap(),
            vmwrite_bitmap: self.vmwrite_bitmap(),
            vm_function_control: self.vm_function_control(),
            eptp_list_address: self.eptp_list_address(),
            pml_address: self.pml_address(),
            encls_exiting_bitmap: self.encls_exiting_bitmap(),
            tsc_multiplier: self.tsc_multiplier(),
            padding64: crate::get(self.region(), 336),
            cr0_guest_host_mask: self.cr0_guest_host_mask(),
            cr4_guest_host_mask: self.cr4_guest_host_mask(),
            cr0_read_shadow: self.cr0_read_shadow(),
            cr4_read_shadow: self.cr4_read_shadow(),
            dead_space: crate::get(self.region(), 376),
            exit_qualification: self.exit_qualification(),
            guest_linear_address: self.guest_linear_address(),
            guest_cr0: self.guest_cr0(),
            guest_cr3: self.guest_cr3(),
            guest_cr4: self.guest_cr4(),
            guest_es_base: self.guest_es_base(),
            guest_cs_base: self.guest_cs_base(),
            guest_ss_base: self.guest_ss_base(),
            guest_ds_base: self.guest_ds_base(),
            guest_fs_base: self.guest_fs_base(),
            guest_gs_base: self.guest_gs_base(),
            guest_ldtr_base: self.guest_ldtr_base(),
            guest_tr_base: self.guest_tr_base(),
            guest_gdtr_base: self.guest_gdtr_base(),
            guest_idtr_base: self.guest_idtr_base(),
            guest_dr7: self.guest_dr7(),
            guest_rsp: self.guest_rsp(),
            guest_rip: self.guest_rip(),
            guest_rflags: self.guest_rflags(),
            guest_pending_dbg_exceptions: self.guest_pending_dbg_exceptions(),
            guest_sysenter_esp: self.guest_sysenter_esp(),
            guest_sysenter_eip: self.guest_sysenter_eip(),
            host_cr0: self.host_cr0(),
            host_cr3: self.host_cr3(),
            host_cr4: self.host_cr4(),
            host_fs_base: self.host_fs_base(),
            host_gs_base: self.host_gs_base(),
            host_tr_base: self.host_tr_base(),
            host_gdtr_base: self.host_gdtr_base(),
            host_idtr_base: self.host_idtr_base(),
            host_ia32_sysenter_esp: self.host_ia32_sysenter_esp(),
            host_ia32_sysenter_eip: self.host_ia32_sysenter_eip(),
            host_rsp: self.host_rsp(),
            host_rip: self.host_rip(),
            paddingl: crate::get(self.region(), 680),
            pin_based_vm_exec_control: self.pin_based_vm_exec_control(),
            cpu_based_vm_exec_control: self.cpu_based_vm_exec_control(),
            exception_bitmap: self.exception_bitmap(),
            page_fault_error_code_mask: self.page_fault_error_code_mask(),
            page_fault_error_code_match: self.page_fault_error_code_match(),
            cr3_target_count: self.cr3_target_count(),
            vm_exit_controls: self.vm_exit_controls(),
            vm_exit_msr_store_count: self.vm_exit_msr_store_count(),
            vm_exit_msr_load_count: self.vm_exit_msr_load_count(),
            vm_entry_controls: self.vm_entry_controls(),
            vm_entry_msr_load_count: self.vm_entry_msr_load_count(),
            vm_entry_intr_info_field: self.vm_entry_intr_info_field(),
            vm_entry_exception_error_code: self.vm_entry_exception_error_code(),
            vm_entry_instruction_len: self.vm_entry_instruction_len(),
            tpr_threshold: self.tpr_threshold(),
            secondary_vm_exec_control: self.secondary_vm_exec_control(),
            vm_instruction_error: self.vm_instruction_error(),
            vm_exit_reason: self.vm_exit_reason(),
            vm_exit_intr_info: self.vm_exit_intr_info(),
            vm_exit_intr_error_code: self.vm_exit_intr_error_code(),
            idt_vectoring_info_field: self.idt_vectoring_info_field(),
            idt_vectoring_error_code: self.idt_vectoring_error_code(),
            vm_exit_instruction_len: self.vm_exit_instruction_len(),
            vmx_instruction_info: self.vmx_instruction_info(),
            guest_es_limit: self.guest_es_limit(),
            guest_cs_limit: self.guest_cs_limit(),
            guest_ss_limit: self.guest_ss_limit(),
            guest_ds_limit: self.guest_ds_limit(),
            guest_fs_limit: self.guest_fs_limit(),
            guest_gs_limit: self.guest_gs_limit(),
            guest_ldtr_limit: self.guest_ldtr_limit(),
            guest_tr_limit: self.guest_tr_limit(),
            guest_gdtr_limit: self.guest_gdtr_limit(),
            guest_idtr_limit: self.guest_idtr_limit(),
            guest_es_ar_bytes: self.guest_es_ar_bytes(),
            guest_cs_ar_bytes: self.guest_cs_ar_bytes(),
            guest_ss_ar_bytes: self.guest_ss_ar_bytes(),
            guest_ds_ar_bytes: self.guest_ds_ar_bytes(),
            guest_fs_ar_bytes: self.guest_fs_ar_bytes(),
            guest_gs_ar_bytes: self.guest_gs_ar_bytes(),
            guest_ldtr_ar_bytes: self.guest_ldtr_ar_bytes(),
            guest_tr_ar_bytes: self.guest_tr_ar_bytes(),
            guest_interruptibility_info: self.guest_interruptibility_info(),
            guest_activity_state: self.guest_activity_state(),
            guest_sysenter_cs: self.guest_sysenter_cs(),
            host_ia32_sysenter_cs: self.host_ia32_sysenter_cs(),
            vmx_preemption_timer_value: self.vmx_preemption_timer_value(),
            padding32: crate::get(self.region(), 932),
            virtual_processor_id: self.virtual_processor_id(),
            posted_intr_nv: self.posted_intr_nv(),
            guest_es_selector: self.guest_es_selector(),
            guest_cs_selector: self.guest_cs_selector(),
            guest_ss_selector: self.guest_ss_selector(),
            guest_ds_selector: self.guest_ds_selector(),
            guest_fs_selector: self.guest_fs_selector(),
            guest_gs_selector: self.guest_gs_selector(),
            guest_ldtr_selector: self.guest_ldtr_selector(),
            guest_tr_selector: self.guest_tr_selector(),
            guest_intr_status: self.guest_intr_status(),
            host_es_selector: self.host_es_selector(),
            host_cs_selector: self.host_cs_selector(),
            host_ss_selector: self.host_ss_selector(),
            host_ds_selector: self.host_ds_selector(),
            host_fs_selector: self.host_fs_selector(),
            host_gs_selector: self.host_gs_selector(),
            host_tr_selector: self.host_tr_selector(),
            guest_pml_index: self.guest_pml_index(),
        }
    }

    /// header member, offset 0, 4 bytes. struct vmcs_hdr: revision_id:31, shadow_vmcs:1.
    pub fn hdr(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 0))
    }

    /// state member, offset 4, 4 bytes. VMX-abort indicator.
    pub fn abort(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 4))
    }

    /// state member, offset 8, 4 bytes. 0 after VMCLEAR, 1 after VMLAUNCH.
    pub fn launch_state(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 8))
    }

    /// IO_BITMAP_A (0x00002000): 64-bit control, offset 40.
    pub fn io_bitmap_a(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 40))
    }

    /// IO_BITMAP_B (0x00002002): 64-bit control, offset 48.
    pub fn io_bitmap_b(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 48))
    }

    /// MSR_BITMAP (0x00002004): 64-bit control, offset 56.
    pub fn msr_bitmap(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 56))
    }

    /// VM_EXIT_MSR_STORE_ADDR (0x00002006): 64-bit control, offset 64.
    pub fn vm_exit_msr_store_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 64))
    }

    /// VM_EXIT_MSR_LOAD_ADDR (0x00002008): 64-bit control, offset 72.
    pub fn vm_exit_msr_load_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 72))
    }

    /// VM_ENTRY_MSR_LOAD_ADDR (0x0000200a): 64-bit control, offset 80.
    pub fn vm_entry_msr_load_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 80))
    }

    /// TSC_OFFSET (0x00002010): 64-bit control, offset 88.
    pub fn tsc_offset(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 88))
    }

    /// VIRTUAL_APIC_PAGE_ADDR (0x00002012): 64-bit control, offset 96.
    pub fn virtual_apic_page_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 96))
    }

    /// APIC_ACCESS_ADDR (0x00002014): 64-bit control, offset 104.
    pub fn apic_access_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 104))
    }

    /// POSTED_INTR_DESC_ADDR (0x00002016): 64-bit control, offset 112.
    pub fn posted_intr_desc_addr(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 112))
    }

    /// EPT_POINTER (0x0000201a): 64-bit control, offset 120.
    pub fn ept_pointer(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 120))
    }

    /// EPT_POINTER as [`crate::bits::EptPointer`]; unnamed bits stay set.
    pub fn ept_pointer_flags(&self) -> crate::bits::EptPointer {
        crate::bits::EptPointer(self.ept_pointer())
    }

    /// EOI_EXIT_BITMAP0 (0x0000201c): 64-bit control, offset 128.
    pub fn eoi_exit_bitmap0(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 128))
    }

    /// EOI_EXIT_BITMAP1 (0x0000201e): 64-bit control, offset 136.
    pub fn eoi_exit_bitmap1(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 136))
    }

    /// EOI_EXIT_BITMAP2 (0x00002020): 64-bit control, offset 144.
    pub fn eoi_exit_bitmap2(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 144))
    }

    /// EOI_EXIT_BITMAP3 (0x00002022): 64-bit control, offset 152.
    pub fn eoi_exit_bitmap3(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 152))
    }

    /// XSS_EXIT_BITMAP (0x0000202c): 64-bit control, offset 160.
    pub fn xss_exit_bitmap(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 160))
    }

    /// GUEST_PHYSICAL_ADDRESS (0x00002400): 64-bit read-only data, offset 168.
    pub fn guest_physical_address(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 168))
    }

    /// VMCS_LINK_POINTER (0x00002800): 64-bit guest state, offset 176.
    pub fn vmcs_link_pointer(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 176))
    }

    /// GUEST_IA32_DEBUGCTL (0x00002802): 64-bit guest state, offset 184.
    pub fn guest_ia32_debugctl(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 184))
    }

    /// GUEST_IA32_DEBUGCTL as [`crate::bits::Debugctl`]; unnamed bits stay set.
    pub fn guest_ia32_debugctl_flags(&self) -> crate::bits::Debugctl {
        crate::bits::Debugctl(self.guest_ia32_debugctl())
    }

    /// GUEST_IA32_PAT (0x00002804): 64-bit guest state, offset 192.
    pub fn guest_ia32_pat(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 192))
    }

    /// GUEST_IA32_EFER (0x00002806): 64-bit guest state, offset 200.
    pub fn guest_ia32_efer(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 200))
    }

    /// GUEST_IA32_EFER as [`crate::bits::Efer`]; unnamed bits stay set.
    pub fn guest_ia32_efer_flags(&self) -> crate::bits::Efer {
        crate::bits::Efer(self.guest_ia32_efer())
    }

    /// GUEST_IA32_PERF_GLOBAL_CTRL (0x00002808): 64-bit guest state, offset 208.
    pub fn guest_ia32_perf_global_ctrl(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 208))
    }

    /// GUEST_PDPTR0 (0x0000280a): 64-bit guest state, offset 216.
    pub fn guest_pdptr0(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 216))
    }

    /// GUEST_PDPTR1 (0x0000280c): 64-bit guest state, offset 224.
    pub fn guest_pdptr1(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 224))
    }

    /// GUEST_PDPTR2 (0x0000280e): 64-bit guest state, offset 232.
    pub fn guest_pdptr2(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 232))
    }

    /// GUEST_PDPTR3 (0x00002810): 64-bit guest state, offset 240.
    pub fn guest_pdptr3(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 240))
    }

    /// GUEST_BNDCFGS (0x00002812): 64-bit guest state, offset 248.
    pub fn guest_bndcfgs(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 248))
    }

    /// HOST_IA32_PAT (0x00002c00): 64-bit host state, offset 256.
    pub fn host_ia32_pat(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 256))
    }

    /// HOST_IA32_EFER (0x00002c02): 64-bit host state, offset 264.
    pub fn host_ia32_efer(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 264))
    }

    /// HOST_IA32_EFER as [`crate::bits::Efer`]; unnamed bits stay set.
    pub fn host_ia32_efer_flags(&self) -> crate::bits::Efer {
        crate::bits::Efer(self.host_ia32_efer())
    }

    /// HOST_IA32_PERF_GLOBAL_CTRL (0x00002c04): 64-bit host state, offset 272.
    pub fn host_ia32_perf_global_ctrl(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 272))
    }

    /// VMREAD_BITMAP (0x00002026): 64-bit control, offset 280.
    pub fn vmread_bitmap(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 280))
    }

    /// VMWRITE_BITMAP (0x00002028): 64-bit control, offset 288.
    pub fn vmwrite_bitmap(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 288))
    }

    /// VM_FUNCTION_CONTROL (0x00002018): 64-bit control, offset 296.
    pub fn vm_function_control(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 296))
    }

    /// VM_FUNCTION_CONTROL as [`crate::bits::VmFunctionControls`]; unnamed bits stay set.
    pub fn vm_function_control_flags(&self) -> crate::bits::VmFunctionControls {
        crate::bits::VmFunctionControls(self.vm_function_control())
    }

    /// EPTP_LIST_ADDRESS (0x00002024): 64-bit control, offset 304.
    pub fn eptp_list_address(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 304))
    }

    /// PML_ADDRESS (0x0000200e): 64-bit control, offset 312.
    pub fn pml_address(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 312))
    }

    /// ENCLS_EXITING_BITMAP (0x0000202e): 64-bit control, offset 320.
    pub fn encls_exiting_bitmap(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 320))
    }

    /// TSC_MULTIPLIER (0x00002032): 64-bit control, offset 328.
    pub fn tsc_multiplier(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 328))
    }

    /// CR0_GUEST_HOST_MASK (0x00006000): natural-width control, offset 344.
    pub fn cr0_guest_host_mask(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 344))
    }

    /// CR4_GUEST_HOST_MASK (0x00006002): natural-width control, offset 352.
    pub fn cr4_guest_host_mask(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 352))
    }

    /// CR0_READ_SHADOW (0x00006004): natural-width control, offset 360.
    pub fn cr0_read_shadow(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 360))
    }

    /// CR0_READ_SHADOW as [`crate::bits::Cr0`]; unnamed bits stay set.
    pub fn cr0_read_shadow_flags(&self) -> crate::bits::Cr0 {
        crate::bits::Cr0(self.cr0_read_shadow())
    }

    /// CR4_READ_SHADOW (0x00006006): natural-width control, offset 368.
    pub fn cr4_read_shadow(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 368))
    }

    /// CR4_READ_SHADOW as [`crate::bits::Cr4`]; unnamed bits stay set.
    pub fn cr4_read_shadow_flags(&self) -> crate::bits::Cr4 {
        crate::bits::Cr4(self.cr4_read_shadow())
    }

    /// EXIT_QUALIFICATION (0x00006400): natural-width read-only data, offset 408.
    pub fn exit_qualification(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 408))
    }

    /// GUEST_LINEAR_ADDRESS (0x0000640a): natural-width read-only data, offset 416.
    pub fn guest_linear_address(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 416))
    }

    /// GUEST_CR0 (0x00006800): natural-width guest state, offset 424.
    pub fn guest_cr0(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 424))
    }

    /// GUEST_CR0 as [`crate::bits::Cr0`]; unnamed bits stay set.
    pub fn guest_cr0_flags(&self) -> crate::bits::Cr0 {
        crate::bits::Cr0(self.guest_cr0())
    }

    /// GUEST_CR3 (0x00006802): natural-width guest state, offset 432.
    pub fn guest_cr3(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 432))
    }

    /// GUEST_CR4 (0x00006804): natural-width guest state, offset 440.
    pub fn guest_cr4(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 440))
    }

    /// GUEST_CR4 as [`crate::bits::Cr4`]; unnamed bits stay set.
    pub fn guest_cr4_flags(&self) -> crate::bits::Cr4 {
        crate::bits::Cr4(self.guest_cr4())
    }

    /// GUEST_ES_BASE (0x00006806): natural-width guest state, offset 448.
    pub fn guest_es_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 448))
    }

    /// GUEST_CS_BASE (0x00006808): natural-width guest state, offset 456.
    pub fn guest_cs_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 456))
    }

    /// GUEST_SS_BASE (0x0000680a): natural-width guest state, offset 464.
    pub fn guest_ss_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 464))
    }

    /// GUEST_DS_BASE (0x0000680c): natural-width guest state, offset 472.
    pub fn guest_ds_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 472))
    }

    /// GUEST_FS_BASE (0x0000680e): natural-width guest state, offset 480.
    pub fn guest_fs_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 480))
    }

    /// GUEST_GS_BASE (0x00006810): natural-width guest state, offset 488.
    pub fn guest_gs_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 488))
    }

    /// GUEST_LDTR_BASE (0x00006812): natural-width guest state, offset 496.
    pub fn guest_ldtr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 496))
    }

    /// GUEST_TR_BASE (0x00006814): natural-width guest state, offset 504.
    pub fn guest_tr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 504))
    }

    /// GUEST_GDTR_BASE (0x00006816): natural-width guest state, offset 512.
    pub fn guest_gdtr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 512))
    }

    /// GUEST_IDTR_BASE (0x00006818): natural-width guest state, offset 520.
    pub fn guest_idtr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 520))
    }

    /// GUEST_DR7 (0x0000681a): natural-width guest state, offset 528.
    pub fn guest_dr7(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 528))
    }

    /// GUEST_DR7 as [`crate::bits::Dr7`]; unnamed bits stay set.
    pub fn guest_dr7_flags(&self) -> crate::bits::Dr7 {
        crate::bits::Dr7(self.guest_dr7())
    }

    /// GUEST_RSP (0x0000681c): natural-width guest state, offset 536.
    pub fn guest_rsp(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 536))
    }

    /// GUEST_RIP (0x0000681e): natural-width guest state, offset 544.
    pub fn guest_rip(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 544))
    }

    /// GUEST_RFLAGS (0x00006820): natural-width guest state, offset 552.
    pub fn guest_rflags(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 552))
    }

    /// GUEST_RFLAGS as [`crate::bits::Rflags`]; unnamed bits stay set.
    pub fn guest_rflags_flags(&self) -> crate::bits::Rflags {
        crate::bits::Rflags(self.guest_rflags())
    }

    /// GUEST_PENDING_DBG_EXCEPTIONS (0x00006822): natural-width guest state, offset 560.
    pub fn guest_pending_dbg_exceptions(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 560))
    }

    /// GUEST_PENDING_DBG_EXCEPTIONS as [`crate::bits::PendingDebugExceptions`]; unnamed bits stay set.
    pub fn guest_pending_dbg_exceptions_flags(&self) -> crate::bits::PendingDebugExceptions {
        crate::bits::PendingDebugExceptions(self.guest_pending_dbg_exceptions())
    }

    /// GUEST_SYSENTER_ESP (0x00006824): natural-width guest state, offset 568.
    pub fn guest_sysenter_esp(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 568))
    }

    /// GUEST_SYSENTER_EIP (0x00006826): natural-width guest state, offset 576.
    pub fn guest_sysenter_eip(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 576))
    }

    /// HOST_CR0 (0x00006c00): natural-width host state, offset 584.
    pub fn host_cr0(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 584))
    }

    /// HOST_CR0 as [`crate::bits::Cr0`]; unnamed bits stay set.
    pub fn host_cr0_flags(&self) -> crate::bits::Cr0 {
        crate::bits::Cr0(self.host_cr0())
    }

    /// HOST_CR3 (0x00006c02): natural-width host state, offset 592.
    pub fn host_cr3(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 592))
    }

    /// HOST_CR4 (0x00006c04): natural-width host state, offset 600.
    pub fn host_cr4(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 600))
    }

    /// HOST_CR4 as [`crate::bits::Cr4`]; unnamed bits stay set.
    pub fn host_cr4_flags(&self) -> crate::bits::Cr4 {
        crate::bits::Cr4(self.host_cr4())
    }

    /// HOST_FS_BASE (0x00006c06): natural-width host state, offset 608.
    pub fn host_fs_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 608))
    }

    /// HOST_GS_BASE (0x00006c08): natural-width host state, offset 616.
    pub fn host_gs_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 616))
    }

    /// HOST_TR_BASE (0x00006c0a): natural-width host state, offset 624.
    pub fn host_tr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 624))
    }

    /// HOST_GDTR_BASE (0x00006c0c): natural-width host state, offset 632.
    pub fn host_gdtr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 632))
    }

    /// HOST_IDTR_BASE (0x00006c0e): natural-width host state, offset 640.
    pub fn host_idtr_base(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 640))
    }

    /// HOST_IA32_SYSENTER_ESP (0x00006c10): natural-width host state, offset 648.
    pub fn host_ia32_sysenter_esp(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 648))
    }

    /// HOST_IA32_SYSENTER_EIP (0x00006c12): natural-width host state, offset 656.
    pub fn host_ia32_sysenter_eip(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 656))
    }

    /// HOST_RSP (0x00006c14): natural-width host state, offset 664.
    pub fn host_rsp(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 664))
    }

    /// HOST_RIP (0x00006c16): natural-width host state, offset 672.
    pub fn host_rip(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.region(), 672))
    }

    /// PIN_BASED_VM_EXEC_CONTROL (0x00004000): 32-bit control, offset 744.
    pub fn pin_based_vm_exec_control(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 744))
    }

    /// PIN_BASED_VM_EXEC_CONTROL as [`crate::bits::PinBasedControls`]; unnamed bits stay set.
    pub fn pin_based_vm_exec_control_flags(&self) -> crate::bits::PinBasedControls {
        crate::bits::PinBasedControls(self.pin_based_vm_exec_control())
    }

    /// CPU_BASED_VM_EXEC_CONTROL (0x00004002): 32-bit control, offset 748.
    pub fn cpu_based_vm_exec_control(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 748))
    }

    /// CPU_BASED_VM_EXEC_CONTROL as [`crate::bits::PrimaryProcessorControls`]; unnamed bits stay set.
    pub fn cpu_based_vm_exec_control_flags(&self) -> crate::bits::PrimaryProcessorControls {
        crate::bits::PrimaryProcessorControls(self.cpu_based_vm_exec_control())
    }

    /// EXCEPTION_BITMAP (0x00004004): 32-bit control, offset 752.
    pub fn exception_bitmap(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 752))
    }

    /// PAGE_FAULT_ERROR_CODE_MASK (0x00004006): 32-bit control, offset 756.
    pub fn page_fault_error_code_mask(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 756))
    }

    /// PAGE_FAULT_ERROR_CODE_MATCH (0x00004008): 32-bit control, offset 760.
    pub fn page_fault_error_code_match(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 760))
    }

    /// CR3_TARGET_COUNT (0x0000400a): 32-bit control, offset 764.
    pub fn cr3_target_count(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 764))
    }

    /// VM_EXIT_CONTROLS (0x0000400c): 32-bit control, offset 768.
    pub fn vm_exit_controls(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 768))
    }

    /// VM_EXIT_CONTROLS as [`crate::bits::VmExitControls`]; unnamed bits stay set.
    pub fn vm_exit_controls_flags(&self) -> crate::bits::VmExitControls {
        crate::bits::VmExitControls(self.vm_exit_controls())
    }

    /// VM_EXIT_MSR_STORE_COUNT (0x0000400e): 32-bit control, offset 772.
    pub fn vm_exit_msr_store_count(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 772))
    }

    /// VM_EXIT_MSR_LOAD_COUNT (0x00004010): 32-bit control, offset 776.
    pub fn vm_exit_msr_load_count(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 776))
    }

    /// VM_ENTRY_CONTROLS (0x00004012): 32-bit control, offset 780.
    pub fn vm_entry_controls(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 780))
    }

    /// VM_ENTRY_CONTROLS as [`crate::bits::VmEntryControls`]; unnamed bits stay set.
    pub fn vm_entry_controls_flags(&self) -> crate::bits::VmEntryControls {
        crate::bits::VmEntryControls(self.vm_entry_controls())
    }

    /// VM_ENTRY_MSR_LOAD_COUNT (0x00004014): 32-bit control, offset 784.
    pub fn vm_entry_msr_load_count(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 784))
    }

    /// VM_ENTRY_INTR_INFO_FIELD (0x00004016): 32-bit control, offset 788.
    pub fn vm_entry_intr_info_field(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 788))
    }

    /// VM_ENTRY_INTR_INFO_FIELD as [`crate::bits::InterruptionInfo`]; unnamed bits stay set.
    pub fn vm_entry_intr_info_field_flags(&self) -> crate::bits::InterruptionInfo {
        crate::bits::InterruptionInfo(self.vm_entry_intr_info_field())
    }

    /// VM_ENTRY_EXCEPTION_ERROR_CODE (0x00004018): 32-bit control, offset 792.
    pub fn vm_entry_exception_error_code(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 792))
    }

    /// VM_ENTRY_INSTRUCTION_LEN (0x0000401a): 32-bit control, offset 796.
    pub fn vm_entry_instruction_len(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 796))
    }

    /// TPR_THRESHOLD (0x0000401c): 32-bit control, offset 800.
    pub fn tpr_threshold(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 800))
    }

    /// SECONDARY_VM_EXEC_CONTROL (0x0000401e): 32-bit control, offset 804.
    pub fn secondary_vm_exec_control(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 804))
    }

    /// SECONDARY_VM_EXEC_CONTROL as [`crate::bits::SecondaryProcessorControls`]; unnamed bits stay set.
    pub fn secondary_vm_exec_control_flags(&self) -> crate::bits::SecondaryProcessorControls {
        crate::bits::SecondaryProcessorControls(self.secondary_vm_exec_control())
    }

    /// VM_INSTRUCTION_ERROR (0x00004400): 32-bit read-only data, offset 808.
    pub fn vm_instruction_error(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 808))
    }

    /// VM_EXIT_REASON (0x00004402): 32-bit read-only data, offset 812.
    pub fn vm_exit_reason(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 812))
    }

    /// VM_EXIT_REASON as [`crate::bits::ExitReason`]; unnamed bits stay set.
    pub fn vm_exit_reason_flags(&self) -> crate::bits::ExitReason {
        crate::bits::ExitReason(self.vm_exit_reason())
    }

    /// VM_EXIT_INTR_INFO (0x00004404): 32-bit read-only data, offset 816.
    pub fn vm_exit_intr_info(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 816))
    }

    /// VM_EXIT_INTR_INFO as [`crate::bits::InterruptionInfo`]; unnamed bits stay set.
    pub fn vm_exit_intr_info_flags(&self) -> crate::bits::InterruptionInfo {
        crate::bits::InterruptionInfo(self.vm_exit_intr_info())
    }

    /// VM_EXIT_INTR_ERROR_CODE (0x00004406): 32-bit read-only data, offset 820.
    pub fn vm_exit_intr_error_code(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 820))
    }

    /// IDT_VECTORING_INFO_FIELD (0x00004408): 32-bit read-only data, offset 824.
    pub fn idt_vectoring_info_field(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 824))
    }

    /// IDT_VECTORING_INFO_FIELD as [`crate::bits::InterruptionInfo`]; unnamed bits stay set.
    pub fn idt_vectoring_info_field_flags(&self) -> crate::bits::InterruptionInfo {
        crate::bits::InterruptionInfo(self.idt_vectoring_info_field())
    }

    /// IDT_VECTORING_ERROR_CODE (0x0000440a): 32-bit read-only data, offset 828.
    pub fn idt_vectoring_error_code(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 828))
    }

    /// VM_EXIT_INSTRUCTION_LEN (0x0000440c): 32-bit read-only data, offset 832.
    pub fn vm_exit_instruction_len(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 832))
    }

    /// VMX_INSTRUCTION_INFO (0x0000440e): 32-bit read-only data, offset 836.
    pub fn vmx_instruction_info(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 836))
    }

    /// GUEST_ES_LIMIT (0x00004800): 32-bit guest state, offset 840.
    pub fn guest_es_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 840))
    }

    /// GUEST_CS_LIMIT (0x00004802): 32-bit guest state, offset 844.
    pub fn guest_cs_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 844))
    }

    /// GUEST_SS_LIMIT (0x00004804): 32-bit guest state, offset 848.
    pub fn guest_ss_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 848))
    }

    /// GUEST_DS_LIMIT (0x00004806): 32-bit guest state, offset 852.
    pub fn guest_ds_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 852))
    }

    /// GUEST_FS_LIMIT (0x00004808): 32-bit guest state, offset 856.
    pub fn guest_fs_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 856))
    }

    /// GUEST_GS_LIMIT (0x0000480a): 32-bit guest state, offset 860.
    pub fn guest_gs_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 860))
    }

    /// GUEST_LDTR_LIMIT (0x0000480c): 32-bit guest state, offset 864.
    pub fn guest_ldtr_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 864))
    }

    /// GUEST_TR_LIMIT (0x0000480e): 32-bit guest state, offset 868.
    pub fn guest_tr_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 868))
    }

    /// GUEST_GDTR_LIMIT (0x00004810): 32-bit guest state, offset 872.
    pub fn guest_gdtr_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 872))
    }

    /// GUEST_IDTR_LIMIT (0x00004812): 32-bit guest state, offset 876.
    pub fn guest_idtr_limit(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 876))
    }

    /// GUEST_ES_AR_BYTES (0x00004814): 32-bit guest state, offset 880.
    pub fn guest_es_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 880))
    }

    /// GUEST_ES_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_es_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_es_ar_bytes())
    }

    /// GUEST_CS_AR_BYTES (0x00004816): 32-bit guest state, offset 884.
    pub fn guest_cs_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 884))
    }

    /// GUEST_CS_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_cs_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_cs_ar_bytes())
    }

    /// GUEST_SS_AR_BYTES (0x00004818): 32-bit guest state, offset 888.
    pub fn guest_ss_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 888))
    }

    /// GUEST_SS_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_ss_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_ss_ar_bytes())
    }

    /// GUEST_DS_AR_BYTES (0x0000481a): 32-bit guest state, offset 892.
    pub fn guest_ds_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 892))
    }

    /// GUEST_DS_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_ds_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_ds_ar_bytes())
    }

    /// GUEST_FS_AR_BYTES (0x0000481c): 32-bit guest state, offset 896.
    pub fn guest_fs_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 896))
    }

    /// GUEST_FS_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_fs_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_fs_ar_bytes())
    }

    /// GUEST_GS_AR_BYTES (0x0000481e): 32-bit guest state, offset 900.
    pub fn guest_gs_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 900))
    }

    /// GUEST_GS_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_gs_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_gs_ar_bytes())
    }

    /// GUEST_LDTR_AR_BYTES (0x00004820): 32-bit guest state, offset 904.
    pub fn guest_ldtr_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 904))
    }

    /// GUEST_LDTR_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_ldtr_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_ldtr_ar_bytes())
    }

    /// GUEST_TR_AR_BYTES (0x00004822): 32-bit guest state, offset 908.
    pub fn guest_tr_ar_bytes(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 908))
    }

    /// GUEST_TR_AR_BYTES as [`crate::bits::SegmentAccessRights`]; unnamed bits stay set.
    pub fn guest_tr_ar_bytes_flags(&self) -> crate::bits::SegmentAccessRights {
        crate::bits::SegmentAccessRights(self.guest_tr_ar_bytes())
    }

    /// GUEST_INTERRUPTIBILITY_INFO (0x00004824): 32-bit guest state, offset 912.
    pub fn guest_interruptibility_info(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 912))
    }

    /// GUEST_INTERRUPTIBILITY_INFO as [`crate::bits::InterruptibilityState`]; unnamed bits stay set.
    pub fn guest_interruptibility_info_flags(&self) -> crate::bits::InterruptibilityState {
        crate::bits::InterruptibilityState(self.guest_interruptibility_info())
    }

    /// GUEST_ACTIVITY_STATE (0x00004826): 32-bit guest state, offset 916.
    pub fn guest_activity_state(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 916))
    }

    /// GUEST_SYSENTER_CS (0x0000482a): 32-bit guest state, offset 920.
    pub fn guest_sysenter_cs(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 920))
    }

    /// HOST_IA32_SYSENTER_CS (0x00004c00): 32-bit host state, offset 924.
    pub fn host_ia32_sysenter_cs(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 924))
    }

    /// VMX_PREEMPTION_TIMER_VALUE (0x0000482e): 32-bit guest state, offset 928.
    pub fn vmx_preemption_timer_value(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.region(), 928))
    }

    /// VIRTUAL_PROCESSOR_ID (0x00000000): 16-bit control, offset 960.
    pub fn virtual_processor_id(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 960))
    }

    /// POSTED_INTR_NV (0x00000002): 16-bit control, offset 962.
    pub fn posted_intr_nv(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 962))
    }

    /// GUEST_ES_SELECTOR (0x00000800): 16-bit guest state, offset 964.
    pub fn guest_es_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 964))
    }

    /// GUEST_ES_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_es_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_es_selector().into())
    }

    /// GUEST_CS_SELECTOR (0x00000802): 16-bit guest state, offset 966.
    pub fn guest_cs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 966))
    }

    /// GUEST_CS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_cs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_cs_selector().into())
    }

    /// GUEST_SS_SELECTOR (0x00000804): 16-bit guest state, offset 968.
    pub fn guest_ss_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 968))
    }

    /// GUEST_SS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_ss_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_ss_selector().into())
    }

    /// GUEST_DS_SELECTOR (0x00000806): 16-bit guest state, offset 970.
    pub fn guest_ds_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 970))
    }

    /// GUEST_DS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_ds_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_ds_selector().into())
    }

    /// GUEST_FS_SELECTOR (0x00000808): 16-bit guest state, offset 972.
    pub fn guest_fs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 972))
    }

    /// GUEST_FS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_fs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_fs_selector().into())
    }

    /// GUEST_GS_SELECTOR (0x0000080a): 16-bit guest state, offset 974.
    pub fn guest_gs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 974))
    }

    /// GUEST_GS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_gs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_gs_selector().into())
    }

    /// GUEST_LDTR_SELECTOR (0x0000080c): 16-bit guest state, offset 976.
    pub fn guest_ldtr_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 976))
    }

    /// GUEST_LDTR_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_ldtr_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_ldtr_selector().into())
    }

    /// GUEST_TR_SELECTOR (0x0000080e): 16-bit guest state, offset 978.
    pub fn guest_tr_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 978))
    }

    /// GUEST_TR_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn guest_tr_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.guest_tr_selector().into())
    }

    /// GUEST_INTR_STATUS (0x00000810): 16-bit guest state, offset 980.
    pub fn guest_intr_status(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 980))
    }

    /// HOST_ES_SELECTOR (0x00000c00): 16-bit host state, offset 982.
    pub fn host_es_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 982))
    }

    /// HOST_ES_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_es_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_es_selector().into())
    }

    /// HOST_CS_SELECTOR (0x00000c02): 16-bit host state, offset 984.
    pub fn host_cs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 984))
    }

    /// HOST_CS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_cs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_cs_selector().into())
    }

    /// HOST_SS_SELECTOR (0x00000c04): 16-bit host state, offset 986.
    pub fn host_ss_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 986))
    }

    /// HOST_SS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_ss_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_ss_selector().into())
    }

    /// HOST_DS_SELECTOR (0x00000c06): 16-bit host state, offset 988.
    pub fn host_ds_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 988))
    }

    /// HOST_DS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_ds_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_ds_selector().into())
    }

    /// HOST_FS_SELECTOR (0x00000c08): 16-bit host state, offset 990.
    pub fn host_fs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 990))
    }

    /// HOST_FS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_fs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_fs_selector().into())
    }

    /// HOST_GS_SELECTOR (0x00000c0a): 16-bit host state, offset 992.
    pub fn host_gs_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 992))
    }

    /// HOST_GS_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_gs_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_gs_selector().into())
    }

    /// HOST_TR_SELECTOR (0x00000c0c): 16-bit host state, offset 994.
    pub fn host_tr_selector(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 994))
    }

    /// HOST_TR_SELECTOR as [`crate::bits::SegmentSelector`]; unnamed bits stay set.
    pub fn host_tr_selector_flags(&self) -> crate::bits::SegmentSelector {
        crate::bits::SegmentSelector(self.host_tr_selector().into())
    }

    /// GUEST_PML_INDEX (0x00000812): 16-bit guest state, offset 996.
    pub fn guest_pml_index(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.region(), 996))
    }
}

impl<B: RegionMut<REGION_SIZE>> KvmVmcs12V6_17View<B> {
    /// The region's bytes, writable.
    pub fn region_mut(&mut self) -> &mut [u8; REGION_SIZE] {
        self.bytes.region_mut()
    }

    /// VMWRITE: set the field `encoding` names; a HIGH encoding sets bits 63:32. A value
    /// wider than the field is refused, and nothing is written.
    pub fn write(&mut self, encoding: u32, value: u64) -> Result<(), FieldError> {
        let (offset, size) = reach(encoding).ok_or(FieldError::NoSuchEncoding(encoding))?;
        let value = crate::fits(value, 8 * size as u32)?;
        crate::store(self.region_mut(), offset, size, value);
        Ok(())
    }

    /// Set a value member by its name in the layout spec; a value wider than the member
    /// is refused, and nothing is written.
    pub fn set(&mut self, name: &str, value: u64) -> Result<(), FieldError> {
        let (offset, size) = match name {
            "hdr" => (0, 4),
            "abort" => (4, 4),
            "launch_state" => (8, 4),
            "io_bitmap_a" => (40, 8),
            "io_bitmap_b" => (48, 8),
            "msr_bitmap" => (56, 8),
            "vm_exit_msr_store_addr" => (64, 8),
            "vm_exit_msr_load_addr" => (72, 8),
            "vm_entry_msr_load_addr" => (80, 8),
            "tsc_offset" => (88, 8),
            "virtual_apic_page_addr" => (96, 8),
            "apic_access_addr" => (104, 8),
            "posted_intr_desc_addr" => (112, 8),
            "ept_pointer" => (120, 8),
            "eoi_exit_bitmap0" => (128, 8),
            "eoi_exit_bitmap1" => (136, 8),
            "eoi_exit_bitmap2" => (144, 8),
            "eoi_exit_bitmap3" => (152, 8),
            "xss_exit_bitmap" => (160, 8),
            "guest_physical_address" => (168, 8),
            "vmcs_link_pointer" => (176, 8),
            "guest_ia32_debugctl" => (184, 8),
            "guest_ia32_pat" => (192, 8),
            "guest_ia32_efer" => (200, 8),
            "guest_ia32_perf_global_ctrl" => (208, 8),
            "guest_pdptr0" => (216, 8),
            "guest_pdptr1" => (224, 8),
            "guest_pdptr2" => (232, 8),
            "guest_pdptr3" => (240, 8),
            "guest_bndcfgs" => (248, 8),
            "host_ia32_pat" => (256, 8),
            "host_ia32_efer" => (264, 8),
            "host_ia32_perf_global_ctrl" => (272, 8),
            "vmread_bitmap" => (280, 8),
            "vmwrite_bitmap" => (288, 8),
            "vm_function_control" => (296, 8),
            "eptp_list_address" => (304, 8),
            "pml_address" => (312, 8),
            "encls_exiting_bitmap" => (320, 8),
            "tsc_multiplier" => (328, 8),
            "cr0_guest_host_mask" => (344, 8),
            "cr4_guest_host_mask" => (352, 8),
            "cr0_read_shadow" => (360, 8),
            "cr4_read_shadow" => (368, 8),
            "exit_qualification" => (408, 8),
            "guest_linear_address" => (416, 8),
            "guest_cr0" => (424, 8),
            "guest_cr3" => (432, 8),
            "guest_cr4" => (440, 8),
            "guest_es_base" => (448, 8),
            "guest_cs_base" => (456, 8),
            "guest_ss_base" => (464, 8),
            "guest_ds_base" => (472, 8),
            "guest_fs_base" => (480, 8),
            "guest_gs_base" => (488, 8),
            "guest_ldtr_base" => (496, 8),
            "guest_tr_base" => (504, 8),
            "guest_gdtr_base" => (512, 8),
            "guest_idtr_base" => (520, 8),
            "guest_dr7" => (528, 8),
            "guest_rsp" => (536, 8),
            "guest_rip" => (544, 8),
            "guest_rflags" => (552, 8),
            "guest_pending_dbg_exceptions" => (560, 8),
            "guest_sysenter_esp" => (568, 8),
            "guest_sysenter_eip" => (576, 8),
            "host_cr0" => (584, 8),
            "host_cr3" => (592, 8),
            "host_cr4" => (600, 8),
            "host_fs_base" => (608, 8),
            "host_gs_base" => (616, 8),
            "host_tr_base" => (624, 8),
            "host_gdtr_base" => (632, 8),
            "host_idtr_base" => (640, 8),
            "host_ia32_sysenter_esp" => (648, 8),
            "host_ia32_sysenter_eip" => (656, 8),
            "host_rsp" => (664, 8),
            "host_rip" => (672, 8),
            "pin_based_vm_exec_control" => (744, 4),
            "cpu_based_vm_exec_control" => (748, 4),
            "exception_bitmap" => (752, 4),
            "page_fault_error_code_mask" => (756, 4),
            "page_fault_error_code_match" => (760, 4),
            "cr3_target_count" => (764, 4),
            "vm_exit_controls" => (768, 4),
            "vm_exit_msr_store_count" => (772, 4),
            "vm_exit_msr_load_count" => (776, 4),
            "vm_entry_controls" => (780, 4),
            "vm_entry_msr_load_count" => (784, 4),
            "vm_entry_intr_info_field" => (788, 4),
            "vm_entry_exception_error_code" => (792, 4),
            "vm_entry_instruction_len" => (796, 4),
            "tpr_threshold" => (800, 4),
            "secondary_vm_exec_control" => (804, 4),
            "vm_instruction_error" => (808, 4),
            "vm_exit_reason" => (812, 4),
            "vm_exit_intr_info" => (816, 4),
            "vm_exit_intr_error_code" => (820, 4),
            "idt_vectoring_info_field" => (824, 4),
            "idt_vectoring_error_code" => (828, 4),
            "vm_exit_instruction_len" => (832, 4),
            "vmx_instruction_info" => (836, 4),
            "guest_es_limit" => (840, 4),
            "guest_cs_limit" => (844, 4),
            "guest_ss_limit" => (848, 4),
            "guest_ds_limit" => (852, 4),
            "guest_fs_limit" => (856, 4),
            "guest_gs_limit" => (860, 4),
            "guest_ldtr_limit" => (864, 4),
            "guest_tr_limit" => (868, 4),
            "guest_gdtr_limit" => (872, 4),
            "guest_idtr_limit" => (876, 4),
            "guest_es_ar_bytes" => (880, 4),
            "guest_cs_ar_bytes" => (884, 4),
            "guest_ss_ar_bytes" => (888, 4),
            "guest_ds_ar_bytes" => (892, 4),
            "guest_fs_ar_bytes" => (896, 4),
            "guest_gs_ar_bytes" => (900, 4),
            "guest_ldtr_ar_bytes" => (904, 4),
            "guest_tr_ar_bytes" => (908, 4),
            "guest_interruptibility_info" => (912, 4),
            "guest_activity_state" => (916, 4),
            "guest_sysenter_cs" => (920, 4),
            "host_ia32_sysenter_cs" => (924, 4),
            "vmx_preemption_timer_value" => (928, 4),
            "virtual_processor_id" => (960, 2),
            "posted_intr_nv" => (962, 2),
            "guest_es_selector" => (964, 2),
            "guest_cs_selector" => (966, 2),
            "guest_ss_selector" => (968, 2),
            "guest_ds_selector" => (970, 2),
            "guest_fs_selector" => (972, 2),
            "guest_gs_selector" => (974, 2),
            "guest_ldtr_selector" => (976, 2),
            "guest_tr_selector" => (978, 2),
            "guest_intr_status" => (980, 2),
            "host_es_selector" => (982, 2),
            "host_cs_selector" => (984, 2),
            "host_ss_selector" => (986, 2),
            "host_ds_selector" => (988, 2),
            "host_fs_selector" => (990, 2),
            "host_gs_selector" => (992, 2),
            "host_tr_selector" => (994, 2),
            "guest_pml_index" => (996, 2),
            _ => return Err(FieldError::NoSuchMember),
        };
        let value = crate::fits(value, 8 * size as u32)?;
        crate::store(self.region_mut(), offset, size, value);
        Ok(())
    }

    /// Write every member of `value` into the region.
    pub fn store(&mut self, value: &KvmVmcs12V6_17) {
        self.set_hdr(value.hdr);
        self.set_abort(value.abort);
        self.set_launch_state(value.launch_state);
        crate::put(self.region_mut(), 12, value.padding);
        self.set_io_bitmap_a(value.io_bitmap_a);
        self.set_io_bitmap_b(value.io_bitmap_b);
        self.set_msr_bitmap(value.msr_bitmap);
        self.set_vm_exit_msr_store_addr(value.vm_exit_msr_store_addr);
        self.set_vm_exit_msr_load_addr(value.vm_exit_msr_load_addr);
        self.set_vm_entry_msr_load_addr(value.vm_entry_msr_load_addr);
        self.set_tsc_offset(value.tsc_offset);
        self.set_virtual_apic_page_addr(value.virtual_apic_page_addr);
        self.set_apic_access_addr(value.apic_access_addr);
        self.set_posted_intr_desc_addr(value.posted_intr_desc_addr);
        self.set_ept_pointer(value.ept_pointer);
        self.set_eoi_exit_bitmap0(value.eoi_exit_bitmap0);
        self.set_eoi_exit_bitmap1(value.eoi_exit_bitmap1);
        self.set_eoi_exit_bitmap2(value.eoi_exit_bitmap2);
        self.set_eoi_exit_bitmap3(value.eoi_exit_bitmap3);
        self.set_xss_exit_bitmap(value.xss_exit_bitmap);
        self.set_guest_physical_address(value.guest_physical_address);
        self.set_vmcs_link_pointer(value.vmcs_link_pointer);
        self.set_guest_ia32_debugctl(value.guest_ia32_debugctl);
        self.set_guest_ia32_pat(value.guest_ia32_pat);
        self.set_guest_ia32_efer(value.guest_ia32_efer);
        self.set_guest_ia32_perf_global_ctrl(value.guest_ia32_perf_global_ctrl);
        self.set_guest_pdptr0(value.guest_pdptr0);
        self.set_guest_pdptr1(value.guest_pdptr1);
        self.set_guest_pdptr2(value.guest_pdptr2);
        self.set_guest_pdptr3(value.guest_pdptr3);
        self.set_guest_bndcfgs(value.guest_bndcfgs);
        self.set_host_ia32_pat(value.host_ia32_pat);
        self.set_host_ia32_efer(value.host_ia32_efer);
        self.set_host_ia32_perf_global_ctrl(value.host_ia32_perf_global_ctrl);
        self.set_vmread_bitmap(value.vmread_bitmap);
        self.set_vmwrite_bitmap(value.vmwrite_bitmap);
        self.set_vm_function_control(value.vm_function_control);
        self.set_eptp_list_address(value.eptp_list_address);
        self.set_pml_address(value.pml_address);
        self.set_encls_exiting_bitmap(value.encls_exiting_bitmap);
        self.set_tsc_multiplier(value.tsc_multiplier);
        crate::put(self.region_mut(), 336, value.padding64);
        self.set_cr0_guest_host_mask(value.cr0_guest_host_mask);
        self.set_cr4_guest_host_mask(value.cr4_guest_host_mask);
        self.set_cr0_read_shadow(value.cr0_read_shadow);
        self.set_cr4_read_shadow(value.cr4_read_shadow);
        crate::put(self.region_mut(), 376, value.dead_space);
        self.set_exit_qualification(value.exit_qualification);
        self.set_guest_linear_address(value.guest_linear_address);
        self.set_guest_cr0(value.guest_cr0);
        self.set_guest_cr3(value.guest_cr3);
        self.set_guest_cr4(value.guest_cr4);
        self.set_guest_es_base(value.guest_es_base);
        self.set_guest_cs_base(value.guest_cs_base);
        self.set_guest_ss_base(value.guest_ss_base);
        self.set_guest_ds_base(value.guest_ds_base);
        self.set_guest_fs_base(value.guest_fs_base);
        self.set_guest_gs_base(value.guest_gs_base);
        self.set_guest_ldtr_base(value.guest_ldtr_base);
        self.set_guest_tr_base(value.guest_tr_base);
        self.set_guest_gdtr_base(value.guest_gdtr_base);
        self.set_guest_idtr_base(value.guest_idtr_base);
        self.set_guest_dr7(value.guest_dr7);
        self.set_guest_rsp(value.guest_rsp);
        self.set_guest_rip(value.guest_rip);
        self.set_guest_rflags(value.guest_rflags);
        self.set_guest_pending_dbg_exceptions(value.guest_pending_dbg_exceptions);
        self.set_guest_sysenter_esp(value.guest_sysenter_esp);
        self.set_guest_sysenter_eip(value.guest_sysenter_eip);
        self.set_host_cr0(value.host_cr0);
        self.set_host_cr3(value.host_cr3);
        self.set_host_cr4(value.host_cr4);
        self.set_host_fs_base(value.host_fs_base);
        self.set_host_gs_base(value.host_gs_base);
        self.set_host_tr_base(value.host_tr_base);
        self.set_host_gdtr_base(value.host_gdtr_base);
        self.set_host_idtr_base(value.host_idtr_base);
        self.set_host_ia32_sysenter_esp(value.host_ia32_sysenter_esp);
        self.set_host_ia32_sysenter_eip(value.host_ia32_sysenter_eip);
        self.set_host_rsp(value.host_rsp);
        self.set_host_rip(value.host_rip);
        crate::put(self.region_mut(), 680, value.paddingl);
        self.set_pin_based_vm_exec_control(value.pin_based_vm_exec_control);
        self.set_cpu_based_vm_exec_control(value.cpu_based_vm_exec_control);
        self.set_exception_bitmap(value.exception_bitmap);
        self.set_page_fault_error_code_mask(value.page_fault_error_code_mask);
        self.set_page_fault_error_code_match(value.page_fault_error_code_match);
        self.set_cr3_target_count(value.cr3_target_count);
        self.set_vm_exit_controls(value.vm_exit_controls);
        self.set_vm_exit_msr_store_count(value.vm_exit_msr_store_count);
        self.set_vm_exit_msr_load_count(value.vm_exit_msr_load_count);
        self.set_vm_entry_controls(value.vm_entry_controls);
        self.set_vm_entry_msr_load_count(value.vm_entry_msr_load_count);
        self.set_vm_entry_intr_info_field(value.vm_entry_intr_info_field);
        self.set_vm_entry_exception_error_code(value.vm_entry_exception_error_code);
        self.set_vm_entry_instruction_len(value.vm_entry_instruction_len);
        self.set_tpr_threshold(value.tpr_threshold);
        self.set_secondary_vm_exec_control(value.secondary_vm_exec_control);
        self.set_vm_instruction_error(value.vm_instruction_error);
        self.set_vm_exit_reason(value.vm_exit_reason);
        self.set_vm_exit_intr_info(value.vm_exit_intr_info);
        self.set_vm_exit_intr_error_code(value.vm_exit_intr_error_code);
        self.set_idt_vectoring_info_field(value.idt_vectoring_info_field);
        self.set_idt_vectoring_error_code(value.idt_vectoring_error_code);
        self.set_vm_exit_instruction_len(value.vm_exit_instruction_len);
        self.set_vmx_instruction_info(value.vmx_instruction_info);
        self.set_guest_es_limit(value.guest_es_limit);
        self.set_guest_cs_limit(value.guest_cs_limit);
        self.set_guest_ss_limit(value.guest_ss_limit);
        self.set_guest_ds_limit(value.guest_ds_limit);
        self.set_guest_fs_limit(value.guest_fs_limit);
        self.set_guest_gs_limit(value.guest_gs_limit);
        self.set_guest_ldtr_limit(value.guest_ldtr_limit);
        self.set_guest_tr_limit(value.guest_tr_limit);
        self.set_guest_gdtr_limit(value.guest_gdtr_limit);
        self.set_guest_idtr_limit(value.guest_idtr_limit);
        self.set_guest_es_ar_bytes(value.guest_es_ar_bytes);
        self.set_guest_cs_ar_bytes(value.guest_cs_ar_bytes);
        self.set_guest_ss_ar_bytes(value.guest_ss_ar_bytes);
        self.set_guest_ds_ar_bytes(value.guest_ds_ar_bytes);
        self.set_guest_fs_ar_bytes(value.guest_fs_ar_bytes);
        self.set_guest_gs_ar_bytes(value.guest_gs_ar_bytes);
        self.set_guest_ldtr_ar_bytes(value.guest_ldtr_ar_bytes);
        self.set_guest_tr_ar_bytes(value.guest_tr_ar_bytes);
        self.set_guest_interruptibility_info(value.guest_interruptibility_info);
        self.set_guest_activity_state(value.guest_activity_state);
        self.set_guest_sysenter_cs(value.guest_sysenter_cs);
        self.set_host_ia32_sysenter_cs(value.host_ia32_sysenter_cs);
        self.set_vmx_preemption_timer_value(value.vmx_preemption_timer_value);
        crate::put(self.region_mut(), 932, value.padding32);
        self.set_virtual_processor_id(value.virtual_processor_id);
        self.set_posted_intr_nv(value.posted_intr_nv);
        self.set_guest_es_selector(value.guest_es_selector);
        self.set_guest_cs_selector(value.guest_cs_selector);
        self.set_guest_ss_selector(value.guest_ss_selector);
        self.set_guest_ds_selector(value.guest_ds_selector);
        self.set_guest_fs_selector(value.guest_fs_selector);
        self.set_guest_gs_selector(value.guest_gs_selector);
        self.set_guest_ldtr_selector(value.guest_ldtr_selector);
        self.set_guest_tr_selector(value.guest_tr_selector);
        self.set_guest_intr_status(value.guest_intr_status);
        self.set_host_es_selector(value.host_es_selector);
        self.set_host_cs_selector(value.host_cs_selector);
        self.set_host_ss_selector(value.host_ss_selector);
        self.set_host_ds_selector(value.host_ds_selector);
        self.set_host_fs_selector(value.host_fs_selector);
        self.set_host_gs_selector(value.host_gs_selector);
        self.set_host_tr_selector(value.host_tr_selector);
        self.set_guest_pml_index(value.guest_pml_index);
    }

    /// Set `hdr` (offset 0).
    pub fn set_hdr(&mut self, value: u32) {
        crate::put(self.region_mut(), 0, value.to_le_bytes());
    }

    /// Set `abort` (offset 4).
    pub fn set_abort(&mut self, value: u32) {
        crate::put(self.region_mut(), 4, value.to_le_bytes());
    }

    /// Set `launch_state` (offset 8).
    pub fn set_launch_state(&mut self, value: u32) {
        crate::put(self.region_mut(), 8, value.to_le_bytes());
    }

    /// Set IO_BITMAP_A (offset 40).
    pub fn set_io_bitmap_a(&mut self, value: u64) {
        crate::put(self.region_mut(), 40, value.to_le_bytes());
    }

    /// Set IO_BITMAP_B (offset 48).
    pub fn set_io_bitmap_b(&mut self, value: u64) {
        crate::put(self.region_mut(), 48, value.to_le_bytes());
    }

    /// Set MSR_BITMAP (offset 56).
    pub fn set_msr_bitmap(&mut self, value: u64) {
        crate::put(self.region_mut(), 56, value.to_le_bytes());
    }

    /// Set VM_EXIT_MSR_STORE_ADDR (offset 64).
    pub fn set_vm_exit_msr_store_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 64, value.to_le_bytes());
    }

    /// Set VM_EXIT_MSR_LOAD_ADDR (offset 72).
    pub fn set_vm_exit_msr_load_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 72, value.to_le_bytes());
    }

    /// Set VM_ENTRY_MSR_LOAD_ADDR (offset 80).
    pub fn set_vm_entry_msr_load_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 80, value.to_le_bytes());
    }

    /// Set TSC_OFFSET (offset 88).
    pub fn set_tsc_offset(&mut self, value: u64) {
        crate::put(self.region_mut(), 88, value.to_le_bytes());
    }

    /// Set VIRTUAL_APIC_PAGE_ADDR (offset 96).
    pub fn set_virtual_apic_page_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 96, value.to_le_bytes());
    }

    /// Set APIC_ACCESS_ADDR (offset 104).
    pub fn set_apic_access_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 104, value.to_le_bytes());
    }

    /// Set POSTED_INTR_DESC_ADDR (offset 112).
    pub fn set_posted_intr_desc_addr(&mut self, value: u64) {
        crate::put(self.region_mut(), 112, value.to_le_bytes());
    }

    /// Set EPT_POINTER (offset 120).
    pub fn set_ept_pointer(&mut self, value: u64) {
        crate::put(self.region_mut(), 120, value.to_le_bytes());
    }

    /// Set EOI_EXIT_BITMAP0 (offset 128).
    pub fn set_eoi_exit_bitmap0(&mut self, value: u64) {
        crate::put(self.region_mut(), 128, value.to_le_bytes());
    }

    /// Set EOI_EXIT_BITMAP1 (offset 136).
    pub fn set_eoi_exit_bitmap1(&mut self, value: u64) {
        crate::put(self.region_mut(), 136, value.to_le_bytes());
    }

    /// Set EOI_EXIT_BITMAP2 (offset 144).
    pub fn set_eoi_exit_bitmap2(&mut self, value: u64) {
        crate::put(self.region_mut(), 144, value.to_le_bytes());
    }

    /// Set EOI_EXIT_BITMAP3 (offset 152).
    pub fn set_eoi_exit_bitmap3(&mut self, value: u64) {
        crate::put(self.region_mut(), 152, value.to_le_bytes());
    }

    /// Set XSS_EXIT_BITMAP (offset 160).
    pub fn set_xss_exit_bitmap(&mut self, value: u64) {
        crate::put(self.region_mut(), 160, value.to_le_bytes());
    }

    /// Set GUEST_PHYSICAL_ADDRESS (offset 168).
    pub fn set_guest_physical_address(&mut self, value: u64) {
        crate::put(self.region_mut(), 168, value.to_le_bytes());
    }

    /// Set VMCS_LINK_POINTER (offset 176).
    pub fn set_vmcs_link_pointer(&mut self, value: u64) {
        crate::put(self.region_mut(), 176, value.to_le_bytes());
    }

    /// Set GUEST_IA32_DEBUGCTL (offset 184).
    pub fn set_guest_ia32_debugctl(&mut self, value: u64) {
        crate::put(self.region_mut(), 184, value.to_le_bytes());
    }

    /// Set GUEST_IA32_PAT (offset 192).
    pub fn set_guest_ia32_pat(&mut self, value: u64) {
        crate::put(self.region_mut(), 192, value.to_le_bytes());
    }

    /// Set GUEST_IA32_EFER (offset 200).
    pub fn set_guest_ia32_efer(&mut self, value: u64) {
        crate::put(self.region_mut(), 200, value.to_le_bytes());
    }

    /// Set GUEST_IA32_PERF_GLOBAL_CTRL (offset 208).
    pub fn set_guest_ia32_perf_global_ctrl(&mut self, value: u64) {
        crate::put(self.region_mut(), 208, value.to_le_bytes());
    }

    /// Set GUEST_PDPTR0 (offset 216).
    pub fn set_guest_pdptr0(&mut self, value: u64) {
        crate::put(self.region_mut(), 216, value.to_le_bytes());
    }

    /// Set GUEST_PDPTR1 (offset 224).
    pub fn set_guest_pdptr1(&mut self, value: u64) {
        crate::put(self.region_mut(), 224, value.to_le_bytes());
    }

    /// Set GUEST_PDPTR2 (offset 232).
    pub fn set_guest_pdptr2(&mut self, value: u64) {
        crate::put(self.region_mut(), 232, value.to_le_bytes());
    }

    /// Set GUEST_PDPTR3 (offset 240).
    pub fn set_guest_pdptr3(&mut self, value: u64) {
        crate::put(self.region_mut(), 240, value.to_le_bytes());
    }

    /// Set GUEST_BNDCFGS (offset 248).
    pub fn set_guest_bndcfgs(&mut self, value: u64) {
        crate::put(self.region_mut(), 248, value.to_le_bytes());
    }

    /// Set HOST_IA32_PAT (offset 256).
    pub fn set_host_ia32_pat(&mut self, value: u64) {
        crate::put(self.region_mut(), 256, value.to_le_bytes());
    }

    /// Set HOST_IA32_EFER (offset 264).
    pub fn set_host_ia32_efer(&mut self, value: u64) {
        crate::put(self.region_mut(), 264, value.to_le_bytes());
    }

    /// Set HOST_IA32_PERF_GLOBAL_CTRL (offset 272).
    pub fn set_host_ia32_perf_global_ctrl(&mut self, value: u64) {
        crate::put(self.region_mut(), 272, value.to_le_bytes());
    }

    /// Set VMREAD_BITMAP (offset 280).
    pub fn set_vmread_bitmap(&mut self, value: u64) {
        crate::put(self.region_mut(), 280, value.to_le_bytes());
    }

    /// Set VMWRITE_BITMAP (offset 288).
    pub fn set_vmwrite_bitmap(&mut self, value: u64) {
        crate::put(self.region_mut(), 288, value.to_le_bytes());
    }

    /// Set VM_FUNCTION_CONTROL (offset 296).
    pub fn set_vm_function_control(&mut self, value: u64) {
        crate::put(self.region_mut(), 296, value.to_le_bytes());
    }

    /// Set EPTP_LIST_ADDRESS (offset 304).
    pub fn set_eptp_list_address(&mut self, value: u64) {
        crate::put(self.region_mut(), 304, value.to_le_bytes());
    }

    /// Set PML_ADDRESS (offset 312).
    pub fn set_pml_address(&mut self, value: u64) {
        crate::put(self.region_mut(), 312, value.to_le_bytes());
    }

    /// Set ENCLS_EXITING_BITMAP (offset 320).
    pub fn set_encls_exiting_bitmap(&mut self, value: u64) {
        crate::put(self.region_mut(), 320, value.to_le_bytes());
    }

    /// Set TSC_MULTIPLIER (offset 328).
    pub fn set_tsc_multiplier(&mut self, value: u64) {
        crate::put(self.region_mut(), 328, value.to_le_bytes());
    }

    /// Set CR0_GUEST_HOST_MASK (offset 344).
    pub fn set_cr0_guest_host_mask(&mut self, value: u64) {
        crate::put(self.region_mut(), 344, value.to_le_bytes());
    }

    /// Set CR4_GUEST_HOST_MASK (offset 352).
    pub fn set_cr4_guest_host_mask(&mut self, value: u64) {
        crate::put(self.region_mut(), 352, value.to_le_bytes());
    }

    /// Set CR0_READ_SHADOW (offset 360).
    pub fn set_cr0_read_shadow(&mut self, value: u64) {
        crate::put(self.region_mut(), 360, value.to_le_bytes());
    }

    /// Set CR4_READ_SHADOW (offset 368).
    pub fn set_cr4_read_shadow(&mut self, value: u64) {
        crate::put(self.region_mut(), 368, value.to_le_bytes());
    }

    /// Set EXIT_QUALIFICATION (offset 408).
    pub fn set_exit_qualification(&mut self, value: u64) {
        crate::put(self.region_mut(), 408, value.to_le_bytes());
    }

    /// Set GUEST_LINEAR_ADDRESS (offset 416).
    pub fn set_guest_linear_address(&mut self, value: u64) {
        crate::put(self.region_mut(), 416, value.to_le_bytes());
    }

    /// Set GUEST_CR0 (offset 424).
    pub fn set_guest_cr0(&mut self, value: u64) {
        crate::put(self.region_mut(), 424, value.to_le_bytes());
    }

    /// Set GUEST_CR3 (offset 432).
    pub fn set_guest_cr3(&mut self, value: u64) {
        crate::put(self.region_mut(), 432, value.to_le_bytes());
    }

    /// Set GUEST_CR4 (offset 440).
    pub fn set_guest_cr4(&mut self, value: u64) {
        crate::put(self.region_mut(), 440, value.to_le_bytes());
    }

    /// Set GUEST_ES_BASE (offset 448).
    pub fn set_guest_es_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 448, value.to_le_bytes());
    }

    /// Set GUEST_CS_BASE (offset 456).
    pub fn set_guest_cs_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 456, value.to_le_bytes());
    }

    /// Set GUEST_SS_BASE (offset 464).
    pub fn set_guest_ss_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 464, value.to_le_bytes());
    }

    /// Set GUEST_DS_BASE (offset 472).
    pub fn set_guest_ds_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 472, value.to_le_bytes());
    }

    /// Set GUEST_FS_BASE (offset 480).
    pub fn set_guest_fs_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 480, value.to_le_bytes());
    }

    /// Set GUEST_GS_BASE (offset 488).
    pub fn set_guest_gs_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 488, value.to_le_bytes());
    }

    /// Set GUEST_LDTR_BASE (offset 496).
    pub fn set_guest_ldtr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 496, value.to_le_bytes());
    }

    /// Set GUEST_TR_BASE (offset 504).
    pub fn set_guest_tr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 504, value.to_le_bytes());
    }

    /// Set GUEST_GDTR_BASE (offset 512).
    pub fn set_guest_gdtr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 512, value.to_le_bytes());
    }

    /// Set GUEST_IDTR_BASE (offset 520).
    pub fn set_guest_idtr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 520, value.to_le_bytes());
    }

    /// Set GUEST_DR7 (offset 528).
    pub fn set_guest_dr7(&mut self, value: u64) {
        crate::put(self.region_mut(), 528, value.to_le_bytes());
    }

    /// Set GUEST_RSP (offset 536).
    pub fn set_guest_rsp(&mut self, value: u64) {
        crate::put(self.region_mut(), 536, value.to_le_bytes());
    }

    /// Set GUEST_RIP (offset 544).
    pub fn set_guest_rip(&mut self, value: u64) {
        crate::put(self.region_mut(), 544, value.to_le_bytes());
    }

    /// Set GUEST_RFLAGS (offset 552).
    pub fn set_guest_rflags(&mut self, value: u64) {
        crate::put(self.region_mut(), 552, value.to_le_bytes());
    }

    /// Set GUEST_PENDING_DBG_EXCEPTIONS (offset 560).
    pub fn set_guest_pending_dbg_exceptions(&mut self, value: u64) {
        crate::put(self.region_mut(), 560, value.to_le_bytes());
    }

    /// Set GUEST_SYSENTER_ESP (offset 568).
    pub fn set_guest_sysenter_esp(&mut self, value: u64) {
        crate::put(self.region_mut(), 568, value.to_le_bytes());
    }

    /// Set GUEST_SYSENTER_EIP (offset 576).
    pub fn set_guest_sysenter_eip(&mut self, value: u64) {
        crate::put(self.region_mut(), 576, value.to_le_bytes());
    }

    /// Set HOST_CR0 (offset 584).
    pub fn set_host_cr0(&mut self, value: u64) {
        crate::put(self.region_mut(), 584, value.to_le_bytes());
    }

    /// Set HOST_CR3 (offset 592).
    pub fn set_host_cr3(&mut self, value: u64) {
        crate::put(self.region_mut(), 592, value.to_le_bytes());
    }

    /// Set HOST_CR4 (offset 600).
    pub fn set_host_cr4(&mut self, value: u64) {
        crate::put(self.region_mut(), 600, value.to_le_bytes());
    }

    /// Set HOST_FS_BASE (offset 608).
    pub fn set_host_fs_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 608, value.to_le_bytes());
    }

    /// Set HOST_GS_BASE (offset 616).
    pub fn set_host_gs_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 616, value.to_le_bytes());
    }

    /// Set HOST_TR_BASE (offset 624).
    pub fn set_host_tr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 624, value.to_le_bytes());
    }

    /// Set HOST_GDTR_BASE (offset 632).
    pub fn set_host_gdtr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 632, value.to_le_bytes());
    }

    /// Set HOST_IDTR_BASE (offset 640).
    pub fn set_host_idtr_base(&mut self, value: u64) {
        crate::put(self.region_mut(), 640, value.to_le_bytes());
    }

    /// Set HOST_IA32_SYSENTER_ESP (offset 648).
    pub fn set_host_ia32_sysenter_esp(&mut self, value: u64) {
        crate::put(self.region_mut(), 648, value.to_le_bytes());
    }

    /// Set HOST_IA32_SYSENTER_EIP (offset 656).
    pub fn set_host_ia32_sysenter_eip(&mut self, value: u64) {
        crate::put(self.region_mut(), 656, value.to_le_bytes());
    }

    /// Set HOST_RSP (offset 664).
    pub fn set_host_rsp(&mut self, value: u64) {
        crate::put(self.region_mut(), 664, value.to_le_bytes());
    }

    /// Set HOST_RIP (offset 672).
    pub fn set_host_rip(&mut self, value: u64) {
        crate::put(self.region_mut(), 672, value.to_le_bytes());
    }

    /// Set PIN_BASED_VM_EXEC_CONTROL (offset 744).
    pub fn set_pin_based_vm_exec_control(&mut self, value: u32) {
        crate::put(self.region_mut(), 744, value.to_le_bytes());
    }

    /// Set CPU_BASED_VM_EXEC_CONTROL (offset 748).
    pub fn set_cpu_based_vm_exec_control(&mut self, value: u32) {
        crate::put(self.region_mut(), 748, value.to_le_bytes());
    }

    /// Set EXCEPTION_BITMAP (offset 752).
    pub fn set_exception_bitmap(&mut self, value: u32) {
        crate::put(self.region_mut(), 752, value.to_le_bytes());
    }

    /// Set PAGE_FAULT_ERROR_CODE_MASK (offset 756).
    pub fn set_page_fault_error_code_mask(&mut self, value: u32) {
        crate::put(self.region_mut(), 756, value.to_le_bytes());
    }

    /// Set PAGE_FAULT_ERROR_CODE_MATCH (offset 760).
    pub fn set_page_fault_error_code_match(&mut self, value: u32) {
        crate::put(self.region_mut(), 760, value.to_le_bytes());
    }

    /// Set CR3_TARGET_COUNT (offset 764).
    pub fn set_cr3_target_count(&mut self, value: u32) {
        crate::put(self.region_mut(), 764, value.to_le_bytes());
    }

    /// Set VM_EXIT_CONTROLS (offset 768).
    pub fn set_vm_exit_controls(&mut self, value: u32) {
        crate::put(self.region_mut(), 768, value.to_le_bytes());
    }

    /// Set VM_EXIT_MSR_STORE_COUNT (offset 772).
    pub fn set_vm_exit_msr_store_count(&mut self, value: u32) {
        crate::put(self.region_mut(), 772, value.to_le_bytes());
    }

    /// Set VM_EXIT_MSR_LOAD_COUNT (offset 776).
    pub fn set_vm_exit_msr_load_count(&mut self, value: u32) {
        crate::put(self.region_mut(), 776, value.to_le_bytes());
    }

    /// Set VM_ENTRY_CONTROLS (offset 780).
    pub fn set_vm_entry_controls(&mut self, value: u32) {
        crate::put(self.region_mut(), 780, value.to_le_bytes());
    }

    /// Set VM_ENTRY_MSR_LOAD_COUNT (offset 784).
    pub fn set_vm_entry_msr_load_count(&mut self, value: u32) {
        crate::put(self.region_mut(), 784, value.to_le_bytes());
    }

    /// Set VM_ENTRY_INTR_INFO_FIELD (offset 788).
    pub fn set_vm_entry_intr_info_field(&mut self, value: u32) {
        crate::put(self.region_mut(), 788, value.to_le_bytes());
    }

    /// Set VM_ENTRY_EXCEPTION_ERROR_CODE (offset 792).
    pub fn set_vm_entry_exception_error_code(&mut self, value: u32) {
        crate::put(self.region_mut(), 792, value.to_le_bytes());
    }

    /// Set VM_ENTRY_INSTRUCTION_LEN (offset 796).
    pub fn set_vm_entry_instruction_len(&mut self, value: u32) {
        crate::put(self.region_mut(), 796, value.to_le_bytes());
    }

    /// Set TPR_THRESHOLD (offset 800).
    pub fn set_tpr_threshold(&mut self, value: u32) {
        crate::put(self.region_mut(), 800, value.to_le_bytes());
    }

    /// Set SECONDARY_VM_EXEC_CONTROL (offset 804).
    pub fn set_secondary_vm_exec_control(&mut self, value: u32) {
        crate::put(self.region_mut(), 804, value.to_le_bytes());
    }

    /// Set VM_INSTRUCTION_ERROR (offset 808).
    pub fn set_vm_instruction_error(&mut self, value: u32) {
        crate::put(self.region_mut(), 808, value.to_le_bytes());
    }

    /// Set VM_EXIT_REASON (offset 812).
    pub fn set_vm_exit_reason(&mut self, value: u32) {
        crate::put(self.region_mut(), 812, value.to_le_bytes());
    }

    /// Set VM_EXIT_INTR_INFO (offset 816).
    pub fn set_vm_exit_intr_info(&mut self, value: u32) {
        crate::put(self.region_mut(), 816, value.to_le_bytes());
    }

    /// Set VM_EXIT_INTR_ERROR_CODE (offset 820).
    pub fn set_vm_exit_intr_error_code(&mut self, value: u32) {
        crate::put(self.region_mut(), 820, value.to_le_bytes());
    }

    /// Set IDT_VECTORING_INFO_FIELD (offset 824).
    pub fn set_idt_vectoring_info_field(&mut self, value: u32) {
        crate::put(self.region_mut(), 824, value.to_le_bytes());
    }

    /// Set IDT_VECTORING_ERROR_CODE (offset 828).
    pub fn set_idt_vectoring_error_code(&mut self, value: u32) {
        crate::put(self.region_mut(), 828, value.to_le_bytes());
    }

    /// Set VM_EXIT_INSTRUCTION_LEN (offset 832).
    pub fn set_vm_exit_instruction_len(&mut self, value: u32) {
        crate::put(self.region_mut(), 832, value.to_le_bytes());
    }

    /// Set VMX_INSTRUCTION_INFO (offset 836).
    pub fn set_vmx_instruction_info(&mut self, value: u32) {
        crate::put(self.region_mut(), 836, value.to_le_bytes());
    }

    /// Set GUEST_ES_LIMIT (offset 840).
    pub fn set_guest_es_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 840, value.to_le_bytes());
    }

    /// Set GUEST_CS_LIMIT (offset 844).
    pub fn set_guest_cs_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 844, value.to_le_bytes());
    }

    /// Set GUEST_SS_LIMIT (offset 848).
    pub fn set_guest_ss_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 848, value.to_le_bytes());
    }

    /// Set GUEST_DS_LIMIT (offset 852).
    pub fn set_guest_ds_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 852, value.to_le_bytes());
    }

    /// Set GUEST_FS_LIMIT (offset 856).
    pub fn set_guest_fs_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 856, value.to_le_bytes());
    }

    /// Set GUEST_GS_LIMIT (offset 860).
    pub fn set_guest_gs_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 860, value.to_le_bytes());
    }

    /// Set GUEST_LDTR_LIMIT (offset 864).
    pub fn set_guest_ldtr_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 864, value.to_le_bytes());
    }

    /// Set GUEST_TR_LIMIT (offset 868).
    pub fn set_guest_tr_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 868, value.to_le_bytes());
    }

    /// Set GUEST_GDTR_LIMIT (offset 872).
    pub fn set_guest_gdtr_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 872, value.to_le_bytes());
    }

    /// Set GUEST_IDTR_LIMIT (offset 876).
    pub fn set_guest_idtr_limit(&mut self, value: u32) {
        crate::put(self.region_mut(), 876, value.to_le_bytes());
    }

    /// Set GUEST_ES_AR_BYTES (offset 880).
    pub fn set_guest_es_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 880, value.to_le_bytes());
    }

    /// Set GUEST_CS_AR_BYTES (offset 884).
    pub fn set_guest_cs_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 884, value.to_le_bytes());
    }

    /// Set GUEST_SS_AR_BYTES (offset 888).
    pub fn set_guest_ss_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 888, value.to_le_bytes());
    }

    /// Set GUEST_DS_AR_BYTES (offset 892).
    pub fn set_guest_ds_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 892, value.to_le_bytes());
    }

    /// Set GUEST_FS_AR_BYTES (offset 896).
    pub fn set_guest_fs_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 896, value.to_le_bytes());
    }

    /// Set GUEST_GS_AR_BYTES (offset 900).
    pub fn set_guest_gs_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 900, value.to_le_bytes());
    }

    /// Set GUEST_LDTR_AR_BYTES (offset 904).
    pub fn set_guest_ldtr_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 904, value.to_le_bytes());
    }

    /// Set GUEST_TR_AR_BYTES (offset 908).
    pub fn set_guest_tr_ar_bytes(&mut self, value: u32) {
        crate::put(self.region_mut(), 908, value.to_le_bytes());
    }

    /// Set GUEST_INTERRUPTIBILITY_INFO (offset 912).
    pub fn set_guest_interruptibility_info(&mut self, value: u32) {
        crate::put(self.region_mut(), 912, value.to_le_bytes());
    }

    /// Set GUEST_ACTIVITY_STATE (offset 916).
    pub fn set_guest_activity_state(&mut self, value: u32) {
        crate::put(self.region_mut(), 916, value.to_le_bytes());
    }

    /// Set GUEST_SYSENTER_CS (offset 920).
    pub fn set_guest_sysenter_cs(&mut self, value: u32) {
        crate::put(self.region_mut(), 920, value.to_le_bytes());
    }

    /// Set HOST_IA32_SYSENTER_CS (offset 924).
    pub fn set_host_ia32_sysenter_cs(&mut self, value: u32) {
        crate::put(self.region_mut(), 924, value.to_le_bytes());
    }

    /// Set VMX_PREEMPTION_TIMER_VALUE (offset 928).
    pub fn set_vmx_preemption_timer_value(&mut self, value: u32) {
        crate::put(self.region_mut(), 928, value.to_le_bytes());
    }

    /// Set VIRTUAL_PROCESSOR_ID (offset 960).
    pub fn set_virtual_processor_id(&mut self, value: u16) {
        crate::put(self.region_mut(), 960, value.to_le_bytes());
    }

    /// Set POSTED_INTR_NV (offset 962).
    pub fn set_posted_intr_nv(&mut self, value: u16) {
        crate::put(self.region_mut(), 962, value.to_le_bytes());
    }

    /// Set GUEST_ES_SELECTOR (offset 964).
    pub fn set_guest_es_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 964, value.to_le_bytes());
    }

    /// Set GUEST_CS_SELECTOR (offset 966).
    pub fn set_guest_cs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 966, value.to_le_bytes());
    }

    /// Set GUEST_SS_SELECTOR (offset 968).
    pub fn set_guest_ss_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 968, value.to_le_bytes());
    }

    /// Set GUEST_DS_SELECTOR (offset 970).
    pub fn set_guest_ds_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 970, value.to_le_bytes());
    }

    /// Set GUEST_FS_SELECTOR (offset 972).
    pub fn set_guest_fs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 972, value.to_le_bytes());
    }

    /// Set GUEST_GS_SELECTOR (offset 974).
    pub fn set_guest_gs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 974, value.to_le_bytes());
    }

    /// Set GUEST_LDTR_SELECTOR (offset 976).
    pub fn set_guest_ldtr_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 976, value.to_le_bytes());
    }

    /// Set GUEST_TR_SELECTOR (offset 978).
    pub fn set_guest_tr_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 978, value.to_le_bytes());
    }

    /// Set GUEST_INTR_STATUS (offset 980).
    pub fn set_guest_intr_status(&mut self, value: u16) {
        crate::put(self.region_mut(), 980, value.to_le_bytes());
    }

    /// Set HOST_ES_SELECTOR (offset 982).
    pub fn set_host_es_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 982, value.to_le_bytes());
    }

    /// Set HOST_CS_SELECTOR (offset 984).
    pub fn set_host_cs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 984, value.to_le_bytes());
    }

    /// Set HOST_SS_SELECTOR (offset 986).
    pub fn set_host_ss_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 986, value.to_le_bytes());
    }

    /// Set HOST_DS_SELECTOR (offset 988).
    pub fn set_host_ds_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 988, value.to_le_bytes());
    }

    /// Set HOST_FS_SELECTOR (offset 990).
    pub fn set_host_fs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 990, value.to_le_bytes());
    }

    /// Set HOST_GS_SELECTOR (offset 992).
    pub fn set_host_gs_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 992, value.to_le_bytes());
    }

    /// Set HOST_TR_SELECTOR (offset 994).
    pub fn set_host_tr_selector(&mut self, value: u16) {
        crate::put(self.region_mut(), 994, value.to_le_bytes());
    }

    /// Set GUEST_PML_INDEX (offset 996).
    pub fn set_guest_pml_index(&mut self, value: u16) {
        crate::put(self.region_mut(), 996, value.to_le_bytes());
    }
}

/// The offset and size an encoding reaches, HIGH halves included.
const fn reach(encoding: u32) -> Option<(usize, usize)> {
    Some(match encoding {
        0x00000000 => (960, 2),
        0x00000002 => (962, 2),
        0x00000800 => (964, 2),
        0x00000802 => (966, 2),
        0x00000804 => (968, 2),
        0x00000806 => (970, 2),
        0x00000808 => (972, 2),
        0x0000080a => (974, 2),
        0x0000080c => (976, 2),
        0x0000080e => (978, 2),
        0x00000810 => (980, 2),
        0x00000812 => (996, 2),
        0x00000c00 => (982, 2),
        0x00000c02 => (984, 2),
        0x00000c04 => (986, 2),
        0x00000c06 => (988, 2),
        0x00000c08 => (990, 2),
        0x00000c0a => (992, 2),
        0x00000c0c => (994, 2),
        0x00002000 => (40, 8),
        0x00002001 => (44, 4),
        0x00002002 => (48, 8),
        0x00002003 => (52, 4),
        0x00002004 => (56, 8),
        0x00002005 => (60, 4),
        0x00002006 => (64, 8),
        0x00002007 => (68, 4),
        0x00002008 => (72, 8),
        0x00002009 => (76, 4),
        0x0000200a => (80, 8),
        0x0000200b => (84, 4),
        0x0000200e => (312, 8),
        0x0000200f => (316, 4),
        0x00002010 => (88, 8),
        0x00002011 => (92, 4),
        0x00002012 => (96, 8),
        0x00002013 => (100, 4),
        0x00002014 => (104, 8),
        0x00002015 => (108, 4),
        0x00002016 => (112, 8),
        0x00002017 => (116, 4),
        0x00002018 => (296, 8),
        0x00002019 => (300, 4),
        0x0000201a => (120, 8),
        0x0000201b => (124, 4),
        0x0000201c => (128, 8),
        0x0000201d => (132, 4),
        0x0000201e => (136, 8),
        0x0000201f => (140, 4),
        0x00002020 => (144, 8),
        0x00002021 => (148, 4),
        0x00002022 => (152, 8),
        0x00002023 => (156, 4),
        0x00002024 => (304, 8),
        0x00002025 => (308, 4),
        0x00002026 => (280, 8),
        0x00002027 => (284, 4),
        0x00002028 => (288, 8),
        0x00002029 => (292, 4),
        0x0000202c => (160, 8),
        0x0000202d => (164, 4),
        0x0000202e => (320, 8),
        0x0000202f => (324, 4),
        0x00002032 => (328, 8),
        0x00002033 => (332, 4),
        0x00002400 => (168, 8),
        0x00002401 => (172, 4),
        0x00002800 => (176, 8),
        0x00002801 => (180, 4),
        0x00002802 => (184, 8),
        0x00002803 => (188, 4),
        0x00002804 => (192, 8),
        0x00002805 => (196, 4),
        0x00002806 => (200, 8),
        0x00002807 => (204, 4),
        0x00002808 => (208, 8),
        0x00002809 => (212, 4),
        0x0000280a => (216, 8),
        0x0000280b => (220, 4),
        0x0000280c => (224, 8),
        0x0000280d => (228, 4),
        0x0000280e => (232, 8),
        0x0000280f => (236, 4),
        0x00002810 => (240, 8),
        0x00002811 => (244, 4),
        0x00002812 => (248, 8),
        0x00002813 => (252, 4),
        0x00002c00 => (256, 8),
        0x00002c01 => (260, 4),
        0x00002c02 => (264, 8),
        0x00002c03 => (268, 4),
        0x00002c04 => (272, 8),
        0x00002c05 => (276, 4),
        0x00004000 => (744, 4),
        0x00004002 => (748, 4),
        0x00004004 => (752, 4),
        0x00004006 => (756, 4),
        0x00004008 => (760, 4),
        0x0000400a => (764, 4),
        0x0000400c => (768, 4),
        0x0000400e => (772, 4),
        0x00004010 => (776, 4),
        0x00004012 => (780, 4),
        0x00004014 => (784, 4),
        0x00004016 => (788, 4),
        0x00004018 => (792, 4),
        0x0000401a => (796, 4),
        0x0000401c => (800, 4),
        0x0000401e => (804, 4),
        0x00004400 => (808, 4),
        0x00004402 => (812, 4),
        0x00004404 => (816, 4),
        0x00004406 => (820, 4),
        0x00004408 => (824, 4),
        0x0000440a => (828, 4),
        0x0000440c => (832, 4),
        0x0000440e => (836, 4),
        0x00004800 => (840, 4),
        0x00004802 => (844, 4),
        0x00004804 => (848, 4),
        0x00004806 => (852, 4),
        0x00004808 => (856, 4),
        0x0000480a => (860, 4),
        0x0000480c => (864, 4),
        0x0000480e => (868, 4),
        0x00004810 => (872, 4),
        0x00004812 => (876, 4),
        0x00004814 => (880, 4),
        0x00004816 => (884, 4),
        0x00004818 => (888, 4),
        0x0000481a => (892, 4),
        0x0000481c => (896, 4),
        0x0000481e => (900, 4),
        0x00004820 => (904, 4),
        0x00004822 => (908, 4),
        0x00004824 => (912, 4),
        0x00004826 => (916, 4),
        0x0000482a => (920, 4),
        0x0000482e => (928, 4),
        0x00004c00 => (924, 4),
        0x00006000 => (344, 8),
        0x00006002 => (352, 8),
        0x00006004 => (360, 8),
        0x00006006 => (368, 8),
        0x00006400 => (408, 8),
        0x0000640a => (416, 8),
        0x00006800 => (424, 8),
        0x00006802 => (432, 8),
        0x00006804 => (440, 8),
        0x00006806 => (448, 8),
        0x00006808 => (456, 8),
        0x0000680a => (464, 8),
        0x0000680c => (472, 8),
        0x0000680e => (480, 8),
        0x00006810 => (488, 8),
        0x00006812 => (496, 8),
        0x00006814 => (504, 8),
        0x00006816 => (512, 8),
        0x00006818 => (520, 8),
        0x0000681a => (528, 8),
        0x0000681c => (536, 8),
        0x0000681e => (544, 8),
        0x00006820 => (552, 8),
        0x00006822 => (560, 8),
        0x00006824 => (568, 8),
        0x00006826 => (576, 8),
        0x00006c00 => (584, 8),
        0x00006c02 => (592, 8),
        0x00006c04 => (600, 8),
        0x00006c06 => (608, 8),
        0x00006c08 => (616, 8),
        0x00006c0a => (624, 8),
        0x00006c0c => (632, 8),
        0x00006c0e => (640, 8),
        0x00006c10 => (648, 8),
        0x00006c12 => (656, 8),
        0x00006c14 => (664, 8),
        0x00006c16 => (672, 8),
        _ => return None,
    })
}

/// VMREAD of `region`: None unless it is exactly [`REGION_SIZE`] bytes and has the field.
pub fn read_field(region: &[u8], encoding: u32) -> Option<u64> {
    let view = KvmVmcs12V6_17View::new(region).ok()?;
    view.read(encoding).ok()
}

/// VMWRITE into `region`, which must be exactly [`REGION_SIZE`] bytes (else
/// [`FieldError::NoSuchEncoding`], as a region of another layout has no such field).
pub fn write_field(region: &mut [u8], encoding: u32, value: u64) -> Result<(), FieldError> {
    match KvmVmcs12V6_17View::new_mut(region) {
        Ok(mut view) => view.write(encoding, value),
        Err(_) => Err(FieldError::NoSuchEncoding(encoding)),
    }
}

/// A value member of `region` by name: None unless it is exactly [`REGION_SIZE`] bytes and
/// has the member.
pub fn member(region: &[u8], name: &str) -> Option<u64> {
    let view = KvmVmcs12V6_17View::new(region).ok()?;
    view.get(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! offset_of {
        ($value:ident . $member:ident) => {
            core::ptr::addr_of!($value.$member) as usize - core::ptr::addr_of!($value) as usize
        };
    }

    #[test]
    fn every_member_is_at_its_offset_in_the_struct() {
        let value = KvmVmcs12V6_17View::new_region().to_struct();
        assert_eq!(offset_of!(value.hdr), offset::HDR);
        assert_eq!(offset_of!(value.abort), offset::ABORT);
        assert_eq!(offset_of!(value.launch_state), offset::LAUNCH_STATE);
        assert_eq!(offset_of!(value.padding), offset::PADDING);
        assert_eq!(offset_of!(value.io_bitmap_a), offset::IO_BITMAP_A);
        assert_eq!(offset_of!(value.io_bitmap_b), offset::IO_BITMAP_B);
        assert_eq!(offset_of!(value.msr_bitmap), offset::MSR_BITMAP);
        assert_eq!(
            offset_of!(value.vm_exit_msr_store_addr),
            offset::VM_EXIT_MSR_STORE_ADDR
        );
        assert_eq!(
            offset_of!(value.vm_exit_msr_load_addr),
            offset::VM_EXIT_MSR_LOAD_ADDR
        );
        assert_eq!(
            offset_of!(value.vm_entry_msr_load_addr),
            offset::VM_ENTRY_MSR_LOAD_ADDR
        );
        assert_eq!(offset_of!(value.tsc_offset), offset::TSC_OFFSET);
        assert_eq!(
            offset_of!(value.virtual_apic_page_addr),
            offset::VIRTUAL_APIC_PAGE_ADDR
        );
        assert_eq!(offset_of!(value.apic_access_addr), offset::APIC_ACCESS_ADDR);
        assert_eq!(
            offset_of!(value.posted_intr_desc_addr),
            offset::POSTED_INTR_DESC_ADDR
        );
        assert_eq!(offset_of!(value.ept_pointer), offset::EPT_POINTER);
        assert_eq!(offset_of!(value.eoi_exit_bitmap0), offset::EOI_EXIT_BITMAP0);
        assert_eq!(offset_of!(value.eoi_exit_bitmap1), offset::EOI_EXIT_BITMAP1);
        assert_eq!(offset_of!(value.eoi_exit_bitmap2), offset::EOI_EXIT_BITMAP2);
        assert_eq!(offset_of!(value.eoi_exit_bitmap3), offset::EOI_EXIT_BITMAP3);
        assert_eq!(offset_of!(value.xss_exit_bitmap), offset::XSS_EXIT_BITMAP);
        assert_eq!(
            offset_of!(value.guest_physical_address),
            offset::GUEST_PHYSICAL_ADDRESS
        );
        assert_eq!(
            offset_of!(value.vmcs_link_pointer),
            offset::VMCS_LINK_POINTER
        );
        assert_eq!(
            offset_of!(value.guest_ia32_debugctl),
            offset::GUEST_IA32_DEBUGCTL
        );
        assert_eq!(offset_of!(value.guest_ia32_pat), offset::GUEST_IA32_PAT);
        assert_eq!(offset_of!(value.guest_ia32_efer), offset::GUEST_IA32_EFER);
        assert_eq!(
            offset_of!(value.guest_ia32_perf_global_ctrl),
            offset::GUEST_IA32_PERF_GLOBAL_CTRL
        );
        assert_eq!(offset_of!(value.guest_pdptr0), offset::GUEST_PDPTR0);
        assert_eq!(offset_of!(value.guest_pdptr1), offset::GUEST_PDPTR1);
        assert_eq!(offset_of!(value.guest_pdptr2), offset::GUEST_PDPTR2);
        assert_eq!(offset_of!(value.guest_pdptr3), offset::GUEST_PDPTR3);
        assert_eq!(offset_of!(value.guest_bndcfgs), offset::GUEST_BNDCFGS);
        assert_eq!(offset_of!(value.host_ia32_pat), offset::HOST_IA32_PAT);
        assert_eq!(offset_of!(value.host_ia32_efer), offset::HOST_IA32_EFER);
        assert_eq!(
            offset_of!(value.host_ia32_perf_global_ctrl),
            offset::HOST_IA32_PERF_GLOBAL_CTRL
        );
        assert_eq!(offset_of!(value.vmread_bitmap), offset::VMREAD_BITMAP);
        assert_eq!(offset_of!(value.vmwrite_bitmap), offset::VMWRITE_BITMAP);
        assert_eq!(
            offset_of!(value.vm_function_control),
            offset::VM_FUNCTION_CONTROL
        );
        assert_eq!(
            offset_of!(value.eptp_list_address),
            offset::EPTP_LIST_ADDRESS
        );
        assert_eq!(offset_of!(value.pml_address), offset::PML_ADDRESS);
        assert_eq!(
            offset_of!(value.encls_exiting_bitmap),
            offset::ENCLS_EXITING_BITMAP
        );
        assert_eq!(offset_of!(value.tsc_multiplier), offset::TSC_MULTIPLIER);
        assert_eq!(offset_of!(value.padding64), offset::PADDING64);
        assert_eq!(
            offset_of!(value.cr0_guest_host_mask),
            offset::CR0_GUEST_HOST_MASK
        );
        assert_eq!(
            offset_of!(value.cr4_guest_host_mask),
            offset::CR4_GUEST_HOST_MASK
        );
        assert_eq!(offset_of!(value.cr0_read_shadow), offset::CR0_READ_SHADOW);
        assert_eq!(offset_of!(value.cr4_read_shadow), offset::CR4_READ_SHADOW);
        assert_eq!(offset_of!(value.dead_space), offset::DEAD_SPACE);
        assert_eq!(
            offset_of!(value.exit_qualification),
            offset::EXIT_QUALIFICATION
        );
        assert_eq!(
            offset_of!(value.guest_linear_address),
            offset::GUEST_LINEAR_ADDRESS
        );
        assert_eq!(offset_of!(value.guest_cr0), offset::GUEST_CR0);
        assert_eq!(offset_of!(value.guest_cr3), offset::GUEST_CR3);
        assert_eq!(offset_of!(value.guest_cr4), offset::GUEST_CR4);
        assert_eq!(offset_of!(value.guest_es_base), offset::GUEST_ES_BASE);
        assert_eq!(offset_of!(value.guest_cs_base), offset::GUEST_CS_BASE);
        assert_eq!(offset_of!(value.guest_ss_base), offset::GUEST_SS_BASE);
        assert_eq!(offset_of!(value.guest_ds_base), offset::GUEST_DS_BASE);
        assert_eq!(offset_of!(value.guest_fs_base), offset::GUEST_FS_BASE);
        assert_eq!(offset_of!(value.guest_gs_base), offset::GUEST_GS_BASE);
        assert_eq!(offset_of!(value.guest_ldtr_base), offset::GUEST_LDTR_BASE);
        assert_eq!(offset_of!(value.guest_tr_base), offset::GUEST_TR_BASE);
        assert_eq!(offset_of!(value.guest_gdtr_base), offset::GUEST_GDTR_BASE);
        assert_eq!(offset_of!(value.guest_idtr_base), offset::GUEST_IDTR_BASE);
        assert_eq!(offset_of!(value.guest_dr7), offset::GUEST_DR7);
        assert_eq!(offset_of!(value.guest_rsp), offset::GUEST_RSP);
        assert_eq!(offset_of!(value.guest_rip), offset::GUEST_RIP);
        assert_eq!(offset_of!(value.guest_rflags), offset::GUEST_RFLAGS);
        assert_eq!(
            offset_of!(value.guest_pending_dbg_exceptions),
            offset::GUEST_PENDING_DBG_EXCEPTIONS
        );
        assert_eq!(
            offset_of!(value.guest_sysenter_esp),
            offset::GUEST_SYSENTER_ESP
        );
        assert_eq!(
            offset_of!(value.guest_sysenter_eip),
            offset::GUEST_SYSENTER_EIP
        );
        assert_eq!(offset_of!(value.host_cr0), offset::HOST_CR0);
        assert_eq!(offset_of!(value.host_cr3), offset::HOST_CR3);
        assert_eq!(offset_of!(value.host_cr4), offset::HOST_CR4);
        assert_eq!(offset_of!(value.host_fs_base), offset::HOST_FS_BASE);
        assert_eq!(offset_of!(value.host_gs_base), offset::HOST_GS_BASE);
        assert_eq!(offset_of!(value.host_tr_base), offset::HOST_TR_BASE);
        assert_eq!(offset_of!(value.host_gdtr_base), offset::HOST_GDTR_BASE);
        assert_eq!(offset_of!(value.host_idtr_base), offset::HOST_IDTR_BASE);
        assert_eq!(
            offset_of!(value.host_ia32_sysenter_esp),
            offset::HOST_IA32_SYSENTER_ESP
        );
        assert_eq!(
            offset_of!(value.host_ia32_sysenter_eip),
            offset::HOST_IA32_SYSENTER_EIP
        );
        assert_eq!(offset_of!(value.host_rsp), offset::HOST_RSP);
        assert_eq!(offset_of!(value.host_rip), offset::HOST_RIP);
        assert_eq!(offset_of!(value.paddingl), offset::PADDINGL);
        assert_eq!(
            offset_of!(value.pin_based_vm_exec_control),
            offset::PIN_BASED_VM_EXEC_CONTROL
        );
        assert_eq!(
            offset_of!(value.cpu_based_vm_exec_control),
            offset::CPU_BASED_VM_EXEC_CONTROL
        );
        assert_eq!(offset_of!(value.exception_bitmap), offset::EXCEPTION_BITMAP);
        assert_eq!(
            offset_of!(value.page_fault_error_code_mask),
            offset::PAGE_FAULT_ERROR_CODE_MASK
        );
        assert_eq!(
            offset_of!(value.page_fault_error_code_match),
            offset::PAGE_FAULT_ERROR_CODE_MATCH
        );
        assert_eq!(offset_of!(value.cr3_target_count), offset::CR3_TARGET_COUNT);
        assert_eq!(offset_of!(value.vm_exit_controls), offset::VM_EXIT_CONTROLS);
        assert_eq!(
            offset_of!(value.vm_exit_msr_store_count),
            offset::VM_EXIT_MSR_STORE_COUNT
        );
        assert_eq!(
            offset_of!(value.vm_exit_msr_load_count),
            offset::VM_EXIT_MSR_LOAD_COUNT
        );
        assert_eq!(
            offset_of!(value.vm_entry_controls),
            offset::VM_ENTRY_CONTROLS
        );
        assert_eq!(
            offset_of!(value.vm_entry_msr_load_count),
            offset::VM_ENTRY_MSR_LOAD_COUNT
        );
        assert_eq!(
            offset_of!(value.vm_entry_intr_info_field),
            offset::VM_ENTRY_INTR_INFO_FIELD
        );
        assert_eq!(
            offset_of!(value.vm_entry_exception_error_code),
            offset::VM_ENTRY_EXCEPTION_ERROR_CODE
        );
        assert_eq!(
            offset_of!(value.vm_entry_instruction_len),
            offset::VM_ENTRY_INSTRUCTION_LEN
        );
        assert_eq!(offset_of!(value.tpr_threshold), offset::TPR_THRESHOLD);
        assert_eq!(
            offset_of!(value.secondary_vm_exec_control),
            offset::SECONDARY_VM_EXEC_CONTROL
        );
        assert_eq!(
            offset_of!(value.vm_instruction_error),
            offset::VM_INSTRUCTION_ERROR
        );
        assert_eq!(offset_of!(value.vm_exit_reason), offset::VM_EXIT_REASON);
        assert_eq!(
            offset_of!(value.vm_exit_intr_info),
            offset::VM_EXIT_INTR_INFO
        );
        assert_eq!(
            offset_of!(value.vm_exit_intr_error_code),
            offset::VM_EXIT_INTR_ERROR_CODE
        );
        assert_eq!(
            offset_of!(value.idt_vectoring_info_field),
            offset::IDT_VECTORING_INFO_FIELD
        );
        assert_eq!(
            offset_of!(value.idt_vectoring_error_code),
            offset::IDT_VECTORING_ERROR_CODE
        );
        assert_eq!(
            offset_of!(value.vm_exit_instruction_len),
            offset::VM_EXIT_INSTRUCTION_LEN
        );
        assert_eq!(
            offset_of!(value.vmx_instruction_info),
            offset::VMX_INSTRUCTION_INFO
        );
        assert_eq!(offset_of!(value.guest_es_limit), offset::GUEST_ES_LIMIT);
        assert_eq!(offset_of!(value.guest_cs_limit), offset::GUEST_CS_LIMIT);
        assert_eq!(offset_of!(value.guest_ss_limit), offset::GUEST_SS_LIMIT);
        assert_eq!(offset_of!(value.guest_ds_limit), offset::GUEST_DS_LIMIT);
        assert_eq!(offset_of!(value.guest_fs_limit), offset::GUEST_FS_LIMIT);
        assert_eq!(offset_of!(value.guest_gs_limit), offset::GUEST_GS_LIMIT);
        assert_eq!(offset_of!(value.guest_ldtr_limit), offset::GUEST_LDTR_LIMIT);
        assert_eq!(offset_of!(value.guest_tr_limit), offset::GUEST_TR_LIMIT);
        assert_eq!(offset_of!(value.guest_gdtr_limit), offset::GUEST_GDTR_LIMIT);
        assert_eq!(offset_of!(value.guest_idtr_limit), offset::GUEST_IDTR_LIMIT);
        assert_eq!(
            offset_of!(value.guest_es_ar_bytes),
            offset::GUEST_ES_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_cs_ar_bytes),
            offset::GUEST_CS_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_ss_ar_bytes),
            offset::GUEST_SS_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_ds_ar_bytes),
            offset::GUEST_DS_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_fs_ar_bytes),
            offset::GUEST_FS_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_gs_ar_bytes),
            offset::GUEST_GS_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_ldtr_ar_bytes),
            offset::GUEST_LDTR_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_tr_ar_bytes),
            offset::GUEST_TR_AR_BYTES
        );
        assert_eq!(
            offset_of!(value.guest_interruptibility_info),
            offset::GUEST_INTERRUPTIBILITY_INFO
        );
        assert_eq!(
            offset_of!(value.guest_activity_state),
            offset::GUEST_ACTIVITY_STATE
        );
        assert_eq!(
            offset_of!(value.guest_sysenter_cs),
            offset::GUEST_SYSENTER_CS
        );
        assert_eq!(
            offset_of!(value.host_ia32_sysenter_cs),
            offset::HOST_IA32_SYSENTER_CS
        );
        assert_eq!(
            offset_of!(value.vmx_preemption_timer_value),
            offset::VMX_PREEMPTION_TIMER_VALUE
        );
        assert_eq!(offset_of!(value.padding32), offset::PADDING32);
        assert_eq!(
            offset_of!(value.virtual_processor_id),
            offset::VIRTUAL_PROCESSOR_ID
        );
        assert_eq!(offset_of!(value.posted_intr_nv), offset::POSTED_INTR_NV);
        assert_eq!(
            offset_of!(value.guest_es_selector),
            offset::GUEST_ES_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_cs_selector),
            offset::GUEST_CS_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_ss_selector),
            offset::GUEST_SS_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_ds_selector),
            offset::GUEST_DS_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_fs_selector),
            offset::GUEST_FS_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_gs_selector),
            offset::GUEST_GS_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_ldtr_selector),
            offset::GUEST_LDTR_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_tr_selector),
            offset::GUEST_TR_SELECTOR
        );
        assert_eq!(
            offset_of!(value.guest_intr_status),
            offset::GUEST_INTR_STATUS
        );
        assert_eq!(offset_of!(value.host_es_selector), offset::HOST_ES_SELECTOR);
        assert_eq!(offset_of!(value.host_cs_selector), offset::HOST_CS_SELECTOR);
        assert_eq!(offset_of!(value.host_ss_selector), offset::HOST_SS_SELECTOR);
        assert_eq!(offset_of!(value.host_ds_selector), offset::HOST_DS_SELECTOR);
        assert_eq!(offset_of!(value.host_fs_selector), offset::HOST_FS_SELECTOR);
        assert_eq!(offset_of!(value.host_gs_selector), offset::HOST_GS_SELECTOR);
        assert_eq!(offset_of!(value.host_tr_selector), offset::HOST_TR_SELECTOR);
        assert_eq!(offset_of!(value.guest_pml_index), offset::GUEST_PML_INDEX);
    }

    #[test]
    fn the_struct_round_trips_through_a_region() {
        let mut bytes = [0u8; REGION_SIZE];
        for (index, byte) in bytes[..STRUCT_SIZE].iter_mut().enumerate() {
            *byte = index as u8 ^ 0x5a;
        }
        let value = KvmVmcs12V6_17View::new(&bytes).unwrap().to_struct();
        let mut copy = [0u8; REGION_SIZE];
        let mut view = KvmVmcs12V6_17View::new_mut(&mut copy).unwrap();
        view.store(&value);
        assert_eq!(copy, bytes);
    }
}
