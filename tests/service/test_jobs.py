"""Async jobs end to end: POST /v1/items, real `bastion worker` processes, signed webhooks,
and a worker killed with SIGKILL mid-job (the job completes exactly once)."""

from __future__ import annotations

import http.server
import json
import signal
import socket
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from bastion.jobs import verify_signature
from bastion.jobs.egress import is_public
from bastion.store import DecisionFilter
from bastion.store.keys import KeyStore

SECRET = "test-webhook-secret"


def decisions_for(live, item_id: str) -> int:
    return int(live.log.count(DecisionFilter(item_id=item_id)))


def test_items_are_queued_idempotently_and_decided_by_a_worker(live, tools) -> None:
    with live.client("scan") as client:
        first = client.post(
            "/v1/items", json={"id": "ep-1", "text": "k i l l  y o u r s e l f", "surface": "dm"}
        )
        again = client.post(
            "/v1/items", json={"id": "ep-1", "text": "k i l l  y o u r s e l f", "surface": "dm"}
        )
        conflict = client.post("/v1/items", json={"id": "ep-1", "text": "other", "surface": "dm"})
        batch = client.post(
            "/v1/items/batch",
            json={"items": [{"id": f"b-{i}", "text": f"batch text {i}"} for i in range(5)]},
        )
        invalid = client.post("/v1/items", json={"id": "no-content"})
    assert first.status_code == 202, first.text
    job = first.json()
    assert job["status"] == "queued" and job["decision"] is None
    assert first.headers["location"] == f"/v1/items/{job['job_id']}"
    assert again.status_code == 200 and again.json()["job_id"] == job["job_id"]
    assert conflict.status_code == 409 and conflict.json()["error"]["code"] == "item_conflict"
    assert batch.status_code == 202 and len(batch.json()["data"]) == 5
    assert invalid.status_code == 422 and "no content" in invalid.json()["error"]["message"]
    other_scanner = KeyStore(live.log.engine).create("other team", "scan")[1]
    with live.client("", headers={"Authorization": f"Bearer {other_scanner}"}) as other:
        assert other.get(f"/v1/items/{job['job_id']}").status_code == 404  # not its job
        # Ids are scoped per key: the same id with other content is another tenant's own job,
        # not a 409 that would tell it "ep-1" exists.
        same_id = other.post("/v1/items", json={"id": "ep-1", "text": "other", "surface": "dm"})
        assert same_id.status_code == 202, same_id.text
        assert same_id.json()["job_id"] != job["job_id"]
        assert other.get(f"/v1/items/{same_id.json()['job_id']}").json()["item_id"] == "ep-1"
    with live.client("review") as reviewer:
        assert reviewer.get(f"/v1/items/{job['job_id']}").status_code == 200

    worker = tools.start_worker(live.database_url, "--burst")
    output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    assert "7 jobs done" in output

    with live.client("scan") as client:
        done = client.get(f"/v1/items/{job['job_id']}").json()
        same = client.post(
            "/v1/scan",
            json={"id": "ep-1-sync", "text": "k i l l  y o u r s e l f", "surface": "dm"},
        ).json()
    assert done["status"] == "done" and done["attempts"] == 1
    assert done["decision"]["item_id"] == "ep-1"
    assert done["decision"]["action"] != "allow"
    assert done["decision"]["action"] == same["action"]  # the same engine decides both ways
    assert done["decision"]["flagged"] == same["flagged"]
    assert decisions_for(live, "ep-1") == 2  # one for each key's own job "ep-1"
    with live.client("review") as reviewer:
        listed = reviewer.get("/v1/items", params={"status": "done", "limit": 4}).json()
        rest = reviewer.get(
            "/v1/items", params={"status": "done", "cursor": listed["next_cursor"]}
        ).json()
    assert len(listed["data"]) == 4 and len(rest["data"]) == 3 and rest["next_cursor"] is None


class Receiver(http.server.BaseHTTPRequestHandler):
    """A webhook endpoint that fails its first two deliveries."""

    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []
    failures_left = 2

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), body))
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            self.send_response(500)
        else:
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver():
    Receiver.received, Receiver.failures_left = [], 2
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/bastion"
    server.shutdown()
    server.server_close()


