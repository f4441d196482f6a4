"""Rank the layouts a region could be in. A layout fits when every piece of evidence holds;
fitting layouts that read the region identically (same values for the same fields, as a
region without CET reads under layouts that differ only in CET members) count as one fit."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.entry_checks import CheckScope
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.entry_checks import plan_entry_checks
from vmcsgen.plans.releases import release_layouts
from vmcsgen.state.evidence import Evidence, LaunchChecks, weigh
from vmcsgen.state.region import DecodedRegion, decode


@dataclass(frozen=True)
class Candidate:
    region: DecodedRegion
    evidence: tuple[Evidence, ...]

    @property
    def layout(self) -> Layout:
        return self.region.layout

    @property
    def fits(self) -> bool:
        return all(e.holds for e in self.evidence)

    @property
    def failures(self) -> int:
        return sum(1 for e in self.evidence if not e.holds)

    def to_json(self) -> dict[str, object]:
        return {
            "layout": self.layout.name,
            "fits": self.fits,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class Identification:
    candidates: tuple[Candidate, ...]  # best first
    # Per release history, the runs of documented releases whose own layout the region
    # fits (none of the fields they lack in use): ("4.19", "5.7") is 4.19 to 5.7.
    releases: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    @property
    def fitting(self) -> list[Candidate]:
        return [c for c in self.candidates if c.fits]

    @property
    def readings(self) -> int:
        """How many different readings the fitting layouts give: 1 is an answer."""
        return len({c.region.reading for c in self.fitting})

    @property
    def best(self) -> Layout | None:
        return self.fitting[0].layout if self.readings == 1 else None

    def to_json(self) -> dict[str, object]:
        best = self.best
        return {
            "best": best.name if best is not None else None,
            "releases": {
                family: [{"first": first, "last": last} for first, last in runs]
                for family, runs in self.releases
            },
            "candidates": [c.to_json() for c in self.candidates],
        }

    def release_lines(self) -> list[str]:
        """`kvm_vmcs12: Linux 5.14 to 6.17`, one line per release history."""
        return [
            f"{family}: "
            + (
                ", ".join(first if first == last else f"{first} to {last}" for first, last in runs)
                if runs
                else "no documented release"
            )
            for family, runs in self.releases
        ]


def _same_reading(candidate: Candidate, others: list[Candidate]) -> Candidate:
    twins = [
        o.layout.name
        for o in others
        if o is not candidate and o.region.reading == candidate.region.reading
    ]
    if not twins:
        return candidate
    note = Evidence("same-reading", True, f"reads every value the same as {', '.join(twins)}")
    return Candidate(candidate.region, (*candidate.evidence, note))


def identify(specs: SpecSet, data: bytes) -> Identification:
    """Every bundled layout of the region's size, fitting ones first; among those, the one
    that holds the most fields (it reads everything the others read)."""
    entry = LaunchChecks(plan_entry_checks(specs).in_scope(CheckScope.VM_ENTRY))
    weighed = [
        Candidate(region, tuple(weigh(region, entry)))
        for region in (decode(layout, data) for layout in specs.layouts if layout.size == len(data))
    ]
    ranked = sorted(
        weighed,
        key=lambda c: (not c.fits, c.failures, -len(c.layout.fields), c.layout.name),
    )
    fitting = [c for c in ranked if c.fits]
    return Identification(
        tuple(_same_reading(c, fitting) if c.fits else c for c in ranked),
        _release_runs(specs, data, entry),
    )


def _release_runs(
    specs: SpecSet, data: bytes, entry: LaunchChecks
) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The releases whose derived layout the region fits, as runs of consecutive ones: a
    release without a field the region uses has padding there, which must be zero."""
    fits = {
        release.layout_name
        for release, layout in release_layouts(specs)
        if layout.size == len(data) and all(e.holds for e in weigh(decode(layout, data), entry))
    }
    found = []
    for history in specs.histories:
        runs: list[list[str]] = []
        for index, release in enumerate(history.releases):
            if history.layout_name(release) not in fits:
                continue
            follows = index > 0 and runs and runs[-1][-1] == history.releases[index - 1]
            if follows:
                runs[-1].append(release)
            else:
                runs.append([release])
        found.append((history.name, tuple((run[0], run[-1]) for run in runs)))
    return tuple(found)
