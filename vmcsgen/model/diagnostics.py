"""Spec errors with source locations, collected so that one run reports all of them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based line and column in a spec file."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: error: {self.message}"


class SpecError(Exception):
    """Raised once a stage has found errors; carries every diagnostic found so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = sorted(diagnostics)


@dataclass
class Diagnostics:
    """Collects errors across a stage; `check()` raises them all at once."""

    found: list[Diagnostic] = field(default_factory=list)

    def error(self, location: Location, message: str) -> None:
        self.found.append(Diagnostic(location, message))

    def check(self) -> None:
        if self.found:
            raise SpecError(list(self.found))

    def __bool__(self) -> bool:
        return bool(self.found)
