"""The statement-of-reasons JSON Schema encodes every rule of REGULATORY.md.

Each rule gets a row: a valid statement, changed in one way, must fail on the
named field (and the unchanged statement must pass). Property tests generate
statements from the vocabulary and check the schema accepts exactly those.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.comply import vocabulary as v
from bastion.comply.schema import (
    STATEMENT_SCHEMA,
    StatementInvalidError,
    check_statement,
    statement_problems,
)
from bastion.policy.dsa import STATEMENT_CATEGORIES

VALID: dict[str, Any] = {
    "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
    "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
    "incompatible_content_ground": "Terms of service, rule 'hate'",
    "incompatible_content_explanation": "Attacks people for a protected characteristic.",
    "content_type": ["CONTENT_TYPE_TEXT"],
    "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "territorial_scope": ["DE"],
    "content_date": "2026-01-10",
    "application_date": "2026-01-10",
    "decision_facts": "A comment was removed.",
    "source_type": "SOURCE_VOLUNTARY",
    "automated_detection": "Yes",
    "automated_decision": "AUTOMATED_DECISION_FULLY",
    "puid": "bastion-1234",
}


def changed(**fields: Any) -> dict[str, Any]:
    out = copy.deepcopy(VALID)
    for key, value in fields.items():
        if value is ...:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def fields_of(statement: dict[str, Any]) -> set[str]:
    return {p.field for p in statement_problems(statement)}


def test_the_reference_statement_is_valid() -> None:
    assert statement_problems(VALID) == []
    check_statement(VALID)


REQUIRED = [
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
]


@pytest.mark.parametrize("name", REQUIRED)
def test_required_fields(name: str) -> None:
    problems = statement_problems(changed(**{name: ...}))
    assert [str(p) for p in problems] == [f"{name}: is required"]


def test_at_least_one_decision_field() -> None:
    problems = statement_problems(changed(decision_visibility=...))
    assert [p.field for p in problems] == ["decision_*"]
    for other in (
        {"decision_monetary": "DECISION_MONETARY_SUSPENSION"},
        {"decision_provision": "DECISION_PROVISION_TOTAL_SUSPENSION"},
        {"decision_account": "DECISION_ACCOUNT_SUSPENDED"},
    ):
        assert statement_problems(changed(decision_visibility=..., **other)) == []


# (change, field that must be named, words the message must contain)
RULES: list[tuple[dict[str, Any], str, str]] = [
    (
        {"decision_visibility": ["DECISION_VISIBILITY_OTHER"]},
        "decision_visibility_other",
        "because decision_visibility contains DECISION_VISIBILITY_OTHER",
    ),
    ({"decision_visibility": []}, "decision_visibility", "should be non-empty"),
    ({"decision_visibility": ["REMOVED"]}, "decision_visibility.0", "is not one of"),
    (
        {"decision_monetary": "DECISION_MONETARY_OTHER"},
        "decision_monetary_other",
        "because decision_monetary is DECISION_MONETARY_OTHER",
    ),
    ({"decision_provision": "DECISION_PROVISION_SOME"}, "decision_provision", "is not one of"),
    ({"decision_account": ["DECISION_ACCOUNT_SUSPENDED"]}, "decision_account", "is not of type"),
    ({"account_type": "ACCOUNT_TYPE_NGO"}, "account_type", "is not one of"),
    ({"end_date_account_restriction": "2038-01-02"}, "end_date_account_restriction", "range"),
    (
        {"decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT"},
        "illegal_content_legal_ground",
        "because decision_ground is DECISION_GROUND_ILLEGAL_CONTENT",
    ),
    (
        {"incompatible_content_explanation": ...},
        "incompatible_content_explanation",
        "because decision_ground is DECISION_GROUND_INCOMPATIBLE_CONTENT",
    ),
    ({"incompatible_content_ground": "x" * 501}, "incompatible_content_ground", "too long"),
    ({"incompatible_content_explanation": "x" * 2001}, "incompatible_content_explanation", "long"),
    ({"incompatible_content_illegal": "yes"}, "incompatible_content_illegal", "is not one of"),
    ({"decision_ground_reference_url": "x" * 501}, "decision_ground_reference_url", "too long"),
    (
        {"content_type": ["CONTENT_TYPE_OTHER"]},
        "content_type_other",
        "because content_type contains CONTENT_TYPE_OTHER",
    ),
    ({"category": "STATEMENT_CATEGORY_PIRACY"}, "category", "is not one of"),
    ({"category_addition": ["VIOLENCE"]}, "category_addition.0", "is not one of"),
    ({"category_specification": ["KEYWORD_SPAM"]}, "category_specification.0", "is not one of"),
    (
        {"category_specification": ["KEYWORD_OTHER"]},
        "category_specification_other",
        "because category_specification contains KEYWORD_OTHER",
    ),
    ({"content_id": {"EAN-13": "123"}}, "content_id.EAN-13", "does not match"),
    ({"content_id": {"ISBN": "9780000000000"}}, "content_id.ISBN", "not a field"),
    ({"territorial_scope": ["EU"]}, "territorial_scope.0", "is not one of"),
    ({"territorial_scope": ["GB"]}, "territorial_scope.0", "is not one of"),
    ({"territorial_scope": ["DE", "DE"]}, "territorial_scope", "non-unique"),
    ({"content_language": "en"}, "content_language", "is not one of"),
    ({"content_date": "1999-12-31"}, "content_date", "outside the allowed date range"),
    ({"content_date": "2038-01-02"}, "content_date", "outside the allowed date range"),
    ({"content_date": "2026-02-30"}, "content_date", "is not a 'date'"),
    ({"content_date": "10/01/2026"}, "content_date", "outside the allowed date range"),
    ({"application_date": "2019-12-31"}, "application_date", "outside the allowed date range"),
    ({"decision_facts": ""}, "decision_facts", "should be non-empty"),
    ({"decision_facts": "x" * 5001}, "decision_facts", "too long"),
    ({"source_type": "SOURCE_USER"}, "source_type", "is not one of"),
    ({"source_identity": "someone"}, "source_identity", "not sent for SOURCE_VOLUNTARY"),
    ({"automated_detection": True}, "automated_detection", "is not one of"),
    ({"automated_decision": "AUTOMATED_DECISION_YES"}, "automated_decision", "is not one of"),
    ({"puid": "has space"}, "puid", "does not match"),
    ({"puid": "x" * 501}, "puid", "too long"),
    ({"colour": "red"}, "colour", "not a field of the statement schema"),
]


@pytest.mark.parametrize(("change", "field", "words"), RULES)
def test_each_rule_names_the_field_and_why(change: dict[str, Any], field: str, words: str) -> None:
    problems = statement_problems(changed(**change))
    named = [p for p in problems if p.field == field]
    assert named, f"expected a problem on {field}, got {problems}"
    assert any(words in p.message for p in named), named


ACCEPTED: list[dict[str, Any]] = [
    {"content_date": "2000-01-01", "application_date": "2020-01-01"},
    {"content_date": "2038-01-01", "application_date": "2038-01-01"},
    {"end_date_visibility_restriction": None},
    {"end_date_visibility_restriction": "2038-01-01"},
    {"content_id": {"EAN-13": "4006381333931"}},
    {"source_type": "SOURCE_TRUSTED_FLAGGER", "source_identity": "Flagger e.V."},
    {"decision_visibility_other": "x", "decision_visibility": ["DECISION_VISIBILITY_OTHER"]},
    {"category_specification": ["KEYWORD_OTHER"], "category_specification_other": "y"},
    {"territorial_scope": list(v.TERRITORIES)},
    {"content_language": "DE", "puid": "a-b_C-9"},
    {
        "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
        "illegal_content_legal_ground": "s. 130 StGB",
        "illegal_content_explanation": "incites hatred",
    },
]


@pytest.mark.parametrize("change", ACCEPTED)
def test_edges_that_are_allowed(change: dict[str, Any]) -> None:
    assert statement_problems(changed(**change)) == []


def test_invalid_statement_error_lists_every_problem() -> None:
    with pytest.raises(StatementInvalidError) as raised:
        check_statement(changed(puid="bad puid", content_date="1999-01-01"))
    message = str(raised.value)
    assert "'bad puid'" in message
    assert "content_date" in message and "puid" in message


def test_schema_enumerations_match_the_regulation() -> None:
    # Counts from REGULATORY.md: 7 visibility, 8 content types, 15 categories, 30 territories.
    props = STATEMENT_SCHEMA["properties"]
    assert len(props["decision_visibility"]["items"]["enum"]) == 7
    assert len(props["content_type"]["items"]["enum"]) == 8
    assert len(props["category"]["enum"]) == 15
    assert len(props["territorial_scope"]["items"]["enum"]) == 30
    assert len(props["automated_decision"]["enum"]) == 3
    assert len(props["source_type"]["enum"]) == 4


@st.composite
def statements(draw: st.DrawFn) -> dict[str, Any]:
    category = draw(st.sampled_from(sorted(STATEMENT_CATEGORIES)))
    keywords = [f"KEYWORD_{k}" for k in (*STATEMENT_CATEGORIES[category], "OTHER")]
    out: dict[str, Any] = {
        "decision_ground": draw(st.sampled_from(v.DECISION_GROUNDS)),
        "content_type": draw(st.lists(st.sampled_from(v.CONTENT_TYPES), min_size=1, unique=True)),
        "category": f"STATEMENT_CATEGORY_{category}",
        "territorial_scope": draw(
            st.lists(st.sampled_from(v.TERRITORIES), min_size=1, unique=True)
        ),
        "content_date": draw(st.dates(min_value=_d(2000), max_value=_d(2038))).isoformat(),
        "application_date": draw(st.dates(min_value=_d(2020), max_value=_d(2038))).isoformat(),
        "decision_facts": draw(st.text(min_size=1, max_size=50)),
        "source_type": draw(st.sampled_from(v.SOURCE_TYPES)),
        "automated_detection": draw(st.sampled_from(["Yes", "No"])),
        "automated_decision": draw(st.sampled_from(v.AUTOMATED_DECISIONS)),
        "puid": draw(st.from_regex(r"[a-zA-Z0-9_-]{1,40}", fullmatch=True)),
    }
    decisions = draw(
        st.lists(
            st.sampled_from(["visibility", "monetary", "provision", "account"]),
            min_size=1,
            unique=True,
        )
    )
    if "visibility" in decisions:
        out["decision_visibility"] = draw(
            st.lists(st.sampled_from(v.DECISION_VISIBILITY), min_size=1, unique=True)
        )
        if "DECISION_VISIBILITY_OTHER" in out["decision_visibility"]:
            out["decision_visibility_other"] = "other restriction"
    if "monetary" in decisions:
        out["decision_monetary"] = draw(st.sampled_from(v.DECISION_MONETARY))
        if out["decision_monetary"] == "DECISION_MONETARY_OTHER":
            out["decision_monetary_other"] = "other"
    if "provision" in decisions:
        out["decision_provision"] = draw(st.sampled_from(v.DECISION_PROVISION))
    if "account" in decisions:
        out["decision_account"] = draw(st.sampled_from(v.DECISION_ACCOUNT))
    if out["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT":
        out["illegal_content_legal_ground"] = "law"
        out["illegal_content_explanation"] = "why"
    else:
        out["incompatible_content_ground"] = "terms"
        out["incompatible_content_explanation"] = "why"
    if "CONTENT_TYPE_OTHER" in out["content_type"]:
        out["content_type_other"] = "podcast chapter"
    if draw(st.booleans()):
        out["category_specification"] = draw(
            st.lists(st.sampled_from(keywords), min_size=1, unique=True)
        )
        if "KEYWORD_OTHER" in out["category_specification"]:
            out["category_specification_other"] = "more"
    if out["source_type"] != "SOURCE_VOLUNTARY" and draw(st.booleans()):
        out["source_identity"] = "notifier"
    return out


def _d(year: int) -> Any:
    from datetime import date

    return date(year, 1, 1)


@settings(max_examples=150, deadline=None)
@given(statements())
def test_every_statement_built_by_the_rules_is_valid(statement: dict[str, Any]) -> None:
    assert statement_problems(statement) == []


@settings(max_examples=150, deadline=None)
@given(statements(), st.sampled_from(REQUIRED))
def test_dropping_a_required_field_is_always_caught(statement: dict[str, Any], name: str) -> None:
    statement.pop(name)
    assert name in fields_of(statement)
