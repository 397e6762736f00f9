"""Text normalisation that defeats common evasions, with a map back to the original.

Each step rewrites the text left to right and records, for every output
character, the half-open range of *original* characters it came from. Steps
compose, so evidence found in the normalised text always points back into what
the user actually wrote.

The canonical view undoes encoding tricks only (hidden characters, Zalgo,
compatibility forms, homoglyphs, case) and keeps digits and punctuation, for
pattern detectors such as PII. The folded view also undoes deliberate spelling
evasions (s p a c e d letters, leetspeak, repeats), for word lexicons.

Every item is scanned, so steps do their per-character work in C where they
can: most rewrite characters one for one and keep the map as it is; some only
delete characters and filter the map; the rest go through :class:`_Builder`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, compress, count
from operator import methodcaller, ne, not_, sub

from bastion.artifacts.confusables import latin_rewrites

__all__ = ["NormalizedText", "fold_evasions", "normalize_text", "replace_tokens"]


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


def _rewritten(source: NormalizedText, text: str) -> NormalizedText:
    """A step that replaced characters one for one: every offset stays."""
    if text == source.text:
        return source
    return NormalizedText(source.original, text, source.starts, source.ends)


_DELETE = "\0"
"""Marks a character for deletion; never in a view's text (controls become spaces)."""


def _deleted(source: NormalizedText, marked: str) -> NormalizedText:
    """A step that only deleted characters, given as ``source.text`` with them marked."""
    if marked == source.text:
        return source
    keep = list(map(_DELETE.__ne__, marked))
    starts, ends = compress(source.starts, keep), compress(source.ends, keep)
    return NormalizedText(source.original, marked.replace(_DELETE, ""), (*starts,), (*ends,))


class _Builder:
    """Rewrites ``source.text`` left to right, mapping output straight to the original.

    A cursor walks the step's input; every call consumes input up to a point.
    Looking ranges up in ``source``'s map as they are emitted chains the step
    back to the original string, so composing costs nothing extra. Copied and
    one-for-one replaced characters keep their entries, which are taken over in
    bulk once per unbroken stretch.
    """

    def __init__(self, source: NormalizedText) -> None:
        self._source = source
        self._pos = 0
        self._kept_from = 0  # start of the stretch whose entries are taken over as they are
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _take_over(self) -> None:
        self._starts.extend(self._source.starts[self._kept_from : self._pos])
        self._ends.extend(self._source.ends[self._kept_from : self._pos])

    def copy(self, end: int) -> None:
        """Pass ``source.text[cursor:end]`` through unchanged."""
        self._parts.append(self._source.text[self._pos : end])
        self._pos = max(self._pos, end)

    def emit_each(self, chars: str) -> None:
        """Replace the next ``len(chars)`` input characters one for one."""
        self._parts.append(chars)
        self._pos += len(chars)

    def emit(self, chars: str, end: int) -> None:
        """Replace ``source.text[cursor:end]`` (non-empty) as a whole by ``chars``."""
        self._take_over()
        self._parts.append(chars)
        self._starts.extend([self._source.starts[self._pos]] * len(chars))
        self._ends.extend([self._source.ends[end - 1]] * len(chars))
        self._pos = self._kept_from = end

    def emit_parts(self, parts: list[str], sizes: list[int]) -> None:
        """Replace the next input characters part by part, part k for ``sizes[k]`` of them.

        Parts as long as what they replace are taken one for one, in bulk; only
        the others (a ligature, a composed accent) are emitted each as a whole.
        """
        offsets = list(accumulate(sizes, initial=self._pos))
        done = 0
        for k in compress(count(), map(ne, map(len, parts), sizes)):
            self.emit_each("".join(parts[done:k]))
            self.emit(parts[k], offsets[k + 1])
            done = k + 1
        self.emit_each("".join(parts[done:]))

    def compose(self) -> NormalizedText:
        """Finish the step; the result maps into ``source.original``."""
        self.copy(len(self._source.text))
        text = "".join(self._parts)
        if self._kept_from == 0:  # everything was copied or replaced one for one
            return _rewritten(self._source, text)
        self._take_over()
        return NormalizedText(self._source.original, text, tuple(self._starts), tuple(self._ends))


