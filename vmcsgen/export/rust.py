"""Rust exporter: one dependency-free `no_std` crate under rust/ with a module per layout, the
named bits, the translations and every container, rendered from the same plans as the Python
and C outputs. The templates write rustfmt's own layout, so the crate is rustfmt-clean as
generated: the few constructs whose layout depends on their length are laid out here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vmcsgen.export.condition_spelling import RUST_TESTS
from vmcsgen.export.container import checked_rules, length_only, variable_name, variables
from vmcsgen.export.render import class_name, render, wrap_comment
from vmcsgen.export.rendered import Rendered, layout_sources, spec_sources, translation_inputs
from vmcsgen.model.bits import BitFormat, BitsSpec
from vmcsgen.model.container import REVISION_MASK, Condition, Container, Subject, SubjectKind, Test
from vmcsgen.model.spec import Layout, Member, MemberKind, SpecSet
from vmcsgen.plans.layout_tables import (
    EncodedAccess,
    encoded_accesses,
    member_summary,
    value_members,
)
from vmcsgen.plans.translation_plan import Blocker, Fill, TranslationPlan
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.container_loader import CONTAINER_DIR
from vmcsgen.reading.loader import CATALOG_FILE, TRANSLATIONS_FILE, spec_name
from vmcsgen.reading.settings import Config

# rustfmt's defaults: max_width, and the widths of use_small_heuristics "Default" past which a
# call's arguments or an array's items go one per line.
LINE_LIMIT = 100
CALL_WIDTH = 60
ARRAY_WIDTH = 60
CRATE = "vmcsgen_vmcs"

# Strict and reserved keywords of Rust 2021: a member called so gets a trailing underscore.
_RUST_KEYWORD_TEXT = """
as break const continue crate else enum extern false fn for if impl in let loop match
    mod move mut pub ref return self Self static struct super trait true type unsafe use where
    while async await dyn abstract become box do final macro override priv typeof unsized
    virtual yield try union"""
_RUST_KEYWORDS = frozenset(_RUST_KEYWORD_TEXT.split())
# Methods the generated view defines itself.
_VIEW_METHODS = frozenset(
    {"new", "new_mut", "new_region", "read", "write", "get", "set", "region", "region_mut"}
    | {"into_inner", "to_struct", "store"}
)
_TYPES = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}


def rust_identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    return f"{name}_" if name in _RUST_KEYWORDS or name in reserved else name


def unsigned(size: int) -> str:
    return _TYPES[size]


def call(head: str, args: Sequence[str], tail: str, indent: int) -> str:
    """`head(args)tail` as rustfmt lays it out: on one line when it fits, else one argument
    per line (a function call also gets a trailing comma; a macro keeps none)."""
    pad = " " * indent
    line = f"{pad}{head}({', '.join(args)}){tail}"
    if len(line) <= LINE_LIMIT and len(", ".join(args)) <= CALL_WIDTH:
        return line
    comma = "" if head.endswith("!") else ","
    inner = f",\n{pad}    ".join(args)
    return f"{pad}{head}(\n{pad}    {inner}{comma}\n{pad}){tail}"


def signature(head: str, params: Sequence[str], returns: str) -> str:
    """`head(params) -> returns {` at the top level, as rustfmt writes it: one line when it
    fits, else one parameter per line."""
    line = f"{head}({', '.join(params)}) -> {returns} {{"
    if len(line) <= LINE_LIMIT:
        return line
    listed = "".join(f"    {param},\n" for param in params)
    return f"{head}(\n{listed}) -> {returns} {{"


def array(items: Sequence[str], indent: int) -> str:
    """An array literal as rustfmt writes it, from its opening bracket: on one line when its
    items are short, else one item per line with a trailing comma."""
    joined = ", ".join(items)
    if len(joined) <= ARRAY_WIDTH and "\n" not in joined:
        return f"[{joined}]"
    pad = " " * indent
    return "[\n" + "".join(f"{pad}    {item},\n" for item in items) + f"{pad}]"


def chain(terms: Sequence[str], operator: str, indent: int) -> str:
    """Terms joined by a boolean operator as rustfmt writes an expression statement: one
    line, or every term after the first on a line of its own, indented once more."""
    pad = " " * indent
    line = f"{pad}{f' {operator} '.join(terms)}"
    if len(line) <= LINE_LIMIT:
        return line
    return pad + terms[0] + "".join(f"\n{pad}    {operator} {term}" for term in terms[1:])


def condition(head: str, terms: Sequence[str], indent: int) -> str:
    """`head term && term {` as rustfmt writes it: one line, or every term on its own
    line and the brace on the next."""
    line = f"{' ' * indent}{head}{' && '.join(terms)} {{"
    if len(line) <= LINE_LIMIT:
        return line
    return f"{chain([head + terms[0], *terms[1:]], '&&', indent)}\n{' ' * indent}{{"


def doc_text(text: str) -> str:
    """Spec text in a doc comment: brackets would be read as intra-doc links."""
    return text.replace("[", "\\[").replace("]", "\\]")


def doc_lines(text: str, indent: int = 0, marker: str = "///") -> list[str]:
    """Spec text as wrapped doc-comment lines (rustfmt leaves comments alone; they stay in
    100 columns)."""
    text = doc_text(text)
    pad = " " * indent
    width = LINE_LIMIT - indent - len(marker) - 1
    return [f"{pad}{marker} {line}".rstrip() for line in wrap_comment(text, width)]


# --- layouts


@dataclass(frozen=True)
class RustMember:
    member: Member
    ident: str
    type: str  # u8..u64, or [u8; N] for reserved space
    flags: str | None  # the bits type of the member's field, when it has named flags
    flags_cast: bool  # the flags type is wider than the member

    @property
    def constant(self) -> str:
        return self.member.name.upper()

    @property
    def is_value(self) -> bool:
        return self.member.kind is not MemberKind.RESERVED

    @property
    def doc(self) -> str:
        return doc_text(member_summary(self.member))


def flag_type_bits(fmt: BitFormat) -> int:
    """The width of the integer a format's flags type wraps: u32, or u64 for wider fields."""
    return 64 if fmt.width > 32 else 32


