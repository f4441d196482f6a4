"""Specs in: located, strict YAML, its JSON Schema shape, and the semantic rules that turn
it into the immutable model; also the consumer's [tool.vmcsgen] settings."""
