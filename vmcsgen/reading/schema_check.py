"""Shape validation of a spec tree against the JSON Schemas shipped in vmcsgen/schema.

The schemas are the published contract (editors can use them directly); this module
applies the subset of JSON Schema they use to located nodes, so every error carries its
file:line:col. Semantic rules (offsets, overlaps, encodings) live in the loader.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.reading.yaml_source import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    show_int,
    show_text,
    type_name,
)

SCHEMA_NAMES = (
    "catalog",
    "layout",
    "translations",
    "bits",
    "container",
    "history",
    "checks",
    "caps",
)

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "$comment", "examples"}
_HANDLED = {
    "$ref",
    "anyOf",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "minProperties",
    "items",
    "minItems",
    "minimum",
    "maximum",
    "pattern",
    "enum",
    "minLength",
}

Schema = dict[str, Any]


@cache
def load_schema(name: str) -> Schema:
    text = resources.files("vmcsgen.schema").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: Schema = json.loads(text)
    _check_supported(schema)
    return schema


def _check_supported(schema: Any) -> None:
    """Fail loudly if a schema uses a keyword this interpreter would silently ignore."""
    if isinstance(schema, dict):
        unknown = set(schema) - _ANNOTATIONS - _HANDLED
        if unknown and not {"properties", "$defs"} & set(schema):
            raise ValueError(f"unsupported JSON Schema keywords: {sorted(unknown)}")
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    _check_supported(sub)
            elif key == "anyOf":
                for sub in value:
                    _check_supported(sub)
            elif key not in ("enum", "required"):
                _check_supported(value)


def validate(node: Node, schema_name: str, diagnostics: Diagnostics) -> bool:
    """Report every shape error in `node`; True when there were none."""
    before = len(diagnostics.found)
    root = load_schema(schema_name)
    _validate(node, root, root, "", diagnostics)
    return len(diagnostics.found) == before


def _resolve(schema: Schema, root: Schema) -> Schema:
    while "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref}")
        schema = root["$defs"][ref.removeprefix("#/$defs/")]
    return schema


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """A schema pattern with JSON Schema's (ECMA-262) meaning of a final `$`.

    In Python `$` also matches before a trailing newline, so "name\\n" would pass
    `^[a-z_]+$` and carry a line break into generated code; `\\Z` matches only at the end.
    """
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + "\\Z"
    return re.compile(pattern)


def _describe(path: str) -> str:
    return path or "the spec"


def _validate(node: Node, schema: Schema, root: Schema, path: str, diags: Diagnostics) -> None:
    schema = _resolve(schema, root)
    where = node.location
    if "anyOf" in schema:
        _validate_any_of(node, schema["anyOf"], root, path, diags)
        return
    if "enum" in schema:
        choices = schema["enum"]
        value = node.value if isinstance(node, Scalar) else None
        if not isinstance(node, Scalar) or isinstance(value, bool) or value not in choices:
            shown = ", ".join(repr(c) for c in choices)
            diags.error(where, f"{_describe(path)} must be one of {shown}, not {type_name(node)}")
        return
    expected = schema.get("type")
    if expected == "object":
        if not isinstance(node, Mapping):
            diags.error(where, f"{_describe(path)} must be a mapping, not {type_name(node)}")
            return
        _validate_mapping(node, schema, root, path, diags)
    elif expected == "array":
        if not isinstance(node, Sequence):
            diags.error(where, f"{_describe(path)} must be a list, not {type_name(node)}")
            return
        if len(node.items) < schema.get("minItems", 0):
            diags.error(where, f"{_describe(path)} must have at least {schema['minItems']} entry")
        for i, item in enumerate(node.items):
            _validate(item, schema["items"], root, f"{path}[{i}]", diags)
    elif expected in ("integer", "string", "boolean"):
        _validate_scalar(node, schema, expected, path, diags)
    elif expected is not None:
        raise ValueError(f"unsupported schema type {expected!r}")


def _node_type(node: Node) -> str:
    if isinstance(node, Mapping):
        return "object"
    if isinstance(node, Sequence):
        return "array"
    value = node.value if isinstance(node, Scalar) else None
    if isinstance(value, bool):
        return "boolean"
    return "integer" if isinstance(value, int) else "string"


def _validate_any_of(
    node: Node, alternatives: list[Schema], root: Schema, path: str, diags: Diagnostics
) -> None:
    """Valid when one alternative accepts the node; otherwise the errors of the alternative
    of the node's own type (a number out of range reads better than 'not a name')."""
    attempts: list[tuple[Schema, Diagnostics]] = []
    for alternative in alternatives:
        scratch = Diagnostics()
        _validate(node, alternative, root, path, scratch)
        if not scratch:
            return
        attempts.append((_resolve(alternative, root), scratch))
    same_type = [found for schema, found in attempts if schema.get("type") == _node_type(node)]
    if len(same_type) == 1:
        diags.found.extend(same_type[0].found)
        return
    kinds = " or ".join(sorted({str(schema.get("type", "value")) for schema, _ in attempts}))
    diags.error(node.location, f"{_describe(path)} must be a {kinds}, not {type_name(node)}")


