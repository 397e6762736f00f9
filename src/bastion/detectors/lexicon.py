"""A small phrase-lexicon engine shared by the word-list detectors.

A lexicon is a YAML file in ``bastion/detectors/data/``::

    view: folded                  # default view: folded (words) or canonical (digits kept)
    macros: {group: [jews, muslims]}          # <<group>> in a pattern -> (?:jews|muslims)
    exclude: [{pattern: 'chink in the armou?r'}]  # idioms: matches overlapping these are dropped
    include: [threats/de.yaml]    # more macros, excludes and entries, merged in
    entries:
      - {term: idiot, category: harassment, weight: 0.5, lang: en, note: insult}
      - {pattern: 'i know where you live', category: [harassment/threatening], weight: 0.8}
      - {category: profanity, lang: de, terms: {arschloch: 0.8, wichser: 0.8}}  # a group

A *term* compiles to an evasion-tolerant regex (see :mod:`bastion.detectors.terms`):
repeated letters, leetspeak, masked and split letters all match. A *pattern* is
a raw regex over the casefolded view. Entries sharing a view and categories are
compiled into one regex, so a scan costs one pass per group, not per entry.

Scores are a noisy-OR over the distinct entries that matched, capped at 0.99
(see :mod:`bastion.detectors.scoring`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, ClassVar

import yaml

from bastion import taxonomy
from bastion.artifacts import Artifacts, NormalizedText, TextArtifacts
from bastion.detectors.base import Detector, data_digest
from bastion.detectors.mention import discounted, quoted, reported
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
    "evidence_for",
    "finding",
    "load_data",
    "load_lexicon",
    "noisy_or",
    "signals_for",
]

VIEWS = ("folded", "canonical")

LONG_TEXT = 10_000
"""In a text longer than this (characters), the patterns of a language other than English
and the text's own are not tried: every language's patterns on every long text would
cost a second per megabyte each. Shorter texts, where language identification is
least reliable, are read with every language's patterns."""

_ENTRY_KEYS = {"term", "pattern", "id", "category", "weight", "lang", "note", "suffixes"}
_ENTRY_KEYS |= {"fold_accents", "lang_only", "view"}


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, non-overlapping)."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def _enough_letters(matched: str, min_alpha: int) -> bool:
    """Leetspeak needs letters to read as a word: "a$$" and "sh1t" do, "a55" and "455" do not."""
    letters = sum(c.isalpha() for c in matched)
    return letters >= min_alpha and sum(c.isdigit() for c in matched) <= letters


@dataclass(frozen=True)
class _Group:
    """One compiled regex: the entries of one view and one set of categories."""

    view: str
    categories: tuple[str, ...]
    regex: re.Pattern[str]
    members: tuple[tuple[int, str], ...] = ()
    """(entry index, pattern) of a pattern group, tried in order to name the entry that
    matched (compiled on first use: most never match). Empty for a term trie, whose leaves
    carry named groups instead."""
    lang: str | None = None
    """The language of a pattern group's entries (None: English or unmarked); a long text
    in another language skips it (:data:`LONG_TEXT`)."""


