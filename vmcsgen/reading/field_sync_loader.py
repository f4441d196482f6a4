"""translations.yaml's field_syncs: syncs that copy exactly the fields one implementation
copies, checked against the layouts so that no field is dropped without a reason."""

from __future__ import annotations

from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.model.spec import ElsewhereCopy, FieldSync, Layout, MemberKind, NotCopied, SyncBlock
from vmcsgen.reading.node_values import scalar
from vmcsgen.reading.node_values import text as _str
from vmcsgen.reading.node_values import where as _where
from vmcsgen.reading.yaml_source import Mapping, Scalar, Sequence

UNNAMED_SHOWN = 12


def build_field_syncs(
    node: Mapping, layouts: dict[str, Layout], taken: set[str], diags: Diagnostics
) -> tuple[FieldSync, ...]:
    """Every field sync of translations.yaml; `taken` holds the translations' names."""
    items = node.get("field_syncs")
    if items is None:
        return ()
    assert isinstance(items, Sequence)
    syncs: list[FieldSync] = []
    names = set(taken)
    for item in items.items:
        assert isinstance(item, Mapping)
        sync = _field_sync(item, layouts, diags)
        if sync is None:
            continue
        if sync.name in names:
            diags.error(_where(item, "name"), f"field sync name {sync.name!r} is already taken")
            continue
        names.add(sync.name)
        syncs.append(sync)
    return tuple(syncs)


def _field_sync(item: Mapping, layouts: dict[str, Layout], diags: Diagnostics) -> FieldSync | None:
    name, source, target = _str(item, "name"), _str(item, "from"), _str(item, "to")
    ok = True
    for key, layout in (("from", source), ("to", target)):
        if layout not in layouts:
            diags.error(_where(item, key), f"field sync {key} unknown layout {layout!r}")
            ok = False
    if source == target:
        diags.error(item.location, f"field sync {name} from {source} to itself")
        ok = False
    if not ok:
        return None
    blocks = tuple(_block(b, name, layouts[source], diags) for b in _mappings(item, "blocks"))
    not_copied = tuple(
        NotCopied(_str(entry, "reason"), tuple(f for f, _ in _names(entry)))
        for entry in _mappings(item, "not_copied")
    )
    _check_fields(item, name, layouts[source], layouts[target], diags)
    return FieldSync(
        name=name,
        source=source,
        target=target,
        origin=_str(item, "source"),
        description=_str(item, "description"),
        blocks=blocks,
        not_copied=not_copied,
        location=item.location,
    )


def _mappings(item: Mapping, key: str) -> list[Mapping]:
    node = item.get(key)
    if node is None:
        return []
    assert isinstance(node, Sequence)
    return [entry for entry in node.items if isinstance(entry, Mapping)]


def _names(entry: Mapping) -> list[tuple[str, Location]]:
    node = entry.get("fields")
    if node is None:  # a block of copies elsewhere only
        return []
    assert isinstance(node, Sequence)
    return [(str(s.value), s.location) for s in node.items if isinstance(s, Scalar)]


def _block(entry: Mapping, sync: str, source: Layout, diags: Diagnostics) -> SyncBlock:
    """A block of copies. A clean-field group skips all of a block or none of it, so a
    block names one group and holds only its fields; an unconditional block holds fields
    that are never clean (mask 0)."""
    group_node = scalar(entry, "clean")
    group = None if group_node is None else str(group_node.value)
    clean = source.clean_fields
    fields = _names(entry)
    elsewhere = _elsewhere(entry, sync, source, diags)
    block = SyncBlock(group, tuple(f for f, _ in fields), elsewhere)
    if entry.get("fields") is None and entry.get("elsewhere") is None:
        diags.error(
            entry.location, f"{sync}: a block copies nothing: give it fields: or elsewhere:"
        )
    if group_node is not None and group is not None:  # the schema makes a clean: a string
        if clean is None:
            diags.error(group_node.location, f"{sync}: clean: {source.name} has no clean_fields")
            return block
        known = clean.by_name.get(group)
        if known is None or known.mask == 0:
            what = "has no clean-field group" if known is None else "never skips group"
            diags.error(group_node.location, f"{sync}: {source.name} {what} {group}")
        if known is None:
            return block
    if clean is not None:
        always = {g.name for g in clean.groups if g.mask == 0}
        for field, location in fields:
            member = source.by_identity.get(f"field:{field}")
            if member is None or member.group is None:
                continue  # reported by _check_fields
            if group is None and member.group not in always:
                diags.error(
                    location,
                    f"{sync}: {field} is in clean-field group {member.group}, "
                    "so it belongs in a block with clean: " + member.group,
                )
            elif group is not None and member.group != group:
                diags.error(
                    location, f"{sync}: {field} is in clean-field group {member.group}, not {group}"
                )
    return block


def _elsewhere(
    entry: Mapping, sync: str, source: Layout, diags: Diagnostics
) -> tuple[ElsewhereCopy, ...]:
    """Copies of source members that are no field: a field belongs under fields:, where
    the destination's member for it is found by identity."""
    copies: list[ElsewhereCopy] = []
    for item in _mappings(entry, "elsewhere"):
        name, where = _str(item, "member"), _where(item, "member")
        member = next((m for m in source.members if m.name == name), None)
        if member is None:
            diags.error(where, f"{sync}: {source.name} has no member {name}")
        elif member.field is not None:
            diags.error(
                where,
                f"{sync}: {name} holds field {member.field.name}, which belongs under fields:",
            )
        elif member.kind is MemberKind.RESERVED:
            diags.error(where, f"{sync}: {name} is reserved space, which holds no data")
        elif any(copy.member == name for copy in copies):
            diags.error(where, f"{sync}: {name} is copied twice in one block")
        else:
            copies.append(ElsewhereCopy(name, _str(item, "to")))
    return tuple(copies)


def _check_fields(
    item: Mapping, sync: str, source: Layout, target: Layout, diags: Diagnostics
) -> None:
    """Each named field is held by both layouts and named once; every field both hold is
    named (copied, or left alone with a reason)."""
    seen: dict[str, Location] = {}
    for key in ("blocks", "not_copied"):
        for entry in _mappings(item, key):
            for field, location in _names(entry):
                for layout in (source, target):
                    if f"field:{field}" not in layout.by_identity:
                        diags.error(location, f"{sync}: {layout.name} has no field {field}")
                if field in seen:
                    diags.error(
                        location,
                        f"{sync}: {field} is named twice (first at line {seen[field].line})",
                    )
                seen.setdefault(field, location)
    shared = [
        m.field.name
        for m in source.fields
        if m.field is not None and m.identity in target.by_identity
    ]
    unnamed = [field for field in shared if field not in seen]
    if unnamed:
        # A diagnostic stays one readable line: the first fields, then how many more.
        shown = ", ".join(unnamed[:UNNAMED_SHOWN])
        if len(unnamed) > UNNAMED_SHOWN:
            shown += f" and {len(unnamed) - UNNAMED_SHOWN} more"
        diags.error(
            item.location,
            f"{sync}: {len(unnamed)} fields {source.name} and {target.name} both hold are "
            f"neither copied nor listed under not_copied with a reason: {shown}",
        )
