"""Read a spec file into a tree of located nodes, refusing anything unsafe or ambiguous.

The tree is built from PyYAML's event stream rather than its composer so that every
check happens in one bounded, iterative pass: duplicate keys (PyYAML keeps the last one
silently), anchors and aliases (alias bombs), tags other than plain scalars (no
``!!python/...``), nesting depth and file size.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode

from vmcsgen.model.diagnostics import Diagnostics, Location

MAX_SPEC_BYTES = 1 << 20
MAX_DEPTH = 32
# The largest spec the format can describe, 4096 one-byte members of a 4 KiB region, is
# about 70000 nodes. The cap bounds the time the pure-Python parser spends on a hostile
# megabyte (a flow list of 500000 numbers would take many seconds).
MAX_NODES = 100_000
# Past this many, duplicate keys are one mistake repeated (a pasted block), not news.
MAX_DUPLICATE_KEYS = 20

ScalarValue = str | int | float | bool | None

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str": "string",
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
}
_COLLECTION_TAGS = (None, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
# Plain scalars PyYAML resolves to a type specs never use; named so the error says why.
_IMPLICIT_KINDS = {
    "tag:yaml.org,2002:timestamp": "a date/time",
    "tag:yaml.org,2002:value": "the YAML value key",
    "tag:yaml.org,2002:merge": "the YAML merge key",
}
# Integers beyond this many bits are shown by size: str() of a huge int is slow and, past
# 4300 digits, raises ValueError (sys.int_info.default_max_str_digits).
_SHOWN_INT_BITS = 128
_SHOWN_TEXT = 40
# No spec number needs more than 64 bits; a literal far longer than that is a mistake.
_MAX_INT_CHARS = 100


@dataclass(frozen=True)
class Scalar:
    location: Location
    value: ScalarValue


@dataclass(frozen=True)
class Sequence:
    location: Location
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Mapping:
    location: Location
    entries: tuple[tuple[Scalar, Node], ...]

    def get(self, key: str) -> Node | None:
        for k, v in self.entries:
            if k.value == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [str(k.value) for k, _ in self.entries]


Node = Scalar | Sequence | Mapping


@dataclass
class _Frame:
    location: Location
    is_mapping: bool
    items: list[Node] = field(default_factory=list)
    entries: list[tuple[Scalar, Node]] = field(default_factory=list)
    pending_key: Scalar | None = None
    seen_keys: dict[tuple[type, ScalarValue], Location] = field(default_factory=dict)


class _FatalSyntax(Exception):
    def __init__(self, location: Location, message: str) -> None:
        super().__init__(message)
        self.location = location
        self.message = message


class _Mark(Protocol):
    """A position from PyYAML: its pure-Python and libyaml marks both have these."""

    line: int
    column: int


def _location(path: str, mark: _Mark | None) -> Location:
    if mark is None:
        return Location(path)
    return Location(path, mark.line + 1, mark.column + 1)


def show_int(value: int) -> str:
    """An integer as an error message shows it, whatever its size."""
    if value.bit_length() <= _SHOWN_INT_BITS:
        return str(value)
    sign = "-" if value < 0 else ""
    return f"{sign}<{value.bit_length()}-bit integer>"


def show_text(value: str, limit: int = _SHOWN_TEXT) -> str:
    """A quoted string for an error message, cut short so one line stays one line."""
    if len(value) > limit:
        value = value[: limit - 3] + "..."
    return repr(value)


def _show_tag(tag: str) -> str:
    """A tag spelt as a spec would write it: !!str rather than tag:yaml.org,2002:str."""
    if tag.startswith(_STANDARD_TAG_PREFIX):
        return "!!" + tag.removeprefix(_STANDARD_TAG_PREFIX)
    return tag if tag.startswith("!") else f"!<{tag}>"


def _location_of_offset(path: str, text: str | bytes, offset: int) -> Location:
    before = text[:offset]
    newline: str | bytes = "\n" if isinstance(before, str) else b"\n"
    line = before.count(newline) + 1  # type: ignore[arg-type]
    column = offset - (before.rfind(newline) + 1) + 1  # type: ignore[arg-type]
    return Location(path, line, column)


def read_spec(path: str, data: bytes, diagnostics: Diagnostics) -> Node | None:
    """Parse one spec file; on a fatal problem report it and return None."""
    if len(data) > MAX_SPEC_BYTES:
        diagnostics.error(
            Location(path), f"spec is {len(data)} bytes; the limit is {MAX_SPEC_BYTES} bytes"
        )
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        diagnostics.error(
            Location(path), "spec is UTF-16 (it starts with a byte-order mark); save it as UTF-8"
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        diagnostics.error(
            _location_of_offset(path, data, err.start),
            f"spec is not valid UTF-8 (byte 0x{data[err.start]:02x})",
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return _build(path, text, diagnostics)
    except _FatalSyntax as err:
        diagnostics.error(err.location, err.message)
    except yaml.MarkedYAMLError as err:
        diagnostics.error(_location(path, err.problem_mark or err.context_mark), _yaml_problem(err))
    except yaml.reader.ReaderError as err:
        # PyYAML reports the character as its code point (an int) for str input.
        code = err.character if isinstance(err.character, int) else ord(err.character)
        diagnostics.error(
            _location_of_offset(path, text, err.position),
            f"control character U+{code:04X} is not allowed in a spec",
        )
    except yaml.YAMLError as err:
        diagnostics.error(Location(path), f"invalid YAML: {err}")
    return None


def _yaml_problem(err: yaml.MarkedYAMLError) -> str:
    """PyYAML's problem, with the construct it was inside when that started elsewhere."""
    problem = err.problem or err.context or "malformed YAML"
    if "'\\t'" in problem:
        problem += " (use spaces, not tabs, for indentation)"
    start = err.context_mark
    if err.problem and err.context and start is not None and start != err.problem_mark:
        problem += (
            f" ({err.context} that starts at line {start.line + 1}, column {start.column + 1})"
        )
    return f"invalid YAML: {problem}"


