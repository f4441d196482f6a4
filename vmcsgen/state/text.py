"""inspect's text: a region grouped as a person reads a VMCS (guest state, host state,
controls, exit information), one line per segment, each CR with its read shadow and
guest/host mask; a container blob as its header, broken rules, then its regions."""

from __future__ import annotations

from vmcsgen.model.container import HeaderMember
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.spec import CleanFields, Member, SpecSet
from vmcsgen.state.bit_names import describe
from vmcsgen.state.evidence import SEGMENTS
from vmcsgen.state.nested import Blob, Violation
from vmcsgen.state.region import DecodedRegion

GROUPS = (
    (FieldType.GUEST_STATE, "guest state"),
    (FieldType.HOST_STATE, "host state"),
    (FieldType.CONTROL, "controls"),
    (FieldType.READ_ONLY, "exit information"),
)
DESCRIPTOR_TABLES = ("GDTR", "IDTR")
CONTROL_REGISTERS = ("CR0", "CR4")
NAME_WIDTH = 34


def _hex(value: int, size: int) -> str:
    return f"0x{value:0{2 * size}x}"


def _segment_table(side: str, fields: dict[str, tuple[Member, int]]) -> tuple[list[str], set[str]]:
    """One line per segment (selector, access rights, limit, base) and what it used."""
    used: set[str] = set()
    lines = []
    names = SEGMENTS if side == "GUEST" else ("ES", "CS", "SS", "DS", "FS", "GS", "TR")
    rows = [(seg, f"{side}_{seg}_") for seg in (*names, *DESCRIPTOR_TABLES)]
    for seg, prefix in rows:
        parts = {}
        for part in ("SELECTOR", "AR_BYTES", "LIMIT", "BASE"):
            name = prefix + part
            if name in fields:
                member, value = fields[name]
                parts[part] = _hex(value, member.size)
                used.add(name)
        if not parts:
            continue
        labels = {"SELECTOR": "selector", "AR_BYTES": "access rights", "LIMIT": "limit"}
        shown = [f"{label} {parts[key]}" for key, label in labels.items() if key in parts]
        if "BASE" in parts:
            shown.append(f"base {parts['BASE']}")
        lines.append(f"  {seg.lower():<5} " + "  ".join(shown))
    return lines, used


def _control_registers(fields: dict[str, tuple[Member, int]]) -> tuple[list[str], set[str]]:
    used: set[str] = set()
    lines = []
    for cr in ("CR0", "CR3", "CR4"):
        name = f"GUEST_{cr}"
        if name not in fields:
            continue
        member, value = fields[name]
        line = f"  {cr.lower():<5} {_hex(value, member.size)}"
        used.add(name)
        if cr in CONTROL_REGISTERS:
            for label, other in (
                ("read shadow", f"{cr}_READ_SHADOW"),
                ("guest/host mask", f"{cr}_GUEST_HOST_MASK"),
            ):
                if other in fields:
                    other_member, other_value = fields[other]
                    line += f"  {label} {_hex(other_value, other_member.size)}"
                    used.add(other)
        lines.append(line)
    return lines, used


def _field_line(specs: SpecSet, member: Member, value: int) -> str:
    assert member.field is not None
    line = f"  {member.name:<{NAME_WIDTH}} {_hex(value, member.size)}"
    meaning = describe(specs, member.field.name, value)
    return f"{line}  {meaning}" if meaning else line


def _clean_groups(clean: CleanFields, value: int) -> str:
    """The clean-field groups `value` marks clean (a group is clean when all its bits are;
    NONE, mask 0, never is), then any bits no group owns."""
    names = [g.name for g in clean.groups if g.mask and value & g.mask == g.mask]
    owned = 0
    for group in clean.groups:
        owned |= group.mask
    if value & ~owned:
        names.append(f"unknown bits {value & ~owned:#x}")
    return " ".join(names) if names else "none"


def region_text(specs: SpecSet, region: DecodedRegion, how: str = "") -> list[str]:
    """The decoded region, bits named where `specs` define them; `how` says how its layout
    was chosen."""
    layout = region.layout
    chosen = f" ({how})" if how else ""
    shadow = "set" if region.shadow_bit else "clear"
    lines = [
        f"{layout.name} region, {len(region.data)} bytes{chosen}",
        f"  revision id {region.revision:#010x}, shadow-VMCS indicator {shadow}",
    ]
    fields = {m.field.name: (m, v) for m, v in region.values if m.field is not None}
    for member, value in region.values:
        if member.field is None and member.kind.value != "header":
            line = f"  {member.name:<{NAME_WIDTH}} {_hex(value, member.size)}"
            clean = layout.clean_fields
            if clean is not None and member.name == clean.member:
                line += f"  clean: {_clean_groups(clean, value)}"
            lines.append(line)
    guest_crs, used_crs = _control_registers(fields)
    for field_type, title in GROUPS:
        body: list[str] = []
        used: set[str] = set()
        if field_type is FieldType.GUEST_STATE:
            body, used = _segment_table("GUEST", fields)
            body += guest_crs
            used |= used_crs
        elif field_type is FieldType.HOST_STATE:
            body, used = _segment_table("HOST", fields)
        for member, value in region.values:
            field = member.field
            if field is None or field.encoding.type is not field_type:
                continue
            if field.name in used or field.name in used_crs:
                continue
            body.append(_field_line(specs, member, value))
        if body:
            lines += ["", title, *body]
    if region.anomalies:
        lines += ["", "reserved bytes not zero"]
        lines += [
            f"  {a.member} (offset {a.offset}, {a.size} bytes): {a.nonzero} non-zero bytes"
            for a in region.anomalies
        ]
    return lines


def _named(member: HeaderMember, value: int) -> str:
    if member.values:
        names = [name for name, number in member.values if number == value]
        return names[0] if names else "unknown value"
    if member.bits:
        names = [name for name, bit in member.bits if value & bit]
        rest = value & ~member.bit_mask
        if rest:
            names.append(f"unknown bits {rest:#x}")
        return " ".join(names) if names else "none"
    return ""


def blob_text(blob: Blob, violations: list[Violation], undecided: list[str]) -> list[str]:
    container = blob.container
    held = [slot.name for slot in container.regions if blob.regions.get(slot.name) is not None]
    holding = " + ".join(["header", *held])
    if blob.header is None:
        holding = f"shorter than the {container.header_size}-byte header"
    lines = [f"{container.name} blob, {len(blob.data)} bytes ({holding})"]
    if blob.header is not None:
        for member in container.members:
            if member.reserved:
                nonzero = sum(1 for b in blob.data[member.offset : member.end] if b)
                if nonzero:
                    lines.append(
                        f"  {member.name:<{NAME_WIDTH}} reserved, {nonzero} non-zero bytes"
                    )
                continue
            value = blob.header[member.name]
            label = f"{member.group}.{member.key}" if member.group else member.name
            text = f"  {label:<{NAME_WIDTH}} {_hex(value, member.size)}"
            meaning = _named(member, value)
            lines.append(f"{text}  {meaning}" if meaning else text)
    lines.append("")
    if violations:
        lines.append(f"rules broken: {len(violations)}")
        lines += [f"  {v.id}: {v.message} [{v.source}]" for v in violations]
    else:
        lines.append("rules broken: none")
    if undecided:
        lines.append(f"  not decided without a layout for the regions: {', '.join(undecided)}")
    return lines
