"""Violent and deathly words used figuratively, which the trained models read literally.

"this track kills", "I'd kill for a coffee", "break a leg", "this commute is killing me",
"I'm dead 😂": ``docs/taxonomy.md`` puts violent words used idiomatically out of every
category, but the models read the words ("break a leg tonight, you're going to smash it"
scored violence 0.95). ``data/figurative.yaml`` lists such phrases with their plain
meaning (English; the commonest in German, Spanish, French, Italian, Portuguese and
Dutch). A model segment that holds one is also scored as read with the plain words, and
for the categories figurative violence misleads the models on (:data:`CATEGORIES`) the
lower of the two scores counts. The rest of the segment is read as written, so "you
killed it on stage, now I'll kill you" still scores as a threat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bastion import taxonomy
from bastion.artifacts import TextArtifacts
from bastion.detectors.base import data_digest
from bastion.detectors.lexicon import LexiconError, load_data
from bastion.detectors.terms import expand, macro

__all__ = ["CATEGORIES", "DATA_FILE", "Phrases", "phrases"]

DATA_FILE = "figurative.yaml"
CATEGORIES = frozenset(
    c
    for c in taxonomy.CATEGORIES
    if c.startswith(("violence", "harassment", "self-harm", "illicit")) or c == "hate/threatening"
)
"""What figurative violence misleads the models on ("how do I gut a fish" read as illicit);
other categories keep their score."""


@dataclass(frozen=True)
class Phrases:
    """Figurative phrases and their plain words, applied in order."""

    rules: tuple[tuple[re.Pattern[str], str], ...]
    digest: str

    def plain(self, segment: str) -> str | None:
        """``segment`` (folded) with every figurative phrase in plain words, or None if it
        holds none."""
        out = segment
        for regex, plain in self.rules:
            out = regex.sub(plain, out)
        return None if out == segment else out

    def plain_segments(self, text: TextArtifacts) -> dict[int, str]:
        """The segments of ``text`` that hold a figurative phrase, in plain words."""
        found = {i: self.plain(s) for i, s in enumerate(text.segment_texts)}
        return {i: s for i, s in found.items() if s is not None}


@cache
def phrases() -> Phrases:
    """The shipped figurative phrases, loaded once per process."""
    data = load_data(DATA_FILE) or {}
    macros = {k: macro(v) for k, v in (data.get("macros") or {}).items()}
    rules = []
    for i, raw in enumerate(data.get("entries") or []):
        where = f"{DATA_FILE} entry {i}"
        if set(raw) - {"pattern", "plain", "lang"} or "pattern" not in raw or "plain" not in raw:
            raise LexiconError(f"{where}: needs a pattern and its plain words, got {raw!r}")
        try:
            rules.append(
                (re.compile(expand(str(raw["pattern"]), macros, where)), str(raw["plain"]))
            )
        except re.error as exc:
            raise LexiconError(f"{where}: bad regex: {exc}") from exc
    return Phrases(tuple(rules), data_digest(data))
