"""Load a spec directory into the validated model, reporting every error found.

A spec directory holds `fields.yaml` (the catalog), `layouts/*.yaml` (one layout per
file, named after it) and optionally `translations.yaml` and `bits.yaml`.
"""

from __future__ import annotations

import errno
import os
from itertools import pairwise
from pathlib import Path

from vmcsgen.model.bits import BitsSpec
from vmcsgen.model.catalog import HEADER_SIZE, Catalog, CatalogField
from vmcsgen.model.container import Container
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.model.encoding import Encoding, encoding_problem
from vmcsgen.model.entry_checks import CheckSpec
from vmcsgen.model.history import History
from vmcsgen.model.spec import (
    CleanFieldGroup,
    CleanFields,
    FieldSync,
    Layout,
    Member,
    MemberKind,
    RetiredField,
    RetirePolicy,
    ShadowAccess,
    SpecSet,
    TranslationSpec,
)
from vmcsgen.model.vmscan import VMSCAN_MEMBERS
from vmcsgen.reading import schema_check
from vmcsgen.reading.bits_loader import BITS_FILE, build_bits
from vmcsgen.reading.checks_loader import build_check_spec, check_paths, ordered
from vmcsgen.reading.container_loader import build_container, container_paths
from vmcsgen.reading.field_sync_loader import build_field_syncs
from vmcsgen.reading.history_loader import build_history, history_paths
from vmcsgen.reading.member_extras import build_bitfields, build_l1_field
from vmcsgen.reading.named_specs import load_named
from vmcsgen.reading.node_values import integer as _int
from vmcsgen.reading.node_values import scalar as _scalar
from vmcsgen.reading.node_values import text as _str
from vmcsgen.reading.node_values import where as _where
from vmcsgen.reading.proposals import PROPOSALS_DIR, proposal_paths, with_proposed_fields
from vmcsgen.reading.shadow_order import build_shadow_order
from vmcsgen.reading.spec_file import UnreadableSpec, read_spec_file
from vmcsgen.reading.translations_loader import build_translations
from vmcsgen.reading.yaml_source import Mapping, Node, Scalar, Sequence, read_spec

CATALOG_FILE = "fields.yaml"
LAYOUT_DIR = "layouts"
TRANSLATIONS_FILE = "translations.yaml"
DATA_SIZES = (1, 2, 4, 8)
# generate writes the translations to python/vmcs_translations.py and c/vmcs_translations.h,
# the bits to vmcs_bits.py/.h and a layout's shadow list to c/<layout>_shadow_fields.h; a
# layout of such a name would overwrite them.
RESERVED_LAYOUT_NAMES = frozenset({"vmcs_translations", "vmcs_bits"})
RESERVED_LAYOUT_SUFFIX = "_shadow_fields"
# Free text is copied verbatim into generated docstrings and comments (a description into a
# Python `#` comment), so it must not be able to end one or break a line out of it.
SINGLE_LINE_TEXT = ("title", "note", "description", "sdm")
MULTI_LINE_TEXT = ("source",)  # wrapped into comment lines, so line breaks are harmless
_TEXT_BREAKERS = {
    '"""': "a triple quote, which would end a generated Python docstring",
    "*/": "'*/', which would end a generated C comment",
    "\\": "a backslash, which would start an escape sequence in a generated Python docstring",
}


def spec_name(specs: SpecSet, *parts: str) -> str:
    """A spec file as generated banners name it: from the spec directory's own name on, so
    the text is the same whatever directory vmcsgen runs from."""
    return "/".join((Path(specs.root).name, *parts))


def display_path(path: Path) -> str:
    """A path as errors show it: relative to the working directory when below it."""
    try:
        cwd = Path.cwd()
        below = Path(os.path.abspath(path)).is_relative_to(cwd)
        return os.path.relpath(path) if below or path.resolve().is_relative_to(cwd) else str(path)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(path)


def read_document(
    path: Path, schema: str, diags: Diagnostics, kind: str = "spec"
) -> Mapping | None:
    """The schema-checked document in `path`, or None after reporting why; `kind` names what
    the file is in the messages about an unreadable or empty one."""
    shown = display_path(path)
    before = len(diags.found)
    try:
        data = read_spec_file(path)
    except UnreadableSpec as err:
        diags.error(Location(shown), f"cannot read {kind}: {err}")
        return None
    node = read_spec(shown, data, diags)
    if node is None:
        # `diags` holds the errors of earlier files too: only this file's count says whether
        # read_spec already explained the None.
        if len(diags.found) == before:
            diags.error(Location(shown), f"{kind} is empty")
        return None
    if not schema_check.validate(node, schema, diags):
        return None
    assert isinstance(node, Mapping)
    _check_text(node, diags)
    return node


