"""Batch scanning: many items through the same ``pipeline`` as single scans."""

from bastion.batch.local import BatchSummary, decision_record, scan_jsonl

__all__ = ["BatchSummary", "decision_record", "scan_jsonl"]
