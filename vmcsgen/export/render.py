"""Jinja2 environment shared by the exporters, and identifier escaping for C and Python."""

from __future__ import annotations

import keyword
import textwrap
from functools import cache

import jinja2

from vmcsgen import __version__
from vmcsgen.package_data import package_folder

# C11 and C++20 keywords: a member with one of these names gets a trailing underscore.
_C_KEYWORD_TEXT = """
auto break case char const continue default do double else enum extern float for goto if
inline int long register restrict return short signed sizeof static struct switch
typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Complex
_Generic _Imaginary _Noreturn _Static_assert _Thread_local alignas alignof and and_eq
asm bitand bitor bool catch char16_t char32_t char8_t class compl concept consteval
constexpr constinit const_cast co_await co_return co_yield decltype delete dynamic_cast
explicit export false friend mutable namespace new noexcept not not_eq nullptr operator
or or_eq private protected public reinterpret_cast requires static_assert static_cast
template this thread_local throw true try typeid typename using virtual wchar_t xor
xor_eq
"""
C_KEYWORDS = frozenset(_C_KEYWORD_TEXT.split())


def c_identifier(name: str) -> str:
    """A member name that is a C or C++ keyword gets a trailing underscore."""
    return f"{name}_" if name in C_KEYWORDS else name


def py_identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """A Python keyword, soft keyword or a name in `reserved` gets a trailing underscore."""
    taken = keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved
    return f"{name}_" if taken else name


def class_name(layout_name: str) -> str:
    """kvm_vmcs12_v4_14 -> KvmVmcs12V4_14 (digit-led parts keep their underscore)."""
    parts = layout_name.split("_")
    out = parts[0].capitalize()
    for part in parts[1:]:
        out += f"_{part}" if part[:1].isdigit() else part.capitalize()
    return out


def coordinate(value: float) -> str:
    """An SVG coordinate: integral values without a fraction, others to 0.1 px."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def wrap_comment(text: str, width: int = 88) -> list[str]:
    # Never split a word at a hyphen or in its middle: paths and names must survive intact.
    words = " ".join(text.split())
    return textwrap.wrap(words, width, break_long_words=False, break_on_hyphens=False) or [""]


def _load_template(name: str) -> str:
    return package_folder("vmcsgen.templates", "templates").joinpath(name).read_text("utf-8")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["hex"] = lambda value, digits=0: f"0x{value:0{digits}x}"
    env.filters["wrap"] = wrap_comment
    env.filters["coord"] = coordinate
    env.globals["vmcsgen_version"] = __version__
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
