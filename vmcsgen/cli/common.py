"""What every command shares: settings, the spec directory, layout lookup, and writing or
checking a set of rendered files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from vmcsgen.export.rendered import Rendered
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.output.files import check_outputs, write_outputs
from vmcsgen.package_data import package_folder
from vmcsgen.plans.releases import UnknownLayout, resolve_layout
from vmcsgen.reading.loader import display_path, load_specs
from vmcsgen.reading.settings import Config, load_config

# Adds one subcommand (with the --specs option every command takes) and returns its parser.
AddCommand = Callable[[str, str], argparse.ArgumentParser]


class UsageError(Exception):
    """A request that cannot be carried out; reported as `vmcsgen: error: ...`."""


def bundled_specs() -> Path:
    return Path(str(package_folder("vmcsgen.specs", "specs")))


def settings() -> Config:
    diags = Diagnostics()
    config = load_config(Path.cwd(), diags)
    diags.check()
    return config


def specs_dir(args: argparse.Namespace, config: Config) -> Path:
    if args.specs is not None:
        return Path(args.specs)
    return config.specs if config.specs.is_dir() else bundled_specs()


def load(args: argparse.Namespace) -> tuple[SpecSet, Config]:
    config = settings()
    return load_specs(specs_dir(args, config), args.proposals), config


def find_layout(specs: SpecSet, name: str) -> Layout:
    """A bundled layout or a documented release (`kvm_vmcs12@6.1`) by name."""
    try:
        return resolve_layout(specs, name)
    except UnknownLayout as err:
        raise UsageError(str(err)) from None


def read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise UsageError(f"{path}: {err.strerror or err}") from None


def _progress_line(done: int, total: int, path: str) -> None:
    """One self-overwriting line on a terminal while black formats the outputs."""
    print(f"\r\033[K[{done + 1}/{total}] {path}", end="", file=sys.stderr, flush=True)


def write_or_check(out: Path, outputs: list[Rendered], check: bool, regenerate: str) -> int:
    if check:
        status = check_outputs(out, outputs)
        for label, paths in (
            ("stale", status.stale),
            ("missing", status.missing),
            ("extra", status.extra),
        ):
            for path in paths:
                print(f"{display_path(out / path)}: {label}", file=sys.stderr)
        if not status.clean:
            print(f"files are out of date: run `{regenerate}`", file=sys.stderr)
            return 1
        print(f"{display_path(out)}: {len(outputs)} files up to date")
        return 0
    written = write_outputs(out, outputs, _progress_line if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    for path in written:
        print(f"wrote {display_path(out / path)}")
    print(f"{display_path(out)}: {len(outputs)} files, {len(written)} changed")
    return 0
