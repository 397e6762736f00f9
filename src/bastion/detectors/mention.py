"""Whether a lexicon phrase is mentioned (quoted, reported) rather than used.

Counter-speech and quoting abuse to condemn or report it are out of every
abuse category (``docs/taxonomy.md``): "he called me a 'dyke'", "nobody
deserves to be told to kys", "someone commented 'kill yourself' on my video".
A word-list detector cannot tell a report from an attack, so a phrase in such a
context keeps only :data:`CONTEXT_FACTOR` of its weight and the trained models
decide. Read on the folded view (casefolded, accents kept, punctuation kept).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bastion.detectors.scoring import Match

__all__ = [
    "CONTEXT_FACTOR",
    "QUOTE_CLOSE",
    "QUOTE_OPEN",
    "WINDOW",
    "discounted",
    "quoted",
    "reported",
]

CONTEXT_FACTOR = 0.3
"""A phrase in a mention context keeps this share of its weight."""
WINDOW = 48
"""Characters either side of a phrase that its context is read from."""

QUOTE_OPEN = "'\"«“‘„「『”"
QUOTE_CLOSE = "'\"»”’“」』"
_MARKS = '"«»“”„「」『』'
"""Quotation marks that never stand for an apostrophe: a quotation opened by one may hold
more words than the phrase ("someone commented "bunuh diri aja sana" on my cover")."""

_REPORTING_VERB = (
    r"(?:told|telling|tells|said|saying|says|wrote|writing|writes|commented|commenting|"
    r"posted|posting|messaged|texted|dm['’]?d|yelled|shouted|screamed|called|calling)"
)
_THIRD_PARTY = (
    r"(?:me|him|her|them|us|people|someone|somebody|others|anyone|everyone|kids|fans|"
    r"strangers|users|(?:my|his|her|their|a|the|this|that)\s+\w+)"
)
_REPORTED_BEFORE = re.compile(
    r"(?:(?P<subject>[\w'’]+)\s+)?"
    + _REPORTING_VERB
    + r"(?:\s+"
    + _THIRD_PARTY
    + r"){0,2}(?:\s+(?:to|that|things\s+like|stuff\s+like|like))?\s*[:,"
    + QUOTE_OPEN
    + r"]?\s*$"
)
"""A past or ongoing report of what someone else said: "told to", "telling people to",
"commented", "he called me". "you" is never the object: "telling you to ..." is used."""
_USED_BY = frozenset({"i", "i'm", "im", "i’m", "we", "keep", "go", "pls", "please", "just"})
"""Subjects and particles that make the reporting verb the speaker's own act ("I said kys",
"keep telling him to ...")."""


def quoted(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` sits between an opening and a closing quote mark: right
    next to both, or inside a quotation whose marks (not apostrophes) are within
    :data:`WINDOW` characters."""
    before = view[max(0, start - WINDOW) : start].rstrip()
    after = view[end : end + WINDOW].lstrip()
    opening, closing = before[-1:], after[:1]
    if opening and closing and opening in QUOTE_OPEN and closing in QUOTE_CLOSE:
        return True
    opening = next((c for c in reversed(before) if c in _MARKS), "")
    closing = next((c for c in after if c in _MARKS), "")
    if opening and closing and opening in QUOTE_OPEN and closing in QUOTE_CLOSE:
        return True
    return bool(_SINGLE_OPEN.search(before) and _SINGLE_CLOSE.match(after))


_SINGLE_OPEN = re.compile(r"(?:^|\s)['‘](?:[^'‘’\s][^'‘’]*)?$")
"""A quotation opened by an apostrophe-like mark: a word follows it, nothing precedes it."""
_SINGLE_CLOSE = re.compile(r"^(?:[^'‘’]*[^'‘’\s])?['’](?=$|[\s.,!?;:])")
"""... and closed by one: a word precedes it, nothing follows it ("don't" is no quote)."""


def reported(view: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` follows a report of someone else's words."""
    found = _REPORTED_BEFORE.search(view[max(0, start - WINDOW) : start])
    return found is not None and (found.group("subject") or "") not in _USED_BY


def discounted(match: Match) -> Match:
    """``match`` keeping :data:`CONTEXT_FACTOR` of its weight."""
    return replace(match, entry=replace(match.entry, weight=match.entry.weight * CONTEXT_FACTOR))
