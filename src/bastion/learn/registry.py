"""The model registry: every trained text bundle by version, and which one is champion.

Layout, under ``<data dir>/models`` (:func:`bastion.models.bundle.model_registry_root`)::

    registry.json          {"format", "champion", "lineage", "versions", "history"}
    <version>/             a text bundle (manifest.json, char.npz, embedding.npz, ...)

* ``champion`` - the version the engine loads (``null``: the shipped bundle). It is the
  only key the engine reads (:func:`bastion.models.bundle.active_bundle_path`).
* ``lineage`` - the champions still in force, oldest first: a promotion pushes,
  a rollback pops, so repeated rollbacks walk back through earlier champions.
* ``versions`` - per version: when it was added, its training data, and the
  gate's verdict (``status`` candidate / promoted / rejected / rolled_back).
* ``history`` - every event (add, promote, reject, rollback) with time and reason,
  including the gate's record of why: the audit trail of what served when.

``registry.json`` is replaced atomically (write, then rename), so a reader never
sees half a file. Every change (add, promote, reject, rollback) reads and rewrites
it holding an exclusive lock on ``registry.lock`` beside it (``flock``), so two
operators, or a retraining job and an operator, never lose each other's change.
Running servers pick up a new champion by themselves
(:mod:`bastion.service.model_watch`).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bastion.models.bundle import REGISTRY_FILE, SHIPPED, TextBundle, model_registry_root

__all__ = ["REGISTRY_FORMAT", "ModelRegistry", "ModelRegistryError", "RegistryEvent"]

REGISTRY_FORMAT = 1
LOCK_FILE = "registry.lock"


class ModelRegistryError(Exception):
    """An unknown version, an unreadable registry, or nothing to roll back to."""


@dataclass(frozen=True)
class RegistryEvent:
    event: str
    version: str | None
    previous: str | None
    reason: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ModelRegistry:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else model_registry_root()

    @property
    def file(self) -> Path:
        return self.root / REGISTRY_FILE

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time, across processes (held until the new file is in place)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK_FILE, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def state(self) -> dict[str, Any]:
        if not self.file.is_file():
            return {
                "format": REGISTRY_FORMAT,
                "champion": None,
                "lineage": [],
                "versions": {},
                "history": [],
            }
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelRegistryError(f"unreadable model registry {self.file}: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != REGISTRY_FORMAT:
            found = data.get("format") if isinstance(data, dict) else None
            raise ModelRegistryError(
                f"{self.file}: registry format {found!r}, expected {REGISTRY_FORMAT}"
            )
        return data

    def _save(self, state: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        state["champion"] = state["lineage"][-1] if state["lineage"] else None
        staging = self.root / f".{REGISTRY_FILE}.{uuid.uuid4().hex}"
        staging.write_text(json.dumps(state, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(staging, self.file)

    def champion(self) -> str | None:
        champion = self.state().get("champion")
        return str(champion) if champion else None

    def path(self, version: str | None) -> Path:
        """The bundle folder of ``version`` (None: the shipped bundle)."""
        if version is None:
            return SHIPPED
        if version not in self.state()["versions"]:
            known = ", ".join(self.state()["versions"]) or "none"
            raise ModelRegistryError(
                f"no model version {version!r} in {self.root} (known: {known})"
            )
        return self.root / version

    def champion_path(self) -> Path:
        return self.path(self.champion())

    def add(self, bundle: Path, *, data: dict[str, Any] | None = None, reason: str = "") -> str:
        """Copy a bundle folder into the registry as a candidate; returns its version.

        The version is the bundle's own (a digest of its weights), so adding the same
        weights twice is a no-op.
        """
        with self._locked():
            return self._add(bundle, data=data, reason=reason)

    def _add(self, bundle: Path, *, data: dict[str, Any] | None = None, reason: str = "") -> str:
        loaded = TextBundle.load(bundle)  # refuse a broken bundle before it is registered
        version = loaded.version
        state = self.state()
        target = self.root / version
        if version not in state["versions"]:
            self.root.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                staging = self.root / f".tmp-{uuid.uuid4().hex}"
                shutil.copytree(bundle, staging)
                os.replace(staging, target)
            state["versions"][version] = {
                "added_at": _now(),
                "status": "candidate",
                "data": data or {},
                "metrics_summary": _summary(loaded.manifest),
            }
            state["history"].append(
                {"event": "add", "version": version, "at": _now(), "reason": reason}
            )
            self._save(state)
        return version

    def promote(self, version: str, *, gate: dict[str, Any] | None, reason: str) -> RegistryEvent:
        """Make ``version`` the champion, recording the gate's verdict and why."""
        with self._locked():
            return self._promote(version, gate=gate, reason=reason)

    def _promote(self, version: str, *, gate: dict[str, Any] | None, reason: str) -> RegistryEvent:
        state = self.state()
        if version not in state["versions"]:
            raise ModelRegistryError(f"no model version {version!r} to promote; add it first")
        previous = state["champion"]
        if previous == version:
            raise ModelRegistryError(f"{version} is already the champion")
        state["lineage"].append(version)
        entry = state["versions"][version]
        entry.update(status="promoted", promoted_at=_now(), gate=gate)
        state["history"].append(
            {
                "event": "promote",
                "version": version,
                "previous": previous,
                "at": _now(),
                "reason": reason,
                "gate": gate,
            }
        )
        self._save(state)
        return RegistryEvent("promote", version, previous, reason)

    def reject(self, version: str, *, gate: dict[str, Any] | None, reason: str) -> RegistryEvent:
        """Record that the gate refused ``version``; the champion stays."""
        with self._locked():
            return self._reject(version, gate=gate, reason=reason)

    def _reject(self, version: str, *, gate: dict[str, Any] | None, reason: str) -> RegistryEvent:
        state = self.state()
        if version not in state["versions"]:
            raise ModelRegistryError(f"no model version {version!r}")
        state["versions"][version].update(status="rejected", gate=gate)
        state["history"].append(
            {
                "event": "reject",
                "version": version,
                "previous": state["champion"],
                "at": _now(),
                "reason": reason,
                "gate": gate,
            }
        )
        self._save(state)
        return RegistryEvent("reject", version, state["champion"], reason)

    def rollback(self, reason: str = "manual rollback") -> RegistryEvent:
        """Restore the previous champion (the shipped bundle after the first promotion)."""
        with self._locked():
            return self._rollback(reason)

    def _rollback(self, reason: str = "manual rollback") -> RegistryEvent:
        state = self.state()
        if not state["lineage"]:
            raise ModelRegistryError(
                "nothing to roll back: the shipped bundle is already in service"
            )
        current = state["lineage"].pop()
        restored = state["lineage"][-1] if state["lineage"] else None
        state["versions"][current].update(status="rolled_back", rolled_back_at=_now())
        state["history"].append(
            {
                "event": "rollback",
                "version": restored,
                "previous": current,
                "at": _now(),
                "reason": reason,
            }
        )
        self._save(state)
        return RegistryEvent("rollback", restored, current, reason)

    def versions(self) -> list[dict[str, Any]]:
        """Every registered version, oldest first, with ``champion`` marked."""
        state = self.state()
        return [
            {"version": v, "champion": v == state["champion"], **entry}
            for v, entry in sorted(state["versions"].items(), key=lambda kv: kv[1]["added_at"])
        ]


def _summary(manifest: dict[str, Any]) -> dict[str, Any]:
    """Per category, the test AUPRC the training run measured (for ``learn registry``)."""
    out: dict[str, Any] = {}
    for category, metrics in manifest.get("metrics", {}).items():
        fusion = ((metrics or {}).get("test") or {}).get("fusion") or {}
        if "auprc" in fusion:
            out[category] = round(float(fusion["auprc"]), 4)
    return out
