"""Text found inside media (OCR lines, transcript words), mapped back to where it was.

A :class:`DerivedText` is plain text plus, for every token, its character
span in that text and its place in the media: a pixel box, a time range in
seconds, a video frame. Evidence from the text detectors (a character span)
is translated into that place, so a reviewer is told "audio 12:31-12:36" or
"image box (40, 210, 380, 250)" rather than an offset into a transcript.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bastion.types import Evidence

__all__ = ["DerivedText", "Token", "format_place", "join_tokens"]


def _clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def format_place(evidence: Evidence) -> str | None:
    """Where in the media, for people: ``audio 12:31-12:36``, ``video 5:00``; None for text."""
    if evidence.time_range is None:
        return None
    start, end = evidence.time_range
    when = _clock(start) if int(start) == int(end) else f"{_clock(start)}-{_clock(end)}"
    return f"{evidence.part} {when}"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    """Character offset of the token in the derived text."""
    end: int
    box: tuple[int, int, int, int] | None = None
    """(left, top, right, bottom) in pixels of the image or frame."""
    time_range: tuple[float, float] | None = None
    """Seconds from the start of the audio or video."""


@dataclass(frozen=True)
class DerivedText:
    part: str
    """``image``, ``audio`` or ``video``: the item part the text was found in."""
    source: str
    """``ocr`` or ``transcript``."""
    text: str
    tokens: tuple[Token, ...]
    frame: int | None = None
    frame_time: float | None = None
    lang: str | None = None

    def locate(self, evidence: Evidence) -> Evidence:
        """``evidence`` from a text detector, re-pointed at the place in the media."""
        hit = self._tokens_in(evidence.span)
        box = _union_box([t.box for t in hit if t.box is not None])
        times = [t.time_range for t in hit if t.time_range is not None]
        time_range = (min(s for s, _ in times), max(e for _, e in times)) if times else None
        if time_range is None and self.frame_time is not None:
            time_range = (self.frame_time, self.frame_time)
        rule = f"{self.source}:{evidence.rule}" if evidence.rule else self.source
        excerpt = evidence.excerpt
        if excerpt is None and evidence.span is not None:
            excerpt = self.text[evidence.span[0] : evidence.span[1]][:200]
        return replace(
            evidence,
            excerpt=excerpt,
            part=self.part,
            rule=rule,
            box=box,
            time_range=time_range,
            frame=self.frame,
        )

    def _tokens_in(self, span: tuple[int, int] | None) -> list[Token]:
        if span is None:
            return list(self.tokens)
        start, end = span
        return [t for t in self.tokens if t.start < end and t.end > start] or list(self.tokens)


def _union_box(
    boxes: Sequence[tuple[int, int, int, int]],
) -> tuple[int, int, int, int] | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def join_tokens(
    words: Sequence[tuple[str, tuple[int, int, int, int] | None, tuple[float, float] | None]],
    breaks: Sequence[int] = (),
) -> tuple[str, tuple[Token, ...]]:
    """Join words with spaces (a newline before indices in ``breaks``) and record spans."""
    parts: list[str] = []
    tokens: list[Token] = []
    offset = 0
    newline_before = set(breaks)
    for index, (word, box, time_range) in enumerate(words):
        if index:
            sep = "\n" if index in newline_before else " "
            parts.append(sep)
            offset += 1
        parts.append(word)
        tokens.append(Token(word, offset, offset + len(word), box, time_range))
        offset += len(word)
    return "".join(parts), tuple(tokens)
