"""The Transparency Database's enumerations, as data (see REGULATORY.md in the shared docs).

Categories and keywords come from :mod:`bastion.policy.dsa` (the policy schema
already checks them); the rest of the submission vocabulary lives here so that
the JSON Schema, the mapping and the report read one list.
"""

from __future__ import annotations

from bastion.policy.dsa import EEA_EXTRA, EU_MEMBER_STATES, STATEMENT_CATEGORIES

__all__ = [
    "ACCOUNT_TYPES",
    "AUTOMATED_DECISIONS",
    "CATEGORIES",
    "CONTENT_TYPES",
    "DECISION_ACCOUNT",
    "DECISION_GROUNDS",
    "DECISION_MONETARY",
    "DECISION_PROVISION",
    "DECISION_VISIBILITY",
    "ISO_639_1",
    "KEYWORDS",
    "SOURCE_TYPES",
    "TERRITORIES",
]

DECISION_VISIBILITY: tuple[str, ...] = tuple(
    f"DECISION_VISIBILITY_{name}"
    for name in (
        "CONTENT_REMOVED",
        "CONTENT_DISABLED",
        "CONTENT_DEMOTED",
        "CONTENT_AGE_RESTRICTED",
        "CONTENT_INTERACTION_RESTRICTED",
        "CONTENT_LABELLED",
        "OTHER",
    )
)
DECISION_MONETARY: tuple[str, ...] = (
    "DECISION_MONETARY_SUSPENSION",
    "DECISION_MONETARY_TERMINATION",
    "DECISION_MONETARY_OTHER",
)
DECISION_PROVISION: tuple[str, ...] = (
    "DECISION_PROVISION_PARTIAL_SUSPENSION",
    "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION",
    "DECISION_PROVISION_TOTAL_TERMINATION",
)
DECISION_ACCOUNT: tuple[str, ...] = ("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED")
ACCOUNT_TYPES: tuple[str, ...] = ("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE")
DECISION_GROUNDS: tuple[str, ...] = (
    "DECISION_GROUND_ILLEGAL_CONTENT",
    "DECISION_GROUND_INCOMPATIBLE_CONTENT",
)
CONTENT_TYPES: tuple[str, ...] = tuple(
    f"CONTENT_TYPE_{name}"
    for name in ("APP", "AUDIO", "IMAGE", "PRODUCT", "SYNTHETIC_MEDIA", "TEXT", "VIDEO", "OTHER")
)
SOURCE_TYPES: tuple[str, ...] = (
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
    "SOURCE_VOLUNTARY",
)
AUTOMATED_DECISIONS: tuple[str, ...] = (
    "AUTOMATED_DECISION_FULLY",
    "AUTOMATED_DECISION_PARTIALLY",
    "AUTOMATED_DECISION_NOT_AUTOMATED",
)
CATEGORIES: tuple[str, ...] = tuple(f"STATEMENT_CATEGORY_{name}" for name in STATEMENT_CATEGORIES)
KEYWORDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [f"KEYWORD_{k}" for keywords in STATEMENT_CATEGORIES.values() for k in keywords]
        + ["KEYWORD_OTHER"]
    )
)
TERRITORIES: tuple[str, ...] = tuple(sorted((*EU_MEMBER_STATES, *EEA_EXTRA)))
"""The territorial scopes the Transparency Database accepts: EU member states plus IS, LI, NO."""

_ISO_639_1_LOWER = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu"
)
ISO_639_1: tuple[str, ...] = tuple(code.upper() for code in _ISO_639_1_LOWER.split(" "))
