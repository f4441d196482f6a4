"""Read a spec file into a tree of located nodes, refusing anything unsafe or ambiguous.

The tree is built from PyYAML's event stream rather than its composer so that every
check happens in one bounded, iterative pass: duplicate keys (PyYAML keeps the last one
silently), anchors and aliases (alias bombs), tags other than plain scalars (no
``!!python/...``), nesting depth and file size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

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

from vmcsgen.diagnostics import Diagnostics, Location

MAX_SPEC_BYTES = 1 << 20
MAX_DEPTH = 32

ScalarValue = Union[str, int, float, bool, None]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str": "string",
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
}
_COLLECTION_TAGS = (None, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


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


Node = Union[Scalar, Sequence, Mapping]


@dataclass
class _Frame:
    location: Location
    is_mapping: bool
    items: list[Node] = field(default_factory=list)
    entries: list[tuple[Scalar, Node]] = field(default_factory=list)
    pending_key: Scalar | None = None
    seen_keys: dict[ScalarValue, Location] = field(default_factory=dict)


class _FatalSyntax(Exception):
    def __init__(self, location: Location, message: str) -> None:
        super().__init__(message)
        self.location = location
        self.message = message


def _location(path: str, mark: yaml.Mark | None) -> Location:
    if mark is None:
        return Location(path)
    return Location(path, mark.line + 1, mark.column + 1)


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
        mark = err.problem_mark or err.context_mark
        problem = err.problem or err.context or "malformed YAML"
        if "'\\t'" in problem:
            problem += " (use spaces, not tabs, for indentation)"
        diagnostics.error(_location(path, mark), f"invalid YAML: {problem}")
    except yaml.reader.ReaderError as err:
        diagnostics.error(
            _location_of_offset(path, text, err.position),
            f"invalid character {err.character!r} in spec",
        )
    except yaml.YAMLError as err:
        diagnostics.error(Location(path), f"invalid YAML: {err}")
    return None


def _build(path: str, text: str, diagnostics: Diagnostics) -> Node | None:
    loader = yaml.SafeLoader(text)
    try:
        stack: list[_Frame] = []
        root: Node | None = None
        documents = 0
        while loader.check_event():
            event = loader.get_event()
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
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                if event.tag not in _COLLECTION_TAGS:
                    raise _FatalSyntax(where, f"tag {event.tag!r} is not allowed in specs")
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
            _attach(stack[-1], node, diagnostics)
        return root
    finally:
        loader.dispose()


def _scalar_value(loader: yaml.SafeLoader, event: Event, where: Location) -> ScalarValue:
    assert isinstance(event, ScalarEvent)
    tag = event.tag
    if tag in (None, "!"):
        tag = loader.resolve(ScalarNode, event.value, event.implicit)
    if tag not in _SCALAR_TAGS:
        raise _FatalSyntax(where, f"tag {tag!r} is not allowed in specs")
    node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
    try:
        value = loader.construct_object(node)
    except (yaml.YAMLError, ValueError) as err:
        raise _FatalSyntax(where, f"cannot read {event.value!r} as {_SCALAR_TAGS[tag]}") from err
    assert value is None or isinstance(value, (str, int, float, bool))
    return value


def _attach(frame: _Frame, node: Node, diagnostics: Diagnostics) -> None:
    if not frame.is_mapping:
        frame.items.append(node)
        return
    if frame.pending_key is None:
        if not isinstance(node, Scalar):
            raise _FatalSyntax(node.location, "mapping keys must be plain scalars")
        frame.pending_key = node
        return
    key = frame.pending_key
    frame.pending_key = None
    first = frame.seen_keys.get(key.value)
    if first is not None:
        diagnostics.error(
            key.location,
            f"duplicate key {key.value!r} (first defined at line {first.line}); "
            "YAML would silently keep only the last one",
        )
        return
    frame.seen_keys[key.value] = key.location
    frame.entries.append((key, node))


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
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value!r}"
    shown = value if len(value) <= 40 else value[:37] + "..."
    return f"string {shown!r}"
