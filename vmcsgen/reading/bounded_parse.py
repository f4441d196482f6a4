"""libclang's parse of a header in a child process, with bounded time and memory.

A header is the user's input, and the preprocessor does what it says: `#include "/dev/zero"`
reads without end, a FIFO blocks, a macro that expands to millions of tokens takes minutes
and gigabytes. libclang has no limit of its own, so the parse runs in a forked child with
RLIMIT_AS (memory) and RLIMIT_CPU set, under a wall-clock deadline kept by the parent; the
child sends back the struct as plain data (frozen dataclasses), and a parse that runs into
a limit becomes one located error naming it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from vmcsgen.model.diagnostics import Diagnostic, Diagnostics, Location
from vmcsgen.reading.c_struct import CStruct, FrontEndMissing, parse_struct

MIB = 1 << 20
# Linux 6.1's vmcs12.h with its kernel tree parses in 2 s of CPU and under 200 MiB; the
# wall clock allows for a loaded machine.
DEFAULT_SECONDS = 120
DEFAULT_MEBIBYTES = 2048
EXIT_GRACE = 5  # seconds for a child that answered, or closed its pipe, to be gone
_OUT_OF_MEMORY = ("out of memory", "bad_alloc", "MemoryError", "Cannot allocate memory")


@dataclass(frozen=True)
class ParseLimits:
    """How long (wall clock and CPU) and how much memory, beyond what vmcsgen itself holds
    when it starts the parse, one header's parse may take."""

    seconds: float = DEFAULT_SECONDS
    mebibytes: int = DEFAULT_MEBIBYTES


# From the child: the struct (or None) and the errors found, or None and the message of its
# FrontEndMissing.
_Answer = tuple[CStruct | None, list[Diagnostic] | str]


def _address_space() -> int:
    """This process's virtual size in bytes (what RLIMIT_AS is compared with)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(
    sender: Connection,
    header: Path,
    struct_name: str,
    flags: Sequence[str],
    max_size: int | None,
    limits: ParseLimits,
    stderr_path: str,
) -> None:
    # libclang's own messages (LLVM's "out of memory") go where the parent can read them.
    descriptor = os.open(stderr_path, os.O_WRONLY)
    os.dup2(descriptor, 2)
    memory = _address_space() + limits.mebibytes * MIB
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    seconds = max(1, int(limits.seconds + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    diags = Diagnostics()
    answer: _Answer
    try:
        answer = (parse_struct(header, struct_name, flags, diags, max_size), diags.found)
    except FrontEndMissing as err:
        answer = (None, str(err))
    sender.send(answer)
    sender.close()


def parse_struct_bounded(
    header: Path,
    struct_name: str,
    flags: Sequence[str],
    diags: Diagnostics,
    max_size: int | None = None,
    limits: ParseLimits = ParseLimits(),
) -> CStruct | None:
    """`parse_struct` in a child process held to `limits`; raises FrontEndMissing as it."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    with tempfile.NamedTemporaryFile(prefix="vmcsgen-clang-", suffix=".log") as stderr:
        child = context.Process(
            target=_child,
            args=(sender, header, struct_name, flags, max_size, limits, stderr.name),
            daemon=True,
        )
        child.start()
        sender.close()
        answer: _Answer | None = None
        timed_out = not receiver.poll(limits.seconds)
        if not timed_out:
            with contextlib.suppress(EOFError):  # EOF: the child died before it answered
                answer = receiver.recv()
            child.join(EXIT_GRACE)
        if child.is_alive():
            child.kill()
            child.join()
        messages = Path(stderr.name).read_text("utf-8", "replace")
    receiver.close()
    out_of_memory = any(sign in messages for sign in _OUT_OF_MEMORY)
    if answer is not None and not out_of_memory:
        struct, found = answer
        if isinstance(found, str):
            raise FrontEndMissing(found)
        diags.found.extend(found)
        return struct
    why = _why_stopped(child.exitcode, timed_out, out_of_memory, messages, limits)
    diags.error(Location(str(header)), why)
    return None


def _why_stopped(
    exitcode: int | None, timed_out: bool, out_of_memory: bool, messages: str, limits: ParseLimits
) -> str:
    if timed_out or exitcode == -signal.SIGXCPU:
        return (
            f"parsing took longer than {limits.seconds:g} s (an include that never ends, such "
            "as a device or a FIFO, or a macro that expands without bound?); "
            "raise the limit with --parse-seconds"
        )
    if out_of_memory:
        return (
            f"parsing took more than {limits.mebibytes} MiB (an include that never ends, such "
            "as /dev/zero, or a macro that expands without bound?); "
            "raise the limit with --parse-memory"
        )
    how = (
        f"signal {signal.Signals(-exitcode).name}"
        if exitcode is not None and exitcode < 0
        else f"exit status {exitcode}"
    )
    last = messages.strip().splitlines()[-1:]
    return f"the C front end stopped with {how}" + (f": {last[0]}" if last else "")
