"""The respelled view: misspelt names of protected groups read back as the names.

Hate evades word lists by misspelling the group it targets: letters deleted
("immgrnts", "blck"), swapped ("mulsims"), or masked ("imm*grants", "d*sabled").
The folded view already undoes leetspeak, spacing and homoglyphs; this view also
reads such a token as the word it misspells, so "Mslms are rats" is read as
"muslims are rats" by the patterns that need a group.

Only the words in :data:`IDENTITY_WORDS` are restored, and only from misspellings
that keep the word's first letter and are not English words themselves: a
masked letter (four letters or more), every vowel after the first letter dropped
(five or more, leaving four), one letter dropped or two swapped (six or more:
too many real words lie one deletion from a shorter word). A text without such a
token gets the folded view itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from bastion.artifacts.normalize import NormalizedText, replace_tokens

__all__ = ["IDENTITY_WORDS", "REAL_WORDS", "misspellings", "respell"]

IDENTITY_WORDS: tuple[str, ...] = (
    # religion
    "jews", "jewish", "muslim", "muslims", "moslem", "moslems", "christian", "christians",
    "catholic", "catholics", "hindu", "hindus", "sikhs", "buddhist", "buddhists",
    "atheist", "atheists",
    # race, ethnicity, nationality
    "black", "blacks", "white", "whites", "asian", "asians", "indigenous", "aboriginal",
    "american", "americans", "african", "africans", "arabs", "mexican", "mexicans",
    "latino", "latinos", "latina", "latinas", "hispanic", "hispanics", "chinese",
    "indian", "indians", "pakistani", "pakistanis", "somali", "somalis", "nigerian",
    "nigerians", "romanian", "romanians", "gypsies", "travellers",
    # migration
    "immigrant", "immigrants", "migrant", "migrants", "refugee", "refugees", "asylum",
    "foreigner", "foreigners",
    # sexuality and gender
    "gays", "lesbian", "lesbians", "bisexual", "bisexuals", "queer", "queers",
    "homosexual", "homosexuals", "transgender", "transgenders", "nonbinary", "women",
    "female", "females",
    # disability and health
    "disabled", "disabilities", "cripple", "cripples", "autistic", "mentally", "illness",
    "wheelchair",
    # age
    "elderly",
    # the noun most group names end in
    "people",
)  # fmt: skip
"""Words of the English group names the rule lexicons know, four letters or longer. The
``group`` macros of ``derogation.yaml`` and ``threats.yaml`` own the groups; a test checks
that each word here is in one of them."""

REAL_WORDS = frozenset(
    {"americas", "backs", "christina", "hinds", "latins", "refuge", "refuges", "whits"}
)
"""The misspellings that are English words themselves, so never restored: every one
that Debian's ``wamerican`` and ``wbritish`` lists hold, but "travelers" (the same word)."""

_MASK = "*"
_VOWELS = frozenset("aeiou")
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|\*)+")


def _variants(word: str) -> Iterator[str]:
    """Misspellings of ``word`` that keep its first letter (and its last, when deleting)."""
    yield from (word[:i] + _MASK + word[i + 1 :] for i in range(1, len(word)))
    if len(word) >= 5:
        yield word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    if len(word) < 6:
        return
    yield from (word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
    yield from (
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    )


@cache
def misspellings() -> Mapping[str, str]:
    """Each misspelling of an identity word -> the word (the first listed, where two share
    it: "mslms" is "muslims" or "moslems", both a group)."""
    table: dict[str, str] = {}
    for word in IDENTITY_WORDS:
        for variant in _variants(word):
            if len(variant) >= 4 and len(variant.replace(_MASK, "")) >= 3:
                table.setdefault(variant, word)
    return {v: w for v, w in table.items() if v not in IDENTITY_WORDS and v not in REAL_WORDS}


def respell(folded: NormalizedText) -> NormalizedText:
    """``folded`` with every misspelt identity word replaced by the word."""
    table = misspellings()
    if table.keys().isdisjoint(_TOKEN.findall(folded.text)):
        return folded
    found = {m.span(): table[m.group()] for m in _TOKEN.finditer(folded.text) if m.group() in table}
    return replace_tokens(folded, found)
