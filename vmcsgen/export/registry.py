"""The one list of outputs: `vmcsgen generate` writes every GENERATED exporter's files,
`vmcsgen docs` every DOCS exporter's. A new output is a template folder, an exporter module
with an `outputs(specs, settings)` function, and one line here."""

from __future__ import annotations

from collections.abc import Callable

from vmcsgen.export import (
    bits,
    c,
    container,
    docs,
    entry_checks_c,
    entry_checks_python,
    isf,
    kvm,
    kvm_selftests,
    python,
    rust,
    shadow_fields,
)
from vmcsgen.export.docs import spec_format
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.settings import Config

Exporter = Callable[[SpecSet, Config], list[Rendered]]

GENERATED: tuple[Exporter, ...] = (
    python.outputs,
    c.outputs,
    isf.outputs,
    bits.outputs,
    shadow_fields.outputs,
    container.outputs,
    kvm.outputs,
    kvm_selftests.outputs,
    rust.outputs,
    entry_checks_python.outputs,
    entry_checks_c.outputs,
)
DOCS: tuple[Exporter, ...] = (docs.outputs, spec_format.outputs)


def _run(exporters: tuple[Exporter, ...], specs: SpecSet, settings: Config) -> list[Rendered]:
    return [output for exporter in exporters for output in exporter(specs, settings)]


def render_outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """Every file `vmcsgen generate` writes, unformatted."""
    return _run(GENERATED, specs, settings)


def render_docs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """Every file `vmcsgen docs` writes."""
    return _run(DOCS, specs, settings)
