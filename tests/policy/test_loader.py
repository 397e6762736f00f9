"""Policy loading: the shipped policy is valid; broken ones fail at the right line, with a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.policy import PolicyError, load_policy, shipped_policy_path

BROKEN = Path(__file__).parent / "broken"

# file -> (line the error must point at, words in the message, words in the hint)
CASES = {
    "typo_action.yaml": (14, "blok", "'block'"),
    "typo_key.yaml": (14, "unknown key 'threshhold'", "'threshold'"),
    "unknown_category.yaml": (17, "'haet'", "'hate'"),
    "no_default_surface.yaml": (7, "'default' surface", None),
    "threshold_out_of_range.yaml": (14, "less than or equal to 1", None),
    "ladder_inverted.yaml": (14, "more severe", None),
    "wrong_dsa_keyword.yaml": (6, "KEYWORD_HATE_SPEECH", None),
    "extends_cycle.yaml": (14, "cycle", None),
    "duplicate_key.yaml": (11, "defined twice", "remove one"),
    "yaml_tab.yaml": (4, "YAML syntax error", "tabs"),
    "bad_jurisdiction.yaml": (14, "'Europe'", None),
}


def test_shipped_policy_is_valid() -> None:
    loaded = load_policy(shipped_policy_path())
    assert loaded.policy.name == "bastion-default"
    surfaces = set(loaded.policy.surfaces)
    assert {
        "comment",
        "dm",
        "playlist_title",
        "playlist_description",
        "podcast_episode",
        "profile_image",
        "ai_prompt",
        "ai_output",
        "default",
    } <= surfaces
    assert "EU" in loaded.policy.jurisdictions


def test_every_broken_policy_has_a_case() -> None:
    on_disk = {p.name for p in BROKEN.glob("*.yaml")} - {"unknown_detector.yaml"}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_policy_is_located_and_hinted(name: str) -> None:
    line, message, hint = CASES[name]
    with pytest.raises(PolicyError) as caught:
        load_policy(BROKEN / name)
    problems = caught.value.problems
    assert any(message in p.message for p in problems), [str(p) for p in problems]
    problem = next(p for p in problems if message in p.message)
    assert problem.file.endswith(name)
    assert problem.line == line, str(problem)
    if hint is not None:
        assert problem.hint is not None and hint in problem.hint, str(problem)


def test_version_includes_content_hash(tmp_path: Path) -> None:
    original = shipped_policy_path().read_text()
    changed = original.replace(
        "threshold: 0.6, action: label}]", "threshold: 0.65, action: label}]", 1
    )
    assert changed != original
    (tmp_path / "a.yaml").write_text(original)
    (tmp_path / "b.yaml").write_text(changed)
    a, b = load_policy(tmp_path / "a.yaml"), load_policy(tmp_path / "b.yaml")
    assert a.policy.version == b.policy.version
    assert a.version != b.version
    # Formatting and comments do not change the version: it hashes the meaning.
    (tmp_path / "c.yaml").write_text("# a comment\n" + original)
    assert load_policy(tmp_path / "c.yaml").version == a.version


def test_policy_folder_merges_files(tmp_path: Path) -> None:
    text = shipped_policy_path().read_text()
    head, _, tail = text.partition("\nsurfaces:\n")
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "10-categories.yaml").write_text(head)
    (folder / "20-surfaces.yaml").write_text("surfaces:\n" + tail)
    assert load_policy(folder).version == load_policy(shipped_policy_path()).version


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such file"):
        load_policy(tmp_path / "nope.yaml")
