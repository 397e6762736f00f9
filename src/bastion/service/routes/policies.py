"""Policy versions, and ``POST /v1/policies/dry-run``: what a candidate policy would change.

A dry run re-evaluates the stored category probabilities of recent decisions
under the candidate policy (same surface, jurisdiction and missing detectors)
and reports every action that would change. Nothing is recorded.
"""

from __future__ import annotations

import dataclasses
import itertools
import tempfile
from collections import Counter
from pathlib import Path as FilePath
from typing import Annotated, Any

import anyio.to_thread
from fastapi import APIRouter, Path, Request

from bastion.policy import LoadedPolicy, PolicyError, PolicyEvaluator, load_policy
from bastion.policy.loader import parse_policy
from bastion.service.auth import AdminKey, ReviewKey
from bastion.service.errors import ApiError, error_responses
from bastion.service.schemas import (
    DryRunRequest,
    DryRunResult,
    PolicyVersionList,
    PolicyVersionOut,
)
from bastion.service.state import ServiceState, service_state
from bastion.store import DecisionFilter, PolicyVersion

router = APIRouter(tags=["policies"])
_SHOWN_CHANGES = 100


def _version_view(found: PolicyVersion, active: str, document: bool) -> dict[str, Any]:
    return {
        "version": found.version,
        "name": found.name,
        "content_hash": found.content_hash,
        "created_at": found.created_at.isoformat(),
        "active": found.version == active,
        "document": found.document if document else None,
    }


@router.get(
    "/v1/policies",
    response_model=PolicyVersionList,
    summary="Every policy version that has made decisions here",
    responses=error_responses(401, 403, 429, 503),
)
async def list_policies(request: Request, key: ReviewKey) -> dict[str, Any]:
    state = service_state(request)

    def run() -> dict[str, Any]:
        active = state.engine.policy.version
        return {"data": [_version_view(v, active, False) for v in state.log.policy_versions()]}

    return await anyio.to_thread.run_sync(run)


@router.get(
    "/v1/policies/{version}",
    response_model=PolicyVersionOut,
    summary="One policy version with its full document",
    responses=error_responses(401, 403, 404, 429, 503),
)
async def get_policy(
    request: Request,
    key: ReviewKey,
    version: Annotated[str, Path(max_length=128)],
) -> dict[str, Any]:
    state = service_state(request)

    def run() -> dict[str, Any] | None:
        found = state.log.policy_version(version)
        return None if found is None else _version_view(found, state.engine.policy.version, True)

    found = await anyio.to_thread.run_sync(run)
    if found is None:
        raise ApiError(404, "policy_not_found", f"no policy version {version!r}")
    return found


def _candidate(policy: dict[str, Any] | str) -> LoadedPolicy:
    if isinstance(policy, dict):
        return parse_policy(policy, {}, "policy")
    # Through a file, so YAML errors are located by line like `bastion policy check` does.
    with tempfile.TemporaryDirectory() as folder:
        path = FilePath(folder) / "candidate.yaml"
        path.write_text(policy, encoding="utf-8")
        try:
            return load_policy(path)
        except PolicyError as exc:
            raise PolicyError(
                [dataclasses.replace(p, file="policy") for p in exc.problems]
            ) from None


def _dry_run(state: ServiceState, body: DryRunRequest) -> dict[str, Any]:
    candidate = PolicyEvaluator(_candidate(body.policy))
    newest = state.log.numbered(
        DecisionFilter(surface=body.surface), newest_first=True, batch_size=min(body.limit, 1000)
    )
    records = [record for _, record in itertools.islice(newest, body.limit)]
    transitions: dict[str, Counter[str]] = {}
    before_counts: Counter[str] = Counter()
    after_counts: Counter[str] = Counter()
    changes = []
    for record in records:
        verdict = candidate.evaluate(
            record.get("categories", {}),
            record["surface"],
            record.get("jurisdiction"),
            record.get("missing_detectors", ()),
        )
        before, after = record["action"], verdict.action.value
        transitions.setdefault(before, Counter())[after] += 1
        before_counts[before] += 1
        after_counts[after] += 1
        if before != after:
            changes.append(
                {
                    "decision_id": record["id"],
                    "item_id": record["item_id"],
                    "surface": record["surface"],
                    "before": before,
                    "after": after,
                    "flagged_before": record.get("flagged", []),
                    "flagged_after": list(verdict.flagged),
                }
            )
    return {
        "candidate_version": candidate.version,
        "active_version": state.engine.policy.version,
        "evaluated": len(records),
        "changed": len(changes),
        "transitions": {k: dict(v) for k, v in transitions.items()},
        "actions_before": dict(before_counts),
        "actions_after": dict(after_counts),
        "changes": changes[:_SHOWN_CHANGES],
    }


@router.post(
    "/v1/policies/dry-run",
    response_model=DryRunResult,
    summary="Replay recent decisions under a candidate policy (records nothing)",
    responses=error_responses(400, 401, 403, 413, 415, 422, 429, 503),
)
async def dry_run(body: DryRunRequest, request: Request, key: AdminKey) -> dict[str, Any]:
    return await anyio.to_thread.run_sync(_dry_run, service_state(request), body)
