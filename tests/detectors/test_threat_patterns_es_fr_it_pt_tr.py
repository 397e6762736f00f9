"""Threats in Spanish, French, Italian, Portuguese and Turkish: constructions, not sentences.

Each language has threats (direct, conditional, veiled, exposure, death wishes, calls on
others, calls for violence against identity groups) that must score >= 0.5 in their
categories with evidence from that language's entries, and paired non-threats (idioms,
games, quotes, news, negation, condemnation, cooking, pests) that must stay < 0.5.
"""

from __future__ import annotations

import pytest

from bastion.detectors.threats import ThreatPatterns
from bastion.testing.scan import scan_text
from bastion.types import Signal

DETECTOR = ThreatPatterns()

PERSON = ("harassment/threatening", "violence")
"""A threat of violence against a person (or a call to hurt one, or a death wish)."""
WARNING = ("harassment/threatening",)
"""A threat to expose or stalk, a veiled warning: harassment/threatening at least."""
GROUP = ("hate/threatening", "violence")
"""A call for, or wish of, violence against an identity group."""


def scan(text: str) -> dict[str, Signal]:
    return scan_text(DETECTOR, text)


def assert_threat(lang: str, text: str, categories: tuple[str, ...]) -> None:
    signals = scan(text)
    for category in categories:
        signal = signals[category]
        assert signal.score is not None and signal.score >= 0.5, (category, text)
        rules = {e.rule for e in signal.evidence}
        assert any(r and r.split(":")[-1].startswith(f"{lang}_") for r in rules), (rules, text)


def assert_clean(text: str) -> None:
    signals = scan(text)
    fired = {c: s.score for c, s in signals.items() if s.score is not None and s.score >= 0.5}
    assert not fired, (fired, [e.rule for s in signals.values() for e in s.evidence])


# --- Spanish ------------------------------------------------------------------------------

ES_THREATS = [
    ("te voy a matar", PERSON),
    ("Te voy a matar, hijo de puta", PERSON),
    ("voy a matarte esta noche después del concierto", PERSON),
    ("te mato como te vuelva a ver por el barrio", PERSON),
    ("si vuelves a escribirme te juro que te mato", PERSON),
    ("Voy a apuñalar a tu hermano en el parking", PERSON),
    ("voy a matar a toda tu familia", PERSON),
    ("os voy a matar a todos", PERSON),
    ("Voy a acribillar a cada uno de vosotros detrás del recinto", PERSON),
    ("te rajo a la salida del cole", PERSON),
    ("mataré a tu novia, lo juro", PERSON),
    ("te voy a partir la cara en cuanto te vea", PERSON),
    ("voy a romperte las piernas para que no vuelvas a subir a un escenario", PERSON),
    ("te voy a dar una paliza que no te va a reconocer ni tu madre", PERSON),
    ("te pego un tiro en cuanto bajes del coche", PERSON),
    ("te reviento la cabeza, cabrón", PERSON),
    ("te voy a hacer sangrar", PERSON),
    ("te voy a violar", PERSON),
    ("Esta noche te voy a destrozar, en la puerta de tu casa", PERSON),
    ("le voy a partir las piernas a tu novio", PERSON),
    ("te quemo la casa con tu familia dentro", PERSON),
    ("tu coche arde esta noche", PERSON),
    ("Estás muerto. ¿Me oyes? Muerto.", WARNING),
    ("eres hombre muerto", WARNING),
    ("una palabra más y date por muerto", WARNING),
    ("vuelve a asomarte por el club y te vas a despertar en el hospital", PERSON),
    ("tu madre te va a tener que identificar en la morgue", PERSON),
    ("sé dónde vives", WARNING),
    ("se donde vives y donde trabajas", WARNING),
    ("Sé a qué colegio van tus hijos", WARNING),
    ("tus días están contados", WARNING),
    ("sería una pena que a tu hija le pasara algo", WARNING),
    ("Sería una pena que tu coche ardiera esta noche", WARNING),
    ("llevo semanas siguiéndote hasta casa y ni te has dado cuenta", WARNING),
    ("me las vas a pagar, te lo juro", WARNING),
    ("Voy a publicar tu dirección para que todo el mundo te visite", WARNING),
    ("voy a mandar tus fotos desnuda a toda tu familia", WARNING),
    ("le mando tus mensajes a tu novia si no me contestas", WARNING),
    ("Ojalá te mueras", PERSON),
    ("ojalá te atropelle un autobús de camino al estudio", PERSON),
    ("muérete ya, @lacumbiera", PERSON),
    ("vete a morir, basura", PERSON),
    ("mereces morir", PERSON),
    ("alguien debería pegarle un tiro a ese cabrón", PERSON),
    ("que alguien lo mate ya", PERSON),
    ("hay que darle una paliza a la salida", PERSON),
    ("muerte a los judíos", GROUP),
    ("hay que matar a todos los inmigrantes", GROUP),
    ("Vamos a quemar a esos putos moros", GROUP),
    ("A los gitanos habría que fusilarlos en la plaza del pueblo.", GROUP),
    ("Los negros deberían arder en la hoguera.", GROUP),
    ("los maricones merecen morir", GROUP),
    ("Todas las mujeres deberían ser violadas", GROUP),
    ("ojalá se mueran todos los refugiados", GROUP),
    ("Los musulmanes son ratas y hay que exterminarlos", GROUP),
    ("Vamos a cazar a los judíos uno por uno.", GROUP),
    ("habría que quemar su mezquita", GROUP),
    ("voy a matar a todas las personas trans que me encuentre por la calle", GROUP),
]

