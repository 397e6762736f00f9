"""A promotion reaches a running `bastion serve` without a restart, and so does a rollback:
its engine process watches the model registry and swaps in the newly loaded model."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx

from bastion.learn.registry import ModelRegistry
from bastion.models.bundle import SHIPPED, TextBundle
from bastion.store import DecisionLog
from bastion.store.keys import KeyStore


def _copy_of_shipped(folder: Path, version: str) -> Path:
    target = folder / version
    shutil.copytree(SHIPPED, target)
    manifest = json.loads((target / "manifest.json").read_text())
    (target / "manifest.json").write_text(json.dumps({**manifest, "version": version}))
    return target


def test_promotion_and_rollback_reach_the_running_server(
    sqlite_url: str, tools: Any, tmp_path: Path
) -> None:
    registry = ModelRegistry(Path(os.environ["BASTION_DATA_DIR"]) / "models")
    version = registry.add(_copy_of_shipped(tmp_path, "1.0.0+reload"))
    store = KeyStore(DecisionLog.open(sqlite_url).engine)
    key = store.create("reload", "scan")[1]
    store.engine.dispose()
    port = tools.free_port()
    env = tools.subprocess_env(
        BASTION_DETECTORS=json.dumps([*tools.RULE_DETECTORS, "char_ngrams"]),
        BASTION_ENGINE_PROCESSES="1",
        BASTION_MODEL_WATCH_S="0.3",
    )
    server = subprocess.Popen(
        [tools.BASTION, "--database-url", sqlite_url, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {key}"}

    def serving() -> str:
        response = httpx.post(
            f"{base}/v1/scan", json={"text": "great set tonight"}, headers=headers, timeout=30
        )
        assert response.status_code == 200, response.text
        return str(response.json()["model_versions"]["char_ngrams"])

    def up() -> bool:
        assert server.poll() is None, server.communicate()[1][-3000:]
        try:
            return httpx.get(f"{base}/readyz").status_code == 200
        except httpx.TransportError:
            return False

    try:
        tools.wait_for(up, timeout=120, interval=0.2)
        assert serving() == TextBundle.load(SHIPPED).version
        registry.promote(version, gate=None, reason="test promotion")
        tools.wait_for(lambda: serving() == version, timeout=60, interval=0.3)
        registry.rollback("test rollback")
        tools.wait_for(lambda: serving() == TextBundle.load(SHIPPED).version, timeout=60)
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "model reloaded" in errors
