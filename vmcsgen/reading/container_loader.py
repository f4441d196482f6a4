"""Load `containers/*.yaml`: blobs that carry whole VMCS regions behind a header, with the
rules a consumer applies to them. Shape comes from container.schema.json; this module checks
what a schema cannot (placement, names the rules use, operands that fit)."""

from __future__ import annotations

from collections.abc import Sequence as Items
from itertools import pairwise
from pathlib import Path

from vmcsgen.model.catalog import Catalog
from vmcsgen.model.container import (
    REVISION_MASK,
    Condition,
    Container,
    HeaderMember,
    RegionSlot,
    Rule,
    RuleOrigin,
    Subject,
    SubjectKind,
    Test,
)
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.reading.yaml_source import Mapping, Node, Scalar, Sequence

CONTAINER_DIR = "containers"
MAX_RULES = 64  # generated C reports broken rules as bits of one u64
_REGION_ATTRIBUTES = {
    "present": SubjectKind.PRESENT,
    "revision": SubjectKind.REVISION,
    "shadow": SubjectKind.SHADOW,
}
_SUBJECT_TESTS = (Test.SAME_AS, Test.EXCEEDS)


def _text(node: Mapping, key: str, default: str = "") -> str:
    value = node.get(key)
    return default if value is None else str(value.value)  # type: ignore[union-attr]


def _int(node: Mapping, key: str) -> int:
    value = node.get(key)
    assert isinstance(value, Scalar) and isinstance(value.value, int)
    return value.value


def named_numbers(node: Node | None) -> tuple[tuple[str, int], ...]:
    if node is None:
        return ()
    assert isinstance(node, Mapping)
    numbers = []
    for key, value in node.entries:
        assert isinstance(value, Scalar) and isinstance(value.value, int)
        numbers.append((str(key.value), value.value))
    return tuple(numbers)


class OperandResolver:
    """Turns the names a rule uses into members, regions, fields and numbers."""

    def __init__(
        self,
        constants: dict[str, int],
        members: dict[str, HeaderMember],
        regions: dict[str, RegionSlot],
        catalog: Catalog,
        diags: Diagnostics,
    ) -> None:
        self.constants = constants
        self.members = members
        self.regions = regions
        self.catalog = catalog
        self.diags = diags

    def subject(self, text: str, where: Location) -> Subject | None:
        if text == "length":
            return Subject(SubjectKind.LENGTH, text)
        if "." not in text:
            member = self.members.get(text)
            if member is None or member.reserved:
                self.diags.error(
                    where,
                    f"{text!r} is not a value member of the header, nor 'length' "
                    f"(members: {', '.join(sorted(self.members))})",
                )
                return None
            return Subject(SubjectKind.MEMBER, text, member=member)
        region_name, attribute = text.split(".", 1)
        region = self.regions.get(region_name)
        if region is None:
            self.diags.error(
                where, f"{text!r}: no region {region_name!r} (regions: {', '.join(self.regions)})"
            )
            return None
        if attribute in _REGION_ATTRIBUTES:
            return Subject(_REGION_ATTRIBUTES[attribute], text, region=region)
        field = self.catalog.by_name.get(attribute)
        if field is None:
            self.diags.error(
                where,
                f"{text!r}: {attribute} is neither present, revision, shadow nor a field of "
                "the catalog",
            )
            return None
        return Subject(SubjectKind.FIELD, text, region=region, field=field)

    def number(self, node: Scalar, subject: Subject) -> int | None:
        if isinstance(node.value, int):
            return node.value
        name = str(node.value)
        if subject.member is not None:
            named = dict(subject.member.bits) | dict(subject.member.values)
            if name in named:
                return named[name]
        if name in self.constants:
            return self.constants[name]
        own = ""
        if subject.member is not None and (subject.member.bits or subject.member.values):
            own = f" nor a bit or value of {subject.member.name}"
        self.diags.error(node.location, f"{name} is not a constant{own}")
        return None


def width_bits(subject: Subject) -> int:
    if subject.member is not None:
        return 8 * subject.member.size
    if subject.field is not None:
        return 8 * subject.field.encoding.width.size
    if subject.kind is SubjectKind.REVISION:
        return 31
    if subject.kind in (SubjectKind.PRESENT, SubjectKind.SHADOW):
        return 1
    return 64


