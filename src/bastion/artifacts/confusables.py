"""Letters that render like Latin a-z, and when to read them as Latin.

Homoglyph evasion swaps a letter or two of a Latin word for a lookalike from
another script ("idiоt" with a Cyrillic о) so that word lists miss it. Mapping
every lookalike unconditionally would turn genuine Russian or Greek text into
Latin nonsense, so the script table is applied per word, and only where the word
is evidently meant as Latin: all its letters are Latin or lookalikes, and it
either mixes in Latin letters or stands among Latin words.

The tables are hand-written from Unicode's confusables data (UTS #39), limited to
lookalikes of a-z. Keys are characters as written, *before* case folding: a
capital maps to the lower-case form of the Latin capital it resembles (Greek Η
is "h" although its lower case η resembles "n"), because the canonical view is
case-folded afterwards. Every value is exactly one character, so a mapping never
changes the length of a word and offsets carry over one to one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["latin_rewrites"]


def _pairs(spec: str) -> dict[str, str]:
    """Parse "Аa Вb ..." (lookalike followed by its Latin letter) into a dict."""
    table = {}
    for pair in spec.split():
        if len(pair) != 2:
            raise ValueError(f"bad confusable pair {pair!r}")
        table[pair[0]] = pair[1]
    return table


_CYRILLIC = _pairs(
    "Аa Вb Еe Ѕs Іi Јj Кk Мm Нh Оo Рp Сc Тt Уy Хx Үy Һh Ӏi Ԛq Ԝw Ԍg Ьb Ѵv "
    "аa гr еe кk оo пn рp сc уy хx ѕs іi јj ԁd ԛq ԝw һh ӏl үy ҽe ѡw ѵv ьb ԍg"
)
_GREEK = _pairs(
    "Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc Ϳj Ϝf "
    "αa γy εe ηn ιi κk νv οo ρp σo τt υu χx ωw ϲc ϳj ϱp"
)
_ARMENIAN = _pairs("Սu Տs Օo աw գq զq հh ոn ռn սu ցg քf օo")
_CHEROKEE_CAPITALS = _pairs(
    "Ꭰd Ꭱr Ꭲt Ꭵi Ꭹy Ꭺa Ꭻj Ꭼe Ꮃw Ꮇm Ꮋh Ꮍy Ꮐg Ꮒh Ꮓz Ꮟb Ꮢr Ꮤw Ꮥs Ꮩv Ꮪs Ꮮl Ꮯc Ꮲp Ꮶk Ꮷd Ᏻg Ᏼb"
)
_LISU = _pairs("ꓮa ꓐb ꓚc ꓓd ꓒd ꓰe ꓝf ꓖg ꓧh ꓲi ꓙj ꓗk ꓡl ꓟm ꓠn ꓳo ꓑp ꓣr ꓢs ꓔt ꓴu ꓦv ꓪw ꓫx ꓬy ꓜz")


def _cherokee_small(capitals: dict[str, str]) -> dict[str, str]:
    """Cherokee small letters are small-capital forms of the capitals, so share the map."""
    small = {}
    for ch, latin in capitals.items():
        cp = ord(ch)
        small_cp = cp - 0x13A0 + 0xAB70 if cp < 0x13F0 else cp + 8  # U+13F0-13F5 → U+13F8-13FD
        small[chr(small_cp)] = latin
    return small


_SCRIPT_LOOKALIKES: dict[str, str] = {  # mapped only in a word meant as Latin
    **_CYRILLIC,
    **_GREEK,
    **_ARMENIAN,
    **_CHEROKEE_CAPITALS,
    **_cherokee_small(_CHEROKEE_CAPITALS),
    **_LISU,
}
_LATIN_LOOKALIKES: dict[str, str] = _pairs(
    "ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz ɑa ɡg ɩi ȷj"
)
"""Small capitals and IPA letters that NFKC leaves alone (Latin already, so never foreign)."""

_ALL_LOOKALIKES = {**_SCRIPT_LOOKALIKES, **_LATIN_LOOKALIKES}

_LATIN = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1d7f"
    "\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
)
"""The blocks of the Latin script that hold letters (not symbols)."""
_HAS_LATIN = re.compile(f"[{_LATIN}]")
_TELLING_LETTER = re.compile(r"[^\W\d_" + re.escape("".join(_SCRIPT_LOOKALIKES)) + "]")
"""A letter that tells its script: Latin, or another script's but no lookalike (д, λ)."""

_LOOKALIKES = re.escape("".join(_ALL_LOOKALIKES))
_LOOKALIKE_WORD = re.compile(
    rf"(?<!\w)(?>[{_LATIN}{_LOOKALIKES}0-9_]*?[{_LOOKALIKES}])[{_LATIN}{_LOOKALIKES}0-9_]*+(?!\w)"
)
"""A whole word holding a lookalike and otherwise only Latin letters and digits.

A word with any other letter (Cyrillic и, Greek λ) is genuine text of that
script and never matches. The atomic group and possessive tail keep the scan
linear even on one huge word.
"""

_REACH = 128
"""How far either side of a word to look for a letter that tells the script."""


def _script_clue(text: str, pos: int) -> bool | None:
    """Is the first telling letter from ``pos`` on Latin? None if there is none near."""
    m = _TELLING_LETTER.search(text, pos, pos + _REACH)
    return None if m is None else _HAS_LATIN.match(m.group()) is not None


def latin_rewrites(text: str) -> Iterator[tuple[int, str]]:
    """``(start, word)`` for each word of ``text`` to read as Latin, left to right.

    A word is read as Latin when all its letters are Latin or lookalikes and it
    either holds a Latin letter already (a mixed-script word is an evasion) or
    the nearest telling letters around it are Latin: at least one side Latin,
    neither side another script. Nearest letters rather than the whole text, so
    that a Russian sentence quoted in an English document stays Russian.
    Replacements keep the word's length.
    """
    backwards = text[::-1]  # searched from a word's start, it finds the letter before
    for m in _LOOKALIKE_WORD.finditer(text):
        word = m.group()
        if not _HAS_LATIN.search(word):
            before = _script_clue(backwards, len(text) - m.start())
            after = _script_clue(text, m.end())
            if True not in (before, after) or False in (before, after):
                continue
        yield m.start(), "".join(_ALL_LOOKALIKES.get(ch, ch) for ch in word)
