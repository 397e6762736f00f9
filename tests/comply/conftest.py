"""A seeded database: decisions, reviews, appeals and notices across categories and countries.

Every figure the compliance tests expect is derived by hand from the table in
``SEED`` and the history in :func:`seed` below (the derivations are written next
to the expectations), never by running the code under test. The history is
written through the owners' functions (the decision log, the review queue, the
appeal desk, notice ingestion), so it is a state production can reach.

The policy is the shipped one, with one change so both report parts are
exercised: ``hate`` is reported on the illegal-content ground.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from bastion.accounts import StrikeLedger
from bastion.accounts.enforcement import StrikeRecording
from bastion.comply.dsa_notices import ingest_notices
from bastion.policy import LoadedPolicy, load_policy, shipped_policy_path
from bastion.review.appeals import AppealDesk
from bastion.review.intake import NewTask, add_tasks
from bastion.review.queue import ReviewQueue, VerdictIn
from bastion.review.reviewers import ReviewerStore
from bastion.review.routing import ReviewRouting, RoutingConfig
from bastion.store import DecisionLog
from bastion.types import Action, Context, Decision, Evidence, Item, ReviewReason

LEGAL_GROUND = "Section 130 StGB (incitement to hatred); Framework Decision 2008/913/JHA"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    """One seeded decision: (category, probability, threshold, action) per fired rule."""

    key: str
    created: str
    surface: str
    jurisdiction: str | None
    action: str
    fired: tuple[tuple[str, float, float, str], ...] = ()
    lang: str | None = "en"
    part: str = "text"
    automated_decision: bool = True


SEED: tuple[Row, ...] = (
    # key   created                surface            juris  action        rules fired
    Row(
        "d01", "2026-01-10T09:00", "comment", "DE", "block", (("hate", 0.90, 0.80, "block"),), "de"
    ),
    Row(
        "d02",
        "2026-01-15T12:00",
        "comment",
        "FR",
        "block",
        (
            ("harassment", 0.98, 0.95, "block"),
            ("harassment/threatening", 0.98, 0.75, "block"),
            ("violence", 0.90, 0.90, "block"),
        ),
        "fr",
    ),
    Row("d03", "2026-02-01T08:00", "dm", None, "block", (("scam", 0.95, 0.85, "block"),)),
    Row(
        "d04", "2026-02-03T10:00", "playlist_title", "NL", "demote", (("spam", 0.7, 0.5, "demote"),)
    ),
    Row(
        "d05",
        "2026-02-10T10:00",
        "comment",
        "IT",
        "hold_for_review",
        (("hate", 0.6, 0.4, "hold_for_review"),),
        "it",
        automated_decision=False,
    ),
    Row(
        "d06",
        "2026-02-12T10:00",
        "comment",
        "ES",
        "hold_for_review",
        (("self-harm/intent", 0.4, 0.3, "hold_for_review"),),
        "es",
        automated_decision=False,
    ),
    Row(
        "d07",
        "2026-03-01T10:00",
        "comment",
        "PL",
        "hold_for_review",
        (("hate", 0.55, 0.4, "hold_for_review"),),
        "pl",
        automated_decision=False,
    ),
    Row("d08", "2026-03-05T10:00", "comment", "US", "block", (("hate", 0.95, 0.85, "block"),)),
    Row(
        "d09",
        "2026-03-10T10:00",
        "podcast_episode",
        "DE",
        "label",
        (("profanity", 0.7, 0.6, "label"),),
        "de",
    ),
    Row(
        "d10",
        "2026-03-15T10:00",
        "profile_image",
        "AT",
        "age_restrict",
        (("nudity", 0.6, 0.5, "age_restrict"),),
        None,
        part="image",
    ),
    Row("d11", "2026-04-01T10:00", "ai_output", "SE", "block", (("privacy", 0.9, 0.85, "block"),)),
    Row("d12", "2026-04-20T10:00", "comment", "DE", "allow", (), "de"),
    Row(
        "d13",
        "2026-05-02T10:00",
        "comment",
        "EU",
        "block",
        (("extremism", 0.9, 0.85, "block"),),
    ),
    Row("d14", "2026-06-30T23:00", "comment", "DE", "block", (("violence", 0.95, 0.9, "block"),)),
    Row("d15", "2026-07-01T00:30", "comment", "DE", "block", (("hate", 0.9, 0.8, "block"),)),
    Row("d16", "2025-12-31T23:59", "comment", "DE", "block", (("hate", 0.9, 0.8, "block"),)),
    Row("d17", "2026-05-20T10:00", "dm", "FR", "allow", ()),
)


def seed_policy(tmp_path: Path) -> LoadedPolicy:
    document = yaml.safe_load(shipped_policy_path().read_text())
    document["categories"]["hate"]["dsa"].update(ground="illegal", legal_ground=LEGAL_GROUND)
    path = tmp_path / "seed-policy.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return load_policy(path)


def make_decision(row: Row, policy_version: str) -> Decision:
    surface_rules = []
    evidence = []
    for category, probability, threshold, action in row.fired:
        surface_rules.append(
            f"{row.surface}/{category}: {probability:.2f} >= {threshold:.2f} -> {action}"
        )
        evidence.append(
            (
                category,
                Evidence(part=row.part, span=(0, 5), excerpt="xxxxx", rule=f"rule:{category}"),
            )
        )
    categories = {c: p for c, p, _, _ in row.fired}
    return Decision(
        id=f"{row.key}-{uuid.uuid5(uuid.NAMESPACE_URL, row.key)}",
        item_id=f"item-{row.key}",
        surface=row.surface,
        applied_surface=row.surface,
        jurisdiction=row.jurisdiction,
        action=Action(row.action),
        categories=categories,
        flagged=tuple(categories),
        evidence=tuple(evidence),
        policy_version=policy_version,
        model_versions={"char_ngrams": "1.0.0"},
        missing_detectors=(),
        automated_detection=bool(row.fired),
        automated_decision=row.automated_decision,
        reason="seeded",
        latency_ms=1.0,
        created_at=t(row.created),
        lang=row.lang,
        triggered_rules=tuple(surface_rules),
    )


@dataclass(frozen=True)
class Seeded:
    url: str
    engine: Engine
    policy: LoadedPolicy
    ids: dict[str, str]
    """Row key -> decision id."""


class History:
    """Replays the seed's review history through the review package, on a settable clock.

    Decisions are appended to the log with review routing and strike recording installed,
    reviewers claim and judge tasks, appellants file appeals: every row is written by its
    owner exactly as production writes it, only the time is the history's.
    """

    def __init__(self, url: str, loaded: LoadedPolicy) -> None:
        self.now = t("2025-12-01T00:00")
        self.log = DecisionLog.open(url)
        self.log.record_policy(loaded)
        self.version = loaded.version
        clock = self.clock
        self.routing = ReviewRouting(loaded, RoutingConfig(), clock=clock)
        self.ledger = StrikeLedger(self.log.engine, loaded.policy)
        self.log.hooks.extend([self.routing, StrikeRecording(self.ledger)])
        self.queue = ReviewQueue(
            self.log.engine, policy_version=loaded.version, ledger=self.ledger, clock=clock
        )
        self.appeals = AppealDesk(self.log.engine, self.routing, self.ledger, clock=clock)
        people = ReviewerStore(self.log.engine)
        self.reviewer = people.add("rev-1", role="reviewer", queues="*", password="p" * 12)
        self.senior = people.add("rev-2", role="senior", queues="*", password="p" * 12)
        self.authors: dict[str, str] = {}
        """Decision id -> the item's author, where the platform told Bastion."""

    def clock(self) -> datetime:
        return self.now

    def at(self, when: str) -> History:
        self.now = t(when)
        return self

    def decide(self, decision: Decision, author: str | None = None) -> None:
        """Append ``decision`` at its time, with its item (by ``author``) for the hooks."""
        decision = replace(decision, policy_version=self.version)
        self.at(decision.created_at.isoformat()[:16])
        if author is not None:
            self.authors[decision.id] = author
        item = Item(
            id=decision.item_id,
            surface=decision.surface,
            text="the user's words",
            context=Context(author_id=author, jurisdiction=decision.jurisdiction),
        )
        self.log.append([decision], {decision.id: item})

    def task(self, decision: Decision, reason: ReviewReason, queue: str) -> None:
        """A task another part of the platform opened (a quality sample, a notice)."""
        payload = {"item": {"id": decision.item_id, "text": "the user's words"}}
        if decision.id in self.authors:
            payload["item"]["context"] = {"author_id": self.authors[decision.id]}
        add_tasks(
            self.log.engine,
            [
                NewTask(
                    decision.item_id,
                    decision.surface,
                    queue,
                    reason,
                    1.0,
                    payload,
                    timedelta(hours=24),
                    decision_id=decision.id,
                    jurisdiction=decision.jurisdiction,
                )
            ],
            self.now,
        )

    def judge(
        self, decision: Decision, queue: str, verdict: VerdictIn, senior: bool = False
    ) -> None:
        """A reviewer claims ``decision``'s open task in ``queue`` and gives ``verdict``."""
        who = self.senior if senior else self.reviewer
        (task,) = [t for t in self.queue.tasks(who, queue) if t.decision_id == decision.id]
        claimed = self.queue.claim(who, queue, task_id=task.id)
        assert claimed is not None, f"cannot claim {task.id} at {self.now}"
        self.queue.submit(who, claimed.task.id, claimed.lease_token, verdict)


