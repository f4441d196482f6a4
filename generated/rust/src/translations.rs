// SPDX-License-Identifier: GPL-2.0-only OR MIT
// Generated from specs/translations.yaml, specs/layouts/hv_evmcs_v1.yaml, specs/layouts/kvm_vmcs12.yaml, specs/layouts/kvm_vmcs12_evmcs_order.yaml, specs/layouts/kvm_vmcs12_v4_14.yaml, specs/layouts/kvm_vmcs12_v6_17.yaml
// by vmcsgen 0.1.0; do not edit. Regenerate with: vmcsgen generate

//! Translations between VMCS layouts, field by field, as straight-line copies at constant
//! offsets.
//!
//! Every translation checks its source first (its length and revision id) and its
//! destination's length, then every value the destination could not keep: if there is
//! one, it returns [`TranslationError::Blocked`] naming them all and writes nothing.
//! What a conversion drops by design (fields the destination retires with `discard`, data
//! only the source has) is reported by `<name>_discarded()`, by name.

use core::fmt;

/// The most values one translation can name (blockers, or what it discards): 23.
pub const CAPACITY: usize = 23;

/// A source value a translation names: one it would lose, or one it drops by design.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NamedValue {
    /// The source layout's member name.
    pub field: &'static str,
    /// The field's encoding, for a field.
    pub encoding: Option<u32>,
    /// The value in the source.
    pub value: u64,
    /// Why the destination does not keep it.
    pub reason: &'static str,
}

const NO_VALUE: NamedValue = NamedValue {
    field: "",
    encoding: None,
    value: 0,
    reason: "",
};

/// The values a translation names, in source order (at most [`CAPACITY`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueList {
    count: usize,
    items: [NamedValue; CAPACITY],
}

impl ValueList {
    const fn new() -> Self {
        Self {
            count: 0,
            items: [NO_VALUE; CAPACITY],
        }
    }

    fn push(&mut self, value: NamedValue) {
        self.items[self.count] = value;
        self.count += 1;
    }

    /// The values.
    pub fn values(&self) -> &[NamedValue] {
        &self.items[..self.count]
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// A translation refused: these source values would be lost. Nothing was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocked {
    /// The translation's name.
    pub translation: &'static str,
    /// What it would lose.
    pub lost: ValueList,
}

impl Blocked {
    /// The values that would be lost.
    pub fn values(&self) -> &[NamedValue] {
        self.lost.values()
    }
}

/// Why a translation wrote nothing.
// Blocked holds the values by value (no allocation in no_std); it is only ever returned.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationError {
    /// The source is shorter than a region of its layout.
    Source(crate::LengthError),
    /// The destination is shorter than a region of its layout.
    Destination(crate::LengthError),
    /// The source's revision id (bits 30:0, or all 32 bits for a layout without the
    /// shadow indicator) is not its layout's.
    Revision {
        /// What the source holds.
        found: u32,
        /// The layout's revision id.
        expected: u32,
    },
    /// The destination could not keep some values.
    Blocked(Blocked),
}

impl fmt::Display for TranslationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TranslationError::Source(err) => write!(f, "source region: {}", err),
            TranslationError::Destination(err) => write!(f, "destination region: {}", err),
            TranslationError::Revision { found, expected } => {
                write!(f, "revision id {:#x}, expected {:#x}", found, expected)
            }
            TranslationError::Blocked(blocked) => {
                write!(f, "{} would lose", blocked.translation)?;
                for value in blocked.values() {
                    write!(f, " {}={:#x}", value.field, value.value)?;
                }
                Ok(())
            }
        }
    }
}

/// A conversion, or a sync into an existing region.
pub type Translate = fn(&[u8], &mut [u8]) -> Result<(), TranslationError>;
/// A sync that skips the clean-field groups whose bits are all set in its last argument.
pub type TranslateDirty = fn(&[u8], &mut [u8], u32) -> Result<(), TranslationError>;
/// What a translation would lose, or what it drops by design.
pub type Report = fn(&[u8]) -> Result<ValueList, TranslationError>;

/// How a translation runs, for [`TRANSLATIONS`].
#[derive(Clone, Copy)]
pub enum Run {
    /// A conversion: the whole destination region is written.
    Convert(Translate),
    /// A sync: some fields of an existing destination region are written.
    Update(Translate),
    /// A sync that skips the clean-field groups whose bits are all set in its last argument.
    UpdateClean(TranslateDirty),
}

/// A declared translation.
#[derive(Clone, Copy)]
pub struct TranslationInfo {
    /// Its name: `<from>_to_<to>` or `<from>_sync_to_<to>`.
    pub name: &'static str,
    /// The source layout.
    pub source: &'static str,
    /// The destination layout.
    pub target: &'static str,
    /// The function.
    pub run: Run,
    /// The values the destination could not keep.
    pub blockers: Report,
    /// What the conversion drops by design, for one that drops anything.
    pub discarded: Option<Report>,
}

/// Every declared translation, in the order of the translations spec.
pub const TRANSLATIONS: [TranslationInfo; 10] = [
    TranslationInfo {
        name: "kvm_vmcs12_v4_14_to_kvm_vmcs12",
        source: "kvm_vmcs12_v4_14",
        target: "kvm_vmcs12",
        run: Run::Convert(kvm_vmcs12_v4_14_to_kvm_vmcs12),
        blockers: kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers,
        discarded: Some(kvm_vmcs12_v4_14_to_kvm_vmcs12_discarded),
    },
    TranslationInfo {
        name: "kvm_vmcs12_to_kvm_vmcs12_v4_14",
        source: "kvm_vmcs12",
        target: "kvm_vmcs12_v4_14",
        run: Run::Convert(kvm_vmcs12_to_kvm_vmcs12_v4_14),
        blockers: kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "kvm_vmcs12_v6_17_to_kvm_vmcs12",
        source: "kvm_vmcs12_v6_17",
        target: "kvm_vmcs12",
        run: Run::Convert(kvm_vmcs12_v6_17_to_kvm_vmcs12),
        blockers: kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "kvm_vmcs12_to_kvm_vmcs12_v6_17",
        source: "kvm_vmcs12",
        target: "kvm_vmcs12_v6_17",
        run: Run::Convert(kvm_vmcs12_to_kvm_vmcs12_v6_17),
        blockers: kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "kvm_vmcs12_to_kvm_vmcs12_evmcs_order",
        source: "kvm_vmcs12",
        target: "kvm_vmcs12_evmcs_order",
        run: Run::Convert(kvm_vmcs12_to_kvm_vmcs12_evmcs_order),
        blockers: kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "kvm_vmcs12_evmcs_order_to_kvm_vmcs12",
        source: "kvm_vmcs12_evmcs_order",
        target: "kvm_vmcs12",
        run: Run::Convert(kvm_vmcs12_evmcs_order_to_kvm_vmcs12),
        blockers: kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "hv_evmcs_v1_to_kvm_vmcs12",
        source: "hv_evmcs_v1",
        target: "kvm_vmcs12",
        run: Run::Convert(hv_evmcs_v1_to_kvm_vmcs12),
        blockers: hv_evmcs_v1_to_kvm_vmcs12_blockers,
        discarded: Some(hv_evmcs_v1_to_kvm_vmcs12_discarded),
    },
    TranslationInfo {
        name: "kvm_vmcs12_to_hv_evmcs_v1",
        source: "kvm_vmcs12",
        target: "hv_evmcs_v1",
        run: Run::Convert(kvm_vmcs12_to_hv_evmcs_v1),
        blockers: kvm_vmcs12_to_hv_evmcs_v1_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "hv_evmcs_v1_sync_to_kvm_vmcs12",
        source: "hv_evmcs_v1",
        target: "kvm_vmcs12",
        run: Run::UpdateClean(hv_evmcs_v1_sync_to_kvm_vmcs12),
        blockers: hv_evmcs_v1_sync_to_kvm_vmcs12_blockers,
        discarded: None,
    },
    TranslationInfo {
        name: "kvm_vmcs12_sync_to_hv_evmcs_v1",
        source: "kvm_vmcs12",
        target: "hv_evmcs_v1",
        run: Run::Update(kvm_vmcs12_sync_to_hv_evmcs_v1),
        blockers: kvm_vmcs12_sync_to_hv_evmcs_v1_blockers,
        discarded: None,
    },
];

