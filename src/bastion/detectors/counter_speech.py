"""Counter-speech and negated derogation, which the trained models misread as hate.

"Muslims are not terrorists", "I don't hate immigrants", "saying women are stupid is
sexist": each names a group and a hostile word only to deny or condemn the claim, and
``docs/taxonomy.md`` puts them out of ``hate``. The models read the words and score
them as hate ("Women are not stupid." scored 0.87). Rules could only add to a model's
score (fusion is a noisy-OR), so this module lets statements of this kind hold the model
score down instead.

``data/counter_speech.yaml`` lists the statements, in the derogation lexicon's words
(``macros_from: derogation.yaml``: one owner for the group names and the hostile
predicates). A model segment is held down only when such statements cover *every*
letter and digit of it: a segment that says anything more ("I don't hate Muslims, I just
think they should all be deported") keeps its score. Each entry names the categories it
holds down, and its ``weight`` is the most the models may then score them.

A rule match that lies inside such a statement ("immigrants are criminals" in "I don't
think immigrants are criminals", "Muslims deserve to die" in "no Muslims deserve to die")
is a mention, not a use: the rule detectors discount it as they discount a quotation
(:func:`holds`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np

from bastion.artifacts import TextArtifacts
from bastion.detectors.lexicon import Match, PhraseLexicon

__all__ = ["LEXICON_FILE", "capped", "holds", "lexicon"]

LEXICON_FILE = "counter_speech.yaml"


@cache
def lexicon() -> PhraseLexicon:
    """The compiled counter-speech lexicon, loaded once per process."""
    return PhraseLexicon.from_file(LEXICON_FILE)


@lru_cache(maxsize=256)
def _found(text: TextArtifacts) -> tuple[Match, ...]:
    """The counter-speech statements in ``text`` (each detector that asks shares one scan)."""
    return tuple(lexicon().scan(text))


def holds(text: TextArtifacts, match: Match) -> bool:
    """Whether a rule's ``match`` lies inside a counter-speech statement of its category."""
    start, end = match.span
    return any(
        m.category == match.category and m.span[0] <= start and end <= m.span[1]
        for m in _found(text)
    )


def _covered(original: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every letter and digit of ``original[start:end]`` lies in one of ``spans``."""
    inside = [False] * (end - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    return all(inside[i - start] or not original[i].isalnum() for i in range(start, end))


def capped(
    text: TextArtifacts,
    categories: Sequence[str],
    scores: np.ndarray,
    segments: Sequence[tuple[int, int]] | None = None,
) -> np.ndarray:
    """``scores`` ((segments, categories) model probabilities) with every segment that
    counter-speech fills held at or below its entries' caps, per category.

    ``segments`` are spans of ``text.folded.text`` (default: ``text.segments``)."""
    found = _found(text)
    if not found:
        return scores
    spans = segments if segments is not None else text.segments
    original = text.original
    out = scores.copy()
    for j, category in enumerate(categories):
        matches = [m for m in found if m.category == category]
        if not matches:
            continue
        cap = max(m.entry.weight for m in matches)
        where = [m.span for m in matches]
        for i, (start, end) in enumerate(spans):
            o_start, o_end = text.folded.original_span(start, end)
            if _covered(original, o_start, o_end, where):
                out[i, j] = min(out[i, j], cap)
    return out
