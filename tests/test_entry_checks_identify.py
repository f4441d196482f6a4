"""identify's launched-region evidence comes from the VM-entry check specs: a launched region
passes every check it decides alone; a broken one speaks against the layout, naming the
check; checks that need a profile or a header are no evidence either way."""

from __future__ import annotations

import pytest
from entry_check_helpers import spec_copy
from running_l2 import running_l2

from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.loader import load_specs
from vmcsgen.state.identify import identify

ENTRY_SPEC = """\
name: identify_entry
stage: 9
source: tests
checks:
  - {id: t-cr3-misaligned, message: GUEST_CR3 is not page aligned, sdm: s, kvm: k,
     enforced_by: cpu, when: [{of: GUEST_CR3, misaligned: 4096}]}
  - {id: t-needs-caps, message: m, sdm: s, kvm: k, enforced_by: kvm,
     when: [{of: PIN_BASED_VM_EXEC_CONTROL, outside: caps.pin.allowed1}]}
"""


@pytest.fixture(scope="module")
def checked_specs(tmp_path_factory: pytest.TempPathFactory) -> SpecSet:
    return load_specs(
        spec_copy(tmp_path_factory.mktemp("identify"), {"identify_entry": ENTRY_SPEC})
    )


def launched_evidence(specs: SpecSet, data: bytes, layout: str) -> list[tuple[bool, str]]:
    found = identify(specs, data)
    candidate = next(c for c in found.candidates if c.layout.name == layout)
    return [(e.holds, e.detail) for e in candidate.evidence if e.check == "launched"]


def test_a_launched_region_passes_the_checks_it_decides(checked_specs: SpecSet) -> None:
    layout = checked_specs.by_name["kvm_vmcs12"]
    evidence = launched_evidence(checked_specs, bytes(running_l2(layout)), "kvm_vmcs12")
    # t-needs-caps reads the profile: undecided, so only one check counts.
    assert evidence == [(True, "1 VM-entry checks the region decides hold")]


def test_a_broken_check_speaks_against_the_layout(checked_specs: SpecSet) -> None:
    layout = checked_specs.by_name["kvm_vmcs12"]
    data = bytes(running_l2(layout, GUEST_CR3=0x10D2E8010))
    evidence = launched_evidence(checked_specs, data, "kvm_vmcs12")
    assert evidence == [(False, "t-cr3-misaligned: GUEST_CR3 is not page aligned")]
    assert identify(checked_specs, data).best != layout


def test_no_evidence_from_a_region_never_launched(checked_specs: SpecSet) -> None:
    layout = checked_specs.by_name["kvm_vmcs12"]
    data = running_l2(layout, GUEST_CR3=0x10D2E8010)
    launch = next(m for m in layout.members if m.name == "launch_state")
    data[launch.offset : launch.end] = bytes(launch.size)
    assert launched_evidence(checked_specs, bytes(data), "kvm_vmcs12") == []
