# SPDX-License-Identifier: GPL-2.0-only OR MIT
"""Translations between VMCS layouts, field by field.

Generated from specs/translations.yaml, specs/layouts/hv_evmcs_v1.yaml, specs/layouts/kvm_vmcs12.yaml, specs/layouts/kvm_vmcs12_evmcs_order.yaml, specs/layouts/kvm_vmcs12_v4_14.yaml, specs/layouts/kvm_vmcs12_v6_17.yaml by vmcsgen 0.1.0; do not edit.
Regenerate with: vmcsgen generate

Every function checks its source first (size, revision id) and lists the values the
destination could not keep; if there are any it raises TranslationBlocked and writes
nothing. <name>_discarded() lists the values a conversion drops by design, <name>_unused()
the non-zero source bytes where the source layout holds nothing (no translation carries
them). Standard library only.
"""

from __future__ import annotations

import struct
from typing import Callable, NamedTuple, Union

Buffer = Union[bytes, bytearray, memoryview]

# A precompiled unpack reads the header dword about four times faster than int.from_bytes.
_dword = struct.Struct("<I").unpack_from


class Blocker(NamedTuple):
    """A source value the destination layout cannot hold."""

    field: str
    encoding: int | None
    value: int
    reason: str


class Discarded(NamedTuple):
    """A value dropped by design: the destination retires the field with policy `discard`,
    or it is data only the source layout has (the eVMCS enlightenments)."""

    field: str
    encoding: int | None
    value: int
    reason: str


class Unused(NamedTuple):
    """Source bytes that are not zero where the source layout holds nothing: a reserved
    member (`span`), or the region after the struct. No translation carries them, and a
    region written in that layout has zeros there: the source may be in another layout."""

    span: str
    offset: int
    size: int
    nonzero: int  # how many of the `size` bytes are not zero


class TranslationError(ValueError):
    """The source or destination buffer is not a region of the expected layout."""


class TranslationBlocked(TranslationError):
    """The translation would lose data; nothing was written."""

    def __init__(self, translation: str, blockers: list[Blocker]) -> None:
        self.translation = translation
        self.blockers = tuple(blockers)
        lost = ", ".join(f"{b.field}={b.value:#x}" for b in blockers)
        super().__init__(f"{translation} would lose {lost}")


def _view(buffer: Buffer, size: int, layout: str, role: str) -> memoryview:
    view = memoryview(buffer)
    if not view.c_contiguous:
        raise TranslationError(f"{role} {layout} buffer is not contiguous")
    view = view.cast("B")
    if view.nbytes < size:
        raise TranslationError(
            f"{role} {layout} buffer is {view.nbytes} bytes; the region is {size} bytes"
        )
    return view[:size]


def _source(src: Buffer, size: int, layout: str, revision: int, mask: int) -> memoryview:
    view = memoryview(src)
    if view.ndim != 1 or view.format != "B":
        view = _view(view, size, layout, "source")
    elif view.nbytes < size:
        raise TranslationError(
            f"source {layout} buffer is {view.nbytes} bytes; the region is {size} bytes"
        )
    found: int = _dword(view, 0)[0] & mask
    if found != revision:
        raise TranslationError(
            f"source is not a {layout} region: revision id {found:#x}, expected {revision:#x}"
        )
    return view


def _value(view: memoryview, offset: int, size: int) -> int:
    return int.from_bytes(view[offset : offset + size], "little")


def _note_unused(found: list[Unused], view: memoryview, span: str, offset: int, size: int) -> None:
    nonzero = size - view[offset : offset + size].tobytes().count(0)
    if nonzero:
        found.append(Unused(span, offset, size, nonzero))


def _new_region(size: int, revision: int) -> bytearray:
    region = bytearray(size)
    region[0:4] = revision.to_bytes(4, "little")
    return region


def _kvm_vmcs12_v4_14_unused(s: memoryview) -> list[Unused]:
    found: list[Unused] = []
    _note_unused(found, s, "padding", 12, 28)
    _note_unused(found, s, "padding64", 304, 64)
    _note_unused(found, s, "paddingl", 704, 64)
    _note_unused(found, s, "padding32", 956, 28)
    _note_unused(found, s, "(after the struct)", 1022, 3074)
    return found


def _kvm_vmcs12_unused(s: memoryview) -> list[Unused]:
    found: list[Unused] = []
    _note_unused(found, s, "padding", 12, 28)
    _note_unused(found, s, "padding64", 336, 8)
    _note_unused(found, s, "dead_space", 376, 32)
    _note_unused(found, s, "paddingl", 728, 16)
    _note_unused(found, s, "padding32", 932, 28)
    _note_unused(found, s, "(after the struct)", 998, 3098)
    return found


def _kvm_vmcs12_v6_17_unused(s: memoryview) -> list[Unused]:
    found: list[Unused] = []
    _note_unused(found, s, "padding", 12, 28)
    _note_unused(found, s, "padding64", 336, 8)
    _note_unused(found, s, "dead_space", 376, 32)
    _note_unused(found, s, "paddingl", 680, 64)
    _note_unused(found, s, "padding32", 932, 28)
    _note_unused(found, s, "(after the struct)", 998, 3098)
    return found


def _kvm_vmcs12_evmcs_order_unused(s: memoryview) -> list[Unused]:
    found: list[Unused] = []
    _note_unused(found, s, "reserved_22", 22, 2)
    _note_unused(found, s, "reserved_296", 296, 24)
    _note_unused(found, s, "reserved_344", 344, 32)
    _note_unused(found, s, "reserved_634", 634, 46)
    _note_unused(found, s, "reserved_728", 728, 32)
    _note_unused(found, s, "reserved_824", 824, 72)
    _note_unused(found, s, "reserved_912", 912, 48)
    _note_unused(found, s, "reserved_992", 992, 32)
    _note_unused(found, s, "(after the struct)", 1126, 2970)
    return found


def _hv_evmcs_v1_unused(s: memoryview) -> list[Unused]:
    found: list[Unused] = []
    _note_unused(found, s, "padding16_1", 22, 2)
    _note_unused(found, s, "padding64_1", 296, 24)
    _note_unused(found, s, "padding16_2", 634, 6)
    _note_unused(found, s, "padding64_2", 640, 40)
    _note_unused(found, s, "padding32_1", 828, 4)
    _note_unused(found, s, "padding32_2", 844, 4)
    _note_unused(found, s, "padding64_4", 864, 32)
    _note_unused(found, s, "padding64_5", 944, 16)
    _note_unused(found, s, "padding64_6", 1016, 8)
    _note_unused(found, s, "(after the struct)", 1024, 3072)
    return found


