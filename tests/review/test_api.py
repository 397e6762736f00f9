"""The JSON API (/v1/review, /v1/appeals) on a real server, both databases."""

from __future__ import annotations

from typing import Any

from bastion.review.reviewers import ReviewerStore

PASSWORD = "correct horse battery"
THREAT = {
    "id": "c-1",
    "text": "you are such an idiot",
    "surface": "comment",
    "context": {"author_id": "u-1"},
}


def _add(live: Any, name: str, role: str = "reviewer", queues: str = "*") -> None:
    ReviewerStore(live.services.engine).add(name, role=role, queues=queues, password=PASSWORD)


def test_scan_hold_claim_verdict_appeal(live_review: Any) -> None:
    live = live_review
    _add(live, "alice", queues="harassment")
    _add(live, "sue", role="senior", queues="*,appeals,escalations")
    with live.client("scan") as scan:
        decision = scan.post("/v1/scan", json=THREAT).json()
    assert decision["action"] == "hold_for_review", decision
    with live.client("review") as api:
        queues = api.get("/v1/review/queues", params={"reviewer": "alice"}).json()["data"]
        assert [q["queue"] for q in queues] == ["harassment"]
        claimed = api.post("/v1/review/claim", json={"reviewer": "alice", "queue": "harassment"})
        body = claimed.json()
        assert claimed.status_code == 200 and body["task"]["decision_id"] == decision["id"]
        assert body["task"]["item"]["text"] == THREAT["text"]
        task_id, token = body["task"]["id"], body["lease_token"]
        # 403: a queue alice may not see; 422: a bad verdict; 409: a stale lease.
        assert (
            api.post("/v1/review/claim", json={"reviewer": "alice", "queue": "hate"}).status_code
            == 403
        )
        bad = api.post(
            f"/v1/review/tasks/{task_id}/verdict",
            json={"reviewer": "alice", "lease_token": token, "verdict": "violating"},
        )
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_verdict"
        stale = api.post(
            f"/v1/review/tasks/{task_id}/verdict",
            json={"reviewer": "alice", "lease_token": "nope", "verdict": "not_violating"},
        )
        assert stale.status_code == 409 and stale.json()["error"]["code"] == "lease_lost"
        done = api.post(
            f"/v1/review/tasks/{task_id}/verdict",
            json={
                "reviewer": "alice",
                "lease_token": token,
                "verdict": "violating",
                "category": "harassment",
                "severity": 2,
                "rationale": "insult aimed at the person",
            },
        )
        assert done.status_code == 200 and done.json()["task_status"] == "done"
        assert api.post("/v1/appeals", json={"decision_id": decision["id"]}).status_code == 403
    with live.client("scan") as scan:
        appeal = scan.post(
            "/v1/appeals",
            json={"decision_id": decision["id"], "appellant": "u1", "statement": "it was a joke"},
        )
        assert appeal.status_code == 201, appeal.text
        again = scan.post("/v1/appeals", json={"decision_id": decision["id"]})
        assert again.status_code == 409
        assert scan.post("/v1/appeals", json={"decision_id": "nope"}).status_code == 404
    appeal_id = appeal.json()["id"]
    with live.client("review") as api:
        claimed = api.post("/v1/review/claim", json={"reviewer": "sue", "queue": "appeals"}).json()
        assert claimed["task"]["appeal_id"] == appeal_id
        assert claimed["task"]["item"]["text"] == THREAT["text"]  # the held task's content
        resolved = api.post(
            f"/v1/review/tasks/{claimed['task']['id']}/verdict",
            json={
                "reviewer": "sue",
                "lease_token": claimed["lease_token"],
                "verdict": "not_violating",
                "rationale": "song lyric, quoted",
            },
        ).json()
        assert resolved["appeal_status"] == "reversed"
        listed = api.get("/v1/appeals", params={"status": "reversed"}).json()["data"]
        assert [a["id"] for a in listed] == [appeal_id] and listed[0]["resolved_by"] == "sue"
        stats = api.get("/v1/review/stats").json()
        assert stats["verdicts"] == 2


def test_gold_needs_admin_and_measures_accuracy(live_review_sqlite: Any) -> None:
    live = live_review_sqlite
    _add(live, "alice", queues="scam")
    gold = {
        "items": [
            {
                "item": {"id": "g1", "text": "You won! Claim your prize at bit.ly/x"},
                "verdict": "violating",
                "category": "scam",
            }
        ]
    }
    with live.client("review") as api:
        assert api.post("/v1/review/gold", json=gold).status_code == 403
    with live.client("admin") as admin:
        bad = admin.post("/v1/review/gold", json={"items": [{"item": {"id": "x"}, "verdict": "?"}]})
        assert bad.status_code == 422
        assert admin.post("/v1/review/gold", json=gold).status_code == 201
        claimed = admin.post("/v1/review/claim", json={"reviewer": "alice", "queue": "scam"}).json()
        assert claimed["task"]["reason"] == "random"  # gold items do not say so
        admin.post(
            f"/v1/review/tasks/{claimed['task']['id']}/verdict",
            json={
                "reviewer": "alice",
                "lease_token": claimed["lease_token"],
                "verdict": "violating",
                "category": "scam",
                "severity": 3,
            },
        )
        stats = admin.get("/v1/review/stats").json()
    assert stats["reviewers"]["alice"]["gold"] == {"judged": 1, "correct": 1, "accuracy": 1.0}


def test_unknown_reviewer_is_404(live_review_sqlite: Any) -> None:
    with live_review_sqlite.client("review") as api:
        response = api.get("/v1/review/queues", params={"reviewer": "ghost"})
    assert response.status_code == 404


def test_an_appeal_can_be_withdrawn(live_review: Any) -> None:
    live = live_review
    with live.client("scan") as scan:
        decision = scan.post("/v1/scan", json={**THREAT, "id": "w-1"}).json()
        appeal = scan.post("/v1/appeals", json={"decision_id": decision["id"]}).json()
        withdrawn = scan.post(f"/v1/appeals/{appeal['id']}/withdraw")
        assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
        assert scan.post(f"/v1/appeals/{appeal['id']}/withdraw").status_code == 409
        assert scan.post("/v1/appeals/nope/withdraw").status_code == 404
        assert scan.get(f"/v1/appeals/{appeal['id']}").json()["status"] == "withdrawn"
    _add(live, "sue", role="senior", queues="appeals")
    with live.client("review") as api:
        claimed = api.post("/v1/review/claim", json={"reviewer": "sue", "queue": "appeals"})
        assert claimed.json() == {"task": None}  # the task was cancelled with the appeal
