"""Counter-speech and negated derogation hold the models' scores down, and nothing more."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.artifacts import TextArtifacts, build_artifacts
from bastion.detectors import counter_speech
from bastion.detectors.lexicon import LexiconError, PhraseLexicon, with_includes
from bastion.pipeline import Engine
from bastion.types import Action, Item

HELD = [
    # Denials of a hostile predicate.
    "Muslims are not terrorists.",
    "Women aren't stupid",
    "Disabled people are not a burden!",
    "Roma are not filthy or lazy.",
    "Hindus are not animals, they're human beings like you",
    # The speaker's own hatred denied.
    "I don't hate Muslims.",
    "I've got nothing against trans people.",
    "honestly I don't have a problem with atheists. never did.",
    "Arabs don't disgust me at all, honestly",
    "there's nothing wrong with immigrants",
    # Claims condemned or denied.
    "Saying Muslims are terrorists is racist.",
    "Calling trans people mentally ill is transphobic and wrong.",
    "It's not true that immigrants are criminals.",
    "Stop saying disabled people are useless.",
    "Nobody should say that black people are animals.",
    '"Gays should die" is a disgusting thing to say.',
    "Hating Muslims is wrong.",
    "If you think trans people are freaks, you're the problem.",
    "Saying that you hate Muslims shows how ignorant you are.",
    "We shouldn't let refugees suffer.",
    "Muslims should never be attacked for their faith.",
    "I don't think gay people should be punished.",
    # Other languages.
    "Muslime sind keine Terroristen.",
    "Ich habe nichts gegen Schwule.",
    "Zu sagen, dass Frauen dumm sind, ist sexistisch.",
    "No odio a los inmigrantes.",
    "Decir que las mujeres son tontas es machista.",
    "Les musulmans ne sont pas des terroristes.",
    "Je n'ai rien contre les homosexuels.",
    "Non è vero che i rifugiati sono criminali.",
    "Não tenho nada contra os gays.",
    "Nie nienawidzę imigrantów.",
    "Mówienie, że kobiety są głupie, to seksizm.",
    "Moslims zijn geen terroristen.",
    "لا أكره اللاجئين.",
    "मुझे मुसलमानों से कोई नफ़रत नहीं है।",
    "किन्नरों को कीड़े कहना घिनौना है।",
    "我不讨厌难民。",
    "说女人都很蠢是性别歧视。",
    "Мигранты — не крысы.",
    "Я ничего не имею против геев.",
    "Muslimer är inte terrorister.",
    "Jag har inget emot homosexuella.",
    "Orang Yahudi bukan tikus.",
    "移民は犯罪者ではない。",
    "이민자들은 범죄자가 아니다.",
    "@mara_beats Muslims are not terrorists.",
    # Contempt for a group no protected characteristic defines is not hate.
    "Lawyers are parasites.",
    "Politicians are all scum.",
]

SELF_HARM_HELD = [
    "please don't kill yourself, you matter",
    "ignore anyone who tells you to starve yourself. you deserve to eat and take up space",
    "telling someone to kill themselves is never a joke. reported",
    "suicide is never the answer",
    "you're not alone. please reach out.",
    "@jun.k ignore anyone who tells you to starve yourself. you deserve to eat and take up space",
]

SELF_HARM_NOT_HELD = [
    "I want to kill myself",
    "kill yourself",
    "go kill yourself, nobody would miss you",
    "don't kill yourself, I want to do it myself",
    "you matter. kill yourself anyway.",
    "I'm going to starve myself until I'm thin",
]

NOT_HELD = [
    # Hateful, or hostile beyond the denial: the rest of the segment keeps its score.
    "Muslims are terrorists.",
    "Immigrants are not human.",
    "Trans women are not women.",
    "Gays are not normal.",
    "Muslims are not terrorists, they are animals.",
    "Women are not stupid. They are worthless.",
    "I don't hate Muslims, I want them all dead.",
    "I don't hate Muslims, I just think they should all be deported.",
    "I have nothing against gays, as long as they stay away from my kids.",
    "Muslims are not just terrorists.",
    "It's not racist to say black people are inferior.",
    "Saying Muslims are terrorists is not racist.",
    "Saying women are stupid is sexist but true.",
    "it's not okay to be black",
    "If you think trans people are freaks, you're right.",
    "I think gay people should be punished.",
    "We should let refugees drown.",
    "Muslime sind keine Menschen.",
    "Los gitanos no son humanos.",
    "Los inmigrantes no son más que ratas.",
    "Les musulmans ne sont pas des humains.",
    # A protected group beside an unprotected one.
    "Gay fans are disgusting.",
    "Muslim landlords are vermin.",
    "casino, Muslims are not terrorists",
]

HOSTILE = [
    "They are vermin.",
    "they should all be deported",
    "I want them dead",
    "kill them all",
    "Sie sind Ratten.",
    "son unas ratas",
    "他们都是垃圾",
]


def _text(text: str) -> TextArtifacts:
    artifacts = build_artifacts(Item(id="t", text=text))
    assert artifacts.text is not None
    return artifacts.text


def _held(text: str, category: str = "hate") -> bool:
    artifacts = _text(text)
    ones = np.ones((len(artifacts.segments), 1))
    return bool((counter_speech.capped(artifacts, [category], ones) < 1.0).all())


@pytest.mark.parametrize("text", HELD)
def test_counter_speech_holds_the_model_score_down(text: str) -> None:
    assert _held(text)


@pytest.mark.parametrize("text", NOT_HELD)
def test_hostile_text_keeps_its_model_score(text: str) -> None:
    assert not _held(text)


@pytest.mark.parametrize("text", SELF_HARM_HELD)
def test_self_harm_counter_speech_holds_self_harm_down(text: str) -> None:
    assert _held(text, "self-harm") and _held(text, "self-harm/intent")


@pytest.mark.parametrize("text", SELF_HARM_NOT_HELD)
def test_self_harm_itself_keeps_its_model_score(text: str) -> None:
    assert not _held(text, "self-harm")


def test_contempt_for_an_unprotected_group_may_still_be_harassment() -> None:
    assert _held("Lawyers are parasites.", "hate")
    assert not _held("Lawyers are parasites.", "harassment")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I don't think immigrants are criminals.", "derogation:group_are_vile"),
        ("No Muslims deserve to die.", "threats:group_should_die"),
        ("please don't kill yourself, you matter", "profanity:kill_yourself"),
    ],
)
def test_a_rule_match_in_counter_speech_is_a_mention(
    shipped_engine: Engine, text: str, rule: str
) -> None:
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert decision.action is Action.ALLOW, decision.reason
    assert not decision.flagged


def test_a_rule_match_beside_more_than_counter_speech_keeps_its_weight(
    shipped_engine: Engine,
) -> None:
    text = "don't kill yourself, I want to do it myself"
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert "harassment" in decision.flagged
    assert any(e.rule == "profanity:kill_yourself" for _, e in decision.evidence)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HELD), st.sampled_from(HOSTILE), st.booleans())
def test_anything_hostile_beside_counter_speech_undoes_the_hold(
    held: str, hostile: str, before: bool
) -> None:
    text = f"{hostile} {held}" if before else f"{held} {hostile}"
    assert not _held(text)


def test_only_the_categories_an_entry_names_are_held() -> None:
    artifacts = _text("I don't hate Muslims.")
    scores = np.full((1, 2), 0.9)
    out = counter_speech.capped(artifacts, ["hate", "sexual"], scores)
    assert out[0, 0] <= 0.2 and out[0, 1] == 0.9
    assert scores[0, 0] == 0.9, "the caller's scores are not changed in place"


def test_only_the_segment_that_counter_speech_fills_is_held() -> None:
    artifacts = _text("We talked about the merch table. Muslims are not terrorists.")
    cut = artifacts.folded.text.index("muslims")
    segments = [(0, cut), (cut, len(artifacts.folded.text)), (0, len(artifacts.folded.text))]
    out = counter_speech.capped(artifacts, ["hate"], np.ones((3, 1)), segments)
    assert [bool(v < 1.0) for v in out[:, 0]] == [False, True, False]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Women are not stupid.", Action.ALLOW),
        ("Saying that women are stupid is sexist.", Action.ALLOW),
        ("Nie nienawidzę imigrantów.", Action.ALLOW),
    ],
)
def test_counter_speech_is_allowed_end_to_end(
    shipped_engine: Engine, text: str, action: Action
) -> None:
    decision = shipped_engine.decide(Item(id="t", surface="comment", text=text))
    assert decision.action is action, decision.reason
    assert decision.categories["hate"] < 0.5


def test_the_hateful_twin_is_still_acted_on(shipped_engine: Engine) -> None:
    decision = shipped_engine.decide(Item(id="t", surface="comment", text="Women are stupid."))
    assert decision.action is not Action.ALLOW
    assert decision.categories["hate"] >= 0.5


def test_a_lexicon_borrows_macros_and_nothing_else() -> None:
    data = with_includes({"macros_from": "derogation.yaml", "entries": []}, "probe")
    assert "group" in data["macros"] and "group_de" in data["macros"]
    assert data["entries"] == [] and not data.get("exclude")
    with pytest.raises(LexiconError, match="redefines macros"):
        with_includes({"macros_from": "derogation.yaml", "macros": {"group": "x"}}, "probe")


def test_macros_may_name_macros() -> None:
    data = {
        "macros": {"inner": "(?:cat|dog)s", "outer": "(?:my|our)\\s+<<inner>>"},
        "entries": [{"pattern": r"\b<<outer>>\b", "category": "violence", "weight": 0.5}],
    }
    lexicon = PhraseLexicon(data, known={})
    assert [m.excerpt for m in lexicon.scan(_text("look at our dogs"))] == ["our dogs"]
    cycle = {
        "macros": {"a": "<<b>>", "b": "<<a>>"},
        "entries": [{"pattern": "<<a>>", "category": "violence", "weight": 0.5}],
    }
    with pytest.raises(LexiconError, match="nested"):
        PhraseLexicon(cycle, known={})