fn source<const N: usize>(
    src: &[u8],
    revision: u32,
    mask: u32,
) -> Result<&[u8; N], TranslationError> {
    let s: &[u8; N] = crate::prefix(src).map_err(TranslationError::Source)?;
    let found = u32::from_le_bytes(crate::get(s, 0)) & mask;
    if found != revision {
        return Err(TranslationError::Revision {
            found,
            expected: revision,
        });
    }
    Ok(s)
}

fn destination<const N: usize>(dst: &mut [u8]) -> Result<&mut [u8; N], TranslationError> {
    crate::prefix_mut(dst).map_err(TranslationError::Destination)
}

// --- kvm_vmcs12_v4_14_to_kvm_vmcs12: Restore nested state saved by Linux 4.14 on a current kernel.

fn kvm_vmcs12_v4_14_to_kvm_vmcs12_lost(_s: &[u8; 4096]) -> ValueList {
    ValueList::new()
}

/// The values kvm_vmcs12 could not keep (0 fields checked).
pub fn kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0xffffffff)?;
    Ok(kvm_vmcs12_v4_14_to_kvm_vmcs12_lost(s))
}

/// The non-default values `kvm_vmcs12_v4_14_to_kvm_vmcs12()` drops by design (4 members checked).
pub fn kvm_vmcs12_v4_14_to_kvm_vmcs12_discarded(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0xffffffff)?;
    let mut dropped = ValueList::new();
    if crate::load(s, 400, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value0",
            encoding: Some(0x00006008),
            value: crate::load(s, 400, 8),
            reason: "current KVM has no CR3-target value fields; their former space is dead_space",
        });
    }
    if crate::load(s, 408, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value1",
            encoding: Some(0x0000600a),
            value: crate::load(s, 408, 8),
            reason: "current KVM has no CR3-target value fields; their former space is dead_space",
        });
    }
    if crate::load(s, 416, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value2",
            encoding: Some(0x0000600c),
            value: crate::load(s, 416, 8),
            reason: "current KVM has no CR3-target value fields; their former space is dead_space",
        });
    }
    if crate::load(s, 424, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value3",
            encoding: Some(0x0000600e),
            value: crate::load(s, 424, 8),
            reason: "current KVM has no CR3-target value fields; their former space is dead_space",
        });
    }
    Ok(dropped)
}

/// Convert the kvm_vmcs12_v4_14 region `src` into a new kvm_vmcs12 region in `dst` (14 copies of
/// coalesced runs; 10 fields new in kvm_vmcs12 get their defaults).
pub fn kvm_vmcs12_v4_14_to_kvm_vmcs12(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0xffffffff)?;
    let d = destination::<4096>(dst)?;
    d[4..12].copy_from_slice(&s[4..12]);
    d[12..40].fill(0);
    d[40..120].copy_from_slice(&s[40..120]);
    d[120..160].copy_from_slice(&s[128..168]);
    d[160..184].copy_from_slice(&s[176..200]);
    d[184..280].copy_from_slice(&s[208..304]);
    d[280..296].fill(0);
    d[296..304].copy_from_slice(&s[120..128]);
    d[304..312].copy_from_slice(&s[168..176]);
    d[312..320].copy_from_slice(&s[200..208]);
    d[320..344].fill(0);
    d[344..376].copy_from_slice(&s[368..400]);
    d[376..408].fill(0);
    d[408..680].copy_from_slice(&s[432..704]);
    d[680..744].fill(0);
    d[744..932].copy_from_slice(&s[768..956]);
    d[932..960].fill(0);
    d[960..982].copy_from_slice(&s[984..1006]);
    d[982..996].copy_from_slice(&s[1008..1022]);
    d[996..998].copy_from_slice(&s[1006..1008]);
    d[998..4096].fill(0);
    let header: u32 = 0x11e57ed0;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_to_kvm_vmcs12_v4_14: Migrate back to Linux 4.14; refused if a field 4.14 lacks is in use.

/// Whether kvm_vmcs12_v4_14 could not keep a value of the checked source `s`.
fn kvm_vmcs12_to_kvm_vmcs12_v4_14_refuses(s: &[u8; 4096]) -> bool {
    crate::load(s, 280, 8) != 0x0
        || crate::load(s, 288, 8) != 0x0
        || crate::load(s, 320, 8) != 0x0
        || crate::load(s, 328, 8) != 0x0
        || crate::load(s, 680, 8) != 0x0
        || crate::load(s, 688, 8) != 0x0
        || crate::load(s, 696, 8) != 0x0
        || crate::load(s, 704, 8) != 0x0
        || crate::load(s, 712, 8) != 0x0
        || crate::load(s, 720, 8) != 0x0
        || s[3] & 0x80 != 0
}

fn kvm_vmcs12_to_kvm_vmcs12_v4_14_lost(s: &[u8; 4096]) -> ValueList {
    let mut lost = ValueList::new();
    if crate::load(s, 280, 8) != 0x0 {
        lost.push(NamedValue {
            field: "vmread_bitmap",
            encoding: Some(0x00002026),
            value: crate::load(s, 280, 8),
            reason: "kvm_vmcs12_v4_14 has no VMREAD_BITMAP",
        });
    }
    if crate::load(s, 288, 8) != 0x0 {
        lost.push(NamedValue {
            field: "vmwrite_bitmap",
            encoding: Some(0x00002028),
            value: crate::load(s, 288, 8),
            reason: "kvm_vmcs12_v4_14 has no VMWRITE_BITMAP",
        });
    }
    if crate::load(s, 320, 8) != 0x0 {
        lost.push(NamedValue {
            field: "encls_exiting_bitmap",
            encoding: Some(0x0000202e),
            value: crate::load(s, 320, 8),
            reason: "kvm_vmcs12_v4_14 has no ENCLS_EXITING_BITMAP",
        });
    }
    if crate::load(s, 328, 8) != 0x0 {
        lost.push(NamedValue {
            field: "tsc_multiplier",
            encoding: Some(0x00002032),
            value: crate::load(s, 328, 8),
            reason: "kvm_vmcs12_v4_14 has no TSC_MULTIPLIER",
        });
    }
    if crate::load(s, 680, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_s_cet",
            encoding: Some(0x00006c18),
            value: crate::load(s, 680, 8),
            reason: "kvm_vmcs12_v4_14 has no HOST_S_CET",
        });
    }
    if crate::load(s, 688, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp",
            encoding: Some(0x00006c1a),
            value: crate::load(s, 688, 8),
            reason: "kvm_vmcs12_v4_14 has no HOST_SSP",
        });
    }
    if crate::load(s, 696, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp_tbl",
            encoding: Some(0x00006c1c),
            value: crate::load(s, 696, 8),
            reason: "kvm_vmcs12_v4_14 has no HOST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 704, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_s_cet",
            encoding: Some(0x00006828),
            value: crate::load(s, 704, 8),
            reason: "kvm_vmcs12_v4_14 has no GUEST_S_CET",
        });
    }
    if crate::load(s, 712, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp",
            encoding: Some(0x0000682a),
            value: crate::load(s, 712, 8),
            reason: "kvm_vmcs12_v4_14 has no GUEST_SSP",
        });
    }
    if crate::load(s, 720, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp_tbl",
            encoding: Some(0x0000682c),
            value: crate::load(s, 720, 8),
            reason: "kvm_vmcs12_v4_14 has no GUEST_INTR_SSP_TABLE",
        });
    }
    if s[3] & 0x80 != 0 {
        lost.push(NamedValue {
            field: "shadow_vmcs",
            encoding: None,
            value: 1,
            reason: "kvm_vmcs12_v4_14 has no shadow-VMCS indicator",
        });
    }
    lost
}

