"""The shipped JSON Schemas mean what vmcsgen's own interpreter of them enforces.

vmcsgen applies its schemas with a small interpreter (vmcsgen/schema_check.py) so that
every error has a file:line:col. Editors and other tools read the same schemas with a
real JSON Schema implementation; these tests check, with the `jsonschema` library, that
both accept the bundled specs and reject the same broken ones.

Two deliberate differences, where vmcsgen is stricter than python-jsonschema:
* a pattern's final `$` does not match before a trailing newline (ECMA-262, as JSON Schema
  specifies; python-jsonschema uses Python's `re`, where it does);
* an integer must be written as one: `8.0` is a number, though JSON Schema counts it as an
  integer.
"""

from __future__ import annotations

import json
import math
import os
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vmcsgen.model.diagnostics import Diagnostics
from vmcsgen.reading import schema_check
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.caps_loader import CAPS_DIR
from vmcsgen.reading.checks_loader import CHECKS_DIR
from vmcsgen.reading.container_loader import CONTAINER_DIR
from vmcsgen.reading.history_loader import HISTORY_DIR
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE
from vmcsgen.reading.proposals import PROPOSALS_DIR
from vmcsgen.reading.yaml_source import Mapping, Node, Sequence, read_spec

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CORPUS = Path(__file__).resolve().parent / "malformed"


def schema_for(rel: str) -> str:
    if rel in (CATALOG_FILE, f"{PROPOSALS_DIR}/{CATALOG_FILE}"):
        return "catalog"
    if rel == TRANSLATIONS_FILE:
        return "translations"
    if rel == BITS_FILE:
        return "bits"
    if rel.startswith(f"{CONTAINER_DIR}/"):
        return "container"
    if rel.startswith(f"{HISTORY_DIR}/"):
        return "history"
    if rel.startswith(f"{CHECKS_DIR}/"):
        return "checks"
    if rel.startswith(f"{CAPS_DIR}/"):
        return "caps"
    assert rel.startswith((f"{LAYOUT_DIR}/", f"{PROPOSALS_DIR}/"))
    return "layout"


BUNDLED = sorted(str(p.relative_to(SPECS)) for p in SPECS.rglob("*.yaml"))


def validator(name: str) -> jsonschema.Draft202012Validator:
    text = resources.files("vmcsgen.schema").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


VALIDATORS = {name: validator(name) for name in schema_check.SCHEMA_NAMES}


def plain(node: Node) -> Any:
    """The JSON value of a located node."""
    if isinstance(node, Mapping):
        return {k.value: plain(v) for k, v in node.entries}
    if isinstance(node, Sequence):
        return [plain(item) for item in node.items]
    return node.value


def vmcsgen_accepts(data: bytes, schema: str) -> bool:
    diags = Diagnostics()
    node = read_spec("spec.yaml", data, diags)
    assert node is not None and not diags.found, diags.found
    return schema_check.validate(node, schema, diags)


def jsonschema_accepts(data: bytes, schema: str) -> bool:
    # PyYAML's own loader, not vmcsgen's reader, so that only the schema is shared.
    return VALIDATORS[schema].is_valid(yaml.safe_load(data))


@pytest.mark.parametrize("rel", BUNDLED)
def test_bundled_specs_are_valid_for_jsonschema(rel: str) -> None:
    data = (SPECS / rel).read_bytes()
    errors = [e.message for e in VALIDATORS[schema_for(rel)].iter_errors(yaml.safe_load(data))]
    assert errors == []
    assert vmcsgen_accepts(data, schema_for(rel))


# Corpus cases whose mistake is one of shape: both validators must reject the broken file.
SHAPE_CASES = [
    ("string_offset", "layouts/tiny.yaml"),
    ("float_offset", None),  # see the module docstring: only vmcsgen rejects 8.0
    ("bool_size", "layouts/tiny.yaml"),
    ("negative_offset", "layouts/tiny.yaml"),
    ("huge_offset", "layouts/tiny.yaml"),
    ("revision_above_31_bits", "layouts/tiny.yaml"),
    ("region_too_large", "layouts/tiny.yaml"),
    ("unknown_top_level_key", "layouts/tiny.yaml"),
    ("unknown_member_key", "layouts/tiny.yaml"),
    ("missing_required_top_level", "layouts/tiny.yaml"),
    ("missing_member_name", "layouts/tiny.yaml"),
    ("empty_members", "layouts/tiny.yaml"),
    ("bad_kind", "layouts/tiny.yaml"),
    ("bad_member_name", "layouts/tiny.yaml"),
    ("list_where_mapping", "layouts/tiny.yaml"),
    ("mapping_where_list", "layouts/tiny.yaml"),
    ("top_level_list", "layouts/tiny.yaml"),
    ("catalog_encoding_string", "fields.yaml"),
    ("catalog_encoding_above_32_bits", "fields.yaml"),
    ("catalog_missing_fields", "fields.yaml"),
    ("translation_bad_copy", "translations.yaml"),
    ("translation_missing_to", "translations.yaml"),
]


@pytest.mark.parametrize(("case", "rel"), [c for c in SHAPE_CASES if c[1] is not None])
def test_corpus_shape_errors_are_rejected_by_both(case: str, rel: str) -> None:
    data = (CORPUS / case / "specs" / rel).read_bytes()
    schema = schema_for(rel)
    assert not vmcsgen_accepts(data, schema)
    assert not jsonschema_accepts(data, schema)


