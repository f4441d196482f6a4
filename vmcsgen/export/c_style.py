"""Line layout of the generated C, in the kernel's coding style (checkpatch --strict clean).

Lines stay within 100 columns (a tab counts 8), a call or declaration that would pass
that breaks after a comma with the continuation lined up under its first argument, and a
member comment that does not fit after the declaration goes on the lines above it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

LINE_LIMIT = 100
TAB_WIDTH = 8


def columns(line: str) -> int:
    """Display width of a line, tabs expanded the way checkpatch counts them."""
    return len(line.expandtabs(TAB_WIDTH))


def _indent_to(column: int) -> str:
    """Tabs, then spaces, up to `column` (kernel alignment of continuation lines)."""
    return "\t" * (column // TAB_WIDTH) + " " * (column % TAB_WIDTH)


def wrap_call(head: str, args: Sequence[str], tail: str = "", indent: int = 0) -> str:
    """`head(args...)tail` at `indent` tabs; arguments that would pass the line limit move
    to continuation lines aligned with the first one. A declaration whose aligned
    arguments still do not fit gets its return type on a line of its own. No trailing
    newline."""
    text = _aligned_call(head, args, tail, indent)
    too_long = any(columns(line) > LINE_LIMIT for line in text.splitlines())
    if too_long and indent == 0 and " " in head:
        return_type, name = head.rsplit(" ", 1)
        return f"{return_type}\n{_aligned_call(name, args, tail, indent)}"
    return text


def _aligned_call(head: str, args: Sequence[str], tail: str, indent: int) -> str:
    if not args:
        return "\t" * indent + head + "()" + tail
    return _aligned("\t" * indent + head + "(", args, ", ", ")" + tail)


def wrap_condition(terms: Sequence[str], indent: int = 1) -> str:
    """`if (term && term ...)` at `indent` tabs; a term that would pass the line limit
    starts a continuation line aligned with the first term, the && ending the line before
    (kernel style). No trailing newline."""
    return _aligned("\t" * indent + "if (", terms, " && ", ")")


def _aligned(first: str, items: Sequence[str], separator: str, tail: str) -> str:
    """`first` followed by the items joined by `separator`, then `tail`; lines break after
    a separator, continuation lines start under the first item."""
    align = _indent_to(columns(first))
    lines = [first]
    for position, item in enumerate(items):
        piece = item + (separator if position < len(items) - 1 else tail)
        current = lines[-1]
        fits = columns(current + piece.rstrip()) <= LINE_LIMIT
        if position and not fits:
            lines[-1] = current.rstrip()
            lines.append(align + piece)
        else:
            lines[-1] = current + piece
    return "\n".join(line.rstrip() for line in lines)


def _wrap_words(words: Iterable[str], prefix: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and columns(prefix + candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def commented(declaration: str, comment: str, indent: int = 1) -> str:
    """A declaration with its comment: after it when the line fits, else above it (wrapped
    to the line limit, as a block comment when it needs more than one line)."""
    pad = "\t" * indent
    single = f"{pad}{declaration} /* {comment} */"
    if columns(single) <= LINE_LIMIT:
        return single
    above = f"{pad}/* {comment} */"
    if columns(above) <= LINE_LIMIT:
        return f"{above}\n{pad}{declaration}"
    body = _wrap_words(comment.split(), f"{pad} * ", LINE_LIMIT)
    block = [f"{pad}/*", *(f"{pad} * {line}" for line in body), f"{pad} */"]
    return "\n".join([*block, f"{pad}{declaration}"])


def number_lines(values: Iterable[int], rows: int, indent: int) -> list[str]:
    """Comma-terminated lines of an array initialiser: each of the `rows`-long rows starts
    a line and wraps within the line limit."""
    pad = "\t" * indent
    items = [str(v) for v in values]
    lines: list[str] = []
    for start in range(0, len(items), rows):
        row = [f"{item}," for item in items[start : start + rows]]
        lines += [pad + line for line in _wrap_words(row, pad, LINE_LIMIT)]
    return lines


def fill_literal(offset: int, data: bytes, indent: int = 1) -> list[str]:
    """`memcpy(d + offset, "<data>", size);` with the string split into lines of whole
    \\x escapes (checkpatch accepts a split that ends in an escape)."""
    pad = "\t" * indent
    single = f'{pad}memcpy(d + {offset}, "{_escaped(data)}", {len(data)});'
    if columns(single) <= LINE_LIMIT:
        return [single]
    align = pad + _indent_to(len("memcpy("))
    per_line = (LINE_LIMIT - columns(align) - 3) // 4
    chunks = [data[i : i + per_line] for i in range(0, len(data), per_line)]
    body = [f'{align}"{_escaped(chunk)}"' for chunk in chunks]
    body[-1] += ","
    return [f"{pad}memcpy(d + {offset},", *body, f"{align}{len(data)});"]


def _escaped(data: bytes) -> str:
    return "".join(f"\\x{byte:02x}" for byte in data)
