"""Artifacts: the expensive, shared views of an item, computed once per scan.

Detectors never recompute these; they read them from :class:`Artifacts`. Views of
media parts are built by a factory the caller hands in (the media package's
:class:`~bastion.media.artifacts.MediaArtifacts`, with the deployment's limits), so
this package depends on no media code; text derived from media comes from
extractors (:mod:`bastion.artifacts.extraction`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar, cast

from bastion.artifacts.language import detect_language
from bastion.artifacts.normalize import NormalizedText, fold_evasions, normalize_text
from bastion.artifacts.respell import respell
from bastion.artifacts.segments import segment_spans
from bastion.types import Item

T = TypeVar("T")

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "Artifacts",
    "MediaViews",
    "NormalizedText",
    "TextArtifacts",
    "build_artifacts",
    "embed_together",
]


@dataclass(frozen=True)
class TextArtifacts:
    """Views of one text part.

    ``canonical`` defeats encoding tricks only (NFKC, confusables, invisible
    characters, case) and keeps digits and punctuation, so it suits patterns
    such as PII and URLs. ``folded`` also undoes deliberate evasions (leetspeak,
    s p a c e d letters, repeated letters) and suits word lexicons. ``respelled``
    (on first use) is ``folded`` with misspelt names of protected groups read back as
    the names (:mod:`bastion.artifacts.respell`), for patterns that need a group. All
    map back to offsets in ``original``.
    """

    original: str
    canonical: NormalizedText
    folded: NormalizedText
    lang: str | None
    lang_confidence: float
    _derived: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """What detectors derive from this text and share (the counter-speech statements,
        the figurative reading): ``compute()`` on the first call for ``key``, then kept."""
        if key not in self._derived:
            self._derived[key] = compute()
        return cast(T, self._derived[key])

    @cached_property
    def respelled(self) -> NormalizedText:
        return respell(self.folded)

    @cached_property
    def segments(self) -> tuple[tuple[int, int], ...]:
        """Spans of ``folded.text`` that models score separately (max over segments)."""
        return tuple(segment_spans(self.folded.text))

    @cached_property
    def segment_texts(self) -> tuple[str, ...]:
        return tuple(self.folded.text[s:e] for s, e in self.segments)

    @cached_property
    def embeddings(self) -> np.ndarray:
        """One sentence embedding per segment, computed on first use and then shared."""
        from bastion.artifacts.embedding import embed

        return embed(self.segment_texts)


@dataclass(frozen=True)
class Artifacts:
    item: Item
    text: TextArtifacts | None
    context: TextArtifacts | None
    """The thread context (earlier messages joined), when the item has one."""
    media: object | None = None
    """Lazy views of the image, audio and video parts (decoded frames, hashes, ...), as the
    caller's media factory built them; media detectors and extractors know their type."""


MediaViews = Callable[[Item], object]
"""Builds the media views of an item with media parts (``MediaArtifacts`` with limits)."""


def build_text_artifacts(text: str, declared_lang: str | None = None) -> TextArtifacts:
    canonical = normalize_text(text)
    folded = fold_evasions(canonical)
    lang: str | None
    if declared_lang:
        lang, confidence = declared_lang.lower(), 1.0
    else:
        lang, confidence = detect_language(canonical.text)
    return TextArtifacts(
        original=text,
        canonical=canonical,
        folded=folded,
        lang=lang,
        lang_confidence=confidence,
    )


def build_artifacts(item: Item, media: MediaViews | None = None) -> Artifacts:
    text = build_text_artifacts(item.text, item.lang) if item.text else None
    context = None
    if item.context.thread:
        context = build_text_artifacts("\n".join(item.context.thread), item.lang)
    views = None
    if media is not None and set(item.parts) - {"text"}:
        views = media(item)
    return Artifacts(item=item, text=text, context=context, media=views)


def embed_together(batch: Sequence[Artifacts]) -> None:
    """Compute the embeddings of many items in one encoder call (throughput).

    Fills each text's ``embeddings`` cache, so detectors then read them as usual.
    """
    from bastion.artifacts.embedding import embed

    texts = [a.text for a in batch if a.text is not None and "embeddings" not in a.text.__dict__]
    vectors = embed([segment for t in texts for segment in t.segment_texts])
    offset = 0
    for text in texts:
        count = len(text.segment_texts)
        text.__dict__["embeddings"] = vectors[offset : offset + count]
        offset += count
