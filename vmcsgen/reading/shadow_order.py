"""A layout's `shadow_order`: the shadowed fields in the order KVM lists them.

KVM keeps vmcs_shadow_fields.h ordered by width and, within a width, by how often L1
reaches a field, so that the branches of vmcs12_read_any()/vmcs12_write_any() predict
well; that order is a choice, not derivable from encodings, so the spec states it. The
list names exactly the fields marked `shadow: ro|rw`, each once.
"""

from __future__ import annotations

from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import Member
from vmcsgen.reading.yaml_source import Node, Scalar, Sequence


def build_shadow_order(
    node: Node | None, members: list[Member], diags: Diagnostics
) -> tuple[str, ...]:
    """The listed field names; every name not shadowed, listed twice or missing is an
    error at its line (a missing one at the list's)."""
    if node is None:
        return ()
    assert isinstance(node, Sequence)
    shadowed = {m.field.name for m in members if m.shadow is not None and m.field is not None}
    order: list[str] = []
    for item in node.items:
        assert isinstance(item, Scalar)
        name = str(item.value)
        if name not in shadowed:
            diags.error(item.location, f"shadow_order: {name} is not a field marked 'shadow'")
        elif name in order:
            diags.error(item.location, f"shadow_order: {name} is listed twice")
        else:
            order.append(name)
    left_out = sorted(shadowed - set(order))
    if left_out:
        diags.error(
            node.location,
            "shadow_order leaves out shadowed fields: " + ", ".join(left_out),
        )
    return tuple(order)
