"""Proposed layouts not merged into Linux, loaded only on request (package data)."""
