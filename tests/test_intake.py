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


def test_the_invisible_table_is_the_unicode_database() -> None:
    """INVISIBLE_RANGES (shared by the check and the API schema) lists exactly the controls,
    format characters, separators and filler letters of this Python's Unicode database."""
    import unicodedata

    from bastion.intake import INVISIBLE_RANGES

    fillers = set("\u115f\u1160\u3164\uffa0\u2800")
    listed = {cp for start, end in INVISIBLE_RANGES for cp in range(start, end + 1)}
    expected = {
        cp
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF
        and (
            chr(cp).isspace()
            or chr(cp) in fillers
            or unicodedata.category(chr(cp)) in ("Cc", "Cf", "Zs", "Zl", "Zp")
        )
    }
    assert listed == expected
