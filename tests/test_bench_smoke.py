"""`python bench/run.py --quick` runs end to end; no timing is asserted, only that it works."""

from __future__ import annotations

import itertools
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
RUN = REPO / "bench" / "run.py"
CC = os.environ.get("CC", "gcc")
HEADER = "| benchmark | subject | baseline | ratio | goal | met? |"

pytestmark = pytest.mark.skipif(shutil.which(CC) is None, reason=f"no C compiler ({CC})")


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench")
    markdown, results = out / "benchmarks.md", out / "results.json"
    command = [sys.executable, str(RUN), "--quick", "--output", str(markdown)]
    done = subprocess.run(
        [*command, "--json", str(results), "--cc", CC],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return {
        "rows": json.loads(results.read_text("utf-8"))["rows"],
        "markdown": markdown.read_text("utf-8"),
        "stdout": done.stdout,
    }


def test_every_suite_ran(run: dict[str, Any]) -> None:
    assert {row["section"] for row in run["rows"]} == {"C", "Python", "Generation"}


def test_the_c_benchmark_compiled_and_verified(run: dict[str, Any]) -> None:
    c_rows = [row for row in run["rows"] if row["section"] == "C"]
    # The harness only prints times after building with -Werror and checking that every
    # copy variant writes the same bytes as the generated translation.
    assert any("memcpy" in row["baseline"] for row in c_rows)
    assert any("naive" in row["baseline"] for row in c_rows)
    assert any("uncoalesced" in row["baseline"] for row in c_rows)
    assert any("table" in row["baseline"] for row in c_rows)


def test_every_ratio_is_a_positive_number(run: dict[str, Any]) -> None:
    assert run["rows"]
    for row in run["rows"]:
        for key in ("ratio", "subject_seconds", "baseline_seconds"):
            value = row[key]
            assert isinstance(value, float), (row["benchmark"], key, value)
            assert math.isfinite(value) and value > 0, (row["benchmark"], key, value)


def test_the_report_is_a_markdown_table_of_every_row(run: dict[str, Any]) -> None:
    for text in (run["markdown"], run["stdout"]):
        lines = text.splitlines()
        start = lines.index(HEADER)
        # The table ends at its first non-row line (the hand-written notes have tables too).
        body = list(itertools.takewhile(lambda line: line.startswith("| "), lines[start + 2 :]))
        assert len(body) == len(run["rows"])
        assert all(line.count(" | ") == 5 for line in body)
