// SPDX-License-Identifier: GPL-2.0-only OR MIT
// Generated from specs/containers/kvm_nested_state.yaml, specs/fields.yaml
// by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate

//! KVM nested state (struct kvm_nested_state, VMX format): parse, build and validate a
//! `kvm_nested_state` blob.
//!
//! Source: Linux arch/x86/include/uapi/asm/kvm.h as mirrored in
//! tools/arch/x86/include/uapi/asm/kvm.h (torvalds/linux ce0478b02ed2); rules from
//! arch/x86/kvm/x86.c (KVM_SET_NESTED_STATE) and arch/x86/kvm/vmx/nested.c (vmx_set_nested_state,
//! vmx_get_nested_state), both at torvalds/linux 8ecb10bcbfa3; control bits from
//! arch/x86/include/asm/vmx.h (3c75e6a5da3c).
//!
//! A blob is the 128-byte header, then the regions its `size` member counts (128, 4224, 8320
//! bytes). `violations()` lists every rule a blob breaks, by the same ids as the Python and C
//! outputs; region fields are read through the region's layout (the `read_field` of its module).

use core::fmt;

/// The container's name.
pub const CONTAINER_NAME: &str = "kvm_nested_state";
/// The size of the header.
pub const HEADER_SIZE: usize = 128;
/// The sizes of a well-formed blob: the header alone, then one more region each.
pub const SHAPES: [usize; 3] = [128, 4224, 8320];
/// A constant of the container spec.
pub const INVALID_GPA: u64 = 0xffffffffffffffff;
/// A constant of the container spec.
pub const VMCS12_REVISION: u64 = 0x11e57ed0;
/// A constant of the container spec.
pub const PAGE_SIZE: u64 = 0x1000;
/// A constant of the container spec.
pub const CPU_BASED_ACTIVATE_SECONDARY_CONTROLS: u64 = 0x80000000;
/// A constant of the container spec.
pub const SECONDARY_EXEC_SHADOW_VMCS: u64 = 0x4000;
/// A constant of the container spec.
pub const PIN_BASED_VMX_PREEMPTION_TIMER: u64 = 0x40;
/// `flags` flag GUEST_MODE.
pub const FLAGS_GUEST_MODE: u16 = 0x1;
/// `flags` flag RUN_PENDING.
pub const FLAGS_RUN_PENDING: u16 = 0x2;
/// `flags` flag EVMCS.
pub const FLAGS_EVMCS: u16 = 0x4;
/// `flags` flag MTF_PENDING.
pub const FLAGS_MTF_PENDING: u16 = 0x8;
/// `flags` flag GIF_SET.
pub const FLAGS_GIF_SET: u16 = 0x100;
/// `format` value VMX.
pub const FORMAT_VMX: u16 = 0x0;
/// `format` value SVM.
pub const FORMAT_SVM: u16 = 0x1;
/// `smm_flags` flag GUEST_MODE.
pub const SMM_FLAGS_GUEST_MODE: u16 = 0x1;
/// `smm_flags` flag VMXON.
pub const SMM_FLAGS_VMXON: u16 = 0x2;
/// `vmx_flags` flag PREEMPTION_TIMER_DEADLINE.
pub const VMX_FLAGS_PREEMPTION_TIMER_DEADLINE: u32 = 0x1;

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The consumer refuses the blob (KVM_SET_NESTED_STATE returns -EINVAL).
    Set,
    /// The producer never writes this; the consumer would ignore the data silently.
    Get,
    /// The bytes do not hold what the size member says.
    File,
}

/// A rule of the container spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Its id, the same in the Python and C outputs.
    pub id: &'static str,
    /// Where it comes from.
    pub origin: Origin,
    /// What is wrong with a blob that breaks it.
    pub message: &'static str,
    /// The check it restates, in the source named by the spec.
    pub source: &'static str,
}

