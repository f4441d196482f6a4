"""Everything that reads or writes users' saved state: bounded reading of binary input
(`input`), a region decoded under a layout (`region`), the evidence for each layout and the
ranking (`evidence`, `identify`), container blobs such as KVM nested state and their rules
(`nested`), the layout to read a region under (`choose`), the generated translations run in
memory (`translator`), what each operation finds as diagnostics (`findings`) and returns
(`results`), the operations themselves (`api`, re-exported by `vmcsgen`), and inspect's
text (`text`, `bit_names`)."""
