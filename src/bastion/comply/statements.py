"""Statements of reasons built from the decision log, validated before they leave.

``build_statement`` turns one :class:`~bastion.comply.cases.Case` into the
Transparency Database's JSON (or says why there is none); ``statements`` does
it for a period, with the policy that actually made each decision (policies are
stored with the log by version). Every statement is checked against
:data:`~bastion.comply.schema.STATEMENT_SCHEMA`; an invalid one raises
:class:`~bastion.comply.schema.StatementInvalidError` naming the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from bastion.comply.cases import Case, Period, load_cases, policy_for
from bastion.comply.mapping import (
    ACTION_RESTRICTIONS,
    AUTOMATED_RESTRICTIONS,
    Outcome,
    StatementOptions,
    content_language,
    content_types,
    resolve,
    territorial_scope,
)
from bastion.comply.schema import check_statement
from bastion.policy.schema import Policy

__all__ = ["BuiltStatement", "build_statement", "puid_for", "statements"]

_VERBS = {
    "DECISION_VISIBILITY_CONTENT_REMOVED": "removed",
    "DECISION_VISIBILITY_CONTENT_DISABLED": "made unavailable",
    "DECISION_VISIBILITY_CONTENT_DEMOTED": "shown less prominently (demoted)",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED": "restricted to adults",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED": "closed to interaction",
    "DECISION_VISIBILITY_CONTENT_LABELLED": "shown with a warning label",
}


@dataclass(frozen=True)
class BuiltStatement:
    """A case, what it finally did, and its statement (``None`` when it needs none)."""

    case: Case
    outcome: Outcome
    statement: dict[str, Any] | None
    reason: str = ""
    """Why there is no statement, when there is none."""


def puid_for(decision_id: str, options: StatementOptions) -> str:
    """Stable and unique: one decision id (a UUID, never reused) gives one puid, always."""
    return f"{options.puid_prefix}-{decision_id}"


def _describe_rules(record: Mapping[str, Any], category: str) -> list[str]:
    rules = sorted(
        {
            str(e["rule"])
            for e in record.get("evidence", [])
            if e.get("category") == category and e.get("rule")
        }
    )
    return rules


def _seconds(value: float) -> str:
    minutes, seconds = divmod(int(value), 60)
    return f"{minutes}:{seconds:02d}"


def _describe_locations(record: Mapping[str, Any], category: str) -> str:
    """Where in the item the evidence lies (part, passages, times, frames), never what it says."""
    places: dict[str, list[str]] = {}
    for evidence in record.get("evidence", []):
        if evidence.get("category") != category:
            continue
        part = str(evidence.get("part") or "content")
        spots = places.setdefault(part, [])
        if evidence.get("time_range"):
            start, end = evidence["time_range"][:2]
            spots.append(f"{_seconds(float(start))}-{_seconds(float(end))}")
        elif evidence.get("frame") is not None:
            spots.append(f"frame {int(evidence['frame'])}")
        elif evidence.get("span"):
            spots.append("passage")
    described = []
    for part, spots in places.items():
        passages = spots.count("passage")
        others = sorted(set(s for s in spots if s != "passage"))
        detail = []
        if passages:
            detail.append(f"{passages} passage{'s' if passages > 1 else ''}")
        if others:
            detail.append("at " + ", ".join(others[:5]))
        described.append(f"the {part}" + (f" ({'; '.join(detail)})" if detail else ""))
    return " and ".join(described)


def _facts(case: Case, outcome: Outcome, policy: Policy, visibility: list[str]) -> str:
    record = case.record
    category = outcome.category
    surface = str(record.get("surface") or "default").replace("_", " ")
    verbs = [_VERBS[v] for v in visibility if v in _VERBS]
    did = " and ".join(verbs) if verbs else "restricted"
    sentences = [f"Content posted on the platform's {surface} surface was {did}."]
    if category is not None:
        definition = policy.categories[category].description.rstrip(".")
        sentences.append(
            f"It was assessed as '{category}' under the platform's policy: "
            f"{definition[:1].lower()}{definition[1:]}."
        )
    if outcome.decided_by == "automation":
        probability = record.get("categories", {}).get(category) if category else None
        detail = f" with a probability of {float(probability):.2f}" if probability else ""
        sentences.append(
            f"Automated classifiers detected it{detail} and the decision was applied "
            f"automatically under policy version {record.get('policy_version')}."
        )
        rules = _describe_rules(record, category) if category else []
        if rules:
            sentences.append(f"Matched detection rules: {', '.join(rules)}.")
        where = _describe_locations(record, category) if category else ""
        if where:
            sentences.append(f"The evidence is in {where}.")
    else:
        if record.get("flagged"):
            origin = "after automated classifiers flagged it for review"
        elif case.notice is not None:
            origin = "after the content was reported in a notice"
        elif case.appeals:
            origin = "on an appeal against the initial decision not to act"
        else:
            origin = "after it was held for human review"
        sentences.append(
            f"A human moderator took the decision {origin}, on {outcome.decided_at:%Y-%m-%d}."
            if outcome.decided_at
            else "."
        )
    others = [c for c in record.get("flagged", []) if c != category]
    if others:
        sentences.append(f"Also flagged: {', '.join(others)}.")
    if case.notice is not None:
        sentences.append(
            f"The content was reported in a notice received on {case.notice.received_at:%Y-%m-%d}."
        )
    if outcome.decided_by == "automation" and case.final_verdict is not None:
        verdict = case.final_verdict
        word = "confirmed" if verdict.verdict == "violating" else "did not confirm"
        sentences.append(f"A human reviewer {word} the violation on {verdict.created_at:%Y-%m-%d}.")
    for appeal in case.appeals:
        if appeal.status == "upheld" and appeal.resolved_at:
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} was rejected on "
                f"{appeal.resolved_at:%Y-%m-%d}; the decision stands."
            )
        elif appeal.status == "reversed" and appeal.resolved_at:
            result = (
                "the restriction was lifted"
                if record.get("action") in AUTOMATED_RESTRICTIONS
                else "the content was restricted as a result"
            )
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} succeeded on "
                f"{appeal.resolved_at:%Y-%m-%d}; {result}."
            )
    return " ".join(sentences)[:5000]


def build_statement(
    case: Case, policy: Policy, options: StatementOptions | None = None
) -> BuiltStatement:
    """The statement of reasons for one case, validated; or none, with the reason."""
    options = options or StatementOptions()
    outcome = resolve(case, policy)
    if outcome.status != "restricted" or outcome.action is None:
        return BuiltStatement(case, outcome, None, outcome.why_none)
    scope = territorial_scope(case.record.get("jurisdiction"))
    if not scope:
        reason = f"audience {case.record.get('jurisdiction')} is outside the EEA"
        return BuiltStatement(case, outcome, None, reason)
    restriction = ACTION_RESTRICTIONS[outcome.action]
    statement: dict[str, Any] = {}
    if restriction.visibility:
        statement["decision_visibility"] = list(restriction.visibility)
    if restriction.monetary:
        statement["decision_monetary"] = restriction.monetary
    if restriction.provision:
        statement["decision_provision"] = restriction.provision
    if restriction.account:
        statement["decision_account"] = restriction.account
    category = outcome.category
    if category is not None:
        mapping = policy.categories[category].dsa
        dsa_category = mapping.category
        keywords = list(mapping.specification)
        ground, legal_ground = mapping.ground, mapping.legal_ground
        definition = policy.categories[category].description
    else:  # held by fail mode, found violating, no category given by the reviewer
        dsa_category, keywords = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", ["KEYWORD_OTHER"]
        ground, legal_ground = "incompatible", None
        definition = "A violation of the terms of service found by a human moderator."
    rule = f"'{category}'" if category else "the terms of service"
    explanation = (
        f"The content breaks the rule on {rule} of the platform's content policy "
        f"({policy.name} {policy.version}): {definition}"
    )[:2000]
    if ground == "illegal":
        statement["decision_ground"] = "DECISION_GROUND_ILLEGAL_CONTENT"
        statement["illegal_content_legal_ground"] = str(legal_ground)[:500]
        statement["illegal_content_explanation"] = explanation
    else:
        statement["decision_ground"] = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
        statement["incompatible_content_ground"] = (
            f"Terms of service, content policy rule {rule}"
        )[:500]
        statement["incompatible_content_explanation"] = explanation
    if options.terms_url:
        statement["decision_ground_reference_url"] = options.terms_url
    statement["content_type"] = content_types(case.record, policy)
    statement["category"] = dsa_category
    additions = {
        policy.categories[c].dsa.category
        for c in case.record.get("flagged", [])
        if c in policy.categories and c != category
    } - {dsa_category}
    if additions:
        statement["category_addition"] = sorted(additions)
    if keywords:
        statement["category_specification"] = keywords
        if "KEYWORD_OTHER" in keywords:
            statement["category_specification_other"] = definition[:500]
    statement["territorial_scope"] = scope
    language = content_language(case.record)
    if language:
        statement["content_language"] = language
    statement["content_date"] = f"{case.created_at:%Y-%m-%d}"
    decided_at = outcome.decided_at or case.created_at
    statement["application_date"] = f"{decided_at:%Y-%m-%d}"
    statement["decision_facts"] = _facts(case, outcome, policy, list(restriction.visibility))
    if case.notice is not None:
        statement["source_type"] = case.notice.source_type
        if case.notice.source_type == "SOURCE_TRUSTED_FLAGGER" and case.notice.notifier:
            statement["source_identity"] = case.notice.notifier[:500]
        detected = False
    else:
        statement["source_type"] = "SOURCE_VOLUNTARY"
        detected = bool(case.record.get("automated_detection"))
    statement["automated_detection"] = "Yes" if detected else "No"
    if outcome.decided_by == "human":
        automation = "AUTOMATED_DECISION_NOT_AUTOMATED"
    elif outcome.human_involved:
        automation = "AUTOMATED_DECISION_PARTIALLY"
    else:
        automation = "AUTOMATED_DECISION_FULLY"
    statement["automated_decision"] = automation
    statement["puid"] = puid_for(case.decision_id, options)
    check_statement(statement)
    return BuiltStatement(case, outcome, statement)


def statements(
    engine: Engine,
    period: Period,
    policy: Policy,
    options: StatementOptions | None = None,
) -> Iterator[BuiltStatement]:
    """Every decision of ``period`` with its statement (or the reason it has none)."""
    policies: dict[str, Policy] = {}
    for case in load_cases(engine, period):
        version = str(case.record.get("policy_version"))
        if version not in policies:
            policies[version] = policy_for(engine, version, policy)
        yield build_statement(case, policies[version], options)
