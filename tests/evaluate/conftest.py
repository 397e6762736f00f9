"""Evaluation test helpers: a tiny policy, a hand-written registry entry, a rules-only engine."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bastion.datasets.format import Example, dump_jsonl
from bastion.datasets.manifest import count_examples
from bastion.detectors.registry import load_detectors
from bastion.fusion import Fusion
from bastion.pipeline import Engine
from bastion.policy import load_policy

SMALL_POLICY = """\
version: "1.4.2"
name: small
categories:
  harassment:
    description: insults
    severity: medium
    dsa: {category: CYBER_VIOLENCE, specification: [KEYWORD_CYBER_HARASSMENT]}
  profanity:
    description: swearing
    severity: low
    dsa: {category: OTHER_VIOLATION_TC, specification: [KEYWORD_AGE_SPECIFIC_RESTRICTIONS]}
  scam:
    description: fraud
    severity: high
    dsa: {category: SCAMS_AND_FRAUD, specification: [KEYWORD_PHISHING]}
surfaces:
  default:
    required_detectors: []
    fail_mode: open
    review_sla_hours: 24
    deadline_ms: 500
    rules:
      harassment: [{threshold: 0.5, action: hold_for_review}, {threshold: 0.9, action: block}]
      profanity: [{threshold: 0.3, action: allow}, {threshold: 0.6, action: label}]
      scam: [{threshold: 0.5, action: hold_for_review}, {threshold: 0.85, action: block}]
  comment: {}
  dm:
    rules:
      profanity: [{threshold: 0.99, action: allow}]
jurisdictions:
  EU:
    surfaces:
      "*":
        scam: [{threshold: 0.4, action: hold_for_review}]
obligations:
  - {category: scam, surface: comment, min_precision: 0.8}
"""

StoreDataset = Callable[..., str]


@pytest.fixture
def small_policy(tmp_path: Path) -> Path:
    path = tmp_path / "small-policy.yaml"
    path.write_text(SMALL_POLICY, encoding="utf-8")
    return path


@pytest.fixture
def registry_root(tmp_path: Path) -> Path:
    return tmp_path / "registry"


@pytest.fixture
def store_dataset(registry_root: Path) -> StoreDataset:
    """``store_dataset(name, examples, use=...)`` writes a registry version; returns it."""

    def store(name: str, examples: Sequence[Example], use: str = "eval") -> str:
        data = dump_jsonl(examples)
        sha256 = hashlib.sha256(data).hexdigest()
        folder = registry_root / name / sha256[:16]
        folder.mkdir(parents=True)
        (folder / "examples.jsonl").write_bytes(data)
        manifest = {
            "name": name,
            "version": sha256[:16],
            "sha256": sha256,
            "use": use,
            "licence": "test",
            "counts": count_examples(list(examples)),
            "created_at": datetime.now(UTC).isoformat(),
        }
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        return sha256[:16]

    return store


@pytest.fixture(scope="session")
def rule_engine_factory() -> Callable[[Path], Engine]:
    """Engines over rule detectors only (no models to load): fast and deterministic."""
    detectors = load_detectors(["profanity", "scam", "threats", "pii"])

    def make(policy: Path) -> Engine:
        return Engine(load_policy(policy), detectors, fusion=Fusion(), enforce_deadlines=False)

    return make


MakeRun = Callable[..., str]


@pytest.fixture
def make_run(tmp_path: Path, small_policy: Path) -> MakeRun:
    """``make_run(run_id, labels, scores, thresholds)``: a stored run with exactly these scores.

    One category, ``scam``; example ``i`` has label ``labels[i]`` and score ``scores[i]``.
    """
    from bastion.evaluate.runs import RunStore
    from bastion.evaluate.scored import ScoredExample
    from bastion.policy import load_policy

    store = RunStore(tmp_path / "runs")
    loaded = load_policy(small_policy)

    def make(
        run_id: str,
        labels: Sequence[int],
        scores: Sequence[float],
        threshold: float | None = 0.5,
        dataset: str = "toy",
    ) -> str:
        examples = [
            ScoredExample(f"toy/{i:04}", {"scam": y}, {"split": "test"}, {"scam": float(s)})
            for i, (y, s) in enumerate(zip(labels, scores, strict=True))
        ]
        header = {
            "id": run_id,
            "created_at": datetime.now(UTC).isoformat(),
            "dataset": dataset,
            "dataset_version": "v1",
            "examples": len(examples),
            "surface": "comment",
            "policy_source": str(small_policy),
            "policy_version": loaded.version,
            "thresholds": {"scam": threshold},
            "evaluated_categories": ["scam"],
        }
        store.write(run_id, {"run": header, "categories": {}}, examples)
        return run_id

    return make
