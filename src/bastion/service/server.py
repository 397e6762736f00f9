"""Running the app under uvicorn (``bastion serve``), in one process or several.

Deciding is CPU work in Python, so one process uses about one core. With
``--workers N`` uvicorn runs N processes, each with its own Engine, behind one
port. The schema is migrated once, before the workers start. Metrics are then
aggregated across processes (Prometheus multiprocess mode); rate limits stay
per process, so a key's effective limit is N times its setting.
"""

from __future__ import annotations

import os
import tempfile

import uvicorn
from fastapi import FastAPI

from bastion.config import Settings
from bastion.service.logs import configure_logging
from bastion.store import DecisionLog

__all__ = ["build_app", "serve"]

_ACCESS_LOG_ENV = "BASTION_ACCESS_LOG"


def build_app() -> FastAPI:
    """The app of one worker process (a uvicorn factory; settings from the environment)."""
    from bastion.service.app import create_app

    settings = Settings()  # this worker process's entry point: read once, here
    configure_logging(settings.log_level, access_log=settings.access_log)
    return create_app(settings)


def serve(
    settings: Settings, host: str, port: int, *, access_log: bool = True, workers: int = 1
) -> None:
    """Load the engine, migrate the database, and serve until SIGINT/SIGTERM."""
    from bastion.service.app import create_app

    configure_logging(settings.log_level, access_log=access_log)
    options = {
        "host": host,
        "port": port,
        "log_config": None,
        "access_log": False,  # ours has the request id and no path
        "server_header": False,
        "timeout_graceful_shutdown": 10,
        # A request line or header block larger than this is refused by uvicorn itself.
        "h11_max_incomplete_event_size": 64 * 1024,
    }
    if workers == 1:
        app = create_app(settings)  # loads models and migrates before the port opens
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return
    DecisionLog.open(settings.database_url).close()  # migrate once, not racing in N workers
    os.environ["BASTION_DATABASE_URL"] = settings.database_url
    if settings.engine_processes is not None:
        os.environ["BASTION_ENGINE_PROCESSES"] = str(settings.engine_processes)
    if settings.policy is not None:
        os.environ["BASTION_POLICY"] = str(settings.policy)
    os.environ[_ACCESS_LOG_ENV] = "1" if access_log else "0"
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="bastion-metrics-"))
    # One process per core already: BLAS threads would only oversubscribe the cores.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    uvicorn.run(
        "bastion.service.server:build_app",
        factory=True,
        workers=workers,
        **options,  # type: ignore[arg-type]
    )