def test_webhook_is_signed_and_retried_with_backoff(sqlite_url, live_factory, receiver, tools):
    # The receiver listens on loopback, which callbacks may reach only when allowed.
    with live_factory(sqlite_url, webhook_secret=SECRET, webhook_allow_private=True) as live:
        with live.client("scan") as client:
            job = client.post(
                "/v1/items",
                json={"id": "hooked", "text": "free followers!!!", "callback_url": receiver},
            ).json()
        assert job["callback"]["status"] == "waiting"
        worker = tools.start_worker(
            sqlite_url,
            "--webhook-backoff-seconds",
            "0.2",
            BASTION_WEBHOOK_SECRET=SECRET,
            BASTION_WEBHOOK_ALLOW_PRIVATE="1",
        )
        try:
            with live.client("scan") as client:
                done = tools.wait_for(
                    lambda: (
                        (j := client.get(f"/v1/items/{job['job_id']}").json())["callback"]["status"]
                        == "delivered"
                        and j
                    ),
                    timeout=30,
                )
        finally:
            worker.send_signal(signal.SIGTERM)
            output, _ = worker.communicate(timeout=30)
        assert worker.returncode == 0, output
    assert done["callback"]["attempts"] == 3 and done["callback"]["last_status"] == 204
    assert len(Receiver.received) == 3
    headers, body = Receiver.received[-1]
    assert verify_signature(SECRET, headers["Bastion-Signature"], body)
    assert not verify_signature("wrong-secret", headers["Bastion-Signature"], body)
    assert not verify_signature(SECRET, headers["Bastion-Signature"], body + b" ")
    assert len({h["Bastion-Delivery"] for h, _ in Receiver.received}) == 1  # same delivery
    event = json.loads(body)
    assert event["type"] == "job.completed"
    assert event["job"]["job_id"] == job["job_id"] and event["job"]["status"] == "done"
    assert event["decision"]["item_id"] == "hooked"


def test_callback_needs_a_secret(live_sqlite) -> None:
    with live_sqlite.client("scan") as client:
        response = client.post(
            "/v1/items", json={"id": "h", "text": "x", "callback_url": "http://127.0.0.1:9/x"}
        )
    assert response.status_code == 422
    assert "BASTION_WEBHOOK_SECRET" in response.json()["error"]["message"]


def test_callbacks_to_internal_addresses_are_refused(sqlite_url, live_factory, receiver, tools):
    with live_factory(sqlite_url, webhook_secret=SECRET) as live, live.client("scan") as client:
        for url in (
            "http://169.254.169.254/latest/meta-data",
            "http://localhost:5432/",
            "http://2130706433:9099/",  # 127.0.0.1 as one decimal number
            "http://0x7f.1:9099/",
            "http://[::ffff:7f00:1]:9099/",
        ):
            refused = client.post("/v1/items", json={"id": "x", "text": "x", "callback_url": url})
            assert refused.status_code == 422, refused.text
            assert refused.json()["error"]["code"] == "callback_url_refused"
    # A name that resolves to loopback passes the request check (no DNS look-up there) but
    # the worker resolves it before delivering, refuses it, and does not retry.
    name = socket.gethostname()  # resolves to this machine: loopback or a private address
    if not all(not is_public(info[4][0].split("%")[0]) for info in socket.getaddrinfo(name, None)):
        pytest.skip(f"this machine's name {name} resolves to a public address")
    sneaky = receiver.replace("127.0.0.1", name)
    with live_factory(sqlite_url, webhook_secret=SECRET) as live, live.client("scan") as client:
        job = client.post(
            "/v1/items", json={"id": "sneaky", "text": "x", "callback_url": sneaky}
        ).json()
        worker = tools.start_worker(sqlite_url, BASTION_WEBHOOK_SECRET=SECRET)
        try:
            done = tools.wait_for(
                lambda: (
                    (j := client.get(f"/v1/items/{job['job_id']}").json())["callback"]["status"]
                    == "failed"
                    and j
                ),
                timeout=30,
            )
        finally:
            worker.send_signal(signal.SIGTERM)
            output, _ = worker.communicate(timeout=30)
    assert "refused" in done["callback"]["last_error"]
    assert done["callback"]["attempts"] == 1 and Receiver.received == []
    assert "failed for good after 1 attempts" in output, output  # the true count, not the limit


