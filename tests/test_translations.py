"""Generated translations: round trips, blockers, headers, clean fields, Python == C."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import GENERATED, ROOT, Toolchain, missing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vmcsgen.model.spec import Layout, MemberKind, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans

UPGRADE = "kvm_vmcs12_v4_14_to_kvm_vmcs12"
DOWNGRADE = "kvm_vmcs12_to_kvm_vmcs12_v4_14"
TO_RFC = "kvm_vmcs12_to_kvm_vmcs12_evmcs_order"
FROM_RFC = "kvm_vmcs12_evmcs_order_to_kvm_vmcs12"
EVMCS_IN = "hv_evmcs_v1_sync_to_kvm_vmcs12"
EVMCS_OUT = "kvm_vmcs12_sync_to_hv_evmcs_v1"
# Nested CET (Linux 6.18): neither 4.14, nor the RFC layout, nor eVMCS (as KVM maps it) has these.
CET = {"host_s_cet", "host_ssp", "host_ssp_tbl", "guest_s_cet", "guest_ssp", "guest_ssp_tbl"}
GUEST_CET = {"guest_s_cet", "guest_ssp", "guest_ssp_tbl"}
# Fields current vmcs12 has and 4.14 lacks, other than CET.
NEWER_THAN_4_14 = {"vmread_bitmap", "vmwrite_bitmap", "encls_exiting_bitmap", "tsc_multiplier"}


@pytest.fixture(scope="module")
def tr(generated_python: Path) -> ModuleType:
    import vmcs_translations

    return vmcs_translations


@pytest.fixture(scope="module")
def plans(specs: SpecSet) -> dict[str, TranslationPlan]:
    return {plan.name: plan for plan in build_plans(specs)}


def region(
    layout: Layout, rng: random.Random, *, zero: set[str] = frozenset(), shadow: bool = False
) -> bytes:
    """A well-formed region: header, random data members, zero reserved space and tail."""
    data = bytearray(layout.size)
    header = layout.revision | (1 << 31 if shadow else 0)
    data[0:4] = header.to_bytes(4, "little")
    for member in layout.members:
        data_member = member.kind in (MemberKind.FIELD, MemberKind.STATE, MemberKind.PRIVATE)
        if data_member and member.name not in zero:
            data[member.offset : member.end] = rng.getrandbits(8 * member.size).to_bytes(
                member.size, "little"
            )
    return bytes(data)


def values(layout: Layout, data: bytes) -> dict[str, int]:
    return {
        m.identity: int.from_bytes(data[m.offset : m.end], "little")
        for m in layout.members
        if m.kind.carries_data
    }


seeds = st.integers(min_value=0, max_value=2**32)
fast = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@fast
@given(seed=seeds)
def test_upgrade_then_downgrade_is_identity(seed: int, tr: ModuleType, specs: SpecSet) -> None:
    old = specs.by_name["kvm_vmcs12_v4_14"]
    src = region(old, random.Random(seed), zero={f"cr3_target_value{i}" for i in range(4)})
    new = getattr(tr, UPGRADE)(src)
    assert bytes(getattr(tr, DOWNGRADE)(new)) == src


@fast
@given(seed=seeds)
def test_upgrade_moves_every_field(seed: int, tr: ModuleType, specs: SpecSet) -> None:
    old, new = specs.by_name["kvm_vmcs12_v4_14"], specs.by_name["kvm_vmcs12"]
    src = region(old, random.Random(seed))
    out = bytes(getattr(tr, UPGRADE)(src))
    before, after = values(old, src), values(new, out)
    for identity, value in after.items():
        expected = before.get(identity, 0)
        if identity in before or identity.startswith("field:"):
            assert value == expected, identity
    assert out[:4] == new.revision.to_bytes(4, "little")
    assert out[new.struct_size :] == bytes(new.size - new.struct_size)
    dropped = getattr(tr, f"{UPGRADE}_discarded")(src)
    assert [d.field for d in dropped if d.value] == [
        f"cr3_target_value{i}" for i in range(4) if before[f"field:CR3_TARGET_VALUE{i}"]
    ]


@fast
@given(seed=seeds)
def test_downgrade_then_upgrade_is_identity_without_blockers(
    seed: int, tr: ModuleType, specs: SpecSet
) -> None:
    new = specs.by_name["kvm_vmcs12"]
    src = region(new, random.Random(seed), zero=NEWER_THAN_4_14 | CET)
    old = getattr(tr, DOWNGRADE)(src)
    assert bytes(getattr(tr, UPGRADE)(old)) == src


def test_downgrade_refuses_to_lose_tsc_multiplier(tr: ModuleType, specs: SpecSet) -> None:
    new = specs.by_name["kvm_vmcs12"]
    src = bytearray(region(new, random.Random(1), zero=NEWER_THAN_4_14 - {"tsc_multiplier"} | CET))
    with pytest.raises(tr.TranslationBlocked) as info:
        getattr(tr, DOWNGRADE)(src)
    assert [b.field for b in info.value.blockers] == ["tsc_multiplier"]
    assert info.value.blockers[0].encoding == 0x2032
    assert "tsc_multiplier" in str(info.value)
    assert getattr(tr, f"{DOWNGRADE}_blockers")(src) == list(info.value.blockers)


@fast
@given(
    seed=seeds,
    in_use=st.sets(st.sampled_from(sorted(NEWER_THAN_4_14 | CET))),
)
def test_every_blocker_is_reported(
    seed: int, in_use: set[str], tr: ModuleType, specs: SpecSet
) -> None:
    new = specs.by_name["kvm_vmcs12"]
    zero = (NEWER_THAN_4_14 | CET) - in_use
    src = bytearray(region(new, random.Random(seed), zero=zero))
    for name in in_use:  # random values may be 0 by chance; make them non-default
        member = next(m for m in new.members if m.name == name)
        src[member.offset] |= 1
    blockers = getattr(tr, f"{DOWNGRADE}_blockers")(src)
    assert {b.field for b in blockers} == in_use


def test_shadow_indicator_carried_or_blocking(tr: ModuleType, specs: SpecSet) -> None:
    cur = specs.by_name["kvm_vmcs12"]
    src = region(
        cur,
        random.Random(2),
        shadow=True,
        zero=NEWER_THAN_4_14 | CET,
    )
    rfc = getattr(tr, TO_RFC)(src)
    assert int.from_bytes(rfc[:4], "little") == 0x11E57ED1 | 1 << 31
    with pytest.raises(tr.TranslationBlocked) as info:
        getattr(tr, DOWNGRADE)(src)
    assert [b.field for b in info.value.blockers] == ["shadow_vmcs"]


@fast
@given(seed=seeds)
def test_rfc_layout_round_trips(seed: int, tr: ModuleType, specs: SpecSet) -> None:
    src = region(specs.by_name["kvm_vmcs12"], random.Random(seed), zero=CET)
    assert bytes(getattr(tr, FROM_RFC)(getattr(tr, TO_RFC)(src))) == src


@pytest.mark.parametrize("name", [UPGRADE, DOWNGRADE, TO_RFC, FROM_RFC, EVMCS_IN, EVMCS_OUT])
def test_source_checks(name: str, tr: ModuleType, plans: dict[str, TranslationPlan]) -> None:
    plan = plans[name]
    good = region(plan.source, random.Random(3))
    with pytest.raises(tr.TranslationError, match="bytes"):
        getattr(tr, name)(good[:-1])
    wrong = bytearray(good)
    wrong[0:4] = (plan.source.revision ^ 0x10).to_bytes(4, "little")
    with pytest.raises(tr.TranslationError, match="revision id"):
        getattr(tr, name)(wrong)


def test_evmcs_and_vmcs12_exchange_every_shared_field(tr: ModuleType, specs: SpecSet) -> None:
    evmcs, vmcs12 = specs.by_name["hv_evmcs_v1"], specs.by_name["kvm_vmcs12"]
    rng = random.Random(4)
    src = region(evmcs, rng)
    unholdable = {"vmx_preemption_timer_value", "guest_intr_status", "guest_pml_index"} | CET
    into = bytearray(region(vmcs12, rng, zero=unholdable))
    out = getattr(tr, EVMCS_IN)(src, into)
    assert out is into
    exchanged = set()
    ev, v12 = values(evmcs, src), values(vmcs12, bytes(out))
    for member in evmcs.fields:
        if member.type is not None and member.type.key != "read_only":
            assert v12[member.identity] == ev[member.identity], member.name
            exchanged.add(member.identity)
    back = getattr(tr, EVMCS_OUT)(bytes(out), bytearray(src))
    for member in evmcs.fields:
        if member.type is not None and member.type.key in ("guest_state", "read_only"):
            assert values(evmcs, bytes(back))[member.identity] == v12[member.identity]
            exchanged.add(member.identity)
    assert exchanged == {m.identity for m in evmcs.fields}
    assert int.from_bytes(out[:4], "little") == vmcs12.revision


def test_evmcs_out_reports_fields_evmcs_cannot_hold(tr: ModuleType, specs: SpecSet) -> None:
    vmcs12 = specs.by_name["kvm_vmcs12"]
    src = bytearray(
        region(
            vmcs12,
            random.Random(5),
            zero={"vmx_preemption_timer_value", "guest_intr_status", "guest_pml_index"} | GUEST_CET,
        )
    )
    getattr(tr, EVMCS_OUT)(src)
    guest_pml_index = next(m for m in vmcs12.members if m.name == "guest_pml_index")
    src[guest_pml_index.offset] = 7
    target = bytearray(b"\xaa" * 4096)
    with pytest.raises(tr.TranslationBlocked) as info:
        getattr(tr, EVMCS_OUT)(src, target)
    assert [b.field for b in info.value.blockers] == ["guest_pml_index"]
    assert target == bytearray(b"\xaa" * 4096)


def _changed(before: bytes, after: bytes, layout: Layout) -> set[str]:
    return {
        m.name
        for m in layout.members
        if m.kind is not MemberKind.HEADER and before[m.offset : m.end] != after[m.offset : m.end]
    }


def test_clean_fields_all_clean_copies_only_always_copied(
    tr: ModuleType, specs: SpecSet, plans: dict[str, TranslationPlan]
) -> None:
    evmcs, vmcs12 = specs.by_name["hv_evmcs_v1"], specs.by_name["kvm_vmcs12"]
    rng = random.Random(6)
    src, base = region(evmcs, rng), region(vmcs12, rng)
    out = getattr(tr, EVMCS_IN)(src, bytearray(base), clean_fields=0xFFFF)
    assert _changed(base, bytes(out), vmcs12) == {"tpr_threshold", "guest_rip"}


def test_clean_fields_one_dirty_group_copies_that_group(tr: ModuleType, specs: SpecSet) -> None:
    evmcs, vmcs12 = specs.by_name["hv_evmcs_v1"], specs.by_name["kvm_vmcs12"]
    assert evmcs.clean_fields is not None
    rng = random.Random(7)
    src, base = region(evmcs, rng), region(vmcs12, rng)
    copied_types = {"control", "guest_state", "host_state"}
    for group in evmcs.clean_fields.groups:
        if group.mask in (0, 0xFFFF):
            continue
        out = getattr(tr, EVMCS_IN)(src, bytearray(base), clean_fields=0xFFFF & ~group.mask)
        expected = {
            m.name
            for m in evmcs.fields
            if m.group in (group.name, "NONE", "ALL") and m.type and m.type.key in copied_types
        }
        assert _changed(base, bytes(out), vmcs12) == expected, group.name


# --- Python and C agree byte for byte --------------------------------------------------


@pytest.fixture(scope="module")
def c_driver(
    plans: dict[str, TranslationPlan],
    toolchain: Toolchain,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[bool, Path]:
    tmp = tmp_path_factory.mktemp("translate")
    table = tmp / "table.inc"
    lines = [f"PLAIN({name})" for name in plans]
    lines += [f"DIRTY({name})" for name, plan in plans.items() if plan.spec.honour_clean_fields]
    lines += [f"DISCARDS({name})" for name, plan in plans.items() if plan.discards]
    lines += [_unchecked_entry(plan) for plan in plans.values() if plan.is_update]
    table.write_text("\n".join(lines) + "\n")
    drivers = {}
    for sanitize in (False, True):
        if sanitize and not toolchain.sanitizers_work:
            continue
        drivers[sanitize] = toolchain.compile(
            ROOT / "tests" / "c" / "translate_driver.c",
            tmp / f"translate{'_san' if sanitize else ''}",
            includes=[GENERATED / "c"],
            defines={"TRANSLATION_TABLE": f'"{table}"'},
            sanitize=sanitize,
        )
    return drivers


def _unchecked_name(plan: TranslationPlan) -> str:
    return (
        f"{plan.name}_dirty_unchecked"
        if plan.spec.honour_clean_fields
        else f"{plan.name}_unchecked"
    )


def _unchecked_entry(plan: TranslationPlan) -> str:
    name = _unchecked_name(plan)
    call = f"{name}(dst, src{', clean' if plan.spec.honour_clean_fields else ''})"
    refuses = bool(plan.blockers) or plan.shadow_blocks
    return f"UNCHECKED({name}, {call if refuses else f'({call}, 0)'})"


def _run_c(
    driver: Path, name: str, src: bytes, dst: bytes, tmp: Path, clean: int | None = None
) -> tuple[int, list[str], list[tuple[str, int]], bytes]:
    (tmp / "src.bin").write_bytes(src)
    (tmp / "dst.bin").write_bytes(dst)
    args = [str(driver), name, str(tmp / "src.bin"), str(tmp / "dst.bin")]
    if clean is not None:
        args.append(hex(clean))
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
    reports = [line.split() for line in out[1:]]
    blockers = [field for kind, field, _ in reports if kind == "blocker"]
    dropped = [(field, int(value, 16)) for kind, field, value in reports if kind == "dropped"]
    return int(out[0]), blockers, dropped, (tmp / "dst.bin").read_bytes()


def _python(
    tr: ModuleType, plan: TranslationPlan, src: bytes, dst: bytes, clean: int | None
) -> tuple[int, list[str], list[tuple[str, int]], bytes]:
    function = getattr(tr, plan.name)
    try:
        discarded = getattr(tr, f"{plan.name}_discarded", None)
        dropped = [(d.field, d.value) for d in discarded(src)] if discarded else []
        if plan.is_update:
            kwargs: dict[str, Any] = {} if clean is None else {"clean_fields": clean}
            return 0, [], dropped, bytes(function(src, bytearray(dst), **kwargs))
        return 0, [], dropped, bytes(function(src))
    except tr.TranslationBlocked as blocked:
        return -34, [b.field for b in blocked.blockers], dropped, dst
    except tr.TranslationError as err:
        return (-22 if "bytes" in str(err) else -71), [], [], dst


@pytest.mark.parametrize("sanitize", [False, True])
def test_python_and_c_agree(
    sanitize: bool,
    tr: ModuleType,
    plans: dict[str, TranslationPlan],
    c_driver: dict[bool, Path],
    tmp_path: Path,
) -> None:
    if sanitize not in c_driver:
        missing("AddressSanitizer/UBSan runtime not available (gcc's libasan and libubsan)")
    driver = c_driver[sanitize]
    rng = random.Random(8)
    for plan in plans.values():
        for trial in range(8 if sanitize else 25):
            zero = {
                m.name for m in plan.source.members if rng.random() < (0.98 if trial % 2 else 0.1)
            }
            src = bytearray(region(plan.source, rng, zero=zero, shadow=trial % 3 == 0))
            if trial == 5:
                src[0] ^= 0x40  # wrong revision
            dst = bytes(region(plan.target, rng)) if plan.is_update else bytes(4096)
            clean_options = [None] + (
                [0, 0xFFFF, rng.getrandbits(16)] if plan.spec.honour_clean_fields else []
            )
            if trial == 0:  # each group alone dirty: the others' chunk tests skip them
                clean_options += [0xFFFF & ~g.mask for g in plan.groups if g.mask]
            for clean in clean_options:
                name = plan.name if clean is None else f"{plan.name}_dirty"
                c_ret, c_blockers, c_dropped, c_out = _run_c(
                    driver, name, bytes(src), dst, tmp_path, clean
                )
                py_ret, py_blockers, py_dropped, py_out = _python(tr, plan, bytes(src), dst, clean)
                assert (c_ret, c_blockers) == (py_ret, py_blockers), (plan.name, trial)
                assert c_dropped == py_dropped, (plan.name, trial)
                assert c_out == py_out, (plan.name, trial, clean)


def test_unchecked_sync_is_the_checked_body(
    tr: ModuleType,
    plans: dict[str, TranslationPlan],
    c_driver: dict[bool, Path],
    tmp_path: Path,
) -> None:
    """<name>_unchecked()/_dirty_unchecked() write what the checked update writes, leave the
    header alone, ignore the revision id, and still refuse a value the destination cannot
    keep without touching dst."""
    driver = c_driver[False]
    rng = random.Random(13)
    updates = [plan for plan in plans.values() if plan.is_update]
    assert updates
    for plan in updates:
        outcomes = set()
        for trial in range(12):
            zero = {m.name for m in plan.source.members if rng.random() < (0.1 if trial % 3 else 1)}
            src = bytes(region(plan.source, rng, zero=zero))
            dst = bytes(region(plan.target, rng))
            clean = rng.choice([0, 0xFFFF, rng.getrandbits(16)])
            honoured = clean if plan.spec.honour_clean_fields else None
            py_ret, _, _, py_out = _python(tr, plan, src, dst, honoured)
            wrong_revision = bytes([src[0] ^ 0x40]) + src[1:]
            c_ret, _, _, c_out = _run_c(
                driver, _unchecked_name(plan), wrong_revision, dst, tmp_path, clean
            )
            assert c_ret == py_ret, (plan.name, trial)
            expected = dst[:4] + py_out[4:] if py_ret == 0 else dst
            assert c_out == expected, (plan.name, trial, clean)
            outcomes.add(c_ret)
        assert outcomes == ({0, -34} if plan.blockers else {0}), plan.name
