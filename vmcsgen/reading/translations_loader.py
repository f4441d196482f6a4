"""translations.yaml: the declared conversions and syncs between layouts."""

from __future__ import annotations

from collections.abc import Iterable

from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.model.encoding import FieldType
from vmcsgen.model.spec import Layout, TranslationMode, TranslationSpec
from vmcsgen.reading.node_values import scalar as _scalar
from vmcsgen.reading.node_values import text as _str
from vmcsgen.reading.node_values import where as _where
from vmcsgen.reading.yaml_source import Mapping, Scalar, Sequence


def build_translations(
    node: Mapping, layouts: dict[str, Layout], diags: Diagnostics
) -> tuple[TranslationSpec, ...]:
    """translations.yaml: every declared conversion and sync, checked against the layouts."""
    items = node.get("translations")
    assert isinstance(items, Sequence)
    result: dict[tuple[str, str, TranslationMode], TranslationSpec] = {}
    names: dict[str, TranslationSpec] = {}
    for item in items.items:
        assert isinstance(item, Mapping)
        source, target = _str(item, "from"), _str(item, "to")
        ok = True
        for key, name in (("from", source), ("to", target)):
            if name not in layouts:
                diags.error(_where(item, key), f"translation {key} unknown layout {name!r}")
                ok = False
        if source == target:
            diags.error(item.location, f"translation from {source} to itself")
            ok = False
        mode = TranslationMode(_str(item, "mode", TranslationMode.CONVERT.value))
        if (source, target, mode) in result:
            kind = "conversion" if mode is TranslationMode.CONVERT else "sync"
            diags.error(item.location, f"{kind} {source} -> {target} is listed twice")
            ok = False
        copy_node = item.get("copy")
        copy = (
            frozenset(FieldType)
            if copy_node is None
            else frozenset(_field_types(copy_node))  # type: ignore[arg-type]
        )
        honour_node = _scalar(item, "honour_clean_fields")
        honour = bool(honour_node is not None and honour_node.value)
        if honour and ok:
            if layouts[source].clean_fields is None:
                diags.error(
                    honour_node.location,  # type: ignore[union-attr]
                    f"honour_clean_fields: {source} has no clean_fields",
                )
                ok = False
            elif mode is not TranslationMode.UPDATE:
                diags.error(
                    honour_node.location,  # type: ignore[union-attr]
                    "honour_clean_fields needs mode: update (skipped groups keep the "
                    "destination's values)",
                )
                ok = False
        if ok:
            spec = TranslationSpec(
                source=source,
                target=target,
                mode=mode,
                copy=copy,
                honour_clean_fields=honour,
                description=_str(item, "description"),
                location=item.location,
            )
            clash = names.get(spec.name)
            if clash is not None:
                diags.error(
                    item.location,
                    f"translation {source} -> {target} would generate {spec.name}(), "
                    f"already generated for {clash.source} -> {clash.target} "
                    f"(line {clash.location.line})",
                )
                continue
            names[spec.name] = spec
            result[(source, target, mode)] = spec
    return tuple(result.values())


def _field_types(node: Sequence) -> Iterable[FieldType]:
    for item in node.items:
        assert isinstance(item, Scalar)
        yield FieldType[str(item.value).upper()]
