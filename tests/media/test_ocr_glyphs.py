"""Text in images in common fonts is read as a person reads it: the sans-serif capital I that
tesseract takes for '|', '1' or 'l' is corrected, light-on-dark and photo captions are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.media.glyphs import correct_words
from bastion.media.ocr import ocr_image
from bastion.media.testset import FONTS, VARIANTS, render_variant
from bastion.pipeline import Engine
from bastion.types import Action, Item

THREAT = "I will kill you tomorrow"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("| will kill you tomorrow", "I will kill you tomorrow"),
        ("1 will kill you", "I will kill you"),
        ("l am coming for you", "I am coming for you"),
        ("you know what, 1 will", "you know what, I will"),
        ("and 1 know where", "and I know where"),
        ("|'m back and 1'll stay", "I'm back and I'll stay"),
        ("ki|| him", "kill him"),
        ("you |diot", "you Idiot"),
        ("won 1 prize", "won 1 prize"),  # a number stays a number
        ("Top 1 Song", "Top 1 Song"),
        ("1 2 3", "1 2 3"),
        ("chapter 1", "chapter 1"),
    ],
)
def test_glyph_confusions_are_undone_by_the_shape_of_the_words(read: str, meant: str) -> None:
    assert " ".join(correct_words(read.split())) == meant


def test_a_line_start_opens_a_clause() -> None:
    words = ["see", "you", "1", "will", "win"]
    assert correct_words(words, line_starts=[2])[2] == "I"
    assert correct_words(words)[2] == "1"


@pytest.mark.parametrize("font", FONTS, ids=lambda f: Path(f).stem)
def test_the_threat_is_read_in_every_font(font: str) -> None:
    assert ocr_image(render_variant(THREAT, font, "plain")).text == THREAT
    assert ocr_image(render_variant(THREAT, font, "light_on_dark")).text == THREAT


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_threat_is_read_in_dejavu_sans_as_any_variant(variant: str) -> None:
    """DejaVu Sans (what ``convert -font DejaVu-Sans`` draws) read '| will kill you' before."""
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    assert ocr_image(render_variant(THREAT, font, variant)).text == THREAT


def test_the_image_gets_the_same_action_as_the_text(engine: Engine, tmp_path: Path) -> None:
    as_text = engine.decide(Item(id="t", surface="comment", text=THREAT))
    for font in (FONTS[4], FONTS[2], FONTS[0]):  # DejaVu Sans, Liberation Sans, DejaVu Bold
        path = tmp_path / f"{Path(font).stem}.png"
        render_variant(THREAT, font, "plain").save(path)
        image = engine.decide(Item(id=path.stem, surface="comment", image=str(path)))
        assert image.action is as_text.action, (font, image.reason)
        assert image.action.strictness > Action.ALLOW.strictness
