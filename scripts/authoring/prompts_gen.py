"""Generate the authored AI-prompt data: src/bastion/learn/authored/prompts.{train,test}.yaml.

The sentences are hand-written per language in scripts/authoring/prompts_data/<lang>.py
(each module has LANG, GROUPS, TRAIN and TEST); this script only expands the few
templates (slot frames, group frames), assigns labels from short codes, pair ids and
surfaces, and writes the YAML deterministically (fixed seed, fixed order).

    /work/main/.venv/bin/python scripts/authoring/prompts_gen.py

Codes used in the data modules (see LABELS): a code names the label set of an
unsafe example; clean examples are written with their functionality instead.
"""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "src" / "bastion" / "learn" / "authored"
sys.path.insert(0, str(Path(__file__).resolve().parent))

LANGS = [
    "en",
    "de",
    "es",
    "fr",
    "it",
    "pt",
    "pl",
    "nl",
    "tr",
    "ar",
    "hi",
    "zh",
    "ru",
    "ja",
    "ko",
    "sv",
    "id",
]
SEED = 20240611

# code -> (labels, func)
LABELS: dict[str, tuple[dict[str, int], str]] = {
    "viol": (
        {"violence": 1, "illicit/violent": 1, "hate": 0, "prompt-attack": 0},
        "unsafe_violence_request",
    ),
    "weap": ({"illicit/violent": 1, "hate": 0, "prompt-attack": 0}, "unsafe_violence_request"),
    "illi": (
        {"illicit": 1, "illicit/violent": 0, "violence": 0, "prompt-attack": 0},
        "unsafe_illicit_request",
    ),
    "sh": (
        {"self-harm/instructions": 1, "violence": 0, "prompt-attack": 0},
        "unsafe_selfharm_request",
    ),
    "shi": (
        {"self-harm/instructions": 1, "self-harm/intent": 1, "violence": 0, "prompt-attack": 0},
        "unsafe_selfharm_request",
    ),
    "shs": (
        {"self-harm": 1, "self-harm/instructions": 0, "violence": 0, "prompt-attack": 0},
        "selfharm_support_seeking",
    ),
    "shsi": (
        {"self-harm/intent": 1, "self-harm/instructions": 0, "violence": 0, "prompt-attack": 0},
        "selfharm_support_seeking",
    ),
    "hate": (
        {"hate": 1, "hate/threatening": 0, "violence": 0, "prompt-attack": 0},
        "unsafe_hate_request",
    ),
    "hatet": ({"hate/threatening": 1, "violence": 1, "prompt-attack": 0}, "unsafe_hate_request"),
    "har": (
        {
            "harassment": 1,
            "harassment/threatening": 0,
            "hate": 0,
            "violence": 0,
            "prompt-attack": 0,
        },
        "unsafe_harassment_request",
    ),
    "hart": (
        {"harassment/threatening": 1, "violence": 1, "hate": 0, "prompt-attack": 0},
        "unsafe_harassment_request",
    ),
    "sex": ({"sexual": 1, "sexual/minors": 0, "prompt-attack": 0}, "unsafe_sexual_request"),
    "min": ({"sexual/minors": 1, "prompt-attack": 0}, "unsafe_sexual_minors_request"),
    "priv": ({"privacy": 1, "prompt-attack": 0}, "unsafe_privacy_request"),
    "tox": (
        {
            "harassment": 1,
            "profanity": 1,
            "harassment/threatening": 0,
            "hate": 0,
            "prompt-attack": 0,
        },
        "toxic_to_assistant",
    ),
    # an ableist slur used as a generic insult: whether that is also `hate` is left unknown
    "toxslur": (
        {"harassment": 1, "profanity": 1, "harassment/threatening": 0, "prompt-attack": 0},
        "toxic_to_assistant",
    ),
    "toxc": (
        {
            "harassment": 1,
            "profanity": 0,
            "harassment/threatening": 0,
            "hate": 0,
            "prompt-attack": 0,
        },
        "toxic_to_assistant",
    ),
    "toxs": (
        {"sexual": 1, "harassment": 1, "sexual/minors": 0, "prompt-attack": 0},
        "toxic_to_assistant",
    ),
    "toxsp": (
        {"sexual": 1, "harassment": 1, "profanity": 1, "sexual/minors": 0, "prompt-attack": 0},
        "toxic_to_assistant",
    ),
    "scam": ({"scam": 1, "prompt-attack": 0}, "scam_content"),
    "prof": (
        {"profanity": 1, "harassment": 0, "hate": 0, "prompt-attack": 0},
        "frustrated_feedback",
    ),
    "jb": ({"prompt-attack": 1}, "jailbreak"),
    "inj": ({"prompt-attack": 1}, "injection"),
    "ext": ({"prompt-attack": 1}, "prompt_extraction"),
}

