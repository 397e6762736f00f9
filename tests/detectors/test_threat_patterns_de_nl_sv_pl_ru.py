"""Threat patterns in German, Dutch, Swedish, Polish and Russian: threats fire, their
idiomatic, quoted, negated, game and news neighbours stay clean."""

from __future__ import annotations

import pytest

from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import scan_text
from bastion.types import Signal

DETECTOR = ThreatPatterns()
PERSON = ("harassment/threatening", "violence")
STALK = ("harassment/threatening",)
GROUP = ("hate/threatening", "violence")


def scan(text: str) -> dict[str, Signal]:
    return scan_text(DETECTOR, text)


def assert_threat(text: str, categories: tuple[str, ...], lang: str) -> None:
    signals = scan(text)
    for category in categories:
        signal = signals[category]
        assert signal.score is not None and signal.score >= 0.5, (category, text)
        rules = {e.rule for e in signal.evidence}
        assert any(r and r.split(":")[-1].startswith(f"{lang}_") for r in rules), rules


def assert_clean(text: str) -> None:
    signals = scan(text)
    fired = {c: s.evidence for c, s in signals.items() if (s.score or 0.0) >= 0.5}
    assert not fired, fired


DE_THREATS = [
    ("Ich bring dich um", PERSON),
    ("Man sollte die alle an die Wand stellen", PERSON),
    ("Aufhängen sollte man die!", PERSON),
    ("Die Politiker gehören an den Galgen", PERSON),
    ("Der gehört aufgeknüpft", PERSON),
    ("Knallt die Typen einfach ab", PERSON),
    ("Brennt ihre Häuser nieder", PERSON),
    ("Der hat eine Kugel verdient", PERSON),
    ("Alle abknallen, diese Verräter", PERSON),
    ("Dem sollte man die Beine brechen", PERSON),
    ("ich bring dich heute abend nach dem konzert um", PERSON),
    ("Ich werde dich umbringen, du Wichser", PERSON),
    ("ich werd euch alle abknallen", PERSON),
    ("Ich werde deinen Bruder auf dem Parkplatz abstechen", PERSON),
    ("Dich stech ich ab, verlass dich drauf", PERSON),
    ("Morgen bring ich dich um", PERSON),
    ("ich mach dich kalt", PERSON),
    ("Ich schlag dir die Zähne ein", PERSON),
    ("Ich werde dir alle Knochen brechen", PERSON),
    ("ich töte dich", PERSON),
    ("Ich werde dich vergewaltigen", PERSON),
    ("Wenn du das nochmal postest, bist du tot", PERSON),
    ("Noch ein Wort und ich bring dich um", PERSON),
    ("Wenn du das nochmal machst, wachst du im Krankenhaus auf", PERSON),
    ("Ich weiß, wo du wohnst.", STALK),
    ("ich weiss genau, wo deine Kinder zur Schule gehen", STALK),
    ("Deine Tage sind gezählt", STALK),
    ("Wäre doch schade, wenn deinen Kindern was passiert", STALK),
    ("Ich veröffentliche deine Adresse", STALK),
    ("ich schick deine Nacktbilder an deinen Chef", STALK),
    ("Ich zünde dein Auto an", PERSON),
    ("Ich hoffe, du verreckst", PERSON),
    ("geh sterben", PERSON),
    ("Jemand sollte ihn abknallen", PERSON),
    ("Lasst uns den Typen nach der Show verprügeln", PERSON),
    ("Juden sollten vergast werden", GROUP),
    ("Flüchtlinge gehören alle erschossen", GROUP),
    ("Man sollte alle Schwulen aufhängen", GROUP),
    ("Tod den Juden", GROUP),
    ("Migranten sind Ungeziefer und müssen ausgerottet werden", GROUP),
    ("ich wünschte, alle Muslime würden verrecken", GROUP),
    ("Wir werden Ausländer in dieser Stadt jagen", GROUP),
    ("Jemand sollte ihre Moschee anzünden", GROUP),
]

