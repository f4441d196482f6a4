"""The two keys only a private member takes: `l1_field` (the field L1's VMREAD/VMWRITE
stand-ins reach it by, outside the layout's own field table) and `bitfields` (its C
bit-fields)."""

from __future__ import annotations

from vmcsgen.model.catalog import Catalog, CatalogField
from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.spec import BitField, MemberKind
from vmcsgen.reading.node_values import scalar
from vmcsgen.reading.yaml_source import Mapping, Scalar


def build_l1_field(
    node: Mapping,
    name: str,
    kind: MemberKind,
    size: int | None,
    catalog: Catalog,
    diags: Diagnostics,
) -> CatalogField | None:
    ref = scalar(node, "l1_field")
    if ref is None:
        return None
    if kind is not MemberKind.PRIVATE:
        diags.error(ref.location, f"{name}: only a private member takes 'l1_field'")
        return None
    field = catalog.by_name.get(str(ref.value))
    if field is None:
        diags.error(ref.location, f"{name}: {ref.value} is not in the field catalog")
        return None
    width = field.encoding.width
    if size != width.size:
        diags.error(
            ref.location,
            f"{name}: {field.name} is a {width.label} field ({width.size} bytes), the member "
            f"is {size} bytes",
        )
        return None
    return field


def build_bitfields(
    node: Mapping, name: str, kind: MemberKind, size: int | None, diags: Diagnostics
) -> tuple[BitField, ...]:
    bits = node.get("bitfields")
    if bits is None:
        return ()
    assert isinstance(bits, Mapping)
    if kind is not MemberKind.PRIVATE:
        diags.error(bits.location, f"{name}: only a private member takes 'bitfields'")
        return ()
    fields = []
    for key, width in bits.entries:
        assert isinstance(width, Scalar) and isinstance(width.value, int)
        fields.append(BitField(str(key.value), width.value))
    total = sum(f.width for f in fields)
    if size is not None and total != 8 * size:
        diags.error(
            bits.location,
            f"{name}: the bit-fields are {total} bits wide, the member {8 * size} bits",
        )
        return ()
    return tuple(fields)
