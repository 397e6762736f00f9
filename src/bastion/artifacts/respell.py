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

Words run together ("ihatemuslims", "killalljews", "gaysshoulddie") are split again
when the token is no word itself and splits wholly into the English words of
:data:`GLUE_WORDS` and :data:`IDENTITY_WORDS`, at least one of them a group name (or
"i" and a verb of intent: "ihate", "iwant"). A text without such a token gets the
folded view itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from bastion.artifacts.normalize import NormalizedText, replace_tokens

__all__ = [
    "GLUED_REAL_WORDS",
    "GLUE_WORDS",
    "IDENTITY_WORDS",
    "REAL_WORDS",
    "misspellings",
    "respell",
    "split_glued",
]

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

GLUE_WORDS = frozenset(
    {
        "we", "you", "they", "them", "he", "she", "it", "us", "me", "my", "our", "your",
        "their", "his", "her", "the", "all", "every", "each", "these", "those", "this", "that",
        "some", "any", "no", "none", "most", "many", "more", "such", "only", "am", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will",
        "would", "shall", "should", "must", "can", "could", "may", "might", "need", "needs",
        "ought", "to", "not", "never", "dont", "cant", "wont", "isnt", "arent", "and", "or",
        "but", "of", "in", "on", "at", "for", "from", "with", "like", "out", "off", "back",
        "up", "down", "than", "as", "so", "just", "really", "fucking", "fuckin", "hate",
        "hates", "hated", "kill", "kills", "killed", "die", "dies", "dead", "deserve",
        "deserves", "murder", "gas", "gassed", "shoot", "shot", "hang", "hanged", "burn",
        "burned", "exterminate", "exterminated", "wipe", "wiped", "eradicate", "deport",
        "deported", "ban", "banned", "rape", "stab", "lynch", "lynched", "disgusting", "filthy",
        "dirty", "vile", "evil", "stupid", "scum", "trash", "vermin", "rats", "animals",
        "subhuman", "subhumans", "worthless", "inferior", "parasites", "cockroaches", "garbage",
        "pigs", "go", "get", "want", "wish", "hope", "belong",
    }
)  # fmt: skip
"""English words (two letters or more) that hateful text runs together with group names:
pronouns, determiners, auxiliaries, prepositions, and the verbs and insults of the rules."""

_INTENT = frozenset(
    {"hate", "hated", "want", "wish", "hope", "will", "would", "am", "need", "kill"}
)
"""What may follow a leading "i" in a run-together token ("ihate", "iwant")."""

GLUED_REAL_WORDS = frozenset(
    {
        "africanareis", "blackburn", "blackout", "iambe", "indochinese", "offwhite", "washerwomen",
    }
)  # fmt: skip
"""Words that split wholly into glue words and group names, so are never split: every one
that Debian's word lists of the languages of :data:`IDENTITY_WORDS` hold
(``scripts/authoring/respell_real_words.py``)."""

_TRIPLE = re.compile(r"([^\W\d_])\1\1")
"""Three of one letter, which the folded view never holds (it cuts such runs to two): a
swap next to a double letter ("bisessuali" -> "biesssuali") gives a misspelling no text
can show."""
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
    listed = [word for language in IDENTITY_WORDS.values() for word in language]
    words = frozenset(listed)
    for word in listed:
        for variant in _variants(word):
            readable = len(variant.replace(_MASK, "")) >= 3 and not _TRIPLE.search(variant)
            if len(variant) >= 4 and readable:
                table.setdefault(variant, word)
    return {v: w for v, w in table.items() if v not in words and v not in REAL_WORDS}


@cache
def _names() -> frozenset[str]:
    return frozenset(IDENTITY_WORDS["en"])


@cache
def _glued() -> re.Pattern[str]:
    """A group name inside a token, or "i" and a verb of intent opening it."""
    names = "|".join(sorted(IDENTITY_WORDS["en"], key=len, reverse=True))
    intent = "|".join(sorted(_INTENT, key=len, reverse=True))
    return re.compile(rf"{names}|^i(?:{intent})")


_LONG_TOKEN = re.compile(r"\w{5,}")


def split_glued(token: str) -> list[str] | None:
    """``token`` as the fewest glue words and group names it is made of, when it is such
    words run together (one of them a group name, or "i" and a verb of intent first) and
    not a word of :data:`GLUED_REAL_WORDS`."""
    return None if token in GLUED_REAL_WORDS else _split(token)


def _split(token: str) -> list[str] | None:
    """:func:`split_glued` without the stoplist of real words (which is made from it)."""
    names = _names()
    if len(token) < 5 or token in GLUE_WORDS or token in names:
        return None
    best: list[list[str] | None] = [None] * (len(token) + 1)
    best[0] = []
    if token[0] == "i":
        best[1] = ["i"]
    for i, parts in enumerate(best):
        if parts is None:
            continue
        # A group name followed by two letters is more likely an inflection (Hindi
        # "muslimon", German "atheistin") than two words.
        shortest = 3 if parts and parts[-1] in names else 2
        for j in range(i + shortest, min(len(token), i + 16) + 1):
            word, found = token[i:j], best[j]
            if (word in GLUE_WORDS or word in names) and (
                found is None or len(parts) + 1 < len(found)
            ):
                best[j] = [*parts, word]
    split = best[-1]
    if split is None or len(split) < 2:
        return None
    if split[0] == "i":
        return split if split[1] in _INTENT else None
    return split if any(part in names for part in split) else None


def respell(folded: NormalizedText) -> NormalizedText:
    """``folded`` with every misspelt identity word replaced by the word, and group names
    run together with other words split apart."""
    table = misspellings()
    text = folded.text
    found = {m.span(): table[m.group()] for m in _TOKEN.finditer(text) if m.group() in table}
    misspelt = list(found)
    glued = _glued()
    for m in _LONG_TOKEN.finditer(text):
        if not glued.search(m.group()):
            continue
        apart = all(m.end() <= start or end <= m.start() for start, end in misspelt)
        if apart and (split := split_glued(m.group())):
            found[m.span()] = " ".join(split)
    return replace_tokens(folded, found) if found else folded
