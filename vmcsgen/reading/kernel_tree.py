"""The compiler flags kbuild gives an x86-64 kernel file, for `--kernel-tree DIR`.

Read off `make V=1` of a module in Debian's linux-headers-6.1.0-57-amd64 (kbuild 6.1): the
include order (-nostdinc; the arch's and the generic include/ of the source tree, each
followed by its generated twin in the build tree; then the uapi folders the same way), the
three headers forced on every file (compiler-version.h, kconfig.h, compiler_types.h) and
the defines that select kernel code. Only flags that decide what the preprocessor and the
layout see are kept; code generation and warnings do not change a struct.

A tree is a configured kernel source tree (`make ... prepare` done in it), or a build tree
that names its source: kbuild's `O=` folder (its `source` link) or a Debian headers package
(its Makefile includes the common package's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

AUTOCONF = Path("include/generated/autoconf.h")
KCONFIG = Path("include/linux/kconfig.h")
FORCED_HEADERS = ("compiler-version.h", "kconfig.h", "compiler_types.h")
# kbuild for x86-64: `-m64` and the ABI choices that reach the preprocessor or a layout.
ARCH_FLAGS = ("-m64", "-mno-sse", "-mno-mmx", "-mno-sse2", "-mno-3dnow", "-mno-avx")
LAYOUT_FLAGS = ("-fshort-wchar", "-fno-PIE", "-mcmodel=kernel", "-std=gnu11")
_MAKEFILE_INCLUDE = re.compile(r"^include\s+(\S+)/Makefile\s*$", re.M)


class KernelTreeError(ValueError):
    """DIR is not a kernel tree whose flags can be found."""


@dataclass(frozen=True)
class KernelTree:
    source: Path  # include/linux/, arch/x86/include/
    build: Path  # include/generated/, arch/x86/include/generated/

    def defined(self, option: str) -> bool:
        text = (self.build / AUTOCONF).read_text("utf-8", "replace")
        return re.search(rf"^#define {option} 1$", text, re.M) is not None

    def flags(self) -> tuple[str, ...]:
        source, build = self.source, self.build
        includes = [
            source / "arch/x86/include",
            build / "arch/x86/include/generated",
            source / "include",
            build / "include",
            source / "arch/x86/include/uapi",
            build / "arch/x86/include/generated/uapi",
            source / "include/uapi",
            build / "include/generated/uapi",
        ]
        forced = [
            source / "include/linux" / name
            for name in FORCED_HEADERS
            if (source / "include/linux" / name).is_file()
        ]
        defines = ["-D__KERNEL__"]
        # kbuild's CC_FLAGS_USING, without which asm/ftrace.h stops the build.
        if self.defined("CONFIG_FUNCTION_TRACER") and self.defined("CONFIG_HAVE_FENTRY"):
            defines.append("-DCC_USING_FENTRY")
        return (
            "-nostdinc",
            *(f"-I{folder}" for folder in includes),
            *(word for header in forced for word in ("-include", str(header))),
            *defines,
            *ARCH_FLAGS,
            *LAYOUT_FLAGS,
        )


def _source_of(build: Path) -> Path | None:
    if (build / KCONFIG).is_file():
        return build
    link = build / "source"
    if (link / KCONFIG).is_file():
        return link.resolve()
    makefile = build / "Makefile"
    if makefile.is_file():
        for named in _MAKEFILE_INCLUDE.findall(makefile.read_text("utf-8", "replace")):
            candidate = (build / str(named)).resolve()
            if (candidate / KCONFIG).is_file():
                return candidate
    return None


def find_kernel_tree(folder: Path) -> KernelTree:
    if not folder.is_dir():
        raise KernelTreeError(f"--kernel-tree {folder}: no such folder")
    source = _source_of(folder)
    if source is None:
        raise KernelTreeError(
            f"--kernel-tree {folder}: not a kernel tree (no {KCONFIG}, and neither a `source` "
            "link nor a Makefile that includes the source tree's)"
        )
    if not (folder / AUTOCONF).is_file():
        raise KernelTreeError(
            f"--kernel-tree {folder}: no {AUTOCONF}: configure and prepare the tree "
            "(make olddefconfig prepare), or give its build folder (O=, or the "
            "linux-headers package of the running kernel)"
        )
    return KernelTree(source, folder)
