"""The validated, immutable model every exporter works from."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from vmcsgen.model.bits import BitFormat, BitsSpec
from vmcsgen.model.catalog import Catalog, CatalogField
from vmcsgen.model.container import Container
from vmcsgen.model.diagnostics import Location
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.entry_checks import CheckSpec

if TYPE_CHECKING:  # history.py builds on Layout and Member
    from vmcsgen.model.history import History


class MemberKind(enum.Enum):
    FIELD = "field"  # an architectural field, matched across layouts by encoding
    HEADER = "header"  # revision id (bits 30:0) and, optionally, the shadow-VMCS indicator
    STATE = "state"  # implementation data without an encoding, matched by name (abort, ...)
    PRIVATE = "private"  # data only this layout has, never translated (hv_clean_fields, ...)
    RESERVED = "reserved"  # padding and dead space

    @property
    def carries_data(self) -> bool:
        return self in (MemberKind.FIELD, MemberKind.STATE)


class ShadowAccess(enum.Enum):
    """How KVM lets L1 reach a field through the shadow VMCS (vmcs_shadow_fields.h)."""

    RO = "ro"  # VMREAD without a VM exit
    RW = "rw"  # VMREAD and VMWRITE without a VM exit


@dataclass(frozen=True)
class BitField:
    """One C bit-field of a private member, from bit 0 up."""

    name: str
    width: int


@dataclass(frozen=True)
class Member:
    name: str
    offset: int
    size: int
    kind: MemberKind
    location: Location
    field: CatalogField | None = None
    default: int = 0
    group: str | None = None
    note: str = ""
    shadow: ShadowAccess | None = None
    # A private member only: the field an L1 hypervisor's VMREAD/VMWRITE stand-ins address
    # it by, though the layout's own field table maps nothing to it (CR3_TARGET_VALUE0..3
    # of the eVMCS, which KVM's table leaves out and its selftests' switch handles).
    l1_field: CatalogField | None = None
    bitfields: tuple[BitField, ...] = ()

    @property
    def end(self) -> int:
        return self.offset + self.size

    @property
    def identity(self) -> str:
        """What matches this member across layouts: its encoding, or its name."""
        if self.field is not None:
            return f"field:{self.field.name}"
        return f"{self.kind.value}:{self.name}"

    @property
    def type(self) -> FieldType | None:
        return None if self.field is None else self.field.encoding.type


class RetirePolicy(enum.Enum):
    DISCARD = "discard"  # the value is meaningless in this layout: dropping it is expected
    REFUSE = "refuse"  # a non-default value blocks the translation


@dataclass(frozen=True)
class RetiredField:
    field: CatalogField
    policy: RetirePolicy
    reason: str
    location: Location


@dataclass(frozen=True)
class CleanFieldGroup:
    """A clean-field group; its fields may be skipped when every bit of `mask` is clean.

    A mask of 0 (Hyper-V's NONE) is never clean: such fields are always copied.
    """

    name: str
    mask: int


@dataclass(frozen=True)
class CleanFields:
    """Hyper-V's clean-field mask: which member holds it and which bit each group owns."""

    member: str
    groups: tuple[CleanFieldGroup, ...]

    @cached_property
    def by_name(self) -> dict[str, CleanFieldGroup]:
        return {g.name: g for g in self.groups}


@dataclass(frozen=True)
class Layout:
    """One VMCS layout: its revision id, region size and every member at its offset."""

    name: str
    title: str
    source: str
    revision: int
    size: int
    shadow_indicator: bool
    members: tuple[Member, ...]
    retired: tuple[RetiredField, ...]
    clean_fields: CleanFields | None
    path: str
    location: Location
    # The shadowed fields in the order KVM lists them (by width, then by how often L1
    # reaches them); empty when the spec does not give one (then encoding order).
    shadow_order: tuple[str, ...] = ()

    @property
    def struct_size(self) -> int:
        return max(m.end for m in self.members)

    @property
    def header(self) -> Member:
        return next(m for m in self.members if m.kind is MemberKind.HEADER)

    @cached_property
    def fields(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.field is not None)

    @cached_property
    def by_identity(self) -> dict[str, Member]:
        return {m.identity: m for m in self.members if m.kind.carries_data}

    @cached_property
    def retired_by_name(self) -> dict[str, RetiredField]:
        return {r.field.name: r for r in self.retired}

    @property
    def max_field_index(self) -> int:
        """The highest index (bits 9:1) of any field: IA32_VMX_VMCS_ENUM bits 9:1."""
        return max((m.field.encoding.index for m in self.fields if m.field), default=0)


class TranslationMode(enum.Enum):
    CONVERT = "convert"  # build the whole destination image
    UPDATE = "update"  # write the selected fields into an existing destination

    @property
    def joiner(self) -> str:
        """What joins the layout names in a translation's name: a sync says it is one."""
        return "_to_" if self is TranslationMode.CONVERT else "_sync_to_"


@dataclass(frozen=True)
class TranslationSpec:
    source: str
    target: str
    mode: TranslationMode
    copy: frozenset[FieldType]
    honour_clean_fields: bool
    description: str
    location: Location

    @property
    def name(self) -> str:
        """`<from>_to_<to>` for a conversion, `<from>_sync_to_<to>` for an update-mode sync."""
        return f"{self.source}{self.mode.joiner}{self.target}"

    @property
    def is_conversion(self) -> bool:
        return self.mode is TranslationMode.CONVERT


@dataclass(frozen=True)
class ElsewhereCopy:
    """A member of the source layout that is no VMCS field, copied into state the
    implementation keeps outside the destination layout (upstream KVM's eVMCS entry copy
    fills the vCPU's Hyper-V state from the enlightenment members)."""

    member: str  # a non-field member of the source layout
    to: str  # OBJECT.member.path, OBJECT one the exporter declares (kvm: hv_vcpu)


@dataclass(frozen=True)
class SyncBlock:
    """Fields a field-exact sync copies together, in order: while `group` (a clean-field
    group of the source) is clean the block is skipped; a block without one always runs.
    Its copies outside the destination layout follow its fields."""

    group: str | None
    fields: tuple[str, ...]  # catalog field names
    elsewhere: tuple[ElsewhereCopy, ...] = ()


@dataclass(frozen=True)
class NotCopied:
    """Fields both layouts hold that a field-exact sync leaves alone, and why."""

    reason: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class FieldSync:
    """A sync that copies exactly the fields one implementation copies (KVM's
    copy_enlightened_to_vmcs12(), ...), in its order and clean-field blocks. Every field
    both layouts hold is in a block or in not_copied."""

    name: str
    source: str
    target: str
    origin: str  # the implementation it reproduces
    description: str
    blocks: tuple[SyncBlock, ...]
    not_copied: tuple[NotCopied, ...]
    location: Location


@dataclass(frozen=True)
class SpecSet:
    """A loaded, validated spec set: the field catalog, layouts, bits, translations and
    containers of one spec directory."""

    root: str
    catalog: Catalog
    layouts: tuple[Layout, ...]
    translations: tuple[TranslationSpec, ...]
    bits: BitsSpec | None = None
    containers: tuple[Container, ...] = ()
    histories: tuple[History, ...] = ()
    check_specs: tuple[CheckSpec, ...] = ()  # VM-entry checks, by stage
    field_syncs: tuple[FieldSync, ...] = ()

    @cached_property
    def by_name(self) -> dict[str, Layout]:
        return {layout.name: layout for layout in self.layouts}

    def field_bits(self, field_name: str) -> BitFormat | None:
        """What the bits of a catalog field mean, when the bits spec describes them."""
        return None if self.bits is None else self.bits.by_field.get(field_name)

    @cached_property
    def conversions(self) -> dict[tuple[str, str], TranslationSpec]:
        """(from, to) -> the whole-image conversion; syncs are never part of this."""
        return {(t.source, t.target): t for t in self.translations if t.is_conversion}
