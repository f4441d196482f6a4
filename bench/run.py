"""Run every vmcsgen benchmark and report ratios against same-run baselines.

    python bench/run.py            # full run (2-3 minutes), writes docs/benchmarks.md
    python bench/run.py --quick    # smoke run, prints the table, writes nothing

See docs/benchmarks.md for what is measured and how.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from vmcsbench import c_suite, checks_suite, document, gen_suite, py_suite, rust_suite
from vmcsbench.context import REPO, Context, Settings
from vmcsbench.report import Row, as_json

SUITES = ("c", "python", "generation", "checks", "rust")
# The Rust suite's release build takes a minute, and the entry-check suite has its own smoke
# test (tests/test_entry_checks_generated.py): a smoke run includes them only when asked to.
QUICK_SUITES = ("c", "python", "generation")
DEFAULT_OUTPUT = REPO / "docs" / "benchmarks.md"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short smoke run")
    parser.add_argument(
        "--output", type=Path, help=f"Markdown report (default: {DEFAULT_OUTPUT}, full runs only)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--cc", default=os.environ.get("CC", "gcc"), help="C compiler (gcc)")
    parser.add_argument(
        "--only", choices=SUITES, action="append", help="run only this suite (repeatable)"
    )
    return parser


def _suites(ctx: Context, settings: Settings, cc: str) -> dict[str, Callable[[], list[Row]]]:
    return {
        "c": lambda: c_suite.run(ctx, settings, cc),
        "python": lambda: py_suite.run(ctx, settings),
        "generation": lambda: gen_suite.run(ctx, settings),
        "checks": lambda: checks_suite.run(ctx, settings, cc),
        "rust": lambda: rust_suite.run(ctx, settings, cc),
    }


def run_suites(ctx: Context, settings: Settings, cc: str, only: Sequence[str]) -> list[Row]:
    rows: list[Row] = []
    for name, suite in _suites(ctx, settings, cc).items():
        if name not in only:
            continue
        start = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        rows += suite()
        print(f"bench: {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return rows


def _output(args: argparse.Namespace) -> Path | None:
    if args.output is not None:
        return Path(args.output)
    return None if args.quick else DEFAULT_OUTPUT


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.smoke() if args.quick else Settings.full()
    start = time.perf_counter()
    ctx = Context.load()
    try:
        default = QUICK_SUITES if args.quick else SUITES
        rows = run_suites(ctx, settings, args.cc, args.only or default)
    except c_suite.BenchError as err:
        print(f"bench: error: {err}", file=sys.stderr)
        return 1
    meta: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": settings.mode,
        "seconds": time.perf_counter() - start,
        "cc": args.cc,
        "cflags": list(c_suite.CFLAGS),
        "environment": document.environment(args.cc),
    }
    text = document.render(rows, meta, settings)
    print(text)
    output = _output(args)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, "utf-8")
        print(f"bench: wrote {output}", file=sys.stderr)
    if args.json is not None:
        Path(args.json).write_text(as_json(rows, meta), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