def _check_text(node: Node, diags: Diagnostics) -> None:
    """Report free text that could break out of the generated comment or docstring."""
    if isinstance(node, Sequence):
        for item in node.items:
            _check_text(item, diags)
    if not isinstance(node, Mapping):
        return
    for key, value in node.entries:
        if isinstance(value, Scalar) and isinstance(value.value, str):
            if key.value in SINGLE_LINE_TEXT:
                _check_text_value(str(key.value), value, "", diags)
            elif key.value in MULTI_LINE_TEXT:
                _check_text_value(str(key.value), value, "\n\t", diags)
        else:
            _check_text(value, diags)


def _check_text_value(key: str, node: Scalar, allowed: str, diags: Diagnostics) -> None:
    text = str(node.value)
    bad = next((c for c in text if not (c.isprintable() or c in allowed)), None)
    if bad is not None:
        what = "a line break" if bad in "\n\r" else f"the control character U+{ord(bad):04X}"
        diags.error(node.location, f"{key} contains {what}; it must be printable text")
        return
    for sequence, what in _TEXT_BREAKERS.items():
        if sequence in text:
            diags.error(node.location, f"{key} contains {what}")
            return


def load_layout_file(path: Path, catalog: Catalog, diags: Diagnostics) -> Layout | None:
    """One layout spec, validated on its own (used by `diff` on files outside a spec dir)."""
    node = read_document(path, "layout", diags)
    if node is None:
        return None
    return _build_layout(node, display_path(path), catalog, diags)


def load_catalog(path: Path, diags: Diagnostics) -> Catalog | None:
    node = read_document(path, "catalog", diags)
    if node is None:
        return None
    fields_node = node.get("fields")
    assert isinstance(fields_node, Mapping)
    fields: list[CatalogField] = []
    seen: dict[int, CatalogField] = {}
    for key, value in fields_node.entries:
        assert isinstance(value, Scalar) and isinstance(value.value, int)
        # A faulty field stays in the catalog so that layouts naming it are not reported
        # again as unknown; its error stops the run before anything else uses the catalog.
        field = CatalogField(str(key.value), Encoding(value.value), key.location)
        fields.append(field)
        problem = encoding_problem(value.value)
        if problem is not None:
            diags.error(value.location, f"field {key.value}: encoding {problem}")
            continue
        other = seen.setdefault(value.value, field)
        if other is not field:
            diags.error(
                value.location,
                f"field {field.name}: encoding 0x{value.value:08x} is already "
                f"{other.name} (line {other.location.line})",
            )
    return Catalog(display_path(path), _str(node, "source"), tuple(fields))


