"""The spec format and command-line reference pages `vmcsgen docs` writes: every schema key
and every command-line argument appears, nothing undocumented gets through, and the pages
do not depend on the terminal."""

from __future__ import annotations

import argparse
import copy
import re
from typing import Any

import pytest
import yaml
from conftest import ROOT, import_or_missing

from vmcsgen.cli import build_parser
from vmcsgen.cli.reference import describe
from vmcsgen.export.docs import spec_format
from vmcsgen.export.docs.cli_reference import CLI_REFERENCE_FILE, cli_reference
from vmcsgen.reading.schema_check import SCHEMA_NAMES, load_schema

COMMITTED = ROOT / "docs" / "reference"


def _sections(page: str) -> dict[str, str]:
    """The page's text after each `<a id=...>` anchor, up to the next one."""
    parts = re.split(r'<a id="([^"]+)"></a>', page)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _objects(root: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = {"top": root}
    found.update({name: d for name, d in root.get("$defs", {}).items() if "properties" in d})
    return found


def test_spec_format_lists_every_key_of_every_schema() -> None:
    sections = _sections(spec_format.spec_format_page())
    for name in SCHEMA_NAMES:
        for object_name, schema in _objects(load_schema(name)).items():
            section = sections[f"{name}-{object_name.replace('_', '-')}"]
            rows = {line.split("|")[1].strip() for line in section.splitlines() if line[:2] == "| "}
            keys = {f"`{key}`" for key in schema["properties"]}
            assert rows - {"key", "---"} == keys, object_name


def test_spec_format_names_required_keys_and_ranges() -> None:
    sections = _sections(spec_format.spec_format_page())
    member = sections["layout-member"]
    assert "| `offset` | yes | integer 0 to 4095 |" in member
    assert "| `kind` | no | one of `header`, `state`, `private`, `reserved` |" in member
    assert "| `members` | yes | list of [member](#layout-member), at least 1 |" in (
        sections["layout-top"]
    )


def test_a_key_without_description_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    layout = copy.deepcopy(load_schema("layout"))
    del layout["$defs"]["member"]["properties"]["note"]["description"]
    monkeypatch.setattr(spec_format, "load_schema", lambda name: layout)
    with pytest.raises(ValueError, match="key 'note' has no description"):
        spec_format.spec_format_page()


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subs.choices)


def test_cli_reference_has_every_command_and_argument() -> None:
    parser = build_parser()
    sections = _sections(cli_reference(describe(parser)).text)
    for name, sub in _commands(parser).items():
        section = sections[name]
        assert f"usage: vmcsgen {name} " in section
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            shown = ", ".join(action.option_strings) or action.metavar or action.dest
            rows = section.replace("\\|", "|").replace("| `[", "| `")
            assert f"| `{shown}" in rows, (name, shown)
            assert action.help, f"vmcsgen {name}: {shown} has no help text"
            assert action.help.replace("->", "-\\>") in section


def test_cli_reference_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = set()
    for columns in ("20", "80", "300"):
        monkeypatch.setenv("COLUMNS", columns)
        pages.add(cli_reference(describe(build_parser())).text)
    assert len(pages) == 1


def test_cli_reference_follows_thebuild_parser() -> None:
    parser = build_parser()
    assert cli_reference(describe(parser)).text == (COMMITTED / CLI_REFERENCE_FILE).read_text()
    _commands(parser)["list"].add_argument("--colour", help="a new option")
    changed = cli_reference(describe(parser)).text
    assert "| `--colour COLOUR` | no |  |  | a new option |" in changed


def test_spec_format_examples_match_their_schemas() -> None:
    """The first YAML example of each file's section is a whole file of that kind."""
    jsonschema = import_or_missing("jsonschema", "jsonschema is a test dependency")
    page = (COMMITTED / spec_format.SPEC_FORMAT_FILE).read_text()
    checked = []
    for name, (spec_file, _) in spec_format.SPEC_FILES.items():
        section = page.split(f"\n## {spec_file}", 1)[1]
        example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
        jsonschema.Draft202012Validator(load_schema(name)).validate(yaml.safe_load(example))
        checked.append(name)
    assert checked == list(SCHEMA_NAMES)
