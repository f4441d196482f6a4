"""Diagnostics with a location and a severity: errors in spec files (collected so that one run
reports all of them), and what an operation on users' bytes found (a value dropped, bytes not
carried, a rule broken), printed the same way by every command."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

# A subject's parts: the field, value, hop, rule, ... a diagnostic is about.
SubjectValue = str | int | None


class Severity(str, Enum):
    """How much a diagnostic matters: an error stops the operation, a warning makes the
    command exit 1, a note is information."""

    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based line and column in a spec file; line 0 stands for a whole (binary) file,
    shown as its path alone, and an empty path for no file at all."""

    path: str
    line: int = 1
    column: int = 1

    @classmethod
    def file(cls, path: str) -> Location:
        """A whole file, such as a binary input that has no lines."""
        return cls(path, 0, 0)

    def __str__(self) -> str:
        if not self.line:
            return self.path
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding: `code` is stable (tests and scripts match it; a broken rule's code is
    "broken-rule" and its id is the subject's "rule"), `message` is for people."""

    location: Location
    message: str
    severity: Severity = Severity.ERROR
    code: str = "spec"
    subject: tuple[tuple[str, SubjectValue], ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        where = str(self.location)
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.severity.value}: {self.message}"

    def with_severity(self, severity: Severity) -> Diagnostic:
        return Diagnostic(self.location, self.message, severity, self.code, self.subject)

    def to_json(self) -> dict[str, object]:
        """The diagnostic for programs: the same keys in the same order, always."""
        return {
            "path": self.location.path,
            "line": self.location.line or None,
            "column": self.location.column or None,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "subject": dict(self.subject),
        }


def has_errors(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


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
