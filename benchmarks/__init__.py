"""Timed comparisons of STAAN Desktop against the platform it runs on, printed as ratios.

Run ``python -m benchmarks`` from the repository root (``--quick`` for a fast smoke run);
see ``docs/benchmarks.md`` for what each figure means and the latest results.
"""
