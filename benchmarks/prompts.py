"""Safe prompts flagged against unsafe prompts caught on the ``ai_prompt`` surface, at every
threshold: is a gap in the policy's operating point or in the model's ranking?

    .venv/bin/python benchmarks/prompts.py [--bundle DIR]

Scores the prompts of the authored held-out set (never trained on) through the whole engine
on the ``ai_prompt`` surface. A prompt is unsafe when any of its labels is positive. Its score
is the highest category probability the engine gives it; the table reads that score at a range
of thresholds, then the threshold where 10% of safe prompts are flagged, and the policy's own
decisions (anything but allow counts as flagged). Writes ``benchmarks/results/prompts.md``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quality import score  # noqa: E402
from reporting import provenance  # noqa: E402

from bastion.evaluate.scoring import build_engine  # noqa: E402
from bastion.learn.authored_data import authored_examples  # noqa: E402
from bastion.models.bundle import SHIPPED, TextBundle  # noqa: E402
from bastion.types import Action  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "prompts.md"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SAFE_FLAGGED_BUDGET = 0.10


def rates(flagged: np.ndarray, unsafe: np.ndarray) -> str:
    return f"{flagged[~unsafe].mean():.3f} | {flagged[unsafe].mean():.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=SHIPPED)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    started = time.perf_counter()
    engine = build_engine(model=args.bundle)
    prompts = [
        e
        for e in authored_examples()
        if e.slices["split"] == "test" and e.slices.get("surface") == "ai_prompt"
    ]
    scored = score(engine, prompts, "ai_prompt")
    unsafe = np.array([any(float(v) >= 0.5 for v in e.labels.values()) for e in prompts])
    top = np.array([max(p.values(), default=0.0) for p in scored.probabilities])
    policy = np.array([action is not Action.ALLOW for action in scored.actions])
    budget = float(np.quantile(top[~unsafe], 1 - SAFE_FLAGGED_BUDGET))
    lines = [
        "# Prompts on the `ai_prompt` surface: safe flagged against unsafe caught",
        "",
        provenance(
            "benchmarks/prompts.py",
            TextBundle.load(args.bundle).version,
            time.perf_counter() - started,
        ),
        f"Authored held-out prompts: {int((~unsafe).sum())} safe, {int(unsafe.sum())} unsafe.",
        "Score: the highest category probability of the decision.",
        "",
        "| operating point | safe prompts flagged | unsafe prompts caught |",
        "|---|---|---|",
        f"| the policy's decisions (not allow) | {rates(policy, unsafe)} |",
        *(f"| score ≥ {t:.2f} | {rates(top >= t, unsafe)} |" for t in THRESHOLDS),
        f"| score > {budget:.3f} ({SAFE_FLAGGED_BUDGET:.0%} of safe prompts flagged) | "
        f"{rates(top > budget, unsafe)} |",
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
