"""Rendered text to files: black formatting with a digest trailer, freshness checks, and
atomic, all-or-nothing writes."""
