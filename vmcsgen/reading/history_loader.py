"""history/*.yaml: a layout family's release history, checked against the bundled layouts.

Rules beyond the schema: every era names a bundled layout; releases rise strictly across
the whole history; a checked release belongs to its era; a span names either a member of
the era's layout or a retired one with its offset and catalog field, and its since/until
are releases of the era in order; and no release of an era holds two members on one byte.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from vmcsgen.model.catalog import Catalog
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.model.history import Checked, Era, History, MemberSpan, members_at, release_key
from vmcsgen.model.spec import Layout, Member, MemberKind
from vmcsgen.reading.node_values import integer, scalar, text, where
from vmcsgen.reading.yaml_source import Mapping, Sequence

HISTORY_DIR = "history"


def history_paths(root: Path) -> list[Path]:
    return sorted((root / HISTORY_DIR).glob("*.yaml"))


def _items(node: Mapping, key: str) -> list[Mapping]:
    value = node.get(key)
    if value is None:
        return []
    assert isinstance(value, Sequence)
    return [item for item in value.items if isinstance(item, Mapping)]


def _releases(node: Mapping) -> list[tuple[str, Location]]:
    value = node.get("releases")
    assert isinstance(value, Sequence)
    return [(str(item.value), item.location) for item in value.items if hasattr(item, "value")]


def _release_ref(
    node: Mapping, key: str, releases: tuple[str, ...], subject: str, diags: Diagnostics
) -> str | None:
    value = scalar(node, key)
    if value is None:
        return None
    release = str(value.value)
    if release not in releases:
        diags.error(value.location, f"{subject}: {key} {release} is not a release of this era")
    return release


def _defined_member(
    node: Mapping, name: str, layout: Layout, catalog: Catalog, diags: Diagnostics
) -> Member | None:
    """A member the era's layout retired, placed back for the releases that had it."""
    offset, field_ref = integer(node, "offset"), scalar(node, "field")
    if offset is None or field_ref is None:
        diags.error(node.location, f"{name}: a member defined here needs 'offset' and 'field'")
        return None
    if any(m.name == name for m in layout.members):
        diags.error(
            where(node, "name"),
            f"{name}: {layout.name} has this member; name it with 'member' instead",
        )
        return None
    field = catalog.by_name.get(str(field_ref.value))
    if field is None:
        diags.error(field_ref.location, f"{name}: {field_ref.value} is not in the field catalog")
        return None
    return Member(name, offset, field.encoding.width.size, MemberKind.FIELD, node.location, field)


def _build_span(
    node: Mapping,
    layout: Layout,
    releases: tuple[str, ...],
    catalog: Catalog,
    diags: Diagnostics,
) -> MemberSpan | None:
    member_ref, name_ref = scalar(node, "member"), scalar(node, "name")
    if (member_ref is None) == (name_ref is None):
        diags.error(node.location, "a member span takes exactly one of 'member' and 'name'")
        return None
    defined = None
    if member_ref is not None:
        name = str(member_ref.value)
        for key in ("offset", "field"):
            if node.get(key) is not None:
                diags.error(where(node, key), f"{name}: '{key}' comes from {layout.name}")
        member = next((m for m in layout.members if m.name == name), None)
        if member is None:
            diags.error(member_ref.location, f"{name}: {layout.name} has no such member")
            return None
        if member.kind is MemberKind.HEADER:
            diags.error(member_ref.location, f"{name}: every release has the header")
            return None
    else:
        assert name_ref is not None
        name = str(name_ref.value)
        defined = _defined_member(node, name, layout, catalog, diags)
        if defined is None:
            return None
    since = _release_ref(node, "since", releases, name, diags)
    until = _release_ref(node, "until", releases, name, diags)
    if since is None and until is None:
        diags.error(node.location, f"{name}: a span needs 'since' or 'until'")
    if since == releases[0]:
        diags.error(where(node, "since"), f"{name}: since {since} is the era's first release")
    ordered = since in releases and until in releases and since is not None and until is not None
    if ordered and releases.index(str(until)) <= releases.index(str(since)):
        diags.error(where(node, "until"), f"{name}: until {until} is not after since {since}")
    return MemberSpan(name, since, until, text(node, "source"), node.location, defined)


def _check_overlaps(era: Era, layout: Layout, diags: Diagnostics) -> None:
    for release in era.releases:
        held = members_at(era, layout, release)
        for before, after in pairwise(held):
            if after.offset < before.end:
                diags.error(
                    after.location,
                    f"{after.name}: in {release} it overlaps {before.name} "
                    f"(bytes {after.offset}..{before.end - 1})",
                )
                return


def _build_era(
    node: Mapping,
    layouts: dict[str, Layout],
    catalog: Catalog,
    diags: Diagnostics,
) -> Era | None:
    layout_ref = scalar(node, "layout")
    assert layout_ref is not None
    layout = layouts.get(str(layout_ref.value))
    if layout is None:
        known = ", ".join(sorted(layouts))
        diags.error(layout_ref.location, f"no layout {layout_ref.value!r}; known: {known}")
        return None
    releases = tuple(release for release, _ in _releases(node))
    checked: list[Checked] = []
    for item in _items(node, "checked"):
        release = _release_ref(item, "release", releases, "checked", diags)
        if release is not None and any(c.release == release for c in checked):
            diags.error(where(item, "release"), f"checked: {release} is listed twice")
        elif release is not None:
            checked.append(Checked(release, text(item, "source"), item.location))
    spans: list[MemberSpan] = []
    for item in _items(node, "members"):
        span = _build_span(item, layout, releases, catalog, diags)
        if span is not None and any(s.name == span.name for s in spans):
            diags.error(item.location, f"{span.name}: has a span already")
        elif span is not None:
            spans.append(span)
    era = Era(layout.name, releases, tuple(checked), tuple(spans), node.location)
    if not diags:
        _check_overlaps(era, layout, diags)
    return era


def _check_order(node: Mapping, diags: Diagnostics) -> None:
    previous: str | None = None
    for era in _items(node, "eras"):
        for release, location in _releases(era):
            if previous is not None and release_key(release) <= release_key(previous):
                diags.error(location, f"release {release} does not come after {previous}")
            previous = release


def build_history(
    node: Mapping,
    path: str,
    layouts: dict[str, Layout],
    catalog: Catalog,
    diags: Diagnostics,
) -> History | None:
    _check_order(node, diags)
    eras = [_build_era(era, layouts, catalog, diags) for era in _items(node, "eras")]
    if any(era is None for era in eras):
        return None
    return History(
        name=text(node, "history"),
        title=text(node, "title"),
        source=text(node, "source"),
        eras=tuple(era for era in eras if era is not None),
        path=path,
        location=node.location,
    )