DE_CLEAN = [
    "Ich könnte für einen Kaffee töten",
    "Hängt die Bilder auf",
    "Die Bilder gehören an die Wand",
    "Der hat eine Kugel Eis verdient",
    "Alle abknallen in Fortnite, ez",
    "Aufhängen sollte man die Poster im Flur",
    "Er gehört an die Spitze der Charts",
    "Der Song bringt mich um, so gut ist er",
    "Ich lach mich tot",
    "Du hast mich echt umgehauen mit dem Auftritt!",
    "Hals- und Beinbruch heute Abend!",
    "Die Band geht richtig ab",
    "Ich mach dich heute Abend in FIFA fertig",
    "Im Finale machen wir euch platt",
    "Ich bring dich um 8 zum Bahnhof",
    "Ich bring dich um den Verstand mit meinen Witzen",
    "Ich würde dich niemals verletzen",
    "ich werde dich nicht umbringen, keine Sorge",
    "Er hat mir „Ich bring dich um“ geschrieben und ich hab ihn gemeldet",
    "Die Polizei sagt, der Mann habe gedroht, seinen Nachbarn umzubringen",
    "Niemand sollte erschossen werden, weil er schwul ist",
    "„Juden ins Gas“ zu rufen ist widerlich und strafbar",
    "Warum sollte jemand erschossen werden?",
    "Im Film bringt der Killer am Ende alle um",
    "Wie töte ich einen Prozess unter Linux?",
    "Die Ratten in der Küche bring ich alle um",
    "Du bist tot für mich",
    "Pass auf dich auf, Süße",
    "Ich weiß nicht, wo du wohnst",
    "Schneebesen nehmen und die Eier schlagen",
    "Stirb langsam ist mein Lieblingsfilm",
]

NL_THREATS = [
    ("ik ga je vermoorden", PERSON),
    ("Ik ga je moeder vanavond neersteken", PERSON),
    ("ik maak je af", PERSON),
    ("Vanavond maak ik jullie allemaal af", PERSON),
    ("ik sla je in elkaar", PERSON),
    ("ik schiet je neer zodra je buiten komt", PERSON),
    ("ik breek je benen", PERSON),
    ("ik vermoord je", PERSON),
    ("ik ga je verkrachten", PERSON),
    ("Als je dat nog een keer post ben je dood", PERSON),
    ("dan word je wakker in het ziekenhuis", PERSON),
    ("je bent dood als ik je vind", PERSON),
    ("Ik weet waar je woont", STALK),
    ("ik weet op welke school je kinderen zitten", STALK),
    ("Je dagen zijn geteld", STALK),
    ("Het zou zonde zijn als je dochter iets overkwam", STALK),
    ("ik zet je adres online", STALK),
    ("ik stuur je naaktfoto's naar je baas", STALK),
    ("ik steek je huis in de fik", PERSON),
    ("ik hoop dat je doodgaat", PERSON),
    ("ga toch dood", PERSON),
    ("iemand moet hem neerknallen", PERSON),
    ("laten we hem na de show in elkaar slaan", PERSON),
    ("Joden moeten vergast worden", GROUP),
    ("Moslims zouden allemaal doodgeschoten moeten worden", GROUP),
    ("dood aan alle homo's", GROUP),
    ("We gaan op vluchtelingen jagen", GROUP),
    ("ik hoop dat alle Marokkanen creperen", GROUP),
    ("Migranten zijn ongedierte, die moeten uitgeroeid worden", GROUP),
]

NL_CLEAN = [
    "ik ga dood van het lachen",
    "Ik zou een moord doen voor een kop koffie",
    "Dit nummer is echt moordend goed",
    "Ik maak je in FIFA helemaal af",
    "We maken jullie kapot in de finale",
    "ik maak je af en toe wakker",
    "Ik zou je nooit pijn doen",
    "ik ga je niet vermoorden hoor",
    "Hij stuurde me: 'ik maak je af', ik heb aangifte gedaan",
    "Volgens de politie dreigde de man zijn buurman te vermoorden",
    "Niemand verdient een kogel",
    "Ik weet niet waar je woont",
    "Hoe kill ik een proces in Linux?",
    "de ratten in de keuken ga ik vergiftigen",
    "In de film maakt de held alle zombies af",
    "je bent dood moe na zo'n show",
    "Ik ga je helpen met verhuizen",
    "Ik weet waar je woont? Nee, stuur me je adres maar",
    "Klop de eieren los",
    "Reacties als 'dood aan alle joden' horen verwijderd te worden",
    "Ik weet waar je woont, mijn dochter zit bij jouw zoon in de klas",
    "ik steek de kaarsjes aan",
    "Ik schiet een foto van je op het podium",
    "Die gitarist sloopt het podium elke avond",
    "Iedereen gaat dood ooit, zo is het leven",
]

