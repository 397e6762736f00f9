"""Counter-speech and negated derogation, which the trained models misread as abuse.

"Muslims are not terrorists", "I don't hate immigrants", "saying women are stupid is
sexist", "please don't kill yourself, you matter": each names a group or a harm only to
deny or condemn it, and ``docs/taxonomy.md`` puts them out of the category. The models
read the words and score them as abuse ("Women are not stupid." scored hate 0.87). Rules
could only add to a model's score (fusion is a noisy-OR), so statements of this kind hold
the model score down instead. Contempt for a group that no protected characteristic
defines ("lawyers are parasites") is held out of ``hate`` the same way.

``data/counter_speech.yaml`` lists the statements, in the derogation lexicon's words
(``macros_from: derogation.yaml``: one owner for the group names and the hostile
predicates). A model segment is held down only when such statements cover *every*
letter and digit of it (user handles aside): a segment that says anything more ("I
don't hate Muslims, I just think they should all be deported") keeps its score. Each
entry names the categories it holds down, and its ``weight`` is the most the models may
then score them.

A rule match in a segment that such statements fill ("Muslims deserve to die" in "No
Muslims deserve to die.") is a mention, not a use: the rule detectors
(:class:`CounterSpeechAware`) discount it as they discount a quotation (:func:`holds`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import numpy as np

from bastion.artifacts import TextArtifacts
from bastion.detectors.lexicon import LexiconDetector, Match, PhraseLexicon

__all__ = ["LEXICON_FILE", "CounterSpeechAware", "capped", "digest", "holds", "lexicon"]

LEXICON_FILE = "counter_speech.yaml"


@cache
def lexicon() -> PhraseLexicon:
    """The compiled counter-speech lexicon, loaded once per process."""
    return PhraseLexicon.from_file(LEXICON_FILE)


def digest() -> str:
    """The version of the counter-speech data, as decisions record it."""
    return lexicon().digest


def _found(text: TextArtifacts) -> tuple[Match, ...]:
    """The counter-speech statements in ``text`` (each detector that asks shares one scan)."""
    return text.derived(LEXICON_FILE, lambda: tuple(lexicon().scan(text)))


_HANDLE = re.compile(r"(?<!\w)@[\w.]+")
"""A user handle ("@lostinlofi"): it names whom a statement is for and says nothing more."""


def _covered(original: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every letter and digit of ``original[start:end]`` outside user handles lies in
    one of ``spans``."""
    inside = [False] * (end - start)
    handles = [m.span() for m in _HANDLE.finditer(original, start, end)]
    for s, e in [*spans, *handles]:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    return all(inside[i - start] or not original[i].isalnum() for i in range(start, end))


def _filled(
    text: TextArtifacts, category: str, segments: Sequence[tuple[int, int]]
) -> list[float | None]:
    """Per segment (a span of ``text.folded.text``): the cap of the ``category`` statements
    that fill it wholly, or None."""
    matches = [m for m in _found(text) if m.category == category]
    if not matches:
        return [None] * len(segments)
    cap = max(m.entry.weight for m in matches)
    where = [m.span for m in matches]
    filled: list[float | None] = []
    for start, end in segments:
        o_start, o_end = text.folded.original_span(start, end)
        filled.append(cap if _covered(text.original, o_start, o_end, where) else None)
    return filled


def holds(text: TextArtifacts, match: Match) -> bool:
    """Whether a rule's ``match`` lies in a segment that counter-speech of its category fills
    ("Muslims deserve to die" in "No Muslims deserve to die.", but not in "... don't kill
    yourself, I want to do it myself")."""
    start, end = match.span
    for (s, e), filled in zip(
        text.segments, _filled(text, match.category, text.segments), strict=True
    ):
        o_start, o_end = text.folded.original_span(s, e)
        if filled is not None and o_start <= start and end <= o_end:
            return True
    return False


def capped(
    text: TextArtifacts,
    categories: Sequence[str],
    scores: np.ndarray,
    segments: Sequence[tuple[int, int]] | None = None,
) -> np.ndarray:
    """``scores`` ((segments, categories) model probabilities) with every segment that
    counter-speech fills held at or below its entries' caps, per category.

    ``segments`` are spans of ``text.folded.text`` (default: ``text.segments``)."""
    if not _found(text):
        return scores
    spans = segments if segments is not None else text.segments
    out = scores.copy()
    for j, category in enumerate(categories):
        for i, filled in enumerate(_filled(text, category, spans)):
            if filled is not None:
                out[i, j] = min(out[i, j], filled)
    return out


class CounterSpeechAware(LexiconDetector):
    """A lexicon detector whose matches inside counter-speech count as mentions."""

    def __init__(self, lexicon: PhraseLexicon | None = None) -> None:
        super().__init__(lexicon)
        self.readings = {"counter_speech": digest()}

    def countered(self, text: TextArtifacts, match: Match) -> bool:
        return holds(text, match)
