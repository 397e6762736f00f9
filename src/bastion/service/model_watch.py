"""A promoted model reaches running servers: each engine process watches the registry.

Every ``model_watch_s`` seconds an engine process reads which bundle is champion
(:func:`~bastion.models.bundle.active_bundle_path`: one small file). When it
changed (a promotion or a rollback, by any process on any replica sharing the
data directory), a new :class:`~bastion.scanner.Scanner` is built on a background
thread while the old one keeps deciding; the next batch goes to the new one and
the old one is closed. No request waits for the load, and none is decided by a
half-loaded model. A registry that cannot be read keeps the running model (and
says so in the log) rather than stopping the server.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bastion.models.bundle import BundleError, active_bundle_path, shipped_bundle
from bastion.scanner import Scanner

__all__ = ["ChampionWatch"]

log = logging.getLogger("bastion.service")


class ChampionWatch:
    """The Scanner to decide with now, rebuilt by ``build`` when the champion changes."""

    def __init__(
        self,
        scanner: Scanner,
        build: Callable[[], Scanner],
        interval_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.scanner = scanner
        self.build = build
        self.interval_s = interval_s
        self.clock = clock
        self.serving = _champion()
        self._checked = clock()
        self._loading: threading.Thread | None = None
        self._ready: tuple[Path | None, Scanner] | None = None
        self._lock = threading.Lock()

    def current(self) -> Scanner:
        """The scanner for the next batch (swapping in a loaded one; checking when due)."""
        with self._lock:
            ready, self._ready = self._ready, None
        if ready is not None:
            old, (self.serving, self.scanner) = self.scanner, ready
            old.close()
            log.warning("model reloaded", extra={"bundle": str(self.serving)})
        now = self.clock()
        if self.interval_s > 0 and now - self._checked >= self.interval_s and not self.loading:
            self._checked = now
            champion = _champion()
            if champion is not None and champion != self.serving:
                self._loading = threading.Thread(
                    target=self._load, args=(champion,), name="bastion-model-load", daemon=True
                )
                self._loading.start()
        return self.scanner

    @property
    def loading(self) -> bool:
        return self._loading is not None and self._loading.is_alive()

    def _load(self, champion: Path) -> None:
        try:
            shipped_bundle.cache_clear()  # the detectors load the champion afresh
            scanner = self.build()
        except Exception as exc:
            log.error("model reload failed", extra={"bundle": str(champion), "error": str(exc)})
            return
        with self._lock:
            self._ready = (champion, scanner)

    def close(self) -> None:
        if self._loading is not None:
            self._loading.join(timeout=300)
        with self._lock:
            ready, self._ready = self._ready, None
        if ready is not None:
            ready[1].close()


def _champion() -> Path | None:
    try:
        return active_bundle_path()
    except BundleError as exc:
        log.error("model registry unreadable; keeping the running model", extra={"error": str(exc)})
        return None
