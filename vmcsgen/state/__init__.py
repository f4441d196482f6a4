"""Reading the state users hold: decode a region under a layout (`region`), weigh the evidence
for each layout (`evidence`, `identify`), and unwrap container blobs such as KVM nested state
(`nested`). Used by `vmcsgen inspect`, `identify` and `translate`."""
