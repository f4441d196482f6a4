"""Benchmark suites for vmcsgen; run them with `python bench/run.py`."""