SLOW_DETECTOR = """
import os, time
from bastion.detectors.base import Detector

class SlowDetector(Detector):
    name = "slow_test"
    version = "1"
    categories = ("spam",)

    def detect(self, artifacts):
        if "[slow]" in artifacts.item.text:
            time.sleep(float(os.environ["SLOW_TEST_SECONDS"]))
        return [self.signal("spam", 0.0)]
"""


def slow_plugin(folder: Path) -> Path:
    """A detector plugin, installed the way any plugin is: a distribution with an entry point."""
    folder.mkdir()
    (folder / "slow_test_detector.py").write_text(SLOW_DETECTOR)
    info = folder / "slow_test-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: slow-test\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[bastion.detectors]\nslow_test = slow_test_detector:SlowDetector\n"
    )
    return folder


def test_worker_killed_mid_job_the_job_completes_exactly_once(live, tools, tmp_path) -> None:
    plugin = slow_plugin(tmp_path / "plugin")
    env = {
        "PYTHONPATH": str(plugin),
        "BASTION_DETECTORS": json.dumps([*tools.RULE_DETECTORS, "slow_test"]),
        "SLOW_TEST_SECONDS": "1.2",
    }
    with live.client("scan") as client:
        job = client.post("/v1/items", json={"id": "long-1", "text": "[slow] episode"}).json()
    queue = live.app.state.bastion.queue
    doomed = tools.start_worker(
        live.database_url, "--lease-seconds", "1", "--name", "doomed", **env
    )
    try:
        tools.wait_for(lambda: queue.get(job["job_id"]).status == "running", timeout=30)
        doomed.send_signal(signal.SIGKILL)  # mid-job: it sleeps 1.2 s inside the detector
        doomed.wait(timeout=10)
    finally:
        doomed.kill()
        doomed.communicate()
    killed = queue.get(job["job_id"])
    assert killed.status == "running" and killed.decision_id is None
    assert decisions_for(live, "long-1") == 0

    rescuer = tools.start_worker(live.database_url, "--max-jobs", "1", "--name", "rescuer", **env)
    output, _ = rescuer.communicate(timeout=60)
    assert rescuer.returncode == 0, output
    done = queue.get(job["job_id"])
    assert done.status == "done" and done.attempts == 2
    assert decisions_for(live, "long-1") == 1
    assert live.log.get(done.decision_id)["model_versions"]["slow_test"] == "1"
    assert live.log.verify().ok


def test_burst_worker_finishes_callback_retries_or_says_what_is_left(
    sqlite_url, live_factory, receiver, tools
):
    env = {"BASTION_WEBHOOK_SECRET": SECRET, "BASTION_WEBHOOK_ALLOW_PRIVATE": "1"}
    with live_factory(sqlite_url, webhook_secret=SECRET, webhook_allow_private=True) as live:
        with live.client("scan") as client:
            first = client.post(
                "/v1/items", json={"id": "b1", "text": "hello", "callback_url": receiver}
            ).json()
        # The receiver fails twice: --burst waits for the retries (0.2 s, 0.4 s) and delivers.
        worker = tools.start_worker(
            sqlite_url, "--burst", "--webhook-backoff-seconds", "0.2", **env
        )
        output, _ = worker.communicate(timeout=60)
        assert worker.returncode == 0, output
        assert "1 jobs done" in output and "still pending" not in output
        with live.client("scan") as client:
            callback = client.get(f"/v1/items/{first['job_id']}").json()["callback"]
        assert callback["status"] == "delivered" and callback["attempts"] == 3
        assert len(Receiver.received) == 3
        # A retry due later than --retry-wait-seconds: the worker exits and says so.
        Receiver.failures_left = 100
        with live.client("scan") as client:
            client.post("/v1/items", json={"id": "b2", "text": "hi", "callback_url": receiver})
        worker = tools.start_worker(
            sqlite_url,
            "--burst",
            "--webhook-backoff-seconds",
            "600",
            "--retry-wait-seconds",
            "1",
            **env,
        )
        output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    assert "1 callback delivery(ies) still pending (next attempt due" in output
