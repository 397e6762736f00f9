"""Untrusted input becomes a valid Item or a precise error."""

from __future__ import annotations

from typing import Any

import pytest

from bastion.intake import InputError, item_from_json


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([], "expected a JSON object"),
        ({"text": "hi"}, "'id' is required"),
        ({"id": True, "text": "hi"}, "'id' is required"),
        ({"id": "1"}, "item has no content"),
        ({"id": "1", "text": ""}, "'text' is empty"),
        ({"id": "1", "text": 5}, "'text' must be a string"),
        ({"id": "1", "text": "hi", "surface": "Comment Section"}, "not a valid name"),
        ({"id": "1", "text": "hi", "jurisdiction": "Atlantis"}, "ISO 3166-1"),
        ({"id": "1", "text": "hi", "jurisdiction": "de"}, "upper case"),
        ({"id": "1", "text": "hi", "lang": "english"}, "ISO 639-1"),
        ({"id": "1", "text": "hi", "colour": "red"}, "unknown field(s) ['colour']"),
        ({"id": "1", "text": "hi", "context": "x"}, "'context' must be an object"),
        ({"id": "1", "text": "hi", "context": {"thread": [1]}}, "list of strings"),
        ({"id": "1", "text": "\ud800"}, "surrogates"),
        ({"id": "1", "text": "x" * 1_048_577}, "the limit is 1048576 bytes"),
    ],
)
def test_rejections(obj: Any, message: str) -> None:
    with pytest.raises(InputError) as caught:
        item_from_json(obj)
    assert message in str(caught.value)


def test_accepts_full_item() -> None:
    item = item_from_json(
        {
            "id": 7,
            "text": "hello",
            "surface": "comment",
            "jurisdiction": "DE",
            "lang": "de",
            "context": {"author_id": "u1", "thread": ["parent"]},
        }
    )
    assert item.id == "7" and item.surface == "comment"
    assert item.context.jurisdiction == "DE" and item.context.thread == ("parent",)


def test_exactly_one_megabyte_is_accepted() -> None:
    assert item_from_json({"id": "1", "text": "x" * 1_048_576}).text