/// Every rule, in spec order.
pub const RULES: [Rule; 40] = [
    Rule {
        id: "blob-shorter-than-header",
        origin: Origin::File,
        message: "the blob is shorter than the 128-byte header",
        source: "sizeof(struct kvm_nested_state) is 128 (uapi kvm.h)",
    },
    Rule {
        id: "size-beyond-data",
        origin: Origin::File,
        message: "size counts more bytes than the blob holds",
        source: "KVM_SET_NESTED_STATE reads size bytes from the buffer",
    },
    Rule {
        id: "trailing-bytes",
        origin: Origin::File,
        message: "the blob holds bytes after the size it declares",
        source: "KVM_GET_NESTED_STATE returns size bytes; more are not nested state",
    },
    Rule {
        id: "size-below-header",
        origin: Origin::Set,
        message: "size is below sizeof(struct kvm_nested_state) (128)",
        source: "x86.c KVM_SET_NESTED_STATE, kvm_state.size < sizeof(kvm_state)",
    },
    Rule {
        id: "flags-unknown",
        origin: Origin::Set,
        message: "flags has bits outside GUEST_MODE, RUN_PENDING, EVMCS, MTF_PENDING, GIF_SET",
        source: "x86.c KVM_SET_NESTED_STATE, kvm_state.flags & ~(...)",
    },
    Rule {
        id: "run-pending-without-guest-mode",
        origin: Origin::Set,
        message: "RUN_PENDING is set without GUEST_MODE",
        source: "x86.c KVM_SET_NESTED_STATE, nested_run_pending implies guest_mode",
    },
    Rule {
        id: "format-not-vmx",
        origin: Origin::Set,
        message: "format is not KVM_STATE_NESTED_FORMAT_VMX",
        source: "vmx_set_nested_state, kvm_state->format != KVM_STATE_NESTED_FORMAT_VMX",
    },
    Rule {
        id: "smm-flags-without-vmxon",
        origin: Origin::Set,
        message: "smm.flags is set while vmxon_pa is -1 (not in VMX operation)",
        source: "vmx_set_nested_state, vmxon_pa == INVALID_GPA and smm.flags",
    },
    Rule {
        id: "vmcs12-pa-without-vmxon",
        origin: Origin::Set,
        message: "vmcs12_pa is set while vmxon_pa is -1",
        source: "vmx_set_nested_state, vmxon_pa == INVALID_GPA and vmcs12_pa != INVALID_GPA",
    },
    Rule {
        id: "flags-without-vmxon",
        origin: Origin::Set,
        message: "flags other than EVMCS are set while vmxon_pa is -1",
        source: "vmx_set_nested_state, vmxon_pa == INVALID_GPA and flags & ~KVM_STATE_NESTED_EVMCS",
    },
    Rule {
        id: "vmxon-pa-misaligned",
        origin: Origin::Set,
        message: "vmxon_pa is not 4 KiB aligned",
        source: "vmx_set_nested_state, !page_address_valid(vcpu, vmxon_pa)",
    },
    Rule {
        id: "vmxon-pa-beyond-physical",
        origin: Origin::Set,
        message: "vmxon_pa has bits at or above bit 52, beyond any MAXPHYADDR",
        source: "vmx_set_nested_state, !page_address_valid(vcpu, vmxon_pa)",
    },
    Rule {
        id: "smm-guest-mode-with-guest-mode",
        origin: Origin::Set,
        message: "smm.flags GUEST_MODE and flags GUEST_MODE are both set",
        source: "vmx_set_nested_state, SMM_GUEST_MODE && GUEST_MODE",
    },
    Rule {
        id: "smm-flags-unknown",
        origin: Origin::Set,
        message: "smm.flags has bits outside GUEST_MODE and VMXON",
        source: "vmx_set_nested_state, smm.flags & ~(SMM_GUEST_MODE | SMM_VMXON)",
    },
    Rule {
        id: "vmx-flags-unknown",
        origin: Origin::Set,
        message: "hdr.vmx.flags has bits outside PREEMPTION_TIMER_DEADLINE",
        source: "vmx_set_nested_state, hdr.vmx.flags & ~KVM_STATE_VMX_PREEMPTION_TIMER_DEADLINE",
    },
    Rule {
        id: "smm-with-guest-entry",
        origin: Origin::Set,
        message: "smm.flags is set with GUEST_MODE or RUN_PENDING (refused in SMM and outside it)",
        source: "vmx_set_nested_state, is_smm(vcpu) ? flags & (GUEST_MODE | RUN_PENDING) : smm.flags",
    },
    Rule {
        id: "smm-guest-mode-without-smm-vmxon",
        origin: Origin::Set,
        message: "smm.flags GUEST_MODE is set without smm.flags VMXON",
        source: "vmx_set_nested_state, SMM_GUEST_MODE && !SMM_VMXON",
    },
    Rule {
        id: "guest-mode-without-vmcs12",
        origin: Origin::Set,
        message: "GUEST_MODE is set but the blob holds no vmcs12",
        source: "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with GUEST_MODE",
    },
    Rule {
        id: "evmcs-without-vmcs12",
        origin: Origin::Set,
        message: "EVMCS is set in VMX operation but the blob holds no vmcs12",
        source: "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with EVMCS",
    },
    Rule {
        id: "vmcs12-pa-without-vmcs12",
        origin: Origin::Set,
        message: "vmcs12_pa names a current VMCS but the blob holds no vmcs12",
        source: "vmx_set_nested_state, size < sizeof(*kvm_state) + sizeof(*vmcs12) with vmcs12_pa",
    },
    Rule {
        id: "vmcs12-pa-is-vmxon-pa",
        origin: Origin::Set,
        message: "vmcs12_pa is the VMXON region",
        source: "vmx_set_nested_state, vmcs12_pa == vmxon_pa",
    },
    Rule {
        id: "vmcs12-pa-misaligned",
        origin: Origin::Set,
        message: "vmcs12_pa is not 4 KiB aligned",
        source: "vmx_set_nested_state, !page_address_valid(vcpu, vmcs12_pa)",
    },
    Rule {
        id: "vmcs12-pa-beyond-physical",
        origin: Origin::Set,
        message: "vmcs12_pa has bits at or above bit 52, beyond any MAXPHYADDR",
        source: "vmx_set_nested_state, !page_address_valid(vcpu, vmcs12_pa)",
    },
    Rule {
        id: "vmcs12-without-pointer",
        origin: Origin::Set,
        message: "the blob holds a vmcs12 but neither vmcs12_pa nor EVMCS says where it lives",
        source: "vmx_set_nested_state, vmcs12_pa == INVALID_GPA without KVM_STATE_NESTED_EVMCS",
    },
    Rule {
        id: "vmcs12-revision",
        origin: Origin::Set,
        message: "the vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
        source: "vmx_set_nested_state, vmcs12->hdr.revision_id != VMCS12_REVISION",
    },
    Rule {
        id: "shadow-vmcs12-missing",
        origin: Origin::Set,
        message: "in guest mode with VMCS shadowing and a link pointer, but the blob holds no shadow vmcs12",
        source: "vmx_set_nested_state, size < sizeof(*kvm_state) + 2 * VMCS12_SIZE with nested_cpu_has_shadow_vmcs",
    },
    Rule {
        id: "shadow-vmcs12-revision",
        origin: Origin::Set,
        message: "the shadow vmcs12 revision id is not VMCS12_REVISION (0x11e57ed0)",
        source: "vmx_set_nested_state, shadow_vmcs12->hdr.revision_id != VMCS12_REVISION",
    },
    Rule {
        id: "shadow-vmcs12-without-shadow-bit",
        origin: Origin::Set,
        message: "the shadow vmcs12 does not carry the shadow-VMCS indicator",
        source: "vmx_set_nested_state, !shadow_vmcs12->hdr.shadow_vmcs",
    },
    Rule {
        id: "size-not-a-shape",
        origin: Origin::Get,
        message: "size is none of 128, 4224 and 8320, the sizes KVM_GET_NESTED_STATE writes",
        source: "vmx_get_nested_state, size = 128 (+ VMCS12_SIZE (+ VMCS12_SIZE))",
    },
    Rule {
        id: "vmcs12-without-vmxon",
        origin: Origin::Get,
        message: "the blob holds a vmcs12 but vmxon_pa is -1; it would be ignored",
        source: "vmx_get_nested_state adds vmcs12 only in VMX operation; vmx_set_nested_state returns before reading it",
    },
    Rule {
        id: "evmcs-without-vmxon",
        origin: Origin::Get,
        message: "EVMCS is set while vmxon_pa is -1 (tolerated by KVM_SET_NESTED_STATE, never written)",
        source: "vmx_get_nested_state sets KVM_STATE_NESTED_EVMCS only with a valid vmcs12",
    },
    Rule {
        id: "mtf-pending-without-guest-mode",
        origin: Origin::Get,
        message: "MTF_PENDING is set without GUEST_MODE; it would be ignored",
        source: "vmx_get_nested_state sets KVM_STATE_NESTED_MTF_PENDING only in guest mode",
    },
    Rule {
        id: "gif-set-in-vmx-format",
        origin: Origin::Get,
        message: "GIF_SET belongs to the SVM format; VMX ignores it",
        source: "only svm_get_nested_state sets KVM_STATE_NESTED_GIF_SET",
    },
    Rule {
        id: "shadow-vmcs12-outside-guest-mode",
        origin: Origin::Get,
        message: "the blob holds a shadow vmcs12 outside guest mode; it would be ignored",
        source: "vmx_get_nested_state adds the shadow vmcs12 only in guest mode",
    },
    Rule {
        id: "shadow-vmcs12-without-secondary-controls",
        origin: Origin::Get,
        message: "the blob holds a shadow vmcs12 but vmcs12 does not activate secondary controls",
        source: "vmx_get_nested_state adds the shadow vmcs12 only if nested_cpu_has_shadow_vmcs(vmcs12)",
    },
    Rule {
        id: "shadow-vmcs12-without-shadowing",
        origin: Origin::Get,
        message: "the blob holds a shadow vmcs12 but vmcs12 does not enable VMCS shadowing",
        source: "vmx_get_nested_state adds the shadow vmcs12 only if nested_cpu_has_shadow_vmcs(vmcs12)",
    },
    Rule {
        id: "shadow-vmcs12-without-link-pointer",
        origin: Origin::Get,
        message: "the blob holds a shadow vmcs12 but the vmcs12 link pointer is -1",
        source: "vmx_get_nested_state adds the shadow vmcs12 only if vmcs_link_pointer != INVALID_GPA",
    },
    Rule {
        id: "timer-deadline-without-guest-mode",
        origin: Origin::Get,
        message: "PREEMPTION_TIMER_DEADLINE is set without GUEST_MODE; it would be ignored",
        source: "vmx_get_nested_state sets KVM_STATE_VMX_PREEMPTION_TIMER_DEADLINE only in guest mode",
    },
    Rule {
        id: "timer-deadline-without-preemption-timer",
        origin: Origin::Get,
        message: "PREEMPTION_TIMER_DEADLINE is set but vmcs12 does not enable the VMX-preemption timer",
        source: "vmx_get_nested_state sets the deadline only if nested_cpu_has_preemption_timer(vmcs12)",
    },
    Rule {
        id: "timer-deadline-without-flag",
        origin: Origin::Get,
        message: "preemption_timer_deadline is non-zero without PREEMPTION_TIMER_DEADLINE; it would be ignored",
        source: "vmx_get_nested_state leaves the deadline 0 unless it sets the flag",
    },
];

