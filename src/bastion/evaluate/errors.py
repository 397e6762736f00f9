"""The one error type the evaluation package reports to a user (exit code 2, no traceback)."""

from __future__ import annotations

__all__ = ["EvalError"]


class EvalError(Exception):
    """Bad evaluation input: unknown run, missing split, unreadable suite, impossible request."""
