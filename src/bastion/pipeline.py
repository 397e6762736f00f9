"""The decision core: ``item -> artifacts -> detectors -> signals -> fusion -> policy -> decision``.

An :class:`Engine` holds one policy, its detectors and extractors, and decides;
it is pure in the sense that matters here: it depends only on artifacts,
detectors, fusion and policy (a meta-test keeps it so), and records nothing.
Recording decisions, routing them to review and keeping the strike ledger are
the callers' wiring (:class:`bastion.scanner.Scanner`, used by the CLI, the
service, batch jobs and the worker); so is how media parts are viewed (a media
factory handed in).

Text found in media - by the extractors (OCR, speech-to-text) - goes through the
text detectors like the item's own text:

* each derived text (OCR of the image, of each video frame, each segment of each
  transcript) is scanned by every text detector as a text of its own;
* one detector's scores for a category are pooled by **maximum** over parts and
  segments (the same model reading more text: adding them up would make long media
  look guilty by length alone; maximum is also how long text is scored);
* different detectors are then fused as before, and evidence is re-pointed into the
  media (part, pixel box and frame; time range in seconds).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from bastion.artifacts import Artifacts, MediaViews, build_artifacts, embed_together
from bastion.artifacts.derived import format_place
from bastion.artifacts.extraction import ExtractionError, Extractor
from bastion.detectors.base import Detector
from bastion.fusion import Fusion, FusionResult
from bastion.intake import DEFAULT_MAX_TEXT_BYTES, validate_item
from bastion.policy import LoadedPolicy, PolicyEvaluator, Ruling
from bastion.types import Action, Decision, Evidence, Item, Signal

__all__ = ["Engine", "ScanTiming", "pool_per_detector"]

MAX_EVIDENCE = 20
"""Evidence items kept per pooled signal."""


@dataclass(frozen=True)
class ScanTiming:
    artifacts_ms: float
    detectors_ms: dict[str, float]


@dataclass
class _Derived:
    """What the extractors found in an item's media, scanned by the text detectors."""

    signals: list[Signal] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    notes: list[str] = field(default_factory=list)


