"""How the tests of the condition language (model.container.Test) are spelled in Python, C
and Rust, shared by the container rules and the entry checks: "{v}" is the value tested,
"{k}" the operand (a constant, or the other value of same_as and exceeds)."""

from __future__ import annotations

from vmcsgen.model.container import Test

# Python's comparisons bind looser than its bit operators: no test needs parentheses.
PYTHON_TESTS = {
    Test.IS: "{v} == {k}",
    Test.IS_NOT: "{v} != {k}",
    Test.BELOW: "{v} < {k}",
    Test.ABOVE: "{v} > {k}",
    Test.HAS: "{v} & {k} != 0",
    Test.LACKS: "{v} & {k} == 0",
    Test.OUTSIDE: "{v} & ~{k} != 0",
    Test.LACKS_SOME: "{v} & {k} != {k}",
    Test.MISALIGNED: "{v} % {k} != 0",
    Test.WIDER_THAN: "{v} >> {k} != 0",
    Test.SAME_AS: "{v} == {k}",
    Test.EXCEEDS: "{v} > {k}",
}
# C's equality operators bind tighter than & (so a mask test is parenthesised); each test
# is one comparison, which binds tighter than && and ||.
C_TESTS = {
    Test.IS: "{v} == {k}",
    Test.IS_NOT: "{v} != {k}",
    Test.BELOW: "{v} < {k}",
    Test.ABOVE: "{v} > {k}",
    Test.HAS: "({v} & {k}) != 0",
    Test.LACKS: "({v} & {k}) == 0",
    Test.OUTSIDE: "({v} & ~{k}) != 0",
    Test.LACKS_SOME: "({v} & {k}) != {k}",
    Test.MISALIGNED: "({v} % {k}) != 0",
    Test.WIDER_THAN: "({v} >> {k}) != 0",
    Test.SAME_AS: "{v} == {k}",
    Test.EXCEEDS: "{v} > {k}",
}
# Rust's comparisons bind looser than its bit operators, and ! is its bitwise not.
RUST_TESTS = {
    **PYTHON_TESTS,
    Test.OUTSIDE: "{v} & !{k} != 0",
}
