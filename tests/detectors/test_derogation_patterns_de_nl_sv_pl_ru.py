"""Derogation in German, Dutch, Swedish, Polish and Russian: a protected group joined to a
contemptuous predicate; negation, claims named as claims, reports and positive mentions
stay clean."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bastion.artifacts import build_artifacts
from bastion.detectors.derogation import DerogationPatterns
from bastion.testing.scan import rule_names, scan_text
from bastion.types import Item

DETECTOR = DerogationPatterns()


def hate(text: str) -> tuple[float, set[str]]:
    signal = scan_text(DETECTOR, text)["hate"]
    return signal.score, rule_names(signal)


def assert_fires(text: str, rule: str) -> None:
    score, rules = hate(text)
    assert score >= 0.5, (text, rules)
    assert f"derogation:{rule}" in rules, (text, rules)


def assert_clean(text: str) -> None:
    score, rules = hate(text)
    assert score < 0.5, (text, rules)


# --- German ---------------------------------------------------------------------------

GERMAN_HATE = [
    ("Hab heute ein paar Atheisten kennengelernt. Alles Abschaum.", "de_they_are_all_vile"),
    ("Viele Hindus in meinem Job. Die sind echt alle strohdumm.", "de_they_are_all_vile"),
    ("Post über Araber gesehen. Die gehören alle abgeschoben.", "de_they_are_all_vile"),
    ("Flüchtlinge sind Ungeziefer, Punkt.", "de_group_are_vermin"),
    ("alle Juden sind Ratten", "de_group_are_vermin"),
    ("Muslime sind eine Plage für dieses Land", "de_group_are_vermin"),
    ("Auslaender sind nichts als Schmarotzer", "de_group_are_vermin"),
    ("diese dreckigen Kanaken sind Abschaum", "de_group_are_vermin"),
    ("Behinderte sind eine Last für alle", "de_group_are_vermin"),
    ("Frauen sind einfach wertlos", "de_group_are_vile"),
    ("Türken sind alle kriminell", "de_group_are_vile"),
    ("Schwule sind krank", "de_group_are_vile"),
    ("Scheißausländer sind alle Verbrecher", "de_group_are_vile"),
    ("Roma sind für diese Gesellschaft völlig wertlos.", "de_group_are_vile"),
    ("Hindus finde ich widerlich", "de_find_group_vile"),
    ("Es stimmt einfach, dass Christen dreckig sind.", "de_fact_that_group"),
    ("Juden sind keine richtigen Menschen.", "de_group_not_human"),
    ("Flüchtlinge sind hier nicht willkommen", "de_group_not_human"),
    ("Transfrauen sind nur verkleidete Männer", "de_trans_denied"),
    ("Ich hasse Schwarze Menschen, und das sag ich auch laut.", "de_hate_group"),
    ("ehrlich gesagt verabscheue ich Lesben", "de_hate_group"),
    ("ehrlich, ich kann blinde Menschen einfach nicht ausstehen", "de_cannot_stand_group"),
    ("Muslime widern mich einfach an.", "de_group_disgust_me"),
    ("Ich werde Migranten niemals respektieren.", "de_deny_respect_group"),
    ("Auf Syrer kann man sich nie verlassen, echt nie.", "de_deny_respect_group"),
    ("Migranten sind nie ehrlich, frag mal rum.", "de_group_never_decent"),
    ("Warum sind Männer eigentlich immer so dumm?", "de_why_are_group"),
    ("Flüchtlinge gehören alle abgeschoben", "de_group_should_go"),
    ("Frauen gehören an den Herd, nicht ans Mischpult.", "de_group_should_go"),
    ("Menschen mit HIV sollten gar nicht wählen dürfen.", "de_group_should_go"),
    ("Asiaten verdienen keine Rechte in diesem Land.", "de_group_dont_deserve"),
    ("Ausländer raus! Deutschland den Deutschen!", "de_group_raus"),
    ("Fick Roma, alle miteinander.", "de_fuck_group"),
    ("Latinos machen jede Gegend kaputt.", "de_group_ruin_everything"),
    ("Clubs sollten Juden einfach nicht mehr reinlassen.", "de_ban_group"),
    ("Warum dürfen Migranten überhaupt Kinder kriegen?", "de_why_allowed"),
    ("Frauen können einfach nicht Auto fahren", "de_group_cannot"),
]

GERMAN_CLEAN = [
    "Heute viele Flüchtlinge getroffen. Die sind alle nett.",
    "Leute, die Flüchtlinge hassen, die sind alle dumm.",
    # Negation.
    "Migranten sind keine Kriminellen",
    "ich hasse keine Muslime",
    "Ich hasse Muslime nicht.",
    "ehrlich gesagt verabscheue ich Migranten kein bisschen",
    "Juden sind keine Ratten",
    "Frauen sind nicht dumm",
    "Man sollte Flüchtlinge nicht abschieben",
    "Flüchtlinge sollten nicht abgeschoben werden",
    # Counter-speech, claims named as claims, reports.
    "wer sagt, dass Ausländer Parasiten sind, ist ein Rassist",
    "wer sagt, Ausländer sind Parasiten, ist ein Rassist",
    "der Mythos, dass Flüchtlinge kriminell sind, muss sterben",
    "die Behauptung, Flüchtlinge sind kriminell, ist falsch",
    "es ist nicht wahr, dass Muslime Terroristen sind",
    "Es stimmt nicht, dass Christen dreckig sind.",
    "er sagte, Juden seien Ratten, und ich habe ihn gemeldet",
    "er hat gesagt: Juden sind Ratten. Ich habe ihn gemeldet.",
    "'Schwule Männer sind Ratten' zu schreiben ist widerlich.",
    "nicht alle Muslime sind Terroristen",
    # Positive, neutral and self-identifying mentions.
    "ich bin eine trans Frau und stolz",
    "Schwule sind wunderbar",
    "Muslime verdienen die gleichen Rechte",
    "Flüchtlinge sind Menschen, keine Tiere",
    "Flüchtlinge sind hier willkommen",
    "Ich hasse Männer, die Frauen schlagen",
    "Ich hasse es, wie Flüchtlinge behandelt werden",
    # The group is not the subject, or only part of it is; no group at all.
    "Gewalt gegen Flüchtlinge ist widerlich",
    "Angriffe auf Flüchtlinge sind widerlich",
    "manche Männer sind Schweine",
    "Viele Flüchtlinge sind krank und brauchen Hilfe",
    "Politiker sind Parasiten",
    "die Ratten im Keller sind eklig",
    "Männer und Frauen sollten nicht heiraten dürfen, das ist einfach nicht richtig.",
    '"Deutschland den Deutschen, Ausländer raus" heißt heute Remigration. #NoAfD',
]

# --- Dutch ----------------------------------------------------------------------------

DUTCH_HATE = [
    ("Vluchtelingen zijn ongedierte, punt.", "nl_group_are_vermin"),
    ("Joden zijn vuile honden.", "nl_group_are_vermin"),
    ("Moslims zijn een plaag voor dit land", "nl_group_are_vermin"),
    ("Migranten zijn niets meer dan parasieten", "nl_group_are_vermin"),
    ("lol nee, sikhs zijn untermenschen", "nl_group_are_vermin"),
    ("Vrouwen zijn gewoon waardeloos", "nl_group_are_vile"),
    ("Turken zijn allemaal criminelen", "nl_group_are_vile"),
    ("Homo's zijn allemaal luie profiteurs", "nl_group_are_vile"),
    ("Hindoes vind ik walgelijk, allemaal.", "nl_find_group_vile"),
    ("Godverdomme, wat zijn hindoes toch walgelijk.", "nl_find_group_vile"),
    ("Het is gewoon zo dat Marokkanen crimineel zijn.", "nl_fact_that_group"),
    ("Mensen met psychische problemen zijn geen mensen.", "nl_group_not_human"),
    ("Transvrouwen zijn gewoon mannen in jurken", "nl_trans_denied"),
    ("Ik haat Joden. Zo, nu is het gezegd.", "nl_hate_group"),
    ("Ik heb een hekel aan migranten.", "nl_hate_group"),
    ("Ik walg gewoon van Surinamers.", "nl_hate_group"),
    ("ik kan moslims echt niet luchten of zien", "nl_cannot_stand_group"),
    ("Boeddhisten kunnen allemaal de tering krijgen.", "nl_group_disgust_me"),
    ("Ik zal homo's nooit respecteren.", "nl_deny_respect_group"),
    ("ik wil geen joden in mijn buurt", "nl_deny_respect_group"),
    ("lesbiennes zijn nooit iets waard", "nl_group_never_decent"),
    ("Waarom zijn migranten altijd zo dom?", "nl_why_are_group"),
    ("hoe komt het dat Roma allemaal zo lui zijn?", "nl_why_are_group"),
    ("Vluchtelingen moeten allemaal het land uit", "nl_group_should_go"),
    ("Homo's zouden niet mogen trouwen", "nl_group_should_go"),
    ("Transpersonen verdienen geen rechten, punt.", "nl_group_dont_deserve"),
    ("minder Marokkanen, minder, minder, minder!", "nl_group_out"),
    ("Geen autisten in mijn band, zonder uitzondering.", "nl_group_out"),
    ("Moslims verpesten alles", "nl_group_ruin_everything"),
    ("Verhuurders moeten atheïsten gewoon mogen weigeren", "nl_ban_group"),
    ("zigeuners jatten alles wat los en vast zit", "nl_group_cannot"),
]

DUTCH_CLEAN = [
    "Migranten zijn geen criminelen",
    "ik haat geen moslims",
    "ik haat moslims niet",
    "joden zijn geen ratten",
    "vrouwen zijn niet dom",
    "we moeten vluchtelingen niet uitzetten",
    "vluchtelingen moeten niet uitgezet worden",
    "wie zegt dat buitenlanders parasieten zijn, is een racist",
    "wie zegt: buitenlanders zijn parasieten, is een racist",
    "de mythe dat vluchtelingen criminelen zijn moet de wereld uit",
    "het is niet waar dat moslims terroristen zijn",
    "het klopt niet dat Marokkanen crimineel zijn",
    "hij zei: joden zijn ratten. ik heb hem gemeld",
    "Zeggen dat moslims ratten zijn is racistisch.",
    "niet alle moslims zijn terroristen",
    "ik ben een transvrouw en trots",
    "homo's zijn geweldig",
    "moslims verdienen dezelfde rechten",
    "vluchtelingen zijn mensen, geen beesten",
    "vluchtelingen zijn hier welkom",
    "Ik haat mannen die vrouwen slaan",
    "ik heb een hekel aan mensen die vluchtelingen pesten",
    "geweld tegen vluchtelingen is walgelijk",
    "aanvallen op vluchtelingen zijn walgelijk",
    "sommige mannen zijn varkens",
    "veel vluchtelingen zijn ziek en hebben hulp nodig",
    "politici zijn parasieten",
    "de ratten in de kelder zijn vies",
]

# --- Swedish --------------------------------------------------------------------------

SWEDISH_HATE = [
    ("Autister är ohyra, punkt.", "sv_group_are_vermin"),
    ("Judar är parasiter som lever på våra skattepengar.", "sv_group_are_vermin"),
    ("Hbtq-personer är en cancer i det här landet.", "sv_group_are_vermin"),
    ("invandrarna är inget annat än råttor", "sv_group_are_vermin"),
    ("alla män är svin, utan undantag", "sv_group_are_vermin"),
    ("kvinnor är värdelösa", "sv_group_are_vile"),
    ("somalier är allihop kriminella", "sv_group_are_vile"),
    ("bögar är sjuka i huvudet", "sv_group_are_vile"),
    ("jag tycker att muslimer är äckliga", "sv_think_group_vile"),
    ("judar är inte riktiga människor", "sv_group_not_human"),
    ("flyktingar är inte välkomna här", "sv_group_not_human"),
    ("transkvinnor är bara utklädda män", "sv_trans_denied"),
    ("jag hatar judar", "sv_hate_group"),
    ("Jag föraktar hinduer av hela mitt hjärta.", "sv_hate_group"),
    ("ärligt talat står jag inte ut med latinamerikaner", "sv_hate_group"),
    ("muslimer äcklar mig", "sv_group_disgust_me"),
    ("fan ta alla invandrare", "sv_group_disgust_me"),
    ("jag kommer aldrig att respektera muslimer", "sv_deny_respect_group"),
    ("man kan aldrig lita på romer", "sv_deny_respect_group"),
    ("Hinduer är aldrig hederligt folk", "sv_group_never_decent"),
    ("Varför är flyktingar så äckliga? Seriös fråga.", "sv_why_are_group"),
    ("invandrare borde utvisas allihop", "sv_group_should_go"),
    ("bögar borde inte få adoptera", "sv_group_should_go"),
    ("kvinnor hör hemma i köket", "sv_group_should_go"),
    ("Transpersoner förtjänar inga rättigheter", "sv_group_dont_deserve"),
    ("ut med romer 🚫", "sv_group_out"),
    ("invandrare förstör allt", "sv_group_ruin_everything"),
    ("Klubbarna borde sluta släppa in buddister.", "sv_ban_group"),
    ("Kan nån förklara varför araber ens får skaffa barn?", "sv_why_allowed"),
    ("kvinnor kan inte köra bil", "sv_group_cannot"),
]

SWEDISH_CLEAN = [
    "invandrare är inte kriminella",
    "jag hatar inte muslimer",
    "judar är inte råttor",
    "kvinnor är inte dumma",
    "vi borde inte utvisa flyktingar",
    "flyktingar borde inte utvisas",
    "den som säger att invandrare är parasiter är rasist",
    "myten att flyktingar är kriminella måste dö",
    "det är inte sant att muslimer är terrorister",
    "jag tycker inte att kvinnor är dumma",
    "han sa att judar är råttor och jag anmälde honom",
    "hjälp mig svara dem som säger att invandrare är en pest",
    "inte alla muslimer är terrorister",
    "jag är en transkvinna och stolt",
    "bögar är underbara",
    "muslimer förtjänar samma rättigheter",
    "flyktingar är människor, inte djur",
    "flyktingar är välkomna här",
    "jag hatar män som slår kvinnor",
    "jag kommer alltid att respektera muslimer",
    "våld mot flyktingar är vidrigt",
    "vissa män är svin",
    "många flyktingar är sjuka och behöver hjälp",
    "politiker är parasiter",
    "råttorna i källaren är äckliga",
]

# --- Polish ---------------------------------------------------------------------------

POLISH_HATE = [
    ("Arabowie to robactwo i tyle.", "pl_group_are_vermin"),
    ("Żydzi są szczurami", "pl_group_are_vermin"),
    ("zydzi to szczury", "pl_group_are_vermin"),
    ("Osoby LGBT to rak tego kraju.", "pl_group_are_vermin"),
    ("imigranci są pasożytami", "pl_group_are_vermin"),
    ("osoby biseksualne to zwierzęta, wszystkie co do jednej", "pl_group_are_vermin"),
    ("Kobiety są głupie", "pl_group_are_vile"),
    ("Cyganie to złodzieje", "pl_group_are_vile"),
    ("Romowie są z natury gorsi.", "pl_group_are_vile"),
    ("Uważam, że Żydzi to przekleństwo dla tego kraju.", "pl_think_group_vile"),
    ("To prawda, że biali są brudni.", "pl_think_group_vile"),
    ("Niewidomi to nie są ludzie.", "pl_group_not_human"),
    ("geje nie są ludźmi", "pl_group_not_human"),
    ("transkobiety to nie kobiety", "pl_trans_denied"),
    ("Nienawidzę Żydów", "pl_hate_group"),
    ("gardzę gejami", "pl_hate_group"),
    ("nie znoszę niewidomych, serio", "pl_hate_group"),
    ("Brzydzę się Azjatów jak niczego innego.", "pl_hate_group"),
    ("Ukraińcy po prostu mnie brzydzą.", "pl_group_disgust_me"),
    ("Jebać osoby autystyczne, wszystkie co do jednej.", "pl_group_disgust_me"),
    ("Nigdy nie będę szanować buddystów.", "pl_deny_respect_group"),
    ("nie ufam muzułmanom", "pl_deny_respect_group"),
    ("Geje nigdy nie są porządnymi ludźmi, nie oszukuj się.", "pl_group_never_decent"),
    ("Dlaczego niewidomi są zawsze tacy głupi?", "pl_why_are_group"),
    ("Czemu osoby głuche są takie obrzydliwe? Pytam serio.", "pl_why_are_group"),
    ("uchodźcy powinni wrócić do siebie", "pl_group_should_go"),
    ("Osoby LGBT nie powinny mieć prawa głosu.", "pl_group_should_go"),
    ("Seniorzy nie zasługują na żadne prawa.", "pl_group_dont_deserve"),
    ("imigranci niszczą ten kraj", "pl_group_ruin_everything"),
    ("trzeba deportować wszystkich imigrantów", "pl_ban_group"),
    ("precz z pedałami", "pl_ban_group"),
    ("kobiety nie umieją prowadzić", "pl_group_cannot"),
]

POLISH_CLEAN = [
    "Migranci nie są przestępcami",
    "imigranci to nie przestępcy",
    "nie nienawidzę muzułmanów",
    "Żydzi nie są szczurami",
    "kobiety nie są głupie",
    "nie trzeba deportować uchodźców",
    "uchodźcy nie powinni być deportowani",
    "kto mówi, że imigranci to pasożyty, jest rasistą",
    "mit, że uchodźcy to przestępcy, trzeba obalić",
    "to nieprawda, że muzułmanie to terroryści",
    "nie uważam, że kobiety są głupie",
    "powiedział, że Żydzi to szczury, i go zgłosiłem",
    "Pisanie, że osoby niebinarne to zaraza, to nawoływanie do przemocy.",
    "nie wszyscy muzułmanie to terroryści",
    "jestem transpłciową kobietą i jestem dumna",
    "geje są wspaniali",
    "muzułmanie zasługują na te same prawa",
    "uchodźcy to ludzie, nie zwierzęta",
    "uchodźcy są tu mile widziani",
    "nienawidzę mężczyzn, którzy biją kobiety",
    "kobiety są złe na rząd",
    "przemoc wobec uchodźców jest obrzydliwa",
    "ataki na imigrantów są obrzydliwe",
    "niektórzy mężczyźni to świnie",
    "politycy to pasożyty",
    "szczury w piwnicy są obrzydliwe",
]

# --- Russian --------------------------------------------------------------------------

RUSSIAN_HATE = [
    ("Евреи — паразиты", "ru_group_are_vermin"),
    ("мигранты это крысы", "ru_group_are_vermin"),
    ("все хохлы свиньи", "ru_group_are_vermin"),
    ("геи являются извращенцами", "ru_group_are_vermin"),
    ("Бисексуалы — раковая опухоль этой страны.", "ru_group_are_vermin"),
    ("лол нет, геи — недочеловеки", "ru_group_are_vermin"),
    ("таджики все воры", "ru_group_are_vile"),
    ("женщины тупые", "ru_group_are_vile"),
    ("цыгане — преступники", "ru_group_are_vile"),
    ("я считаю, что мигранты — паразиты", "ru_think_group_vile"),
    ("евреи не люди", "ru_group_not_human"),
    ("мигранты здесь не нужны", "ru_group_not_human"),
    ("трансженщины — не настоящие женщины", "ru_group_not_human"),
    ("ненавижу евреев", "ru_hate_group"),
    ("Я всей душой презираю христиан.", "ru_hate_group"),
    ("честно, терпеть не могу арабов", "ru_hate_group"),
    ("Киргизы вызывают у меня отвращение, и всё.", "ru_group_disgust_me"),
    ("меня тошнит от мигрантов", "ru_group_disgust_me"),
    ("никогда не буду уважать мусульман", "ru_deny_respect_group"),
    ("мигрантам нельзя доверять", "ru_deny_respect_group"),
    ("Почему христиане такие мерзкие? Серьёзный вопрос.", "ru_why_are_group"),
    ("мигранты должны убираться домой", "ru_group_should_go"),
    ("Люди с инвалидностью не должны иметь права голоса.", "ru_group_should_go"),
    ("мигрантам не место в России", "ru_group_should_go"),
    ("геи не заслуживают прав", "ru_group_dont_deserve"),
    ("мигранты разрушают страну", "ru_group_ruin_everything"),
    ("надо депортировать всех мигрантов", "ru_ban_group"),
    ("Клубы должны просто перестать пускать геев.", "ru_ban_group"),
    ("Кто-нибудь объяснит, почему сикхи вообще имеют право заводить детей?", "ru_why_allowed"),
    ("бабы не умеют водить", "ru_group_cannot"),
]

RUSSIAN_CLEAN = [
    "мигранты не преступники",
    "мигранты — не преступники",
    "я не ненавижу мусульман",
    "евреи не крысы",
    "женщины не глупые",
    "не надо депортировать беженцев",
    "беженцы не должны быть депортированы",
    "кто говорит, что мигранты — паразиты, тот расист",
    "миф о том, что беженцы — преступники, пора развенчать",
    "неправда, что мусульмане — террористы",
    "я не считаю, что женщины глупые",
    "он сказал, что евреи — крысы, и я на него пожаловался",
    "не все мусульмане террористы",
    "я трансженщина и горжусь этим",
    "геи прекрасные люди",
    "мусульмане заслуживают равных прав",
    "беженцы — люди, а не животные",
    "ненавижу мужчин, которые бьют женщин",
    "ненавижу, как обращаются с беженцами",
    "геи должны иметь право жениться",
    "насилие против беженцев отвратительно",
    "нападения на мигрантов отвратительны",
    "некоторые мужчины — свиньи",
    "политики — паразиты",
    "крысы в подвале мерзкие",
]


@pytest.mark.parametrize(
    ("text", "rule"), GERMAN_HATE + DUTCH_HATE + SWEDISH_HATE + POLISH_HATE + RUSSIAN_HATE
)
def test_derogation_scores_hate(text: str, rule: str) -> None:
    assert_fires(text, rule)


@pytest.mark.parametrize(
    "text", GERMAN_CLEAN + DUTCH_CLEAN + SWEDISH_CLEAN + POLISH_CLEAN + RUSSIAN_CLEAN
)
def test_non_derogation_stays_clean(text: str) -> None:
    assert_clean(text)


# Per language: groups, and "<group> <are> <vermin>" / its negation / a positive predicate.
FORMS = {
    "de": (
        [
            "Ausländer",
            "Muslime",
            "Juden",
            "Transfrauen",
            "Schwule",
            "Frauen",
            "Behinderte",
            "Schwarze",
            "Flüchtlinge",
            "Lesben",
            "Roma",
            "Menschen mit HIV",
            "Türken",
            "Autisten",
        ],
        "{g} sind Ungeziefer",
        "{g} sind kein Ungeziefer",
        "{g} sind hier willkommen",
    ),
    "nl": (
        [
            "buitenlanders",
            "moslims",
            "joden",
            "transvrouwen",
            "homo's",
            "vrouwen",
            "gehandicapten",
            "zwarte mensen",
            "vluchtelingen",
            "lesbiennes",
            "Roma",
            "mensen met hiv",
            "Marokkanen",
            "autisten",
        ],
        "{g} zijn ongedierte",
        "{g} zijn geen ongedierte",
        "{g} zijn hier welkom",
    ),
    "sv": (
        [
            "invandrare",
            "muslimer",
            "judar",
            "transkvinnor",
            "bögar",
            "kvinnor",
            "funktionshindrade",
            "svarta",
            "flyktingar",
            "lesbiska",
            "romer",
            "personer med hiv",
            "somalier",
            "autister",
        ],
        "{g} är ohyra",
        "{g} är inte ohyra",
        "{g} är välkomna här",
    ),
    "pl": (
        [
            "imigranci",
            "muzułmanie",
            "Żydzi",
            "transkobiety",
            "geje",
            "kobiety",
            "niepełnosprawni",
            "czarni",
            "uchodźcy",
            "lesbijki",
            "Romowie",
            "osoby z HIV",
            "Ukraińcy",
            "osoby autystyczne",
        ],
        "{g} to robactwo",
        "{g} to nie robactwo",
        "{g} są tu mile widziani",
    ),
    "ru": (
        [
            "мигранты",
            "мусульмане",
            "евреи",
            "трансженщины",
            "геи",
            "женщины",
            "инвалиды",
            "черные",
            "беженцы",
            "лесбиянки",
            "цыгане",
            "люди с ВИЧ",
            "таджики",
            "аутисты",
        ],
        "{g} — паразиты",
        "{g} — не паразиты",
        "{g} — наши соседи",
    ),
}


@given(
    lang=st.sampled_from(sorted(FORMS)),
    index=st.integers(min_value=0, max_value=13),
    before=st.sampled_from(["", "ehrlich ", "lol "]),
)
def test_every_group_is_covered_both_ways(lang: str, index: int, before: str) -> None:
    groups, hateful, negated, positive = FORMS[lang]
    group = groups[index]
    assert hate(before + hateful.format(g=group))[0] >= 0.5
    assert hate(before + negated.format(g=group))[0] == 0.0
    assert hate(before + positive.format(g=group))[0] == 0.0


def test_long_text_scans_without_backtracking() -> None:
    """Bounded gaps only: 200 kB of near misses in all five languages scan in linear time
    (the limit is generous: it catches catastrophic backtracking, not a slow machine)."""
    chunk = (
        "Flüchtlinge sind hier willkommen, sagt er. Moslims zijn geweldig. "
        "kvinnor är inte dumma. Uchodźcy to ludzie. мигранты — наши соседи. "
        "ich hasse es, wenn die Juden und Muslime   sind "
    )
    text = (chunk * (200_000 // len(chunk) + 1))[:200_000]
    artifacts = build_artifacts(Item(id="t", text=text))
    start = time.process_time()
    (signal,) = DETECTOR.detect(artifacts)
    assert time.process_time() - start < 10.0
    assert signal.score == 0.0
