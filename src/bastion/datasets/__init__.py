"""Labeled datasets: one JSONL format, importers for public sets, a versioned registry.

* :mod:`bastion.datasets.format` - :class:`Example` and the canonical JSONL (the standard).
* :mod:`bastion.datasets.importers` - one importer per public source set.
* :mod:`bastion.datasets.registry` - imported versions on disk, by content hash.
* :mod:`bastion.datasets.commands` - the ``bastion datasets`` command group.
"""

from __future__ import annotations

from bastion.datasets.format import (
    FORMAT_VERSION,
    DatasetError,
    Example,
    FormatError,
    Votes,
    content_hash,
    dump_jsonl,
    iter_jsonl,
    read_jsonl,
    write_jsonl,
)
from bastion.datasets.registry import ImportResult, Registry, RegistryError

__all__ = [
    "FORMAT_VERSION",
    "DatasetError",
    "Example",
    "FormatError",
    "ImportResult",
    "Registry",
    "RegistryError",
    "Votes",
    "content_hash",
    "dump_jsonl",
    "iter_jsonl",
    "read_jsonl",
    "write_jsonl",
]