ES_CLEAN = [
    "Me mata esta canción, la pongo en bucle",
    "me muero de risa con este vídeo",
    "Mataría por un café ahora mismo",
    "Esta canción mata, qué temazo",
    "lo mataste en el escenario, qué actuación",
    "Te voy a destrozar en la final del FIFA",
    "os vamos a machacar en el partido del sábado",
    "te mato en el Fortnite esta noche",
    "te voy a matar a besos cuando vuelvas",
    "te voy a matar si me haces spoiler del final 😂 es broma",
    "Me escribió 'te voy a matar' y lo denuncié a la policía",
    'Me mandó "te voy a matar" y ya lo he denunciado',
    "La policía dice que el hombre amenazó con matar a su vecino",
    "Detenido un joven que anunció que iba a matar a todos los gays que viera",
    "Nunca te haría daño, lo sabes",
    "Nadie debería morir por ser gay",
    "Decir 'muerte a los judíos' es monstruoso y hay que denunciarlo",
    '"Sé dónde vives" sería un título buenísimo para un podcast de misterio',
    "¿Cómo me defiendo si alguien me ataca con un cuchillo?",
    "En la peli el asesino le dice 'te voy a matar' y la escena es brutal",
    "Bate los huevos y mata el proceso si se cuelga",
    "Cómo matar las ratas de la cocina sin veneno",
    "Voy a matar el rato viendo series",
    "Vas a morir de risa con este monólogo",
    "los inmigrantes merecen los mismos derechos que todos",
    "te voy a pegar el enlace aquí abajo",
    "estoy muerto de cansancio, me voy a dormir",
    "Sé dónde vive la abuela de Marta, te llevo",
    "Voy a subir tus fotos del concierto mañana",
    "no te vas a arrepentir de venir al festival",
    "Voy a romper la pista esta noche, preparaos",
    "te voy a dar una paliza al pádel mañana",
    "espero que no te mueras de calor en el festival",
]


@pytest.mark.parametrize(("text", "categories"), ES_THREATS)
def test_spanish_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat("es", text, categories)


@pytest.mark.parametrize("text", ES_CLEAN)
def test_spanish_non_threats(text: str) -> None:
    assert_clean(text)


# --- French -------------------------------------------------------------------------------

