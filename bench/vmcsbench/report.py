"""Result rows, and the Markdown and JSON they are reported in."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vmcsbench.stats import Comparison


@dataclass(frozen=True)
class Goal:
    """The subject/baseline time ratio must not exceed `limit`."""

    limit: float
    text: str

    def met(self, ratio: float) -> bool:
        return ratio <= self.limit


def at_most(limit: float) -> Goal:
    return Goal(limit, f"≤ {limit:g}x")


def faster_by(factor: float) -> Goal:
    return Goal(1 / factor, f"≥ {factor:g}x faster (≤ {1 / factor:.2g}x)")


@dataclass(frozen=True)
class Row:
    """One line of the table: subject vs baseline, with an optional goal.

    met_override replaces the ratio test for goals that are not about time (the
    `--check` row's goal is that black never runs); `why` explains a miss.
    """

    section: str
    benchmark: str
    subject: str
    baseline: str
    comparison: Comparison
    goal: Goal | None = None
    met_override: bool | None = None
    goal_text: str = ""
    why: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ratio(self) -> float:
        return self.comparison.ratio

    @property
    def met(self) -> bool | None:
        if self.met_override is not None:
            return self.met_override
        return None if self.goal is None else self.goal.met(self.ratio)

    @property
    def goal_label(self) -> str:
        if self.goal_text:
            return self.goal_text
        return "—" if self.goal is None else self.goal.text


def duration(secs: float) -> str:
    """A time with a unit that keeps three significant digits readable."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if secs >= scale:
            return f"{secs / scale:.3g} {unit}"
    return f"{secs / 1e-9:.3g} ns"


def ratio_label(ratio: float) -> str:
    if ratio < 1:
        return f"{ratio:.3g}x ({1 / ratio:.3g}x faster)"
    return f"{ratio:.3g}x"


def _met_label(met: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "—"}[met]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| benchmark | subject | baseline | ratio | goal | met? |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        cells = (
            f"{row.section}: {row.benchmark}",
            f"{row.subject} ({duration(row.comparison.subject_median)})",
            f"{row.baseline} ({duration(row.comparison.baseline_median)})",
            ratio_label(row.ratio),
            row.goal_label,
            _met_label(row.met),
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def miss_notes(rows: Sequence[Row]) -> list[str]:
    notes = []
    for row in rows:
        if row.met is not False:
            continue
        by = ""
        if row.goal is not None and row.met_override is None:
            by = f" Ratio {row.ratio:.4g}x against a limit of {row.goal.limit:.3g}x: "
            by += f"{row.ratio / row.goal.limit:.3g}x the time the goal allows."
        notes.append(f"**Missed — {row.section}: {row.benchmark}.**{by} {row.why}".strip())
    return notes


def row_notes(rows: Sequence[Row]) -> list[str]:
    return [note for row in rows for note in row.notes]


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def as_json(rows: Sequence[Row], meta: dict[str, Any]) -> str:
    items = [
        {
            "section": row.section,
            "benchmark": row.benchmark,
            "subject": row.subject,
            "baseline": row.baseline,
            "subject_seconds": _finite(row.comparison.subject_median),
            "baseline_seconds": _finite(row.comparison.baseline_median),
            "ratio": _finite(row.ratio),
            "repetitions": row.comparison.repetitions,
            "goal": row.goal_label,
            "met": row.met,
        }
        for row in rows
    ]
    return json.dumps({"meta": meta, "rows": items}, indent=2, ensure_ascii=False) + "\n"
