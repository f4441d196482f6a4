"""Emit the per-exit sync benchmarks: the update-mode translations (eVMCS → vmcs12 at nested
VM entry, vmcs12 → eVMCS at exit) against a copy in the shape KVM writes by hand.

The baseline is written from the same plan: one member assignment per copied member,
under `if (unlikely(!(clean & GROUP)))` for clean-field groups, no size or revision checks
(KVM makes those once, at VMPTRLD), the shape of KVM's copy_enlightened_to_vmcs12() and
copy_vmcs12_to_enlightened(). Each clean-field case (all groups dirty, all clean, one
group dirty) is a registry entry of its own with the mask the harness hands the syncs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from vmcsbench.c_codegen import Extra, function, key, registry_entry, run_pieces, source_image
from vmcsgen.export.render import c_identifier
from vmcsgen.model.spec import TranslationMode
from vmcsgen.plans.translation_plan import CopyGroup, TranslationPlan

KVM_SHAPE = "kvm_shape"
CHECKED = "checked"
UNCHECKED = "unchecked"
SYNC_KINDS = (KVM_SHAPE, CHECKED, UNCHECKED)


@dataclass(frozen=True)
class SyncCase:
    label: str
    tag: str  # for the registry key
    clean_fields: int


def sync_cases(plan: TranslationPlan) -> tuple[SyncCase, ...]:
    """All groups dirty, all clean, then each group alone dirty (in plan order); a plan
    without clean fields has the one case."""
    if not plan.spec.honour_clean_fields:
        return (SyncCase("every field", "every", 0),)
    every = plan.clean_mask
    cases = [SyncCase("all groups dirty", "all_dirty", 0)]
    cases.append(SyncCase("all groups clean", "all_clean", every))
    cases += [
        SyncCase(f"only {group.name} dirty", group.name, every & ~group.mask)
        for group in plan.groups
        if group.mask and group.mask != every
    ]
    return tuple(cases)


def sync_key(kind: str, plan: TranslationPlan, case: SyncCase) -> str:
    return key(kind, f"{plan.name}@{case.tag}")


def unchecked_name(plan: TranslationPlan) -> str:
    return (
        f"{plan.name}_dirty_unchecked"
        if plan.spec.honour_clean_fields
        else f"{plan.name}_unchecked"
    )


def refuses(plan: TranslationPlan) -> bool:
    """Whether the unchecked body can refuse (-ERANGE), so returns int."""
    return bool(plan.blockers) or plan.shadow_blocks


def _dirty_test(mask: int) -> str:
    """KVM's test for one group bit; a multi-bit group is dirty unless all its bits are
    set (the model's rule, which the generated code follows)."""
    if mask & (mask - 1):
        return f"(clean & 0x{mask:04x}u) != 0x{mask:04x}u"
    return f"!(clean & 0x{mask:04x}u)"


def _assignments(plan: TranslationPlan, group: CopyGroup, indent: str) -> Iterator[str]:
    for piece in run_pieces(plan, group.runs):
        yield f"{indent}d->{c_identifier(piece.dst.name)} = s->{c_identifier(piece.src.name)};"


def _kvm_shape(plan: TranslationPlan) -> Iterator[str]:
    clean = plan.spec.honour_clean_fields
    body = [
        f"struct {plan.target.name} *d = (struct {plan.target.name} *)dst;",
        f"const struct {plan.source.name} *s = (const struct {plan.source.name} *)src;",
    ]
    if clean:
        body.append("uint32_t clean = bench_clean_fields;")
    body.append("")
    for group in plan.groups:
        if clean and group.mask:
            body.append(f"if (__builtin_expect({_dirty_test(group.mask)}, 0)) {{")
            body += _assignments(plan, group, "\t")
            body.append("}")
        else:
            body += _assignments(plan, group, "")
    body.append("return 0;")
    return function(f"bench_{KVM_SHAPE}_{plan.name}", body)


def _checked(plan: TranslationPlan) -> Iterator[str]:
    sizes = f"dst, {plan.target.size}u, src, {plan.source.size}u"
    if plan.spec.honour_clean_fields:
        call = f"{plan.name}_dirty({sizes}, bench_clean_fields)"
    else:
        call = f"{plan.name}({sizes})"
    return function(f"bench_{CHECKED}_{plan.name}", [f"return (uint64_t)({call} != 0);"])


def _unchecked(plan: TranslationPlan) -> Iterator[str]:
    args = "dst, src, bench_clean_fields" if plan.spec.honour_clean_fields else "dst, src"
    call = f"{unchecked_name(plan)}({args})"
    body = [f"return (uint64_t)({call} != 0);"] if refuses(plan) else [f"{call};", "return 0;"]
    return function(f"bench_{UNCHECKED}_{plan.name}", body)


def _verify(plan: TranslationPlan) -> Iterator[str]:
    src = source_image(plan.source)
    for case in sync_cases(plan):
        for kind in (KVM_SHAPE, UNCHECKED):
            yield (
                f'\tbad |= bench_same_sync("{sync_key(kind, plan, case)}", '
                f"bench_{kind}_{plan.name}, bench_{CHECKED}_{plan.name}, {src}, "
                f"0x{plan.target.revision:08x}u, 0x{case.clean_fields:04x}u);"
            )


def _registry(plan: TranslationPlan) -> Iterator[str]:
    for case in sync_cases(plan):
        for kind in SYNC_KINDS:
            yield registry_entry(
                sync_key(kind, plan, case),
                f"bench_{kind}_{plan.name}",
                plan.source,
                case.clean_fields,
            )


def sync_benchmarks(plans: tuple[TranslationPlan, ...]) -> Extra:
    functions: list[str] = []
    for plan in plans:
        if plan.spec.mode is not TranslationMode.UPDATE:
            raise ValueError(f"{plan.name}: only update-mode translations are syncs")
        for emit in (_kvm_shape, _checked, _unchecked):
            functions += emit(plan)
    return Extra(
        plans=plans,
        functions=tuple(functions),
        verify=tuple(line for plan in plans for line in _verify(plan)),
        registry=tuple(line for plan in plans for line in _registry(plan)),
    )
