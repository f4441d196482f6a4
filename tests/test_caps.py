"""Capability profiles: the file format, the bundled profiles and where their values come
from (each checked against a second, independent read of its source)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, import_or_missing

import vmcsgen
from vmcsgen.model.caps import CPUID_FEATURE_NAMES, VMX_MSR_NAMES, VMX_MSRS, CapabilityProfile
from vmcsgen.model.diagnostics import SpecError
from vmcsgen.model.spec import SpecSet
from vmcsgen.output.caps_file import render_caps
from vmcsgen.reading.caps_loader import bundled_caps, find_caps, load_caps
from vmcsgen.reading.schema_check import load_schema

CAPS = ROOT / "specs" / "caps"
QEMU_MODELS = ("Skylake-Server", "Cascadelake-Server", "Icelake-Server", "SapphireRapids")


def bits(*positions: int) -> int:
    return sum(1 << p for p in positions)


def same_values(a: CapabilityProfile, b: CapabilityProfile) -> bool:
    return dataclasses.replace(a, location=b.location) == b


def errors_of(path: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_caps(path)
    return [str(d) for d in caught.value.diagnostics]


def profile_text(**changes: object) -> str:
    """A valid profile document (kvm-6.1's values) with top-level keys replaced."""
    document: dict[str, object] = json.loads(render_caps(find_caps("kvm-6.1"), "json"))
    document.update(changes)
    return json.dumps(document, indent=2)


def test_every_bundled_profile_loads_and_is_named_after_its_file() -> None:
    files = sorted(p.stem for p in CAPS.glob("*.yaml"))
    assert sorted(p.name for p in bundled_caps()) == files
    assert {*QEMU_MODELS, "kvm-6.1", "kvm-upstream"} <= set(files)
    for profile in bundled_caps():
        assert [name for name, _ in profile.msrs] == list(VMX_MSR_NAMES)
        assert profile.source and profile.title


def test_bundled_profiles_satisfy_the_schema_read_by_jsonschema_too() -> None:
    jsonschema = import_or_missing("jsonschema", "jsonschema is a test dependency")
    validator = jsonschema.Draft202012Validator(load_schema("caps"))
    for path in sorted(CAPS.glob("*.yaml")):
        validator.validate(yaml.safe_load(path.read_text("utf-8")))


def test_schema_names_the_model_msrs_and_features() -> None:
    schema = load_schema("caps")
    assert schema["$defs"]["msrs"]["required"] == list(VMX_MSR_NAMES)
    assert schema["properties"]["cpuid"]["items"]["enum"] == list(CPUID_FEATURE_NAMES)


def test_find_caps_ignores_case_and_names_the_known_ones() -> None:
    assert find_caps("skylake-server").name == "Skylake-Server"
    with pytest.raises(vmcsgen.UnknownProfile) as caught:
        vmcsgen.find_caps("Haswell")
    assert "'Haswell'" in str(caught.value) and "kvm-6.1" in str(caught.value)


def test_public_api_reexports_the_caps_names() -> None:
    assert vmcsgen.load_caps is load_caps and vmcsgen.find_caps is find_caps
    assert vmcsgen.CapabilityProfile is CapabilityProfile


def test_every_schema_error_is_located_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "caps: bad\n"
        "title: t\n"
        "source: s\n"
        "maxphyaddr: 64\n"
        "cpuid: [lm, la58]\n"
        "colour: blue\n"
        "msrs:\n"
        "  IA32_VMX_BASIC: '0xfoo'\n"
        "  IA32_VMX_MISC: -1\n",
        "utf-8",
    )
    found = errors_of(path)
    text = "\n".join(found)
    assert f"{path}:4:13: error: maxphyaddr is 64 (0x40); it must be at most 52 (0x34)" in text
    assert f"{path}:5:13: error: cpuid[1] must be one of 'vme', " in text
    assert f"{path}:6:1: error: unknown key 'colour' in vmcsgen capability profile" in text
    assert f"{path}:8:19: error: msrs.IA32_VMX_BASIC '0xfoo' is not a valid" in text
    assert f"{path}:9:18: error: msrs.IA32_VMX_MISC is -1; it must be at least 0" in text
    assert f"{path}:8:3: error: msrs is missing required key 'IA32_VMX_PINBASED_CTLS'" in text
    assert len(found) == 5 + 17  # and the 17 MSRs missing besides the two given


