"""Changes to the model registry from several processes at once are all kept (a lock)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bastion.learn.registry import ModelRegistry

WRITER = """
import sys
from pathlib import Path
from bastion.learn.registry import ModelRegistry

registry = ModelRegistry(Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    registry.reject(sys.argv[2], gate=None, reason=f"{sys.argv[4]}-{i}")
"""


def test_concurrent_writers_lose_nothing(
    copy_of_shipped: Callable[[str], Path], tmp_path: Path
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    version = registry.add(copy_of_shipped("1.0.0+1111"))
    rounds, writers = 25, 4
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(registry.root), version, str(rounds), f"w{n}"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    reasons = {e["reason"] for e in registry.state()["history"] if e["event"] == "reject"}
    # each read-modify-write saw the one before it: no rewrite dropped another's event
    assert reasons == {f"w{n}-{i}" for n in range(writers) for i in range(rounds)}