/// The rules a blob breaks, as a set over [`RULES`].
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Violations(u64);

impl Violations {
    /// Whether the blob breaks no rule.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many rules the blob breaks.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the blob breaks the rule with this id.
    pub fn contains(self, id: &str) -> bool {
        self.iter().any(|rule| rule.id == id)
    }

    /// The broken rules, in spec order.
    pub fn iter(self) -> impl Iterator<Item = &'static Rule> {
        RULES
            .iter()
            .enumerate()
            .filter(move |(index, _)| self.0 >> index & 1 != 0)
            .map(|(_, rule)| rule)
    }

    fn insert(&mut self, index: usize) {
        self.0 |= 1 << index;
    }
}

impl fmt::Debug for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(|rule| rule.id))
            .finish()
    }
}

/// Every rule `blob` breaks. `read` reads a field of a region by encoding (VMREAD); a field
/// it does not have (None) reads as 0, its default.
pub fn violations<R: Fn(&[u8], u32) -> Option<u64>>(blob: &[u8], read: R) -> Violations {
    let mut broken = Violations::default();
    let length = blob.len() as u64;
    if blob.len() < HEADER_SIZE {
        if length < 0x80 {
            broken.insert(0);
        }
        return broken;
    }
    let declared = crate::load(blob, 4, 4);
    let h_size = crate::load(blob, 4, 4);
    let h_flags = crate::load(blob, 0, 2);
    let h_format = crate::load(blob, 2, 2);
    let h_vmxon_pa = crate::load(blob, 8, 8);
    let h_smm_flags = crate::load(blob, 24, 2);
    let h_vmcs12_pa = crate::load(blob, 16, 8);
    let h_vmx_flags = crate::load(blob, 28, 4);
    let vmcs12_present = u64::from(declared >= 4224);
    let shadow_vmcs12_present = u64::from(declared >= 8320);
    let h_preemption_timer_deadline = crate::load(blob, 32, 8);
    let vmcs12_revision = if declared >= 4224 && length >= 4224 {
        Some(crate::load(blob, 128, 4) & 0x7fffffff)
    } else {
        None
    };
    let vmcs12_cpu_based_vm_exec_control = if declared >= 4224 && length >= 4224 {
        Some(read(&blob[128..4224], 0x00004002).unwrap_or(0))
    } else {
        None
    };
    let vmcs12_secondary_vm_exec_control = if declared >= 4224 && length >= 4224 {
        Some(read(&blob[128..4224], 0x0000401e).unwrap_or(0))
    } else {
        None
    };
    let vmcs12_vmcs_link_pointer = if declared >= 4224 && length >= 4224 {
        Some(read(&blob[128..4224], 0x00002800).unwrap_or(0))
    } else {
        None
    };
    let shadow_vmcs12_revision = if declared >= 8320 && length >= 8320 {
        Some(crate::load(blob, 4224, 4) & 0x7fffffff)
    } else {
        None
    };
    let shadow_vmcs12_shadow = if declared >= 8320 && length >= 8320 {
        Some(crate::load(blob, 4224, 4) >> 31)
    } else {
        None
    };
    let vmcs12_pin_based_vm_exec_control = if declared >= 4224 && length >= 4224 {
        Some(read(&blob[128..4224], 0x00004000).unwrap_or(0))
    } else {
        None
    };
    if length < 0x80 {
        broken.insert(0);
    }
    if h_size > length {
        broken.insert(1);
    }
    if length > h_size {
        broken.insert(2);
    }
    if h_size < 0x80 {
        broken.insert(3);
    }
    if h_flags & !0x10f != 0 {
        broken.insert(4);
    }
    if h_flags & 0x2 != 0 && h_flags & 0x1 == 0 {
        broken.insert(5);
    }
    if h_format != 0x0 {
        broken.insert(6);
    }
    if h_vmxon_pa == 0xffffffffffffffff && h_smm_flags != 0x0 {
        broken.insert(7);
    }
    if h_vmxon_pa == 0xffffffffffffffff && h_vmcs12_pa != 0xffffffffffffffff {
        broken.insert(8);
    }
    if h_vmxon_pa == 0xffffffffffffffff && h_flags & !0x4 != 0 {
        broken.insert(9);
    }
    if h_vmxon_pa != 0xffffffffffffffff && h_vmxon_pa % 0x1000 != 0 {
        broken.insert(10);
    }
    if h_vmxon_pa != 0xffffffffffffffff && h_vmxon_pa >> 0x34 != 0 {
        broken.insert(11);
    }
    if h_smm_flags & 0x1 != 0 && h_flags & 0x1 != 0 {
        broken.insert(12);
    }
    if h_smm_flags & !0x3 != 0 {
        broken.insert(13);
    }
    if h_vmx_flags & !0x1 != 0 {
        broken.insert(14);
    }
    if h_smm_flags != 0x0 && h_flags & 0x3 != 0 {
        broken.insert(15);
    }
    if h_smm_flags & 0x1 != 0 && h_smm_flags & 0x2 == 0 {
        broken.insert(16);
    }
    if h_vmxon_pa != 0xffffffffffffffff && vmcs12_present == 0x0 && h_flags & 0x1 != 0 {
        broken.insert(17);
    }
    if h_vmxon_pa != 0xffffffffffffffff && vmcs12_present == 0x0 && h_flags & 0x4 != 0 {
        broken.insert(18);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && vmcs12_present == 0x0
        && h_vmcs12_pa != 0xffffffffffffffff
    {
        broken.insert(19);
    }
    if h_vmxon_pa != 0xffffffffffffffff && vmcs12_present == 0x1 && h_vmcs12_pa == h_vmxon_pa {
        broken.insert(20);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && vmcs12_present == 0x1
        && h_vmcs12_pa != 0xffffffffffffffff
        && h_vmcs12_pa % 0x1000 != 0
    {
        broken.insert(21);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && vmcs12_present == 0x1
        && h_vmcs12_pa != 0xffffffffffffffff
        && h_vmcs12_pa >> 0x34 != 0
    {
        broken.insert(22);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && vmcs12_present == 0x1
        && h_vmcs12_pa == 0xffffffffffffffff
        && h_flags & 0x4 == 0
    {
        broken.insert(23);
    }
    if h_vmxon_pa != 0xffffffffffffffff && matches!(vmcs12_revision, Some(v) if v != 0x11e57ed0) {
        broken.insert(24);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && h_flags & 0x1 != 0
        && matches!(vmcs12_cpu_based_vm_exec_control, Some(v) if v & 0x80000000 != 0)
        && matches!(vmcs12_secondary_vm_exec_control, Some(v) if v & 0x4000 != 0)
        && matches!(vmcs12_vmcs_link_pointer, Some(v) if v != 0xffffffffffffffff)
        && shadow_vmcs12_present == 0x0
    {
        broken.insert(25);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && h_flags & 0x1 != 0
        && matches!(vmcs12_cpu_based_vm_exec_control, Some(v) if v & 0x80000000 != 0)
        && matches!(vmcs12_secondary_vm_exec_control, Some(v) if v & 0x4000 != 0)
        && matches!(vmcs12_vmcs_link_pointer, Some(v) if v != 0xffffffffffffffff)
        && matches!(shadow_vmcs12_revision, Some(v) if v != 0x11e57ed0)
    {
        broken.insert(26);
    }
    if h_vmxon_pa != 0xffffffffffffffff
        && h_flags & 0x1 != 0
        && matches!(vmcs12_cpu_based_vm_exec_control, Some(v) if v & 0x80000000 != 0)
        && matches!(vmcs12_secondary_vm_exec_control, Some(v) if v & 0x4000 != 0)
        && matches!(vmcs12_vmcs_link_pointer, Some(v) if v != 0xffffffffffffffff)
        && matches!(shadow_vmcs12_shadow, Some(v) if v == 0x0)
    {
        broken.insert(27);
    }
    if !matches!(h_size, 0x80 | 0x1080 | 0x2080) {
        broken.insert(28);
    }
    if h_vmxon_pa == 0xffffffffffffffff && vmcs12_present == 0x1 {
        broken.insert(29);
    }
    if h_vmxon_pa == 0xffffffffffffffff && h_flags & 0x4 != 0 {
        broken.insert(30);
    }
    if h_flags & 0x8 != 0 && h_flags & 0x1 == 0 {
        broken.insert(31);
    }
    if h_format == 0x0 && h_flags & 0x100 != 0 {
        broken.insert(32);
    }
    if shadow_vmcs12_present == 0x1 && h_flags & 0x1 == 0 {
        broken.insert(33);
    }
    if shadow_vmcs12_present == 0x1
        && matches!(vmcs12_cpu_based_vm_exec_control, Some(v) if v & 0x80000000 == 0)
    {
        broken.insert(34);
    }
    if shadow_vmcs12_present == 0x1
        && matches!(vmcs12_secondary_vm_exec_control, Some(v) if v & 0x4000 == 0)
    {
        broken.insert(35);
    }
    if shadow_vmcs12_present == 0x1
        && matches!(vmcs12_vmcs_link_pointer, Some(v) if v == 0xffffffffffffffff)
    {
        broken.insert(36);
    }
    if h_vmx_flags & 0x1 != 0 && h_flags & 0x1 == 0 {
        broken.insert(37);
    }
    if h_vmx_flags & 0x1 != 0
        && matches!(vmcs12_pin_based_vm_exec_control, Some(v) if v & 0x40 == 0)
    {
        broken.insert(38);
    }
    if h_preemption_timer_deadline != 0x0 && h_vmx_flags & 0x1 == 0 {
        broken.insert(39);
    }
    broken
}

/// The header members of a blob to [`build`]; `size` None counts the bytes built.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// KVM_STATE_NESTED_* flags
    pub flags: u16,
    /// KVM_STATE_NESTED_FORMAT_*
    pub format: u16,
    /// bytes in the blob: 128, + 4096 with vmcs12, + 4096 with the shadow vmcs12
    pub size: Option<u32>,
    /// hdr.vmx.vmxon_pa: the VMXON region, all ones outside VMX operation
    pub vmxon_pa: u64,
    /// hdr.vmx.vmcs12_pa: the current VMCS, all ones if none
    pub vmcs12_pa: u64,
    /// hdr.vmx.smm.flags: KVM_STATE_NESTED_SMM_*
    pub smm_flags: u16,
    /// hdr.vmx.flags: KVM_STATE_VMX_*
    pub vmx_flags: u32,
    /// hdr.vmx.preemption_timer_deadline
    pub preemption_timer_deadline: u64,
}

/// Why [`build`] wrote nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildError {
    /// More regions than the container has slots.
    TooManyRegions,
    /// A region is not exactly its slot's size: the slot's index.
    RegionSize(usize),
    /// `out` is shorter than the blob.
    Output(crate::LengthError),
}

/// Write a blob into `out`: the header, then `regions` in slot order, each exactly its
/// slot's size. Returns the blob's length.
pub fn build(out: &mut [u8], regions: &[&[u8]], header: &Header) -> Result<usize, BuildError> {
    if regions.len() >= SHAPES.len() {
        return Err(BuildError::TooManyRegions);
    }
    let total = SHAPES[regions.len()];
    for (index, region) in regions.iter().enumerate() {
        if region.len() != SLOTS[index].1 {
            return Err(BuildError::RegionSize(index));
        }
    }
    if out.len() < total {
        return Err(BuildError::Output(crate::LengthError {
            expected: total,
            exact: false,
            found: out.len(),
        }));
    }
    out[..total].fill(0);
    for (index, region) in regions.iter().enumerate() {
        let (offset, size) = SLOTS[index];
        out[offset..offset + size].copy_from_slice(region);
    }
    crate::put(out, 0, header.flags.to_le_bytes());
    crate::put(out, 2, header.format.to_le_bytes());
    let size = header.size.unwrap_or(total as u32);
    crate::put(out, 4, size.to_le_bytes());
    crate::put(out, 8, header.vmxon_pa.to_le_bytes());
    crate::put(out, 16, header.vmcs12_pa.to_le_bytes());
    crate::put(out, 24, header.smm_flags.to_le_bytes());
    crate::put(out, 28, header.vmx_flags.to_le_bytes());
    crate::put(out, 32, header.preemption_timer_deadline.to_le_bytes());
    Ok(total)
}

/// The names of the header members that hold a value, in offset order.
pub const MEMBER_NAMES: [&str; 8] = [
    "flags",
    "format",
    "size",
    "vmxon_pa",
    "vmcs12_pa",
    "smm_flags",
    "vmx_flags",
    "preemption_timer_deadline",
];
/// The names of the region slots, in order.
pub const REGION_NAMES: [&str; 2] = ["vmcs12", "shadow_vmcs12"];

/// The offset and size of every region slot, in order.
const SLOTS: [(usize, usize); 2] = [(128, 4096), (4224, 4096)];

/// A `kvm_nested_state` blob viewed in place: header members, and each region when the
/// `size` member says it is held and the bytes hold it.
#[derive(Clone, Copy, Debug)]
pub struct KvmNestedState<B> {
    bytes: B,
}

impl<B: AsRef<[u8]>> KvmNestedState<B> {
    /// A view of `bytes`, which must hold at least the header.
    pub fn new(bytes: B) -> Result<Self, crate::LengthError> {
        let found = bytes.as_ref().len();
        if found < HEADER_SIZE {
            return Err(crate::LengthError {
                expected: HEADER_SIZE,
                exact: false,
                found,
            });
        }
        Ok(Self { bytes })
    }

    /// The blob's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.bytes.as_ref()
    }

    /// Every rule the blob breaks; `read` reads the fields of its regions.
    pub fn violations<R: Fn(&[u8], u32) -> Option<u64>>(&self, read: R) -> Violations {
        violations(self.bytes(), read)
    }

    /// A header member (not reserved bytes) by its name in the container spec.
    pub fn get(&self, name: &str) -> Option<u64> {
        Some(match name {
            "flags" => self.flags().into(),
            "format" => self.format().into(),
            "size" => self.size().into(),
            "vmxon_pa" => self.vmxon_pa(),
            "vmcs12_pa" => self.vmcs12_pa(),
            "smm_flags" => self.smm_flags().into(),
            "vmx_flags" => self.vmx_flags().into(),
            "preemption_timer_deadline" => self.preemption_timer_deadline(),
            _ => return None,
        })
    }

    /// The bytes of region `name`, or None when the blob does not hold it (or there is no
    /// such region).
    pub fn region(&self, name: &str) -> Option<&[u8]> {
        match name {
            "vmcs12" => self.vmcs12(),
            "shadow_vmcs12" => self.shadow_vmcs12(),
            _ => None,
        }
    }

    fn slot(&self, offset: usize, size: usize) -> Option<&[u8]> {
        let end = offset + size;
        let declared = crate::load(self.bytes(), 4, 4);
        if declared < end as u64 {
            return None;
        }
        self.bytes().get(offset..end)
    }

    /// data.vmx\[0\].vmcs12: 4096 bytes at offset 128, if held.
    pub fn vmcs12(&self) -> Option<&[u8]> {
        self.slot(128, 4096)
    }

    /// data.vmx\[0\].shadow_vmcs12: 4096 bytes at offset 4224, if held.
    pub fn shadow_vmcs12(&self) -> Option<&[u8]> {
        self.slot(4224, 4096)
    }

    /// KVM_STATE_NESTED_* flags (offset 0).
    pub fn flags(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.bytes(), 0))
    }

    /// KVM_STATE_NESTED_FORMAT_* (offset 2).
    pub fn format(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.bytes(), 2))
    }

    /// bytes in the blob: 128, + 4096 with vmcs12, + 4096 with the shadow vmcs12 (offset 4).
    pub fn size(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.bytes(), 4))
    }

    /// hdr.vmx.vmxon_pa: the VMXON region, all ones outside VMX operation (offset 8).
    pub fn vmxon_pa(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.bytes(), 8))
    }

    /// hdr.vmx.vmcs12_pa: the current VMCS, all ones if none (offset 16).
    pub fn vmcs12_pa(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.bytes(), 16))
    }

    /// hdr.vmx.smm.flags: KVM_STATE_NESTED_SMM_* (offset 24).
    pub fn smm_flags(&self) -> u16 {
        u16::from_le_bytes(crate::get(self.bytes(), 24))
    }

    /// hdr.vmx.flags: KVM_STATE_VMX_* (offset 28).
    pub fn vmx_flags(&self) -> u32 {
        u32::from_le_bytes(crate::get(self.bytes(), 28))
    }

    /// hdr.vmx.preemption_timer_deadline (offset 32).
    pub fn preemption_timer_deadline(&self) -> u64 {
        u64::from_le_bytes(crate::get(self.bytes(), 32))
    }
}

