"""Emit bench_generated.h: every layout-specific baseline, written from vmcsgen's model.

Nothing here is typed by hand per field: the naive copy, the uncoalesced copy, the
table-driven copy and the direct-access functions all come from the translation plans and
layouts, so they track the specs exactly like the generated code they are compared with.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from vmcsgen.export.c_flavour import USER
from vmcsgen.export.render import c_identifier
from vmcsgen.model.spec import Layout, Member, TranslationMode
from vmcsgen.plans.translation_plan import CopyRun, Fill, TranslationPlan

REGION = 4096
ROL16_SHIFT = 6
GOLDEN = "0x9e3779b97f4a7c15"  # seeds of the xorshift that fills the source images


# The kinds of C function the harness times; the key of one is "<kind>:<plan or layout>".
MEMCPY = "memcpy"
FLOOR = "floor"
GENERATED = "generated"
UNCOALESCED = "uncoalesced"
NAIVE = "naive"
TABLE = "table"
READWRITE = "readwrite"
DIRECT_READ = "direct_read"
ENCODED_READ = "encoded_read"
DIRECT_WRITE = "direct_write"
ENCODED_WRITE = "encoded_write"
RUNTIME_READ = "runtime_read"
TABLE_READ = "table_read"
TRANSLATION_KINDS = (GENERATED, UNCOALESCED, NAIVE, TABLE, READWRITE)
ACCESS_KINDS = (DIRECT_READ, ENCODED_READ, DIRECT_WRITE, ENCODED_WRITE, RUNTIME_READ, TABLE_READ)


def key(kind: str, name: str = "region") -> str:
    return f"{kind}:{name}"


@dataclass(frozen=True)
class Piece:
    """One member copied by a translation: the plan's runs split back into their members."""

    src: Member
    dst: Member
    size: int


def plan_pieces(plan: TranslationPlan) -> tuple[Piece, ...]:
    return run_pieces(plan, plan.runs)


def run_pieces(plan: TranslationPlan, runs: Iterable[CopyRun]) -> tuple[Piece, ...]:
    """The members some of a plan's runs copy, one piece each."""
    src_at = {m.offset: m for m in plan.source.members}
    dst_named = {m.name: m for m in plan.target.members}
    pieces: list[Piece] = []
    for run in runs:
        for name in run.members:
            dst = dst_named[name]
            src = src_at[run.src_offset + dst.offset - run.dst_offset]
            pieces.append(Piece(src, dst, min(src.size, dst.size)))
    return tuple(pieces)


def _encoding(member: Member) -> int:
    assert member.field is not None
    return member.field.encoding.value


def _rol16(encoding: int) -> int:
    value = encoding & 0xFFFF
    return ((value << ROL16_SHIFT) | (value >> (16 - ROL16_SHIFT))) & 0xFFFF


def _hex_list(values: Iterable[int]) -> str:
    return ", ".join(f"0x{v:08x}u" for v in values)


@dataclass(frozen=True)
class Extra:
    """Benchmarks another module emits into the same harness: the plans whose source images
    they read, their functions, their bench_verify() lines and their registry entries."""

    plans: tuple[TranslationPlan, ...] = ()
    functions: tuple[str, ...] = ()
    verify: tuple[str, ...] = ()
    registry: tuple[str, ...] = ()


def source_image(layout: Layout) -> str:
    """The C array holding the source image of layout."""
    return f"bench_src_{layout.name}"


def function(name: str, body: Iterable[str]) -> Iterator[str]:
    """A timed function: the harness calls it through a pointer, noinline."""
    yield f"static BENCH_NOINLINE uint64_t {name}(void *dst, const void *src)"
    yield "{"
    yield from (f"\t{line}" if line else "" for line in body)
    yield "}"
    yield ""


def _fill_lines(fills: Iterable[Fill]) -> Iterator[str]:
    for fill in fills:
        if fill.is_zero:
            yield f"memset(d + {fill.offset}, 0, {len(fill.data)});"
        else:
            data = ", ".join(str(b) for b in fill.data)
            yield f"{{ static const unsigned char f[] = {{{data}}};"
            yield f"\tmemcpy(d + {fill.offset}, f, sizeof(f)); }}"


def _prologue(plan: TranslationPlan, typed: bool) -> Iterator[str]:
    if typed:
        yield f"struct {plan.target.name} *d = (struct {plan.target.name} *)dst;"
        yield f"const struct {plan.source.name} *s = (const struct {plan.source.name} *)src;"
    else:
        yield "unsigned char *d = (unsigned char *)dst;"
        yield "const unsigned char *s = (const unsigned char *)src;"
    yield ""
    yield f"if ({plan.name}_blockers(src, {plan.source.size}u, NULL, 0))"
    yield "\treturn 1;"


