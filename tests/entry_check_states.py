"""States for the generated entry checks: a running L2 and seeded random mutations of it,
with random capability profiles, and the runner that feeds them to the compiled C checks.

Random values are drawn where the checks look: every field, header member and MSR some
check reads gets, at random, its realistic value, 0, all ones, a number some condition
compares with, one bit flipped, or random bits, so that each check is seen broken, holding
and (without the shadow region or the header) undecided."""

from __future__ import annotations

import random
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

from running_l2 import running_l2

from vmcsgen.export.entry_check_code import MSR_MEMBERS, CheckSet
from vmcsgen.model.caps import VMX_MSR_NAMES, CapabilityProfile
from vmcsgen.model.container import Container
from vmcsgen.model.diagnostics import Location
from vmcsgen.model.entry_checks import AnyOf, CheckCondition, CheckSubjectKind, Clause
from vmcsgen.model.spec import Layout
from vmcsgen.plans.entry_checks import EntryCheckPlan

ALL_ONES = (1 << 64) - 1
INVALID_GPA = ALL_ONES
GUEST_MODE, RUN_PENDING, EVMCS = 0x1, 0x2, 0x4
# What KVM offers an L1 on a recent host, roughly: every control allowed, the always-on
# bits required (TRUE_ MSRs present), 46-bit MAXPHYADDR, 4-level paging.
PERMISSIVE_MSRS = {
    "IA32_VMX_BASIC": 0x00DA0400_11E57ED0,
    "IA32_VMX_PINBASED_CTLS": 0x000000FF_00000016,
    "IA32_VMX_PROCBASED_CTLS": 0xFFF9FFFE_0401E172,
    "IA32_VMX_EXIT_CTLS": 0x01FFFFFF_00036DFF,
    "IA32_VMX_ENTRY_CTLS": 0x0003FFFF_000011FF,
    "IA32_VMX_MISC": 0x00000000_20000065,
    "IA32_VMX_CR0_FIXED0": 0x80000021,
    "IA32_VMX_CR0_FIXED1": 0xFFFFFFFF,
    "IA32_VMX_CR4_FIXED0": 0x2000,
    "IA32_VMX_CR4_FIXED1": 0x003727FF,
    "IA32_VMX_VMCS_ENUM": 0x2E,
    "IA32_VMX_PROCBASED_CTLS2": 0x0053FEFF_00000000,
    "IA32_VMX_EPT_VPID_CAP": 0x00000F01_06734141,
    "IA32_VMX_TRUE_PINBASED_CTLS": 0x000000FF_00000016,
    "IA32_VMX_TRUE_PROCBASED_CTLS": 0xFFF9FFFE_04006172,
    "IA32_VMX_TRUE_EXIT_CTLS": 0x01FFFFFF_00036DFB,
    "IA32_VMX_TRUE_ENTRY_CTLS": 0x0003FFFF_000011FB,
    "IA32_VMX_VMFUNC": 0x1,
    "IA32_VMX_PROCBASED_CTLS3": 0,
}
FEATURES = ("vmx", "lm", "la57", "pku", "xsaves")


def profile(msrs: dict[str, int], maxphyaddr: int, cpuid: frozenset[str]) -> CapabilityProfile:
    return CapabilityProfile(
        name="test",
        title="test profile",
        source="tests",
        msrs=tuple((name, msrs.get(name, 0)) for name in VMX_MSR_NAMES),
        maxphyaddr=maxphyaddr,
        cpuid=cpuid,
        location=Location("tests"),
    )


PERMISSIVE = profile(PERMISSIVE_MSRS, 46, frozenset({"vmx", "lm"}))


@dataclass(frozen=True)
class State:
    """One input of the checks: the vmcs12 region, the shadow vmcs12 region and the header
    members when the state has them, and the destination's profile."""

    region: bytes
    shadow: bytes | None
    header: dict[str, int] | None
    caps: CapabilityProfile


