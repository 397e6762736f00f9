"""What a batch reports while it runs and when it ends."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BatchSummary"]


@dataclass
class BatchSummary:
    items: int = 0
    """Input lines or rows handled in this run (error records included)."""
    errors: int = 0
    seconds: float = 0.0
    shards: int = 0
    """Shards in the whole batch."""
    shards_done: int = 0
    """Shards finished in this run."""
    shards_resumed: int = 0
    """Shards found finished in the checkpoint and not decided again."""
    busy_seconds: float = 0.0
    """Time workers spent deciding shards, added up (no start-up, no waiting)."""
    cpu_seconds: float = 0.0
    """CPU time workers spent deciding shards, added up."""
    run_id: str | None = None
    """The batch run whose decisions were logged (None for a dry run)."""

    @property
    def items_per_second(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else 0.0

    @property
    def items_per_worker_second(self) -> float:
        """Steady rate of one worker: the figure to size a cluster with."""
        return self.items / self.busy_seconds if self.busy_seconds > 0 else 0.0

    @property
    def items_per_cpu_second(self) -> float:
        """Items one fully available core decides per second, whatever else ran meanwhile."""
        return self.items / self.cpu_seconds if self.cpu_seconds > 0 else 0.0
