"""The JSONL example format: validation, round trips, canonical bytes and content hash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.datasets.format import (
    Example,
    FormatError,
    Votes,
    content_hash,
    dump_jsonl,
    read_jsonl,
    write_jsonl,
)
from bastion.taxonomy import CATEGORIES, PARENTS


def example(**overrides: object) -> Example:
    fields: dict[str, object] = {
        "id": "s/1",
        "text": "hello there",
        "labels": {"hate": 0, "spam": 1},
        "slices": {"source": "s", "split": "train", "lang": "en"},
    }
    fields.update(overrides)
    return Example(**fields)  # type: ignore[arg-type]


def test_absent_category_is_unknown_not_negative() -> None:
    ex = example(labels={"spam": 1})
    assert "hate" not in ex.labels
    assert ex.to_json()["labels"] == {"spam": 1}


def test_full_example_round_trips_through_json() -> None:
    ex = example(
        labels={"harassment": 0.5, "sexual": 1},
        votes={"harassment": Votes(1, 2)},
        annotators=("a1", "a2"),
        context=("earlier", "parent"),
        spans=((0, 5),),
    )
    line = ex.to_line()
    assert Example.from_json(json.loads(line)) == ex
    assert json.loads(line)["votes"] == {"harassment": {"positive": 1, "total": 2}}


def test_optional_fields_are_omitted_when_absent() -> None:
    data = example().to_json()
    assert set(data) == {"id", "text", "labels", "slices"}


def test_empty_spans_differ_from_no_spans() -> None:
    assert example(spans=()).to_json()["spans"] == []
    assert "spans" not in example(spans=None).to_json()


def test_whole_floats_are_stored_as_integers() -> None:
    assert example(labels={"hate": 1.0, "spam": 0.0}).labels == {"hate": 1, "spam": 0}
    assert isinstance(example(labels={"hate": 1.0}).labels["hate"], int)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"labels": {"hat": 1}}, "unknown category 'hat' in labels (did you mean 'hate'?)"),
        ({"labels": {"toxic": 1}}, "unknown category 'toxic'"),
        ({"labels": {"hate": 2}}, "must be in [0, 1]"),
        ({"labels": {"hate": True}}, "must be 0, 1 or a float"),
        ({"labels": {"hate": "1"}}, "must be 0, 1 or a float"),
        ({"labels": {"hate": float("nan")}}, "must be in [0, 1]"),
        ({"labels": {"hate/threatening": 1, "hate": 0}}, "parent 'hate' is 0"),
        ({"labels": {"hate/threatening": 1, "violence": 0}}, "implied 'violence' is 0"),
        ({"id": ""}, "id must be a non-empty string"),
        ({"text": "   "}, "must be a non-empty string"),
        ({"slices": {"split": "validation"}}, "split must be one of train, dev, test"),
        ({"slices": {"lang": 1}}, "slice 'lang' must map a string to a string"),
        ({"votes": {"hate": Votes(1, 2), "nope": Votes(1, 1)}}, "unknown category 'nope' in votes"),
        ({"spans": ((3, 2),)}, "span (3, 2) must be [start, end)"),
        ({"spans": ((0, 99),)}, "(the text length)"),
        ({"context": ("ok", 3)}, "context must be a list of strings"),
    ],
)
def test_invalid_examples_are_rejected(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(FormatError) as info:
        example(**overrides)
    assert message in str(info.value)


@pytest.mark.parametrize(("positive", "total"), [(3, 2), (-1, 2), (0, 0), (True, 2)])
def test_invalid_votes_are_rejected(positive: int, total: int) -> None:
    with pytest.raises(FormatError):
        Votes(positive, total)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "must be a JSON object"),
        ({"text": "x"}, "missing field 'id'"),
        ({"id": "a", "text": "x", "label": {}}, "unknown field(s) 'label'"),
        ({"id": "a", "text": "x", "labels": [1]}, "'labels' must be an object"),
        ({"id": "a", "text": "x", "votes": {"hate": {"positive": 1}}}, "votes for 'hate'"),
        ({"id": "a", "text": "x", "spans": "0-3"}, "'spans' must be a list"),
    ],
)
def test_from_json_rejects_malformed_objects(data: object, message: str) -> None:
    with pytest.raises(FormatError) as info:
        Example.from_json(data)
    assert message in str(info.value)


def test_read_errors_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = example().to_line()
    bad = json.dumps({"id": "s/2", "text": "x", "labels": {"hatred": 1}})
    path.write_text(f"{good}\n\n{bad}\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_jsonl(path)
    assert f"{path}:3: unknown category 'hatred'" in str(info.value)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r":1: not JSON"):
        read_jsonl(path)


def test_canonical_bytes_ignore_input_order_and_reject_duplicate_ids(tmp_path: Path) -> None:
    a, b = example(id="s/a"), example(id="s/b", text="other")
    assert dump_jsonl([b, a]) == dump_jsonl([a, b])
    assert content_hash([b, a]) == content_hash([a, b])
    assert content_hash([a]) != content_hash([a, example(id="s/b", text="changed")])
    sha = write_jsonl(tmp_path / "x.jsonl", [b, a])
    assert sha == content_hash([a, b])
    assert read_jsonl(tmp_path / "x.jsonl") == [a, b]
    with pytest.raises(FormatError, match="duplicate id 's/a'"):
        dump_jsonl([a, example(id="s/a", text="again")])


_text = st.text(min_size=1, max_size=30).filter(lambda t: bool(t.strip()))
_label = st.one_of(st.sampled_from([0, 1]), st.floats(min_value=0, max_value=1))


def _consistent(labels: dict[str, int | float]) -> bool:
    return not any(
        v == 1 and PARENTS[k] is not None and labels.get(PARENTS[k] or "") == 0
        for k, v in labels.items()
    )


@st.composite
def examples(draw: st.DrawFn) -> Example:
    text = draw(_text)
    spans = draw(
        st.none()
        | st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(
                lambda s: s[0] < s[1]
            ),
            max_size=3,
        ).map(tuple)
    )
    votes = draw(
        st.none()
        | st.dictionaries(
            st.sampled_from(CATEGORIES),
            st.integers(1, 9).flatmap(lambda n: st.builds(Votes, st.integers(0, n), st.just(n))),
            max_size=3,
        )
    )
    return Example(
        id=draw(st.text(min_size=1, max_size=20)),
        text=text,
        labels=draw(
            st.dictionaries(st.sampled_from(CATEGORIES), _label, max_size=5).filter(_consistent)
        ),
        slices=draw(st.dictionaries(st.sampled_from(["lang", "source", "x"]), st.text(max_size=8))),
        votes=votes,
        annotators=draw(st.none() | st.lists(st.text(max_size=5), max_size=3).map(tuple)),
        context=tuple(draw(st.lists(st.text(max_size=10), max_size=3))),
        spans=spans,
    )


@settings(max_examples=150, deadline=None)
@given(examples())
def test_round_trip_property(ex: Example) -> None:
    line = ex.to_line()
    again = Example.from_json(json.loads(line))
    assert again == ex
    assert hash(again) == hash(ex)
    assert again.to_line() == line