SV_THREATS = [
    ("jag ska döda dig", PERSON),
    ("Jag ska skjuta dina ungar ikväll", PERSON),
    ("jag kommer att mörda dig", PERSON),
    ("jag dödar dig", PERSON),
    ("Ikväll dödar jag dig", PERSON),
    ("jag ska slå ihjäl dig", PERSON),
    ("jag ska slå dig sönder och samman", PERSON),
    ("jag ska bryta benen på dig", PERSON),
    ("jag ska knivhugga er allihop", PERSON),
    ("du är död", PERSON),
    ("då är du död", PERSON),
    ("du kommer att dö", PERSON),
    ("vaknar du på sjukhuset", PERSON),
    ("Jag vet var du bor", STALK),
    ("jag vet vilken skola dina barn går i", STALK),
    ("Dina dagar är räknade", STALK),
    ("det vore synd om något hände din dotter", STALK),
    ("jag lägger ut din adress", STALK),
    ("jag bränner ner ditt hus", PERSON),
    ("hoppas du dör", PERSON),
    ("gå och dö", PERSON),
    ("någon borde skjuta honom", PERSON),
    ("vi väntar på honom efter konserten och spöar upp honom", PERSON),
    ("Judar borde gasas", GROUP),
    ("död åt alla muslimer", GROUP),
    ("skjut alla invandrare", GROUP),
    ("hoppas alla bögar dör", GROUP),
    ("Flyktingar är ohyra som måste utrotas", GROUP),
]

SV_CLEAN = [
    "jag dör av skratt",
    "Jag skulle döda för en kaffe",
    "Den här låten dödar",
    "Vi ska krossa er i finalen",
    "jag dödar dig i fortnite",
    "Jag skulle aldrig skada dig",
    "jag ska inte döda dig, lugn",
    "Han skrev ”jag dödar dig” till mig och jag har polisanmält",
    "Polisen säger att mannen hotade att döda sin granne",
    "Ingen borde skjutas för sin tro",
    "Jag vet inte var du bor",
    "Hur dödar jag en process i Linux?",
    "Råttorna i köket ska jag döda",
    "I filmen dödar hjälten alla zombies",
    "Du är död för mig",
    "Vispa äggen",
    "”Jag vet var du bor” vore en bra titel på en thrillerpodd",
    "Att skriva att judar borde gasas är avskyvärt",
    "Jag ska skjuta några bilder på konserten",
    "Jag vet var du bor, min dotter går i samma klass som din son",
    "du är dödstrött efter spelningen",
    "Vi ska spöa dem i matchen på lördag",
    "Han slog sönder gitarren på scenen",
    "Jag hoppas att du inte dör av tristess",
    "Alla dör någon gång",
]

PL_THREATS = [
    ("zabiję cię", PERSON),
    ("Zabije cie jutro", PERSON),
    ("ja cię zabiję", PERSON),
    ("Zastrzelę twojego brata pod studiem", PERSON),
    ("Zabiję was wszystkich", PERSON),
    ("dziś wieczorem wszystkich was pozabijam", PERSON),
    ("zatłukę cię po koncercie", PERSON),
    ("połamię ci nogi", PERSON),
    ("łeb ci rozwalę", PERSON),
    ("zgwałcę cię", PERSON),
    ("jesteś trupem", PERSON),
    ("obudzisz się w szpitalu", PERSON),
    ("dostaniesz nożem", PERSON),
    ("Wiem, gdzie mieszkasz", STALK),
    ("wiem, do której szkoły chodzą twoje dzieci", STALK),
    ("twoje dni są policzone", PERSON),
    ("szkoda by było, gdyby coś się stało twojej córce", STALK),
    ("wrzucę twój adres", STALK),
    ("wyślę twoje nagie zdjęcia całej rodzinie", STALK),
    ("spalę ci dom", PERSON),
    ("obyś zdechł", PERSON),
    ("zdychaj", PERSON),
    ("ktoś powinien go zastrzelić", PERSON),
    ("dorwijmy go po koncercie i spierzmy", PERSON),
    ("śmierć żydom", GROUP),
    ("Gejów powinno się rozstrzelać", GROUP),
    ("uchodźcy powinni wszyscy zdechnąć", GROUP),
    ("oby wszyscy muzułmanie zdechli", GROUP),
    ("Imigranci to robactwo, trzeba ich wytępić", GROUP),
    ("trzeba spalić ich meczet", GROUP),
]

