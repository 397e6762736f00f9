"""Identity-based slurs (race, ethnicity, religion, sexuality, gender identity, disability)."""

from __future__ import annotations

import re

from bastion.detectors.counter_speech import CounterSpeechAware
from bastion.detectors.mention import QUOTE_OPEN, WINDOW, quoted
from bastion.detectors.scoring import Match

_FILLER = (
    r"(?:(?:a|an|the|just|all|proud|loud|two|three|four|bunch|couple|group|crew|band|of|"
    r"other|old|fellow|un|una|unos|unas|grupo|de|dos|tr[eê]s|um|uma|uns|umas|dois|duas|"
    r"orgullos[oa]s?|orgulhos[oa]s?|orgogliose?|orgogliosi|fi[eè]re?s?|stolze[nr]?|ein|eine|"
    r"een|des|les|dei|delle|degli)\s+)*"
)
SELF_REFERENCE = re.compile(
    r"(?:\bwe\s*(?:'re|’re|are|were)?|\bi\s*(?:'m|’m|am)|\bus|\bme and (?:the other|my)|"
    r"\bmy fellow|\bas an?|\bwir|\bich bin|\bsomos|\bnosotr[oa]s|\bsoy|\bnous|\bje suis|"
    r"(?:^|[.!?]\s*)proud|\bon est|\bnoi|\bsiamo|\bsou|\bn[oó]s|\bwij|\bik ben)\s+" + _FILLER + r"$"
)
"""The speaker names themselves with the term ("we're a couple of queers", "noi froci",
"nous les gouines", "proud crip here" at the start of a sentence)."""
SELF_AFTER = re.compile(r"^\s*(?:und ich|and i|y yo|et moi|e io|e eu|en ik)\b")
"""... or joins themselves to it after the term ("meine Schwuchteln und ich")."""
FRIENDS_TERM = re.compile(r"n[i1!*]gg(?:a|ah|az)s?")
"""The spelling of the slur that Black speakers took back as a word for friends ..."""
FRIENDS_BEFORE = re.compile(
    r"\b(?:my|ma|mah|me\s+and\s+my|me\s+n\s+my)\s+(?:(?:lil|little|dear|real|true|fellow)\s+)?$"
)
"""... said of one's own: "that's my nigga right there", "me and my niggas in the studio"."""
MENTION_BEFORE = re.compile(
    r"(?:\bcall(?:s|ed|ing)?\b(?:\s+\S+){0,3}\s+(?:an?|as)|\bthe (?:word|term|slur)|"
    r"\b(?:word|term|slur)|\bchamar\b(?:\s+\S+){0,2}\s+de|\btraiter\b(?:\s+\S+){0,3}\s+de|"
    r"\bllamar\b(?:\s+\S+){0,2}|\bnennen\b|\bdare\b(?:\s+\S+){0,2}\s+del(?:la)?)\s*["
    + QUOTE_OPEN
    + r"]?\s*$"
)
"""The term is mentioned rather than used: "calling a woman a 'dyke'", "the word X"."""


def in_context(view: str, start: int, end: int) -> bool:
    """Whether the slur at ``view[start:end]`` is self-reference or a mention (folded view)."""
    before = view[max(0, start - WINDOW) : start]
    after = view[end : end + WINDOW]
    if SELF_REFERENCE.search(before) or SELF_AFTER.match(after):
        return True
    if FRIENDS_TERM.fullmatch(view[start:end]) and FRIENDS_BEFORE.search(before):
        return True
    return bool(MENTION_BEFORE.search(before)) or quoted(view, start, end)


class SlurLexicon(CounterSpeechAware):
    """Identity-based slurs (race, ethnicity, religion, sexuality, gender identity, disability).

    Catches: the terms of ``data/slurs.yaml`` (English plus a few German, Spanish,
    French, Portuguese, Italian and Turkish terms) in the folded view, including
    repeated letters (``niiigger``), leetspeak, masked inner letters and split
    letters, and plurals. Known idioms that contain a term ("chink in the armour",
    "spick and span", "homo sapiens") are excluded. A term the speaker uses of
    themselves ("we're a couple of queers", "noi froci", "me and my niggas") or
    mentions rather than uses (in quotes, "calling her a 'dyke'", "the word ...") keeps only
    :data:`~bastion.detectors.mention.CONTEXT_FACTOR` of its weight: reclaimed
    self-reference and counter-speech are out of ``hate`` (``docs/taxonomy.md``),
    so the models decide those texts.

    Misses: slurs outside the list and new coinages, code words and dog whistles,
    hateful statements without a slur, and context beyond those patterns: a
    reclaimed term in other constructions scores as a slur, and a hostile text
    that quotes a slur at its target is discounted (the models still read it).
    """

    name = "slurs"
    version = "1.3.0"
    categories = ("hate",)
    lexicon_file = "slurs.yaml"
    discounted_in_context = frozenset({"hate"})

    def mentioned(self, view: str, match: Match) -> bool:
        return in_context(view, match.start, match.end)
