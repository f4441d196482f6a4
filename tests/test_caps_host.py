"""`vmcsgen caps`: this host's profile from /dev/kvm (decoded from a fake KVM that answers the
ioctls as Linux does, and on this machine for real), the bundled ones, and -o."""

from __future__ import annotations

import errno
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, missing

from vmcsgen.cli import main
from vmcsgen.model.caps import VMX_MSRS
from vmcsgen.reading.caps_loader import find_caps, load_caps
from vmcsgen.state import host_caps

FAKE_FD = 1234
# What Linux 6.1 lists: every VMX MSR but PROCBASED_CTLS3, among other feature MSRs.
LISTED = [0x10A, 0x345, *(index for name, index in VMX_MSRS if name != "IA32_VMX_PROCBASED_CTLS3")]
# (function, index) -> eax, ebx, ecx, edx: leaf 1 with vmx (ECX 5) and pcid (ECX 17), leaf 7
# with rtm (EBX 11), la57 (ECX 16) and bus-lock detect (ECX 24), 0x80000001 with lm (EDX 29),
# 0x80000008 with 46 physical-address bits.
CPUID = {
    (0x1, 0): (0, 0, 1 << 5 | 1 << 17, 1 << 1),
    (0x7, 0): (0, 1 << 11, 1 << 16 | 1 << 24, 0),
    (0x80000001, 0): (0, 0, 0, 1 << 29),
    (0x80000008, 0): (0x302E, 0, 0, 0),
}


class FakeKvm:
    """The three system ioctls as KVM implements them, on a buffer like fcntl.ioctl's."""

    def __init__(self, listed: list[int], msrs: dict[int, int], cpuid_entries: int = 1) -> None:
        self.listed, self.msrs = listed, msrs
        self.calls: list[int] = []
        self.asked: list[int] = []  # the MSR indices KVM_GET_MSRS was asked for
        self.entries = {
            **CPUID,
            **{(0x40000000 + i, 0): (0, 0, 0, 0) for i in range(cpuid_entries)},
        }

    def ioctl(self, fd: int, request: int, buffer: bytearray, mutate: bool = True) -> int:
        assert fd == FAKE_FD and mutate
        self.calls.append(request)
        if request == host_caps.KVM_GET_MSR_FEATURE_INDEX_LIST:
            (room,) = struct.unpack_from("<I", buffer)
            struct.pack_into("<I", buffer, 0, len(self.listed))
            if room < len(self.listed):
                raise OSError(errno.E2BIG, "Argument list too long")
            struct.pack_into(f"<{len(self.listed)}I", buffer, 4, *self.listed)
            return 0
        if request == host_caps.KVM_GET_MSRS:
            (count,) = struct.unpack_from("<I", buffer)
            for slot in range(count):
                index, _, _ = struct.unpack_from("<IIQ", buffer, 8 + 16 * slot)
                self.asked.append(index)
                if index not in self.msrs:
                    return slot
                struct.pack_into("<IIQ", buffer, 8 + 16 * slot, index, 0, self.msrs[index])
            return count
        if request == host_caps.KVM_GET_SUPPORTED_CPUID:
            (room,) = struct.unpack_from("<I", buffer)
            if room < len(self.entries):
                raise OSError(errno.E2BIG, "Argument list too long")
            struct.pack_into("<I", buffer, 0, len(self.entries))
            for slot, ((function, index), registers) in enumerate(sorted(self.entries.items())):
                struct.pack_into("<IIIIIII", buffer, 8 + 40 * slot, function, index, 0, *registers)
            return 0
        raise OSError(errno.ENOTTY, "Inappropriate ioctl for device")


def fake_kvm(
    monkeypatch: pytest.MonkeyPatch, kvm: FakeKvm, device: str = host_caps.KVM_DEVICE
) -> None:
    """`device` opens as FAKE_FD, which only `kvm` answers; every other file is real."""
    real_open, real_close = os.open, os.close

    def open_(path: str, flags: int, *mode: int) -> int:
        return FAKE_FD if path == device else real_open(path, flags, *mode)

    def close(fd: int) -> None:
        if fd != FAKE_FD:
            real_close(fd)

    monkeypatch.setattr(host_caps.os, "open", open_)
    monkeypatch.setattr(host_caps.os, "close", close)
    monkeypatch.setattr(host_caps.fcntl, "ioctl", kvm.ioctl)


def kvm61_msrs() -> dict[int, int]:
    profile = find_caps("kvm-6.1")
    return {index: profile.msr(name) for name, index in VMX_MSRS if index in LISTED}