/// The values kvm_vmcs12_v4_14 could not keep (10 fields checked, and the shadow-VMCS indicator).
pub fn kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_to_kvm_vmcs12_v4_14_lost(s))
}

/// Convert the kvm_vmcs12 region `src` into a new kvm_vmcs12_v4_14 region in `dst` (14 copies of
/// coalesced runs; 4 fields new in kvm_vmcs12_v4_14 get their defaults).
pub fn kvm_vmcs12_to_kvm_vmcs12_v4_14(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    if kvm_vmcs12_to_kvm_vmcs12_v4_14_refuses(s) {
        return Err(TranslationError::Blocked(Blocked {
            translation: "kvm_vmcs12_to_kvm_vmcs12_v4_14",
            lost: kvm_vmcs12_to_kvm_vmcs12_v4_14_lost(s),
        }));
    }
    d[4..12].copy_from_slice(&s[4..12]);
    d[12..40].fill(0);
    d[40..120].copy_from_slice(&s[40..120]);
    d[120..128].copy_from_slice(&s[296..304]);
    d[128..168].copy_from_slice(&s[120..160]);
    d[168..176].copy_from_slice(&s[304..312]);
    d[176..200].copy_from_slice(&s[160..184]);
    d[200..208].copy_from_slice(&s[312..320]);
    d[208..304].copy_from_slice(&s[184..280]);
    d[304..368].fill(0);
    d[368..400].copy_from_slice(&s[344..376]);
    d[400..432].fill(0);
    d[432..704].copy_from_slice(&s[408..680]);
    d[704..768].fill(0);
    d[768..956].copy_from_slice(&s[744..932]);
    d[956..984].fill(0);
    d[984..1006].copy_from_slice(&s[960..982]);
    d[1006..1008].copy_from_slice(&s[996..998]);
    d[1008..1022].copy_from_slice(&s[982..996]);
    d[1022..4096].fill(0);
    let header: u32 = 0x11e57ed0;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_v6_17_to_kvm_vmcs12: Restore nested state saved by Linux 6.17 or older; the CET fields start at 0.

fn kvm_vmcs12_v6_17_to_kvm_vmcs12_lost(_s: &[u8; 4096]) -> ValueList {
    ValueList::new()
}

/// The values kvm_vmcs12 could not keep (0 fields checked).
pub fn kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_v6_17_to_kvm_vmcs12_lost(s))
}

/// Convert the kvm_vmcs12_v6_17 region `src` into a new kvm_vmcs12 region in `dst` (6 copies of
/// coalesced runs; 6 fields new in kvm_vmcs12 get their defaults).
pub fn kvm_vmcs12_v6_17_to_kvm_vmcs12(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    d[4..12].copy_from_slice(&s[4..12]);
    d[12..40].fill(0);
    d[40..336].copy_from_slice(&s[40..336]);
    d[336..344].fill(0);
    d[344..376].copy_from_slice(&s[344..376]);
    d[376..408].fill(0);
    d[408..680].copy_from_slice(&s[408..680]);
    d[680..744].fill(0);
    d[744..932].copy_from_slice(&s[744..932]);
    d[932..960].fill(0);
    d[960..998].copy_from_slice(&s[960..998]);
    d[998..4096].fill(0);
    let header = 0x11e57ed0 | u32::from(s[3] & 0x80) << 24;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_to_kvm_vmcs12_v6_17: Migrate to Linux 6.17 or older; refused while a CET field is in use.

/// Whether kvm_vmcs12_v6_17 could not keep a value of the checked source `s`.
fn kvm_vmcs12_to_kvm_vmcs12_v6_17_refuses(s: &[u8; 4096]) -> bool {
    crate::load(s, 680, 8) != 0x0
        || crate::load(s, 688, 8) != 0x0
        || crate::load(s, 696, 8) != 0x0
        || crate::load(s, 704, 8) != 0x0
        || crate::load(s, 712, 8) != 0x0
        || crate::load(s, 720, 8) != 0x0
}

fn kvm_vmcs12_to_kvm_vmcs12_v6_17_lost(s: &[u8; 4096]) -> ValueList {
    let mut lost = ValueList::new();
    if crate::load(s, 680, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_s_cet",
            encoding: Some(0x00006c18),
            value: crate::load(s, 680, 8),
            reason: "kvm_vmcs12_v6_17 has no HOST_S_CET",
        });
    }
    if crate::load(s, 688, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp",
            encoding: Some(0x00006c1a),
            value: crate::load(s, 688, 8),
            reason: "kvm_vmcs12_v6_17 has no HOST_SSP",
        });
    }
    if crate::load(s, 696, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp_tbl",
            encoding: Some(0x00006c1c),
            value: crate::load(s, 696, 8),
            reason: "kvm_vmcs12_v6_17 has no HOST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 704, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_s_cet",
            encoding: Some(0x00006828),
            value: crate::load(s, 704, 8),
            reason: "kvm_vmcs12_v6_17 has no GUEST_S_CET",
        });
    }
    if crate::load(s, 712, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp",
            encoding: Some(0x0000682a),
            value: crate::load(s, 712, 8),
            reason: "kvm_vmcs12_v6_17 has no GUEST_SSP",
        });
    }
    if crate::load(s, 720, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp_tbl",
            encoding: Some(0x0000682c),
            value: crate::load(s, 720, 8),
            reason: "kvm_vmcs12_v6_17 has no GUEST_INTR_SSP_TABLE",
        });
    }
    lost
}

/// The values kvm_vmcs12_v6_17 could not keep (6 fields checked).
pub fn kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_to_kvm_vmcs12_v6_17_lost(s))
}

/// Convert the kvm_vmcs12 region `src` into a new kvm_vmcs12_v6_17 region in `dst` (6 copies of
/// coalesced runs; 0 fields new in kvm_vmcs12_v6_17 get their defaults).
pub fn kvm_vmcs12_to_kvm_vmcs12_v6_17(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    if kvm_vmcs12_to_kvm_vmcs12_v6_17_refuses(s) {
        return Err(TranslationError::Blocked(Blocked {
            translation: "kvm_vmcs12_to_kvm_vmcs12_v6_17",
            lost: kvm_vmcs12_to_kvm_vmcs12_v6_17_lost(s),
        }));
    }
    d[4..12].copy_from_slice(&s[4..12]);
    d[12..40].fill(0);
    d[40..336].copy_from_slice(&s[40..336]);
    d[336..344].fill(0);
    d[344..376].copy_from_slice(&s[344..376]);
    d[376..408].fill(0);
    d[408..680].copy_from_slice(&s[408..680]);
    d[680..744].fill(0);
    d[744..932].copy_from_slice(&s[744..932]);
    d[932..960].fill(0);
    d[960..998].copy_from_slice(&s[960..998]);
    d[998..4096].fill(0);
    let header = 0x11e57ed0 | u32::from(s[3] & 0x80) << 24;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_to_kvm_vmcs12_evmcs_order: Adopt the enlightened-VMCS-ordered vmcs12 of the 2017 RFC.

/// Whether kvm_vmcs12_evmcs_order could not keep a value of the checked source `s`.
fn kvm_vmcs12_to_kvm_vmcs12_evmcs_order_refuses(s: &[u8; 4096]) -> bool {
    crate::load(s, 680, 8) != 0x0
        || crate::load(s, 688, 8) != 0x0
        || crate::load(s, 696, 8) != 0x0
        || crate::load(s, 704, 8) != 0x0
        || crate::load(s, 712, 8) != 0x0
        || crate::load(s, 720, 8) != 0x0
}

fn kvm_vmcs12_to_kvm_vmcs12_evmcs_order_lost(s: &[u8; 4096]) -> ValueList {
    let mut lost = ValueList::new();
    if crate::load(s, 680, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_s_cet",
            encoding: Some(0x00006c18),
            value: crate::load(s, 680, 8),
            reason: "kvm_vmcs12_evmcs_order has no HOST_S_CET",
        });
    }
    if crate::load(s, 688, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp",
            encoding: Some(0x00006c1a),
            value: crate::load(s, 688, 8),
            reason: "kvm_vmcs12_evmcs_order has no HOST_SSP",
        });
    }
    if crate::load(s, 696, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp_tbl",
            encoding: Some(0x00006c1c),
            value: crate::load(s, 696, 8),
            reason: "kvm_vmcs12_evmcs_order has no HOST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 704, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_s_cet",
            encoding: Some(0x00006828),
            value: crate::load(s, 704, 8),
            reason: "kvm_vmcs12_evmcs_order has no GUEST_S_CET",
        });
    }
    if crate::load(s, 712, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp",
            encoding: Some(0x0000682a),
            value: crate::load(s, 712, 8),
            reason: "kvm_vmcs12_evmcs_order has no GUEST_SSP",
        });
    }
    if crate::load(s, 720, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp_tbl",
            encoding: Some(0x0000682c),
            value: crate::load(s, 720, 8),
            reason: "kvm_vmcs12_evmcs_order has no GUEST_INTR_SSP_TABLE",
        });
    }
    lost
}