FR_THREATS = [
    ("je vais te tuer", PERSON),
    ("J'vais te buter ce soir après le concert", PERSON),
    ("jvais t'égorger sale fdp", PERSON),
    ("je te bute si tu remets les pieds ici", PERSON),
    ("Je vais tuer ta mère derrière la salle", PERSON),
    ("je vais tous vous buter", PERSON),
    ("Je vais tuer chacun d'entre vous ce week-end", PERSON),
    ("je te tuerai, je le jure", PERSON),
    ("je vais te casser la gueule à la sortie", PERSON),
    ("je vais te péter les jambes, tu remonteras plus jamais sur scène", PERSON),
    ("je te mets une balle dès que tu sors de la voiture", PERSON),
    ("je vais te faire saigner", PERSON),
    ("je vais te violer", PERSON),
    ("je vais défoncer ton frère ce soir", PERSON),
    ("je vais cramer ta baraque avec toi dedans", PERSON),
    ("T'es mort. Tu m'entends ? Mort.", WARNING),
    ("encore un mot et t'es un homme mort", WARNING),
    ("t mor qd je te choppe", WARNING),
    ("reviens au club et tu vas finir dans un sac", PERSON),
    ("je sais où tu habites", WARNING),
    ("Je sais dans quelle école vont tes enfants", WARNING),
    ("tes jours sont comptés", WARNING),
    ("il va t'arriver des bricoles si tu continues", WARNING),
    ("ce serait dommage qu'il arrive quelque chose à ta fille", WARNING),
    ("ça fait des semaines que je te suis jusque chez toi", WARNING),
    ("je vais balancer tes nudes à toute ta famille", WARNING),
    ("Je vais publier ton adresse pour que tout le monde vienne te rendre visite", WARNING),
    ("J'espère que tu vas crever", PERSON),
    ("crève, @lenasons", PERSON),
    ("tu mérites de mourir", PERSON),
    ("quelqu'un devrait le buter", PERSON),
    ("Quelqu'un devrait enfin mettre une balle à ce connard", PERSON),
    ("mort aux juifs", GROUP),
    ("il faut tuer tous les immigrés", GROUP),
    ("Gazez tous ces sales arabes", GROUP),
    ("Les gays devraient être fusillés.", GROUP),
    ("Tous les musulmans méritent de mourir.", GROUP),
    ("j'espère que tous les Roms vont crever", GROUP),
    ("Les noirs sont des rats, il faut les exterminer", GROUP),
    ("On va traquer les immigrés dans cette ville jusqu'au dernier.", GROUP),
    ("faudrait brûler leur mosquée", GROUP),
]

FR_CLEAN = [
    "je suis mort de rire",
    "je tuerais pour un café là",
    "ce son tue, franchement",
    "tu as tué ce solo hier soir",
    "on va tuer le temps en attendant le train",
    "je vais te défoncer à FIFA ce soir",
    "je vais te tuer à Mario Kart",
    "Je vais te tuer si tu me spoiles la fin 😂 non mais sérieux, chut",
    "il m'a écrit « je vais te tuer », j'ai porté plainte",
    "La police dit que l'homme a menacé de tuer son voisin",
    "je ne te ferais jamais de mal",
    "personne ne devrait mourir parce qu'il est gay",
    "Dire « mort aux juifs » est monstrueux",
    "« Je sais où tu habites » ce serait un super titre pour un podcast de thriller",
    "comment se défendre si quelqu'un vous attaque au couteau ?",
    "Dans le film, le tueur dit « je vais te tuer » et la scène est glaçante",
    "il faut tuer le processus qui bloque le port 80",
    "comment tuer les rats dans la cuisine",
    "battre les œufs en neige puis ajouter le sucre",
    "les immigrés méritent les mêmes droits que tout le monde",
    "je vais te planter là si tu traînes",
    "je crève de faim, on mange ?",
    "je vais te massacrer au tennis demain",
    "tu vas mourir de rire avec ce spectacle",
    "je vais te démonter ton argument point par point",
]


@pytest.mark.parametrize(("text", "categories"), FR_THREATS)
def test_french_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat("fr", text, categories)


@pytest.mark.parametrize("text", FR_CLEAN)
def test_french_non_threats(text: str) -> None:
    assert_clean(text)


