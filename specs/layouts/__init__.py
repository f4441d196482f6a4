"""Bundled layout specs (package data)."""
