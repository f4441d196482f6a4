"""What the kernel trees of older releases say about struct vmcs12, kept apart from the
history spec to cross-check it: each release's CHECK_OFFSET() list and field table, written
as the changes from Linux 6.17's (tests/kernel_facts.py), with the tree each was read from.
"""

from kernel_facts import VMCS12_V6_17_CHECK_OFFSET, VMCS12_V6_17_FIELD_TABLE

_CR3_TARGET_OFFSETS = {f"cr3_target_value{i}": 376 + 8 * i for i in range(4)}
_CR3_TARGET_FIELDS = {f"CR3_TARGET_VALUE{i}": f"cr3_target_value{i}" for i in range(4)}


def _without(table: dict[str, object], *names: str) -> dict[str, object]:
    return {k: v for k, v in table.items() if k not in names}


# release -> (where it was read, CHECK_OFFSET member -> offset, FIELD encoding -> member or
# None when the tree's field table was not read)
RELEASE_FACTS: dict[str, tuple[str, dict[str, object], dict[str, object] | None]] = {
    # arch/x86/kvm/vmx.c of 0x88888888/Linux-4.19 153dcfa171cf: vmx_check_vmcs12_offsets()
    # and vmcs_field_to_offset_table
    "4.19": (
        "0x88888888/Linux-4.19 153dcfa171cf",
        {
            **_without(
                VMCS12_V6_17_CHECK_OFFSET, "encls_exiting_bitmap", "tsc_multiplier", "dead_space"
            ),
            **_CR3_TARGET_OFFSETS,
        },
        {
            **_without(VMCS12_V6_17_FIELD_TABLE, "ENCLS_EXITING_BITMAP", "TSC_MULTIPLIER"),
            **_CR3_TARGET_FIELDS,
        },
    ),
    # arch/x86/kvm/vmx/vmcs12.h of auraknighted/android_kernel_samsung_r11s a797ccb51027
    # (Makefile 5.10.198)
    "5.10": (
        "auraknighted/android_kernel_samsung_r11s a797ccb51027",
        _without(VMCS12_V6_17_CHECK_OFFSET, "encls_exiting_bitmap", "tsc_multiplier"),
        None,
    ),
}
