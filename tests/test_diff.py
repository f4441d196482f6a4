"""vmcsgen.compat: is NEW able to read what OLD wrote?"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vmcsgen.cli.diff import LayoutNotFound, run_diff
from vmcsgen.model.diagnostics import SpecError
from vmcsgen.reading.loader import load_specs

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "diff"
FINDING = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+): (?P<verdict>breaking|compatible): (?P<what>.+)$"
)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Spec paths are shown relative to the working directory, as the CLI shows them.
    monkeypatch.chdir(ROOT)


def diff(old: str, new: str) -> tuple[list[str], str, int]:
    lines, status = run_diff(old, new, SPECS)
    for line in lines[:-1]:
        assert FINDING.match(line), line
    return lines[:-1], lines[-1], status


def fixture(name: str) -> str:
    return str((FIXTURES / f"{name}.yaml").relative_to(ROOT))


def findings(lines: list[str], verdict: str) -> list[str]:
    return [line for line in lines if f": {verdict}: " in line]


# --- the real layouts ---------------------------------------------------------------------


def test_v4_14_to_current_is_breaking_and_names_every_moved_field() -> None:
    lines, summary, status = diff("kvm_vmcs12_v4_14", "kvm_vmcs12")
    assert status == 1
    specs = load_specs(SPECS)
    old, new = specs.by_name["kvm_vmcs12_v4_14"], specs.by_name["kvm_vmcs12"]
    moved = {
        key
        for key, member in new.by_identity.items()
        if key in old.by_identity and old.by_identity[key].offset != member.offset
    }
    assert len(moved) == 127
    moved_lines = [line for line in findings(lines, "breaking") if " moved (" in line]
    assert len(moved_lines) == 127
    for key in moved:
        before, after = old.by_identity[key], new.by_identity[key]
        assert after.field is not None  # abort and launch_state stay put
        assert (
            f"specs/layouts/kvm_vmcs12.yaml:{after.location.line}: breaking: {after.name} "
            f"({after.field.name}) moved (offset {before.offset} → {after.offset}, "
            f"{after.size} bytes)"
        ) in moved_lines
    # The padding arrays move with them; they hold no data, so that alone breaks nothing.
    for name in ("padding64", "paddingl", "padding32"):
        assert any(f"compatible: reserved {name} moved" in line for line in lines), name
    assert any("hdr gains the shadow-VMCS indicator" in x for x in findings(lines, "breaking"))
    assert summary.startswith("kvm_vmcs12_v4_14 → kvm_vmcs12: breaking: ")
    assert "127 moved" in summary


def test_findings_are_ordered_by_offset_and_deterministic() -> None:
    lines, _, _ = diff("kvm_vmcs12_v4_14", "kvm_vmcs12")
    at = (re.search(r"\(offset (?:\d+ → )?(\d+)", line) for line in lines)
    offsets = [int(m.group(1)) for m in at if m]
    assert len(offsets) == len(lines) - 1  # all but the shadow-indicator finding
    assert offsets == sorted(offsets)
    assert diff("kvm_vmcs12_v4_14", "kvm_vmcs12")[0] == lines


def test_retired_field_whose_bytes_stay_dead_space_is_compatible() -> None:
    lines, _, _ = diff("kvm_vmcs12_v4_14", "kvm_vmcs12")
    # cr3_target_value0 (400..407) falls in dead_space; 1..3 now hold exit_qualification etc.
    (value0,) = [x for x in lines if "CR3_TARGET_VALUE0" in x]
    assert value0.startswith("specs/layouts/kvm_vmcs12_v4_14.yaml:")
    assert ": compatible: " in value0 and "retired" in value0
    for n in (1, 2, 3):
        (line,) = [x for x in lines if f"CR3_TARGET_VALUE{n}" in x]
        assert ": breaking: " in line and "its bytes now hold" in line


@pytest.mark.parametrize("name", ["kvm_vmcs12", "hv_evmcs_v1", "kvm_vmcs12_evmcs_order"])
def test_identical_layouts(name: str) -> None:
    lines, summary, status = diff(name, name)
    assert (lines, status) == ([], 0)
    assert summary == f"{name} → {name}: identical (no findings)"


def test_spec_file_against_its_own_layout_name(tmp_path: Path) -> None:
    # The `git show HEAD~1:specs/layouts/kvm_vmcs12.yaml > /tmp/old.yaml` workflow.
    old = tmp_path / "old.yaml"
    shutil.copy(SPECS / "layouts" / "kvm_vmcs12.yaml", old)
    lines, summary, status = diff(str(old), "kvm_vmcs12")
    assert (lines, status) == ([], 0)
    assert summary.endswith(": identical (no findings)")


def test_revision_change_with_declared_translations_is_compatible() -> None:
    lines, summary, status = diff("kvm_vmcs12", "kvm_vmcs12_evmcs_order")
    assert status == 0
    assert not findings(lines, "breaking")
    assert lines[0] == (
        "specs/translations.yaml:30: compatible: revision 0x11e57ed0 → 0x11e57ed1, translated "
        "by kvm_vmcs12_to_kvm_vmcs12_evmcs_order: 142 moved, 0 added, 0 discarded, 6 blockers"
    )
    assert lines[1].startswith("specs/translations.yaml:33: compatible: translated back by ")
    assert len([x for x in lines if " moved (" in x]) == 142
    assert summary == (
        "kvm_vmcs12 → kvm_vmcs12_evmcs_order: compatible: 150 compatible "
        "(142 moved, 6 blocker, 2 translation)"
    )


def test_translation_report_names_added_fields_and_blockers() -> None:
    lines, _, status = diff("kvm_vmcs12", "hv_evmcs_v1")
    assert status == 0
    assert "22 blockers" in lines[0]
    blockers = [x for x in lines if " refused unless " in x]
    assert len(blockers) == 22 and all(
        x.startswith("specs/layouts/kvm_vmcs12.yaml:") for x in blockers
    )
    assert any("state launch_state refused unless it is 0x0" in x for x in blockers)
    assert any("refuses shadow-VMCS images" in x for x in lines)
    lines, _, _ = diff("hv_evmcs_v1", "kvm_vmcs12")
    # The whole-image conversion, not the entry sync: fields eVMCS lacks get their default,
    # and its enlightenment data is dropped (and reported when translating).
    assert any(
        "apic_access_addr (APIC_ACCESS_ADDR) added (offset 104, 8 bytes), set to 0x0" in x
        for x in lines
    )
    assert any(
        "private hv_vp_id discarded (offset 840, 4 bytes): only hv_evmcs_v1" in x for x in lines
    )


def test_nested_cet_is_compatible_up_and_breaking_down() -> None:
    lines, summary, status = diff("kvm_vmcs12_v6_17", "kvm_vmcs12")
    assert status == 0
    added = [x for x in lines if "added in reserved space" in x]
    assert [x.split(": ")[2].split(" ")[0] for x in added] == [
        "host_s_cet",
        "host_ssp",
        "host_ssp_tbl",
        "guest_s_cet",
        "guest_ssp",
        "guest_ssp_tbl",
    ]
    assert (
        summary == "kvm_vmcs12_v6_17 → kvm_vmcs12: compatible: 7 compatible (6 added, 1 reserved)"
    )
    lines, summary, status = diff("kvm_vmcs12", "kvm_vmcs12_v6_17")
    assert status == 1
    assert len(findings(lines, "breaking")) == 6
    assert all(" removed (offset " in x for x in findings(lines, "breaking"))


def test_revision_change_without_translation_is_breaking() -> None:
    lines, summary, status = diff("hv_evmcs_v1", "kvm_vmcs12_v4_14")
    assert status == 1
    assert lines == [
        "specs/layouts/kvm_vmcs12_v4_14.yaml:9: breaking: revision 0x00000001 → 0x11e57ed0 and "
        "no translation hv_evmcs_v1 → kvm_vmcs12_v4_14 declared"
    ]
    assert summary.endswith(": breaking: 1 breaking (1 translation)")


# --- fixture pairs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "added_in_padding",
            [
                "{new}:12: compatible: msr_bitmap (MSR_BITMAP) added in reserved space "
                "(offset 16, 8 bytes)",
                "{old}:12: compatible: reserved padding gone (offset 16, 8 bytes)",
            ],
        ),
        (
            "added_at_end",
            [
                "{new}:16: compatible: tsc_offset (TSC_OFFSET) added beyond the old struct end "
                "(offset 40, 8 bytes)"
            ],
        ),
        (
            "renamed",
            [
                "{new}:11: compatible: io_bitmap_a (IO_BITMAP_A) renamed io_bitmap_lo "
                "(offset 8, 8 bytes)"
            ],
        ),
        (
            "retired",
            [
                "{new}:13: compatible: reserved old_guest_rip added (offset 24, 8 bytes)",
                "{old}:13: compatible: guest_rip (GUEST_RIP) removed (offset 24, 8 bytes), "
                "retired: mini no longer keeps the guest RIP",
            ],
        ),
    ],
)
def test_compatible_evolution(name: str, expected: list[str]) -> None:
    old, new = fixture("base"), fixture(name)
    lines, summary, status = diff(old, new)
    assert lines == [x.format(old=old, new=new) for x in expected]
    assert status == 0
    assert summary.startswith(f"{old} → {new}: compatible: {len(expected)} compatible (")


@pytest.mark.parametrize(
    ("base", "name", "expected"),
    [
        (
            "base",
            "moved",
            "{new}:12: breaking: io_bitmap_a (IO_BITMAP_A) moved (offset 8 → 16, 8 bytes)",
        ),
        (
            "base",
            "removed",
            "{old}:13: breaking: guest_rip (GUEST_RIP) removed (offset 24, 8 bytes)",
        ),
        ("base", "resized", "{new}:10: breaking: state abort resized (offset 4, 4 → 2 bytes)"),
        (
            "base",
            "encoding",
            "{new}:14: breaking: guest_cs_selector encoding GUEST_CS_SELECTOR 0x00000802 → "
            "GUEST_CS_LIMIT 0x00004802 (offset 32, 2 → 4 bytes)",
        ),
        ("base", "region_shrunk", "{new}:2: breaking: region shrinks (64 → 40 bytes)"),
        (
            "base",
            "new_revision",
            "{new}:2: breaking: revision 0x00000100 → 0x00000101 and no translation "
            "mini → mini declared",
        ),
        (
            "evmcs_base",
            "evmcs_group",
            "{new}:19: breaking: guest_rip (GUEST_RIP) clean-field group GUEST_BASIC → IO_BITMAP "
            "(offset 16, 8 bytes): a hypervisor honouring one side's groups would skip it on "
            "the other side's clean bits",
        ),
        (
            "evmcs_base",
            "evmcs_mask",
            "{new}:2: breaking: clean-field group GUEST_BASIC mask 0x2 → 0x4: a hypervisor "
            "would skip the group on bits the guest does not clear",
        ),
    ],
)
def test_breaking_change(base: str, name: str, expected: str) -> None:
    old, new = fixture(base), fixture(name)
    lines, summary, status = diff(old, new)
    assert findings(lines, "breaking") == [expected.format(old=old, new=new)]
    assert status == 1
    assert summary.startswith(f"{old} → {new}: breaking: 1 breaking (")


def _without_clean_fields(tmp_path: Path) -> str:
    """hv_evmcs_v1 with its clean_fields block and every member's group removed."""
    text = (SPECS / "layouts" / "hv_evmcs_v1.yaml").read_text()
    text, blocks = re.subn(r"(?m)^clean_fields:\n(?:  .*\n)+", "", text)
    text, groups = re.subn(r", group: \w+", "", text)
    # KVM's 126 fields and the four CR3-target members L1 reaches by l1_field.
    assert (blocks, groups) == (1, 130)
    path = tmp_path / "hv_evmcs_v1.yaml"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize(
    ("state", "writer", "reader"), [("removed", "NEW", "OLD"), ("added", "OLD", "NEW")]
)
def test_clean_fields_on_one_side_only_are_breaking(
    state: str, writer: str, reader: str, tmp_path: Path
) -> None:
    copy = _without_clean_fields(tmp_path)
    old, new = ("hv_evmcs_v1", copy) if state == "removed" else (copy, "hv_evmcs_v1")
    lines, summary, status = diff(old, new)
    assert status == 1
    messages = [line.split(": breaking: ", 1)[1] for line in findings(lines, "breaking")]
    assert messages[0] == (
        f"clean fields {state} (mask member hv_clean_fields, 18 groups): a hypervisor "
        f"honouring {reader}'s groups would skip fields that a guest built for {writer} "
        f"changed, as {writer} clears no clean bit"
    )
    specs = load_specs(SPECS)
    groups = specs.by_name["hv_evmcs_v1"].clean_fields
    assert groups is not None
    assert messages[1:-1] == [
        f"clean-field group {g.name} (mask {g.mask:#x}) {state}" for g in groups.groups
    ]
    change = "lose their" if state == "removed" else "gain a"
    assert messages[-1].startswith(f"130 members {change} clean-field group (host_es_selector, ")
    assert len(lines) == len(messages) == 20
    assert summary.endswith("breaking: 20 breaking (18 mask, 1 clean fields, 1 group)")


