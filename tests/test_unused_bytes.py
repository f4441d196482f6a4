"""Generated <name>_unused(), Python and C: every translation reports the non-zero source
bytes where its source layout holds nothing (reserved members, the tail after the struct),
by span, offset and count, since no translation carries them."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from conftest import GENERATED, ROOT, Toolchain
from running_l2 import running_l2

from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.layout_tables import AFTER_THE_STRUCT
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans

Report = tuple[int, list[tuple[int, int, int, str]]]
EINVAL, EPROTO = -22, -71
V6_17_UP = "kvm_vmcs12_v6_17_to_kvm_vmcs12"
CET_FIELDS = {"HOST_S_CET": 0x4, "GUEST_SSP": 0xFFFFC90000AD0FF8, "GUEST_S_CET": 0x4}


@pytest.fixture(scope="module")
def tr(generated_python: Path) -> ModuleType:
    import vmcs_translations

    return vmcs_translations


@pytest.fixture(scope="module")
def plans(specs: SpecSet) -> list[TranslationPlan]:
    return [plan for plan in build_plans(specs) if plan.unused]


@pytest.fixture(scope="module")
def driver(
    plans: list[TranslationPlan], toolchain: Toolchain, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    tmp = tmp_path_factory.mktemp("unused")
    table = tmp / "table.inc"
    table.write_text("".join(f"UNUSED({plan.name})\n" for plan in plans))
    return toolchain.compile(
        ROOT / "tests" / "c" / "unused_driver.c",
        tmp / "unused",
        includes=[GENERATED / "c"],
        defines={"UNUSED_TABLE": f'"{table}"'},
        sanitize=toolchain.sanitizers_work,
    )


def run_c(driver: Path, name: str, src: bytes, tmp: Path, size: int | None = None) -> Report:
    (tmp / "src.bin").write_bytes(src)
    args = [str(driver), name, str(tmp / "src.bin")] + ([] if size is None else [str(size)])
    lines = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
    spans = []
    for line in lines[1:]:
        offset, span_size, nonzero, span = line.split(" ", 3)
        spans.append((int(offset), int(span_size), int(nonzero), span))
    return int(lines[0]), spans


def run_python(tr: ModuleType, name: str, src: bytes) -> Report:
    try:
        found = getattr(tr, f"{name}_unused")(src)
    except tr.TranslationError as err:
        return (EINVAL if "bytes" in str(err) else EPROTO), []
    return len(found), [(u.offset, u.size, u.nonzero, u.span) for u in found]


def test_every_translation_reports_unused_bytes(specs: SpecSet, tr: ModuleType) -> None:
    for plan in build_plans(specs):
        assert plan.unused, plan.name  # every bundled source layout has reserved bytes
        assert hasattr(tr, f"{plan.name}_unused"), plan.name


def test_a_6_18_image_taken_for_6_17_is_reported(
    specs: SpecSet, tr: ModuleType, driver: Path, tmp_path: Path
) -> None:
    """A running L2 saved by Linux 6.18 (nested CET values set) fed to the 6.17 upgrade:
    both layouts share the revision id, the CET values sit in 6.17's padding."""
    image = bytes(running_l2(specs.by_name["kvm_vmcs12"], **CET_FIELDS))
    report = run_python(tr, V6_17_UP, image)
    spans = {span for _, _, _, span in report[1]}
    assert spans == {"paddingl"}, report
    assert report == run_c(driver, V6_17_UP, image, tmp_path)
    clean = bytes(running_l2(specs.by_name["kvm_vmcs12_v6_17"]))
    assert run_python(tr, V6_17_UP, clean) == (0, []) == run_c(driver, V6_17_UP, clean, tmp_path)


def test_python_and_c_agree_on_random_regions(
    plans: list[TranslationPlan], tr: ModuleType, driver: Path, tmp_path: Path
) -> None:
    rng = random.Random(16)
    for plan in plans:
        source = plan.source
        for trial in range(6):
            src = bytearray(running_l2(source))
            for span in plan.unused:
                if rng.random() < 0.5:
                    spoiled = min(span.size, rng.randint(1, 3))
                    for offset in rng.sample(range(span.offset, span.end), spoiled):
                        src[offset] = rng.randint(1, 255)
            if trial == 4:
                src[0] ^= 0x40  # not a region of the source layout
            python = run_python(tr, plan.name, bytes(src))
            assert python == run_c(driver, plan.name, bytes(src), tmp_path), (plan.name, trial)
            if trial != 4:
                expected = [
                    (s.offset, s.size, nonzero, s.name)
                    for s in plan.unused
                    if (nonzero := sum(1 for b in src[s.offset : s.end] if b))
                ]
                assert python == (len(expected), expected), (plan.name, trial)
        short = bytes(running_l2(source))
        assert run_c(driver, plan.name, short, tmp_path, size=100) == (EINVAL, [])
        assert run_python(tr, plan.name, short[:100]) == (EINVAL, [])


def test_the_tail_after_the_struct_is_a_span(tr: ModuleType, specs: SpecSet) -> None:
    layout = specs.by_name["kvm_vmcs12"]
    src = bytearray(running_l2(layout))
    src[-1] = 0xFF
    found = tr.kvm_vmcs12_to_kvm_vmcs12_v6_17_unused(bytes(src))
    assert [(u.span, u.offset, u.size, u.nonzero) for u in found] == [
        (AFTER_THE_STRUCT, layout.struct_size, layout.size - layout.struct_size, 1)
    ]
