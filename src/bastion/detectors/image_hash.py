"""Known images: PDQ hashes of the image and video frames against ``pdq`` hash banks.

A match is a signal in the bank's category (usually ``known-match``) with the
bank, entry, distance and frame as evidence; see :mod:`bastion.banks.matching`
for what a match scores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from bastion.artifacts import Artifacts
from bastion.banks.matching import BankIndex, Hit, match_score
from bastion.banks.store import Bank
from bastion.detectors.media_base import MediaDetector
from bastion.types import Evidence, Signal

__all__ = ["ImageHashBanks"]


class ImageHashBanks(MediaDetector):
    name = "image_hash"
    version = "pdq-1"
    categories: tuple[str, ...] = ("known-match",)
    parts = ("image", "video")
    requires = ("pdqhash", "PIL")

    def __init__(
        self,
        database_url: str | None = None,
        refresh_seconds: float = 10.0,
        index: BankIndex | None = None,
    ) -> None:
        """``database_url`` holds the banks (the deployment's database, from the settings)."""
        self.index = index or bank_index(database_url, refresh_seconds)

    def tool_unavailable(self) -> str | None:
        return self.index.unavailable_reason()

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        hashed = self.media(artifacts).pdq()
        self.categories = bank_categories(self.index.pdq().banks())
        found = []
        for frame, value, quality in hashed:
            for hit in self.index.match_pdq(value, quality):
                found.append((frame, value, hit))
        verdicts = self.index.verdicts([(hit.entry.id, value) for _, value, hit in found])
        scores: dict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for frame, value, hit in found:
            status = verdicts.get((hit.entry.id, value))
            if status == "deconfirmed":
                continue
            score = match_score(hit, status)
            item_evidence = Evidence(
                part=frame.part,
                rule=f"bank:{hit.bank.name}",
                excerpt=f"PDQ distance {hit.distance:.0f} <= {hit.threshold:.0f}",
                frame=frame.frame,
                time_range=(frame.time_s, frame.time_s) if frame.time_s is not None else None,
                match=_match_fields(hit, value, f"{hit.distance:.0f}", status),
            )
            _credit(scores, evidence, hit, score, item_evidence)
        return _per_category(self, scores, evidence)


def _match_fields(hit: Hit, content_hash: str, distance: str, status: str | None) -> dict[str, str]:
    """What a bank match's evidence records: bank, entry, distance, content and review status."""
    return {
        "bank": hit.bank.name,
        "entry": hit.entry.id,
        "label": hit.entry.label or "",
        "distance": distance,
        "content_hash": content_hash,
        "status": status or "pending",
    }


def _credit(
    scores: dict[str, float],
    evidence: dict[str, list[Evidence]],
    hit: Hit,
    score: float,
    found: Evidence,
) -> None:
    """A match counts for ``known-match`` and for its bank's category."""
    for category in {"known-match", hit.bank.category}:
        scores[category] = max(scores[category], score)
        evidence[category].append(found)


def bank_index(database_url: str | None, refresh_seconds: float) -> BankIndex:
    return BankIndex(database_url, refresh_seconds)


def bank_categories(banks: Sequence[Bank]) -> tuple[str, ...]:
    """``known-match`` and the category of every bank with entries: what a match can score."""
    return tuple(sorted({"known-match", *(bank.category for bank in banks)}))


def _per_category(
    detector: MediaDetector, scores: dict[str, float], evidence: dict[str, list[Evidence]]
) -> list[Signal]:
    """One signal per category (0 where nothing matched)."""
    return [
        detector.signal(c, scores.get(c, 0.0), evidence.get(c, [])) for c in detector.categories
    ]
