"""``eval run`` end to end: a registry dataset, an engine, a stored run with its report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from bastion.cli import main
from bastion.datasets.format import Example
from bastion.datasets.registry import Registry
from bastion.evaluate.errors import EvalError
from bastion.evaluate.runner import RunOptions, choose_examples, run_evaluation
from bastion.evaluate.runs import RunError, RunStore
from bastion.pipeline import Engine

StoreDataset = Callable[..., str]


SCAMS = [
    "Congratulations! You have won a $1000 gift card. Click here to claim your prize now",
    "URGENT: your bank account is suspended, verify your password at this link immediately",
    "You won the lottery! Send a processing fee to receive your winnings",
    "Your parcel could not be delivered, pay the customs fee now to release it",
]
CLEAN = [
    "see you at the concert tonight",
    "this album got me through a hard year",
    "what time does the show start?",
    "the bass line on the second track is great",
]


def dataset(n: int = 24) -> list[Example]:
    out = []
    for i in range(n):
        text = (SCAMS if i % 2 else CLEAN)[i % 4] + f" #{i}"
        labels = {"scam": i % 2} if i % 6 else {}  # every 6th: scam unknown
        split = "test" if i % 3 == 0 else "train"
        lang = "en" if i < n // 2 else "de"
        out.append(Example(f"t/{i:03}", text, labels, {"split": split, "lang": lang}))
    return out


@pytest.fixture
def engine(small_policy: Path, rule_engine_factory: Callable[[Path], Engine]) -> Engine:
    return rule_engine_factory(small_policy)


def test_run_is_stored_with_metrics_scores_and_report(
    tmp_path: Path, registry_root: Path, store_dataset: StoreDataset, engine: Engine
) -> None:
    version = store_dataset("toy", dataset())
    store = RunStore(tmp_path / "runs")
    out = tmp_path / "out"
    run = run_evaluation(
        RunOptions(dataset="toy", rounds=30, command="test"),
        registry=Registry(registry_root),
        store=store,
        engine=engine,
        out=out,
    )
    files = {p.name for p in run.path.iterdir()}
    assert {"metrics.json", "scores.jsonl", "report.html", "pr_curves.png"} <= files
    assert {p.name for p in out.iterdir()} == files
    text = (run.path / "metrics.json").read_text()
    metrics = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-JSON {c}"))
    header = metrics["run"]
    assert header["dataset_version"] == version
    assert header["examples"] == 24 and header["surface"] == "comment"
    assert header["thresholds"]["scam"] == 0.5
    assert header["policy_version"].startswith("1.4.2+")
    scam = metrics["categories"]["scam"]
    assert scam["n"] == 20  # four examples have scam unknown
    assert list(metrics["categories"]) == ["scam"]
    assert set(metrics["slices"]) == {"lang"}  # 8 test examples: too few for a split slice
    assert len(run.scores()) == 24
    report = (run.path / "report.html").read_text()
    assert "pr_curves.png" in report and "by lang" in report and "scam" in report
    listed = store.list()
    assert [h["id"] for h in listed] == [run.id]
    assert store.load(run.id[:20]).id == run.id
    assert store.load(str(run.path)).id == run.id


def test_load_unknown_or_ambiguous_run(tmp_path: Path) -> None:
    store = RunStore(tmp_path)
    for name in ("2026-a", "2026-b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "metrics.json").write_text(json.dumps({"format": 1, "run": {}}))
    with pytest.raises(RunError, match="ambiguous"):
        store.load("2026")
    with pytest.raises(RunError, match="does not exist"):
        store.load("2027")
    (tmp_path / "2026-b" / "metrics.json").write_text(json.dumps({"format": 99}))
    with pytest.raises(RunError, match="format 99"):
        store.load("2026-b")


def test_auto_split_uses_test_of_training_sets() -> None:
    examples = dataset()
    chosen, described, warnings = choose_examples(
        examples, {"use": "train", "name": "toy"}, RunOptions(dataset="toy")
    )
    assert {e.split for e in chosen} == {"test"} and not warnings
    chosen, _, warnings = choose_examples(
        examples, {"use": "train", "name": "toy"}, RunOptions(dataset="toy", split="all")
    )
    assert len(chosen) == 24 and "optimistic" in warnings[0]
    chosen, described, _ = choose_examples(
        examples, {"use": "eval"}, RunOptions(dataset="toy", limit=5, seed=1)
    )
    assert len(chosen) == 5 and "sample of 5 (seed 1)" in described
    again, _, _ = choose_examples(examples, {"use": "eval"}, RunOptions("toy", limit=5, seed=1))
    assert again == chosen  # seeded: the same sample every time
    with pytest.raises(EvalError, match="no 'dev' split"):
        choose_examples(examples, {"use": "eval"}, RunOptions(dataset="toy", split="dev"))


def test_cli_run_list_show_with_shipped_engine(
    tmp_path: Path, registry_root: Path, store_dataset: StoreDataset
) -> None:
    store_dataset("toy", dataset(12))
    runs = tmp_path / "runs"
    runner = CliRunner()
    base = ["eval", "--runs-dir", str(runs)]
    result = runner.invoke(
        main,
        [
            *base,
            "run",
            "--dataset",
            "toy",
            "--registry",
            str(registry_root),
            "--quiet",
            "--rounds",
            "20",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "scam" in result.output and "report:" in result.output
    listed = runner.invoke(main, [*base, "list", "--json"])
    assert listed.exit_code == 0
    run_id = json.loads(listed.output.splitlines()[0])["id"]
    shown = runner.invoke(main, [*base, "show", run_id])
    assert shown.exit_code == 0 and run_id in shown.output
    missing = runner.invoke(
        main, [*base, "run", "--dataset", "nope", "--registry", str(registry_root)]
    )
    assert missing.exit_code == 2 and "error: no imported dataset 'nope'" in missing.output
    unknown = runner.invoke(main, [*base, "show", "nope"])
    assert unknown.exit_code == 2 and "does not exist" in unknown.output
