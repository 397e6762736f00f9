"""Detector discovery: built-ins and plugins through one entry-point group.

A third-party package adds a detector by declaring, in its ``pyproject.toml``::

    [project.entry-points."bastion.detectors"]
    my_detector = "my_package.module:MyDetector"

Bastion's own detectors are declared the same way, so there is no private path.
A detector takes its parameters in its constructor - per-deployment tuning from
the settings' ``detector_params``, and what the deployment provides (the database
that holds hash banks, thread counts) handed in by the wiring - and never reads the
environment itself. See docs/extending.md.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from importlib.metadata import entry_points
from typing import Any

from bastion import taxonomy
from bastion.artifacts import Artifacts
from bastion.artifacts.extraction import discover_extractors
from bastion.detectors.base import Detector
from bastion.types import Signal

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "bastion.detectors"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class DetectorError(Exception):
    """A detector is malformed (bad name, duplicate, unknown category)."""


def validate(detector: Detector) -> None:
    """Check the data contract of a detector instance."""
    name = getattr(detector, "name", None)
    if not isinstance(name, str) or not _NAME.match(name):
        raise DetectorError(f"detector {detector!r}: name must be lower_snake_case, got {name!r}")
    if not getattr(detector, "version", None):
        raise DetectorError(f"detector {name}: missing version")
    unknown = [c for c in detector.categories if not taxonomy.is_category(c)]
    if unknown:
        raise DetectorError(f"detector {name}: unknown categories {unknown}")


class BrokenDetector(Detector):
    """Stands in for a plugin that failed to load, so its absence is visible."""

    version = "unloaded"
    categories = ()

    def __init__(self, name: str, error: str) -> None:
        self.name = name
        self.error = error

    def unavailable_reason(self) -> str:
        return self.error

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        raise RuntimeError(self.error)


def discover() -> dict[str, Callable[..., Detector]]:
    """Detector factories by entry-point name (called with the detector's parameters)."""
    factories: dict[str, Callable[..., Detector]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        factories[ep.name] = _loader(ep.name, ep.load)
    return factories


def _loader(name: str, load: Callable[[], object]) -> Callable[..., Detector]:
    def create(**params: Any) -> Detector:
        try:
            factory = load()
            detector = factory(**params) if callable(factory) else factory
        except Exception as exc:
            log.error("detector plugin %s failed to load: %s", name, exc)
            return BrokenDetector(name, f"failed to load: {type(exc).__name__}: {exc}")
        if not isinstance(detector, Detector):
            return BrokenDetector(name, f"entry point {name} is not a Detector")
        if detector.name != name:
            return BrokenDetector(
                name, f"entry point {name!r} loads a detector named {detector.name!r}"
            )
        return detector

    return create


def load_detectors(
    enabled: Iterable[str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Detector]:
    """Instantiate the discovered detectors (all, or those named in ``enabled``), each with its
    ``params``. Names of extractors in ``enabled`` are left to
    :func:`bastion.artifacts.extraction.load_extractors`."""
    factories = discover()
    extractors = set(discover_extractors())
    wanted = list(factories) if enabled is None else [n for n in enabled if n not in extractors]
    unknown = [n for n in wanted if n not in factories]
    if unknown:
        raise DetectorError(
            f"unknown detectors {unknown}; installed: {sorted(factories)}, "
            f"extractors: {sorted(extractors)}"
        )
    detectors = [factories[n](**dict((params or {}).get(n, {}))) for n in wanted]
    check_unique(detectors)
    for detector in detectors:
        if not isinstance(detector, BrokenDetector):
            validate(detector)
    return detectors


def check_unique(detectors: Iterable[Detector]) -> None:
    seen: set[str] = set()
    for detector in detectors:
        if detector.name in seen:
            raise DetectorError(f"two detectors are named {detector.name!r}; names must be unique")
        seen.add(detector.name)
