"""vmcsgen caps: capability profiles — this host's (from /dev/kvm), a bundled one, or the list
of bundled ones — printed or written as a profile file that --caps/load_caps() reads back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vmcsgen.cli.common import AddCommand, UsageError, settings, specs_dir
from vmcsgen.model.caps import CapabilityProfile
from vmcsgen.output.caps_file import CAPS_FORMATS, render_caps
from vmcsgen.output.files import write_bytes_atomically
from vmcsgen.reading.caps_loader import CAPS_DIR, UnknownProfile, bundled_caps, find_caps
from vmcsgen.reading.loader import display_path
from vmcsgen.state.host_caps import KVM_DEVICE, HostCapsError, host_profile


def _caps_folder(args: argparse.Namespace) -> Path:
    """caps/ of the spec directory: the bundled one unless --specs or the config names one."""
    specs = specs_dir(args, settings())
    if not specs.is_dir():
        raise UsageError(f"{display_path(specs)}: spec directory not found")
    return specs / CAPS_DIR


def _list(folder: Path) -> int:
    profiles = bundled_caps(folder)
    if not profiles:
        raise UsageError(f"{display_path(folder)}: no capability profiles (*.yaml) there")
    width = max(len(p.name) for p in profiles)
    for profile in profiles:
        print(f"{profile.name:<{width}}  {profile.title}")
    return 0


def _profile(args: argparse.Namespace) -> CapabilityProfile:
    if args.cpu is not None:
        try:
            return find_caps(args.cpu, _caps_folder(args))
        except UnknownProfile as err:
            raise UsageError(str(err)) from None
    try:
        return host_profile(args.device or KVM_DEVICE)
    except HostCapsError as err:
        raise UsageError(f"{err}; `vmcsgen caps --list` shows the bundled profiles") from None


def _write(path: Path, text: str) -> None:
    if path.is_dir():
        raise UsageError(f"{display_path(path)} is a folder; -o takes a file name")
    if not path.parent.is_dir():
        raise UsageError(f"{display_path(path.parent)}: no such folder")
    try:
        write_bytes_atomically(path, text.encode("utf-8"))
    except OSError as err:
        raise UsageError(f"cannot write {display_path(path)}: {err.strerror or err}") from None


def _refuse_unused(args: argparse.Namespace) -> None:
    """A flag the chosen action would ignore is an error, not silently dropped."""
    unused = []
    if args.list:
        unused += [
            flag for flag, value in (("-o", args.output), ("--format", args.format)) if value
        ]
    if (args.list or args.cpu is not None) and args.device is not None:
        unused.append("--device")
    if unused:
        action = "--list" if args.list else "--cpu"
        raise UsageError(f"{action} does not take {' or '.join(unused)}")


def cmd_caps(args: argparse.Namespace) -> int:
    _refuse_unused(args)
    if args.list:
        return _list(_caps_folder(args))
    text = render_caps(_profile(args), args.format or CAPS_FORMATS[0])
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        _write(Path(args.output), text)
    return 0


def register(command: AddCommand) -> None:
    caps = command(
        "caps",
        "print a capability profile: this host's from /dev/kvm, or a bundled one (--cpu)",
    )
    chosen = caps.add_mutually_exclusive_group()
    chosen.add_argument(
        "--list", action="store_true", help="list the profiles of the spec directory's caps/"
    )
    chosen.add_argument("--cpu", metavar="NAME", help="print the bundled profile NAME (see --list)")
    caps.add_argument(
        "--format", choices=CAPS_FORMATS, help=f"profile file format (default: {CAPS_FORMATS[0]})"
    )
    caps.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the profile to FILE, atomically, instead of standard output (-)",
    )
    caps.add_argument(
        "--device", metavar="PATH", help=f"the KVM device to ask (default: {KVM_DEVICE})"
    )
    caps.set_defaults(run=cmd_caps)
