"""The final text of a rendered file: Python is formatted by black and sealed with digests
that let a freshness check trust it without running black again."""

from __future__ import annotations

import hashlib

from vmcsgen.export.rendered import Rendered

DIGEST_PREFIX = "# vmcsgen-digest: "


def format_python(text: str) -> str:
    # black is imported here, not at the top: --check and the other commands never format,
    # and the import alone costs about 70 ms.
    import black

    mode = black.Mode(line_length=100, target_versions={black.mode.TargetVersion.PY310})
    return black.format_str(text, mode=mode)


def _seal(formatted: str, source_digest: str) -> str:
    """Append the digests that let --check verify a Python file without running black."""
    body_digest = hashlib.sha256(formatted.encode()).hexdigest()
    return f"{formatted}{DIGEST_PREFIX}{source_digest} {body_digest}\n"


def final_text(output: Rendered) -> str:
    if not output.is_python:
        return output.text
    return _seal(format_python(output.text), output.digest)


def is_current(output: Rendered, existing: str) -> bool:
    """Whether `existing` is what final_text(output) would write."""
    if not output.is_python:
        return existing == output.text
    body, _, trailer = existing.rstrip("\n").rpartition("\n")
    if not trailer.startswith(DIGEST_PREFIX):
        return False
    digests = trailer.removeprefix(DIGEST_PREFIX).split()
    body_digest = hashlib.sha256(f"{body}\n".encode()).hexdigest()
    return digests == [output.digest, body_digest]
