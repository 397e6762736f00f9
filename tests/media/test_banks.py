"""Hash banks: PDQ and Chromaprint round trips, thresholds, removal, confirm/deconfirm."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bastion.banks import BankError, BankStore
from bastion.banks.matching import match_fingerprint, match_pdq
from bastion.media.fingerprint import encode_fingerprint, fingerprint_file
from bastion.media.pdq import entry_hashes, pdq_hash
from bastion.media.testset import Segment, compose_audio, music, render_text_image, write_audio
from bastion.types import Item

from .conftest import wired_engine


@pytest.fixture
def store(sqlite_url: str) -> BankStore:
    return BankStore.open(sqlite_url)


def _photo(seed: int) -> Image.Image:
    return render_text_image("", noise=0.08, seed=seed, size=(640, 480))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def test_pdq_copies_match_and_unrelated_images_do_not(store: BankStore) -> None:
    bank = store.create_bank("csam-hashes", "pdq", "known-match")
    original = _photo(1)
    value, quality = entry_hashes(original)
    store.add_entry(bank, value, quality, "case-1")
    entries = store.entries("pdq")
    w, h = original.size
    copies = {
        "reencoded": _jpeg(original, 40),
        "resized": original.resize((w // 2, h // 2)),
        "cropped": original.crop((16, 12, w - 16, h - 12)),
        "cropped-12%-centred": original.crop((38, 29, w - 38, h - 29)),
        "cropped-off-centre": original.crop((0, 0, w - 30, h - 20)),
    }
    for name, copy in copies.items():
        hits = match_pdq(*pdq_hash(copy), entries)
        assert hits and hits[0].distance <= 31, name
    for seed in range(2, 7):
        assert match_pdq(*pdq_hash(_photo(seed)), entries) == []


def test_threshold_is_configurable(store: BankStore) -> None:
    bank = store.create_bank("strict", "pdq", max_distance=0)
    original = _photo(1)
    store.add_entry(bank, pdq_hash(original)[0])
    hits = match_pdq(*pdq_hash(_jpeg(original, 30)), store.entries("pdq"))
    assert hits == [] or hits[0].distance == 0


def test_bank_errors(store: BankStore) -> None:
    store.create_bank("a", "pdq")
    with pytest.raises(BankError, match="already exists"):
        store.create_bank("a", "pdq")
    with pytest.raises(BankError, match="unknown category"):
        store.create_bank("b", "pdq", "nonsense")
    with pytest.raises(BankError, match="no bank entry"):
        store.remove_entry("nope")


def test_match_is_a_signal_and_deconfirm_stops_it(sqlite_url: str, tmp_path: Path) -> None:
    engine = wired_engine(sqlite_url, banks_refresh_s=0)
    store = BankStore.open(sqlite_url)
    bank = store.create_bank("known-bad", "pdq", "extremism")
    original = _photo(11)
    value, quality = pdq_hash(original)
    entry = store.add_entry(bank, value, quality, "propaganda-7")
    path = tmp_path / "upload.jpg"
    _jpeg(original, 60).save(path)

    decision = engine.decide(Item(id="up", surface="comment", image=str(path)))
    assert {"known-match", "extremism"} <= set(decision.flagged)
    evidence = next(e for c, e in decision.evidence if c == "known-match")
    assert evidence.match is not None and evidence.match["bank"] == "known-bad"
    assert evidence.match["entry"] == entry.id

    scanned = evidence.match["content_hash"]
    match = store.record_match(bank, entry.id, scanned, float(evidence.match["distance"]))
    store.set_status(match.id, "confirmed")
    confirmed = engine.decide(Item(id="up", surface="comment", image=str(path)))
    assert confirmed.categories["known-match"] == 1.0
    store.set_status(match.id, "deconfirmed")
    cleared = engine.decide(Item(id="up", surface="comment", image=str(path)))
    assert "known-match" not in cleared.flagged

    store.remove_entry(entry.id)
    assert store.entries("pdq") == []


def test_fingerprint_bank_finds_a_known_clip_inside_an_episode(
    store: BankStore, tmp_path: Path
) -> None:
    known = music(12.0, seed=1)
    known_path = write_audio(tmp_path / "known.wav", known)
    talk, _ = compose_audio([Segment("speech", "Welcome back to the show"), Segment("silence", 5)])
    episode = np.concatenate([talk, known, talk])
    episode_path = write_audio(tmp_path / "episode.mp3", episode)
    bank = store.create_bank("songs", "chromaprint", "known-match")
    store.add_entry(bank, encode_fingerprint(fingerprint_file(known_path, 600)))
    hits = match_fingerprint(fingerprint_file(episode_path, 600), store.entries("chromaprint"))
    assert hits, "the known clip should be found"
    assert hits[0].alignment is not None
    start = len(talk) / 16000
    assert abs(hits[0].alignment.start_s - start) < 1.5
    for name, audio in {
        "talk": np.concatenate([talk, talk, talk]),
        "other-music": np.concatenate([talk, music(12.0, seed=2), talk]),
    }.items():
        unrelated = write_audio(tmp_path / f"{name}.wav", audio)
        found = match_fingerprint(fingerprint_file(unrelated, 600), store.entries("chromaprint"))
        assert found == [], name


def test_the_database_flag_reaches_the_bank_detectors(tmp_path: Path) -> None:
    """Before: image_hash and audio_fingerprint read ``Settings().database_url`` themselves, so
    ``bastion --database-url sqlite:///x.db scan --image img.png`` matched another database."""
    import json

    from click.testing import CliRunner

    from bastion.cli import main

    database = f"sqlite:///{tmp_path / 'x.db'}"
    store = BankStore.open(database)
    original = _photo(12)
    store.add_entry(store.create_bank("known-bad", "pdq", "extremism"), *pdq_hash(original))
    store.close()
    path = tmp_path / "img.jpg"
    _jpeg(original, 70).save(path)
    args = ["--database-url", database, "scan", "--image", str(path), "--surface", "comment"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    decision = json.loads(result.output)
    assert "known-match" in decision["flagged"] and "extremism" in decision["flagged"]