def _notices(ids: dict[str, str], folder: Path) -> Path:
    lines = [
        {"id": "n1", "received_at": "2026-04-20T08:00:00Z", "source_type": "article_16",
         "notifier": "user-7", "category": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
         "decision_id": ids["d12"], "actioned_at": "2026-04-21T08:00:00Z",
         "action_ground": "incompatible"},  # 24 h
        {"id": "n2", "received_at": "2026-05-01T00:00:00Z", "source_type": "trusted_flagger",
         "notifier": "Trusted Flagger e.V.", "category": "ILLEGAL_OR_HARMFUL_SPEECH", "items": 3,
         "actioned_at": "2026-05-01T06:00:00Z", "action_ground": "illegal"},  # 6 h
        {"id": "n3", "received_at": "2026-05-10T00:00:00Z", "source_type": "article_16",
         "notifier": "user-7"},
        {"id": "n4", "received_at": "2026-07-05T00:00:00Z", "source_type": "article_16",
         "notifier": "user-7"},
    ]  # fmt: skip
    path = folder / "notices.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def seed(url: str, tmp_path: Path) -> Seeded:
    loaded = seed_policy(tmp_path)
    made = {r.key: make_decision(r, loaded.version) for r in SEED}
    d = {key: decision for key, decision in made.items()}
    h = History(url, loaded)
    ids = {key: decision.id for key, decision in made.items()}
    removal = "violating"
    # d16 (31 Dec): appealed on 2 January, upheld by a senior at 06:00 (6 h).
    h.decide(d["d16"])
    h.at("2026-01-02T00:00").appeals.file(ids["d16"], appellant="user-16", statement="mine")
    h.at("2026-01-02T06:00").judge(
        d["d16"], "appeals", VerdictIn(removal, "hate", 3, "stands"), True
    )
    h.decide(d["d01"])
    # d02: a random quality review confirms the automated block; appealed, upheld (24 h).
    h.decide(d["d02"])
    h.task(d["d02"], ReviewReason.RANDOM, "sample")
    h.at("2026-01-15T18:00").judge(
        d["d02"], "sample", VerdictIn(removal, "harassment/threatening", 4)
    )
    h.at("2026-01-16T10:00").appeals.file(ids["d02"], appellant="user-2", statement="joke")
    h.at("2026-01-17T10:00").judge(
        d["d02"], "appeals", VerdictIn(removal, "harassment/threatening", 4, "a threat"), True
    )
    h.decide(d["d03"])
    # d04: demoted; appealed and reversed by a senior (12 h).
    h.decide(d["d04"])
    h.at("2026-02-04T00:00").appeals.file(ids["d04"], appellant="user-4", statement="not spam")
    h.at("2026-02-04T12:00").judge(
        d["d04"], "appeals", VerdictIn("not_violating", None, None, "ok"), True
    )
    # d05: held; a reviewer escalates, a senior removes it the next day.
    h.decide(d["d05"])
    h.at("2026-02-10T20:00").judge(d["d05"], "hate", VerdictIn("escalate", rationale="unsure"))
    h.at("2026-02-11T09:00").judge(
        d["d05"], "escalations", VerdictIn(removal, "hate", 3, "slur", "block"), True
    )
    # d06: held; the reviewer finds no violation. d07: held, not reviewed yet.
    h.decide(d["d06"])
    h.at("2026-02-12T12:00").judge(
        d["d06"], "self-harm", VerdictIn("not_violating", None, None, "fine")
    )
    for key in ("d07", "d08", "d09", "d10", "d11"):
        h.decide(d[key])
    # d11: appealed, then withdrawn.
    h.at("2026-04-02T10:00").appeals.file(ids["d11"], appellant="user-11", statement="mine")
    withdrawn = h.appeals.list(status="open")[0]["id"]
    h.at("2026-04-03T10:00").appeals.withdraw(withdrawn)
    # d12: allowed; reported in a notice; a reviewer removes it and suspends the account.
    h.decide(d["d12"], author="author-12")
    h.task(d["d12"], ReviewReason.NOTICE, "harassment")
    h.at("2026-04-21T08:00").judge(
        d["d12"],
        "harassment",
        VerdictIn(removal, "harassment", 3, "insults", "block", "suspend_account"),
    )
    h.at("2026-04-25T10:00").appeals.file(ids["d12"], appellant="author-12", statement="unfair")
    # d13: a random quality review confirms.
    h.decide(d["d13"])
    h.task(d["d13"], ReviewReason.RANDOM, "sample")
    h.at("2026-05-03T10:00").judge(d["d13"], "sample", VerdictIn(removal, "extremism", 4))
    # d17: an allowed DM; the reporter appeals; a senior removes it (48 h).
    h.decide(d["d17"])
    h.at("2026-05-21T00:00").appeals.file(ids["d17"], appellant="user-17", statement="a scam")
    h.at("2026-05-23T00:00").judge(
        d["d17"], "appeals", VerdictIn(removal, "scam", 3, "phishing"), True
    )
    h.decide(d["d14"])
    h.decide(d["d15"])
    h.at("2026-07-01T10:00").appeals.file(ids["d14"], appellant="user-14", statement="mine")
    ingest_notices(h.log.engine, _notices(ids, tmp_path), loaded.policy)
    return Seeded(url, h.log.engine, loaded, ids)


@pytest.fixture
def seeded(database_url: str, tmp_path: Path) -> Iterator[Seeded]:
    data = seed(database_url, tmp_path)
    yield data
    data.engine.dispose()


@pytest.fixture
def seeded_sqlite(sqlite_url: str, tmp_path: Path) -> Iterator[Seeded]:
    data = seed(sqlite_url, tmp_path)
    yield data
    data.engine.dispose()


@pytest.fixture
def history(database_url: str, tmp_path: Path) -> Iterator[History]:
    """An empty database with the seed policy, written to only through the owners."""
    found = History(database_url, seed_policy(tmp_path))
    yield found
    found.log.close()


def decided(
    key: str,
    when: str,
    action: str,
    fired: tuple[tuple[str, float, float, str], ...] = (),
    *,
    surface: str = "comment",
    jurisdiction: str | None = "DE",
) -> Decision:
    """A decision as the engine makes it (see :class:`Row`), for a history of its own."""
    row = Row(key, when, surface, jurisdiction, action, fired)
    return make_decision(row, "")