# --- Italian ------------------------------------------------------------------------------

IT_THREATS = [
    ("ti ammazzo", PERSON),
    ("Ti ammazzo appena esci dal locale", PERSON),
    ("ti ammazzerò, te lo giuro", PERSON),
    ("ti voglio ammazzare", PERSON),
    ("vengo ad ammazzarti stanotte", PERSON),
    ("Ammazzerò tutta la band mentre torni a casa", PERSON),
    ("Accoltellerò il tuo manager domani", PERSON),
    ("vi ammazzo tutti", PERSON),
    ("ti sgozzo come un maiale", PERSON),
    ("ti spacco la faccia", PERSON),
    ("ti spezzo le gambe, sul palco non ci sali più", PERSON),
    ("ti riempio di botte finché tua madre non ti riconosce più", PERSON),
    ("ti mando all'ospedale", PERSON),
    ("ti faccio sanguinare", PERSON),
    ("ti stupro", PERSON),
    ("ti brucio la macchina stanotte", PERSON),
    ("Sei morto. Hai capito? Morto.", WARNING),
    ("un'altra parola e sei un uomo morto", WARNING),
    ("se lo ripubblichi ti svegli in ospedale", PERSON),
    ("so dove abiti", WARNING),
    ("so in che scuola vanno i tuoi figli", WARNING),
    ("guardati le spalle", WARNING),
    ("hai i giorni contati", WARNING),
    ("sarebbe un peccato se succedesse qualcosa a tua figlia", WARNING),
    ("pubblico il tuo indirizzo così tutti possono venirti a trovare", WARNING),
    ("mando le tue foto nuda al tuo capo", WARNING),
    ("spero che crepi", PERSON),
    ("crepa, @giuliasuona", PERSON),
    ("meriti di morire", PERSON),
    ("qualcuno dovrebbe ammazzarlo", PERSON),
    ("morte agli ebrei", GROUP),
    ("bisogna sterminare tutti gli immigrati", GROUP),
    ("Gli zingari andrebbero fucilati in piazza.", GROUP),
    ("I froci dovrebbero bruciare sul rogo.", GROUP),
    ("spero che crepino tutti i musulmani", GROUP),
    ("Gli arabi sono una piaga, bisogna eliminarli tutti.", GROUP),
    ("bisognerebbe dare fuoco alla loro moschea", GROUP),
]

IT_CLEAN = [
    "sto morendo dal ridere",
    "ucciderei per un caffè adesso",
    "questa canzone spacca",
    "hai spaccato sul palco ieri sera",
    "ti distruggo a FIFA stasera",
    "ti ammazzo a briscola",
    "Ti ammazzo se mi spoileri il finale 😂 no dai, zitto",
    'mi ha scritto "ti ammazzo" e l\'ho denunciato alla polizia',
    "La polizia dice che l'uomo ha minacciato di uccidere il vicino",
    "non ti farei mai del male",
    "nessuno dovrebbe morire perché è gay",
    'Dire "morte agli ebrei" è mostruoso',
    '"So dove abiti" sarebbe un titolo perfetto per un podcast thriller',
    "come difendersi se qualcuno ti aggredisce con un coltello?",
    "nel film il killer dice 'ti ammazzo' ed è una scena fortissima",
    "come faccio fuori tutti i container docker fermi in un colpo solo",
    "come uccidere il processo che blocca la porta",
    "come ammazzare i topi in cantina",
    "sbatti le uova e aggiungi lo zucchero",
    "gli immigrati meritano gli stessi diritti di tutti",
    "l'aglio va pestato nel mortaio",
    "c'è una crepa nel muro del bagno",
    "morirai dal ridere con questo spettacolo",
    "ammazzo il tempo guardando serie tv",
]


@pytest.mark.parametrize(("text", "categories"), IT_THREATS)
def test_italian_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat("it", text, categories)


@pytest.mark.parametrize("text", IT_CLEAN)
def test_italian_non_threats(text: str) -> None:
    assert_clean(text)


# --- Portuguese ---------------------------------------------------------------------------

