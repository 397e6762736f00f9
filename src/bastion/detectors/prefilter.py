"""Required literals: a cheap test that lets a lexicon skip the patterns that cannot match.

For a regex, :func:`required` finds sets of strings such that every match of the regex
contains one string of each set ("kill you" for ``\\bi (?:will|'ll) kill you\\b``; one of
"umbringen", "töten", … *and* "dich" for a German threat). A :class:`LiteralIndex` finds
which of many such strings occur in a text, through the text's character trigrams; a
pattern is run only when every one of its sets has a string in the text, and need never
be compiled otherwise. This is the prefilter of Google's RE2 (``FilteredRE2``), reduced
to what Python's regex parser exposes: a conjunction is kept only along a sequence, and
an alternation needs the union of its alternatives' best sets.

The analysis is conservative: whatever it cannot see through (``.``, ``\\w``, a class of
many characters, a repeat that may be absent, a back-reference) only makes the sets less
selective, or leaves the pattern without one (it then always runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

__all__ = ["LiteralIndex", "Literals", "Needs", "placeholder", "required"]

EXACT_LIMIT = 64
"""The most strings an exact set holds; beyond it, a sequence's product is cut."""
SMALL_CLASS = 8
"""A character class of at most this many characters is read as that many strings."""
SELECTIVE = 6
"""Strings at least this long are all equally selective: a set is then judged by its size."""
CONJUNCTS = 2
"""The most sets a pattern keeps, each of which a match must contain a string of."""

Literals = frozenset[str]

_PLACEHOLDER_BASE = 0xF0000  # Supplementary Private Use Area-A: never in a folded text


def placeholder(k: int) -> str:
    """The character that stands for the ``k``-th macro in a pattern given to :func:`required`."""
    return chr(_PLACEHOLDER_BASE + k)


Needs = tuple[Literals, ...]
"""Sets of strings every match contains one of *each* (a conjunction); () knows nothing."""


@dataclass(frozen=True)
class _Info:
    exact: Literals | None = None
    """The node matches exactly one of these strings (None: not a small finite set)."""
    needed: Needs = ()
    """Sets every match contains one string of each; unused when ``exact`` is set."""

    def as_needed(self) -> Needs:
        if self.exact is None:
            return self.needed
        return () if "" in self.exact else (self.exact,)


_EMPTY = _Info(exact=frozenset({""}))
_UNKNOWN = _Info()


def _score(literals: Literals) -> tuple[int, int]:
    return min(min(map(len, literals)), SELECTIVE), -len(literals)


def _kept(sets: Iterable[Literals]) -> Needs:
    """The :data:`CONJUNCTS` most selective of ``sets``, the best first (ties in the
    order of their sorted strings, so the result never depends on hashing)."""
    ranked = sorted(set(sets), key=lambda strings: (_score(strings), sorted(strings)))
    return tuple(ranked[::-1][:CONJUNCTS])


def required(tree: Any, macros: Mapping[int, Needs] | None = None) -> Needs:
    """Sets of strings such that every match of the parsed regex ``tree`` contains one
    string of each (the most selective first; () when none was found). ``macros`` gives,
    for a :func:`placeholder` code, what the macro it stands for needs."""
    if tree.state.flags & re.IGNORECASE:
        return ()
    return _Walker(macros or {}).sequence(tree).as_needed()


class _Walker:
    def __init__(self, macros: Mapping[int, Needs]) -> None:
        self.macros = macros

    def sequence(self, items: Iterable[tuple[Any, Any]]) -> _Info:
        chain: Literals = frozenset({""})
        found: list[Literals] = []
        flushed = False
        for op, av in items:
            info = self.node(op, av)
            if info.exact is not None and len(chain) * len(info.exact) <= EXACT_LIMIT:
                chain = frozenset(a + b for a in chain for b in info.exact)
                continue
            flushed = True
            found.extend(_Info(exact=chain).as_needed())
            if info.exact is not None:
                chain = info.exact
            else:
                chain = frozenset({""})
                found.extend(info.needed)
        if not flushed:
            return _Info(exact=chain)
        return _Info(needed=_kept([*found, *_Info(exact=chain).as_needed()]))

    def node(self, op: Any, av: Any) -> _Info:
        if op is sre.LITERAL:
            if av >= _PLACEHOLDER_BASE:
                return _Info(needed=self.macros.get(av, ()))
            return _Info(exact=frozenset({chr(av)}))
        if op is sre.IN:
            return self.charset(av)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return _EMPTY  # zero width: adds nothing to the text matched
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return _UNKNOWN if add_flags & re.IGNORECASE else self.sequence(sub)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av)
        if op is sre.BRANCH:
            return self.branch(av[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            return self.repeat(low, high, self.sequence(sub))
        return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS

    def charset(self, items: list[tuple[Any, Any]]) -> _Info:
        chars: set[str] = set()
        for op, av in items:
            if op is sre.LITERAL and av < _PLACEHOLDER_BASE:
                chars.add(chr(av))
            elif op is sre.RANGE and av[1] - av[0] < SMALL_CLASS:
                chars.update(map(chr, range(av[0], av[1] + 1)))
            else:
                return _UNKNOWN  # NEGATE, CATEGORY, a wide range
        return _Info(exact=frozenset(chars)) if len(chars) <= SMALL_CLASS else _UNKNOWN

    def branch(self, alternatives: list[Any]) -> _Info:
        """An alternation needs, of its alternatives' best sets, the union: a conjunction
        holds only inside its own alternative."""
        infos = [self.sequence(alt) for alt in alternatives]
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
            if len(union) <= EXACT_LIMIT:
                return _Info(exact=union)
        needed = [i.as_needed() for i in infos]
        if not all(needed):
            return _UNKNOWN
        return _Info(needed=(frozenset().union(*(n[0] for n in needed)),))

    @staticmethod
    def repeat(low: int, high: int, sub: _Info) -> _Info:
        if high == 0:
            return _EMPTY
        if low == high == 1:
            return sub
        if low == 0:
            if high == 1 and sub.exact is not None:
                return _Info(exact=sub.exact | {""})
            return _UNKNOWN
        return _Info(needed=sub.as_needed())  # at least once


class LiteralIndex:
    """Which of many strings occur in a text.

    Each string is filed under its first :data:`GRAM` characters; a text's set of
    character trigrams (computed once per text, shared by every index) picks the files
    to look in, and only their strings are searched for. Strings shorter than that, and
    all the strings of a small index, are searched for directly. Building one costs a
    few milliseconds for ten thousand strings, where one regex of them all would cost a
    compile of half a second, and scan slower.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(s for s in literals if s)
        small = len(self.literals) <= DIRECT
        self._direct = tuple(s for s in self.literals if small or len(s) < GRAM)
        self._by_gram: dict[str, list[str]] = {}
        for s in self.literals:
            if not small and len(s) >= GRAM:
                self._by_gram.setdefault(s[:GRAM], []).append(s)
        self._grams = frozenset(self._by_gram)

    def present(self, text: str) -> set[str]:
        """The strings of the index that occur in ``text``."""
        found = {s for s in self._direct if s in text}
        if self._grams:
            for gram in _trigrams(text) & self._grams:
                found.update(s for s in self._by_gram[gram] if s in text)
        return found


GRAM = 3
DIRECT = 256
"""An index of at most this many strings searches for each directly."""


@lru_cache(maxsize=16)
def _trigrams(text: str) -> frozenset[str]:
    """Every string of :data:`GRAM` characters in ``text`` (one text's set serves every
    index that reads it)."""
    return frozenset({text[i : i + GRAM] for i in range(len(text) - GRAM + 1)})
