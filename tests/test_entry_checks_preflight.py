"""vmcsgen preflight end to end, as a user runs it from outside the checkout: running-L2 blobs
accepted, each broken check reported with its values, undecided checks, the VM-entry checks
only with GUEST_MODE or a launched region, an eVMCS through its conversion, --kernel losses,
every error path (exit 1, no traceback), and the JSON output against docs/preflight.md."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT
from entry_check_helpers import GUEST_MODE, RUN_PENDING, blob, profile_file, spec_copy
from entry_states import kvm_like_profile
from running_l2 import SECONDARY, SHADOW_VMCS, running_l2

from vmcsgen.model.entry_checks import CheckScope
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.reading.loader import load_specs

SHADOWING = SECONDARY | SHADOW_VMCS

# A VM-entry check, so that the tests see when that scope runs (the bundled VM-entry specs
# are written elsewhere and may change).
ENTRY_SPEC = """\
name: test_entry
stage: 9
source: tests
checks:
  - id: test-guest-cr3-misaligned
    message: GUEST_CR3 is not page aligned
    sdm: "26.3.1.1"
    kvm: "tests"
    enforced_by: cpu
    when: [{of: GUEST_CR3, misaligned: 4096}]
  - id: test-shadow-link
    message: the shadow vmcs12 links somewhere
    sdm: "26.3.1.5"
    kvm: "tests"
    enforced_by: kvm
    when:
      - {of: SECONDARY_VM_EXEC_CONTROL, has: SECONDARY_EXEC_SHADOW_VMCS}
      - {of: shadow.VMCS_LINK_POINTER, is_not: 0xffffffffffffffff}
"""


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory, specs: SpecSet) -> Path:
    """A folder outside the checkout with spec copy, profile and inputs."""
    folder = tmp_path_factory.mktemp("preflight")
    spec_copy(folder, {"test_entry": ENTRY_SPEC})
    profile_file(folder / "caps.yaml", kvm_like_profile())
    layout = specs.by_name["kvm_vmcs12"]
    inputs = {
        "running.bin": blob(layout),
        "misaligned.bin": blob(layout, region=running_l2(layout, GUEST_CR3=0x10D2E8123)),
        "l1.bin": blob(layout, flags=0, region=running_l2(layout, GUEST_CR3=0x10D2E8123)),
        "far.bin": blob(layout, vmxon_pa=1 << 47),
        "evmcs-flag.bin": blob(layout, flags=GUEST_MODE | RUN_PENDING | 0x4),
        "tsc.bin": blob(layout, region=running_l2(layout, TSC_MULTIPLIER=1 << 48)),
        "region.bin": bytes(running_l2(layout)),
        "fresh.bin": bytes(
            running_l2(layout, GUEST_CR3=0x123, SECONDARY_VM_EXEC_CONTROL=SHADOWING)
        ),
        "shadow.bin": blob(
            layout,
            region=running_l2(
                layout, SECONDARY_VM_EXEC_CONTROL=SHADOWING, VMCS_LINK_POINTER=0x10D2E3000
            ),
            shadow=running_l2(layout, shadow=True, VMCS_LINK_POINTER=0x5000),
        ),
        "evmcs.bin": bytes(running_l2(specs.by_name["hv_evmcs_v1"], GUEST_CR3=0x123)),
    }
    for name, data in inputs.items():
        (folder / name).write_bytes(data)
    fresh = bytearray(inputs["fresh.bin"])
    launch = next(m for m in layout.members if m.name == "launch_state")
    fresh[launch.offset : launch.end] = bytes(launch.size)
    (folder / "fresh.bin").write_bytes(fresh)
    return folder


def preflight(
    work: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "vmcsgen", "--specs", "specs", "preflight", *args],
        cwd=work,
        capture_output=True,
        input=None if stdin is None else stdin.decode("latin-1"),
        text=True,
        encoding="latin-1",
    )
    assert "Traceback" not in done.stderr
    return done


def checks_run(work: Path, scope: CheckScope | None = None) -> int:
    """How many checks the work folder's specs hold (of `scope`; None: all), bundled ones too."""
    plan = plan_entry_checks(load_specs(work / "specs"))
    return len(plan.checks if scope is None else plan.in_scope(scope))


