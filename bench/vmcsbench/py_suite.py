"""Python benchmarks: generated accessors and translations against ctypes."""

from __future__ import annotations

import timeit
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Any, Literal

from vmcsbench import ctypes_model
from vmcsbench.c_codegen import plan_pieces
from vmcsbench.context import Context, Settings, source_image
from vmcsbench.report import Row, at_most, faster_by
from vmcsbench.stats import Comparison, interleave
from vmcsgen.export.render import class_name
from vmcsgen.plans.translation_plan import TranslationPlan

SECTION = "Python"
LAYOUT = "kvm_vmcs12"
FIELD = "guest_rip"
PAIR = ("kvm_vmcs12_v4_14", "kvm_vmcs12")
CTYPES = "ctypes LittleEndianStructure (_pack_=1)"
FLOOR = "minimal pure-Python property (one memoryview item)"
_FORMATS: dict[int, Literal["B", "H", "I", "Q"]] = {1: "B", 2: "H", 4: "I", 8: "Q"}


@dataclass(frozen=True)
class Case:
    """A statement for the subject and one for the baseline, run in the same namespace."""

    subject: str
    baseline: str
    namespace: dict[str, Any]


def _calibrate(timer: timeit.Timer, target: float) -> int:
    """Loop count that makes one batch of timer take about target seconds."""
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= target / 10:
            return max(1, round(number * target / elapsed))
        number *= 10


def _per_call(timer: timeit.Timer, number: int) -> Callable[[], float]:
    return lambda: timer.timeit(number) / number


def measure(case: Case, settings: Settings) -> Comparison:
    """Interleaved batches of subject, baseline and an empty statement; the empty loop's
    cost per iteration (timeit's own overhead) is subtracted from both."""
    subject = timeit.Timer(case.subject, globals=case.namespace)
    baseline = timeit.Timer(case.baseline, globals=case.namespace)
    number = min(_calibrate(t, settings.py_batch_seconds) for t in (subject, baseline))
    empty = timeit.Timer("pass")
    actions = [_per_call(t, number) for t in (subject, baseline, empty)]
    subject_times, baseline_times, empty_times = interleave(actions, settings.py_repetitions)

    def net(times: list[float]) -> tuple[float, ...]:
        return tuple(max(t - e, 0.01 * t) for t, e in zip(times, empty_times, strict=True))

    return Comparison(net(subject_times), net(baseline_times))


def floor_property(view: memoryview, index: int) -> Any:
    """An object whose `value` is the least a pure-Python property can be: one item of a
    typed memoryview at a constant index, no checks."""
    source = "\n".join(
        [
            "class Floor:",
            "    __slots__ = ('_view',)",
            "    def __init__(self, view):",
            "        self._view = view",
            "    @property",
            "    def value(self):",
            f"        return self._view[{index}]",
            "    @value.setter",
            "    def value(self, value):",
            f"        self._view[{index}] = value",
        ]
    )
    namespace: dict[str, Any] = {}
    exec(compile(source, "<floor property>", "exec"), namespace)
    return namespace["Floor"](view)


