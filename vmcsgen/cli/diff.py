"""vmcsgen diff: layouts by name or spec file, or every layout against a git revision."""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, settings, specs_dir
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.compat import diff_layouts
from vmcsgen.plans.releases import UnknownLayout
from vmcsgen.plans.releases import resolve_layout as resolve_named
from vmcsgen.reading.loader import display_path, load_layout_file, load_specs
from vmcsgen.reading.settings import Config


class LayoutNotFound(LookupError):
    """An argument that is neither a layout of the spec directory nor a spec file's path."""


class GitRevisionError(LookupError):
    """git could not show the specs at the requested revision."""


def resolve_layout(arg: str, specs: SpecSet, diags: Diagnostics) -> Layout | None:
    """A layout of the spec directory or a documented release by name, or a layout spec file
    (say, from `git show`, or a proposal)."""
    path = Path(arg)
    if path.suffix in (".yaml", ".yml") or "/" in arg or path.exists():
        return load_layout_file(path, specs.catalog, diags)
    try:
        return resolve_named(specs, arg)
    except UnknownLayout as err:
        raise LayoutNotFound(f"{err}; and no such spec file") from None


def run_diff(old: str, new: str, specs_dir: Path, proposals: bool = False) -> tuple[list[str], int]:
    """Report lines and exit status of `vmcsgen diff OLD NEW`; raises SpecError, LayoutNotFound."""
    specs = load_specs(specs_dir, proposals)
    diags = Diagnostics()
    before, after = resolve_layout(old, specs, diags), resolve_layout(new, specs, diags)
    diags.check()
    assert before is not None and after is not None
    diff = diff_layouts(before, after, specs.translations, (old, new))
    return diff.lines(), diff.exit_status


def _git(args: list[str], cwd: Path) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    except OSError as err:
        raise GitRevisionError(f"cannot run git: {err}") from None
    if result.returncode != 0:
        raise GitRevisionError(result.stderr.strip() or f"git {' '.join(args)} failed")
    return result.stdout


def run_diff_since(revision: str, specs_dir: Path) -> tuple[list[str], int]:
    """`vmcsgen diff --since REV`: every layout spec against its version at git REV."""
    specs = load_specs(specs_dir)
    folder = specs_dir.resolve()
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], folder)
    lines: list[str] = []
    status = 0
    diags = Diagnostics()
    with tempfile.TemporaryDirectory() as scratch:
        for layout in specs.layouts:
            spec_path = (folder / "layouts" / f"{layout.name}.yaml").relative_to(top)
            listed = _git(["ls-tree", "--name-only", revision, "--", spec_path.as_posix()], top)
            label = f"{revision}:{spec_path.as_posix()}"
            if not listed.strip():
                lines.append(f"{label}: new layout {layout.name}, nothing to compare")
                continue
            old_path = Path(scratch) / f"{layout.name}.yaml"
            old_path.write_text(_git(["show", label], top), "utf-8")
            old = load_layout_file(old_path, specs.catalog, diags)
            if old is None:
                continue
            diff = diff_layouts(old, layout, specs.translations, (label, layout.name))
            lines.extend(diff.lines())
            status = max(status, diff.exit_status)
        diags.check()
    return lines, status


def _installed_package(folder: Path) -> Path | None:
    """The site-packages folder or virtual environment `folder` lies in, if any."""
    for parent in (folder, *folder.parents):
        if parent.name in ("site-packages", "dist-packages") or (parent / "pyvenv.cfg").is_file():
            return parent
    return None


def versioned_specs(args: argparse.Namespace, config: Config) -> Path:
    """The spec directory `--since` compares: the one given with --specs or in the config,
    never the specs of an installed vmcsgen (which a virtual environment inside the checkout
    would put under git's top folder)."""
    if args.specs is not None:
        folder = Path(args.specs)
    elif config.specs.is_dir():
        folder = config.specs
    else:
        raise UsageError(
            f"--since compares the spec directory of a git checkout: "
            f"{display_path(config.specs)} does not exist; pass --specs DIR"
        )
    installed = _installed_package(folder.resolve())
    if installed is not None:
        raise UsageError(
            f"--since: {display_path(folder)} is inside an installed package "
            f"({display_path(installed)}), not a spec directory of the checkout; pass --specs DIR"
        )
    return folder


def cmd_diff(args: argparse.Namespace) -> int:
    config = settings()
    layouts = [name for name in (args.old, args.new) if name is not None]
    if (args.since is None) == (len(layouts) != 2):
        raise UsageError("diff takes OLD and NEW, or --since REV alone")
    try:
        if args.since is not None:
            lines, status = run_diff_since(args.since, versioned_specs(args, config))
        else:
            lines, status = run_diff(args.old, args.new, specs_dir(args, config), args.proposals)
    except (LayoutNotFound, GitRevisionError) as err:
        raise UsageError(str(err)) from None
    print("\n".join(lines))
    return status


def register(command: AddCommand) -> None:
    diff = command("diff", "classify the changes from layout OLD to NEW as breaking or compatible")
    diff.add_argument("old", metavar="OLD", nargs="?", help="layout name or layout spec file")
    diff.add_argument("new", metavar="NEW", nargs="?", help="layout name or layout spec file")
    diff.add_argument(
        "--since",
        metavar="REV",
        help="compare every layout spec of the spec directory in use (--specs, or the "
        "config's) with its version at git REV",
    )
    diff.set_defaults(run=cmd_diff)
