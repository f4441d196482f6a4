"""Rust benchmarks: every translation of the generated crate against the same translation of
the generated C, on the same source region, in the same run.

The crate vmcsgen renders is built with cargo (release profile) next to
bench/vmcsbench/rust_bench.rs; the C side is a harness emitted here from the same plans,
built with `cc -O2` against the rendered headers. Both call each translation through a
pointer (Rust: the crate's TRANSLATIONS table; C: a noipa wrapper), check its result on
every call, and time batches of ITERATIONS calls; the two programs run alternately, one
repetition each, so that both see the same machine state. Both print a checksum of what each
translation wrote, and the suite refuses to report when they differ.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from vmcsbench.c_suite import BenchError, parse_times
from vmcsbench.context import Context, Settings, source_image
from vmcsbench.report import Row, at_most
from vmcsbench.stats import paired
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans

SECTION = "Rust"
BENCH = Path(__file__).with_name("rust_bench.rs")
CFLAGS = ("-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic")
# Debian's toolchain first: the crate is promised to build with its rustc 1.63.
PATH = f"/usr/bin:{os.environ.get('PATH', '')}"
GOAL = at_most(1.2)


def _c_call(plan: TranslationPlan) -> str:
    size = f"{plan.target.size}u, src, {plan.source.size}u"
    if plan.is_update and plan.spec.honour_clean_fields:
        return f"{plan.name}_dirty(dst, {size}, 0u)"
    return f"{plan.name}(dst, {size})"


def c_harness(plans: tuple[TranslationPlan, ...]) -> str:
    """A C program with the command line and output of rust_bench.rs, for these plans."""
    wrappers = "".join(
        f"__attribute__((noipa)) static int run_{i}(uint8_t *dst, const uint8_t *src)\n"
        f"{{\n\treturn {_c_call(plan)};\n}}\n\n"
        for i, plan in enumerate(plans)
    )
    table = "".join(
        f'\t{{"{p.name}", run_{i}, {p.source.size}, {p.target.size}}},\n'
        for i, p in enumerate(plans)
    )
    return f"""#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "vmcs_translations.h"

{wrappers}struct bench {{
\tconst char *name;
\tint (*run)(uint8_t *dst, const uint8_t *src);
\tsize_t src_size, dst_size;
}};

static const struct bench benches[] = {{
{table}}};
#define COUNT (sizeof(benches) / sizeof(benches[0]))

static double now_ns(void)
{{
\tstruct timespec ts;

\tclock_gettime(CLOCK_MONOTONIC, &ts);
\treturn ts.tv_sec * 1e9 + ts.tv_nsec;
}}

static void call(const struct bench *b, uint8_t *dst, const uint8_t *src)
{{
\tif (b->run(dst, src) != 0)
\t\tabort();
}}