# --- canonical view -------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
"""Zero-width, soft hyphen, bidi controls, fillers, variation selectors, tags."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0/C1 controls except tab, newline and carriage return."""

_GENERIC_MARK = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Script-neutral combining diacritics: the ones Zalgo text piles up."""
_GENERIC_MARKS = re.compile(f"[{_GENERIC_MARK}]")
_STACKED_MARKS = re.compile(f"(.)[{_GENERIC_MARK}]{{2,}}", re.DOTALL)
"""A character carrying two or more generic diacritics."""

_NOT_ASCII = re.compile(r"[^\x00-\x7f]+(?:[\x00-\x7f]{1,2}[^\x00-\x7f]+)*")
"""A stretch of non-ASCII words and the spaces between them."""
_nfkc = partial(unicodedata.normalize, "NFKC")


def _strip_hidden(source: NormalizedText) -> NormalizedText:
    """Delete invisible and bidi characters; turn other controls into word breaks."""
    spaced = _rewritten(source, _CONTROL.sub(" ", source.text))
    return _deleted(spaced, _INVISIBLE.sub(_DELETE, spaced.text))


def _strip_zalgo(source: NormalizedText) -> NormalizedText:
    """Drop diacritics piled onto one character; the character keeps their span.

    A stack is kept when composition leaves at most one generic diacritic:
    "café" and decomposed Vietnamese "ệ" stay. Script-specific marks such as
    Thai vowels or Devanagari signs are never touched.
    """
    out = _Builder(source)
    for m in _STACKED_MARKS.finditer(source.text):
        if len(_GENERIC_MARKS.findall(unicodedata.normalize("NFC", m.group()))) > 1:
            out.copy(m.start())
            out.emit(m.group(1), m.end())
    return out.compose()


def _clusters(text: str) -> tuple[list[str], list[int]]:
    """``text`` split into base characters each with the marks after it, and their sizes."""
    is_mark = map(methodcaller("startswith", "M"), map(unicodedata.category, text))
    starts = list(compress(range(len(text)), map(not_, is_mark)))
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # marks with no base before them form a cluster of their own
    ends = [*starts[1:], len(text)]
    return list(map(text.__getitem__, map(slice, starts, ends))), list(map(sub, ends, starts))


def _compatibility_forms(source: NormalizedText) -> NormalizedText:
    """NFKC: fullwidth and mathematical letters, ligatures, composed accents.

    Each stretch of non-ASCII text, with the character before it (a mark may
    sit on it), is normalised character by character where that gives the
    same result as normalising it whole, else cluster by cluster.
    """
    text = source.text
    out = _Builder(source)
    for stretch in _NOT_ASCII.finditer(text):
        base = max(0, stretch.start() - 1)
        segment = text[base : stretch.end()]
        if unicodedata.is_normalized("NFKC", segment):
            continue
        out.copy(base)
        parts = list(map(_nfkc, segment))
        if "".join(parts) == _nfkc(segment):
            out.emit_parts(parts, [1] * len(parts))
        else:
            clusters, sizes = _clusters(segment)
            out.emit_parts(list(map(_nfkc, clusters)), sizes)
    return out.compose()


def _homoglyphs(source: NormalizedText) -> NormalizedText:
    """Read lookalike letters as Latin in words meant as Latin (see confusables)."""
    text = source.text
    if text.isascii():
        return source
    pieces: list[str] = []
    pos = 0
    for start, latin in latin_rewrites(text):
        pieces += [text[pos:start], latin]
        pos = start + len(latin)
    return _rewritten(source, "".join(pieces) + text[pos:])


def _casefold(source: NormalizedText) -> NormalizedText:
    """Casefold; usually one for one, else character by character in bulk."""
    text = source.text
    folded = text.casefold()
    if len(folded) == len(text):  # no character expanded, so the fold is one for one
        return _rewritten(source, folded)
    out = _Builder(source)
    out.emit_parts(list(map(str.casefold, text)), [1] * len(text))
    return out.compose()


def normalize_text(text: str) -> NormalizedText:
    """The canonical view: encoding tricks undone, digits and punctuation kept."""
    view = NormalizedText.identity(text)
    for step in (_strip_hidden, _strip_zalgo, _compatibility_forms, _homoglyphs, _casefold):
        view = step(view)
    return view


# --- folded view ----------------------------------------------------------------------

_SPACED_UNIT = r"(?:[^\W\d_]|[013457-9@$])"
_SPACED = re.compile(rf"(?<![\w@$]){_SPACED_UNIT}(?:[ ._*\-]{_SPACED_UNIT}){{2,}}(?![\w@$])")
"""Three or more single letters (or leet digits) each split by one separator."""
_SEPARATOR = re.compile(r"[ ._*\-]")

_LEET_TABLE = str.maketrans("0134578@$|9!+", "oieastbaslgit")
_LETTER = re.compile(r"[^\W\d_]")
_INNER_ONLY = "!+"
"""Also ordinary punctuation ("wow!", "c++"), so read as letters only inside a word."""
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+])[^\W013457-9]*+[013457-9@$!|+][\w@$!|+]*")
"""A token holding a leet character; the possessive prefix keeps the scan linear."""

_REPEAT = re.compile(r"(\w)\1{2,}")
"""Any word character repeated; digits and underscores are skipped afterwards."""


def _mark_separators(m: re.Match[str]) -> str:
    run = m.group()
    return _SEPARATOR.sub(_DELETE, run) if len(_LETTER.findall(run)) >= 2 else run


def _join_spaced(source: NormalizedText) -> NormalizedText:
    """Join "k i l l" and "f.u.c.k"; runs holding fewer than two letters stay."""
    return _deleted(source, _SPACED.sub(_mark_separators, source.text))


def _unleet(m: re.Match[str]) -> str:
    """Read leet characters as letters when the token also holds a real letter."""
    token = m.group()
    if not _LETTER.search(token):
        return token  # a number, a price, a phone number
    core_start = len(token) - len(token.lstrip(_INNER_ONLY))
    core_end = max(core_start, len(token.rstrip(_INNER_ONLY)))
    core = token[core_start:core_end].translate(_LEET_TABLE)
    return token[:core_start] + core + token[core_end:]


def _leetspeak(source: NormalizedText) -> NormalizedText:
    """Undo "h4te", "$h!t"; pure numbers such as "2024" or "+49" never change."""
    return _rewritten(source, _LEET_TOKEN.sub(_unleet, source.text))


def _squeeze_repeats(source: NormalizedText) -> NormalizedText:
    """Cut runs of three or more of one letter to two; the second keeps the run's span."""
    out = _Builder(source)
    for m in _REPEAT.finditer(source.text):
        if m.group(1).isalpha():
            out.copy(m.start() + 1)
            out.emit(m.group(1), m.end())
    return out.compose()


def fold_evasions(canonical: NormalizedText) -> NormalizedText:
    """The folded view: canonical plus spaced letters, leetspeak and repeats undone."""
    view = canonical
    for step in (_join_spaced, _leetspeak, _squeeze_repeats):
        view = step(view)
    return view


def replace_tokens(source: NormalizedText, tokens: Mapping[tuple[int, int], str]) -> NormalizedText:
    """``source`` with each span ``(start, end)`` of its text (not overlapping) replaced by
    its string; a replacement maps back to the whole of what it replaced."""
    out = _Builder(source)
    for (start, end), chars in sorted(tokens.items()):
        out.copy(start)
        out.emit(chars, end)
    return out.compose()
