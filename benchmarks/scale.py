"""Every store and queue measured at the sizes a large platform reaches (issue 16).

    .venv/bin/python benchmarks/scale.py --quick                 # minutes: sizes / 100
    .venv/bin/python benchmarks/scale.py --postgres-url URL      # full sizes (see docs/scale.md)
    .venv/bin/python benchmarks/scale.py --only review,banks     # some parts

Each part seeds its store with synthetic rows (COPY / bulk inserts), at the full
size and at 10x and 100x smaller, measures p50/p99 latency and memory, and prints
how cost grows with size (flat or logarithmic where an index exists):

* ``review``: claiming a review task, 1,000,000 open tasks on PostgreSQL and
  100,000 on SQLite (:mod:`scaling.review`);
* ``banks``: matching a PDQ hash against 10,000,000 banked hashes in RAM, recall
  against brute force; the live index over 1,000,000 entries in PostgreSQL (first
  load, incremental refresh) (:mod:`scaling.banks`);
* ``reports``: ``bastion report dsa`` for six months and ``bastion eval online`` over
  10,000,000 decisions in PostgreSQL, wall time and peak RSS (:mod:`scaling.reports`).

Writes ``benchmarks/results/scale.txt`` (``scale-quick.txt`` with ``--quick``;
``scale-review.txt`` and so on with ``--only``),
naming the commit, the text-model bundle and the machine. PostgreSQL work runs in
a fresh schema of ``--postgres-url`` that is dropped at the end.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reporting import commit
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scaling.common import Measured, growth, table

from bastion.store import DecisionLog

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A fresh schema in ``url`` (migrated), dropped afterwards; yields its URL."""
    schema = f"scale_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def sqlite_file(folder: Path) -> Iterator[str]:
    path = folder / f"scale-{uuid.uuid4().hex[:8]}.db"
    try:
        yield f"sqlite:///{path}"
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def sizes(full: int, quick: bool) -> list[int]:
    top = full // 100 if quick else full
    return [top // 100, top // 10, top]


def review_part(args: argparse.Namespace, report: Callable[[str], None]) -> None:
    from scaling import review

    for label, full, opener in (
        ("postgresql", 1_000_000, lambda: postgres_schema(args.postgres_url)),
        ("sqlite", 100_000, lambda: sqlite_file(args.scratch)),
    ):
        with opener() as url:
            log = DecisionLog.open(url)
            rows: list[Measured] = []
            try:
                for n in sizes(full, args.quick):
                    started = time.perf_counter()
                    rows += review.measure(log.engine, n, args.claims)
                    report(
                        f"  ({label}: {n:,} tasks seeded and measured in "
                        f"{time.perf_counter() - started:.0f} s)"
                    )
                if label == "postgresql":
                    plan = review.explain(log.engine)
            finally:
                log.close()
        report(f"\n## review claim on {label}")
        for line in table(rows):
            report(line)
        for who in sorted({r.path for r in rows}):
            report(f"  growth, {who}: {growth([r for r in rows if r.path == who])}")
        if label == "postgresql":
            report("  plan of the head query at the largest size (EXPLAIN ANALYZE):")
            report(plan.rstrip("\n"))


def banks_part(args: argparse.Namespace, report: Callable[[str], None]) -> None:
    from scaling import banks

    rows = []
    for n in sizes(10_000_000, args.quick):
        started = time.perf_counter()
        rows.append(banks.measure_index(n, args.queries, recall_sample=50))
        report(f"  (pdq index: {n:,} hashes in {time.perf_counter() - started:.0f} s)")
    live: list[Measured] = []
    with postgres_schema(args.postgres_url) as url:
        log = DecisionLog.open(url)
        try:
            for n in sizes(1_000_000, args.quick)[1:]:
                live += banks.measure_live(log.engine, n, args.queries)
        finally:
            log.close()
    report("\n## hash banks (PDQ, threshold 31 bits)")
    for line in table([*rows, *live]):
        report(line)
    report(f"  growth, index: {growth(rows)}")
    report(f"  growth, live: {growth(live)}")


def reports_part(args: argparse.Namespace, report: Callable[[str], None]) -> None:
    from scaling import reports

    rows: list[Measured] = []
    for n in sizes(10_000_000, args.quick):
        with postgres_schema(args.postgres_url) as url:
            log = DecisionLog.open(url)
            try:
                measured, seeded_s = reports.measure(log.engine, url, n)
            finally:
                log.close()
        rows += measured
        report(f"  (reports: {n:,} decisions seeded in {seeded_s:.0f} s and measured)")
    report("\n## decision log reports (PostgreSQL; one run each: p50 = p99 = wall time)")
    for line in table(rows):
        report(line)
    for path in sorted({r.path for r in rows}):
        report(f"  growth, {path}: {growth([r for r in rows if r.path == path])}")


PARTS: dict[str, Callable[[argparse.Namespace, Callable[[str], None]], None]] = {
    "review": review_part,
    "banks": banks_part,
    "reports": reports_part,
}


def header(args: argparse.Namespace) -> list[str]:
    from bastion.models.bundle import active_bundle_version

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return [
        f"# bastion scale benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"# commit {commit()}; text-model bundle {active_bundle_version()}",
        f"# {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average before: {load}",
        f"# $ .venv/bin/python benchmarks/scale.py {' '.join(sys.argv[1:])}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every size / 100")
    parser.add_argument("--postgres-url", default=POSTGRES)
    parser.add_argument("--only", default=",".join(PARTS), help=f"of {', '.join(PARTS)}")
    parser.add_argument("--claims", type=int, default=300, help="claims timed per size")
    parser.add_argument("--queries", type=int, default=1000, help="PDQ queries per size")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp"), help="SQLite files here")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    parts = [part.strip() for part in args.only.split(",")]
    # Some parts only: their own file, so a partial run never replaces the whole one.
    stem = "scale" if set(parts) == set(PARTS) else "scale-" + "-".join(parts)
    name = f"{stem}-quick.txt" if args.quick else f"{stem}.txt"
    out = args.out or ROOT / "benchmarks" / "results" / name
    lines = header(args)
    for line in lines:
        print(line, flush=True)

    def report(line: str) -> None:
        print(line, flush=True)
        if not line.startswith("  ("):
            lines.append(line)

    for part in parts:
        PARTS[part](args, report)
    out.write_text("\n".join(lines) + "\n")
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
