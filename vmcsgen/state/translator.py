"""Translating saved state: the generated Python translations, rendered from a spec set and
loaded in memory, applied to a region (or to every region of a container blob, its header
kept) along a chain of conversions, or as one declared sync into an existing region.

Nothing is produced unless every hop succeeded: a hop that would lose a value refuses the
whole translation, naming the hop and the values (error diagnostics, `blocked`). What a hop
drops by design (fields retired with `discard`, data private to its source layout) is
reported by name (`dropped`, notes), and so are non-zero bytes the source layout leaves
unused (`unused`, notes), which no hop carries; `strict` makes both errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vmcsgen.export import python
from vmcsgen.export.rendered import load_module
from vmcsgen.model.diagnostics import Diagnostic, has_errors
from vmcsgen.model.spec import Layout, SpecSet, TranslationSpec
from vmcsgen.plans.chain import Chain, plan_chain, reachable
from vmcsgen.plans.releases import UnknownLayout, resolve_layout
from vmcsgen.plans.translation_plan import build_plans
from vmcsgen.state import findings
from vmcsgen.state.findings import HopValue, UnusedBytes, unused_bytes
from vmcsgen.state.nested import container_of, parse
from vmcsgen.state.region import REVISION_MASK
from vmcsgen.state.release_translation import (
    carry_retired,
    era_layout,
    release_would_lose,
    without_missing,
)
from vmcsgen.state.results import RequestError, Synced, Translation

DEFAULT_SPDX = "GPL-2.0-only OR MIT"
BYTES = "<bytes>"  # the name diagnostics give input that came from no file


class NoTranslation(RequestError):
    """No such layout, or nothing declared that leads from one layout to the other: a request
    that names what is not there, before any byte is looked at."""


@dataclass
class _Run:
    """What translating the regions of one input found so far."""

    path: str
    strict: bool
    dropped: list[HopValue] = field(default_factory=list)
    unused: list[UnusedBytes] = field(default_factory=list)
    blocked: list[HopValue] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def refuse(self, chain: Chain, hop: str, lost: list[HopValue]) -> None:
        """`hop` would lose the values `lost`: the whole translation is refused."""
        self.blocked += lost
        self.diagnostics += [findings.blocked(self.path, item) for item in lost]
        message = f"{chain} refused at {hop}, {len(lost)} blocking field(s)"
        self.diagnostics.append(findings.bad_region(self.path, message, "refused"))

    def result(self, chain: Chain, data: bytes | None, **extra: Any) -> Translation:
        failed = has_errors(self.diagnostics)
        return Translation(
            chain,
            None if failed else data,
            dropped=tuple(self.dropped),
            unused=tuple(self.unused),
            blocked=tuple(self.blocked),
            diagnostics=tuple(self.diagnostics),
            **extra,
        )


def _size_problem(data: bytes, layout: Layout) -> str | None:
    if len(data) == layout.size:
        return None
    return f"{len(data)} bytes; a {layout.name} region is exactly {layout.size} bytes"


class RegionTranslator:
    """The generated translations of one spec set, ready to run."""

    def __init__(self, specs: SpecSet, spdx: str = DEFAULT_SPDX) -> None:
        self.specs = specs
        text = python.render_translations(build_plans(specs), [specs.root], spdx)
        self.module = load_module("vmcsgen_translations_runtime", text)

    def _function(self, name: str) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self.module, name)
        return function

    def _layout(self, name: str) -> Layout:
        """A bundled layout or a documented release (`kvm_vmcs12@6.1`) by name."""
        try:
            return resolve_layout(self.specs, name)
        except UnknownLayout as err:
            raise NoTranslation(str(err)) from None

    def chain(self, source: str, target: str) -> Chain:
        """The shortest chain of conversions from `source` to `target`; NoTranslation if
        either is no layout or nothing leads there. Between releases, or a release and a
        layout, the chain runs between the bundled layouts their bytes are read as."""
        self._layout(source), self._layout(target)
        if source == target:
            raise NoTranslation(f"{source} is already the layout asked for")
        source, target = era_layout(self.specs, source).name, era_layout(self.specs, target).name
        if source == target:
            return Chain(source, target, ())
        chain = plan_chain(self.specs, source, target)
        if chain is None:
            targets = ", ".join(reachable(self.specs, source)) or "nothing"
            sync = self.sync_for(source, target)
            hint = f"; sync {sync.name} is declared, run it with --sync" if sync else ""
            raise NoTranslation(
                f"no chain of conversions leads from {source} to {target}; "
                f"{source} converts to: {targets}{hint}"
            )
        return chain

    def required_sync(self, source: str, target: str) -> TranslationSpec:
        """The declared sync from `source` into `target`; NoTranslation if there is none."""
        self._layout(source), self._layout(target)
        spec = self.sync_for(source, target)
        if spec is None:
            declared = ", ".join(
                f"{t.source} -> {t.target}" for t in self.specs.translations if not t.is_conversion
            )
            raise NoTranslation(
                f"no sync {source} -> {target} is declared; syncs: {declared or 'none'}"
            )
        return spec

    def sync_for(self, source: str, target: str) -> TranslationSpec | None:
        """The declared sync from `source` into `target`, if there is one."""
        return next(
            (
                t
                for t in self.specs.translations
                if (t.source, t.target) == (source, target) and not t.is_conversion
            ),
            None,
        )

    def translate(
        self, source: str, target: str, data: bytes, *, path: str = BYTES, strict: bool = False
    ) -> Translation:
        """Convert a `source` region, or every region of a container blob at once (header and
        size kept), into `target` along the shortest chain of conversions. Bytes as long as a
        `source` region are taken as one even when they could be read as a blob. A blob that
        breaks a rule is refused, and so is one that would after the translation."""
        chain = self.chain(source, target)
        layout = self._layout(source)
        run = _Run(path, strict)
        container = container_of(self.specs, data, named=layout)
        if container is None:
            return run.result(chain, self._region(run, chain, source, target, data))
        blob = parse(container, data)
        run.diagnostics += [findings.broken_rule(path, v) for v in blob.violations(layout)]
        if run.diagnostics:
            return run.result(chain, None, container=container)
        held = {name: region for name, region in blob.regions.items() if region is not None}
        if not held:
            message = f"the {container.name} blob holds no region; its header is kept as it is"
            run.diagnostics.append(findings.note(path, "no-region", message))
        converted = {
            name: self._region(run, chain, source, target, region) for name, region in held.items()
        }
        if has_errors(run.diagnostics):
            return run.result(chain, None, container=container)
        regions = {name: region for name, region in converted.items() if region is not None}
        result = parse(container, blob.rebuild(regions))
        target_layout = self._layout(target)
        after = f"translation to {target}"
        run.diagnostics += [
            findings.broken_rule(path, v, after) for v in result.violations(target_layout)
        ]
        return run.result(chain, result.data, container=container)

    def _region(
        self, run: _Run, chain: Chain, source: str, target: str, data: bytes
    ) -> bytes | None:
        """One region along `chain`; None (with errors in `run`) when refused."""
        layout = self._layout(source)
        problem = _size_problem(data, layout)
        if problem is not None:
            run.diagnostics.append(findings.bad_region(run.path, problem))
            return None
        region, dropped = without_missing(self.specs, source, data), []
        for hop in chain.hops:
            reports = getattr(self.module, f"{hop.name}_discarded", None)
            try:
                notes = reports(region) if reports else []
                region = bytes(self._function(hop.name)(region))
            except self.module.TranslationBlocked as blocked:
                run.refuse(chain, hop.name, [HopValue(hop.name, *b) for b in blocked.blockers])
                return None
            except self.module.TranslationError as err:
                # Only the first hop can meet a bad region: later ones get generated output.
                run.diagnostics.append(findings.bad_region(run.path, str(err)))
                return None
            dropped += [HopValue(hop.name, *note) for note in notes]
        region, dropped, lost = carry_retired(self.specs, source, target, data, region, dropped)
        lost += release_would_lose(self.specs, target, region)
        if lost:
            run.refuse(chain, lost[0].hop, lost)
            return None
        region = without_missing(self.specs, target, region)
        spare = unused_bytes(layout, data)
        run.dropped += dropped
        run.unused += spare
        run.diagnostics += [findings.dropped(run.path, item, run.strict) for item in dropped]
        run.diagnostics += [findings.unused(run.path, item, run.strict) for item in spare]
        return region

    def sync(
        self,
        source: str,
        target: str,
        data: bytes,
        into: bytes,
        *,
        path: str = BYTES,
        into_path: str = BYTES,
    ) -> Synced:
        """Run the declared sync from a `source` region into a copy of the existing `target`
        region `into`, and return the updated copy. `into` must hold a `target` region (its
        revision id): a sync rewrites only some fields, so other bytes are not made up."""
        spec = self.required_sync(source, target)
        problems = [
            findings.bad_region(where, problem)
            for where, bytes_, layout in (
                (path, data, self.specs.by_name[source]),
                (into_path, into, self.specs.by_name[target]),
            )
            if (problem := _size_problem(bytes_, layout)) is not None
        ]
        if not problems:
            problems += _destination_problems(into_path, into, self.specs.by_name[target])
        if problems:
            return Synced(spec.name, None, diagnostics=tuple(problems))
        try:
            updated = bytes(self._function(spec.name)(data, bytearray(into)))
        except self.module.TranslationBlocked as blocked:
            lost = tuple(HopValue(spec.name, *b) for b in blocked.blockers)
            found = tuple(findings.blocked(path, item) for item in lost)
            return Synced(spec.name, None, blocked=lost, diagnostics=found)
        except self.module.TranslationError as err:
            return Synced(spec.name, None, diagnostics=(findings.bad_region(path, str(err)),))
        return Synced(spec.name, updated)


def _destination_problems(path: str, into: bytes, layout: Layout) -> list[Diagnostic]:
    """Why `into` is no region of `layout` for a sync to update, if it is not."""
    if not any(into):
        message = f"all {len(into)} bytes are zero: it holds no {layout.name} region to update"
        return [findings.bad_region(path, message, "no-destination-region")]
    revision = int.from_bytes(into[:4], "little") & REVISION_MASK
    if revision != layout.revision:
        message = (
            f"revision id {revision:#x}: it holds no {layout.name} region to update "
            f"({layout.name} regions carry {layout.revision:#x})"
        )
        return [findings.bad_region(path, message, "no-destination-region")]
    return []
