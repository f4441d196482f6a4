"""Kernel-flavour headers as a kernel tree sees them: checkpatch --strict and a kbuild module.

Both tools come from Debian packages (`.ci/run` installs them; see the README):
linux-source-6.1 holds scripts/checkpatch.pl and its data files inside
/usr/src/linux-source-6.1.tar.xz, and linux-headers-amd64 provides the kbuild tree at
/usr/src/linux-headers-<version>-amd64. The tests skip, naming the package, without them,
and fail in CI, which installs them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, missing

from vmcsgen.export.bits import c_group
from vmcsgen.export.c_flavour import KERNEL
from vmcsgen.export.c_style import fill_literal
from vmcsgen.export.registry import render_outputs
from vmcsgen.model.container import Container
from vmcsgen.model.spec import Layout, SpecSet
from vmcsgen.plans.layout_tables import encoded_accesses
from vmcsgen.plans.translation_plan import TranslationPlan, build_plans
from vmcsgen.reading.settings import Config

SOURCE_TARBALL = Path("/usr/src/linux-source-6.1.tar.xz")
CHECKPATCH_FILES = ("checkpatch.pl", "spelling.txt", "const_structs.checkpatch")
HEADER_TREES = ("/lib/modules/*/build", "/usr/src/linux-headers-*-amd64")
TRANSLATIONS_HEADER = "vmcs_translations.h"
BITS_HEADER = "vmcs_bits.h"
SHADOW_FIELDS = "_shadow_fields.h"
ENTRY_CHECKS_HEADER = "vmx_entry_checks.h"
SILENT = re.compile(r"^total: 0 errors, 0 warnings, 0 checks, \d+ lines checked$", re.M)


@pytest.fixture(scope="module")
def kernel_headers(specs: SpecSet, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every C header the kernel flavour generates, written to a temporary folder."""
    folder = tmp_path_factory.mktemp("kernel_headers")
    config = Config(specs=ROOT / "specs", out=folder, c_types="kernel")
    headers = []
    for output in render_outputs(specs, config):
        if output.path.startswith("c/"):
            path = folder / Path(output.path).name
            path.write_text(output.text, "utf-8")
            headers.append(path)
    assert {h.name for h in headers} >= {f"{layout.name}.h" for layout in specs.layouts}
    return sorted(headers)


# --- checkpatch --------------------------------------------------------------------------


def _extract_checkpatch(tarball: Path, folder: Path) -> Path:
    top = "linux-source-6.1/scripts"
    members = [f"{top}/{name}" for name in CHECKPATCH_FILES]
    subprocess.run(["tar", "-xJf", str(tarball), "-C", str(folder), *members], check=True)
    return folder / top / "checkpatch.pl"


@pytest.fixture(scope="session")
def checkpatch(request: pytest.FixtureRequest) -> Path:
    """scripts/checkpatch.pl from linux-source-6.1, extracted once into pytest's cache
    (keyed by the tarball's size and time, so a package upgrade extracts again)."""
    if not SOURCE_TARBALL.is_file():
        missing(
            f"{SOURCE_TARBALL} is missing: install the Debian package linux-source-6.1 "
            "(apt-get install linux-source-6.1)"
        )
    if shutil.which("perl") is None or shutil.which("tar") is None or shutil.which("xz") is None:
        missing("checkpatch needs perl, tar and xz")
    stat = SOURCE_TARBALL.stat()
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    key = f"{stat.st_size}-{stat.st_mtime_ns}"
    folder = (
        cache.mkdir(f"linux-source-6.1-checkpatch-{key}")
        if cache is not None
        else request.getfixturevalue("tmp_path_factory").mktemp("checkpatch")
    )
    script = folder / "linux-source-6.1" / "scripts" / "checkpatch.pl"
    if not all((script.parent / name).is_file() for name in CHECKPATCH_FILES):
        script = _extract_checkpatch(SOURCE_TARBALL, folder)
    return script


