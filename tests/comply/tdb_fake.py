"""A local stand-in for the Transparency Database API, for the submission tests.

It checks the bearer token, takes batches of 1-100 statements, validates each
with :mod:`tdb_rules` - the API's rules written independently of Bastion's own
schema, so a misread rule fails here - refuses a puid it already holds (or one
repeated in the batch) with 422, and creates all statements of a batch or none.
``faults`` injects failures, one per request, in order:
``"503"`` answers 503 without storing; ``"store-then-503"`` stores the batch and
then answers 503, as when a response is lost after the commit.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .tdb_rules import problems

__all__ = ["DUPLICATE_MESSAGE", "FakeTransparencyDatabase", "create_app"]

DUPLICATE_MESSAGE = "The identifier given is not unique within this platform."


class FakeTransparencyDatabase:
    def __init__(self, token: str, faults: list[str] | None = None) -> None:
        self.token = token
        self.faults = list(faults or [])
        self.statements: dict[str, dict[str, Any]] = {}
        self.requests = 0


def _invalid(errors: dict[str, list[str]]) -> JSONResponse:
    first = next(iter(errors.values()))[0]
    return JSONResponse({"message": first, "errors": errors}, status_code=422)


def create_app(state: FakeTransparencyDatabase) -> FastAPI:
    app = FastAPI(title="Transparency Database (local fake)")

    @app.post("/api/v1/statements")
    async def store(request: Request) -> JSONResponse:
        state.requests += 1
        if request.headers.get("Authorization") != f"Bearer {state.token}":
            return JSONResponse({"message": "Unauthenticated."}, status_code=401)
        fault = state.faults.pop(0) if state.faults else None
        if fault == "503":
            return JSONResponse({"message": "Service Unavailable"}, status_code=503)
        try:
            body = await request.json()
        except ValueError:
            return _invalid({"statements": ["The body must be JSON."]})
        batch = body.get("statements") if isinstance(body, dict) else None
        if not isinstance(batch, list) or not 1 <= len(batch) <= 100:
            return _invalid({"statements": ["The statements field must have 1 to 100 items."]})
        errors: dict[str, list[str]] = {}
        seen: set[str] = set()
        for index, statement in enumerate(batch):
            if not isinstance(statement, dict):
                errors[f"statements.{index}"] = ["Each statement must be an object."]
                continue
            for field, message in problems(statement).items():
                errors.setdefault(f"statements.{index}.{field}", []).append(message)
            puid = str(statement.get("puid"))
            if puid in state.statements or puid in seen:
                errors.setdefault(f"statements.{index}.puid", []).append(DUPLICATE_MESSAGE)
            seen.add(puid)
        if errors:
            return _invalid(errors)
        for statement in batch:
            state.statements[str(statement["puid"])] = statement
        if fault == "store-then-503":
            return JSONResponse({"message": "Service Unavailable"}, status_code=503)
        return JSONResponse({"statements": batch}, status_code=201)

    @app.get("/api/v1/statement/existing-puid/{puid}")
    async def existing(puid: str) -> JSONResponse:
        if puid in state.statements:
            return JSONResponse({"message": "found", "puid": puid}, status_code=302)
        return JSONResponse({"message": "statement of reason not found"}, status_code=404)

    return app