# --- kvm_vmcs12_v4_14_to_kvm_vmcs12: Restore nested state saved by Linux 4.14 on a current kernel.


def _kvm_vmcs12_v4_14_to_kvm_vmcs12_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12_v4_14", 0x11E57ED0, 0xFFFFFFFF)


def _kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    return found


def kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12 could not keep (0 fields checked)."""
    return _kvm_vmcs12_v4_14_to_kvm_vmcs12_blockers(_kvm_vmcs12_v4_14_to_kvm_vmcs12_source(src))


def kvm_vmcs12_v4_14_to_kvm_vmcs12_discarded(src: Buffer) -> list[Discarded]:
    """The non-default values kvm_vmcs12_v4_14_to_kvm_vmcs12() drops by design (4 members checked)."""
    s = _kvm_vmcs12_v4_14_to_kvm_vmcs12_source(src)
    dropped: list[Discarded] = []
    value = _value(s, 400, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value0",
                0x00006008,
                value,
                "current KVM has no CR3-target value fields; their former space is dead_space",
            )
        )
    value = _value(s, 408, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value1",
                0x0000600A,
                value,
                "current KVM has no CR3-target value fields; their former space is dead_space",
            )
        )
    value = _value(s, 416, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value2",
                0x0000600C,
                value,
                "current KVM has no CR3-target value fields; their former space is dead_space",
            )
        )
    value = _value(s, 424, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value3",
                0x0000600E,
                value,
                "current KVM has no CR3-target value fields; their former space is dead_space",
            )
        )
    return dropped


def kvm_vmcs12_v4_14_to_kvm_vmcs12_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12_v4_14 holds nothing, which kvm_vmcs12_v4_14_to_kvm_vmcs12() does not carry (5 spans checked)."""
    return _kvm_vmcs12_v4_14_unused(_kvm_vmcs12_v4_14_to_kvm_vmcs12_source(src))


_kvm_vmcs12_v4_14_to_kvm_vmcs12_header = (0x11E57ED0).to_bytes(4, "little")
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_12 = bytes(28)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_280 = bytes(16)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_320 = bytes(24)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_376 = bytes(32)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_680 = bytes(64)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_932 = bytes(28)
_kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_998 = bytes(3098)


def kvm_vmcs12_v4_14_to_kvm_vmcs12(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12_v4_14 region into a new kvm_vmcs12 region.

    14 copies of coalesced runs; 10 fields new in kvm_vmcs12 get their defaults.
    """
    s = _kvm_vmcs12_v4_14_to_kvm_vmcs12_source(src)
    header = _kvm_vmcs12_v4_14_to_kvm_vmcs12_header
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:12],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_12,
            s[40:120],
            s[128:168],
            s[176:200],
            s[208:304],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_280,
            s[120:128],
            s[168:176],
            s[200:208],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_320,
            s[368:400],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_376,
            s[432:704],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_680,
            s[768:956],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_932,
            s[984:1006],
            s[1008:1022],
            s[1006:1008],
            _kvm_vmcs12_v4_14_to_kvm_vmcs12_fill_998,
        )
    )


# --- kvm_vmcs12_to_kvm_vmcs12_v4_14: Migrate back to Linux 4.14; refused if a field 4.14 lacks is in use.


def _kvm_vmcs12_to_kvm_vmcs12_v4_14_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    if s[280:288].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 280, 8)
        found.append(
            Blocker("vmread_bitmap", 0x00002026, value, "kvm_vmcs12_v4_14 has no VMREAD_BITMAP")
        )
    if s[288:296].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 288, 8)
        found.append(
            Blocker("vmwrite_bitmap", 0x00002028, value, "kvm_vmcs12_v4_14 has no VMWRITE_BITMAP")
        )
    if s[320:328].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 320, 8)
        found.append(
            Blocker(
                "encls_exiting_bitmap",
                0x0000202E,
                value,
                "kvm_vmcs12_v4_14 has no ENCLS_EXITING_BITMAP",
            )
        )
    if s[328:336].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 328, 8)
        found.append(
            Blocker("tsc_multiplier", 0x00002032, value, "kvm_vmcs12_v4_14 has no TSC_MULTIPLIER")
        )
    if s[680:688].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 680, 8)
        found.append(Blocker("host_s_cet", 0x00006C18, value, "kvm_vmcs12_v4_14 has no HOST_S_CET"))
    if s[688:696].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 688, 8)
        found.append(Blocker("host_ssp", 0x00006C1A, value, "kvm_vmcs12_v4_14 has no HOST_SSP"))
    if s[696:704].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 696, 8)
        found.append(
            Blocker(
                "host_ssp_tbl", 0x00006C1C, value, "kvm_vmcs12_v4_14 has no HOST_INTR_SSP_TABLE"
            )
        )
    if s[704:712].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 704, 8)
        found.append(
            Blocker("guest_s_cet", 0x00006828, value, "kvm_vmcs12_v4_14 has no GUEST_S_CET")
        )
    if s[712:720].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 712, 8)
        found.append(Blocker("guest_ssp", 0x0000682A, value, "kvm_vmcs12_v4_14 has no GUEST_SSP"))
    if s[720:728].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 720, 8)
        found.append(
            Blocker(
                "guest_ssp_tbl", 0x0000682C, value, "kvm_vmcs12_v4_14 has no GUEST_INTR_SSP_TABLE"
            )
        )
    if s[3] & 0x80:
        found.append(
            Blocker("shadow_vmcs", None, 1, "kvm_vmcs12_v4_14 has no shadow-VMCS indicator")
        )
    return found


def kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12_v4_14 could not keep (10 fields checked)."""
    return _kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(_kvm_vmcs12_to_kvm_vmcs12_v4_14_source(src))


def kvm_vmcs12_to_kvm_vmcs12_v4_14_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12 holds nothing, which kvm_vmcs12_to_kvm_vmcs12_v4_14() does not carry (6 spans checked)."""
    return _kvm_vmcs12_unused(_kvm_vmcs12_to_kvm_vmcs12_v4_14_source(src))


_kvm_vmcs12_to_kvm_vmcs12_v4_14_header = (0x11E57ED0).to_bytes(4, "little")
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_12 = bytes(28)
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_304 = bytes(64)
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_400 = bytes(32)
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_704 = bytes(64)
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_956 = bytes(28)
_kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_1022 = bytes(3074)


def kvm_vmcs12_to_kvm_vmcs12_v4_14(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12 region into a new kvm_vmcs12_v4_14 region.

    14 copies of coalesced runs; 4 fields new in kvm_vmcs12_v4_14 get their defaults.
    """
    s = _kvm_vmcs12_to_kvm_vmcs12_v4_14_source(src)
    blockers = _kvm_vmcs12_to_kvm_vmcs12_v4_14_blockers(s)
    if blockers:
        raise TranslationBlocked("kvm_vmcs12_to_kvm_vmcs12_v4_14", blockers)
    header = _kvm_vmcs12_to_kvm_vmcs12_v4_14_header
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:12],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_12,
            s[40:120],
            s[296:304],
            s[120:160],
            s[304:312],
            s[160:184],
            s[312:320],
            s[184:280],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_304,
            s[344:376],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_400,
            s[408:680],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_704,
            s[744:932],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_956,
            s[960:982],
            s[996:998],
            s[982:996],
            _kvm_vmcs12_to_kvm_vmcs12_v4_14_fill_1022,
        )
    )


