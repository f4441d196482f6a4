"""Bits exporter: the named bits and values of the bits spec as c/vmcs_bits.h and
python/vmcs_bits.py.

Kernel-flavour C keeps Linux's names and spells bits as BIT()/BIT_ULL()/GENMASK() from
<linux/bits.h>; user-flavour C prefixes every name with VMCS_ (so it can sit next to
<linux/kvm.h> or another copy of Linux's vmx.h) and uses <stdint.h> constants.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.bits import BitFormat, BitsSpec
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.loader import CATALOG_FILE, spec_name
from vmcsgen.reading.settings import Config

USER_PREFIX = "VMCS_"


TAB = 8


@dataclass(frozen=True)
class CDefine:
    name: str
    expression: str
    comment: str


@dataclass(frozen=True)
class CGroup:
    """One format's defines, under a comment naming what they describe; `column` is where
    the values of the group line up (a multiple of a tab), kernel style."""

    title: str
    fields: tuple[str, ...]
    defines: tuple[CDefine, ...]
    column: int

    def padding(self, define: CDefine) -> str:
        return "\t" * -((len(define.name) - self.column) // TAB)


def _comment(sdm: str, description: str) -> str:
    return f"{sdm}: {description}" if sdm else description


class _Spelling:
    """How one C flavour writes a bit, a mask and a value of a field `width` bits wide."""

    def __init__(self, kernel: bool, width: int) -> None:
        self.kernel = kernel
        self.wide = width > 32

    def name(self, name: str) -> str:
        return name if self.kernel else USER_PREFIX + name

    def bit(self, bit: int) -> str:
        if self.kernel:
            return f"BIT_ULL({bit})" if self.wide else f"BIT({bit})"
        return self._constant(1 << bit)

    def mask(self, high: int, low: int, mask: int) -> str:
        if self.kernel:
            return f"GENMASK_ULL({high}, {low})" if self.wide else f"GENMASK({high}, {low})"
        return self._constant(mask)

    def value(self, value: int, shift: int) -> str:
        if self.kernel:
            if shift and value == 1:
                return self.bit(shift)  # checkpatch --strict asks for BIT() over (1 << n)
            return f"({value} << {shift})" if shift else str(value)
        return self._constant(value << shift, hex_digits=shift > 0)

    def literal(self, value: int) -> str:
        """A mask written out, as Linux writes its ALWAYSON and reserved masks."""
        if self.kernel:
            return f"0x{value:016x}ULL" if self.wide else f"0x{value:08x}"
        return self._constant(value)

    def _constant(self, value: int, hex_digits: bool = True) -> str:
        macro = "UINT64_C" if self.wide else "UINT32_C"
        shown = f"0x{value:0{16 if self.wide else 8}x}" if hex_digits else str(value)
        return f"{macro}({shown})"


def c_group(fmt: BitFormat, kernel: bool) -> CGroup:
    spell = _Spelling(kernel, fmt.width)
    defines = [
        CDefine(spell.name(f.name), spell.bit(f.bit), _comment(f.sdm, f.description))
        for f in fmt.flags
    ]
    for r in fmt.ranges:
        shown = f"bits {r.high}:{r.low}"
        defines.append(
            CDefine(
                spell.name(r.name),
                spell.mask(r.high, r.low, r.mask),
                f"{shown}, {_comment(r.sdm, r.description)}",
            )
        )
        defines += [
            CDefine(spell.name(v.name), spell.value(v.value, r.low), _comment(v.sdm, v.description))
            for v in r.values
        ]
    defines += [
        CDefine(spell.name(v.name), spell.value(v.value, 0), _comment(v.sdm, v.description))
        for v in fmt.values
    ]
    defines += [
        CDefine(spell.name(c.name), spell.literal(c.value), c.description) for c in fmt.constants
    ]
    # "#define " is one tab wide, so names start at a tab stop and values line up after
    # the longest name.
    column = (max(len(d.name) for d in defines) // TAB + 1) * TAB
    return CGroup(fmt.title, fmt.fields, tuple(defines), column)


def _sources(specs: SpecSet) -> list[str]:
    return [spec_name(specs, BITS_FILE), spec_name(specs, CATALOG_FILE)]


def render_c(specs: SpecSet, bits: BitsSpec, kernel: bool, spdx: str) -> str:
    return render(
        "bits/vmcs_bits.h.j2",
        bits=bits,
        kernel=kernel,
        groups=[c_group(fmt, kernel) for fmt in bits.formats],
        sources=_sources(specs),
        spdx=spdx,
    )


def render_python(specs: SpecSet, bits: BitsSpec, spdx: str) -> str:
    return render("bits/vmcs_bits.py.j2", bits=bits, sources=_sources(specs), spdx=spdx)


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/vmcs_bits.h and python/vmcs_bits.py, when the specs have a bits.yaml."""
    if specs.bits is None:
        return []
    kernel = settings.c_types == "kernel"
    return [
        Rendered("c/vmcs_bits.h", render_c(specs, specs.bits, kernel, settings.spdx)),
        Rendered("python/vmcs_bits.py", render_python(specs, specs.bits, settings.spdx)),
    ]
