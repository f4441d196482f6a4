"""Write rendered outputs atomically, all or nothing, or check that they are current."""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from vmcsgen.export.rendered import Rendered
from vmcsgen.output import formatting

MANIFEST = "vmcsgen-manifest.txt"
_MANIFEST_HEAD = (
    "# The files vmcsgen wrote in this folder, one a line; do not edit. A later run\n"
    "# deletes only files listed here that it no longer writes.\n"
)
# Per-run staging files: `.<name>.<random>.vmcsgen-staging` next to their target. Older
# versions staged as `.<name>.<8 random characters>`; both are recognised as leftovers.
STAGING_SUFFIX = ".vmcsgen-staging"
_OLD_STAGING = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}$")


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def manifest(outputs: list[Rendered]) -> Rendered:
    """The manifest of a run that writes `outputs`: sorted, so it is deterministic."""
    return Rendered(MANIFEST, _MANIFEST_HEAD + "".join(f"{path}\n" for path in _paths(outputs)))


def _paths(outputs: list[Rendered]) -> list[str]:
    return sorted(o.path for o in outputs)


def _listed(out: Path) -> set[str]:
    """The files the previous run's manifest lists; paths that leave `out` are ignored."""
    text = _read(out / MANIFEST)
    if text is None:
        return set()
    listed = set()
    for line in text.splitlines():
        path = PurePosixPath(line)
        if line and not line.startswith("#") and not path.is_absolute() and ".." not in path.parts:
            listed.add(path.as_posix())
    return listed


@dataclass(frozen=True)
class Status:
    """stale, missing: outputs whose file differs or is absent; extra: files the previous
    run wrote that this one does not (a generate deletes them); strays: other files in an
    output folder, left alone; leftovers: staging files of an interrupted run (a generate
    deletes them)."""

    stale: list[str]
    missing: list[str]
    extra: list[str]
    strays: list[str]
    leftovers: list[str]

    @property
    def clean(self) -> bool:
        return not (self.stale or self.missing or self.extra)


def _is_staging(name: str, targets: set[str]) -> bool:
    if name.startswith(".") and name.endswith(STAGING_SUFFIX):
        return True
    old = _OLD_STAGING.match(name)
    return old is not None and old.group("target") in targets


def _others(out: Path, outputs: list[Rendered], listed: set[str]) -> tuple[list[str], list[str]]:
    """Files in the output folders that no run wrote: (strays, leftover staging files).
    Only leftovers are looked for in the folder of the manifest alone."""
    known = {o.path for o in outputs} | listed | {MANIFEST}
    folders = {PurePosixPath(path).parent for path in known}
    strays, leftovers = [], []
    for folder in sorted(folders):
        names = {PurePosixPath(path).name for path in known if PurePosixPath(path).parent == folder}
        has_outputs = any(PurePosixPath(o.path).parent == folder for o in outputs)
        try:
            entries = sorted((out / folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            rel = (folder / entry.name).as_posix()
            if rel in known or not entry.is_file():
                continue
            if _is_staging(entry.name, names):
                leftovers.append(rel)
            elif has_outputs:
                strays.append(rel)
    return strays, leftovers


def check_outputs(out: Path, outputs: list[Rendered]) -> Status:
    stale, missing = [], []
    for output in [*outputs, manifest(outputs)]:
        existing = _read(out / output.path)
        if existing is None:
            missing.append(output.path)
        elif not formatting.is_current(output, existing):
            stale.append(output.path)
    listed = _listed(out)
    wanted = {o.path for o in outputs}
    extra = sorted(path for path in listed - wanted if (out / path).is_file())
    strays, leftovers = _others(out, outputs, listed)
    return Status(stale, missing, extra, strays, leftovers)


@dataclass(frozen=True)
class Written:
    """What write_outputs() did: files written (the manifest included), files removed
    (written by an earlier run and no longer produced, or staging files an interrupted run
    left), strays left alone; `total` counts the files it keeps, the manifest included."""

    written: list[str]
    removed: list[str]
    strays: list[str]
    total: int


Progress = Callable[[int, int, str], None]


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output folder: a second run waits for the first one
    instead of meeting its half-staged files."""
    handle = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _stage(target: Path, output: Rendered) -> Path:
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=STAGING_SUFFIX
    )
    staged = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(formatting.final_text(output))
        os.chmod(staged, 0o644)
    except BaseException as err:
        staged.unlink(missing_ok=True)
        if isinstance(err, OSError) and err.filename is None:
            err.filename = str(target)
        raise
    return staged


def write_outputs(out: Path, outputs: list[Rendered], progress: Progress | None = None) -> Written:
    """Write what changed, all or nothing: every file is formatted and staged before any
    rename, so a failure leaves the output directory as it was. The manifest is replaced
    last, so a run killed on the way leaves one that still names every file it may have
    written. Only one run writes a folder at a time.
    `progress(done, total, path)` is called before each file is formatted and staged."""
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        status = check_outputs(out, outputs)
        changed = set(status.stale) | set(status.missing)
        pending = [output for output in [*outputs, manifest(outputs)] if output.path in changed]
        staged: list[tuple[Path, Path]] = []
        try:
            for done, output in enumerate(pending):
                if progress is not None:
                    progress(done, len(pending), output.path)
                target = out / output.path
                target.parent.mkdir(parents=True, exist_ok=True)
                staged.append((_stage(target, output), target))
        except BaseException:
            for temp, _ in staged:
                temp.unlink(missing_ok=True)
            raise
        # The old manifest names what is removed until the new one replaces it, last.
        last = [pair for pair in staged if pair[1] == out / MANIFEST]
        for temp, target in [pair for pair in staged if pair not in last]:
            os.replace(temp, target)
        for rel in status.extra + status.leftovers:
            (out / rel).unlink(missing_ok=True)
        for temp, target in last:
            os.replace(temp, target)
    return Written(
        sorted(changed), status.extra + status.leftovers, status.strays, len(outputs) + 1
    )


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename: readers see the old file or the new one."""
    handle, temp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