def _header_store(plan: TranslationPlan) -> str:
    return f"vmcsgen_store32((unsigned char *)dst, 0x{plan.header_value:08x}u);"


def _generated(plan: TranslationPlan) -> Iterator[str]:
    call = f"{plan.name}(dst, {plan.target.size}u, src, {plan.source.size}u)"
    return function(f"bench_{GENERATED}_{plan.name}", [f"return (uint64_t)({call} != 0);"])


def _uncoalesced(plan: TranslationPlan) -> Iterator[str]:
    body = list(_prologue(plan, typed=False))
    body += [
        f"memcpy(d + {p.dst.offset}, s + {p.src.offset}, {p.size});" for p in plan_pieces(plan)
    ]
    body += [*_fill_lines(plan.fills), _header_store(plan), "return 0;"]
    return function(f"bench_{UNCOALESCED}_{plan.name}", body)


def _assign(piece: Piece) -> str:
    return f"d->{c_identifier(piece.dst.name)} = s->{c_identifier(piece.src.name)};"


def _defaults(plan: TranslationPlan) -> Iterator[str]:
    for member in plan.added:
        if member.default:
            yield f"d->{c_identifier(member.name)} = 0x{member.default:x}u;"


def _naive(plan: TranslationPlan) -> Iterator[str]:
    body = list(_prologue(plan, typed=True))
    body.append(f"memset(dst, 0, {plan.target.size}u);")
    body += [_assign(p) for p in plan_pieces(plan)]
    body += [*_defaults(plan), _header_store(plan), "return 0;"]
    return function(f"bench_{NAIVE}_{plan.name}", body)


def _field_pieces(plan: TranslationPlan) -> list[Piece]:
    return [p for p in plan_pieces(plan) if p.src.field is not None]


def _state_pieces(plan: TranslationPlan) -> list[Piece]:
    return [p for p in plan_pieces(plan) if p.src.field is None]


def _generic_prologue(plan: TranslationPlan) -> list[str]:
    body = list(_prologue(plan, typed=True))
    body.append(f"memset(dst, 0, {plan.target.size}u);")
    body += [_assign(p) for p in _state_pieces(plan)]
    body += [*_defaults(plan), _header_store(plan)]
    return body


def _table(plan: TranslationPlan) -> Iterator[str]:
    src, dst = plan.source.name, plan.target.name
    body = _generic_prologue(plan)
    body.append(
        f"return bench_table_copy((unsigned char *)dst, (const unsigned char *)src, "
        f"bench_rol16_{src}, sizeof(bench_rol16_{src}) / 2, "
        f"bench_rol16_{dst}, sizeof(bench_rol16_{dst}) / 2, "
        f"bench_fields_{plan.name}, sizeof(bench_fields_{plan.name}) / 4);"
    )
    return function(f"bench_{TABLE}_{plan.name}", body)


def _readwrite(plan: TranslationPlan) -> Iterator[str]:
    body = ["uint64_t value = 0, missing = 0;", "size_t i;", *_generic_prologue(plan)]
    body += [
        f"for (i = 0; i < sizeof(bench_fields_{plan.name}) / 4; i++) {{",
        f"\tif ({plan.source.name}_read(src, bench_fields_{plan.name}[i], &value) ||",
        f"\t    {plan.target.name}_write(dst, bench_fields_{plan.name}[i], value))",
        "\t\tmissing++;",
        "}",
        "return missing;",
    ]
    return function(f"bench_{READWRITE}_{plan.name}", body)


def _floor(plan: TranslationPlan) -> Iterator[str]:
    """What any whole-layout translation costs at least: the destination struct's bytes in
    one memcpy, the rest of the region in one memset (different bytes, so not verified)."""
    struct, region = plan.target.struct_size, plan.target.size
    body = [
        f"memcpy(dst, src, {struct}u);",
        f"memset((unsigned char *)dst + {struct}, 0, {region - struct}u);",
        "return 0;",
    ]
    return function(f"bench_{FLOOR}_{plan.name}", body)


def _translation(plan: TranslationPlan) -> Iterator[str]:
    encodings = [_encoding(p.src) for p in _field_pieces(plan)]
    yield f"static const uint32_t bench_fields_{plan.name}[] = {{{_hex_list(encodings)}}};"
    yield ""
    for emit in (_generated, _uncoalesced, _naive, _table, _readwrite, _floor):
        yield from emit(plan)