# --- kvm_vmcs12_v6_17_to_kvm_vmcs12: Restore nested state saved by Linux 6.17 or older; the CET fields start at 0.


def _kvm_vmcs12_v6_17_to_kvm_vmcs12_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12_v6_17", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    return found


def kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12 could not keep (0 fields checked)."""
    return _kvm_vmcs12_v6_17_to_kvm_vmcs12_blockers(_kvm_vmcs12_v6_17_to_kvm_vmcs12_source(src))


def kvm_vmcs12_v6_17_to_kvm_vmcs12_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12_v6_17 holds nothing, which kvm_vmcs12_v6_17_to_kvm_vmcs12() does not carry (6 spans checked)."""
    return _kvm_vmcs12_v6_17_unused(_kvm_vmcs12_v6_17_to_kvm_vmcs12_source(src))


_kvm_vmcs12_v6_17_to_kvm_vmcs12_header = (0x11E57ED0).to_bytes(4, "little")
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_12 = bytes(28)
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_336 = bytes(8)
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_376 = bytes(32)
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_680 = bytes(64)
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_932 = bytes(28)
_kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_998 = bytes(3098)


def kvm_vmcs12_v6_17_to_kvm_vmcs12(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12_v6_17 region into a new kvm_vmcs12 region.

    6 copies of coalesced runs; 6 fields new in kvm_vmcs12 get their defaults.
    """
    s = _kvm_vmcs12_v6_17_to_kvm_vmcs12_source(src)
    header = (0x11E57ED0 | (s[3] & 0x80) << 24).to_bytes(4, "little")
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:12],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_12,
            s[40:336],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_336,
            s[344:376],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_376,
            s[408:680],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_680,
            s[744:932],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_932,
            s[960:998],
            _kvm_vmcs12_v6_17_to_kvm_vmcs12_fill_998,
        )
    )


# --- kvm_vmcs12_to_kvm_vmcs12_v6_17: Migrate to Linux 6.17 or older; refused while a CET field is in use.


def _kvm_vmcs12_to_kvm_vmcs12_v6_17_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    if s[680:688].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 680, 8)
        found.append(Blocker("host_s_cet", 0x00006C18, value, "kvm_vmcs12_v6_17 has no HOST_S_CET"))
    if s[688:696].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 688, 8)
        found.append(Blocker("host_ssp", 0x00006C1A, value, "kvm_vmcs12_v6_17 has no HOST_SSP"))
    if s[696:704].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 696, 8)
        found.append(
            Blocker(
                "host_ssp_tbl", 0x00006C1C, value, "kvm_vmcs12_v6_17 has no HOST_INTR_SSP_TABLE"
            )
        )
    if s[704:712].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 704, 8)
        found.append(
            Blocker("guest_s_cet", 0x00006828, value, "kvm_vmcs12_v6_17 has no GUEST_S_CET")
        )
    if s[712:720].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 712, 8)
        found.append(Blocker("guest_ssp", 0x0000682A, value, "kvm_vmcs12_v6_17 has no GUEST_SSP"))
    if s[720:728].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 720, 8)
        found.append(
            Blocker(
                "guest_ssp_tbl", 0x0000682C, value, "kvm_vmcs12_v6_17 has no GUEST_INTR_SSP_TABLE"
            )
        )
    return found


def kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12_v6_17 could not keep (6 fields checked)."""
    return _kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(_kvm_vmcs12_to_kvm_vmcs12_v6_17_source(src))


def kvm_vmcs12_to_kvm_vmcs12_v6_17_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12 holds nothing, which kvm_vmcs12_to_kvm_vmcs12_v6_17() does not carry (6 spans checked)."""
    return _kvm_vmcs12_unused(_kvm_vmcs12_to_kvm_vmcs12_v6_17_source(src))


_kvm_vmcs12_to_kvm_vmcs12_v6_17_header = (0x11E57ED0).to_bytes(4, "little")
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_12 = bytes(28)
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_336 = bytes(8)
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_376 = bytes(32)
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_680 = bytes(64)
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_932 = bytes(28)
_kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_998 = bytes(3098)


def kvm_vmcs12_to_kvm_vmcs12_v6_17(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12 region into a new kvm_vmcs12_v6_17 region.

    6 copies of coalesced runs; 0 fields new in kvm_vmcs12_v6_17 get their defaults.
    """
    s = _kvm_vmcs12_to_kvm_vmcs12_v6_17_source(src)
    blockers = _kvm_vmcs12_to_kvm_vmcs12_v6_17_blockers(s)
    if blockers:
        raise TranslationBlocked("kvm_vmcs12_to_kvm_vmcs12_v6_17", blockers)
    header = (0x11E57ED0 | (s[3] & 0x80) << 24).to_bytes(4, "little")
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:12],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_12,
            s[40:336],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_336,
            s[344:376],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_376,
            s[408:680],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_680,
            s[744:932],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_932,
            s[960:998],
            _kvm_vmcs12_to_kvm_vmcs12_v6_17_fill_998,
        )
    )


