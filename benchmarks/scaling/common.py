"""Timing, memory and the growth line every part of the scale benchmark prints."""

from __future__ import annotations

import math
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Measured:
    """One path at one size: latencies in ms (or one duration), and memory in MiB."""

    path: str
    size: int
    p50_ms: float
    p99_ms: float
    memory_mib: float
    memory_what: str
    notes: dict[str, str] = field(default_factory=dict)


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)]


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` calls of ``run``."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        out.append((time.perf_counter() - start) * 1000)
    return out


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def growth(rows: Sequence[Measured]) -> str:
    """How p99 grows from the smallest to the largest size: the exponent k in cost ~ size^k
    (0 flat, 1 linear; a logarithmic cost shows as a small k that shrinks with size)."""
    ordered = sorted(rows, key=lambda r: r.size)
    if len(ordered) < 2 or ordered[0].p99_ms <= 0:
        return "n/a"
    first, last = ordered[0], ordered[-1]
    ratio = last.p99_ms / first.p99_ms
    k = math.log(max(ratio, 1e-9)) / math.log(last.size / first.size)
    return f"x{ratio:.2f} p99 over x{last.size // first.size} size (size^{k:.2f})"


def table(rows: Sequence[Measured]) -> list[str]:
    lines = [
        f"  {'path':34} {'size':>12} {'p50 ms':>9} {'p99 ms':>9} {'memory MiB':>11}  memory of"
    ]
    for r in rows:
        lines.append(
            f"  {r.path:34} {r.size:>12,} {r.p50_ms:>9.2f} {r.p99_ms:>9.2f} "
            f"{r.memory_mib:>11.1f}  {r.memory_what}"
            + "".join(f"; {k} {v}" for k, v in r.notes.items())
        )
    return lines
