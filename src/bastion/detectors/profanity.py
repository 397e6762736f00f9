"""Profanity, and insults aimed at a person."""

from __future__ import annotations

from bastion.detectors.lexicon import LexiconDetector


class ProfanityLexicon(LexiconDetector):
    """Profanity, and insults aimed at a person.

    Catches: common swear words in English, German, Spanish, French, Portuguese,
    Italian and Turkish (``data/profanity.yaml``) in the folded view, robust to
    repeated letters, leetspeak, masking (``f*ck``, ``sh!t``) and split letters;
    scored as ``profanity``. Insults with an addressee ("you idiot", "you're a
    worthless piece of shit", "fuck you", "kys", "du Vollidiot") score
    ``harassment``.

    An insult that is quoted or reported rather than aimed ("nobody deserves to be
    told to kys", "someone commented 'kill yourself' on my video") keeps only part
    of its ``harassment`` weight (:mod:`bastion.detectors.mention`): counter-speech
    and reports of abuse are out of ``harassment``, so the models decide them. Its
    ``profanity`` weight stays: a quoted swear word is still one.

    Misses: profanity outside the list, creative compounds that are not listed,
    insults without a second-person marker ("what an idiot"), sarcasm and banter
    between friends (scored the same as abuse), and the difference between a
    swear word used for emphasis ("fucking great") and one used against someone.
    """

    name = "profanity"
    version = "1.1.0"
    categories = ("profanity", "harassment")
    lexicon_file = "profanity.yaml"
    discounted_in_context = frozenset({"harassment"})
