"""Fuzzing the spec reader and loader: whatever the input, a clean result or clean errors.

The only allowed outcomes are success or a SpecError whose every diagnostic has a path, a
line and column >= 1 and a one-line message. Never another exception, never a hang, and
never a YAML tag that runs anything.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vmcsgen.export.registry import render_outputs
from vmcsgen.model.diagnostics import Diagnostic, Diagnostics, SpecError
from vmcsgen.model.spec import SpecSet
from vmcsgen.reading import schema_check
from vmcsgen.reading.bits_loader import BITS_FILE
from vmcsgen.reading.checks_loader import CHECKS_DIR
from vmcsgen.reading.container_loader import CONTAINER_DIR
from vmcsgen.reading.history_loader import HISTORY_DIR
from vmcsgen.reading.loader import CATALOG_FILE, LAYOUT_DIR, TRANSLATIONS_FILE, load_specs
from vmcsgen.reading.settings import Config
from vmcsgen.reading.yaml_source import MAX_DEPTH, MAX_NODES, MAX_SPEC_BYTES, Mapping, read_spec

SPECS = Path(__file__).resolve().parent.parent / "specs"
BUNDLED = {
    str(path.relative_to(SPECS)): path.read_text("utf-8") for path in sorted(SPECS.rglob("*.yaml"))
}
LAYOUT_FILES = sorted(name for name in BUNDLED if name.startswith(f"{LAYOUT_DIR}/"))
# A tag that would leave a file behind if anything ever constructed it.
MARKER = Path(tempfile.gettempdir()) / f"vmcsgen-fuzz-tag-ran-{id(BUNDLED)}"
EXECUTING_TAG = f'!!python/object/apply:os.system ["touch {MARKER}"] '

# Each example is a fresh parse of at most a few spec files, a few ms to ~0.3 s; the
# deadline only catches a runaway (a parse that does not stop), with room for a busy
# machine. Example counts keep the whole file near 30 s on two cores.
FAST = settings(
    max_examples=int(os.environ.get("FUZZ_FAST", 400)),
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=int(os.environ.get("FUZZ_SLOW", 120)),
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

YAML_PIECES = [
    "{",
    "}",
    "[",
    "]",
    ": ",
    ":",
    ", ",
    "- ",
    "-",
    "\n",
    "  ",
    "    ",
    "\t",
    " ",
    "#",
    "'",
    '"',
    "\\",
    "? ",
    "|",
    ">-",
    "---\n",
    "...\n",
    "&a ",
    "*a",
    "<<: ",
    "=",
    "~",
    "null",
    "true",
    "false",
    "yes",
    "0",
    "1",
    "-8",
    "0x",
    "0x7fffffff",
    "0x80000000",
    "99999999999",
    "9" * 60,
    "1e999",
    ".nan",
    ".inf",
    "0o17",
    "0b101",
    "1_000",
    "1:20",
    "8.0",
    "2024-01-01",
    "layout",
    "revision",
    "size",
    "members",
    "offset",
    "name",
    "field",
    "kind",
    "header",
    "state",
    "reserved",
    "default",
    "group",
    "clean_fields",
    "fields",
    "translations",
    "from",
    "to",
    "mode",
    "update",
    "IO_BITMAP_A",
    "kvm_vmcs12",
    "!!int ",
    "!!bool ",
    "!!float ",
    "!!str ",
    "!!binary ",
    "!!set ",
    "!!omap ",
    "!foo ",
    "!<tag:x,2000:y> ",
    "%YAML 1.1\n",
    "%YAML 2.0\n",
    "%TAG !e! tag:e.com,2000:\n",
    "!e!x ",
    EXECUTING_TAG,
    "\x00",
    "\x07",
    "\x85",
    "\u2028",
    "\ufeff",
    "é",
    "\U0001f600",
    '"\\x00"',
    '"\\ud800"',
]
yaml_text = st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join)
any_text = st.one_of(yaml_text, st.text(max_size=300))
any_bytes = st.one_of(
    st.binary(max_size=300),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(yaml_text, st.binary(max_size=4)).map(lambda p: p[0].encode() + p[1]),
)

NUMBER = re.compile(r"(?<![\w.])(?:0x[0-9a-fA-F]+|\d+)(?![\w.])")
HOSTILE_NUMBERS = [
    "-1",
    "-8",
    "0",
    "1",
    "7",
    "4095",
    "4096",
    "4097",
    "0x7fffffff",
    "0x80000000",
    "0xffffffff",
    "0x100000000",
    str(2**64),
    str(2**64 - 1),
    "-" + str(2**63),
    "9" * 40,
    "0x" + "f" * 90,
    "9" * 150,
    "1e400",
    "-.inf",
    ".nan",
    "0o777",
    "0b1",
    "1_0",
    "08",
]
INSERTS = [
    "\t",
    EXECUTING_TAG,
    "!!python/name:os.system ",
    "&anchor ",
    "*anchor",
    "<<: ",
    "? ",
    "!!str ",
    "!!int ",
    "!!bool ",
    "!local ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    ": ",
    "'",
    '"',
    "#",
    "\n",
    "---\n",
    "%YAML 1.1\n",
    "\x00",
    "\x1b",
    "\u202e",
    '"""',
    "*/",
    "\\",
]


