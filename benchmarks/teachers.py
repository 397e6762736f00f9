"""Teacher throughput and the cost of the numpy alt-profanity-check port.

    PYTHONPATH=src .venv/bin/python benchmarks/teachers.py [--data ../shared/data] [--n 4096]

Needs ``.venv-teachers`` (scripts/setup-teachers.sh). Texts: a seeded sample of
the train-licensed sets under ``--data`` when present, else synthetic ones.
Prints texts/s per teacher (worker start-up excluded, no cache) and the port's
per-text cost beside ``profanity_check.predict_prob`` run on the same texts.
Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bastion.learn.teachers import (
    MAX_CHARS,
    WORKER,
    WORKER_ENV,
    _Worker,
    export_profanity_check,
    worker_command,
)
from bastion.models.lexical import LinearTextModel

ROOT = Path(__file__).resolve().parent.parent


def sample(data: Path, n: int, seed: int = 0) -> list[str]:
    if data.exists():
        from bastion.learn.corpus import build_corpus

        texts = sorted({e.text for e in build_corpus(data, cap=10**7).examples})
        return random.Random(seed).sample(texts, min(n, len(texts)))
    rng = random.Random(seed)
    words = [
        "you",
        "are",
        "an",
        "idiot",
        "lovely",
        "day",
        "kill",
        "hate",
        "the",
        "music",
        "stream",
        "great",
        "awful",
    ]
    return [" ".join(rng.choices(words, k=rng.randint(3, 40))) for _ in range(n)]


def throughput(texts: list[str], teacher: str, batch: int) -> float:
    with _Worker([*worker_command(), "--teachers", teacher]) as worker:
        worker.score(texts[-batch:])  # warm-up: TensorFlow traces once per batch shape
        timed = texts[: len(texts) // batch * batch]  # full batches only, one shape
        start = time.perf_counter()
        for i in range(0, len(timed), batch):
            worker.score([t[:MAX_CHARS] for t in timed[i : i + batch]])
        return len(timed) / (time.perf_counter() - start)


PACKAGE = """
import json, sys, time
from profanity_check import predict_prob
texts = json.loads(sys.stdin.read())
predict_prob(texts[:8])
single = []
for t in texts:
    s = time.perf_counter(); predict_prob([t]); single.append(time.perf_counter() - s)
s = time.perf_counter(); predict_prob(texts); batch = (time.perf_counter() - s) / len(texts)
print(json.dumps({"single": sorted(single)[len(single) // 2], "batch": batch}))
"""


def port_cost(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = export_profanity_check(out=Path(tmp) / "p.npz")
        t0 = time.perf_counter()
        model = LinearTextModel.load(path)
        load = time.perf_counter() - t0
    for t in texts[:8]:
        model.score(t)
    single = []
    for t in texts:
        s = time.perf_counter()
        model.score(t)
        single.append(time.perf_counter() - s)
    runs = []
    for _ in range(5):  # best of five: the machine is shared
        s = time.perf_counter()
        model.score_many(texts)
        runs.append((time.perf_counter() - s) / len(texts))
    print(
        f"port: load {load * 1000:.0f} ms; per text median {statistics.median(single) * 1e6:.1f} µs"
        f" (mean {statistics.mean(single) * 1e6:.1f} µs); all texts, best of 5:"
        f" {min(runs) * 1e6:.1f} µs/text"
    )
    result = subprocess.run(
        [worker_command()[0], "-c", PACKAGE],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**WORKER_ENV, "PATH": "/usr/bin:/bin"},
    )
    r = json.loads(result.stdout)
    print(
        f"alt-profanity-check package: per text median {r['single'] * 1e6:.0f} µs,"
        f" batched {r['batch'] * 1e6:.1f} µs/text"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--n", type=int, default=4096)
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    texts = sample(args.data, args.n)
    mean_len = statistics.mean(len(t[:MAX_CHARS]) for t in texts)
    print(f"{len(texts)} texts, mean {mean_len:.0f} chars (cut at {MAX_CHARS}); worker {WORKER}")
    for teacher in ("tox_block", "profanity_check"):
        rate = throughput(texts, teacher, args.batch)
        print(f"{teacher}: {rate:.0f} texts/s (batches of {args.batch}, one worker)")
    port_cost(texts)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
