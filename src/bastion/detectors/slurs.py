"""Identity-based slurs (race, ethnicity, religion, sexuality, gender identity, disability)."""

from __future__ import annotations

from bastion.detectors.lexicon import LexiconDetector


class SlurLexicon(LexiconDetector):
    """Identity-based slurs (race, ethnicity, religion, sexuality, gender identity, disability).

    Catches: the terms of ``data/slurs.yaml`` (English plus a few German, Spanish,
    French, Portuguese, Italian and Turkish terms) in the folded view, including
    repeated letters (``niiigger``), leetspeak, masked inner letters and split
    letters, and plurals. Known idioms that contain a term ("chink in the armour",
    "spick and span", "homo sapiens") are excluded.

    Misses: slurs outside the list and new coinages, code words and dog whistles,
    hateful statements without a slur, and context: quoting, reporting and
    reclaimed in-group use all score the same (ambiguous terms carry low weights
    so that the policy can require more evidence for them).
    """

    name = "slurs"
    version = "1.0.1"
    categories = ("hate",)
    lexicon_file = "slurs.yaml"
