"""The one place inspect asks for the meaning of a field's bits (control fields, the exit
reason, interruption information): the names the bits spec gives them."""

from __future__ import annotations

from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.bit_decode import NoBitsError, decode_field


def describe(specs: SpecSet, field: str, value: int) -> str | None:
    """Names for the set bits (or the value) of catalog field `field`, or None when the
    specs define none for it."""
    try:
        return decode_field(specs, field, value).describe()
    except NoBitsError:
        return None
