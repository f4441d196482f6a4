"""Where the templates and bundled specs are: in the installed package, or in a checkout."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def package_folder(package: str, checkout_folder: str) -> Traversable:
    """`package` as installed (the wheel maps top-level folders into vmcsgen.*), else the
    top-level folder of the source checkout this module was imported from."""
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / checkout_folder


def bundled_specs_dir() -> Path:
    """The directory of the specs installed with vmcsgen."""
    return Path(str(package_folder("vmcsgen.specs", "specs")))