# --- kvm_vmcs12_to_kvm_vmcs12_evmcs_order: Adopt the enlightened-VMCS-ordered vmcs12 of the 2017 RFC.


def _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    if s[680:688].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 680, 8)
        found.append(
            Blocker("host_s_cet", 0x00006C18, value, "kvm_vmcs12_evmcs_order has no HOST_S_CET")
        )
    if s[688:696].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 688, 8)
        found.append(
            Blocker("host_ssp", 0x00006C1A, value, "kvm_vmcs12_evmcs_order has no HOST_SSP")
        )
    if s[696:704].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 696, 8)
        found.append(
            Blocker(
                "host_ssp_tbl",
                0x00006C1C,
                value,
                "kvm_vmcs12_evmcs_order has no HOST_INTR_SSP_TABLE",
            )
        )
    if s[704:712].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 704, 8)
        found.append(
            Blocker("guest_s_cet", 0x00006828, value, "kvm_vmcs12_evmcs_order has no GUEST_S_CET")
        )
    if s[712:720].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 712, 8)
        found.append(
            Blocker("guest_ssp", 0x0000682A, value, "kvm_vmcs12_evmcs_order has no GUEST_SSP")
        )
    if s[720:728].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 720, 8)
        found.append(
            Blocker(
                "guest_ssp_tbl",
                0x0000682C,
                value,
                "kvm_vmcs12_evmcs_order has no GUEST_INTR_SSP_TABLE",
            )
        )
    return found


def kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12_evmcs_order could not keep (6 fields checked)."""
    return _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(
        _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_source(src)
    )


def kvm_vmcs12_to_kvm_vmcs12_evmcs_order_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12 holds nothing, which kvm_vmcs12_to_kvm_vmcs12_evmcs_order() does not carry (6 spans checked)."""
    return _kvm_vmcs12_unused(_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_source(src))


_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_header = (0x11E57ED1).to_bytes(4, "little")
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_22 = bytes(2)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_296 = bytes(24)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_344 = bytes(32)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_634 = bytes(46)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_728 = bytes(32)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_824 = bytes(72)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_912 = bytes(48)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_992 = bytes(32)
_kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_1126 = bytes(2970)


def kvm_vmcs12_to_kvm_vmcs12_evmcs_order(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12 region into a new kvm_vmcs12_evmcs_order region.

    55 copies of coalesced runs; 0 fields new in kvm_vmcs12_evmcs_order get their defaults.
    """
    s = _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_source(src)
    blockers = _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_blockers(s)
    if blockers:
        raise TranslationBlocked("kvm_vmcs12_to_kvm_vmcs12_evmcs_order", blockers)
    header = (0x11E57ED1 | (s[3] & 0x80) << 24).to_bytes(4, "little")
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:8],
            s[982:996],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_22,
            s[256:272],
            s[584:608],
            s[648:664],
            s[672:680],
            s[924:928],
            s[744:748],
            s[768:772],
            s[804:808],
            s[40:64],
            s[964:980],
            s[840:912],
            s[448:528],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_296,
            s[64:88],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_344,
            s[756:768],
            s[772:780],
            s[784:788],
            s[88:104],
            s[176:208],
            s[216:248],
            s[560:584],
            s[916:924],
            s[344:376],
            s[424:448],
            s[528:536],
            s[608:648],
            s[664:672],
            s[120:128],
            s[960:962],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_634,
            s[168:176],
            s[808:840],
            s[408:416],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_728,
            s[416:424],
            s[536:544],
            s[552:560],
            s[912:916],
            s[748:756],
            s[780:784],
            s[788:804],
            s[544:552],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_824,
            s[248:256],
            s[208:216],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_912,
            s[160:168],
            s[320:328],
            s[272:280],
            s[328:336],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_992,
            s[104:120],
            s[128:160],
            s[280:320],
            s[8:12],
            s[928:932],
            s[962:964],
            s[980:982],
            s[996:998],
            _kvm_vmcs12_to_kvm_vmcs12_evmcs_order_fill_1126,
        )
    )


# --- kvm_vmcs12_evmcs_order_to_kvm_vmcs12: Go back from the RFC layout to the upstream one.


def _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12_evmcs_order", 0x11E57ED1, 0x7FFFFFFF)


def _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    return found


def kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12 could not keep (0 fields checked)."""
    return _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_blockers(
        _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_source(src)
    )


def kvm_vmcs12_evmcs_order_to_kvm_vmcs12_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12_evmcs_order holds nothing, which kvm_vmcs12_evmcs_order_to_kvm_vmcs12() does not carry (9 spans checked)."""
    return _kvm_vmcs12_evmcs_order_unused(_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_source(src))


_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_header = (0x11E57ED0).to_bytes(4, "little")
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_12 = bytes(28)
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_336 = bytes(8)
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_376 = bytes(32)
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_680 = bytes(64)
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_932 = bytes(28)
_kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_998 = bytes(3098)


def kvm_vmcs12_evmcs_order_to_kvm_vmcs12(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12_evmcs_order region into a new kvm_vmcs12 region.

    55 copies of coalesced runs; 6 fields new in kvm_vmcs12 get their defaults.
    """
    s = _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_source(src)
    header = (0x11E57ED0 | (s[3] & 0x80) << 24).to_bytes(4, "little")
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:8],
            s[1112:1116],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_12,
            s[104:128],
            s[320:344],
            s[400:416],
            s[1024:1040],
            s[624:632],
            s[1040:1072],
            s[960:968],
            s[680:688],
            s[416:448],
            s[904:912],
            s[448:480],
            s[896:904],
            s[24:40],
            s[976:984],
            s[1072:1112],
            s[968:976],
            s[984:992],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_336,
            s[512:544],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_376,
            s[720:728],
            s[760:768],
            s[544:568],
            s[216:296],
            s[568:576],
            s[768:776],
            s[816:824],
            s[776:784],
            s[480:504],
            s[40:64],
            s[576:616],
            s[64:80],
            s[616:624],
            s[80:88],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_680,
            s[92:96],
            s[788:796],
            s[376:388],
            s[96:100],
            s[388:396],
            s[796:800],
            s[396:400],
            s[800:816],
            s[100:104],
            s[688:720],
            s[144:216],
            s[784:788],
            s[504:512],
            s[88:92],
            s[1116:1120],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_932,
            s[632:634],
            s[1120:1122],
            s[128:144],
            s[1122:1124],
            s[8:22],
            s[1124:1126],
            _kvm_vmcs12_evmcs_order_to_kvm_vmcs12_fill_998,
        )
    )


