"""Authored data: every shipped file loads and keeps its promises; the loader refuses bad files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bastion.datasets.importers.base import text_key
from bastion.learn.authored_data import (
    AuthoredDataError,
    authored_examples,
    authored_files,
    load_file,
)
from bastion.learn.fairness import lexicons


def test_every_shipped_file_loads_with_taxonomy_labels() -> None:
    examples = authored_examples()
    if not authored_files():
        pytest.skip("no authored data in this checkout")
    assert examples
    for example in examples:
        assert example.text.strip()
        assert set(example.labels.values()) <= {0, 1}
        assert example.slices["split"] in ("train", "test")


def test_no_text_is_both_trained_on_and_held_out() -> None:
    examples = authored_examples()
    train = {text_key(e.text) for e in examples if e.slices["split"] == "train"}
    test = {text_key(e.text) for e in examples if e.slices["split"] == "test"}
    assert not train & test


def test_pairs_flip_a_label() -> None:
    pairs: dict[str, set[tuple[tuple[str, float], ...]]] = {}
    for example in authored_examples():
        if "pair" in example.slices:
            key = f"{example.slices['topic']}:{example.slices['pair']}"
            pairs.setdefault(key, set()).add(tuple(sorted(example.labels.items())))
    if not pairs:
        pytest.skip("no pairs in this checkout")
    broken = [k for k, labels in pairs.items() if len(labels) < 2]
    assert len(broken) <= 0.05 * len(pairs), broken[:10]


def test_groups_are_known_identity_groups() -> None:
    known = {group for lexicon in lexicons().values() for group, _ in lexicon.by_form}
    used = Counter(e.slices["group"] for e in authored_examples() if "group" in e.slices)
    if not used or not known:
        pytest.skip("no identity groups in this checkout")
    assert set(used) <= known | {"nationality"}, set(used) - known


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("examples:\n  - {text: hi, lang: en, labels: {hate: 2}}\n", "must be 0 or 1"),
        ("examples:\n  - {text: hi, lang: en, labels: {hateful: 1}}\n", "unknown category"),
        ("examples:\n  - {text: hi, lang: en}\n", "labels must be"),
        ("examples:\n  - {text: '  ', lang: en, labels: {hate: 0}}\n", "empty text"),
        ("split: dev\nexamples: []\n", "split must be"),
        ("examples:\n  - {text: hi, labels: {hate: 0}, colour: red}\n", "unknown keys"),
        ("examples:\n  - {text: hi, labels: {hate: 0}, surface: radio}\n", "unknown surface"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.train.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(AuthoredDataError, match=message):
        list(load_file(path))


def test_a_held_out_text_never_trains(tmp_path: Path) -> None:
    (tmp_path / "a.train.yaml").write_text(
        "examples:\n  - {text: 'Same Text', lang: en, labels: {hate: 0}}\n"
        "  - {text: other, lang: en, labels: {hate: 0}}\n",
        encoding="utf-8",
    )
    (tmp_path / "a.test.yaml").write_text(
        "split: test\nexamples:\n  - {text: 'same  text', lang: en, labels: {hate: 0}}\n",
        encoding="utf-8",
    )
    examples = authored_examples(tmp_path)
    assert sorted((e.text, e.slices["split"]) for e in examples) == [
        ("other", "train"),
        ("same  text", "test"),
    ]
    parent = next(iter(load_file(tmp_path / "a.train.yaml")))
    assert parent.labels == {"hate": 0}


def test_the_data_card_is_generated_from_the_files() -> None:
    from bastion.learn.authored_data import AUTHORED, data_card

    card = AUTHORED / "DATA_CARD.md"
    if not authored_files():
        pytest.skip("no authored data in this checkout")
    assert card.read_text(encoding="utf-8") == data_card(), (
        "DATA_CARD.md is stale: run .venv/bin/python scripts/authoring/data_card.py"
    )


BUILDERS = (
    "scripts/authoring/hate/gen_hate.py",
    "scripts/authoring/violence/build.py",
    "scripts/authoring/sensitive/build.py",
    "scripts/authoring/prompts_gen.py",
)


def test_the_files_are_what_their_sources_build(tmp_path: Path) -> None:
    """A source edited without a rebuild would train a bundle on stale data."""
    import shutil
    import subprocess
    import sys

    from bastion.learn.authored_data import AUTHORED

    root = AUTHORED.parents[3]
    if not authored_files() or not (root / "scripts" / "authoring").is_dir():
        pytest.skip("no authored data or sources in this checkout")
    shutil.copytree(root / "scripts" / "authoring", tmp_path / "scripts" / "authoring")
    out = tmp_path / "src" / "bastion" / "learn" / "authored"
    out.mkdir(parents=True)
    shutil.copy(AUTHORED / "identity_terms.yaml", out / "identity_terms.yaml")
    for builder in BUILDERS:
        subprocess.run(
            [sys.executable, str(tmp_path / builder)],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )
    built = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.yaml")}
    shipped = {p.name: p.read_text(encoding="utf-8") for p in AUTHORED.glob("*.yaml")}
    assert built.keys() == shipped.keys()
    stale = sorted(name for name in shipped if built[name] != shipped[name])
    assert not stale, f"{stale} differ from what their sources build: rerun {BUILDERS}"
