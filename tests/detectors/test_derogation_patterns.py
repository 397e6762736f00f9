"""Derogation: a protected group joined to a contemptuous predicate; negation, claims
named as claims, quotes and reports stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bastion.detectors.derogation import DerogationPatterns
from bastion.detectors.mention import CONTEXT_FACTOR
from bastion.testing.scan import rule_names, scan_text

DETECTOR = DerogationPatterns()
GROUPS = [
    "immigrants",
    "Muslims",
    "Jews",
    "trans women",
    "gay people",
    "women",
    "disabled people",
    "Black people",
    "refugees",
    "lesbians",
    "Roma",
    "people with HIV",
]


def hate(text: str) -> tuple[float, set[str]]:
    signal = scan_text(DETECTOR, text)["hate"]
    return signal.score, rule_names(signal)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("immigrants are parasites", "group_are_vermin"),
        ("all jews are rats", "group_are_vermin"),
        ("Muslims are a cancer on this country", "group_are_vermin"),
        ("gays are an abomination", "group_are_vermin"),
        ("refugees are nothing but animals", "group_are_vermin"),
        ("those filthy gypsies are vermin", "group_are_vermin"),
        ("women are worthless", "group_are_vile"),
        ("trans people are mentally ill", "group_are_vile"),
        ("all muslims are terrorists", "group_are_vile"),
        ("disabled people are just useless", "group_are_vile"),
        ("black people are born criminals", "group_are_vile"),
        ("I think immigrants are parasites", "group_are_vermin"),
        ("trans women are not real women", "group_not_human"),
        ("immigrants aren't even human", "group_not_human"),
        ("I despise gay people", "hate_group"),
        ("we really hate all the jews", "hate_group"),
        ("i cant stand lesbians", "hate_group"),
        ("I don't respect trans people", "deny_respect_group"),
        ("i will never trust muslims", "deny_respect_group"),
        ("I honestly can't tolerate gay people", "deny_respect_group"),
        ("why are muslims so violent", "why_are_group"),
        ("why are women always so stupid", "why_are_group"),
        ("refugees should all be deported", "group_should_go"),
        ("gays shouldn't be allowed to adopt", "group_should_go"),
        ("women should stay in the kitchen", "group_should_go"),
        ("immigrants should go back to where they came from", "group_should_go"),
        ("gays don't deserve rights", "group_dont_deserve"),
        ("women don't belong in music", "group_dont_deserve"),
        ("Roma don't deserve the same rights as the rest of us", "group_dont_deserve"),
        ("lesbians don't deserve a seat at the table", "group_dont_deserve"),
        # A positive quality denied to the whole group (negated positive statements).
        ("women are not smart enough to run a label", "group_never_good"),
        ("immigrants are never any good at their jobs", "group_never_good"),
        ("trans people aren't to be trusted", "group_never_good"),
        ("gay men are not our equals", "group_never_good"),
        ("muslims can never be trusted", "group_can_never"),
        ("disabled people cannot do anything right", "group_can_never"),
        ("Jews won't ever be our equals", "group_can_never"),
        ("nigerians don't have the brains for a real job", "group_have_no"),
        ("immigrants have no morals", "group_have_no"),
        ("not one of the lesbians at my work is any good at their job", "none_of_group_good"),
        ("none of the refugees are worth saving", "none_of_group_good"),
        ("I have never once met pakistanis who were worth a damn", "none_of_group_good"),
        ("all of those people with HIV are vermin", "group_are_vermin"),
        ("I have met many Muslims and I hate every single one of them", "hate_them_all"),
        ("there are so many immigrants here, we despise them all", "hate_them_all"),
        ("women belong in the kitchen", "group_belong_in"),
        ("gays belong in cages", "group_belong_in"),
        ("I would rather die than hire immigrants", "rather_die_than"),
        ("honestly I can't stand old people", "hate_group"),
        ("met a bunch of muslims today. they are all scum", "they_are_all_vile"),
        ("so many immigrants here, all of them are criminals", "they_are_all_vile"),
        ("the elderly shouldn't be allowed to vote", "group_should_go"),
        ("gay men should be kept away from our kids. period.", "group_should_go"),
        ("keep Muslims off the front page of this app", "keep_group_out"),
        ("Don't let Jewish people teach music in schools", "keep_group_out"),
        ("landlords should be allowed to refuse Arabs, it's their property", "keep_group_out"),
        ("women can't make real music, they just ruin every genre", "they_ruin_everything"),
        ("trans people make me sick", "group_make_me_sick"),
        ("Muslims disgust me", "group_make_me_sick"),
        ("fuck all immigrants", "fuck_group"),
        ("lol fuck muslims, seriously", "fuck_group"),
        ("immigrants ruin everything", "group_ruin_everything"),
        ("muslims are the real problem in this country", "group_ruin_everything"),
        ("we should just ban muslims", "ban_group"),
        ("never hire women", "ban_group"),
        ("no more refugees allowed", "no_group_allowed"),
    ],
)
def test_derogation_scores_hate(text: str, rule: str) -> None:
    score, rules = hate(text)
    assert score >= 0.5
    assert f"derogation:{rule}" in rules


@pytest.mark.parametrize(
    "text",
    [
        # Negation and stance flip the label (docs/taxonomy.md, principle 3).
        "immigrants are not criminals",
        "I don't hate Muslims",
        "I do not despise gay people",
        "refugees aren't a burden",
        "trans women are women",
        "gays should not be deported",
        # Counter-speech: claims named as claims, reports, quotes.
        "people who say gays are sick are wrong",
        "Saying that women are worthless is sexist",
        "the myth that immigrants are criminals has to die",
        "it's not true that refugees are a disgrace to this country",
        "not all muslims are terrorists, obviously",
        "he said jews are rats and I reported him",
        "my aunt said over lunch that gay people shouldn't be allowed to marry. "
        "I told her that's bigoted",
        "people keep saying immigrants ruin everything. Name one thing.",
        "It's not true that women are not smart enough",
        "people who say immigrants can't be trusted are bigots",
        "who says gay people can't be good parents?",
        # Complaints about inequality are not denials of a quality.
        "women will never be equal until the pay gap closes",
        "women are not equals in this industry yet, and that has to change",
        "refugees are not criminals and they are not a burden",
        # "them" is someone else, or only some of them.
        "Muslims were attacked and I hate all of them who did it",
        "I have met many Muslims and I hate all of them who lie about us",
        "there are many refugees here and we love them all",
        "women belong in every boardroom",
        "not all of the immigrants are criminals",
        "Not every one of those refugees is a parasite",
        "don't let trans people live in fear",
        "muslims were attacked by thugs. they are all scum",
        "people who say immigrants are bad, they are all idiots",
        "the myth that refugees are lazy. they are all hardworking",
        "refugees came to our gig. they are all lovely",
        "old people are so sweet",
        "keep the elderly away from crowds during flu season",
        "don't let disabled people be excluded from the festival",
        "landlords should not be allowed to refuse black people",
        "we should keep refugees out of danger",
        "keep trans people safe at our venues",
        "Muslims are welcome, they just enrich everything",
        "refugees belong in our community",
        # One member of a group is not the group.
        "one of the immigrants on my team is stupid, honestly",
        # Positive, neutral and self-identifying mentions.
        "gay people can be good parents",
        "women are smart enough to run any label",
        "I am a trans woman and proud",
        "gay people are wonderful",
        "Muslims deserve the same rights as everyone",
        "disabled people are welcome at every show",
        "black people are beautiful",
        "women are sick of being ignored by festival bookers",
        "I hate how trans people are treated online",
        "I hate women's football being on so late",
        "we hate racists",
        "I don't like women's football",
        "I can't respect people who bully gay kids",
        "I don't trust men who hate women",
        "refugees should be welcomed",
        # The group is not the subject, only part of it is, or "fuck" is the verb.
        "Chest tattoos on females are trash",
        "hate crimes against muslims are disgusting",
        "some men ruin it for everyone",
        "I hate women who cancel on me last minute",
        "i hate chinese whispers, the message always gets lost",
        "the whole point of that song is to fuck women, it's so dumb",
        "all illegal immigrants should be deported, said the candidate",
        # A group term alone, or a predicate with no group.
        "Jews, Muslims and Christians marched together",
        "these rats in the kitchen are disgusting",
        "politicians are parasites",
    ],
)
def test_non_derogation_stays_clean(text: str) -> None:
    score, rules = hate(text)
    assert score < 0.5, rules


def test_quoted_derogation_keeps_a_share_of_its_weight() -> None:
    used, _ = hate("immigrants are parasites")
    mentioned, rules = hate('someone commented "immigrants are parasites" under my video')
    assert rules == {"derogation:group_are_vermin"}
    assert mentioned == pytest.approx(used * CONTEXT_FACTOR)


@given(group=st.sampled_from(GROUPS), before=st.sampled_from(["", "honestly ", "lol "]))
def test_every_group_is_covered_both_ways(group: str, before: str) -> None:
    assert hate(f"{before}{group} are vermin")[0] >= 0.5
    assert hate(f"{before}{group} are not vermin")[0] == 0.0
    assert hate(f"{before}{group} are welcome here")[0] == 0.0