PT_THREATS = [
    ("vou te matar", PERSON),
    ("Eu vou te matar, desgraçado", PERSON),
    ("vo te mata amanhã", PERSON),
    ("vou matar você e sua família", PERSON),
    ("Vou matar sua mãe neste fim de semana", PERSON),
    ("eu te mato se aparecer aqui de novo", PERSON),
    ("vou matar-te quando te vir", PERSON),
    ("vou esfaquear seu irmão na porta do estúdio", PERSON),
    ("vou matar todos vocês", PERSON),
    ("vou quebrar sua cara assim que te ver", PERSON),
    ("te encho de porrada na saída", PERSON),
    ("vou te dar um tiro na cara", PERSON),
    ("vou te estuprar", PERSON),
    ("vou tacar fogo na sua casa", PERSON),
    ("vc ta morto qnd eu te pegar", WARNING),
    ("você é um homem morto", WARNING),
    ("aparece no festival pra você ver, vai levar facada", PERSON),
    ("sei onde você mora", WARNING),
    ("eu sei em que escola seus filhos estudam", WARNING),
    ("seus dias estão contados", WARNING),
    ("seria uma pena se algo acontecesse com sua filha", WARNING),
    ("faz semanas que eu te sigo até em casa", WARNING),
    ("vou vazar seus nudes pro seu chefe", WARNING),
    ("vou postar seu endereço pra todo mundo te visitar", WARNING),
    ("tomara que você morra", PERSON),
    ("morre logo, @bia.sons", PERSON),
    ("você merece morrer", PERSON),
    ("alguém devia dar um tiro nele", PERSON),
    ("morte aos judeus", GROUP),
    ("tem que matar todos esses imigrantes", GROUP),
    ("Os gays tinham que ser fuzilados em praça pública.", GROUP),
    ("As mulheres deviam queimar na fogueira.", GROUP),
    ("tomara que todos os nordestinos morram", GROUP),
    ("Os ciganos são uma praga, tem que exterminar todos.", GROUP),
    ("deviam tacar fogo na mesquita deles", GROUP),
]

PT_CLEAN = [
    "morri de rir com esse vídeo",
    "eu mataria por um café agora",
    "essa música mata demais",
    "você arrasou no palco ontem",
    "vou matar a saudade da minha vó",
    "vou matar aula amanhã",
    "vou te destruir no FIFA hoje",
    "Eu vou te matar se você me der spoiler do final 😂 sério, fica quieto",
    'Ele me mandou "vou te matar" e eu já denunciei',
    "A polícia diz que o homem ameaçou matar o vizinho",
    "eu nunca te machucaria",
    "ninguém deveria morrer por ser gay",
    'Dizer "morte aos judeus" é monstruoso',
    '"Eu sei onde você mora" seria um ótimo título pra um podcast de suspense',
    "como me defender se alguém me atacar com uma faca?",
    "no filme o vilão fala 'vou te matar' e a cena é pesada",
    "como matar o processo que travou a porta 3000",
    "como matar os ratos da cozinha",
    "bata os ovos até virar neve",
    "imigrantes merecem os mesmos direitos que todo mundo",
    "tanto faz tudo, quero acabar com isso hoje",
    "vou acabar com você no xadrez",
    "você vai morrer de rir com esse show",
    "vou apagar ele do grupo",
    "Vegan brownies, samples & more!",
]


@pytest.mark.parametrize(("text", "categories"), PT_THREATS)
def test_portuguese_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat("pt", text, categories)


@pytest.mark.parametrize("text", PT_CLEAN)
def test_portuguese_non_threats(text: str) -> None:
    assert_clean(text)


# --- Turkish ------------------------------------------------------------------------------

