"""Reviewer verdicts -> a versioned dataset in the standard format (``bastion learn export``).

Rows: ``review_verdicts`` joined to ``review_tasks`` (whose ``payload`` holds the
item as JSON, ``{"item": {...}}``; tasks whose content retention already erased
are skipped and counted). Then:

* **Labels.** ``violating`` with category C -> ``C = 1`` and its parents;
  ``not_violating`` -> ``C = 0`` for the category the verdict or the task named
  (the item is then a clean example; other categories stay unknown).
  ``escalate`` is not a label. Per item, a senior or admin verdict overrides
  reviewers; otherwise the majority of reviewers decides, a tie is a soft 0.5,
  and every vote is kept in ``votes``.
* **Gold items** (reason ``gold``) are left out: they measure reviewers, and
  the set they come from measures models.
* **Deduplication.** Items with the same normalised text (case-folded,
  whitespace collapsed: :func:`bastion.datasets.importers.base.text_key`) are one
  example; their votes are pooled.
* **Leak-free split.** Items that share an author, a thread or a normalised text
  are joined into one group (union-find), and a whole group goes to one split
  (80/10/10 by a hash of the group's smallest key). No author, thread or text
  is ever in two splits.
* **Version.** The content hash of the canonical JSONL; the export is stored in
  the dataset registry as ``review-verdicts`` (``use: train``: the platform's own
  labels), so ``bastion eval run --dataset review-verdicts`` works on it.

Hash banks (issue 6) are a separate consumer of the same verdicts: confirmed
violating *media* belongs in a bank, deconfirmed matches come out. See
:func:`confirmed_media` for the hook.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from bastion import taxonomy
from bastion.datasets.format import Example, Votes, dump_jsonl
from bastion.datasets.importers.base import hash_split, text_key
from bastion.datasets.manifest import VERSION_CHARS, count_examples
from bastion.datasets.registry import EXAMPLES, MANIFEST, Registry
from bastion.intake import InputError, item_from_json
from bastion.review import records as review_records
from bastion.review.records import VerdictRecord as VerdictRow
from bastion.review.records import item_of
from bastion.types import ReviewReason, Verdict

__all__ = [
    "DATASET_NAME",
    "ExportResult",
    "VerdictRow",
    "confirmed_media",
    "export_verdicts",
    "item_of",
    "read_verdicts",
    "verdicts_to_examples",
]

DATASET_NAME = "review-verdicts"
SENIOR_ROLES = ("senior", "admin")
LABEL_MAPPING = (
    "violating + category C -> C=1 and its parents; not_violating -> the named category "
    "(verdict's, else the task's) = 0; escalate -> no label. Senior/admin verdict overrides; "
    "else reviewer majority, tie -> 0.5; votes kept. Same normalised text -> one example."
)


@dataclass
class ExportResult:
    examples: list[Example]
    manifest: dict[str, Any] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    created: bool = False


def read_verdicts(
    engine: Engine, since: datetime | None = None, verdicts: Sequence[Verdict] | None = None
) -> list[VerdictRow]:
    """Verdicts (since ``since``, of the kinds in ``verdicts``; default all) with their task's
    category, decision and payload, oldest first (read through the review package)."""
    return review_records.read_verdicts(engine, since=since, verdicts=verdicts, with_payload=True)


@dataclass
class _Item:
    text: str
    lang: str | None
    surface: str
    context: tuple[str, ...]
    keys: set[str]
    verdicts: list[VerdictRow] = field(default_factory=list)


def _group_keys(item: dict[str, Any], text: str) -> set[str]:
    context = item.get("context") or {}
    keys = {f"text:{text_key(text)}"}
    if context.get("author_id"):
        keys.add(f"author:{context['author_id']}")
    if context.get("parent_id"):
        keys.add(f"thread:{context['parent_id']}")
    thread = context.get("thread") or []
    if isinstance(thread, list) and thread:
        keys.add(f"thread-root:{text_key(str(thread[0]))}")
    return keys


def _label(verdicts: Sequence[VerdictRow]) -> tuple[dict[str, int | float], dict[str, Votes]]:
    """Labels and votes of one (deduplicated) item from its verdicts."""
    votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    senior: dict[str, int] = {}
    for v in verdicts:
        category = v.category or v.task_category
        if not v.verdict.settles or not category:
            continue
        if not taxonomy.is_category(category):
            continue
        positive = int(v.verdict is Verdict.VIOLATING)
        votes[category][0] += positive
        votes[category][1] += 1
        if v.role in SENIOR_ROLES:
            senior[category] = positive  # rows are oldest first: the latest senior word wins
    labels: dict[str, int | float] = {}
    for category, (pos, total) in votes.items():
        if category in senior:
            labels[category] = senior[category]
        elif pos * 2 == total:
            labels[category] = 0.5
        else:
            labels[category] = int(pos * 2 > total)
    for category, value in list(labels.items()):
        if value == 1:
            for parent in taxonomy.implied(category):
                labels[parent] = 1
    # A positive child with an annotated-negative parent is inconsistent: the child wins.
    return labels, {c: Votes(p, t) for c, (p, t) in votes.items()}


class _Groups:
    """Union-find over group keys (author, thread, text)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, keys: Iterable[str]) -> None:
        roots = sorted({self.find(k) for k in keys})
        for other in roots[1:]:
            self.parent[other] = roots[0]  # the smallest key is the root: order-independent


