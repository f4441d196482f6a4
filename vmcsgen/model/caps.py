"""A capability profile: what the destination vCPU offers its guest hypervisor (L1) — the
IA32_VMX_* capability MSRs L1 reads, and the guest facts KVM's VM-entry checks consult
(MAXPHYADDR, CPUID features). The entry checks of a nested state are judged against one."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.diagnostics import Location

# The VMX capability MSRs, in index order (SDM Vol. 4, Table 2-2; Linux msr-index.h).
VMX_MSRS: tuple[tuple[str, int], ...] = (
    ("IA32_VMX_BASIC", 0x480),
    ("IA32_VMX_PINBASED_CTLS", 0x481),
    ("IA32_VMX_PROCBASED_CTLS", 0x482),
    ("IA32_VMX_EXIT_CTLS", 0x483),
    ("IA32_VMX_ENTRY_CTLS", 0x484),
    ("IA32_VMX_MISC", 0x485),
    ("IA32_VMX_CR0_FIXED0", 0x486),
    ("IA32_VMX_CR0_FIXED1", 0x487),
    ("IA32_VMX_CR4_FIXED0", 0x488),
    ("IA32_VMX_CR4_FIXED1", 0x489),
    ("IA32_VMX_VMCS_ENUM", 0x48A),
    ("IA32_VMX_PROCBASED_CTLS2", 0x48B),
    ("IA32_VMX_EPT_VPID_CAP", 0x48C),
    ("IA32_VMX_TRUE_PINBASED_CTLS", 0x48D),
    ("IA32_VMX_TRUE_PROCBASED_CTLS", 0x48E),
    ("IA32_VMX_TRUE_EXIT_CTLS", 0x48F),
    ("IA32_VMX_TRUE_ENTRY_CTLS", 0x490),
    ("IA32_VMX_VMFUNC", 0x491),
    ("IA32_VMX_PROCBASED_CTLS3", 0x492),
)
VMX_MSR_NAMES = tuple(name for name, _ in VMX_MSRS)

# IA32_VMX_BASIC bit 55: the TRUE_ control MSRs exist and give the real allowed-0 settings.
BASIC_TRUE_CTLS = 1 << 55

# Each control word: the MSR giving its settings, and the TRUE_ variant used when BASIC[55].
# Bits 31:0 of the MSR are the allowed-0 settings (a 1 there: the control must be 1), bits 63:32
# the allowed-1 settings (a 0 there: the control must be 0). PROCBASED_CTLS3 is the exception:
# all 64 bits are allowed-1 settings and nothing must be 1.
CONTROL_MSRS: tuple[tuple[str, str, str | None], ...] = (
    ("pin", "IA32_VMX_PINBASED_CTLS", "IA32_VMX_TRUE_PINBASED_CTLS"),
    ("proc", "IA32_VMX_PROCBASED_CTLS", "IA32_VMX_TRUE_PROCBASED_CTLS"),
    ("proc2", "IA32_VMX_PROCBASED_CTLS2", None),
    ("exit", "IA32_VMX_EXIT_CTLS", "IA32_VMX_TRUE_EXIT_CTLS"),
    ("entry", "IA32_VMX_ENTRY_CTLS", "IA32_VMX_TRUE_ENTRY_CTLS"),
)


@dataclass(frozen=True)
class ControlSettings:
    """The settings a control word may take: bits set in `allowed0` must be 1, bits clear in
    `allowed1` must be 0 (SDM Vol. 3D, A.3-A.5)."""

    allowed0: int
    allowed1: int


@dataclass(frozen=True)
class CapabilityProfile:
    """`msrs` holds every VMX capability MSR by name; an MSR L1 cannot read (its feature is not
    offered: PROCBASED_CTLS2 without secondary controls, VMFUNC, ...) reads 0 here, which
    allows nothing. `cpuid` holds the Linux X86_FEATURE names (lowercase, as /proc/cpuinfo
    spells them: "lm", "la57", "pku", ...) of L1's CPUID that the entry checks consult."""

    name: str
    title: str
    source: str
    msrs: tuple[tuple[str, int], ...]  # in VMX_MSRS order, every name present
    maxphyaddr: int  # L1's physical-address width (CPUID 0x80000008 EAX[7:0])
    cpuid: frozenset[str]
    location: Location

    @cached_property
    def _by_name(self) -> dict[str, int]:
        return dict(self.msrs)

    def msr(self, name: str) -> int:
        return self._by_name[name]

    @property
    def true_controls(self) -> bool:
        return bool(self.msr("IA32_VMX_BASIC") & BASIC_TRUE_CTLS)

    def controls(self, word: str) -> ControlSettings:
        """The settings of control word `word` ("pin", "proc", "proc2", "proc3", "exit",
        "entry") as a consistency check of VM entry uses them: from the TRUE_ MSR when
        IA32_VMX_BASIC says it exists."""
        if word == "proc3":
            return ControlSettings(0, self.msr("IA32_VMX_PROCBASED_CTLS3"))
        for name, plain, true in CONTROL_MSRS:
            if name == word:
                value = self.msr(true if true is not None and self.true_controls else plain)
                return ControlSettings(value & 0xFFFFFFFF, value >> 32)
        raise KeyError(word)

    def has(self, feature: str) -> bool:
        return feature in self.cpuid

    @property
    def va_bits(self) -> int:
        """The virtual-address width canonical checks use: 57 with 5-level paging."""
        return 57 if self.has("la57") else 48


