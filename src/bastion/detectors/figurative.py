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
from bastion.detectors.lexicon import LexiconError, PrefilterMacros, load_data
from bastion.detectors.prefilter import LiteralIndex, Needs
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
class _Rule:
    regex: re.Pattern[str]
    plain: str
    needs: Needs
    """Sets of strings a match holds one of each (the prefilter's reading of the pattern)."""


@dataclass(frozen=True)
class Phrases:
    """Figurative phrases and their plain words, applied in order. A phrase is tried only on
    a segment that holds the strings it needs (:mod:`bastion.detectors.prefilter`)."""

    rules: tuple[_Rule, ...]
    digest: str
    index: LiteralIndex

    def plain(self, segment: str) -> str | None:
        """``segment`` (folded) with every figurative phrase in plain words, or None if it
        holds none."""
        present = self.index.present(segment)
        out = segment
        for rule in self.rules:
            if all(strings & present for strings in rule.needs):
                out = rule.regex.sub(rule.plain, out)
        return None if out == segment else out

    def plain_segments(self, text: TextArtifacts) -> dict[int, str]:
        """The segments of ``text`` that hold a figurative phrase, in plain words (read once
        per text, for both trained detectors)."""
        return text.derived(DATA_FILE, lambda: self._plain_segments(text.segment_texts))

    def _plain_segments(self, segments: tuple[str, ...]) -> dict[int, str]:
        plain = {i: self.plain(s) for i, s in enumerate(segments)}
        return {i: s for i, s in plain.items() if s is not None}


@cache
def phrases() -> Phrases:
    """The shipped figurative phrases, loaded once per process."""
    data = load_data(DATA_FILE) or {}
    macros = {k: macro(v) for k, v in (data.get("macros") or {}).items()}
    reader = PrefilterMacros(macros, DATA_FILE)
    rules = []
    for i, raw in enumerate(data.get("entries") or []):
        where = f"{DATA_FILE} entry {i}"
        if set(raw) - {"pattern", "plain", "lang"} or "pattern" not in raw or "plain" not in raw:
            raise LexiconError(f"{where}: needs a pattern and its plain words, got {raw!r}")
        pattern = str(raw["pattern"])
        try:
            regex = re.compile(expand(pattern, macros, where))
        except re.error as exc:
            raise LexiconError(f"{where}: bad regex: {exc}") from exc
        rules.append(_Rule(regex, str(raw["plain"]), reader.needs(pattern, where)))
    literals = {s for rule in rules for strings in rule.needs for s in strings}
    return Phrases(tuple(rules), data_digest(data), LiteralIndex(literals))
