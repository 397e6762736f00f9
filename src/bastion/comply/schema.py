"""The JSON Schema of a statement of reasons, written from the Transparency Database's rules.

Every field, enumeration and conditional rule of the submission API (see
REGULATORY.md in the shared docs) is encoded here, so a statement is checked
locally before it leaves and a bad one is caught with the field and the reason,
not as a 422 from Brussels. The schema is data: ``bastion sor schema`` prints it
for anyone who wants to check statements with another tool.

Two things JSON Schema cannot say directly are encoded as patterns: date
ranges (e.g. ``content_date`` in 2000-01-01 ... 2038-01-01) are regular
expressions over ``YYYY-MM-DD``, and real calendar dates are checked by the
``date`` format. One rule is stricter than the API: ``source_identity`` is
refused for ``SOURCE_VOLUNTARY`` (the API silently drops it; we do not send
data that would be thrown away).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema

from bastion.comply import vocabulary as v

__all__ = [
    "STATEMENT_SCHEMA",
    "StatementInvalidError",
    "StatementProblem",
    "check_statement",
    "statement_problems",
]

PUID_PATTERN = "^[a-zA-Z0-9-_]+$"
_MONTH_DAY = "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
CONTENT_DATE = f"^((200[0-9]|20[12][0-9]|203[0-7]){_MONTH_DAY}|2038-01-01)$"
"""2000-01-01 ... 2038-01-01."""
APPLICATION_DATE = f"^((202[0-9]|203[0-7]){_MONTH_DAY}|2038-01-01)$"
"""2020-01-01 ... 2038-01-01."""
END_DATE = f"^(([01][0-9]{{3}}|20[0-2][0-9]|203[0-7]){_MONTH_DAY}|2038-01-01)$"
"""Any date up to 2038-01-01."""


def _text(limit: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": limit}


def _enum_array(values: tuple[str, ...]) -> dict[str, Any]:
    return {
        "type": "array",
        "minItems": 1,
        "uniqueItems": True,
        "items": {"type": "string", "enum": list(values)},
    }


def _end_date() -> dict[str, Any]:
    return {"type": ["string", "null"], "format": "date", "pattern": END_DATE}


def _requires(condition: dict[str, Any], fields: list[str], why: str) -> dict[str, Any]:
    return {"if": condition, "then": {"required": fields}, "description": why}


def _contains(field: str, value: str) -> dict[str, Any]:
    return {"required": [field], "properties": {field: {"contains": {"const": value}}}}


def _equals(field: str, value: str) -> dict[str, Any]:
    return {"required": [field], "properties": {field: {"const": value}}}


_DECISIONS = ["decision_visibility", "decision_monetary", "decision_provision", "decision_account"]

STATEMENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://bastion.local/schemas/dsa-statement-of-reasons.json",
    "title": "DSA statement of reasons (Transparency Database submission)",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "decision_ground",
        "content_type",
        "category",
        "territorial_scope",
        "content_date",
        "application_date",
        "decision_facts",
        "source_type",
        "automated_detection",
        "automated_decision",
        "puid",
    ],
    "properties": {
        "decision_visibility": _enum_array(v.DECISION_VISIBILITY),
        "decision_visibility_other": _text(500),
        "decision_monetary": {"type": "string", "enum": list(v.DECISION_MONETARY)},
        "decision_monetary_other": _text(500),
        "decision_provision": {"type": "string", "enum": list(v.DECISION_PROVISION)},
        "decision_account": {"type": "string", "enum": list(v.DECISION_ACCOUNT)},
        "account_type": {"type": "string", "enum": list(v.ACCOUNT_TYPES)},
        "end_date_visibility_restriction": _end_date(),
        "end_date_monetary_restriction": _end_date(),
        "end_date_service_restriction": _end_date(),
        "end_date_account_restriction": _end_date(),
        "decision_ground": {"type": "string", "enum": list(v.DECISION_GROUNDS)},
        "decision_ground_reference_url": {"type": "string", "format": "uri", "maxLength": 500},
        "illegal_content_legal_ground": _text(500),
        "illegal_content_explanation": _text(2000),
        "incompatible_content_ground": _text(500),
        "incompatible_content_explanation": _text(2000),
        "incompatible_content_illegal": {"type": "string", "enum": ["Yes", "No"]},
        "content_type": _enum_array(v.CONTENT_TYPES),
        "content_type_other": _text(500),
        "category": {"type": "string", "enum": list(v.CATEGORIES)},
        "category_addition": _enum_array(v.CATEGORIES),
        "category_specification": _enum_array(v.KEYWORDS),
        "category_specification_other": _text(500),
        "content_id": {
            "type": "object",
            "additionalProperties": False,
            "required": ["EAN-13"],
            "properties": {"EAN-13": {"type": "string", "pattern": "^[0-9]{13}$"}},
        },
        "territorial_scope": _enum_array(v.TERRITORIES),
        "content_language": {"type": "string", "enum": list(v.ISO_639_1)},
        "content_date": {"type": "string", "format": "date", "pattern": CONTENT_DATE},
        "application_date": {"type": "string", "format": "date", "pattern": APPLICATION_DATE},
        "decision_facts": _text(5000),
        "source_type": {"type": "string", "enum": list(v.SOURCE_TYPES)},
        "source_identity": _text(500),
        "automated_detection": {"type": "string", "enum": ["Yes", "No"]},
        "automated_decision": {"type": "string", "enum": list(v.AUTOMATED_DECISIONS)},
        "puid": {"type": "string", "minLength": 1, "maxLength": 500, "pattern": PUID_PATTERN},
    },
    "anyOf": [{"required": [name]} for name in _DECISIONS],
    "allOf": [
        _requires(
            _contains("decision_visibility", "DECISION_VISIBILITY_OTHER"),
            ["decision_visibility_other"],
            "decision_visibility contains DECISION_VISIBILITY_OTHER",
        ),
        _requires(
            _equals("decision_monetary", "DECISION_MONETARY_OTHER"),
            ["decision_monetary_other"],
            "decision_monetary is DECISION_MONETARY_OTHER",
        ),
        _requires(
            _equals("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT"),
            ["illegal_content_legal_ground", "illegal_content_explanation"],
            "decision_ground is DECISION_GROUND_ILLEGAL_CONTENT",
        ),
        _requires(
            _equals("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT"),
            ["incompatible_content_ground", "incompatible_content_explanation"],
            "decision_ground is DECISION_GROUND_INCOMPATIBLE_CONTENT",
        ),
        _requires(
            _contains("content_type", "CONTENT_TYPE_OTHER"),
            ["content_type_other"],
            "content_type contains CONTENT_TYPE_OTHER",
        ),
        _requires(
            _contains("category_specification", "KEYWORD_OTHER"),
            ["category_specification_other"],
            "category_specification contains KEYWORD_OTHER",
        ),
        {
            "if": _equals("source_type", "SOURCE_VOLUNTARY"),
            "then": {"not": {"required": ["source_identity"]}},
            "description": "source_identity is not sent for SOURCE_VOLUNTARY",
        },
    ],
}

_VALIDATOR = jsonschema.Draft202012Validator(
    STATEMENT_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@dataclass(frozen=True)
class StatementProblem:
    """One reason a statement fails the schema: the field and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class StatementInvalidError(ValueError):
    """A statement of reasons fails the Transparency Database rules."""

    def __init__(self, puid: str, problems: list[StatementProblem]) -> None:
        self.puid = puid
        self.problems = problems
        listed = "; ".join(str(p) for p in problems)
        super().__init__(f"statement {puid!r} is invalid: {listed}")