def test_contradictory_controls_and_repeated_features_are_refused(tmp_path: Path) -> None:
    lines = render_caps(find_caps("kvm-6.1"), "yaml").splitlines()
    lines = [
        "  IA32_VMX_TRUE_ENTRY_CTLS: 0x0000000000000200" if "TRUE_ENTRY" in line else line
        for line in lines
    ]
    lines = [
        line.replace("[vme,", "[vme, lm,") if line.startswith("cpuid:") else line for line in lines
    ]
    path = tmp_path / "contradiction.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    entry_line = next(i for i, line in enumerate(lines, 1) if "TRUE_ENTRY" in line)
    found = errors_of(path)
    assert any(
        f"{path}:{entry_line}:29: error: IA32_VMX_TRUE_ENTRY_CTLS 0x0000000000000200: control "
        "bits 0x200 must be 1" in line
        for line in found
    ), found
    assert any("cpuid feature 'lm' is listed twice" in line for line in found), found


def test_json_profile_with_hex_strings_loads_as_the_yaml_one(tmp_path: Path) -> None:
    path = tmp_path / "kvm.json"
    path.write_text(profile_text(), "utf-8")
    assert same_values(load_caps(path), find_caps("kvm-6.1"))
    path.write_text(profile_text(maxphyaddr="40"), "utf-8")
    assert errors_of(path) == [
        f"{path}:5:17: error: maxphyaddr must be an integer, not string '40'"
    ]


def test_unreadable_and_empty_profiles_are_reported(tmp_path: Path) -> None:
    assert errors_of(tmp_path / "absent.yaml")[0].endswith(
        "error: cannot read capability profile: No such file or directory"
    )
    (tmp_path / "empty.yaml").write_text("", "utf-8")
    assert errors_of(tmp_path / "empty.yaml")[0].endswith("error: capability profile is empty")
    assert "it is a folder" in errors_of(tmp_path)[0]


@pytest.mark.parametrize("file_format", ["yaml", "json"])
def test_every_bundled_profile_rendered_reloads_equal(tmp_path: Path, file_format: str) -> None:
    for profile in bundled_caps():
        path = tmp_path / f"{profile.name}.{file_format}"
        text = render_caps(profile, file_format)
        assert text == render_caps(profile, file_format)  # deterministic
        path.write_text(text, "utf-8")
        assert same_values(load_caps(path), profile), profile.name


def test_controls_come_from_the_true_msrs_and_va_bits_from_la57() -> None:
    skylake, icelake = find_caps("Skylake-Server"), find_caps("Icelake-Server")
    assert skylake.true_controls
    # CR3-load exiting (bit 15) is a default-1 control QEMU lets L1 clear: only TRUE says so.
    assert skylake.msr("IA32_VMX_PROCBASED_CTLS") & 1 << 15
    assert not skylake.controls("proc").allowed0 & 1 << 15
    assert (skylake.va_bits, icelake.va_bits) == (48, 57)