def _build_member(
    node: Mapping, catalog: Catalog, has_clean_fields: bool, diags: Diagnostics
) -> tuple[Member | None, bool]:
    """The member (None if it cannot be built at all) and whether its bytes are certain.

    A member whose own offset or size is wrong is kept out of the gap and overlap checks:
    they would only repeat its mistake as complaints about its neighbours.
    """
    name = _str(node, "name")
    offset = _int(node, "offset")
    assert offset is not None
    size = _int(node, "size")
    default = _int(node, "default")
    group = _scalar(node, "group")
    kind_text = _scalar(node, "kind")
    field_ref = _scalar(node, "field")
    note = _str(node, "note")
    shadow = _scalar(node, "shadow")
    where = node.location
    placed = True

    if field_ref is not None:
        if kind_text is not None:
            diags.error(kind_text.location, f"{name}: a member with 'field' takes no 'kind'")
        field = catalog.by_name.get(str(field_ref.value))
        if field is None:
            diags.error(
                field_ref.location, f"{name}: {field_ref.value} is not in the field catalog"
            )
            return None, False
        width = field.encoding.width
        if size is not None and size != width.size:
            diags.error(
                _where(node, "size"),
                f"{name}: size {size} does not match {field.name}, a {width.label} field "
                f"({width.size} bytes)",
            )
            placed = False
        size = width.size
        kind = MemberKind.FIELD
    else:
        field = None
        if kind_text is None:
            diags.error(where, f"{name}: a member needs either 'field' or 'kind'")
            return None, False
        kind = MemberKind(kind_text.value)
        if kind is MemberKind.HEADER:
            if size is not None and size != HEADER_SIZE:
                diags.error(_where(node, "size"), f"{name}: the header is {HEADER_SIZE} bytes")
                placed = False
            size = HEADER_SIZE
        elif size is None:
            diags.error(where, f"{name}: a {kind.value} member needs 'size'")
            return None, False
        elif kind in (MemberKind.STATE, MemberKind.PRIVATE) and size not in DATA_SIZES:
            diags.error(
                _where(node, "size"),
                f"{name}: a {kind.value} member holds one integer of 1, 2, 4 or 8 bytes, "
                f"not {size}",
            )
            placed = False

    if default is not None:
        if kind not in (MemberKind.FIELD, MemberKind.STATE):
            diags.error(_where(node, "default"), f"{name}: only fields and state take 'default'")
        elif default >= 1 << (8 * size):
            diags.error(
                _where(node, "default"),
                f"{name}: default 0x{default:x} does not fit in {size} bytes",
            )
    if placed and kind in (MemberKind.FIELD, MemberKind.STATE) and offset % size:
        diags.error(
            _where(node, "offset"),
            f"{name}: offset {offset} is not aligned to its {size}-byte size",
        )
        placed = False
    l1_field = build_l1_field(node, name, kind, size, catalog, diags)
    # A member that names an l1_field may have a group, even if the name is refused.
    addressed = kind is MemberKind.FIELD or (
        kind is MemberKind.PRIVATE and node.get("l1_field") is not None
    )
    if group is not None and not has_clean_fields:
        diags.error(group.location, f"{name}: 'group' needs 'clean_fields' in the layout")
        group = None
    elif group is not None and not addressed:
        message = f"{name}: only fields and l1_field members belong to a clean-field group"
        diags.error(group.location, message)
        group = None
    elif group is None and has_clean_fields and addressed:
        what = "field" if kind is MemberKind.FIELD else "l1_field member"
        diags.error(where, f"{name}: every {what} of a layout with clean_fields needs a 'group'")
    if shadow is not None and kind is not MemberKind.FIELD:
        diags.error(shadow.location, f"{name}: only fields can be shadowed ('shadow')")
        shadow = None
    member = Member(
        name=name,
        offset=offset,
        size=size,
        kind=kind,
        location=where,
        field=field,
        default=default or 0,
        group=None if group is None else str(group.value),
        note=note,
        shadow=None if shadow is None else ShadowAccess(shadow.value),
        l1_field=l1_field,
        bitfields=build_bitfields(node, name, kind, size, diags),
    )
    return member, placed


def _build_clean_fields(node: Mapping | None, diags: Diagnostics) -> CleanFields | None:
    if node is None:
        return None
    groups_node = node.get("groups")
    assert isinstance(groups_node, Mapping)
    groups = []
    for key, value in groups_node.entries:
        assert isinstance(value, Scalar) and isinstance(value.value, int)
        groups.append(CleanFieldGroup(str(key.value), value.value))
    return CleanFields(_str(node, "member"), tuple(groups))


def _check_members(
    members: list[Member], size: int, diags: Diagnostics, layout: str, placed: bool
) -> None:
    """Header, names, fields held twice, region bounds and, when every member's bytes are
    certain (`placed`), gaps and overlaps; `members` is in offset order."""
    headers = [m for m in members if m.kind is MemberKind.HEADER]
    if len(headers) != 1:
        where = headers[1].location if headers else members[0].location
        diags.error(where, f"layout {layout} needs exactly one header member, has {len(headers)}")
    elif headers[0].offset != 0:
        diags.error(headers[0].location, f"{headers[0].name}: the header must be at offset 0")
    names: dict[str, Member] = {}
    encodings: dict[str, Member] = {}
    previous: Member | None = None
    for member in members:
        first = names.setdefault(member.name, member)
        if first is not member:
            diags.error(
                member.location,
                f"{member.name}: duplicate member name (first at line {first.location.line})",
            )
        meant = VMSCAN_MEMBERS.get(member.name)
        if meant is not None and (member.field is None or (member.field.name,) != meant):
            diags.error(
                member.location,
                f"{member.name}: Volatility's vmscan tables use this name for "
                f"{', '.join(meant)}; name this member otherwise",
            )
        for held in (member.field, member.l1_field):
            if held is None:
                continue
            other = encodings.setdefault(held.name, member)
            if other is not member:
                diags.error(
                    member.location,
                    f"{member.name}: {held.name} is already held by {other.name} "
                    f"(line {other.location.line})",
                )
        if member.end > size:
            diags.error(
                member.location,
                f"{member.name}: bytes {member.offset}..{member.end - 1} run past the end of "
                f"the {size}-byte region",
            )
        if placed and previous is not None:
            if member.offset < previous.end:
                diags.error(
                    member.location,
                    f"{member.name} at offset {member.offset} overlaps {previous.name} "
                    f"(bytes {previous.offset}..{previous.end - 1})",
                )
            elif member.offset > previous.end:
                diags.error(
                    member.location,
                    f"{member.name}: {member.offset - previous.end} undeclared bytes after "
                    f"{previous.name} (offsets {previous.end}..{member.offset - 1}); "
                    "declare them as a reserved member",
                )
        previous = member if previous is None or member.end > previous.end else previous