impl<B: AsRef<[u8]> + AsMut<[u8]>> KvmNestedState<B> {
    /// Set KVM_STATE_NESTED_* flags.
    pub fn set_flags(&mut self, value: u16) {
        crate::put(self.bytes.as_mut(), 0, value.to_le_bytes());
    }

    /// Set KVM_STATE_NESTED_FORMAT_*.
    pub fn set_format(&mut self, value: u16) {
        crate::put(self.bytes.as_mut(), 2, value.to_le_bytes());
    }

    /// Set bytes in the blob: 128, + 4096 with vmcs12, + 4096 with the shadow vmcs12.
    pub fn set_size(&mut self, value: u32) {
        crate::put(self.bytes.as_mut(), 4, value.to_le_bytes());
    }

    /// Set hdr.vmx.vmxon_pa: the VMXON region, all ones outside VMX operation.
    pub fn set_vmxon_pa(&mut self, value: u64) {
        crate::put(self.bytes.as_mut(), 8, value.to_le_bytes());
    }

    /// Set hdr.vmx.vmcs12_pa: the current VMCS, all ones if none.
    pub fn set_vmcs12_pa(&mut self, value: u64) {
        crate::put(self.bytes.as_mut(), 16, value.to_le_bytes());
    }

    /// Set hdr.vmx.smm.flags: KVM_STATE_NESTED_SMM_*.
    pub fn set_smm_flags(&mut self, value: u16) {
        crate::put(self.bytes.as_mut(), 24, value.to_le_bytes());
    }

    /// Set hdr.vmx.flags: KVM_STATE_VMX_*.
    pub fn set_vmx_flags(&mut self, value: u32) {
        crate::put(self.bytes.as_mut(), 28, value.to_le_bytes());
    }

    /// Set hdr.vmx.preemption_timer_deadline.
    pub fn set_preemption_timer_deadline(&mut self, value: u64) {
        crate::put(self.bytes.as_mut(), 32, value.to_le_bytes());
    }
}
