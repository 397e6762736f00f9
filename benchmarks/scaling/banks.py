"""Hash banks: PDQ matching against N hashes (the in-memory index), and the live index
following a database (first load, incremental refresh, search with the entry read).

Hashes are uniform random 256-bit codes; queries are half near-copies of a banked
hash (0-40 bits flipped, so about three quarters match at the threshold of 31) and
half unrelated hashes. Real PDQ hashes are not uniform: buckets are fuller for
some chunk values, so expect more candidates per query on real banks than here.
Recall is compared with a brute-force scan of every hash on a sample of queries.
"""

from __future__ import annotations

import time
import uuid

import numpy as np
from sqlalchemy import Engine, text

from bastion.banks.live import LivePdqBanks
from bastion.banks.pdq_index import PdqIndex, brute_force
from bastion.banks.store import BankStore
from bastion.media.pdq import DEFAULT_MAX_DISTANCE

from .common import Measured, current_rss_mib, percentile

RADIUS = DEFAULT_MAX_DISTANCE


def _queries(rng: np.random.Generator, codes: np.ndarray, n: int) -> np.ndarray:
    out = rng.integers(0, 2**16, size=(n, 16), dtype=np.uint16)
    for i in range(0, n, 2):
        flat = np.unpackbits(codes[rng.integers(len(codes))].astype(">u2").view(np.uint8))
        flat[rng.choice(256, size=int(rng.integers(0, 41)), replace=False)] ^= 1
        out[i] = np.packbits(flat).view(">u2").astype(np.uint16)
    return out


def measure_index(n: int, queries: int, recall_sample: int) -> Measured:
    rng = np.random.default_rng(n)
    codes = rng.integers(0, 2**16, size=(n, 16), dtype=np.uint16)
    before = current_rss_mib()
    started = time.perf_counter()
    index = PdqIndex()
    index.add(codes, np.arange(n))
    index.merge()
    build_s = time.perf_counter() - started
    grown = current_rss_mib() - before
    asked = _queries(rng, codes, queries)
    latencies, matched = [], 0
    for query in asked:
        started = time.perf_counter()
        found = index.search(query, RADIUS)
        latencies.append((time.perf_counter() - started) * 1000)
        matched += bool(found)
    same = 0
    for query in asked[:recall_sample]:
        expected = {int(i) for i in brute_force(codes, query, RADIUS)}
        same += {o for o, _ in index.search(query, RADIUS)} == expected
    return Measured(
        "pdq match (index in RAM)",
        n,
        percentile(latencies, 50),
        percentile(latencies, 99),
        index.nbytes / 2**20,
        "index arrays",
        {
            "build": f"{build_s:.1f} s",
            "RSS growth": f"{grown:.0f} MiB",
            "queries matched": f"{matched}/{queries}",
            "equal to brute force": f"{same}/{recall_sample}",
        },
    )


def measure_live(engine: Engine, n: int, queries: int, adds: int = 1000) -> list[Measured]:
    """N entries in a bank of the database: the first load, then ``adds`` more entries
    followed through the change log, and matching through the live index."""
    with engine.begin() as conn:
        for table in ("hash_bank_changes", "hash_bank_entries", "hash_banks"):
            conn.execute(text(f"DELETE FROM {table}"))
    store = BankStore(engine)
    bank = store.create_bank(f"scale-{uuid.uuid4().hex[:6]}", "pdq")
    rng = np.random.default_rng(n + 1)
    codes = rng.integers(0, 2**16, size=(n, 16), dtype=np.uint16)
    _copy_entries(engine, bank.id, codes)
    live = LivePdqBanks(store, refresh_s=3600)
    started = time.perf_counter()
    live.refresh()
    load_s = time.perf_counter() - started
    extra = rng.integers(0, 2**16, size=(adds, 16), dtype=np.uint16)
    for code in extra:
        store.add_entry(bank, code.astype(">u2").tobytes().hex())
    started = time.perf_counter()
    applied = live.refresh()
    refresh_ms = (time.perf_counter() - started) * 1000
    assert applied == adds and len(live) == n + adds
    latencies = []
    for query in _queries(rng, np.concatenate([codes, extra]), queries):
        hexed = query.astype(">u2").tobytes().hex()
        started = time.perf_counter()
        live.search(hexed)
        latencies.append((time.perf_counter() - started) * 1000)
    return [
        Measured(
            f"pdq match, live ({engine.dialect.name})",
            n,
            percentile(latencies, 50),
            percentile(latencies, 99),
            live.nbytes / 2**20,
            "index + entry ids",
            {
                "first load": f"{load_s:.1f} s",
                f"refresh after {adds} adds": f"{refresh_ms:.0f} ms",
            },
        )
    ]


def _copy_entries(engine: Engine, bank_id: str, codes: np.ndarray) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        sql = "COPY hash_bank_entries (id, bank_id, hash, added_at) FROM STDIN"
        with cursor.copy(sql) as copy:  # type: ignore[attr-defined]
            hexed = codes.astype(">u2").tobytes().hex()
            for i in range(len(codes)):
                copy.write_row((str(uuid.uuid4()), bank_id, hexed[64 * i : 64 * i + 64], "now()"))
        raw.commit()
    finally:
        raw.close()
    with engine.begin() as conn:
        conn.execute(text("ANALYZE hash_bank_entries"))
