"""The one wiring of the scanning loop, used by the CLI, the service and batch jobs.

``item -> artifacts -> detectors -> signals -> fusion -> policy -> decision``

An :class:`Engine` loads the policy and detectors once and is then cheap to call;
every decision it makes is appended to the decision log when it has one.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bastion.artifacts import Artifacts, build_artifacts, embed_together
from bastion.config import Settings
from bastion.detectors.base import Detector
from bastion.detectors.registry import load_detectors
from bastion.fusion import Fusion, FusionResult
from bastion.intake import DEFAULT_MAX_TEXT_BYTES, validate_item
from bastion.media.derived import format_place
from bastion.media.scan import pool_per_detector, scan_media_texts
from bastion.policy import LoadedPolicy, PolicyEvaluator, Ruling, load_policy, shipped_policy_path
from bastion.review.routing import ReviewRouting
from bastion.store import DecisionLog
from bastion.types import Action, Decision, Evidence, Item, Signal

__all__ = ["Engine", "ScanTiming"]


@dataclass(frozen=True)
class ScanTiming:
    artifacts_ms: float
    detectors_ms: dict[str, float]


class Engine:
    """Scans items against one policy with one set of detectors."""

    def __init__(
        self,
        policy: LoadedPolicy,
        detectors: Sequence[Detector],
        *,
        fusion: Fusion | None = None,
        log: DecisionLog | None = None,
        enforce_deadlines: bool = True,
        max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
    ) -> None:
        self.policy = PolicyEvaluator(policy)
        self.detectors = list(detectors)
        self.fusion = fusion or Fusion.shipped()
        self.log = log
        self.enforce_deadlines = enforce_deadlines
        self.max_text_bytes = max_text_bytes
        self.model_versions = {d.name: d.version for d in self.detectors}
        self.model_versions["fusion"] = self.fusion.version
        # Detectors that read only media parts: named in a decision only when the item has media.
        self._media_only = {d.name for d in self.detectors if "text" not in d.parts}
        # Held (and uncertain, sampled) decisions become review tasks in the same transaction.
        self.review: ReviewRouting | None = None
        if log is not None:
            log.record_policy(policy)
            self.review = ReviewRouting(policy)
            log.hooks.append(self.review)
        self._warm_up()

    @classmethod
    def from_settings(cls, settings: Settings | None = None, *, log: bool = True) -> Engine:
        settings = settings or Settings()
        policy = load_policy(settings.policy or shipped_policy_path())
        return cls(
            policy,
            load_detectors(settings.detectors),
            log=DecisionLog.open(settings.database_url) if log else None,
            enforce_deadlines=settings.enforce_deadlines,
            max_text_bytes=settings.max_text_bytes,
        )

    def close(self) -> None:
        if self.log is not None:
            self.log.close()

    def _warm_up(self) -> None:
        # Lazy model loads (language id, lexicons) happen here, not inside a deadline.
        self._run_detectors(build_artifacts(Item(id="warm-up", text="warm up the engine")), None)

    def scan(self, item: Item) -> Decision:
        """Decide one item and record the decision."""
        decision = self.decide(item)
        if self.log is not None:
            self.log.append([decision], {decision.id: item})
        return decision

    def scan_many(self, items: Sequence[Item]) -> list[Decision]:
        """Decide items (embeddings batched) and record them in one transaction."""
        decisions = self.decide_many(items)
        if self.log is not None:
            self.log.append(
                decisions, {d.id: item for d, item in zip(decisions, items, strict=True)}
            )
        return decisions

    def decide_many(self, items: Sequence[Item]) -> list[Decision]:
        """Decide many items, sharing one encoder call for their embeddings (throughput).

        Each decision's latency includes its share of the batched embedding time.
        """
        started = time.perf_counter()
        for item in items:
            validate_item(item, self.max_text_bytes)
        batch = [build_artifacts(item) for item in items]
        embed_together(batch)
        shared_ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
        return [self._decide(a, time.perf_counter(), shared_ms) for a in batch]

    def decide(self, item: Item) -> Decision:
        """Decide one item without recording it (dry runs, backtests)."""
        started = time.perf_counter()
        validate_item(item, self.max_text_bytes)
        return self._decide(build_artifacts(item), started, 0.0)

    def _decide(self, artifacts: Artifacts, started: float, shared_ms: float) -> Decision:
        item = artifacts.item
        rules = self.policy.rules(item.surface, item.context.jurisdiction)
        # Media items are bounded by the media limits (bastion.media.limits), not the text deadline.
        timed = self.enforce_deadlines and artifacts.media is None
        deadline = started + rules.surface.deadline_ms / 1000 if timed else None
        signals, missing = self._run_detectors(artifacts, deadline)
        lang = artifacts.text.lang if artifacts.text else item.lang
        notes: list[str] = []
        if artifacts.media is not None:  # text read from media goes through the text detectors
            found = scan_media_texts(artifacts, lambda sub: self._run_detectors(sub, None))
            signals = pool_per_detector([*signals, *found.signals])
            for name, why in found.missing.items():
                missing.setdefault(name, why)
            lang, notes = lang or found.lang, found.notes
        for name in rules.surface.required_for(item.parts):
            if name not in self.model_versions:
                missing[name] = "required by the policy but not installed or not enabled"
        fused = self.fusion.fuse(signals)
        latency_ms = (time.perf_counter() - started) * 1000 + shared_ms
        return self._conclude(item, fused, missing, lang, latency_ms, notes)

    def undecided(self, item: Item, why: str, latency_ms: float) -> Decision:
        """The decision for an item no detector could judge in time: the surface's fail mode.

        Every detector counts as missing for ``why`` (e.g. the engine process deciding it
        hung and was stopped); the policy's fail mode decides, and the reason says so.
        """
        missing = {name: why for name in self._versions_for(item) if name != "fusion"}
        return self._conclude(item, FusionResult(categories={}), missing, item.lang, latency_ms)

    def _conclude(
        self,
        item: Item,
        fused: FusionResult,
        missing: dict[str, str],
        lang: str | None,
        latency_ms: float,
        notes: Sequence[str] = (),
    ) -> Decision:
        """The policy's verdict on fused probabilities, as a Decision (remembered for review)."""
        verdict = self.policy.evaluate(
            fused.probabilities, item.surface, item.context.jurisdiction, missing, item.parts
        )
        decision = Decision(
            id=str(uuid.uuid4()),
            item_id=item.id,
            surface=item.surface,
            applied_surface=verdict.applied_surface,
            jurisdiction=item.context.jurisdiction,
            lang=lang,
            action=verdict.action,
            categories=fused.probabilities,
            flagged=verdict.flagged,
            evidence=_flagged_evidence(fused, verdict.flagged),
            triggered_rules=verdict.triggered_rules,
            policy_version=self.policy.version,
            model_versions=self._versions_for(item),
            missing_detectors=tuple(sorted(missing)),
            automated_detection=bool(verdict.flagged),
            automated_decision=verdict.action is not Action.HOLD_FOR_REVIEW,
            reason=explain(verdict, fused, missing) + "".join(f" {n}." for n in notes),
            latency_ms=latency_ms,
            created_at=datetime.now(UTC),
        )
        if self.review is not None:
            self.review.remember(item, decision)
        return decision

    def _versions_for(self, item: Item) -> dict[str, str]:
        """Versions of the detectors that could read this item (media ones only for media)."""
        if set(item.parts) - {"text"}:
            return self.model_versions
        return {n: v for n, v in self.model_versions.items() if n not in self._media_only}

    def _run_detectors(
        self, artifacts: Artifacts, deadline: float | None
    ) -> tuple[list[Signal], dict[str, str]]:
        """All detectors' signals, and why each detector that could not judge is missing."""
        signals: list[Signal] = []
        missing: dict[str, str] = {}
        for detector in self.detectors:
            if not detector.applies_to(artifacts):
                continue
            reason = detector.unavailable_reason()
            if reason is not None:
                missing[detector.name] = reason
                continue
            if deadline is not None and time.perf_counter() > deadline:
                missing[detector.name] = "deadline exceeded before it could run"
                continue
            found = detector.run(artifacts)
            if deadline is not None and time.perf_counter() > deadline:
                missing[detector.name] = "finished after the surface's deadline"
                continue
            errors = [s.error or "missing" for s in found if s.missing]
            if errors:
                missing[detector.name] = errors[0]
            signals.extend(found)
        return signals, missing


