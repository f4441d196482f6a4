"""Bundled VM-entry check specs (package data)."""