@dataclass(frozen=True)
class CpuidFeature:
    """A CPUID feature flag a profile can name: where CPUID reports it (SDM Vol. 2A, CPUID;
    Linux cpufeatures.h gives the same bits under the name /proc/cpuinfo shows)."""

    name: str
    leaf: int
    subleaf: int
    register: str  # "eax", "ebx", "ecx" or "edx"
    bit: int


# The features KVM's VM-entry checks consult for L1, directly or through the bits they
# allow: CR4 reserved bits (x86.h __cr4_reserved_bits), EFER (__kvm_valid_efer),
# nested_vmx_cr_fixed1_bits_update() building IA32_VMX_CR4_FIXED1 from L1's CPUID, the
# DEBUGCTL bits vmx_get_supported_debugctl() allows (bus-lock detect, RTM debug), and SGX
# for the enclave-interruption bit of the guest interruptibility state (SDM 26.3.1.5).
CPUID_FEATURES: tuple[CpuidFeature, ...] = (
    CpuidFeature("vme", 0x1, 0, "edx", 1),
    CpuidFeature("de", 0x1, 0, "edx", 2),
    CpuidFeature("pse", 0x1, 0, "edx", 3),
    CpuidFeature("tsc", 0x1, 0, "edx", 4),
    CpuidFeature("pae", 0x1, 0, "edx", 6),
    CpuidFeature("mce", 0x1, 0, "edx", 7),
    CpuidFeature("pge", 0x1, 0, "edx", 13),
    CpuidFeature("fxsr", 0x1, 0, "edx", 24),
    CpuidFeature("sse", 0x1, 0, "edx", 25),
    CpuidFeature("vmx", 0x1, 0, "ecx", 5),
    CpuidFeature("smx", 0x1, 0, "ecx", 6),
    CpuidFeature("pcid", 0x1, 0, "ecx", 17),
    CpuidFeature("xsave", 0x1, 0, "ecx", 26),
    CpuidFeature("fsgsbase", 0x7, 0, "ebx", 0),
    CpuidFeature("sgx", 0x7, 0, "ebx", 2),
    CpuidFeature("smep", 0x7, 0, "ebx", 7),
    CpuidFeature("rtm", 0x7, 0, "ebx", 11),
    CpuidFeature("mpx", 0x7, 0, "ebx", 14),
    CpuidFeature("smap", 0x7, 0, "ebx", 20),
    CpuidFeature("umip", 0x7, 0, "ecx", 2),
    CpuidFeature("pku", 0x7, 0, "ecx", 3),
    CpuidFeature("shstk", 0x7, 0, "ecx", 7),
    CpuidFeature("la57", 0x7, 0, "ecx", 16),
    CpuidFeature("bus_lock_detect", 0x7, 0, "ecx", 24),
    CpuidFeature("pks", 0x7, 0, "ecx", 31),
    CpuidFeature("ibt", 0x7, 0, "edx", 20),
    CpuidFeature("lam", 0x7, 1, "eax", 26),
    CpuidFeature("syscall", 0x80000001, 0, "edx", 11),
    CpuidFeature("nx", 0x80000001, 0, "edx", 20),
    CpuidFeature("lm", 0x80000001, 0, "edx", 29),
)
CPUID_FEATURE_NAMES = tuple(feature.name for feature in CPUID_FEATURES)
# The MSRs whose bits 31:0 are allowed-0 and bits 63:32 allowed-1 settings (SDM A.3-A.5).
CONTROL_MSR_NAMES = tuple(
    name for _, plain, true in CONTROL_MSRS for name in (plain, true) if name is not None
)
