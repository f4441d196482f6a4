"""JSON Schemas for the spec files, shipped as package data."""