def _rust_member(member: Member, specs: SpecSet) -> RustMember:
    fmt = None if member.field is None else specs.field_bits(member.field.name)
    reserved = member.kind is MemberKind.RESERVED
    flags = fmt if fmt is not None and fmt.flags and fmt.width >= member.size * 8 else None
    return RustMember(
        member=member,
        ident=rust_identifier(member.name, _VIEW_METHODS),
        type=f"[u8; {member.size}]" if reserved else unsigned(member.size),
        flags=None if flags is None else flags.type_name,
        flags_cast=flags is not None and flag_type_bits(flags) > member.size * 8,
    )


def rust_members(specs: SpecSet, layout: Layout) -> list[RustMember]:
    """Every member of `layout` as its Rust module declares it."""
    return [_rust_member(m, specs) for m in layout.members]


_KIND_NAMES = {
    MemberKind.FIELD: "Field",
    MemberKind.HEADER: "Header",
    MemberKind.STATE: "State",
    MemberKind.PRIVATE: "Private",
    MemberKind.RESERVED: "Reserved",
}


def render_layout(specs: SpecSet, layout: Layout, spdx: str) -> str:
    members = rust_members(specs, layout)
    sources = layout_sources(specs, layout)
    if any(m.flags for m in members):
        sources.append(spec_name(specs, BITS_FILE))
    accesses: tuple[EncodedAccess, ...] = encoded_accesses(layout)
    values = [m for m in members if m.is_value]
    return render(
        "rust/layout.rs.j2",
        layout=layout,
        sources=sources,
        spdx=spdx,
        type_name=class_name(layout.name),
        members=members,
        values=values,
        accesses=accesses,
        defaults=[m for m in layout.members if m.default and m.kind is not MemberKind.RESERVED],
        kinds=_KIND_NAMES,
        unsigned=unsigned,
        call=call,
        doc=doc_lines,
        value_count=len(value_members(layout)),
    )


