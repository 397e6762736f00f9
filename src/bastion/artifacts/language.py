"""Language identification (py3langid: BSD, model inside the package)."""

from __future__ import annotations

from functools import cache
from typing import Any

MIN_CHARS = 12
"""Below this many letters a language guess is noise; report none."""


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and confidence, or (None, 0.0) when the text is too short."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_CHARS:
        return None, 0.0
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)