def test_a_running_l2_is_accepted(work: Path) -> None:
    done = preflight(work, "running.bin", "--caps", "caps.yaml")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert f"entered: yes; {checks_run(work)} checks run, 0 broken, 0 undecided" in done.stdout
    assert done.stdout.rstrip().endswith("accepted: yes")


def test_a_broken_check_is_reported_with_its_values(work: Path) -> None:
    done = preflight(work, "misaligned.bin", "--caps", "caps.yaml")
    assert done.returncode == 1
    assert (
        "misaligned.bin: error: check test-guest-cr3-misaligned: GUEST_CR3 is not page aligned "
        "(GUEST_CR3 = 0x10d2e8123)" in done.stderr
    )
    assert "broken test-guest-cr3-misaligned (cpu, SDM 26.3.1.1)" in done.stdout
    assert "accepted: no" in done.stdout


def test_entry_checks_need_guest_mode(work: Path) -> None:
    # The launched region breaks a check, so identify would doubt its layout: name it.
    done = preflight(work, "l1.bin", "--caps", "caps.yaml", "--layout", "kvm_vmcs12")
    assert done.returncode == 0, done.stderr
    assert "note: GUEST_MODE is clear" in done.stderr
    assert f"entered: no; {checks_run(work, CheckScope.NESTED_STATE)} checks run" in done.stdout


def test_profile_decides_and_undecided_is_not_accepted(work: Path) -> None:
    far = preflight(work, "far.bin", "--caps", "caps.yaml")
    assert far.returncode == 1
    assert "check vmxon-pa-beyond-maxphyaddr" in far.stderr
    assert "vmxon_pa = 0x800000000000, caps.maxphyaddr = 46" in far.stderr
    evmcs = preflight(work, "evmcs-flag.bin", "--caps", "caps.yaml")
    assert evmcs.returncode == 1
    assert "warning: check evmcs-not-enabled undecided: whether the VMM enabled" in evmcs.stderr
    assert "undecided evmcs-not-enabled" in evmcs.stdout


def test_kernel_reports_what_the_release_lacks(work: Path) -> None:
    assert preflight(work, "tsc.bin", "--caps", "caps.yaml", "--kernel", "6.1").returncode == 0
    done = preflight(work, "tsc.bin", "--caps", "caps.yaml", "--kernel", "5.4")
    assert done.returncode == 1
    assert "TSC_MULTIPLIER = 0x1000000000000 would be lost in kvm_vmcs12 -> kvm_vmcs12@5.4" in (
        done.stderr
    )
    assert "checks: those of Linux 5.4" in done.stdout


def test_shadow_vmcs12_fields_are_read_from_the_shadow_region(work: Path) -> None:
    done = preflight(work, "shadow.bin", "--caps", "caps.yaml")
    assert done.returncode == 1
    expected = "check test-shadow-link: the shadow vmcs12 links somewhere (SECONDARY_VM_EXEC_"
    assert expected in done.stderr
    assert "shadow.VMCS_LINK_POINTER = 0x5000)" in done.stderr


def test_bare_regions(work: Path) -> None:
    launched = preflight(work, "region.bin", "--caps", "caps.yaml")
    assert launched.returncode == 0, launched.stderr
    # No header: no nested_state checks.
    assert f"entered: yes; {checks_run(work, CheckScope.VM_ENTRY)} checks run" in launched.stdout
    fresh = preflight(work, "fresh.bin", "--caps", "caps.yaml")
    assert fresh.returncode == 0
    assert "its launch state is clear (--launched checks it)" in fresh.stderr
    forced = preflight(work, "fresh.bin", "--caps", "caps.yaml", "--launched")
    assert forced.returncode == 1
    assert "check test-guest-cr3-misaligned" in forced.stderr
    # The shadow check reads a region a bare vmcs12 does not come with.
    assert "test-shadow-link undecided: shadow.VMCS_LINK_POINTER: the state holds no " in (
        forced.stderr
    )


def test_an_evmcs_is_checked_through_its_conversion(work: Path) -> None:
    done = preflight(work, "evmcs.bin", "--caps", "caps.yaml", "--launched")
    assert "note: checked as kvm_vmcs12, converted from hv_evmcs_v1" in done.stderr
    assert "check test-guest-cr3-misaligned: GUEST_CR3 is not page aligned" in done.stderr


