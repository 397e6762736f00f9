"""Media in the policy (required only for media items, fail modes) and in the async job queue."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.artifacts import Artifacts
from bastion.config import Settings
from bastion.detectors.image_nsfw import ImageNsfw
from bastion.jobs.queue import JobQueue, NewJob
from bastion.jobs.worker import Worker
from bastion.pipeline import Engine
from bastion.policy import load_policy, shipped_policy_path
from bastion.scanner import Scanner
from bastion.types import Action, Item, Signal

from .conftest import wired_engine


class NotInstalledNsfw(ImageNsfw):
    """The real detector on a machine without its package (a text-only install)."""

    requires = ("a_module_that_is_not_installed",)

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        raise AssertionError("never called when unavailable")


@pytest.fixture(scope="module")
def engine_without_nsfw(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    base = wired_engine(f"sqlite:///{tmp_path_factory.mktemp('db') / 'banks.db'}")
    detectors = [d for d in base.detectors if d.name != "image_nsfw"] + [NotInstalledNsfw()]
    return Engine(
        load_policy(shipped_policy_path()),
        detectors,
        extractors=base.extractors,
        media=base.media,
        enforce_deadlines=False,
    )


def test_text_only_item_does_not_need_media_detectors(engine_without_nsfw: Engine) -> None:
    decision = engine_without_nsfw.decide(Item(id="t", surface="comment", text="lovely song"))
    assert decision.missing_detectors == ()
    assert decision.action is Action.ALLOW
    assert "image_nsfw" not in decision.model_versions


def test_media_item_with_a_missing_detector_fails_closed(
    engine_without_nsfw: Engine, benign_image: Path
) -> None:
    decision = engine_without_nsfw.decide(Item(id="i", surface="comment", image=str(benign_image)))
    assert decision.missing_detectors == ("image_nsfw",)
    assert decision.action is Action.HOLD_FOR_REVIEW
    assert "pip install 'bastion[media]'" in decision.reason


def test_media_item_through_the_job_queue(sqlite_url: str, meme: Path) -> None:
    settings = Settings(database_url=sqlite_url, enforce_deadlines=False)
    engine = Scanner.from_settings(settings)
    assert engine.log is not None
    log = engine.log
    queue = JobQueue(log.engine)
    payload = {"id": "cover-1", "surface": "comment", "text": "my mix", "image": str(meme)}
    [(job, created)] = queue.enqueue([NewJob("cover-1", "comment", payload)])
    assert created
    assert Worker(engine, queue, name="w").work_one()
    done = queue.get(job.id)
    assert done is not None and done.status == "done", done
    record = log.get(done.decision_id or "")
    assert record is not None and "hate" in record["flagged"]
    assert any(e.get("box") and e["part"] == "image" for e in record["evidence"])
    engine.close()
