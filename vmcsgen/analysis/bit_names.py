"""The one place inspect asks for the meaning of a field's bits (control fields, the exit
reason): named bit definitions, where the specs have them, plug in here. Until then every
value is shown as raw hex."""

from __future__ import annotations


def describe(field: str, value: int) -> str | None:
    """Names for the set bits (or the value) of catalog field `field`, or None when the
    specs define none."""
    del field, value
    return None