def _numbers(clauses: tuple[Clause, ...]) -> set[int]:
    found: set[int] = set()
    for clause in clauses:
        if isinstance(clause, AnyOf):
            for alternative in clause.alternatives:
                found |= _numbers(alternative)
        elif isinstance(clause, CheckCondition):
            found |= {o.number for o in clause.operands if o.number is not None}
    return found


def compared_numbers(plan: EntryCheckPlan) -> list[int]:
    """Every number some condition compares with, sorted (random values come from these)."""
    found: set[int] = set()
    for planned in plan.checks:
        found |= _numbers(planned.check.when)
    return sorted(found)


def _value(rng: random.Random, realistic: int, bits: int, numbers: list[int]) -> int:
    mask = (1 << bits) - 1
    choice = rng.randrange(6)
    if choice == 0:
        return realistic
    if choice == 1:
        return 0
    if choice == 2:
        return mask
    if choice == 3 and numbers:
        return rng.choice(numbers) & mask
    if choice == 4:
        return realistic ^ (1 << rng.randrange(bits))
    return rng.getrandbits(bits)


def _write(region: bytearray, layout: Layout, values: dict[str, int]) -> None:
    for member in layout.fields:
        if member.field is not None and member.field.name in values:
            region[member.offset : member.end] = values[member.field.name].to_bytes(
                member.size, "little"
            )


def mutated_region(
    rng: random.Random, layout: Layout, fields: list[str], numbers: list[int], shadow: bool
) -> bytes:
    region = running_l2(layout, shadow=shadow)
    members = {m.field.name: m for m in layout.fields if m.field is not None}
    values = {}
    for name in fields:
        member = members.get(name)
        if member is not None and rng.random() < 0.3:
            realistic = int.from_bytes(region[member.offset : member.end], "little")
            values[name] = _value(rng, realistic, 8 * member.size, numbers)
    _write(region, layout, values)
    return bytes(region)


def random_caps(rng: random.Random, features: tuple[str, ...]) -> CapabilityProfile:
    msrs = {}
    for name in VMX_MSR_NAMES:
        msrs[name] = (
            _value(rng, PERMISSIVE_MSRS[name], 64, [])
            if rng.random() < 0.3
            else (PERMISSIVE_MSRS[name])
        )
    # A width no processor reports (0, 65) leaves a check reading it undecided.
    maxphyaddr = rng.choice((32, 36, 39, 46, 48, 52, rng.randrange(32, 53), 0, 65))
    cpuid = frozenset(f for f in (*FEATURES, *features) if rng.random() < 0.6)
    return profile(msrs, maxphyaddr, cpuid)


def realistic_header(container: Container) -> dict[str, int]:
    """Every header member of a blob KVM_GET_NESTED_STATE wrote for a running L2."""
    header = {m.name: 0 for m in container.value_members}
    header.update(flags=GUEST_MODE | RUN_PENDING, vmxon_pa=0x10D2E1000, vmcs12_pa=0x10D2E2000)
    return header


def random_header(rng: random.Random, container: Container, numbers: list[int]) -> dict[str, int]:
    header = realistic_header(container)
    for member in container.value_members:
        if rng.random() < 0.4:
            header[member.name] = _value(rng, header[member.name], 8 * member.size, numbers)
    return header


def random_states(
    checks: CheckSet, container: Container, count: int, seed: int = 17
) -> list[State]:
    """`count` states around a running L2: about a third each with and without the shadow
    region and the header."""
    assert checks.layout is not None
    layout = checks.layout
    rng = random.Random(seed)
    numbers = compared_numbers(checks.plan)
    fields = [
        v.subject.field.name
        for v in checks.values
        if v.subject.field is not None and v.kind is CheckSubjectKind.FIELD
    ]
    shadow_fields = [
        v.subject.field.name
        for v in checks.values
        if v.subject.field is not None and v.kind is CheckSubjectKind.SHADOW_FIELD
    ]
    states = []
    for _ in range(count):
        region = mutated_region(rng, layout, fields, numbers, shadow=False)
        shadow = (
            mutated_region(rng, layout, shadow_fields, numbers, shadow=True)
            if rng.random() < 0.7
            else None
        )
        header = random_header(rng, container, numbers) if rng.random() < 0.7 else None
        caps = random_caps(rng, checks.cpuid_features) if rng.random() < 0.8 else PERMISSIVE
        states.append(State(region, shadow, header, caps))
    return states


