"""Threats of violence against a person, and calls for violence against a group."""

from __future__ import annotations

import re

from bastion.detectors.counter_speech import CounterSpeechAware
from bastion.detectors.mention import WINDOW
from bastion.detectors.scoring import Match

_OWN_WORDS = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:said|say|told\s+\w+|tell\s+\w+|swear|promise|wrote|mean\s+it)"
    r"\s*[:,]?\s*['\"“‘«„]?\s*$"
)
"""The speaker quoting their own words ("I said 'I will kill you'"): still a threat."""


class ThreatPatterns(CounterSpeechAware):
    """Threats of violence against a person, and calls for violence against a group.

    Catches (``data/threats.yaml``): a first-person intent plus a violent verb
    plus a victim ("I'm gonna kill you", "i will hurt your family", "we'll shoot
    up the school"), death wishes and warnings ("you will die", "you deserve to
    die", "i know where you live", "watch your back", "someone should shoot
    him"), scored ``harassment/threatening`` and ``violence``; and calls to kill
    or exterminate an identity group ("kill all the <group>", "<group> should be
    gassed", "death to <group>"), scored ``hate/threatening`` and ``violence``. The
    same kinds of threat in 16 more languages (``data/threats/<lang>.yaml``: de, nl,
    sv, pl, ru, es, fr, it, pt, tr, ar, hi, id, ja, ko, zh); veiled threats of bodily
    harm ("something bad will happen to your kids", "I've been watching your house"),
    which are ``violence`` too, unlike threats to expose someone. In English, praise
    of violence and glee at suffering ("whoever beat up that critic deserves a
    medal", "I hope they suffered") score ``violence``; against a group
    ``hate/threatening``; a terror attack or its attacker praised, ``extremism``.

    A threat quoted or reported rather than made ("'X deserve to be wiped out' got
    200 likes", "he texted me 'I will kill you'") keeps only part of its weight
    (:mod:`bastion.detectors.mention`): the models decide those texts.

    Misses: threats without the listed wording (implied, conditional or other
    veiled threats), threats spread over several messages,
    game or fiction context (only some game phrases are excluded), and jokes;
    idioms without a victim ("I'll kill for a coffee", "this song kills") are
    deliberately not matched.
    """

    name = "threats"
    version = "1.6.0"
    categories = ("harassment/threatening", "violence", "hate/threatening", "extremism")
    lexicon_file = "threats.yaml"
    discounted_in_context = frozenset(categories)

    def mentioned(self, view: str, match: Match) -> bool:
        if _OWN_WORDS.search(view[max(0, match.start - WINDOW) : match.start]):
            return False
        return super().mentioned(view, match)
