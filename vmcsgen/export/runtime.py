"""Translating regions at run time: the generated Python translations, rendered from a spec
set and loaded in memory, applied along a chain of conversions or as one explicit sync.

This is what `vmcsgen translate` runs, and the API for programs that translate regions:

    translator = RegionTranslator(load_specs(path))
    result = translator.translate("hv_evmcs_v1", "kvm_vmcs12_v4_14", data)
    result.region, result.chain, result.dropped, result.unused

Nothing is returned unless every hop succeeded: a refusal on any hop raises, naming the hop
and the values it would lose. What a hop drops by design (fields retired with `discard`,
data private to its source layout) comes back in `dropped`, by name, for the caller to show,
and so do non-zero bytes the source layout leaves unused (`unused`), which no hop carries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vmcsgen.export import python
from vmcsgen.export.rendered import load_module
from vmcsgen.model.spec import Layout, Member, RetirePolicy, SpecSet, TranslationSpec
from vmcsgen.plans.chain import Chain, plan_chain, reachable
from vmcsgen.plans.layout_tables import UnusedSpan, unused_spans
from vmcsgen.plans.releases import (
    Release,
    UnknownLayout,
    find_release,
    missing_members,
    resolve_layout,
)
from vmcsgen.plans.translation_plan import build_plans

DEFAULT_SPDX = "GPL-2.0-only OR MIT"


class RegionError(ValueError):
    """A translation that cannot be carried out."""


class NoTranslation(RegionError):
    """No such layout, or nothing declared that leads from one layout to the other."""


class BadRegion(RegionError):
    """A buffer that is not a region of the layout it is said to be."""

    def __init__(self, role: str, message: str) -> None:
        self.role = role  # "input" or "destination"
        super().__init__(message)


@dataclass(frozen=True)
class HopValue:
    """A source value a hop names: one it would lose (TranslationRefused.lost), or one it
    drops by design (Translated.dropped)."""

    hop: str
    field: str
    encoding: int | None
    value: int
    reason: str


class TranslationRefused(RegionError):
    """A hop would lose data; nothing was produced."""

    def __init__(self, what: str, hop: str, lost: tuple[HopValue, ...]) -> None:
        self.what = what
        self.hop = hop
        self.lost = lost
        names = ", ".join(f"{item.field}={item.value:#x}" for item in lost)
        super().__init__(f"{what} refused at {hop}: it would lose {names}")


@dataclass(frozen=True)
class UnusedBytes:
    """Non-zero bytes where the source layout holds nothing (padding, the region's tail): no
    conversion carries them, and a region written in that layout has zeros there, so the
    region may be in another layout (a 6.18 image with CET values read as 6.17, say)."""

    layout: str
    span: UnusedSpan
    nonzero: int


@dataclass(frozen=True)
class Translated:
    chain: Chain
    region: bytes
    dropped: tuple[HopValue, ...]
    unused: tuple[UnusedBytes, ...]


def unused_bytes(layout: Layout, region: bytes) -> tuple[UnusedBytes, ...]:
    """The spans of `region` that `layout` leaves unused but that hold something."""
    found = ((span, span.nonzero(region)) for span in unused_spans(layout))
    return tuple(UnusedBytes(layout.name, span, n) for span, n in found if n)


def _missing(specs: SpecSet, name: str) -> tuple[Release, tuple[Member, ...]] | None:
    release = find_release(specs, name)
    if release is None:
        return None
    return release, missing_members(resolve_layout(specs, name), release.base)


def _without_missing(specs: SpecSet, name: str, region: bytes) -> bytes:
    """`region` as its release's era layout reads it: the members the release does not have
    are padding there, so their bytes are unused (and reported as such), never carried."""
    found = _missing(specs, name)
    if found is None:
        return region
    cleared = bytearray(region)
    for member in found[1]:
        cleared[member.offset : member.end] = bytes(member.size)
    return bytes(cleared)


def _release_would_lose(specs: SpecSet, name: str, region: bytes) -> tuple[HopValue, ...]:
    """The values of an era-layout `region` that release `name` has no member for: it would
    read them as padding, and L1 could not VMREAD them back."""
    found = _missing(specs, name)
    if found is None:
        return ()
    release, missing = found
    hop = f"{release.base.name} -> {name}"
    lost = []
    for member in missing:
        value = int.from_bytes(region[member.offset : member.end], "little")
        if value != member.default:
            encoding = None if member.field is None else member.field.encoding.value
            label = member.name if member.field is None else member.field.name
            reason = f"Linux {release.name}'s struct vmcs12 and field table have no {member.name}"
            lost.append(HopValue(hop, label, encoding, value, reason))
    return tuple(lost)


def _era_layout(specs: SpecSet, name: str) -> Layout:
    release = find_release(specs, name)
    return specs.by_name[name] if release is None else release.base


def _carry_retired(
    specs: SpecSet, source: str, target: str, data: bytes, region: bytes, dropped: list[HopValue]
) -> tuple[bytes, list[HopValue]]:
    """Fields that a release holds but its era layout does not (the CR3-target values of
    releases before 5.8), which the chain between era layouts cannot carry: copied when
    `target` holds them, else dropped by name where `target` retires them, else refused."""
    source_layout, target_layout = resolve_layout(specs, source), resolve_layout(specs, target)
    source_era, target_era = _era_layout(specs, source), _era_layout(specs, target)
    carried = bytearray(region)
    held_encodings = {m.field.encoding.value for m in target_layout.fields if m.field}
    kept = [item for item in dropped if item.encoding not in held_encodings]
    hop = f"{source} -> {target}"
    lost = []
    for member in source_layout.fields:
        assert member.field is not None
        in_source_era = member.identity in source_era.by_identity
        if in_source_era and member.identity in target_era.by_identity:
            continue  # the chain carried it (or refused it)
        value = data[member.offset : member.end]
        held = target_layout.by_identity.get(member.identity)
        if held is not None:
            carried[held.offset : held.end] = value
            continue
        number = int.from_bytes(value, "little")
        if in_source_era or number == member.default:
            continue  # the chain reported it
        retired = target_era.retired_by_name.get(member.field.name)
        reason = retired.reason if retired else f"{target} has no {member.name}"
        item = HopValue(hop, member.field.name, member.field.encoding.value, number, reason)
        if retired is not None and retired.policy is RetirePolicy.DISCARD:
            kept.append(item)
        else:
            lost.append(item)
    if lost:
        raise TranslationRefused(hop, hop, tuple(lost))
    return bytes(carried), kept


def _exact_size(data: bytes, layout: Layout, role: str) -> None:
    if len(data) != layout.size:
        raise BadRegion(
            role, f"{len(data)} bytes; a {layout.name} region is exactly {layout.size} bytes"
        )


class RegionTranslator:
    """The generated translations of one spec set, ready to run."""

    def __init__(self, specs: SpecSet, spdx: str = DEFAULT_SPDX) -> None:
        self.specs = specs
        text = python.render_translations(build_plans(specs), [specs.root], spdx)
        self.module = load_module("vmcsgen_translations_runtime", text)

    def _function(self, name: str) -> Callable[..., Any]:
        function: Callable[..., Any] = getattr(self.module, name)
        return function

    def _bundled(self, name: str) -> str:
        """The bundled layout a name's bytes are read as: a release's era layout."""
        try:
            resolve_layout(self.specs, name)
            release = find_release(self.specs, name)
        except UnknownLayout as err:
            raise NoTranslation(str(err)) from None
        return name if release is None else release.base.name

    def chain(self, source: str, target: str) -> Chain:
        """The conversions from `source` to `target`; between releases, or a release and a
        layout, the chain runs between the bundled layouts their bytes are read as."""
        if source == target:
            raise NoTranslation(f"{source} is already the layout asked for")
        source, target = self._bundled(source), self._bundled(target)
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

    def translate(self, source: str, target: str, data: bytes) -> Translated:
        """Convert a whole `source` region into a new `target` region along the shortest
        chain of conversions; raise TranslationRefused if any hop would lose a value."""
        chain = self.chain(source, target)
        layout = resolve_layout(self.specs, source)
        _exact_size(data, layout, "input")
        region, dropped = _without_missing(self.specs, source, data), []
        for hop in chain.hops:
            reports = getattr(self.module, f"{hop.name}_discarded", None)
            try:
                notes = reports(region) if reports else []
                region = bytes(self._function(hop.name)(region))
            except self.module.TranslationBlocked as blocked:
                lost = tuple(HopValue(hop.name, *b) for b in blocked.blockers)
                raise TranslationRefused(str(chain), hop.name, lost) from None
            except self.module.TranslationError as err:
                # Only the first hop can meet a bad region: later ones get generated output.
                raise BadRegion("input", str(err)) from None
            dropped += [HopValue(hop.name, *note) for note in notes]
        region, dropped = _carry_retired(self.specs, source, target, data, region, dropped)
        lost = _release_would_lose(self.specs, target, region)
        if lost:
            raise TranslationRefused(str(chain), lost[0].hop, lost)
        region = _without_missing(self.specs, target, region)
        return Translated(chain, region, tuple(dropped), unused_bytes(layout, data))

    def sync(self, source: str, target: str, data: bytes, into: bytes) -> bytes:
        """Run the declared sync from a `source` region into a copy of the existing
        `target` region `into`, and return the updated copy."""
        spec = self.required_sync(source, target)
        _exact_size(data, self.specs.by_name[source], "input")
        _exact_size(into, self.specs.by_name[target], "destination")
        try:
            return bytes(self._function(spec.name)(data, bytearray(into)))
        except self.module.TranslationBlocked as blocked:
            lost = tuple(HopValue(spec.name, *b) for b in blocked.blockers)
            raise TranslationRefused(spec.name, spec.name, lost) from None
        except self.module.TranslationError as err:
            raise BadRegion("input", str(err)) from None
