"""Rank the layouts a region could be in. A layout fits when every piece of evidence holds;
fitting layouts that read the region identically (same values for the same fields, as a
region without CET reads under layouts that differ only in CET members) count as one fit."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.state.evidence import Evidence, weigh
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
            "candidates": [c.to_json() for c in self.candidates],
        }


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
    weighed = [
        Candidate(region, tuple(weigh(region)))
        for region in (decode(layout, data) for layout in specs.layouts if layout.size == len(data))
    ]
    ranked = sorted(
        weighed,
        key=lambda c: (not c.fits, c.failures, -len(c.layout.fields), c.layout.name),
    )
    fitting = [c for c in ranked if c.fits]
    return Identification(tuple(_same_reading(c, fitting) if c.fits else c for c in ranked))
