"""Builders the entry-check tests share: capability profiles written out in Python (as the
profile files describe them) and KVM nested-state blobs around a running L2's vmcs12."""

from __future__ import annotations

import shutil
from pathlib import Path

from running_l2 import running_l2

from vmcsgen.model.caps import VMX_MSR_NAMES, CapabilityProfile
from vmcsgen.model.diagnostics import Location
from vmcsgen.model.spec import Layout

ALL_ONES = (1 << 64) - 1
GUEST_MODE, RUN_PENDING, EVMCS = 0x1, 0x2, 0x4
HEADER = 128


def profile(maxphyaddr: int = 46, cpuid: tuple[str, ...] = ("vmx", "lm"), **msrs: int):
    """A profile allowing every control (allowed-1 all ones) unless `msrs` says otherwise."""
    values = {name: 0xFFFFFFFF00000000 for name in VMX_MSR_NAMES}
    values["IA32_VMX_PROCBASED_CTLS3"] = ALL_ONES
    values["IA32_VMX_BASIC"] = 0  # no TRUE_ control MSRs: the plain ones are used
    values.update(msrs)
    return CapabilityProfile(
        name="test",
        title="test profile",
        source="tests",
        msrs=tuple((name, values[name]) for name in VMX_MSR_NAMES),
        maxphyaddr=maxphyaddr,
        cpuid=frozenset(cpuid),
        location=Location("test"),
    )


def blob(
    layout: Layout,
    flags: int = GUEST_MODE | RUN_PENDING,
    vmxon_pa: int = 0x10D2E1000,
    vmcs12_pa: int = 0x10D2E2000,
    region: bytes | None = None,
    shadow: bytes | None = None,
) -> bytes:
    """struct kvm_nested_state in the VMX format holding `region` (a running L2 by default)."""
    vmcs12 = bytes(running_l2(layout) if region is None else region)
    data = vmcs12 + (shadow or b"")
    header = bytearray(HEADER)
    header[0:2] = flags.to_bytes(2, "little")
    header[4:8] = (HEADER + len(data)).to_bytes(4, "little")
    header[8:16] = vmxon_pa.to_bytes(8, "little")
    header[16:24] = vmcs12_pa.to_bytes(8, "little")
    return bytes(header) + data


def spec_copy(root: Path, checks: dict[str, str]) -> Path:
    """The bundled specs with extra check files `checks` (name -> YAML text)."""
    target = root / "specs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "specs", target)
    for name, text in checks.items():
        (target / "checks" / f"{name}.yaml").write_text(text)
    return target


def profile_file(path: Path, caps: CapabilityProfile) -> Path:
    """`caps` written as a profile file."""
    msrs = "\n".join(f"  {name}: {value:#018x}" for name, value in caps.msrs)
    path.write_text(
        f"caps: {caps.name}\ntitle: {caps.title}\nsource: {caps.source}\n"
        f"maxphyaddr: {caps.maxphyaddr}\ncpuid: [{', '.join(sorted(caps.cpuid))}]\n"
        f"msrs:\n{msrs}\n"
    )
    return path
