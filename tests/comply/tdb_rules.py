"""The Transparency Database's submission rules, written from the published API (not Bastion's).

Source: the Commission's ``transparency-database`` repository
(``app/Http/Requests/StatementStoreRequest.php`` and the enums of
``app/Models/Statement.php``), as summarised in the shared REGULATORY.md. These
checks are deliberately independent of :mod:`bastion.comply.schema` and its
vocabulary - plain code over literal lists - so that a rule Bastion misread fails
the submission tests instead of agreeing with itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

VISIBILITY = {
    "DECISION_VISIBILITY_CONTENT_REMOVED",
    "DECISION_VISIBILITY_CONTENT_DISABLED",
    "DECISION_VISIBILITY_CONTENT_DEMOTED",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_LABELLED",
    "DECISION_VISIBILITY_OTHER",
}
MONETARY = {
    "DECISION_MONETARY_SUSPENSION",
    "DECISION_MONETARY_TERMINATION",
    "DECISION_MONETARY_OTHER",
}
PROVISION = {
    "DECISION_PROVISION_PARTIAL_SUSPENSION",
    "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION",
    "DECISION_PROVISION_TOTAL_TERMINATION",
}
ACCOUNT = {"DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"}
GROUNDS = {"DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT"}
CONTENT_TYPES = {
    f"CONTENT_TYPE_{k}"
    for k in ["APP", "AUDIO", "IMAGE", "PRODUCT", "SYNTHETIC_MEDIA", "TEXT", "VIDEO", "OTHER"]
}
CATEGORIES = {
    f"STATEMENT_CATEGORY_{k}"
    for k in [
        "ANIMAL_WELFARE",
        "CONSUMER_INFORMATION",
        "CYBER_VIOLENCE",
        "CYBER_VIOLENCE_AGAINST_WOMEN",
        "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "ILLEGAL_OR_HARMFUL_SPEECH",
        "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "PROTECTION_OF_MINORS",
        "RISK_FOR_PUBLIC_SECURITY",
        "SCAMS_AND_FRAUD",
        "SELF_HARM",
        "UNSAFE_AND_PROHIBITED_PRODUCTS",
        "VIOLENCE",
        "OTHER_VIOLATION_TC",
    ]
}
TERRITORIES = set(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
SOURCES = {
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
    "SOURCE_VOLUNTARY",
}
AUTOMATED = {
    "AUTOMATED_DECISION_FULLY",
    "AUTOMATED_DECISION_PARTIALLY",
    "AUTOMATED_DECISION_NOT_AUTOMATED",
}
PUID = re.compile(r"^[a-zA-Z0-9-_]+$")
KEYWORD = re.compile(r"^KEYWORD_[A-Z_]+$")


def _date(value: Any, low: date, high: date) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return low <= day <= high


def _text(statement: dict[str, Any], field: str, limit: int, errors: dict[str, str]) -> None:
    value = statement.get(field)
    if value is not None and (not isinstance(value, str) or not value or len(value) > limit):
        errors[field] = f"The {field} must be a string of at most {limit} characters."


def problems(statement: Any) -> dict[str, str]:
    """Field -> the API's complaint, for one statement (empty: the API would accept it)."""
    if not isinstance(statement, dict):
        return {"statement": "Each statement must be an object."}
    s, errors = statement, {}
    decisions = (
        "decision_visibility",
        "decision_monetary",
        "decision_provision",
        "decision_account",
    )
    if not any(s.get(k) for k in decisions):
        errors["decision_visibility"] = "At least one decision_* field is required."
    visibility = s.get("decision_visibility")
    if visibility is not None:
        if not isinstance(visibility, list) or not visibility or set(visibility) - VISIBILITY:
            errors["decision_visibility"] = "The selected decision visibility is invalid."
        elif "DECISION_VISIBILITY_OTHER" in visibility and not s.get("decision_visibility_other"):
            errors["decision_visibility_other"] = "Required when visibility is OTHER."
    for field, allowed in (
        ("decision_monetary", MONETARY),
        ("decision_provision", PROVISION),
        ("decision_account", ACCOUNT),
    ):
        if s.get(field) is not None and s[field] not in allowed:
            errors[field] = f"The selected {field} is invalid."
    if s.get("decision_monetary") == "DECISION_MONETARY_OTHER" and not s.get(
        "decision_monetary_other"
    ):
        errors["decision_monetary_other"] = "Required when monetary is OTHER."
    for field in (
        "end_date_visibility_restriction",
        "end_date_monetary_restriction",
        "end_date_service_restriction",
        "end_date_account_restriction",
    ):
        if s.get(field) is not None and not _date(s[field], date(1900, 1, 1), date(2038, 1, 1)):
            errors[field] = f"The {field} must be a date before 2038-01-01."
    ground = s.get("decision_ground")
    if ground not in GROUNDS:
        errors["decision_ground"] = "The selected decision ground is invalid."
    needed = {
        "DECISION_GROUND_ILLEGAL_CONTENT": (
            "illegal_content_legal_ground",
            "illegal_content_explanation",
        ),
        "DECISION_GROUND_INCOMPATIBLE_CONTENT": (
            "incompatible_content_ground",
            "incompatible_content_explanation",
        ),
    }.get(str(ground), ())
    for field in needed:
        if not s.get(field):
            errors[field] = f"The {field} field is required for this ground."
    for field, limit in (
        ("illegal_content_legal_ground", 500),
        ("illegal_content_explanation", 2000),
        ("incompatible_content_ground", 500),
        ("incompatible_content_explanation", 2000),
        ("decision_visibility_other", 500),
        ("decision_monetary_other", 500),
        ("category_specification_other", 500),
        ("source_identity", 500),
        ("decision_ground_reference_url", 500),
        ("decision_facts", 5000),
    ):
        _text(s, field, limit, errors)
    kinds = s.get("content_type")
    if not isinstance(kinds, list) or not kinds or set(kinds) - CONTENT_TYPES:
        errors["content_type"] = "The selected content type is invalid."
    if s.get("category") not in CATEGORIES:
        errors["category"] = "The selected category is invalid."
    additions = s.get("category_addition")
    if additions is not None and (not isinstance(additions, list) or set(additions) - CATEGORIES):
        errors["category_addition"] = "The selected category addition is invalid."
    keywords = s.get("category_specification")
    if keywords is not None and (
        not isinstance(keywords, list) or not all(KEYWORD.match(str(k)) for k in keywords)
    ):
        errors["category_specification"] = "The selected category specification is invalid."
    scope = s.get("territorial_scope")
    if not isinstance(scope, list) or not scope or set(scope) - TERRITORIES:
        errors["territorial_scope"] = "The selected territorial scope is invalid."
    language = s.get("content_language")
    if language is not None and not re.fullmatch(r"[A-Z]{2}", str(language)):
        errors["content_language"] = "The selected content language is invalid."
    if not _date(s.get("content_date"), date(2000, 1, 1), date(2038, 1, 1)):
        errors["content_date"] = "The content date must be between 2000-01-01 and 2038-01-01."
    if not _date(s.get("application_date"), date(2020, 1, 1), date(2038, 1, 1)):
        errors["application_date"] = "The application date must be 2020-01-01 .. 2038-01-01."
    if not isinstance(s.get("decision_facts"), str) or not s["decision_facts"]:
        errors["decision_facts"] = "The decision facts field is required."
    if s.get("source_type") not in SOURCES:
        errors["source_type"] = "The selected source type is invalid."
    if s.get("automated_detection") not in ("Yes", "No"):
        errors["automated_detection"] = "The automated detection field must be Yes or No."
    if s.get("automated_decision") not in AUTOMATED:
        errors["automated_decision"] = "The selected automated decision is invalid."
    puid = s.get("puid")
    if not isinstance(puid, str) or len(puid) > 500 or not PUID.match(puid):
        errors["puid"] = "The puid format is invalid."
    return errors
