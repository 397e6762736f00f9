"""Audio: chunked decode, transcript with word times, evidence as a time range."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from bastion.media.audio import SAMPLE_RATE, iter_chunks, probe_audio
from bastion.media.errors import MediaError
from bastion.media.limits import MediaLimits
from bastion.media.testset import write_audio
from bastion.pipeline import Engine
from bastion.types import Action, Item

from .conftest import wired_engine


@pytest.mark.parametrize("suffix", [".wav", ".mp3", ".ogg", ".m4a"])
def test_formats_decode_to_16k_mono(tmp_path: Path, clip: np.ndarray, suffix: str) -> None:
    path = write_audio(tmp_path / f"clip{suffix}", clip)
    decoded = np.concatenate([c.samples for c in iter_chunks(path)])
    assert decoded.dtype == np.float32
    assert abs(len(decoded) - len(clip)) < 0.15 * SAMPLE_RATE  # encoder padding only


def test_chunks_are_bounded_and_cover_the_audio(tmp_path: Path) -> None:
    t = np.arange(SAMPLE_RATE * 23) / SAMPLE_RATE
    tone = (0.1 * np.sin(2 * np.pi * 300 * t) * (np.sin(2 * np.pi * 0.5 * t) > 0)).astype(
        np.float32
    )
    path = write_audio(tmp_path / "long.wav", tone)
    limits = MediaLimits(chunk_seconds=5.0)
    chunks = list(iter_chunks(path, limits))
    assert all(c.duration_s <= 5.0 + 5.0 for c in chunks)
    assert sum(len(c.samples) for c in chunks) == len(tone)
    assert [c.start_s for c in chunks] == sorted(c.start_s for c in chunks)


def test_duration_limit_is_a_partial_result(tmp_path: Path, clip: np.ndarray) -> None:
    path = write_audio(tmp_path / "clip.wav", clip)
    limits = MediaLimits(max_audio_seconds=1.0)
    total = sum(len(c.samples) for c in iter_chunks(path, limits))
    assert total == SAMPLE_RATE


def test_zero_length_audio(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as out:  # a valid header and no frames
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
    with pytest.raises(MediaError, match="no samples"):
        list(iter_chunks(path))


def test_corrupt_audio(tmp_path: Path) -> None:
    path = tmp_path / "noise.mp3"
    path.write_bytes(np.random.default_rng(0).bytes(4000))
    with pytest.raises(MediaError):
        list(iter_chunks(path))


def test_probe(episode: tuple[Path, tuple[float, float]]) -> None:
    info = probe_audio(episode[0])
    assert info.codec.startswith("mp3") and info.duration_s and info.duration_s > 10


def test_planted_threat_has_a_time_range(
    engine: Engine, episode: tuple[Path, tuple[float, float]]
) -> None:
    path, (start, end) = episode
    decision = engine.decide(Item(id="ep", surface="podcast_episode", audio=str(path)))
    assert decision.action is not Action.ALLOW
    assert "violence" in decision.flagged
    assert decision.lang == "en"
    ranges = [e.time_range for c, e in decision.evidence if c == "violence" and e.time_range]
    assert ranges, decision.evidence
    first, last = ranges[0]
    assert start - 0.5 <= first < last <= end + 0.5
    assert all(e.part == "audio" for _, e in decision.evidence)
    minute, second = divmod(int(first), 60)
    assert f"audio {minute}:{second:02d}" in decision.reason  # "violence ... at audio 0:07-0:09"


def test_audio_beyond_the_limit_is_a_documented_partial_result(
    episode: tuple[Path, tuple[float, float]], sqlite_url: str
) -> None:
    engine = wired_engine(sqlite_url, media_max_audio_seconds=3)
    decision = engine.decide(Item(id="cut", surface="podcast_episode", audio=str(episode[0])))
    assert "only the first 3 s were transcribed" in decision.reason
    # The threat is after the limit: what was not scanned is missing, the fail mode holds it.
    assert decision.missing_detectors == ("speech_to_text",)
    assert decision.action is Action.HOLD_FOR_REVIEW


def test_benign_episode_is_allowed(engine: Engine, tmp_path: Path, clip: np.ndarray) -> None:
    path = write_audio(tmp_path / "benign.ogg", clip)
    decision = engine.decide(Item(id="ok", surface="podcast_episode", audio=str(path)))
    assert decision.action is Action.ALLOW
    assert decision.missing_detectors == ()
