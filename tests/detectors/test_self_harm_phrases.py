"""Self-harm: intent vs method seeking; hyperbole stays clean."""

from __future__ import annotations

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.self_harm import SelfHarmPhrases
from bastion.types import Item, Signal

DETECTOR = SelfHarmPhrases()


def scan(text: str) -> dict[str, float]:
    signals: list[Signal] = DETECTOR.detect(build_artifacts(Item(id="t", text=text)))
    assert [s.category for s in signals] == list(DETECTOR.categories)
    for signal in signals:
        for evidence in signal.evidence:
            assert evidence.span is not None
            assert text[evidence.span[0] : evidence.span[1]] == evidence.excerpt
    return {s.category: s.score or 0.0 for s in signals}


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "i wanna die",
        "I'm going to end my life",
        "i will kill myself tonight",
        "I just want to end it all",
        "kms",
        "I feel suicidal",
        "I wish I was dead",
        "i don't want to live anymore",
        "ich will sterben",
        "quiero morir",
        "je veux mourir",
        "quero morrer",
        "voglio morire",
        "ölmek istiyorum",
    ],
)
def test_intent(text: str) -> None:
    scores = scan(text)
    assert scores["self-harm"] >= 0.5
    assert scores["self-harm/intent"] >= 0.5
    assert scores["self-harm/instructions"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "how many pills would it take to die",
        "how many tylenol to overdose",
        "best way to kill myself",
        "what is the most painless way to die",
        "how do i hang myself",
        "how deep to cut",
        "lethal dose of insulin",
        "cuántas pastillas para morir",
    ],
)
def test_method_seeking(text: str) -> None:
    scores = scan(text)
    assert scores["self-harm"] >= 0.5
    assert scores["self-harm/instructions"] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I want to die of embarrassment",
        "I'm dying laughing",
        "I will die on this hill",
        "this song makes me want to dance",
        "how to cut onions",
        "I'd die for this band",
        "the best way to learn guitar",
        "how many pills of vitamin c per day",
        "this beat is killer",
        "I'm killing it at work",
    ],
)
def test_hyperbole_and_ordinary_text(text: str) -> None:
    assert all(score == 0.0 for score in scan(text).values())


@pytest.mark.parametrize(
    ("first_person", "topic"),
    [
        ("I've been self-harming again since the tour", "Self-harm rates rose after the tour"),
        ("i still self harm when it gets bad", "if you see self harm content, report it"),
        ("I'm self harming again and nobody knows", "self-harm awareness week starts monday"),
        ("I cut myself last night", "the documentary about self-harm was careful and kind"),
    ],
)
def test_self_injury_in_the_first_person_not_the_topic_word(first_person: str, topic: str) -> None:
    assert scan(first_person)["self-harm"] >= 0.5
    assert scan(topic)["self-harm"] == 0.0


@pytest.mark.parametrize(
    ("encouraging", "not_encouraging"),
    [
        ("go kill yourself", "please don't kill yourself over one bad review"),
        ("kys loser", "you'd never tell anyone to kys, right?"),
        ("do everyone a favour and die", "do everyone a favour and turn the bass down"),
        ("nobody would miss you if you died", "everyone would miss you if you left the band"),
        ("why don't you just hang yourself", "you can hang your coat by the door"),
        ("bring dich doch endlich um", "ich rede mit dir, bring dich nicht in Gefahr"),
        ("mátate, nadie te quiere", "no te mates trabajando tanto"),
        ("va te pendre", "va te coucher, il est tard"),
        ("ucciditi", "non uccidere nessuno"),
        ("vai se matar", "ele trabalha demais, vai se cansar"),
        ("pleeg toch zelfmoord", "zelfmoordpreventie is belangrijk"),
        ("ta livet av dig", "ta hand om dig själv"),
        ("zabij się", "zabij czas grając w gry"),
        ("иди повесься", "повесь куртку в шкаф"),
        ("kendini öldür", "kendini öldürdü, haberlerde gördüm"),
        ("اقتل نفسك", "اعتن بنفسك"),
        ("khudkushi kar le", "khudkushi ki khabar dukhad hai"),
        ("mending lo bunuh diri aja", "kasus bunuh diri meningkat tahun ini"),
        ("自殺しろ", "自殺防止の電話番号を教えて"),
        ("자살해라", "자살 예방 상담 전화"),
        ("你怎么不去自杀", "自杀预防热线"),
    ],
)
def test_encouraging_someone_to_end_their_life(encouraging: str, not_encouraging: str) -> None:
    scores = scan(encouraging)
    assert scores["self-harm/instructions"] >= 0.5
    assert scores["self-harm/intent"] == 0.0
    assert scan(not_encouraging)["self-harm/instructions"] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Nobody deserves to be told to kys. Be kind in the comments.",
        "someone commented 'kill yourself' on my video and I reported it",
        "ich bring dich um",  # a threat (the threats detector), not self-harm
    ],
)
def test_reported_or_quoted_encouragement_counts_for_less(text: str) -> None:
    assert scan(text)["self-harm/instructions"] < 0.5
