"""Shared plumbing for detectors that read media parts (lazy, optional dependencies)."""

from __future__ import annotations

from bastion.artifacts import Artifacts
from bastion.detectors.base import Detector
from bastion.media.artifacts import MediaArtifacts
from bastion.media.errors import missing_dependency

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

    @staticmethod
    def media(artifacts: Artifacts) -> MediaArtifacts:
        if artifacts.media is None:  # build_artifacts sets it for every item with media
            return MediaArtifacts(artifacts.item)
        return artifacts.media
