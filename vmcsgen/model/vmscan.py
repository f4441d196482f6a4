"""What Volatility 3's `vmscan` plugin expects of a symbol table: the members of its `_VMCS`
type, under the names the plugin and the tables volatility3 ships use, and the catalog fields
they are (volatility3 2.28.2: framework/plugins/vmscan.py, symbols/generic/vmcs/*.json)."""

from __future__ import annotations

# vmscan reads these members of every candidate page; a table lacking one raises the
# AttributeError vmscan swallows, so none of its pages would ever be reported.
VMSCAN_READS: dict[str, str] = {
    "vmcs_link_ptr": "VMCS_LINK_POINTER",
    "host_cr4": "HOST_CR4",
    "guest_cr3": "GUEST_CR3",
    "host_cr3": "HOST_CR3",
    "guest_cr4": "GUEST_CR4",
    "ept": "EPT_POINTER",
}
# Carried by the tables volatility3 ships, for whoever reads a found VMCS further; vmscan
# itself does not read them. `guest_pdpte` is an array over the four PDPTEs. The shipped
# tables also have `executive_vmcs_ptr`, a field Linux's enum vmcs_field (the catalog) and so
# none of the layouts holds.
VMSCAN_CARRIES: dict[str, tuple[str, ...]] = {
    "vpid": ("VIRTUAL_PROCESSOR_ID",),
    "guest_physical_addr": ("GUEST_PHYSICAL_ADDRESS",),
    "guest_pdpte": ("GUEST_PDPTR0", "GUEST_PDPTR1", "GUEST_PDPTR2", "GUEST_PDPTR3"),
}
# Every `_VMCS` member name vmscan's tables give a meaning, and the fields it stands for.
VMSCAN_MEMBERS: dict[str, tuple[str, ...]] = {
    **{name: (field,) for name, field in VMSCAN_READS.items()},
    **VMSCAN_CARRIES,
}
# vmscan reads the dword at this offset of a candidate page raw, as the SDM's VMX-abort
# indicator, and rejects the page unless it is zero.
VMSCAN_ABORT_OFFSET = 4
