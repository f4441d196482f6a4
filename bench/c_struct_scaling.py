"""How `vmcsgen check` scales with the members of the struct it reads.

    python bench/c_struct_scaling.py            # 8k and 64k members, then 512 and 4096
    python bench/c_struct_scaling.py --quick    # 1k and 8k, then 64 and 512

Two ratios, each of a bigger struct's time over a smaller one's with 8 times the members,
both measured in this run:

- structs too large for a VMCS (u64 members, 64 KiB and up): `check` refuses them from their
  size, before reading any member, so the ratio stays near 1 (it was 64x: libclang's field
  offset costs time in the number of siblings, once per member);
- structs that fit in a 4 KiB region (u8 members): every member is read, and the ratio
  shows what libclang's per-member offset costs at the sizes a VMCS can have.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _header(folder: Path, members: int, member_type: str) -> Path:
    path = folder / f"s{members}_{member_type.replace(' ', '_')}.h"
    body = "".join(f"\t{member_type} m{i};\n" for i in range(members))
    path.write_text(f"struct scaled {{\n{body}}};\n")
    return path


def _seconds(header: Path, repeat: int) -> float:
    command = [sys.executable, "-m", "vmcsgen", "check", str(header), "--struct", "scaled"]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [*command, "--layout", "kvm_vmcs12"], cwd=REPO, capture_output=True, check=False
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller structs, one run each")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    pairs = (
        [((1024, 8192), "unsigned long long"), ((64, 512), "unsigned char")]
        if args.quick
        else [((8192, 65536), "unsigned long long"), ((512, 4096), "unsigned char")]
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for (small, large), member_type in pairs:
            base = _seconds(_header(folder, small, member_type), repeat)
            big = _seconds(_header(folder, large, member_type), repeat)
            print(
                f"{member_type} members: {small} in {base:.2f} s, {large} in {big:.2f} s: "
                f"{big / base:.1f}x for {large // small}x the members"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
