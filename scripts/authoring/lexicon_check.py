"""How a rule detector does on data it may be developed against (never the test split).

    python scripts/authoring/lexicon_check.py threats [--langs de,nl] [--show misses|fires]
        [--limit 40] [--data ../shared/data] [--no-public]
    python scripts/authoring/lexicon_check.py counter_speech ...

Rules are not learnt, so the authored *train* split and the train-licensed public
sets can serve them as a development set; the authored test split stays the
held-out check (``benchmarks/quality.py``) and is never read here.

Prints, for the detector's categories (a text "fires" when any of them scores
>= 0.5):

* authored train split, per language and per functionality: fires on the
  examples labelled positive for one of those categories (recall), and on the
  benign ones (every known label 0);
* each train-licensed public set: fires on its examples labelled 0 for every
  one of those categories it annotates (false alarms), on its positives, and on
  its examples that annotate none of them;
* with ``--show misses``: the train-split positives it does not fire on; with
  ``--show fires``: the benign train-split examples and public negatives it
  fires on, each with the entry that matched.

``counter_speech`` is read the other way round: it "fires" where it would hold the
models' scores down on the whole text (:mod:`bastion.detectors.counter_speech`), so its
fires on benign texts are what it is for and its fires on positives are its errors
(``--show fires`` lists the positives it holds).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from bastion.artifacts import build_artifacts  # noqa: E402
from bastion.datasets.format import Example  # noqa: E402
from bastion.datasets.importers import IMPORTERS  # noqa: E402
from bastion.detectors import counter_speech  # noqa: E402
from bastion.detectors.lexicon import LexiconDetector  # noqa: E402
from bastion.detectors.registry import load_detectors  # noqa: E402
from bastion.learn.authored_data import authored_examples  # noqa: E402
from bastion.learn.corpus import training_sets  # noqa: E402
from bastion.types import Item  # noqa: E402

FIRES = 0.5


def firing(detector: LexiconDetector, text: str) -> list[str]:
    """The entries behind the detector's categories that score >= FIRES, or []."""
    artifacts = build_artifacts(Item(id="probe", text=text))
    signals = detector.detect(artifacts)
    if max((s.score for s in signals), default=0.0) < FIRES:
        return []
    return sorted({e.rule for s in signals if s.score >= FIRES for e in s.evidence if e.rule})


def holding(text: str) -> list[str]:
    """The counter-speech entries that would hold the models down on the whole of
    ``text`` (for one category or more), or []."""
    artifacts = build_artifacts(Item(id="probe", text=text))
    assert artifacts.text is not None
    found = counter_speech.lexicon().scan(artifacts.text)
    if not found:
        return []
    categories = sorted({m.category for m in found})
    ones = np.ones((len(artifacts.text.segments), len(categories)))
    held = counter_speech.capped(artifacts.text, categories, ones) < 1.0
    if not held.all(axis=0).any():
        return []
    return sorted({m.entry.id for m in found})


def polarity(example: Example, categories: tuple[str, ...]) -> str | None:
    known = {c: v for c, v in example.labels.items() if c in categories}
    if any(v >= 0.5 for v in known.values()):
        return "positive"
    if known or (example.labels and all(v < 0.5 for v in example.labels.values())):
        return "negative"
    return None


def rate(hits: int, n: int) -> str:
    return f"{hits}/{n} ({hits / n:.0%})" if n else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("detector")
    parser.add_argument("--langs", help="comma-separated languages (authored data only)")
    parser.add_argument("--show", choices=("misses", "fires"))
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-public", action="store_true", help="skip the public sets")
    args = parser.parse_args()
    if args.detector == "counter_speech":
        fires, categories = holding, counter_speech.lexicon().categories
        shown_side = "positive"
    else:
        detector = {d.name: d for d in load_detectors()}[args.detector]
        if not isinstance(detector, LexiconDetector):
            sys.exit(f"{args.detector} is not a lexicon detector")
        categories = detector.categories
        shown_side = "negative"

        def fires(text: str) -> list[str]:
            return firing(detector, text)

    langs = set(args.langs.split(",")) if args.langs else None
    shown: list[str] = []

    by_lang: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    by_func: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for e in authored_examples():
        lang = e.slices.get("lang", "?")
        if e.slices.get("split") != "train" or (langs and lang not in langs):
            continue
        side = polarity(e, categories)
        if side is None:
            continue
        rules = fires(e.text)
        for table, key in ((by_lang, lang), (by_func, e.slices.get("func", "-"))):
            cell = table[key][side]
            cell[0] += bool(rules)
            cell[1] += 1
        if args.show == "misses" and side == "positive" and not rules:
            shown.append(f"miss  {lang} {e.slices.get('func')}: {e.text}")
        if args.show == "fires" and side == shown_side and rules:
            shown.append(f"fire  {lang} {e.slices.get('func')} {rules}: {e.text}")
    for title, table in (("language", by_lang), ("functionality", by_func)):
        print(f"\nauthored train split, per {title}: fires on positives | on benign")
        for key in sorted(table):
            pos, neg = table[key]["positive"], table[key]["negative"]
            print(f"  {key:28} {rate(*pos):>18} | {rate(*neg):>18}")

    if not args.no_public:
        print("\npublic train-licensed sets: fires on negatives | on positives | unlabelled")
        for name in training_sets():
            cells = {"negative": [0, 0], "positive": [0, 0], None: [0, 0]}
            for e in IMPORTERS[name].load(args.data / name):
                if not e.text.strip():
                    continue
                side = polarity(e, categories)
                rules = fires(e.text)
                cells[side][0] += bool(rules)
                cells[side][1] += 1
                if args.show == "fires" and side == shown_side and rules:
                    shown.append(f"fire  {name} {rules}: {e.text[:300]}")
            print(
                f"  {name:36} {rate(*cells['negative']):>18} | {rate(*cells['positive']):>18}"
                f" | {rate(*cells[None]):>18}"
            )
    if shown:
        print()
        print("\n".join(shown[: args.limit]))
        if len(shown) > args.limit:
            print(f"... {len(shown) - args.limit} more")


if __name__ == "__main__":
    main()
