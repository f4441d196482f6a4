"""Translating to and from a documented Linux release (`kvm_vmcs12@5.4`): its bytes are read
as the bundled layout of its era, the members the release lacks are padding there, and what
the era layouts cannot carry between each other (fields the release holds that its era layout
retired) is carried, dropped by name, or refused here."""

from __future__ import annotations

from vmcsgen.model.spec import Layout, Member, RetirePolicy, SpecSet
from vmcsgen.plans.releases import Release, find_release, missing_members, resolve_layout
from vmcsgen.state.findings import HopValue


def era_layout(specs: SpecSet, name: str) -> Layout:
    """The bundled layout whose offsets `name` (a layout or a release) has."""
    release = find_release(specs, name)
    return resolve_layout(specs, name) if release is None else release.base


def _missing(specs: SpecSet, name: str) -> tuple[Release, tuple[Member, ...]] | None:
    release = find_release(specs, name)
    if release is None:
        return None
    return release, missing_members(resolve_layout(specs, name), release.base)


def without_missing(specs: SpecSet, name: str, region: bytes) -> bytes:
    """`region` as its release's era layout reads it: the members the release does not have
    are padding there, so their bytes are unused (and reported as such), never carried."""
    found = _missing(specs, name)
    if found is None:
        return region
    cleared = bytearray(region)
    for member in found[1]:
        cleared[member.offset : member.end] = bytes(member.size)
    return bytes(cleared)


def release_would_lose(specs: SpecSet, name: str, region: bytes) -> list[HopValue]:
    """The values of an era-layout `region` that release `name` has no member for: it would
    read them as padding, and L1 could not VMREAD them back."""
    found = _missing(specs, name)
    if found is None:
        return []
    release, missing = found
    hop = f"{release.base.name} -> {name}"
    lost = []
    for member in missing:
        value = int.from_bytes(region[member.offset : member.end], "little")
        if value != member.default:
            encoding = None if member.field is None else member.field.encoding.value
            label = member.name if member.field is None else member.field.name
            reason = f"Linux {release.name}'s struct vmcs12 and field table have no {member.name}"
            lost.append(HopValue(hop, label, encoding, value, reason))
    return lost


def carry_retired(
    specs: SpecSet, source: str, target: str, data: bytes, region: bytes, dropped: list[HopValue]
) -> tuple[bytes, list[HopValue], list[HopValue]]:
    """Fields that a release holds but its era layout does not (the CR3-target values of
    releases before 5.8), which the chain between era layouts cannot carry: copied when
    `target` holds them, else dropped by name where `target` retires them, else refused.
    Returns the region, what is dropped (the chain's drops that `target` still holds are
    no longer drops) and what would be lost."""
    source_layout, target_layout = resolve_layout(specs, source), resolve_layout(specs, target)
    source_era, target_era = era_layout(specs, source), era_layout(specs, target)
    carried = bytearray(region)
    held_encodings = {m.field.encoding.value for m in target_layout.fields if m.field}
    kept = [item for item in dropped if item.encoding not in held_encodings]
    hop = f"{source} -> {target}"
    lost = []
    for member in source_layout.fields:
        assert member.field is not None
        in_source_era = member.identity in source_era.by_identity
        if in_source_era and member.identity in target_era.by_identity:
            continue  # the chain carried it (or refused it)
        value = data[member.offset : member.end]
        held = target_layout.by_identity.get(member.identity)
        if held is not None:
            carried[held.offset : held.end] = value
            continue
        number = int.from_bytes(value, "little")
        if in_source_era or number == member.default:
            continue  # the chain reported it
        retired = target_era.retired_by_name.get(member.field.name)
        reason = retired.reason if retired else f"{target} has no {member.name}"
        item = HopValue(hop, member.field.name, member.field.encoding.value, number, reason)
        if retired is not None and retired.policy is RetirePolicy.DISCARD:
            kept.append(item)
        else:
            lost.append(item)
    return bytes(carried), kept, lost