def run_checkpatch(script: Path, header: Path) -> str:
    done = subprocess.run(
        ["perl", str(script), "--strict", "--no-tree", "--color=never", "-f", str(header)],
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def test_checkpatch_is_silent_on_every_kernel_header(
    checkpatch: Path, kernel_headers: list[Path]
) -> None:
    reports = {h.name: run_checkpatch(checkpatch, h) for h in kernel_headers}
    noisy = {name: text for name, text in reports.items() if not SILENT.search(text)}
    assert not noisy, "\n\n".join(f"== {name}\n{text}" for name, text in noisy.items())


def test_checkpatch_run_reports_what_it_finds(checkpatch: Path, tmp_path: Path) -> None:
    """The harness sees checkpatch's findings: a header with the attribute spelling the
    kernel replaces by __packed is not reported as silent."""
    header = tmp_path / "bad.h"
    header.write_text(
        "/* SPDX-License-Identifier: GPL-2.0 */\n"
        "struct bad {\n\tu32 a;\n} __attribute__((packed));\n"
    )
    report = run_checkpatch(checkpatch, header)
    assert "Prefer __packed over __attribute__((packed))" in report
    assert not SILENT.search(report)


def test_checkpatch_accepts_a_wrapped_nonzero_fill(checkpatch: Path, tmp_path: Path) -> None:
    """No bundled translation fills defaults long enough to wrap; this one does."""
    header = tmp_path / "fill.h"
    lines = fill_literal(8, bytes(range(1, 200)))
    header.write_text(
        "/* SPDX-License-Identifier: GPL-2.0 */\n"
        "static inline void fill(u8 *d)\n{\n" + "\n".join(lines) + "\n}\n"
    )
    report = run_checkpatch(checkpatch, header)
    assert SILENT.search(report), report


# --- kbuild ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def kbuild_tree() -> Path:
    """A kernel build tree from linux-headers-amd64 (the running kernel's if it has one)."""
    if shutil.which("make") is None:
        missing("kbuild needs make")
    running = (
        Path("/lib/modules")
        / subprocess.run(["uname", "-r"], capture_output=True, text=True).stdout.strip()
    )
    candidates = [running / "build"]
    for pattern in HEADER_TREES:
        candidates += sorted(Path("/").glob(pattern.lstrip("/")), reverse=True)
    for tree in candidates:
        if (tree / "Makefile").is_file() and (tree / "include" / "config").is_dir():
            return tree
    missing(
        "no kernel build tree (" + ", ".join(HEADER_TREES) + "): install the Debian package "
        "linux-headers-amd64 (apt-get install linux-headers-amd64)"
    )


def _layout_calls(layout: Layout) -> Iterator[str]:
    """Read and write every encoding, by constant (the compile-time path) and at run time."""
    prefix = layout.name.upper()
    name = layout.name
    accesses = encoded_accesses(layout)
    yield f"static const u32 {name}_encodings[] = {{"
    yield from (f"\t{prefix}_ENC_{a.name}," for a in accesses)
    yield "};"
    yield ""
    yield f"static int __init vmcsgen_check_{name}(void *region)"
    yield "{"
    yield "\tu64 value = 0;"
    yield "\tsize_t i;"
    yield "\tint err = 0;"
    yield ""
    for access in accesses:
        yield f"\terr |= {name}_write(region, {prefix}_ENC_{access.name}, value + 1);"
        yield f"\terr |= {name}_read(region, {prefix}_ENC_{access.name}, &value);"
    yield f"\tfor (i = 0; i < ARRAY_SIZE({name}_encodings); i++)"
    yield f"\t\terr |= {name}_read(region, {name}_encodings[i], &value);"
    yield "\treturn err;"
    yield "}"
    yield ""


def _unchecked_call(plan: TranslationPlan) -> str:
    clean = plan.spec.honour_clean_fields
    name = f"{plan.name}_dirty_unchecked" if clean else f"{plan.name}_unchecked"
    call = f"{name}(dst, src{', 0x0400u' if clean else ''})"
    return f"err |= {call};" if plan.blockers or plan.shadow_blocks else f"{call};"


def _translation_calls(plans: tuple[TranslationPlan, ...]) -> Iterator[str]:
    yield "static int __init vmcsgen_check_translations(void *dst, const void *src)"
    yield "{"
    yield "\tstruct vmcsgen_blocker blockers[8];"
    yield "\tint err = 0;"
    yield ""
    for plan in plans:
        sizes = f"dst, {plan.target.size}, src, {plan.source.size}"
        yield (
            f"\terr |= {plan.name}_blockers(src, {plan.source.size}, blockers, "
            "ARRAY_SIZE(blockers));"
        )
        yield f"\terr |= {plan.name}({sizes});"
        if plan.discards:
            yield (
                f"\terr |= {plan.name}_discarded(src, {plan.source.size}, blockers, "
                "ARRAY_SIZE(blockers)) < 0;"
            )
        if plan.is_update:
            if plan.spec.honour_clean_fields:
                yield f"\terr |= {plan.name}_dirty({sizes}, 0xffffu);"
            yield "\t" + _unchecked_call(plan)
    yield "\treturn err;"
    yield "}"
    yield ""


def _bits_table(specs: SpecSet) -> Iterator[str]:
    """Every name vmcs_bits.h defines, as an initialiser: each must expand to a constant."""
    assert specs.bits is not None
    yield "static const u64 vmcsgen_bits[] __initconst = {"
    for fmt in specs.bits.formats:
        yield from (f"\t{d.name}," for d in c_group(fmt, KERNEL).defines)
    yield "};"
    yield ""


def _shadow_table(layout: Layout, header: str) -> Iterator[str]:
    """KVM's use of the list: one table per access (vmx/nested.c), entries pairing the
    field's encoding with its member's offset; every entry read back by encoding."""
    name = layout.name
    for table, macro in (("read_only", "SHADOW_FIELD_RO"), ("read_write", "SHADOW_FIELD_RW")):
        yield f"static const struct vmcsgen_shadow_field {name}_shadow_{table}[] __initconst = {{"
        yield (
            f"#define {macro}(x, y) {{ {name.upper()}_ENC_##x, " f"offsetof(struct {name}, y) }},"
        )
        yield f'#include "{header}"'
        yield "};"
        yield ""
    yield f"static int __init vmcsgen_check_{name}_shadow(const void *region)"
    yield "{"
    yield "\tu64 value;"
    yield "\tsize_t i;"
    yield "\tint err = 0;"
    yield ""
    for table in ("read_only", "read_write"):
        yield f"\tfor (i = 0; i < ARRAY_SIZE({name}_shadow_{table}); i++)"
        yield (
            f"\t\terr |= {name}_read(region, {name}_shadow_{table}[i].encoding, &value) "
            f"|| {name}_shadow_{table}[i].offset >= {layout.struct_size};"
        )
    yield "\treturn err;"
    yield "}"
    yield ""


def region_layout(specs: SpecSet, container: Container) -> Layout:
    """The first layout a container's first region slot accepts (revision and size)."""
    slot = container.regions[0]
    return next(
        layout
        for layout in specs.layouts
        if layout.revision == slot.revision and layout.size <= slot.size
    )


def _container_calls(specs: SpecSet, container: Container) -> Iterator[str]:
    """Build a blob from the module's regions, validate it with the region layout's reader,
    name its first broken rule and look a region up again."""
    name = container.name
    prefix = name.upper()
    layout = region_layout(specs, container)
    yield f"static u8 vmcsgen_{name}_blob[{container.max_size}] __aligned(8);"
    yield ""
    yield f"static int __init vmcsgen_check_{name}(const void *region)"
    yield "{"
    yield f"\tstatic const struct {name}_header hdr = {{"
    yield f"\t\t.{container.size_member.name} = {prefix}_HEADER_SIZE,"
    yield "\t};"
    yield f"\tconst void *regions[{prefix}_NR_REGIONS];"
    yield "\tunsigned int i;"
    yield "\tu64 broken;"
    yield "\tlong len;"
    yield ""
    yield "\tfor (i = 0; i < ARRAY_SIZE(regions); i++)"
    yield "\t\tregions[i] = region;"
    yield (
        f"\tlen = {name}_build(vmcsgen_{name}_blob, sizeof(vmcsgen_{name}_blob), &hdr, "
        "regions, ARRAY_SIZE(regions));"
    )
    yield "\tif (len < 0)"
    yield "\t\treturn (int)len;"
    yield f"\tbroken = {name}_violations(vmcsgen_{name}_blob, (size_t)len, {layout.name}_reader);"
    yield "\tif (broken)"
    yield (
        f'\t\tpr_info("{name}: %s: %s\\n", {name}_rule_id(__ffs64(broken)), '
        f"{name}_rule_message(__ffs64(broken)));"
    )
    last = f"{prefix}_NR_REGIONS - 1"
    yield f"\treturn {name}_region(vmcsgen_{name}_blob, (size_t)len, {last}) ? 0 : -EINVAL;"
    yield "}"
    yield ""


def _entry_check_calls() -> Iterator[str]:
    """Run the entry checks on a region (as vmcs12 and as the shadow vmcs12, no header) and
    name the first broken one."""
    yield "static int __init vmcsgen_check_entry_checks(const void *region)"
    yield "{"
    yield "\tstatic const struct vmx_entry_caps caps = { .maxphyaddr = 46 };"
    yield "\tstruct vmx_entry_check_result result;"
    yield ""
    yield "\tvmx_entry_checks(region, region, NULL, &caps, &result);"
    yield "\tif (result.failed[0])"
    yield (
        '\t\tpr_info("vmx_entry_checks: %s: %s\\n", vmx_entry_check_id(__ffs64(result.failed[0])), '
        "vmx_entry_check_message(__ffs64(result.failed[0])));"
    )
    yield "\treturn vmx_entry_check_test(result.undecided, VMX_ENTRY_NR_CHECKS) ? -EINVAL : 0;"
    yield "}"
    yield ""


def module_source(specs: SpecSet, headers: list[Path]) -> str:
    """A module that includes every kernel-flavour header and uses what it declares: the
    layouts' accessors, the translations, every bit name, the shadow-field lists the way
    KVM includes them, and the containers' build, validation and lookups."""
    layouts = {f"{layout.name}.h": layout for layout in specs.layouts}
    shadow = {f"{layout.name}{SHADOW_FIELDS}": layout for layout in specs.layouts}
    containers = {f"{container.name}.h": container for container in specs.containers}
    plans = build_plans(specs)
    region = max(layout.size for layout in specs.layouts)
    lines = [
        "// SPDX-License-Identifier: GPL-2.0",
        "#include <linux/bitops.h>",
        "#include <linux/kernel.h>",
        "#include <linux/module.h>",
        "",
        *(f'#include "{h.name}"' for h in headers if h.name not in shadow),
        "",
        f"static u8 vmcsgen_src[{region}] __aligned(8);",
        f"static u8 vmcsgen_dst[{region}] __aligned(8);",
        "",
    ]
    called = [layouts[h.name] for h in headers if h.name in layouts]
    for layout in called:
        lines += _layout_calls(layout)
    translations = any(h.name == TRANSLATIONS_HEADER for h in headers) and plans
    if translations:
        lines += _translation_calls(plans)
    bits = any(h.name == BITS_HEADER for h in headers)
    if bits:
        lines += _bits_table(specs)
    shadowed = [(shadow[h.name], h.name) for h in headers if h.name in shadow]
    if shadowed:
        lines += ["struct vmcsgen_shadow_field {", "\tu32 encoding;", "\tu16 offset;", "};", ""]
    for layout, header in shadowed:
        lines += _shadow_table(layout, header)
    held = [containers[h.name] for h in headers if h.name in containers]
    for container in held:
        lines += _container_calls(specs, container)
    entry_checks = any(h.name == ENTRY_CHECKS_HEADER for h in headers)
    if entry_checks:
        lines += _entry_check_calls()
    lines += ["static int __init vmcsgen_check_init(void)", "{", "\tint err = 0;"]
    if bits:
        lines += ["\tu64 names = 0;", "\tsize_t i;"]
    lines.append("")
    lines += [f"\terr |= vmcsgen_check_{layout.name}(vmcsgen_dst);" for layout in called]
    if translations:
        lines.append("\terr |= vmcsgen_check_translations(vmcsgen_dst, vmcsgen_src);")
    lines += [
        f"\terr |= vmcsgen_check_{layout.name}_shadow(vmcsgen_dst);" for layout, _ in shadowed
    ]
    lines += [f"\terr |= vmcsgen_check_{c.name}(vmcsgen_dst);" for c in held]
    if entry_checks:
        lines.append("\terr |= vmcsgen_check_entry_checks(vmcsgen_dst);")
    if bits:
        lines += [
            "\tfor (i = 0; i < ARRAY_SIZE(vmcsgen_bits); i++)",
            "\t\tnames |= vmcsgen_bits[i];",
            "\terr |= !names;",
        ]
    lines += ["\treturn err ? -EINVAL : 0;", "}", ""]
    lines += [
        "static void __exit vmcsgen_check_exit(void)",
        "{",
        "}",
        "",
        "module_init(vmcsgen_check_init);",
        "module_exit(vmcsgen_check_exit);",
        'MODULE_DESCRIPTION("vmcsgen kernel-flavour header build check");',
        'MODULE_LICENSE("GPL");',
    ]
    return "\n".join(lines) + "\n"


def kbuild(tree: Path, folder: Path, source: str) -> subprocess.CompletedProcess[str]:
    """Build `source` as module vmcsgen_check at W=1 with -Werror."""
    (folder / "vmcsgen_check.c").write_text(source, "utf-8")
    (folder / "Kbuild").write_text("obj-m += vmcsgen_check.o\nccflags-y += -Werror\n")
    return subprocess.run(
        ["make", "-C", str(tree), f"M={folder}", "W=1", "modules"],
        capture_output=True,
        text=True,
    )


def test_module_with_every_kernel_header_builds_at_w1_werror(
    specs: SpecSet, kernel_headers: list[Path], kbuild_tree: Path, tmp_path: Path
) -> None:
    used = {TRANSLATIONS_HEADER, BITS_HEADER, ENTRY_CHECKS_HEADER}
    for layout in specs.layouts:
        used |= {f"{layout.name}.h", f"{layout.name}{SHADOW_FIELDS}"}
    used |= {f"{container.name}.h" for container in specs.containers}
    unused = {h.name for h in kernel_headers} - used
    assert not unused, f"module_source() includes these but calls nothing in them: {unused}"
    for header in kernel_headers:
        shutil.copy(header, tmp_path / header.name)
    built = kbuild(kbuild_tree, tmp_path, module_source(specs, kernel_headers))
    log = built.stdout + built.stderr
    assert built.returncode == 0, log
    assert "warning:" not in log, log
    assert (tmp_path / "vmcsgen_check.ko").is_file()


# The kernel's own headers that define what vmcs_bits.h also names, KVM's among them.
KVM_INCLUDES = (
    "#include <linux/kvm_host.h>",
    "#include <asm/vmx.h>",
    "#include <asm/debugreg.h>",
    "#include <asm/msr-index.h>",
    "#include <asm/processor-flags.h>",
    "#include <asm/segment.h>",
)


@pytest.mark.parametrize("ours_first", [True, False], ids=["ours-first", "kernel-first"])
def test_kernel_headers_build_next_to_kvm_s_in_either_order(
    kernel_headers: list[Path], kbuild_tree: Path, tmp_path: Path, ours_first: bool
) -> None:
    """A KVM source includes vmcs_bits.h and the generated checks before or after
    linux/kvm_host.h and asm/vmx.h: no name is defined twice either way."""
    for header in kernel_headers:
        shutil.copy(header, tmp_path / header.name)
    ours = [f'#include "{name}"' for name in (BITS_HEADER, ENTRY_CHECKS_HEADER)]
    includes = [*ours, *KVM_INCLUDES] if ours_first else [*KVM_INCLUDES, *ours]
    source = "\n".join(
        [
            "// SPDX-License-Identifier: GPL-2.0",
            "#include <linux/module.h>",
            *includes,
            "",
            "static int __init vmcsgen_check_init(void)",
            "{",
            "\tBUILD_BUG_ON(CPU_BASED_HLT_EXITING != BIT(7));",
            "\tBUILD_BUG_ON(X86_CR4_VMXE != BIT(13));",
            "\tBUILD_BUG_ON(DR7_FIXED_ONES != DR7_FIXED_1);",
            "\treturn 0;",
            "}",
            "module_init(vmcsgen_check_init);",
            'MODULE_LICENSE("GPL");',
            "",
        ]
    )
    built = kbuild(kbuild_tree, tmp_path, source)
    log = built.stdout + built.stderr
    assert built.returncode == 0, log
    assert "warning:" not in log, log


def test_kbuild_run_fails_on_a_warning(kbuild_tree: Path, tmp_path: Path) -> None:
    """W=1 -Werror is in force: an unused variable stops the build."""
    source = (
        "// SPDX-License-Identifier: GPL-2.0\n#include <linux/module.h>\n"
        "static int __init bad_init(void)\n{\n\tint unused;\n\n\treturn 0;\n}\n"
        'module_init(bad_init);\nMODULE_LICENSE("GPL");\n'
    )
    built = kbuild(kbuild_tree, tmp_path, source)
    assert built.returncode != 0
    assert "unused variable" in built.stdout + built.stderr