/// The values kvm_vmcs12_evmcs_order could not keep (6 fields checked).
pub fn kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(
    src: &[u8],
) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_to_kvm_vmcs12_evmcs_order_lost(s))
}

/// Convert the kvm_vmcs12 region `src` into a new kvm_vmcs12_evmcs_order region in `dst` (55 copies
/// of coalesced runs; 0 fields new in kvm_vmcs12_evmcs_order get their defaults).
pub fn kvm_vmcs12_to_kvm_vmcs12_evmcs_order(
    src: &[u8],
    dst: &mut [u8],
) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    if kvm_vmcs12_to_kvm_vmcs12_evmcs_order_refuses(s) {
        return Err(TranslationError::Blocked(Blocked {
            translation: "kvm_vmcs12_to_kvm_vmcs12_evmcs_order",
            lost: kvm_vmcs12_to_kvm_vmcs12_evmcs_order_lost(s),
        }));
    }
    d[4..8].copy_from_slice(&s[4..8]);
    d[8..22].copy_from_slice(&s[982..996]);
    d[22..24].fill(0);
    d[24..40].copy_from_slice(&s[256..272]);
    d[40..64].copy_from_slice(&s[584..608]);
    d[64..80].copy_from_slice(&s[648..664]);
    d[80..88].copy_from_slice(&s[672..680]);
    d[88..92].copy_from_slice(&s[924..928]);
    d[92..96].copy_from_slice(&s[744..748]);
    d[96..100].copy_from_slice(&s[768..772]);
    d[100..104].copy_from_slice(&s[804..808]);
    d[104..128].copy_from_slice(&s[40..64]);
    d[128..144].copy_from_slice(&s[964..980]);
    d[144..216].copy_from_slice(&s[840..912]);
    d[216..296].copy_from_slice(&s[448..528]);
    d[296..320].fill(0);
    d[320..344].copy_from_slice(&s[64..88]);
    d[344..376].fill(0);
    d[376..388].copy_from_slice(&s[756..768]);
    d[388..396].copy_from_slice(&s[772..780]);
    d[396..400].copy_from_slice(&s[784..788]);
    d[400..416].copy_from_slice(&s[88..104]);
    d[416..448].copy_from_slice(&s[176..208]);
    d[448..480].copy_from_slice(&s[216..248]);
    d[480..504].copy_from_slice(&s[560..584]);
    d[504..512].copy_from_slice(&s[916..924]);
    d[512..544].copy_from_slice(&s[344..376]);
    d[544..568].copy_from_slice(&s[424..448]);
    d[568..576].copy_from_slice(&s[528..536]);
    d[576..616].copy_from_slice(&s[608..648]);
    d[616..624].copy_from_slice(&s[664..672]);
    d[624..632].copy_from_slice(&s[120..128]);
    d[632..634].copy_from_slice(&s[960..962]);
    d[634..680].fill(0);
    d[680..688].copy_from_slice(&s[168..176]);
    d[688..720].copy_from_slice(&s[808..840]);
    d[720..728].copy_from_slice(&s[408..416]);
    d[728..760].fill(0);
    d[760..768].copy_from_slice(&s[416..424]);
    d[768..776].copy_from_slice(&s[536..544]);
    d[776..784].copy_from_slice(&s[552..560]);
    d[784..788].copy_from_slice(&s[912..916]);
    d[788..796].copy_from_slice(&s[748..756]);
    d[796..800].copy_from_slice(&s[780..784]);
    d[800..816].copy_from_slice(&s[788..804]);
    d[816..824].copy_from_slice(&s[544..552]);
    d[824..896].fill(0);
    d[896..904].copy_from_slice(&s[248..256]);
    d[904..912].copy_from_slice(&s[208..216]);
    d[912..960].fill(0);
    d[960..968].copy_from_slice(&s[160..168]);
    d[968..976].copy_from_slice(&s[320..328]);
    d[976..984].copy_from_slice(&s[272..280]);
    d[984..992].copy_from_slice(&s[328..336]);
    d[992..1024].fill(0);
    d[1024..1040].copy_from_slice(&s[104..120]);
    d[1040..1072].copy_from_slice(&s[128..160]);
    d[1072..1112].copy_from_slice(&s[280..320]);
    d[1112..1116].copy_from_slice(&s[8..12]);
    d[1116..1120].copy_from_slice(&s[928..932]);
    d[1120..1122].copy_from_slice(&s[962..964]);
    d[1122..1124].copy_from_slice(&s[980..982]);
    d[1124..1126].copy_from_slice(&s[996..998]);
    d[1126..4096].fill(0);
    let header = 0x11e57ed1 | u32::from(s[3] & 0x80) << 24;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_evmcs_order_to_kvm_vmcs12: Go back from the RFC layout to the upstream one.

fn kvm_vmcs12_evmcs_order_to_kvm_vmcs12_lost(_s: &[u8; 4096]) -> ValueList {
    ValueList::new()
}

/// The values kvm_vmcs12 could not keep (0 fields checked).
pub fn kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(
    src: &[u8],
) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed1, 0x7fffffff)?;
    Ok(kvm_vmcs12_evmcs_order_to_kvm_vmcs12_lost(s))
}

