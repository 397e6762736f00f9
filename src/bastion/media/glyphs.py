"""Reading OCR words as the text a person sees: sans-serif glyph confusions undone.

In sans-serif faces (DejaVu Sans, Helvetica/Liberation Sans, their bold and condensed
cuts) a capital ``I`` is a plain vertical bar, and tesseract reads it as ``|``, ``1`` or
``l``: "I will kill you" comes out as "| will kill you" and the threat is missed. The rules
are few and about the shape of a word, never its meaning:

* ``|`` is not a letter: alone it is the pronoun ``I``; at the start of a word, before
  letters or an apostrophe, it is ``I`` (``|'m``, ``|diot``); between letters it is ``l``
  (``ki||`` -> ``kill``).
* ``l`` alone before a word in lower case is the pronoun ``I`` ("l am"); so is ``1`` or
  ``!`` there when it opens a line or a clause (after ``.``/``,``, or ``and``, ``but``,
  ``so`` ...): "1 will kill you", but "won 1 prize" keeps its number. Before an apostrophe
  contraction each is ``I`` (``1'm``, ``l'll``).

Digits inside words (``k1ll``) are left to the text normaliser, which folds leetspeak for
every source alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["correct_words"]

_CONTRACTION = re.compile(r"^[|1l!]('(?:m|ll|d|ve|s)\b.*)$", re.IGNORECASE)
_BAR_START = re.compile(r"^\|(?=[A-Za-z])")
_BAR_INSIDE = re.compile(r"(?<=[A-Za-z])\|+|\|+(?=[a-z])")
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "so", "then", "because", "cause", "when", "if", "that", "or", "until", "now"}
)


def _starts_lower_word(word: str | None) -> bool:
    return bool(word) and word[0].isalpha() and word[0].islower()  # type: ignore[index]


def _opens_clause(words: Sequence[str], n: int, line_starts: frozenset[int]) -> bool:
    if n == 0 or n in line_starts:
        return True
    before = words[n - 1]
    return before[-1:] in ".,;:!?" or before.lower() in _CLAUSE_OPENERS


def correct_words(words: Sequence[str], line_starts: Sequence[int] = ()) -> list[str]:
    """``words`` (in reading order; ``line_starts``: indexes that begin a line) with the
    sans-serif ``I`` confusions undone."""
    starts = frozenset(line_starts)
    out = []
    for n, word in enumerate(words):
        following = words[n + 1] if n + 1 < len(words) else None
        pronoun = word == "|" or (
            _starts_lower_word(following)
            and (word == "l" or (word in ("1", "!") and _opens_clause(words, n, starts)))
        )
        if pronoun:
            out.append("I")
            continue
        contraction = _CONTRACTION.match(word)
        if contraction:
            out.append("I" + contraction.group(1))
            continue
        word = _BAR_START.sub("I", word)
        word = _BAR_INSIDE.sub(lambda m: "l" * len(m.group(0)), word)
        out.append(word)
    return out
