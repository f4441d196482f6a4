"""VM-entry checks as data (checks/*.yaml): what KVM, or the processor after it, verifies of a
vmcs12 before nested VM entry, each check one readable condition over the region's fields,
the nested-state header and the destination's capability profile."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property

from vmcsgen.model.bits import mask_of
from vmcsgen.model.catalog import CatalogField
from vmcsgen.model.container import HeaderMember, Subject, Test
from vmcsgen.model.diagnostics import Location

# `caps.` subjects: a control word's settings, an MSR, or a guest fact of the profile.
CAPS_WORDS = ("pin", "proc", "proc2", "proc3", "exit", "entry")
CAPS_SETTINGS = ("allowed0", "allowed1")
CAPS_FACTS = ("maxphyaddr", "va_bits")


class EnforcedBy(enum.Enum):
    KVM = "kvm"  # KVM refuses: KVM_SET_NESTED_STATE fails with EINVAL, or VM entry fails
    CPU = "cpu"  # KVM leaves it to the processor: the first VM entry to L2 fails


class CheckScope(enum.Enum):
    """When a spec's checks are made."""

    NESTED_STATE = "nested_state"  # by KVM_SET_NESTED_STATE on every blob it restores
    VM_ENTRY = "vm_entry"  # before entry to L2: restoring a GUEST_MODE blob, VMLAUNCH/VMRESUME


class CheckSubjectKind(enum.Enum):
    FIELD = "field"  # a field of the vmcs12 region
    SHADOW_FIELD = "shadow_field"  # a field of the shadow vmcs12 region
    MEMBER = "member"  # a member of the nested-state header
    CAPS = "caps"  # a value of the capability profile


@dataclass(frozen=True)
class CheckSubject:
    """What a condition reads. `region` is the container subject a field or header member
    resolves to (the same resolution container rules use); `caps` the path after `caps.`
    ("pin.allowed1", "msr.IA32_VMX_BASIC", "cpuid.la57", "maxphyaddr", "va_bits")."""

    kind: CheckSubjectKind
    text: str  # as the spec wrote it
    width: int  # bits of the value read
    base: Subject | None = None
    caps: str = ""
    bits: tuple[int, int] | None = None  # (high, low): take bits high..low shifted down

    @property
    def field(self) -> CatalogField | None:
        return None if self.base is None else self.base.field

    @property
    def member(self) -> HeaderMember | None:
        return None if self.base is None else self.base.member

    def select(self, value: int) -> int:
        """The value after `bits:`."""
        if self.bits is None:
            return value
        high, low = self.bits
        return (value & mask_of(high, low)) >> low


@dataclass(frozen=True)
class Operand:
    """A number resolved when the spec is loaded, or a subject read with the state."""

    text: str
    number: int | None = None
    subject: CheckSubject | None = None


@dataclass(frozen=True)
class CheckCondition:
    """`test` applied to the subject's value and the operands. Bits of `ignored` (the
    condition's `except:`) are cleared in the value and in every operand first. A list
    operand of has/lacks/outside/lacks_some is the OR of its items; of in/not_in a set."""

    subject: CheckSubject
    test: Test
    operands: tuple[Operand, ...]
    ignored: int
    text: str  # the condition as written, for messages and generated comments
    location: Location

    @property
    def subjects(self) -> tuple[CheckSubject, ...]:
        return (self.subject, *(o.subject for o in self.operands if o.subject is not None))


@dataclass(frozen=True)
class AnyOf:
    """Holds when every clause of some alternative holds."""

    alternatives: tuple[tuple[Clause, ...], ...]
    location: Location

    @property
    def subjects(self) -> tuple[CheckSubject, ...]:
        return tuple(s for alt in self.alternatives for c in alt for s in c.subjects)


Clause = CheckCondition | AnyOf


@dataclass(frozen=True)
class EntryCheck:
    """Broken when every clause of `when` holds. With `unknown`, the check needs something
    neither the state nor the profile gives: when `when` holds it is undecided, not broken."""

    id: str
    message: str
    sdm: str
    kvm: str
    enforced_by: EnforcedBy
    when: tuple[Clause, ...]
    location: Location
    since: str = ""
    until: str = ""
    unknown: str = ""

    @cached_property
    def subjects(self) -> tuple[CheckSubject, ...]:
        """Every subject the check reads, once each, in first-use order."""
        seen: dict[str, CheckSubject] = {}
        for clause in self.when:
            for subject in clause.subjects:
                seen.setdefault(subject.text, subject)
        return tuple(seen.values())


@dataclass(frozen=True)
class CheckSpec:
    name: str
    title: str
    stage: int
    kvm_function: str
    source: str
    container: str  # the container spec whose header and regions the checks read
    scope: CheckScope
    constants: tuple[tuple[str, int], ...]
    checks: tuple[EntryCheck, ...]
    path: str
    location: Location