def test_host_profile_decodes_what_kvm_offers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    kvm = FakeKvm(LISTED, {**kvm61_msrs(), 0x10A: 0xDEAD, 0x345: 0xBEEF}, cpuid_entries=100)
    fake_kvm(monkeypatch, kvm)
    assert main(["caps", "-o", str(tmp_path / "host.yaml")]) == 0
    profile = load_caps(tmp_path / "host.yaml")
    expected = find_caps("kvm-6.1")
    for name, _ in VMX_MSRS:
        assert profile.msr(name) == (0 if name.endswith("CTLS3") else expected.msr(name)), name
    assert "KVM does not offer IA32_VMX_PROCBASED_CTLS3: each reads 0 here" in profile.source
    assert profile.maxphyaddr == 0x2E
    assert profile.cpuid == {"vme", "vmx", "pcid", "rtm", "la57", "bus_lock_detect", "lm"}
    # On the system fd: the list's size first (E2BIG), then the list, then the MSRs read;
    # only the VMX ones are asked for. The CPUID buffer grew past 64 entries.
    listing, read = host_caps.KVM_GET_MSR_FEATURE_INDEX_LIST, host_caps.KVM_GET_MSRS
    assert kvm.calls[:3] == [listing, listing, read]
    assert kvm.asked == [index for index in LISTED if index >= 0x480]
    assert kvm.calls.count(host_caps.KVM_GET_SUPPORTED_CPUID) == 2
    assert main(["caps", "--format", "json"]) == 0
    assert '"IA32_VMX_BASIC": "0x00d8100011e57ed0"' in capsys.readouterr().out


def test_host_without_vmx_msrs_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fake_kvm(monkeypatch, FakeKvm([0x10A, 0xC0011029], {}))  # what kvm_amd lists
    out = tmp_path / "never.yaml"
    assert main(["caps", "-o", str(out)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("vmcsgen: error: /dev/kvm offers no VMX capability MSRs: ")
    assert not out.exists()


def test_device_names_the_kvm_node_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    device = str(tmp_path / "other-kvm")
    fake_kvm(monkeypatch, FakeKvm(LISTED, kvm61_msrs()), device)
    assert main(["caps", "--device", device, "--format", "json"]) == 0
    assert f"KVM_GET_MSRS on {device}" in capsys.readouterr().out
    # /dev/kvm itself is not the fake here: on this machine it is no VMX KVM, or absent.
    assert main(["caps", "--device", str(tmp_path / "absent")]) == 1
    assert "absent does not exist: KVM is not available here" in capsys.readouterr().err


def test_msrs_kvm_cannot_read_after_listing_them_are_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    msrs = kvm61_msrs()
    del msrs[0x485]
    fake_kvm(monkeypatch, FakeKvm(LISTED, msrs))
    with pytest.raises(host_caps.HostCapsError, match=r"read 5 of 18 MSRs \(stopped at 0x485\)"):
        host_caps.host_profile()


def test_why_no_vmx_names_the_vendor_module(tmp_path: Path) -> None:
    (tmp_path / "kvm_amd").mkdir()
    assert "kvm_amd here, not kvm_intel" in host_caps._why_no_vmx(tmp_path)
    nested = tmp_path / "kvm_intel" / "parameters"
    nested.mkdir(parents=True)
    (nested / "nested").write_text("N\n")
    assert "kvm_intel is loaded with nested=N" in host_caps._why_no_vmx(tmp_path)


def test_ioctl_numbers_and_layouts_match_the_uapi_headers(tmp_path: Path) -> None:
    compiler = shutil.which("gcc")
    if compiler is None or not Path("/usr/include/linux/kvm.h").exists():
        missing("gcc and linux/kvm.h (linux-libc-dev) are needed to compile the uapi check")
    source = tmp_path / "kvm_abi.c"
    source.write_text(
        "#include <stdio.h>\n#include <stddef.h>\n#include <linux/kvm.h>\n"
        'int main(void) { printf("%lu %lu %lu %zu %zu %zu %zu %zu\\n",\n'
        "  (unsigned long)KVM_GET_MSR_FEATURE_INDEX_LIST, (unsigned long)KVM_GET_MSRS,\n"
        "  (unsigned long)KVM_GET_SUPPORTED_CPUID, sizeof(struct kvm_msr_entry),\n"
        "  offsetof(struct kvm_msrs, entries), sizeof(struct kvm_cpuid_entry2),\n"
        "  offsetof(struct kvm_cpuid2, entries), offsetof(struct kvm_cpuid_entry2, eax));\n"
        "  return 0; }\n"
    )
    subprocess.run([compiler, "-o", str(tmp_path / "abi"), str(source)], check=True)
    printed = subprocess.run([str(tmp_path / "abi")], capture_output=True, text=True, check=True)
    assert [int(word) for word in printed.stdout.split()] == [
        host_caps.KVM_GET_MSR_FEATURE_INDEX_LIST,
        host_caps.KVM_GET_MSRS,
        host_caps.KVM_GET_SUPPORTED_CPUID,
        host_caps.MSR_ENTRY.size,
        8,
        host_caps.CPUID_ENTRY.size,
        8,
        12,
    ]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "vmcsgen"), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def expected_host_failure() -> str | None:
    """What `vmcsgen caps` must say on this machine, or None where it must succeed."""
    device = Path(host_caps.KVM_DEVICE)
    if not device.exists():
        return f"{device} does not exist: KVM is not available here"
    if not os.access(device, os.R_OK | os.W_OK):
        return f"cannot open {device}"
    intel = Path("/sys/module/kvm_intel/parameters/nested")
    if intel.exists() and intel.read_text().strip() in ("Y", "1"):
        return None
    return f"{device} offers no VMX capability MSRs: {host_caps._why_no_vmx()}"


def test_this_host_for_real(tmp_path: Path) -> None:
    """On an Intel host with nested KVM the profile reloads; anywhere else (a host whose KVM
    is not kvm_intel, as on the machine these tests were written on, or no /dev/kvm) a
    one-line error naming why, exit 1, nothing written."""
    done = run("caps", "-o", "host.yaml", cwd=tmp_path)
    expected = expected_host_failure()
    if expected is None:
        assert done.returncode == 0, done.stderr
        assert load_caps(tmp_path / "host.yaml").name == "host"
        return
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"vmcsgen: error: {expected}"), done.stderr
    assert not (tmp_path / "host.yaml").exists()


