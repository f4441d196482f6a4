"""Bits exporter: the named bits and values of the bits spec as c/vmcs_bits.h and
python/vmcs_bits.py.

Kernel-flavour C keeps Linux's names and spells bits as BIT()/BIT_ULL()/GENMASK() from
<linux/bits.h>; user-flavour C prefixes every name with VMCS_ (so it can sit next to
<linux/kvm.h> or another copy of Linux's vmx.h) and uses <stdint.h> constants; the
CFlavour spells both.
"""

from __future__ import annotations

from dataclasses import dataclass

from vmcsgen.export.c_flavour import BIT_CONSTANTS, CFlavour, c_flavour
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.bits import BitFormat, BitsSpec
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.loader import CATALOG_FILE, spec_name
from vmcsgen.reading.settings import Config

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
    kernel_header: str  # kernel flavour: the header defining most names; each is guarded

    def padding(self, define: CDefine) -> str:
        return "\t" * -((len(define.name) - self.column) // TAB)


def _comment(sdm: str, description: str) -> str:
    return f"{sdm}: {description}" if sdm else description


def c_group(fmt: BitFormat, flavour: CFlavour) -> CGroup:
    width = fmt.width
    defines = [
        CDefine(flavour.name(f.name), flavour.bit(f.bit, width), _comment(f.sdm, f.description))
        for f in fmt.flags
    ]
    for r in fmt.ranges:
        shown = f"bits {r.high}:{r.low}"
        defines.append(
            CDefine(
                flavour.name(r.name),
                flavour.mask(r.high, r.low, r.mask, width),
                f"{shown}, {_comment(r.sdm, r.description)}",
            )
        )
        defines += [
            CDefine(
                flavour.name(v.name),
                flavour.value(v.value, r.low, width),
                _comment(v.sdm, v.description),
            )
            for v in r.values
        ]
    defines += [
        CDefine(
            flavour.name(v.name), flavour.value(v.value, 0, width), _comment(v.sdm, v.description)
        )
        for v in fmt.values
    ]
    defines += [
        CDefine(flavour.name(c.name), flavour.literal(c.value, width), c.description)
        for c in fmt.constants
    ]
    # "#define " is one tab wide, so names start at a tab stop and values line up after
    # the longest name.
    column = (max(len(d.name) for d in defines) // TAB + 1) * TAB
    kernel_header = fmt.kernel_header if flavour.kernel_helpers else ""
    return CGroup(fmt.title, fmt.fields, tuple(defines), column, kernel_header)


def _sources(specs: SpecSet) -> list[str]:
    return [spec_name(specs, BITS_FILE), spec_name(specs, CATALOG_FILE)]


def render_c(specs: SpecSet, bits: BitsSpec, flavour: CFlavour, spdx: str) -> str:
    groups = [c_group(fmt, flavour) for fmt in bits.formats]
    return render(
        "bits/vmcs_bits.h.j2",
        bits=bits,
        flavour=flavour,
        uses=(BIT_CONSTANTS,),
        groups=groups,
        kernel_headers=sorted({g.kernel_header for g in groups if g.kernel_header}),
        sources=_sources(specs),
        spdx=spdx,
    )


def render_python(specs: SpecSet, bits: BitsSpec, spdx: str) -> str:
    return render("bits/vmcs_bits.py.j2", bits=bits, sources=_sources(specs), spdx=spdx)


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """c/vmcs_bits.h and python/vmcs_bits.py, when the specs have a bits.yaml."""
    if specs.bits is None:
        return []
    flavour = c_flavour(settings.c_types)
    return [
        Rendered("c/vmcs_bits.h", render_c(specs, specs.bits, flavour, settings.spdx)),
        Rendered("python/vmcs_bits.py", render_python(specs, specs.bits, settings.spdx)),
    ]
