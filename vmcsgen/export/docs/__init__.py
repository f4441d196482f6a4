"""Documentation outputs: an SVG map of every layout, an SVG "what moved" picture of every
translation, and a Markdown field reference.

Geometry, colours, pair classification and the reference tables are worked out in this
package's modules as plain view objects; the templates in templates/docs only lay them out.
Text reaches SVG through Jinja's `e` filter (XML escaping) and Markdown cells are escaped in
`reference`. Nothing depends on the working directory, the clock or hash order, so the output
is byte-identical from run to run.
"""

from __future__ import annotations

from vmcsgen.export.docs.labels import LAYOUT_DIR_OUT, PAIR_DIR_OUT, REFERENCE_FILE
from vmcsgen.export.docs.layout_map import layout_map
from vmcsgen.export.docs.pair_map import pair_map
from vmcsgen.export.docs.reference import field_reference
from vmcsgen.export.render import render
from vmcsgen.export.rendered import Rendered
from vmcsgen.model.spec import SpecSet
from vmcsgen.plans.translation_plan import build_plans
from vmcsgen.reading.settings import Config


def render_docs(specs: SpecSet) -> list[Rendered]:
    """Every documentation file, by its path relative to the output directory."""
    plans = build_plans(specs) if specs.translations else ()
    outputs: list[Rendered] = []
    for layout in specs.layouts:
        outputs.append(
            Rendered(
                f"{LAYOUT_DIR_OUT}/{layout.name}.svg",
                render("docs/layout_map.svg.j2", view=layout_map(specs, layout)),
            )
        )
        if layout.clean_fields is not None:
            outputs.append(
                Rendered(
                    f"{LAYOUT_DIR_OUT}/{layout.name}.groups.svg",
                    render("docs/layout_map.svg.j2", view=layout_map(specs, layout, by_group=True)),
                )
            )
    for plan in plans:
        outputs.append(
            Rendered(
                f"{PAIR_DIR_OUT}/{plan.name}.svg",
                render("docs/pair_map.svg.j2", view=pair_map(specs, plan)),
            )
        )
    outputs.append(
        Rendered(
            REFERENCE_FILE,
            render("docs/field_reference.md.j2", view=field_reference(specs, plans)),
        )
    )
    return outputs


def outputs(specs: SpecSet, settings: Config) -> list[Rendered]:
    """The docs do not depend on the consumer's settings."""
    del settings
    return render_docs(specs)
