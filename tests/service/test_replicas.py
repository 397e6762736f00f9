"""Two real `bastion serve` processes on one PostgreSQL and one Redis share every limit:
an API key's rate limit, a reviewer name's sign-in throttle, and job idempotency."""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bastion.replicas import LocalRateLimiter, RedisRateLimiter, RedisSignInThrottle
from bastion.review.reviewers import ReviewerStore
from bastion.store import DecisionLog
from bastion.store.keys import KeyStore

REDIS_URL = "redis://127.0.0.1:6379/0"
PASSWORD = "correct horse battery"


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    prefix = f"bastion-test-{uuid.uuid4().hex[:10]}:"
    yield prefix
    for key in client.scan_iter(match=f"{prefix}*"):  # only this test's keys
        client.delete(key)
    client.close()


@pytest.fixture
def replicas(postgres_url: str, redis_prefix: str, tools: Any) -> Iterator[list[str]]:
    """Two servers (threads for engines, to spare the cores) on one database and Redis."""
    DecisionLog.open(postgres_url).close()  # migrate once, before both start
    env = tools.subprocess_env(
        BASTION_REDIS_URL=REDIS_URL,
        BASTION_REDIS_PREFIX=redis_prefix,
        BASTION_ENGINE_PROCESSES="0",
        BASTION_API_KEY_CACHE_SECONDS="0",
    )
    servers, bases = [], []
    for _ in range(2):
        port = tools.free_port()
        servers.append(
            subprocess.Popen(
                [tools.BASTION, "--database-url", postgres_url, "serve", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for server, base in zip(servers, bases, strict=True):

            def up(server: Any = server, base: str = base) -> bool:
                assert server.poll() is None, server.communicate()[1][-3000:]
                try:
                    return httpx.get(f"{base}/healthz").status_code == 200
                except httpx.TransportError:
                    return False

            tools.wait_for(up, timeout=90, interval=0.2)
        yield bases
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.communicate(timeout=30)


def test_a_keys_rate_limit_is_shared_by_both_servers(
    replicas: list[str], postgres_url: str
) -> None:
    store = KeyStore(DecisionLog.open(postgres_url).engine)
    key = store.create("replicated", "review", 20)[1]  # 20 per minute
    store.engine.dispose()
    headers = {"Authorization": f"Bearer {key}"}
    statuses: dict[str, list[int]] = {base: [] for base in replicas}
    for i in range(30):
        base = replicas[i % 2]
        statuses[base].append(httpx.get(f"{base}/v1/policies", headers=headers).status_code)
    allowed = sum(s.count(200) for s in statuses.values())
    # one bucket of 20 (plus at most a token or two refilled during the run), not 20 each
    assert 20 <= allowed <= 22, statuses
    assert all(429 in s for s in statuses.values())


def _login(client: httpx.Client, name: str, password: str) -> int:
    page = client.get("/review/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None
    response = client.post(
        "/review/login", data={"name": name, "password": password, "csrf": csrf.group(1)}
    )
    return response.status_code


def test_failed_sign_ins_count_across_servers(replicas: list[str], postgres_url: str) -> None:
    log = DecisionLog.open(postgres_url)
    ReviewerStore(log.engine).add("alice", role="reviewer", queues="*", password=PASSWORD)
    log.close()
    clients = [httpx.Client(base_url=base) for base in replicas]
    try:
        wrong = [_login(clients[i % 2], "alice", "wrong password!") for i in range(5)]
        assert wrong == [401] * 5
        # the fifth failure was on the first server; the second one refuses even the right one
        assert _login(clients[1], "alice", PASSWORD) == 429
        assert _login(clients[0], "alice", PASSWORD) == 429
        assert _login(clients[1], "bob", "wrong password!") == 401  # other names unaffected
    finally:
        for client in clients:
            client.close()


def test_resubmitting_an_item_to_the_other_server_returns_the_same_job(
    replicas: list[str], postgres_url: str
) -> None:
    store = KeyStore(DecisionLog.open(postgres_url).engine)
    key = store.create("submitter", "scan", 1000)[1]
    store.engine.dispose()
    headers = {"Authorization": f"Bearer {key}"}
    item = {"id": "episode-7", "surface": "comment", "text": "see you at the show"}
    first = httpx.post(f"{replicas[0]}/v1/items", json=item, headers=headers)
    again = httpx.post(f"{replicas[1]}/v1/items", json=item, headers=headers)
    assert (first.status_code, again.status_code) == (202, 200)
    assert first.json()["job_id"] == again.json()["job_id"]


def test_without_redis_each_process_counts_alone() -> None:
    local = LocalRateLimiter(2)
    assert [local.take("k", None) is None for _ in range(3)] == [True, True, False]


def test_an_unreachable_redis_allows_scans_and_refuses_sign_ins() -> None:
    """Rate limits fail open (a limit protects capacity); sign-in fails closed."""
    redis = pytest.importorskip("redis")
    down = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)
    assert RedisRateLimiter(down, "p:", 1).take("k", None) is None
    assert RedisSignInThrottle(down, "p:").locked("alice") is True
