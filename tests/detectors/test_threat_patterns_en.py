"""English threats: constructions (direct, plural, family, property, conditional, veiled,
exposure, death wishes, calls to hurt, group violence) and their near-miss non-threats."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bastion.artifacts import build_artifacts
from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import scan_text
from bastion.types import Item, Signal

DETECTOR = ThreatPatterns()
PERSON = ("harassment/threatening", "violence")
EXPOSURE = ("harassment/threatening",)
GROUP = ("hate/threatening", "violence")
ENGLISH_RULES = {e.id for e in DETECTOR.lexicon.entries if e.lang == "en"}


def scan(text: str) -> dict[str, Signal]:
    return scan_text(DETECTOR, text)


def assert_threat(text: str, categories: tuple[str, ...]) -> None:
    signals = scan(text)
    for category in categories:
        signal = signals[category]
        assert (signal.score or 0.0) >= 0.5, (text, category, signals)
        rules = {e.rule.split(":", 1)[-1] for e in signal.evidence if e.rule}
        assert rules & ENGLISH_RULES, (text, rules)


def assert_clean(text: str) -> None:
    signals = scan(text)
    fired = {c: (s.score, [e.rule for e in s.evidence]) for c, s in signals.items() if s.score}
    assert all((s.score or 0.0) < 0.5 for s in signals.values()), (text, fired)


DIRECT = [
    "I'm going to kill you",
    "tomorrow you die",
    "I'm gonna cut you open",
    "I'm going to run you over with my car",
    "I am going to set your house on fire with you inside",
    "you will not survive the night",
    "I'm going to poison your drink at the show",
    "I'm going to break every bone in your body",
    "I'll throw acid in your face",
    "I'll slit your wife's throat",
    "I'm coming to your house to kill you",
    "You're going to get a bullet in your head",
    "I will find where you live and burn it down with you in it",
    "im gonna kill u tonight",
    "imma stab you when you leave the venue",
    "i swear to god i'll murder you",
    "we're finna shoot you on sight",
    "I will strangle you with my bare hands",
    "I'm gonna beat the shit out of you after school",
    "I'll beat you senseless",
    "i'll fuck you up when I see you",
    "I'm going to break every bone in your hands",
    "i'll smash your face in",
    "I'll knock your teeth out on Friday",
    "gonna break ur arms so u cant play anymore",
    "I'll slit your throat while you sleep",
    "I will end you",
    "I'm going to put you in the hospital",
    "I'll put you six feet under",
    "I'll put you in a body bag",
    "i'm gonna make you bleed",
    "I'll make you suffer for what you said",
    "I'll bury you alive in the woods",
    "I'll set you on fire",
    "i'll put a bullet in your head",
    "I've got a bullet with your name on it",
    "I'll be waiting outside your flat with a knife",
    "I'm ending you for good",
    "pick up the phone or I'm coming over there to cave your skull in",
    "I will find you and kill you",
    "Next time you open your mouth I'm breaking your nose",
]
PASSIVE = [
    "you're getting stabbed at the afterparty",
    "ur gonna get jumped the second you leave",
    "you'll be dead by Friday",
    "you're going home in a body bag",
    "you'll be leaving the festival on a stretcher",
    "they'll need dental records to identify you",
    "you're not making it home alive",
    "you're not walking out of there in one piece",
]
PLURAL_FAMILY_PROPERTY = [
    "I will kill all of you tonight",
    "I'm gonna shoot every last one of you",
    "I'll hurt your kids after school",
    "I'm going to kill you and your whole family",
    "we'll stab everyone at that venue",
    "I'm gonna hurt the whole band at the meet and greet",
    "every one of you who voted to ban me will get hurt",
    "I'll burn down your house while you sleep",
    "I'm going to torch your car tonight",
    "I'll slash your tyres after the show",
    "your house is going to burn tonight",
]
CONDITIONAL = [
    "one more word and you're dead",
    "say that again and you'll regret it",
    "do that again and see what happens",
    "keep talking and you're getting stabbed",
    "if I see you at the gig again you're dead",
    "if you post that again, you'll wake up in a hospital",
    "if you don't pay me back by Monday I'll break your fingers",
    "touch my setlist again and you lose a hand",
    "show your face at the open mic again and see what happens",
]
VEILED = [
    "I know where you live.",
    "i know where your kids go to school",
    "I know which bus you take home after rehearsal",
    "watch your back at the gig on Friday",
    "you won't see it coming",
    "your days are numbered",
    "sleep with one eye open",
    "something bad is going to happen to your family",
    "it'd be a shame if your car caught fire tonight",
    "would be a real shame if something happened to your kids",
    "you'll get what's coming to you",
    "I've been following you home for weeks",
    "accidents happen to people like you",
    "I'm coming for you and your family",
    "wait till I get my hands on you",
    "you can't hide forever",
    "you're dead meat when I find you",
    "I'll go after your mother next",
    "your mum's getting a phone call from the hospital",
    "nice family you have there, be a shame if anything happened to them",
    "I'd hate for something to happen to your little studio",
    "people have disappeared for less",
    "you never know what could happen to a girl like you",
]
EXPOSURE_THREATS = [
    "I'll post your address so everyone can visit you",
    "i'm going to leak your nudes",
    "I'll send your nudes to your boss",
    "i'm going to dox you and your whole family",
    "I'll tell everyone where you live",
    "your home address goes up in every fan group tonight",
]
DEATH_WISHES_AND_CALLS = [
    "I hope you die",
    "i hope u get hit by a bus",
    "go die in a fire",
    "I want you dead",
    "I wish someone would just shoot you",
    "can't wait to dance on your grave",
    "you deserve to be beaten to death",
    "someone should stab him",
    "somebody needs to beat up that referee",
    "can someone just shoot this guy",
    "let's jump him after the show",
    "let's beat the shit out of those kids filming everything",
    "I'd pay someone to break his legs",
    "people who leak albums should have their fingers broken",
    "I hope he gets shot on stage",
]
OBFUSCATED = [
    "I'm gonna k1ll you",
    "i'm gonna k i l l you",
    "I'm gonna kil you after your set",
    "ima st@b u",
    "gonna sl!t ur thr0at",
    "I'll m u r d e r you",
    "i'm g0nna sm@sh ur f4ce in",
]
GROUP_THREATS = [
    "kill all the immigrants",
    "gas the jews",
    "muslims should be shot",
    "trans people should all be killed",
    "Jewish people should be lined up and shot",
    "gay people deserve to die",
    "women should be beaten",
    "death to all muslims",
    "we should start killing refugees",
    "it's time to exterminate the gays",
    "I'm going to kill any Sikhs I see on my street",
    "the only good muslim is a dead muslim",
    "hang all the blacks",
    "jews belong in the ovens",
    "someone should burn down their mosque",
    "they should bomb every synagogue in the country",
    "we will hunt every Mexican in this town",
    "We will hunt disabled people down, one by one.",
    "immigrants are vermin and need to be wiped out",
    "those people are rats, we need to get rid of them for good",
    "I hope all Hindus just die",
    "the world would be better if Black people were all dead",
    "Asian people in this city better watch their backs after dark",
    "we're coming for all the refugees in this town",
    "k1ll all the j3ws",
    "jews shld be gassed",
]


@pytest.mark.parametrize("text", DIRECT + PASSIVE + PLURAL_FAMILY_PROPERTY + OBFUSCATED)
def test_direct_threats(text: str) -> None:
    assert_threat(text, PERSON)


@pytest.mark.parametrize("text", CONDITIONAL)
def test_conditional_threats(text: str) -> None:
    assert_threat(text, EXPOSURE)


@pytest.mark.parametrize("text", VEILED + EXPOSURE_THREATS)
def test_veiled_stalking_and_exposure_threats(text: str) -> None:
    assert_threat(text, EXPOSURE)


@pytest.mark.parametrize(
    "text",
    [
        "I know where you live.",
        "your days are numbered",
        "sleep with one eye open",
        "accidents happen to people like you",
        "you won't see it coming",
        "I've been following you home for weeks",
    ],
)
def test_veiled_threats_of_bodily_harm_are_violence(text: str) -> None:
    assert_threat(text, PERSON)


@pytest.mark.parametrize("text", EXPOSURE_THREATS)
def test_threats_to_expose_are_not_violence(text: str) -> None:
    assert (scan(text)["violence"].score or 0.0) < 0.5, text


@pytest.mark.parametrize("text", DEATH_WISHES_AND_CALLS)
def test_death_wishes_and_calls_to_hurt_a_person(text: str) -> None:
    assert_threat(text, PERSON)


@pytest.mark.parametrize("text", GROUP_THREATS)
def test_violence_against_groups(text: str) -> None:
    assert_threat(text, GROUP)


PRAISE_OF_VIOLENCE = [
    "whoever beat up that critic deserves a medal",
    "the guy who knocked out that security guard is a legend honestly",
    "the bouncer who broke that kid's ribs is my hero lol",
    "the guy who stabbed the loan shark is a hero, buy that man a pint",
    "that stabbing at the rap battle was the best thing that happened all year",
    "last night's riot was beautiful, do it again",
    "watching that guy get curb-stomped after the match never gets old",
    "that mugger got beaten half to death by the crowd and it was beautiful",
    "more fans should do what he did to that referee. respect",
    "good. I hope they suffered.",
    "the people who died at that festival had it coming",
    "those fans who got crushed at the gate deserved it",
]
PRAISE_OF_VIOLENCE_AGAINST_A_GROUP = [
    "whoever attacked those lesbians outside the club deserves a medal",
    "that attack on gay men last year? best news of the year honestly",
    "the guys who beat up those immigrants are heroes",
    "the bombing of that mosque was beautiful",
]
PRAISE_OF_TERROR = [
    "the Hallbrook shooter is a hero, he did what the rest of us only talk about",
    "whoever bombed the Eastgate concert was a true soldier",
    "someone should make a movie about the Marlow Creek shooter, he's a legend",
]


@pytest.mark.parametrize("text", PRAISE_OF_VIOLENCE)
def test_praise_of_violence_and_glee_at_suffering(text: str) -> None:
    assert_threat(text, ("violence",))


@pytest.mark.parametrize("text", PRAISE_OF_VIOLENCE_AGAINST_A_GROUP)
def test_praise_of_violence_against_a_group(text: str) -> None:
    assert_threat(text, GROUP)


@pytest.mark.parametrize("text", PRAISE_OF_TERROR)
def test_praise_of_a_terror_attack(text: str) -> None:
    assert_threat(text, ("extremism", "violence"))


NOT_THREATS = [
    # Idioms and hyperbole.
    "I'd kill for a coffee",
    "this song kills",
    "I'm dying of laughter",
    "you killed it on stage last night",
    "break a leg tonight!",
    "I'll murder this song at karaoke",
    "my feet are killing me",
    "I could strangle my cat sometimes lol",
    "this drop is going to kill everyone at the venue",
    "you're going to kill them at the show",
    "I'll shoot you a DM later",
    "I'll shoot you an email tomorrow",
    "I'll hit you up after the gig",
    "you're dead to me",
    "I'm dead 😂 that set was too funny",
    "you'll die laughing at this episode",
    "I hope you die laughing at this",
    "drop dead gorgeous outfit",
    "I'll kill you lol, stop spoiling the show",
    "I'll kill you if you spoil the finale",
    "play that song at my wedding and I'll kill you 😂",
    "this beat is gonna put you to sleep",
    "I'll take you out for dinner on Friday",
    "I'll beat you to it",
    "I'll knock you up a sandwich",
    "I'll cut you a deal on the tickets",
    "your days off are numbered too, welcome to the job",
    "watch your step on the stairs",
    # Sport and games.
    "we'll destroy you in the final",
    "I'll kill you in Fortnite",
    "I'm going to murder you in Smash",
    "I'm going to kick your butt at ping pong tomorrow",
    "I'll beat you at chess",
    "you're dead meat in Halo later",
    "gonna put you in the ground in Warzone tonight",
    "I'm coming for you in the finals",
    # Quotes, reports and news.
    "he wrote 'I'll kill you' and I reported him",
    "police say the man threatened to kill his neighbour",
    'I got a message saying "I\'m going to kill your kids", police have the screenshots',
    'my ex texted me "I know where you live" and I am scared',
    'for the record: "I hope you die" is not feedback. reported.',
    'is "I know where you live" enough to report to the police?',
    "the attacker shouted I will kill all of you, witnesses said",
    "A man was arrested after posting that he would kill any Muslims he saw.",
    "Somebody set fire to the place where Jewish people meet. Police call it a hate crime.",
    # Negation and counter-speech.
    "I would never hurt you",
    "I'm not going to hurt you",
    "I don't want to kill anyone",
    "nobody should be killed for being gay",
    "no one deserves to die",
    "muslims don't deserve to be shot",
    "saying 'gas the jews' is monstrous",
    "people who say immigrants should be shot are disgusting",
    "Saying trans people should be hanged is a call for murder.",
    "whoever wrote that they wish a virus would wipe out Black people: get help",
    # Safety questions, fiction, self-talk.
    "what do I do if someone says they'll kill me?",
    "how do I get a restraining order against someone who threatened me",
    "in the film he says he will kill them all",
    'the villain says "I will hunt you down" and the whole twist lands',
    "I'm going to kill myself if I fail this exam",
    "I want to die",
    # Cooking, technical, pests, photography.
    "kill the process and restart the server",
    "how do I kill a python process",
    "I'll shoot you next week for your headshots",
    "shoot a photo in low light",
    "beat the eggs until fluffy",
    "execute the script after the migration",
    "kill the rats in the kitchen",
    "we have mice in the attic, they are vermin and need to be exterminated",
    "how do I get rid of the weeds that are killing my lawn",
    "exterminate the cockroaches in the basement",
    # Near misses of the veiled and exposure forms.
    "I know where you live is a great song title",
    "I know where your kids go to school, my daughter's in the same class! small world",
    "something will happen to your studio soon, the landlord's fixing the roof",
    "I'll post your photos on our page tomorrow, they came out great",
    "I'll send you the pics tonight",
    "I've been watching you on twitch for years, love your streams",
    "if you keep smoking you'll end up six feet under",
    "if you testify on Monday, don't expect to get home before dinner",
    "it would be a shame if it rained on the festival",
    "I'll be waiting outside the cinema, text me when you're here",
    "tell your mum I said hi",
    "I'll start with your brother's verse and work my way up to yours",
    "accidents happen, don't worry about the spilled coffee",
    # Praise of anything but violence, of stopping an attacker, of sport; sympathy.
    "the guy who shot the video is a legend",
    "whoever killed that set last night deserves a medal",
    "the cop who shot the gunman is a hero",
    "the man who tackled the attacker is a hero",
    "the firefighter who saved those kids is a hero",
    "the guy who knocked out Tyson is a legend",
    "steph is the best shooter in the nba, a legend",
    "that attack was beautiful, what a goal",
    "watching him get knocked out in the third round was beautiful",
    "none of the people who died deserved it",
    "the people who died did not deserve it",
    "I hope they didn't suffer",
    "that shooting was horrific, thoughts with the families",
    "whoever bombed the exam deserves a medal lol",
    "more people should do what he did to help",
    "it will be a shame if you miss the show",
    "tomorrow you die laughing at this set",
    "I'm gonna cut you a deal on the tickets",
    "I'll run over the details with you tomorrow",
    "you won't survive the night shift without coffee",
    "I'm coming to your house to pick you up at 8",
    "you're going to get a knife in the kitchen drawer",
    "this drop is going to set the crowd on fire",
    "I'll set your playlist on fire with these tracks",
    "I'd hate for something to happen to the schedule, so book early",
    "you never know what could happen, so back up your files",
    # Groups mentioned without violence.
    "I am a trans woman and proud",
    "muslims deserve the same rights as everyone",
    "gay people are wonderful",
    "immigrants are not criminals",
    "the only good thing about winter is the music",
    "Why do people think refugees should be deported?",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_not_threats(text: str) -> None:
    assert_clean(text)


BENIGN_FILLER = st.sampled_from(
    [
        "honestly",
        "the set last night was long.",
        "anyway",
        "the venue was packed and the sound was great.",
        "see the setlist below.",
        "",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=BENIGN_FILLER,
    after=BENIGN_FILLER,
    threat=st.sampled_from(DIRECT[:12] + GROUP_THREATS[:8] + VEILED[:4]),
)
def test_a_threat_stays_a_threat_among_benign_text(before: str, after: str, threat: str) -> None:
    signals = scan(f"{before} {threat}. {after}".strip())
    assert max(s.score or 0.0 for s in signals.values()) >= 0.5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=BENIGN_FILLER,
    after=BENIGN_FILLER,
    idiom=st.sampled_from(NOT_THREATS[:20]),
)
def test_an_idiom_stays_clean_among_benign_text(before: str, after: str, idiom: str) -> None:
    assert_clean(f"{before} {idiom} {after}".strip())


def test_a_megabyte_of_threat_like_text_scans_fast() -> None:
    chunk = (
        "i'm gonna kill it tonight, you and your friends are the best, all of you who "
        "came said the muslims and jews in this town are lovely, 'quoted' text here; "
        "if you see the show again you will love it, watch the back row lol. "
    )
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    artifacts = build_artifacts(Item(id="t", text=text, lang="en"))
    start = time.perf_counter()
    DETECTOR.detect(artifacts)
    # Linear in the text (bounded gaps only): a few seconds, never minutes.
    assert time.perf_counter() - start < 15.0