def _validate_mapping(
    node: Mapping, schema: Schema, root: Schema, path: str, diags: Diagnostics
) -> None:
    properties: dict[str, Schema] = schema.get("properties", {})
    additional = schema.get("additionalProperties", True)
    names = schema.get("propertyNames")
    what = schema.get("title") or _describe(path)
    for key, value in node.entries:
        if not isinstance(key.value, str):
            diags.error(key.location, f"key {type_name(key)} in {what} must be a string")
            continue
        sub_path = f"{path}.{key.value}" if path else key.value
        if names is not None and not _pattern(names["pattern"]).search(key.value):
            diags.error(
                key.location,
                f"{show_text(key.value)} in {what} is not a valid name ({names['pattern']})",
            )
            continue
        if key.value in properties:
            _validate(value, properties[key.value], root, sub_path, diags)
        elif additional is False:
            diags.error(
                key.location,
                f"unknown key {show_text(key.value)} in {what} ({_suggest(key.value, properties)})",
            )
        elif isinstance(additional, dict):
            _validate(value, additional, root, sub_path, diags)
    present = set(node.keys())
    for required in schema.get("required", []):
        if required not in present:
            diags.error(node.location, f"{what} is missing required key {required!r}")
    if len(node.entries) < schema.get("minProperties", 0):
        diags.error(node.location, f"{_describe(path)} must not be empty")


def _suggest(key: str, properties: dict[str, Schema]) -> str:
    """'did you mean' for a likely typo, else the keys that are allowed."""
    close = difflib.get_close_matches(key, list(properties), n=1, cutoff=0.75)
    if close:
        return f"did you mean {close[0]!r}?"
    return "allowed: " + ", ".join(sorted(properties))


def _validate_scalar(
    node: Node, schema: Schema, expected: str, path: str, diags: Diagnostics
) -> None:
    where = node.location
    value = node.value if isinstance(node, Scalar) else None
    if expected == "integer":
        if not isinstance(node, Scalar) or isinstance(value, bool) or not isinstance(value, int):
            diags.error(where, f"{_describe(path)} must be an integer, not {type_name(node)}")
            return
        shown = show_int(value)
        if "minimum" in schema and value < schema["minimum"]:
            diags.error(
                where, f"{_describe(path)} is {shown}; it must be at least {schema['minimum']}"
            )
        if "maximum" in schema and value > schema["maximum"]:
            limit = schema["maximum"]
            if value.bit_length() <= 64:
                shown += f" (0x{value:x})"
            diags.error(
                where, f"{_describe(path)} is {shown}; it must be at most {limit} (0x{limit:x})"
            )
    elif expected == "string":
        if not isinstance(node, Scalar) or not isinstance(value, str):
            diags.error(where, f"{_describe(path)} must be a string, not {type_name(node)}")
            return
        if len(value) < schema.get("minLength", 0):
            diags.error(where, f"{_describe(path)} must not be empty")
        elif "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            diags.error(
                where,
                f"{_describe(path)} {show_text(value)} is not a valid name "
                f"(expected {schema['pattern']})",
            )
    elif not isinstance(node, Scalar) or not isinstance(value, bool):
        diags.error(where, f"{_describe(path)} must be true or false, not {type_name(node)}")
