"""The v1 category keys and their hierarchy.

Keys follow the widely used moderation names, so the OpenAI-compatible
endpoint is a direct view, plus the ones a content platform needs. A key is a
data contract (stored in decisions, datasets and reports): add keys freely,
rename only with a migration. The policy gives each key its definition, DSA
mapping and severity; this module only fixes which keys exist and their parents.
"""

from __future__ import annotations

PARENTS: dict[str, str | None] = {
    "hate": None,
    "hate/threatening": "hate",
    "harassment": None,
    "harassment/threatening": "harassment",
    "sexual": None,
    "sexual/minors": "sexual",
    "violence": None,
    "violence/graphic": "violence",
    "self-harm": None,
    "self-harm/intent": "self-harm",
    "self-harm/instructions": "self-harm",
    "illicit": None,
    "illicit/violent": "illicit",
    "extremism": None,
    "spam": None,
    "scam": None,
    "privacy": None,
    "profanity": None,
    "prompt-attack": None,
    "nudity": None,
    "known-match": None,
}

CATEGORIES: tuple[str, ...] = tuple(PARENTS)

ALSO_IMPLIES: dict[str, tuple[str, ...]] = {
    "hate/threatening": ("violence",),
}
"""What a key implies by definition beyond its parents (docs/taxonomy.md): a threat, call
for violence or death wish against a group is also ``violence``. Not
``harassment/threatening``: a threat to expose someone is serious harm without violence.
Fusion lifts scores by it and examples may not contradict it; training labels are not
filled in from it (a source that did not annotate ``violence`` leaves it unknown)."""

MEDIA_ONLY: tuple[str, ...] = ("nudity", "known-match")
"""Keys only media detectors and hash banks score; no text model has a head for them."""


def parent_of(category: str) -> str | None:
    return PARENTS[category]


def ancestors(category: str) -> list[str]:
    """The chain of parents of ``category``, nearest first."""
    chain: list[str] = []
    parent = PARENTS.get(category)
    while parent is not None:
        chain.append(parent)
        parent = PARENTS.get(parent)
    return chain


def implied(category: str) -> list[str]:
    """Every key ``category`` implies: its parents, then what it also implies (and theirs)."""
    out = ancestors(category)
    for other in ALSO_IMPLIES.get(category, ()):
        out += [c for c in (other, *implied(other)) if c not in out]
    return out


def is_category(key: str) -> bool:
    return key in PARENTS
