"""Generation benchmarks: cold generate, --check, and scaling with the number of layouts."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import black
import yaml

from vmcsbench.context import REPO, Context, Settings
from vmcsbench.report import Row, at_most
from vmcsbench.stats import interleave, paired, seconds
from vmcsgen.export.registry import render_outputs
from vmcsgen.output.files import check_outputs, write_outputs
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, load_specs
from vmcsgen.reading.settings import Config

SECTION = "Generation"
REPEATED_UP_TO = 40  # layouts; larger spec sets are measured once


def synthetic_specs(bundled: Path, root: Path, copies: int) -> Path:
    """`copies` copies of every bundled layout (and translation) under new names; copy 0
    keeps the bundled names, so copies=1 is the bundled spec set itself."""
    (root / LAYOUT_DIR).mkdir(parents=True)
    shutil.copyfile(bundled / CATALOG_FILE, root / CATALOG_FILE)
    layouts = sorted((bundled / LAYOUT_DIR).glob("*.yaml"))
    document = yaml.safe_load((bundled / TRANSLATIONS_FILE).read_text("utf-8"))
    translations = []
    for index in range(copies):
        suffix = f"_copy{index}" if index else ""
        for path in layouts:
            text = re.sub(
                rf"^layout: {path.stem}$",
                f"layout: {path.stem}{suffix}",
                path.read_text("utf-8"),
                flags=re.MULTILINE,
            )
            (root / LAYOUT_DIR / f"{path.stem}{suffix}.yaml").write_text(text, "utf-8")
        for item in document["translations"]:
            translations.append(
                {**copy.deepcopy(item), "from": item["from"] + suffix, "to": item["to"] + suffix}
            )
    text = yaml.safe_dump({"translations": translations}, sort_keys=False)
    (root / TRANSLATIONS_FILE).write_text(text, "utf-8")
    return root


class Workspace:
    """A temporary directory handing out fresh, empty output directories."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._count = 0

    def fresh(self) -> Path:
        self._count += 1
        return self.root / f"out{self._count}"


def _config(ctx: Context, specs: Path, out: Path) -> Config:
    return Config(specs=specs, out=out, c_types=ctx.config.c_types, spdx=ctx.config.spdx)


def render_only(ctx: Context, specs: Path) -> Callable[[], float]:
    """Load and render: all of vmcsgen's own work, without black and without writing."""
    return lambda: seconds(lambda: render_outputs(load_specs(specs), _config(ctx, specs, specs)))


def cold_generate(ctx: Context, specs: Path, space: Workspace) -> Callable[[], float]:
    """Load, render, format and write every output into a new, empty directory."""

    def once() -> None:
        out = space.fresh()
        write_outputs(out, render_outputs(load_specs(specs), _config(ctx, specs, out)))

    return lambda: seconds(once)


def check_generated(ctx: Context, specs: Path, out: Path) -> Callable[[], float]:
    """`vmcsgen generate --check` in process, on an up-to-date tree."""

    def once() -> None:
        status = check_outputs(out, render_outputs(load_specs(specs), _config(ctx, specs, out)))
        assert status.clean, "the tree written a moment ago is not up to date"

    return lambda: seconds(once)


def cli(*args: str) -> Callable[[], float]:
    command = [sys.executable, "-m", "vmcsgen", *args]
    return lambda: seconds(
        lambda: subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    )