def assert_clean(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        assert d.location.path, d
        assert d.location.line >= 1 and d.location.column >= 1, d
        assert d.message.strip(), d
        assert "\n" not in d.message and "\r" not in d.message, d
        assert len(d.message) < 1000, d


def read_and_shape(data: bytes) -> None:
    diags = Diagnostics()
    node = read_spec("fuzz.yaml", data, diags)
    assert_clean(diags.found)
    assert not MARKER.exists(), "a YAML tag executed a command"
    if node is None:
        return
    for schema in schema_check.SCHEMA_NAMES:
        shape = Diagnostics()
        ok = schema_check.validate(node, schema, shape)
        assert_clean(shape.found)
        assert ok == (not shape.found)
        assert not ok or isinstance(node, Mapping)


@pytest.fixture(autouse=True, scope="module")
def no_tag_ever_runs() -> Iterator[None]:
    MARKER.unlink(missing_ok=True)
    yield
    assert not MARKER.exists(), "a YAML tag executed a command"


@FAST
@given(any_bytes)
def test_read_spec_takes_any_bytes(data: bytes) -> None:
    read_and_shape(data)


@FAST
@given(any_text)
def test_read_spec_takes_any_text(text: str) -> None:
    read_and_shape(text.encode("utf-8", "surrogatepass"))


# --- mutations of the bundled specs -----------------------------------------------------


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str:
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        op = draw(
            st.sampled_from(
                ["delete", "duplicate", "swap", "flip", "number", "insert", "indent", "cut"]
            )
        )
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, line)
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "flip" and line:
            at = draw(st.integers(0, len(line) - 1))
            char = draw(
                st.one_of(st.sampled_from(list("{}[]:,-#'\"&*!|>?%@` \t0x")), st.characters())
            )
            lines[i] = line[:at] + char + line[at + 1 :]
        elif op == "number":
            numbers = list(NUMBER.finditer(line))
            if numbers:
                m = numbers[draw(st.integers(0, len(numbers) - 1))]
                lines[i] = (
                    line[: m.start()] + draw(st.sampled_from(HOSTILE_NUMBERS)) + line[m.end() :]
                )
        elif op == "insert":
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.sampled_from(INSERTS)) + line[at:]
        elif op == "indent":
            lines[i] = draw(st.sampled_from(["\t", " ", "  ", "\t  "])) + line
        elif op == "cut":
            at = draw(st.integers(0, len(line)))
            lines = [*lines[:i], line[:at]]
    return "\n".join(lines)


@st.composite
def mutated_spec(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(BUNDLED)))
    data = draw(mutated_text(BUNDLED[name])).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:  # now and then, bytes that are not UTF-8
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"]))
            + data[at:]
        )
    return name, data


