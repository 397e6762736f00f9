"""Every importer declares how it may be used, and eval-only sets can never train a model."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from bastion.datasets.importers import IMPORTERS
from bastion.learn.corpus import build_corpus, training_sets

EVAL_ONLY = [name for name, importer in IMPORTERS.items() if importer.use == "eval"]


@pytest.mark.parametrize("name", EVAL_ONLY)
def test_eval_only_sets_cannot_enter_the_corpus(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="evaluation only"):
        build_corpus(tmp_path, sets=[name])
    assert name not in training_sets()


@pytest.mark.parametrize("name", list(IMPORTERS))
def test_importer_module_declares_its_set(name: str) -> None:
    module = importlib.import_module(f"bastion.datasets.importers.{name.replace('-', '_')}")
    importer = IMPORTERS[name]
    assert module.IMPORTER is importer and name == module.NAME
    assert importer.licence.strip() and importer.languages
    assert importer.label_mapping == module.MAPPING and importer.label_mapping.strip()
    if importer.use == "eval" and name in NEW_SETS:
        assert "EVAL ONLY" in importer.label_mapping


NEW_SETS = {
    "ban-pl",
    "xsafety",
    "counterspeech-dynacounter-plf",
    "reddit-hate-subreddit-counterspeech",
    "told-br",
    "toxicn-zh",
    "sdcnl-suicide-vs-depression",
}


def test_the_seven_new_eval_sets_are_eval_only() -> None:
    assert set(EVAL_ONLY) >= NEW_SETS
    assert len(EVAL_ONLY) == 12 + 7 and len(IMPORTERS) - len(EVAL_ONLY) == 18 + 13