def _flagged_evidence(
    fused: FusionResult, flagged: Iterable[str]
) -> tuple[tuple[str, Evidence], ...]:
    return tuple(
        (category, evidence)
        for category in flagged
        for evidence in fused.categories[category].evidence
    )


def explain(verdict: Ruling, fused: FusionResult, missing: Mapping[str, str]) -> str:
    """A plain-language account of the decision, for reviewers and audit."""
    if verdict.flagged:
        parts = []
        for rule, category in zip(verdict.triggered_rules, verdict.flagged, strict=True):
            rules_hit = sorted({e.rule for e in fused.categories[category].evidence if e.rule})
            why = f" (matched {', '.join(rules_hit[:5])})" if rules_hit else ""
            places = [format_place(e) for e in fused.categories[category].evidence]
            where = list(dict.fromkeys(p for p in places if p))[:3]
            why += f" at {', '.join(where)}" if where else ""
            parts.append(f"{rule}{why}")
        text = f"{verdict.action.value} on surface {verdict.applied_surface!r}: " + "; ".join(parts)
    elif verdict.held_by_fail_mode:
        text = f"hold_for_review on surface {verdict.applied_surface!r}"
    else:
        top = max(fused.categories.values(), key=lambda c: c.probability, default=None)
        highest = f" (highest: {top.category} {top.probability:.2f})" if top else ""
        text = (
            f"allow on surface {verdict.applied_surface!r}: no category reached an enforcement "
            f"threshold{highest}"
        )
    notes = list(verdict.notes)
    notes.extend(f"detector {name} is missing: {why}" for name, why in sorted(missing.items()))
    if notes:
        text += ". " + ". ".join(notes)
    return text + "."
