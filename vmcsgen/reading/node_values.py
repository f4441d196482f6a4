"""Typed reads of keys of a schema-checked mapping: the schema has already fixed each
value's type, so these only unpack it."""

from __future__ import annotations

from vmcsgen.model.diagnostics import Location
from vmcsgen.reading.yaml_source import Mapping, Scalar


def scalar(node: Mapping, key: str) -> Scalar | None:
    value = node.get(key)
    assert value is None or isinstance(value, Scalar)
    return value


def text(node: Mapping, key: str, default: str = "") -> str:
    value = scalar(node, key)
    return default if value is None else str(value.value)


def integer(node: Mapping, key: str) -> int | None:
    value = scalar(node, key)
    if value is None:
        return None
    assert isinstance(value.value, int)
    return value.value


def where(node: Mapping, key: str) -> Location:
    """The location of `key`'s value, or of the mapping when the key is absent."""
    value = node.get(key)
    return node.location if value is None else value.location