# --- bits


@dataclass(frozen=True)
class RustRange:
    name: str
    method: str
    high: int
    low: int
    mask: int
    values_type: str  # the value type of a range with named values, else ""

    @property
    def extract(self) -> str:
        """The range's bits of `self.0`, shifted down."""
        masked = f"self.0 & {self.mask:#x}"
        return f"({masked}) >> {self.low}" if self.low else masked


def _ranges(fmt: BitFormat) -> list[RustRange]:
    return [
        RustRange(
            r.name,
            (r.enum or r.name.removesuffix("_MASK")).lower(),
            r.high,
            r.low,
            r.mask,
            r.type_name,
        )
        for r in fmt.ranges
    ]


def render_bits(specs: SpecSet, bits: BitsSpec, spdx: str) -> str:
    return render(
        "rust/bits.rs.j2",
        bits=bits,
        sources=[spec_name(specs, BITS_FILE), spec_name(specs, CATALOG_FILE)],
        spdx=spdx,
        ranges={fmt.name: _ranges(fmt) for fmt in bits.formats},
        width=lambda fmt: f"u{flag_type_bits(fmt)}",
        flag_items=lambda fmt: [f'("{f.name}", {f.mask:#x})' for f in fmt.flags],
        value_items=lambda values: [f'("{v.name}", {v.value})' for v in values],
        array=array,
        doc=doc_lines,
    )


# --- translations


def _value_list_capacity(plans: Sequence[TranslationPlan]) -> int:
    """The most values one translation can name: its blockers (and the shadow indicator),
    or what it discards."""
    most = 1
    for plan in plans:
        most = max(most, len(plan.blockers) + plan.shadow_blocks, len(plan.discards))
    return most


def refusal(blocker: Blocker) -> str:
    """The test that `blocker`'s source value is one the destination cannot keep."""
    value = f"crate::load(s, {blocker.src_offset}, {blocker.size})"
    if blocker.keep_bytes:
        return f"{value} >> {blocker.keep_bytes * 8} != 0"
    return f"{value} != {blocker.default:#x}"


def refusals(plan: TranslationPlan) -> list[str]:
    shadow = ["s[3] & 0x80 != 0"] if plan.shadow_blocks else []
    return [*(refusal(b) for b in plan.blockers), *shadow]


def fill_stores(fill: Fill) -> list[tuple[int, str, int]]:
    """A fill of non-zero bytes as little-endian stores of 8, 4, 2 and 1 bytes."""
    stores, offset, data = [], fill.offset, fill.data
    while data:
        size = next(n for n in (8, 4, 2, 1) if n <= len(data))
        stores.append((offset, unsigned(size), int.from_bytes(data[:size], "little")))
        offset, data = offset + size, data[size:]
    return stores


def render_translations(plans: Sequence[TranslationPlan], sources: list[str], spdx: str) -> str:
    for plan in plans:
        sizes = [b.size for b in plan.blockers] + [d.size for d in plan.discards]
        if any(size > 8 for size in sizes):
            raise ValueError(f"{plan.name}: a blocker or discard wider than 64 bits")
    return render(
        "rust/translations.rs.j2",
        plans=plans,
        sources=sources,
        spdx=spdx,
        capacity=_value_list_capacity(plans),
        call=call,
        signature=signature,
        chain=chain,
        refusal=refusal,
        refusals=refusals,
        stores=fill_stores,
        doc=doc_lines,
    )


# --- containers


def _operand(value: int) -> str:
    return f"{value:#x}"


