"""A small phrase-lexicon engine shared by the word-list detectors.

A lexicon is a YAML file in ``bastion/detectors/data/``::

    view: folded                  # default view: folded (words), canonical (digits kept)
                                  # or respelled (folded, misspelt group names restored)
    macros: {group: [jews, muslims]}          # <<group>> in a pattern -> (?:jews|muslims)
    exclude: [{pattern: 'chink in the armou?r'}]  # idioms: matches overlapping these are dropped
                                  # (unless the entry says ``excludes: false``)
    include: [threats/de.yaml]    # more macros, excludes and entries, merged in
    macros_from: derogation.yaml  # borrow another lexicon's macros (and only them)
    entries:
      - {term: idiot, category: harassment, weight: 0.5, lang: en, note: insult}
      - {pattern: 'i know where you live', category: [harassment/threatening], weight: 0.8}
      - {category: profanity, lang: de, terms: {arschloch: 0.8, wichser: 0.8}}  # a group

A *term* compiles to an evasion-tolerant regex (see :mod:`bastion.detectors.terms`):
repeated letters, leetspeak, masked and split letters all match. A *pattern* is
a raw regex over the casefolded view. Terms sharing a view and categories are
compiled into one trie regex, so a scan costs one pass per trie, not per term. A pattern
is run only where a string it needs occurs in the text (:mod:`bastion.detectors.prefilter`),
and is compiled the first time that happens: most patterns never run on most texts.

Scores are a noisy-OR over the distinct entries that matched, capped at 0.99
(see :mod:`bastion.detectors.scoring`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice
from operator import attrgetter
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, ClassVar

from bastion import taxonomy, yaml_io
from bastion.artifacts import Artifacts, NormalizedText, TextArtifacts
from bastion.detectors import prefilter_cache
from bastion.detectors.base import Detector, data_digest
from bastion.detectors.mention import discounted, quoted, reported
from bastion.detectors.prefilter import LiteralIndex, Needs, placeholder, required
from bastion.detectors.scoring import (
    MAX_EVIDENCE,
    MAX_SCORE,
    Entry,
    Match,
    evidence_for,
    finding,
    noisy_or,
    signals_for,
)
from bastion.detectors.terms import (
    END,
    START,
    LexiconError,
    expand,
    fold,
    macro,
    term_tokens,
    trie_regex,
)
from bastion.types import Signal

__all__ = [
    "MAX_EVIDENCE",
    "MAX_SCORE",
    "Entry",
    "LexiconDetector",
    "LexiconError",
    "Match",
    "PhraseLexicon",
    "PrefilterMacros",
    "evidence_for",
    "finding",
    "load_data",
    "load_lexicon",
    "noisy_or",
    "signals_for",
]

_VIEW_OF: dict[str, Callable[[TextArtifacts], NormalizedText]] = {
    "folded": attrgetter("folded"),
    "canonical": attrgetter("canonical"),
    "respelled": attrgetter("respelled"),
}
VIEWS = tuple(_VIEW_OF)

LONG_TEXT = 10_000
"""In a text longer than this (characters), the patterns of a language other than English
and the text's own are not tried: every language's patterns on every long text would
cost a second per megabyte each. Shorter texts, where language identification is
least reliable, are read with every language's patterns."""

_ENTRY_KEYS = {"term", "pattern", "id", "category", "weight", "lang", "note", "suffixes"}
_ENTRY_KEYS |= {"fold_accents", "lang_only", "view", "excludes"}


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def _enough_letters(matched: str, min_alpha: int) -> bool:
    """Leetspeak needs letters to read as a word: "a$$" and "sh1t" do, "a55" and "455" do not."""
    letters = sum(c.isalpha() for c in matched)
    return letters >= min_alpha and sum(c.isdigit() for c in matched) <= letters


@dataclass(frozen=True)
class _Trie:
    """The terms of one view and one set of categories, compiled into one regex whose
    leaves carry named groups (``e<entry index>``)."""

    view: str
    categories: tuple[str, ...]
    regex: re.Pattern[str]


@dataclass(frozen=True)
class _Patterns:
    """The pattern entries of one view, one set of categories and one language: their
    matches do not overlap (the leftmost, then the first listed, wins), as if they were
    one alternation."""

    view: str
    categories: tuple[str, ...]
    members: tuple[int, ...]
    lang: str | None = None
    """None: English or unmarked; a long text in another language skips the others
    (:data:`LONG_TEXT`)."""