/// Convert the kvm_vmcs12_evmcs_order region `src` into a new kvm_vmcs12 region in `dst` (55 copies
/// of coalesced runs; 6 fields new in kvm_vmcs12 get their defaults).
pub fn kvm_vmcs12_evmcs_order_to_kvm_vmcs12(
    src: &[u8],
    dst: &mut [u8],
) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed1, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    d[4..8].copy_from_slice(&s[4..8]);
    d[8..12].copy_from_slice(&s[1112..1116]);
    d[12..40].fill(0);
    d[40..64].copy_from_slice(&s[104..128]);
    d[64..88].copy_from_slice(&s[320..344]);
    d[88..104].copy_from_slice(&s[400..416]);
    d[104..120].copy_from_slice(&s[1024..1040]);
    d[120..128].copy_from_slice(&s[624..632]);
    d[128..160].copy_from_slice(&s[1040..1072]);
    d[160..168].copy_from_slice(&s[960..968]);
    d[168..176].copy_from_slice(&s[680..688]);
    d[176..208].copy_from_slice(&s[416..448]);
    d[208..216].copy_from_slice(&s[904..912]);
    d[216..248].copy_from_slice(&s[448..480]);
    d[248..256].copy_from_slice(&s[896..904]);
    d[256..272].copy_from_slice(&s[24..40]);
    d[272..280].copy_from_slice(&s[976..984]);
    d[280..320].copy_from_slice(&s[1072..1112]);
    d[320..328].copy_from_slice(&s[968..976]);
    d[328..336].copy_from_slice(&s[984..992]);
    d[336..344].fill(0);
    d[344..376].copy_from_slice(&s[512..544]);
    d[376..408].fill(0);
    d[408..416].copy_from_slice(&s[720..728]);
    d[416..424].copy_from_slice(&s[760..768]);
    d[424..448].copy_from_slice(&s[544..568]);
    d[448..528].copy_from_slice(&s[216..296]);
    d[528..536].copy_from_slice(&s[568..576]);
    d[536..544].copy_from_slice(&s[768..776]);
    d[544..552].copy_from_slice(&s[816..824]);
    d[552..560].copy_from_slice(&s[776..784]);
    d[560..584].copy_from_slice(&s[480..504]);
    d[584..608].copy_from_slice(&s[40..64]);
    d[608..648].copy_from_slice(&s[576..616]);
    d[648..664].copy_from_slice(&s[64..80]);
    d[664..672].copy_from_slice(&s[616..624]);
    d[672..680].copy_from_slice(&s[80..88]);
    d[680..744].fill(0);
    d[744..748].copy_from_slice(&s[92..96]);
    d[748..756].copy_from_slice(&s[788..796]);
    d[756..768].copy_from_slice(&s[376..388]);
    d[768..772].copy_from_slice(&s[96..100]);
    d[772..780].copy_from_slice(&s[388..396]);
    d[780..784].copy_from_slice(&s[796..800]);
    d[784..788].copy_from_slice(&s[396..400]);
    d[788..804].copy_from_slice(&s[800..816]);
    d[804..808].copy_from_slice(&s[100..104]);
    d[808..840].copy_from_slice(&s[688..720]);
    d[840..912].copy_from_slice(&s[144..216]);
    d[912..916].copy_from_slice(&s[784..788]);
    d[916..924].copy_from_slice(&s[504..512]);
    d[924..928].copy_from_slice(&s[88..92]);
    d[928..932].copy_from_slice(&s[1116..1120]);
    d[932..960].fill(0);
    d[960..962].copy_from_slice(&s[632..634]);
    d[962..964].copy_from_slice(&s[1120..1122]);
    d[964..980].copy_from_slice(&s[128..144]);
    d[980..982].copy_from_slice(&s[1122..1124]);
    d[982..996].copy_from_slice(&s[8..22]);
    d[996..998].copy_from_slice(&s[1124..1126]);
    d[998..4096].fill(0);
    let header = 0x11e57ed0 | u32::from(s[3] & 0x80) << 24;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- hv_evmcs_v1_to_kvm_vmcs12: Convert a whole eVMCS image into a vmcs12 image.

fn hv_evmcs_v1_to_kvm_vmcs12_lost(_s: &[u8; 4096]) -> ValueList {
    ValueList::new()
}

/// The values kvm_vmcs12 could not keep (0 fields checked).
pub fn hv_evmcs_v1_to_kvm_vmcs12_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x00000001, 0xffffffff)?;
    Ok(hv_evmcs_v1_to_kvm_vmcs12_lost(s))
}

