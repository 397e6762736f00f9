"""The dataset registry: content-hash versions, latest, load, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bastion.datasets import registry as reg
from bastion.datasets.format import content_hash
from bastion.datasets.importers import SourceError
from bastion.datasets.registry import Registry, RegistryError


def _sms(source, *lines: str) -> None:
    source("sms-spam/SMSSpamCollection", "".join(f"{line}\n" for line in lines))


def test_import_stores_examples_and_manifest(source, shared_root: Path, tmp_path: Path) -> None:
    _sms(source, "ham\thello", "spam\tWIN cash")
    registry = Registry(tmp_path / "reg")
    result = registry.import_set("sms-spam", shared_root)
    m = result.manifest
    assert result.created
    folder = tmp_path / "reg" / "sms-spam" / m["version"]
    assert (folder / "examples.jsonl").is_file() and (folder / "manifest.json").is_file()
    assert m["version"] == m["sha256"][:16]
    assert m["name"] == m["source_set"] == "sms-spam"
    assert m["use"] == "train" and m["licence"] == "CC-BY-4.0" and m["format"] == 1
    assert "spam -> spam=1" in m["label_mapping"]
    assert m["counts"]["examples"] == 2
    assert m["counts"]["categories"]["spam"] == {"negative": 1, "positive": 1}
    assert m["counts"]["langs"] == {"en": 2}
    assert set(m["source_files"]) == {"SMSSpamCollection"}
    loaded = registry.load("sms-spam")
    assert content_hash(loaded) == m["sha256"]
    assert sorted(e.text for e in loaded) == ["WIN cash", "hello"]


def test_same_content_same_version_changed_content_new_version(
    source, shared_root: Path, tmp_path: Path
) -> None:
    registry = Registry(tmp_path / "reg")
    _sms(source, "ham\thello", "spam\tWIN cash")
    first = registry.import_set("sms-spam", shared_root)
    again = registry.import_set("sms-spam", shared_root)
    assert not again.created
    assert again.manifest["version"] == first.manifest["version"]
    assert again.manifest["created_at"] == first.manifest["created_at"]
    assert len(registry.versions("sms-spam")) == 1

    _sms(source, "ham\thello", "spam\tWIN cash", "spam\tFREE entry")
    second = registry.import_set("sms-spam", shared_root)
    assert second.created and second.manifest["version"] != first.manifest["version"]
    assert [m["version"] for m in registry.versions("sms-spam")] == [
        first.manifest["version"],
        second.manifest["version"],
    ]
    assert len(registry.load("sms-spam")) == 3
    assert len(registry.load("sms-spam", first.manifest["version"][:6])) == 2
    shown = registry.show("sms-spam")
    assert shown["version"] == second.manifest["version"]
    assert shown["versions"] == [first.manifest["version"], second.manifest["version"]]
    (listed,) = registry.list_datasets()
    assert listed["name"] == "sms-spam" and listed["versions"] == 2


def test_unknown_names_and_versions_are_clear_errors(
    source, shared_root: Path, tmp_path: Path
) -> None:
    registry = Registry(tmp_path / "reg")
    assert registry.list_datasets() == []
    with pytest.raises(RegistryError, match="no imported dataset 'sms-spam'"):
        registry.load("sms-spam")
    with pytest.raises(SourceError, match="no importer for 'nope'; known sets: "):
        registry.import_set("nope", shared_root)
    with pytest.raises(RegistryError, match=r"source folder .*sms-spam does not exist"):
        registry.import_set("sms-spam", shared_root)
    _sms(source, "ham\thello")
    version = registry.import_set("sms-spam", shared_root).manifest["version"]
    with pytest.raises(
        RegistryError, match=f"version 'zzz' of 'sms-spam' does not exist; .*{version}"
    ):
        registry.show("sms-spam", "zzz")
    _sms(source, "ham\thello", "ham\tbye")
    registry.import_set("sms-spam", shared_root)
    with pytest.raises(RegistryError, match="ambiguous"):
        registry.load("sms-spam", "")


def test_missing_source_file_is_a_source_error(source, shared_root: Path, tmp_path: Path) -> None:
    source("sms-spam/readme", "no data file here")
    with pytest.raises(SourceError, match=r"missing source file .*SMSSpamCollection"):
        Registry(tmp_path / "reg").import_set("sms-spam", shared_root)


def test_load_detects_a_changed_file(source, shared_root: Path, tmp_path: Path) -> None:
    registry = Registry(tmp_path / "reg")
    _sms(source, "ham\thello")
    m = registry.import_set("sms-spam", shared_root).manifest
    path = tmp_path / "reg" / "sms-spam" / m["version"] / "examples.jsonl"
    path.write_text(path.read_text().replace("hello", "HELLO"))
    with pytest.raises(RegistryError, match="does not match its manifest sha256"):
        registry.load("sms-spam")


def test_default_locations(
    source, shared_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sms(source, "ham\thello")
    # the test suite points BASTION_DATA_DIR at tmp_path / "data"
    assert Registry().root == tmp_path / "data" / "datasets"
    assert reg.default_source_root(shared_root) == shared_root
    result = reg.import_set("sms-spam", shared_root)
    assert (tmp_path / "data" / "datasets" / "sms-spam" / result.manifest["version"]).is_dir()
    assert reg.list_datasets()[0]["name"] == "sms-spam"
    assert reg.show("sms-spam")["counts"]["examples"] == 1
    assert len(reg.load("sms-spam")) == 1
    work = tmp_path / "project" / "main"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    assert reg.default_source_root() is None
    (tmp_path / "project" / "shared" / "data").mkdir(parents=True)
    assert reg.default_source_root() == tmp_path / "project" / "shared" / "data"


def test_manifest_is_pretty_json(source, shared_root: Path, tmp_path: Path) -> None:
    _sms(source, "ham\thello")
    m = Registry(tmp_path / "reg").import_set("sms-spam", shared_root).manifest
    text = (tmp_path / "reg" / "sms-spam" / m["version"] / "manifest.json").read_text()
    assert json.loads(text) == m and text.startswith("{\n  ")
