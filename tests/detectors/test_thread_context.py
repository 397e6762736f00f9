"""A short endorsement inherits the thread's threat; alone or under benign text it does not."""

from __future__ import annotations

import pytest

from bastion.artifacts import build_artifacts
from bastion.detectors.thread_context import ThreadContext
from bastion.types import Context, Item

THREAT = "I know where you live and I am going to kill you tonight"


def scores(text: str, thread: tuple[str, ...]) -> dict[str, float]:
    artifacts = build_artifacts(Item(id="r", text=text, context=Context(thread=thread)))
    return {s.category: s.score or 0.0 for s in ThreadContext().run(artifacts)}


@pytest.mark.parametrize("reply", ["me too", "do it!", "agreed", "+1 he deserves it", "genau"])
def test_endorsing_a_threat_is_threatening(reply: str) -> None:
    assert scores(reply, (THREAT,))["harassment/threatening"] > 0.5


@pytest.mark.parametrize("reply", ["so true", "finally someone said it", "facts"])
def test_endorsing_derogation_is_hateful(reply: str) -> None:
    assert scores(reply, ("immigrants are parasites",))["hate"] > 0.5
    assert scores(reply, ("immigrants are not parasites",))["hate"] == 0.0


@pytest.mark.parametrize(
    ("reply", "thread"),
    [
        ("me too", ()),
        ("me too", ("what a great show last night",)),
        ("that is awful, please report him to the police right now", (THREAT,)),
    ],
)
def test_no_endorsement_no_score(reply: str, thread: tuple[str, ...]) -> None:
    assert max(scores(reply, thread).values()) == 0.0


def test_evidence_points_at_the_reply() -> None:
    artifacts = build_artifacts(Item(id="r", text="me too", context=Context(thread=(THREAT,))))
    signal = next(
        s for s in ThreadContext().run(artifacts) if s.category == "harassment/threatening"
    )
    assert signal.evidence[0].span == (0, 6)
