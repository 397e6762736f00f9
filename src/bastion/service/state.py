"""What every request shares: the one Engine and the stores on its database."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from bastion.config import Settings
from bastion.jobs.queue import JobQueue
from bastion.replicas import RateLimiter
from bastion.scanner import Scanner
from bastion.service.admission import Admission
from bastion.service.auth import Authenticator
from bastion.service.batching import ScanBatcher
from bastion.service.metrics import Metrics
from bastion.store.decision_log import DecisionLog
from bastion.store.keys import KeyStore

__all__ = ["ServiceState", "service_state"]


@dataclass
class ServiceState:
    settings: Settings
    engine: Scanner
    log: DecisionLog
    keys: KeyStore
    authenticator: Authenticator
    limiter: RateLimiter
    queue: JobQueue
    metrics: Metrics
    batcher: ScanBatcher
    admission: Admission


def service_state(request: Request) -> ServiceState:
    state = request.app.state.bastion
    assert isinstance(state, ServiceState)
    return state


def note(request: Request, **fields: str) -> None:
    """Facts for the access log and metrics of this request (surface, action); never content."""
    for name, value in fields.items():
        setattr(request.state, name, value)
