"""vmcsgen check on Linux's own headers, in a real kernel tree, with no hand-written stubs.

KVM's arch/x86/kvm/vmx/vmcs12.h and the KVM selftests' copy of the enlightened VMCS come from
the Debian package linux-source-6.1 (extracted once into pytest's cache); the kernel's include
paths and configuration come from the linux-headers-*-amd64 package given as --kernel-tree.
"""

from __future__ import annotations

import glob
import subprocess
from pathlib import Path

import pytest
from conftest import SPECS, missing

from vmcsgen.cli import main
from vmcsgen.reading.kernel_tree import KernelTreeError, find_kernel_tree

SOURCE_TARBALL = Path("/usr/src/linux-source-6.1.tar.xz")
TOP = "linux-source-6.1"
MEMBERS = (
    "arch/x86/kvm",
    "tools/include",
    "tools/arch/x86/include",
    "tools/testing/selftests/kselftest.h",
    "tools/testing/selftests/kvm/include",
)
CET = ("host_s_cet", "host_ssp", "host_ssp_tbl", "guest_s_cet", "guest_ssp", "guest_ssp_tbl")


@pytest.fixture(scope="module")
def source(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCE_TARBALL.is_file():
        missing(f"{SOURCE_TARBALL} is missing: apt-get install linux-source-6.1")
    stat = SOURCE_TARBALL.stat()
    cache = getattr(request.config, "cache", None)
    key = f"linux-source-6.1-kvm-{stat.st_size}-{stat.st_mtime_ns}"
    folder = cache.mkdir(key) if cache is not None else tmp_path_factory.mktemp("linux")
    if not (folder / TOP / MEMBERS[-1]).is_dir():
        members = [f"{TOP}/{member}" for member in MEMBERS]
        subprocess.run(
            ["tar", "-xJf", str(SOURCE_TARBALL), "-C", str(folder), *members], check=True
        )
    return folder / TOP


@pytest.fixture(scope="module")
def headers() -> Path:
    trees = sorted(glob.glob("/usr/src/linux-headers-*-amd64"))
    if not trees:
        missing("no /usr/src/linux-headers-*-amd64: apt-get install linux-headers-amd64")
    return Path(trees[-1])


def check(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["check", "--specs", str(SPECS), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_kvm_vmcs12_h_in_its_kernel_tree(
    source: Path, headers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Linux 6.1's struct vmcs12 is kvm_vmcs12_v6_17 exactly, and lacks only CET of 6.18."""
    header = source / "arch/x86/kvm/vmx/vmcs12.h"
    base = (str(header), "--struct", "vmcs12", "--kernel-tree", str(headers))
    status, out, err = check(*base, "--layout", "kvm_vmcs12_v6_17", capsys=capsys)
    assert (status, err) == (0, ""), err
    assert "identical: 149 members, 998 bytes" in out
    status, out, err = check(*base, "--layout", "kvm_vmcs12", capsys=capsys)
    assert status == 1
    problems = [line for line in err.splitlines() if ": error: " in line]
    assert [line.split("has no member '")[1].split("'")[0] for line in problems] == sorted(CET)
    assert all(line.endswith("the struct has 'paddingl' (natural_width paddingl[8]) there")
               for line in problems)  # fmt: skip
    assert err.splitlines()[-1].endswith("vs layout kvm_vmcs12 (specs/layouts/kvm_vmcs12.yaml): "
                                         "6 differences")  # fmt: skip


def test_without_the_kernel_tree_the_header_does_not_build(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = source / "arch/x86/kvm/vmx/vmcs12.h"
    status, _, err = check(
        str(header), "--struct", "vmcs12", "--layout", "kvm_vmcs12_v6_17", capsys=capsys
    )
    assert status == 1 and "'linux/build_bug.h' file not found" in err


def test_selftests_enlightened_vmcs_is_hv_evmcs_v1(
    source: Path, headers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The selftests' struct hv_enlightened_vmcs names its padding its own way (padding16,
    hv_padding_32) and its header does not build on its own (evmcs.h and vmx.h include each
    other): the struct is still the layout, and the errors are notes."""
    selftests = source / "tools/testing/selftests"
    common = Path(headers.resolve().as_posix().replace("-amd64", "-common"))
    uapi = [
        common / "include/uapi",
        common / "arch/x86/include/uapi",
        headers / "arch/x86/include/generated/uapi",
        headers / "include/generated/uapi",
    ]
    includes = [
        source / "tools/include",
        source / "tools/arch/x86/include",
        *uapi,
        selftests / "kvm/include",
        selftests / "kvm/include/x86_64",
        selftests,
    ]
    header = selftests / "kvm/include/x86_64/evmcs.h"
    status, out, err = check(
        str(header), "--struct", "hv_enlightened_vmcs", "--layout", "hv_evmcs_v1",
        "--", "-std=gnu99", *(f"-I{folder}" for folder in includes), capsys=capsys,
    )  # fmt: skip
    assert status == 0, err
    assert "identical: 158 members, 1024 bytes" in out
    notes = [line for line in err.splitlines() if ": note: " in line]
    assert ": error: " not in err and len(notes) > 1
    assert notes[-1].endswith("outside struct hv_enlightened_vmcs and the types it uses (listed "
                              "above): the struct was still read")  # fmt: skip


def test_kernel_tree_forms(tmp_path: Path, headers: Path) -> None:
    """A source tree, an O= build folder with its `source` link, a headers package."""
    packaged = find_kernel_tree(headers)
    assert packaged.build == headers and (packaged.source / "include/linux/kconfig.h").is_file()
    flags = packaged.flags()
    assert flags[0] == "-nostdinc" and "-D__KERNEL__" in flags
    assert flags[flags.index("-include") + 1].endswith("include/linux/compiler-version.h")
    source = tmp_path / "linux"
    (source / "include/linux").mkdir(parents=True)
    (source / "include/linux/kconfig.h").write_text("")
    with pytest.raises(KernelTreeError, match=r"no include/generated/autoconf\.h: configure"):
        find_kernel_tree(source)
    build = tmp_path / "build"
    (build / "include/generated").mkdir(parents=True)
    (build / "include/generated/autoconf.h").write_text("#define CONFIG_X86_64 1\n")
    with pytest.raises(KernelTreeError, match="not a kernel tree"):
        find_kernel_tree(build)
    (build / "source").symlink_to(source)
    tree = find_kernel_tree(build)
    assert (tree.source, tree.build) == (source, build)
    assert "-DCC_USING_FENTRY" not in tree.flags()
    with pytest.raises(KernelTreeError, match="no such folder"):
        find_kernel_tree(tmp_path / "nowhere")
