"""This host's capability profile, as KVM offers it to an L1: the VMX capability MSRs through
the system ioctls KVM_GET_MSR_FEATURE_INDEX_LIST and KVM_GET_MSRS on /dev/kvm, MAXPHYADDR and
CPUID features through KVM_GET_SUPPORTED_CPUID. Struct layouts and ioctl numbers are those of
Linux uapi linux/kvm.h and asm/kvm.h (x86)."""

from __future__ import annotations

import errno
import fcntl
import os
import struct
from pathlib import Path

from vmcsgen.model.caps import CPUID_FEATURES, VMX_MSRS, CapabilityProfile
from vmcsgen.model.diagnostics import Location

KVM_DEVICE = "/dev/kvm"
# _IOWR(KVMIO=0xAE, nr, struct): direction 3 << 30 | sizeof(struct) << 16 | 0xAE << 8 | nr.
KVM_GET_MSR_FEATURE_INDEX_LIST = 0xC004AE0A  # struct kvm_msr_list {u32 nmsrs; u32 indices[];}
KVM_GET_MSRS = 0xC008AE88  # struct kvm_msrs {u32 nmsrs, pad; struct kvm_msr_entry entries[];}
KVM_GET_SUPPORTED_CPUID = 0xC008AE05  # struct kvm_cpuid2 {u32 nent, padding; entries[];}
MSR_ENTRY = struct.Struct("<IIQ")  # struct kvm_msr_entry {u32 index, reserved; u64 data;}
CPUID_ENTRY = struct.Struct("<IIIIIII12x")  # kvm_cpuid_entry2: function index flags eax-edx
_REGISTERS = ("eax", "ebx", "ecx", "edx")
_MAX_CPUID_ENTRIES = 4096  # KVM_MAX_CPUID_ENTRIES is 256; stop growing well past it
MAXPHYADDR_LEAF = 0x80000008


class HostCapsError(Exception):
    """Why this host's profile cannot be read; the message is for people."""


def _feature_indices(fd: int, device: str) -> list[int]:
    header = bytearray(4)  # nmsrs 0: KVM answers E2BIG with the count it needs
    try:
        fcntl.ioctl(fd, KVM_GET_MSR_FEATURE_INDEX_LIST, header, True)
    except OSError as err:
        if err.errno != errno.E2BIG:
            raise HostCapsError(
                f"{device}: KVM_GET_MSR_FEATURE_INDEX_LIST failed: {os.strerror(err.errno or 0)}"
                " (not a KVM device, or a KVM without feature MSRs)"
            ) from None
    (count,) = struct.unpack_from("<I", header)
    listing = bytearray(struct.pack("<I", count) + bytes(4 * count))
    if count:
        fcntl.ioctl(fd, KVM_GET_MSR_FEATURE_INDEX_LIST, listing, True)
    (count,) = struct.unpack_from("<I", listing)
    return list(struct.unpack_from(f"<{count}I", listing, 4))


def _read_msrs(fd: int, indices: list[int]) -> dict[int, int]:
    buffer = bytearray(struct.pack("<II", len(indices), 0))
    for index in indices:
        buffer += MSR_ENTRY.pack(index, 0, 0)
    read = fcntl.ioctl(fd, KVM_GET_MSRS, buffer, True)
    if read != len(indices):
        # KVM stops at the first MSR it cannot read; the list said it could read them all.
        missing = indices[read] if 0 <= read < len(indices) else None
        shown = f"{missing:#x}" if missing is not None else "?"
        raise HostCapsError(f"KVM_GET_MSRS read {read} of {len(indices)} MSRs (stopped at {shown})")
    values = {}
    for slot in range(len(indices)):
        index, _, data = MSR_ENTRY.unpack_from(buffer, 8 + slot * MSR_ENTRY.size)
        values[index] = data
    return values


