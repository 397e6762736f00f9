"""``bastion learn bank-media``: confirmed media into the banks, cleared matches deconfirmed."""

from __future__ import annotations

import io
import json
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image
from sqlalchemy import Engine, insert

from bastion.artifacts import build_artifacts
from bastion.banks.matching import BankIndex, match_fingerprint, match_pdq
from bastion.banks.store import BankStore
from bastion.cli import main
from bastion.detectors.audio_fingerprint import AudioFingerprintBanks
from bastion.detectors.image_hash import ImageHashBanks
from bastion.learn.banking import bank_media, bank_name
from bastion.media.fingerprint import fingerprint_file
from bastion.media.pdq import pdq_hash
from bastion.media.testset import music, render_text_image, write_audio
from bastion.review.tables import review_tasks, review_verdicts
from bastion.store.partitions import ensure_months, month_of
from bastion.store.tables import decisions
from bastion.types import Evidence, Item, Signal

DAY = datetime(2026, 11, 20, tzinfo=UTC)


def _photo(seed: int) -> Image.Image:
    return render_text_image("", noise=0.08, seed=seed, size=(640, 480))


def _save_jpeg(image: Image.Image, path: Path, quality: int = 60) -> Path:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    path.write_bytes(buffer.getvalue())
    return path


def _seed(
    engine: Engine,
    item: dict[str, Any] | None,
    verdict: str,
    *,
    category: str | None = "extremism",
    reviewer: str = "alice",
    decision_id: str | None = None,
    at: datetime = DAY,
) -> str:
    """One done review task (payload ``{"item": ...}``) with one verdict; its verdict id."""
    task_id, verdict_id = str(uuid.uuid4()), str(uuid.uuid4())
    item_id = str(item["id"]) if item else str(uuid.uuid4())
    with engine.begin() as conn:
        conn.execute(
            insert(review_tasks).values(
                id=task_id,
                item_id=item_id,
                surface="comment",
                decision_id=decision_id,
                queue="extremism",
                reason="hold",
                category=category,
                priority=1.0,
                status="done",
                reviews_required=1,
                reviews_done=1,
                payload=json.dumps({"item": item}) if item is not None else None,
                due_at=at + timedelta(days=1),
                created_at=at,
                updated_at=at,
            )
        )
        conn.execute(
            insert(review_verdicts).values(
                id=verdict_id,
                task_id=task_id,
                item_id=item_id,
                decision_id=decision_id,
                reviewer=reviewer,
                role="reviewer",
                verdict=verdict,
                category=category if verdict == "violating" else None,
                time_spent_ms=1000,
                policy_version="test",
                model_versions="{}",
                created_at=at + timedelta(minutes=5),
            )
        )
    return verdict_id


def _log_decision(engine: Engine, item_id: str, signals: list[Signal]) -> str:
    """A decision record whose evidence is the detector's, as the decision log stores it."""
    decision_id = f"d-{uuid.uuid4().hex}"
    evidence = [
        {"category": s.category, **e.to_dict()} for s in signals for e in s.evidence if s.score
    ]
    record = {"id": decision_id, "item_id": item_id, "action": "hold", "evidence": evidence}
    with engine.begin() as conn:
        ensure_months(conn, [month_of(DAY)])  # a row written around the log needs its month
        conn.execute(
            insert(decisions).values(
                seq=random.randrange(1, 2**40),
                id=decision_id,
                item_id=item_id,
                surface="comment",
                action="hold",
                policy_version="test",
                created_at=DAY,
                record=json.dumps(record),
                prev_hash="0" * 64,
                hash="0" * 64,
            )
        )
    return decision_id


def _scan(detector: ImageHashBanks | AudioFingerprintBanks, item: Item) -> list[Signal]:
    return detector.detect(build_artifacts(item))


def _score(signals: list[Signal], category: str) -> float:
    return max((s.score or 0.0 for s in signals if s.category == category), default=0.0)


def _matches(signals: list[Signal]) -> list[Evidence]:
    return [e for s in signals if s.score for e in s.evidence if e.match]


@pytest.fixture
def image_detector(database_url: str) -> Iterator[ImageHashBanks]:
    """The real image_hash detector, reading the banks afresh on every scan."""
    index = BankIndex(database_url, refresh_s=0)
    yield ImageHashBanks(index=index)
    index.store().close()


