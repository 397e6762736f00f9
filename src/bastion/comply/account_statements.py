"""Statements of reasons for account actions the policy's strike escalation applied.

An escalation (``3 strikes within 30 days -> suspend_interaction for 7 days``) is a
restriction of its own, decided when the author's latest strike arrived, so it
gets its own statement: puid ``<prefix>-account-<action id>``, the ``decision_*``
field of the account action with its end date, the category of the strike that
triggered it, and facts that state the rule and the count - never the content.
An account action a *reviewer* applied is stated with the decision it came with
(see :mod:`bastion.comply.statements`), so nothing is counted twice.
"""

from __future__ import annotations

from typing import Any

from bastion.accounts import AccountActionRecord
from bastion.comply.cases import Case
from bastion.comply.mapping import (
    ACCOUNT_RESTRICTIONS,
    Outcome,
    StatementOptions,
    content_language,
    content_types,
    territorial_scope,
)
from bastion.comply.schema import check_statement
from bastion.comply.statements import ACCOUNT_FACTS, BuiltStatement, restriction_fields
from bastion.policy.schema import Policy

__all__ = ["account_puid", "build_account_statement"]


def account_puid(action_id: str, options: StatementOptions) -> str:
    return f"{options.puid_prefix}-account-{action_id}"


def _facts(action: AccountActionRecord, case: Case, policy: Policy) -> str:
    surface = str(action.surface or case.record.get("surface") or "default").replace("_", " ")
    until = f" until {action.ends_at:%Y-%m-%d}" if action.ends_at else ""
    sentences = [
        f"Under the platform's repeat-offender policy, {ACCOUNT_FACTS[action.action]}{until}."
    ]
    counted = f"{action.strikes} active strikes" if action.strikes else "its strikes"
    sentences.append(
        f"The author reached {counted}; the rule applied was '{action.rule}' "
        f"(policy version {case.record.get('policy_version')})."
    )
    if action.category in policy.categories:
        sentences.append(
            f"The latest strike was for content posted on the platform's {surface} surface "
            f"on {case.created_at:%Y-%m-%d}, assessed as '{action.category}' under the "
            "platform's policy."
        )
    sentences.append("The account action was applied automatically when the strike was recorded.")
    for appeal in case.appeals:
        if appeal.account_action_id != action.id or appeal.resolved_at is None:
            continue
        if appeal.status == "reversed":
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} succeeded on "
                f"{appeal.resolved_at:%Y-%m-%d}; the account action was lifted."
            )
        elif appeal.status == "upheld":
            sentences.append(
                f"An appeal filed on {appeal.created_at:%Y-%m-%d} was rejected on "
                f"{appeal.resolved_at:%Y-%m-%d}; the account action stands."
            )
    return " ".join(sentences)[:5000]


def build_account_statement(
    action: AccountActionRecord,
    case: Case,
    policy: Policy,
    options: StatementOptions | None = None,
) -> BuiltStatement:
    """The statement of one escalation, validated; or none, with the reason."""
    options = options or StatementOptions()
    outcome = Outcome(
        "restricted",
        None,
        action.action,
        "automation",
        action.category if action.category in policy.categories else None,
        action.starts_at,
        human_involved=any(v.verdict.settles for v in case.verdicts),
    )
    scope = territorial_scope(action.jurisdiction)
    if not scope:
        reason = f"audience {action.jurisdiction} is outside the EEA"
        return BuiltStatement(case, outcome, None, reason, account_action=action)
    statement: dict[str, Any] = {}
    restriction_fields(statement, ACCOUNT_RESTRICTIONS[action.action], action.ends_at)
    category = outcome.category
    if category is not None:
        mapping = policy.categories[category].dsa
        dsa_category, keywords = mapping.category, list(mapping.specification)
        ground, legal_ground = mapping.ground, mapping.legal_ground
        definition = policy.categories[category].description
    else:
        dsa_category, keywords = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", ["KEYWORD_OTHER"]
        ground, legal_ground = "incompatible", None
        definition = "Repeated violations of the terms of service."
    explanation = (
        f"Repeated violations of the platform's content policy ({policy.name} "
        f"{policy.version}); the latest: {definition}"
    )[:2000]
    if ground == "illegal":
        statement["decision_ground"] = "DECISION_GROUND_ILLEGAL_CONTENT"
        statement["illegal_content_legal_ground"] = str(legal_ground)[:500]
        statement["illegal_content_explanation"] = explanation
    else:
        statement["decision_ground"] = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
        statement["incompatible_content_ground"] = "Terms of service, repeat-offender policy"
        statement["incompatible_content_explanation"] = explanation
    if options.terms_url:
        statement["decision_ground_reference_url"] = options.terms_url
    statement["content_type"] = content_types(case.record, policy)
    statement["category"] = dsa_category
    if keywords:
        statement["category_specification"] = keywords
        if "KEYWORD_OTHER" in keywords:
            statement["category_specification_other"] = definition[:500]
    statement["territorial_scope"] = scope
    language = content_language(case.record)
    if language:
        statement["content_language"] = language
    statement["content_date"] = f"{case.created_at:%Y-%m-%d}"
    statement["application_date"] = f"{action.starts_at:%Y-%m-%d}"
    statement["decision_facts"] = _facts(action, case, policy)
    statement["source_type"] = "SOURCE_VOLUNTARY"
    statement["automated_detection"] = "Yes" if case.record.get("automated_detection") else "No"
    statement["automated_decision"] = (
        "AUTOMATED_DECISION_PARTIALLY" if outcome.human_involved else "AUTOMATED_DECISION_FULLY"
    )
    statement["puid"] = account_puid(action.id, options)
    check_statement(statement)
    return BuiltStatement(case, outcome, statement, account_action=action)
