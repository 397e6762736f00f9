"""The extension point for detection: one small base class.

Why it is shaped so:

* A detector is a *pure function of artifacts*. It never parses, normalises or
  transcribes content itself; that work is done once in ``bastion.artifacts``
  and shared, so adding a detector never slows the others down.
* ``name`` and ``version`` are a data contract: they are recorded in every
  decision, so a decision can be replayed and a changed detector is visible.
* A detector that cannot run says so. :meth:`Detector.run` turns an exception
  or an unavailable dependency into *missing* signals (``score=None``) for every
  category it covers; the policy's fail mode decides what missing means. A
  failure is never read as "nothing found".
* Instances, not classes, are registered, so one detector class can be
  configured differently per deployment (other lexicon, other threshold).
"""

from __future__ import annotations

import abc
import logging
from collections.abc import Iterable

from bastion.artifacts import Artifacts
from bastion.types import Evidence, Signal

log = logging.getLogger(__name__)


class Detector(abc.ABC):
    name: str
    """Stable lower_snake name, unique among loaded detectors."""
    version: str
    categories: tuple[str, ...]
    """Taxonomy keys this detector scores; it returns one signal for each.
    (Plain attributes, not ClassVars: a model-backed detector sets them from
    the model it loads.)"""
    parts: tuple[str, ...] = ("text",)
    """Content parts this detector reads."""

    def unavailable_reason(self) -> str | None:
        """Why this detector cannot run here (missing model, system package), or None."""
        return None

    @abc.abstractmethod
    def detect(self, artifacts: Artifacts) -> list[Signal]:
        """Score ``artifacts``: one signal per category in :attr:`categories`.

        Only called when the item has one of :attr:`parts`. A score of 0 means
        "looked and found nothing"; raise to report that the detector failed.
        """

    def applies_to(self, artifacts: Artifacts) -> bool:
        return any(part in artifacts.item.parts for part in self.parts)

    def run(self, artifacts: Artifacts) -> list[Signal]:
        """:meth:`detect`, with failures turned into missing signals."""
        reason = self.unavailable_reason()
        if reason is not None:
            return self.missing(reason)
        try:
            signals = self.detect(artifacts)
        except Exception as exc:  # a detector bug must not take the scan down
            log.exception("detector %s failed", self.name)
            return self.missing(f"{type(exc).__name__}: {exc}")
        returned = sorted({s.category for s in signals})
        if returned != sorted(self.categories):
            return self.missing(
                f"broke its contract: returned categories {returned}, "
                f"declared {sorted(self.categories)}"
            )
        return signals

    def signal(self, category: str, score: float, evidence: Iterable[Evidence] = ()) -> Signal:
        return Signal(self.name, self.version, category, score, tuple(evidence))

    def missing(self, error: str) -> list[Signal]:
        return [Signal(self.name, self.version, c, None, error=error) for c in self.categories]
