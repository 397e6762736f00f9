"""Build the authored 'sensitive' data (self-harm, sexual, sexual/minors, illicit, extremism).

Usage (from the repository root):

    .venv/bin/python scripts/authoring/sensitive/build.py          # write + validate + summary
    .venv/bin/python scripts/authoring/sensitive/build.py --check  # validate the written files only

Each topic module (``*_data.py`` next to this file) defines:

* ``TOPIC``      -- the topic name written into the YAML and used for file names;
* ``PREFIX``     -- the prefix of pair ids;
* ``CODES``      -- code -> (labels, func): what a line's code means;
* ``FILL``       -- lang -> slot -> list of fillers (per-language, grammatical in place);
* ``TRAIN`` / ``TEST`` -- lang -> block of lines (see below);
* ``VARIANTS``   -- (split, lang) -> how many slot fillings a slotted line gets
                    (optional; default below).

A block line is ``[>] code[@surface][#group] | text [<<< context]``:

* ``>`` joins the line to the pair group of the previous line that had no ``>``;
  every member of a group is filled with the same slot values, and each
  filling becomes one pair id (a group must mix labels; the build checks it);
* ``{slot}`` in a text (or context) is filled from ``FILL[lang][slot]``;
* ``@surface`` is comment (default), dm, playlist_title, ai_prompt or ai_output;
* ``#group`` is an identity-group key;
* blank lines and lines starting with ``;`` are ignored.

Everything is deterministic: fillings are drawn with ``random.Random`` seeded by a
CRC of (topic, split, lang, line number), and the output keeps the block order.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT_DIR = ROOT / "src" / "bastion" / "learn" / "authored"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from bastion.taxonomy import PARENTS, is_category  # noqa: E402

MODULES = [
    m
    for m in ["selfharm_data", "sexual_data", "illicit_data", "extremism_data"]
    if (HERE / f"{m}.py").exists()
]
SURFACES = {"comment", "dm", "playlist_title", "ai_prompt", "ai_output"}
LANGS = {
    "en", "de", "es", "fr", "it", "pt", "pl", "nl", "tr", "ar", "hi", "zh",
    "ru", "ja", "ko", "sv", "id",
}
GROUPS = {
    "women", "men", "trans_people", "nonbinary_people", "gay_men", "lesbians",
    "bisexual_people", "lgbtq_people", "black_people", "white_people", "asian_people",
    "latino_people", "arab_people", "indigenous_people", "roma_people", "jewish_people",
    "muslims", "christians", "hindus", "sikhs", "buddhists", "atheists", "immigrants",
    "refugees", "disabled_people", "deaf_people", "blind_people", "autistic_people",
    "people_with_mental_illness", "older_people", "people_with_hiv", "poor_people",
    "nationality",
}
DEFAULT_VARIANTS = {"en": 3}
DEFAULT_VARIANTS_OTHER = 3
SLOT = re.compile(r"\{([a-z_]+)\}")
LINE = re.compile(
    r"^(?P<join>>\s*)?(?P<code>[a-z0-9_]+)(?:@(?P<surface>[a-z_]+))?(?:#(?P<group>[a-z_]+))?\s*\|\s*(?P<text>.+)$"
)


def norm(text: str) -> str:
    """Casefolded, whitespace-collapsed, NFC: the key for duplicate checks."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def parse_block(block: str, where: str) -> list[list[dict]]:
    """Lines of a block -> list of groups (a group is a list of line dicts)."""
    groups: list[list[dict]] = []
    for n, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = LINE.match(line)
        if not m:
            raise SystemExit(f"{where}:{n}: cannot parse {raw!r}")
        text = m["text"].strip()
        context = None
        if "<<<" in text:
            text, context = (part.strip() for part in text.split("<<<", 1))
        item = {
            "code": m["code"],
            "surface": m["surface"],
            "group": m["group"],
            "text": text,
            "context": context,
            "line": n,
        }
        if m["join"]:
            if not groups:
                raise SystemExit(f"{where}:{n}: '>' with no line before it")
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def fill(text: str, values: dict[str, str]) -> str:
    return SLOT.sub(lambda m: values[m[1]], text)


