"""The spec format reference: one table of keys per object of every JSON Schema in
vmcsgen/schema, set into the hand-written guide of templates/spec_format.

The tables come from the schemas the reader applies, so the page cannot describe a key the
reader does not check, or miss one it does. Every key must carry a `description`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vmcsgen import __version__
from vmcsgen.export.docs.labels import comment_safe
from vmcsgen.export.docs.reference import Table, md_code, md_text
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.caps_loader import CAPS_DIR
from vmcsgen.reading.checks_loader import CHECKS_DIR
from vmcsgen.reading.container_loader import CONTAINER_DIR
from vmcsgen.reading.history_loader import HISTORY_DIR
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE
from vmcsgen.reading.schema_check import SCHEMA_NAMES, Schema, load_schema
from vmcsgen.reading.settings import Config

SPEC_FORMAT_FILE = "spec-format.md"
# Each schema's file in a spec directory, and whether a spec directory needs one.
SPEC_FILES = {
    "catalog": (CATALOG_FILE, True),
    "layout": (f"{LAYOUT_DIR}/NAME.yaml", True),
    "translations": (TRANSLATIONS_FILE, False),
    "bits": (BITS_FILE, False),
    "container": (f"{CONTAINER_DIR}/NAME.yaml", False),
    "history": (f"{HISTORY_DIR}/NAME.yaml", False),
    "checks": (f"{CHECKS_DIR}/NAME.yaml", False),
    "caps": (f"{CAPS_DIR}/NAME.yaml", False),
}
_DEF_PREFIX = "#/$defs/"
_HEX_FROM = 1 << 16


@dataclass(frozen=True)
class KeyTable:
    """The keys of one object of a schema: the file's top level or one of its $defs."""

    anchor: str
    title: str
    description: str
    table: Table


@dataclass(frozen=True)
class SchemaView:
    name: str
    schema_file: str
    spec_file: str
    required: bool
    description: str
    objects: tuple[KeyTable, ...]


def cell(text: str) -> str:
    """Schema prose for a table cell: `backticked` spans stay code, the rest is plain text."""
    parts = text.split("`")
    if len(parts) % 2 == 0:
        raise ValueError(f"unbalanced backtick in schema description: {text!r}")
    return "".join(
        md_code(part) if index % 2 else _plain(part) for index, part in enumerate(parts)
    ).strip()


def _plain(text: str) -> str:
    """md_text, keeping the spaces that separate the text from code spans around it."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return f"{lead}{md_text(text)}{trail}"


def _anchor(schema_name: str, object_name: str | None) -> str:
    return f"{schema_name}-{(object_name or 'top').replace('_', '-')}"


def _number(value: int) -> str:
    return f"0x{value:x}" if value >= _HEX_FROM else str(value)


def _def_name(ref: str) -> str:
    if not ref.startswith(_DEF_PREFIX):
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(_DEF_PREFIX) :]


def _is_object(schema: Schema) -> bool:
    return "properties" in schema


class _Describer:
    """Types and ranges of one schema in words, linking to the tables of its objects."""

    def __init__(self, name: str, root: Schema) -> None:
        self.name = name
        self.root = root

    def definition(self, ref: str) -> Schema:
        found: Schema = self.root["$defs"][_def_name(ref)]
        return found

    def kind(self, schema: Schema) -> str:
        if "$ref" in schema:
            target = self.definition(schema["$ref"])
            if _is_object(target):
                title = target.get("title", _def_name(schema["$ref"]))
                return f"[{title}](#{_anchor(self.name, _def_name(schema['$ref']))})"
            return self.kind(target)
        if "enum" in schema:
            return "one of " + ", ".join(f"`{value}`" for value in schema["enum"])
        if "anyOf" in schema:
            return " or ".join(self.kind(option) for option in schema["anyOf"])
        return self._typed(schema)

    def _typed(self, schema: Schema) -> str:
        kind = schema.get("type")
        if kind == "integer":
            low, high = schema.get("minimum"), schema.get("maximum")
            if low is None or high is None:
                return "integer"
            return f"integer {_number(low)} to {_number(high)}"
        if kind == "boolean":
            return "`true` or `false`"
        if kind == "string":
            if "pattern" in schema:
                return f"string matching `{schema['pattern']}`"
            return "non-empty text" if schema.get("minLength") else "text"
        if kind == "array":
            least = schema.get("minItems")
            more = f", at least {least}" if least else ""
            return f"list of {self.kind(schema['items'])}{more}"
        if kind == "object":
            names = schema.get("propertyNames", {}).get("pattern")
            key = f"names matching `{names}`" if names else "names"
            least = schema.get("minProperties")
            more = f", at least {least}" if least else ""
            return f"mapping of {key} to {self.kind(schema['additionalProperties'])}{more}"
        raise ValueError(f"schema {self.name}: cannot describe {schema!r}")

    def description(self, key: str, schema: Schema) -> str:
        text = schema.get("description")
        if text is None and "$ref" in schema:
            text = self.definition(schema["$ref"]).get("description")
        if not text:
            raise ValueError(f"schema {self.name}: key {key!r} has no description")
        return cell(text)

    def table(self, schema: Schema) -> Table:
        required = set(schema.get("required", ()))
        rows = tuple(
            (
                f"`{key}`",
                "yes" if key in required else "no",
                self.kind(value),
                self.description(key, value),
            )
            for key, value in schema["properties"].items()
        )
        return Table(("key", "required", "value", "meaning"), rows)


def _objects_in_order(root: Schema) -> Iterator[tuple[str | None, Schema]]:
    """The top level, then every object definition in the order the keys first reach it."""
    seen: set[str] = set()
    queue: list[tuple[str | None, Schema]] = [(None, root)]
    while queue:
        name, schema = queue.pop(0)
        yield name, schema
        pending = list(_refs(schema.get("properties", {})))
        while pending:
            target = _def_name(pending.pop(0))
            if target in seen:
                continue
            seen.add(target)
            definition = root["$defs"][target]
            if _is_object(definition):
                queue.append((target, definition))
            else:  # a list or choice of objects (the clauses of a check)
                pending.extend(_refs(definition))


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def schema_view(name: str) -> SchemaView:
    root = load_schema(name)
    spec_file, required = SPEC_FILES[name]
    describer = _Describer(name, root)
    objects = tuple(
        KeyTable(
            _anchor(name, object_name),
            schema["title"] if object_name else f"`{spec_file}`: top-level keys",
            cell(schema.get("description", "")) if object_name else "",
            describer.table(schema),
        )
        for object_name, schema in _objects_in_order(root)
    )
    return SchemaView(
        name, f"{name}.schema.json", spec_file, required, cell(root["description"]), objects
    )


def spec_format_page() -> str:
    views = {name: schema_view(name) for name in SCHEMA_NAMES}
    sources = ", ".join(f"vmcsgen/schema/{view.schema_file}" for view in views.values())
    comment = comment_safe(
        f"Generated from {sources} and templates/spec_format by vmcsgen {__version__}; "
        "do not edit. Regenerate with: vmcsgen docs"
    )
    page = render("spec_format/spec-format.md.j2", comment=comment, schemas=views)
    return page.rstrip("\n") + "\n"


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """The format is the reader's, whatever the specs at hand and the settings."""
    del specs, settings
    return [Rendered(SPEC_FORMAT_FILE, spec_format_page())]
