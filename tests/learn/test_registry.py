"""The model registry: promote, roll back, and the engine loads whatever is champion."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bastion.cli import main
from bastion.detectors.char_ngrams import CharNgramModel
from bastion.fusion import RULES, Fusion
from bastion.learn.registry import ModelRegistry, ModelRegistryError
from bastion.models.bundle import (
    MODEL_DIR_ENV,
    SHIPPED,
    TextBundle,
    active_bundle_path,
    model_registry_root,
    shipped_bundle,
)

SHIPPED_VERSION = TextBundle.load(SHIPPED).version


@pytest.fixture(autouse=True)
def _fresh_bundle_cache() -> Iterator[None]:
    """The engine caches its bundle per process; each test starts and ends clean."""
    shipped_bundle.cache_clear()
    yield
    shipped_bundle.cache_clear()


def engine_version() -> str:
    shipped_bundle.cache_clear()
    return CharNgramModel().version


def test_promote_and_rollback_round_trip(copy_of_shipped: Callable[[str], Path]) -> None:
    registry = ModelRegistry()
    assert registry.root == model_registry_root()
    assert registry.champion() is None and active_bundle_path() == SHIPPED
    v1 = registry.add(copy_of_shipped("1.0.0+aaaa"), data={"note": "first"})
    v2 = registry.add(copy_of_shipped("1.0.0+bbbb"))
    assert registry.add(copy_of_shipped("1.0.0+aaaa")) == v1  # same weights: same entry
    assert engine_version() == SHIPPED_VERSION  # adding is not promoting

    registry.promote(v1, gate={"passed": True, "problems": []}, reason="passed the gate")
    assert engine_version() == v1 and Fusion.shipped().version == f"stacked-{RULES}-{v1}"
    registry.promote(v2, gate={"passed": True, "problems": []}, reason="passed again")
    assert engine_version() == v2

    assert registry.rollback("v2 misbehaves").version == v1
    assert engine_version() == v1
    assert registry.rollback().version is None
    assert engine_version() == SHIPPED_VERSION and active_bundle_path() == SHIPPED
    with pytest.raises(ModelRegistryError, match="nothing to roll back"):
        registry.rollback()

    state = registry.state()
    assert [e["event"] for e in state["history"]] == [
        "add",
        "add",
        "promote",
        "promote",
        "rollback",
        "rollback",
    ]
    assert state["history"][3]["previous"] == v1 and state["history"][3]["reason"] == "passed again"
    assert {v["version"]: v["status"] for v in registry.versions()} == {
        v1: "rolled_back",
        v2: "rolled_back",
    }
    assert state["versions"][v1]["data"] == {"note": "first"}


def test_rejected_challenger_never_serves(copy_of_shipped: Callable[[str], Path]) -> None:
    registry = ModelRegistry()
    v = registry.add(copy_of_shipped("1.0.0+cccc"))
    registry.reject(v, gate={"passed": False, "problems": ["spam: auprc worse"]}, reason="failed")
    assert registry.champion() is None and engine_version() == SHIPPED_VERSION
    assert registry.versions()[0]["gate"]["problems"] == ["spam: auprc worse"]
    with pytest.raises(ModelRegistryError, match="no model version"):
        registry.promote("1.0.0+nope", gate=None, reason="")


def test_model_dir_override_and_a_broken_registry_fails_closed(
    copy_of_shipped: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of_shipped("1.0.0+dddd")
    monkeypatch.setenv(MODEL_DIR_ENV, str(path))
    assert engine_version() == "1.0.0+dddd"
    monkeypatch.delenv(MODEL_DIR_ENV)
    root = model_registry_root()
    root.mkdir(parents=True)
    (root / "registry.json").write_text("{not json")
    shipped_bundle.cache_clear()
    detector = CharNgramModel()
    reason = detector.unavailable_reason()
    assert reason is not None and "unreadable model registry" in reason  # missing, not shipped


def test_cli_registry_and_rollback(copy_of_shipped: Callable[[str], Path]) -> None:
    runner = CliRunner()
    empty = runner.invoke(main, ["learn", "registry"])
    assert empty.exit_code == 0 and "shipped bundle" in empty.output
    failed = runner.invoke(main, ["learn", "rollback"])
    assert failed.exit_code == 2 and "nothing to roll back" in failed.output
    registry = ModelRegistry()
    v = registry.add(copy_of_shipped("1.0.0+eeee"))
    registry.promote(v, gate={"passed": True, "problems": []}, reason="ok")
    listed = runner.invoke(main, ["learn", "registry", "--json"])
    assert json.loads(listed.output)["champion"] == v
    done = runner.invoke(main, ["learn", "rollback", "--reason", "bad night"])
    assert done.exit_code == 0 and f"rolled back {v} -> shipped bundle" in done.output
    assert registry.state()["history"][-1]["reason"] == "bad night"
