"""Reading users' binary input (a file, a device, a FIFO, or `-` for standard input) with a
bound: no region or blob is larger than the largest the specs describe, so nothing past that
is read, and /dev/zero or an endless pipe is refused after a few kilobytes."""

from __future__ import annotations

import sys
from typing import BinaryIO

from vmcsgen.model.diagnostics import Diagnostic, Location
from vmcsgen.model.spec import SpecSet

STDIN = "-"


class InputError(Exception):
    """Input that could not be read, or that is larger than anything it could be."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def largest_input(specs: SpecSet) -> int:
    """The most bytes a region or a container blob of `specs` can hold."""
    sizes = [layout.size for layout in specs.layouts]
    sizes += [container.max_size for container in specs.containers]
    return max(sizes)


def _bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit + 1` bytes: one more than allowed says the input is too large."""
    chunks, left = [], limit + 1
    while left:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_input(path: str, limit: int) -> bytes:
    """The bytes of `path` (`-`: standard input); InputError if it cannot be read or holds
    more than `limit` bytes."""
    where = Location.file(path)
    try:
        if path == STDIN:
            data = _bounded(sys.stdin.buffer, limit)
        else:
            with open(path, "rb") as stream:
                data = _bounded(stream, limit)
    except OSError as err:
        reason = err.strerror or str(err)
        raise InputError(Diagnostic(where, reason, code="unreadable")) from None
    if len(data) > limit:
        message = (
            f"more than {limit} bytes, the largest region or blob the specs describe; "
            "not read further"
        )
        raise InputError(Diagnostic(where, message, code="input-too-large"))
    return data
