"""Build the authored violence / threats / harassment / profanity data.

Sources are hand-written, one file per language and split, in
``scripts/authoring/violence/<lang>.<split>.txt``; this script expands them
into ``src/bastion/learn/authored/violence.<lang>.train.yaml`` and
``src/bastion/learn/authored/violence.test.yaml`` and validates the result.

    .venv/bin/python scripts/authoring/violence/build.py          # build + validate
    .venv/bin/python scripts/authoring/violence/build.py --check  # validate only

The output is deterministic: sampling uses a seed derived from the language,
the split and the source line, and files are written in source order.

Source format (one example line, or a directive, per line)::

    # a comment
    @func threat_direct          # functionality tag for the lines that follow
    @surface dm                  # surface for the lines that follow (comment resets)
    @def when = tonight | after the gig on Friday | outside the studio
    T I'm going to {hurt|kill} you {$when} *4
    &C he wrote "I'm going to {hurt|kill} you {$when}", reported

* A line is ``CODE[/func][@surface] text [*N]``. ``CODE`` is a label code
  (see ``CODES``) optionally followed by modifiers (``+p``: profanity 1).
* ``{a|b|c}`` is an inline alternative, ``{$name}`` a defined one. A line with
  alternatives expands to ``N`` distinct samples (``*N``, default 1).
* A line starting with ``&`` is the minimal-edit partner of the nearest
  preceding line without ``&`` (its head): they share a pair id, and the
  partner mirrors the head's sampled choices in order (index modulo its own
  group sizes), so each sampled head gets its own partner and its own pair
  id. A group written ``{~a|b}`` or ``{~$name}`` is free: it takes a seeded
  random choice instead of mirroring (for a partner's extra words, or a
  head's words that should vary without multiplying the samples).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
SRC = Path(__file__).resolve().parent
OUT = ROOT / "src" / "bastion" / "learn" / "authored"
sys.path.insert(0, str(ROOT / "src"))

from bastion.datasets.format import Example  # noqa: E402
from bastion.taxonomy import is_category  # noqa: E402

TOPIC = "violence"
_ISO_639_1 = (
    "aa ab af ak am ar as ay az ba be bg bh bi bn bo br bs ca ce co cs cy da de dv dz el en "
    "eo es et eu fa fi fj fo fr fy ga gd gl gn gu ha he hi hr ht hu hy id ig is it ja jv ka "
    "kk km kn ko ks ku ky la lb ln lo lt lv mg mi mk ml mn mr ms mt my nb ne nl nn no oc om "
    "or pa pl ps pt qu rm ro ru rw sa sd si sk sl so sq sr st su sv sw ta te tg th ti tk tl "
    "tn to tr ts tt ug uk ur uz vi wo xh yi yo za zh zu"
)
ISO_639_1 = set(_ISO_639_1.split())

HT = "harassment/threatening"
CLEAN = {
    "harassment": 0,
    HT: 0,
    "violence": 0,
    "violence/graphic": 0,
    "hate": 0,
    "self-harm": 0,
    "profanity": 0,
}
CODES: dict[str, dict[str, int]] = {
    # a threat of violence to a person, their family, a user or a specific target
    "T": {HT: 1, "violence": 1, "hate": 0},
    # a threat to property (whether it is also violence to people is left unknown)
    "TP": {HT: 1, "hate": 0},
    # a threat to stalk or expose a person, no violence and no data shared
    "TX": {HT: 1, "violence": 0, "hate": 0, "privacy": 0},
    # violence not aimed at a specific target: calls to attack, glorification,
    # celebrating victims' suffering
    "V": {"violence": 1, HT: 0, "hate": 0},
    # a graphic depiction of gore meant to shock or relish
    "G": {"violence/graphic": 1, HT: 0, "hate": 0},
    # a graphic threat
    "GT": {"violence/graphic": 1, HT: 1, "hate": 0},
    # an insult, humiliation or bullying without a threat
    "H": {"harassment": 1, HT: 0, "violence": 0, "hate": 0, "profanity": 0},
    # telling someone to kill themselves (encouraging self-harm)
    "K": {
        "harassment": 1,
        "self-harm/instructions": 1,
        "self-harm/intent": 0,
        HT: 0,
        "violence": 0,
        "hate": 0,
    },
    # swearing not aimed at anyone
    "P": {"profanity": 1, "harassment": 0, "violence": 0, "hate": 0},
    # harmless in every respect
    "C": dict(CLEAN),
}
MODIFIERS = {"p": ("profanity", 1)}
SURFACES = {"comment", "dm", "playlist_title", "ai_prompt", "ai_output"}

GROUP_RE = re.compile(r"\{([^{}]*)\}")
LINE_RE = re.compile(
    r"^(&?)([A-Z]+)((?:\+[a-z])*)(?:/([a-z0-9_]+))?(?:@([a-z_]+))?\s+(.+?)(?:\s+\*(\d+))?$"
)


class SourceError(ValueError):
    pass


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def labels_for(code: str, mods: str, where: str) -> dict[str, int]:
    if code not in CODES:
        raise SourceError(f"{where}: unknown label code {code!r}")
    labels = dict(CODES[code])
    for mod in filter(None, mods.split("+")):
        if mod not in MODIFIERS:
            raise SourceError(f"{where}: unknown modifier +{mod}")
        key, value = MODIFIERS[mod]
        labels[key] = value
    return labels


def groups_of(text: str, defs: dict[str, list[str]], where: str) -> list[list[str]]:
    groups = []
    for body in GROUP_RE.findall(text):
        body = body.removeprefix("~")
        if body.startswith("$"):
            if body[1:] not in defs:
                raise SourceError(f"{where}: undefined ${body[1:]}")
            groups.append(defs[body[1:]])
        else:
            groups.append(body.split("|"))
    return groups


def fill(text: str, groups: list[list[str]], idx: tuple[int, ...], rng: random.Random) -> str:
    """Fill the groups: mirrored ones from ``idx`` in order, free ones (``~``) from ``rng``."""
    it = iter(range(len(groups)))
    mirrored = iter(range(len(groups)))

    def sub(m: re.Match[str]) -> str:
        g = groups[next(it)]
        if m.group(1).startswith("~"):
            return g[rng.randrange(len(g))]
        j = next(mirrored)
        return g[idx[j % len(idx)] % len(g)] if idx else g[rng.randrange(len(g))]

    out = re.sub(r" {2,}", " ", GROUP_RE.sub(sub, text)).strip()
    return re.sub(r" ([,.，。、])", r"\1", out)


def sample(groups: list[list[str]], n: int, seed: str) -> list[tuple[int, ...]]:
    if not groups:
        return [()]
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))
    sizes = [len(g) for g in groups]
    total = 1
    for s in sizes:
        total *= s
    if total <= 20000:
        allidx = list(itertools.product(*[range(s) for s in sizes]))
        rng.shuffle(allidx)
        return allidx[: min(n, total)]
    seen: set[tuple[int, ...]] = set()
    out = []
    while len(out) < n:
        t = tuple(rng.randrange(s) for s in sizes)
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def parse(path: Path, lang: str, split: str) -> list[dict]:
    """Expand one source file into example dicts (with a provisional pair key)."""
    defs: dict[str, list[str]] = {}
    func = None
    surface = "comment"
    examples: list[dict] = []
    head: tuple[list[tuple[int, ...]], str] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{lineno}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, _, rest = line[1:].partition(" ")
            rest = rest.strip()
            if name == "func":
                func = rest
            elif name == "surface":
                if rest not in SURFACES:
                    raise SourceError(f"{where}: unknown surface {rest!r}")
                surface = rest
            elif name == "def":
                key, _, alts = rest.partition("=")
                defs[key.strip()] = [a.strip() for a in alts.split(" | ")]
            else:
                raise SourceError(f"{where}: unknown directive @{name}")
            continue
        m = LINE_RE.match(line)
        if not m:
            raise SourceError(f"{where}: cannot parse {line!r}")
        amp, code, mods, lfunc, lsurface, text, count = m.groups()
        labels = labels_for(code, mods, where)
        if lsurface and lsurface not in SURFACES:
            raise SourceError(f"{where}: unknown surface {lsurface!r}")
        groups = groups_of(text, defs, where)
        if amp:
            if head is None:
                raise SourceError(f"{where}: '&' line without a head")
            idxs, pair_base = head
        else:
            mirrored = [
                g
                for g, body in zip(groups, GROUP_RE.findall(text), strict=True)
                if not body.startswith("~")
            ]
            idxs = sample(mirrored, int(count or 1), f"{lang}/{split}/{text}")
            pair_base = where
            head = (idxs, pair_base)
        rng = random.Random(
            int(hashlib.sha256(f"{lang}/{split}/{where}".encode()).hexdigest()[:16], 16)
        )
        made: set[str] = set()
        for k, idx in enumerate(idxs):
            filled = fill(text, groups, idx, rng)
            for _ in range(50):  # free groups: avoid repeating a text within a line
                if filled not in made:
                    break
                filled = fill(text, groups, idx, rng)
            made.add(filled)
            ex = {
                "text": filled,
                "lang": lang,
                "labels": dict(labels),
                "func": lfunc or func,
                "_pair": f"{pair_base}#{k}",
                "_where": where,
            }
            if (lsurface or surface) != "comment":
                ex["surface"] = lsurface or surface
            if not ex["func"]:
                raise SourceError(f"{where}: no func")
            examples.append(ex)
    return examples


def assign_pairs(examples: list[dict], lang: str, split: str, counter: Counter) -> None:
    by_key: dict[str, list[dict]] = defaultdict(list)
    for ex in examples:
        by_key[ex.pop("_pair")].append(ex)
    for members in by_key.values():
        if len(members) < 2:
            continue
        counter[(lang, split)] += 1
        pid = f"vio-{lang}-{'t' if split == 'test' else ''}{counter[(lang, split)]:04d}"
        for ex in members:
            ex["pair"] = pid


def build() -> dict[Path, dict]:
    files: dict[Path, dict] = {}
    seen: dict[str, str] = {}
    counter: Counter = Counter()
    dropped = 0
    test_examples: list[dict] = []
    for split in ("train", "test"):
        for src in sorted(SRC.glob(f"*.{split}.txt")):
            lang = src.name.split(".")[0]
            exs = parse(src, lang, split)
            kept = []
            for ex in exs:
                key = norm(ex["text"])
                if key in seen:
                    dropped += 1
                    print(
                        f"duplicate dropped: {ex['_where']} {ex['text']!r} (first at {seen[key]})"
                    )
                    continue
                seen[key] = ex["_where"]
                kept.append(ex)
            assign_pairs(kept, lang, split, counter)
            for ex in kept:
                ex.pop("_where")
            if split == "train":
                files[OUT / f"{TOPIC}.{lang}.train.yaml"] = doc("train", kept)
            else:
                test_examples.extend(kept)
    if test_examples:
        files[OUT / f"{TOPIC}.test.yaml"] = doc("test", test_examples)
    if dropped:
        print(f"{dropped} duplicates dropped")
    return files


def doc(split: str, examples: list[dict]) -> dict:
    ordered = []
    for ex in examples:
        row = {"text": ex["text"], "lang": ex["lang"], "labels": ex["labels"], "func": ex["func"]}
        if "pair" in ex:
            row["pair"] = ex["pair"]
        if "surface" in ex:
            row["surface"] = ex["surface"]
        ordered.append(row)
    return {"version": 1, "topic": TOPIC, "split": split, "examples": ordered}


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def validate(paths: list[Path]) -> int:
    errors: list[str] = []
    texts: dict[str, tuple[str, str]] = {}
    pairs: dict[str, list[dict]] = defaultdict(list)
    rows = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        split = data.get("split")
        if split not in ("train", "test") or data.get("version") != 1:
            errors.append(f"{path.name}: bad header")
        for i, ex in enumerate(data["examples"]):
            where = f"{path.name}#{i}"
            for field in ("text", "lang", "labels"):
                if not ex.get(field):
                    errors.append(f"{where}: missing {field}")
            if ex["lang"] not in ISO_639_1:
                errors.append(f"{where}: lang {ex['lang']!r}")
            for key, value in ex["labels"].items():
                if not is_category(key) or value not in (0, 1) or isinstance(value, bool):
                    errors.append(f"{where}: label {key}={value!r}")
            try:
                Example(id=where, text=ex["text"], labels=ex["labels"])
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
            key = norm(ex["text"])
            if key in texts:
                errors.append(f"{where}: duplicate of {texts[key][0]} ({ex['text']!r})")
            texts[key] = (where, split)
            if "pair" in ex:
                pairs[ex["pair"]].append(ex)
            rows.append((path.name, split, ex))
    for pid, members in pairs.items():
        if len(members) < 2:
            errors.append(f"pair {pid}: one member")
        elif len({tuple(sorted(m["labels"].items())) for m in members}) < 2:
            errors.append(f"pair {pid}: members share labels ({members[0]['text']!r})")
    for e in errors:
        print("ERROR", e)
    summary(rows)
    return len(errors)


def positives(labels: dict[str, int]) -> set[str]:
    from bastion.taxonomy import ancestors

    out = set()
    for k, v in labels.items():
        if v == 1:
            out.add(k)
            out.update(ancestors(k))
    return out


def summary(rows: list[tuple[str, str, dict]]) -> None:
    cats = ["harassment", HT, "violence", "violence/graphic", "profanity", "self-harm/instructions"]
    short = {
        "harassment": "har",
        HT: "har/thr",
        "violence": "vio",
        "violence/graphic": "vio/gr",
        "profanity": "prof",
        "self-harm/instructions": "sh/ins",
    }
    by_file: dict[str, list[dict]] = defaultdict(list)
    for name, _, ex in rows:
        by_file[name].append(ex)
    head = (
        f"{'file':34} {'n':>5} {'clean':>5} " + " ".join(f"{short[c]:>7}" for c in cats) + "  langs"
    )
    print(head)
    for name, exs in sorted(by_file.items()):
        pos = Counter(c for ex in exs for c in positives(ex["labels"]))
        clean = sum(1 for ex in exs if not positives(ex["labels"]))
        langs = ",".join(sorted({ex["lang"] for ex in exs}))
        print(
            f"{name:34} {len(exs):5} {clean:5} "
            + " ".join(f"{pos[c]:7}" for c in cats)
            + f"  {langs}"
        )
    for split in ("train", "test"):
        exs = [ex for _, s, ex in rows if s == split]
        print(f"\n{split}: {len(exs)} examples")
        print(
            "  langs: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(e["lang"] for e in exs).items()))
        )
        print(
            "  funcs: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(e["func"] for e in exs).items()))
        )
        print("  pairs: " + str(len({e["pair"] for e in exs if "pair" in e})))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the written files only")
    args = parser.parse_args()
    if not args.check:
        files = build()
        for old in OUT.glob(f"{TOPIC}.*.yaml"):
            if old not in files:
                old.unlink()
        for path, data in files.items():
            text = dump(data)
            if yaml.safe_load(text) != data:
                print(f"ERROR {path.name}: does not round-trip")
                return 1
            path.write_text(text, encoding="utf-8")
    paths = sorted(OUT.glob(f"{TOPIC}.*.yaml"))
    return 1 if validate(paths) else 0


if __name__ == "__main__":
    sys.exit(main())
