"""Layouts proposed for Linux but not merged: loaded only on request, and checked against
the CHECK_OFFSET() lists of the trees they come from."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import SPECS
from kernel_facts import VMCS12_CHECK_OFFSET, VMCS12_V6_17_CHECK_OFFSET

from vmcsgen.cli.diff import run_diff
from vmcsgen.model.diagnostics import SpecError
from vmcsgen.reading.loader import load_specs

FRED = SPECS / "proposals" / "misaligned" / "kvm_vmcs12_fred.yaml"
FRED_MEMBERS = (
    "secondary_vm_exit_controls",
    *(f"guest_ia32_fred_{x}" for x in ("config", "rsp1", "rsp2", "rsp3", "stklvls")),
    *(f"guest_ia32_fred_{x}" for x in ("ssp1", "ssp2", "ssp3")),
    *(f"host_ia32_fred_{x}" for x in ("config", "rsp1", "rsp2", "rsp3", "stklvls")),
    *(f"host_ia32_fred_{x}" for x in ("ssp1", "ssp2", "ssp3")),
    "injected_event_data",
    "original_event_data",
)
# vmx_check_vmcs12_offsets() of intel/apx 0a0c39248606 and of xinli-intel/linux-fred-public
# bc84e3a1d6e7: what each adds to the list of the Linux it is based on.
APX_CHECK_OFFSET = {**VMCS12_CHECK_OFFSET, "extended_instruction_info": 336}
FRED_CHECK_OFFSET = {
    **VMCS12_V6_17_CHECK_OFFSET,
    **{name: 998 + 8 * index for index, name in enumerate(FRED_MEMBERS)},
}


def test_proposals_load_only_when_asked_for() -> None:
    assert "kvm_vmcs12_apx" not in load_specs(SPECS).by_name
    specs = load_specs(SPECS, proposals=True)
    assert specs.catalog.by_name["EXTENDED_INSTRUCTION_INFO"].encoding.value == 0x2406
    layout = specs.by_name["kvm_vmcs12_apx"]
    named = {m.name: m.offset for m in layout.members if not m.name.startswith("padding")}
    assert named == APX_CHECK_OFFSET


def test_diff_shows_apx_takes_the_last_padding64_slot() -> None:
    lines, status = run_diff("kvm_vmcs12", "kvm_vmcs12_apx", SPECS, proposals=True)
    assert status == 0
    assert (
        lines[-1] == "kvm_vmcs12 → kvm_vmcs12_apx: compatible: 2 compatible (1 added, 1 reserved)"
    )
    assert any(
        "extended_instruction_info (EXTENDED_INSTRUCTION_INFO) added in reserved space "
        "(offset 336, 8 bytes)" in line
        for line in lines
    )


def test_the_fred_proposal_is_refused_for_every_misaligned_member() -> None:
    with pytest.raises(SpecError) as raised:
        run_diff("kvm_vmcs12", str(FRED), SPECS, proposals=True)
    messages = [d.message for d in raised.value.diagnostics]
    assert messages == [
        f"{name}: offset {offset} is not aligned to its 8-byte size"
        for name, offset in FRED_CHECK_OFFSET.items()
        if name in FRED_MEMBERS
    ]


def test_the_fred_spec_holds_the_trees_offsets() -> None:
    members = yaml.safe_load(Path(FRED).read_text())["members"]
    named = {m["name"]: m["offset"] for m in members if not m["name"].startswith("padding")}
    assert named == FRED_CHECK_OFFSET