def test_standard_input(work: Path) -> None:
    data = (work / "running.bin").read_bytes()
    done = preflight(work, "-", "--caps", "caps.yaml", stdin=data)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["missing.bin", "--caps", "caps.yaml"], r"missing.bin: error: .*No such file"),
        (
            ["running.bin", "--caps", "nope.yaml"],
            r"nope.yaml:1:1: error: cannot read capability profile",
        ),
        (
            ["running.bin", "--caps", "bad.yaml"],
            r"bad.yaml:4:13: error: maxphyaddr is 99 \(0x63\); it must be at most 52",
        ),
        (
            ["running.bin", "--cpu", "no-such-cpu"],
            r"vmcsgen: error: no bundled capability profile 'no-such-cpu'",
        ),
        (
            ["running.bin", "--caps", "caps.yaml", "--kernel", "9.9"],
            r"vmcsgen: error: kvm_vmcs12 has no documented release '9.9'",
        ),
        (
            ["running.bin", "--caps", "caps.yaml", "--kernel=-x"],
            r"vmcsgen: error: kvm_vmcs12 has no documented release '-x'",
        ),
        (["running.bin", "--caps", "caps.yaml", "--layout", "nope"], r"vmcsgen: error: .*nope"),
    ],
)
def test_errors_exit_1_without_traceback(work: Path, args: list[str], expected: str) -> None:
    (work / "bad.yaml").write_text(
        (work / "caps.yaml").read_text().replace("maxphyaddr: 46", "maxphyaddr: 99")
    )
    done = preflight(work, *args)
    assert done.returncode == 1
    assert re.search(expected, done.stderr), done.stderr


def test_bytes_that_are_nothing_print_only_the_error(work: Path) -> None:
    (work / "junk.bin").write_bytes(bytes(100))
    done = preflight(work, "junk.bin", "--caps", "caps.yaml")
    assert done.returncode == 1
    assert "junk.bin: error: 100 bytes is neither a region" in done.stderr
    assert done.stdout == ""


def test_a_blob_without_a_vmcs12_gets_the_checks_of_its_header(work: Path) -> None:
    """An L1 in VMX operation with no current VMCS: a 128-byte header alone."""
    header = bytearray(128)
    header[4:8] = (128).to_bytes(4, "little")
    header[16:24] = bytes([0xFF] * 8)  # no current VMCS
    for name, vmxon in (("header.bin", 0x1000), ("far-header.bin", 1 << 47)):
        header[8:16] = vmxon.to_bytes(8, "little")
        (work / name).write_bytes(header)
    assert preflight(work, "header.bin", "--caps", "caps.yaml").returncode == 0
    far = preflight(work, "far-header.bin", "--caps", "caps.yaml")
    assert far.returncode == 1
    assert "error: check vmxon-pa-beyond-maxphyaddr" in far.stderr
    assert "far-header.bin: kvm_nested_state\n" in far.stdout


def test_caps_and_cpu_exclude_each_other(work: Path) -> None:
    done = preflight(work, "running.bin", "--caps", "caps.yaml", "--cpu", "x")
    assert done.returncode == 2
    assert "not allowed with argument" in done.stderr


def _documented_schema() -> dict[str, object]:
    page = (ROOT / "docs" / "preflight.md").read_text()
    section = page.split('<a id="json-schema"></a>', 1)[1]
    text = section.split("```json\n", 1)[1].split("```", 1)[0]
    schema: dict[str, object] = json.loads(text)
    return schema


@pytest.mark.parametrize(
    "name", ["running.bin", "far.bin", "evmcs-flag.bin", "tsc.bin", "evmcs.bin"]
)
def test_json_output_matches_the_documented_schema(work: Path, name: str) -> None:
    done = preflight(
        work, name, "--caps", "caps.yaml", "--kernel", "5.4", "--launched", "--format", "json"
    )
    document = json.loads(done.stdout)
    jsonschema.validate(document, _documented_schema())
    assert document["accepted"] is (done.returncode == 0)
    assert len(document["checks"]) == document["counts"]["broken"] + document["counts"]["undecided"]


def test_the_schema_rejects_what_it_should() -> None:
    schema = _documented_schema()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"input": "x"}, schema)