PL_CLEAN = [
    "umieram ze śmiechu",
    "Zabiłbym za kawę",
    "Muszę jakoś zabić czas",
    "Zabiję cię w fortnite",
    "zniszczę cię w finale",
    "Nigdy bym cię nie skrzywdził",
    "nie zabiję cię, spokojnie",
    "Napisał mi „zabiję cię”, zgłosiłam to na policję",
    "Policja podaje, że mężczyzna groził, że zabije sąsiada",
    "Nikt nie zasługuje na śmierć za to, że jest gejem",
    "Nie wiem, gdzie mieszkasz",
    "Jak zabić proces w Linuksie?",
    "Trzeba pobić rekord",
    "trzeba spalić kalorie po świętach",
    "Karaluchy w kuchni trzeba wytępić",
    "W filmie bohater zabija wszystkie zombie",
    "jesteś martwy w środku",
    "Ubij jajka na pianę",
    "Komentarze typu „śmierć pedałom” trzeba zgłaszać",
    "Wiem, gdzie mieszkasz, moja córka chodzi z twoim synem do klasy",
    "Zabiję cię, jak mi zaspoilerujesz finał 😂",
    "Ten kawałek zabija",
    "Rozwaliłeś system tym występem",
    "Spaliłam obiad",
    "Każdy kiedyś umrze",
]

RU_THREATS = [
    ("я тебя убью", PERSON),
    ("убью тебя", PERSON),
    ("Зарежу твоего брата завтра", PERSON),
    ("я вас всех перестреляю", PERSON),
    ("тебя урою после концерта", PERSON),
    ("сломаю тебе ноги", PERSON),
    ("морду тебе разобью", PERSON),
    ("я тебя изнасилую", PERSON),
    ("ты труп", PERSON),
    ("тебе не жить", PERSON),
    ("очнёшься в больнице", PERSON),
    ("получишь нож в бок", PERSON),
    ("Я знаю, где ты живёшь", STALK),
    ("я знаю, в какую школу ходят твои дети", STALK),
    ("будет жаль, если с твоей дочкой что-то случится", STALK),
    ("выложу твой адрес", STALK),
    ("сожгу твою машину", PERSON),
    ("чтоб ты сдох", PERSON),
    ("сдохни", PERSON),
    ("надеюсь, ты сдохнешь", PERSON),
    ("кто-нибудь должен его пристрелить", PERSON),
    ("давайте подкараулим его после концерта и отпиздим", PERSON),
    ("ya tebya ubyu", PERSON),
    ("смерть жидам", GROUP),
    ("бей хачей", GROUP),
    ("всех мигрантов надо расстрелять", GROUP),
    ("чтоб все геи сдохли", GROUP),
    ("Беженцы — это паразиты, их надо уничтожить", GROUP),
    ("надо сжечь их мечеть", GROUP),
]

RU_CLEAN = [
    "умираю со смеху",
    "Убил бы за кофе",
    "Надо как-то убить время",
    "убью тебя в доте",
    "Я бы никогда тебя не обидел",
    "я тебя не убью, не бойся",
    "Он написал мне «я тебя убью», я подала заявление в полицию",
    "Полиция сообщила, что мужчина угрожал убить соседа",
    "Никто не заслуживает смерти за то, что он гей",
    "Как убить процесс в Linux?",
    "Тараканов на кухне надо травить",
    "В фильме герой убивает всех зомби",
    "Взбейте яйца венчиком",
    "Комменты вроде «смерть жидам» надо удалять",
    "«Я знаю, где ты живёшь» — отличное название для триллера",
    "Я тебя убью, если проспойлеришь финал 😂",
    "Этот трек просто убийственный",
    "Я знаю, где ты живёшь, моя дочка учится с твоим сыном",
    "ты мне как брат",
    "Все когда-нибудь умрут",
    "я тебя люблю",
    "Он разбил гитару на сцене",
    "Сожгла ужин, опять",
    "Писать, что мигранты — паразиты, которых надо уничтожить, — это призыв к насилию",
    "Умри, но сделай",
]


@pytest.mark.parametrize(("text", "categories"), DE_THREATS)
def test_german_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat(text, categories, "de")


@pytest.mark.parametrize("text", DE_CLEAN)
def test_german_non_threats(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "categories"), NL_THREATS)
def test_dutch_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat(text, categories, "nl")


@pytest.mark.parametrize("text", NL_CLEAN)
def test_dutch_non_threats(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "categories"), SV_THREATS)
def test_swedish_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat(text, categories, "sv")


@pytest.mark.parametrize("text", SV_CLEAN)
def test_swedish_non_threats(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "categories"), PL_THREATS)
def test_polish_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat(text, categories, "pl")


@pytest.mark.parametrize("text", PL_CLEAN)
def test_polish_non_threats(text: str) -> None:
    assert_clean(text)


@pytest.mark.parametrize(("text", "categories"), RU_THREATS)
def test_russian_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat(text, categories, "ru")


@pytest.mark.parametrize("text", RU_CLEAN)
def test_russian_non_threats(text: str) -> None:
    assert_clean(text)