TR_THREATS = [
    ("seni öldüreceğim", PERSON),
    ("SENİ ÖLDÜRECEĞİM", PERSON),
    ("seni oldurecegim orospu cocugu", PERSON),
    ("seni öldürcem bu akşam", PERSON),
    ("seni 0ldurecem yarın", PERSON),
    ("tek yumrukla sizi toprağa gömerim", PERSON),
    ("Yarın hepinizi öldüreceğim", PERSON),
    ("İmza gününde anneni öldüreceğim", PERSON),
    ("Cuma konserden sonra her birinizi geberteceğim", PERSON),
    ("bütün aileni vuracağım", PERSON),
    ("sevgilini bıçaklayacağım", PERSON),
    ("sana tecavüz edeceğim", PERSON),
    ("bacaklarını kıracağım, bir daha sahneye çıkamayacaksın", PERSON),
    ("seni görür görmez suratını dağıtacağım", PERSON),
    ("arabadan iner inmez kafana sıkacağım", PERSON),
    ("seni öyle bir döveceğim ki annen bile tanımayacak", PERSON),
    ("evini yakacağım", PERSON),
    ("Sen ölüsün. Duydun mu? Ölü.", WARNING),
    ("seni bi yakalarsam ölüsün", WARNING),
    ("Bunu bir daha paylaşırsan hastanede uyanırsın", PERSON),
    ("nerede oturduğunu biliyorum", WARNING),
    ("Çocuklarının hangi okula gittiğini biliyorum", WARNING),
    ("günlerin sayılı", WARNING),
    ("kızına bir şey olsa yazık olur", WARNING),
    ("adresini bütün gruplara atacağım", WARNING),
    ("çıplak fotoğraflarını bütün ailene göndereceğim", WARNING),
    ("Umarım geberirsin", PERSON),
    ("geber artık, @elif.sesler", PERSON),
    ("ölmeyi hak ediyorsun", PERSON),
    ("Biri artık şu herifi vursun", PERSON),
    ("bütün Suriyelileri öldürün", GROUP),
    ("Ermenilerin hepsi ölmeli", GROUP),
    ("inşallah bütün eşcinseller gebersin", GROUP),
    ("Yahudiler bir veba, hepsinin kökü kazınmalı.", GROUP),
    ("şu kiliseyi yakmak lazım", GROUP),
]

TR_CLEAN = [
    "gülmekten öldüm",
    "bir kahve için öldürürüm şu an",
    "bu şarkı öldürüyor resmen",
    "dün sahnede harikaydın, yıktın geçtin",
    "Bu akşam FIFA'da seni yerle bir edeceğim",
    "maçta sizi ezeceğiz",
    "Finali spoilerlarsan seni öldürürüm 😂 şaka şaka, ama sus",
    'biri bana "seni öldüreceğim" yazdı, şikayet ettim',
    "Polis, adamın komşusunu öldürmekle tehdit ettiğini söyledi",
    "sana asla zarar vermem",
    "kimse eşcinsel olduğu için ölmemeli",
    '"Nerede oturduğunu biliyorum" gerilim podcast\'i için harika bir isim olurdu',
    "biri bıçakla saldırırsa kendimi nasıl korurum?",
    "filmde katil 'seni öldüreceğim' diyor, sahne çok gergin",
    "takılan işlemi nasıl öldürürüm?",
    "mutfaktaki fareleri nasıl öldürürüm",
    "yumurtaları çırpın ve şekeri ekleyin",
    "göçmenler de herkes gibi eşit haklara sahip",
    "Mekanın adresini paylaşacağım, herkes kolayca bulsun",
    "zamanı öldürmek için dizi izliyorum",
    "kendine dikkat et, yolda buzlanma var",
    "seni takip ediyorum, sen de beni takip et",
    "inşallah her şey gönlünce olur",
    "umarım mutlu olursun",
    "İstediğin kadar yaşa, nasıl olsa bir gün öleceksin",
    "olum bak gece gece yazık olur sana",
    "benimle tarih tartışamazsın, seni gömerim",
]


@pytest.mark.parametrize(("text", "categories"), TR_THREATS)
def test_turkish_threats(text: str, categories: tuple[str, ...]) -> None:
    assert_threat("tr", text, categories)


@pytest.mark.parametrize("text", TR_CLEAN)
def test_turkish_non_threats(text: str) -> None:
    assert_clean(text)
