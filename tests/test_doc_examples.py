"""Every ```sh and ```python example of README.md and docs/*.md runs, as a new user would run
it: in an empty folder outside the checkout, with `vmcsgen` and `python` on PATH.

The examples of one page run in order in one folder, so a later example can use the files an
earlier one made. A shell example whose lines start with `$ ` is a session: each command
must exit 0 (as a shell reports it: a pipeline's status is its last command's) and print
what the lines after it show (stdout and stderr together; a line `...`
stands for any number of lines, `...` inside a line for any text). Any other shell example
is one script that must exit 0. A python example with `>>> ` prompts is a doctest (ELLIPSIS
on); any other is a script that must exit 0.

An example that cannot run here (it installs packages or needs a git checkout) is marked
with `<!-- not run: why -->` on the line before its fence; NOT_RUN_LIMIT keeps that list
short."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
RUN_LANGUAGES = ("sh", "python")
NOT_RUN = re.compile(r"<!-- not run: (?P<why>[^>]+) -->")
NOT_RUN_LIMIT = 8
FENCE = re.compile(r"^```(?P<language>\S*)\s*$")
TIMEOUT = 300


@dataclass(frozen=True)
class Example:
    page: Path
    line: int
    language: str
    text: str
    not_run: str | None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def examples(page: Path) -> list[Example]:
    found: list[Example] = []
    lines = page.read_text("utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        end = index + 1
        while not lines[end].startswith("```"):
            end += 1
        marker = NOT_RUN.search(lines[index - 1]) if index else None
        language = opening["language"]
        if language in RUN_LANGUAGES:
            text = "\n".join(lines[index + 1 : end]) + "\n"
            why = marker["why"] if marker else None
            found.append(Example(page, index + 1, language, text, why))
        index = end + 1
    return found


def environment(folder: Path) -> dict[str, str]:
    """`vmcsgen`, `python` and `python3` run this interpreter with the checkout importable,
    whether or not the package is installed."""
    shims = folder.parent / "bin"
    shims.mkdir(exist_ok=True)
    for name, command in (
        ("vmcsgen", f'exec "{sys.executable}" -m vmcsgen "$@"'),
        ("python", f'exec "{sys.executable}" "$@"'),
        ("python3", f'exec "{sys.executable}" "$@"'),
    ):
        shim = shims / name
        shim.write_text(f"#!/bin/sh\n{command}\n")
        shim.chmod(0o755)
    env = dict(os.environ)
    env.update(
        PATH=f"{shims}{os.pathsep}{os.environ.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",  # stdout and stderr interleave as the program wrote them
        COLUMNS="80",
        LC_ALL="C.UTF-8",
    )
    return env


def run(command: list[str], folder: Path, stdin: str | None = None) -> tuple[int, str]:
    done = subprocess.run(
        command,
        cwd=folder,
        env=environment(folder),
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=TIMEOUT,
    )
    return done.returncode, done.stdout


def expected_pattern(shown: list[str]) -> re.Pattern[str]:
    parts = []
    for line in shown:
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            text = ".*".join(re.escape(piece) for piece in line.rstrip().split("..."))
            parts.append(rf"{text}[ \t]*\n")
    return re.compile("".join(parts))


def sessions(text: str) -> list[tuple[str, list[str]]]:
    """The commands of a `$ ` session, each with the output lines shown after it."""
    steps: list[tuple[str, list[str]]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            raise AssertionError(f"output before the first command: {lines[index]!r}")
        command = lines[index][2:]
        while command.endswith("\\"):
            index += 1
            command = f"{command}\n{lines[index]}"
        index += 1
        shown = []
        while index < len(lines) and not lines[index].startswith("$ "):
            shown.append(lines[index])
            index += 1
        steps.append((command, shown))
    return steps


def run_example(example: Example, folder: Path) -> None:
    if example.language == "python":
        if ">>> " in example.text:
            script = folder / f".example_{example.line}.txt"
            script.write_text(example.text)
            command = [sys.executable, "-m", "doctest", "-o", "ELLIPSIS", script.name]
            status, output = run(command, folder)
        else:
            status, output = run([sys.executable, "-c", example.text], folder)
        assert status == 0, f"{example.where}: python example failed:\n{output}"
        return
    if not example.text.startswith("$ "):
        status, output = run(["bash", "-eu", "-c", example.text], folder)
        assert status == 0, f"{example.where}: exit {status}:\n{output}"
        return
    for command, shown in sessions(example.text):
        status, output = run(["bash", "-eu", "-c", command], folder)
        assert status == 0, f"{example.where}: `{command}` exited {status}:\n{output}"
        if shown:
            pattern = expected_pattern(shown)
            printed = "\n".join(line.rstrip() for line in output.splitlines()) + "\n"
            assert pattern.fullmatch(
                printed
            ), f"{example.where}: `{command}` printed\n{output}\nbut the page shows\n" + "\n".join(
                shown
            )


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples_run(page: Path, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    ran = [example for example in examples(page) if example.not_run is None]
    for example in ran:
        run_example(example, folder)


def test_few_examples_are_not_run() -> None:
    skipped = [e.where for page in PAGES for e in examples(page) if e.not_run is not None]
    assert len(skipped) <= NOT_RUN_LIMIT, skipped
    assert any(examples(page) for page in PAGES)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sh", "$ echo hello\nbye\n"),  # prints something else than the page shows
        ("sh", "$ false\n"),  # exits non-zero
        ("sh", "true\nfalse\ntrue\n"),  # a script whose middle line fails
        ("python", ">>> 1 + 1\n3\n"),  # a doctest with the wrong answer
        ("python", "raise SystemExit(2)\n"),  # a script that fails
    ],
)
def test_a_broken_example_fails(language: str, text: str, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    with pytest.raises(AssertionError):
        run_example(Example(ROOT / "README.md", 1, language, text, None), folder)


def test_a_session_matches_with_ellipses(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    text = "$ printf 'a\\nb\\nc 1 d\\n'\na\n...\nc ... d\n"
    run_example(Example(ROOT / "README.md", 1, "sh", text, None), folder)
