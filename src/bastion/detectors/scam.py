"""Scams (fraud, phishing) and spam (unsolicited promotion, engagement bait)."""

from __future__ import annotations

import re

from bastion.artifacts import TextArtifacts
from bastion.detectors.lexicon import LexiconDetector
from bastion.detectors.scoring import Match, finding

_PROMO = re.compile(
    r"\b(?:free|win|winner|won|buy|click|subscribe|follow|offer|deal|cash|money|earn|prize|"
    r"limited|discount|sale|promo|bonus|now|gratis|gratuit|kostenlos)\b|[$€£]"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_SYMBOL_RUN = re.compile(r"([^\w\s])\1{7,}")
_REPEATED_WORD = re.compile(r"\b(\w{2,})(?:\W+\1\b){4,}")
_MIN_LETTERS_FOR_SHOUTING = 20
_SHOUTING_SAMPLE = 5000
"""Shouting is judged on the start of the text: a promotion shouts from its first line."""


class ScamPatterns(LexiconDetector):
    """Scams (fraud, phishing) and spam (unsolicited promotion, engagement bait).

    Catches (``data/scam.yaml``, canonical view so digits and ``$`` survive):
    advance-fee fraud ("next of kin", "release fee"), prize and phishing lures
    ("you have won", "claim your prize", "verify your account", "your account
    has been suspended"), gift-card payment, crypto doubling ("send 1 btc, get 2
    back"), guaranteed-return investments, "DM me to earn $500 a day", contact
    bait moving the victim to WhatsApp/Telegram; and spam: "subscribe to my
    channel", "check out my mixtape", "free followers", "follow for follow",
    plus, from the text's shape, shouting promotions (mostly capitals with a
    promotional word), long runs of one symbol ("$$$$$$$$") and one word repeated
    over and over.

    Misses: scams that read like ordinary conversation (romance and pig-butchering
    scams build trust first), lures in languages other than the six covered, the
    sender's history and volume (one promotional comment is not spam; a thousand
    are), and links, which :mod:`bastion.detectors.suspicious_url` judges.
    """

    name = "scam"
    version = "1.0.0"
    categories = ("scam", "spam")
    lexicon_file = "scam.yaml"

    def extra(self, text: TextArtifacts) -> list[Match]:
        """Spam by shape: shouting with a promotional word, symbol runs, one word repeated."""
        original = text.original
        found: list[Match] = []
        letters = "".join(_LETTERS.findall(original[:_SHOUTING_SAMPLE]))
        upper = sum(map(str.isupper, letters))
        if (
            len(letters) >= _MIN_LETTERS_FOR_SHOUTING
            and upper >= 0.8 * len(letters)
            and _PROMO.search(text.canonical.text, 0, _SHOUTING_SAMPLE)
        ):
            start = len(original) - len(original.lstrip())
            end = len(original.rstrip())
            found.append(finding("shouting_promo", "spam", 0.4, (start, end), original[start:end]))
        run = _SYMBOL_RUN.search(original)
        if run is not None:
            found.append(finding("symbol_run", "spam", 0.3, run.span(), run.group()))
        repeated = _REPEATED_WORD.search(text.canonical.text)
        if repeated is not None:
            span = text.canonical.original_span(*repeated.span())
            excerpt = original[span[0] : span[1]]
            found.append(finding("repeated_words", "spam", 0.4, span, excerpt))
        return found
