"""Prometheus metrics, in a registry owned by one app (tests build many apps in one process).

Label values are bounded: routes are templates, surfaces are the *applied*
policy surface (a caller cannot invent new series), categories and actions come
from the taxonomy and the policy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from bastion.jobs.queue import JobQueue
from bastion.types import Decision

__all__ = ["Metrics"]

_LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _QueueCollector(Collector):
    """Queue depth per status, read from the jobs table at scrape time."""

    def __init__(self, queue: JobQueue) -> None:
        self.queue = queue

    def collect(self) -> Iterator[GaugeMetricFamily]:
        up = GaugeMetricFamily("bastion_database_up", "1 when the database answered the scrape")
        depth = GaugeMetricFamily(
            "bastion_queue_jobs", "Jobs in the queue by status", labels=["status"]
        )
        try:
            counts = self.queue.depth()
        except Exception:
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        for status, count in counts.items():
            depth.add_metric([status], count)
        yield up
        yield depth


class Metrics:
    def __init__(self, queue: JobQueue) -> None:
        self.registry = CollectorRegistry()
        self.request_seconds = Histogram(
            "bastion_http_request_duration_seconds",
            "HTTP request latency by route template and applied surface",
            ["route", "method", "surface"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.responses = Counter(
            "bastion_http_responses",
            "HTTP responses by route template and status code",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.decisions = Counter(
            "bastion_decisions",
            "Decisions made by this server, by action and applied surface",
            ["action", "surface"],
            registry=self.registry,
        )
        self.flagged = Counter(
            "bastion_flagged_categories",
            "Categories flagged by the policy in decisions made by this server",
            ["category", "action"],
            registry=self.registry,
        )
        self.detector_errors = Counter(
            "bastion_detector_errors",
            "Decisions in which a detector could not judge (error, missing, deadline)",
            ["detector"],
            registry=self.registry,
        )
        self.scan_seconds = Histogram(
            "bastion_scan_duration_seconds",
            "Time the engine took to decide one item, by applied surface",
            ["surface"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._queue_collector = _QueueCollector(queue)
        self.registry.register(self._queue_collector)

    def observe_request(
        self, route: str, method: str, status: int, surface: str, seconds: float
    ) -> None:
        self.request_seconds.labels(route, method, surface).observe(seconds)
        self.responses.labels(route, method, str(status)).inc()

    def observe_decision(self, decision: Decision) -> None:
        surface = decision.applied_surface
        self.decisions.labels(decision.action.value, surface).inc()
        for category in decision.flagged:
            self.flagged.labels(category, decision.action.value).inc()
        for detector in decision.missing_detectors:
            self.detector_errors.labels(detector).inc()
        self.scan_seconds.labels(surface).observe(decision.latency_ms / 1000)

    def render(self) -> bytes:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # `bastion serve --workers N`
            merged = CollectorRegistry()
            MultiProcessCollector(merged)  # type: ignore[no-untyped-call]  # all workers, summed
            merged.register(self._queue_collector)
            return generate_latest(merged)
        return generate_latest(self.registry)
