"""Text normalisation that defeats common evasions, with a map back to the original.

Each step rewrites the text left to right and records, for every output
character, the half-open range of *original* characters it came from. Steps
compose, so evidence found in the normalised text always points back into what
the user actually wrote.

Two views are built. The canonical view undoes encoding tricks only (hidden
characters, compatibility forms, Zalgo noise, homoglyphs, case) and keeps digits
and punctuation, for pattern detectors such as PII. The folded view also undoes
deliberate spelling evasions (leetspeak, s p a c e d letters, repeats), for word
lexicons. Scans run on every item, so each step copies untouched stretches in
bulk and only looks closely at the characters that can change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bastion.artifacts.confusables import LATIN_LETTER, has_lookalikes, to_latin

__all__ = ["NormalizedText", "fold_evasions", "normalize_text"]


@dataclass(frozen=True)
class NormalizedText:
    """A normalised string and, per character, its source range in ``original``.

    Both ``starts`` and ``ends`` are non-decreasing: steps only ever rewrite
    left to right.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __post_init__(self) -> None:
        if not len(self.text) == len(self.starts) == len(self.ends):
            raise ValueError("offset map must have one entry per normalised character")

    @classmethod
    def identity(cls, text: str) -> NormalizedText:
        n = len(text)
        return cls(text, text, tuple(range(n)), tuple(range(1, n + 1)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the range of ``original`` it was made from."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside normalised text of {len(self.text)}")
        if start == end:
            at = self.starts[start] if start < len(self.text) else len(self.original)
            return at, at
        return self.starts[start], max(self.ends[start:end])

    def excerpt(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]


class _Builder:
    """Rewrites ``source.text`` left to right, mapping output straight to the original.

    A cursor walks the step's input; every call consumes input up to a point.
    Looking each range up in ``source``'s map as it is emitted chains the step
    back to the original string, so composing costs nothing extra per step.
    """

    def __init__(self, source: NormalizedText) -> None:
        self._source = source
        self._pos = 0
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._changed = False

    def copy(self, end: int) -> None:
        """Pass ``source.text[cursor:end]`` through unchanged."""
        if end > self._pos:
            src = self._source
            self._parts.append(src.text[self._pos : end])
            self._starts.extend(src.starts[self._pos : end])
            self._ends.extend(src.ends[self._pos : end])
            self._pos = end

    def emit(self, chars: str, end: int) -> None:
        """Replace ``source.text[cursor:end]`` (non-empty) as a whole by ``chars``."""
        src = self._source
        start, stop = src.starts[self._pos], src.ends[end - 1]
        self._parts.append(chars)
        self._starts.extend([start] * len(chars))
        self._ends.extend([stop] * len(chars))
        self._pos = end
        self._changed = True

    def emit_each(self, chars: str) -> None:
        """Replace the next ``len(chars)`` input characters one for one."""
        end = self._pos + len(chars)
        self._parts.append(chars)
        self._starts.extend(self._source.starts[self._pos : end])
        self._ends.extend(self._source.ends[self._pos : end])
        self._pos = end
        self._changed = True

    def drop(self, end: int) -> None:
        """Remove ``source.text[cursor:end]`` from the output."""
        self._pos = end
        self._changed = True

    def compose(self) -> NormalizedText:
        """Finish the step; the result maps into ``source.original``."""
        self.copy(len(self._source.text))
        if not self._changed:
            return self._source
        text = "".join(self._parts)
        return NormalizedText(self._source.original, text, tuple(self._starts), tuple(self._ends))


# --- canonical view -------------------------------------------------------------------

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
"""Zero-width, soft hyphen, bidi controls, fillers, variation selectors, tags."""
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
"""C0/C1 controls except tab, newline and carriage return."""
_HIDDEN = re.compile(f"(?P<control>[{_CONTROL}])|[{_INVISIBLE}]+")

_NOT_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
"""A run of non-ASCII characters plus the ASCII letter a combining mark may sit on."""
_GENERIC_MARK = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Script-neutral combining diacritics: the ones Zalgo text piles up."""
_GENERIC_MARKS = re.compile(f"[{_GENERIC_MARK}]")
_STACKED_MARKS = re.compile(f"[{_GENERIC_MARK}]{{2,}}")


def _strip_hidden(source: NormalizedText) -> NormalizedText:
    """Drop invisible and bidi characters; turn other controls into word breaks."""
    out = _Builder(source)
    for m in _HIDDEN.finditer(source.text):
        out.copy(m.start())
        if m.lastgroup == "control":
            out.emit(" ", m.end())
        else:
            out.drop(m.end())
    return out.compose()


def _clusters(text: str) -> list[tuple[int, int]]:
    """Split into base character plus the combining marks that follow it."""
    bounds: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if bounds and unicodedata.category(ch)[0] == "M":
            bounds[-1] = (bounds[-1][0], i + 1)
        else:
            bounds.append((i, i + 1))
    return bounds


def _clean_cluster(cluster: str) -> str:
    """NFKC one cluster, first removing stacked diacritics (Zalgo) from it.

    A cluster keeps its marks when composition leaves at most one generic
    diacritic ("café", decomposed Vietnamese "ệ"); script-specific marks such as
    Thai vowels or Devanagari signs are never touched.
    """
    if _STACKED_MARKS.search(cluster):
        composed = unicodedata.normalize("NFC", cluster)
        if len(_GENERIC_MARKS.findall(composed)) > 1:
            cluster = _GENERIC_MARKS.sub("", cluster)
    return unicodedata.normalize("NFKC", cluster)


def _compatibility_forms(source: NormalizedText) -> NormalizedText:
    """NFKC per cluster (fullwidth, math alphanumerics, ligatures) and Zalgo removal."""
    out = _Builder(source)
    for m in _NOT_ASCII.finditer(source.text):
        segment = m.group()
        if unicodedata.is_normalized("NFKC", segment) and not _STACKED_MARKS.search(segment):
            continue
        out.copy(m.start())
        for start, end in _clusters(segment):
            out.emit(_clean_cluster(segment[start:end]), m.start() + end)
    return out.compose()


_WORD = re.compile(r"\w+")
_FOREIGN_LETTERS = re.compile(r"[^\W\d_]+")


def _mostly_latin(text: str) -> Callable[[], bool]:
    """A lazy, memoised "are most letters of ``text`` Latin?"."""
    answer: list[bool] = []

    def ask() -> bool:
        if not answer:
            letters = sum(len(run) for run in _FOREIGN_LETTERS.findall(text))
            latin = len(LATIN_LETTER.findall(text))
            answer.append(2 * latin > letters)
        return answer[0]

    return ask


def _homoglyphs(source: NormalizedText) -> NormalizedText:
    """Read lookalike letters as Latin in words meant as Latin (see confusables)."""
    text = source.text
    if text.isascii():
        return source
    out = _Builder(source)
    latin_text = _mostly_latin(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii() or not has_lookalikes(word):
            continue
        latin = to_latin(word, latin_text)
        if latin != word:
            out.copy(m.start())
            out.emit_each(latin)
    return out.compose()


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _casefold(source: NormalizedText) -> NormalizedText:
    """Casefold; almost every character folds one for one, so map those in bulk."""
    text = source.text
    folded = text.casefold()
    if folded == text:
        return source
    if len(folded) == len(text):  # no character expanded, so the fold is one for one
        return NormalizedText(source.original, folded, source.starts, source.ends)
    out = _Builder(source)
    pos = 0
    for m in _NON_ASCII_RUN.finditer(text):
        out.emit_each(text[pos : m.start()].lower())
        run = m.group()
        if len(run.casefold()) == len(run):
            out.emit_each(run.casefold())
        else:
            for i, ch in enumerate(run, m.start()):
                out.emit(ch.casefold(), i + 1)
        pos = m.end()
    out.emit_each(text[pos:].lower())
    return out.compose()


def normalize_text(text: str) -> NormalizedText:
    """The canonical view: encoding tricks undone, digits and punctuation kept."""
    view = NormalizedText.identity(text)
    for step in (_strip_hidden, _compatibility_forms, _homoglyphs, _casefold):
        view = step(view)
    return view


# --- folded view ----------------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
_LEET.update({"@": "a", "$": "s", "|": "l", "!": "i", "+": "t"})
_INNER_ONLY = "!+"
"""Also ordinary punctuation ("wow!", "c++"), so read as letters only inside a word."""
_LEET_TOKEN = re.compile(r"[\w@$!|+]+")
_HAS_LEET = re.compile(r"[013457-9@$!|+]")

_SPACED_UNIT = r"(?:[^\W\d_]|[013457-9@$])"
_SPACED = re.compile(rf"(?<![\w@$]){_SPACED_UNIT}(?:[ ._*\-]{_SPACED_UNIT}){{2,}}(?![\w@$])")
"""Three or more single letters (or leet digits) each split by one separator."""
_SEPARATORS = frozenset(" ._*-")

_REPEAT = re.compile(r"([^\W\d_])\1{2,}")


def _join_spaced(source: NormalizedText) -> NormalizedText:
    """Join "k i l l" and "f.u.c.k"; runs holding fewer than two letters stay."""
    out = _Builder(source)
    for m in _SPACED.finditer(source.text):
        run = m.group()
        if sum(ch.isalpha() for ch in run) < 2:
            continue
        out.copy(m.start())
        for i, ch in enumerate(run, m.start()):
            if ch in _SEPARATORS:
                out.drop(i + 1)
            else:
                out.emit_each(ch)
    return out.compose()


def _unleet(token: str) -> str:
    """Read leet characters as letters when ``token`` also holds a real letter."""
    if not any(ch.isalpha() for ch in token):
        return token  # a number, a price, a phone number
    inner_start = len(token) - len(token.lstrip(_INNER_ONLY))
    inner_end = len(token.rstrip(_INNER_ONLY))
    return "".join(
        ch if ch in _INNER_ONLY and not inner_start <= i < inner_end else _LEET.get(ch, ch)
        for i, ch in enumerate(token)
    )


def _leetspeak(source: NormalizedText) -> NormalizedText:
    """Undo "h4te", "$h!t"; pure numbers such as "2024" or "+49" never change."""
    if not _HAS_LEET.search(source.text):
        return source
    out = _Builder(source)
    for m in _LEET_TOKEN.finditer(source.text):
        token = m.group()
        if token.isalpha():
            continue
        plain = _unleet(token)
        if plain != token:
            out.copy(m.start())
            out.emit_each(plain)
    return out.compose()


def _squeeze_repeats(source: NormalizedText) -> NormalizedText:
    """Cut runs of three or more of one letter to two; the second keeps the run's span."""
    out = _Builder(source)
    for m in _REPEAT.finditer(source.text):
        out.copy(m.start() + 1)
        out.emit(m.group(1), m.end())
    return out.compose()


def fold_evasions(canonical: NormalizedText) -> NormalizedText:
    """The folded view: canonical plus leetspeak, spaced letters and repeats undone."""
    view = canonical
    for step in (_join_spaced, _leetspeak, _squeeze_repeats):
        view = step(view)
    return view
