"""Write rendered outputs atomically, all or nothing, or check that they are current."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vmcsgen.export.rendered import Rendered
from vmcsgen.output import formatting

BANNER_MARK = "by vmcsgen"


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _ours(path: Path) -> bool:
    text = _read(path)
    return text is not None and BANNER_MARK in text[:2000]


@dataclass(frozen=True)
class Status:
    stale: list[str]
    missing: list[str]
    extra: list[str]

    @property
    def clean(self) -> bool:
        return not (self.stale or self.missing or self.extra)


def check_outputs(out: Path, outputs: list[Rendered]) -> Status:
    stale, missing = [], []
    for output in outputs:
        existing = _read(out / output.path)
        if existing is None:
            missing.append(output.path)
        elif not formatting.is_current(output, existing):
            stale.append(output.path)
    return Status(stale, missing, _extra(out, outputs))


def _extra(out: Path, outputs: list[Rendered]) -> list[str]:
    """Files vmcsgen wrote earlier (they carry its banner) that it no longer produces."""
    wanted = {o.path for o in outputs}
    folders = sorted({Path(o.path).parent for o in outputs})
    found = []
    for folder in folders:
        if (out / folder).is_dir():
            for path in sorted((out / folder).iterdir()):
                rel = (folder / path.name).as_posix()
                if rel not in wanted and path.is_file() and _ours(path):
                    found.append(rel)
    return found


Progress = Callable[[int, int, str], None]


def write_outputs(
    out: Path, outputs: list[Rendered], progress: Progress | None = None
) -> list[str]:
    """Write what changed, all or nothing: every file is formatted and staged before any
    rename, so a failure leaves the output directory as it was. Returns the paths written.
    `progress(done, total, path)` is called before each file is formatted and staged."""
    status = check_outputs(out, outputs)
    changed = set(status.stale) | set(status.missing)
    pending = [output for output in outputs if output.path in changed]
    staged: list[tuple[Path, Path]] = []
    try:
        for done, output in enumerate(pending):
            if progress is not None:
                progress(done, len(pending), output.path)
            target = out / output.path
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            staged.append((Path(name), target))
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(formatting.final_text(output))
            os.chmod(name, 0o644)
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, target in staged:
        os.replace(temp, target)
    for rel in status.extra:
        (out / rel).unlink()
    return sorted(changed) + status.extra


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
