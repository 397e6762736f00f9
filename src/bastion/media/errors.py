"""The two ways media work can fail, each with a precise message."""

from __future__ import annotations

__all__ = ["MediaError", "MediaUnavailableError", "missing_dependency"]


class MediaError(ValueError):
    """This file cannot be scanned as given (corrupt, truncated, too large, wrong type)."""


class MediaUnavailableError(RuntimeError):
    """A library or system tool the media stack needs is not installed here."""


def missing_dependency(module: str) -> str | None:
    """Why ``module`` cannot be imported (with the fix), or None when it can."""
    import importlib.util

    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        return None
    return f"python package for {module!r} is not installed: pip install 'bastion[media]'"
