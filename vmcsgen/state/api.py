"""The operations on saved state, each returning one result with its diagnostics: decode a
region or a container blob, identify a region's layout, validate a blob against its
container's rules, translate a region or a blob along a chain of conversions, and run a
declared sync into an existing region. `vmcsgen` re-exports these names."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from vmcsgen.model.diagnostics import Diagnostic
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.package_data import bundled_specs_dir
from vmcsgen.plans.releases import UnknownLayout, resolve_layout
from vmcsgen.reading import loader
from vmcsgen.state import findings
from vmcsgen.state import identify as identification
from vmcsgen.state.choose import choose
from vmcsgen.state.nested import Blob, container_of, parse
from vmcsgen.state.region import DecodedRegion
from vmcsgen.state.region import decode as decode_region
from vmcsgen.state.results import Decoded, Identified, RequestError, Synced, Translation, Validated
from vmcsgen.state.translator import BYTES, RegionTranslator

TRANSLATORS_KEPT = 4


def load_specs(path: str | Path) -> SpecSet:
    """The spec set in directory `path` (layouts, fields, bits, translations, containers),
    validated; SpecError carries every error found, each with its file, line and column."""
    return loader.load_specs(Path(path))


@lru_cache(maxsize=1)
def bundled_specs() -> SpecSet:
    """The specs installed with vmcsgen (KVM's vmcs12 layouts, Hyper-V's eVMCS, KVM nested
    state), loaded once."""
    return loader.load_specs(bundled_specs_dir())


def find_layout(specs: SpecSet, name: str) -> Layout:
    """The layout called `name`, or a documented release (`kvm_vmcs12@6.1`); RequestError,
    listing the known ones, if there is none."""
    try:
        return resolve_layout(specs, name)
    except UnknownLayout as err:
        raise RequestError(str(err)) from None


_translators: list[tuple[SpecSet, RegionTranslator]] = []


def translator(specs: SpecSet) -> RegionTranslator:
    """The translations of `specs` ready to run; the last few spec sets' are kept, so
    repeated calls do not render them again."""
    for held, ready in _translators:
        if held is specs:
            return ready
    ready = RegionTranslator(specs)
    _translators.insert(0, (specs, ready))
    del _translators[TRANSLATORS_KEPT:]
    return ready


def _neither(specs: SpecSet, data: bytes, path: str) -> Diagnostic:
    sizes = ", ".join(str(size) for size in sorted({lay.size for lay in specs.layouts}))
    blobs = ", ".join(f"{c.name} from {c.header_size}" for c in specs.containers)
    message = f"{len(data)} bytes is neither a region ({sizes} bytes) nor a blob ({blobs} bytes)"
    return findings.bad_region(path, message, "not-region-or-blob")


def _rules(blob: Blob, layout: Layout | None, path: str) -> Validated:
    violations = tuple(blob.violations(layout))
    found = tuple(findings.broken_rule(path, v) for v in violations)
    return Validated(blob, violations, tuple(blob.undecided(layout)), diagnostics=found)


def decode(
    specs: SpecSet,
    data: bytes,
    *,
    layout: str | None = None,
    path: str = BYTES,
    force: bool = False,
) -> Decoded:
    """Decode `data`: a region under `layout` (or the layout identification finds), or a
    container blob with its header, its regions and the rules it breaks. A region whose
    revision id is not the named layout's is decoded with a warning (a note when `force`)."""
    named = find_layout(specs, layout) if layout is not None else None
    container = container_of(specs, data, named=named)
    if container is None:
        choice, found = choose(specs, data, named, path, force)
        if choice is None and not found:
            found = [_neither(specs, data, path)]
        return Decoded(choice, diagnostics=tuple(found))
    blob = parse(container, data)
    held = {name: region for name, region in blob.regions.items() if region is not None}
    first = next(iter(held.values()), None)
    choice, found = choose(specs, first, named, path, force) if first is not None else (None, [])
    regions: dict[str, DecodedRegion | None] = {name: None for name in blob.regions}
    if choice is not None:
        for name, region in held.items():
            regions[name] = decode_region(choice.region.layout, region)
    checked = _rules(blob, choice.region.layout if choice and choice.certain else None, path)
    return Decoded(
        choice,
        blob,
        regions,
        checked.violations,
        checked.undecided,
        diagnostics=(*found, *checked.diagnostics),
    )


def identify(specs: SpecSet, data: bytes, *, path: str = BYTES) -> Identified:
    """The layouts of `specs` the region `data` (or a blob's first region) could be in, best
    first, with the evidence for and against each."""
    container = container_of(specs, data)
    if container is not None:
        held = [r for r in parse(container, data).regions.values() if r is not None]
        if not held:
            message = f"the {container.name} blob holds no region, so no layout to identify"
            return Identified(
                None, container, diagnostics=(findings.note(path, "no-region", message),)
            )
        data = held[0]
    found = identification.identify(specs, data)
    if not found.candidates:
        message = f"no layout has {len(data)}-byte regions"
        problem = findings.bad_region(path, message, "wrong-size")
        return Identified(found, container, diagnostics=(problem,))
    if found.best is not None:
        return Identified(found, container)
    if found.fitting:
        names = ", ".join(c.layout.name for c in found.fitting)
        doubt = findings.warning(
            path, "ambiguous", f"ambiguous: {names} fit but read it differently"
        )
    else:
        doubt = findings.warning(path, "no-layout-fits", "no layout fits")
    return Identified(found, container, diagnostics=(doubt,))


def validate(
    specs: SpecSet, data: bytes, *, layout: str | None = None, path: str = BYTES
) -> Validated:
    """Check the container blob `data` against its container's rules; the rules that read
    region fields are checked only when `layout` names the layout of its regions."""
    named = find_layout(specs, layout) if layout is not None else None
    container = container_of(specs, data)
    if container is None:
        names = ", ".join(c.name for c in specs.containers) or "none"
        message = f"{len(data)} bytes are no container's blob (containers: {names})"
        return Validated(None, diagnostics=(findings.bad_region(path, message, "not-a-blob"),))
    return _rules(parse(container, data), named, path)


def translate(
    specs: SpecSet,
    source: str,
    target: str,
    data: bytes,
    *,
    path: str = BYTES,
    strict: bool = False,
) -> Translation:
    """Convert a `source` region, or a container blob of them, into `target` along the
    shortest chain of conversions; `strict` makes every drop and unused byte an error."""
    return translator(specs).translate(source, target, data, path=path, strict=strict)


def sync(
    specs: SpecSet,
    source: str,
    target: str,
    data: bytes,
    into: bytes,
    *,
    path: str = BYTES,
    into_path: str = BYTES,
) -> Synced:
    """Run the declared sync from the `source` region `data` into a copy of the existing
    `target` region `into`."""
    return translator(specs).sync(source, target, data, into, path=path, into_path=into_path)
