"""Findings and how they become signals: noisy-OR scores and capped evidence.

Shared by every built-in detector, so that a lexicon match, a URL trait and a
PII finding are scored and explained the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bastion.detectors.base import Detector
from bastion.types import Evidence, Signal

__all__ = [
    "MAX_EVIDENCE",
    "MAX_SCORE",
    "Entry",
    "Match",
    "evidence_for",
    "finding",
    "noisy_or",
    "signals_for",
]

MAX_SCORE = 0.99
MAX_EVIDENCE = 10


@dataclass(frozen=True)
class Entry:
    """One reason to score: a lexicon term or pattern, or a rule of a detector's own code."""

    id: str
    """Stable name, shown as ``<detector>:<id>`` in evidence (a data contract)."""
    categories: tuple[str, ...]
    weight: float
    view: str
    term: str | None = None
    pattern: str | None = None
    lang: str | None = None
    lang_only: bool = False
    min_alpha: int = 0
    """Letters a term's match must contain; it may not have more digits than letters
    either (so ``455`` and ``A55`` are not read as leetspeak for a term)."""
    note: str | None = None
    excludable: bool = True
    """Whether the lexicon's excludes drop a match that overlaps one (``excludes: false`` for
    a pattern whose span reaches back to a group named in an earlier clause, where "the
    group is not the subject" does not hold)."""


@dataclass(frozen=True)
class Match:
    """One place where an entry was found, for one of its categories."""

    entry: Entry
    category: str
    view: str
    start: int
    """Offsets in the scanned view's text."""
    end: int
    span: tuple[int, int]
    """Offsets in the original text."""
    excerpt: str


def noisy_or(weights: Iterable[float]) -> float:
    """1 - prod(1 - w), capped at :data:`MAX_SCORE`."""
    remaining = 1.0
    for weight in weights:
        remaining *= 1.0 - weight
    return min(1.0 - remaining, MAX_SCORE)


def evidence_for(detector: Detector, matches: list[Match]) -> list[Evidence]:
    """Evidence for at most :data:`MAX_EVIDENCE` matches, in text order.

    Every distinct entry is shown once (strongest first) before any entry is
    shown twice, so one repeated word cannot hide the other reasons.
    """
    seen: set[str] = set()
    firsts: list[Match] = []
    repeats: list[Match] = []
    for m in sorted(matches, key=lambda m: (-m.entry.weight, m.span)):
        (repeats if m.entry.id in seen else firsts).append(m)
        seen.add(m.entry.id)
    strongest = (firsts + repeats)[:MAX_EVIDENCE]
    return [
        Evidence(part="text", span=m.span, excerpt=m.excerpt, rule=f"{detector.name}:{m.entry.id}")
        for m in sorted(strongest, key=lambda m: m.span)
    ]


def signals_for(detector: Detector, matches: Iterable[Match]) -> list[Signal]:
    """One signal per category of ``detector``: noisy-OR over distinct matched entries.

    An entry that matched several times counts once, with its highest weight.
    """
    by_category: dict[str, list[Match]] = {c: [] for c in detector.categories}
    for match in matches:
        by_category[match.category].append(match)
    signals = []
    for category, found in by_category.items():
        weights: dict[str, float] = {}
        for m in found:
            weights[m.entry.id] = max(weights.get(m.entry.id, 0.0), m.entry.weight)
        score = noisy_or(weights.values()) if found else 0.0
        signals.append(detector.signal(category, score, evidence_for(detector, found)))
    return signals


def finding(rule: str, category: str, weight: float, span: tuple[int, int], excerpt: str) -> Match:
    """A :class:`Match` for a finding made in code rather than by a lexicon entry."""
    entry = Entry(id=rule, categories=(category,), weight=weight, view="original")
    return Match(entry, category, "original", span[0], span[1], span, excerpt)