def test_confirmed_image_is_banked_once_and_cleared_match_is_deconfirmed(
    database_url: str, image_detector: ImageHashBanks, tmp_path: Path
) -> None:
    store = BankStore.open(database_url)
    engine = store.engine
    detector = image_detector
    original = _photo(21)
    upload = _save_jpeg(original, tmp_path / "upload.jpg", quality=90)
    banked = {"id": "img-1", "surface": "comment", "image": str(upload)}
    _seed(engine, banked, "violating", reviewer="alice")
    _seed(engine, banked, "violating", reviewer="carol")  # a second vote: one entry
    # Skipped, each with its reason: erased content, missing file, video, text only.
    _seed(engine, None, "violating")
    _seed(
        engine,
        {"id": "gone", "surface": "comment", "image": str(tmp_path / "gone.png")},
        "violating",
    )
    _seed(
        engine, {"id": "vid", "surface": "comment", "video": str(tmp_path / "v.mp4")}, "violating"
    )
    _seed(engine, {"id": "txt", "surface": "comment", "text": "hello"}, "violating")
    # Before: nothing matches.
    assert (
        _score(_scan(detector, Item(id="x", surface="comment", image=str(upload))), "extremism")
        == 0
    )

    dry = bank_media(store, dry_run=True)
    assert len(dry.added) == 1 and store.banks() == []

    first = bank_media(store)
    assert [row["bank"] for row in first.added] == ["reviewed-extremism-pdq"]
    assert len(first.present) == 1
    assert first.skipped == {
        "image file missing (erased by retention, or moved)": 1,
        "no content (erased by retention, or never kept)": 1,
        "no media (text only)": 1,
        "video not banked (hash a still: bastion banks add)": 1,
    }
    bank = store.bank(bank_name("extremism", "pdq"))
    assert (bank.kind, bank.category, bank.entries) == ("pdq", "extremism", 1)
    [(_, entry)] = store.entries("pdq")
    assert entry.source and entry.source.startswith("review-verdict:")

    # A real match: a re-encoded, resized copy is found by the bank and by the detector.
    copy = _save_jpeg(original.resize((480, 360)), tmp_path / "copy.jpg", quality=50)
    assert match_pdq(*pdq_hash(Image.open(copy)), store.entries("pdq"))
    signals = _scan(detector, Item(id="copy", surface="comment", image=str(copy)))
    assert _score(signals, "extremism") >= 0.8 and _score(signals, "known-match") >= 0.8
    assert _matches(signals)[0].match["bank"] == "reviewed-extremism-pdq"  # type: ignore[index]
    unrelated = _save_jpeg(_photo(22), tmp_path / "other.jpg")
    assert (
        _score(_scan(detector, Item(id="o", surface="comment", image=str(unrelated))), "extremism")
        == 0
    )

    # Idempotent: a second run adds nothing.
    second = bank_media(store)
    assert second.added == [] and len(second.present) == 2
    assert store.bank(bank.name).entries == 1

    # The copy's decision matched the bank; a reviewer clears it: the match is deconfirmed.
    decision_id = _log_decision(engine, "copy", signals)
    _seed(
        engine,
        {"id": "copy", "surface": "comment", "image": str(copy)},
        "not_violating",
        reviewer="bob",
        decision_id=decision_id,
        at=DAY + timedelta(days=1),
    )
    assert len(bank_media(store, DAY + timedelta(hours=12), dry_run=True).deconfirmed) == 1
    third = bank_media(store, DAY + timedelta(hours=12))
    assert third.added == [] and third.present == []  # --since left the old verdicts out
    assert [(row["bank"], row["reviewer"]) for row in third.deconfirmed] == [
        ("reviewed-extremism-pdq", "bob")
    ]
    assert store.verdicts([(entry.id, pdq_hash(Image.open(copy).convert("RGB"))[0])]) == {
        (entry.id, pdq_hash(Image.open(copy).convert("RGB"))[0]): "deconfirmed"
    }
    cleared = _scan(detector, Item(id="copy", surface="comment", image=str(copy)))
    assert _score(cleared, "extremism") == 0 and _matches(cleared) == []
    # The confirmed original still matches; a rerun changes nothing.
    assert (
        _score(_scan(detector, Item(id="x", surface="comment", image=str(upload))), "extremism")
        >= 0.8
    )
    again = bank_media(store)
    assert again.added == [] and again.deconfirmed == [] and again.already_deconfirmed == 1
    store.close()


def test_confirmed_audio_goes_into_a_fingerprint_bank(sqlite_url: str, tmp_path: Path) -> None:
    store = BankStore.open(sqlite_url)
    clip = write_audio(tmp_path / "clip.wav", music(12.0, seed=3))
    _seed(store.engine, {"id": "a1", "surface": "comment", "audio": str(clip)}, "violating")
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"not audio at all")
    _seed(store.engine, {"id": "a2", "surface": "comment", "audio": str(broken)}, "violating")
    result = bank_media(store)
    assert [row["bank"] for row in result.added] == ["reviewed-extremism-audio"]
    assert any(reason.startswith("audio unreadable") for reason in result.skipped)
    assert store.bank("reviewed-extremism-audio").kind == "chromaprint"
    assert match_fingerprint(fingerprint_file(clip, 600), store.entries("chromaprint"))
    index = BankIndex(sqlite_url, refresh_s=0)
    signals = _scan(
        AudioFingerprintBanks(index=index), Item(id="a3", surface="comment", audio=str(clip))
    )
    index.store().close()
    assert _score(signals, "extremism") >= 0.8
    assert bank_media(store).added == []
    store.close()


def test_cli_summary_and_dry_run(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BASTION_DATABASE_URL", sqlite_url)
    store = BankStore.open(sqlite_url)
    image = _save_jpeg(_photo(31), tmp_path / "a.jpg")
    _seed(store.engine, {"id": "i", "surface": "comment", "image": str(image)}, "violating")
    _seed(
        store.engine,
        {"id": "g", "surface": "comment", "image": str(tmp_path / "no.jpg")},
        "violating",
    )
    runner = CliRunner()
    dry = runner.invoke(main, ["learn", "bank-media", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would add 1" in dry.output and store.banks() == []
    done = runner.invoke(main, ["learn", "bank-media", "--since", "2026-11-01"])
    assert done.exit_code == 0, done.output
    assert "added 1, already present 0" in done.output
    assert "skipped 1: image file missing" in done.output
    later = runner.invoke(main, ["learn", "bank-media", "--since", "2026-11-25", "--json"])
    assert later.exit_code == 0 and json.loads(later.output)["added"] == 0
    assert runner.invoke(main, ["learn", "bank-media", "--since", "soon"]).exit_code == 2
    store.close()
