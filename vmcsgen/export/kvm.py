"""KVM exporter: kvm/<release>/ holds KVM's own files for one Linux release, generated from
the layout that release's struct vmcs12 equals, in the shape KVM's callers use (names,
types, macros and functions of arch/x86/kvm/vmx/), so each file replaces KVM's:

- vmcs12.h: struct vmcs12, VMCS12_REVISION/_SIZE/_MAX_FIELD_INDEX, the offset checks and
  the VMREAD/VMWRITE helpers get_vmcs12_field_offset(), vmcs12_read_any/_write_any();
- vmcs12.c: vmcs12_field_offsets[] (indexed by ROL16(encoding, 6)) and nr_vmcs12_fields;
- vmcs_shadow_fields.h: the shadowed fields in the spec's shadow_order;
- the eVMCS field table vmcs_field_to_evmcs_1[] and nr_evmcs_1_fields, from the eVMCS
  layout's field and clean-field marks: upstream keeps it in hyperv_evmcs.c, Linux 6.1 in
  the middle of evmcs.c, which includes evmcs_fields.h in its place;
- nested_evmcs_copy.h: copy_enlightened_to_vmcs12() and copy_vmcs12_to_enlightened(), from
  the field syncs that reproduce that release's nested.c, included by nested.c in place of
  its own two functions.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from vmcsgen.export.c_style import LINE_LIMIT, columns, wrap_call
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered, layout_sources
from vmcsgen.export.shadow_fields import shadow_groups
from vmcsgen.model.encoding import FieldWidth
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.field_sync_plan import FieldSyncPlan, build_field_sync_plan
from vmcsgen.reading.loader import TRANSLATIONS_FILE, spec_name
from vmcsgen.reading.settings import Config


@dataclass(frozen=True)
class KvmRelease:
    """A Linux release and the bundled layout its struct vmcs12 equals."""

    name: str  # the folder below kvm/
    title: str  # for the banners
    layout: str
    evmcs_layout: str
    evmcs_file: str  # evmcs_fields.h (included by 6.1's evmcs.c) or hyperv_evmcs.c
    # The field syncs nested.c's copy_enlightened_to_vmcs12() and copy_vmcs12_to_enlightened()
    # copy, when the specs reproduce that release's (translations.yaml field_syncs).
    evmcs_copies: tuple[str, str] | None = None
    # How those functions reach the eVMCS L1 mapped, and the Kconfig symbol their bodies
    # are built under ("" for always; otherwise KVM_BUG_ON() without it, as upstream).
    evmcs_pointer: str = "vmx->nested.hv_evmcs"
    evmcs_config: str = ""


# Linux 6.1's vmcs12.h/vmcs12.c equal kvm_vmcs12_v6_17 (every CHECK_OFFSET and FIELD entry
# compared); upstream (nested CET, torvalds/linux c68feb605cc4) is kvm_vmcs12. Both have the
# EVMCS1_FIELD table of hv_evmcs_v1 (6.1's evmcs.c, upstream's hyperv_evmcs.c 6f47c7ae8c7a).
RELEASES = (
    KvmRelease(
        "6.1",
        "Linux 6.1",
        "kvm_vmcs12_v6_17",
        "hv_evmcs_v1",
        "evmcs_fields.h",
        ("linux_6_1_copy_enlightened_to_vmcs12", "linux_6_1_copy_vmcs12_to_enlightened"),
    ),
    # Upstream's copies (nested.c 8ecb10bcbfa3) are 6.1's plus the enlightenment block, and
    # build only with Hyper-V emulation configured.
    KvmRelease(
        "upstream",
        "upstream Linux (c68feb605cc4)",
        "kvm_vmcs12",
        "hv_evmcs_v1",
        "hyperv_evmcs.c",
        ("upstream_copy_enlightened_to_vmcs12", "upstream_copy_vmcs12_to_enlightened"),
        evmcs_pointer="nested_vmx_evmcs(vmx)",
        evmcs_config="CONFIG_KVM_HYPERV",
    ),
)
# The objects a copy elsewhere (translations.yaml) may write, as nested.c declares them.
ELSEWHERE_OBJECTS = {"hv_vcpu": "struct kvm_vcpu_hv *hv_vcpu = to_hv_vcpu(&vmx->vcpu);"}
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


@dataclass(frozen=True)
class CopyBlock:
    clean_bit: str | None  # the HV_VMX_ENLIGHTENED_CLEAN_FIELD_ macro; None: always copied
    statements: tuple[str, ...]

    @property
    def braces(self) -> bool:
        """Kernel style puts a single statement under an if without braces."""
        return len(self.statements) > 1


@dataclass(frozen=True)
class CopyBody:
    """One of nested.c's two copy functions: its comment lines, the declarations of the
    objects its copies elsewhere write, and its blocks."""

    comment: tuple[str, ...]
    declarations: tuple[str, ...]
    blocks: tuple[CopyBlock, ...]


def _pointer(layout: Layout, release: KvmRelease) -> str:
    """The local nested.c's copy functions name a layout by: evmcs, or vmcs12."""
    return "evmcs" if layout.name == release.evmcs_layout else "vmcs12"


