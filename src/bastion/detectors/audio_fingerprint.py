"""Known audio: Chromaprint fingerprints of audio tracks against ``chromaprint`` banks.

The evidence gives the time range in the scanned audio where the known
recording plays.
"""

from __future__ import annotations

from collections import defaultdict

from bastion.artifacts import Artifacts
from bastion.banks.matching import BankIndex, fingerprint_key, match_fingerprint, match_score
from bastion.detectors.image_hash import (
    _credit,
    _match_fields,
    _per_category,
    bank_categories,
    bank_index,
)
from bastion.detectors.media_base import MediaDetector
from bastion.types import Evidence, Signal

__all__ = ["AudioFingerprintBanks"]


class AudioFingerprintBanks(MediaDetector):
    name = "audio_fingerprint"
    version = "chromaprint-1"
    categories: tuple[str, ...] = ("known-match",)
    parts = ("audio", "video")
    requires = ("numpy",)

    def __init__(
        self,
        database_url: str | None = None,
        refresh_seconds: float = 10.0,
        index: BankIndex | None = None,
    ) -> None:
        """``database_url`` holds the banks (the deployment's database, from the settings)."""
        self.index = index or bank_index(database_url, refresh_seconds)

    def tool_unavailable(self) -> str | None:
        from bastion.media.fingerprint import fpcalc_unavailable

        return fpcalc_unavailable() or self.index.unavailable_reason()

    def scan(self, artifacts: Artifacts) -> list[Signal]:
        entries = self.index.entries("chromaprint")
        self.categories = bank_categories([bank for bank, _ in entries])
        scores: dict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        if not entries:
            return _per_category(self, scores, evidence)
        for source, content in self.media(artifacts).fingerprints():
            key = fingerprint_key(content)
            hits = match_fingerprint(content, entries)
            verdicts = self.index.verdicts([(h.entry.id, key) for h in hits])
            for hit in hits:
                status = verdicts.get((hit.entry.id, key))
                if status == "deconfirmed" or hit.alignment is None:
                    continue
                score = match_score(hit, status)
                found = Evidence(
                    part=source.part,
                    rule=f"bank:{hit.bank.name}",
                    excerpt=f"fingerprint bit error {hit.distance:.2f} <= {hit.threshold:.2f}",
                    time_range=(hit.alignment.start_s, hit.alignment.end_s),
                    match=_match_fields(hit, key, f"{hit.distance:.3f}", status),
                )
                _credit(scores, evidence, hit, score, found)
        return _per_category(self, scores, evidence)
