"""Images through the whole loop: a meme is caught by its text, with the box as evidence."""

from __future__ import annotations

from pathlib import Path

from bastion.media.ocr import ocr_image
from bastion.media.testset import render_text_image
from bastion.pipeline import Engine
from bastion.types import Action, Item


def test_ocr_reads_words_with_boxes() -> None:
    image = render_text_image("The new album drops on Friday", size=(800, 200))
    found = ocr_image(image)
    assert "album drops on Friday" in found.text
    album = next(t for t in found.tokens if t.text == "album")
    left, top, right, bottom = album.box or (0, 0, 0, 0)
    assert 40 <= left < right <= 800 and 0 <= top < bottom <= 200


def test_hateful_meme_is_caught_by_its_text(engine: Engine, meme: Path) -> None:
    decision = engine.decide(Item(id="meme", surface="comment", image=str(meme)))
    assert "hate" in decision.flagged
    assert decision.action.strictness >= Action.HOLD_FOR_REVIEW.strictness
    evidence = [e for category, e in decision.evidence if category == "hate"]
    assert evidence and all(e.part == "image" and e.box is not None for e in evidence)
    assert "vermin" in (evidence[0].excerpt or "")
    assert decision.missing_detectors == ()
    assert {"image_ocr", "image_nsfw", "image_hash"} <= set(decision.model_versions)


def test_benign_image_is_allowed(engine: Engine, benign_image: Path) -> None:
    decision = engine.decide(Item(id="ok", surface="comment", image=str(benign_image)))
    assert decision.action is Action.ALLOW
    assert decision.categories["nudity"] < 0.3


def test_title_and_cover_image_get_one_decision(engine: Engine, meme: Path) -> None:
    decision = engine.decide(
        Item(id="pl", surface="playlist_title", text="Chill summer mix", image=str(meme))
    )
    assert "hate" in decision.flagged
    assert {e.part for _, e in decision.evidence} == {"image"}


def test_corrupt_image_is_a_missing_detector_not_a_crash(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    decision = engine.decide(Item(id="bad", surface="comment", text="nice", image=str(path)))
    assert "image_nsfw" in decision.missing_detectors
    assert decision.action is Action.HOLD_FOR_REVIEW  # default surfaces fail closed
    assert "broken.jpg: cannot open image" in decision.reason


def test_tilted_text_is_straightened_and_boxed_in_original_pixels() -> None:
    image = render_text_image("The new album drops on Friday", size=(800, 200), angle=8)
    found = ocr_image(image)
    assert "album drops on Friday" in found.text
    for token in found.tokens:
        left, top, right, bottom = token.box or (0, 0, 0, 0)
        assert 0 <= left < right <= image.width and 0 <= top < bottom <= image.height
