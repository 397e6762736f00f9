"""Bodies of ``POST /v1/moderations``, shaped like the OpenAI moderation endpoint.

The official ``openai`` client works unchanged against them. Bastion adds
optional request fields (``surface``, ``jurisdiction``; the client sends them
with ``extra_body``) and a ``bastion`` object on each result.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion import taxonomy
from bastion.service.schemas import Jurisdiction, Surface, Text
from bastion.types import Action

OPENAI_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
"""Every category of the OpenAI moderation schema (all are Bastion taxonomy keys too)."""
CATEGORIES = (*OPENAI_CATEGORIES, *(c for c in taxonomy.CATEGORIES if c not in OPENAI_CATEGORIES))
"""What a result reports: the OpenAI categories, then Bastion's own."""

MAX_INPUTS = 100


class TextPart(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    type: Literal["text"]
    text: Text


class ModerationRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    input: (
        Text
        | Annotated[list[Text], Field(min_length=1, max_length=MAX_INPUTS)]
        | Annotated[list[TextPart], Field(min_length=1, max_length=MAX_INPUTS)]
    )
    """A string, a list of strings, or a list of ``{"type": "text", "text": ...}`` parts.
    Image parts are not accepted here: submit images with ``POST /v1/items``."""
    model: Annotated[str, Field(min_length=1, max_length=128)] | None = None
    """Echoed in the response; Bastion decides with its configured policy and detectors."""
    surface: Surface | None = None
    """Bastion extension: the policy surface to decide for (header ``X-Bastion-Surface``
    does the same); ``default`` when neither is given."""
    jurisdiction: Jurisdiction | None = None
    """Bastion extension: the audience's jurisdiction, for policy overlays."""


class BastionVerdict(BaseModel):
    decision_id: str
    item_id: str
    action: Action
    surface: str
    applied_surface: str
    policy_version: str
    flagged_categories: list[str]
    missing_detectors: list[str]
    reason: str


class ModerationResult(BaseModel):
    flagged: bool
    """True when the policy did more than label the item (not ``allow``, not ``label``)."""
    categories: dict[str, bool]
    """Per category: did the policy flag it (a rung above ``allow`` was reached)."""
    category_scores: dict[str, float]
    """Calibrated probability per category; 0.0 where no detector scores it."""
    category_applied_input_types: dict[str, list[Literal["text", "image"]]]
    bastion: BastionVerdict


class ModerationResponse(BaseModel):
    id: str
    model: str
    results: list[ModerationResult]
