"""KVM selftests' eVMCS layout: kvm/<release>/selftests/evmcs_layout.h holds what the
selftests' include/x86_64/evmcs.h (include/x86/evmcs.h upstream) keeps by hand about the
enlightened VMCS: struct hv_enlightened_vmcs as that file declares it, the
HV_VMX_ENLIGHTENED_CLEAN_FIELD_* bits, and evmcs_vmread()/evmcs_vmwrite(), the switch L1
code uses in place of VMREAD/VMWRITE. The rest of evmcs.h (the VP assist page, the MSR,
vmptrld, the VMLAUNCH/VMRESUME assembly) is not layout and stays hand-written; evmcs.h
includes this file in place of the struct and the two functions (docs/kvm.md).

The switch handles every member KVM's table maps (`field:`) and every member L1 reaches
by an encoding KVM's table leaves out (`l1_field:`, CR3_TARGET_VALUE0..3); a write clears
the member's clean-field bit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vmcsgen.export.kvm import CLEAN_FIELD_PREFIX, RELEASES, SIZE_TYPES, TYPE_SIZES, KvmRelease
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered, layout_sources
from vmcsgen.model.encoding import FieldWidth
from vmcsgen.model.spec import CleanFields, Layout, Member, MemberKind, SpecSet
from vmcsgen.reading.settings import Config

FILE_NAME = "evmcs_layout.h"


@dataclass(frozen=True)
class SelftestsSpelling:
    """Where one release's selftests evmcs.h declares the struct otherwise than the layout
    names it (the layout follows include/hyperv/hvgdk.h)."""

    packed: bool  # __packed on the struct and its bit-field member
    names: Mapping[str, str] = field(default_factory=dict)  # layout member -> its name there
    # Reserved members the file leaves to the compiler: natural alignment supplies them.
    undeclared: frozenset[str] = frozenset()


# Linux 6.1's tools/testing/selftests/kvm/include/x86_64/evmcs.h (Debian linux-source-6.1)
# declares an unpacked struct without padding16_1 and names two padding members its own
# way; upstream's include/x86/evmcs.h (torvalds/linux 3d31fea7b6d1) uses hvgdk.h's names.
SPELLINGS = {
    "6.1": SelftestsSpelling(
        packed=False,
        names={"padding32_1": "hv_padding_32", "padding16_2": "padding16"},
        undeclared=frozenset({"padding16_1"}),
    ),
    "upstream": SelftestsSpelling(packed=True),
}

_WIDTH_TYPES = {
    FieldWidth.U16: "u16",
    FieldWidth.U32: "u32",
    FieldWidth.U64: "u64",
    FieldWidth.NATURAL: "u64",
}


@dataclass(frozen=True)
class StructMember:
    declaration: str  # the line without its `;`, or the first line of a bit-field struct
    bitfields: tuple[str, ...] = ()  # `u32 name:width` lines of an anonymous struct
    closing: str = ""  # `} [__packed ]name` after the bit-fields


@dataclass(frozen=True)
class SwitchCase:
    field: str
    member: str
    clean_field: str  # the HV_VMX_ENLIGHTENED_CLEAN_FIELD_* bit a write clears


@dataclass(frozen=True)
class CleanFieldBit:
    name: str
    value: str  # 0, BIT(n) or the mask in hex


def _element_type(member: Member) -> str:
    """A reserved member's element: the widest integer its offset and size allow, as the
    selftests' padding64_1[3], padding16[3] and padding32_2 are typed."""
    for size in (8, 4, 2):
        if member.offset % size == 0 and member.size % size == 0:
            return SIZE_TYPES[size]
    return "u8"


def _member(member: Member, name: str, spelling: SelftestsSpelling) -> StructMember:
    if member.bitfields:
        type_name = SIZE_TYPES[member.size]
        lines = tuple(f"{type_name} {bit.name}:{bit.width}" for bit in member.bitfields)
        closing = f"}} __packed {name}" if spelling.packed else f"}} {name}"
        return StructMember("struct {", lines, closing)
    if member.field is not None:
        return StructMember(f"{_WIDTH_TYPES[member.field.encoding.width]} {name}")
    if member.kind is MemberKind.RESERVED:
        element = _element_type(member)
        count = member.size // TYPE_SIZES.get(element, 1)
        return StructMember(f"{element} {name}" if count == 1 else f"{element} {name}[{count}]")
    return StructMember(f"{SIZE_TYPES[member.size]} {name}")


def _alignment_supplies(member: Member, following: Member | None) -> bool:
    return (
        member.kind is MemberKind.RESERVED
        and following is not None
        and member.offset + (-member.offset % following.size) == following.offset
    )


def struct_members(layout: Layout, spelling: SelftestsSpelling) -> tuple[StructMember, ...]:
    """struct hv_enlightened_vmcs's members in offset order, as the release's file names
    and types them."""
    members = []
    for position, member in enumerate(layout.members):
        if member.name in spelling.undeclared:
            following = layout.members[position + 1] if position + 1 < len(layout.members) else None
            # The layout stays ABI only if the compiler puts the next member where it was.
            assert _alignment_supplies(member, following), member.name
            continue
        members.append(_member(member, spelling.names.get(member.name, member.name), spelling))
    return tuple(members)


def switch_cases(layout: Layout, spelling: SelftestsSpelling) -> tuple[SwitchCase, ...]:
    """Every encoding the switch handles, by encoding: the members KVM's table maps and
    those L1 reaches by an encoding the table leaves out."""
    addressed = [
        (held, member)
        for member in layout.members
        for held in (member.field or member.l1_field,)
        if held is not None
    ]
    cases = []
    for held, member in sorted(addressed, key=lambda pair: pair[0].encoding.value):
        # The loader gives every field and l1_field of a layout with clean fields a group.
        assert member.group is not None
        name = spelling.names.get(member.name, member.name)
        cases.append(SwitchCase(held.name, name, CLEAN_FIELD_PREFIX + member.group))
    return tuple(cases)


def clean_field_bits(clean_fields: CleanFields) -> tuple[CleanFieldBit, ...]:
    bits = []
    for group in clean_fields.groups:
        if group.mask == 0:
            value = "0"
        elif group.mask & (group.mask - 1) == 0:
            value = f"BIT({group.mask.bit_length() - 1})"
        else:
            value = f"0x{group.mask:x}"
        bits.append(CleanFieldBit(CLEAN_FIELD_PREFIX + group.name, value))
    return tuple(bits)


def _release_file(specs: SpecSet, settings: Config, release: KvmRelease) -> Rendered | None:
    layout = specs.by_name.get(release.evmcs_layout)
    spelling = SPELLINGS.get(release.name)
    if layout is None or layout.clean_fields is None or spelling is None:
        return None
    text = render(
        f"kvm/{FILE_NAME}.j2",
        release=release,
        sources=layout_sources(specs, layout),
        spdx=settings.spdx,
        spelling=spelling,
        members=struct_members(layout, spelling),
        cases=switch_cases(layout, spelling),
        clean_bits=clean_field_bits(layout.clean_fields),
        clean_member=spelling.names.get(layout.clean_fields.member, layout.clean_fields.member),
    )
    return Rendered(f"kvm/{release.name}/selftests/{FILE_NAME}", text)


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """The selftests' eVMCS header of every release whose eVMCS layout the specs hold."""
    files = (_release_file(specs, settings, release) for release in RELEASES)
    return [rendered for rendered in files if rendered is not None]