def _build(path: str, text: str, diagnostics: Diagnostics) -> Node | None:
    loader = yaml.SafeLoader(text)
    # types-PyYAML leaves get_event untyped; naming its type keeps mypy --strict content.
    next_event: Callable[[], Event] = loader.get_event
    try:
        stack: list[_Frame] = []
        root: Node | None = None
        documents = nodes = duplicates = 0
        while loader.check_event():
            event = next_event()
            where = _location(path, event.start_mark)
            if isinstance(event, (StreamStartEvent, StreamEndEvent, DocumentEndEvent)):
                continue
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _FatalSyntax(where, "a spec file holds exactly one YAML document")
                continue
            if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
                raise _FatalSyntax(where, "anchors and aliases (&name, *name) are not allowed")
            node: Node | None = None
            if isinstance(event, (MappingStartEvent, SequenceStartEvent, ScalarEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise _FatalSyntax(
                        where, f"more than {MAX_NODES} values; no spec needs so many"
                    )
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                if event.tag not in _COLLECTION_TAGS:
                    raise _FatalSyntax(where, _tag_refused(event.tag))
                if len(stack) >= MAX_DEPTH:
                    raise _FatalSyntax(where, f"nesting deeper than {MAX_DEPTH} levels")
                stack.append(_Frame(where, isinstance(event, MappingStartEvent)))
                continue
            if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                frame = stack.pop()
                node = (
                    Mapping(frame.location, tuple(frame.entries))
                    if frame.is_mapping
                    else Sequence(frame.location, tuple(frame.items))
                )
            elif isinstance(event, ScalarEvent):
                node = Scalar(where, _scalar_value(loader, event, where))
            if node is None:
                raise _FatalSyntax(where, f"unexpected YAML event {type(event).__name__}")
            if not stack:
                root = node
                continue
            if not _attach(stack[-1], node, diagnostics):
                duplicates += 1
                if duplicates >= MAX_DUPLICATE_KEYS:
                    raise _FatalSyntax(where, f"{duplicates} duplicate keys; stopping here")
        return root
    finally:
        loader.dispose()


def _scalar_value(loader: yaml.SafeLoader, event: Event, where: Location) -> ScalarValue:
    assert isinstance(event, ScalarEvent)
    tag = event.tag
    if tag in (None, "!"):
        resolve: Callable[[type[ScalarNode], str, tuple[bool, bool]], str] = loader.resolve
        tag = resolve(ScalarNode, event.value, event.implicit)
        if tag in _IMPLICIT_KINDS:
            raise _FatalSyntax(
                where,
                f"{show_text(event.value)} reads as {_IMPLICIT_KINDS[tag]}; "
                "quote it if it is meant as a string",
            )
    if tag not in _SCALAR_TAGS:
        raise _FatalSyntax(where, _tag_refused(tag))
    if tag == "tag:yaml.org,2002:int" and len(event.value) > _MAX_INT_CHARS:
        # Python refuses to parse decimal integers of more than 4300 digits anyway.
        raise _FatalSyntax(where, f"integer of {len(event.value)} characters is too large")
    # No marks: a constructor error is reported at `where`, never from the node.
    node = ScalarNode(tag, event.value, style=event.style)
    try:
        value = loader.construct_object(node)
    except (yaml.YAMLError, ValueError, KeyError, IndexError) as err:
        # An explicit tag on text that is not of its type (`!!bool maybe`, `!!int ""`) makes
        # PyYAML's constructors fail with whatever their parsing code happens to raise.
        raise _FatalSyntax(
            where, f"cannot read {show_text(event.value)} as {_SCALAR_TAGS[tag]}"
        ) from err
    assert value is None or isinstance(value, (str, int, float, bool))
    return value


def _tag_refused(tag: str | None) -> str:
    return (
        f"tag {_show_tag(str(tag))} is not allowed in specs "
        "(only plain strings, numbers, booleans, lists and mappings)"
    )


def _attach(frame: _Frame, node: Node, diagnostics: Diagnostics) -> bool:
    """Add `node` to its parent; False when it was the value of a duplicate key."""
    if not frame.is_mapping:
        frame.items.append(node)
        return True
    if frame.pending_key is None:
        if not isinstance(node, Scalar):
            raise _FatalSyntax(node.location, "mapping keys must be plain scalars")
        frame.pending_key = node
        return True
    key = frame.pending_key
    frame.pending_key = None
    # Keyed by type too: 1, 1.0 and true are equal in Python but distinct YAML keys.
    identity = (type(key.value), key.value)
    first = frame.seen_keys.get(identity)
    if first is not None:
        diagnostics.error(
            key.location,
            f"duplicate key {_show_key(key.value)} (first defined at line {first.line}, column "
            f"{first.column}); "
            "YAML would silently keep only the last one",
        )
        return False
    frame.seen_keys[identity] = key.location
    frame.entries.append((key, node))
    return True


def _show_key(value: ScalarValue) -> str:
    if isinstance(value, str):
        return show_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return show_int(value)
    return repr(value)


def type_name(node: Node) -> str:
    """How a node reads in an error message."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    value = node.value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {value!r}"
    if isinstance(value, int):
        return f"integer {show_int(value)}"
    if isinstance(value, float):
        return f"number {value!r}"
    return f"string {show_text(value)}"
