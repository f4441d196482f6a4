"""The layout spec `vmcsgen import` writes, commented like the bundled ones.

Not a generated output of `vmcsgen generate`: the file is the user's from then on, a spec to
edit and commit, so it carries no digest and is written only on request.
"""

from __future__ import annotations

import json
import shlex

from vmcsgen.export.render import render
from vmcsgen.model.spec import MemberKind
from vmcsgen.plans.struct_import import ImportedLayout


def yaml_text(text: str) -> str:
    """A YAML double-quoted scalar: JSON's string syntax is a subset of it."""
    return json.dumps(text, ensure_ascii=False)


def _count(layout: ImportedLayout, kind: MemberKind) -> int:
    return sum(1 for m in layout.members if m.kind is kind)


def render_layout_spec(
    layout: ImportedLayout,
    header: str,
    cflags: str,
    mapping: str | None,
    kernel_tree: str | None = None,
) -> str:
    """`header`, `cflags`, `mapping` and `kernel_tree` as the user gave them, so the text
    names no temp dir."""
    struct = layout.struct
    tree = f" as kbuild compiles a file of the kernel tree {kernel_tree}" if kernel_tree else ""
    flags = f"{tree} with flags {cflags!r}" if cflags else tree
    via = f" and the mapping file {mapping}" if mapping else ""
    source = (
        f"struct {struct.name} in {header}, laid out by {struct.front_end}"
        f" for x86-64{flags}; members matched to catalog fields by name{via}."
    )
    comment = (
        f"Every member of struct {struct.name} ({struct.size} bytes) at the offset the compiler "
        f"gives it: {_count(layout, MemberKind.FIELD)} catalog fields, "
        f"{_count(layout, MemberKind.STATE)} state, {_count(layout, MemberKind.PRIVATE)} "
        f"private and {_count(layout, MemberKind.RESERVED)} reserved members. A member that "
        "is no catalog field keeps its C declaration as its note; give it a field with --map "
        "or edit it here."
    )
    return render(
        "layout_spec/layout.yaml.j2",
        layout=layout,
        text=yaml_text,
        title=f"struct {struct.name} from {header}",
        comment=comment,
        source=source,
        header=shlex.quote(header),
        flags_option=(f" --kernel-tree {shlex.quote(kernel_tree)}" if kernel_tree else "")
        + (f" --cflags {shlex.quote(cflags)}" if cflags else ""),
    )