def _rol16_table(layout: Layout) -> Iterator[str]:
    slots = {_rol16(_encoding(m)): m.offset for m in layout.fields}
    yield f"static const uint16_t bench_rol16_{layout.name}[{max(slots) + 1}] = {{"
    yield from (f"\t[{index}] = {offset}," for index, offset in sorted(slots.items()))
    yield "};"
    yield ""


def _access(layout: Layout) -> Iterator[str]:
    name, fields = layout.name, layout.fields
    typed = f"const struct {name} *s = (const struct {name} *)src;"
    encodings = _hex_list(map(_encoding, fields))
    yield f"static const uint32_t bench_all_fields_{name}[] = {{{encodings}}};"
    yield ""
    reads = [f"sum += s->{c_identifier(m.name)};" for m in fields]
    yield from function(
        f"bench_{DIRECT_READ}_{name}",
        ["uint64_t sum = 0;", typed, "", "(void)dst;", *reads, "return sum;"],
    )
    encoded = [f"if (!{name}_read(src, 0x{_encoding(m):08x}u, &v))\n\t\tsum += v;" for m in fields]
    yield from function(
        f"bench_{ENCODED_READ}_{name}",
        ["uint64_t sum = 0, v = 0;", "", "(void)dst;", *encoded, "return sum;"],
    )
    yield from _writes(layout)
    yield from function(
        f"bench_{RUNTIME_READ}_{name}",
        [
            "uint64_t sum = 0, v = 0;",
            "size_t i;",
            "",
            "(void)dst;",
            f"for (i = 0; i < sizeof(bench_all_fields_{name}) / 4; i++)",
            f"\tif (!{name}_read(src, bench_all_fields_{name}[i], &v))",
            "\t\tsum += v;",
            "return sum;",
        ],
    )
    yield from function(
        f"bench_{TABLE_READ}_{name}",
        [
            "(void)dst;",
            f"return bench_table_read((const unsigned char *)src, bench_rol16_{name}, "
            f"sizeof(bench_rol16_{name}) / 2, bench_all_fields_{name}, "
            f"sizeof(bench_all_fields_{name}) / 4);",
        ],
    )


def _writes(layout: Layout) -> Iterator[str]:
    name, fields = layout.name, layout.fields
    seed = ["uint64_t seed;", "", "memcpy(&seed, src, sizeof(seed));"]
    direct = [
        f"d->{c_identifier(m.name)} = ({USER.unsigned(m.size)})(seed + {i}u);"
        for i, m in enumerate(fields)
    ]
    yield from function(
        f"bench_{DIRECT_WRITE}_{name}",
        [f"struct {name} *d = (struct {name} *)dst;", *seed, *direct, "return 0;"],
    )
    encoded = [
        f"bad |= {name}_write(dst, 0x{_encoding(m):08x}u, seed + {i}u);"
        for i, m in enumerate(fields)
    ]
    yield from function(
        f"bench_{ENCODED_WRITE}_{name}",
        ["int bad = 0;", *seed, *encoded, "return (uint64_t)(bad != 0);"],
    )


def _blocker_defaults(plans: Iterable[TranslationPlan], layout: Layout) -> Iterator[str]:
    for plan in plans:
        if plan.source.name != layout.name:
            continue
        for blocker in plan.blockers:
            if blocker.encoding is not None:
                yield (
                    f"\tbench_store({source_image(layout)} + {blocker.src_offset}, "
                    f"0x{blocker.default:x}u, {blocker.size});"
                )


def _init(plans: tuple[TranslationPlan, ...], sources: list[Layout]) -> Iterator[str]:
    yield "static void bench_init(void)"
    yield "{"
    for seed, layout in enumerate(sources, 1):
        yield f"\tbench_fill_random({source_image(layout)}, {layout.size}u, {GOLDEN}ull * {seed}u);"
        yield f"\tbench_store({source_image(layout)}, 0x{layout.revision:08x}u, 4);"
        yield from _blocker_defaults(plans, layout)
    yield "}"
    yield ""


def _verify_plan(plan: TranslationPlan) -> Iterator[str]:
    src = source_image(plan.source)
    call = f"{plan.name}(bench_ref, {plan.target.size}u, {src}, {plan.source.size}u)"
    yield f"\tif ({call} != 0) {{"
    yield f'\t\tfprintf(stderr, "verify: {plan.name} refused the source image\\n");'
    yield "\t\treturn 1;"
    yield "\t}"
    for kind in TRANSLATION_KINDS[1:]:
        yield (
            f'\tbad |= bench_same("{key(kind, plan.name)}", bench_{kind}_{plan.name}, '
            f"bench_ref, {src});"
        )


