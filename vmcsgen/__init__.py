"""vmcsgen: exact VMCS layouts from YAML specs, rendered as Python, C and translations, and
a library for saved state. Everything in `__all__` is importable from here; it is loaded on
first use, so `vmcsgen --version` and the CLI start without it:

    import vmcsgen
    specs = vmcsgen.bundled_specs()
    result = vmcsgen.decode(specs, data)
    for diagnostic in result.diagnostics:
        print(diagnostic)

See docs/python-api.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Public name -> the module that defines it.
_EXPORTS = {
    "bundled_specs": "vmcsgen.state.api",
    "load_specs": "vmcsgen.state.api",
    "find_layout": "vmcsgen.state.api",
    "decode": "vmcsgen.state.api",
    "identify": "vmcsgen.state.api",
    "validate": "vmcsgen.state.api",
    "translate": "vmcsgen.state.api",
    "sync": "vmcsgen.state.api",
    "preflight": "vmcsgen.state.preflight",
    "Preflight": "vmcsgen.state.preflight",
    "CapabilityProfile": "vmcsgen.model.caps",
    "bundled_specs_dir": "vmcsgen.package_data",
    "read_input": "vmcsgen.state.input",
    "largest_input": "vmcsgen.state.input",
    "InputError": "vmcsgen.state.input",
    "RegionTranslator": "vmcsgen.state.translator",
    "NoTranslation": "vmcsgen.state.translator",
    "RequestError": "vmcsgen.state.results",
    "Outcome": "vmcsgen.state.results",
    "Choice": "vmcsgen.state.results",
    "Decoded": "vmcsgen.state.results",
    "Identified": "vmcsgen.state.results",
    "Validated": "vmcsgen.state.results",
    "Translation": "vmcsgen.state.results",
    "Synced": "vmcsgen.state.results",
    "HopValue": "vmcsgen.state.findings",
    "UnusedBytes": "vmcsgen.state.findings",
    "Diagnostic": "vmcsgen.model.diagnostics",
    "Location": "vmcsgen.model.diagnostics",
    "Severity": "vmcsgen.model.diagnostics",
    "SpecError": "vmcsgen.model.diagnostics",
    "SpecSet": "vmcsgen.model.spec",
    "Layout": "vmcsgen.model.spec",
    "DecodedRegion": "vmcsgen.state.region",
}

__all__ = [
    "CapabilityProfile",
    "Choice",
    "Decoded",
    "DecodedRegion",
    "Diagnostic",
    "HopValue",
    "Identified",
    "InputError",
    "Layout",
    "Location",
    "NoTranslation",
    "Outcome",
    "Preflight",
    "RegionTranslator",
    "RequestError",
    "Severity",
    "SpecError",
    "SpecSet",
    "Synced",
    "Translation",
    "UnusedBytes",
    "Validated",
    "__version__",
    "bundled_specs",
    "bundled_specs_dir",
    "decode",
    "find_layout",
    "identify",
    "largest_input",
    "load_specs",
    "preflight",
    "read_input",
    "sync",
    "translate",
    "validate",
]

if TYPE_CHECKING:
    from vmcsgen.model.caps import CapabilityProfile
    from vmcsgen.model.diagnostics import Diagnostic, Location, Severity, SpecError
    from vmcsgen.model.spec import Layout, SpecSet
    from vmcsgen.package_data import bundled_specs_dir
    from vmcsgen.state.api import (
        bundled_specs,
        decode,
        find_layout,
        identify,
        load_specs,
        sync,
        translate,
        validate,
    )
    from vmcsgen.state.findings import HopValue, UnusedBytes
    from vmcsgen.state.input import InputError, largest_input, read_input
    from vmcsgen.state.preflight import Preflight, preflight
    from vmcsgen.state.region import DecodedRegion
    from vmcsgen.state.results import (
        Choice,
        Decoded,
        Identified,
        Outcome,
        RequestError,
        Synced,
        Translation,
        Validated,
    )
    from vmcsgen.state.translator import NoTranslation, RegionTranslator


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vmcsgen' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
