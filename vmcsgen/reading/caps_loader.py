"""Reading a capability profile file (YAML, or JSON, which is YAML too): `caps` (its name),
`title`, `source`, `maxphyaddr`, `cpuid` (feature names) and `msrs` (every IA32_VMX_* MSR,
hex accepted) into a CapabilityProfile, every problem located. `find_caps` names a profile
bundled under specs/caps/."""

from __future__ import annotations

from pathlib import Path

from vmcsgen.model.caps import VMX_MSR_NAMES, CapabilityProfile
from vmcsgen.model.diagnostics import Diagnostics, Location
from vmcsgen.package_data import bundled_specs_dir
from vmcsgen.reading.loader import display_path
from vmcsgen.reading.spec_file import UnreadableSpec, read_spec_file
from vmcsgen.reading.yaml_source import Mapping, Scalar, Sequence, read_spec

CAPS_DIR = "caps"
_TEXT_KEYS = ("caps", "title", "source")
_KEYS = (*_TEXT_KEYS, "maxphyaddr", "cpuid", "msrs")
MAX_MAXPHYADDR = 52


class UnknownProfile(LookupError):
    """No bundled profile has the name asked for; the message lists the ones there are."""

    def __str__(self) -> str:
        return str(self.args[0])


def _number(node: object, low: int, high: int) -> int | None:
    if (
        isinstance(node, Scalar)
        and isinstance(node.value, int)
        and not isinstance(node.value, bool)
    ):
        return node.value if low <= node.value <= high else None
    return None


def _build(node: Mapping, shown: str, diags: Diagnostics) -> CapabilityProfile | None:
    before = len(diags.found)
    for entry, _ in node.entries:
        if entry.value not in _KEYS:
            diags.error(entry.location, f"unknown key {entry.value!r} (keys: {', '.join(_KEYS)})")
    texts = {}
    for key in _TEXT_KEYS:
        value = node.get(key)
        if not isinstance(value, Scalar) or not isinstance(value.value, str) or not value.value:
            where = node.location if value is None else value.location
            diags.error(where, f"{key} must be a non-empty text")
        else:
            texts[key] = value.value
    width_node = node.get("maxphyaddr")
    width = _number(width_node, 1, MAX_MAXPHYADDR)
    if width is None:
        where = node.location if width_node is None else width_node.location
        diags.error(where, f"maxphyaddr must be a number from 1 to {MAX_MAXPHYADDR}")
    cpuid_node = node.get("cpuid")
    features: set[str] = set()
    if not isinstance(cpuid_node, Sequence):
        diags.error(
            node.location if cpuid_node is None else cpuid_node.location,
            "cpuid must be a list of feature names",
        )
    else:
        for item in cpuid_node.items:
            if isinstance(item, Scalar) and isinstance(item.value, str) and item.value.islower():
                features.add(item.value)
            else:
                diags.error(item.location, "a cpuid feature is a lower-case name (lm, la57, ...)")
    msrs_node = node.get("msrs")
    msrs: dict[str, int] = {}
    if not isinstance(msrs_node, Mapping):
        diags.error(
            node.location if msrs_node is None else msrs_node.location,
            "msrs must map each IA32_VMX_* MSR to its value",
        )
    else:
        for msr, value in msrs_node.entries:
            number = _number(value, 0, (1 << 64) - 1)
            if msr.value not in VMX_MSR_NAMES:
                diags.error(msr.location, f"{msr.value} is not a VMX capability MSR")
            elif number is None:
                diags.error(value.location, f"{msr.value} must be a 64-bit number")
            else:
                msrs[str(msr.value)] = number
        missing = [name for name in VMX_MSR_NAMES if name not in msrs]
        if missing and len(diags.found) == before:
            diags.error(msrs_node.location, f"msrs lacks {', '.join(missing)}")
    if len(diags.found) != before or width is None:
        return None
    return CapabilityProfile(
        name=texts["caps"],
        title=texts["title"],
        source=texts["source"],
        msrs=tuple((name, msrs[name]) for name in VMX_MSR_NAMES),
        maxphyaddr=width,
        cpuid=frozenset(features),
        location=Location(shown),
    )


def read_caps(path: Path, diags: Diagnostics) -> CapabilityProfile | None:
    shown = display_path(path)
    try:
        data = read_spec_file(path)
    except UnreadableSpec as err:
        diags.error(Location(shown), f"cannot read capability profile: {err}")
        return None
    before = len(diags.found)
    node = read_spec(shown, data, diags)
    if not isinstance(node, Mapping):
        if len(diags.found) == before:
            diags.error(Location(shown), "a capability profile is a mapping of keys")
        return None
    return _build(node, shown, diags)


def load_caps(path: str | Path) -> CapabilityProfile:
    """The capability profile in the YAML or JSON file `path`; SpecError with every problem
    (file:line:col) when it is not a valid one."""
    diags = Diagnostics()
    profile = read_caps(Path(path), diags)
    diags.check()
    assert profile is not None
    return profile


def find_caps(name: str) -> CapabilityProfile:
    """The bundled profile called `name`; UnknownProfile naming the bundled ones otherwise."""
    paths = sorted((bundled_specs_dir() / CAPS_DIR).glob("*.yaml"))
    for path in paths:
        if path.stem.lower() == name.lower():
            return load_caps(path)
    known = ", ".join(p.stem for p in paths) or "none"
    raise UnknownProfile(f"no bundled capability profile {name!r}; bundled: {known}")