def _build_layout(node: Mapping, path: str, catalog: Catalog, diags: Diagnostics) -> Layout | None:
    before = len(diags.found)
    name = _str(node, "layout")
    size = _int(node, "size")
    revision = _int(node, "revision")
    assert size is not None and revision is not None
    if size % 8:
        diags.error(_where(node, "size"), f"region size {size} is not a multiple of 8 bytes")
    clean_node = node.get("clean_fields")
    assert clean_node is None or isinstance(clean_node, Mapping)
    clean_fields = _build_clean_fields(clean_node, diags)
    members_node = node.get("members")
    assert isinstance(members_node, Sequence)
    members: list[Member] = []
    all_placed = True
    for item in members_node.items:
        assert isinstance(item, Mapping)
        member, placed = _build_member(item, catalog, clean_fields is not None, diags)
        all_placed = all_placed and placed
        if member is not None:
            members.append(member)
    for earlier, later in pairwise(members):
        if later.offset < earlier.offset:
            diags.error(
                later.location,
                f"{later.name}: members must be listed in offset order "
                f"({later.offset} comes after {earlier.name} at {earlier.offset})",
            )
    if members:
        _check_members(sorted(members, key=lambda m: m.offset), size, diags, name, all_placed)
    retired = _build_retired(node.get("retired"), catalog, members, diags)
    if clean_node is not None and clean_fields is not None:
        _check_clean_fields(clean_fields, members, _where(clean_node, "member"), diags)
    shadow_order = build_shadow_order(node.get("shadow_order"), members, diags)
    if len(diags.found) != before or not members:
        return None
    shadow_node = _scalar(node, "shadow_indicator")
    return Layout(
        name=name,
        title=_str(node, "title", name),
        source=_str(node, "source"),
        revision=revision,
        size=size,
        shadow_indicator=bool(shadow_node is not None and shadow_node.value),
        members=tuple(members),
        retired=retired,
        clean_fields=clean_fields,
        path=path,
        location=node.location,
        shadow_order=shadow_order,
    )


def _build_retired(
    node: Node | None, catalog: Catalog, members: list[Member], diags: Diagnostics
) -> tuple[RetiredField, ...]:
    if node is None:
        return ()
    assert isinstance(node, Sequence)
    held = {m.field.name for m in members if m.field is not None}
    retired: dict[str, RetiredField] = {}
    for item in node.items:
        assert isinstance(item, Mapping)
        ref = _str(item, "field")
        field = catalog.by_name.get(ref)
        where = _where(item, "field")
        if field is None:
            diags.error(where, f"retired field {ref} is not in the field catalog")
        elif ref in held:
            diags.error(where, f"{ref} is retired but the layout still holds it")
        elif ref in retired:
            diags.error(where, f"{ref} is retired twice")
        else:
            retired[ref] = RetiredField(
                field, RetirePolicy(_str(item, "policy")), _str(item, "reason"), item.location
            )
    return tuple(retired.values())


def _check_clean_fields(
    clean: CleanFields, members: list[Member], where: Location, diags: Diagnostics
) -> None:
    holder = next((m for m in members if m.name == clean.member), None)
    if holder is None or holder.kind is not MemberKind.PRIVATE or holder.size != 4:
        diags.error(where, f"clean_fields.member {clean.member!r} must be a 4-byte private member")
    for member in members:
        if member.group is not None and member.group not in clean.by_name:
            diags.error(
                member.location,
                f"{member.name}: clean-field group {member.group} is not declared in clean_fields",
            )