# --- hv_evmcs_v1_to_kvm_vmcs12: Convert a whole eVMCS image into a vmcs12 image.


def _hv_evmcs_v1_to_kvm_vmcs12_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "hv_evmcs_v1", 0x00000001, 0xFFFFFFFF)


def _hv_evmcs_v1_to_kvm_vmcs12_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    return found


def hv_evmcs_v1_to_kvm_vmcs12_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12 could not keep (0 fields checked)."""
    return _hv_evmcs_v1_to_kvm_vmcs12_blockers(_hv_evmcs_v1_to_kvm_vmcs12_source(src))


def hv_evmcs_v1_to_kvm_vmcs12_discarded(src: Buffer) -> list[Discarded]:
    """The non-default values hv_evmcs_v1_to_kvm_vmcs12() drops by design (21 members checked)."""
    s = _hv_evmcs_v1_to_kvm_vmcs12_source(src)
    dropped: list[Discarded] = []
    value = _value(s, 344, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value0",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 352, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value1",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 360, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value2",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 368, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "cr3_target_value3",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 728, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "exit_io_instruction_ecx",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 736, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "exit_io_instruction_esi",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 744, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "exit_io_instruction_edi",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 752, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "exit_io_instruction_eip",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 824, 4)
    if value != 0:
        dropped.append(
            Discarded(
                "hv_clean_fields",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 832, 4)
    if value != 0:
        dropped.append(
            Discarded(
                "hv_synthetic_controls",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 836, 4)
    if value != 0:
        dropped.append(
            Discarded(
                "hv_enlightenments_control",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 840, 4)
    if value != 0:
        dropped.append(
            Discarded(
                "hv_vp_id", None, value, "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it"
            )
        )
    value = _value(s, 848, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "hv_vm_id", None, value, "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it"
            )
        )
    value = _value(s, 856, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "partition_assist_page",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 912, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "guest_ia32_s_cet",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 920, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "guest_ssp", None, value, "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it"
            )
        )
    value = _value(s, 928, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "guest_ia32_int_ssp_table_addr",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 936, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "guest_ia32_lbr_ctl",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 992, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "host_ia32_s_cet",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    value = _value(s, 1000, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "host_ssp", None, value, "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it"
            )
        )
    value = _value(s, 1008, 8)
    if value != 0:
        dropped.append(
            Discarded(
                "host_ia32_int_ssp_table_addr",
                None,
                value,
                "only hv_evmcs_v1 has it; kvm_vmcs12 has no place for it",
            )
        )
    return dropped


def hv_evmcs_v1_to_kvm_vmcs12_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where hv_evmcs_v1 holds nothing, which hv_evmcs_v1_to_kvm_vmcs12() does not carry (10 spans checked)."""
    return _hv_evmcs_v1_unused(_hv_evmcs_v1_to_kvm_vmcs12_source(src))


_hv_evmcs_v1_to_kvm_vmcs12_header = (0x11E57ED0).to_bytes(4, "little")
_hv_evmcs_v1_to_kvm_vmcs12_fill_8 = bytes(32)
_hv_evmcs_v1_to_kvm_vmcs12_fill_104 = bytes(16)
_hv_evmcs_v1_to_kvm_vmcs12_fill_128 = bytes(32)
_hv_evmcs_v1_to_kvm_vmcs12_fill_280 = bytes(40)
_hv_evmcs_v1_to_kvm_vmcs12_fill_336 = bytes(8)
_hv_evmcs_v1_to_kvm_vmcs12_fill_376 = bytes(32)
_hv_evmcs_v1_to_kvm_vmcs12_fill_680 = bytes(64)
_hv_evmcs_v1_to_kvm_vmcs12_fill_928 = bytes(32)
_hv_evmcs_v1_to_kvm_vmcs12_fill_962 = bytes(2)
_hv_evmcs_v1_to_kvm_vmcs12_fill_980 = bytes(2)
_hv_evmcs_v1_to_kvm_vmcs12_fill_996 = bytes(3100)


def hv_evmcs_v1_to_kvm_vmcs12(src: Buffer) -> bytearray:
    """Convert a hv_evmcs_v1 region into a new kvm_vmcs12 region.

    47 copies of coalesced runs; 22 fields new in kvm_vmcs12 get their defaults.
    """
    s = _hv_evmcs_v1_to_kvm_vmcs12_source(src)
    header = _hv_evmcs_v1_to_kvm_vmcs12_header
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:8],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_8,
            s[104:128],
            s[320:344],
            s[400:416],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_104,
            s[624:632],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_128,
            s[960:968],
            s[680:688],
            s[416:448],
            s[904:912],
            s[448:480],
            s[896:904],
            s[24:40],
            s[976:984],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_280,
            s[968:976],
            s[984:992],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_336,
            s[512:544],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_376,
            s[720:728],
            s[760:768],
            s[544:568],
            s[216:296],
            s[568:576],
            s[768:776],
            s[816:824],
            s[776:784],
            s[480:504],
            s[40:64],
            s[576:616],
            s[64:80],
            s[616:624],
            s[80:88],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_680,
            s[92:96],
            s[788:796],
            s[376:388],
            s[96:100],
            s[388:396],
            s[796:800],
            s[396:400],
            s[800:816],
            s[100:104],
            s[688:720],
            s[144:216],
            s[784:788],
            s[504:512],
            s[88:92],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_928,
            s[632:634],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_962,
            s[128:144],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_980,
            s[8:22],
            _hv_evmcs_v1_to_kvm_vmcs12_fill_996,
        )
    )


# --- kvm_vmcs12_to_hv_evmcs_v1: Convert a whole vmcs12 image into an eVMCS image; refused for a field eVMCS lacks.


