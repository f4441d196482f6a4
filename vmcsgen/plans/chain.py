"""The shortest chain of declared whole-image conversions between two layouts.

Only conversions (`mode: convert`) are links: each one builds a complete destination image,
so they compose. A sync (`mode: update`) writes a subset of the fields into an existing
image and is never part of a chain.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from vmcsgen.model.spec import SpecSet, TranslationSpec


@dataclass(frozen=True)
class Chain:
    """Conversions to apply in order; hop i's target is hop i+1's source."""

    source: str
    target: str
    hops: tuple[TranslationSpec, ...]

    def __str__(self) -> str:
        return " -> ".join([self.source, *(hop.target for hop in self.hops)])


def _links(specs: SpecSet) -> dict[str, list[TranslationSpec]]:
    links: dict[str, list[TranslationSpec]] = {}
    for (source, _), spec in sorted(specs.conversions.items()):
        links.setdefault(source, []).append(spec)
    return links


def plan_chain(specs: SpecSet, source: str, target: str) -> Chain | None:
    """The chain with the fewest conversions from `source` to `target`, None if there is
    none. Ties go to the alphabetically first layouts, so the answer is deterministic."""
    links = _links(specs)
    arrived_by: dict[str, TranslationSpec | None] = {source: None}
    queue = deque([source])
    while queue and target not in arrived_by:
        here = queue.popleft()
        for spec in links.get(here, ()):
            if spec.target not in arrived_by:
                arrived_by[spec.target] = spec
                queue.append(spec.target)
    if target not in arrived_by:
        return None
    hops: list[TranslationSpec] = []
    step = arrived_by[target]
    while step is not None:
        hops.append(step)
        step = arrived_by[step.source]
    return Chain(source, target, tuple(reversed(hops)))


def reachable(specs: SpecSet, source: str) -> list[str]:
    """Every layout some chain leads to from `source`, sorted."""
    return sorted(
        name
        for name in specs.by_name
        if name != source and plan_chain(specs, source, name) is not None
    )
