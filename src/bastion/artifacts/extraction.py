"""Extractors: content derived from media - OCR text, transcripts - is an artifact.

An extractor is not a detector: it scores nothing. It reads an item's media and
yields text, each word with the place it was found (a pixel box, a time range),
and the pipeline scans that text with every text detector, exactly like the item's
own text. Extractors register through their own entry-point group,
``bastion.extractors`` (built-ins too), carry a ``name`` and ``version`` recorded
in every decision with media (a policy can require them), and one that is not
enabled does not run at all: turning OCR off really skips OCR.
"""

from __future__ import annotations

import abc
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from bastion.artifacts.derived import DerivedText
from bastion.types import Item

if TYPE_CHECKING:
    from bastion.artifacts import Artifacts

__all__ = [
    "ENTRY_POINT_GROUP",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "ExtractorError",
    "discover_extractors",
    "load_extractors",
]

log = logging.getLogger(__name__)
ENTRY_POINT_GROUP = "bastion.extractors"
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class ExtractionError(Exception):
    """The media could not be read (corrupt, too large, a tool failed): the extractor is then
    missing for this item, with this reason, and the surface's fail mode applies."""


class ExtractorError(Exception):
    """An extractor is malformed or unknown."""


@dataclass(frozen=True)
class Extraction:
    texts: tuple[DerivedText, ...] = ()
    incomplete: str | None = None
    """Why only part of the media was read (audio beyond the limit): counts as missing."""
    notes: tuple[str, ...] = ()
    """Facts worth telling the reader (a video without an audio track)."""


class Extractor(abc.ABC):
    """Derives text from an item's media parts; see the module docstring for why."""

    name: str
    version: str
    parts: tuple[str, ...]
    """The item parts it reads: ``image``, ``audio``, ``video``."""

    def applies_to(self, item: Item) -> bool:
        return any(part in item.parts for part in self.parts)

    def unavailable_reason(self) -> str | None:
        """Why it cannot run in this installation (a missing tool or model), or None."""
        return None

    @abc.abstractmethod
    def extract(self, artifacts: Artifacts) -> Extraction:
        """The text in the item's media; raises :class:`ExtractionError` when unreadable."""


def discover_extractors() -> dict[str, Callable[[], Any]]:
    """Loaders of the extractor factories (classes), by entry-point name."""
    return {ep.name: ep.load for ep in entry_points(group=ENTRY_POINT_GROUP)}


def load_extractors(
    enabled: Iterable[str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Extractor]:
    """The installed extractors (all, or those named in ``enabled`` - names of detectors in
    the same list are skipped), each built with its ``params``."""
    factories = discover_extractors()
    wanted = list(factories) if enabled is None else [n for n in enabled if n in factories]
    found = []
    for name in wanted:
        factory = factories[name]()
        extractor = factory(**dict((params or {}).get(name, {})))
        if not isinstance(extractor, Extractor) or extractor.name != name:
            raise ExtractorError(f"entry point {name!r} does not load the extractor {name!r}")
        if not _NAME.match(name) or not getattr(extractor, "version", None):
            raise ExtractorError(f"extractor {name!r}: needs a lower_snake_case name and a version")
        found.append(extractor)
    return found