def _loops(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as err:
        return err.errno == errno.ELOOP
    return False


def _present(path: Path) -> bool:
    """An optional spec file is there: a dangling or looping link counts (and fails to
    read, located), rather than being silently skipped."""
    return path.exists() or path.is_symlink()


def load_specs(root: Path, proposals: bool = False) -> SpecSet:
    """Load and validate a whole spec directory; raise SpecError listing every problem.
    With `proposals`, the layouts of proposals/ (not merged into Linux) come too."""
    diags = Diagnostics()
    if not root.is_dir():
        why = "is a symlink loop" if root.is_symlink() and _loops(root) else "not found"
        diags.error(Location(display_path(root)), f"spec directory {why}")
        diags.check()
    catalog = load_catalog(root / CATALOG_FILE, diags)
    layout_paths = sorted((root / LAYOUT_DIR).glob("*.yaml"))
    if proposals:
        extra = root / PROPOSALS_DIR / CATALOG_FILE
        proposed = load_catalog(extra, diags) if extra.exists() else None
        catalog = with_proposed_fields(catalog, proposed, diags)
        layout_paths += proposal_paths(root, CATALOG_FILE)
    if not layout_paths:
        diags.error(Location(display_path(root / LAYOUT_DIR)), "no layout specs (*.yaml) found")
    layouts: dict[str, Layout] = {}
    if catalog is not None:
        for path in layout_paths:
            layout = load_layout_file(path, catalog, diags)
            if layout is None:
                continue
            if layout.name in RESERVED_LAYOUT_NAMES or layout.name.endswith(RESERVED_LAYOUT_SUFFIX):
                diags.error(
                    layout.location,
                    f"layout name {layout.name!r} is reserved for a generated file",
                )
            elif layout.name != path.stem:
                diags.error(
                    layout.location,
                    f"layout {layout.name!r} must live in {path.parent.name}/{layout.name}.yaml",
                )
            if layout.name in layouts:
                diags.error(layout.location, f"layout {layout.name!r} is defined twice")
            layouts[layout.name] = layout
    bits = None
    bits_path = root / BITS_FILE
    if catalog is not None and _present(bits_path):
        bits_node = read_document(bits_path, "bits", diags)
        if bits_node is not None:
            bits = build_bits(bits_node, display_path(bits_path), catalog, diags)
    translations: tuple[TranslationSpec, ...] = ()
    field_syncs: tuple[FieldSync, ...] = ()
    translations_path = root / TRANSLATIONS_FILE
    if _present(translations_path):
        node = read_document(translations_path, "translations", diags)
        if node is not None and not diags:
            translations = build_translations(node, layouts, diags)
            names = {t.name for t in translations}
            field_syncs = build_field_syncs(node, layouts, names, diags)
    containers = _load_containers(root, catalog, layouts, diags) if catalog is not None else ()
    histories = _load_histories(root, catalog, layouts, diags) if catalog is not None else ()
    # Check specs name bits.yaml's flags: when that file could not be read, its error stands
    # for every name they would fail to resolve.
    bits_readable = bits is not None or not _present(bits_path)
    check_specs = (
        _load_check_specs(root, catalog, bits, containers, diags)
        if catalog is not None and bits_readable
        else ()
    )
    diags.check()
    assert catalog is not None  # a catalog that failed to load reported an error above
    return SpecSet(
        root=display_path(root),
        catalog=catalog,
        layouts=tuple(layouts[name] for name in sorted(layouts)),
        translations=translations,
        bits=bits,
        containers=containers,
        histories=histories,
        check_specs=check_specs,
        field_syncs=field_syncs,
    )


def _load_histories(
    root: Path, catalog: Catalog, layouts: dict[str, Layout], diags: Diagnostics
) -> tuple[History, ...]:
    """history/*.yaml, each named after its family."""
    return load_named(
        history_paths(root),
        "history",
        lambda node, path: build_history(node, display_path(path), layouts, catalog, diags),
        read_document,
        diags,
    )


def _load_containers(
    root: Path, catalog: Catalog, layouts: dict[str, Layout], diags: Diagnostics
) -> tuple[Container, ...]:
    """containers/*.yaml; each container's generated files sit beside the layouts'."""
    containers = load_named(
        container_paths(root),
        "container",
        lambda node, path: build_container(node, display_path(path), catalog, diags),
        read_document,
        diags,
    )
    for container in containers:
        if container.name in layouts or container.name in RESERVED_LAYOUT_NAMES:
            diags.error(
                container.location,
                f"container {container.name!r} would overwrite the generated files of a layout",
            )
    return containers


def _load_check_specs(
    root: Path,
    catalog: Catalog,
    bits: BitsSpec | None,
    containers: tuple[Container, ...],
    diags: Diagnostics,
) -> tuple[CheckSpec, ...]:
    """checks/*.yaml, each named after its file, ordered by stage."""
    unloaded = frozenset(p.stem for p in container_paths(root)) - {c.name for c in containers}
    specs = load_named(
        check_paths(root),
        "checks",
        lambda node, path: build_check_spec(
            node, display_path(path), catalog, bits, containers, unloaded, diags
        ),
        read_document,
        diags,
    )
    return ordered(specs, diags)