int main(int argc, char **argv)
{{
\tstatic uint8_t inputs[COUNT * 8192], dst[8192];
\tconst uint8_t *sources[COUNT];
\tlong iterations, i;
\tint reps, rep;
\tsize_t k, offset = 0;
\tFILE *file;

\tif (argc != 4)
\t\treturn 2;
\titerations = atol(argv[1]);
\treps = atoi(argv[2]);
\tfile = fopen(argv[3], "rb");
\tif (!file || fread(inputs, 1, sizeof(inputs), file) == 0)
\t\treturn 2;
\tfclose(file);
\tfor (k = 0; k < COUNT; k++) {{
\t\tsources[k] = inputs + offset;
\t\toffset += benches[k].src_size;
\t}}
\tfor (k = 0; k < COUNT; k++)
\t\tfor (i = 0; i < iterations / 10 + 1; i++)
\t\t\tcall(&benches[k], dst, sources[k]);
\tfor (rep = 0; rep < reps; rep++) {{
\t\tfor (k = 0; k < COUNT; k++) {{
\t\t\tdouble start = now_ns();

\t\t\tfor (i = 0; i < iterations; i++)
\t\t\t\tcall(&benches[k], dst, sources[k]);
\t\t\tprintf("%s %d %.4f\\n", benches[k].name, rep, (now_ns() - start) / iterations);
\t\t}}
\t}}
\tfor (k = 0; k < COUNT; k++) {{
\t\tuint64_t sum = 0;

\t\tfor (i = 0; i < (long)sizeof(dst); i++)
\t\t\tdst[i] = 0;
\t\tcall(&benches[k], dst, sources[k]);
\t\tfor (i = 0; i < (long)benches[k].dst_size; i++)
\t\t\tsum = sum * 31 + (dst[i] ^ (uint64_t)(uint8_t)i);
\t\tprintf("# %s %llu\\n", benches[k].name, (unsigned long long)sum);
\t}}
\treturn 0;
}}
"""


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": PATH, "CARGO_NET_OFFLINE": "true"},
    )
    if done.returncode != 0:
        raise BenchError(f"{' '.join(command)} failed:\n{done.stderr}")
    return done.stdout


def build(
    ctx: Context, plans: tuple[TranslationPlan, ...], folder: Path, cc: str
) -> tuple[Path, Path]:
    """The Rust and the C benchmark programs, built in `folder`."""
    if shutil.which("cargo", path=PATH) is None:
        raise BenchError("the Rust suite needs cargo (apt-get install cargo)")
    crate = folder / "crate"
    for output in ctx.outputs:
        if output.path.startswith("rust/"):
            path = crate / output.path.removeprefix("rust/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(output.text, "utf-8")
    (crate / "examples").mkdir()
    shutil.copy(BENCH, crate / "examples" / "rust_bench.rs")
    _run(["cargo", "build", "--offline", "--quiet", "--release", "--example", "rust_bench"], crate)
    include = folder / "include"
    include.mkdir()
    for name, text in ctx.c_headers().items():
        (include / name).write_text(text, "utf-8")
    (folder / "c_bench.c").write_text(c_harness(plans), "utf-8")
    c_binary = folder / "c_bench"
    _run([cc, *CFLAGS, "-I", str(include), "-o", str(c_binary), str(folder / "c_bench.c")], folder)
    return crate / "target" / "release" / "examples" / "rust_bench", c_binary


def _checksums(output: str) -> dict[str, str]:
    return dict(line[2:].split() for line in output.splitlines() if line.startswith("# "))


def run(ctx: Context, settings: Settings, cc: str) -> list[Row]:
    plans = build_plans(ctx.specs)
    with tempfile.TemporaryDirectory(prefix="vmcsbench-rust-") as tmp:
        folder = Path(tmp)
        rust_binary, c_binary = build(ctx, plans, folder, cc)
        inputs = folder / "inputs"
        inputs.write_bytes(b"".join(source_image(p.source, p, seed=i) for i, p in enumerate(plans)))
        args = [str(settings.c_iterations), "1", str(inputs)]
        times: dict[str, dict[str, list[float]]] = {
            "rust": defaultdict(list),
            "c": defaultdict(list),
        }
        sums: dict[str, dict[str, str]] = {}
        for rep in range(settings.c_repetitions):
            order = [("rust", rust_binary), ("c", c_binary)]
            for side, binary in order if rep % 2 == 0 else reversed(order):
                output = _run([str(binary), *args], folder)
                for name, series in parse_times(output).items():
                    times[side][name] += series
                sums[side] = _checksums(output)
    if sums["rust"] != sums["c"]:
        differ = sorted(k for k in sums["c"] if sums["rust"].get(k) != sums["c"][k])
        raise BenchError(f"Rust and C translations wrote different bytes: {', '.join(differ)}")
    return [
        Row(
            SECTION,
            f"{'sync' if p.is_update else 'translation'} {p.source.name} → {p.target.name}",
            f"Rust {p.name}()",
            f"C {p.name}()",
            paired(times["rust"][p.name], times["c"][p.name]),
            goal=GOAL,
        )
        for p in plans
    ]
