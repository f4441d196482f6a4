"""The one place inspect asks for the meaning of a field's bits (control fields, the exit
reason, interruption information): the names the bits spec gives them."""

from __future__ import annotations

from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.bit_decode import NoBitsError, decode_field


def describe(specs: SpecSet, field: str, value: int) -> str | None:
    """Names for the set bits (or the value) of catalog field `field`, or None when the
    specs define none for it."""
    try:
        decoding = decode_field(specs, field, value)
    except NoBitsError:
        return None
    # Zero in a field of flags and ranges (no control set, interruption information not
    # valid) says nothing its hex value does not; zero in a field of values is a name.
    if value == 0 and not decoding.format.values:
        return None
    return decoding.describe()
