"""Which heads to ship: variants fitted on the same data, measured on data never trained on.

    .venv/bin/python benchmarks/heads.py --data ../shared/data \
        --lexical src/bastion/models/text/lexical.npz \
        --teachers ~/.local/share/bastion/cache/teachers.npz [--card]

Fits, on exactly the corpus ``bastion train`` uses: the n-gram head with and
without the ported word model's score, that score alone, the embedding head
as a linear model, as a hidden-layer network, and as a network that also
predicts the packaged teachers' scores; then the shipped fusion. Each variant
is Platt-calibrated per category on the dev split. Reported per variant: AUPRC
on every evaluation-only set (model alone, first segment), the authored
held-out pass rate, and the worst identity group's false-positive rate.
Writes ``benchmarks/results/heads.md`` (naming the commit) for the model card.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reporting import commit, replace_card_section  # noqa: E402

from bastion.datasets.importers import IMPORTERS  # noqa: E402
from bastion.evaluate.metrics import auprc  # noqa: E402
from bastion.learn.corpus import UNKNOWN, build_corpus  # noqa: E402
from bastion.learn.evaluation import authored_report, fused_scores  # noqa: E402
from bastion.learn.train import (  # noqa: E402
    CHAR_CONFIG,
    EMBEDDING_CONFIG,
    TrainingData,
    first_segment,
    fit_head,
    fit_stacks,
    prepare_training,
)
from bastion.models.bundle import SHIPPED, sigmoid  # noqa: E402
from bastion.models.features import text_features  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "heads.md"
PER_SET = 800


def eval_sets(data_root: Path, seed: int) -> list[tuple[str, list[Any]]]:
    out = []
    for name, importer in IMPORTERS.items():
        if importer.use != "eval" or not (data_root / name).exists():
            continue
        examples = [e for e in importer.load(data_root / name) if e.text.strip() and e.labels]
        test = [e for e in examples if e.slices.get("split") == "test"] or examples
        random.Random(seed).shuffle(test)
        out.append((name, test[:PER_SET]))
    return out


def probabilities(model: Any, x: Any, categories: int) -> np.ndarray:
    return sigmoid(model.logits(x)[:, :categories])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--lexical", type=Path, required=True)
    parser.add_argument("--teachers", type=Path)
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".local/share/bastion/cache/embeddings"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--card", action="store_true", help="also update the model card")
    args = parser.parse_args()
    started = time.perf_counter()
    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    data: TrainingData = prepare_training(
        build_corpus(args.data, seed=args.seed),
        seed=args.seed,
        cache=args.cache,
        lexical=args.lexical,
        teachers=args.teachers,
        progress=log,
    )
    n_cat = len(data.categories)
    assert data.word_model is not None
    sets = eval_sets(args.data, args.seed)
    eval_texts = [first_segment(e.text) for _, examples in sets for e in examples]
    e_char = text_features(eval_texts, data.word_model)
    e_emb = data.embedder.embed(eval_texts, log)

    char_cfg = replace(CHAR_CONFIG, seed=args.seed)
    emb_cfg = replace(EMBEDDING_CONFIG, seed=args.seed)
    n_ngrams = data.x_char.shape[1] - 1
    variants: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def add(name: str, model: Any, x: Any, e: Any) -> None:
        log(f"variant {name}")
        variants[name] = (probabilities(model, x, n_cat), probabilities(model, e, n_cat))

    add(
        "n-grams (linear)",
        fit_head(data, data.x_char[:, :n_ngrams], char_cfg, auxiliary=False, progress=log),
        data.x_char[:, :n_ngrams],
        e_char[:, :n_ngrams],
    )
    add(
        "n-grams + word model (linear)",
        m_char := fit_head(data, data.x_char, char_cfg, auxiliary=False, progress=log),
        data.x_char,
        e_char,
    )
    lexical_col = data.x_char[:, n_ngrams:]
    add(
        "word model alone (alt-profanity-check)",
        fit_head(data, lexical_col, char_cfg, auxiliary=False, progress=log),
        lexical_col,
        e_char[:, n_ngrams:],
    )
    add(
        "embedding (linear)",
        fit_head(
            data, data.x_emb, replace(emb_cfg, hidden=0, dropout=0.0), auxiliary=False, progress=log
        ),
        data.x_emb,
        e_emb,
    )
    add(
        "embedding (hidden layer)",
        fit_head(data, data.x_emb, emb_cfg, auxiliary=False, progress=log),
        data.x_emb,
        e_emb,
    )
    if data.aux_names:
        add(
            "embedding (hidden layer) + teacher outputs",
            m_emb := fit_head(data, data.x_emb, emb_cfg, auxiliary=True, progress=log),
            data.x_emb,
            e_emb,
        )
    else:
        m_emb = None
    names = list(variants)
    shipped_emb = names[-1]
    heads = {
        "char_ngrams": variants["n-grams + word model (linear)"][0],
        "text_embedding": variants[shipped_emb][0],
    }
    stacks, _ = fit_stacks(data, heads, args.seed)
    fused_train = fused_scores(heads, stacks, data.categories)
    eval_heads = {
        "char_ngrams": variants["n-grams + word model (linear)"][1],
        "text_embedding": variants[shipped_emb][1],
    }
    fused_eval = fused_scores(eval_heads, stacks, data.categories)

    rows: dict[str, dict[str, float]] = {}
    summary: dict[str, dict[str, float]] = {}
    for name in [*names, "fusion (shipped)"]:
        if name == "fusion (shipped)":
            train_p, eval_p = fused_train, fused_eval
        else:
            single, _ = fit_stacks(data, {name: variants[name][0]}, args.seed)
            train_p = fused_scores({name: variants[name][0]}, single, data.categories)
            eval_p = fused_scores({name: variants[name][1]}, single, data.categories)
        offset = 0
        scores: list[float] = []
        for set_name, examples in sets:
            for j, category in enumerate(data.categories):
                idx = [i for i, e in enumerate(examples) if category in e.labels]
                y = np.array([float(examples[i].labels[category]) >= 0.5 for i in idx], int)
                if y.sum() < 5 or len(y) - y.sum() < 5:
                    continue
                value = auprc(y, eval_p[[offset + i for i in idx], j])
                rows.setdefault(f"{set_name} / {category}", {})[name] = value
                scores.append(value)
            offset += len(examples)
        report = authored_report(data.corpus, data.categories, data.labels, train_p)
        func = report["functionality"]
        groups = report["group_fpr"]
        summary[name] = {
            "mean_auprc": float(np.mean(scores)),
            "authored_pass": float(np.mean([c["hits"] / c["n"] for c in func.values()])),
            "worst_group_fpr": max((c["hits"] / c["n"] for c in groups.values()), default=0.0),
        }
    labelled = int((data.labels[data.split["train"]] != UNKNOWN).any(axis=1).sum())
    lines = [
        f"Measured by `benchmarks/heads.py` at commit {commit()} ({time.strftime('%Y-%m-%d')}, "
        f"{time.perf_counter() - started:.0f} s): {labelled} labelled train rows, "
        f"seed {args.seed}.",
        "Model alone (no rules, no policy), each variant Platt-calibrated per category on dev.",
        "",
        "| variant | mean AUPRC, evaluation-only sets | authored held-out pass rate (macro over "
        "functionalities) | worst group false-positive rate |",
        "|---|---|---|---|",
    ]
    for name, s in summary.items():
        lines.append(
            f"| {name} | {s['mean_auprc']:.3f} | {s['authored_pass']:.3f} | "
            f"{s['worst_group_fpr']:.3f} |"
        )
    lines += [
        "",
        "| set / category | " + " | ".join(summary) + " |",
        "|---" * (len(summary) + 1) + "|",
    ]
    for key, values in rows.items():
        lines.append(f"| {key} | " + " | ".join(f"{values[n]:.3f}" for n in summary) + " |")
    text = "\n".join(lines) + "\n"
    args.out.write_text("# Heads compared on the same data\n\n" + text, encoding="utf-8")
    print(text)
    if args.card:
        replace_card_section(
            SHIPPED / "MODEL_CARD.md", "heads", "Which heads ship: variants compared", text
        )
    del m_char, m_emb


if __name__ == "__main__":
    main()