def test_cli_bundled_profiles_from_outside_the_checkout(tmp_path: Path) -> None:
    listed = run("caps", "--list", cwd=tmp_path)
    assert listed.returncode == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()] == sorted(
        (p.stem for p in (ROOT / "specs" / "caps").glob("*.yaml")), key=str.lower
    )
    for file_format in ("yaml", "json"):
        out = tmp_path / f"sky.{file_format}"
        written = run(
            "caps", "--cpu", "skylake-server", "--format", file_format, "-o", str(out), cwd=tmp_path
        )
        assert written.returncode == 0 and written.stdout == ""
        assert load_caps(out).msrs == find_caps("Skylake-Server").msrs
    printed = run("caps", "--cpu", "SapphireRapids", "-o", "-", cwd=tmp_path)
    assert printed.stdout.startswith('caps: "SapphireRapids"\n')


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--cpu", "Haswell"),
            "vmcsgen: error: no bundled capability profile 'Haswell'; bundled: ",
        ),
        (
            ("--cpu", "kvm-6.1", "-o", "no/such/dir/x.yaml"),
            "vmcsgen: error: no/such/dir: no such folder",
        ),
        (("--cpu", "kvm-6.1", "-o", "."), "vmcsgen: error: . is a folder; -o takes a file name"),
        (("--list", "-o", "x.yaml"), "vmcsgen: error: --list does not take -o\n"),
        (("--list", "--format", "json"), "vmcsgen: error: --list does not take --format\n"),
        (
            ("--cpu", "kvm-6.1", "--device", "/dev/kvm"),
            "vmcsgen: error: --cpu does not take --device",
        ),
        (
            ("--list", "-o", "-", "--device", "/dev/kvm"),
            "vmcsgen: error: --list does not take -o or --device\n",
        ),
        (("--list", "--specs", "/nonexistent"), "vmcsgen: error: /nonexistent: spec directory"),
        (
            ("--cpu", "kvm-6.1", "--specs", "."),
            "vmcsgen: error: no capability profile 'kvm-6.1' in caps;",
        ),
        (("--list", "--specs", "."), "vmcsgen: error: caps: no capability profiles (*.yaml) there"),
        (("--device", "/nonexistent/kvm"), "vmcsgen: error: /nonexistent/kvm does not exist: KVM"),
        (
            ("--device", "/dev/null"),
            "vmcsgen: error: /dev/null: KVM_GET_MSR_FEATURE_INDEX_LIST failed: Inappropriate ioctl",
        ),
    ],
)
def test_cli_refusals(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    done = run("caps", *args, cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.startswith(message), done.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_name_starting_with_a_dash_is_written(tmp_path: Path) -> None:
    # `-o -x.yaml` is an argparse error (a missing value); `--output=-x.yaml` is the file.
    refused = run("caps", "--cpu", "kvm-6.1", "-o", "-x.yaml", cwd=tmp_path)
    assert refused.returncode == 2 and "-o/--output: expected one argument" in refused.stderr
    done = run("caps", "--cpu", "kvm-6.1", "--output=-x.yaml", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    assert load_caps(tmp_path / "-x.yaml").name == "kvm-6.1"


def test_cli_help_names_every_flag(tmp_path: Path) -> None:
    text = run("caps", "--help", cwd=tmp_path).stdout
    for flag in ("--list", "--cpu NAME", "--format {yaml,json}", "-o FILE", "--device PATH"):
        assert flag in text
