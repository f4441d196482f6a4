"""A capability profile as a file `load_caps` reads back: YAML (MSR values as 0x hex
integers) or JSON (as "0x..." strings, JSON having no hex numbers). Deterministic: the
same profile gives the same bytes."""

from __future__ import annotations

import json

from vmcsgen.model.caps import CPUID_FEATURE_NAMES, VMX_MSRS, CapabilityProfile

CAPS_FORMATS = ("yaml", "json")


def _cpuid_in_table_order(profile: CapabilityProfile) -> list[str]:
    return [name for name in CPUID_FEATURE_NAMES if profile.has(name)]


def _yaml(profile: CapabilityProfile) -> str:
    # JSON strings are YAML double-quoted scalars, so json.dumps quotes any text safely.
    lines = [
        f"caps: {json.dumps(profile.name)}",
        f"title: {json.dumps(profile.title)}",
        f"source: {json.dumps(profile.source)}",
        f"maxphyaddr: {profile.maxphyaddr}",
        f"cpuid: [{', '.join(_cpuid_in_table_order(profile))}]",
        "msrs:",
    ]
    lines += [f"  {name}: {profile.msr(name):#018x}  # MSR {index:#x}" for name, index in VMX_MSRS]
    return "\n".join(lines) + "\n"


def _json(profile: CapabilityProfile) -> str:
    document = {
        "caps": profile.name,
        "title": profile.title,
        "source": profile.source,
        "maxphyaddr": profile.maxphyaddr,
        "cpuid": _cpuid_in_table_order(profile),
        "msrs": {name: f"{profile.msr(name):#018x}" for name, _ in VMX_MSRS},
    }
    return json.dumps(document, indent=2) + "\n"


def render_caps(profile: CapabilityProfile, file_format: str) -> str:
    """The profile as a `file_format` ("yaml" or "json") file."""
    if file_format == "json":
        return _json(profile)
    if file_format == "yaml":
        return _yaml(profile)
    raise ValueError(f"unknown capability file format {file_format!r}")