# The vmx-* feature names QEMU gives each bit (target/i386/cpu.c feature_word_info, qemu/qemu
# 0048035a), the MSR each word lives in, and per model (version 1 of the model's definition)
# which of them it sets, read from the model's .features[FEAT_VMX_*] a second time, by name.
VMX_NAMES = {
    "vmx-hlt-exit": ("IA32_VMX_TRUE_PROCBASED_CTLS", 7),
    "vmx-cr3-load-noexit": ("IA32_VMX_TRUE_PROCBASED_CTLS", 15),
    "vmx-mtf": ("IA32_VMX_TRUE_PROCBASED_CTLS", 27),
    "vmx-secondary-ctls": ("IA32_VMX_TRUE_PROCBASED_CTLS", 31),
    "vmx-ept": ("IA32_VMX_PROCBASED_CTLS2", 1),
    "vmx-vpid": ("IA32_VMX_PROCBASED_CTLS2", 5),
    "vmx-vmfunc": ("IA32_VMX_PROCBASED_CTLS2", 13),
    "vmx-encls-exit": ("IA32_VMX_PROCBASED_CTLS2", 15),
    "vmx-rdseed-exit": ("IA32_VMX_PROCBASED_CTLS2", 16),
    "vmx-pml": ("IA32_VMX_PROCBASED_CTLS2", 17),
    "vmx-xsaves": ("IA32_VMX_PROCBASED_CTLS2", 20),
    "vmx-tsc-scaling": ("IA32_VMX_PROCBASED_CTLS2", 25),
    "vmx-preemption-timer": ("IA32_VMX_TRUE_PINBASED_CTLS", 6),
    "vmx-posted-intr": ("IA32_VMX_TRUE_PINBASED_CTLS", 7),
    "vmx-exit-clear-bndcfgs": ("IA32_VMX_TRUE_EXIT_CTLS", 23),
    "vmx-exit-load-pkrs": ("IA32_VMX_TRUE_EXIT_CTLS", 29),
    "vmx-entry-load-bndcfgs": ("IA32_VMX_TRUE_ENTRY_CTLS", 16),
    "vmx-activity-hlt": ("IA32_VMX_MISC", 6),
    "vmx-activity-wait-sipi": ("IA32_VMX_MISC", 8),
    "vmx-page-walk-5": ("IA32_VMX_EPT_VPID_CAP", 7),
    "vmx-eptad": ("IA32_VMX_EPT_VPID_CAP", 21),
    "vmx-invvpid-all-context": ("IA32_VMX_EPT_VPID_CAP", 42),
    "vmx-eptp-switching": ("IA32_VMX_VMFUNC", 0),
    "vmx-true-ctls": ("IA32_VMX_BASIC", 55),
}
ALWAYS = {
    "vmx-hlt-exit",
    "vmx-cr3-load-noexit",
    "vmx-mtf",
    "vmx-secondary-ctls",
    "vmx-ept",
    "vmx-vpid",
    "vmx-vmfunc",
    "vmx-preemption-timer",
    "vmx-posted-intr",
    "vmx-activity-hlt",
    "vmx-eptad",
    "vmx-invvpid-all-context",
    "vmx-true-ctls",
}
MODEL_FEATURES = {
    "Skylake-Server": ALWAYS | {"vmx-rdseed-exit", "vmx-pml"},  # EPTP switching from v4
    "Cascadelake-Server": ALWAYS | {"vmx-rdseed-exit", "vmx-pml"},
    "Icelake-Server": ALWAYS,  # rdseed-exit, pml, eptp-switching from v4, xsaves v5, pwl5 v6
    "SapphireRapids": ALWAYS
    | {"vmx-rdseed-exit", "vmx-pml", "vmx-xsaves", "vmx-page-walk-5", "vmx-eptp-switching"},
}
# CPUID features of the model's FEAT_7_0_EBX and FEAT_7_0_ECX that the checks consult (all
# four have CPUID_7_0_EBX_RTM, none CPUID_7_0_EBX_SGX; only SapphireRapids has
# CPUID_7_0_ECX_BUS_LOCK_DETECT).
LEAF_7_FEATURES = {"sgx", "rtm", "pku", "umip", "la57", "bus_lock_detect"}
MODEL_CPUID = {
    "Skylake-Server": {"rtm", "pku"},
    "Cascadelake-Server": {"rtm", "pku"},
    "Icelake-Server": {"rtm", "pku", "umip", "la57"},
    "SapphireRapids": {"rtm", "pku", "umip", "la57", "bus_lock_detect"},
}


@pytest.mark.parametrize("model", QEMU_MODELS)
def test_qemu_model_bits_match_a_second_read_by_feature_name(model: str) -> None:
    profile = find_caps(model)
    for name, (msr, bit) in VMX_NAMES.items():
        value = profile.msr(msr)
        # Control words: allowed-1 is bits 63:32; capability MSRs: the bit itself.
        allowed = value >> 32 + bit & 1 if "CTLS" in msr else value >> bit & 1
        assert allowed == (name in MODEL_FEATURES[model]), (model, name)
    assert LEAF_7_FEATURES & profile.cpuid == MODEL_CPUID[model]
    assert {"vmx", "lm", "nx"} <= profile.cpuid
    assert profile.maxphyaddr == 40  # TCG_PHYS_ADDR_BITS: QEMU's phys-bits default


# nested_vmx_cr_fixed1_bits_update() (Linux 6.1 vmx.c): the CR4 bit each CPUID feature allows.
CR4_BY_FEATURE = {
    "vme": (0, 1), "tsc": (2,), "de": (3,), "pse": (4,), "pae": (5,), "mce": (6,), "pge": (7,),
    "fxsr": (9,), "sse": (10,), "umip": (11,), "la57": (12,), "vmx": (13,), "smx": (14,),
    "fsgsbase": (16,), "pcid": (17,), "xsave": (18,), "smep": (20,), "smap": (21,), "pku": (22,),
}  # fmt: skip


