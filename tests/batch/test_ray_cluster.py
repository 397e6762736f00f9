"""`scan-batch --engine ray --address` against a real two-node cluster started with
`ray start --head` and a second `ray start --address` node; an actor is killed mid-run and
nothing is lost or logged twice (Ray restarts it and retries its shard, or the rerun resumes).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bastion.config import Settings
from bastion.store import DecisionLog

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")

RAY = str(Path(sys.executable).with_name("ray"))
NO_TOKEN = {"RAY_AUTH_MODE": "disabled"}
"""A test cluster on loopback, without the token a shared machine's ``~/.ray`` may hold."""
LINES = 960  # 15 shards of 64


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _node(args: list[str], temp: Path) -> subprocess.Popen[bytes]:
    """One Ray node in the foreground (``--block``), in its own process group: stopped by
    signalling that group, never by a name (other Ray users may share the machine)."""
    return subprocess.Popen(
        [RAY, "start", "--block", "--num-cpus", "1", "--disable-usage-stats", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, **NO_TOKEN, "RAY_TMPDIR": str(temp)},
    )


@pytest.fixture
def two_node_cluster() -> Iterator[tuple[str, Path]]:
    temp = Path("/tmp") / f"ray-{os.getpid()}"  # short: Ray's socket paths have a length limit
    temp.mkdir(exist_ok=True)
    port = _free_port()
    address = f"127.0.0.1:{port}"
    head_args = ["--head", "--port", str(port), "--node-ip-address", "127.0.0.1"]
    head = _node([*head_args, "--include-dashboard=false", "--temp-dir", str(temp)], temp)
    nodes = [head]
    try:
        _wait_port(port, head)
        nodes.append(_node(["--address", address, "--node-ip-address", "127.0.0.1"], temp))
        _wait_nodes(address, 2)
        yield address, temp
    finally:
        for node in reversed(nodes):
            if node.poll() is None:
                os.killpg(node.pid, signal.SIGTERM)
        for node in nodes:
            with contextlib.suppress(subprocess.TimeoutExpired):
                node.wait(timeout=20)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(node.pid, signal.SIGKILL)  # what the node started (GCS, raylet, workers)
            node.wait()
        shutil.rmtree(temp, ignore_errors=True)


def _wait_port(port: int, head: subprocess.Popen[bytes]) -> None:
    import socket

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert head.poll() is None, "ray start --head exited"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the Ray head did not open its port")


def _wait_nodes(address: str, count: int) -> None:
    probe = (
        "import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
        "print(sum(1 for n in ray.nodes() if n['Alive']))"
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = subprocess.run(
            [sys.executable, "-c", probe, address],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, **NO_TOKEN},
        )
        if found.stdout.strip() == str(count):
            return
        time.sleep(1)
    raise AssertionError(f"the cluster at {address} did not reach {count} nodes")


def _actor_pids(temp: Path) -> list[int]:
    """Worker processes of this test's cluster (they inherit its RAY_TMPDIR) running a map
    actor; never another user's Ray."""
    marker = f"RAY_TMPDIR={temp}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker in environment and command.startswith(b"ray::") and b"Map" in command:
            found.append(int(entry.name))
    return found


def test_actor_killed_mid_run_loses_and_repeats_nothing(
    two_node_cluster: tuple[str, Path], catalogue: Path, settings: Settings, tmp_path: Path
) -> None:
    address, temp = two_node_cluster
    lines = catalogue.read_text(encoding="utf-8").splitlines()
    source = tmp_path / "big.jsonl"
    source.write_text("\n".join((lines * 3)[:LINES]) + "\n", encoding="utf-8")
    out, parts = tmp_path / "out.jsonl", tmp_path / "out.jsonl.parts"
    env = {**os.environ, **NO_TOKEN, "BASTION_DATABASE_URL": settings.database_url}
    args = [str(source), "-o", str(out), "--engine", "ray", "--address", address]
    args += ["--workers", "2", "--shard-size", "64", "--quiet"]
    command = [sys.executable, "-m", "bastion.cli", "scan-batch", *args]
    batch = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    killed = None
    deadline = time.monotonic() + 300
    while batch.poll() is None and time.monotonic() < deadline:
        done = len(list(parts.glob("part-*.jsonl"))) if parts.exists() else 0
        actors = _actor_pids(temp)
        if killed is None and done >= 2 and actors:
            killed = actors[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.05)
    _, errors = batch.communicate(timeout=300)
    assert killed is not None, "an actor was killed while shards remained"
    if batch.returncode != 0:  # Ray gave up on the shard: the documented rerun resumes
        assert b"run the same command again to resume" in errors, errors[-2000:]
        rerun = subprocess.run(command, env=env, capture_output=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == LINES, "every input line once"
    log = DecisionLog.open(settings.database_url)
    try:
        accepted = sum(1 for row in rows if '"error"' not in row)
        assert log.count() == accepted, "each decision logged once across the kill"
        assert log.verify().ok
    finally:
        log.close()
