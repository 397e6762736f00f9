"""YAML for Bastion's data files: the safe loader, in C where libyaml is installed."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["safe_load"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 3-10x faster, same results


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with the C loader where there is one."""
    return yaml.load(text, Loader=_LOADER)