# --- the compiled checks -------------------------------------------------------------------


def runner_source(checks: CheckSet) -> str:
    """A program that reads states from stdin (see `record`) and prints, per state, the
    failed and the undecided bitmaps as hex words."""
    assert checks.layout is not None
    layout = checks.layout.name
    header = f"struct {checks.container}_header"
    assign = "\n".join(
        f"\t\tcaps.{member} = msrs[{i}];" for i, (_, member) in enumerate(MSR_MEMBERS)
    )
    return f"""#include <stdio.h>
#include <string.h>
#include "vmx_entry_checks.h"

static unsigned char region[4096], shadow[4096], hdr[128];

static int get(void *p, size_t n)
{{
	return fread(p, 1, n, stdin) == n;
}}

int main(void)
{{
	unsigned char present[2];
	uint64_t msrs[{len(MSR_MEMBERS)}], cpuid;
	uint32_t maxphyaddr;
	unsigned int i;

	while (get(region, sizeof(region)) && get(shadow, sizeof(shadow)) && get(hdr, sizeof(hdr))
			&& get(present, 2) && get(msrs, sizeof(msrs)) && get(&cpuid, 8)
			&& get(&maxphyaddr, 4)) {{
		struct vmx_entry_caps caps;
		struct vmx_entry_check_result result;

		memset(&caps, 0xa5, sizeof(caps));
{assign}
		caps.cpuid = cpuid;
		caps.maxphyaddr = maxphyaddr;
		vmx_entry_checks((const struct {layout} *)region,
				present[0] ? (const struct {layout} *)shadow : NULL,
				present[1] ? (const {header} *)hdr : NULL, &caps, &result);
		for (i = 0; i < VMX_ENTRY_CHECK_WORDS; i++)
			printf("%016llx ", (unsigned long long)result.failed[i]);
		for (i = 0; i < VMX_ENTRY_CHECK_WORDS; i++)
			printf("%016llx ", (unsigned long long)result.undecided[i]);
		printf("\\n");
	}}
	return 0;
}}
"""


def header_bytes(container: Container, header: dict[str, int] | None) -> bytes:
    data = bytearray(container.header_size)
    for member in container.value_members:
        if header is not None:
            data[member.offset : member.end] = header[member.name].to_bytes(member.size, "little")
    return bytes(data)


def record(checks: CheckSet, container: Container, state: State) -> bytes:
    """One state as the runner reads it."""
    caps = state.caps
    cpuid = sum(1 << i for i, f in enumerate(checks.cpuid_features) if caps.has(f))
    return b"".join(
        [
            state.region.ljust(4096, b"\0"),
            (state.shadow or b"").ljust(4096, b"\0"),
            header_bytes(container, state.header),
            bytes([state.shadow is not None, state.header is not None]),
            struct.pack(f"<{len(VMX_MSR_NAMES)}Q", *(caps.msr(n) for n in VMX_MSR_NAMES)),
            struct.pack("<QI", cpuid, caps.maxphyaddr),
        ]
    )


def run_compiled(
    binary: Path, checks: CheckSet, container: Container, states: list[State]
) -> list[tuple[list[str], list[str]]]:
    """(failed ids, undecided ids) of each state, from the compiled checks."""
    feed = b"".join(record(checks, container, s) for s in states)
    done = subprocess.run([str(binary)], input=feed, capture_output=True, check=True)
    bits = [(code.index, code.check.id) for code in checks.checks]
    results = []
    for line in done.stdout.decode().splitlines():
        words = [int(w, 16) for w in line.split()]
        failed, undecided = words[: checks.words], words[checks.words :]
        results.append(
            (
                [i for n, i in bits if failed[n // 64] >> (n % 64) & 1],
                [i for n, i in bits if undecided[n // 64] >> (n % 64) & 1],
            )
        )
    assert len(results) == len(states), done.stderr.decode()
    return results
