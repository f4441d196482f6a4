"""What an exporter produces, and the spec files a generated file names as its sources."""

from __future__ import annotations

import hashlib
import types
from dataclasses import dataclass
from pathlib import Path

from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans, layouts_used
from vmcsgen.reading.history_loader import HISTORY_DIR
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, spec_name


@dataclass(frozen=True)
class Rendered:
    """One output file: its path below the output directory and its unformatted text."""

    path: str
    text: str

    @property
    def is_python(self) -> bool:
        return self.path.endswith(".py")

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def spec_sources(specs: SpecSet, folder: str, name: str) -> list[str]:
    """The spec files the outputs of spec `folder/name.yaml` are generated from: that file
    and the catalog it names fields from."""
    return [spec_name(specs, folder, f"{name}.yaml"), spec_name(specs, CATALOG_FILE)]


def layout_sources(specs: SpecSet, layout: Layout) -> list[str]:
    """The spec files one layout's outputs are generated from: a release's layout (see
    plans/releases.py) comes from its history file, every other from its layout spec."""
    spec = Path(layout.path)
    if spec.parent.name == HISTORY_DIR:
        return spec_sources(specs, HISTORY_DIR, spec.stem)
    return spec_sources(specs, LAYOUT_DIR, layout.name)


def load_module(name: str, text: str) -> types.ModuleType:
    """Rendered Python, compiled and loaded in memory: the generated code run from the
    specs at hand, without writing it anywhere."""
    module = types.ModuleType(name)
    exec(compile(text, f"<{name}>", "exec"), module.__dict__)
    return module


def translation_sources(specs: SpecSet, layout_names: list[str]) -> list[str]:
    """The translations file, then the layout specs the translations read or write."""
    return [
        spec_name(specs, TRANSLATIONS_FILE),
        *(spec_name(specs, LAYOUT_DIR, f"{name}.yaml") for name in layout_names),
    ]


@dataclass(frozen=True)
class TranslationInputs:
    """The plans of every declared translation and the spec files they come from."""

    plans: tuple[TranslationPlan, ...]
    sources: list[str]


def translation_inputs(specs: SpecSet) -> TranslationInputs | None:
    """None when the specs declare no translation (no translations file is generated)."""
    if not specs.translations:
        return None
    plans = build_plans(specs)
    return TranslationInputs(plans, translation_sources(specs, layouts_used(plans)))
