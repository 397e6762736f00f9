"""The Ray engine: Ray Data hands shards to a fixed pool of actors, each with its engine.

The dataset is the batch's list of shard descriptions (a few numbers each). ``map_batches``
with an :class:`~ray.data.ActorPoolStrategy` gives one shard at a time to an actor; the
actor (a :class:`ShardWorker`, models loaded once in its constructor) reads the shard's
lines or rows straight from storage, decides them and writes the shard's part, exactly as
a local pool process does. Workers therefore need the input and the checkpoint folder at the
same path: one machine, or a shared filesystem across the cluster (see docs/batch.md).

Ray's own line-oriented readers are not used for JSONL on purpose: ``read_json`` stops the
whole dataset at the first malformed line, and neither keeps line numbers, while the batch
contract wants one located error record per bad line.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator, Sequence
from typing import Any

from bastion.batch.sources import Shard
from bastion.batch.worker import JobSpec, ShardResult, ShardWorker
from bastion.intake import InputError

__all__ = ["ClusterError", "ShardActor", "connect", "run_ray"]

LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024
"""Shard descriptions and results are tiny; a local cluster needs no large object store."""


class ClusterError(InputError):
    """Ray is not installed, or the cluster at ``--address`` cannot be reached."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ClusterError(
            "the ray engine needs Ray: pip install 'bastion[ray]' (or use --engine local)"
        ) from exc
    return ray


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds, with a clear message, instead of Ray's long connection retries."""
    if address == "auto":
        return
    host_port = address.removeprefix("ray://")
    host, _, port = host_port.rpartition(":")
    if not host or not port.isdigit():
        raise ClusterError(f"--address {address!r} is not HOST:PORT (e.g. 10.0.0.5:6379) or auto")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ClusterError(
            f"cannot reach the Ray cluster at {address} ({exc}); start one with "
            "`ray start --head`, check --address, or leave it out for a local cluster"
        ) from exc


def connect(address: str | None, workers: int | None = None) -> bool:
    """Join the cluster at ``address``, or start a local one with ``workers`` CPUs (default:
    every CPU of this machine).

    Returns whether this call connected (and so the caller should disconnect).
    """
    ray = _ray()
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {
        "include_dashboard": False,
        "log_to_driver": False,
        "logging_level": logging.WARNING,
    }
    if address is not None:
        _check_reachable(address)
        options["address"] = address
    else:
        options.update(num_cpus=workers, object_store_memory=LOCAL_OBJECT_STORE_BYTES)
    try:
        ray.init(**options)
    except (ConnectionError, RuntimeError) as exc:
        raise ClusterError(f"cannot start or join a Ray cluster ({exc})") from exc
    return True


class ShardActor:
    """A Ray Data callable class: one :class:`ShardWorker` per actor, loaded once."""

    def __init__(self, spec: JobSpec) -> None:
        self.worker = ShardWorker(spec)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        results = [self.worker.run(Shard.from_dict(row)).to_dict() for row in batch.to_pylist()]
        return pa.Table.from_pylist(results)


def run_ray(
    spec: JobSpec, shards: Sequence[Shard], workers: int | None, address: str | None = None
) -> Iterator[ShardResult]:
    """Decide ``shards`` on Ray with ``workers`` actors (default: one per cluster CPU);
    results arrive as shards finish."""
    if not shards:
        return
    ray = _ray()
    connected = connect(address, workers)
    try:
        if workers is None:
            workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        context = ray.data.DataContext.get_current()
        # The batch reports its own progress; Ray Data's lines (in the session's
        # logs/ray-data folder) would drown it on the terminal.
        context.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        dataset = ray.data.from_items(
            [s.to_dict() for s in shards], override_num_blocks=len(shards)
        )
        results = dataset.map_batches(
            ShardActor,
            fn_constructor_kwargs={"spec": spec},
            compute=ray.data.ActorPoolStrategy(size=min(workers, len(shards))),
            batch_size=1,
            batch_format="pyarrow",
            num_cpus=1,
        )
        try:
            for row in results.iter_rows():
                yield ShardResult(
                    int(row["index"]),
                    int(row["items"]),
                    int(row["errors"]),
                    float(row["seconds"]),
                    float(row["cpu_seconds"]),
                )
        except ray.exceptions.RayError as exc:
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise ClusterError(
                f"the Ray job failed ({first}); finished shards are kept in the checkpoint: "
                "run the same command again to resume"
            ) from exc
    finally:
        if connected:
            ray.shutdown()
