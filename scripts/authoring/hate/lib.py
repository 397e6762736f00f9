"""The engine behind gen_hate.py: frames x identity groups -> authored examples.

A language module (frames_<lang>.py) holds hand-written sentence frames and
whole hand-written examples. A frame has slots for the group; the engine picks
the groups for each frame so that every group gets as many hateful as benign
sentences in each language, fills the slots with the grammatical forms from
forms.py, and gives a positive and its minimal-edit negative the same `pair`.

Slots in a frame:
  {P} {P^}        plural of the group (^: first letter upper-cased)
  {NAME}          any other form the language's table has (GEN, ACC, O, DEF,
                  DI, A, SELF, ALS, ...), also with ^
  {P:abl} ...     Turkish case suffixes on the plural (abl acc dat gen loc)
  {P:top} ...     Korean particles after the plural (top sub obj)
  {g:a|b}         a for a masculine (pl: masculine-personal) group plural, b otherwise
  {s:a|b}         a for a male speaker of SELF, b for a female one
  {H}             an invented @handle
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field

# ---------------------------------------------------------------- labels

LABELS = {
    "H": {"hate": 1, "hate/threatening": 0, "violence": 0},
    "T": {"hate": 1, "hate/threatening": 1, "violence": 1},
    "O": {"hate": 0, "hate/threatening": 0, "harassment": 0},
    "R": {"harassment": 1, "harassment/threatening": 0, "hate": 0},
    "HR": {"hate": 1, "hate/threatening": 0, "harassment": 1},
}

FUNC_LABEL = {
    # hate (in)
    "derogatory_generalisation": "H",
    "dehumanisation": "H",
    "contempt_opinion": "H",
    "exclusion_call": "H",
    "negated_positive": "H",
    "implicit_stereotype": "H",
    "hate_question": "H",
    "hate_comparison": "H",
    "misogyny": "H",
    "identity_denial": "H",
    "slur_use": "H",
    "obfuscated_hate": "H",
    "hate_targeted_insult": "HR",
    # hate/threatening (in)
    "threat_group": "T",
    "death_wish_group": "T",
    "violence_praise_group": "T",
    "dehumanisation_removal": "T",
    # out
    "identity_self": "O",
    "identity_neutral": "O",
    "identity_positive": "O",
    "news_reporting": "O",
    "rights_advocacy": "O",
    "good_faith_question": "O",
    "music_context": "O",
    "counter_condemn": "O",
    "counter_rebut": "O",
    "counter_quote": "O",
    "counter_report": "O",
    "negated_hate": "O",
    "reclaimed": "O",
    "criticism_not_people": "O",
    # insults without a protected attribute
    "harassment_no_identity": "R",
}


def labels_for(func: str, lab: str | None = None) -> dict[str, int]:
    spec = lab or FUNC_LABEL[func]
    prof = spec.endswith("+p")
    base = spec[:-2] if prof else spec
    out = dict(LABELS[base])
    if prof:
        out["profanity"] = 1
    return out


# ---------------------------------------------------------------- groups

GROUPS = [
    "women", "men", "trans_people", "nonbinary_people", "gay_men", "lesbians",
    "bisexual_people", "lgbtq_people", "black_people", "white_people", "asian_people",
    "latino_people", "arab_people", "indigenous_people", "roma_people", "jewish_people",
    "muslims", "christians", "hindus", "sikhs", "buddhists", "atheists", "immigrants",
    "refugees", "disabled_people", "deaf_people", "blind_people", "autistic_people",
    "people_with_mental_illness", "older_people", "people_with_hiv", "poor_people",
    "nationality",
]
RELIG = {"jewish_people", "muslims", "christians", "hindus", "sikhs", "buddhists"}
LGBT = {"trans_people", "nonbinary_people", "gay_men", "lesbians", "bisexual_people", "lgbtq_people"}
DISAB = {"disabled_people", "deaf_people", "blind_people", "autistic_people",
         "people_with_mental_illness", "people_with_hiv"}
ETHN = {"black_people", "white_people", "asian_people", "latino_people", "arab_people",
        "indigenous_people", "roma_people", "jewish_people", "nationality"}
MIGR = {"immigrants", "refugees", "nationality"}
FILTERS = {
    "all": set(GROUPS),
    "relig": RELIG,
    "lgbt": LGBT,
    "disab": DISAB,
    "ethn": ETHN,
    "migr": MIGR,
    "ethn_migr": ETHN | MIGR | RELIG,
    "women": {"women"},
    "trans": {"trans_people", "nonbinary_people"},
    "not_gender": set(GROUPS) - {"women", "men"},
}

HANDLES = [
    "@beatsbykai", "@lunawaves", "@djmarro", "@tom_makes_beats", "@velvetnoise",
    "@saintjuno", "@kiki.sounds", "@low_end_theo", "@moss_and_echo", "@ravi.loops",
    "@nightbus_fm", "@ana.synth", "@bassfacebarney", "@greta_decibel", "@yunho.wav",
    "@fizzypop99", "@el_mariachi_lofi", "@petra_on_keys", "@ozzy_sampler", "@wren.audio",
]


@dataclass
class Entry:
    """One group in one language: its key and its forms."""

    key: str
    tag: str
    forms: dict[str, str]


@dataclass
class Frame:
    id: str
    items: list[tuple[str, str, str | None, str | None]]
    """(func, text, lab, context) — one item: a single, two or more: a pair"""
    groups: str = "all"
    k: int | None = None
    surface: str | None = None


def pair(fid, in_func, in_text, out_func, out_text, groups="all", k=None, surface=None,
         lab_in=None, lab_out=None, ctx_in=None, ctx_out=None):
    return Frame(fid, [(in_func, in_text, lab_in, ctx_in), (out_func, out_text, lab_out, ctx_out)],
                 groups, k, surface)


def single(fid, func, text, groups="all", k=None, surface=None, lab=None, ctx=None):
    return Frame(fid, [(func, text, lab, ctx)], groups, k, surface)


@dataclass
class Hand:
    text: str
    func: str
    lab: str | None = None
    group: str | None = None
    pair: str | None = None
    surface: str | None = None
    ctx: str | None = None


def ex(text, func, group=None, pair=None, lab=None, surface=None, ctx=None):
    return Hand(text, func, lab, group, pair, surface, ctx)


# ---------------------------------------------------------------- morphology

def _seed(*parts: str) -> random.Random:
    return random.Random(hashlib.sha256("\x1f".join(parts).encode()).digest())


def cap(s: str, lang: str) -> str:
    if not s:
        return s
    if lang == "tr" and s[0] == "i":
        return "İ" + s[1:]
    return s[0].upper() + s[1:]


def _tr_case(plural: str, case: str) -> str:
    front = plural.endswith("ler")
    table = {
        "abl": ("den", "dan"), "loc": ("de", "da"), "acc": ("i", "ı"),
        "dat": ("e", "a"), "gen": ("in", "ın"), "da": (" de", " da"),
        "datda": ("e de", "a da"),
    }
    return plural + table[case][0 if front else 1]


def _ko_batchim(word: str) -> bool:
    ch = word.rstrip()[-1]
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code % 28 != 0
    return ch.isdigit() or ch.isalpha() and ch.lower() in "lmnr"


def _ko_particle(word: str, case: str) -> str:
    b = _ko_batchim(word)
    return word + {"top": ("은", "는"), "sub": ("이", "가"), "obj": ("을", "를")}[case][0 if b else 1]


_SLOT = re.compile(r"\{([^{}]+)\}")


def fill(template: str, entry: Entry, lang: str, rnd: random.Random) -> str:
    forms = entry.forms

    def sub(m: re.Match[str]) -> str:
        body = m.group(1)
        if body.startswith(("g:", "s:")):
            a, b = body[2:].split("|")
            if body[0] == "g":
                return a if forms.get("g", "m") in ("m", "mp") else b
            return a if forms.get("s", "m") == "m" else b
        if body == "H":
            return rnd.choice(HANDLES)
        upper = body.endswith("^")
        name = body.rstrip("^")
        if ":" in name:
            base, case = name.split(":")
            word = forms[base]
            value = _tr_case(word, case) if lang == "tr" else _ko_particle(word, case)
        else:
            if name not in forms:
                raise KeyError(f"{lang}/{entry.tag}: no form {name}")
            value = forms[name]
        return cap(value, lang) if upper else value

    return _SLOT.sub(sub, template)


def needs(template: str) -> set[str]:
    out = set()
    for m in _SLOT.finditer(template):
        body = m.group(1)
        if body.startswith(("g:", "s:")) or body == "H":
            continue
        out.add(body.rstrip("^").split(":")[0])
    return out


# ---------------------------------------------------------------- obfuscation

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "$", "t": "7"}
LEET2 = {"a": "@", "e": "3", "i": "!", "o": "0", "s": "5"}
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
HOMO_CYR = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y"}


def _clusters(word: str) -> list[str]:
    """Grapheme-ish clusters: a base letter with its marks (and a virama's next consonant)."""
    out: list[str] = []
    for ch in word:
        joins = out and (unicodedata.category(ch).startswith("M") or out[-1].endswith("\u094d"))
        if joins:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def obfuscate_word(word: str, lang: str, how: str) -> str:
    if lang in ("zh", "ja"):
        sep = {"space": " ", "dot": "·", "star": "*"}.get(how, " ")
        return sep.join(word)
    if lang == "ko":
        sep = {"space": " ", "dot": ".", "star": "*"}.get(how, " ")
        return sep.join(word)
    if lang == "ar":
        if how == "space":
            return " ".join(word)
        # kashida between joining letters
        return "ـ".join(word).replace(" ـ", " ").replace("ـ ", " ")
    if lang == "hi" and any("\u0900" <= c <= "\u097f" for c in word):
        sep = " " if how == "space" else "."
        return sep.join(_clusters(word))
    if lang == "ru":
        if how == "homoglyph":
            return "".join(HOMO_CYR.get(c, c) for c in word)
        if how == "space":
            return " ".join(word)
        return word[0] + "*" + word[2:] if len(word) > 3 else word
    letters = word
    if how == "leet":
        return "".join(LEET.get(c, c) if i % 2 == 0 else c for i, c in enumerate(letters))
    if how == "leet2":
        return "".join(LEET2.get(c, c) for c in letters)
    if how == "space":
        return " ".join(letters)
    if how == "dot":
        return ".".join(letters)
    if how == "star":
        vowels = [i for i, c in enumerate(letters) if c.lower() in "aeiouyáéíóúàèìòùäöü"]
        if vowels:
            i = vowels[0] if vowels[0] > 0 else (vowels[1] if len(vowels) > 1 else vowels[0])
            return letters[:i] + "*" + letters[i + 1:]
        return letters
    if how == "drop":
        if len(letters) < 4:
            return letters
        return letters[0] + "".join(c for c in letters[1:] if c.lower() not in "aeiouáéíóúàèìòùäöü")
    if how == "homoglyph":
        return "".join(HOMO_LAT.get(c, c) for c in letters)
    if how == "swap":  # two neighbouring letters in the middle change places
        if len(letters) < 4:
            return letters
        i = len(letters) // 2 - 1
        return letters[:i] + letters[i + 1] + letters[i] + letters[i + 2:]
    if how == "drop1":  # one letter in the middle left out
        if len(letters) < 5:
            return letters
        i = len(letters) // 2
        return letters[:i] + letters[i + 1:]
    raise ValueError(how)


STOP = {"people", "person", "folks", "with", "the", "of", "a", "living", "menschen", "personen",
        "mit", "personas", "personnes", "persone", "pessoas", "con", "com", "avec", "de", "osoby",
        "osób", "mensen", "met", "een", "bireyler", "log", "logon", "люди", "людей", "с",
        "personer", "med", "orang", "kaum", "umat", "les", "los", "las", "gli", "le", "i", "os", "as"}

HOWS = {
    "latin": ["leet", "space", "star", "drop", "homoglyph", "leet2", "dot", "swap", "drop1", "join"],
    "ru": ["homoglyph", "space", "star"],
    "ar": ["kashida", "space"],
    "hi": ["space", "dot"],
    "zh": ["space", "dot", "star"],
    "ja": ["space", "dot", "star"],
    "ko": ["space", "dot", "star"],
}


def obfuscate(text: str, target: str, lang: str, rnd: random.Random) -> str | None:
    """`text` with the group term `target` (and for Latin script one more long word) disguised."""
    script = lang if lang in HOWS else "latin"
    if lang == "hi" and not any("\u0900" <= c <= "\u097f" for c in text):
        script = "latin"
    how = rnd.choice(HOWS[script])
    if target and target in text and len(target.replace(" ", "")) >= 2:
        words = [w for w in target.split(" ") if w.casefold() not in STOP] or target.split(" ")
        # disguise the most telling word of the term (the longest that is not a filler)
        longest = max(words, key=len)
        if how == "join":  # the word run together with its neighbours: no word boundaries
            out = re.sub(rf"\s*{re.escape(longest)}\s*", longest, text, count=1)
        else:
            new = target.replace(longest, obfuscate_word(longest, lang, how), 1)
            out = text.replace(target, new, 1)
    else:
        out = text
    if script == "latin" and rnd.random() < 0.35:
        tokens = re.findall(r"[A-Za-zÀ-ɏ]{5,}", out)
        tokens = [t for t in tokens if t not in (target or "")]
        if tokens:
            w = max(tokens, key=len)
            how2 = rnd.choice([h for h in HOWS["latin"] if h != "join"])
            out = out.replace(w, obfuscate_word(w, lang, how2), 1)
    return out if out != text else None


# ---------------------------------------------------------------- generation

def text_key(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass
class Lang:
    code: str
    entries: list[Entry]
    k_pair: int = 4
    k_single: int = 3
    k_pair_test: int = 4
    k_single_test: int = 3
    obf_share: float = 0.20
    used: dict = field(default_factory=dict)


def _choose(lang: Lang, frame: Frame, split: str, label_key: str, k: int, seen: set[str],
            templates: list[str]) -> list[Entry]:
    allowed = FILTERS[frame.groups]
    req = set().union(*(needs(t) for t in templates))
    cands = [e for e in lang.entries if e.key in allowed and req <= set(e.forms)]
    rnd = _seed(lang.code, split, frame.id)
    rnd.shuffle(cands)
    counts = lang.used.setdefault((split, label_key), {})
    tag_counts = lang.used.setdefault((split, "tag"), {})
    # least-used group first; within nationality, least-used noun
    cands.sort(key=lambda e: (counts.get(e.key, 0), tag_counts.get(e.tag, 0)))
    picked: list[Entry] = []
    keys: set[str] = set()
    for e in cands:
        if len(picked) == k:
            break
        if e.key in keys:
            continue
        picked.append(e)
        keys.add(e.key)
    return picked


def generate(lang: Lang, frames: list[Frame], split: str, prefix: str,
             seen: set[str], out: list[dict]) -> None:
    for frame in frames:
        is_pair = len(frame.items) > 1
        default_k = (lang.k_pair if is_pair else lang.k_single) if split == "train" else (
            lang.k_pair_test if is_pair else lang.k_single_test)
        k = frame.k or default_k
        if is_pair:
            label_key = "pair"
        else:
            label_key = "in" if labels_for(frame.items[0][0], frame.items[0][2]).get("hate") else "out"
        templates = [t for _, t, _, _ in frame.items] + [c for *_, c in frame.items if c]
        if any(not needs(t) and "{g:" not in t for t in templates):
            # a member that never names the group would repeat almost verbatim
            k = min(k, 5 if lang.code == "en" else 3)
        entries = _choose(lang, frame, split, label_key, k + 3, seen, templates)
        made = 0
        for entry in entries:
            if made == k:
                break
            rnd = _seed(lang.code, split, frame.id, entry.tag)
            rows = []
            for func, tmpl, lab, ctx in frame.items:
                text = fill(tmpl, entry, lang.code, rnd)
                row = {"text": text, "lang": lang.code, "labels": labels_for(func, lab), "func": func}
                if ctx:
                    row["context"] = fill(ctx, entry, lang.code, rnd)
                rows.append(row)
            if any(text_key(r["text"]) in seen for r in rows):
                continue
            if len({text_key(r["text"]) for r in rows}) < len(rows):
                raise ValueError(f"{lang.code}/{frame.id}: pair members identical")
            pid = f"{prefix}-{lang.code}-{frame.id}-{entry.tag}" if is_pair else None
            for r, (_, tmpl, _, _) in zip(rows, frame.items):
                seen.add(text_key(r["text"]))
                if pid:
                    r["pair"] = pid
                if needs(tmpl) or "{g:" in tmpl:
                    r["group"] = entry.key
                if frame.surface:
                    r["surface"] = frame.surface
                out.append(r)
            counts = lang.used.setdefault((split, label_key), {})
            counts[entry.key] = counts.get(entry.key, 0) + 1
            tag_counts = lang.used.setdefault((split, "tag"), {})
            tag_counts[entry.tag] = tag_counts.get(entry.tag, 0) + 1
            made += 1
            # obfuscated twin of a hateful pair member
            if is_pair and rows[0]["labels"].get("hate") == 1 and rows[1]["labels"].get("hate") == 0:
                if rnd.random() < lang.obf_share:
                    term = entry.forms.get("P", "")
                    obf = obfuscate(rows[0]["text"], term if term in rows[0]["text"] else "",
                                    lang.code, rnd)
                    if obf and text_key(obf) not in seen:
                        seen.add(text_key(obf))
                        o = {**rows[0], "text": obf, "func": "obfuscated_hate"}
                        o.pop("context", None)
                        if "context" in rows[0]:
                            o["context"] = rows[0]["context"]
                        out.append(o)
        if made < min(k, 1):
            raise ValueError(f"{lang.code}/{frame.id}: no group fits")


def hand_rows(lang: str, hands: list[Hand], prefix: str, seen: set[str], out: list[dict],
              strict: bool = True) -> None:
    for h in hands:
        key = text_key(h.text)
        if key in seen:
            if strict:
                raise ValueError(f"duplicate hand-written text: {h.text!r}")
            continue
        seen.add(key)
        row = {"text": h.text, "lang": lang, "labels": labels_for(h.func, h.lab), "func": h.func}
        if h.ctx:
            row["context"] = h.ctx
        if h.pair:
            row["pair"] = f"{prefix}-{lang}-{h.pair}"
        if h.group:
            row["group"] = h.group
        if h.surface:
            row["surface"] = h.surface
        out.append(row)