def _kvm_vmcs12_to_hv_evmcs_v1_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_to_hv_evmcs_v1_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    if s[8:12].tobytes() != b"\x00\x00\x00\x00":
        value = _value(s, 8, 4)
        found.append(Blocker("launch_state", None, value, "hv_evmcs_v1 has no launch_state"))
    if s[104:112].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 104, 8)
        found.append(
            Blocker("apic_access_addr", 0x00002014, value, "hv_evmcs_v1 has no APIC_ACCESS_ADDR")
        )
    if s[112:120].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 112, 8)
        found.append(
            Blocker(
                "posted_intr_desc_addr",
                0x00002016,
                value,
                "hv_evmcs_v1 has no POSTED_INTR_DESC_ADDR",
            )
        )
    if s[128:136].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 128, 8)
        found.append(
            Blocker("eoi_exit_bitmap0", 0x0000201C, value, "hv_evmcs_v1 has no EOI_EXIT_BITMAP0")
        )
    if s[136:144].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 136, 8)
        found.append(
            Blocker("eoi_exit_bitmap1", 0x0000201E, value, "hv_evmcs_v1 has no EOI_EXIT_BITMAP1")
        )
    if s[144:152].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 144, 8)
        found.append(
            Blocker("eoi_exit_bitmap2", 0x00002020, value, "hv_evmcs_v1 has no EOI_EXIT_BITMAP2")
        )
    if s[152:160].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 152, 8)
        found.append(
            Blocker("eoi_exit_bitmap3", 0x00002022, value, "hv_evmcs_v1 has no EOI_EXIT_BITMAP3")
        )
    if s[280:288].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 280, 8)
        found.append(
            Blocker("vmread_bitmap", 0x00002026, value, "hv_evmcs_v1 has no VMREAD_BITMAP")
        )
    if s[288:296].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 288, 8)
        found.append(
            Blocker("vmwrite_bitmap", 0x00002028, value, "hv_evmcs_v1 has no VMWRITE_BITMAP")
        )
    if s[296:304].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 296, 8)
        found.append(
            Blocker(
                "vm_function_control", 0x00002018, value, "hv_evmcs_v1 has no VM_FUNCTION_CONTROL"
            )
        )
    if s[304:312].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 304, 8)
        found.append(
            Blocker("eptp_list_address", 0x00002024, value, "hv_evmcs_v1 has no EPTP_LIST_ADDRESS")
        )
    if s[312:320].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 312, 8)
        found.append(Blocker("pml_address", 0x0000200E, value, "hv_evmcs_v1 has no PML_ADDRESS"))
    if s[680:688].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 680, 8)
        found.append(Blocker("host_s_cet", 0x00006C18, value, "hv_evmcs_v1 has no HOST_S_CET"))
    if s[688:696].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 688, 8)
        found.append(Blocker("host_ssp", 0x00006C1A, value, "hv_evmcs_v1 has no HOST_SSP"))
    if s[696:704].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 696, 8)
        found.append(
            Blocker("host_ssp_tbl", 0x00006C1C, value, "hv_evmcs_v1 has no HOST_INTR_SSP_TABLE")
        )
    if s[704:712].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 704, 8)
        found.append(Blocker("guest_s_cet", 0x00006828, value, "hv_evmcs_v1 has no GUEST_S_CET"))
    if s[712:720].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 712, 8)
        found.append(Blocker("guest_ssp", 0x0000682A, value, "hv_evmcs_v1 has no GUEST_SSP"))
    if s[720:728].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 720, 8)
        found.append(
            Blocker("guest_ssp_tbl", 0x0000682C, value, "hv_evmcs_v1 has no GUEST_INTR_SSP_TABLE")
        )
    if s[928:932].tobytes() != b"\x00\x00\x00\x00":
        value = _value(s, 928, 4)
        found.append(
            Blocker(
                "vmx_preemption_timer_value",
                0x0000482E,
                value,
                "hv_evmcs_v1 has no VMX_PREEMPTION_TIMER_VALUE",
            )
        )
    if s[962:964].tobytes() != b"\x00\x00":
        value = _value(s, 962, 2)
        found.append(
            Blocker("posted_intr_nv", 0x00000002, value, "hv_evmcs_v1 has no POSTED_INTR_NV")
        )
    if s[980:982].tobytes() != b"\x00\x00":
        value = _value(s, 980, 2)
        found.append(
            Blocker("guest_intr_status", 0x00000810, value, "hv_evmcs_v1 has no GUEST_INTR_STATUS")
        )
    if s[996:998].tobytes() != b"\x00\x00":
        value = _value(s, 996, 2)
        found.append(
            Blocker("guest_pml_index", 0x00000812, value, "hv_evmcs_v1 has no GUEST_PML_INDEX")
        )
    if s[3] & 0x80:
        found.append(Blocker("shadow_vmcs", None, 1, "hv_evmcs_v1 has no shadow-VMCS indicator"))
    return found


def kvm_vmcs12_to_hv_evmcs_v1_blockers(src: Buffer) -> list[Blocker]:
    """The values hv_evmcs_v1 could not keep (22 fields checked)."""
    return _kvm_vmcs12_to_hv_evmcs_v1_blockers(_kvm_vmcs12_to_hv_evmcs_v1_source(src))