class PhraseLexicon:
    """Compiled entries of one lexicon file; :meth:`scan` finds them in a text.

    Entries sharing a view and a set of categories are compiled into one regex,
    so a scan costs one pass per group. Pattern groups carry no capture groups
    (which would slow every attempt down); the entry behind a match is found
    afterwards by re-matching the group's patterns at its start.
    """

    def __init__(self, data: Mapping[str, Any], source: str = "<lexicon>") -> None:
        self.source = source
        self.digest = data_digest(data)
        """A hash of the lexicon's data: part of the version its detector records."""
        view = data.get("view", "folded")
        macros = {k: macro(v) for k, v in (data.get("macros") or {}).items()}
        self.entries: list[Entry] = []
        tries: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
        patterns: dict[tuple[str, tuple[str, ...], str | None], list[int]] = {}
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
        self._groups: list[_Group] = []
        for (v, categories), node in tries.items():
            trie = self._compile(START + trie_regex(node) + END)
            self._groups.append(_Group(v, categories, trie))
        for (v, categories, lang), indices in patterns.items():
            # Patterns that start with \b share one word-start test (much faster than letting
            # every alternative test its own \b); the others (e.g. scripts written without
            # spaces) get a regex of their own, so they do not slow the first one down.
            bounded = [i for i in indices if str(self.entries[i].pattern).startswith(r"\b")]
            free = [i for i in indices if i not in bounded]
            for part in (bounded, free):
                if not part:
                    continue
                sources = [str(self.entries[i].pattern) for i in part]
                if part is bounded:
                    combined = r"\b(?=\w)(?:" + "|".join(f"(?:{p[2:]})" for p in sources) + ")"
                else:
                    combined = "|".join(f"(?:{p})" for p in sources)
                members = tuple(zip(part, sources, strict=True))
                compiled = self._compile(combined)
                self._groups.append(_Group(v, categories, compiled, members, lang))
        self._exclude: dict[str, re.Pattern[str]] = {}
        excludes: dict[str, list[str]] = {}
        for raw in data.get("exclude") or []:
            if "pattern" not in raw:
                raise LexiconError(f"{source}: an exclude needs a pattern, got {raw!r}")
            pattern = expand(str(raw["pattern"]), macros, f"{source} exclude")
            excludes.setdefault(raw.get("view", view), []).append(f"(?:{pattern})")
        for v, alternatives in excludes.items():
            self._exclude[v] = self._compile("|".join(alternatives))
        self.categories = tuple(sorted({c for e in self.entries for c in e.categories}))

    @classmethod
    def from_file(cls, filename: str) -> PhraseLexicon:
        return cls(with_includes(load_data(filename) or {}, filename), filename)

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
            _check(regex, where)
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
        )
        return entry, regex

    def _compile(self, regex: str, where: str | None = None) -> re.Pattern[str]:
        try:
            return re.compile(regex)
        except (re.error, KeyError) as exc:
            raise LexiconError(f"{where or self.source}: bad regex: {exc}") from exc

    def scan(self, text: TextArtifacts, per_entry: int | None = None) -> list[Match]:
        """Entry matches in ``text``, one :class:`Match` per category of the entry.

        Matches of one group do not overlap (the leftmost, then first-listed,
        entry wins); matches of different groups may. ``per_entry`` keeps only
        the first matches of each entry, which is all that scoring and evidence
        use, and keeps a text full of one word cheap. A text over :data:`LONG_TEXT`
        characters is read with the patterns of English and of its own language only.
        """
        matches: list[Match] = []
        excluded: dict[str, list[tuple[int, int]]] = {}
        kept = [0] * len(self.entries)
        for group in self._groups:
            view = view_of(text, group.view)
            if group.lang not in (None, text.lang) and len(view.text) > LONG_TEXT:
                continue
            named: dict[tuple[str, str], int] = {}
            for m in group.regex.finditer(view.text):
                index = self._entry_index(group, m, named)
                entry = self.entries[index]
                if (per_entry is not None and kept[index] >= per_entry) or (
                    entry.lang_only and entry.lang != text.lang
                ):
                    continue
                start, end = m.span()
                span = view.original_span(start, end)
                excerpt = text.original[span[0] : span[1]]
                if entry.min_alpha and not _enough_letters(excerpt, entry.min_alpha):
                    continue  # judged on what the user wrote: the folded view is all letters
                if group.view not in excluded:
                    excluded[group.view] = self._excluded_spans(group.view, view)
                if _overlaps(excluded[group.view], start, end):
                    continue
                kept[index] += 1
                for category in entry.categories:
                    matches.append(Match(entry, category, group.view, start, end, span, excerpt))
        return matches

    @staticmethod
    def _entry_index(group: _Group, m: re.Match[str], named: dict[tuple[str, str], int]) -> int:
        """The index of the entry behind ``m`` (``named`` caches it per matched text)."""
        if not group.members:
            name = m.lastgroup
            if name is None or m.group(name) is None:
                name = next(k for k, v in m.groupdict().items() if v is not None)
            return int(name[1:])
        text, start = m.string, m.start()
        key = (m.group(), text[m.end() : m.end() + 40])
        if key not in named:
            named[key] = next(
                (i for i, pattern in group.members if _compiled(pattern).match(text, start)),
                group.members[0][0],
            )
        return named[key]

    def _excluded_spans(self, view_name: str, view: NormalizedText) -> list[tuple[int, int]]:
        regex = self._exclude.get(view_name)
        return [] if regex is None else [m.span() for m in regex.finditer(view.text)]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check(regex: str, where: str) -> None:
    """A pattern's syntax, checked without compiling it (the group it joins is compiled
    once; compiling every entry alone too would double a lexicon's load time)."""
    try:
        parser.parse(regex)
    except (re.error, KeyError) as exc:
        raise LexiconError(f"{where}: bad regex: {exc}") from exc


def view_of(text: TextArtifacts, name: str) -> NormalizedText:
    """The view of ``text`` that a lexicon entry scans (one of :data:`VIEWS`)."""
    return text.folded if name == "folded" else text.canonical


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster


def load_data(filename: str) -> Any:
    """The parsed YAML file ``bastion/detectors/data/<filename>`` (safe loader)."""
    path = resources.files("bastion.detectors").joinpath("data", filename)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


def with_includes(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """A lexicon with the files its ``include:`` list names merged in (one level):
    their macros join the includer's (a name defined twice is an error), their
    excludes and entries are appended in order. An included file has no view of
    its own: it is read in the includer's."""
    if not data.get("include"):
        return dict(data)
    merged = {k: v for k, v in data.items() if k != "include"}
    macros = dict(merged.get("macros") or {})
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
        category that :meth:`mentioned` holds for keeps only part of its weight."""
        if match.category in self.discounted_in_context and self.mentioned(
            view_of(text, match.view).text, match
        ):
            return discounted(match)
        return match

    def mentioned(self, view: str, match: Match) -> bool:
        """Whether ``match`` is mentioned rather than used: quoted or reported
        (:mod:`bastion.detectors.mention`; subclasses widen this)."""
        return quoted(view, match.start, match.end) or reported(view, match.start)

    def extra(self, text: TextArtifacts) -> list[Match]:
        """Findings beyond the lexicon (subclasses add structural checks here)."""
        return []
