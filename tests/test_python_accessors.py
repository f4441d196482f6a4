"""Generated Python accessors: every member round-trips at its exact offset."""

from __future__ import annotations

import random
from types import ModuleType
from typing import Any

import pytest

from vmcsgen.model.spec import Layout, MemberKind, SpecSet

LAYOUTS = ["kvm_vmcs12", "kvm_vmcs12_v4_14", "kvm_vmcs12_evmcs_order", "hv_evmcs_v1"]


def _cls(module: ModuleType) -> Any:
    return next(v for k, v in vars(module).items() if isinstance(v, type) and hasattr(v, "read"))


@pytest.fixture(params=LAYOUTS)
def case(request: pytest.FixtureRequest, specs: SpecSet, layout_module: Any) -> tuple[Layout, Any]:
    layout = specs.by_name[request.param]
    return layout, _cls(layout_module(request.param))


def test_module_constants_match_spec(case: tuple[Layout, Any], layout_module: Any) -> None:
    layout, _ = case
    module = layout_module(layout.name)
    assert layout.revision == module.REVISION_ID
    assert layout.size == module.REGION_SIZE
    assert layout.struct_size == module.STRUCT_SIZE
    assert layout.max_field_index == module.MAX_FIELD_INDEX
    assert [(m.name, m.offset, m.size) for m in module.MEMBERS] == [
        (m.name, m.offset, m.size) for m in layout.members
    ]


def test_every_member_lands_at_its_offset(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    rng = random.Random(layout.name)
    for member in layout.members:
        if member.kind is MemberKind.RESERVED:
            continue
        region = cls()
        before = bytearray(region.to_bytes())
        value = rng.getrandbits(8 * member.size)
        attribute = member.name if member.name != "new" else "new_"
        setattr(region, attribute, value)
        assert getattr(region, attribute) == value
        after = region.to_bytes()
        expected = bytearray(before)
        expected[member.offset : member.end] = value.to_bytes(member.size, "little")
        assert after == bytes(expected), member.name


def test_properties_agree_with_vmread_and_high_halves(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    rng = random.Random(f"read-{layout.name}")
    region = cls.from_bytes(bytes(rng.getrandbits(8) for _ in range(layout.size)))
    for member in layout.fields:
        assert member.field is not None
        encoding = member.field.encoding
        value = getattr(region, member.name)
        assert region.read(encoding.value) == value
        if encoding.high is not None:
            assert region.read(encoding.high) == value >> 32
            region.write(encoding.high, 0xDEADBEEF)
            assert getattr(region, member.name) == (value & 0xFFFFFFFF) | 0xDEADBEEF << 32
        new = rng.getrandbits(8 * member.size)
        region.write(encoding.value, new)
        assert getattr(region, member.name) == new


def test_bytes_and_dict_round_trip(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    rng = random.Random(f"dict-{layout.name}")
    data = bytes(rng.getrandbits(8) for _ in range(layout.size))
    region = cls.from_bytes(data)
    assert region.to_bytes() == data
    values = region.to_dict()
    assert set(values) == {m.name for m in layout.members if m.kind is not MemberKind.RESERVED}
    rebuilt = cls.from_dict(values)
    assert rebuilt.to_dict() == values
    for member in layout.members:
        if member.kind is not MemberKind.RESERVED:
            assert (
                rebuilt.to_bytes()[member.offset : member.end] == data[member.offset : member.end]
            )


def test_new_region_carries_revision(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    region = cls.new()
    assert region.to_bytes()[:4] == layout.revision.to_bytes(4, "little")
    assert region.to_bytes()[4:] == bytes(layout.size - 4)


def test_wraps_buffer_in_place(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    buffer = bytearray(layout.size)
    view = cls(memoryview(buffer))
    field = layout.fields[0]
    setattr(view, field.name, 1)
    assert buffer[field.offset] == 1


@pytest.mark.parametrize("value", [-1, 1 << 64])
def test_out_of_range_write_names_the_field(case: tuple[Layout, Any], value: int) -> None:
    layout, cls = case
    region = cls()
    for member in layout.fields[:20]:
        before = region.to_bytes()
        with pytest.raises(ValueError, match=member.name):
            setattr(region, member.name, value if value < 0 else 1 << (8 * member.size))
        assert region.to_bytes() == before
        assert member.field is not None
        with pytest.raises(ValueError, match=member.field.name):
            region.write(member.field.encoding.value, -1)


def test_bad_values_and_buffers(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    field = layout.fields[0]
    with pytest.raises(TypeError, match=field.name):
        setattr(cls(), field.name, "1")
    with pytest.raises(TypeError, match="read-only"):
        setattr(cls(bytes(layout.size)), field.name, 1)
    for size in (0, layout.size - 8, layout.size + 8):
        with pytest.raises(ValueError, match=f"exactly {layout.size} bytes"):
            cls(bytearray(size))
    with pytest.raises(KeyError, match="not a field"):
        cls().read(0x7FFF_FFFF)
    with pytest.raises(KeyError, match="not a field"):
        cls().write(0x1, 0)
    with pytest.raises(KeyError, match="no member"):
        cls.from_dict({"no_such_member": 1})


def test_high_encoding_only_for_64_bit_fields(case: tuple[Layout, Any]) -> None:
    layout, cls = case
    region = cls()
    for member in layout.fields:
        assert member.field is not None
        if member.field.encoding.high is None:
            with pytest.raises(KeyError):
                region.read(member.field.encoding.value | 1)


def test_unaligned_private_member_uses_struct_fallback(tmp_path: Any) -> None:
    """Fields and state must be aligned; private members need not be, and still work."""
    import importlib.util

    from vmcsgen.export.registry import render_outputs
    from vmcsgen.output.files import write_outputs
    from vmcsgen.reading.loader import load_specs
    from vmcsgen.reading.settings import Config

    specs_dir = tmp_path / "specs"
    (specs_dir / "layouts").mkdir(parents=True)
    (specs_dir / "fields.yaml").write_text("fields:\n  GUEST_RIP: 0x0000681e\n")
    (specs_dir / "layouts" / "odd.yaml").write_text(
        "layout: odd\nrevision: 7\nsize: 64\nmembers:\n"
        "  - {offset: 0, name: hdr, kind: header}\n"
        "  - {offset: 4, name: flag, kind: private, size: 1}\n"
        "  - {offset: 5, name: cookie, kind: private, size: 2}\n"
        "  - {offset: 7, name: pad, kind: reserved, size: 1}\n"
        "  - {offset: 8, name: guest_rip, field: GUEST_RIP}\n"
    )
    out = tmp_path / "out"
    write_outputs(out, render_outputs(load_specs(specs_dir), Config(specs=specs_dir, out=out)))
    assert 'struct.Struct("<H")' in (out / "python" / "odd.py").read_text()
    spec = importlib.util.spec_from_file_location("odd_layout", out / "python" / "odd.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    region = module.Odd()
    region.cookie = 0xBEEF
    assert region.cookie == 0xBEEF and region.to_bytes()[5:7] == b"\xef\xbe"
    with pytest.raises(ValueError, match="cookie"):
        region.cookie = 1 << 16
