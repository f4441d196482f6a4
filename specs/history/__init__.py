"""Bundled release histories (package data)."""
