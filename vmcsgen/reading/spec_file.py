"""Reading one spec file: a regular file of at most MAX_SPEC_SIZE bytes, opened without
blocking, so that /dev/zero, /dev/urandom or a FIFO given as a spec is refused at once
instead of filling memory or hanging."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# The largest spec file read (the bundled ones are below 32 KiB).
MAX_SPEC_SIZE = 1 << 20

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class UnreadableSpec(Exception):
    """Why a spec file cannot be read; the message completes "cannot read ...: "."""


def read_spec_file(path: Path, limit: int = MAX_SPEC_SIZE) -> bytes:
    """The bytes of the regular file `path`; UnreadableSpec if it is anything else, larger
    than `limit` bytes, or cannot be opened (a symlink loop, say)."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        raise UnreadableSpec(err.strerror or str(err)) from None
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a file")
            raise UnreadableSpec(f"it is {kind}, not a regular file")
        data = b""
        while len(data) <= limit:
            chunk = os.read(handle, limit + 1 - len(data))
            if not chunk:
                break
            data += chunk
    except OSError as err:
        raise UnreadableSpec(err.strerror or str(err)) from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise UnreadableSpec(f"it is larger than {limit} bytes, the most a spec file may hold")
    return data