def _rust_condition(condition: Condition) -> str:
    """The condition as a Rust bool: region subjects are Options, None when the blob does
    not hold the region, and then the condition does not hold."""
    subjects = [condition.subject, *([condition.other] if condition.other else [])]
    names = [variable_name(s) for s in subjects]
    bound = ["v", "w"][: len(subjects)]
    nullable = [s.needs_region for s in subjects]
    shown = [b if n else name for b, n, name in zip(bound, nullable, names, strict=True)]
    test = condition.test
    if test is Test.MISALIGNED and condition.operands[0] == 0:
        raise ValueError(f"{condition.text}: misaligned by 0")
    if test is Test.WIDER_THAN and condition.operands[0] >= 64:
        raise ValueError(f"{condition.text}: no value is wider than 64 bits")
    if test is Test.NOT_IN:
        text = f"!matches!({shown[0]}, {' | '.join(_operand(k) for k in condition.operands)})"
    else:
        k = shown[1] if len(shown) > 1 else _operand(condition.operands[0])
        text = RUST_TESTS[test].format(v=shown[0], k=k)
    if not any(nullable):
        return text
    held = [(name, b) for name, b, n in zip(names, bound, nullable, strict=True) if n]
    if len(held) == 1:
        return f"matches!({held[0][0]}, Some({held[0][1]}) if {text})"
    pair = ", ".join(name for name, _ in held)
    some = ", ".join(f"Some({b})" for _, b in held)
    return f"matches!(({pair}), ({some}) if {text})"


@dataclass(frozen=True)
class RustVariable:
    name: str
    subject: Subject
    statement: str  # `let name = ...;` at 4 spaces, rustfmt's layout


def _variable(name: str, subject: Subject) -> RustVariable:
    if subject.kind is SubjectKind.LENGTH:
        return RustVariable(name, subject, "")
    if subject.member is not None:
        m = subject.member
        return RustVariable(
            name, subject, f"    let {name} = crate::load(blob, {m.offset}, {m.size});"
        )
    region = subject.region
    assert region is not None
    if subject.kind is SubjectKind.PRESENT:
        return RustVariable(name, subject, f"    let {name} = u64::from(declared >= {region.end});")
    if subject.kind is SubjectKind.REVISION:
        value = f"crate::load(blob, {region.offset}, 4) & {REVISION_MASK:#x}"
    elif subject.kind is SubjectKind.SHADOW:
        value = f"crate::load(blob, {region.offset}, 4) >> 31"
    else:
        assert subject.field is not None
        bytes_ = f"&blob[{region.offset}..{region.end}]"
        value = f"read({bytes_}, {subject.field.encoding.value:#010x}).unwrap_or(0)"
    held = f"declared >= {region.end} && length >= {region.end}"
    head = f"    let {name} = if {held} {{"
    return RustVariable(
        name, subject, f"{head}\n        Some({value})\n    }} else {{\n        None\n    }};"
    )


@dataclass(frozen=True)
class RustRule:
    index: int
    id: str
    origin: str
    message: str
    source: str
    test: str  # the `if ... {` line(s) at 4 spaces
    short_test: str  # the same at 8, for a rule decided on a blob shorter than the header
    length_only: bool


def _origin(value: str) -> str:
    return value.capitalize()


def _rules(container: Container) -> list[RustRule]:
    if len(container.rules) > 64:
        raise ValueError(f"{container.name}: more than 64 rules do not fit a Violations set")
    rules = []
    for checked in checked_rules(container):
        terms = [_rust_condition(c) for c in checked.rule.when]
        short = length_only(checked.rule)
        rules.append(
            RustRule(
                index=checked.bit,
                id=checked.rule.id,
                origin=_origin(checked.rule.origin.value),
                message=checked.rule.message,
                source=checked.rule.source,
                test=condition("if ", terms, 4),
                short_test=condition("if ", terms, 8),
                length_only=short,
            )
        )
    return rules


def rust_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The example blob's header: an L1 in VMX operation whose VMXON region and current VMCS are
# two pages of its memory, so that the blob passes the container's rules as a saved one does.
EXAMPLE_HEADER = (("vmxon_pa", 0x1000_0000), ("vmcs12_pa", 0x1000_1000))


@dataclass(frozen=True)
class ContainerExample:
    """What the crate's example converts: the first region slot of a container, in the
    layout current kernels write, for an older one (`plan`)."""

    container: Container
    slot: str
    layout: str
    plan: TranslationPlan

    @property
    def header(self) -> tuple[tuple[str, str], ...]:
        """The example header's values (Rust literals) for the members the container has."""
        names = {m.name for m in self.container.value_members}
        return tuple((name, f"{value:#x}") for name, value in EXAMPLE_HEADER if name in names)