@dataclass
class _Gate:
    """The prefilter of one view's patterns (or excludes): the strings each needs, and
    an index that finds them in a text."""

    index: LiteralIndex
    needs: dict[str, list[tuple[int, int]]]
    """For each string, the (pattern, set number) pairs whose set holds it."""
    sets_of: dict[int, int]
    """For each pattern with sets, how many: a text must hold a string of every one."""
    always: frozenset[int]
    """Patterns the prefilter found no string for: tried on every text."""

    def candidates(self, text: str) -> set[int]:
        hit: dict[int, set[int]] = {}
        for literal in self.index.present(text):
            for index, number in self.needs[literal]:
                hit.setdefault(index, set()).add(number)
        return {i for i, numbers in hit.items() if len(numbers) == self.sets_of[i]} | self.always


class PhraseLexicon:
    """Compiled entries of one lexicon file; :meth:`scan` finds them in a text.

    Terms sharing a view and a set of categories are compiled into one trie regex. A
    pattern is parsed at load (its syntax checked, the strings it needs found), and
    compiled on its first use; :meth:`compile_all` compiles every one (tests do).
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        source: str = "<lexicon>",
        known: prefilter_cache.Known | None = None,
    ) -> None:
        """``known``: what the prefilter found in patterns before (default: the shipped
        :mod:`~bastion.detectors.prefilter_cache`); a pattern found there is not parsed."""
        self.source = source
        self._known = prefilter_cache.shipped() if known is None else known
        self.analysis: prefilter_cache.Known = {}
        """What the prefilter found in this lexicon's patterns and excludes, by key."""
        self.digest = data_digest(data)
        """A hash of the lexicon's data: part of the version its detector records."""
        view = data.get("view", "folded")
        macros = {k: macro(v) for k, v in (data.get("macros") or {}).items()}
        self._macros = PrefilterMacros(macros, source)
        self.entries: list[Entry] = []
        tries: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
        patterns: dict[tuple[str, tuple[str, ...], str | None], list[int]] = {}
        needs: dict[str, dict[int, Needs]] = {}
        for raw in self._flatten(data.get("entries") or []):
            index = len(self.entries)
            entry, regex = self._entry(raw, view, macros, index)
            self.entries.append(entry)
            key = (entry.view, entry.categories)
            if entry.term is not None:
                node = tries.setdefault(key, {})
                for token in term_tokens(entry.term, bool(raw.get("fold_accents"))):
                    node = node.setdefault(token, {})
                if "" in node:
                    raise LexiconError(f"{source}: duplicate term {entry.term!r}")
                node[""] = f"{regex}(?P<e{index}>)"
            else:
                lang = entry.lang if entry.lang != "en" else None
                patterns.setdefault((*key, lang), []).append(index)
                where = f"{source} entry {index} ({entry.id})"
                needs.setdefault(entry.view, {})[index] = self._needs(raw["pattern"], regex, where)
        self._tries = [
            _Trie(v, categories, self._compile(START + trie_regex(node) + END))
            for (v, categories), node in tries.items()
        ]
        self._patterns = [
            _Patterns(v, categories, tuple(indices), lang)
            for (v, categories, lang), indices in patterns.items()
        ]
        self._group_of = {i: g for g, group in enumerate(self._patterns) for i in group.members}
        self._gates = {v: _gate(per_entry) for v, per_entry in needs.items()}
        self._excludes: dict[str, list[str]] = {}
        """Per view, the patterns of spans no match may overlap (each compiled on first need)."""
        exclude_needs: dict[str, dict[int, Needs]] = {}
        for raw in data.get("exclude") or []:
            if "pattern" not in raw:
                raise LexiconError(f"{source}: an exclude needs a pattern, got {raw!r}")
            where = f"{source} exclude {raw['pattern']!r}"
            pattern = expand(str(raw["pattern"]), macros, where)
            exclude_view = raw.get("view", view)
            listed = self._excludes.setdefault(exclude_view, [])
            needed = self._needs(str(raw["pattern"]), pattern, where)
            exclude_needs.setdefault(exclude_view, {})[len(listed)] = needed
            listed.append(pattern)
        self._exclude_gates = {v: _gate(per_exclude) for v, per_exclude in exclude_needs.items()}
        self.categories = tuple(sorted({c for e in self.entries for c in e.categories}))

    def _needs(self, pattern: str, regex: str, where: str) -> Needs:
        """The sets of strings every match of an entry's ``pattern`` (``regex`` once
        expanded) contains one of each, from the cache or the parser; raises for bad
        syntax."""
        key = prefilter_cache.key(regex)
        if key in self._known:
            found = tuple(frozenset(strings) for strings in self._known[key])
        else:
            found = self._macros.needs(pattern, where)
        self.analysis[key] = [sorted(strings) for strings in found]
        return found

    @classmethod
    def from_file(cls, filename: str, known: prefilter_cache.Known | None = None) -> PhraseLexicon:
        """The lexicon ``data/<filename>`` with its includes (``known``: as for ``__init__``)."""
        return cls(with_includes(load_data(filename) or {}, filename), filename, known)

    @staticmethod
    def _flatten(items: list[Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
        for item in items:
            if "terms" in item:
                shared = {k: v for k, v in item.items() if k != "terms"}
                for term, weight in item["terms"].items():
                    yield {**shared, "term": str(term), "weight": weight}
            else:
                yield dict(item)

    def _entry(
        self, raw: dict[str, Any], view: str, macros: Mapping[str, str], index: int
    ) -> tuple[Entry, str]:
        where = f"{self.source} entry {index} ({raw.get('term') or raw.get('id')})"
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        if ("term" in raw) == ("pattern" in raw):
            raise LexiconError(f"{where}: needs exactly one of term/pattern")
        categories = raw.get("category")
        categories = (categories,) if isinstance(categories, str) else tuple(categories or ())
        bad = [c for c in categories if not taxonomy.is_category(c)]
        if not categories or bad:
            raise LexiconError(f"{where}: unknown or missing categories {bad}")
        weight = raw.get("weight")
        if not isinstance(weight, int | float) or not 0.0 < weight <= 1.0:
            raise LexiconError(f"{where}: weight must be in (0, 1], got {weight!r}")
        entry_view = raw.get("view", view)
        if entry_view not in VIEWS:
            raise LexiconError(f"{where}: view must be one of {VIEWS}")
        term = fold(str(raw["term"])) if "term" in raw else None
        if term is not None:
            suffixes = raw.get("suffixes", ["es", "s"])
            regex = f"(?:{'|'.join(map(re.escape, suffixes))})?" if suffixes else ""
            letters = sum(ch.isalnum() for ch in term)
            min_alpha = max(1, letters - 2)
        else:
            regex = expand(str(raw["pattern"]), macros, where)
            if "(?P<" in regex:
                raise LexiconError(f"{where}: named groups are reserved")
            min_alpha = 0
        entry_id = str(raw.get("id") or re.sub(r"\W+", "_", term or f"pattern_{index}"))
        entry = Entry(
            id=entry_id,
            categories=categories,
            weight=float(weight),
            view=entry_view,
            term=term,
            pattern=None if term is not None else regex,
            lang=raw.get("lang"),
            lang_only=bool(raw.get("lang_only", False)),
            min_alpha=min_alpha,
            note=raw.get("note"),
            excludable=bool(raw.get("excludes", True)),
        )
        return entry, regex

    def _compile(self, regex: str, where: str | None = None) -> re.Pattern[str]:
        try:
            return re.compile(regex)
        except (re.error, KeyError) as exc:
            raise LexiconError(f"{where or self.source}: bad regex: {exc}") from exc

    def compile_all(self) -> None:
        """Compile every pattern and exclude now (they are otherwise compiled on first
        use): raises :class:`LexiconError` for one that the parser passed but the compiler
        rejects (a macro of variable width in a lookbehind, say)."""
        for i, entry in enumerate(self.entries):
            if entry.pattern is not None:
                self._compile(entry.pattern, f"{self.source} entry {i} ({entry.id})")
        for view, patterns in self._excludes.items():
            for pattern in patterns:
                self._compile(pattern, f"{self.source} exclude of view {view}: {pattern[:60]!r}")

    def scan(self, text: TextArtifacts, per_entry: int | None = None) -> list[Match]:
        """Entry matches in ``text``, one :class:`Match` per category of the entry.

        Matches of one trie, or of the patterns of one :class:`_Patterns`, do not overlap
        (the leftmost, then first-listed, entry wins); matches of different ones may.
        ``per_entry`` keeps only the first matches of each entry, which is all that
        scoring and evidence use, and keeps a text full of one word cheap. A text over
        :data:`LONG_TEXT` characters is read with the patterns of English and of its own
        language only.
        """
        found: list[tuple[str, int, int, int]] = []  # (view, entry index, start, end)
        for trie in self._tries:
            for m in trie.regex.finditer(view_of(text, trie.view).text):
                found.append((trie.view, _term_index(m), *m.span()))
        by_group: dict[int, list[int]] = {}
        for v, gate in self._gates.items():
            for index in sorted(gate.candidates(view_of(text, v).text)):
                by_group.setdefault(self._group_of[index], []).append(index)
        limit = None if per_entry is None else per_entry + _SPARE
        for g in sorted(by_group):
            group = self._patterns[g]
            view = view_of(text, group.view).text
            if group.lang not in (None, text.lang) and len(view) > LONG_TEXT:
                continue
            spans: list[tuple[int, int, int]] = []  # (start, entry index: its order, end)
            for index in by_group[g]:
                regex = _compiled(str(self.entries[index].pattern))
                for m in islice(regex.finditer(view), limit):
                    spans.append((m.start(), index, m.end()))
            end = -1
            for start, index, stop in sorted(spans):
                if start >= end:
                    found.append((group.view, index, start, stop))
                    end = stop
        return self._kept(text, found, per_entry)

    def _kept(
        self, text: TextArtifacts, found: list[tuple[str, int, int, int]], per_entry: int | None
    ) -> list[Match]:
        matches: list[Match] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        kept = [0] * len(self.entries)
        for view_name, index, start, end in found:
            entry = self.entries[index]
            if (per_entry is not None and kept[index] >= per_entry) or (
                entry.lang_only and entry.lang != text.lang
            ):
                continue
            view = view_of(text, view_name)
            span = view.original_span(start, end)
            excerpt = text.original[span[0] : span[1]]
            if entry.min_alpha and not _enough_letters(excerpt, entry.min_alpha):
                continue  # judged on what the user wrote: the folded view is all letters
            if entry.excludable:
                if view_name not in excluded:
                    excluded[view_name] = self._excluded_spans(view_name, view)
                if _overlaps(excluded[view_name], start, end):
                    continue
            kept[index] += 1
            for category in entry.categories:
                matches.append(Match(entry, category, view_name, start, end, span, excerpt))
        return matches

    def _excluded_spans(self, view_name: str, view: NormalizedText) -> list[tuple[int, int]]:
        """The spans of ``view`` that excludes match, sorted and merged where they overlap."""
        gate = self._exclude_gates.get(view_name)
        if gate is None:
            return []
        patterns = self._excludes[view_name]
        spans = sorted(
            m.span()
            for i in gate.candidates(view.text)
            for m in _compiled(patterns[i]).finditer(view.text)
        )
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


_SPARE = 8
"""Matches of a pattern collected beyond ``per_entry``: an overlap or an exclude may drop some."""


def _term_index(m: re.Match[str]) -> int:
    """The index of the term behind a trie match: its leaf's named group."""
    name = m.lastgroup
    if name is None or m.group(name) is None:
        name = next(k for k, v in m.groupdict().items() if v is not None)
    return int(name[1:])


def _gate(needs: Mapping[int, Needs]) -> _Gate:
    by_literal: dict[str, list[tuple[int, int]]] = {}
    for index, sets in needs.items():
        for number, strings in enumerate(sets):
            for literal in strings:
                by_literal.setdefault(literal, []).append((index, number))
    sets_of = {i: len(sets) for i, sets in needs.items() if sets}
    always = frozenset(i for i, sets in needs.items() if not sets)
    return _Gate(LiteralIndex(by_literal), by_literal, sets_of, always)


class PrefilterMacros:
    """A lexicon's macros as the prefilter reads them: each parsed once, and a pattern
    parsed with every ``<<name>>`` standing as one placeholder character, so a macro used
    by a hundred patterns is not parsed a hundred times."""

    def __init__(self, macros: Mapping[str, str], source: str) -> None:
        self.source = source
        self._regex = {
            name: expand(regex, macros, f"{source} macro {name}") for name, regex in macros.items()
        }
        self._code = {name: placeholder(k) for k, name in enumerate(macros)}
        self._needs: dict[int, Needs] = {}

    def needs(self, pattern: str, where: str) -> Needs:
        """The sets of strings every match of ``pattern`` contains one of each (():
        unknown); raises :class:`LexiconError` for bad syntax."""
        skeleton = expand(pattern, self._code, where)
        for name in set(_MACRO_USE.findall(pattern)):
            code = ord(self._code[name])
            if code not in self._needs:
                tree = _check(self._regex[name], f"{self.source} macro {name}")
                self._needs[code] = required(tree)
        return required(_check(skeleton, where), self._needs)


_MACRO_USE = re.compile(r"<<(\w+)>>")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check(regex: str, where: str) -> Any:
    """The parse tree of ``regex`` (its syntax checked without compiling it, which costs
    twice as much; :meth:`PhraseLexicon.compile_all` compiles)."""
    try:
        return parser.parse(regex)
    except (re.error, KeyError, OverflowError) as exc:
        raise LexiconError(f"{where}: bad regex: {exc}") from exc


def view_of(text: TextArtifacts, name: str) -> NormalizedText:
    """The view of ``text`` that a lexicon entry scans (one of :data:`VIEWS`)."""
    return _VIEW_OF[name](text)


def load_data(filename: str) -> Any:
    """The parsed YAML file ``bastion/detectors/data/<filename>`` (safe loader)."""
    path = resources.files("bastion.detectors").joinpath("data", filename)
    return yaml_io.safe_load(path.read_text(encoding="utf-8"))


def with_includes(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """A lexicon with the files its ``include:`` list names merged in (one level):
    their macros join the includer's (a name defined twice is an error), their
    excludes and entries are appended in order. An included file has no view of
    its own: it is read in the includer's. ``macros_from:`` names a lexicon whose
    macros (with its includes') are borrowed, and nothing else of it: the word lists
    keep one owner."""
    if not data.get("include") and not data.get("macros_from"):
        return dict(data)
    merged = {k: v for k, v in data.items() if k not in ("include", "macros_from")}
    macros = dict(merged.get("macros") or {})
    if data.get("macros_from"):
        lender = str(data["macros_from"])
        borrowed = with_includes(load_data(lender) or {}, lender).get("macros") or {}
        twice = set(macros) & set(borrowed)
        if twice:
            raise LexiconError(f"{source}: redefines macros {sorted(twice)} of {lender}")
        macros.update(borrowed)
    exclude = list(merged.get("exclude") or [])
    entries = list(merged.get("entries") or [])
    for name in data.get("include") or []:
        part = load_data(str(name)) or {}
        unknown = set(part) - {"macros", "exclude", "entries"}
        if unknown:
            raise LexiconError(f"{source}: included {name} has keys {sorted(unknown)}")
        twice = set(macros) & set(part.get("macros") or {})
        if twice:
            raise LexiconError(f"{source}: included {name} redefines macros {sorted(twice)}")
        macros.update(part.get("macros") or {})
        exclude.extend(part.get("exclude") or [])
        entries.extend(part.get("entries") or [])
    return {**merged, "macros": macros, "exclude": exclude, "entries": entries}


@cache
def load_lexicon(filename: str) -> PhraseLexicon:
    """The compiled lexicon ``data/<filename>``, loaded once per process."""
    return PhraseLexicon.from_file(filename)


class LexiconDetector(Detector):
    """A detector whose whole judgement is one :class:`PhraseLexicon`.

    The class's ``version`` is its code's; an instance records ``<code>+<data hash>`` of
    the lexicon it loaded, so editing a lexicon file changes every decision's version.
    """

    lexicon_file: ClassVar[str]
    discounted_in_context: ClassVar[frozenset[str]] = frozenset()
    """Categories whose matches in a mention context (:meth:`mentioned`) count for less:
    counter-speech and reports of abuse are out of those categories (docs/taxonomy.md)."""

    def __init__(self, lexicon: PhraseLexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon(self.lexicon_file)
        self.version = f"{type(self).version}+{self.lexicon.digest}"
        extra = set(self.lexicon.categories) - set(self.categories)
        if extra:
            raise LexiconError(f"{self.lexicon.source}: categories {sorted(extra)} not scored")

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        if artifacts.text is None:  # only called for text items, but be total
            return [self.signal(category, 0.0) for category in self.categories]
        found = self.lexicon.scan(artifacts.text, per_entry=MAX_EVIDENCE)
        weighed = [self.weigh(m, artifacts.text) for m in found]
        return signals_for(self, [*weighed, *self.extra(artifacts.text)])

    def weigh(self, match: Match, text: TextArtifacts) -> Match:
        """A lexicon match as it counts here: a match of a :attr:`discounted_in_context`
        category that :meth:`mentioned` or :meth:`countered` holds for keeps only part of
        its weight."""
        if match.category in self.discounted_in_context and (
            self.mentioned(view_of(text, match.view).text, match) or self.countered(text, match)
        ):
            return discounted(match)
        return match

    def countered(self, text: TextArtifacts, match: Match) -> bool:
        """Whether ``match`` lies inside counter-speech ("no Muslims deserve to die"); the
        detectors that read hate and threats ask :mod:`~bastion.detectors.counter_speech`."""
        return False

    def mentioned(self, view: str, match: Match) -> bool:
        """Whether ``match`` is mentioned rather than used: quoted or reported
        (:mod:`bastion.detectors.mention`; subclasses widen this)."""
        return quoted(view, match.start, match.end) or reported(view, match.start)

    def extra(self, text: TextArtifacts) -> list[Match]:
        """Findings beyond the lexicon (subclasses add structural checks here)."""
        return []
