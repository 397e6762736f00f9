"""Bastion: a self-hosted trust & safety platform.

    >>> from bastion import scan
    >>> decision = scan("you have won a prize, verify your account at bit.ly/x", surface="dm")
    >>> decision.action

``scan`` uses a default :class:`Engine` built on first use from the layered
settings (shipped policy, installed detectors, decision log in the configured
database). Build your own ``Engine`` to control any of these.
"""

from __future__ import annotations

import threading

from bastion.config import Settings
from bastion.pipeline import Engine
from bastion.types import Action, Context, Decision, Evidence, Item, Signal

__all__ = [
    "Action",
    "Context",
    "Decision",
    "Engine",
    "Evidence",
    "Item",
    "Settings",
    "Signal",
    "scan",
]

__version__ = "0.1.0"

_default_engine: Engine | None = None
_lock = threading.Lock()


def _engine() -> Engine:
    global _default_engine
    with _lock:
        if _default_engine is None:
            _default_engine = Engine.from_settings()
        return _default_engine


def scan(
    text: str,
    *,
    surface: str = "default",
    jurisdiction: str | None = None,
    item_id: str = "adhoc",
) -> Decision:
    """Scan one text with the default engine and record the decision."""
    return _engine().scan(
        Item(id=item_id, surface=surface, text=text, context=Context(jurisdiction=jurisdiction))
    )