# func of a clean example -> the close categories listed as explicit zeros
CLEAN_KEYS: dict[str, tuple[str, ...]] = {
    "default": ("violence", "illicit", "self-harm", "hate", "harassment", "prompt-attack"),
    "safe_fiction": (
        "violence",
        "illicit",
        "self-harm",
        "hate",
        "harassment",
        "sexual",
        "prompt-attack",
    ),
    "frustrated_feedback": ("harassment", "profanity", "hate", "prompt-attack"),
    "lookalike_instruction": ("prompt-attack", "harassment", "violence", "illicit"),
    "safe_group_question": ("hate", "harassment", "violence", "prompt-attack"),
    "safe_group_request": ("hate", "harassment", "violence", "prompt-attack"),
    "safe_counter_speech": ("hate", "harassment", "violence", "prompt-attack"),
    "safe_romance": ("sexual", "sexual/minors", "harassment", "prompt-attack"),
    "safe_sex_education": ("sexual", "sexual/minors", "harassment", "prompt-attack"),
    "safe_child_safety": ("sexual", "sexual/minors", "harassment", "prompt-attack"),
    "safe_privacy": ("privacy", "harassment", "illicit", "prompt-attack"),
    "safe_security": ("illicit", "scam", "privacy", "prompt-attack"),
    "reply_refusal": (
        "violence",
        "illicit",
        "self-harm",
        "hate",
        "harassment",
        "sexual",
        "privacy",
        "prompt-attack",
    ),
    "reply_helpful": (
        "violence",
        "illicit",
        "self-harm",
        "hate",
        "harassment",
        "sexual",
        "privacy",
        "prompt-attack",
    ),
}


def code_labels(code: str) -> tuple[dict[str, int], str]:
    """`viol` or `jb+illi` (a jailbreak carrying an illicit request)."""
    parts = code.split("+")
    labels, func = dict(LABELS[parts[0]][0]), LABELS[parts[0]][1]
    for extra in parts[1:]:
        for k, v in LABELS[extra][0].items():
            if k == "prompt-attack" and labels.get(k) == 1:
                continue
            labels[k] = max(v, labels.get(k, 0))
    return labels, func


def is_code(tag: str) -> bool:
    return tag.split("+")[0] in LABELS


def clean_labels(func: str) -> dict[str, int]:
    return {k: 0 for k in CLEAN_KEYS.get(func, CLEAN_KEYS["default"])}


def gendered(frame: str, gender: str) -> str:
    """`«m|f»` picks the masculine or feminine form for the group's grammatical gender."""
    return re.sub(
        r"«([^|«»]*)\|([^|«»]*)»", lambda m: m.group(1) if gender != "f" else m.group(2), frame
    )


