"""Self-harm: statements of suicidal intent, self-injury, and method seeking."""

from __future__ import annotations

from bastion.detectors.counter_speech import CounterSpeechAware


class SelfHarmPhrases(CounterSpeechAware):
    """Self-harm: statements of suicidal intent, self-injury, and method seeking.

    Catches (``data/self_harm.yaml``): first-person intent ("I want to die", "i'm
    going to kill myself", "kms", "I wish I was dead", "ich will sterben", "quiero
    morir") scored ``self-harm`` and ``self-harm/intent``; mentions of self-injury
    ("I cut myself", "I've been self-harming") scored ``self-harm``, but not the
    topic word alone ("report self-harm content"); method or dose seeking ("how
    many pills to overdose", "best way to kill myself", "how deep to cut") scored
    ``self-harm`` and ``self-harm/instructions``; encouraging someone else to end
    their life ("go kill yourself", "kys", "bring dich um", "mátate", "自殺しろ",
    in 17 languages), scored ``self-harm`` and ``self-harm/instructions`` (the
    taxonomy counts encouragement as instructions). Told not to ("please don't
    kill yourself") it does not match; quoted or reported ("someone commented
    'kys' on my video") it keeps only part of its weight.

    Misses: indirect or euphemistic expressions of distress ("I can't do this
    anymore", "everyone would be better off without me"), song lyrics and quotes
    (scored as if meant), hyperbole not covered by the exclusions ("I'll die if
    they cancel the tour" is not matched, "I want to die" after a bad exam is),
    and third-person concern ("my friend wants to kill herself") is only partly
    covered. A positive is a reason to offer support resources, not to punish.
    """

    name = "self_harm"
    version = "1.3.0"
    categories = ("self-harm", "self-harm/intent", "self-harm/instructions")
    lexicon_file = "self_harm.yaml"
    discounted_in_context = frozenset({"self-harm", "self-harm/instructions"})
