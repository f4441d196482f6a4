"""Load capability profiles (`caps/*.yaml`, or any YAML or JSON file of that shape): the
IA32_VMX_* MSRs, MAXPHYADDR and CPUID features of a destination vCPU. Shape comes from
caps.schema.json; this module checks what a schema cannot (settings that contradict
themselves, a feature named twice) and builds the model."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from vmcsgen.model.caps import CONTROL_MSR_NAMES, VMX_MSR_NAMES, CapabilityProfile
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.package_data import bundled_specs_dir
from vmcsgen.reading.loader import display_path, read_document
from vmcsgen.reading.node_values import integer, text
from vmcsgen.reading.yaml_source import Mapping, Node, Scalar, Sequence

CAPS_DIR = "caps"
CAPS_SCHEMA = "caps"


class UnknownProfile(LookupError):
    """No bundled profile has the name asked for; the message lists the ones there are."""

    def __str__(self) -> str:
        return str(self.args[0])


def _msr_value(node: Node) -> int:
    assert isinstance(node, Scalar)
    value = node.value
    if isinstance(value, str):  # the schema let only "0x" and hex digits through
        return int(value, 16)
    assert isinstance(value, int)
    return value


def _msrs(node: Mapping, diags: Diagnostics) -> tuple[tuple[str, int], ...]:
    values = {str(key.value): (_msr_value(value), value.location) for key, value in node.entries}
    for name in CONTROL_MSR_NAMES:
        value, where = values[name]
        contradicted = value & 0xFFFFFFFF & ~(value >> 32)
        if contradicted:
            diags.error(
                where,
                f"{name} {value:#018x}: control bits {contradicted:#x} must be 1 (bits 31:0) "
                "but are not allowed to be 1 (bits 63:32), so no VM entry could succeed",
            )
    return tuple((name, values[name][0]) for name in VMX_MSR_NAMES)


def _cpuid(node: Sequence, diags: Diagnostics) -> frozenset[str]:
    seen: dict[str, Location] = {}
    for item in node.items:
        assert isinstance(item, Scalar)
        name = str(item.value)
        first = seen.setdefault(name, item.location)
        if first is not item.location:
            diags.error(
                item.location, f"cpuid feature {name!r} is listed twice (line {first.line})"
            )
    return frozenset(seen)


def build_caps(node: Mapping, diags: Diagnostics) -> CapabilityProfile | None:
    """The profile of a schema-checked document, or None after reporting its problems."""
    before = len(diags.found)
    msrs_node, cpuid_node = node.get("msrs"), node.get("cpuid")
    assert isinstance(msrs_node, Mapping) and isinstance(cpuid_node, Sequence)
    msrs = _msrs(msrs_node, diags)
    cpuid = _cpuid(cpuid_node, diags)
    maxphyaddr = integer(node, "maxphyaddr")
    assert maxphyaddr is not None
    if len(diags.found) != before:
        return None
    return CapabilityProfile(
        name=text(node, "caps"),
        title=text(node, "title"),
        source=text(node, "source"),
        msrs=msrs,
        maxphyaddr=maxphyaddr,
        cpuid=cpuid,
        location=node.location,
    )


def read_caps(path: Path, diags: Diagnostics) -> CapabilityProfile | None:
    """One profile file, every problem it has reported into `diags`."""
    node = read_document(path, CAPS_SCHEMA, diags, "capability profile")
    return None if node is None else build_caps(node, diags)


def load_caps(path: str | Path) -> CapabilityProfile:
    """The capability profile in the YAML or JSON file `path`; SpecError with every problem
    (file:line:col) when it is not a valid one."""
    diags = Diagnostics()
    profile = read_caps(Path(path), diags)
    diags.check()
    assert profile is not None
    return profile


def bundled_caps_dir() -> Path:
    return bundled_specs_dir() / CAPS_DIR


@cache
def bundled_caps(folder: Path | None = None) -> tuple[CapabilityProfile, ...]:
    """Every profile in `folder` (default: those shipped with vmcsgen), by name; each must be
    named after its file."""
    diags = Diagnostics()
    profiles = []
    for path in sorted((folder or bundled_caps_dir()).glob("*.yaml")):
        profile = read_caps(path, diags)
        if profile is not None and profile.name != path.stem:
            diags.error(
                profile.location, f"profile {profile.name!r} must live in {profile.name}.yaml"
            )
        elif profile is not None:
            profiles.append(profile)
    diags.check()
    return tuple(sorted(profiles, key=lambda p: p.name.lower()))


def find_caps(name: str, folder: Path | None = None) -> CapabilityProfile:
    """The bundled profile called `name` (case does not matter), from `folder` when given;
    UnknownProfile naming the profiles there otherwise."""
    profiles = bundled_caps(folder)
    for profile in profiles:
        if profile.name.lower() == name.lower():
            return profile
    known = ", ".join(p.name for p in profiles) or "none"
    if folder is None or folder.resolve() == bundled_caps_dir().resolve():
        raise UnknownProfile(f"no bundled capability profile {name!r}; bundled: {known}")
    raise UnknownProfile(
        f"no capability profile {name!r} in {display_path(folder)}; profiles there: {known}"
    )
