"""Text found in media goes through the text detectors; signals are pooled per detector.

How parts and segments combine (the fusion that follows is unchanged):

* Each text read from media (OCR of the image, of each video frame, each
  segment - a sentence or clause - of the transcript of each audio track) is
  scanned by every text detector as a text of its own, exactly like the
  item's title or description.
* Scores of **one detector** for one category are pooled by **maximum** over
  the parts and segments it scored. They are the same model or rule reading
  more text, so their errors are correlated: adding them up (noisy-OR) would
  make long media look guilty by length alone. Maximum is also how long text
  is already scored (segments of ~400 characters), so a detector's score
  means the same for a 1-line title and a 60-minute transcript.
* **Different detectors** are then fused as before: the trained text heads by
  their calibrated stacking, independent evidence (rules, the nudity model,
  hash banks) by noisy-OR. So a title, cover image and audio track give one
  probability per category and one decision.
* Evidence is re-pointed into the media: part, pixel box and frame for OCR,
  time range in seconds for transcripts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bastion.artifacts import Artifacts, build_artifacts
from bastion.types import Signal

__all__ = ["MediaTextResult", "pool_per_detector", "scan_media_texts"]

RunDetectors = Callable[[Artifacts], tuple[list[Signal], dict[str, str]]]
MAX_EVIDENCE = 20


@dataclass
class MediaTextResult:
    signals: list[Signal] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    notes: list[str] = field(default_factory=list)


def scan_media_texts(artifacts: Artifacts, run: RunDetectors) -> MediaTextResult:
    """Run the text detectors (through ``run``) on every text found in the item's media."""
    result = MediaTextResult()
    media = artifacts.media
    if media is None:
        return result
    texts, errors = media.derived_texts()
    result.missing.update(errors)
    for derived in texts:
        item = replace(
            artifacts.item,
            text=derived.text,
            image=None,
            audio=None,
            video=None,
            lang=derived.lang or artifacts.item.lang,
        )
        sub = build_artifacts(item)
        if result.lang is None and derived.source == "transcript" and sub.text is not None:
            result.lang = sub.text.lang
        signals, missing = run(sub)
        for name, why in missing.items():
            result.missing.setdefault(name, why)
        for signal in signals:
            located = tuple(derived.locate(e) for e in signal.evidence)
            result.signals.append(replace(signal, evidence=located))
    result.notes.extend(media.notes)
    return result


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