class Engine:
    """Decides items against one policy with one set of detectors and extractors."""

    def __init__(
        self,
        policy: LoadedPolicy,
        detectors: Sequence[Detector],
        *,
        extractors: Sequence[Extractor] = (),
        media: MediaViews | None = None,
        fusion: Fusion | None = None,
        enforce_deadlines: bool = True,
        max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
    ) -> None:
        self.policy = PolicyEvaluator(policy)
        self.detectors = list(detectors)
        self.extractors = list(extractors)
        self.media = media
        self.fusion = fusion or Fusion.shipped()
        self.enforce_deadlines = enforce_deadlines
        self.max_text_bytes = max_text_bytes
        self.model_versions = {d.name: d.version for d in self.detectors}
        for detector in self.detectors:
            self.model_versions.update(detector.readings)
        self.model_versions.update({e.name: e.version for e in self.extractors})
        self.model_versions["fusion"] = self.fusion.version
        # Detectors and extractors that read only media: named in a decision only with media.
        self._media_only = {d.name for d in self.detectors if "text" not in d.parts}
        self._media_only.update(e.name for e in self.extractors)
        self._warm_up()

    def _warm_up(self) -> None:
        # One whole decision nobody asked for (never recorded): lazy loads (language id,
        # lexicons, the encoder) happen here, not inside a deadline or a caller's hang timer.
        item = Item(id="warm-up", text="warm up the engine")
        signals, _ = self._run_detectors(build_artifacts(item), None)
        self._conclude(item, self.fusion.fuse(signals), {}, None, 0.0)

    def decide_many(self, items: Sequence[Item]) -> list[Decision]:
        """Decide many items, sharing one encoder call for their embeddings (throughput).

        Each decision's latency includes its share of the batched embedding time.
        """
        started = time.perf_counter()
        for item in items:
            validate_item(item, self.max_text_bytes)
        batch = [build_artifacts(item, self.media) for item in items]
        embed_together(batch)
        shared_ms = (time.perf_counter() - started) * 1000 / max(len(items), 1)
        return [self._decide(a, time.perf_counter(), shared_ms) for a in batch]

    def decide(self, item: Item) -> Decision:
        """Decide one item (nothing is recorded: that is the caller's wiring)."""
        started = time.perf_counter()
        validate_item(item, self.max_text_bytes)
        return self._decide(build_artifacts(item, self.media), started, 0.0)

    def _decide(self, artifacts: Artifacts, started: float, shared_ms: float) -> Decision:
        item = artifacts.item
        rules = self.policy.rules(item.surface, item.context.jurisdiction)
        # Media items are bounded by the media limits, not the text deadline.
        timed = self.enforce_deadlines and artifacts.media is None
        deadline = started + rules.surface.deadline_ms / 1000 if timed else None
        signals, missing = self._run_detectors(artifacts, deadline)
        lang = artifacts.text.lang if artifacts.text else item.lang
        notes: list[str] = []
        if set(item.parts) - {"text"}:  # text read from media goes through the text detectors
            found = self._scan_derived(artifacts)
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

    def _scan_derived(self, artifacts: Artifacts) -> _Derived:
        """Run the extractors on the item's media and the text detectors on what they found."""
        result = _Derived()
        item = artifacts.item
        for extractor in self.extractors:
            if not extractor.applies_to(item):
                continue
            reason = extractor.unavailable_reason()
            if reason is not None:
                result.missing[extractor.name] = reason
                continue
            try:
                extraction = extractor.extract(artifacts)
            except ExtractionError as exc:
                result.missing[extractor.name] = str(exc)
                continue
            if extraction.incomplete:
                result.missing[extractor.name] = extraction.incomplete
            result.notes.extend(n for n in extraction.notes if n not in result.notes)
            for derived in extraction.texts:
                sub = build_artifacts(
                    replace(
                        item,
                        text=derived.text,
                        image=None,
                        audio=None,
                        video=None,
                        lang=derived.lang or item.lang,
                    )
                )
                if result.lang is None and derived.source == "transcript" and sub.text:
                    result.lang = sub.text.lang
                signals, missing = self._run_detectors(sub, None)
                for name, why in missing.items():
                    result.missing.setdefault(name, why)
                for signal in signals:
                    located = tuple(derived.locate(e) for e in signal.evidence)
                    result.signals.append(replace(signal, evidence=located))
        return result

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
        """The policy's ruling on fused probabilities, as a Decision."""
        ruling = self.policy.evaluate(
            fused.probabilities, item.surface, item.context.jurisdiction, missing, item.parts
        )
        return Decision(
            id=str(uuid.uuid4()),
            item_id=item.id,
            surface=item.surface,
            applied_surface=ruling.applied_surface,
            jurisdiction=item.context.jurisdiction,
            lang=lang,
            action=ruling.action,
            categories=fused.probabilities,
            flagged=ruling.flagged,
            evidence=_flagged_evidence(fused, ruling.flagged),
            triggered_rules=ruling.triggered_rules,
            policy_version=self.policy.version,
            model_versions=self._versions_for(item),
            missing_detectors=tuple(sorted(missing)),
            automated_detection=bool(ruling.flagged),
            automated_decision=ruling.action is not Action.HOLD_FOR_REVIEW,
            reason=explain(ruling, fused, missing) + "".join(f" {n}." for n in notes),
            latency_ms=latency_ms,
            created_at=datetime.now(UTC),
        )

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


def pool_per_detector(signals: Sequence[Signal]) -> list[Signal]:
    """One signal per (detector, category): the maximum score, evidence of the best first."""
    groups: dict[tuple[str, str], list[Signal]] = {}
    for signal in signals:
        groups.setdefault((signal.detector, signal.category), []).append(signal)
    pooled = []
    for found in groups.values():
        if len(found) == 1:
            pooled.append(found[0])
            continue
        present = sorted(
            (s for s in found if s.score is not None), key=lambda s: -float(s.score or 0.0)
        )
        if not present:
            pooled.append(found[0])
            continue
        evidence = [e for s in present if s.score for e in s.evidence][:MAX_EVIDENCE]
        pooled.append(replace(present[0], evidence=tuple(evidence)))
    return pooled


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