@pytest.mark.parametrize("model", QEMU_MODELS)
def test_qemu_model_settings_kvm_derives(model: str) -> None:
    profile = find_caps(model)
    allowed = [bit for f in profile.cpuid for bit in CR4_BY_FEATURE.get(f, ())]
    assert profile.msr("IA32_VMX_CR4_FIXED1") == bits(8, *allowed)  # PCE always
    assert profile.msr("IA32_VMX_CR0_FIXED1") == 0xFFFFFFFF
    # make_vmx_msr_value: the default-1 controls a model does not name stay required. Every
    # model names cr3-load-noexit, cr3-store-noexit (15, 16), exit-nosave-debugctl and
    # entry-noload-debugctl (2); QEMU's default1 words are 0x16, 0x0401e172, 0x36dff, 0x11ff.
    lows = {
        "IA32_VMX_TRUE_PINBASED_CTLS": 0x16,
        "IA32_VMX_TRUE_PROCBASED_CTLS": 0x0401E172 & ~bits(15, 16),
        "IA32_VMX_TRUE_EXIT_CTLS": 0x36DFF & ~bits(2),
        "IA32_VMX_TRUE_ENTRY_CTLS": 0x11FF & ~bits(2),
        "IA32_VMX_PROCBASED_CTLS2": 0,
    }
    for name, low in lows.items():
        assert profile.msr(name) & 0xFFFFFFFF == low, name
        # vmx_get_vmx_msr: the non-TRUE MSR is the TRUE one with KVM's ALWAYSON bits set.
        plain = name.replace("TRUE_", "")
        if plain != name:
            assert (
                profile.msr(plain)
                == profile.msr(name)
                | {
                    "IA32_VMX_PINBASED_CTLS": 0x16,
                    "IA32_VMX_PROCBASED_CTLS": 0x0401E172,
                    "IA32_VMX_EXIT_CTLS": 0x36DFF,
                    "IA32_VMX_ENTRY_CTLS": 0x11FF,
                }[plain]
            )
    # kvm_msr_entry_add_vmx allows HOST_ADDR_SPACE_SIZE (exit bit 9) to a guest with lm.
    assert profile.msr("IA32_VMX_TRUE_EXIT_CTLS") >> 32 & bits(9)


def test_qemu_models_have_the_msrs_qemu_writes_as_constants() -> None:
    for model in QEMU_MODELS:
        profile = find_caps(model)
        assert profile.msr("IA32_VMX_CR0_FIXED0") == bits(0, 5, 31)  # PE | NE | PG
        assert profile.msr("IA32_VMX_CR4_FIXED0") == bits(13)  # VMXE
        assert profile.msr("IA32_VMX_VMCS_ENUM") == 0x2E  # preemption timer value 0x482E
        # BASIC: VMCS revision, size and memory type are KVM's; the rest the model's.
        assert profile.msr("IA32_VMX_BASIC") & 0x7FFFFFFF == 0x11E57ED0


def test_vmcs_enum_of_kvm_61_is_the_highest_vmcs12_field_index(specs: SpecSet) -> None:
    # nested_vmx_calc_vmcs_enum_msr(): the largest encoding index among vmcs12's fields, << 1.
    layout = specs.by_name["kvm_vmcs12_v6_17"]
    highest = max(m.field.encoding.index for m in layout.members if m.field is not None)
    assert find_caps("kvm-6.1").msr("IA32_VMX_VMCS_ENUM") == highest << 1 == 0x32


