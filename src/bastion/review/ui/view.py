"""What the item page shows, computed from a task and its decision (no HTML here).

Text evidence spans become marked segments (overlaps split, each segment
lists the categories covering it); media evidence (``box``, ``time_range``,
``frame``) is passed on for the page's media viewer, whatever detectors
produced it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion import taxonomy
from bastion.review.routing import queue_of

MEDIA_PARTS = ("image", "audio", "video")

__all__ = ["BLUR_QUEUES", "MEDIA_PARTS", "Segment", "blurred", "boxes", "segments", "time_ranges"]

BLUR_QUEUES = frozenset({"sexual", "nudity", "violence"})
"""Images of items in (or flagged for) these categories are blurred until the reviewer asks."""


@dataclass(frozen=True)
class Segment:
    text: str
    categories: tuple[str, ...] = ()
    rules: tuple[str, ...] = field(default_factory=tuple)


def segments(text: str, evidence: Sequence[Mapping[str, Any]]) -> list[Segment]:
    """``text`` cut at every evidence boundary; each piece with the categories covering it."""
    spans = []
    for e in evidence:
        span = e.get("span")
        if e.get("part", "text") != "text" or not isinstance(span, list) or len(span) != 2:
            continue
        start, end = max(0, int(span[0])), min(len(text), int(span[1]))
        if start < end:
            spans.append((start, end, str(e.get("category", "")), str(e.get("rule") or "")))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for start, end in itertools.pairwise(cuts):
        covering = [(c, r) for s, e, c, r in spans if s <= start and end <= e]
        out.append(
            Segment(
                text[start:end],
                tuple(sorted({c for c, _ in covering})),
                tuple(sorted({r for _, r in covering if r})),
            )
        )
    return out


def _box(raw: Any) -> dict[str, float] | None:
    """A box as ``{x, y, w, h}`` in pixels, from the evidence's ``[left, top, right, bottom]``
    (:class:`bastion.types.Evidence`) or a mapping with ``x, y, w, h``."""
    try:
        if isinstance(raw, Mapping):
            x, y, w, h = (float(raw[k]) for k in ("x", "y", "w", "h"))
        elif isinstance(raw, Sequence) and len(raw) == 4:
            left, top, right, bottom = (float(v) for v in raw)
            x, y, w, h = left, top, right - left, bottom - top
        else:
            return None
    except (KeyError, TypeError, ValueError):
        return None
    return {"x": x, "y": y, "w": w, "h": h} if w > 0 and h > 0 else None


def boxes(evidence: Sequence[Mapping[str, Any]], part: str) -> list[dict[str, Any]]:
    found = []
    for e in evidence:
        if e.get("part") != part or "box" not in e:
            continue
        box = _box(e["box"])
        if box is not None:
            found.append({**box, "category": e.get("category"), "frame": e.get("frame")})
    return found


def time_ranges(evidence: Sequence[Mapping[str, Any]], part: str) -> list[dict[str, Any]]:
    found = []
    for e in evidence:
        window = e.get("time_range")
        if e.get("part") != part or not isinstance(window, list) or len(window) != 2:
            continue
        start, end = float(window[0]), float(window[1])
        found.append(
            {
                "start": start,
                "end": end,
                "label": f"{_clock(start)}–{_clock(end)}",
                "category": e.get("category"),
                "excerpt": e.get("excerpt"),
            }
        )
    return sorted(found, key=lambda r: r["start"])


def _clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def blurred(queue: str, category: str | None, flagged: Sequence[str]) -> bool:
    names = {queue, *(queue_of(c) for c in flagged)}
    if category:
        names.add(queue_of(category))
    return bool(names & BLUR_QUEUES) or any(c == "violence/graphic" for c in flagged)


def category_choices() -> list[str]:
    return list(taxonomy.CATEGORIES)
