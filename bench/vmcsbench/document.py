"""The Markdown page written to docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vmcsbench.context import Settings
from vmcsbench.report import Row, miss_notes, row_notes, table

# Hand-written: the figures across several runs and what they mean. A run rewrites the rest of
# the page, so this text lives in its own file and is carried into every page unchanged.
NOTES = Path(__file__).resolve().parent.parent / "notes.md"

METHOD = (
    "Every figure is a ratio: subject time / baseline time, both measured in the same run. "
    "Subject and baseline are timed in alternating batches within each repetition (the "
    "order rotates from one repetition to the next), the ratio is the median of the "
    "per-repetition ratios, and the times in parentheses are medians per operation. A ratio "
    "below 1 means the subject is faster. No test asserts on any of these numbers.",
    "C: bench/vmcsbench/harness.c, built with `{cc} {cflags}` against the headers vmcsgen "
    "renders from the specs; the baselines (naive copy, uncoalesced copy, KVM-style table "
    "copy, direct member access) are emitted from vmcsgen's model by "
    "bench/vmcsbench/c_codegen.py, not typed by hand. Each function runs {iterations} times "
    "per batch between two CLOCK_MONOTONIC reads, called through a pointer to a noipa "
    "wrapper with an asm memory clobber between calls, {c_reps} repetitions. Before timing, "
    "the harness checks that every copy variant writes exactly the bytes of the generated "
    "translation and that every read/write variant sees the same values. Source and "
    "destination stay in L1: these are hot-cache numbers. All translation variants start "
    "with the same generated <pair>_blockers() check, so they differ only in how the bytes "
    "move. The KVM-style baseline mirrors KVM's get_vmcs12_field_offset() (ROL16 index, "
    "bounds check, array_index_nospec clamp) and vmcs12_read_any()/vmcs12_write_any() "
    "(switch on the width bits). The per-exit syncs (bench/vmcsbench/sync_codegen.py) "
    "compare the update translations with a copy in the shape of KVM's "
    "copy_enlightened_to_vmcs12() and copy_vmcs12_to_enlightened(), emitted from the same "
    "plan: one member assignment per copied member, under "
    "`if (__builtin_expect(!(clean & GROUP), 0))` for a clean-field group, and no size or "
    "revision checks (KVM makes those once, at VMPTRLD). The clean-field mask is a global the "
    "harness sets for each case (all groups dirty, all clean, each group alone dirty) and "
    "both sides load, as KVM loads evmcs->hv_clean_fields; in every case the harness first "
    "checks that each variant writes the bytes of the checked translation. The floor of a "
    "whole-layout translation is one memcpy of the destination struct's bytes and one memset "
    "of the rest of the region.",
    "Rust: bench/vmcsbench/rust_bench.rs times every translation of the crate vmcsgen "
    "renders (cargo's release profile, Debian's rustc), called through the crate's "
    "TRANSLATIONS table; the baseline is the same translation of the generated C, built "
    "with the same flags as the C harness and called through a noipa wrapper "
    "(bench/vmcsbench/rust_suite.py emits it). Both check every call's result, run "
    "{iterations} calls per batch on the same source region, and alternate, one repetition "
    "each, {c_reps} repetitions; the suite first checks that both wrote the same bytes.",
    "Python: timeit batches of about {batch} ms, {py_reps} repetitions; timeit's own loop "
    "cost (an empty statement timed in the same repetition) is subtracted from both sides. "
    "The ctypes structures and both ctypes translations are built from vmcsgen's model: "
    "straight-line code with one attribute assignment per member (the fastest form of a "
    "ctypes field-by-field copy) and the everyday getattr/setattr loop over a name table. "
    "The generated modules are executed from the text vmcsgen renders (the same code as "
    "generated/python, before black).",
    "Generation: in process through vmcsgen.reading.loader.load_specs, "
    "vmcsgen.export.registry.render_outputs and vmcsgen.output.files.write_outputs/"
    "check_outputs; the CLI rows run "
    "`python -m vmcsgen` as a subprocess. Cold means an empty output directory. Synthetic "
    "spec sets hold N copies of the bundled layouts and translations under new names. "
    "{gen_reps} repetition(s) for the bundled set and for spec sets of up to 40 layouts; "
    "larger sets, and the cold generate with black at 10x, run once (tens of seconds "
    "each). black.format_str is wrapped with a call counter to show that --check never "
    "formats.",
)


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.splitlines()[0] if done.stdout else "unknown"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def environment(cc: str) -> dict[str, Any]:
    return {
        "cpu": _cpu(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "cc": _first_line([cc, "--version"]),
    }


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"- {line}" for line in lines) if lines else "- none"


def _summary(rows: Sequence[Row]) -> str:
    met = sum(row.met is True for row in rows)
    missed = sum(row.met is False for row in rows)
    return f"Goals: {met} met, {missed} missed; {len(rows) - met - missed} rows have no goal."


def render(rows: Sequence[Row], meta: dict[str, Any], settings: Settings) -> str:
    env = meta["environment"]
    method = [
        text.format(
            cc=meta["cc"],
            cflags=" ".join(meta["cflags"]),
            iterations=f"{settings.c_iterations:,}",
            c_reps=settings.c_repetitions,
            batch=f"{settings.py_batch_seconds * 1000:g}",
            py_reps=settings.py_repetitions,
            gen_reps=settings.gen_repetitions,
        )
        for text in METHOD
    ]
    return "\n".join(
        [
            "# Benchmarks",
            "",
            "Regenerate with `python bench/run.py` (one and a half to three minutes on a "
            "2-core machine; it rewrites this page). `python bench/run.py --quick` is a smoke "
            "run that writes nothing unless given `--output`. The figures across several runs, "
            "and what they mean, are under [Across runs](#across-runs) at the end.",
            "",
            f"Measured {meta['date']} ({settings.mode}, {meta['seconds']:.0f} s): "
            f"{env['cpu']}, {env['cpus']} CPUs, {env['platform']}, Python {env['python']}, "
            f"{env['cc']}. This is the only machine the figures were measured on: a goal "
            "stated for both Intel and AMD CPUs (the translation floor) was checked on this "
            "CPU's vendor alone.",
            "",
            table(rows),
            "",
            _summary(rows),
            "",
            "## Goals missed",
            "",
            _bullets(miss_notes(rows)),
            "",
            "## Observations",
            "",
            _bullets(row_notes(rows)),
            "",
            "## Method",
            "",
            _bullets(method),
            "",
            NOTES.read_text("utf-8").rstrip("\n"),
            "",
        ]
    )
