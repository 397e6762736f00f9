"""Structured JSON logs: one object per line, with the request id; never content or PII.

Only fields on an allow-list are written, so a careless ``extra=`` cannot leak
a text into the logs; the access log names the route template
(``/v1/items/{job_id}``), not the path, so ids in paths stay out too.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

__all__ = ["ACCESS_LOG", "JsonFormatter", "configure_logging"]

ACCESS_LOG = "bastion.service.access"

_FIELDS = (
    "request_id",
    "method",
    "route",
    "status",
    "latency_ms",
    "key_id",
    "surface",
    "action",
    "bytes_in",
    "error",
    "job_id",
    "worker",
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in _FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                out[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception text can quote the input that caused it.
            out["exception"] = record.exc_info[0].__name__
        return json.dumps(out, ensure_ascii=False)


def configure_logging(level: str = "WARNING", *, access_log: bool = True) -> None:
    """JSON lines on stderr for Bastion's and uvicorn's loggers."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # ours has the request id and no path
    access = logging.getLogger(ACCESS_LOG)
    access.setLevel(logging.INFO if access_log else logging.WARNING)