def test_corpus_semantic_errors_pass_both_schemas() -> None:
    """Mistakes the schemas cannot see are the loader's job: both validators let them by."""
    for case in ("overlapping_members", "misaligned_offset", "undeclared_gap", "two_headers"):
        data = (CORPUS / case / "specs" / "layouts" / "tiny.yaml").read_bytes()
        assert vmcsgen_accepts(data, "layout"), case
        assert jsonschema_accepts(data, "layout"), case


def test_known_differences_are_vmcsgen_being_stricter() -> None:
    newline = (
        CORPUS / "name_with_trailing_newline" / "specs" / "layouts" / "tiny.yaml"
    ).read_bytes()
    floating = (CORPUS / "float_offset" / "specs" / "layouts" / "tiny.yaml").read_bytes()
    assert not vmcsgen_accepts(newline, "layout")
    assert not vmcsgen_accepts(floating, "layout")


# --- random edits of the bundled specs, judged by both ---------------------------------

KEYS = [
    "layout",
    "title",
    "source",
    "revision",
    "size",
    "shadow_indicator",
    "members",
    "retired",
    "clean_fields",
    "offset",
    "name",
    "field",
    "kind",
    "default",
    "group",
    "note",
    "policy",
    "reason",
    "member",
    "groups",
    "fields",
    "translations",
    "from",
    "to",
    "mode",
    "copy",
    "honour_clean_fields",
    "description",
    "IO_BITMAP_A",
    "NONE",
    "x",
    "bad key",
    "",
]
BOUNDS = [-1, 0, 1, 7, 8, 4095, 4096, 4097, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**64 - 1, 2**64]
NAMES = [
    "header",
    "state",
    "private",
    "reserved",
    "discard",
    "refuse",
    "convert",
    "update",
    "control",
    "guest_state",
    "IO_BITMAP_A",
    "NONE",
    "kvm_vmcs12",
    "hv_evmcs_v1",
    "a_b",
    "",
    "Bad",
    "x" * 64,
    "x" * 65,
    "X" * 64,
    "X" * 65,
    "_x",
    "9x",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from(BOUNDS),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=6),
    st.sampled_from(NAMES),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=3)
    ),
    max_leaves=6,
)


def trimmed(rel: str) -> Any:
    """A bundled spec, its long lists cut short so that an example stays quick."""
    document = yaml.safe_load((SPECS / rel).read_text("utf-8"))
    for key in ("members", "retired", "translations"):
        if isinstance(document.get(key), list):
            document[key] = document[key][:4]
    if "fields" in document:
        document["fields"] = dict(list(document["fields"].items())[:6])
    return document


TRIMMED = {rel: trimmed(rel) for rel in BUNDLED}


@st.composite
def edited_spec(draw: st.DrawFn) -> tuple[str, Any]:
    rel = draw(st.sampled_from(BUNDLED))
    document = json.loads(json.dumps(TRIMMED[rel]))
    for _ in range(draw(st.integers(1, 3))):
        # Walk down to a random container, then replace, delete or add one entry.
        target = document
        while True:
            children = list(target.items()) if isinstance(target, dict) else list(enumerate(target))
            containers = [(k, v) for k, v in children if isinstance(v, (dict, list)) and v]
            if not containers or draw(st.booleans()):
                break
            target = draw(st.sampled_from(containers))[1]
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        action = draw(st.sampled_from(["nudge", "nudge", "replace", "delete", "add"]))
        if action == "nudge" and keys:
            # A value of the same type, often at a schema bound: valid specs are drawn too.
            key = draw(st.sampled_from(keys))
            old = target[key]
            if isinstance(old, bool):
                target[key] = not old
            elif isinstance(old, int):
                target[key] = draw(st.sampled_from(BOUNDS))
            elif isinstance(old, str):
                target[key] = draw(st.sampled_from(NAMES))
        elif action == "add" or not keys:
            if isinstance(target, dict):
                target[draw(st.sampled_from(KEYS))] = draw(values)
            else:
                target.append(draw(values))
        elif action == "delete":
            del target[draw(st.sampled_from(keys))]
        else:
            target[draw(st.sampled_from(keys))] = draw(values)
    return rel, document


def known_difference(value: Any) -> bool:
    """Where vmcsgen is stricter by design (see the module docstring)."""
    if isinstance(value, float):
        return math.isfinite(value) and value.is_integer()
    if isinstance(value, str):
        return value.endswith("\n")
    if isinstance(value, dict):
        return any(known_difference(k) or known_difference(v) for k, v in value.items())
    if isinstance(value, list):
        return any(known_difference(v) for v in value)
    return False


@settings(
    max_examples=int(os.environ.get("FUZZ_AGREE", 400)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(edited_spec())
def test_random_edits_get_the_same_verdict(case: tuple[str, Any]) -> None:
    rel, document = case
    assume(not known_difference(document))
    data = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8")
    diags = Diagnostics()
    node = read_spec("spec.yaml", data, diags)
    assume(node is not None and not diags.found)  # text the YAML reader refuses
    schema = schema_for(rel)
    ours = schema_check.validate(node, schema, Diagnostics())
    theirs = VALIDATORS[schema].is_valid(plain(node))
    first = next(iter(VALIDATORS[schema].iter_errors(plain(node))), None)
    verdict = {True: "accepts", False: "rejects"}
    assert ours == theirs, f"vmcsgen {verdict[ours]}, jsonschema {verdict[theirs]}: {first}"
