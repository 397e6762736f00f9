"""Operations: health, readiness, Prometheus metrics, JSON logs without content."""

from __future__ import annotations

import json
import logging

from prometheus_client.parser import text_string_to_metric_families

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.service.logs import ACCESS_LOG, JsonFormatter
from bastion.types import Signal


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_health_and_readiness(live) -> None:
    with live.client(scope="") as anonymous:
        health = anonymous.get("/healthz")
        ready = anonymous.get("/readyz")
    assert health.json() == {"status": "ok"}
    body = ready.json()
    assert ready.status_code == 200 and body["status"] == "ready", body
    assert body["database"] == "ok"
    assert set(body["detectors"]) >= {"slurs", "threats", "self_harm", "pii"}


class Unloadable(Detector):
    version = "0"
    categories = ("spam",)

    def __init__(self, name: str) -> None:
        self.name = name  # type: ignore[misc]

    def unavailable_reason(self) -> str:
        return "model file missing"

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        raise AssertionError("never runs")


def test_readiness_reports_unavailable_detectors(sqlite_url, live_factory, rule_detectors):
    optional = [*rule_detectors, Unloadable("extra_model")]
    with live_factory(sqlite_url, detectors=optional) as live, live.client("") as c:
        degraded = c.get("/readyz")
    assert degraded.status_code == 200 and degraded.json()["status"] == "degraded"
    assert degraded.json()["detectors"]["extra_model"] == "model file missing"
    required_broken = [d for d in rule_detectors if d.name != "pii"] + [Unloadable("pii")]
    with live_factory(sqlite_url, detectors=required_broken) as live, live.client("") as c:
        not_ready = c.get("/readyz")
    assert not_ready.status_code == 503 and not_ready.json()["status"] == "not_ready"


def test_metrics(live) -> None:
    with live.client("scan") as client:
        client.post("/v1/scan", json={"text": "I know where you live", "surface": "comment"})
        client.post("/v1/scan", json={"text": "nice", "surface": "dm"})
        client.post("/v1/scan", json={"text": ""})
        client.post("/v1/items", json={"id": "q1", "text": "later"})
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    found = samples(response.text)
    scan_hist = (
        "bastion_http_request_duration_seconds_count",
        (("method", "POST"), ("route", "/v1/scan"), ("surface", "comment")),
    )
    assert found[scan_hist] == 1
    status_422 = (
        "bastion_http_responses_total",
        (("method", "POST"), ("route", "/v1/scan"), ("status", "422")),
    )
    assert found[status_422] == 1
    assert found[("bastion_decisions_total", (("action", "block"), ("surface", "comment")))] == 1
    assert found[("bastion_decisions_total", (("action", "allow"), ("surface", "dm")))] == 1
    flagged = (
        "bastion_flagged_categories_total",
        (("action", "block"), ("category", "harassment/threatening")),
    )
    assert found[flagged] == 1
    assert found[("bastion_queue_jobs", (("status", "queued"),))] == 1
    assert found[("bastion_database_up", ())] == 1
    assert ("bastion_scan_duration_seconds_bucket", (("le", "0.1"), ("surface", "dm"))) in found


def test_detector_errors_are_counted(sqlite_url, live_factory, rule_detectors) -> None:
    class Broken(Detector):
        name = "threats"
        version = "9"
        categories = ("violence",)

        def detect(self, artifacts: Artifacts) -> list[Signal]:
            raise RuntimeError("boom")

    detectors = [d for d in rule_detectors if d.name != "threats"] + [Broken()]
    with live_factory(sqlite_url, detectors=detectors) as live, live.client("scan") as client:
        decision = client.post("/v1/scan", json={"text": "hello", "surface": "comment"}).json()
        found = samples(client.get("/metrics").text)
    assert decision["action"] == "hold_for_review"  # fail closed
    assert found[("bastion_detector_errors_total", (("detector", "threats"),))] == 1


def test_logs_are_json_with_request_ids_and_no_content(live_sqlite, caplog, tools) -> None:
    secret = "Jane Doe jane.doe@example.com +44 7700 900123"
    caplog.set_level(logging.INFO, logger=ACCESS_LOG)
    with live_sqlite.client("scan") as client:
        ok = client.post("/v1/scan", json={"id": "log-1", "text": secret, "surface": "dm"})
        bad = client.post("/v1/scan", json={"text": secret, "extra": secret})
        client.get(f"/v1/items/{secret}")

    def access_records() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name == ACCESS_LOG]

    # A request's line is written just after its response is sent: wait for the last one.
    tools.wait_for(lambda: len(access_records()) >= 3, timeout=10)
    lines = [JsonFormatter().format(r) for r in caplog.records]
    assert lines
    leaks = ("Jane Doe", "jane.doe@example.com", "7700 900123")  # none can occur in an id
    assert not any(part in line for line in lines for part in leaks)
    access = [json.loads(line) for line in lines if '"logger": "bastion.service.access"' in line]
    by_id = {entry["request_id"]: entry for entry in access}
    entry = by_id[ok.headers["x-request-id"]]
    assert entry["route"] == "/v1/scan" and entry["status"] == 200 and entry["method"] == "POST"
    assert entry["surface"] == "dm" and entry["key_id"] and entry["latency_ms"] > 0
    assert by_id[bad.headers["x-request-id"]]["status"] == 422
    assert any(e["route"] == "/v1/items/{job_id}" for e in access)


def test_openapi_schema_is_served_and_documents_security(live_sqlite) -> None:
    with live_sqlite.client(scope="") as anonymous:
        schema = anonymous.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/v1/scan",
        "/v1/moderations",
        "/v1/items",
        "/v1/items/{job_id}",
        "/v1/decisions",
        "/v1/policies/dry-run",
        "/healthz",
        "/readyz",
        "/metrics",
    ):
        assert path in paths, path
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schema["components"]["securitySchemes"])
    scan = paths["/v1/scan"]["post"]
    assert scan["security"] == [{"HTTPBearer": []}, {"APIKeyHeader": []}]
    assert {"200", "401", "403", "413", "415", "422", "429", "503"} <= set(scan["responses"])
    assert "security" not in paths["/healthz"]["get"]
