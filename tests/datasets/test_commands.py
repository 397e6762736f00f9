"""The ``datasets`` click group, invoked directly through click's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bastion.datasets.commands import datasets
from bastion.datasets.importers import IMPORTERS


def run(*args: str) -> Result:
    return CliRunner().invoke(datasets, list(args))


@pytest.fixture
def two_sets(source, shared_root: Path) -> Path:
    source("sms-spam/SMSSpamCollection", "ham\thello\nspam\tWIN cash\n")
    source(
        "toxigen-prompts/toxigen_prompt_sentences.csv",
        "text,label,target_group\nthey are lazy,hate,asian\nthey cook,neutral,asian\n",
    )
    return shared_root


def test_import_list_show(two_sets: Path, tmp_path: Path) -> None:
    result = run("import", "sms-spam", "--from", str(two_sets))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("imported sms-spam ") and "(2 examples)" in result.stdout
    again = run("import", "sms-spam", "--from", str(two_sets))
    assert again.stdout.startswith("unchanged sms-spam ")

    listed = run("list")
    assert listed.exit_code == 0
    header, row = listed.stdout.splitlines()
    assert header.split()[:3] == ["NAME", "VERSION", "USE"]
    assert row.split()[0] == "sms-spam" and "CC-BY-4.0" in row
    (line,) = run("list", "--json").stdout.splitlines()
    assert json.loads(line)["examples"] == 2

    shown = json.loads(run("show", "sms-spam").stdout)
    assert shown["name"] == "sms-spam" and shown["counts"]["examples"] == 2
    assert shown["versions"] == [shown["version"]]
    assert (tmp_path / "data" / "datasets" / "sms-spam" / shown["version"]).is_dir()


def test_import_all_takes_every_known_set_in_the_folder(two_sets: Path, tmp_path: Path) -> None:
    (two_sets / "not-a-known-set").mkdir()
    result = run("--registry", str(tmp_path / "reg"), "import", "--all", "--from", str(two_sets))
    assert result.exit_code == 0, result.output
    assert [line.split()[1] for line in result.stdout.splitlines()] == [
        "toxigen-prompts",
        "sms-spam",
    ]
    assert sorted(p.name for p in (tmp_path / "reg").iterdir()) == ["sms-spam", "toxigen-prompts"]


def test_default_source_is_env_then_sibling_shared_data(
    two_sets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BASTION_SHARED_DATA", str(two_sets))
    assert run("import", "sms-spam").exit_code == 0
    monkeypatch.delenv("BASTION_SHARED_DATA")
    work = tmp_path / "elsewhere" / "main"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    missing = run("import", "sms-spam")
    assert missing.exit_code == 2
    assert "pass --from DIR or set BASTION_SHARED_DATA" in missing.stderr
    shutil.copytree(two_sets, tmp_path / "elsewhere" / "shared" / "data")
    found = run("import", "toxigen-prompts")
    assert found.exit_code == 0, found.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import"], "name one or more sets, or pass --all"),
        (["import", "sms-spam", "--all"], "name one or more sets, or pass --all"),
        (["import", "sms-spam", "--from", "/no/such/dir"], "/no/such/dir does not exist"),
        (["show", "sms-spam"], "error: no imported dataset 'sms-spam'"),
        (["import", "nope", "--from", "."], "error: no importer for 'nope'"),
    ],
)
def test_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_list_when_empty_and_sources() -> None:
    assert "no datasets imported yet" in run("list").stdout
    lines = run("sources").stdout.splitlines()
    assert len(lines) == len(IMPORTERS)
    assert lines[0].split()[:2] == ["davidson-hate-offensive", "train"]
