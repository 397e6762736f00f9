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
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from bastion.accounts import AccountActionRecord
from bastion.comply.cases import Case, CaseReader, Period, policy_for
from bastion.comply.mapping import (
    Outcome,
    Restriction,
    StatementOptions,
    content_language,
    content_types,
    resolve,
    territorial_scope,
)
from bastion.comply.schema import check_statement
from bastion.policy.schema import Policy
from bastion.types import AccountAction, Action, ReviewReason

__all__ = ["BuiltStatement", "build_statement", "puid_for", "statements"]

_LAST_DATE = datetime(2038, 1, 1, tzinfo=UTC)
"""The Transparency Database's latest end date."""

_VERBS = {
    "DECISION_VISIBILITY_CONTENT_REMOVED": "removed",
    "DECISION_VISIBILITY_CONTENT_DISABLED": "made unavailable",
    "DECISION_VISIBILITY_CONTENT_DEMOTED": "shown less prominently (demoted)",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED": "restricted to adults",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED": "closed to interaction",
    "DECISION_VISIBILITY_CONTENT_LABELLED": "shown with a warning label",
    "DECISION_VISIBILITY_OTHER": "withheld from publication pending human review",
}
ACCOUNT_FACTS = {
    AccountAction.DEMONETISE: "payments to the author were suspended",
    AccountAction.SUSPEND_INTERACTION: (
        "the author was suspended from posting, commenting and messaging"
    ),
    AccountAction.SUSPEND_ACCOUNT: "the author's account was suspended",
    AccountAction.TERMINATE_ACCOUNT: "the author's account was terminated",
}
_ORIGINS = {
    ReviewReason.UNCERTAIN: (
        "after automated classifiers scored it close to a policy threshold and sent it for "
        "human review"
    ),
    ReviewReason.RANDOM: "when it was drawn in a random sample of decisions reviewed for quality",
    ReviewReason.ESCALATION: "after another reviewer escalated it",
    ReviewReason.ACTIVE_LEARNING: "when it was selected for human labelling",
    ReviewReason.NOTICE: "after the content was reported in a notice",
}


@dataclass(frozen=True)
class BuiltStatement:
    """A case, what it finally did, and its statement (``None`` when it needs none)."""

    case: Case
    outcome: Outcome
    statement: dict[str, Any] | None
    reason: str = ""
    """Why there is no statement, when there is none."""
    account_action: AccountActionRecord | None = None
    """Set for the statement of an account action the strike escalation applied."""


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
        when = f", on {outcome.decided_at:%Y-%m-%d}" if outcome.decided_at else ""
        sentences.append(f"A human moderator took the decision {_origin(case, outcome)}{when}.")
    if outcome.account_action is not None:
        until = _until(case, outcome)
        sentences.append(f"In addition, {ACCOUNT_FACTS[outcome.account_action]}{until}.")
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
    for appeal in case.content_appeals:
        if appeal.status == "upheld" and appeal.resolved_at:
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} was rejected on "
                f"{appeal.resolved_at:%Y-%m-%d}; the decision stands."
            )
        elif appeal.status == "reversed" and appeal.resolved_at:
            result = (
                "the restriction was lifted"
                if Action(str(record.get("action"))).restricts
                else "the content was restricted as a result"
            )
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} succeeded on "
                f"{appeal.resolved_at:%Y-%m-%d}; {result}."
            )
    return " ".join(sentences)[:5000]


def _origin(case: Case, outcome: Outcome) -> str:
    """Why a human came to decide, from what was recorded: the notice, else the task's reason."""
    if case.notice is not None:
        return "after the content was reported in a notice"
    reason = outcome.verdict.task_reason if outcome.verdict is not None else None
    if reason is ReviewReason.APPEAL:
        allowed = case.record.get("action") == Action.ALLOW
        return "on an appeal against the initial decision" + (" not to act" if allowed else "")
    if reason is ReviewReason.HOLD:
        if case.record.get("flagged"):
            return "after automated classifiers flagged it and it was held for human review"
        return "after it was held for human review (a required detector could not run)"
    if reason is not None and reason in _ORIGINS:
        return _ORIGINS[reason]
    return "on human review"


def _until(case: Case, outcome: Outcome) -> str:
    ends = next(
        (
            a.ends_at
            for a in case.account_actions
            if outcome.verdict is not None and a.verdict_id == outcome.verdict.id
        ),
        None,
    )
    return f" until {ends:%Y-%m-%d}" if ends is not None else ""


def restriction_fields(
    statement: dict[str, Any], restriction: Restriction, ends: datetime | None
) -> None:
    """The ``decision_*`` fields (and end dates) of ``restriction``."""
    end = f"{min(ends, _LAST_DATE):%Y-%m-%d}" if ends is not None else None
    if restriction.visibility:
        statement["decision_visibility"] = list(restriction.visibility)
        if restriction.visibility_other:
            statement["decision_visibility_other"] = restriction.visibility_other
    if restriction.monetary:
        statement["decision_monetary"] = restriction.monetary
        if end:
            statement["end_date_monetary_restriction"] = end
    if restriction.provision:
        statement["decision_provision"] = restriction.provision
        if end:
            statement["end_date_service_restriction"] = end
    if restriction.account:
        statement["decision_account"] = restriction.account
        if end:
            statement["end_date_account_restriction"] = end


def build_statement(
    case: Case, policy: Policy, options: StatementOptions | None = None, *, validate: bool = True
) -> BuiltStatement:
    """The statement of reasons for one case, validated; or none, with the reason.

    ``validate=False`` skips the schema check (most of the cost): for statements that are only
    counted (the transparency report), never exported or submitted."""
    options = options or StatementOptions()
    outcome = resolve(case, policy)
    if outcome.status != "restricted" or outcome.action is None:
        return BuiltStatement(case, outcome, None, outcome.why_none)
    scope = territorial_scope(case.record.get("jurisdiction"))
    if not scope:
        reason = f"audience {case.record.get('jurisdiction')} is outside the EEA"
        return BuiltStatement(case, outcome, None, reason)
    restriction = outcome.restriction
    statement: dict[str, Any] = {}
    ends = next(
        (
            a.ends_at
            for a in case.account_actions
            if outcome.verdict is not None and a.verdict_id == outcome.verdict.id
        ),
        None,
    )
    restriction_fields(statement, restriction, ends)
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
    if validate:
        check_statement(statement)
    return BuiltStatement(case, outcome, statement)


def statements(
    engine: Engine,
    period: Period,
    policy: Policy,
    options: StatementOptions | None = None,
) -> Iterator[BuiltStatement]:
    """Every decision of ``period`` with its statement (or the reason it has none), then every
    account action the strike escalation applied in ``period`` with its own statement."""
    from bastion.comply.account_statements import build_account_statement

    policies: dict[str, Policy] = {}

    def policy_of(case: Case) -> Policy:
        version = str(case.record.get("policy_version"))
        if version not in policies:
            policies[version] = policy_for(engine, version, policy)
        return policies[version]

    reader = CaseReader(engine)
    for case in reader.in_period(period):
        yield build_statement(case, policy_of(case), options)
    escalations = [
        a
        for a in reader.ledger.actions(applied_from=period.lower, applied_before=period.upper)
        if a.source == "policy" and a.decision_id is not None
    ]
    cases = reader.by_id([str(a.decision_id) for a in escalations])
    for action in escalations:
        found = cases.get(str(action.decision_id))
        if found is not None:
            yield build_account_statement(action, found, policy_of(found), options)
