"""Region translation at run time: chains of conversions, nested CET, whole eVMCS images,
and the rule that no value is lost without saying so, for every pair of bundled layouts."""

from __future__ import annotations

import dataclasses
import itertools
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from running_guest import (
    EPT_VIOLATION,
    EVMCS_ENLIGHTENMENTS,
    HOST_RIP,
    running_evmcs,
    running_vmcs12,
)

from vmcsgen import NoTranslation, RegionTranslator
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.chain import plan_chain

CET = ["host_s_cet", "host_ssp", "host_ssp_tbl", "guest_s_cet", "guest_ssp", "guest_ssp_tbl"]
Loader = Callable[[str], ModuleType]


@pytest.fixture(scope="module")
def translator(specs: SpecSet) -> RegionTranslator:
    return RegionTranslator(specs)


def _member(layout: Layout, name: str) -> Member:
    return next(m for m in layout.members if m.name == name)


def _value(layout: Layout, data: bytes, name: str) -> int:
    member = _member(layout, name)
    return int.from_bytes(data[member.offset : member.end], "little")


# --- chains ------------------------------------------------------------------------------


def test_every_pair_of_bundled_layouts_is_connected(specs: SpecSet) -> None:
    for source, target in itertools.permutations(specs.by_name, 2):
        chain = plan_chain(specs, source, target)
        assert chain is not None, (source, target)
        assert chain.hops[0].source == source and chain.hops[-1].target == target
        for before, after in itertools.pairwise(chain.hops):
            assert before.target == after.source
        assert all(hop.is_conversion for hop in chain.hops)
        direct = (source, target) in specs.conversions
        assert len(chain.hops) == (1 if direct else 2), str(chain)


def test_chain_is_shortest_and_never_uses_a_sync(specs: SpecSet) -> None:
    chain = plan_chain(specs, "hv_evmcs_v1", "kvm_vmcs12_v4_14")
    assert str(chain) == "hv_evmcs_v1 -> kvm_vmcs12 -> kvm_vmcs12_v4_14"
    # Without the whole-image conversions only syncs join eVMCS to vmcs12: no chain.
    syncs_only = dataclasses.replace(
        specs,
        translations=tuple(
            t
            for t in specs.translations
            if not t.is_conversion or "hv_evmcs_v1" not in (t.source, t.target)
        ),
    )
    assert plan_chain(syncs_only, "hv_evmcs_v1", "kvm_vmcs12") is None
    with pytest.raises(
        NoTranslation,
        match="hv_evmcs_v1 converts to: nothing; sync hv_evmcs_v1_sync_to_kvm_vmcs12 is declared",
    ):
        RegionTranslator(syncs_only).chain("hv_evmcs_v1", "kvm_vmcs12")


