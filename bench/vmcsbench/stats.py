"""Paired, interleaved measurements and the ratio of their medians."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    """Seconds per operation of a subject and its baseline, one pair per repetition.

    Both were timed in the same repetition, one right after the other, so each pair saw the
    same machine state; the ratio is the median of the per-repetition ratios.
    """

    subject: tuple[float, ...]
    baseline: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.subject or len(self.subject) != len(self.baseline):
            raise ValueError("a comparison needs one subject and one baseline time per repetition")
        if min(self.subject + self.baseline) <= 0:
            raise ValueError("times must be positive")

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return statistics.median(s / b for s, b in zip(self.subject, self.baseline, strict=True))

    @property
    def repetitions(self) -> int:
        return len(self.subject)


def paired(
    subject: Sequence[float], baseline: Sequence[float], per_unit: float = 1.0
) -> Comparison:
    """A comparison of two series taken in the same repetitions; per_unit divides both."""
    return Comparison(tuple(s / per_unit for s in subject), tuple(b / per_unit for b in baseline))


def seconds(action: Callable[[], object]) -> float:
    """Wall-clock seconds of one call of action."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleave(actions: Sequence[Callable[[], float]], repetitions: int) -> list[list[float]]:
    """Run every action once per repetition, rotating which goes first; one series each."""
    series: list[list[float]] = [[] for _ in actions]
    for rep in range(repetitions):
        for step in range(len(actions)):
            index = (step + rep) % len(actions)
            series[index].append(actions[index]())
    return series
