"""Bastion: a self-hosted trust & safety platform.

    >>> from bastion import scan
    >>> decision = scan("you have won a prize, verify your account at bit.ly/x", surface="dm")
    >>> decision.action

``scan`` uses a default :class:`~bastion.scanner.Scanner` built on first use from
the layered settings (shipped policy, installed detectors, decision log in the
configured database). Build your own :class:`Engine` (the decision core) or
``Scanner`` (the core wired to a decision log) to control any of these.

Importing ``bastion`` (or ``bastion.types``) loads no database, model or SciPy
code: the names below are imported on first use.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from bastion.types import Action, Context, Decision, Evidence, Item, Signal

if TYPE_CHECKING:
    from bastion.config import Settings
    from bastion.pipeline import Engine
    from bastion.scanner import Scanner

__all__ = [
    "Action",
    "Context",
    "Decision",
    "Engine",
    "Evidence",
    "Item",
    "Scanner",
    "Settings",
    "Signal",
    "scan",
]

__version__ = "0.1.0"

_default_scanner: Scanner | None = None
_lock = threading.Lock()
_LAZY = {"Engine": "bastion.pipeline", "Settings": "bastion.config", "Scanner": "bastion.scanner"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bastion' has no attribute {name!r}")


def _scanner() -> Scanner:
    global _default_scanner
    with _lock:
        if _default_scanner is None:
            from bastion.config import Settings
            from bastion.scanner import Scanner

            _default_scanner = Scanner.from_settings(Settings())  # the library's entry point
        return _default_scanner


def scan(
    text: str,
    *,
    surface: str = "default",
    jurisdiction: str | None = None,
    item_id: str = "adhoc",
) -> Decision:
    """Scan one text with the default engine and record the decision."""
    return _scanner().scan(
        Item(id=item_id, surface=surface, text=text, context=Context(jurisdiction=jurisdiction))
    )
