"""The VM-entry control checks (specs/checks/vm_entry_controls.yaml) on realistic states.

A running 64-bit L2 with EPT and VPID (running_l2.py) against a permissive KVM 6.1 profile
holds every check; one mutation per check breaks that check alone; and the control cases of
kvm-unit-tests' x86/vmx_tests.c hold or break as that suite expects of KVM.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from entry_controls_states import KVM_6_1, MUTATIONS, kvm61_profile
from entry_controls_upstream import UPSTREAM, UpstreamCase
from running_l2 import field_values, running_l2

from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.state.entry_checks import CheckState, evaluate

SPEC = "vm_entry_controls"


def outcomes(
    specs: SpecSet, profile: CapabilityProfile, fields: Mapping[str, int]
) -> dict[str, str]:
    """Every check of the spec -> "holds", "broken" or "undecided" on the running L2 with
    `fields` changed, read back from the vmcs12 region's bytes."""
    layout = specs.by_name["kvm_vmcs12"]
    state = CheckState(field_values(layout, running_l2(layout, **fields)), caps=profile)
    return {
        planned.check.id: evaluate(planned, state).verdict.value
        for planned in plan_entry_checks(specs).checks
        if planned.spec.name == SPEC
    }


def not_holding(
    specs: SpecSet, profile: CapabilityProfile, fields: Mapping[str, int]
) -> dict[str, str]:
    return {i: o for i, o in outcomes(specs, profile, fields).items() if o != "holds"}


def test_running_l2_holds_every_control_check(specs: SpecSet) -> None:
    results = outcomes(specs, KVM_6_1, {})
    assert len(results) == 69
    assert not_holding(specs, KVM_6_1, {}) == {}


def test_every_check_has_a_mutation(specs: SpecSet) -> None:
    assert list(MUTATIONS) == list(outcomes(specs, KVM_6_1, {}))


@pytest.mark.parametrize("check", MUTATIONS)
def test_one_mutation_breaks_exactly_its_check(specs: SpecSet, check: str) -> None:
    mutation = MUTATIONS[check]
    profile = kvm61_profile(**mutation.msrs)
    assert not_holding(specs, profile, mutation.fields) == {
        check: mutation.outcome,
        **mutation.also,
    }


@pytest.mark.parametrize("case", UPSTREAM, ids=[f"{c.test}: {c.what}" for c in UPSTREAM])
def test_kvm_unit_tests_control_case(specs: SpecSet, case: UpstreamCase) -> None:
    expected = {**{i: "broken" for i in case.broken}, **{i: "undecided" for i in case.undecided}}
    assert not_holding(specs, KVM_6_1, case.fields) == expected