def spec_dir(root: Path, name: str, data: bytes) -> Path:
    """The smallest spec directory that checks the mutated file the way the bundle does:
    a layout needs the catalog, the catalog one layout, translations every layout, the bits
    and a container the catalog and a layout, a history the catalog and every layout, a
    check spec the catalog, a layout, the bits and the containers."""
    if name == TRANSLATIONS_FILE:
        needed = sorted(BUNDLED)
    elif name in (CATALOG_FILE, BITS_FILE):
        needed = [CATALOG_FILE, LAYOUT_FILES[0]]
    elif name in LAYOUT_FILES:
        needed = [CATALOG_FILE, name]
    elif name.startswith(f"{HISTORY_DIR}/"):
        needed = [CATALOG_FILE, *LAYOUT_FILES, name]  # its eras name bundled layouts
    elif name.startswith(f"{CHECKS_DIR}/"):  # checks read bits and a container's header
        containers = [rel for rel in BUNDLED if rel.startswith(f"{CONTAINER_DIR}/")]
        needed = [CATALOG_FILE, LAYOUT_FILES[0], BITS_FILE, *containers, name]
    else:
        needed = [CATALOG_FILE, LAYOUT_FILES[0], name]
    specs = root / "specs"
    shutil.rmtree(specs, ignore_errors=True)
    (specs / LAYOUT_DIR).mkdir(parents=True)
    for rel in needed:
        (specs / rel).parent.mkdir(parents=True, exist_ok=True)
        (specs / rel).write_text(BUNDLED[rel], "utf-8")
    (specs / name).write_bytes(data)
    return specs


@SLOW
@given(mutated_spec())
def test_load_specs_survives_mutated_bundled_specs(case: tuple[str, bytes]) -> None:
    check_load(*case)


def check_load(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as temp:
        specs = spec_dir(Path(temp), name, data)
        try:
            result = load_specs(specs)
        except SpecError as err:
            assert err.diagnostics, "SpecError without diagnostics"
            assert_clean(err.diagnostics)
        else:
            check_renders(result)
        assert not MARKER.exists(), "a YAML tag executed a command"


def check_renders(specs: SpecSet) -> None:
    """A spec the loader accepts must give outputs, and Python outputs that compile: free
    text that slipped a line break or quote into a docstring would fail here."""
    for output in render_outputs(specs, Config(specs=Path("specs"), out=Path("out"))):
        if output.is_python:
            compile(output.text, output.path, "exec")


@pytest.mark.parametrize("name", sorted(BUNDLED))
def test_unmutated_spec_dirs_load(name: str, tmp_path: Path) -> None:
    """Each minimal directory the mutation test builds is valid before mutation."""
    check_renders(load_specs(spec_dir(tmp_path, name, BUNDLED[name].encode())))


# --- structural edits: values at the schema's bounds, so that more of them load ------------

DOCUMENTS = {name: yaml.safe_load(text) for name, text in BUNDLED.items()}
EDGE_VALUES = [
    -1,
    0,
    1,
    2,
    3,
    4,
    7,
    8,
    16,
    4095,
    4096,
    2**31 - 1,
    2**31,
    2**32 - 1,
    2**64 - 1,
    2**64,
    True,
    None,
    "",
    "header",
    "state",
    "private",
    "reserved",
    "discard",
    "update",
    "control",
    "IO_BITMAP_A",
    "GUEST_RIP",
    "NONE",
    "ALL",
    "kvm_vmcs12",
    "hv_evmcs_v1",
    "x" * 64,
    "class",
    "int",
    "_buf",
    "vmcs_translations",
    'a """ b',
    "a */ b",
    "line\nbreak",
    "\u202e",
]


@st.composite
def edited_spec(draw: st.DrawFn) -> tuple[str, bytes]:
    """A bundled spec with a few of its values replaced, entries dropped or list items
    duplicated or swapped, written back as YAML."""
    name = draw(st.sampled_from(sorted(DOCUMENTS)))
    document = json.loads(json.dumps(DOCUMENTS[name]))  # a deep copy
    for _ in range(draw(st.integers(1, 3))):
        target: Any = document
        while True:  # down to a random container
            inner = [v for v in (target.values() if isinstance(target, dict) else target)]
            inner = [v for v in inner if isinstance(v, (dict, list)) and v]
            if not inner or draw(st.integers(0, 2)) == 0:
                break
            target = draw(st.sampled_from(inner))
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            continue
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(["value", "value", "drop", "copy", "swap"]))
        if action == "value":
            target[key] = draw(st.sampled_from(EDGE_VALUES))
        elif action == "drop":
            del target[key]
        elif isinstance(target, list) and action == "copy":
            target.insert(key, json.loads(json.dumps(target[key])))
        elif isinstance(target, list):
            other = draw(st.sampled_from(keys))
            target[key], target[other] = target[other], target[key]
    return name, yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode()