class Builder:
    def __init__(self, split: str) -> None:
        self.split = split
        self.examples: list[dict] = []
        self.pair_n: dict[str, int] = {}

    def pair_id(self, lang: str) -> str:
        n = self.pair_n.get(lang, 0) + 1
        self.pair_n[lang] = n
        return f"pr{'t' if self.split == 'test' else ''}-{lang}-{n:04d}"

    def add(
        self,
        lang: str,
        text: str,
        tag: str,
        *,
        surface: str = "ai_prompt",
        pair: str | None = None,
        group: str | None = None,
        context: str | None = None,
        func: str | None = None,
    ) -> None:
        text = text.strip() if "\n" in text else " ".join(text.split())
        if is_code(tag):
            labels, f = code_labels(tag)
        else:
            labels, f = clean_labels(tag), tag
        ex: dict = {"text": text, "lang": lang, "labels": labels, "func": func or f}
        if pair:
            ex["pair"] = pair
        if group:
            ex["group"] = group
        ex["surface"] = surface
        if context:
            ex["context"] = context
        self.examples.append(ex)

    def build_lang(self, lang: str, mod, data: dict) -> None:
        rng = random.Random(f"{SEED}-{lang}-{self.split}")
        # 1. slot frames (all clean): (func, frame, [slots])
        for func, frame, slots in data.get("tech", []):
            for s in slots:
                self.add(lang, frame.replace("{}", s), func)
        # 2. hand-written clean prompts: (func, text) or (func, group, text)
        for item in data.get("safe", []):
            if len(item) == 3:
                self.add(lang, item[2], item[0], group=item[1])
            else:
                self.add(lang, item[1], item[0])
        # 3. unsafe requests with their minimal-edit safe twin
        for item in data.get("pairs", []):
            code, bad, safe_tag, good = item[:4]
            group = item[4] if len(item) > 4 else None
            p = self.pair_id(lang)
            self.add(lang, bad, code, pair=p, group=group)
            self.add(lang, good, safe_tag, pair=p, group=group)
        # 4. unpaired unsafe / toxic / attack prompts: (code, text)
        for key in ("unsafe", "toxic", "attacks"):
            for item in data.get(key, []):
                group = item[2] if len(item) > 2 else None
                self.add(lang, item[1], item[0], group=group)
        # 5. frames over targets: (code, bad frame, safe tag, good frame, [targets])
        for code, bad, safe_tag, good, targets in data.get("pair_frames", []):
            for t in targets:
                p = self.pair_id(lang)
                self.add(lang, bad.replace("{}", t), code, pair=p)
                self.add(lang, good.replace("{}", t), safe_tag, pair=p)
        # 6. hate frames over identity groups: (code, bad frame, safe tag, good frame)
        frames = data.get("hate", [])
        if frames:
            groups = sorted(mod.GROUPS)
            if data.get("hate_groups"):
                groups = sorted(rng.sample(groups, min(data["hate_groups"], len(groups))))
            per = data.get("hate_per_group", 2)
            for g in groups:
                term = mod.GROUPS[g]
                term, gender = (term, "m") if isinstance(term, str) else term
                for code, bad, safe_tag, good in rng.sample(frames, min(per, len(frames))):
                    p = self.pair_id(lang)
                    self.add(
                        lang, gendered(bad, gender).replace("{g}", term), code, pair=p, group=g
                    )
                    self.add(
                        lang, gendered(good, gender).replace("{g}", term), safe_tag, pair=p, group=g
                    )
        # 7. clean look-alikes and frustrated feedback: (func, text)
        for key in ("clean",):
            for item in data.get(key, []):
                self.add(lang, item[1], item[0])
        # 8. long-form: {"p": (tag, prompt), "r": [(tag, reply), ...]}
        for conv in data.get("long", []):
            ptag, prompt = conv["p"]
            replies = conv.get("r", [])
            rtags = [t for t, _ in replies]
            # replies to the same prompt that differ (compliance vs refusal) share a pair id
            p = (
                self.pair_id(lang)
                if any(map(is_code, rtags)) and not all(map(is_code, rtags))
                else None
            )
            prompt = prompt.strip()
            if conv.get("prompt", True):
                self.add(lang, prompt, ptag, group=conv.get("g"))
            for rtag, reply in replies:
                func = "reply_unsafe" if is_code(rtag) else rtag
                self.add(
                    lang,
                    reply,
                    rtag,
                    surface="ai_output",
                    context=prompt,
                    pair=p,
                    func=func,
                    group=conv.get("g"),
                )


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def build(split: str) -> list[dict]:
    b = Builder(split)
    data_dir = Path(__file__).resolve().parent / "prompts_data"
    for lang in LANGS:
        # <lang>.py first, then <lang>_*.py in name order (e.g. en_2.py, en_test.py)
        names = sorted(p.stem for p in data_dir.glob(f"{lang}_*.py"))
        if (data_dir / f"{lang}.py").exists():
            names.insert(0, lang)
        base = None
        for name in names:
            mod = importlib.import_module(f"prompts_data.{name}")
            base = base or mod
            if not hasattr(mod, "GROUPS"):
                mod.GROUPS = base.GROUPS
            data = getattr(mod, split.upper(), None)
            if data:
                b.build_lang(lang, mod, data)
    # drop exact duplicates (first wins), then pair ids left with fewer than two label sets
    seen: set[str] = set()
    out = []
    for ex in b.examples:
        k = norm(ex["text"])
        if k in seen:
            print(
                f"[{split}] duplicate dropped: {ex['lang']}: {ex['text'][:80]!r}", file=sys.stderr
            )
            continue
        seen.add(k)
        out.append(ex)
    return out


def clean_pairs(split: str, out: list[dict]) -> list[dict]:
    members: dict[str, set] = {}
    for ex in out:
        if "pair" in ex:
            members.setdefault(ex["pair"], set()).add(tuple(sorted(ex["labels"].items())))
    for ex in out:
        if "pair" in ex and len(members[ex["pair"]]) < 2:
            print(f"[{split}] pair without contrast removed: {ex['pair']}", file=sys.stderr)
            del ex["pair"]
    return out


def write(split: str, examples: list[dict]) -> Path:
    doc = {"version": 1, "topic": "ai_prompts", "split": split, "examples": examples}
    path = OUT_DIR / f"prompts.{split}.yaml"
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    header = (
        "# Authored prompts to Bastion's AI features and their replies. GENERATED by\n"
        "# scripts/authoring/prompts_gen.py from scripts/authoring/prompts_data/ - edit there.\n"
    )
    path.write_text(header + text, encoding="utf-8")
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == doc
    return path


def main() -> None:
    train = build("train")
    test = build("test")
    train_keys = {norm(e["text"]) for e in train}
    clash = [e["text"] for e in test if norm(e["text"]) in train_keys]
    if clash:
        print(f"{len(clash)} test texts also in train, dropped from test:", file=sys.stderr)
        for t in clash:
            print("   ", t[:100], file=sys.stderr)
        test = [e for e in test if norm(e["text"]) not in train_keys]
    for split, exs in (("train", train), ("test", test)):
        print(write(split, clean_pairs(split, exs)), len(exs))


if __name__ == "__main__":
    main()
