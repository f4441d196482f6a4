"""What an operation on saved state finds, as diagnostics: values a hop drops or would lose,
bytes no layout member holds, rules a blob breaks, bytes that are no region of a layout."""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.model.diagnostics import Diagnostic, Location, Severity
from vmcsgen.model.spec import Layout
from vmcsgen.plans.layout_tables import UnusedSpan, unused_spans
from vmcsgen.state.nested import Violation


@dataclass(frozen=True)
class HopValue:
    """A source value a hop names: one it would lose (Translation.blocked), or one it drops
    by design (Translation.dropped)."""

    hop: str
    field: str
    encoding: int | None
    value: int
    reason: str


@dataclass(frozen=True)
class UnusedBytes:
    """Non-zero bytes where the source layout holds nothing (padding, the region's tail): no
    conversion carries them, and a region written in that layout has zeros there, so the
    region may be in another layout (a 6.18 image with CET values read as 6.17, say)."""

    layout: str
    span: UnusedSpan
    nonzero: int


def unused_bytes(layout: Layout, region: bytes) -> tuple[UnusedBytes, ...]:
    """The spans of `region` that `layout` leaves unused but that hold something."""
    found = ((span, span.nonzero(region)) for span in unused_spans(layout))
    return tuple(UnusedBytes(layout.name, span, n) for span, n in found if n)


def _at(path: str) -> Location:
    return Location.file(path)


def dropped(path: str, item: HopValue, strict: bool) -> Diagnostic:
    severity = Severity.ERROR if strict else Severity.NOTE
    message = f"{item.field} = {item.value:#x} dropped by {item.hop}: {item.reason}"
    subject = (("field", item.field), ("value", item.value), ("hop", item.hop))
    return Diagnostic(_at(path), message, severity, "dropped", subject)


def blocked(path: str, item: HopValue) -> Diagnostic:
    message = f"{item.field} = {item.value:#x} would be lost in {item.hop}: {item.reason}"
    subject = (("field", item.field), ("value", item.value), ("hop", item.hop))
    return Diagnostic(_at(path), message, Severity.ERROR, "blocked", subject)


def unused(path: str, spare: UnusedBytes, strict: bool) -> Diagnostic:
    span = spare.span
    plural = "s" if spare.nonzero != 1 else ""
    message = (
        f"{span.name} (bytes {span.offset}..{span.end - 1}) holds {spare.nonzero} non-zero "
        f"byte{plural} that {spare.layout} leaves unused; they are not carried (is the region "
        "in another layout? see vmcsgen identify)"
    )
    severity = Severity.ERROR if strict else Severity.NOTE
    subject = (
        ("layout", spare.layout),
        ("member", span.name),
        ("offset", span.offset),
        ("nonzero", spare.nonzero),
    )
    return Diagnostic(_at(path), message, severity, "unused-bytes", subject)


def broken_rule(path: str, violation: Violation, after: str = "") -> Diagnostic:
    """A rule the blob breaks; `after` names the step that made the bytes that break it."""
    where = f" (after {after})" if after else ""
    message = f"rule {violation.id}: {violation.message}{where}"
    subject = (("rule", violation.id), ("origin", violation.origin), ("source", violation.source))
    return Diagnostic(_at(path), message, Severity.ERROR, "broken-rule", subject)


def bad_region(path: str, message: str, code: str = "bad-region") -> Diagnostic:
    return Diagnostic(_at(path), message, Severity.ERROR, code)


def note(path: str, code: str, message: str) -> Diagnostic:
    return Diagnostic(_at(path), message, Severity.NOTE, code)


def warning(path: str, code: str, message: str) -> Diagnostic:
    return Diagnostic(_at(path), message, Severity.WARNING, code)
