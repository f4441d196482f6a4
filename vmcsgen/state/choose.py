"""Choose the layout a region is read under: the one the user names (told when the region's
revision id is not that layout's), else the one identification finds, else the closest, with
a warning that says how uncertain that is."""

from __future__ import annotations

from vmcsgen.model.diagnostics import Diagnostic, Severity
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.state import findings
from vmcsgen.state.identify import identify
from vmcsgen.state.region import decode
from vmcsgen.state.results import Choice


def choose(
    specs: SpecSet, data: bytes, layout: Layout | None, path: str, force: bool = False
) -> tuple[Choice | None, list[Diagnostic]]:
    """The layout to read the region `data` under, and what was uncertain about it. With
    `layout` named, a region of another length is an error and a revision id other than the
    layout's a warning (a note when `force`); without, no layout of its length is an error."""
    if layout is not None:
        if len(data) != layout.size:
            message = f"{layout.name} regions are {layout.size} bytes, not {len(data)}"
            return None, [findings.bad_region(path, message, "wrong-size")]
        region = decode(layout, data)
        if region.revision == layout.revision:
            return Choice(region, "--layout", True), []
        message = (
            f"revision id {region.revision:#x} is not {layout.name}'s ({layout.revision:#x}); "
            "decoded as asked"
        )
        severity = Severity.NOTE if force else Severity.WARNING
        mismatch = findings.note(path, "revision-mismatch", message).with_severity(severity)
        return Choice(region, "--layout", force), [mismatch]
    found = identify(specs, data)
    if not found.candidates:
        return None, []
    if found.best is not None:
        return Choice(found.fitting[0].region, "identified", True), []
    if found.fitting:
        names = ", ".join(c.layout.name for c in found.fitting)
        how = f"ambiguous: {names} fit but read it differently; pass --layout"
        choice = Choice(found.fitting[0].region, how, False)
        return choice, [findings.warning(path, "ambiguous", how)]
    closest = found.candidates[0].layout.name
    how = f"no layout fits; closest is {closest}"
    choice = Choice(found.candidates[0].region, how, False)
    return choice, [findings.warning(path, "no-layout-fits", how)]