def _comment(text: str) -> list[str]:
    width = LINE_LIMIT - len(" * ")
    return [f" * {line}".rstrip() for line in textwrap.wrap(text, width)] or [" *"]


def copy_body(plan: FieldSyncPlan, release: KvmRelease) -> CopyBody:
    """The statements of a field sync's blocks, with the fields it leaves alone (and why)
    in the function's comment, so that a reader sees what the copy does not carry."""
    target, source = _pointer(plan.target, release), _pointer(plan.source, release)
    blocks = []
    objects: list[str] = []
    for block in plan.blocks:
        indent = "\t" if block.group is None else "\t\t"
        statements = []
        for a in block.assignments:
            line = f"{indent}{target}->{a.target} = {source}->{a.source};"
            if columns(line) > LINE_LIMIT:
                line = f"{indent}{target}->{a.target} =\n{indent}\t{source}->{a.source};"
            statements.append(line)
        for copy in block.elsewhere:
            head, *path = copy.to.split(".")
            objects.append(head)
            statements.append(f"{indent}{head}->{'.'.join(path)} = {source}->{copy.member};")
        clean_bit = None if block.group is None else CLEAN_FIELD_PREFIX + block.group
        blocks.append(CopyBlock(clean_bit, tuple(statements)))
    sync = plan.sync
    paragraphs = [f"{sync.description} The fields, order and blocks of {sync.origin}."]
    if plan.source.clean_fields is not None:
        paragraphs.append(
            "A block is skipped while hv_clean_fields marks its group clean; pass 0 to copy "
            "every group."
        )
    paragraphs += [f"Not copied, {e.reason}: {', '.join(e.members)}." for e in plan.left_alone]
    comment = [line for text in paragraphs for line in (" *", *_comment(text))][1:]
    declarations = tuple(ELSEWHERE_OBJECTS[name] for name in dict.fromkeys(objects))
    return CopyBody(tuple(comment), declarations, tuple(blocks))


def _copy_file(specs: SpecSet, release: KvmRelease, common: dict[str, object]) -> Rendered | None:
    """nested_evmcs_copy.h, when the specs hold both field syncs of the release, between
    the release's two layouts (eVMCS to vmcs12 at entry, back at exit)."""
    if release.evmcs_copies is None:
        return None
    by_name = {sync.name: sync for sync in specs.field_syncs}
    directions = ((release.evmcs_layout, release.layout), (release.layout, release.evmcs_layout))
    for name, (source, target) in zip(release.evmcs_copies, directions, strict=True):
        sync = by_name.get(name)
        if sync is None or (sync.source, sync.target) != (source, target):
            return None
    entry, exit_ = (build_field_sync_plan(specs, by_name[name]) for name in release.evmcs_copies)
    sources = [
        spec_name(specs, TRANSLATIONS_FILE),
        *layout_sources(specs, entry.source),
        *layout_sources(specs, entry.target),
    ]
    text = render(
        "kvm/nested_evmcs_copy.h.j2",
        entry=copy_body(entry, release),
        exit=copy_body(exit_, release),
        **{**common, "sources": list(dict.fromkeys(sources))},
    )
    return Rendered(f"kvm/{release.name}/nested_evmcs_copy.h", text)


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
    copies = _copy_file(specs, release, common)
    if copies is not None:
        files.append(copies)
    return files


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """KVM's files for every release whose layout the specs hold."""
    return [
        output
        for release in RELEASES
        if release.layout in specs.by_name
        for output in _release_files(specs, settings, release)
    ]