def verdicts_to_examples(rows: Iterable[VerdictRow]) -> tuple[list[Example], dict[str, int]]:
    """Deduplicated, labelled, leak-free-split examples; and counts of what was skipped."""
    skipped: dict[str, int] = defaultdict(int)
    items: dict[str, _Item] = {}
    for row in rows:
        if row.task_reason is ReviewReason.GOLD:
            # Gold items measure reviewers, and their set measures models: never train on them.
            skipped["gold item"] += 1
            continue
        raw = item_of(row.payload)
        if raw is None:
            skipped["no content (erased by retention, or never kept)"] += 1
            continue
        try:
            item = item_from_json(raw)
        except InputError:
            skipped["payload is not a valid item"] += 1
            continue
        if not item.text or not item.text.strip():
            skipped["no text (media only)"] += 1
            continue
        key = text_key(item.text)
        entry = items.get(key)
        if entry is None:
            entry = items[key] = _Item(
                text=item.text,
                lang=item.lang,
                surface=item.surface,
                context=item.context.thread,
                keys=set(),
            )
        entry.keys |= _group_keys(raw, item.text)
        entry.verdicts.append(row)
    groups = _Groups()
    for entry in items.values():
        groups.union(entry.keys)
    examples = []
    for key, entry in items.items():
        labels, votes = _label(entry.verdicts)
        if not labels:
            skipped["no usable verdict (escalations only, or no category)"] += 1
            continue
        root = groups.find(next(iter(entry.keys)))
        examples.append(
            Example(
                id=f"{DATASET_NAME}/{hashlib.sha256(key.encode()).hexdigest()[:16]}",
                text=entry.text,
                labels=labels,
                votes=votes,
                annotators=tuple(sorted({v.reviewer for v in entry.verdicts})),
                slices={
                    "source": DATASET_NAME,
                    "split": hash_split(root),
                    "lang": entry.lang or "und",
                    "surface": entry.surface,
                },
                context=entry.context,
            )
        )
    return sorted(examples, key=lambda e: e.id), dict(skipped)


def export_verdicts(engine: Engine, registry: Registry | None = None) -> ExportResult:
    """Export every verdict into the dataset registry; identical content is one version."""
    registry = registry or Registry()
    examples, skipped = verdicts_to_examples(read_verdicts(engine))
    result = ExportResult(examples, skipped=skipped)
    if not examples:
        return result
    data = dump_jsonl(examples)
    sha256 = hashlib.sha256(data).hexdigest()
    target = registry.root / DATASET_NAME / sha256[:VERSION_CHARS]
    if (target / MANIFEST).is_file():
        result.manifest = registry.show(DATASET_NAME, sha256[:VERSION_CHARS])
        return result
    manifest = {
        "name": DATASET_NAME,
        "version": sha256[:VERSION_CHARS],
        "sha256": sha256,
        "format": 1,
        "source_set": DATASET_NAME,
        "source_path": str(engine.url.render_as_string(hide_password=True)),
        "source_files": {},
        "licence": "the platform's own reviewer labels",
        "use": "train",
        "languages": sorted({e.slices.get("lang", "und") for e in examples}),
        "label_mapping": LABEL_MAPPING,
        "caveats": "Reviewers label what the queues show them (held, uncertain, sampled "
        "items): not a uniform sample of traffic, so prevalence here is not platform prevalence.",
        "counts": count_examples(examples),
        "skipped": skipped,
        "created_at": datetime.now(UTC).isoformat(),
    }
    staging = registry.root / DATASET_NAME / f".tmp-{uuid.uuid4().hex}"
    staging.mkdir(parents=True)
    try:
        (staging / EXAMPLES).write_bytes(data)
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        staging.rename(target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.manifest, result.created = manifest, True
    return result


def confirmed_media(rows: Iterable[VerdictRow]) -> dict[str, list[dict[str, Any]]]:
    """Hook for the hash banks (issue 6): media parts of items reviewers confirmed or cleared.

    ``{"confirmed": [...], "deconfirmed": [...]}``, each entry ``{"item_id", "category",
    "image"|"audio"|"video": path}`` from the task payload. The bank owner decides what to
    hash and insert (confirmed) or withdraw (deconfirmed); nothing is banked here.
    """
    out: dict[str, list[dict[str, Any]]] = {"confirmed": [], "deconfirmed": []}
    for row in rows:
        item = item_of(row.payload) or {}
        media = {k: v for k, v in item.items() if k in ("image", "audio", "video") and v}
        if not media or row.verdict not in ("violating", "not_violating"):
            continue
        kind = "confirmed" if row.verdict is Verdict.VIOLATING else "deconfirmed"
        category = row.label_category
        out[kind].append({"item_id": row.item_id, "category": category, **media})
    return out
