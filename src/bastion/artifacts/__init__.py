"""Artifacts: the expensive, shared views of an item, computed once per scan.

Detectors never recompute these; they read them from :class:`Artifacts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bastion.artifacts.language import detect_language
from bastion.artifacts.normalize import NormalizedText, fold_evasions, normalize_text
from bastion.types import Item

__all__ = ["Artifacts", "NormalizedText", "TextArtifacts", "build_artifacts"]


@dataclass(frozen=True)
class TextArtifacts:
    """Views of one text part.

    ``canonical`` defeats encoding tricks only (NFKC, confusables, invisible
    characters, case) and keeps digits and punctuation, so it suits patterns
    such as PII and URLs. ``folded`` also undoes deliberate evasions (leetspeak,
    s p a c e d letters, repeated letters) and suits word lexicons. Both map
    back to offsets in ``original``.
    """

    original: str
    canonical: NormalizedText
    folded: NormalizedText
    lang: str | None
    lang_confidence: float


@dataclass(frozen=True)
class Artifacts:
    item: Item
    text: TextArtifacts | None
    context: TextArtifacts | None
    """The thread context (earlier messages joined), when the item has one."""


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


def build_artifacts(item: Item) -> Artifacts:
    text = build_text_artifacts(item.text, item.lang) if item.text else None
    context = None
    if item.context.thread:
        context = build_text_artifacts("\n".join(item.context.thread), item.lang)
    return Artifacts(item=item, text=text, context=context)
