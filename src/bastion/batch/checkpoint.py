"""Where a batch keeps its finished shards, so a killed batch restarts where it stopped.

The checkpoint is a folder (by default ``OUTPUT.parts/``) holding

* ``manifest.json`` - what the batch is (input file, its size and modification time, shard
  size, policy versions); a restart against a different input or policy is refused rather
  than mixed into the old output;
* ``part-NNNNNN.<ext>`` - one file per finished shard, written to a temporary name, flushed
  to disk and renamed. A part that exists is complete; that rename is the checkpoint.

A restart skips every shard whose part exists; the shard that was in flight when the batch
died is decided again from its start, and its half-written temporary file is replaced. The
final output is the parts concatenated in shard order, so it never holds a line twice.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bastion.intake import InputError

__all__ = ["Checkpoint", "atomic_write"]

MANIFEST_VERSION = 1


def atomic_write(path: Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` so that a reader sees all of it or no file at all."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


class Checkpoint:
    """The finished shards of one batch, in ``folder``."""

    def __init__(self, folder: Path, suffix: str) -> None:
        self.folder = folder
        self.suffix = suffix

    def part(self, index: int) -> Path:
        return self.folder / f"part-{index:06d}.{self.suffix}"

    def open(self, identity: dict[str, Any], *, fresh: bool = False) -> None:
        """Start a new checkpoint, or continue one made for the same ``identity``."""
        manifest = self.folder / "manifest.json"
        if fresh and self.folder.exists():
            shutil.rmtree(self.folder)
        if manifest.exists():
            try:
                found = json.loads(manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise InputError(
                    f"{manifest} is unreadable ({exc}); delete {self.folder} or pass --fresh"
                ) from exc
            if found.get("identity") != identity:
                changed = sorted(
                    key
                    for key in set(identity) | set(found.get("identity") or {})
                    if identity.get(key) != (found.get("identity") or {}).get(key)
                )
                raise InputError(
                    f"{self.folder} holds a checkpoint of a different batch (changed: "
                    f"{', '.join(changed)}); pass --fresh to start over, or another --output"
                )
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(
            manifest,
            [json.dumps({"version": MANIFEST_VERSION, "identity": identity}, indent=1)],
        )

    def finished(self) -> set[int]:
        """Indexes of the shards whose part is complete."""
        if not self.folder.exists():
            return set()
        prefix, suffix = "part-", f".{self.suffix}"
        return {
            int(p.name[len(prefix) : -len(suffix)])
            for p in self.folder.iterdir()
            if p.name.startswith(prefix) and p.name.endswith(suffix)
        }

    def write(self, index: int, chunks: Iterable[str]) -> None:
        atomic_write(self.part(index), chunks)

    def parts(self, count: int) -> Iterator[Path]:
        """Every part in shard order; all ``count`` must be there."""
        for index in range(count):
            path = self.part(index)
            if not path.exists():
                raise InputError(f"{path} is missing: the batch is not complete")
            yield path

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
