"""Large JSON bodies are decoded on a worker thread, not on the event loop.

The event loop of the serving process answers every request; anything it does
that takes milliseconds delays every request in flight. Decoding a 3 MB body
(a moderation request of a hundred long texts) takes it tens of milliseconds,
during which scans on the publish path wait. Routes of this class decode bodies
larger than :data:`THREAD_BYTES` on a worker thread (small ones stay on the loop:
a thread hop costs more than decoding them), so the loop keeps answering; the
worker still takes the GIL, but only for a switch interval at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

import anyio.to_thread
from fastapi import Request, Response
from fastapi.routing import APIRoute

__all__ = ["THREAD_BYTES", "OffLoopJSONRoute"]

THREAD_BYTES = 64 * 1024
"""Bodies larger than this are decoded on a worker thread."""


class _OffLoopJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            if len(body) > THREAD_BYTES:
                self._json = await anyio.to_thread.run_sync(json.loads, body)
            else:
                self._json = json.loads(body)
        return self._json


class OffLoopJSONRoute(APIRoute):
    """A route whose large JSON body is decoded off the event loop (use as ``route_class``)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            return await handler(_OffLoopJSONRequest(request.scope, request.receive))

        return route