def kvm_vmcs12_to_hv_evmcs_v1_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12 holds nothing, which kvm_vmcs12_to_hv_evmcs_v1() does not carry (6 spans checked)."""
    return _kvm_vmcs12_unused(_kvm_vmcs12_to_hv_evmcs_v1_source(src))


_kvm_vmcs12_to_hv_evmcs_v1_header = (0x00000001).to_bytes(4, "little")
_kvm_vmcs12_to_hv_evmcs_v1_fill_22 = bytes(2)
_kvm_vmcs12_to_hv_evmcs_v1_fill_296 = bytes(24)
_kvm_vmcs12_to_hv_evmcs_v1_fill_344 = bytes(32)
_kvm_vmcs12_to_hv_evmcs_v1_fill_634 = bytes(46)
_kvm_vmcs12_to_hv_evmcs_v1_fill_728 = bytes(32)
_kvm_vmcs12_to_hv_evmcs_v1_fill_824 = bytes(72)
_kvm_vmcs12_to_hv_evmcs_v1_fill_912 = bytes(48)
_kvm_vmcs12_to_hv_evmcs_v1_fill_992 = bytes(3104)


def kvm_vmcs12_to_hv_evmcs_v1(src: Buffer) -> bytearray:
    """Convert a kvm_vmcs12 region into a new hv_evmcs_v1 region.

    47 copies of coalesced runs; 0 fields new in hv_evmcs_v1 get their defaults.
    """
    s = _kvm_vmcs12_to_hv_evmcs_v1_source(src)
    blockers = _kvm_vmcs12_to_hv_evmcs_v1_blockers(s)
    if blockers:
        raise TranslationBlocked("kvm_vmcs12_to_hv_evmcs_v1", blockers)
    header = _kvm_vmcs12_to_hv_evmcs_v1_header
    # One join over the pieces in destination order: each byte is written once, in C.
    return bytearray().join(
        (
            header,
            s[4:8],
            s[982:996],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_22,
            s[256:272],
            s[584:608],
            s[648:664],
            s[672:680],
            s[924:928],
            s[744:748],
            s[768:772],
            s[804:808],
            s[40:64],
            s[964:980],
            s[840:912],
            s[448:528],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_296,
            s[64:88],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_344,
            s[756:768],
            s[772:780],
            s[784:788],
            s[88:104],
            s[176:208],
            s[216:248],
            s[560:584],
            s[916:924],
            s[344:376],
            s[424:448],
            s[528:536],
            s[608:648],
            s[664:672],
            s[120:128],
            s[960:962],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_634,
            s[168:176],
            s[808:840],
            s[408:416],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_728,
            s[416:424],
            s[536:544],
            s[552:560],
            s[912:916],
            s[748:756],
            s[780:784],
            s[788:804],
            s[544:552],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_824,
            s[248:256],
            s[208:216],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_912,
            s[160:168],
            s[320:328],
            s[272:280],
            s[328:336],
            _kvm_vmcs12_to_hv_evmcs_v1_fill_992,
        )
    )


# --- hv_evmcs_v1_sync_to_kvm_vmcs12: Sync eVMCS into vmcs12 at nested VM entry; all groups for migration.


def _hv_evmcs_v1_sync_to_kvm_vmcs12_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "hv_evmcs_v1", 0x00000001, 0xFFFFFFFF)


def _hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    return found


def hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(src: Buffer) -> list[Blocker]:
    """The values kvm_vmcs12 could not keep (0 fields checked)."""
    return _hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(_hv_evmcs_v1_sync_to_kvm_vmcs12_source(src))


def hv_evmcs_v1_sync_to_kvm_vmcs12_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where hv_evmcs_v1 holds nothing, which hv_evmcs_v1_sync_to_kvm_vmcs12() does not carry (10 spans checked)."""
    return _hv_evmcs_v1_unused(_hv_evmcs_v1_sync_to_kvm_vmcs12_source(src))


def hv_evmcs_v1_sync_to_kvm_vmcs12(
    src: Buffer, into: bytearray | None = None, *, clean_fields: int = 0
) -> bytearray:
    """Write the control, guest_state, host_state fields of a hv_evmcs_v1 region into `into`.

    `into` is an existing kvm_vmcs12 region (a fresh one when None); its other bytes are
    kept. The header gets kvm_vmcs12's revision id.
    Groups whose bits are all set in `clean_fields` are skipped; 0 copies every group,
    which is what restoring or migrating state must use.
    """
    s = _hv_evmcs_v1_sync_to_kvm_vmcs12_source(src)
    target = _new_region(4096, 0x11E57ED0) if into is None else into
    d = _view(target, 4096, "kvm_vmcs12", "destination")
    blockers = _hv_evmcs_v1_sync_to_kvm_vmcs12_blockers(s)
    if blockers:
        raise TranslationBlocked("hv_evmcs_v1_sync_to_kvm_vmcs12", blockers)
    d[800:804] = s[812:816]
    d[544:552] = s[816:824]
    if clean_fields & 0x0001 != 0x0001:  # IO_BITMAP
        d[40:56] = s[104:120]
    if clean_fields & 0x0002 != 0x0002:  # MSR_BITMAP
        d[56:64] = s[120:128]
    if clean_fields & 0x0004 != 0x0004:  # CONTROL_GRP2
        d[88:104] = s[400:416]
        d[160:168] = s[960:968]
        d[320:328] = s[968:976]
        d[328:336] = s[984:992]
    if clean_fields & 0x0008 != 0x0008:  # CONTROL_GRP1
        d[744:748] = s[92:96]
        d[768:772] = s[96:100]
        d[804:808] = s[100:104]
    if clean_fields & 0x0010 != 0x0010:  # CONTROL_PROC
        d[748:752] = s[788:792]
    if clean_fields & 0x0020 != 0x0020:  # CONTROL_EVENT
        d[788:800] = s[800:812]
    if clean_fields & 0x0040 != 0x0040:  # CONTROL_ENTRY
        d[780:784] = s[796:800]
    if clean_fields & 0x0080 != 0x0080:  # CONTROL_EXCPN
        d[752:756] = s[792:796]
    if clean_fields & 0x0100 != 0x0100:  # CRDR
        d[344:376] = s[512:544]
        d[424:448] = s[544:568]
        d[528:536] = s[568:576]
    if clean_fields & 0x0200 != 0x0200:  # CONTROL_XLAT
        d[120:128] = s[624:632]
        d[960:962] = s[632:634]
    if clean_fields & 0x0400 != 0x0400:  # GUEST_BASIC
        d[536:544] = s[768:776]
        d[552:560] = s[776:784]
        d[912:916] = s[784:788]
    if clean_fields & 0x0800 != 0x0800:  # GUEST_GRP1
        d[176:208] = s[416:448]
        d[216:248] = s[448:480]
        d[560:584] = s[480:504]
        d[916:924] = s[504:512]
        d[248:256] = s[896:904]
        d[208:216] = s[904:912]
    if clean_fields & 0x1000 != 0x1000:  # GUEST_GRP2
        d[964:980] = s[128:144]
        d[840:912] = s[144:216]
        d[448:528] = s[216:296]
    if clean_fields & 0x2000 != 0x2000:  # HOST_POINTER
        d[608:648] = s[576:616]
        d[664:672] = s[616:624]
    if clean_fields & 0x4000 != 0x4000:  # HOST_GRP1
        d[982:996] = s[8:22]
        d[256:272] = s[24:40]
        d[584:608] = s[40:64]
        d[648:664] = s[64:80]
        d[672:680] = s[80:88]
        d[924:928] = s[88:92]
        d[272:280] = s[976:984]
    if clean_fields & 0xFFFF != 0xFFFF:  # ALL
        d[64:88] = s[320:344]
        d[756:768] = s[376:388]
        d[772:780] = s[388:396]
        d[784:788] = s[396:400]
    d[0:4] = (0x11E57ED0).to_bytes(4, "little")
    return target


