"""``bastion scan --image/--audio/--video`` and ``bastion banks`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bastion.cli import main
from bastion.media.testset import render_text_image


def run(*args: str) -> tuple[int, Any, str]:
    result = CliRunner().invoke(main, list(args))
    out = result.stdout.strip()
    try:
        parsed = json.loads(out) if out else None
    except json.JSONDecodeError:
        parsed = out
    return result.exit_code, parsed, result.stderr


def test_scan_image(meme: Path) -> None:
    code, decision, _ = run("scan", "--image", str(meme), "--surface", "comment", "--no-log")
    assert code == 0
    assert "hate" in decision["flagged"]
    assert decision["evidence"][0]["part"] == "image" and "box" in decision["evidence"][0]


def test_scan_audio_says_when(episode: tuple[Path, tuple[float, float]]) -> None:
    path, (start, end) = episode
    code, decision, _ = run("scan", "--audio", str(path), "--surface", "podcast_episode")
    assert code == 0 and decision["action"] != "allow"
    violence = [e for e in decision["evidence"] if e["category"] == "violence"]
    first, last = violence[0]["time_range"]
    assert start - 0.5 <= first < last <= end + 0.5


def test_scan_needs_some_content() -> None:
    code, _, err = run("scan")
    assert code == 2 and "media part" in err


def test_banks_round_trip(tmp_path: Path) -> None:
    image = render_text_image("", noise=0.08, seed=4, size=(400, 300))
    original, copy, other = tmp_path / "a.png", tmp_path / "copy.jpg", tmp_path / "b.png"
    image.save(original)
    image.resize((200, 150)).save(copy, quality=50)
    render_text_image("", noise=0.08, seed=9, size=(400, 300)).save(other)

    code, _, err = run("banks", "create", "known", "--category", "known-match")
    assert code == 0, err
    assert run("banks", "create", "known")[0] == 2
    code, added, _ = run("banks", "add", "known", str(original), "--label", "case-9")
    assert code == 0 and len(added["added"]) == 1
    entry = added["added"][0]["id"]
    code, listed, _ = run("banks", "list")
    assert listed[0]["entries"] == 1

    code, found, _ = run("banks", "match", str(copy), "--item-id", "u1")
    assert code == 0 and found["matches"][0]["entry"] == entry
    match = found["matches"][0]["match"]
    assert run("banks", "match", str(other))[1]["matches"] == []
    assert run("banks", "match", str(copy), "--max-distance", "0")[1]["matches"] == []

    assert run("banks", "confirm", match, "--reviewer", "r1")[0] == 0
    assert run("banks", "match", str(copy))[1]["matches"][0]["status"] == "confirmed"
    assert run("banks", "deconfirm", match)[0] == 0
    code, _, err = run("banks", "confirm", "no-such-match")
    assert code == 2 and "no match" in err

    assert run("banks", "remove", entry)[0] == 0
    assert run("banks", "match", str(copy))[1]["matches"] == []
    code, _, err = run("banks", "add", "nope", str(original))
    assert code == 2 and "no bank named" in err


def test_scan_batch_reads_media_paths(tmp_path: Path, meme: Path) -> None:
    source = tmp_path / "items.jsonl"
    source.write_text(
        json.dumps({"id": "m", "surface": "comment", "image": str(meme)})
        + "\n"
        + json.dumps({"id": "gone", "surface": "comment", "image": str(tmp_path / "no.png")})
        + "\n"
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run("scan-batch", str(source), "-o", str(out), "--quiet")
    assert code == 0, err
    rows = {row["id"]: row for row in map(json.loads, out.read_text().splitlines())}
    assert "hate" in rows["m"]["flagged"]
    assert rows["m"]["evidence"][0]["box"]
    assert (
        rows["gone"]["action"] == "hold_for_review"
    )  # missing file: detectors missing, fail closed


def test_banks_match_goes_through_the_index(tmp_path: Path, monkeypatch: Any) -> None:
    """Before: the command compared the file's hash with every entry, one by one."""
    import bastion.banks.matching as matching
    from bastion.banks.live import LivePdqBanks

    image = render_text_image("", noise=0.08, seed=5, size=(400, 300))
    original, copy = tmp_path / "a.png", tmp_path / "copy.jpg"
    image.save(original)
    image.resize((200, 150)).save(copy, quality=50)
    assert run("banks", "create", "known")[0] == 0
    assert run("banks", "add", "known", str(original))[0] == 0

    def one_by_one(*_: Any, **__: Any) -> Any:
        raise AssertionError("matched entry by entry")

    searched: list[str] = []
    search = LivePdqBanks.search

    def indexed(self: LivePdqBanks, value: str, max_distance: float | None = None) -> Any:
        searched.append(value)
        return search(self, value, max_distance)

    monkeypatch.setattr(matching, "match_pdq", one_by_one)
    monkeypatch.setattr(LivePdqBanks, "search", indexed)
    code, found, err = run("banks", "match", str(copy))
    assert code == 0, err
    assert len(found["matches"]) == 1 and searched == [found["hash"]]