def _verify_access(layout: Layout) -> Iterator[str]:
    name, src = layout.name, source_image(layout)
    expected = f"bench_{DIRECT_READ}_{name}(NULL, {src})"
    for kind in (ENCODED_READ, RUNTIME_READ, TABLE_READ):
        yield f"\tif (bench_{kind}_{name}(NULL, {src}) != {expected}) {{"
        yield f'\t\tfprintf(stderr, "verify: {key(kind, name)} reads other values\\n");'
        yield "\t\tbad = 1;"
        yield "\t}"
    yield f"\tbench_{DIRECT_WRITE}_{name}(bench_ref, {src});"
    yield f"\tbench_{ENCODED_WRITE}_{name}(bench_dst, {src});"
    yield f"\tif (memcmp(bench_ref, bench_dst, {layout.size}u) != 0) {{"
    yield f'\t\tfprintf(stderr, "verify: {key(ENCODED_WRITE, name)} writes other bytes\\n");'
    yield "\t\tbad = 1;"
    yield "\t}"


def _verify(plans: tuple[TranslationPlan, ...], access: Layout, extra: Extra) -> Iterator[str]:
    yield "static int bench_verify(void)"
    yield "{"
    yield "\tint bad = 0;"
    yield ""
    for plan in plans:
        yield from _verify_plan(plan)
    yield from _verify_access(access)
    yield from extra.verify
    yield "\treturn bad;"
    yield "}"
    yield ""


def registry_entry(name: str, call: str, src: Layout, clean_fields: int = 0) -> str:
    """One timed function: its key, the C function, its source image and the clean-field
    mask the harness sets for it (see harness.c)."""
    return f'\t{{"{name}", {call}, {source_image(src)}, 0x{clean_fields:04x}u}},'


def _registry(plans: tuple[TranslationPlan, ...], access: Layout, extra: Extra) -> Iterator[str]:
    yield "static const struct bench_fn bench_fns[] = {"
    yield registry_entry(key(MEMCPY), "bench_memcpy_region", plans[0].source)
    for plan in plans:
        for kind in (*TRANSLATION_KINDS, FLOOR):
            yield registry_entry(key(kind, plan.name), f"bench_{kind}_{plan.name}", plan.source)
    for kind in ACCESS_KINDS:
        yield registry_entry(key(kind, access.name), f"bench_{kind}_{access.name}", access)
    yield from extra.registry
    yield "};"


def _check_supported(plans: tuple[TranslationPlan, ...], access: Layout, extra: Extra) -> None:
    everything = (*plans, *extra.plans)
    for layout in (access, *(p.source for p in everything), *(p.target for p in everything)):
        if layout.size != REGION:
            raise ValueError(f"{layout.name}: the harness assumes {REGION}-byte regions")
    for plan in plans:
        if plan.spec.mode is not TranslationMode.CONVERT:
            raise ValueError(f"{plan.name}: only convert-mode translations are copy-benchmarked")


def _unique(layouts: Iterable[Layout]) -> list[Layout]:
    return list({layout.name: layout for layout in layouts}.values())


def bench_header(plans: tuple[TranslationPlan, ...], access: Layout, extra: Extra = Extra()) -> str:
    """The whole bench_generated.h for these convert-mode plans, one access layout and the
    benchmarks of another module."""
    _check_supported(plans, access, extra)
    everything = (*plans, *extra.plans)
    layouts = _unique([access, *(p.source for p in everything), *(p.target for p in everything)])
    sources = _unique([access, *(p.source for p in everything)])
    lines = ["/* Emitted by bench/vmcsbench/c_codegen.py from the vmcsgen model; do not edit. */"]
    lines += [f'#include "{layout.name}.h"' for layout in layouts]
    lines += ['#include "vmcs_translations.h"', ""]
    lines += [
        f"static unsigned char {source_image(x)}[{x.size}] __attribute__((aligned(64)));"
        for x in sources
    ]
    lines.append("")
    for layout in layouts:
        lines += _rol16_table(layout)
    for plan in plans:
        lines += _translation(plan)
    lines += _access(access)
    lines += extra.functions
    lines += _init(everything, sources)
    lines += _verify(plans, access, extra)
    lines += _registry(plans, access, extra)
    return "\n".join(lines) + "\n"