# --- kvm_vmcs12_sync_to_hv_evmcs_v1: Sync vmcs12 into eVMCS at nested VM exit.


def _kvm_vmcs12_sync_to_hv_evmcs_v1_source(src: Buffer) -> memoryview:
    return _source(src, 4096, "kvm_vmcs12", 0x11E57ED0, 0x7FFFFFFF)


def _kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(s: memoryview) -> list[Blocker]:
    found: list[Blocker] = []
    if s[704:712].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 704, 8)
        found.append(Blocker("guest_s_cet", 0x00006828, value, "hv_evmcs_v1 has no GUEST_S_CET"))
    if s[712:720].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 712, 8)
        found.append(Blocker("guest_ssp", 0x0000682A, value, "hv_evmcs_v1 has no GUEST_SSP"))
    if s[720:728].tobytes() != b"\x00\x00\x00\x00\x00\x00\x00\x00":
        value = _value(s, 720, 8)
        found.append(
            Blocker("guest_ssp_tbl", 0x0000682C, value, "hv_evmcs_v1 has no GUEST_INTR_SSP_TABLE")
        )
    if s[928:932].tobytes() != b"\x00\x00\x00\x00":
        value = _value(s, 928, 4)
        found.append(
            Blocker(
                "vmx_preemption_timer_value",
                0x0000482E,
                value,
                "hv_evmcs_v1 has no VMX_PREEMPTION_TIMER_VALUE",
            )
        )
    if s[980:982].tobytes() != b"\x00\x00":
        value = _value(s, 980, 2)
        found.append(
            Blocker("guest_intr_status", 0x00000810, value, "hv_evmcs_v1 has no GUEST_INTR_STATUS")
        )
    if s[996:998].tobytes() != b"\x00\x00":
        value = _value(s, 996, 2)
        found.append(
            Blocker("guest_pml_index", 0x00000812, value, "hv_evmcs_v1 has no GUEST_PML_INDEX")
        )
    if s[3] & 0x80:
        found.append(Blocker("shadow_vmcs", None, 1, "hv_evmcs_v1 has no shadow-VMCS indicator"))
    return found


def kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(src: Buffer) -> list[Blocker]:
    """The values hv_evmcs_v1 could not keep (6 fields checked)."""
    return _kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(_kvm_vmcs12_sync_to_hv_evmcs_v1_source(src))


def kvm_vmcs12_sync_to_hv_evmcs_v1_unused(src: Buffer) -> list[Unused]:
    """The non-zero bytes where kvm_vmcs12 holds nothing, which kvm_vmcs12_sync_to_hv_evmcs_v1() does not carry (6 spans checked)."""
    return _kvm_vmcs12_unused(_kvm_vmcs12_sync_to_hv_evmcs_v1_source(src))


def kvm_vmcs12_sync_to_hv_evmcs_v1(src: Buffer, into: bytearray | None = None) -> bytearray:
    """Write the guest_state, read_only fields of a kvm_vmcs12 region into `into`.

    `into` is an existing hv_evmcs_v1 region (a fresh one when None); its other bytes are
    kept. The header gets hv_evmcs_v1's revision id.
    """
    s = _kvm_vmcs12_sync_to_hv_evmcs_v1_source(src)
    target = _new_region(4096, 0x00000001) if into is None else into
    d = _view(target, 4096, "hv_evmcs_v1", "destination")
    blockers = _kvm_vmcs12_sync_to_hv_evmcs_v1_blockers(s)
    if blockers:
        raise TranslationBlocked("kvm_vmcs12_sync_to_hv_evmcs_v1", blockers)
    d[680:688] = s[168:176]
    d[416:448] = s[176:208]
    d[904:912] = s[208:216]
    d[448:480] = s[216:248]
    d[896:904] = s[248:256]
    d[720:728] = s[408:416]
    d[760:768] = s[416:424]
    d[544:568] = s[424:448]
    d[216:296] = s[448:528]
    d[568:576] = s[528:536]
    d[768:776] = s[536:544]
    d[816:824] = s[544:552]
    d[776:784] = s[552:560]
    d[480:504] = s[560:584]
    d[688:720] = s[808:840]
    d[144:216] = s[840:912]
    d[784:788] = s[912:916]
    d[504:512] = s[916:924]
    d[128:144] = s[964:980]
    d[0:4] = (0x00000001).to_bytes(4, "little")
    return target


# (from, to) -> the translation function.
TRANSLATIONS: dict[tuple[str, str], Callable[..., bytearray]] = {
    ("kvm_vmcs12_v4_14", "kvm_vmcs12"): kvm_vmcs12_v4_14_to_kvm_vmcs12,
    ("kvm_vmcs12", "kvm_vmcs12_v4_14"): kvm_vmcs12_to_kvm_vmcs12_v4_14,
    ("kvm_vmcs12_v6_17", "kvm_vmcs12"): kvm_vmcs12_v6_17_to_kvm_vmcs12,
    ("kvm_vmcs12", "kvm_vmcs12_v6_17"): kvm_vmcs12_to_kvm_vmcs12_v6_17,
    ("kvm_vmcs12", "kvm_vmcs12_evmcs_order"): kvm_vmcs12_to_kvm_vmcs12_evmcs_order,
    ("kvm_vmcs12_evmcs_order", "kvm_vmcs12"): kvm_vmcs12_evmcs_order_to_kvm_vmcs12,
    ("hv_evmcs_v1", "kvm_vmcs12"): hv_evmcs_v1_to_kvm_vmcs12,
    ("kvm_vmcs12", "hv_evmcs_v1"): kvm_vmcs12_to_hv_evmcs_v1,
    ("hv_evmcs_v1", "kvm_vmcs12"): hv_evmcs_v1_sync_to_kvm_vmcs12,
    ("kvm_vmcs12", "hv_evmcs_v1"): kvm_vmcs12_sync_to_hv_evmcs_v1,
}
# vmcsgen-digest: de4b1cc7c30cdc897d29bfc4c3d378eaa06fac9161a42863e4993b801a80d081 79f872633363ede2f67177d15ccf75e0cc62e2dd33ee4742c1ed2b2feb325cef
