"""POST /v1/scan on a real server, SQLite and PostgreSQL: decided, recorded once, deadlines."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from bastion.artifacts import Artifacts
from bastion.detectors.threats import ThreatPatterns
from bastion.types import Signal


def count_decisions(live, prefix: str | None = None) -> int:
    return sum(1 for r in live.log.records() if str(r["item_id"]).startswith(prefix or ""))


def test_scan_decides_and_records_the_decision(live) -> None:
    with live.client("scan") as client:
        response = client.post(
            "/v1/scan",
            json={
                "id": "c-1",
                "text": "I know where you live. watch your back",
                "surface": "comment",
                "jurisdiction": "DE",
                "context": {"author_id": "u1", "thread": ["hi", "hello"]},
            },
        )
    assert response.status_code == 200, response.text
    decision = response.json()
    assert decision["item_id"] == "c-1"
    assert decision["action"] == "block"
    assert "harassment/threatening" in decision["flagged"]
    assert decision["jurisdiction"] == "DE"
    assert response.headers["x-request-id"]
    stored = live.log.get(decision["id"])
    assert stored == decision  # the response is the record, exactly
    assert count_decisions(live) == 1
    assert live.log.verify().ok


def test_scan_without_id_gets_one_and_unknown_surface_falls_back_to_default(live) -> None:
    with live.client("scan") as client:
        decision = client.post("/v1/scan", json={"text": "nice song", "surface": "unheard_of"})
    body = decision.json()
    assert decision.status_code == 200
    assert body["item_id"].startswith("scan-")
    assert body["applied_surface"] == "default"
    assert "not configured" in body["reason"]


def test_concurrent_scans_each_logged_exactly_once(live) -> None:
    texts = ["love it", "you are an idiot", "call me at +44 7700 900123", "free followers!!!"]

    with live.client("scan") as client, ThreadPoolExecutor(8) as pool:

        def one(i: int) -> int:
            r = client.post("/v1/scan", json={"id": f"conc-{i}", "text": texts[i % 4]})
            return r.status_code

        statuses = list(pool.map(one, range(60)))
    assert statuses == [200] * 60
    assert count_decisions(live, "conc-") == 60
    assert live.log.verify().ok


class SlowThreats(ThreatPatterns):
    """The real threat detector, made to miss a 300 ms deadline."""

    delay = 0.0

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        time.sleep(self.delay)
        return super().detect(artifacts)


def test_required_detector_missing_the_deadline_fails_closed(
    sqlite_url, live_factory, rule_detectors
) -> None:
    others = [d for d in rule_detectors if d.name in {"slurs", "self_harm", "pii", "scam"}]
    slow = SlowThreats()
    with live_factory(sqlite_url, detectors=[*others, slow]) as live:
        slow.delay = 0.45  # comment's deadline is 300 ms; threats is required there
        with live.client("scan") as client:
            response = client.post("/v1/scan", json={"text": "lovely track", "surface": "comment"})
        decision = response.json()
        assert response.status_code == 200
        assert decision["action"] == "hold_for_review"
        assert decision["missing_detectors"] == ["threats"]
        assert "deadline" in decision["reason"] and "fails closed" in decision["reason"]
        assert decision["automated_decision"] is False
        # podcast_episode has a 2 s deadline: the same detector makes it in time.
        with live.client("scan") as client:
            ok = client.post(
                "/v1/scan", json={"text": "lovely track", "surface": "podcast_episode"}
            )
        assert ok.json()["action"] == "allow"
        assert ok.json()["missing_detectors"] == []


def test_request_id_is_echoed_when_sane_and_replaced_when_not(live_sqlite) -> None:
    with live_sqlite.client("scan") as client:
        given = client.get("/healthz", headers={"X-Request-Id": "abc-123"})
        odd = client.get("/healthz", headers={"X-Request-Id": "x" * 300})
    assert given.headers["x-request-id"] == "abc-123"
    assert odd.headers["x-request-id"] != "x" * 300
    assert len(odd.headers["x-request-id"]) == 32
