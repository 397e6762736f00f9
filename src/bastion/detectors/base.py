"""The extension point for detection: one small base class.

Why it is shaped so:

* A detector is a *pure function of artifacts*. It never parses, normalises or
  transcribes content itself; that work is done once in ``bastion.artifacts``
  and shared, so adding a detector never slows the others down.
* ``name`` and ``version`` are a data contract: they are recorded in every
  decision, so a decision can be replayed and a changed detector is visible. A
  detector driven by data (a lexicon, a list of domains) versions its code and
  its data: :func:`data_version` appends a hash of the data, so editing a
  lexicon changes the recorded version without anyone remembering to bump it.
* A detector that cannot run says so. :meth:`Detector.run` turns an exception
  or an unavailable dependency into *missing* signals (``score=None``) for every
  category it covers; the policy's fail mode decides what missing means. A
  failure is never read as "nothing found".
* Instances, not classes, are registered, so one detector class can be
  configured differently per deployment (other lexicon, other threshold): it
  takes its parameters in its constructor (from the settings' ``detector_params``)
  and never reads the environment itself.
"""

from __future__ import annotations

import abc
import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from bastion.artifacts import Artifacts
from bastion.types import Evidence, Signal

log = logging.getLogger(__name__)


def data_digest(data: Any) -> str:
    """A short, stable hash of parsed data (key order and formatting do not matter)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def data_version(code_version: str, data: Any) -> str:
    """``<code version>+<data hash>``: the version of a detector driven by ``data``."""
    return f"{code_version}+{data_digest(data)}"


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
    readings: Mapping[str, str] = MappingProxyType({})
    """Versions of shared data the detector reads beyond its own (name -> version; the
    trained detectors read counter-speech and figurative phrases): every decision records
    them beside the detectors' versions."""

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
        returned = {s.category for s in signals}
        if returned != set(self.categories):
            return self.missing(
                f"broke its contract: returned categories {sorted(returned)}, "
                f"declared {sorted(self.categories)}"
            )
        return signals

    def signal(self, category: str, score: float, evidence: Iterable[Evidence] = ()) -> Signal:
        return Signal(self.name, self.version, category, score, tuple(evidence))

    def missing(self, error: str) -> list[Signal]:
        return [Signal(self.name, self.version, c, None, error=error) for c in self.categories]
