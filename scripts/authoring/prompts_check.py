"""Validate authored YAML files and print a summary table.

    python scripts/authoring/prompts_check.py [src/bastion/learn/authored/prompts.*.yaml]

With no arguments it checks every ``prompts.*.yaml`` under ``src/bastion/learn/authored``.

Checks: every file loads; every example has text/lang/labels; label keys are
taxonomy keys with values 0/1; lang is a two-letter ISO 639-1 code; no duplicate
texts (casefolded, whitespace-collapsed) within or across the files; no text in
both a train and a test file; every pair id has >= 2 members with different labels.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
AUTHORED = ROOT / "src" / "bastion" / "learn" / "authored"
sys.path.insert(0, str(ROOT / "src"))
from bastion.taxonomy import ancestors, is_category  # noqa: E402

ISO_639_1 = set(
    [
        "aa",
        "ab",
        "af",
        "am",
        "ar",
        "as",
        "az",
        "be",
        "bg",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gu",
        "he",
        "hi",
        "hr",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ja",
        "jv",
        "ka",
        "kk",
        "km",
        "kn",
        "ko",
        "ku",
        "ky",
        "la",
        "lb",
        "lo",
        "lt",
        "lv",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "nb",
        "ne",
        "nl",
        "nn",
        "no",
        "or",
        "pa",
        "pl",
        "ps",
        "pt",
        "ro",
        "ru",
        "sd",
        "si",
        "sk",
        "sl",
        "so",
        "sq",
        "sr",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "tk",
        "tl",
        "tr",
        "tt",
        "ug",
        "uk",
        "ur",
        "uz",
        "vi",
        "xh",
        "yi",
        "yo",
        "zh",
        "zu",
    ]
)
SURFACES = {"comment", "dm", "playlist_title", "ai_prompt", "ai_output"}


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def main(paths: list[str]) -> int:
    paths = paths or [str(p) for p in sorted(AUTHORED.glob("prompts.*.yaml"))]
    if not paths:
        print(f"ERROR no prompts.*.yaml under {AUTHORED}")
        return 1
    errors: list[str] = []
    where: dict[str, str] = {}
    split_of: dict[str, set] = defaultdict(set)
    for path in paths:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        split = doc.get("split")
        if split not in ("train", "test"):
            errors.append(f"{path}: split {split!r}")
        exs = doc.get("examples") or []
        pairs: dict[str, list] = defaultdict(list)
        cats: Counter = Counter()
        langs: Counter = Counter()
        funcs: Counter = Counter()
        surfaces: Counter = Counter()
        for i, ex in enumerate(exs):
            at = f"{path}#{i}"
            for field in ("text", "lang", "labels"):
                if field not in ex:
                    errors.append(f"{at}: missing {field}")
            text, labels = ex.get("text", ""), ex.get("labels") or {}
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{at}: empty text")
            if ex.get("lang") not in ISO_639_1:
                errors.append(f"{at}: lang {ex.get('lang')!r}")
            if not labels:
                errors.append(f"{at}: no labels")
            for k, v in labels.items():
                if not is_category(k):
                    errors.append(f"{at}: unknown category {k!r}")
                if v not in (0, 1) or isinstance(v, bool):
                    errors.append(f"{at}: label {k}={v!r}")
            for k, v in labels.items():
                if v == 1 and is_category(k):
                    for a in ancestors(k):
                        if labels.get(a) == 0:
                            errors.append(f"{at}: {k}=1 but parent {a}=0")
            if ex.get("surface", "comment") not in SURFACES:
                errors.append(f"{at}: surface {ex.get('surface')!r}")
            key = norm(text)
            if key in where:
                errors.append(f"{at}: duplicate of {where[key]}: {text[:60]!r}")
            where.setdefault(key, at)
            split_of[key].add(split)
            if "pair" in ex:
                pairs[ex["pair"]].append(tuple(sorted(labels.items())))
            pos = {k for k, v in labels.items() if v == 1}
            for k in pos:
                cats[k] += 1
                for a in ancestors(k):
                    if a not in pos:
                        cats[a] += 1
            if not pos:
                cats["(clean)"] += 1
            langs[ex.get("lang")] += 1
            funcs[ex.get("func", "-")] += 1
            surfaces[ex.get("surface", "comment")] += 1
        for pid, members in pairs.items():
            if len(members) < 2 or len(set(members)) < 2:
                errors.append(f"{path}: pair {pid} needs >= 2 members with different labels")
        print(f"\n== {path}  split={split}  examples={len(exs)}  pairs={len(pairs)}")
        print("  positives per category: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
        print("  languages: " + ", ".join(f"{k}={v}" for k, v in langs.most_common()))
        en = langs.get("en", 0)
        print(f"  english share: {en / max(1, len(exs)):.1%}")
        print("  surfaces: " + ", ".join(f"{k}={v}" for k, v in surfaces.most_common()))
        print("  functionalities: " + ", ".join(f"{k}={v}" for k, v in sorted(funcs.items())))
    both = [k for k, s in split_of.items() if len(s) > 1]
    for k in both:
        errors.append(f"text in train and test: {k[:60]!r}")
    for e in errors[:200]:
        print("ERROR", e)
    print(f"\n{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