def _build_condition(node: Mapping, resolve: OperandResolver) -> Condition | None:
    subject = resolve.subject(_text(node, "of"), node.get("of").location)  # type: ignore[union-attr]
    tests = [(Test(str(k.value)), v) for k, v in node.entries if k.value != "of"]
    if len(tests) != 1:
        resolve.diags.error(node.location, f"a condition takes exactly one test, not {len(tests)}")
        return None
    test, value = tests[0]
    if subject is None:
        return None
    shown = f"{subject.text} {test.value} "
    if test in _SUBJECT_TESTS:
        assert isinstance(value, Scalar)
        other = resolve.subject(str(value.value), value.location)
        if other is None:
            return None
        return Condition(subject, test, (), other, shown + other.text)
    items = value.items if isinstance(value, Sequence) else [value]
    operands: list[int] = []
    for item in items:
        assert isinstance(item, Scalar)
        number = resolve.number(item, subject)
        if number is None:
            return None
        if test is not Test.WIDER_THAN and number >= 1 << width_bits(subject):
            resolve.diags.error(
                item.location,
                f"{number:#x} does not fit {subject.text} ({width_bits(subject)} bits)",
            )
            return None
        operands.append(number)
    if test is Test.MISALIGNED and operands[0] == 0:
        resolve.diags.error(value.location, "misaligned: 0 is no alignment")
        return None
    if test in (Test.HAS, Test.LACKS, Test.OUTSIDE):
        mask = 0
        for number in operands:
            mask |= number
        operands = [mask]
    names = ", ".join(str(i.value) for i in items)  # type: ignore[union-attr]
    return Condition(subject, test, tuple(operands), None, shown + names)


def _build_rules(node: Sequence, resolve: OperandResolver) -> tuple[Rule, ...]:
    rules: dict[str, Rule] = {}
    for item in node.items:
        assert isinstance(item, Mapping)
        rule_id = _text(item, "id")
        when_node = item.get("when")
        assert isinstance(when_node, Sequence)
        conditions = []
        for condition_node in when_node.items:
            assert isinstance(condition_node, Mapping)
            condition = _build_condition(condition_node, resolve)
            if condition is not None:
                conditions.append(condition)
        if rule_id in rules:
            resolve.diags.error(
                item.get("id").location,  # type: ignore[union-attr]
                f"rule {rule_id} is listed twice (first at line {rules[rule_id].location.line})",
            )
            continue
        if len(conditions) == len(when_node.items):
            rules[rule_id] = Rule(
                id=rule_id,
                origin=RuleOrigin(_text(item, "origin")),
                message=_text(item, "message"),
                source=_text(item, "source"),
                when=tuple(conditions),
                location=item.location,
            )
    if len(node.items) > MAX_RULES:
        resolve.diags.error(node.location, f"at most {MAX_RULES} rules, not {len(node.items)}")
    return tuple(rules.values())


def _build_members(node: Sequence, header_size: int, diags: Diagnostics) -> list[HeaderMember]:
    members: list[HeaderMember] = []
    for item in node.items:
        assert isinstance(item, Mapping)
        reserved = _text(item, "kind", "value") == "reserved"
        member = HeaderMember(
            name=_text(item, "name"),
            offset=_int(item, "offset"),
            size=_int(item, "size"),
            reserved=reserved,
            bits=named_numbers(item.get("bits")),
            values=named_numbers(item.get("values")),
            group=_text(item, "group") or None,
            note=_text(item, "note"),
            location=item.location,
        )
        if not reserved and member.size not in (1, 2, 4, 8):
            diags.error(
                item.location,
                f"{member.name}: a value member is one integer of 1, 2, 4 or 8 bytes, "
                f"not {member.size}",
            )
        elif not reserved and member.offset % member.size:
            diags.error(
                item.location,
                f"{member.name}: offset {member.offset} is not aligned to its size",
            )
        if reserved and (member.bits or member.values):
            diags.error(item.location, f"{member.name}: reserved bytes take no bits or values")
        for _, number in (*member.bits, *member.values):
            if not member.reserved and number >= 1 << (8 * member.size):
                diags.error(
                    item.location, f"{member.name}: {number:#x} does not fit {member.size} bytes"
                )
        members.append(member)
    _check_placement(members, header_size, "the header", diags)
    return members


