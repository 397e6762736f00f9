"""Evaluation: metrics with confidence intervals, reports, obligations."""
