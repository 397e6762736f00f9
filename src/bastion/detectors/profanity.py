"""Profanity, and insults aimed at a person."""

from __future__ import annotations

from bastion.detectors.counter_speech import CounterSpeechAware


class ProfanityLexicon(CounterSpeechAware):
    """Profanity, and insults aimed at a person.

    Catches: common swear words in English, German, Spanish, French, Portuguese,
    Italian, Turkish, Dutch, Polish, Swedish, Russian, Arabic (MSA, dialect
    spellings and common Arabizi), Hindi (Devanagari and Hinglish), Indonesian,
    Japanese, Korean and Chinese (simplified and traditional)
    (``data/profanity.yaml``) in the folded view, robust to repeated letters,
    leetspeak, masking (``f*ck``, ``sh!t``) and split letters; scored as
    ``profanity``. Chinese, Japanese and Korean, written without spaces or with
    attached particles, are matched inside a sentence, but not inside longer words
    that merely contain them ("ファックス", "パチンコ", "시발점", "装傻比较"). Insults with
    an addressee ("you idiot", "you're a worthless piece of shit", "fuck you",
    "kys", "du Vollidiot", "ty chuju", "jij klootzak", "dasar goblok", "お前はバカ",
    "이 병신아", "你这个傻逼") score ``harassment``.

    An insult that is quoted or reported rather than aimed ("nobody deserves to be
    told to kys", "someone commented 'kill yourself' on my video") keeps only part
    of its ``harassment`` weight (:mod:`bastion.detectors.mention`): counter-speech
    and reports of abuse are out of ``harassment``, so the models decide them. Its
    ``profanity`` weight stays: a quoted swear word is still one.

    Misses: profanity outside the list, creative compounds that are not listed,
    insults without a second-person marker ("what an idiot"), sarcasm and banter
    between friends (scored the same as abuse), and the difference between a
    swear word used for emphasis ("fucking great") and one used against someone.
    Words whose everyday meaning is innocent are left out or need an address or
    the text's language: Indonesian "anjing" and Russian "сука" (a dog), Dutch
    "kanker" (cancer), Swedish "fan" (and English "fan"), Hindi "saala", Japanese
    "やばい", Chinese "牛逼" (praise), Korean "대박" are not profanity. Inflected
    forms beyond the listed endings and prefixes (Polish, Russian, Arabic with an
    attached conjunction) and swear words typed in another script (Russian in
    Latin letters) are missed.
    """

    name = "profanity"
    version = "1.3.0"
    categories = ("profanity", "harassment")
    lexicon_file = "profanity.yaml"
    discounted_in_context = frozenset({"harassment"})