def test_region_must_be_exactly_the_region_size(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    evmcs = running_evmcs(specs)
    for data in (evmcs[:-1], evmcs + b"\0"):
        result = translator.translate("hv_evmcs_v1", "kvm_vmcs12", data)
        assert result.data is None and not result.ok
        assert [(d.code, d.message) for d in result.diagnostics] == [
            ("bad-region", f"{len(data)} bytes; a hv_evmcs_v1 region is exactly 4096 bytes")
        ]


def test_refusal_on_a_later_hop_refuses_the_whole(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    # eVMCS -> vmcs12 keeps TSC_MULTIPLIER; vmcs12 -> 4.14 cannot.
    refused = translator.translate("hv_evmcs_v1", "kvm_vmcs12_v4_14", running_evmcs(specs))
    assert refused.data is None
    assert [(lost.hop, lost.field, lost.value) for lost in refused.blocked] == [
        ("kvm_vmcs12_to_kvm_vmcs12_v4_14", "tsc_multiplier", 0x0001000000000000)
    ]
    assert [d.code for d in refused.diagnostics] == ["blocked", "refused"]
    assert refused.diagnostics[1].message.startswith(
        "hv_evmcs_v1 -> kvm_vmcs12 -> kvm_vmcs12_v4_14 refused"
    )


# --- nested CET ---------------------------------------------------------------------------


def test_cet_downgrade_is_refused_naming_each_cet_field_in_use(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    refused = translator.translate(
        "kvm_vmcs12", "kvm_vmcs12_v6_17", running_vmcs12(specs, cet=True)
    )
    # guest_ssp_tbl is 0 in that guest, so it is not in the way.
    assert refused.data is None
    assert [lost.field for lost in refused.blocked] == [
        "host_s_cet",
        "host_ssp",
        "host_ssp_tbl",
        "guest_s_cet",
        "guest_ssp",
    ]
    assert {lost.encoding for lost in refused.blocked} == {0x6C18, 0x6C1A, 0x6C1C, 0x6828, 0x682A}


def test_clean_downgrade_and_upgrade_are_byte_for_byte(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    vmcs12 = running_vmcs12(specs, cet=False)
    down = translator.translate("kvm_vmcs12", "kvm_vmcs12_v6_17", vmcs12)
    assert down.data == vmcs12 and not down.dropped
    up = translator.translate("kvm_vmcs12_v6_17", "kvm_vmcs12", down.data)
    assert up.data == vmcs12 and not up.dropped


def test_upgrade_from_6_17_sets_cet_to_zero_and_keeps_everything_else(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    old, new = specs.by_name["kvm_vmcs12_v6_17"], specs.by_name["kvm_vmcs12"]
    src = bytearray(random.Random(11).randbytes(old.size))
    src[0:4] = old.revision.to_bytes(4, "little")
    for member in old.members:
        if member.kind is MemberKind.RESERVED:
            src[member.offset : member.end] = bytes(member.size)
    out = translator.translate(old.name, new.name, bytes(src)).data
    assert all(_value(new, out, name) == 0 for name in CET)
    for member in old.members:
        if member.kind is not MemberKind.RESERVED:
            assert _value(new, out, member.name) == _value(old, bytes(src), member.name)


def test_a_cet_image_taken_for_6_17_is_reported_not_zeroed_silently(
    specs: SpecSet, translator: RegionTranslator, tmp_path: Path
) -> None:
    """The seed problem: a 6.18 region under the 6.17 name keeps its CET values in what
    6.17 calls padding. The revision id cannot tell, so the bytes are named as not carried."""
    old, new = specs.by_name["kvm_vmcs12_v6_17"], specs.by_name["kvm_vmcs12"]
    region = bytearray(new.size)
    region[0:4] = new.revision.to_bytes(4, "little")
    guest_s_cet = _member(new, "guest_s_cet")
    region[guest_s_cet.offset : guest_s_cet.end] = (1 << 2).to_bytes(8, "little")  # ENDBR_EN
    taken = translator.translate(old.name, new.name, bytes(region))
    assert [(u.layout, u.span.name, u.nonzero) for u in taken.unused] == [
        ("kvm_vmcs12_v6_17", "paddingl", 1)
    ]
    assert _value(new, taken.data, "guest_s_cet") == 0
    assert translator.translate(new.name, old.name, _zero_cet(new, region)).unused == ()
    path, out = tmp_path / "cet.bin", tmp_path / "out.bin"
    path.write_bytes(bytes(region))
    result = _vmcsgen("translate", old.name, new.name, str(path), str(out))
    assert result.returncode == 0, result.stderr
    assert (
        f"{path}: note: paddingl (bytes 680..743) holds 1 non-zero byte that kvm_vmcs12_v6_17 "
        "leaves unused; they are not carried (is the region in another layout? see vmcsgen "
        "identify)"
    ) in result.stderr.splitlines()


def _zero_cet(layout: Layout, region: bytearray) -> bytes:
    clean = bytearray(region)
    for name in CET:
        member = _member(layout, name)
        clean[member.offset : member.end] = bytes(member.size)
    return bytes(clean)


# --- whole eVMCS images -------------------------------------------------------------------


def test_evmcs_image_survives_conversion_to_vmcs12_and_back(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    evmcs_layout, vmcs12_layout = specs.by_name["hv_evmcs_v1"], specs.by_name["kvm_vmcs12"]
    evmcs = running_evmcs(specs)
    there = translator.translate("hv_evmcs_v1", "kvm_vmcs12", evmcs)
    assert _value(vmcs12_layout, there.data, "vm_exit_reason") == EPT_VIOLATION
    assert _value(vmcs12_layout, there.data, "host_rip") == HOST_RIP
    assert _value(vmcs12_layout, there.data, "vmcs_link_pointer") == 2**64 - 1
    for member in evmcs_layout.fields:
        twin = vmcs12_layout.by_identity[member.identity]
        assert _value(vmcs12_layout, there.data, twin.name) == _value(
            evmcs_layout, evmcs, member.name
        ), member.name
    assert {(d.field, d.value) for d in there.dropped} == set(EVMCS_ENLIGHTENMENTS.items())
    back = translator.translate("kvm_vmcs12", "hv_evmcs_v1", there.data)
    assert _value(evmcs_layout, back.data, "host_rip") == HOST_RIP
    assert _value(evmcs_layout, back.data, "vm_exit_reason") == EPT_VIOLATION
    # Everything but the enlightenments comes back; those start from 0 (all groups dirty).
    cleared = bytearray(evmcs)
    for name in EVMCS_ENLIGHTENMENTS:
        member = _member(evmcs_layout, name)
        cleared[member.offset : member.end] = bytes(member.size)
    assert back.data == bytes(cleared)


def test_evmcs_cet_members_are_reported_when_dropped(
    specs: SpecSet, translator: RegionTranslator, layout_module: Loader
) -> None:
    evmcs = layout_module("hv_evmcs_v1").HvEvmcsV1.from_bytes(running_evmcs(specs))
    evmcs.guest_ssp = 0xFFFFC900001B8FF8
    evmcs.host_ia32_s_cet = 1
    result = translator.translate("hv_evmcs_v1", "kvm_vmcs12", evmcs.to_bytes())
    dropped = {d.field: d.value for d in result.dropped}
    assert dropped["guest_ssp"] == 0xFFFFC900001B8FF8 and dropped["host_ia32_s_cet"] == 1
    # KVM maps no CET member of the eVMCS, so vmcs12's CET fields stay 0.
    assert all(_value(specs.by_name["kvm_vmcs12"], result.data, name) == 0 for name in CET)


def test_vmcs12_fields_evmcs_cannot_hold_refuse_the_conversion(
    specs: SpecSet, translator: RegionTranslator
) -> None:
    # A launched L2 with CET: eVMCS has no launch state, and KVM maps no CET field.
    refused = translator.translate("kvm_vmcs12", "hv_evmcs_v1", running_vmcs12(specs, cet=True))
    assert refused.data is None
    assert [lost.field for lost in refused.blocked] == [
        "launch_state",
        "host_s_cet",
        "host_ssp",
        "host_ssp_tbl",
        "guest_s_cet",
        "guest_ssp",
    ]


# --- nothing lost silently, for every ordered pair --------------------------------------


def _identity_values(layout: Layout, data: bytes) -> dict[str, tuple[Member, int]]:
    return {
        m.identity: (m, int.from_bytes(data[m.offset : m.end], "little"))
        for m in layout.members
        if m.kind in (MemberKind.FIELD, MemberKind.STATE, MemberKind.PRIVATE)
    }


def _random_region(layout: Layout, rng: random.Random, density: float, shadow: bool) -> bytes:
    data = bytearray(layout.size)
    for member in layout.members:
        data_member = member.kind in (MemberKind.FIELD, MemberKind.STATE, MemberKind.PRIVATE)
        if data_member and rng.random() < density:
            data[member.offset : member.end] = rng.randbytes(member.size)
    header = layout.revision | (1 << 31 if shadow and layout.shadow_indicator else 0)
    data[0:4] = header.to_bytes(4, "little")
    return bytes(data)


PAIRS = list(
    itertools.permutations(
        [
            "hv_evmcs_v1",
            "kvm_vmcs12",
            "kvm_vmcs12_evmcs_order",
            "kvm_vmcs12_v4_14",
            "kvm_vmcs12_v6_17",
        ],
        2,
    )
)


def test_pairs_cover_every_bundled_layout(specs: SpecSet) -> None:
    assert set(PAIRS) == set(itertools.permutations(specs.by_name, 2))


@pytest.mark.parametrize(("source", "target"), PAIRS)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    density=st.sampled_from([0.02, 0.1, 0.5, 1.0]),
    shadow=st.booleans(),
)
def test_every_value_is_carried_refused_or_reported(
    source: str,
    target: str,
    seed: int,
    density: float,
    shadow: bool,
    specs: SpecSet,
    translator: RegionTranslator,
) -> None:
    src_layout, dst_layout = specs.by_name[source], specs.by_name[target]
    data = _random_region(src_layout, random.Random(seed), density, shadow)
    before = _identity_values(src_layout, data)
    result = translator.translate(source, target, data)
    if result.data is None:
        assert result.blocked
        for lost in result.blocked:
            if lost.field == "shadow_vmcs":
                assert data[3] & 0x80
                continue
            # A refusal names a value the source really holds (carried so far unchanged).
            hop_source = specs.by_name[
                next(h for h in specs.translations if h.name == lost.hop).source
            ]
            identity = _member(hop_source, lost.field).identity
            member, value = before[identity]
            assert value == lost.value != member.default
        return
    after = _identity_values(dst_layout, result.data)
    reported = set()
    for drop in result.dropped:
        hop_source = specs.by_name[next(h for h in specs.translations if h.name == drop.hop).source]
        reported.add(_member(hop_source, drop.field).identity)
    for identity, (member, value) in before.items():
        if value == member.default:
            continue
        carried = identity in after and after[identity][1] == value
        assert carried or identity in reported, (identity, hex(value), str(result.chain))
    for identity, (member, value) in after.items():
        if identity not in before:
            assert value == member.default, identity  # new in the destination: its default
    header = int.from_bytes(result.data[:4], "little")
    assert header & 0x7FFFFFFF == dst_layout.revision
    assert header >> 31 == (data[3] >> 7 if src_layout.shadow_indicator else 0)


# --- the command line -------------------------------------------------------------------


def _vmcsgen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args], capture_output=True, text=True, cwd=cwd
    )


def test_cli_converts_a_running_evmcs_and_reports_enlightenments(
    specs: SpecSet, tmp_path: Path
) -> None:
    evmcs, vmcs12, back = tmp_path / "evmcs.bin", tmp_path / "vmcs12.bin", tmp_path / "back.bin"
    evmcs.write_bytes(running_evmcs(specs))
    there = _vmcsgen("translate", "hv_evmcs_v1", "kvm_vmcs12", str(evmcs), str(vmcs12))
    assert there.returncode == 0, there.stderr
    lines = there.stderr.splitlines()
    assert lines[0] == "chain: hv_evmcs_v1 -> kvm_vmcs12 (1 conversion)"
    assert lines[1] == (
        "note: sync hv_evmcs_v1_sync_to_kvm_vmcs12 not run; pass --sync to update an existing "
        "kvm_vmcs12 region with it"
    )
    assert f"{evmcs}: note: hv_vp_id = 0x3 dropped by hv_evmcs_v1_to_kvm_vmcs12: " in there.stderr
    assert len(lines) == 2 + len(EVMCS_ENLIGHTENMENTS)
    assert _value(specs.by_name["kvm_vmcs12"], vmcs12.read_bytes(), "vm_exit_reason") == 48
    home = _vmcsgen("translate", "kvm_vmcs12", "hv_evmcs_v1", str(vmcs12), str(back))
    assert home.returncode == 0, home.stderr
    assert _value(specs.by_name["hv_evmcs_v1"], back.read_bytes(), "host_rip") == HOST_RIP
    chained = _vmcsgen("translate", "kvm_vmcs12", "kvm_vmcs12_v6_17", str(vmcs12), str(back))
    assert chained.returncode == 0 and back.read_bytes() == vmcs12.read_bytes()


def test_cli_refuses_a_whole_chain_and_writes_nothing(specs: SpecSet, tmp_path: Path) -> None:
    evmcs, out = tmp_path / "evmcs.bin", tmp_path / "old.bin"
    evmcs.write_bytes(running_evmcs(specs))
    result = _vmcsgen("translate", "hv_evmcs_v1", "kvm_vmcs12_v4_14", str(evmcs), str(out))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "chain: hv_evmcs_v1 -> kvm_vmcs12 -> kvm_vmcs12_v4_14 (2 conversions)",
        f"{evmcs}: error: tsc_multiplier = 0x1000000000000 would be lost in "
        "kvm_vmcs12_to_kvm_vmcs12_v4_14: kvm_vmcs12_v4_14 has no TSC_MULTIPLIER",
        f"{evmcs}: error: hv_evmcs_v1 -> kvm_vmcs12 -> kvm_vmcs12_v4_14 refused at "
        "kvm_vmcs12_to_kvm_vmcs12_v4_14, 1 blocking field(s)",
        f"{out}: note: not written",
    ]
    assert not out.exists()


def test_cli_runs_a_sync_only_when_asked_into_an_existing_region(
    specs: SpecSet, tmp_path: Path
) -> None:
    evmcs, vmcs12 = tmp_path / "evmcs.bin", tmp_path / "vmcs12.bin"
    evmcs.write_bytes(running_evmcs(specs))
    missing = _vmcsgen("translate", "--sync", "hv_evmcs_v1", "kvm_vmcs12", str(evmcs), str(vmcs12))
    assert (
        missing.returncode == 1 and "--sync updates an existing kvm_vmcs12 region" in missing.stderr
    )
    assert not vmcs12.exists()
    existing = running_vmcs12(specs, cet=True)
    vmcs12.write_bytes(existing)
    synced = _vmcsgen("translate", "--sync", "hv_evmcs_v1", "kvm_vmcs12", str(evmcs), str(vmcs12))
    assert synced.returncode == 0, synced.stderr
    assert synced.stderr.startswith(
        "running sync hv_evmcs_v1_sync_to_kvm_vmcs12: writes the control, guest_state, "
        "host_state fields"
    )
    layout = specs.by_name["kvm_vmcs12"]
    # The sync keeps what it does not copy: launch state and CET of the existing vmcs12.
    assert _value(layout, vmcs12.read_bytes(), "launch_state") == 1
    assert _value(layout, vmcs12.read_bytes(), "guest_ssp") == _value(layout, existing, "guest_ssp")
    undeclared = _vmcsgen(
        "translate", "--sync", "kvm_vmcs12_v4_14", "kvm_vmcs12", str(evmcs), str(vmcs12)
    )
    assert (
        undeclared.returncode == 1 and "no sync kvm_vmcs12_v4_14 -> kvm_vmcs12" in undeclared.stderr
    )
