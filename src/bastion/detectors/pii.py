"""Personal data in text: contact details, payment data, government ids, addresses."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import islice

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.detectors.pii_checks import mask, mask_email
from bastion.detectors.pii_find import EN_STREET_TYPES, find_pii
from bastion.detectors.scoring import MAX_SCORE, Match, finding, signals_for
from bastion.types import Signal

_DOXXING = re.compile(
    r"\b(?=[a-z])(?:here(?:['’]s|\s+is|\s+are)\s+(?:his|her|their|your|the)\s+(?:real\s+|home\s+|"
    r"personal\s+|new\s+|cell\s+|mobile\s+)?(?:address|number|phone|email|home|location|details|"
    r"info)|(?:he|she|they)\s+lives?\s+(?:at|on)|lives\s+at|(?:his|her|their)\s+(?:real\s+|"
    r"home\s+|personal\s+|new\s+|cell\s+|mobile\s+)?(?:number|address|phone(?:\s+number)?|email|"
    r"ip)\s+is|dox+(?:ed|ing)?|(?:seine|ihre)\s+(?:adresse|nummer|handynummer)\s+(?:ist|lautet)|"
    r"wohnt\s+in|(?:su|sua)\s+(?:direcci[óo]n|n[úu]mero|tel[ée]fono|endere[çc]o)\s+(?:es|é)|"
    r"vive\s+en|mora\s+na|(?:son|sa)\s+(?:adresse|num[ée]ro)\s+(?:est|c['’]est)|"
    r"(?:il|elle)\s+habite)\b"
)
_DOXXING_BOOST, _DOXXING_BEFORE, _DOXXING_AFTER = 0.15, 80, 40
_STREET_WORD = re.compile(
    rf"(?:{EN_STREET_TYPES}|rue|av|bd|chemin|allée|allee|impasse|quai|calle|avenida|avda|plaza|"
    r"paseo|camino|rua|viale|piazza|strasse|str|weg|gasse)"
)


def _mask_street_part(word: re.Match[str]) -> str:
    """Street-type words ("Street", "rue") stay readable; names and numbers do not."""
    keep = _STREET_WORD.fullmatch(word.group().casefold())
    return word.group() if keep else "*" * len(word.group())


def _mask_id(s: str) -> str:
    return mask(s, keep_last=2)


MASKS: dict[str, Callable[[str], str]] = {
    "email": mask_email,
    "card": lambda s: mask(s, keep_last=4),
    "iban": lambda s: mask(s, keep_last=4, keep_first=2),
    "ssn": lambda s: mask(s, keep_last=4),
    "aadhaar": lambda s: mask(s, keep_last=4),
    "phone": lambda s: mask(s, keep_last=2),
    "address": lambda s: re.sub(r"\w+", _mask_street_part, s),
}
"""How each kind's excerpt is masked; other kinds keep their last two characters."""


class PiiDetector(Detector):
    """Personal data in text: contact details, payment data, government ids, addresses.

    Catches, in the canonical view (digits kept): email addresses (also ``[at]``/
    ``(dot)`` spellings); phone numbers with 9+ digits that look like phone
    numbers (international ``+CC``/``00CC``, a national trunk ``0``, US
    ``(555) 123-4567``, or any format after a word like "phone"/"whatsapp");
    payment cards (13-19 digits, known network prefix, Luhn-valid); IBANs
    (country length and mod-97); US SSNs, UK National Insurance numbers, Spanish
    DNI/NIE, Brazilian CPF, Indian Aadhaar (Verhoeff), French NIR and Italian
    codice fiscale, all with their structure or check digits; street addresses in
    English ("221b Baker Street"), German ("Hauptstraße 12"), French ("12 rue de
    la Paix") and Spanish/Italian/Portuguese ("Calle Mayor 5") style. A nearby
    doxxing phrase ("here is his address", "she lives at", "his number is")
    raises the weight of the personal data it points at.

    Every evidence excerpt is masked ("j***@e***.com", "**** **** **** 1234"):
    decisions are stored and shown to reviewers, and must not copy the data they
    flag. The span still points at the exact original characters.

    Misses: names, dates of birth, postcodes and cities on their own, account
    handles, identifiers of other countries, numbers split or spelled out to
    evade ("five five five ..."), and whose data it is: sharing one's own email
    scores the same as doxxing someone else (the policy decides per surface).
    """

    name = "pii"
    version = "1.0.0"
    categories = ("privacy",)

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        text = artifacts.text
        if text is None:
            return [self.signal(category, 0.0) for category in self.categories]
        view = text.canonical
        candidates = find_pii(view.text)
        doxxing = [m.span() for m in _DOXXING.finditer(view.text)] if candidates else []
        ends = [e for _, e in doxxing]
        matches: list[Match] = []
        used: set[tuple[int, int]] = set()
        for kind, start, end, weight in candidates:
            near = []
            for s, e in islice(doxxing, bisect.bisect_left(ends, start - _DOXXING_BEFORE), None):
                if s > end + _DOXXING_AFTER:
                    break
                if e <= start or s >= end:
                    near.append((s, e))
            if near:
                weight = min(weight + _DOXXING_BOOST, MAX_SCORE)
                used.update(near)
            span = view.original_span(start, end)
            excerpt = MASKS.get(kind, _mask_id)(text.original[span[0] : span[1]])
            matches.append(finding(kind, "privacy", weight, span, excerpt))
        for s, e in sorted(used):
            span = view.original_span(s, e)
            excerpt = text.original[span[0] : span[1]]
            matches.append(finding("doxxing_context", "privacy", 0.0, span, excerpt))
        return signals_for(self, matches)
