"""What the item page shows: highlighted spans, boxes, time ranges, blurring."""

from __future__ import annotations

from bastion.review.ui import view


def test_overlapping_spans_split_into_marked_segments() -> None:
    text = "you are such an idiot, sh1t take"
    evidence = [
        {"category": "harassment", "part": "text", "span": [0, 21], "rule": "profanity:insult"},
        {"category": "profanity", "part": "text", "span": [16, 27], "rule": "profanity:shit"},
        {"category": "hate", "part": "image", "span": [0, 3]},  # another part: not this text
        {"category": "spam", "part": "text", "span": [40, 99]},  # outside the text: dropped
    ]
    pieces = [(s.text, s.categories) for s in view.segments(text, evidence)]
    assert pieces == [
        ("you are such an ", ("harassment",)),
        ("idiot", ("harassment", "profanity")),
        (", sh1t", ("profanity",)),
        (" take", ()),
    ]
    assert "".join(p for p, _ in pieces) == text


def test_boxes_time_ranges_and_blur() -> None:
    evidence = [
        {"category": "nudity", "part": "image", "box": [10, 20, 110, 70]},
        {"category": "nudity", "part": "image", "box": {"x": 1, "y": 2, "w": 3, "h": 4}},
        {"category": "nudity", "part": "image", "box": [5, 5, 5, 9]},  # empty: dropped
        {"category": "violence", "part": "audio", "time_range": [751.0, 756.5], "excerpt": "x"},
        {"category": "violence", "part": "audio", "time_range": [3.0, 4.0]},
    ]
    assert view.boxes(evidence, "image") == [
        {"x": 10.0, "y": 20.0, "w": 100.0, "h": 50.0, "category": "nudity", "frame": None},
        {"x": 1.0, "y": 2.0, "w": 3.0, "h": 4.0, "category": "nudity", "frame": None},
    ]
    ranges = view.time_ranges(evidence, "audio")
    assert [r["label"] for r in ranges] == ["0:03–0:04", "12:31–12:36"]
    assert view.blurred("sexual", None, [])
    assert view.blurred("general", None, ["violence/graphic"])
    assert not view.blurred("hate", "hate", ["hate"])