def _access_namespace(ctx: Context) -> dict[str, Any]:
    layout = ctx.layout(LAYOUT)
    module = ctx.python_module(LAYOUT)
    data = source_image(layout)
    cls = getattr(module, class_name(LAYOUT))
    struct = ctypes_model.struct_for(layout)
    names = ctypes_model.value_names(layout)
    generated, native = cls(bytearray(data)), struct.from_buffer_copy(data)
    assert generated.to_dict() == {n: getattr(native, n) for n in names}
    member = next(m for m in layout.members if m.name == FIELD)
    view = memoryview(bytearray(data)).cast(_FORMATS[member.size])
    return {
        "g": generated,
        "f": floor_property(view, member.offset // member.size),
        "c": native,
        "v": 0x0000_7FFF_DEAD_BEEF,
        "data": data,
        "Generated": cls,
        "Struct": struct,
        "names": names,
    }


def _access_rows(ctx: Context, settings: Settings) -> list[Row]:
    ns = _access_namespace(ctx)
    count = len(ns["names"])
    cases = [
        (
            f"property get ({LAYOUT}.{FIELD})",
            Case(f"g.{FIELD}", f"c.{FIELD}", ns),
            "generated property",
            f"{CTYPES} attribute",
            at_most(1.5),
        ),
        (
            f"property set ({LAYOUT}.{FIELD})",
            Case(f"g.{FIELD} = v", f"c.{FIELD} = v", ns),
            "generated property",
            f"{CTYPES} attribute",
            at_most(1.5),
        ),
        (
            f"property get floor ({LAYOUT}.{FIELD})",
            Case(f"g.{FIELD}", "f.value", ns),
            "generated property",
            FLOOR,
            None,
        ),
        (
            f"property set floor ({LAYOUT}.{FIELD})",
            Case(f"g.{FIELD} = v", "f.value = v", ns),
            "generated property",
            FLOOR,
            None,
        ),
        (
            f"to_dict ({LAYOUT}, {count} members)",
            Case("g.to_dict()", "{n: getattr(c, n) for n in names}", ns),
            f"{class_name(LAYOUT)}.to_dict()",
            "dict comprehension over the ctypes attributes",
            None,
        ),
        (
            f"from_bytes ({LAYOUT}, 4 KiB)",
            Case("Generated.from_bytes(data)", "Struct.from_buffer_copy(data)", ns),
            f"{class_name(LAYOUT)}.from_bytes()",
            "ctypes from_buffer_copy()",
            None,
        ),
    ]
    rows = [
        Row(SECTION, name, subject, baseline, measure(case, settings), goal)
        for name, case, subject, baseline, goal in cases
    ]
    get, put, get_floor, put_floor, to_dict, from_bytes = rows
    return [
        replace(get, why=_property_why("getter", get_floor)),
        replace(put, why=_property_why("setter", put_floor)),
        get_floor,
        put_floor,
        replace(
            to_dict,
            notes=(
                f"to_dict() is {to_dict.ratio:.3g}x the ctypes comprehension: it reads {count} "
                "Python-level properties, each paying the property call of the get row.",
            ),
        ),
        replace(
            from_bytes,
            notes=(
                f"from_bytes() takes {from_bytes.comparison.subject_median * 1e6:.2g} µs, "
                f"{from_bytes.ratio:.3g}x ctypes' from_buffer_copy() (a single C call): it "
                "copies the region into a bytearray, checks size and contiguity and builds "
                "four typed memoryviews.",
            ),
        ),
    ]


def _property_why(kind: str, floor: Row) -> str:
    gap = (
        "the Python function call every property makes and ctypes' C-level field descriptor "
        "does not. No pure-Python accessor closes that gap on CPython; only C-level access "
        "does (ctypes itself, or indexing the typed memoryview at the call site)."
    )
    if floor.ratio <= 1.1:
        return (
            f"The generated {kind} costs {floor.ratio:.2f}x the minimal pure-Python property "
            "(the floor row below): it is as lean as a Python-level property can be. The gap "
            f"is {gap}"
        )
    return (
        f"The generated {kind} costs {floor.ratio:.2f}x the minimal pure-Python property (the "
        f"floor row below), so part of the gap is its own extra work; the rest is {gap}"
    )


def _source_check_cost(module: ModuleType, plan: TranslationPlan, data: bytes) -> float:
    """Seconds the generated function spends checking its source (size, revision id)."""
    check = getattr(module, f"_{plan.name}_source")
    number = 5000
    return min(timeit.repeat(lambda: check(data), number=number, repeat=3)) / number


def _translation_why(
    module: ModuleType, plan: TranslationPlan, data: bytes, comparison: Comparison
) -> str:
    members, pieces = len(plan_pieces(plan)), len(plan.pieces) + 1
    target = comparison.baseline_median / 5
    check = _source_check_cost(module, plan, data)
    verdict = "meets" if comparison.subject_median <= target else "misses"
    return (
        f"This ctypes copy costs {comparison.baseline_median / members * 1e9:.0f} ns per "
        f"member ({members} members), so 5x needs the generated function under "
        f"{target * 1e6:.2g} µs; it takes {comparison.subject_median * 1e6:.2g} µs and "
        f"{verdict} that. Its work is fixed: checking the source (size, revision id) takes "
        f"~{check * 1e6:.2g} µs (measured here), then one bytearray join of {pieces} pieces "
        "in destination order builds the 4 KiB region, whatever the field count."
    )


def _translation_rows(ctx: Context, settings: Settings) -> list[Row]:
    source, target = PAIR
    plan = ctx.plan(source, target)
    module = ctx.python_module("vmcs_translations")
    generated = getattr(module, plan.name)
    straight, loop = ctypes_model.translation(plan), ctypes_model.translation_loop(plan)
    data = source_image(plan.source, plan)
    expected = bytes(generated(data))
    assert expected == bytes(straight(data)) == bytes(loop(data)), "translations disagree"
    namespace = {"generated": generated, "straight": straight, "loop": loop, "data": data}
    bench = f"translation {source} → {target}"
    subject = f"generated {plan.name}() ({len(plan.runs)} runs, one join)"
    members = len(plan_pieces(plan))
    rows = []
    for statement, baseline in (
        ("straight(data)", f"ctypes field-by-field copy, straight-line ({members} assignments)"),
        ("loop(data)", "ctypes field-by-field copy, getattr/setattr loop over a name table"),
    ):
        comparison = measure(Case("generated(data)", statement, namespace), settings)
        why = _translation_why(module, plan, data, comparison)
        rows.append(Row(SECTION, bench, subject, baseline, comparison, faster_by(5), why=why))
    return rows


def run(ctx: Context, settings: Settings) -> list[Row]:
    return [*_access_rows(ctx, settings), *_translation_rows(ctx, settings)]