def test_clean_field_mask_member_change_is_breaking(tmp_path: Path) -> None:
    text = (SPECS / "layouts" / "hv_evmcs_v1.yaml").read_text()
    moved = tmp_path / "hv_evmcs_v1.yaml"
    moved.write_text(text.replace("  member: hv_clean_fields", "  member: hv_synthetic_controls"))
    lines, _, status = diff("hv_evmcs_v1", str(moved))
    assert status == 1
    assert [line.split(": breaking: ", 1)[1] for line in findings(lines, "breaking")] == [
        "clean-field mask member hv_clean_fields → hv_synthetic_controls: a hypervisor would "
        "read clean bits where the guest keeps other data"
    ]


def test_moving_in_reverse_is_breaking_too() -> None:
    lines, _, status = diff(fixture("added_at_end"), fixture("base"))
    assert status == 1
    assert findings(lines, "breaking") == [
        f"{fixture('added_at_end')}:16: breaking: tsc_offset (TSC_OFFSET) removed "
        "(offset 40, 8 bytes)"
    ]


# --- errors ---------------------------------------------------------------------------------


def test_invalid_spec_file_reports_located_errors() -> None:
    with pytest.raises(SpecError) as caught:
        run_diff(fixture("invalid"), fixture("invalid"), SPECS)
    shown = [str(d) for d in caught.value.diagnostics]
    assert shown and all(x.startswith(f"{fixture('invalid')}:") and ": error: " in x for x in shown)
    assert any("guest_rip: offset 12 is not aligned" in x for x in shown)


