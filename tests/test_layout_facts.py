"""The bundled specs against the kernel's own tables and the known layout history."""

from __future__ import annotations

import pytest
from kernel_facts import (
    EVMCS1_FIELD_TABLE,
    VMCS12_CHECK_OFFSET,
    VMCS12_FIELD_TABLE,
    VMCS12_V4_14_FIELD_TABLE,
    VMCS12_V6_17_CHECK_OFFSET,
    VMCS12_V6_17_FIELD_TABLE,
)

from vmcsgen.model.encoding import FieldType, FieldWidth
from vmcsgen.model.spec import Layout, MemberKind, SpecSet


def _offsets(layout: Layout) -> dict[str, int]:
    return {m.name: m.offset for m in layout.members}


def _field_members(layout: Layout) -> dict[str, str]:
    return {m.field.name: m.name for m in layout.fields if m.field is not None}


@pytest.mark.parametrize(
    ("name", "check_offset"),
    [("kvm_vmcs12", VMCS12_CHECK_OFFSET), ("kvm_vmcs12_v6_17", VMCS12_V6_17_CHECK_OFFSET)],
)
def test_kvm_vmcs12_matches_check_offset(
    specs: SpecSet, name: str, check_offset: dict[str, int]
) -> None:
    layout = specs.by_name[name]
    offsets = _offsets(layout)
    assert {member: offsets[member] for member in check_offset} == check_offset
    # KVM pins every member but the padding arrays.
    padding = {m.name for m in layout.members if m.kind is MemberKind.RESERVED} - {"dead_space"}
    assert set(offsets) - set(check_offset) == padding
    assert (layout.revision, layout.size, layout.struct_size) == (0x11E57ED0, 4096, 998)


def test_field_tables_match_kernel(specs: SpecSet) -> None:
    assert _field_members(specs.by_name["kvm_vmcs12"]) == VMCS12_FIELD_TABLE
    assert _field_members(specs.by_name["kvm_vmcs12_v6_17"]) == VMCS12_V6_17_FIELD_TABLE
    assert _field_members(specs.by_name["kvm_vmcs12_v4_14"]) == VMCS12_V4_14_FIELD_TABLE
    # The 2017 RFC predates nested CET: its field set is that of Linux up to 6.17.
    assert _field_members(specs.by_name["kvm_vmcs12_evmcs_order"]) == VMCS12_V6_17_FIELD_TABLE


def _geometry(layout: Layout) -> dict[str, tuple[int, int]]:
    return {m.name: (m.offset, m.size) for m in layout.members}


def test_nested_cet_took_the_first_48_bytes_of_paddingl(specs: SpecSet) -> None:
    new, old = _geometry(specs.by_name["kvm_vmcs12"]), _geometry(specs.by_name["kvm_vmcs12_v6_17"])
    cet = {name: VMCS12_CHECK_OFFSET[name] for name in set(VMCS12_CHECK_OFFSET) - set(old)}
    assert cet == {
        "host_s_cet": 680,
        "host_ssp": 688,
        "host_ssp_tbl": 696,
        "guest_s_cet": 704,
        "guest_ssp": 712,
        "guest_ssp_tbl": 720,
    }
    assert (old["paddingl"], new["paddingl"]) == ((680, 64), (728, 16))
    # Everything else stayed where it was.
    assert {name: new[name] for name in old if name != "paddingl"} == {
        name: where for name, where in old.items() if name != "paddingl"
    }


def test_evmcs_members_and_groups_match_kvm_table(specs: SpecSet) -> None:
    layout = specs.by_name["hv_evmcs_v1"]
    found = {m.field.name: (m.name, m.group) for m in layout.fields if m.field is not None}
    assert found == EVMCS1_FIELD_TABLE
    assert (layout.revision, layout.struct_size) == (1, 1024)
    assert layout.clean_fields is not None
    masks = {g.name: g.mask for g in layout.clean_fields.groups}
    assert masks["NONE"] == 0 and masks["ALL"] == 0xFFFF
    assert masks["GUEST_GRP2"] == 1 << 12 and masks["HOST_GRP1"] == 1 << 14
    offsets = _offsets(layout)
    assert offsets["hv_clean_fields"] == 824 and offsets["guest_rip"] == 816


def test_linux_4_14_layout_history(specs: SpecSet) -> None:
    """4.14 inserted four fields mid-struct: 127 data members moved (130 with padding)."""
    old, new = specs.by_name["kvm_vmcs12_v4_14"], specs.by_name["kvm_vmcs12"]
    assert old.revision == new.revision and old.struct_size == 1022
    before, after = _offsets(old), _offsets(new)
    moved = {n for n, off in before.items() if n in after and after[n] != off}
    padding = {m.name for m in old.members if m.kind is MemberKind.RESERVED}
    assert len(moved - padding) == 127 and len(moved) == 130
    inserted = {"vm_function_control": 120, "eptp_list_address": 168, "pml_address": 200}
    assert {n: before[n] for n in inserted} == inserted
    assert before["guest_pml_index"] == 1006


def test_encodings_decode_as_the_sdm_says(specs: SpecSet) -> None:
    fields = specs.catalog.by_name
    assert len(fields) == 160
    es = fields["GUEST_ES_SELECTOR"].encoding
    assert (es.width, es.type, es.index) == (FieldWidth.U16, FieldType.GUEST_STATE, 0)
    tsc = fields["TSC_MULTIPLIER"].encoding
    assert (tsc.width, tsc.type, tsc.index, tsc.high) == (
        FieldWidth.U64,
        FieldType.CONTROL,
        0x19,
        0x2033,
    )
    assert fields["EXIT_QUALIFICATION"].encoding.type is FieldType.READ_ONLY
    assert fields["HOST_RIP"].encoding.width is FieldWidth.NATURAL
    assert fields["VM_EXIT_REASON"].encoding.width is FieldWidth.U32
    ssp = fields["HOST_INTR_SSP_TABLE"].encoding
    assert (ssp.width, ssp.type, ssp.index) == (FieldWidth.NATURAL, FieldType.HOST_STATE, 0xE)
    shared_ept = fields["SHARED_EPT_POINTER"].encoding
    assert (shared_ept.width, shared_ept.type, shared_ept.high) == (
        FieldWidth.U64,
        FieldType.CONTROL,
        0x203D,
    )