def test_kvm_61_profile_is_what_nested_vmx_setup_ctls_msrs_produces() -> None:
    """Each value worked out again from Linux 6.1 nested.c, bit by bit, on a host with every
    feature KVM masks with and every module option on; bit numbers from the SDM (A.3-A.10)."""
    msrs = dict(find_caps("kvm-6.1").msrs)
    always_pin = bits(1, 2, 4)  # PIN_BASED_ALWAYSON_WITHOUT_TRUE_MSR 0x16
    always_proc = bits(1, 4, 5, 6, 8, 13, 14, 15, 16, 26)  # 0x0401e172
    always_exit = bits(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 16, 17)  # 0x36dff
    always_entry = bits(0, 1, 2, 3, 4, 5, 6, 7, 8, 12)  # 0x11ff
    # pinbased: low = ALWAYSON; high = host & (EXT_INTR 0 | NMI 3 | VIRTUAL_NMIS 5 |
    # POSTED_INTR 7 with apicv) | ALWAYSON | PREEMPTION_TIMER 6 (emulated).
    pin = (bits(0, 3, 5, 7, 6) | always_pin) << 32 | always_pin
    assert msrs["IA32_VMX_TRUE_PINBASED_CTLS"] == pin
    # vmx_get_vmx_msr ORs ALWAYSON into the non-TRUE read: no change, low is ALWAYSON already.
    assert msrs["IA32_VMX_PINBASED_CTLS"] == pin | always_pin
    # procbased: low = ALWAYSON minus CR3_LOAD 15 / CR3_STORE 16 ("free control of CR3");
    # high = host & (INTR_WINDOW 2, NMI_WINDOW 22, TSC_OFFSETTING 3, HLT 7, INVLPG 9, MWAIT 10,
    # CR3_LOAD 15, CR3_STORE 16, CR8_LOAD 19, CR8_STORE 20, MOV_DR 23, UNCOND_IO 24,
    # IO_BITMAPS 25, MTF 27, MONITOR 29, RDPMC 11, RDTSC 12, PAUSE 30, TPR_SHADOW 21,
    # SECONDARY 31) | ALWAYSON | MSR_BITMAPS 28. Not TERTIARY (17).
    proc_high = bits(2, 22, 3, 7, 9, 10, 15, 16, 19, 20, 23, 24, 25, 27, 29, 11, 12, 30, 21, 31)
    proc_low = always_proc & ~bits(15, 16)
    proc = (proc_high | always_proc | bits(28)) << 32 | proc_low
    assert msrs["IA32_VMX_TRUE_PROCBASED_CTLS"] == proc
    assert msrs["IA32_VMX_PROCBASED_CTLS"] == proc | always_proc
    assert not msrs["IA32_VMX_PROCBASED_CTLS"] >> 32 & bits(17)
    # exit: low = ALWAYSON minus SAVE_DEBUG_CONTROLS 2; high = host & (HOST_ADDR_SPACE 9,
    # LOAD_PAT 19, SAVE_PAT 18, CLEAR_BNDCFGS 23) | ALWAYSON | LOAD_EFER 21 | SAVE_EFER 20 |
    # SAVE_PREEMPTION_TIMER 22 | ACK_INTR 15 | LOAD_PERF_GLOBAL_CTRL 12.
    exit_high = bits(9, 19, 18, 23) | always_exit | bits(21, 20, 22, 15, 12)
    exit_ = exit_high << 32 | always_exit & ~bits(2)
    assert msrs["IA32_VMX_TRUE_EXIT_CTLS"] == exit_
    assert msrs["IA32_VMX_EXIT_CTLS"] == exit_ | always_exit
    # entry: low = ALWAYSON minus LOAD_DEBUG_CONTROLS 2; high = host & (IA32E_MODE 9,
    # LOAD_PAT 14, LOAD_BNDCFGS 16) | ALWAYSON | LOAD_EFER 15 | LOAD_PERF_GLOBAL_CTRL 13.
    # Neither entry to SMM (10) nor deactivate dual-monitor (11).
    entry_high = bits(9, 14, 16) | always_entry | bits(15, 13)
    entry = entry_high << 32 | always_entry & ~bits(2)
    assert msrs["IA32_VMX_TRUE_ENTRY_CTLS"] == entry
    assert msrs["IA32_VMX_ENTRY_CTLS"] == entry | always_entry
    assert not entry_high & bits(10, 11)
    # secondary: low 0; high = host & (DESC 2, RDTSCP 3, X2APIC 4, WBINVD 6, APIC_REG 8,
    # VID 9, RDRAND 11, INVPCID 12, RDSEED 16, XSAVES 20, TSC_SCALING 25, USR_WAIT_PAUSE 26)
    # | SHADOW_VMCS 14 | EPT 1 | PML 17 (ept_ad) | VMFUNC 13 | VPID 5 | UNRESTRICTED 7 |
    # APIC_ACCESSES 0 (flexpriority) | ENCLS 15 (sgx). Not PAUSE_LOOP (10).
    secondary = bits(2, 3, 4, 6, 8, 9, 11, 12, 16, 20, 25, 26, 14, 1, 17, 13, 5, 7, 0, 15)
    assert msrs["IA32_VMX_PROCBASED_CTLS2"] == secondary << 32
    # EPT caps: (PWL4 6 | PWL5 7 | WB 14 | INVEPT 20 | EXEC_ONLY 0) & host | GLOBAL 26 |
    # CONTEXT 25 | 2MB 16 | 1GB 17 | AD 21; VPID caps: INVVPID 0 | extents 8-11 (bits 63:32).
    ept = bits(6, 7, 14, 20, 0, 26, 25, 16, 17, 21)
    assert msrs["IA32_VMX_EPT_VPID_CAP"] == bits(0, 8, 9, 10, 11) << 32 | ept
    assert msrs["IA32_VMX_VMFUNC"] == bits(0)  # EPTP switching, "since we emulate it"
    # misc: host SAVE_EFER_LMA 5 | VMWRITE_SHADOW_RO_FIELDS 29 | timer rate 5 | HLT 6 |
    # WAIT_SIPI 8; misc_high 0.
    assert msrs["IA32_VMX_MISC"] == bits(5, 29, 6, 8) | 5
    # basic: VMCS12_REVISION | TRUE_CTLS 55 | 4096 << 32 | WB (6) << 50 | INOUT 54.
    assert msrs["IA32_VMX_BASIC"] == 0x11E57ED0 | bits(55, 54) | 4096 << 32 | 6 << 50
    assert msrs["IA32_VMX_CR0_FIXED0"] == bits(0, 5, 31)  # VMXON_CR0_ALWAYSON: PE NE PG
    assert msrs["IA32_VMX_CR4_FIXED0"] == bits(13)  # VMXON_CR4_ALWAYSON: VMXE
    # vmx_vcpu_after_set_cpuid -> nested_vmx_cr_fixed1_bits_update: CR0 all ones; CR4 PCE 8
    # and each bit whose CPUID feature L1 has: VME 0 PVI 1 TSD 2 DE 3 PSE 4 PAE 5 MCE 6 PGE 7
    # OSFXSR 9 OSXMMEXCPT 10 UMIP 11 LA57 12 VMXE 13 SMXE 14 FSGSBASE 16 PCIDE 17 OSXSAVE 18
    # SMEP 20 SMAP 21 PKE 22.
    assert msrs["IA32_VMX_CR0_FIXED1"] == 0xFFFFFFFF
    assert msrs["IA32_VMX_CR4_FIXED1"] == bits(*range(15), 16, 17, 18, 20, 21, 22)
    assert msrs["IA32_VMX_PROCBASED_CTLS3"] == 0  # 6.1 does not emulate tertiary controls
    assert set(msrs) == {name for name, _ in VMX_MSRS}


