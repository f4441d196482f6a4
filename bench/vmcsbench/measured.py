"""The C harness's timings, as rows of the C section: shared by the translation, access and
sync suites."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsbench.report import Row
from vmcsbench.stats import paired

SECTION = "C"

Times = dict[str, list[float]]


@dataclass(frozen=True)
class Measured:
    times: Times

    def row(self, benchmark: str, subject: tuple[str, str], baseline: tuple[str, str]) -> Row:
        (subject_key, subject_label), (baseline_key, baseline_label) = subject, baseline
        comparison = paired(self.times[subject_key], self.times[baseline_key])
        return Row(SECTION, benchmark, subject_label, baseline_label, comparison)

    def median(self, key: str) -> float:
        return paired(self.times[key], self.times[key]).subject_median
