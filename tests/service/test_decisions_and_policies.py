"""GET /v1/decisions (filters, pagination), policy versions and POST /v1/policies/dry-run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import yaml

TEXTS = {
    "love this track": "allow",
    "I know where you live. watch your back": "block",
    "Congratulations! You won a gift card, verify your account at bit.ly/x1": "block",
    "what a sh1t song lol": "label",
}


def fill(live) -> list[dict]:
    made = []
    with live.client("scan") as client:
        for round_ in range(3):
            for i, text in enumerate(TEXTS):
                response = client.post(
                    "/v1/scan", json={"id": f"d-{round_}-{i}", "text": text, "surface": "comment"}
                )
                made.append(response.json())
    return made


def test_filters_and_cursor_pagination(live) -> None:
    made = fill(live)
    with live.client("review") as client:
        everything, cursor = [], None
        while True:
            params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
            page = client.get("/v1/decisions", params=params).json()
            everything.extend(page["data"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert [d["id"] for d in everything] == [d["id"] for d in reversed(made)]

        blocks = client.get("/v1/decisions", params={"action": "block"}).json()["data"]
        assert len(blocks) == 6 and {d["action"] for d in blocks} == {"block"}
        one = client.get("/v1/decisions", params={"item_id": "d-1-2"}).json()["data"]
        assert [d["item_id"] for d in one] == ["d-1-2"]
        scams = client.get("/v1/decisions", params={"category": "scam", "limit": 2}).json()
        assert len(scams["data"]) == 2 and all("scam" in d["flagged"] for d in scams["data"])
        rest = client.get(
            "/v1/decisions", params={"category": "scam", "cursor": scams["next_cursor"]}
        ).json()
        assert len(rest["data"]) == 1 and rest["next_cursor"] is None
        version = made[0]["policy_version"]
        assert (
            len(client.get("/v1/decisions", params={"policy_version": version}).json()["data"])
            == 12
        )
        assert client.get("/v1/decisions", params={"surface": "dm"}).json()["data"] == []
        future = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        assert client.get("/v1/decisions", params={"since": future}).json()["data"] == []
        assert len(client.get("/v1/decisions", params={"since": past}).json()["data"]) == 12
        assert len(client.get("/v1/decisions", params={"until": future}).json()["data"]) == 12
        naive = client.get("/v1/decisions", params={"since": "2026-01-01T00:00:00"})
        assert naive.status_code == 422 and "time zone" in naive.json()["error"]["message"]
        bad = client.get("/v1/decisions", params={"action": "obliterate"})
        assert bad.status_code == 422 and bad.json()["error"]["param"] == "action"
        single = client.get(f"/v1/decisions/{made[3]['id']}")
        assert single.json() == made[3]
        assert client.get("/v1/decisions/nope").status_code == 404


def test_policy_versions_are_listed_with_their_documents(live) -> None:
    with live.client("review") as client:
        versions = client.get("/v1/policies").json()["data"]
        (active,) = [v for v in versions if v["active"]]
        full = client.get(f"/v1/policies/{active['version']}").json()
        missing = client.get("/v1/policies/0.0.0+nope")
    assert active["name"] == "bastion-default"
    assert full["document"]["surfaces"]["comment"]["deadline_ms"] == 300
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "policy_not_found"


def test_dry_run_reports_what_a_candidate_policy_would_change(live) -> None:
    fill(live)
    with live.client("admin") as client:
        active = next(v for v in client.get("/v1/policies").json()["data"] if v["active"])
        document = client.get(f"/v1/policies/{active['version']}").json()["document"]
        same = client.post("/v1/policies/dry-run", json={"policy": document}).json()
        assert same["evaluated"] == 12 and same["changed"] == 0
        assert same["candidate_version"] == same["active_version"]

        document["surfaces"]["comment"]["rules"] = {
            "profanity": [{"threshold": 0.5, "action": "block"}]
        }
        stricter = client.post(
            "/v1/policies/dry-run", json={"policy": yaml.safe_dump(document), "limit": 8}
        ).json()
        assert stricter["evaluated"] == 8
        assert stricter["changed"] == 2
        assert stricter["transitions"]["label"] == {"block": 2}
        assert {c["before"] for c in stricter["changes"]} == {"label"}
        assert stricter["actions_after"]["block"] == stricter["actions_before"]["block"] + 2

        broken = client.post(
            "/v1/policies/dry-run",
            json={
                "policy": "version: '1'\nname: x\nsurfaces:\n  default:\n    fail_mode: sideways\n"
            },
        )
        error = broken.json()["error"]
        assert broken.status_code == 422 and error["code"] == "invalid_policy"
        assert any("policy:5" in p and "fail_mode" in p for p in error["problems"]), error
        not_yaml = client.post("/v1/policies/dry-run", json={"policy": "a: [1,"})
        assert not_yaml.status_code == 422 and "YAML" in not_yaml.json()["error"]["message"]
    assert live.log.count() == 12  # a dry run records nothing