def test_kvm_upstream_differs_from_kvm_61_only_where_upstream_changed() -> None:
    """A second read of nested.c and vmx.c at torvalds/linux 8ecb10bcbfa3 against Linux 6.1:
    the setup was split into helpers (nested_vmx_setup_pinbased_ctls, ...) bit for bit, and
    nested_vmx_cr_fixed1_bits_update() gained CR4.LAM_SUP (bit 28) for an L1 with LAM."""
    old, new = dict(find_caps("kvm-6.1").msrs), dict(find_caps("kvm-upstream").msrs)
    changed = {name for name in old if old[name] != new[name]}
    assert changed == {"IA32_VMX_CR4_FIXED1"}
    assert new["IA32_VMX_CR4_FIXED1"] == old["IA32_VMX_CR4_FIXED1"] | bits(28)
    upstream = find_caps("kvm-upstream")
    assert upstream.has("lam") and upstream.maxphyaddr == 52
    assert upstream.cpuid == find_caps("kvm-6.1").cpuid
    assert upstream.msr("IA32_VMX_PROCBASED_CTLS3") == 0  # still no tertiary controls for L1


def test_profile_text_that_would_break_generated_code_is_refused(tmp_path: Path) -> None:
    # Titles and sources are checked as every spec's are: generated C and Python quote them.
    path = tmp_path / "breaks.json"
    path.write_text(profile_text(title="ends a comment */ here", source='a """ quote'), "utf-8")
    found = errors_of(path)
    assert any("title contains '*/', which would end a generated C comment" in f for f in found)
    assert any("source contains a triple quote" in f for f in found), found
