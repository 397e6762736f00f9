"""Compiling lexicon terms into evasion-tolerant regexes.

A term's letters may each repeat (``k+i+l+l+``), be written in leetspeak
(``[s5$]``), and inner letters of terms of four letters or more may be masked
(``f*ck``, ``f**k``); letters may be split by one of ``*._-`` and words by
separators or nothing. Terms sharing a view and categories are merged into one
trie-shaped regex, whose leaves are empty named groups naming the entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

__all__ = ["END", "START", "LexiconError", "expand", "fold", "macro", "term_tokens", "trie_regex"]


class LexiconError(ValueError):
    """A lexicon file is malformed (unknown category, bad weight, bad regex)."""


_LEET = {
    "a": "4@",
    "b": "8",
    "e": "3",
    "g": "9",
    "i": "1!|",
    "l": "1|",
    "o": "0",
    "s": "5$",
    "t": "7",
}
_MASK = "[*#%]+"
_LETTER_SEP = r"[*._\-]?"
_WORD_SEP = r"[\s_.\-]*"
_APOSTROPHE = "['’]?"
START = r"(?<![^\W_])"
END = r"(?![^\W_])"
_MACRO = re.compile(r"<<(\w+)>>")


def fold(text: str) -> str:
    """A term as the views spell it: NFKC and casefolded ("Scheiße" -> "scheisse")."""
    return unicodedata.normalize("NFKC", text).casefold()


def _base_letter(ch: str) -> str:
    return "i" if ch == "ı" else unicodedata.normalize("NFD", ch)[0]


def _letter(ch: str, position: int, count: int, fold_accents: bool) -> str:
    chars = {ch, *_LEET.get(ch, "")}
    if fold_accents:
        chars.add(_base_letter(ch))
    one = re.escape(ch) if len(chars) == 1 else "[" + "".join(map(re.escape, sorted(chars))) + "]"
    if count >= 4 and 0 < position < count - 1:
        return f"(?:{one}+|{_MASK})"
    return one + "+"


def term_tokens(term: str, fold_accents: bool = False) -> list[str]:
    """The regex tokens of ``term``, one per letter (separators folded into the next)."""
    count = sum(ch.isalnum() for ch in term)
    tokens: list[str] = []
    pending: str | None = None
    for ch in term:
        if ch.isspace() or ch == "-":
            pending = _WORD_SEP
        elif ch in "'’":
            pending = pending or _APOSTROPHE
        elif ch.isalnum():
            sep = "" if not tokens else (pending or _LETTER_SEP)
            tokens.append(sep + _letter(ch, len(tokens), count, fold_accents))
            pending = None
        else:
            raise LexiconError(f"term {term!r}: unsupported character {ch!r}")
    if not tokens:
        raise LexiconError(f"term {term!r} has no letters")
    return tokens


MACRO_DEPTH = 4
"""How deep macros may name macros; deeper is taken for a cycle."""


def macro(value: str | list[str]) -> str:
    """A macro's regex: a string as is, a list as an alternation."""
    return "(?:" + (value if isinstance(value, str) else "|".join(value)) + ")"


def expand(pattern: str, macros: Mapping[str, str], where: str) -> str:
    """``pattern`` with each ``<<name>>`` replaced by its macro (a macro may name others,
    up to :data:`MACRO_DEPTH` deep)."""

    def replace(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise LexiconError(f"{where}: unknown macro <<{m.group(1)}>>")
        return macros[m.group(1)]

    for _ in range(MACRO_DEPTH):
        pattern, count = _MACRO.subn(replace, pattern)
        if not count:
            return pattern
    raise LexiconError(f"{where}: macros nested more than {MACRO_DEPTH} deep")


def trie_regex(node: dict[str, Any]) -> str:
    """The regex of a trie of tokens; key ``""`` holds a leaf (suffixes and named group)."""
    alternatives = [token + trie_regex(child) for token, child in node.items() if token]
    if "" in node:
        alternatives.append(node[""])
    if len(alternatives) == 1:
        return str(alternatives[0])
    return "(?:" + "|".join(alternatives) + ")"
