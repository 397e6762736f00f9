"""Explicit derogation and dehumanisation of a protected group."""

from __future__ import annotations

from bastion.detectors.counter_speech import CounterSpeechAware


class DerogationPatterns(CounterSpeechAware):
    """Explicit derogation and dehumanisation of a protected group, scored ``hate``.

    Catches (``data/derogation.yaml``): a group named for a protected
    characteristic said to be vermin, animals, a disease, filth or less than
    human ("immigrants are parasites", "trans women are not real women"), given
    a contemptuous generalisation ("all muslims are terrorists", "women are
    worthless"), hated outright by the speaker ("I despise gay people"),
    questioned as if it were a fact ("why are jews so greedy"), or told it has
    no place ("refugees should all be deported", "disabled people should not be
    allowed to have kids"). In English and 16 more languages
    (``data/derogation/<lang>.yaml``).

    Precision: the predicate must follow the group with nothing but an
    intensifier between them, so negation ("immigrants are not criminals", "I
    don't hate Muslims") never matches, and a group term alone never scores.
    Claims named as claims ("the myth that immigrants are criminals", "people
    who say gays are sick are wrong") are excluded, and a match in quotes or
    after a report of someone else's words keeps only
    :data:`~bastion.detectors.mention.CONTEXT_FACTOR` of its weight: counter-speech
    is out of ``hate`` (``docs/taxonomy.md``), so the models decide those texts.

    Misses: implicit derogation (stereotypes without a listed predicate, coded
    language, "you people"), derogation spread over clauses or sentences,
    groups or predicates outside the lists, and sarcasm.
    """

    name = "derogation"
    version = "1.4.0"
    categories = ("hate",)
    lexicon_file = "derogation.yaml"
    discounted_in_context = frozenset({"hate"})
