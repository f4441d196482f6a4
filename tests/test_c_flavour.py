"""One C flavour: every C template asks the CFlavour chosen from c_types, and every C
header opens and closes with the shared preamble. The kvm output is apart: it is KVM's own
files in KVM's own shape (its includes, guards and banner), the same whatever c_types says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from vmcsgen.export.c_flavour import FLAVOURS, c_flavour
from vmcsgen.export.registry import render_outputs
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading.settings import C_TYPE_STYLES, Config

TEMPLATES = ROOT / "templates"
# KVM's own files (templates/kvm/, generated/kvm/) have one shape: KVM's.
KVM_FILES = "kvm"
C_TEMPLATES = sorted(TEMPLATES.rglob("*.h.j2"))
INCLUDE = re.compile(r"^#include <([^>]+)>$", re.MULTILINE)


def test_every_setting_has_a_flavour() -> None:
    assert set(FLAVOURS) == set(C_TYPE_STYLES)
    assert {c_flavour(style).setting for style in C_TYPE_STYLES} == set(C_TYPE_STYLES)


@pytest.mark.parametrize("template", C_TEMPLATES, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_c_templates_ask_the_flavour(template: Path) -> None:
    text = template.read_text("utf-8")
    assert not re.search(r"c_types|\bkernel\b\s*(%|\)|==|and|or)|if (not )?kernel\b", text)
    assert "types." not in text
    if template.name != "preamble.h.j2" and template.parent.name != KVM_FILES:
        assert '{% import "c/preamble.h.j2" as preamble %}' in text
        assert "#ifndef VMCSGEN" not in text and "do not edit" not in text


@pytest.mark.parametrize("style", C_TYPE_STYLES)
def test_headers_include_only_their_flavours_headers(
    specs: SpecSet, style: str, tmp_path: Path
) -> None:
    flavour = c_flavour(style)
    own = {header for header, _ in flavour.headers}
    # Kernel-flavour vmcs_bits.h also includes the Linux headers bits.yaml names, after its own.
    linux = (
        {fmt.kernel_header for fmt in specs.bits.formats if fmt.kernel_header}
        if flavour.kernel_helpers and specs.bits
        else set()
    )
    headers = [
        output
        for output in render_outputs(
            specs, Config(specs=ROOT / "specs", out=tmp_path, c_types=style)
        )
        if output.path.endswith(".h") and not output.path.startswith(f"{KVM_FILES}/")
    ]
    assert len(headers) >= 8
    for output in headers:
        included = INCLUDE.findall(output.text)
        flavours = [h for h in included if h in own]
        assert flavours == [h for h, _ in flavour.headers if h in included], output.path
        extra = included[len(flavours) :]
        assert included[: len(flavours)] == flavours, output.path
        assert set(extra) <= linux, output.path
        assert not extra or output.path == "c/vmcs_bits.h", output.path
        assert "by vmcsgen" in output.text and "do not edit" in output.text