def _supported_cpuid(fd: int) -> dict[tuple[int, int], dict[str, int]]:
    entries = 64
    while True:
        buffer = bytearray(struct.pack("<II", entries, 0) + bytes(entries * CPUID_ENTRY.size))
        try:
            fcntl.ioctl(fd, KVM_GET_SUPPORTED_CPUID, buffer, True)
            break
        except OSError as err:
            if err.errno != errno.E2BIG or entries >= _MAX_CPUID_ENTRIES:
                raise HostCapsError(
                    f"KVM_GET_SUPPORTED_CPUID failed: {os.strerror(err.errno or 0)}"
                ) from None
            entries *= 2
    (count,) = struct.unpack_from("<I", buffer)
    leaves = {}
    for slot in range(count):
        function, index, _flags, *registers = CPUID_ENTRY.unpack_from(buffer, 8 + slot * 40)
        leaves[(function, index)] = dict(zip(_REGISTERS, registers, strict=True))
    return leaves


def _has(
    leaves: dict[tuple[int, int], dict[str, int]], leaf: int, sub: int, reg: str, bit: int
) -> bool:
    return bool(leaves.get((leaf, sub), {}).get(reg, 0) >> bit & 1)


def _why_no_vmx(modules: Path = Path("/sys/module")) -> str:
    nested = modules / "kvm_intel" / "parameters" / "nested"
    if nested.exists():
        value = nested.read_text("utf-8", errors="replace").strip()
        return f"kvm_intel is loaded with nested={value} (load it with nested=1 to offer them)"
    vendors = sorted(p.name for p in modules.glob("kvm_*"))
    if vendors:
        return f"KVM runs on {', '.join(vendors)} here, not kvm_intel; only Intel VMX has them"
    return "KVM on this host does not offer nested VMX"


def profile_from_kvm(fd: int, release: str, device: str = KVM_DEVICE) -> CapabilityProfile:
    """The profile KVM behind the open system fd `fd` offers an L1."""
    offered = set(_feature_indices(fd, device))
    wanted = [index for _, index in VMX_MSRS if index in offered]
    if not wanted:
        raise HostCapsError(f"{device} offers no VMX capability MSRs: {_why_no_vmx()}")
    values = _read_msrs(fd, wanted)
    leaves = _supported_cpuid(fd)
    maxphyaddr = leaves.get((MAXPHYADDR_LEAF, 0), {}).get("eax", 0) & 0xFF
    if not 32 <= maxphyaddr <= 52:
        raise HostCapsError(
            f"KVM_GET_SUPPORTED_CPUID gives MAXPHYADDR {maxphyaddr} (leaf 0x80000008 EAX[7:0]); "
            "expected 32 to 52"
        )
    cpuid = frozenset(
        f.name for f in CPUID_FEATURES if _has(leaves, f.leaf, f.subleaf, f.register, f.bit)
    )
    not_offered = [name for name, index in VMX_MSRS if index not in offered]
    absent = (
        f" KVM does not offer {', '.join(not_offered)}: each reads 0 here." if not_offered else ""
    )
    return CapabilityProfile(
        name="host",
        title=f"What KVM of this host (Linux {release}) offers an L1",
        source=(
            f"KVM_GET_MSR_FEATURE_INDEX_LIST and KVM_GET_MSRS on {device} (the VMX capability "
            "MSRs KVM offers an L1 before its CPUID is set; CR0/CR4_FIXED1 are the host's, KVM "
            "narrows them to L1's CPUID), and KVM_GET_SUPPORTED_CPUID for MAXPHYADDR and the "
            f"CPUID features, on Linux {release}.{absent}"
        ),
        msrs=tuple((name, values.get(index, 0)) for name, index in VMX_MSRS),
        maxphyaddr=maxphyaddr,
        cpuid=cpuid,
        location=Location(device, 0, 0),
    )


def host_profile(device: str = KVM_DEVICE) -> CapabilityProfile:
    """This host's profile; HostCapsError saying why when KVM cannot give one."""
    try:
        fd = os.open(device, os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        raise HostCapsError(f"{device} does not exist: KVM is not available here") from None
    except OSError as err:
        raise HostCapsError(f"cannot open {device}: {err.strerror or err}") from None
    try:
        return profile_from_kvm(fd, os.uname().release, device)
    except OSError as err:
        raise HostCapsError(f"{device}: {err.strerror or err}") from None
    finally:
        os.close(fd)
