"""Validate the authored hate files and print a summary (run after gen_hate.py)."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))
from bastion.taxonomy import is_category  # noqa: E402

AUTH = ROOT / "src" / "bastion" / "learn" / "authored"
ISO = set("en de es fr it pt pl nl tr ar hi zh ru ja ko sv id".split())
SURFACES = {"comment", "dm", "playlist_title", "playlist_description", "ai_prompt", "ai_output"}
KEYS = {"text", "lang", "labels", "func", "pair", "group", "surface", "context"}


def key(t: str) -> str:
    return " ".join(t.casefold().split())


def main() -> int:
    terms = yaml.safe_load((AUTH / "identity_terms.yaml").read_text(encoding="utf-8"))
    groups = set(terms["en"])
    files = sorted(AUTH.glob("hate*.yaml"))
    errors: list[str] = []
    seen: dict[str, str] = {}
    split_of: dict[str, str] = {}
    pairs: dict[str, list[tuple]] = collections.defaultdict(list)
    summary = {}
    for f in files:
        doc = yaml.safe_load(f.read_text(encoding="utf-8"))
        split = doc.get("split")
        if split not in ("train", "test"):
            errors.append(f"{f.name}: split {split!r}")
        ex = doc["examples"]
        cat = collections.Counter()
        langs = collections.Counter()
        funcs = collections.Counter()
        for i, e in enumerate(ex):
            w = f"{f.name}#{i}"
            if set(e) - KEYS:
                errors.append(f"{w}: keys {set(e) - KEYS}")
            if not isinstance(e.get("text"), str) or not e["text"].strip():
                errors.append(f"{w}: text")
            if e.get("lang") not in ISO:
                errors.append(f"{w}: lang {e.get('lang')}")
            labs = e.get("labels")
            if not isinstance(labs, dict) or not labs:
                errors.append(f"{w}: labels")
                continue
            for c, v in labs.items():
                if not is_category(c) or v not in (0, 1):
                    errors.append(f"{w}: label {c}={v}")
                if v == 1:
                    cat[c] += 1
            if labs.get("hate/threatening") == 1 and labs.get("hate") != 1:
                errors.append(f"{w}: child without parent")
            if e.get("group") and e["group"] not in groups:
                errors.append(f"{w}: group {e['group']}")
            if e.get("surface", "comment") not in SURFACES:
                errors.append(f"{w}: surface")
            k = key(e["text"])
            if k in seen:
                errors.append(f"{w}: duplicate of {seen[k]}: {e['text']!r}")
            seen[k] = w
            split_of.setdefault(k, split)
            if split_of[k] != split:
                errors.append(f"{w}: in train and test")
            if e.get("pair"):
                pairs[e["pair"]].append(tuple(sorted(labs.items())))
            langs[e["lang"]] += 1
            funcs[e.get("func", "-")] += 1
        summary[f.name] = (len(ex), cat, langs, funcs)
    for p, labs in pairs.items():
        if len(labs) < 2 or len(set(labs)) < 2:
            errors.append(f"pair {p}: {len(labs)} members, labels {set(labs)}")
    for name, (n, cat, langs, funcs) in summary.items():
        print(f"\n== {name}: {n} examples")
        print("   positives:", dict(sorted(cat.items())))
        print("   languages:", dict(sorted(langs.items())))
        print("   funcs:", dict(sorted(funcs.items())))
    tot = collections.Counter()
    for name, (n, *_rest) in summary.items():
        tot["test" if "test" in name else "train"] += n
    print("\nTOTAL", dict(tot), "pairs", len(pairs))
    for e in errors[:50]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