def expand(mod, split: str, lang: str, block: str, seen: set[str]) -> list[dict]:
    where = f"{mod.TOPIC}.{split}.{lang}"
    fills = mod.FILL.get(lang, {})
    variants_cfg = getattr(mod, "VARIANTS", {})
    n_variants = variants_cfg.get(
        (split, lang), variants_cfg.get(split, DEFAULT_VARIANTS.get(lang, DEFAULT_VARIANTS_OTHER))
    )
    out: list[dict] = []
    pair_no = 0
    for group in parse_block(block, where):
        slots = sorted(
            {s for it in group for s in SLOT.findall(it["text"] + " " + (it["context"] or ""))}
        )
        for s in slots:
            if s not in fills or not fills[s]:
                raise SystemExit(f"{where}:{group[0]['line']}: no fillers for slot {{{s}}}")
        seed = zlib.crc32(f"{mod.TOPIC}|{split}|{lang}|{group[0]['line']}".encode())
        rng = random.Random(seed)
        if slots:
            # all combinations would explode; draw distinct fillings
            tries, made = 0, 0
            used: set[tuple] = set()
            while made < n_variants and tries < 60:
                tries += 1
                values = {s: rng.choice(fills[s]) for s in slots}
                key = tuple(values[s] for s in slots)
                if key in used:
                    continue
                used.add(key)
                before = len(out)
                if emit(mod, group, values, lang, split, seen, out, pair_no):
                    made += 1
                    pair_no += "pair" in out[before]
        else:
            before = len(out)
            if emit(mod, group, {}, lang, split, seen, out, pair_no):
                pair_no += "pair" in out[before]
    return out


def emit(mod, group, values, lang, split, seen, out, pair_no) -> bool:
    """Fill one group; members whose text is already taken are dropped.

    A group that keeps >= 2 members with different labels becomes a pair; one that
    keeps a single member is written without a pair id; nothing kept -> False.
    """
    rows = []
    keys = []
    for it in group:
        if it["code"] not in mod.CODES:
            raise SystemExit(f"{mod.TOPIC}.{split}.{lang}:{it['line']}: unknown code {it['code']!r}")
        text = fill(it["text"], values)
        k = norm(text)
        if k in seen or k in keys:
            continue
        keys.append(k)
        labels, func = mod.CODES[it["code"]]
        row = {"text": text, "lang": lang, "labels": dict(labels), "func": func}
        if it["group"]:
            row["group"] = it["group"]
        if it["surface"] and it["surface"] != "comment":
            row["surface"] = it["surface"]
        if it["context"]:
            row["context"] = fill(it["context"], values)
        rows.append(row)
    if not rows:
        return False
    if len(group) > 1 and len({tuple(sorted(mod.CODES[it["code"]][0].items())) for it in group}) < 2:
        raise SystemExit(
            f"{mod.TOPIC}.{split}.{lang}:{group[0]['line']}: pair group has identical labels"
        )
    is_pair = len(rows) > 1 and len({tuple(sorted(r["labels"].items())) for r in rows}) > 1
    if not is_pair and len(rows) > 1:
        rows = rows[:1]
        keys = keys[:1]
    for r in rows:
        if is_pair:
            r["pair"] = f"{mod.PREFIX}-{lang}-{'t' if split == 'test' else 'r'}{pair_no:04d}"
        # keep a stable key order: text, lang, labels, func, pair, group, surface, context
        order = ["text", "lang", "labels", "func", "pair", "group", "surface", "context"]
        r_sorted = {k2: r[k2] for k2 in order if k2 in r}
        r.clear()
        r.update(r_sorted)
    seen.update(keys)
    out.extend(rows)
    return True


def build() -> list[Path]:
    seen: set[str] = set()  # across every file of this build: no duplicates anywhere
    written = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for split, blocks in (("train", mod.TRAIN), ("test", mod.TEST)):
            examples: list[dict] = []
            for lang in sorted(blocks):
                examples.extend(expand(mod, split, lang, blocks[lang], seen))
            doc = {"version": 1, "topic": mod.TOPIC, "split": split, "examples": examples}
            path = OUT_DIR / f"{mod.TOPIC}.{split}.yaml"
            text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
            path.write_text(text, encoding="utf-8")
            if yaml.safe_load(text) != doc:
                raise SystemExit(f"{path}: does not round-trip")
            written.append(path)
    return written


