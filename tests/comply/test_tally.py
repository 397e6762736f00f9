"""The report counted from decision shapes (SQL groups, one statement each) equals the report
built from every statement, on the hand-made history and on random logs added to it."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bastion.comply.cases import Period
from bastion.comply.report import build_report
from bastion.comply.statements import statements
from bastion.comply.tally import counted_statements
from bastion.evaluate.runs import RunStore
from bastion.store import DecisionLog
from bastion.types import Action, Decision, Evidence

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
FLAGGABLE = ("hate", "harassment", "spam", "scam", "violence", "sexual/minors", "profanity")


def _random_decisions(rng: random.Random, n: int, version: str) -> list[Decision]:
    made = []
    for i in range(n):
        flagged = tuple(rng.sample(FLAGGABLE, rng.choice((0, 1, 1, 1, 2))))
        action = rng.choice(list(Action)) if flagged else Action.ALLOW
        made.append(
            Decision(
                id=str(uuid.UUID(int=rng.getrandbits(128))),
                item_id=f"random-{i}",
                surface=rng.choice(("comment", "dm", "podcast_episode")),
                applied_surface="comment",
                jurisdiction=rng.choice(("DE", "EU", "US", None)),
                action=action,
                categories={c: round(rng.uniform(0.5, 1), 3) for c in flagged},
                flagged=flagged,
                evidence=tuple(
                    (c, Evidence(part="text", span=(0, 3), rule=f"rule:{c}")) for c in flagged
                ),
                policy_version=version,
                model_versions={"char_ngrams": "1.0.0"},
                missing_detectors=(),
                automated_detection=bool(flagged),
                automated_decision=action is not Action.HOLD_FOR_REVIEW,
                reason="random",
                latency_ms=1.0,
                created_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randrange(4000)),
            )
        )
    return made


def _parts(seeded: Any, built: Any, tmp_path: Path) -> dict[str, Any]:
    report = build_report(seeded.engine, PERIOD, built, runs=RunStore(tmp_path / "runs"))
    return {name: table.rows for name, table in report.parts.items()}


def test_counted_report_equals_the_report_of_every_statement(seeded: Any, tmp_path: Path) -> None:
    policy = seeded.policy.policy
    for round_ in range(3):
        every = _parts(seeded, statements(seeded.engine, PERIOD, policy), tmp_path)
        counted = _parts(seeded, counted_statements(seeded.engine, PERIOD, policy), tmp_path)
        assert counted == every
        rng = random.Random(round_)
        DecisionLog(seeded.engine).append(_random_decisions(rng, 150, seeded.policy.version))
    measures = counted["part8_automation"][-1]["measures"]
    assert measures > 100  # the random restrictions were counted too


def test_groups_stand_for_many_decisions(seeded: Any) -> None:
    rng = random.Random(7)
    log = DecisionLog(seeded.engine)
    log.append(_random_decisions(rng, 400, seeded.policy.version))
    built = list(counted_statements(seeded.engine, PERIOD, seeded.policy.policy))
    assert sum(c.count for c in built) >= 400 and len(built) < 300
