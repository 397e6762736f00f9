"""Video: scene keyframes through the image detectors, the audio track through speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bastion.media.errors import MediaError
from bastion.media.testset import render_text_image, write_video
from bastion.media.video import iter_scene_frames
from bastion.pipeline import Engine
from bastion.types import Item


def test_scene_changes_are_found_with_times(video: Path) -> None:
    frames = list(iter_scene_frames(video))
    assert [f.index for f in frames] == list(range(len(frames)))
    assert frames[0].time_s == 0.0
    assert any(1.5 <= f.time_s <= 2.5 for f in frames)  # the cut at 2 s


def test_video_decision_merges_frames_and_audio(engine: Engine, video: Path) -> None:
    decision = engine.decide(Item(id="v", surface="comment", video=str(video)))
    assert "hate" in decision.flagged
    hate = [e for c, e in decision.evidence if c == "hate"]
    assert hate[0].part == "video" and hate[0].frame is not None and hate[0].box is not None
    assert hate[0].time_range is not None and 1.5 <= hate[0].time_range[0] <= 2.5
    assert {"speech_to_text", "image_ocr"} <= set(decision.model_versions)
    assert decision.missing_detectors == ()


@pytest.mark.parametrize("suffix", [".webm", ".mkv"])
def test_other_containers(tmp_path: Path, suffix: str) -> None:
    scenes = [(render_text_image("hello", size=(160, 96), font_size=14), 1.0)]
    path = write_video(tmp_path / f"v{suffix}", scenes, np.zeros(16000, dtype=np.float32))
    assert len(list(iter_scene_frames(path))) == 1


def test_video_without_audio_is_a_documented_partial_result(engine: Engine, tmp_path: Path) -> None:
    scenes = [(render_text_image("The new album drops on Friday", size=(320, 180)), 1.0)]
    path = write_video(tmp_path / "silent.mp4", scenes)
    decision = engine.decide(Item(id="silent", surface="comment", video=str(path)))
    assert decision.missing_detectors == ()
    assert "no audio track" in decision.reason


def test_truncated_video_is_an_error_or_partial(tmp_path: Path, video: Path) -> None:
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(video.read_bytes()[:2000])
    with pytest.raises(MediaError):
        list(iter_scene_frames(broken))
