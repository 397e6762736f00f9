"""Reports over the decision log: ``bastion report dsa`` (six months) and ``bastion eval
online`` over N synthetic decisions in PostgreSQL, each run as the real command in a child
process, timed, with its peak resident memory (from the kernel's accounting of that child).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, text

from .common import Measured
from .decisions import seed

BASTION = str(Path(sys.executable).with_name("bastion"))


def _run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of one ``bastion`` command.

    The peak is the command's own: a child forked from this (large) process would carry its
    pages in ``ru_maxrss`` until it execs, so the command is started by ``/usr/bin/time``
    (a small process) and its ``%M`` is read.
    """
    started = time.perf_counter()
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss_file:
        command = ["/usr/bin/time", "-f", "%M", "-o", rss_file.name, BASTION, *args]
        child = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - started
        if child.returncode not in (0, 1):  # eval online exits 1 on a drift alert
            raise RuntimeError(f"bastion {' '.join(args[:4])} failed: {child.stderr[-2000:]!r}")
        peak_kib = int(Path(rss_file.name).read_text().split()[-1])
    return seconds, peak_kib / 1024


def _log_bytes(engine: Engine) -> int:
    """The decision log on disk (rows, TOAST, indexes): every monthly partition, or the one
    table where the log is not partitioned (a partitioned parent holds no storage)."""
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT pg_total_relation_size('decisions') + COALESCE(("
                    "SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits "
                    "WHERE inhparent = 'decisions'::regclass), 0)"
                )
            ).scalar_one()
        )


def measure(
    engine: Engine, url: str, n: int, online_max: int = 1_000_000
) -> tuple[list[Measured], float]:
    """``eval online`` (Python reads every record) only up to ``online_max`` decisions."""
    started = time.perf_counter()
    counts = seed(engine, n)
    seeded_s = time.perf_counter() - started
    out = []
    with tempfile.TemporaryDirectory() as folder:
        dsa = ["report", "dsa", "--from", "2026-01-01", "--to", "2026-06-30"]
        seconds, rss = _run(["--database-url", url, *dsa, "-o", str(Path(folder) / "dsa")])
    note = {
        "reviewed": f"{counts['verdicts']:,}",
        "appealed": f"{counts['appeals']:,}",
        "log on disk": f"{_log_bytes(engine) / n:,.0f} B/decision",
    }
    out.append(Measured("bastion report dsa (6 months)", n, seconds * 1000, seconds * 1000, rss,
                        "peak RSS", note))  # fmt: skip
    if n > online_max:
        return out, seeded_s
    online = ["eval", "online", "--json", "--from", "2026-04-01", "--to", "2026-07-01"]
    online += ["--baseline-from", "2026-01-01", "--baseline-to", "2026-04-01"]
    seconds, rss = _run(["--database-url", url, *online])
    out.append(Measured("bastion eval online (6 months)", n, seconds * 1000, seconds * 1000, rss,
                        "peak RSS"))  # fmt: skip
    return out, seeded_s
