"""What every command shares: settings, the spec directory, layout lookup, and writing or
checking a set of rendered files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from vmcsgen.export.rendered import Rendered
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import SpecSet
from vmcsgen.output.files import check_outputs, write_outputs
from vmcsgen.package_data import bundled_specs_dir
from vmcsgen.reading.loader import display_path, load_specs
from vmcsgen.reading.settings import Config, load_config
from vmcsgen.state import input as state_input
from vmcsgen.state.api import find_layout

__all__ = ["AddCommand", "UsageError", "find_layout", "load", "read_input", "write_or_check"]

# Adds one subcommand (with the --specs option every command takes) and returns its parser.
AddCommand = Callable[[str, str], argparse.ArgumentParser]


class UsageError(Exception):
    """A request that cannot be carried out; reported as `vmcsgen: error: ...`."""


def settings() -> Config:
    diags = Diagnostics()
    config = load_config(Path.cwd(), diags)
    diags.check()
    return config


def specs_dir(args: argparse.Namespace, config: Config) -> Path:
    if args.specs is not None:
        return Path(args.specs)
    return config.specs if config.specs.is_dir() else bundled_specs_dir()


def load(args: argparse.Namespace) -> tuple[SpecSet, Config]:
    config = settings()
    return load_specs(specs_dir(args, config), args.proposals), config


def read_input(specs: SpecSet, path: str) -> bytes:
    """The binary input at `path` (`-`: standard input), read no further than the largest
    region or blob of `specs`; InputError (printed by main) otherwise."""
    return state_input.read_input(path, state_input.largest_input(specs))


def _progress_line(done: int, total: int, path: str) -> None:
    """One self-overwriting line on a terminal while black formats the outputs."""
    print(f"\r\033[K[{done + 1}/{total}] {path}", end="", file=sys.stderr, flush=True)


def _not_a_folder(out: Path) -> str | None:
    """Why `out` cannot be the output folder, or None."""
    for path in (out, *out.parents):
        if path.exists() or path.is_symlink():
            return None if path.is_dir() else f"{display_path(path)}: error: not a folder"
    return None


def _warn_strays(out: Path, strays: list[str], regenerate: str) -> None:
    for path in strays:
        print(
            f"{display_path(out / path)}: warning: not written by `{regenerate}`; left alone",
            file=sys.stderr,
        )


def _check(out: Path, outputs: list[Rendered], regenerate: str) -> int:
    status = check_outputs(out, outputs)
    for label, paths in (
        ("stale", status.stale),
        ("missing", status.missing),
        ("extra", status.extra),
    ):
        for path in paths:
            print(f"{display_path(out / path)}: {label}", file=sys.stderr)
    _warn_strays(out, status.strays, regenerate)
    for path in status.leftovers:
        print(
            f"{display_path(out / path)}: warning: staging file of an interrupted run; "
            f"`{regenerate}` removes it",
            file=sys.stderr,
        )
    if not status.clean:
        print(f"files are out of date: run `{regenerate}`", file=sys.stderr)
        return 1
    print(f"{display_path(out)}: {len(outputs) + 1} files up to date")
    return 0


def write_or_check(out: Path, outputs: list[Rendered], check: bool, regenerate: str) -> int:
    refused = _not_a_folder(out)
    if refused is not None:
        print(f"{refused}; nothing written", file=sys.stderr)
        return 1
    if check:
        return _check(out, outputs, regenerate)
    terminal = sys.stderr.isatty()
    try:
        done = write_outputs(out, outputs, _progress_line if terminal else None)
    except OSError as err:
        failed = Path(err.filename) if err.filename else out
        if terminal:
            print("\r\033[K", end="", file=sys.stderr)
        print(
            f"{display_path(failed)}: error: {err.strerror or err}; nothing written",
            file=sys.stderr,
        )
        return 1
    if terminal:
        print("\r\033[K", end="", file=sys.stderr)
    for path in done.written:
        print(f"wrote {display_path(out / path)}")
    for path in done.removed:
        print(f"removed {display_path(out / path)}")
    _warn_strays(out, done.strays, regenerate)
    print(f"{display_path(out)}: {done.total} files, {len(done.written)} changed")
    return 0
