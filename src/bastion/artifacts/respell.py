"""The respelled view: misspelt names of protected groups read back as the names.

Hate evades word lists by misspelling the group it targets: letters deleted
("immgrnts", "blck"), swapped ("mulsims"), or masked ("imm*grants", "d*sabled").
The folded view already undoes leetspeak, spacing and homoglyphs; this view also
reads such a token as the word it misspells, so "Mslms are rats" is read as
"muslims are rats" by the patterns that need a group.

Only the words in :data:`IDENTITY_WORDS` (group names in English, German, Spanish,
French, Italian, Portuguese, Dutch and Polish) are restored, and only from
misspellings that keep the word's first letter and are not words of any of those
languages themselves: a masked letter (four letters or more), every vowel after
the first letter dropped (five or more, leaving four), one letter dropped or two
swapped (six or more: too many real words lie one deletion from a shorter word).
A text without such a token gets the folded view itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from bastion.artifacts.normalize import NormalizedText, replace_tokens

__all__ = ["IDENTITY_WORDS", "REAL_WORDS", "misspellings", "respell"]

IDENTITY_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": (
        # religion
        "jews", "jewish", "muslim", "muslims", "moslem", "moslems", "christian", "christians",
        "catholic", "catholics", "hindu", "hindus", "sikhs", "buddhist", "buddhists",
        "atheist", "atheists",
        # race, ethnicity, nationality
        "black", "blacks", "white", "whites", "asian", "asians", "indigenous", "aboriginal",
        "american", "americans", "african", "africans", "arabs", "mexican", "mexicans",
        "latino", "latinos", "latina", "latinas", "hispanic", "hispanics", "chinese",
        "indian", "indians", "pakistani", "pakistanis", "somali", "somalis", "nigerian",
        "nigerians", "romanian", "romanians", "gypsies", "travellers",
        # migration
        "immigrant", "immigrants", "migrant", "migrants", "refugee", "refugees", "asylum",
        "foreigner", "foreigners",
        # sexuality and gender
        "gays", "lesbian", "lesbians", "bisexual", "bisexuals", "queer", "queers",
        "homosexual", "homosexuals", "transgender", "transgenders", "nonbinary", "women",
        "female", "females",
        # disability and health
        "disabled", "disabilities", "cripple", "cripples", "autistic", "mentally", "illness",
        "wheelchair",
        # age
        "elderly",
        # the noun most group names end in
        "people",
    ),
    "de": (
        "juden", "muslime", "moslems", "christen", "katholiken", "buddhisten", "atheisten",
        "schwarze", "schwarzen", "asiaten", "araber", "afrikaner", "türken", "ausländer",
        "migranten", "einwanderer", "flüchtlinge", "asylanten", "asylbewerber", "schwule",
        "schwulen", "lesben", "transen", "frauen", "weiber", "behinderte", "behinderten",
        "zigeuner", "kanaken",
    ),
    "es": (
        "judíos", "judios", "musulmanes", "cristianos", "católicos", "negros", "asiáticos",
        "árabes", "africanos", "mexicanos", "gitanos", "inmigrantes", "migrantes",
        "refugiados", "extranjeros", "maricones", "lesbianas", "bisexuales", "transexuales",
        "mujeres", "discapacitados", "minusválidos", "indígenas", "sudacas",
    ),
    "fr": (
        "juifs", "musulmans", "chrétiens", "catholiques", "noirs", "asiatiques", "arabes",
        "africains", "gitans", "immigrés", "migrants", "réfugiés", "étrangers", "homosexuels",
        "lesbiennes", "bisexuels", "femmes", "handicapés", "autistes",
    ),
    "it": (
        "ebrei", "musulmani", "cristiani", "cattolici", "bianchi", "asiatici", "arabi",
        "africani", "zingari", "immigrati", "migranti", "rifugiati", "stranieri",
        "extracomunitari", "omosessuali", "lesbiche", "bisessuali", "donne", "disabili",
        "handicappati", "froci",
    ),
    "pt": (
        "judeus", "muçulmanos", "cristãos", "católicos", "negros", "asiáticos", "árabes",
        "africanos", "ciganos", "imigrantes", "migrantes", "refugiados", "estrangeiros",
        "homossexuais", "lésbicas", "bissexuais", "mulheres", "deficientes", "nordestinos",
        "indígenas",
    ),
    "nl": (
        "joden", "moslims", "christenen", "katholieken", "zwarten", "aziaten", "arabieren",
        "afrikanen", "marokkanen", "turken", "buitenlanders", "allochtonen", "migranten",
        "immigranten", "vluchtelingen", "asielzoekers", "homoseksuelen", "lesbiennes",
        "vrouwen", "gehandicapten", "zigeuners",
    ),
    "pl": (
        "żydzi", "żydów", "muzułmanie", "muzułmanów", "chrześcijanie", "katolicy", "ateiści",
        "czarni", "murzyni", "azjaci", "arabowie", "cyganie", "imigranci", "imigrantów",
        "migranci", "uchodźcy", "uchodźców", "geje", "gejów", "lesbijki", "kobiety", "kobiet",
        "niepełnosprawni", "ukraińcy",
    ),
}  # fmt: skip
"""Per language, words of the group names the rule lexicons know, four letters or longer.
The ``group`` macros of ``derogation.yaml`` and ``threats.yaml`` (and of their files per
language) own the groups; a test checks that each word here is in one of them."""

REAL_WORDS = frozenset(
    {
        "africain", "americas", "backs", "banchi", "behindere", "carni", "chiese", "chinees",
        "christin", "christina", "christinas", "cinese", "cristian", "cristians", "cristãs",
        "gians", "gypses", "handicaps", "hinds", "imigrant", "immigrai", "immigrait", "indina",
        "judos", "knaken", "kobit", "kobity", "laina", "lainas", "latia", "latias", "latins",
        "leben", "lesen", "migrates", "mirant", "mirantes", "molem", "mulim", "neros",
        "niepełnoprawni", "nigerias", "pakistans", "queres", "refuge", "refuges", "refugidos",
        "romanina", "schule", "schulen", "smali", "somai", "somais", "tranen", "truken",
        "turen", "türen", "vouwen", "weber", "whits", "zarten", "étranges",
    }
)  # fmt: skip
"""The misspellings that are words themselves, so never restored: every one that Debian's
word lists of the eight languages hold (``scripts/authoring/respell_real_words.py``), but
"travelers" (the same word)."""

_MASK = "*"
_VOWELS = frozenset("aeiouäöüáàâãéèêëíìîïóòôõúùûąę")
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|\*)+")


def _variants(word: str) -> Iterator[str]:
    """Misspellings of ``word`` that keep its first letter (and its last, when deleting)."""
    yield from (word[:i] + _MASK + word[i + 1 :] for i in range(1, len(word)))
    if len(word) >= 5:
        yield word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    if len(word) < 6:
        return
    yield from (word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
    yield from (
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    )


@cache
def misspellings() -> Mapping[str, str]:
    """Each misspelling of an identity word -> the word (the first listed, where two share
    it: "mslms" is "muslims" or "moslems", both a group)."""
    table: dict[str, str] = {}
    words = [word for language in IDENTITY_WORDS.values() for word in language]
    for word in words:
        for variant in _variants(word):
            if len(variant) >= 4 and len(variant.replace(_MASK, "")) >= 3:
                table.setdefault(variant, word)
    return {v: w for v, w in table.items() if v not in words and v not in REAL_WORDS}


def respell(folded: NormalizedText) -> NormalizedText:
    """``folded`` with every misspelt identity word replaced by the word."""
    table = misspellings()
    if table.keys().isdisjoint(_TOKEN.findall(folded.text)):
        return folded
    found = {m.span(): table[m.group()] for m in _TOKEN.finditer(folded.text) if m.group() in table}
    return replace_tokens(folded, found)