def black_import_seconds() -> float | None:
    """What importing black costs the CLI (python -X importtime), or None if unknown."""
    command = [sys.executable, "-X", "importtime", "-c", "import vmcsgen.cli"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    for line in done.stderr.splitlines():
        fields = line.split("|")
        if len(fields) == 3 and fields[2].strip() == "black":
            return int(fields[1]) * 1e-6
    return None


def _cli_notes() -> tuple[str, ...]:
    cost = black_import_seconds()
    if cost is None:
        return ()
    return (
        f"Starting the CLI imports black ({cost * 1e3:.0f} ms by python -X importtime) "
        "because vmcsgen.output.formatting imports it at module level, so --check and "
        "--version pay for it although they never format.",
    )


class BlackSpy:
    """Counts black.format_str calls made by the actions it wraps."""

    def __init__(self, spy: mock.MagicMock) -> None:
        self._spy = spy
        self.calls: dict[str, int] = {}

    def counted(self, name: str, action: Callable[[], float]) -> Callable[[], float]:
        def counted_action() -> float:
            before = self._spy.call_count
            elapsed = action()
            self.calls[name] = self._spy.call_count - before
            return elapsed

        return counted_action


@contextmanager
def black_spy() -> Iterator[BlackSpy]:
    with mock.patch.object(black, "format_str", wraps=black.format_str) as spy:
        yield BlackSpy(spy)


def up_to_date_tree(ctx: Context, specs: Path, space: Workspace) -> Path:
    """A private, up-to-date output tree: a copy of the repository's generated/ when that is
    current (cheap), else a freshly written one (which runs black)."""
    outputs = render_outputs(load_specs(specs), _config(ctx, specs, ctx.config.out))
    tree = space.fresh()
    if specs == ctx.config.specs and ctx.config.out.is_dir():
        shutil.copytree(ctx.config.out, tree)
        if check_outputs(tree, outputs).clean:
            return tree
        shutil.rmtree(tree)
    write_outputs(tree, outputs)
    return tree


def _single(ctx: Context, settings: Settings, specs: Path, space: Workspace) -> list[Row]:
    tree = up_to_date_tree(ctx, specs, space)
    with black_spy() as spy:
        actions = [
            render_only(ctx, specs),
            spy.counted("cold", cold_generate(ctx, specs, space)),
            spy.counted("check", check_generated(ctx, specs, tree)),
            cli("--version"),
            cli("generate", "--check", "--specs", str(specs), "--out", str(tree)),
        ]
        render, cold, check, version, cli_check = interleave(actions, settings.gen_repetitions)
    formatted, skipped = spy.calls["cold"], spy.calls["check"]
    count = len(ctx.specs.layouts)
    return [
        Row(
            SECTION,
            f"generate, cold ({count} bundled layouts, in process)",
            "load + render + black + write",
            "load + render only",
            paired(cold, render),
            notes=(
                f"A cold generate called black.format_str {formatted} times; "
                f"generate --check called it {skipped} times.",
            ),
        ),
        Row(
            SECTION,
            "generate --check, unchanged tree (in process)",
            "load + render + digest check",
            "cold generate",
            paired(check, cold),
            goal_text="black not run (0 format calls)",
            met_override=skipped == 0,
            why=f"check_outputs() called black.format_str {skipped} times.",
        ),
        Row(
            SECTION,
            "`vmcsgen generate --check`, unchanged tree (CLI)",
            "CLI --check",
            "CLI --version (interpreter + imports)",
            paired(cli_check, version),
            notes=_cli_notes(),
        ),
    ]


def _per_layout_row(
    label: str, subject: list[float], baseline: list[float], scale: int, base: int
) -> Row:
    """Time per layout at `scale`x the bundled layouts against time per layout at 1x."""
    return Row(
        SECTION,
        f"{label}, {scale * base} layouts ({scale}x), time per layout",
        f"{scale * base} layouts",
        f"{base} layouts",
        paired([s / (scale * base) for s in subject], [b / base for b in baseline]),
        at_most(1.5),
        why=(
            "Time per layout grew with the number of layouts: some step is worse than "
            "linear in the size of the spec set."
        ),
    )


def _scaling(ctx: Context, settings: Settings, bundled: Path, space: Workspace) -> list[Row]:
    """Per-layout time of N-fold spec sets against the bundled set, each pair interleaved;
    sets of more than REPEATED_UP_TO layouts (tens of seconds each) are measured once."""
    base = len(ctx.specs.layouts)
    sets: dict[int, Path] = {}

    def spec_set(copies: int) -> Path:
        if copies not in sets:
            sets[copies] = synthetic_specs(bundled, space.root / f"specs{copies}", copies)
        return sets[copies]

    rows = []
    for n in settings.scales:
        reps = settings.gen_repetitions if n * base <= REPEATED_UP_TO else 1
        pair = [render_only(ctx, spec_set(1)), render_only(ctx, spec_set(n))]
        small, large = interleave(pair, reps)
        rows.append(_per_layout_row("load + render (no black)", large, small, n, base))
    if settings.black_scale is not None:
        n = settings.black_scale
        pair = [cold_generate(ctx, spec_set(1), space), cold_generate(ctx, spec_set(n), space)]
        small, large = interleave(pair, 1)
        rows.append(_per_layout_row("cold generate (with black)", large, small, n, base))
    return rows


def run(ctx: Context, settings: Settings) -> list[Row]:
    bundled = ctx.config.specs
    with tempfile.TemporaryDirectory(prefix="vmcsbench-gen-") as tmp:
        space = Workspace(Path(tmp))
        return [
            *_single(ctx, settings, bundled, space),
            *_scaling(ctx, settings, bundled, space),
        ]
