"""Long text is scored in segments; the item's score is the max over segments.

Models have a bounded input (the embedding model reads ~128 tokens), and a
single bad sentence in a long transcript must not be averaged away. Segments
break at whitespace so words stay whole. For very long text the models read at
most ``max_segments`` segments spread evenly over it (first and last always);
the rule detectors still read everything.
"""

from __future__ import annotations

SEGMENT_CHARS = 400
MAX_SEGMENTS = 24


def segment_spans(
    text: str, size: int = SEGMENT_CHARS, max_segments: int = MAX_SEGMENTS
) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` ranges covering ``text`` in chunks of about ``size``."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if len(spans) <= max_segments:
        return spans
    step = (len(spans) - 1) / (max_segments - 1)
    return [spans[round(i * step)] for i in range(max_segments)]