def _describe(error: jsonschema.ValidationError) -> StatementProblem:
    path = ".".join(str(p) for p in error.absolute_path)
    schema_path = list(error.absolute_schema_path)
    if error.validator == "required":
        missing = str(error.message).split("'")[1] if "'" in error.message else error.message
        field = f"{path}.{missing}" if path else missing
        if schema_path[:1] == ["allOf"] and len(schema_path) > 1:
            why = STATEMENT_SCHEMA["allOf"][int(schema_path[1])]["description"]
            return StatementProblem(field, f"is required because {why}")
        return StatementProblem(field, "is required")
    if error.validator == "anyOf" and not path:
        return StatementProblem(
            "decision_*", f"at least one of {', '.join(_DECISIONS)} is required"
        )
    if error.validator == "not" and schema_path[:1] == ["allOf"]:
        why = STATEMENT_SCHEMA["allOf"][int(schema_path[1])]["description"]
        return StatementProblem("source_identity", why)
    if error.validator == "pattern" and "date" in path:
        return StatementProblem(path, f"{error.instance!r} is outside the allowed date range")
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        known = schema.get("properties", {})
        extra = ", ".join(sorted(str(k) for k in error.instance if k not in known))
        field = f"{path}.{extra}" if path else extra
        return StatementProblem(field, "is not a field of the statement schema")
    return StatementProblem(path or "(statement)", str(error.message))


def statement_problems(statement: Mapping[str, Any]) -> list[StatementProblem]:
    """Every way ``statement`` breaks the schema (empty when it is valid)."""
    errors = sorted(_VALIDATOR.iter_errors(dict(statement)), key=lambda e: list(e.absolute_path))
    problems: list[StatementProblem] = []
    for error in errors:
        problem = _describe(error)
        if problem not in problems:
            problems.append(problem)
    return problems


def check_statement(statement: Mapping[str, Any]) -> None:
    """Raise :class:`StatementInvalidError` naming each bad field, or return when valid."""
    problems = statement_problems(statement)
    if problems:
        raise StatementInvalidError(str(statement.get("puid", "?")), problems)