def _check_placement(
    parts: Items[HeaderMember | RegionSlot], start_end: int, what: str, diags: Diagnostics
) -> None:
    """Listed in order, without gaps or overlaps; header members fill exactly `start_end`."""
    names: set[str] = set()
    for part in parts:
        if part.name in names:
            diags.error(part.location, f"{part.name}: duplicate name")
        names.add(part.name)
    for earlier, later in pairwise(parts):
        if later.offset != earlier.end:
            gap = "overlaps" if later.offset < earlier.end else "leaves a gap after"
            diags.error(
                later.location,
                f"{later.name} at offset {later.offset} {gap} {earlier.name} "
                f"(ends at {earlier.end}); {what} is declared without gaps, in order",
            )
    if parts and isinstance(parts[0], HeaderMember):
        if parts[0].offset != 0:
            diags.error(parts[0].location, f"{parts[0].name}: the header starts at offset 0")
        if parts[-1].end != start_end:
            diags.error(
                parts[-1].location,
                f"the header members end at {parts[-1].end}, header_size is {start_end}",
            )
    elif parts and parts[0].offset != start_end:
        diags.error(
            parts[0].location,
            f"{parts[0].name}: the first region starts right after the header ({start_end})",
        )


def _build_regions(
    node: Sequence, header_size: int, constants: dict[str, int], diags: Diagnostics
) -> list[RegionSlot]:
    regions: list[RegionSlot] = []
    for item in node.items:
        assert isinstance(item, Mapping)
        revision_node = item.get("revision")
        assert isinstance(revision_node, Scalar)
        revision = revision_node.value
        if isinstance(revision, str):
            if revision not in constants:
                diags.error(revision_node.location, f"{revision} is not a constant")
                continue
            revision = constants[revision]
        assert isinstance(revision, int)
        if revision > REVISION_MASK:
            diags.error(revision_node.location, f"revision {revision:#x} exceeds 31 bits")
        shadow = item.get("shadow")
        regions.append(
            RegionSlot(
                name=_text(item, "name"),
                offset=_int(item, "offset"),
                size=_int(item, "size"),
                revision=revision,
                shadow=bool(shadow is not None and shadow.value),  # type: ignore[union-attr]
                note=_text(item, "note"),
                location=item.location,
            )
        )
    _check_placement(regions, header_size, "each region", diags)
    return regions


def build_container(
    node: Mapping, path: str, catalog: Catalog, diags: Diagnostics
) -> Container | None:
    before = len(diags.found)
    header_size = _int(node, "header_size")
    members_node, regions_node, rules_node = (node.get(k) for k in ("members", "regions", "rules"))
    assert isinstance(members_node, Sequence) and isinstance(regions_node, Sequence)
    assert isinstance(rules_node, Sequence)
    constants = dict(named_numbers(node.get("constants")))
    members = _build_members(members_node, header_size, diags)
    regions = _build_regions(regions_node, header_size, constants, diags)
    by_name = {m.name: m for m in members}
    size_name = _text(node, "size_member")
    size_member = by_name.get(size_name)
    if size_member is None or size_member.reserved:
        diags.error(
            node.get("size_member").location,  # type: ignore[union-attr]
            f"size_member {size_name!r} is not a value member of the header",
        )
    regions_by_name = {r.name: r for r in regions}
    clash = sorted((set(by_name) | {"length"}) & set(regions_by_name))
    if clash:
        diags.error(regions_node.location, f"regions named like header members: {clash}")
    resolve = OperandResolver(constants, by_name, regions_by_name, catalog, diags)
    rules = _build_rules(rules_node, resolve)
    if len(diags.found) != before or size_member is None:
        return None
    return Container(
        name=_text(node, "container"),
        kind=_text(node, "kind", _text(node, "container")),
        title=_text(node, "title", _text(node, "container")),
        source=_text(node, "source"),
        header_size=header_size,
        size_member=size_member,
        constants=tuple(constants.items()),
        members=tuple(members),
        regions=tuple(regions),
        rules=rules,
        path=path,
        location=node.location,
    )


def container_paths(root: Path) -> list[Path]:
    return sorted((root / CONTAINER_DIR).glob("*.yaml"))
