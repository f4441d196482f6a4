"""One result per operation on saved state, each carrying what the operation found as
diagnostics (note, warning, error) next to what it produced."""

from __future__ import annotations

from dataclasses import dataclass, field

from vmcsgen.model.container import Container
from vmcsgen.model.diagnostics import Diagnostic, Severity, has_errors
from vmcsgen.model.spec import Layout
from vmcsgen.plans.chain import Chain
from vmcsgen.state.findings import HopValue, UnusedBytes
from vmcsgen.state.identify import Identification
from vmcsgen.state.nested import Blob, Violation
from vmcsgen.state.region import DecodedRegion


class RequestError(ValueError):
    """A request that names what the specs do not have (a layout, a conversion, a sync),
    refused before any byte is looked at."""


@dataclass(frozen=True)
class Outcome:
    """What every result has: its diagnostics, most important first within each kind."""

    diagnostics: tuple[Diagnostic, ...] = field(default=(), kw_only=True)

    @property
    def ok(self) -> bool:
        """True when no diagnostic is an error: the operation produced its result."""
        return not has_errors(self.diagnostics)

    @property
    def clean(self) -> bool:
        """True when nothing is an error or a warning (notes are fine)."""
        return all(d.severity is Severity.NOTE for d in self.diagnostics)


@dataclass(frozen=True)
class Choice:
    """The layout a region is read under, how it was chosen, and whether that is certain."""

    region: DecodedRegion
    how: str
    certain: bool


@dataclass(frozen=True)
class Decoded(Outcome):
    """A region decoded under its layout, or a container blob with its header, the regions it
    holds (decoded under one layout) and the rules it breaks."""

    choice: Choice | None  # the layout chosen; None when nothing could be decoded
    blob: Blob | None = None  # None for a bare region
    regions: dict[str, DecodedRegion | None] = field(default_factory=dict)  # a blob's slots
    violations: tuple[Violation, ...] = ()
    undecided: tuple[str, ...] = ()  # rules not checked: no layout was certain

    @property
    def region(self) -> DecodedRegion | None:
        """The bare region, decoded (None for a blob or bytes that are neither)."""
        return self.choice.region if self.choice is not None and self.blob is None else None


@dataclass(frozen=True)
class Identified(Outcome):
    """The layouts a region could be in, best first; for a blob, those of its first region."""

    identification: Identification | None  # None when no region was there to weigh
    container: Container | None = None  # the blob's container when the input was a blob

    @property
    def best(self) -> Layout | None:
        return self.identification.best if self.identification is not None else None


@dataclass(frozen=True)
class Validated(Outcome):
    """A container blob checked against its container's rules."""

    blob: Blob | None  # None when the bytes are no container's blob (an error says so)
    violations: tuple[Violation, ...] = ()
    undecided: tuple[str, ...] = ()  # rules not checked because no layout was given


@dataclass(frozen=True)
class Translation(Outcome):
    """A region or a blob converted along a chain of conversions; `data` is None when the
    translation was refused (see the error diagnostics)."""

    chain: Chain
    data: bytes | None
    container: Container | None = None  # the blob's container when the input was a blob
    dropped: tuple[HopValue, ...] = ()  # values dropped by design, reported by name
    unused: tuple[UnusedBytes, ...] = ()  # non-zero bytes the source layout leaves unused
    blocked: tuple[HopValue, ...] = ()  # values a hop would lose: why it was refused


@dataclass(frozen=True)
class Synced(Outcome):
    """A declared sync run from a source region into a copy of an existing destination
    region; `data` (the updated copy) is None when refused."""

    sync: str
    data: bytes | None
    blocked: tuple[HopValue, ...] = ()