def _example(specs: SpecSet, plans: Sequence[TranslationPlan]) -> ContainerExample | None:
    """The current layout is the one the conversions between layouts of the slot's revision
    pair with (the source of the most of them); its conversion that refuses the fewest
    values and discards none is the example's."""
    for container in specs.containers:
        if not container.regions:
            continue
        slot = container.regions[0]
        candidates = [
            p
            for p in plans
            if p.spec.is_conversion
            and p.source.revision == slot.revision == p.target.revision
            and not p.discards
        ]
        if not candidates:
            continue
        sources = sorted({p.source.name for p in candidates})
        current = max(sources, key=lambda name: sum(p.source.name == name for p in candidates))
        plan = min(
            (p for p in candidates if p.source.name == current),
            key=lambda p: (len(p.blockers), p.name),
        )
        return ContainerExample(container, slot.name, current, plan)
    return None


def render_container(specs: SpecSet, container: Container, spdx: str) -> str:
    found = [_variable(v.name, v.subject) for v in variables(container)]
    return render(
        "rust/container.rs.j2",
        container=container,
        sources=spec_sources(specs, CONTAINER_DIR, container.name),
        spdx=spdx,
        type_name=class_name(container.name),
        variables=found,
        rules=_rules(container),
        unsigned=unsigned,
        rust_str=rust_string,
        doc=doc_lines,
        text=doc_text,
        call=call,
        array=array,
        slots=[f"({r.offset}, {r.size})" for r in container.regions],
        ident=rust_identifier,
        reads_fields=any(v.subject.kind is SubjectKind.FIELD for v in found),
    )


# --- the crate


def render_lib(specs: SpecSet, example: ContainerExample | None, spdx: str) -> str:
    modules = sorted(
        [
            *(layout.name for layout in specs.layouts),
            *(c.name for c in specs.containers),
            *(["bits"] if specs.bits is not None else []),
            *(["translations"] if specs.translations else []),
        ]
    )
    sources = [
        spec_name(specs, CATALOG_FILE),
        *(layout_sources(specs, layout)[0] for layout in specs.layouts),
        *([spec_name(specs, BITS_FILE)] if specs.bits is not None else []),
        *([spec_name(specs, TRANSLATIONS_FILE)] if specs.translations else []),
        *(spec_sources(specs, CONTAINER_DIR, c.name)[0] for c in specs.containers),
    ]
    return render(
        "rust/lib.rs.j2",
        sources=sources,
        specs=specs,
        spdx=spdx,
        modules=modules,
        layouts=[(layout.name, class_name(layout.name)) for layout in specs.layouts],
        example=example,
        class_name=class_name,
        crate=CRATE,
        doc=doc_lines,
    )


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """rust/Cargo.toml and rust/src/*.rs: the crate."""
    inputs = translation_inputs(specs)
    plans = inputs.plans if inputs is not None else ()
    rendered = [
        Rendered("rust/Cargo.toml", render("rust/Cargo.toml.j2", crate=CRATE, spdx=settings.spdx)),
        Rendered("rust/src/lib.rs", render_lib(specs, _example(specs, plans), settings.spdx)),
    ]
    rendered += [
        Rendered(f"rust/src/{layout.name}.rs", render_layout(specs, layout, settings.spdx))
        for layout in specs.layouts
    ]
    if specs.bits is not None:
        rendered.append(Rendered("rust/src/bits.rs", render_bits(specs, specs.bits, settings.spdx)))
    if inputs is not None:
        text = render_translations(inputs.plans, inputs.sources, settings.spdx)
        rendered.append(Rendered("rust/src/translations.rs", text))
    rendered += [
        Rendered(f"rust/src/{c.name}.rs", render_container(specs, c, settings.spdx))
        for c in specs.containers
    ]
    return rendered
