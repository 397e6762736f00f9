"""One detector on one text, as detector tests read it."""

from __future__ import annotations

from bastion.artifacts import build_artifacts
from bastion.detectors.base import Detector
from bastion.types import Item, Signal

__all__ = ["rule_names", "scan_text"]


def scan_text(detector: Detector, text: str, lang: str | None = None) -> dict[str, Signal]:
    """``detector``'s signals on ``text``, by category; raises AssertionError unless it
    returned one signal per category, in the order of its ``categories``."""
    signals = detector.detect(build_artifacts(Item(id="t", text=text, lang=lang)))
    got = [s.category for s in signals]
    if got != list(detector.categories):
        raise AssertionError(f"{detector.name}: signals for {got}, not {detector.categories}")
    return {s.category: s for s in signals}


def rule_names(signal: Signal) -> set[str]:
    """The rules behind a signal's evidence (``detector:entry``)."""
    return {e.rule for e in signal.evidence if e.rule}
