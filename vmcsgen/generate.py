"""Render every output for a spec set, format it, and write it atomically (or check it)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vmcsgen import export_c, export_python
from vmcsgen.config import Config
from vmcsgen.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, spec_name
from vmcsgen.model import SpecSet
from vmcsgen.translation_plan import build_plans

BANNER_MARK = "by vmcsgen"
DIGEST_PREFIX = "# vmcsgen-digest: "


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


def render_outputs(specs: SpecSet, config: Config) -> list[Rendered]:
    types = export_c.CTypes(config.c_types)
    catalog = spec_name(specs, CATALOG_FILE)
    outputs: list[Rendered] = []
    for layout in specs.layouts:
        sources = [spec_name(specs, LAYOUT_DIR, f"{layout.name}.yaml"), catalog]
        outputs.append(
            Rendered(
                f"python/{layout.name}.py",
                export_python.render_layout(layout, sources, config.spdx),
            )
        )
        outputs.append(
            Rendered(
                f"c/{layout.name}.h",
                export_c.render_layout(layout, sources, types, config.spdx),
            )
        )
    if specs.translations:
        plans = build_plans(specs)
        used = sorted({name for p in plans for name in (p.source.name, p.target.name)})
        sources = [spec_name(specs, TRANSLATIONS_FILE)]
        sources += [spec_name(specs, LAYOUT_DIR, f"{name}.yaml") for name in used]
        outputs.append(
            Rendered(
                "python/vmcs_translations.py",
                export_python.render_translations(plans, sources, config.spdx),
            )
        )
        outputs.append(
            Rendered(
                "c/vmcs_translations.h",
                export_c.render_translations(plans, sources, types, config.spdx),
            )
        )
    return outputs


def _seal(formatted: str, source_digest: str) -> str:
    """Append the digests that let --check verify a Python file without running black."""
    body_digest = hashlib.sha256(formatted.encode()).hexdigest()
    return f"{formatted}{DIGEST_PREFIX}{source_digest} {body_digest}\n"


def _is_current(output: Rendered, existing: str) -> bool:
    if not output.is_python:
        return existing == output.text
    body, _, trailer = existing.rstrip("\n").rpartition("\n")
    if not trailer.startswith(DIGEST_PREFIX):
        return False
    digests = trailer.removeprefix(DIGEST_PREFIX).split()
    body_digest = hashlib.sha256(f"{body}\n".encode()).hexdigest()
    return digests == [output.digest, body_digest]


def final_text(output: Rendered) -> str:
    if not output.is_python:
        return output.text
    return _seal(format_python(output.text), output.digest)


def format_python(text: str) -> str:
    # black is imported here, not at the top: --check and the other commands never format,
    # and the import alone costs about 70 ms.
    import black

    mode = black.Mode(line_length=100, target_versions={black.mode.TargetVersion.PY310})
    return black.format_str(text, mode=mode)


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
        elif not _is_current(output, existing):
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
                stream.write(final_text(output))
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
