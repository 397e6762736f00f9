"""Finders for personal data in canonical (casefolded, digits kept) text.

Each finder yields ``(kind, start, end, weight)`` candidates that passed their
structural and check-digit tests. The regexes start with a character class
(a digit, mostly) and test the left boundary with a lookbehind *after* it, so
that the regex engine can skip quickly to where a candidate may begin; this
keeps a scan of a megabyte of text well under a second.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from bastion.detectors.pii_checks import (
    IBAN_LENGTHS,
    aadhaar_valid,
    card_network,
    codice_fiscale_valid,
    cpf_valid,
    dni_valid,
    iban_valid,
    luhn_valid,
    nino_valid,
    nir_valid,
    ssn_valid,
)

__all__ = ["FINDERS", "WEIGHTS", "Candidate", "find_pii"]

Candidate = tuple[str, int, int, float]
"""(kind, start, end, weight) with offsets in the canonical text."""

WEIGHTS = {
    "card": 0.9, "iban": 0.9, "ssn": 0.9, "cpf": 0.9, "aadhaar": 0.9, "nino": 0.85, "dni": 0.85,
    "nir": 0.85, "codice_fiscale": 0.85, "email": 0.6, "phone": 0.6, "address": 0.7,
}  # fmt: skip

_AT, _DOT = r"(?:@|\s*[\[({]\s*at\s*[\])}]\s*)", r"(?:\.|\s*[\[({]\s*dot\s*[\])}]\s*)"
_HAS_AT = re.compile(r"@|[\[({]\s*at\s*[\])}]")
_EMAIL = re.compile(
    rf"(?<![\w.+%-])[a-z0-9][a-z0-9._%+-]*{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,24}}"
    r"(?![\w-])"
)
_CARD = re.compile(r"\d(?<![\d.,-]\d)(?:[ -]?\d){12,18}(?!\d)")
_IBAN = re.compile(r"\d(?<=[a-z]{2}\d)\d(?=[ -]?[a-z0-9])")
_SSN = re.compile(r"\d(?<![\d-]\d)\d{2}-\d{2}-\d{4}(?![\d-])")
_SSN_KEYWORD = re.compile(
    r"s(?<![a-z]s)(?:sn|ocial\s+security(?:\s+(?:number|no\.?|#))?)\W{0,5}"
    r"(\d{3}[ -]?\d{2}[ -]?\d{4})(?!\d)"
)
_NINO = re.compile(r"\d(?<!\d\d)\d ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])")
_NINO_PREFIX = re.compile(r"(?<![a-z0-9])[a-z]{2} ?$")
_DNI = re.compile(r"\d(?<![\w.-]\d)\d{7}[ -]?[a-z](?!\w)")
_NIE = re.compile(r"[xyz](?<![\w.-][xyz])[ -]?\d{7}[ -]?[a-z](?!\w)")
_CPF = re.compile(r"\d(?<![\d.]\d)(?:\d{2}\.\d{3}\.\d{3}-\d{2}|\d{10})(?!\d)")
_CPF_WORD = re.compile(r"\bcpf\b")
_AADHAAR = re.compile(r"[2-9](?<!\d[2-9])\d{3}([ -]?)\d{4}\1\d{4}(?!\d)")
_AADHAAR_WORD = re.compile(r"\b(?:aadhaa?r|uidai)\b|आधार")
_NIR = re.compile(r"[12](?<!\d[12]) ?\d{2} ?\d{2} ?(?:\d{2}|2[ab]) ?\d{3} ?\d{3} ?\d{2}(?!\d)")
_CF = re.compile(r"\d(?<=[a-z]{6}\d)\d[abcdehlmprst]\d{2}[a-z]\d{3}[a-z](?![a-z0-9])")
_PHONE_START = re.compile(r"[+(\d](?<![\w+$€£¥.,][+(\d])")
_PHONE = re.compile(
    r"(?:(?:\+|00)[1-9]\d{0,2}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,8}(?:[\s.-]\d{1,8}){0,5}(?!\w)"
)
_US_PHONE = re.compile(r"\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]\d{4}")
_PHONE_WORDS = re.compile(
    r"\b(?:phone|tel|telephone|mobile|cell|call|text|number|whatsapp|handy|telefon|nummer|"
    r"m[óo]vil|tel[ée]fono|num[ée]ro|portable|celular|cellulare)\b"
)
EN_STREET_TYPES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|"
    "way|close|crescent|square|sq|parkway|pkwy|highway|hwy"
)
_EN_ADDRESS = re.compile(
    rf"\d(?<![\w.,]\d)\d{{0,4}}[a-z]?\s+((?:[a-z][a-z'.-]*\s+){{1,4}}?)(?:{EN_STREET_TYPES})\b\.?"
)
_DE_HINT = re.compile(r"str(?:asse|\.)|weg|allee|platz|gasse|ufer|chaussee")
_DE_ADDRESS = re.compile(
    r"(?<!\w)(?:[a-zäöü][a-zäöü-]*(?:strasse|str\.|weg|allee|platz|gasse|ufer|chaussee)|"
    r"[a-zäöü][a-zäöü-]*(?:er|e)\s+(?:strasse|str\.|weg|allee|platz))\s+\d{1,4}\s?[a-z]?(?!\w)"
)
_FR_ADDRESS = re.compile(
    r"\d(?<![\w.,]\d)\d{0,3}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|"
    r"all[ée]e|impasse|quai|cours)\s+(?:(?:de|du|des|la|le|l['’]|d['’])\s*)*[a-zà-ÿ-]+"
)
_ES_ADDRESS = re.compile(
    r"(?:calle|c/|avenida|avda\.?|plaza|paseo|camino|rua|viale|piazza)\s+"
    r"(?:[a-zà-ÿ'-]+\s+){0,4}?[a-zà-ÿ'-]+,?\s+(?:n[º°o]\.?\s*)?\d{1,4}(?!\w)"
)
_NOT_STREET_NAMES = frozenset(
    ("the", "a", "an", "of", "on", "in", "at", "to", "for", "and", "or", "my", "your", "his", "her",
     "our", "their", "with", "from", "by", "is", "are", "was", "were", "be", "this", "that", "more",
     "all", "some", "no", "not", "i", "you", "he", "she", "we", "they", "it", "me", "him", "them",
     "minutes", "hours", "days", "weeks", "years", "times", "songs", "tracks", "people")
)  # fmt: skip


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _near(pattern: re.Pattern[str], text: str, start: int, before: int = 30) -> bool:
    return pattern.search(text[max(0, start - before) : start]) is not None


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def find_emails(text: str) -> Iterator[Candidate]:
    if _HAS_AT.search(text):
        for m in _EMAIL.finditer(text):
            yield "email", m.start(), m.end(), WEIGHTS["email"]


def find_cards(text: str) -> Iterator[Candidate]:
    for m in _CARD.finditer(text):
        positions = [m.start() + i for i, ch in enumerate(m.group()) if ch.isdigit()]
        for n in range(min(19, len(positions)), 12, -1):  # longest valid prefix of the run
            end = positions[n - 1] + 1
            digits = "".join(text[p] for p in positions[:n])
            at_boundary = end == m.end() or not text[end].isdigit()
            if at_boundary and luhn_valid(digits) and card_network(digits):
                yield "card", m.start(), end, WEIGHTS["card"]
                break


def find_ibans(text: str) -> Iterator[Candidate]:
    for m in _IBAN.finditer(text):
        start = m.start() - 2
        length = IBAN_LENGTHS.get(text[start : start + 2])
        if length is None or not _word_start(text, start):
            continue
        chars, i = [text[start : m.end()]], m.end()
        count = 4
        while count < length and i < len(text):
            if text[i].isascii() and text[i].isalnum():
                chars.append(text[i])
                count += 1
            elif not (text[i] in " -" and i + 1 < len(text) and text[i + 1].isalnum()):
                break
            i += 1
        boundary = not (i < len(text) and text[i].isalnum())
        if count == length and boundary and iban_valid("".join(chars)):
            yield "iban", start, i, WEIGHTS["iban"]


def find_ids(text: str) -> Iterator[Candidate]:
    for m in _SSN.finditer(text):
        if ssn_valid(_digits(m.group())):
            yield "ssn", m.start(), m.end(), WEIGHTS["ssn"]
    for m in _SSN_KEYWORD.finditer(text):
        if ssn_valid(_digits(m.group(1))):
            yield "ssn", m.start(1), m.end(1), WEIGHTS["ssn"]
    for m in _NINO.finditer(text):
        prefix = _NINO_PREFIX.search(text[max(0, m.start() - 3) : m.start()])
        if prefix is not None:
            start = m.start() - len(prefix.group())
            if nino_valid(re.sub(r"\s", "", text[start : m.end()])):
                yield "nino", start, m.end(), WEIGHTS["nino"]
    for kind, pattern, valid in (
        ("dni", _DNI, dni_valid),
        ("dni", _NIE, dni_valid),
        ("nir", _NIR, nir_valid),
    ):
        for m in pattern.finditer(text):
            if valid(re.sub(r"[\s-]", "", m.group())):
                yield kind, m.start(), m.end(), WEIGHTS[kind]
    for m in _CF.finditer(text):
        start = m.start() - 6
        if _word_start(text, start) and codice_fiscale_valid(text[start : m.end()]):
            yield "codice_fiscale", start, m.end(), WEIGHTS["codice_fiscale"]
    for m in _CPF.finditer(text):
        formatted = not m.group().isdigit()
        if cpf_valid(_digits(m.group())) and (formatted or _near(_CPF_WORD, text, m.start())):
            yield "cpf", m.start(), m.end(), WEIGHTS["cpf"]
    for m in _AADHAAR.finditer(text):
        grouped = bool(m.group(1))
        if aadhaar_valid(_digits(m.group())) and (grouped or _near(_AADHAAR_WORD, text, m.start())):
            yield "aadhaar", m.start(), m.end(), WEIGHTS["aadhaar"]


_SEPARATORS = re.compile(r"[\s.()-]+")
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")


@lru_cache(maxsize=4096)
def phone_shape(number: str) -> tuple[bool, bool]:
    """Whether ``number`` reads as a phone number: (on its own, after a word like "phone")."""
    digits = _digits(number)
    groups = [g for g in _SEPARATORS.split(number.lstrip("+")) if g]
    if not 9 <= len(digits) <= 15 or len(set(digits)) <= 2:
        return False, False
    if all(len(g) == 4 and 1900 <= int(g) <= 2099 for g in groups):
        return False, False  # a list of years
    if _SSN_SHAPE.fullmatch(number):
        return False, False  # an invalid SSN is still not a phone number
    if number.startswith(("+", "00")):
        return True, True
    after_word = len(digits) <= 13
    if len(digits) > 12 or (len(groups) > 1 and all(len(g) == 3 for g in groups[1:])):
        return False, after_word  # 1 234 567 890 is a quantity, not a phone number
    alone = number.startswith(("(", "0")) or bool(_US_PHONE.fullmatch(number))
    return alone, after_word


def phone_ok(number: str, text: str, start: int) -> bool:
    """Whether ``number``, found at ``start`` of ``text``, is a phone number."""
    alone, after_word = phone_shape(number)
    if alone == after_word:
        return alone
    return after_word if _near(_PHONE_WORDS, text, start) else alone


def find_phones(text: str) -> Iterator[Candidate]:
    pos = 0
    while (start := _PHONE_START.search(text, pos)) is not None:
        m = _PHONE.match(text, start.start())
        if m is None:
            pos = start.end()
            continue
        if phone_ok(m.group(), text, m.start()):
            yield "phone", m.start(), m.end(), WEIGHTS["phone"]
        pos = max(m.end(), start.end())


def find_addresses(text: str) -> Iterator[Candidate]:
    for m in _EN_ADDRESS.finditer(text):
        if not set(m.group(1).split()) & _NOT_STREET_NAMES:
            yield "address", m.start(), m.end(), WEIGHTS["address"]
    for m in _FR_ADDRESS.finditer(text):
        yield "address", m.start(), m.end(), WEIGHTS["address"]
    for m in _ES_ADDRESS.finditer(text):
        if _word_start(text, m.start()):
            yield "address", m.start(), m.end(), WEIGHTS["address"]
    seen: set[tuple[int, int]] = set()
    for hint in _DE_HINT.finditer(text):  # the full regex only around a street-type word
        window = _DE_ADDRESS.finditer(text, max(0, hint.start() - 40), hint.end() + 12)
        for m in window:
            if m.span() not in seen and (m.end() == len(text) or not text[m.end()].isalnum()):
                seen.add(m.span())
                yield "address", m.start(), m.end(), WEIGHTS["address"]


FINDERS: tuple[Callable[[str], Iterator[Candidate]], ...] = (
    find_emails,
    find_cards,
    find_ibans,
    find_ids,
    find_phones,
    find_addresses,
)
"""In priority order: a later finder's candidate overlapping an earlier one is dropped."""


def find_pii(text: str) -> list[Candidate]:
    """Non-overlapping PII candidates in ``text`` (canonical), in text order."""
    taken: list[Candidate] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for finder in FINDERS:
        for candidate in finder(text):
            _, start, end, _ = candidate
            i = bisect.bisect_left(starts, start)
            if (i > 0 and taken[i - 1][2] > start) or (i < len(taken) and taken[i][1] < end):
                continue
            taken.insert(i, candidate)
            starts.insert(i, start)
    return taken
