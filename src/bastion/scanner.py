"""The decision core wired to its consequences: what the CLI, service, batch and worker run.

:class:`bastion.pipeline.Engine` decides and records nothing. A :class:`Scanner`
builds one from the settings (policy, detectors and extractors with their
parameters, media views with the deployment's limits) and, when it has a
decision log, installs on it the two hooks that write in the same transaction as
the decisions: review routing (held and uncertain decisions become review tasks)
and the strike ledger (enforced decisions strike their author). Decide first,
record later (batch, workers): the scanner keeps the items of the decisions it made
until they are recorded, so reviewers see the content and strikes reach the author.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import partial
from typing import Any

from bastion.accounts import StrikeLedger
from bastion.accounts.enforcement import StrikeRecording
from bastion.artifacts.embedding import set_threads
from bastion.artifacts.extraction import Extractor, load_extractors
from bastion.config import Settings
from bastion.detectors.base import Detector
from bastion.detectors.registry import load_detectors
from bastion.media.artifacts import MediaArtifacts
from bastion.media.limits import MediaLimits
from bastion.pipeline import Engine
from bastion.policy import PolicyEvaluator, load_policy, shipped_policy_path
from bastion.review.routing import ReviewRouting, RoutingConfig
from bastion.store import DecisionLog
from bastion.types import Decision, Item

__all__ = ["Scanner", "component_params"]

_KEPT_ITEMS = 10_000
"""Items of decisions awaiting their record; the oldest are dropped beyond this."""


def component_params(settings: Settings) -> dict[str, dict[str, Any]]:
    """Constructor parameters of the built-in detectors and extractors, from the settings,
    with the operator's own ``detector_params`` on top (per-deployment tuning)."""
    banks = {
        "database_url": settings.database_url,
        "refresh_seconds": settings.banks_refresh_s,
    }
    found: dict[str, dict[str, Any]] = {
        "image_hash": dict(banks),
        "audio_fingerprint": dict(banks),
        "image_nsfw": {"threads": settings.onnx_threads},
        "speech_to_text": {"model": settings.whisper_model, "threads": settings.whisper_threads},
    }
    for name, params in settings.detector_params.items():
        found[name] = {**found.get(name, {}), **params}
    return found


class Scanner:
    """An :class:`Engine` and, optionally, the decision log its decisions are recorded in."""

    def __init__(
        self,
        engine: Engine,
        log: DecisionLog | None = None,
        *,
        routing: ReviewRouting | None = None,
    ) -> None:
        self.engine = engine
        self.log = log
        self.review: ReviewRouting | None = None
        self.ledger: StrikeLedger | None = None
        if log is not None:
            loaded = engine.policy.loaded
            log.record_policy(loaded)
            self.review = routing or ReviewRouting(loaded)
            self.ledger = StrikeLedger(log.engine, loaded.policy)
            log.hooks.extend([self.review, StrikeRecording(self.ledger)])
        self._items: OrderedDict[str, Item] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, settings: Settings, *, log: bool = True, served: bool = False
    ) -> Scanner:
        """The scanner the settings describe; ``served``: it decides items that came through
        the service, whose media paths are read only inside the media folders."""
        policy = load_policy(settings.policy or shipped_policy_path())
        params = component_params(settings)
        set_threads(settings.embedding_threads)
        engine = Engine(
            policy,
            load_detectors(settings.detectors, params),
            extractors=load_extractors(settings.detectors, params),
            media=partial(
                MediaArtifacts, limits=MediaLimits.from_settings(settings, served=served)
            ),
            enforce_deadlines=settings.enforce_deadlines,
            max_text_bytes=settings.max_text_bytes,
        )
        if not log:
            return cls(engine)
        routing = ReviewRouting(policy, RoutingConfig.from_settings(settings))
        return cls(engine, DecisionLog.open(settings.database_url), routing=routing)

    # -- the core's view, for callers that only need it -------------------------------------

    @property
    def policy(self) -> PolicyEvaluator:
        return self.engine.policy

    @property
    def detectors(self) -> list[Detector]:
        return self.engine.detectors

    @property
    def extractors(self) -> list[Extractor]:
        return self.engine.extractors

    @property
    def max_text_bytes(self) -> int:
        return self.engine.max_text_bytes

    @property
    def model_versions(self) -> dict[str, str]:
        return self.engine.model_versions

    # -- deciding and recording --------------------------------------------------------------

    def decide(self, item: Item) -> Decision:
        """Decide one item; its record waits for :meth:`record` (dry runs never call it)."""
        decision = self.engine.decide(item)
        self._keep([(decision, item)])
        return decision

    def decide_many(self, items: Sequence[Item]) -> list[Decision]:
        decisions = self.engine.decide_many(items)
        self._keep(list(zip(decisions, items, strict=True)))
        return decisions

    def undecided(self, item: Item, why: str, latency_ms: float) -> Decision:
        decision = self.engine.undecided(item, why, latency_ms)
        self._keep([(decision, item)])
        return decision

    def scan(self, item: Item) -> Decision:
        """Decide one item and record the decision."""
        decision = self.engine.decide(item)
        self._record([decision], {decision.id: item})
        return decision

    def scan_many(self, items: Sequence[Item]) -> list[Decision]:
        """Decide items (embeddings batched) and record them in one transaction."""
        decisions = self.engine.decide_many(items)
        self._record(decisions, {d.id: i for d, i in zip(decisions, items, strict=True)})
        return decisions

    def record(self, decisions: Sequence[Decision]) -> None:
        """Record decisions made earlier by :meth:`decide` (one transaction)."""
        with self._lock:
            items = {d.id: item for d in decisions if (item := self._items.pop(d.id, None))}
        self._record(decisions, items)

    def item_of(self, decision_id: str) -> Item | None:
        """The item of a decision not yet recorded (for callers that record it themselves)."""
        with self._lock:
            return self._items.pop(decision_id, None)

    def _record(self, decisions: Sequence[Decision], items: dict[str, Item]) -> None:
        if self.log is not None and decisions:
            self.log.append(decisions, items)

    def _keep(self, made: Sequence[tuple[Decision, Item]]) -> None:
        if self.log is None:
            return
        with self._lock:
            for decision, item in made:
                self._items[decision.id] = item
            while len(self._items) > _KEPT_ITEMS:
                self._items.popitem(last=False)

    def close(self) -> None:
        if self.log is not None:
            self.log.close()
