"""The bundled specs, shipped as package data (vmcsgen.specs)."""
