"""The notice shown to the affected user: what, which rule, automated or not, how to appeal."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bastion.comply.cases import Period
from bastion.comply.statements import BuiltStatement, statements
from bastion.comply.user_notice import CATALOGUES, CATEGORY_NAMES, resolve_locale, user_notice
from bastion.policy import load_policy, shipped_policy_path

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def built(seeded_sqlite: Any) -> dict[str, BuiltStatement]:
    found = statements(seeded_sqlite.engine, PERIOD, seeded_sqlite.policy.policy)
    return {str(b.case.record["item_id"]).removeprefix("item-"): b for b in found}


def test_english_notice_for_an_automated_removal(built: dict[str, Any], seeded_sqlite: Any) -> None:
    notice = user_notice(
        built["d01"], seeded_sqlite.policy.policy, appeal_url="https://music.example/appeal"
    )
    assert notice.subject == "We restricted your content"
    assert notice.body.split("\n\n") == [
        "Your comment was removed on 2026-01-10.",
        "Why: it breaks our rule on hate (Attacks or dehumanises people for a protected "
        "characteristic (race, ethnicity, religion, nationality, sexual orientation, gender "
        "identity, disability)).",
        "We consider it illegal under Section 130 StGB (incitement to hatred); Framework "
        "Decision 2008/913/JHA.",
        "This decision was made by automated systems, without human review.",
        "If you think we got this wrong, you can appeal within 6 months at "
        f"https://music.example/appeal (reference bastion-{seeded_sqlite.ids['d01']}). A person "
        "will review your appeal. You may also use an out-of-court dispute settlement body or "
        "go to court.",
    ]
    assert notice.reference == f"bastion-{seeded_sqlite.ids['d01']}"


URL = "https://music.example/appeal"


def test_human_decision_with_account_suspension(built: dict[str, Any], seeded_sqlite: Any) -> None:
    body = user_notice(built["d12"], seeded_sqlite.policy.policy, appeal_url=URL).body
    assert "Your account was suspended." in body
    assert "A member of our moderation team made this decision." in body
    assert "automated systems" not in body  # detection came from a notice, not a classifier
    held = user_notice(built["d05"], seeded_sqlite.policy.policy, appeal_url=URL).body
    assert "first detected by automated systems. A member of our moderation team" in held


def test_german_notice(built: dict[str, Any], seeded_sqlite: Any) -> None:
    policy = seeded_sqlite.policy.policy
    notice = user_notice(built["d04"], policy, locale="de-AT", appeal_url=URL)
    assert notice.locale == "de"
    assert notice.subject == "Wir haben Ihren Inhalt eingeschränkt"
    assert (
        "Ihr Beitrag (Playlist-Titel) wurde am 2026-02-03 weniger Personen angezeigt."
        in notice.body
    )
    assert "Regel zu Spam" in notice.body
    # Before: the German notice embedded the English rule definition.
    assert f"({policy.categories['spam'].descriptions['de'].rstrip('.')})" in notice.body
    assert policy.categories["spam"].description.rstrip(".") not in notice.body
    assert "ein Mitglied unseres Teams hat die Entscheidung inzwischen geprüft" in notice.body
    assert "innerhalb von 6 Monaten" in notice.body


def test_no_notice_without_a_restriction(built: dict[str, Any], seeded_sqlite: Any) -> None:
    with pytest.raises(ValueError, match="restricted nothing"):
        user_notice(built["d06"], seeded_sqlite.policy.policy, appeal_url=URL)


@pytest.mark.parametrize(
    ("asked", "used"), [("de", "de"), ("de_CH", "de"), ("fr", "en"), (None, "en"), ("", "en")]
)
def test_locale_fallback(asked: str | None, used: str) -> None:
    assert resolve_locale(asked) == used


def test_a_language_without_a_definition_leaves_it_out(
    built: dict[str, Any], seeded_sqlite: Any
) -> None:
    policy = seeded_sqlite.policy.policy
    spam = policy.categories["spam"].model_copy(update={"descriptions": {}})
    bare = policy.model_copy(update={"categories": {**policy.categories, "spam": spam}})
    body = user_notice(built["d04"], bare, locale="de", appeal_url=URL).body
    assert "Grund: Er verstößt gegen unsere Regel zu Spam." in body
    assert spam.description.rstrip(".") not in body


def test_no_appeal_link_is_invented(built: dict[str, Any], seeded_sqlite: Any) -> None:
    """Before: every notice told users to appeal at https://example.com/appeals."""
    with pytest.raises(ValueError, match="appeal link"):
        user_notice(built["d01"], seeded_sqlite.policy.policy, appeal_url="")


def test_every_shipped_definition_is_in_every_catalogue_language() -> None:
    policy = load_policy(shipped_policy_path()).policy
    for code in CATALOGUES:
        if code != "en":
            assert all(code in c.descriptions for c in policy.categories.values()), code


def test_every_catalogue_is_complete() -> None:
    keys = set(CATALOGUES["en"])
    for code, messages in CATALOGUES.items():
        assert set(messages) == keys, code
    categories = set(load_policy(shipped_policy_path()).policy.categories)
    for code, names in CATEGORY_NAMES.items():
        assert set(names) == categories, code
