"""Bundled container specs (package data)."""
