"""The one printer of diagnostics for every command: `PATH: severity: message` lines on
standard error, or a list of objects with stable keys inside a command's JSON output."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from vmcsgen.model.diagnostics import Diagnostic, Severity


def print_diagnostics(diagnostics: Iterable[Diagnostic], stream: TextIO | None = None) -> None:
    out = sys.stderr if stream is None else stream
    for diagnostic in diagnostics:
        print(diagnostic, file=out)


def diagnostics_json(diagnostics: Iterable[Diagnostic]) -> list[dict[str, object]]:
    return [diagnostic.to_json() for diagnostic in diagnostics]


def status(diagnostics: Iterable[Diagnostic]) -> int:
    """The exit status they give: 1 with any warning or error, 0 with notes only."""
    return 1 if any(d.severity is not Severity.NOTE for d in diagnostics) else 0
