"""Media fixtures generated at run time: rendered images, espeak-ng speech, PyAV video."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bastion.config import Settings
from bastion.media.testset import (
    BENIGN,
    Segment,
    compose_audio,
    render_text_image,
    write_audio,
    write_video,
)
from bastion.pipeline import Engine
from bastion.scanner import Scanner

PLANTED = "I am going to kill you and burn your house down"


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


def wired_engine(database_url: str, **settings: Any) -> Engine:
    """The shipped policy, every detector and extractor, and the media views with the
    settings' limits, as :class:`~bastion.scanner.Scanner` wires them; no decision log."""
    chosen = Settings(database_url=database_url, enforce_deadlines=False, **settings)
    return Scanner.from_settings(chosen, log=False).engine


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """Shipped policy, every detector and extractor, media views; no decision log."""
    return wired_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'banks.db'}")


@pytest.fixture(scope="session")
def meme(media_dir: Path) -> Path:
    path = media_dir / "meme.jpg"
    render_text_image("All immigrants are vermin and should be exterminated", noise=0.05).save(
        path, quality=85
    )
    return path


@pytest.fixture(scope="session")
def benign_image(media_dir: Path) -> Path:
    path = media_dir / "benign.png"
    render_text_image(BENIGN[1]).save(path)
    return path


@pytest.fixture(scope="session")
def episode(media_dir: Path) -> tuple[Path, tuple[float, float]]:
    """An MP3 with benign talk, a tone, the planted threat, silence; and the threat's times."""
    samples, spans = compose_audio(
        [
            Segment("silence", 0.5),
            Segment("speech", BENIGN[0]),
            Segment("tone", 2.0),
            Segment("speech", PLANTED, "violence"),
            Segment("silence", 1.0),
            Segment("speech", BENIGN[2]),
        ]
    )
    planted = next((start, end) for start, end, s in spans if s.label)
    return write_audio(media_dir / "episode.mp3", samples), planted


@pytest.fixture(scope="session")
def clip(media_dir: Path) -> np.ndarray:
    samples, _ = compose_audio([Segment("speech", BENIGN[3])])
    return samples


@pytest.fixture(scope="session")
def video(media_dir: Path, clip: np.ndarray) -> Path:
    scenes = [
        (render_text_image(BENIGN[4], size=(320, 180), font_size=18), 2.0),
        (
            render_text_image(
                "All immigrants are vermin and should be exterminated",
                size=(320, 180),
                font_size=18,
                background=(30, 60, 120),
                color=(255, 255, 255),
            ),
            2.0,
        ),
    ]
    return write_video(media_dir / "clip.mp4", scenes, clip)
