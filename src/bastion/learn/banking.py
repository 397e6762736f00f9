"""Reviewer verdicts -> hash banks (``bastion learn bank-media``).

Each ``violating`` or ``not_violating`` verdict (since a date) is applied to the
hash banks (issue 6):

* **violating**, item with an image: the image's PDQ entry (its hash and its
  crops', as ``bastion banks add`` stores a file) goes into bank
  ``reviewed-<category>-pdq`` (kind ``pdq``, created if missing, category the
  verdict's, else the task's). Audio: its Chromaprint fingerprint into
  ``reviewed-<category>-audio`` (kind ``chromaprint``). Video is not banked
  (skipped with a note: hash a still with ``bastion banks add``).
* **not_violating**, item whose decision (``review_tasks.decision_id``) matched
  a bank: each such match (bank, entry, scanned content hash in the decision's
  evidence) is set to ``deconfirmed`` with the reviewer recorded, so that
  content no longer matches that entry.

Idempotent: an image whose PDQ hash the bank already holds (as an entry's hash or
crop hash), or audio whose fingerprint it holds, is not added again (an entry's
``source`` names the verdict that added it: ``review-verdict:<id>``),
and a match already deconfirmed is left as it is. Verdicts are applied one by
one, oldest first; a senior's later word does not undo an earlier reviewer's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bastion import taxonomy
from bastion.banks.hashing import hash_file
from bastion.banks.store import Bank, BankError, BankStore
from bastion.learn.export import VerdictRow, read_verdicts
from bastion.media.errors import MediaError, MediaUnavailableError
from bastion.media.limits import MediaLimits
from bastion.store import DecisionLog
from bastion.types import Verdict

__all__ = ["BankMediaResult", "bank_media", "bank_name"]

SOURCE_PREFIX = "review-verdict:"
KIND_OF_PART = {"image": "pdq", "audio": "chromaprint"}
SUFFIX_OF_KIND = {"pdq": "pdq", "chromaprint": "audio"}


@dataclass
class BankMediaResult:
    dry_run: bool = False
    added: list[dict[str, Any]] = field(default_factory=list)
    present: list[dict[str, Any]] = field(default_factory=list)
    deconfirmed: list[dict[str, Any]] = field(default_factory=list)
    already_deconfirmed: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "added": len(self.added),
            "already_present": len(self.present),
            "deconfirmed": len(self.deconfirmed),
            "already_deconfirmed": self.already_deconfirmed,
            "skipped": dict(sorted(self.skipped.items())),
        }


def bank_name(category: str, kind: str) -> str:
    return f"reviewed-{category}-{SUFFIX_OF_KIND[kind]}"


class _Banks:
    """The reviewed banks, created on first use, with the hashes they hold."""

    def __init__(self, store: BankStore, dry_run: bool, limits: MediaLimits) -> None:
        self.store = store
        self.dry_run = dry_run
        self.limits = limits
        self._banks: dict[str, Bank | None] = {}
        self._hashes: dict[str, set[str]] = {}

    def hashes(self, name: str, kind: str) -> set[str]:
        if name not in self._hashes:
            try:
                bank: Bank | None = self.store.bank(name)
            except BankError:
                bank = None
            if bank is not None and bank.kind != kind:
                raise BankError(f"bank {name!r} exists with kind {bank.kind}, not {kind}")
            self._banks[name] = bank
            held: set[str] = set()
            if bank is not None:
                for b, e in self.store.entries(kind):
                    if b.id == bank.id:
                        held.update(e.hash.split() if kind == "pdq" else [e.hash])
            self._hashes[name] = held
        return self._hashes[name]

    def holds(self, name: str, kind: str, value: str) -> bool:
        """Whether the bank has this entry: for PDQ, the image's own hash as any entry's
        hash or crop hash (an exact copy matches at distance 0 already)."""
        return (value.split()[0] if kind == "pdq" else value) in self.hashes(name, kind)

    def add(
        self, name: str, kind: str, category: str, value: str, quality: int | None, v: VerdictRow
    ) -> None:
        self.hashes(name, kind).update(value.split() if kind == "pdq" else [value])
        if self.dry_run:
            return
        bank = self._banks.get(name)
        if bank is None:
            try:
                bank = self.store.create_bank(
                    name,
                    kind,
                    category,
                    description=f"Media reviewers confirmed as {category} "
                    "(bastion learn bank-media).",
                )
            except BankError:  # another run created it meanwhile
                bank = self.store.bank(name)
            self._banks[name] = bank
        self.store.add_entry(bank, value, quality, f"item:{v.item_id}"[:256], SOURCE_PREFIX + v.id)


def _bank_confirmed(banks: _Banks, v: VerdictRow, result: BankMediaResult) -> None:
    from bastion.media.pdq import MIN_QUALITY

    item = v.item or {}
    category = v.label_category
    for part, kind in KIND_OF_PART.items():
        raw = item.get(part)
        if not raw:
            continue
        if not isinstance(raw, str):
            result.skipped[f"{part}: not a file path"] += 1
            continue
        if not category or not taxonomy.is_category(category):
            result.skipped["no category on the verdict or task"] += 1
            return
        path = Path(raw)
        if not path.is_file():
            result.skipped[f"{part} file missing (erased by retention, or moved)"] += 1
            continue
        try:
            value, quality = hash_file(kind, path, banks.limits)
        except (MediaError, OSError) as exc:
            result.skipped[f"{part} unreadable: {type(exc).__name__}"] += 1
            continue
        except MediaUnavailableError as exc:
            result.skipped[f"{part} not hashed here: {exc}"] += 1
            continue
        if quality is not None and quality < MIN_QUALITY:
            result.skipped[f"image PDQ quality below {MIN_QUALITY} (matches unreliably)"] += 1
            continue
        name = bank_name(category, kind)
        row = {"verdict": v.id, "item_id": v.item_id, "bank": name, "part": part}
        if banks.holds(name, kind, value):
            result.present.append(row)
            continue
        banks.add(name, kind, category, value, quality, v)
        result.added.append(row)
    if item.get("video"):
        result.skipped["video not banked (hash a still: bastion banks add)"] += 1


def _decision_matches(store: BankStore, decision_id: str) -> list[dict[str, str]] | None:
    """The bank matches in a decision's evidence (one per entry and content), None if no
    such decision."""
    record = DecisionLog(store.engine).get(decision_id)
    if record is None:
        return None
    evidence = record.get("evidence") or []
    found: dict[tuple[str, str], dict[str, str]] = {}
    for e in evidence:
        match = e.get("match") if isinstance(e, dict) else None
        if not isinstance(match, dict):
            continue
        if match.get("bank") and match.get("entry") and match.get("content_hash"):
            found.setdefault((match["entry"], match["content_hash"]), match)
    return list(found.values())


def _deconfirm(store: BankStore, v: VerdictRow, dry_run: bool, result: BankMediaResult) -> None:
    if v.decision_id is None:
        result.skipped["cleared item has no decision"] += 1
        return
    matches = _decision_matches(store, v.decision_id)
    if matches is None:
        result.skipped["cleared item's decision not in the log"] += 1
        return
    if not matches:
        result.skipped["cleared item had no bank match"] += 1
        return
    for m in matches:
        try:
            bank = store.bank(m["bank"])
        except BankError:
            result.skipped["matched bank no longer exists"] += 1
            continue
        try:
            distance = float(m.get("distance") or 0.0)
        except ValueError:
            distance = 0.0
        row = {
            "verdict": v.id,
            "item_id": v.item_id,
            "bank": bank.name,
            "entry": m["entry"],
            "reviewer": v.reviewer,
        }
        if dry_run:
            status = store.verdicts([(m["entry"], m["content_hash"])]).get(
                (m["entry"], m["content_hash"])
            )
            if status == "deconfirmed":
                result.already_deconfirmed += 1
            else:
                result.deconfirmed.append(row)
            continue
        match = store.record_match(bank, m["entry"], m["content_hash"], distance, v.item_id)
        if match.status == "deconfirmed":
            result.already_deconfirmed += 1
            continue
        store.set_status(match.id, "deconfirmed", v.reviewer)
        result.deconfirmed.append({**row, "match": match.id})


def bank_media(
    store: BankStore,
    since: datetime | None = None,
    *,
    dry_run: bool = False,
    limits: MediaLimits | None = None,
) -> BankMediaResult:
    """Apply verdicts (since ``since``) to the hash banks; ``dry_run`` changes nothing.

    Media files are read within ``limits`` (the settings' media bounds)."""
    result = BankMediaResult(dry_run=dry_run)
    banks = _Banks(store, dry_run, limits or MediaLimits())
    for v in read_verdicts(store.engine, since, (Verdict.VIOLATING, Verdict.NOT_VIOLATING)):
        if v.verdict is Verdict.NOT_VIOLATING:
            _deconfirm(store, v, dry_run, result)  # needs the decision, not the content
        elif v.item is None:
            result.skipped["no content (erased by retention, or never kept)"] += 1
        elif not any(v.item.get(p) for p in ("image", "audio", "video")):
            result.skipped["no media (text only)"] += 1
        else:
            _bank_confirmed(banks, v, result)
    return result
