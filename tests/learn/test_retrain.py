"""Retraining through the gate on a tiny corpus: worse challengers are refused, better promoted."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from bastion.cli import main
from bastion.config import data_dir
from bastion.datasets.format import Example, dump_jsonl
from bastion.datasets.manifest import count_examples
from bastion.datasets.registry import Registry
from bastion.evaluate.runs import RunStore
from bastion.learn.export import DATASET_NAME, export_verdicts
from bastion.learn.registry import ModelRegistry
from bastion.learn.retrain import GoldSet, gate_bundles, retrain, training_corpus
from bastion.models.bundle import shipped_bundle

SeedVerdict = Callable[..., str]
SpamExamples = Callable[..., list[Example]]


@pytest.fixture(autouse=True)
def _fresh_bundle_cache() -> Iterator[None]:
    shipped_bundle.cache_clear()
    yield
    shipped_bundle.cache_clear()


def store_gold(root: Path, name: str, examples: list[Example]) -> None:
    data = dump_jsonl(examples)
    sha = hashlib.sha256(data).hexdigest()
    folder = root / name / sha[:16]
    folder.mkdir(parents=True)
    (folder / "examples.jsonl").write_bytes(data)
    manifest = {
        "name": name,
        "version": sha[:16],
        "sha256": sha,
        "format": 1,
        "use": "eval",
        "counts": count_examples(examples),
        "created_at": datetime.now(UTC).isoformat(),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))


def gold(spam: SpamExamples) -> list[Example]:
    """Texts no bundle trained on (another seed and id prefix), all in the test split."""
    return [
        Example(e.id, e.text, e.labels, {**e.slices, "split": "test"})
        for e in spam(20, seed=7, prefix="g")
    ]


def seed_spam_verdicts(seed_verdict: SeedVerdict, spam: SpamExamples, *, flip: bool) -> None:
    """Reviewers label 120 spam/ham items (one author each); ``flip``: they get it backwards."""
    for i, e in enumerate(spam(60, seed=11, prefix="v")):
        violating = (e.labels["spam"] == 1) != flip
        item = {"id": e.id, "text": e.text, "surface": "comment", "context": {"author_id": f"u{i}"}}
        verdict = ("violating", "spam") if violating else ("not_violating", None)
        seed_verdict(item, [(f"r{i % 3}", *verdict)], category="spam")


def test_gate_refuses_a_worse_challenger_and_passes_a_better_one(
    good_bundle: Path, bad_bundle: Path, tmp_path: Path, spam: SpamExamples
) -> None:
    store_gold(tmp_path / "reg", "gold-spam", gold(spam))
    kwargs = {"datasets": Registry(tmp_path / "reg"), "runs": RunStore(tmp_path / "runs")}
    worse = gate_bundles(good_bundle, bad_bundle, [GoldSet("gold-spam")], **kwargs)  # type: ignore[arg-type]
    assert not worse["passed"]
    assert any(p.startswith("gold-spam: spam: auprc") for p in worse["problems"])
    (record,) = worse["sets"]
    assert record["dataset"] == "gold-spam" and record["paired"] == 40
    better = gate_bundles(bad_bundle, good_bundle, [GoldSet("gold-spam")], **kwargs)  # type: ignore[arg-type]
    assert better["passed"] and not better["problems"]
    assert {c["metric"] for c in better["sets"][0]["comparisons"]} == {"auprc", "recall"}


def test_retrain_promotes_a_passing_challenger_with_the_gates_record(
    review_db: Engine,
    seed_verdict: SeedVerdict,
    spam: SpamExamples,
    bad_bundle: Path,
    tmp_path: Path,
) -> None:
    models = ModelRegistry()
    weak = models.add(bad_bundle)
    models.promote(weak, gate=None, reason="a weak champion, for the test")
    seed_spam_verdicts(seed_verdict, spam, flip=False)
    datasets = Registry(tmp_path / "reg")
    export = export_verdicts(review_db, datasets)
    assert {e.slices["split"] for e in export.examples} == {"train", "dev", "test"}
    store_gold(tmp_path / "reg", "gold-spam", gold(spam))
    result = retrain(
        data_root=None,
        gold=[GoldSet("gold-spam")],
        datasets=datasets,
        models=models,
        runs=RunStore(tmp_path / "runs"),
        seed_data=False,  # verdicts alone: seconds, not a minute
        progress=lambda _: None,
    )
    assert result.passed and result.promoted and result.champion == weak
    assert [s["dataset"] for s in result.gate["sets"]] == [DATASET_NAME, "gold-spam"]
    assert models.champion() == result.version
    shipped_bundle.cache_clear()  # as a newly started process
    assert shipped_bundle().version == result.version  # what the engine now loads
    event = models.state()["history"][-1]
    assert event["event"] == "promote" and event["previous"] == weak
    assert event["gate"]["passed"] and "passed the gate" in event["reason"]
    assert result.manifest["sources"][DATASET_NAME] == len(export.examples)
    assert models.rollback().version == weak


def test_cli_export_and_retrain_reject_a_worse_challenger(
    review_db: Engine,
    sqlite_url: str,
    seed_verdict: SeedVerdict,
    spam: SpamExamples,
    good_bundle: Path,
) -> None:
    models = ModelRegistry()
    strong = models.add(good_bundle)
    models.promote(strong, gate=None, reason="a strong champion, for the test")
    seed_spam_verdicts(seed_verdict, spam, flip=True)  # reviewers who label backwards
    store_gold(data_dir() / "datasets", "gold-spam", gold(spam))
    runner = CliRunner()
    exported = runner.invoke(main, ["--database-url", sqlite_url, "learn", "export"])
    assert exported.exit_code == 0, exported.output
    assert "review-verdicts" in exported.output and "120 examples" in exported.output
    trained = runner.invoke(
        main,
        [
            "learn",
            "retrain",
            "--no-shared-data",
            "--no-seed-data",
            "--gold",
            "gold-spam",
            "--rounds",
            "200",
        ],
    )
    assert trained.exit_code == 1, trained.output
    assert "REJECTED" in trained.output and "WORSE" in trained.output
    assert models.champion() == strong
    statuses = {v["version"]: v["status"] for v in models.versions()}
    assert sorted(statuses.values()) == ["promoted", "rejected"]
    rejected = next(v for v in models.versions() if v["status"] == "rejected")
    assert any("gold-spam" in p for p in rejected["gate"]["problems"])


def test_verdict_examples_join_the_corpus_with_their_split() -> None:
    verdicts = [Example("v/1", "buy now", {"spam": 1}, {"split": "test"})]
    corpus = training_corpus(verdicts, data_root=None)
    assert corpus.sources[DATASET_NAME] == 1 and corpus.sources["bastion-seed"] > 0
    assert corpus.examples[-1].slices["split"] == "test"
    # A reviewed text replaces the seed data's copy of it (whatever its split there).
    seeded = corpus.examples[0]
    mine = Example("v/2", seeded.text.upper(), {"spam": 0}, {"split": "test"})
    replaced = training_corpus([mine], data_root=None)
    same = [e.id for e in replaced.examples if e.text.casefold() == seeded.text.casefold()]
    assert same == ["v/2"]