/// The non-default values `hv_evmcs_v1_to_kvm_vmcs12()` drops by design (21 members checked).
pub fn hv_evmcs_v1_to_kvm_vmcs12_discarded(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x00000001, 0xffffffff)?;
    let mut dropped = ValueList::new();
    if crate::load(s, 344, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value0",
            encoding: None,
            value: crate::load(s, 344, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 352, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value1",
            encoding: None,
            value: crate::load(s, 352, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 360, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value2",
            encoding: None,
            value: crate::load(s, 360, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 368, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "cr3_target_value3",
            encoding: None,
            value: crate::load(s, 368, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 728, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "exit_io_instruction_ecx",
            encoding: None,
            value: crate::load(s, 728, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 736, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "exit_io_instruction_esi",
            encoding: None,
            value: crate::load(s, 736, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 744, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "exit_io_instruction_edi",
            encoding: None,
            value: crate::load(s, 744, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 752, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "exit_io_instruction_eip",
            encoding: None,
            value: crate::load(s, 752, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 824, 4) != 0x0 {
        dropped.push(NamedValue {
            field: "hv_clean_fields",
            encoding: None,
            value: crate::load(s, 824, 4),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 832, 4) != 0x0 {
        dropped.push(NamedValue {
            field: "hv_synthetic_controls",
            encoding: None,
            value: crate::load(s, 832, 4),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 836, 4) != 0x0 {
        dropped.push(NamedValue {
            field: "hv_enlightenments_control",
            encoding: None,
            value: crate::load(s, 836, 4),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 840, 4) != 0x0 {
        dropped.push(NamedValue {
            field: "hv_vp_id",
            encoding: None,
            value: crate::load(s, 840, 4),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 848, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "hv_vm_id",
            encoding: None,
            value: crate::load(s, 848, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 856, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "partition_assist_page",
            encoding: None,
            value: crate::load(s, 856, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 912, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "guest_ia32_s_cet",
            encoding: None,
            value: crate::load(s, 912, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 920, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "guest_ssp",
            encoding: None,
            value: crate::load(s, 920, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 928, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "guest_ia32_int_ssp_table_addr",
            encoding: None,
            value: crate::load(s, 928, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 936, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "guest_ia32_lbr_ctl",
            encoding: None,
            value: crate::load(s, 936, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 992, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "host_ia32_s_cet",
            encoding: None,
            value: crate::load(s, 992, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 1000, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "host_ssp",
            encoding: None,
            value: crate::load(s, 1000, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    if crate::load(s, 1008, 8) != 0x0 {
        dropped.push(NamedValue {
            field: "host_ia32_int_ssp_table_addr",
            encoding: None,
            value: crate::load(s, 1008, 8),
            reason: "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
        });
    }
    Ok(dropped)
}

/// Convert the hv_evmcs_v1 region `src` into a new kvm_vmcs12 region in `dst` (47 copies of
/// coalesced runs; 22 fields new in kvm_vmcs12 get their defaults).
pub fn hv_evmcs_v1_to_kvm_vmcs12(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x00000001, 0xffffffff)?;
    let d = destination::<4096>(dst)?;
    d[4..8].copy_from_slice(&s[4..8]);
    d[8..40].fill(0);
    d[40..64].copy_from_slice(&s[104..128]);
    d[64..88].copy_from_slice(&s[320..344]);
    d[88..104].copy_from_slice(&s[400..416]);
    d[104..120].fill(0);
    d[120..128].copy_from_slice(&s[624..632]);
    d[128..160].fill(0);
    d[160..168].copy_from_slice(&s[960..968]);
    d[168..176].copy_from_slice(&s[680..688]);
    d[176..208].copy_from_slice(&s[416..448]);
    d[208..216].copy_from_slice(&s[904..912]);
    d[216..248].copy_from_slice(&s[448..480]);
    d[248..256].copy_from_slice(&s[896..904]);
    d[256..272].copy_from_slice(&s[24..40]);
    d[272..280].copy_from_slice(&s[976..984]);
    d[280..320].fill(0);
    d[320..328].copy_from_slice(&s[968..976]);
    d[328..336].copy_from_slice(&s[984..992]);
    d[336..344].fill(0);
    d[344..376].copy_from_slice(&s[512..544]);
    d[376..408].fill(0);
    d[408..416].copy_from_slice(&s[720..728]);
    d[416..424].copy_from_slice(&s[760..768]);
    d[424..448].copy_from_slice(&s[544..568]);
    d[448..528].copy_from_slice(&s[216..296]);
    d[528..536].copy_from_slice(&s[568..576]);
    d[536..544].copy_from_slice(&s[768..776]);
    d[544..552].copy_from_slice(&s[816..824]);
    d[552..560].copy_from_slice(&s[776..784]);
    d[560..584].copy_from_slice(&s[480..504]);
    d[584..608].copy_from_slice(&s[40..64]);
    d[608..648].copy_from_slice(&s[576..616]);
    d[648..664].copy_from_slice(&s[64..80]);
    d[664..672].copy_from_slice(&s[616..624]);
    d[672..680].copy_from_slice(&s[80..88]);
    d[680..744].fill(0);
    d[744..748].copy_from_slice(&s[92..96]);
    d[748..756].copy_from_slice(&s[788..796]);
    d[756..768].copy_from_slice(&s[376..388]);
    d[768..772].copy_from_slice(&s[96..100]);
    d[772..780].copy_from_slice(&s[388..396]);
    d[780..784].copy_from_slice(&s[796..800]);
    d[784..788].copy_from_slice(&s[396..400]);
    d[788..804].copy_from_slice(&s[800..816]);
    d[804..808].copy_from_slice(&s[100..104]);
    d[808..840].copy_from_slice(&s[688..720]);
    d[840..912].copy_from_slice(&s[144..216]);
    d[912..916].copy_from_slice(&s[784..788]);
    d[916..924].copy_from_slice(&s[504..512]);
    d[924..928].copy_from_slice(&s[88..92]);
    d[928..960].fill(0);
    d[960..962].copy_from_slice(&s[632..634]);
    d[962..964].fill(0);
    d[964..980].copy_from_slice(&s[128..144]);
    d[980..982].fill(0);
    d[982..996].copy_from_slice(&s[8..22]);
    d[996..4096].fill(0);
    let header: u32 = 0x11e57ed0;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_to_hv_evmcs_v1: Convert a whole vmcs12 image into an eVMCS image; refused for a field eVMCS lacks.

/// Whether hv_evmcs_v1 could not keep a value of the checked source `s`.
fn kvm_vmcs12_to_hv_evmcs_v1_refuses(s: &[u8; 4096]) -> bool {
    crate::load(s, 8, 4) != 0x0
        || crate::load(s, 104, 8) != 0x0
        || crate::load(s, 112, 8) != 0x0
        || crate::load(s, 128, 8) != 0x0
        || crate::load(s, 136, 8) != 0x0
        || crate::load(s, 144, 8) != 0x0
        || crate::load(s, 152, 8) != 0x0
        || crate::load(s, 280, 8) != 0x0
        || crate::load(s, 288, 8) != 0x0
        || crate::load(s, 296, 8) != 0x0
        || crate::load(s, 304, 8) != 0x0
        || crate::load(s, 312, 8) != 0x0
        || crate::load(s, 680, 8) != 0x0
        || crate::load(s, 688, 8) != 0x0
        || crate::load(s, 696, 8) != 0x0
        || crate::load(s, 704, 8) != 0x0
        || crate::load(s, 712, 8) != 0x0
        || crate::load(s, 720, 8) != 0x0
        || crate::load(s, 928, 4) != 0x0
        || crate::load(s, 962, 2) != 0x0
        || crate::load(s, 980, 2) != 0x0
        || crate::load(s, 996, 2) != 0x0
        || s[3] & 0x80 != 0
}

fn kvm_vmcs12_to_hv_evmcs_v1_lost(s: &[u8; 4096]) -> ValueList {
    let mut lost = ValueList::new();
    if crate::load(s, 8, 4) != 0x0 {
        lost.push(NamedValue {
            field: "launch_state",
            encoding: None,
            value: crate::load(s, 8, 4),
            reason: "hv_evmcs_v1 has no launch_state",
        });
    }
    if crate::load(s, 104, 8) != 0x0 {
        lost.push(NamedValue {
            field: "apic_access_addr",
            encoding: Some(0x00002014),
            value: crate::load(s, 104, 8),
            reason: "hv_evmcs_v1 has no APIC_ACCESS_ADDR",
        });
    }
    if crate::load(s, 112, 8) != 0x0 {
        lost.push(NamedValue {
            field: "posted_intr_desc_addr",
            encoding: Some(0x00002016),
            value: crate::load(s, 112, 8),
            reason: "hv_evmcs_v1 has no POSTED_INTR_DESC_ADDR",
        });
    }
    if crate::load(s, 128, 8) != 0x0 {
        lost.push(NamedValue {
            field: "eoi_exit_bitmap0",
            encoding: Some(0x0000201c),
            value: crate::load(s, 128, 8),
            reason: "hv_evmcs_v1 has no EOI_EXIT_BITMAP0",
        });
    }
    if crate::load(s, 136, 8) != 0x0 {
        lost.push(NamedValue {
            field: "eoi_exit_bitmap1",
            encoding: Some(0x0000201e),
            value: crate::load(s, 136, 8),
            reason: "hv_evmcs_v1 has no EOI_EXIT_BITMAP1",
        });
    }
    if crate::load(s, 144, 8) != 0x0 {
        lost.push(NamedValue {
            field: "eoi_exit_bitmap2",
            encoding: Some(0x00002020),
            value: crate::load(s, 144, 8),
            reason: "hv_evmcs_v1 has no EOI_EXIT_BITMAP2",
        });
    }
    if crate::load(s, 152, 8) != 0x0 {
        lost.push(NamedValue {
            field: "eoi_exit_bitmap3",
            encoding: Some(0x00002022),
            value: crate::load(s, 152, 8),
            reason: "hv_evmcs_v1 has no EOI_EXIT_BITMAP3",
        });
    }
    if crate::load(s, 280, 8) != 0x0 {
        lost.push(NamedValue {
            field: "vmread_bitmap",
            encoding: Some(0x00002026),
            value: crate::load(s, 280, 8),
            reason: "hv_evmcs_v1 has no VMREAD_BITMAP",
        });
    }
    if crate::load(s, 288, 8) != 0x0 {
        lost.push(NamedValue {
            field: "vmwrite_bitmap",
            encoding: Some(0x00002028),
            value: crate::load(s, 288, 8),
            reason: "hv_evmcs_v1 has no VMWRITE_BITMAP",
        });
    }
    if crate::load(s, 296, 8) != 0x0 {
        lost.push(NamedValue {
            field: "vm_function_control",
            encoding: Some(0x00002018),
            value: crate::load(s, 296, 8),
            reason: "hv_evmcs_v1 has no VM_FUNCTION_CONTROL",
        });
    }
    if crate::load(s, 304, 8) != 0x0 {
        lost.push(NamedValue {
            field: "eptp_list_address",
            encoding: Some(0x00002024),
            value: crate::load(s, 304, 8),
            reason: "hv_evmcs_v1 has no EPTP_LIST_ADDRESS",
        });
    }
    if crate::load(s, 312, 8) != 0x0 {
        lost.push(NamedValue {
            field: "pml_address",
            encoding: Some(0x0000200e),
            value: crate::load(s, 312, 8),
            reason: "hv_evmcs_v1 has no PML_ADDRESS",
        });
    }
    if crate::load(s, 680, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_s_cet",
            encoding: Some(0x00006c18),
            value: crate::load(s, 680, 8),
            reason: "hv_evmcs_v1 has no HOST_S_CET",
        });
    }
    if crate::load(s, 688, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp",
            encoding: Some(0x00006c1a),
            value: crate::load(s, 688, 8),
            reason: "hv_evmcs_v1 has no HOST_SSP",
        });
    }
    if crate::load(s, 696, 8) != 0x0 {
        lost.push(NamedValue {
            field: "host_ssp_tbl",
            encoding: Some(0x00006c1c),
            value: crate::load(s, 696, 8),
            reason: "hv_evmcs_v1 has no HOST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 704, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_s_cet",
            encoding: Some(0x00006828),
            value: crate::load(s, 704, 8),
            reason: "hv_evmcs_v1 has no GUEST_S_CET",
        });
    }
    if crate::load(s, 712, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp",
            encoding: Some(0x0000682a),
            value: crate::load(s, 712, 8),
            reason: "hv_evmcs_v1 has no GUEST_SSP",
        });
    }
    if crate::load(s, 720, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp_tbl",
            encoding: Some(0x0000682c),
            value: crate::load(s, 720, 8),
            reason: "hv_evmcs_v1 has no GUEST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 928, 4) != 0x0 {
        lost.push(NamedValue {
            field: "vmx_preemption_timer_value",
            encoding: Some(0x0000482e),
            value: crate::load(s, 928, 4),
            reason: "hv_evmcs_v1 has no VMX_PREEMPTION_TIMER_VALUE",
        });
    }
    if crate::load(s, 962, 2) != 0x0 {
        lost.push(NamedValue {
            field: "posted_intr_nv",
            encoding: Some(0x00000002),
            value: crate::load(s, 962, 2),
            reason: "hv_evmcs_v1 has no POSTED_INTR_NV",
        });
    }
    if crate::load(s, 980, 2) != 0x0 {
        lost.push(NamedValue {
            field: "guest_intr_status",
            encoding: Some(0x00000810),
            value: crate::load(s, 980, 2),
            reason: "hv_evmcs_v1 has no GUEST_INTR_STATUS",
        });
    }
    if crate::load(s, 996, 2) != 0x0 {
        lost.push(NamedValue {
            field: "guest_pml_index",
            encoding: Some(0x00000812),
            value: crate::load(s, 996, 2),
            reason: "hv_evmcs_v1 has no GUEST_PML_INDEX",
        });
    }
    if s[3] & 0x80 != 0 {
        lost.push(NamedValue {
            field: "shadow_vmcs",
            encoding: None,
            value: 1,
            reason: "hv_evmcs_v1 has no shadow-VMCS indicator",
        });
    }
    lost
}

/// The values hv_evmcs_v1 could not keep (22 fields checked, and the shadow-VMCS indicator).
pub fn kvm_vmcs12_to_hv_evmcs_v1_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_to_hv_evmcs_v1_lost(s))
}

/// Convert the kvm_vmcs12 region `src` into a new hv_evmcs_v1 region in `dst` (47 copies of
/// coalesced runs; 0 fields new in hv_evmcs_v1 get their defaults).
pub fn kvm_vmcs12_to_hv_evmcs_v1(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    if kvm_vmcs12_to_hv_evmcs_v1_refuses(s) {
        return Err(TranslationError::Blocked(Blocked {
            translation: "kvm_vmcs12_to_hv_evmcs_v1",
            lost: kvm_vmcs12_to_hv_evmcs_v1_lost(s),
        }));
    }
    d[4..8].copy_from_slice(&s[4..8]);
    d[8..22].copy_from_slice(&s[982..996]);
    d[22..24].fill(0);
    d[24..40].copy_from_slice(&s[256..272]);
    d[40..64].copy_from_slice(&s[584..608]);
    d[64..80].copy_from_slice(&s[648..664]);
    d[80..88].copy_from_slice(&s[672..680]);
    d[88..92].copy_from_slice(&s[924..928]);
    d[92..96].copy_from_slice(&s[744..748]);
    d[96..100].copy_from_slice(&s[768..772]);
    d[100..104].copy_from_slice(&s[804..808]);
    d[104..128].copy_from_slice(&s[40..64]);
    d[128..144].copy_from_slice(&s[964..980]);
    d[144..216].copy_from_slice(&s[840..912]);
    d[216..296].copy_from_slice(&s[448..528]);
    d[296..320].fill(0);
    d[320..344].copy_from_slice(&s[64..88]);
    d[344..376].fill(0);
    d[376..388].copy_from_slice(&s[756..768]);
    d[388..396].copy_from_slice(&s[772..780]);
    d[396..400].copy_from_slice(&s[784..788]);
    d[400..416].copy_from_slice(&s[88..104]);
    d[416..448].copy_from_slice(&s[176..208]);
    d[448..480].copy_from_slice(&s[216..248]);
    d[480..504].copy_from_slice(&s[560..584]);
    d[504..512].copy_from_slice(&s[916..924]);
    d[512..544].copy_from_slice(&s[344..376]);
    d[544..568].copy_from_slice(&s[424..448]);
    d[568..576].copy_from_slice(&s[528..536]);
    d[576..616].copy_from_slice(&s[608..648]);
    d[616..624].copy_from_slice(&s[664..672]);
    d[624..632].copy_from_slice(&s[120..128]);
    d[632..634].copy_from_slice(&s[960..962]);
    d[634..680].fill(0);
    d[680..688].copy_from_slice(&s[168..176]);
    d[688..720].copy_from_slice(&s[808..840]);
    d[720..728].copy_from_slice(&s[408..416]);
    d[728..760].fill(0);
    d[760..768].copy_from_slice(&s[416..424]);
    d[768..776].copy_from_slice(&s[536..544]);
    d[776..784].copy_from_slice(&s[552..560]);
    d[784..788].copy_from_slice(&s[912..916]);
    d[788..796].copy_from_slice(&s[748..756]);
    d[796..800].copy_from_slice(&s[780..784]);
    d[800..816].copy_from_slice(&s[788..804]);
    d[816..824].copy_from_slice(&s[544..552]);
    d[824..896].fill(0);
    d[896..904].copy_from_slice(&s[248..256]);
    d[904..912].copy_from_slice(&s[208..216]);
    d[912..960].fill(0);
    d[960..968].copy_from_slice(&s[160..168]);
    d[968..976].copy_from_slice(&s[320..328]);
    d[976..984].copy_from_slice(&s[272..280]);
    d[984..992].copy_from_slice(&s[328..336]);
    d[992..4096].fill(0);
    let header: u32 = 0x00000001;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- hv_evmcs_v1_sync_to_kvm_vmcs12: Sync eVMCS into vmcs12 at nested VM entry; all groups for migration.

fn hv_evmcs_v1_sync_to_kvm_vmcs12_lost(_s: &[u8; 4096]) -> ValueList {
    ValueList::new()
}

/// The values kvm_vmcs12 could not keep (0 fields checked).
pub fn hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x00000001, 0xffffffff)?;
    Ok(hv_evmcs_v1_sync_to_kvm_vmcs12_lost(s))
}

/// Write the control, guest_state, host_state fields of the hv_evmcs_v1 region `src` into the
/// existing kvm_vmcs12 region `dst`, whose other bytes are kept; the header gets kvm_vmcs12's
/// revision id. Groups whose bits are all set in `clean_fields` are skipped; 0 copies every group,
/// which is what restoring or migrating state must use.
pub fn hv_evmcs_v1_sync_to_kvm_vmcs12(
    src: &[u8],
    dst: &mut [u8],
    clean_fields: u32,
) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x00000001, 0xffffffff)?;
    let d = destination::<4096>(dst)?;
    d[800..804].copy_from_slice(&s[812..816]);
    d[544..552].copy_from_slice(&s[816..824]);
    if clean_fields & 0x0001 != 0x0001 {
        // IO_BITMAP
        d[40..56].copy_from_slice(&s[104..120]);
    }
    if clean_fields & 0x0002 != 0x0002 {
        // MSR_BITMAP
        d[56..64].copy_from_slice(&s[120..128]);
    }
    if clean_fields & 0x0004 != 0x0004 {
        // CONTROL_GRP2
        d[88..104].copy_from_slice(&s[400..416]);
        d[160..168].copy_from_slice(&s[960..968]);
        d[320..328].copy_from_slice(&s[968..976]);
        d[328..336].copy_from_slice(&s[984..992]);
    }
    if clean_fields & 0x0008 != 0x0008 {
        // CONTROL_GRP1
        d[744..748].copy_from_slice(&s[92..96]);
        d[768..772].copy_from_slice(&s[96..100]);
        d[804..808].copy_from_slice(&s[100..104]);
    }
    if clean_fields & 0x0010 != 0x0010 {
        // CONTROL_PROC
        d[748..752].copy_from_slice(&s[788..792]);
    }
    if clean_fields & 0x0020 != 0x0020 {
        // CONTROL_EVENT
        d[788..800].copy_from_slice(&s[800..812]);
    }
    if clean_fields & 0x0040 != 0x0040 {
        // CONTROL_ENTRY
        d[780..784].copy_from_slice(&s[796..800]);
    }
    if clean_fields & 0x0080 != 0x0080 {
        // CONTROL_EXCPN
        d[752..756].copy_from_slice(&s[792..796]);
    }
    if clean_fields & 0x0100 != 0x0100 {
        // CRDR
        d[344..376].copy_from_slice(&s[512..544]);
        d[424..448].copy_from_slice(&s[544..568]);
        d[528..536].copy_from_slice(&s[568..576]);
    }
    if clean_fields & 0x0200 != 0x0200 {
        // CONTROL_XLAT
        d[120..128].copy_from_slice(&s[624..632]);
        d[960..962].copy_from_slice(&s[632..634]);
    }
    if clean_fields & 0x0400 != 0x0400 {
        // GUEST_BASIC
        d[536..544].copy_from_slice(&s[768..776]);
        d[552..560].copy_from_slice(&s[776..784]);
        d[912..916].copy_from_slice(&s[784..788]);
    }
    if clean_fields & 0x0800 != 0x0800 {
        // GUEST_GRP1
        d[176..208].copy_from_slice(&s[416..448]);
        d[216..248].copy_from_slice(&s[448..480]);
        d[560..584].copy_from_slice(&s[480..504]);
        d[916..924].copy_from_slice(&s[504..512]);
        d[248..256].copy_from_slice(&s[896..904]);
        d[208..216].copy_from_slice(&s[904..912]);
    }
    if clean_fields & 0x1000 != 0x1000 {
        // GUEST_GRP2
        d[964..980].copy_from_slice(&s[128..144]);
        d[840..912].copy_from_slice(&s[144..216]);
        d[448..528].copy_from_slice(&s[216..296]);
    }
    if clean_fields & 0x2000 != 0x2000 {
        // HOST_POINTER
        d[608..648].copy_from_slice(&s[576..616]);
        d[664..672].copy_from_slice(&s[616..624]);
    }
    if clean_fields & 0x4000 != 0x4000 {
        // HOST_GRP1
        d[982..996].copy_from_slice(&s[8..22]);
        d[256..272].copy_from_slice(&s[24..40]);
        d[584..608].copy_from_slice(&s[40..64]);
        d[648..664].copy_from_slice(&s[64..80]);
        d[672..680].copy_from_slice(&s[80..88]);
        d[924..928].copy_from_slice(&s[88..92]);
        d[272..280].copy_from_slice(&s[976..984]);
    }
    if clean_fields & 0xffff != 0xffff {
        // ALL
        d[64..88].copy_from_slice(&s[320..344]);
        d[756..768].copy_from_slice(&s[376..388]);
        d[772..780].copy_from_slice(&s[388..396]);
        d[784..788].copy_from_slice(&s[396..400]);
    }
    let header: u32 = 0x11e57ed0;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}

// --- kvm_vmcs12_sync_to_hv_evmcs_v1: Sync vmcs12 into eVMCS at nested VM exit.

/// Whether hv_evmcs_v1 could not keep a value of the checked source `s`.
fn kvm_vmcs12_sync_to_hv_evmcs_v1_refuses(s: &[u8; 4096]) -> bool {
    crate::load(s, 704, 8) != 0x0
        || crate::load(s, 712, 8) != 0x0
        || crate::load(s, 720, 8) != 0x0
        || crate::load(s, 928, 4) != 0x0
        || crate::load(s, 980, 2) != 0x0
        || crate::load(s, 996, 2) != 0x0
        || s[3] & 0x80 != 0
}

fn kvm_vmcs12_sync_to_hv_evmcs_v1_lost(s: &[u8; 4096]) -> ValueList {
    let mut lost = ValueList::new();
    if crate::load(s, 704, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_s_cet",
            encoding: Some(0x00006828),
            value: crate::load(s, 704, 8),
            reason: "hv_evmcs_v1 has no GUEST_S_CET",
        });
    }
    if crate::load(s, 712, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp",
            encoding: Some(0x0000682a),
            value: crate::load(s, 712, 8),
            reason: "hv_evmcs_v1 has no GUEST_SSP",
        });
    }
    if crate::load(s, 720, 8) != 0x0 {
        lost.push(NamedValue {
            field: "guest_ssp_tbl",
            encoding: Some(0x0000682c),
            value: crate::load(s, 720, 8),
            reason: "hv_evmcs_v1 has no GUEST_INTR_SSP_TABLE",
        });
    }
    if crate::load(s, 928, 4) != 0x0 {
        lost.push(NamedValue {
            field: "vmx_preemption_timer_value",
            encoding: Some(0x0000482e),
            value: crate::load(s, 928, 4),
            reason: "hv_evmcs_v1 has no VMX_PREEMPTION_TIMER_VALUE",
        });
    }
    if crate::load(s, 980, 2) != 0x0 {
        lost.push(NamedValue {
            field: "guest_intr_status",
            encoding: Some(0x00000810),
            value: crate::load(s, 980, 2),
            reason: "hv_evmcs_v1 has no GUEST_INTR_STATUS",
        });
    }
    if crate::load(s, 996, 2) != 0x0 {
        lost.push(NamedValue {
            field: "guest_pml_index",
            encoding: Some(0x00000812),
            value: crate::load(s, 996, 2),
            reason: "hv_evmcs_v1 has no GUEST_PML_INDEX",
        });
    }
    if s[3] & 0x80 != 0 {
        lost.push(NamedValue {
            field: "shadow_vmcs",
            encoding: None,
            value: 1,
            reason: "hv_evmcs_v1 has no shadow-VMCS indicator",
        });
    }
    lost
}

/// The values hv_evmcs_v1 could not keep (6 fields checked, and the shadow-VMCS indicator).
pub fn kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(src: &[u8]) -> Result<ValueList, TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    Ok(kvm_vmcs12_sync_to_hv_evmcs_v1_lost(s))
}

/// Write the guest_state, read_only fields of the kvm_vmcs12 region `src` into the existing
/// hv_evmcs_v1 region `dst`, whose other bytes are kept; the header gets hv_evmcs_v1's revision id.
pub fn kvm_vmcs12_sync_to_hv_evmcs_v1(src: &[u8], dst: &mut [u8]) -> Result<(), TranslationError> {
    let s = source::<4096>(src, 0x11e57ed0, 0x7fffffff)?;
    let d = destination::<4096>(dst)?;
    if kvm_vmcs12_sync_to_hv_evmcs_v1_refuses(s) {
        return Err(TranslationError::Blocked(Blocked {
            translation: "kvm_vmcs12_sync_to_hv_evmcs_v1",
            lost: kvm_vmcs12_sync_to_hv_evmcs_v1_lost(s),
        }));
    }
    d[680..688].copy_from_slice(&s[168..176]);
    d[416..448].copy_from_slice(&s[176..208]);
    d[904..912].copy_from_slice(&s[208..216]);
    d[448..480].copy_from_slice(&s[216..248]);
    d[896..904].copy_from_slice(&s[248..256]);
    d[720..728].copy_from_slice(&s[408..416]);
    d[760..768].copy_from_slice(&s[416..424]);
    d[544..568].copy_from_slice(&s[424..448]);
    d[216..296].copy_from_slice(&s[448..528]);
    d[568..576].copy_from_slice(&s[528..536]);
    d[768..776].copy_from_slice(&s[536..544]);
    d[816..824].copy_from_slice(&s[544..552]);
    d[776..784].copy_from_slice(&s[552..560]);
    d[480..504].copy_from_slice(&s[560..584]);
    d[688..720].copy_from_slice(&s[808..840]);
    d[144..216].copy_from_slice(&s[840..912]);
    d[784..788].copy_from_slice(&s[912..916]);
    d[504..512].copy_from_slice(&s[916..924]);
    d[128..144].copy_from_slice(&s[964..980]);
    let header: u32 = 0x00000001;
    crate::put(d, 0, header.to_le_bytes());
    Ok(())
}
