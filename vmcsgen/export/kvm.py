"""KVM exporter: kvm/<release>/ holds KVM's own files for one Linux release, generated from
the layout that release's struct vmcs12 equals, in the shape KVM's callers use (names,
types, macros and functions of arch/x86/kvm/vmx/), so each file replaces KVM's:

- vmcs12.h: struct vmcs12, VMCS12_REVISION/_SIZE/_MAX_FIELD_INDEX, the offset checks and
  the VMREAD/VMWRITE helpers get_vmcs12_field_offset(), vmcs12_read_any/_write_any();
- vmcs12.c: vmcs12_field_offsets[] (indexed by ROL16(encoding, 6)) and nr_vmcs12_fields;
- vmcs_shadow_fields.h: the shadowed fields in the spec's shadow_order;
- the eVMCS field table vmcs_field_to_evmcs_1[] and nr_evmcs_1_fields, from the eVMCS
  layout's field and clean-field marks: upstream keeps it in hyperv_evmcs.c, Linux 6.1 in
  the middle of evmcs.c, which includes evmcs_fields.h in its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.c_style import wrap_call
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered, layout_sources
from vmcsgen.export.shadow_fields import shadow_groups
from vmcsgen.model.encoding import FieldWidth
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.reading.settings import Config


@dataclass(frozen=True)
class KvmRelease:
    """A Linux release and the bundled layout its struct vmcs12 equals."""

    name: str  # the folder below kvm/
    title: str  # for the banners
    layout: str
    evmcs_layout: str
    evmcs_file: str  # evmcs_fields.h (included by 6.1's evmcs.c) or hyperv_evmcs.c


# Linux 6.1's vmcs12.h/vmcs12.c equal kvm_vmcs12_v6_17 (every CHECK_OFFSET and FIELD entry
# compared); upstream (nested CET, torvalds/linux c68feb605cc4) is kvm_vmcs12. Both have the
# EVMCS1_FIELD table of hv_evmcs_v1 (6.1's evmcs.c, upstream's hyperv_evmcs.c 6f47c7ae8c7a).
RELEASES = (
    KvmRelease("6.1", "Linux 6.1", "kvm_vmcs12_v6_17", "hv_evmcs_v1", "evmcs_fields.h"),
    KvmRelease(
        "upstream", "upstream Linux (c68feb605cc4)", "kvm_vmcs12", "hv_evmcs_v1", "hyperv_evmcs.c"
    ),
)
CLEAN_FIELD_PREFIX = "HV_VMX_ENLIGHTENED_CLEAN_FIELD_"

_WIDTH_TYPES = {
    FieldWidth.U16: "u16",
    FieldWidth.U32: "u32",
    FieldWidth.U64: "u64",
    FieldWidth.NATURAL: "natural_width",
}
SIZE_TYPES = {2: "u16", 4: "u32", 8: "u64"}
TYPE_SIZES = {"u16": 2, "u32": 4, "u64": 8, "natural_width": 8}


@dataclass(frozen=True)
class StructMember:
    name: str
    offset: int
    declaration: str


@dataclass(frozen=True)
class TableEntry:
    macro: str  # FIELD, or FIELD_HIGH for bits 63:32 of a 64-bit field
    field: str
    member: str


def _declaration(member: Member, element: str) -> str:
    if member.kind is MemberKind.HEADER:
        return f"struct vmcs_hdr {member.name}"
    if member.field is not None:
        return f"{_WIDTH_TYPES[member.field.encoding.width]} {member.name}"
    if member.kind is MemberKind.RESERVED and member.size % TYPE_SIZES[element] == 0:
        return f"{element} {member.name}[{member.size // TYPE_SIZES[element]}]"
    if member.kind is not MemberKind.RESERVED and member.size in SIZE_TYPES:
        return f"{SIZE_TYPES[member.size]} {member.name}"
    return f"u8 {member.name}[{member.size}]"


def struct_members(layout: Layout) -> tuple[StructMember, ...]:
    """struct vmcs12's members in offset order. KVM types a padding array like the member
    before it (u32 padding[7] after launch_state, natural_width dead_space[4] after
    cr4_read_shadow); a reserved member gets that element type when its size is a whole
    number of them, bytes otherwise, and data of no integer size is bytes too."""
    members: list[StructMember] = []
    element = "u32"
    for member in layout.members:
        declaration = _declaration(member, element)
        type_name = declaration.rsplit(" ", 1)[0]
        element = type_name if type_name in TYPE_SIZES else element
        members.append(StructMember(member.name, member.offset, declaration))
    return tuple(members)


def _by_encoding(layout: Layout) -> list[Member]:
    return sorted(layout.fields, key=lambda m: m.field.encoding.value if m.field else 0)


def field_table(layout: Layout) -> tuple[TableEntry, ...]:
    """vmcs12_field_offsets[] entries by encoding, each 64-bit field's HIGH half after it."""
    entries: list[TableEntry] = []
    for member in _by_encoding(layout):
        assert member.field is not None
        entries.append(TableEntry("FIELD", member.field.name, member.name))
        if member.field.encoding.high is not None:
            entries.append(TableEntry("FIELD_HIGH", f"{member.field.name}_HIGH", member.name))
    return tuple(entries)


def evmcs_table(layout: Layout) -> tuple[str, ...]:
    """The EVMCS1_FIELD() lines, one per field of the eVMCS layout, by encoding."""
    lines = []
    for member in _by_encoding(layout):
        # The loader gives every field of a layout with clean_fields its group.
        assert member.field is not None and member.group is not None
        arguments = (member.field.name, member.name, CLEAN_FIELD_PREFIX + member.group)
        lines.append(wrap_call("EVMCS1_FIELD", arguments, ",", indent=1))
    return tuple(lines)


def _release_files(specs: SpecSet, settings: Config, release: KvmRelease) -> list[Rendered]:
    layout = specs.by_name[release.layout]
    common = {
        "layout": layout,
        "release": release,
        "sources": layout_sources(specs, layout),
        "spdx": settings.spdx,
    }
    folder = f"kvm/{release.name}"
    files = [
        Rendered(
            f"{folder}/vmcs12.h",
            render("kvm/vmcs12.h.j2", members=struct_members(layout), **common),
        ),
        Rendered(
            f"{folder}/vmcs12.c", render("kvm/vmcs12.c.j2", table=field_table(layout), **common)
        ),
    ]
    evmcs = specs.by_name.get(release.evmcs_layout)
    if evmcs is not None and evmcs.clean_fields is not None:
        table = render(
            f"kvm/{release.evmcs_file}.j2",
            evmcs_table=evmcs_table(evmcs),
            **{**common, "sources": layout_sources(specs, evmcs)},
        )
        files.append(Rendered(f"{folder}/{release.evmcs_file}", table))
    if any(m.shadow is not None for m in layout.members):
        shadow = render("kvm/vmcs_shadow_fields.h.j2", groups=shadow_groups(layout), **common)
        files.append(Rendered(f"{folder}/vmcs_shadow_fields.h", shadow))
    return files


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """KVM's files for every release whose layout the specs hold."""
    return [
        output
        for release in RELEASES
        if release.layout in specs.by_name
        for output in _release_files(specs, settings, release)
    ]