def test_unknown_layout_name() -> None:
    with pytest.raises(LayoutNotFound, match=r"no layout 'kvm_vmcs13'.*known: hv_evmcs_v1"):
        run_diff("kvm_vmcs13", "kvm_vmcs12", SPECS)


def test_missing_spec_file_is_a_located_error() -> None:
    with pytest.raises(SpecError, match=r"nope\.yaml:1:1: error: cannot read spec"):
        run_diff("nope.yaml", "kvm_vmcs12", SPECS)


# --- diff --since --------------------------------------------------------------------------


def _vmcsgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vmcsgen", *args], cwd=cwd, capture_output=True, text=True
    )


def test_since_compares_only_the_spec_directory_in_use(tmp_path: Path) -> None:
    """A checkout with a virtual environment inside: the installed vmcsgen's specs under
    site-packages are under git's top folder too, and must never be what --since compares."""
    repo = tmp_path / "repo"
    shutil.copytree(SPECS, repo / "specs")
    installed = repo / ".venv" / "lib" / "python3.11" / "site-packages" / "vmcsgen" / "specs"
    shutil.copytree(SPECS, installed)
    (repo / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "specs"], check=True)
    subprocess.run([*git, "commit", "-qm", "specs"], check=True)
    spec = installed / "layouts" / "kvm_vmcs12.yaml"
    spec.write_text(spec.read_text().replace("field: TSC_MULTIPLIER", "field: TSC_OFFSET", 1))
    clean = _vmcsgen("diff", "--since", "HEAD", cwd=repo)
    assert clean.returncode == 0, clean.stderr
    assert ".venv" not in clean.stdout + clean.stderr
    layouts = sorted(p.stem for p in (SPECS / "layouts").glob("*.yaml"))
    assert [line.split(" → ")[1].split(":")[0] for line in clean.stdout.splitlines()] == layouts
    inside = _vmcsgen("diff", "--since", "HEAD", "--specs", str(installed), cwd=repo)
    assert inside.returncode == 1 and inside.stdout == ""
    assert inside.stderr == (
        f"vmcsgen: error: --since: {installed.relative_to(repo)} is inside an installed package "
        "(.venv/lib/python3.11/site-packages), not a spec directory of the checkout; "
        "pass --specs DIR\n"
    )
    (repo / "specs").rename(repo / "elsewhere")
    missing = _vmcsgen("diff", "--since", "HEAD", cwd=repo)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr == (
        "vmcsgen: error: --since compares the spec directory of a git checkout: specs does "
        "not exist; pass --specs DIR\n"
    )
