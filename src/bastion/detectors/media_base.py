"""Shared plumbing for detectors that read media parts (lazy, optional dependencies)."""

from __future__ import annotations

import abc

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.media.artifacts import MediaArtifacts
from bastion.media.errors import MediaError, MediaUnavailableError, missing_dependency
from bastion.types import Signal

__all__ = ["MediaDetector"]


class MediaDetector(Detector):
    """A detector over image/audio/video parts; unavailable when its packages are absent.

    ``requires`` names the importable modules it needs (checked without
    importing them); ``tools`` is an optional check for system binaries.
    """

    requires: tuple[str, ...] = ()

    def unavailable_reason(self) -> str | None:
        for module in self.requires:
            reason = missing_dependency(module)
            if reason:
                return reason
        return self.tool_unavailable()

    def tool_unavailable(self) -> str | None:
        return None

    def detect(self, artifacts: Artifacts) -> list[Signal]:
        """:meth:`scan`; media that cannot be read makes this detector missing, with the reason
        (an expected condition: no traceback in the logs, unlike a detector bug)."""
        try:
            return self.scan(artifacts)
        except (MediaError, MediaUnavailableError) as exc:
            return self.missing(str(exc))

    @abc.abstractmethod
    def scan(self, artifacts: Artifacts) -> list[Signal]:
        """Score the item's media parts (see :meth:`Detector.detect`)."""

    @staticmethod
    def media(artifacts: Artifacts) -> MediaArtifacts:
        """The item's media views (default limits when the caller built none)."""
        media = artifacts.media
        return media if isinstance(media, MediaArtifacts) else MediaArtifacts(artifacts.item)