@SLOW
@given(edited_spec())
def test_load_specs_survives_structural_edits(case: tuple[str, bytes]) -> None:
    check_load(*case)


# --- tags never run, and pathological inputs stay bounded --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EXECUTING_TAG,
        f"title: {EXECUTING_TAG}",
        f"- {EXECUTING_TAG}",
        f"? {EXECUTING_TAG}\n: x",
        f"!!python/object/new:os.system [touch {MARKER}]",
        f"!!python/object:os.system {{cmd: touch {MARKER}}}",
        "!!python/name:os.system",
        f"%TAG !p! tag:yaml.org,2002:python/\n---\n!p!object/apply:os.system [touch {MARKER}]",
        f"!<tag:yaml.org,2002:python/object/apply:os.system> [touch {MARKER}]",
    ],
)
def test_python_tags_never_execute(text: str) -> None:
    diags = Diagnostics()
    assert read_spec("tag.yaml", text.encode(), diags) is None
    assert_clean(diags.found)
    assert "is not allowed in specs" in diags.found[0].message
    assert not MARKER.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[" * 10000, f"nesting deeper than {MAX_DEPTH} levels"),
        (b"- " * 10000 + b"x", f"nesting deeper than {MAX_DEPTH} levels"),
        (b"{a: " * 5000 + b"1" + b"}" * 5000, f"nesting deeper than {MAX_DEPTH} levels"),
        (b"a" * (MAX_SPEC_BYTES + 1), f"the limit is {MAX_SPEC_BYTES} bytes"),
        (b"[" + b"1," * MAX_NODES + b"]", f"more than {MAX_NODES} values"),
        (b"{" + b"a: 1, " * 1000 + b"}", "duplicate keys; stopping here"),
        (b"a: " + b"9" * 5000, "integer of 5000 characters is too large"),
        (b"a: 0x" + b"f" * 5000, "integer of 5002 characters is too large"),
        (b"a: !!bool maybe", "cannot read 'maybe' as boolean"),
        (b"a: !!int ''", "cannot read '' as integer"),
        (b"a: !!float '-'", "cannot read '-' as number"),
        (b"a: !!int '-'", "cannot read '-' as integer"),
    ],
    ids=lambda value: value[:24].decode() if isinstance(value, bytes) else None,
)
def test_pathological_input_is_refused_quickly(data: bytes, message: str) -> None:
    diags = Diagnostics()
    start = time.perf_counter()
    assert read_spec("big.yaml", data, diags) is None
    # A guard against a reader that never stops, not a speed figure (those live in bench/):
    # these inputs take well under a second, and a loaded 2-core machine took 61 s once.
    assert time.perf_counter() - start < 300
    assert_clean(diags.found)
    assert message in diags.found[-1].message
    assert len(diags.found) <= 25


def test_huge_integers_are_shown_by_size() -> None:
    """str() of a >4300-digit int raises ValueError; messages must never need it."""
    value = "0x" + "f" * 95  # under the literal limit, 380 bits
    diags = Diagnostics()
    node = read_spec(
        "big.yaml", f"layout: x\nrevision: {value}\nsize: {value}\nmembers: []\n".encode(), diags
    )
    assert node is not None and not diags
    schema_check.validate(node, "layout", diags)
    assert_clean(diags.found)
    assert "revision is <380-bit integer>" in str(diags.found[0])
