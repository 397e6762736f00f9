"""Quality of the whole text pipeline: the shipped bundle beside the previous one.

    .venv/bin/python benchmarks/quality.py [--bundle DIR] [--baseline-ref REF]
                                           [--per-set 800] [--data ../shared/data] [--card]

Every text goes through the full engine (rules, models, fusion, policy), as a
platform runs it. Measured, for the new bundle and for the baseline bundle
(taken from git at ``--baseline-ref``) in the same run, plus the
``alt-profanity-check`` package where a single score makes sense:

* every evaluation-only set in the shared data (never trained on): AUPRC of
  each category the set annotates, and of "any harm" (the maximum over the
  moderation categories against any positive label), with 95% bootstrap
  intervals;
* the authored held-out set (``learn/authored/*.test.yaml``, never trained
  on): pass rate per functionality and per language (an example passes when
  each category it is labelled for is on the right side of 0.5), the share of
  benign examples that the policy acts on (anything but ``allow``) on their
  surface, and per identity group the false-positive rate on benign mentions;
* dangerous-sounding safe prompts flagged vs unsafe prompts caught on the
  ``ai_prompt`` surface.

Writes ``benchmarks/results/text-quality.md`` (naming the commit and both
bundles); ``--card`` also puts the tables into the model card.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reporting import commit, replace_card_section  # noqa: E402

from bastion.datasets.format import Example  # noqa: E402
from bastion.datasets.importers import IMPORTERS  # noqa: E402
from bastion.evaluate.metrics import auprc, bootstrap_interval  # noqa: E402
from bastion.evaluate.scoring import build_engine  # noqa: E402
from bastion.learn.authored_data import authored_examples  # noqa: E402
from bastion.learn.corpus import Corpus  # noqa: E402
from bastion.models.bundle import LEXICAL_FILE, SHIPPED, TextBundle  # noqa: E402
from bastion.service.moderation_schemas import OPENAI_CATEGORIES  # noqa: E402
from bastion.types import Action, Context, Item  # noqa: E402

BASELINE_REF = "ad40710"
"""The last commit that shipped bundle 1.0.0+89784fd3b2 (before the rebuild of issue 13)."""
RESULTS = ROOT / "benchmarks" / "results" / "text-quality.md"
BUNDLE_FILES = ("manifest.json", "char.npz", "embedding.npz", "fusion.json")
LARGE_SET = 30
"""Sets with fewer positives than this move the plain mean by chance (one positive
re-ranked swings their AUPRC by 0.1); the table also gives the mean without them."""


@dataclass
class Scored:
    probabilities: list[dict[str, float]]
    actions: list[Action]


def score(engine: Any, examples: Sequence[Example], surface: str | None = None) -> Scored:
    probabilities: list[dict[str, float]] = []
    actions: list[Action] = []
    for start in range(0, len(examples), 64):
        chunk = examples[start : start + 64]
        items = [
            Item(
                id=e.id,
                surface=surface or e.slices.get("surface", "comment"),
                text=e.text,
                context=Context(thread=e.context),
            )
            for e in chunk
        ]
        for decision in engine.decide_many(items):
            probabilities.append(dict(decision.categories))
            actions.append(decision.action)
    return Scored(probabilities, actions)


def baseline_bundle(ref: str, folder: Path) -> Path:
    """The bundle shipped at ``ref``, with its ported word model where it had one (2.0.0 on):
    without ``lexical.npz`` a bundle loads, but its char head misses a feature it was trained on."""
    for name in (*BUNDLE_FILES, LEXICAL_FILE):
        shown = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{ref}:src/bastion/models/text/{name}"],
            capture_output=True,
            check=name != LEXICAL_FILE,
        )
        if shown.returncode == 0:
            (folder / name).write_bytes(shown.stdout)
    return folder


def profanity_scores(texts: list[str]) -> np.ndarray | None:
    """alt-profanity-check's score (its own venv, as benchmarks/run.py makes it), or None."""
    python = ROOT / ".venv-baseline" / "bin" / "python"
    if not python.exists():
        return None
    code = (
        "import json,sys\nfrom profanity_check import predict_prob\n"
        "print(json.dumps(predict_prob(json.loads(sys.stdin.read())).tolist()))"
    )
    result = subprocess.run(
        [str(python), "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return np.array(json.loads(result.stdout))


def interval(y: np.ndarray, s: np.ndarray) -> str:
    low, high = bootstrap_interval(auprc, y, s, rounds=200, seed=0)
    return f"{auprc(y, s):.3f} [{low:.3f}, {high:.3f}]"


def eval_sets(data: Path, per_set: int) -> dict[str, list[Example]]:
    sets: dict[str, list[Example]] = {}
    for name, importer in IMPORTERS.items():
        if importer.use != "eval" or not (data / name).exists():
            continue
        examples = [e for e in importer.load(data / name) if e.text.strip() and e.labels]
        test = [e for e in examples if e.slices.get("split") == "test"] or examples
        random.Random(0).shuffle(test)
        sets[name] = test[:per_set]
    return sets


def _any_harm(example: Example) -> int | None:
    known = {c: v for c, v in example.labels.items() if c in OPENAI_CATEGORIES}
    if not known:
        return None
    return int(any(float(v) >= 0.5 for v in known.values()))


def external_table(
    sets: dict[str, list[Example]], runs: dict[str, dict[str, Scored]], profanity: bool
) -> list[str]:
    names = list(runs)
    head = "| set | category | n | positives | " + " | ".join(names)
    head += " | alt-profanity-check |" if profanity else " |"
    lines = [head, "|---" * (4 + len(names) + profanity) + "|"]
    any_harm: list[list[float]] = []
    large: list[bool] = []
    for set_name, examples in sets.items():
        categories = sorted({c for e in examples for c in e.labels if c in OPENAI_CATEGORIES})
        prof = profanity_scores([e.text for e in examples]) if profanity else None
        for category in [*categories, "any harm"]:
            if category == "any harm":
                rows = [(i, _any_harm(e)) for i, e in enumerate(examples)]
            else:
                rows = [
                    (i, int(float(e.labels[category]) >= 0.5))
                    for i, e in enumerate(examples)
                    if category in e.labels
                ]
            kept = [(i, y) for i, y in rows if y is not None]
            y = np.array([v for _, v in kept])
            if len(y) < 20 or y.sum() < 5 or y.sum() == len(y):
                continue
            cells = []
            values: list[float] = []
            for run in runs.values():
                s = np.array(
                    [
                        max(run[set_name].probabilities[i].get(c, 0.0) for c in OPENAI_CATEGORIES)
                        if category == "any harm"
                        else run[set_name].probabilities[i].get(category, 0.0)
                        for i, _ in kept
                    ]
                )
                cells.append(interval(y, s))
                values.append(auprc(y, s))
            if profanity:
                peer = None if prof is None else prof[[i for i, _ in kept]]
                cells.append("-" if peer is None else interval(y, peer))
                values.append(float("nan") if peer is None else auprc(y, peer))
            if category == "any harm":
                any_harm.append(values)
                large.append(int(y.sum()) >= LARGE_SET)
            lines.append(
                f"| {set_name} | {category} | {len(y)} | {int(y.sum())} | "
                + " | ".join(cells)
                + " |"
            )
    if any_harm:
        table = np.array(any_harm, dtype=float)
        means = np.nanmean(table, axis=0)
        lines.append(
            f"| **mean of the {len(any_harm)} sets** | any harm | | | "
            + " | ".join(f"**{m:.3f}**" for m in means)
            + " |"
        )
        if any(large):
            means = np.nanmean(table[np.array(large)], axis=0)
            lines.append(
                f"| **mean of the {sum(large)} sets with ≥ {LARGE_SET} positives** | any harm"
                " | | | " + " | ".join(f"**{m:.3f}**" for m in means) + " |"
            )
    return lines


def authored_tables(examples: list[Example], runs: dict[str, Scored]) -> list[str]:
    from bastion.taxonomy import CATEGORIES

    corpus = Corpus(tuple(examples), {})
    cats = [c for c in CATEGORIES if c not in ("nudity", "known-match")]
    labels = corpus.label_matrix(cats)
    tables: dict[str, dict[str, dict[str, list[int]]]] = {
        k: defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for k in (
            "functionality",
            "language",
            "group",
            "benign language",
            "benign acted on (surface)",
        )
    }
    for name, run in runs.items():
        for i, e in enumerate(examples):
            known = labels[i] != -1
            p = np.array([run.probabilities[i].get(c, 0.0) for c in cats])
            flagged = p >= 0.5
            passed = bool(np.all(flagged[known] == (labels[i][known] == 1)))
            for key, value in (
                ("functionality", e.slices.get("func", "-")),
                ("language", e.slices.get("lang", "?")),
            ):
                cell = tables[key][value][name]
                cell[0] += passed
                cell[1] += 1
            benign = bool(known.any()) and not bool((labels[i][known] == 1).any())
            if benign:
                acted = run.actions[i] is not Action.ALLOW
                cell = tables["benign acted on (surface)"][e.slices.get("surface", "comment")][name]
                cell[0] += acted
                cell[1] += 1
                cell = tables["benign language"][e.slices.get("lang", "?")][name]
                cell[0] += bool(flagged.any())
                cell[1] += 1
                if e.slices.get("group"):
                    cell = tables["group"][e.slices["group"]][name]
                    cell[0] += bool(flagged.any())
                    cell[1] += 1
    lines: list[str] = []
    titles = {
        "functionality": "pass rate per functionality",
        "language": "pass rate per language",
        "group": "false-positive rate on benign mentions, per identity group (lower is better)",
        "benign language": "false-positive rate on benign examples, per language (lower is better)",
        "benign acted on (surface)": (
            "benign examples the policy acts on, per surface (lower is better)"
        ),
    }
    for key, table in tables.items():
        lines += ["", f"### Authored held-out set: {titles[key]}", ""]
        lines += [
            "| " + key + " | n | " + " | ".join(runs) + " |",
            "|---|---|" + "---|" * len(runs),
        ]
        for value, cells in sorted(table.items()):
            n = next(iter(cells.values()))[1]
            rates = " | ".join(f"{cells[r][0] / max(cells[r][1], 1):.3f}" for r in runs)
            lines.append(f"| {value} | {n} | {rates} |")
    return lines


def prompt_table(examples: list[Example], runs: dict[str, Scored]) -> list[str]:
    prompts = [i for i, e in enumerate(examples) if e.slices.get("surface") == "ai_prompt"]
    lines = [
        "",
        "### Prompts on the `ai_prompt` surface",
        "",
        "| bundle | safe prompts flagged | unsafe prompts caught |",
        "|---|---|---|",
    ]
    for name, run in runs.items():
        safe = [i for i in prompts if all(float(v) < 0.5 for v in examples[i].labels.values())]
        unsafe = [i for i in prompts if i not in set(safe)]
        flag = [run.actions[i] is not Action.ALLOW for i in safe]
        catch = [run.actions[i] is not Action.ALLOW for i in unsafe]
        lines.append(
            f"| {name} | {np.mean(flag) if flag else float('nan'):.3f} ({len(flag)}) | "
            f"{np.mean(catch) if catch else float('nan'):.3f} ({len(catch)}) |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=SHIPPED)
    parser.add_argument(
        "--baseline-ref",
        action="append",
        help=f"a commit whose shipped bundle is a baseline (repeatable; default {BASELINE_REF})",
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--per-set", type=int, default=800)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--card", action="store_true", help="also update the model card")
    args = parser.parse_args()
    started = time.perf_counter()
    bundles = {f"new {TextBundle.load(args.bundle).version}": args.bundle}
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_baseline:
            olds: dict[str, Path] = {}
            for ref in args.baseline_ref or [BASELINE_REF]:
                folder = Path(tmp) / ref
                folder.mkdir()
                old = baseline_bundle(ref, folder)
                olds[f"old {TextBundle.load(old).version}"] = old
            bundles = {**olds, **bundles}
        sets = eval_sets(args.data, args.per_set)
        authored = [e for e in authored_examples() if e.slices["split"] == "test"]
        external: dict[str, dict[str, Scored]] = {}
        held_out: dict[str, Scored] = {}
        for name, path in bundles.items():
            engine = build_engine(model=path)
            external[name] = {s: score(engine, ex, "comment") for s, ex in sets.items()}
            held_out[name] = score(engine, authored)
            print(f"scored {name}", file=sys.stderr)
    lines = [
        f"Measured by `benchmarks/quality.py` at commit {commit()} "
        f"({time.strftime('%Y-%m-%d')}, {time.perf_counter() - started:.0f} s); bundles: "
        + ", ".join(f"`{n}`" for n in bundles)
        + ".",
        "",
        "### Evaluation-only sets (never trained on): AUPRC [95% bootstrap interval]",
        "",
        *external_table(sets, external, profanity=True),
        *authored_tables(authored, held_out),
        *prompt_table(authored, held_out),
    ]
    text = "\n".join(lines) + "\n"
    args.out.write_text("# Text quality\n\n" + text, encoding="utf-8")
    print(text)
    if args.card:
        replace_card_section(
            args.bundle / "MODEL_CARD.md",
            "quality",
            "Quality through the whole pipeline, old vs new",
            text,
        )


if __name__ == "__main__":
    main()
