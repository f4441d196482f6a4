"""Kernel-style line layout of generated C: limits, alignment, and that the C still means
the same (a wrapped fill is compiled and its bytes compared)."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from conftest import Toolchain

from vmcsgen.export.c_style import (
    LINE_LIMIT,
    columns,
    commented,
    fill_literal,
    number_lines,
    wrap_call,
    wrap_condition,
)

LONG_ARGS = [f"unsigned long long argument_number_{i}" for i in range(7)]


def test_wrapped_call_stays_within_the_limit_and_aligns_under_the_parenthesis() -> None:
    text = wrap_call("static inline int some_rather_long_function_name", LONG_ARGS)
    lines = text.splitlines()
    assert len(lines) > 1
    assert all(columns(line) <= LINE_LIMIT for line in lines)
    paren = columns(lines[0].split("(", 1)[0]) + 1
    for line in lines[1:]:
        assert columns(line) - len(line.lstrip()) == paren, line
    assert " ".join(text.split()) == (
        "static inline int some_rather_long_function_name(" + ", ".join(LONG_ARGS) + ")"
    )


def test_a_declaration_too_long_to_align_gets_its_return_type_on_its_own_line() -> None:
    name = "f" * 70
    text = wrap_call(f"static __always_inline int {name}", ["const u8 *s", "size_t max"])
    first, second = text.splitlines()[:2]
    assert first == "static __always_inline int"
    assert second.startswith(f"{name}(const u8 *s")
    assert all(columns(line) <= LINE_LIMIT for line in text.splitlines())


def test_short_calls_stay_on_one_line() -> None:
    assert wrap_call("f", ["a", "b"], ";", indent=1) == "\tf(a, b);"
    assert wrap_call("g", []) == "g()"


def test_wrapped_condition_breaks_after_and_and_aligns_under_the_first_term() -> None:
    terms = [f"value_number_{i} != 0xffffffffffffffffull" for i in range(6)]
    text = wrap_condition(terms, indent=2)
    lines = text.splitlines()
    assert len(lines) > 1
    assert all(columns(line) <= LINE_LIMIT for line in lines)
    assert lines[0].startswith("\t\tif (value_number_0 != ")
    assert all(line.endswith(" &&") for line in lines[:-1])
    assert lines[-1].endswith(")")
    for line in lines[1:]:
        assert line.startswith("\t\t    ") and line[6] != " ", line
    assert " ".join(text.split()) == "if (" + " && ".join(terms) + ")"
    assert wrap_condition(["a == 1u", "b != 0u"]) == "\tif (a == 1u && b != 0u)"


def test_member_comment_moves_above_when_it_does_not_fit() -> None:
    assert commented("u16 a;", "0: A") == "\tu16 a; /* 0: A */"
    above = commented("u64 b;", "8: " + "x" * 80).splitlines()
    assert above == ["\t/* 8: " + "x" * 80 + " */", "\tu64 b;"]
    block = commented("u64 c;", " ".join(["word"] * 40)).splitlines()
    assert block[0] == "\t/*" and block[-2] == "\t */" and block[-1] == "\tu64 c;"
    assert all(columns(line) <= LINE_LIMIT for line in block)


def test_number_lines_start_each_row_on_a_new_line() -> None:
    lines = number_lines(range(100), rows=40, indent=2)
    assert all(columns(line) <= LINE_LIMIT for line in lines)
    assert sum(line.count(",") for line in lines) == 100
    starts = [int(line.split(",")[0]) for line in lines]
    assert {0, 40, 80} <= set(starts)


def test_long_fill_compiles_to_the_same_bytes(toolchain: Toolchain, tmp_path: Path) -> None:
    data = bytes(random.Random(5).randbytes(300))
    lines = fill_literal(12, data)
    assert len(lines) > 3 and all(columns(line) <= LINE_LIMIT for line in lines)
    source = tmp_path / "fill.c"
    source.write_text(
        "#include <stdio.h>\n#include <string.h>\n\n"
        "int main(void)\n{\n\tstatic unsigned char d[400];\n\n"
        + "\n".join(lines)
        + "\n\tfwrite(d, 1, sizeof(d), stdout);\n\treturn 0;\n}\n"
    )
    binary = toolchain.compile(source, tmp_path / "fill", includes=[])
    out = subprocess.run([str(binary)], capture_output=True, check=True).stdout
    assert out == bytes(12) + data + bytes(400 - 12 - len(data))
