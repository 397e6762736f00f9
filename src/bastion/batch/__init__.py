"""Batch scanning: many items through the same ``pipeline`` as single scans.

:func:`scan_batch` and :func:`backtest_batch` shard the input and run on a local process
pool or on Ray (``bastion[ray]``), resuming from a checkpoint; :func:`scan_jsonl` scans a
JSONL file in this process with an engine you already hold.
"""

from bastion.batch.local import scan_jsonl
from bastion.batch.records import decision_record
from bastion.batch.runner import BatchOptions, EngineName, backtest_batch, scan_batch
from bastion.batch.summary import BatchSummary

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "EngineName",
    "backtest_batch",
    "decision_record",
    "scan_batch",
    "scan_jsonl",
]
