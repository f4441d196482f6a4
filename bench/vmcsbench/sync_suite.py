"""Rows of the per-exit sync benchmarks (see sync_codegen): the unchecked body against the
KVM-shape copy in every clean-field case, and the checked function for reference."""

from __future__ import annotations

from dataclasses import replace

from vmcsbench.measured import Measured
from vmcsbench.report import Row, at_most
from vmcsbench.sync_codegen import (
    CHECKED,
    KVM_SHAPE,
    UNCHECKED,
    SyncCase,
    sync_cases,
    sync_key,
    unchecked_name,
)
from vmcsgen.plans.translation_plan import TranslationPlan

BASELINE = "KVM-shape copy: member assignments, no checks"


def _why(m: Measured, plan: TranslationPlan, case: SyncCase) -> str:
    subject = m.median(sync_key(UNCHECKED, plan, case))
    baseline = m.median(sync_key(KVM_SHAPE, plan, case))
    why = f"{(subject - baseline) * 1e9:.2g} ns over a {baseline * 1e9:.2g} ns call. "
    if plan.spec.honour_clean_fields:
        why += (
            "The generated body tests all group bits first (which is what wins the all-clean "
            f"case), then {len(plan.group_chunks)} chunks of groups before their own tests, "
            "where the KVM-shape copy tests every group in turn; both move the same bytes "
            f"({len(plan.runs)} coalesced copies for one assignment per member). With one "
            "small group dirty the difference is a cycle or two, decided by the number of "
            "branches and by where gcc places the out-of-line group blocks."
        )
    if plan.blockers or plan.shadow_blocks:
        why += (
            f"The unchecked body still loads and tests the {len(plan.blockers)} members "
            f"{plan.target.name} cannot hold (and the shadow-VMCS bit) before writing, which the "
            "KVM-shape copy does not look at: it refuses instead of dropping a value silently."
        )
    return why


def sync_rows(m: Measured, plan: TranslationPlan) -> list[Row]:
    checked = f"{plan.name}_dirty()" if plan.spec.honour_clean_fields else f"{plan.name}()"
    rows = []
    for case in sync_cases(plan):
        bench = f"sync {plan.source.name} → {plan.target.name}, {case.label}"
        baseline = (sync_key(KVM_SHAPE, plan, case), BASELINE)
        fast = m.row(
            bench, (sync_key(UNCHECKED, plan, case), f"{unchecked_name(plan)}()"), baseline
        )
        rows.append(replace(fast, goal=at_most(1.0), why=_why(m, plan, case)))
        rows.append(
            m.row(
                bench,
                (sync_key(CHECKED, plan, case), f"{checked} (sizes, revision id, header)"),
                baseline,
            )
        )
    return rows