def closure(labels: dict) -> dict:
    full = dict(labels)
    for k, v in labels.items():
        if v == 1:
            p = PARENTS[k]
            while p is not None:
                full[p] = 1
                p = PARENTS[p]
    return full


def validate(paths: list[Path]) -> None:
    errors: list[str] = []
    seen: dict[str, tuple[str, str]] = {}
    pairs: dict[str, list[dict]] = defaultdict(list)
    summary = []
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        split = doc.get("split")
        if split not in ("train", "test") or doc.get("version") != 1 or not doc.get("topic"):
            errors.append(f"{path.name}: bad header")
        cat_pos: Counter = Counter()
        langs: Counter = Counter()
        funcs: Counter = Counter()
        clean = 0
        for i, ex in enumerate(doc["examples"]):
            where = f"{path.name}#{i}"
            for f in ("text", "lang", "labels"):
                if not ex.get(f):
                    errors.append(f"{where}: missing {f}")
            if ex["lang"] not in LANGS:
                errors.append(f"{where}: lang {ex['lang']!r}")
            for k, v in ex["labels"].items():
                if not is_category(k):
                    errors.append(f"{where}: label key {k!r}")
                if v not in (0, 1) or isinstance(v, bool):
                    errors.append(f"{where}: label value {v!r}")
            full = closure(ex["labels"])
            for k, v in full.items():
                if v == 0 and any(
                    PARENTS.get(c) == k and full.get(c) == 1 for c in full
                ):
                    errors.append(f"{where}: {k}=0 but a child is 1")
            if all(v == 0 for v in ex["labels"].values()):
                clean += 1
            if ex.get("group") and ex["group"] not in GROUPS:
                errors.append(f"{where}: group {ex['group']!r}")
            if ex.get("surface", "comment") not in SURFACES:
                errors.append(f"{where}: surface {ex['surface']!r}")
            if ex.get("func") and not re.fullmatch(r"[a-z][a-z0-9_]*", ex["func"]):
                errors.append(f"{where}: func {ex['func']!r}")
            k = norm(ex["text"])
            if k in seen:
                errors.append(f"{where}: duplicate of {seen[k][0]} ({seen[k][1]}): {ex['text']!r}")
            seen[k] = (where, split)
            if ex.get("pair"):
                pairs[ex["pair"]].append(ex)
            for c, v in full.items():
                if v == 1:
                    cat_pos[c] += 1
            langs[ex["lang"]] += 1
            funcs[ex.get("func", "-")] += 1
        summary.append((path.name, len(doc["examples"]), clean, cat_pos, langs, funcs))
    for pid, members in pairs.items():
        if len(members) < 2:
            errors.append(f"pair {pid}: only one member")
        elif len({tuple(sorted(m["labels"].items())) for m in members}) < 2:
            errors.append(f"pair {pid}: members share labels")
    for name, n, clean, cat_pos, langs, funcs in summary:
        print(f"\n== {name}: {n} examples, {clean} clean")
        print("  positives: " + ", ".join(f"{c}={cat_pos[c]}" for c in PARENTS if cat_pos[c]))
        print("  languages: " + ", ".join(f"{l}={c}" for l, c in sorted(langs.items())))
        print("  funcs:     " + ", ".join(f"{f}={c}" for f, c in sorted(funcs.items())))
    tot = Counter()
    tot_lang = Counter()
    for name, n, *_ in summary:
        tot[name.split(".")[-2]] += n
    for *_, langs, _f in summary:
        tot_lang.update(langs)
    print("\n== totals:", dict(tot), "pairs:", len(pairs))
    en_share = tot_lang["en"] / max(1, sum(tot_lang.values()))
    print("== languages:", dict(sorted(tot_lang.items())), f"en share {en_share:.1%}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:60]:
            print("  " + e)
        raise SystemExit(1)
    print("\nvalid.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="validate the written files only")
    args = ap.parse_args()
    if args.check:
        paths = sorted(
            OUT_DIR / f"{importlib.import_module(m).TOPIC}.{s}.yaml"
            for m in MODULES
            for s in ("train", "test")
        )
    else:
        paths = build()
    validate(paths)


if __name__ == "__main__":
    main()
