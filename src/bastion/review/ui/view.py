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

__all__ = [
    "BLUR_QUEUES",
    "LONG_TEXT_CHARS",
    "MEDIA_PARTS",
    "Segment",
    "blurred",
    "boxes",
    "excerpt",
    "segments",
    "time_ranges",
    "where",
]

LONG_TEXT_CHARS = 6_000
"""Longer texts are shown collapsed: the evidence with context, the rest behind a toggle."""
CONTEXT_CHARS = 400
"""Characters shown on each side of a piece of evidence in a collapsed text."""

BLUR_QUEUES = frozenset({"sexual", "nudity", "violence"})
"""Images of items in (or flagged for) these categories are blurred until the reviewer asks."""


@dataclass(frozen=True)
class Segment:
    text: str
    categories: tuple[str, ...] = ()
    rules: tuple[str, ...] = field(default_factory=tuple)
    hidden: int = 0
    """For a gap in a collapsed text: how many characters are left out here."""


def excerpt(text: str, evidence: Sequence[Mapping[str, Any]]) -> tuple[list[Segment], bool]:
    """The segments to show first, and whether the text was collapsed.

    A text up to :data:`LONG_TEXT_CHARS` is shown whole. A longer one shows each piece of text
    evidence with :data:`CONTEXT_CHARS` around it (or the opening, without any), and gaps
    saying how much is left out; the page offers the whole text behind a toggle.
    """
    if len(text) <= LONG_TEXT_CHARS:
        return segments(text, evidence), False
    windows = []
    for e in evidence:
        span = e.get("span")
        if e.get("part", "text") == "text" and isinstance(span, list) and len(span) == 2:
            start = max(0, int(span[0]) - CONTEXT_CHARS)
            windows.append((start, min(len(text), int(span[1]) + CONTEXT_CHARS)))
    if not windows:
        windows = [(0, LONG_TEXT_CHARS // 2)]
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    shown: list[Segment] = []
    at = 0
    for start, end in merged:
        if start > at:
            shown.append(Segment("", hidden=start - at))
        # Evidence positions are into the whole text: shift them into the window.
        local = [
            {**e, "span": [int(e["span"][0]) - start, int(e["span"][1]) - start]}
            for e in evidence
            if e.get("part", "text") == "text" and isinstance(e.get("span"), list)
        ]
        shown.extend(segments(text[start:end], local))
        at = end
    if at < len(text):
        shown.append(Segment("", hidden=len(text) - at))
    return shown, True


def where(evidence: Mapping[str, Any]) -> str:
    """Where a piece of evidence is, in words: each kind of place separated, e.g.
    ``transcript chars 0–21 · 0:00.0–0:01.5`` for speech (not ``chars 0–210.0–1.5 s``)."""
    pieces = []
    span = evidence.get("span")
    if isinstance(span, list) and len(span) == 2:
        of = "" if evidence.get("part", "text") == "text" else "transcript "
        if evidence.get("part") == "image" or evidence.get("box") is not None:
            of = "OCR text "
        pieces.append(f"{of}chars {span[0]}–{span[1]}")
    window = evidence.get("time_range")
    if isinstance(window, list) and len(window) == 2:
        pieces.append(f"{_precise_clock(float(window[0]))}–{_precise_clock(float(window[1]))}")
    if evidence.get("frame") is not None:
        pieces.append(f"frame {evidence['frame']}")
    if evidence.get("box") is not None:
        pieces.append("box")
    return " · ".join(pieces)


def _precise_clock(seconds: float) -> str:
    minutes, secs = divmod(max(0.0, seconds), 60)
    return f"{int(minutes)}:{secs:04.1f}"


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
