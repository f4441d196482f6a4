"""What every suite works from: the specs, the rendered outputs, and the run's settings."""

from __future__ import annotations

import random
import sys
import types
from dataclasses import dataclass
from pathlib import Path

from vmcsgen.export.registry import render_outputs
from vmcsgen.export.rendered import Rendered, load_module
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans
from vmcsgen.reading.loader import load_specs
from vmcsgen.reading.settings import Config, load_config

BITS_MODULE = "vmcs_bits"

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Settings:
    """How long to measure: the full run, or a quick smoke run."""

    quick: bool
    c_iterations: int
    c_repetitions: int
    py_repetitions: int
    py_batch_seconds: float
    gen_repetitions: int
    scales: tuple[int, ...]
    black_scale: int | None

    @classmethod
    def full(cls) -> Settings:
        return cls(False, 100_000, 41, 11, 0.02, 3, (10, 100), 10)

    @classmethod
    def smoke(cls) -> Settings:
        return cls(True, 5_000, 3, 3, 0.001, 1, (2, 4), None)

    @property
    def mode(self) -> str:
        return "quick smoke run (--quick)" if self.quick else "full run"


@dataclass(frozen=True)
class Context:
    """The bundled specs, loaded once, with their outputs rendered in memory (not formatted)."""

    config: Config
    specs: SpecSet
    outputs: tuple[Rendered, ...]

    @classmethod
    def load(cls, root: Path = REPO) -> Context:
        diags = Diagnostics()
        config = load_config(root, diags)
        diags.check()
        specs = load_specs(config.specs)
        return cls(config, specs, tuple(render_outputs(specs, config)))

    def layout(self, name: str) -> Layout:
        return self.specs.by_name[name]

    def plan(self, source: str, target: str) -> TranslationPlan:
        """The declared conversion from source to target."""
        return self._translation(source, target, update=False)

    def sync(self, source: str, target: str) -> TranslationPlan:
        """The declared sync (update-mode translation) from source to target."""
        return self._translation(source, target, update=True)

    def _translation(self, source: str, target: str, update: bool) -> TranslationPlan:
        plans = {
            (p.source.name, p.target.name): p
            for p in build_plans(self.specs)
            if p.is_update == update
        }
        return plans[(source, target)]

    def output(self, path: str) -> str:
        return next(o.text for o in self.outputs if o.path == path)

    def c_headers(self) -> dict[str, str]:
        """File name -> text of every generated C header."""
        return {Path(o.path).name: o.text for o in self.outputs if o.path.startswith("c/")}

    def python_module(self, stem: str) -> types.ModuleType:
        """A generated Python module, executed from its rendered text without writing it.

        Layout modules import the generated vmcs_bits as a sibling; it is registered in
        sys.modules the same way first."""
        text = self.output(f"python/{stem}.py")
        if stem != BITS_MODULE and f"import {BITS_MODULE}" in text:
            sys.modules.setdefault(BITS_MODULE, self.python_module(BITS_MODULE))
        return load_module(f"vmcsbench_generated_{stem}", text)


def source_image(layout: Layout, plan: TranslationPlan | None = None, seed: int = 1) -> bytes:
    """A region of random bytes carrying the layout's revision id, translatable by plan:
    every value the destination could not keep holds its default."""
    image = bytearray(random.Random(seed).randbytes(layout.size))
    image[0:4] = layout.revision.to_bytes(4, "little")
    for blocker in plan.blockers if plan is not None else ():
        end = blocker.src_offset + blocker.size
        image[blocker.src_offset : end] = blocker.default.to_bytes(blocker.size, "little")
    return bytes(image)
