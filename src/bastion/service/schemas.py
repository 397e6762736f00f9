"""Request and response bodies of the HTTP API; they generate its OpenAPI schema.

Request models are strict (no type coercion, no unknown fields) and constrain
every string the way :mod:`bastion.intake` will, so the schema tells a client
exactly what is accepted and a schema-valid request is never refused for a
reason the schema hides (content over ``max_text_bytes`` aside).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from bastion.intake import (
    BLANK_TEXT,
    MEDIA_PARTS,
    blank_text,
    lone_surrogates,
    visible_text_pattern,
)
from bastion.policy.dsa import EEA_EXTRA, ISO_3166_ALPHA2
from bastion.types import Action

JURISDICTIONS = sorted({"EU", *ISO_3166_ALPHA2, *EEA_EXTRA})


def _unicode(value: str) -> str:
    if lone_surrogates(value):
        raise ValueError(
            "holds lone UTF-16 surrogates (\\ud800-\\udfff escapes): it is not valid Unicode text"
        )
    return value


def _content(value: str) -> str:
    if blank_text(value):
        raise ValueError(BLANK_TEXT)
    return value


def _jurisdiction(value: str) -> str:
    if value not in JURISDICTIONS:
        raise ValueError("must be 'EU' or an ISO 3166-1 alpha-2 country code, e.g. 'DE'")
    return value


Text = Annotated[
    str,
    StringConstraints(min_length=1),
    AfterValidator(_unicode),
    AfterValidator(_content),
    WithJsonSchema({"type": "string", "minLength": 1, "pattern": visible_text_pattern()}),
]
"""Content to scan: Unicode text with at least one visible character."""
MediaBytes = Annotated[
    str,
    WithJsonSchema(
        {
            "type": "string",
            "minLength": 4,
            "pattern": r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
        }
    ),
]
"""Media bytes in base64 (standard alphabet, with padding), checked by the route."""
Name = Annotated[
    str,
    StringConstraints(min_length=1, max_length=256, pattern=r"^[^\x00-\x1f\x7f]+$"),
    AfterValidator(_unicode),
]
"""An identifier: 1-256 characters, no control characters."""
Surface = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Lang = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,3}$")]
Jurisdiction = Annotated[
    str,
    AfterValidator(_jurisdiction),
    WithJsonSchema({"type": "string", "enum": JURISDICTIONS}),
]
CallbackUrl = Annotated[
    str,
    # Printable ASCII only (percent-encode the rest), so every regex dialect agrees.
    StringConstraints(max_length=2048, pattern=r"^https?://[!-~]+$"),
    AfterValidator(_unicode),
]


class Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class ContextIn(Strict):
    """Where the item lives. Used by the policy and recorded; never logged."""

    author_id: Name | None = None
    thread: list[Text] = Field(default_factory=list, max_length=100)
    """Earlier messages of the thread, parent last (the last 20 are used)."""
    parent_id: Name | None = None
    locale: Annotated[str, StringConstraints(max_length=35, pattern=r"^[A-Za-z0-9_-]+$")] | None = (
        None
    )


class ScanRequest(Strict):
    """One item to decide now, on the publish path."""

    text: Text
    id: Name | None = None
    """Your id for the item; a random one is given when omitted."""
    surface: Surface = "default"
    lang: Lang | None = None
    jurisdiction: Jurisdiction | None = None
    context: ContextIn | None = None


_BYTES_FIELDS = tuple(f"{part}_base64" for part in MEDIA_PARTS)


def _one_of_required(parts: tuple[str, ...]) -> dict[str, Any]:
    return {"anyOf": [{"required": [p], "properties": {p: {"type": "string"}}} for p in parts]}


class RecordedItem(Strict):
    """An item as it was decided (in an appeal or a gold entry): text or media paths."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        json_schema_extra=_one_of_required(("text", *MEDIA_PARTS)),
    )

    id: Name
    """Your id for the item. ``id`` + ``surface`` name the job: resubmitting is idempotent."""
    surface: Surface = "default"
    text: Text | None = None
    image: Name | None = None
    """A media path, accepted only inside the server's media folders (``media_roots``; unset:
    none); a submitted item may send the bytes instead. The service never fetches URLs."""
    audio: Name | None = None
    video: Name | None = None
    lang: Lang | None = None
    jurisdiction: Jurisdiction | None = None
    context: ContextIn | None = None

    @model_validator(mode="after")
    def _has_content(self) -> RecordedItem:
        fields = {"text", *MEDIA_PARTS, *_BYTES_FIELDS} & set(type(self).model_fields)
        if not self.model_dump(exclude_none=True, include=fields):
            raise ValueError(
                "item has no content: give 'text', or 'image', 'audio', 'video' "
                "(as a path or, when submitting an item, as '..._base64' bytes)"
            )
        return self

    def item_json(self) -> dict[str, Any]:
        """The item as :func:`bastion.intake.item_from_json` reads it (media bytes left out:
        the route replaces them by the file it keeps)."""
        return self.model_dump(exclude_none=True, exclude={"callback_url", *_BYTES_FIELDS})


class ItemRequest(RecordedItem):
    """One item to decide asynchronously (long content, media, back-fills)."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        json_schema_extra=_one_of_required(("text", *MEDIA_PARTS, *_BYTES_FIELDS)),
    )

    image_base64: MediaBytes | None = None
    """The media's bytes, base64 (standard alphabet); at most ``media_max_upload_bytes``."""
    audio_base64: MediaBytes | None = None
    video_base64: MediaBytes | None = None
    callback_url: CallbackUrl | None = None
    """POSTed a signed ``job.completed`` event when the decision is made."""


class BatchRequest(Strict):
    items: list[ItemRequest] = Field(min_length=1, max_length=1000)


class ErrorDetail(BaseModel):
    type: str
    """``invalid_request_error``, ``authentication_error``, ``permission_error``,
    ``rate_limit_error``, ``not_found_error``, ``conflict_error``, ``server_error``."""
    code: str
    message: str
    param: str | None = None
    request_id: str | None = None
    problems: list[str] | None = None


class ErrorResponse(BaseModel):
    """Every error has this shape (the OpenAI error shape, plus ``code`` and ``request_id``)."""

    error: ErrorDetail


class EvidenceOut(BaseModel):
    category: str
    part: str
    span: list[int] | None = None
    excerpt: str | None = None
    rule: str | None = None
    time_range: list[float] | None = None
    frame: int | None = None
    match: dict[str, str] | None = None


class DecisionOut(BaseModel):
    """A decision, exactly as it is stored in the decision log."""

    id: str
    item_id: str
    surface: str
    applied_surface: str
    jurisdiction: str | None
    lang: str | None
    action: Action
    categories: dict[str, float]
    flagged: list[str]
    evidence: list[EvidenceOut]
    triggered_rules: list[str]
    policy_version: str
    model_version: str
    model_versions: dict[str, str]
    missing_detectors: list[str]
    automated_detection: bool
    automated_decision: bool
    reason: str
    latency_ms: float
    created_at: str


class DecisionPage(BaseModel):
    data: list[DecisionOut]
    next_cursor: str | None
    """Pass as ``cursor`` for the next (older) page; null on the last page."""


class CallbackOut(BaseModel):
    url: str
    status: Literal["waiting", "pending", "delivered", "failed"]
    attempts: int
    last_status: int | None = None
    last_error: str | None = None
    delivered_at: str | None = None


class JobOut(BaseModel):
    job_id: str
    item_id: str
    surface: str
    status: Literal["queued", "running", "done", "failed"]
    attempts: int
    created_at: str
    updated_at: str
    finished_at: str | None
    error: str | None
    decision: DecisionOut | None
    callback: CallbackOut | None


class JobList(BaseModel):
    data: list[JobOut]
    next_cursor: str | None


class PolicyVersionOut(BaseModel):
    version: str
    name: str
    content_hash: str
    created_at: str
    active: bool
    """The policy this server decides with."""
    document: dict[str, Any] | None = None


class PolicyVersionList(BaseModel):
    data: list[PolicyVersionOut]


class DryRunRequest(Strict):
    policy: dict[str, Any] | Annotated[str, StringConstraints(min_length=1, max_length=1_000_000)]
    """The candidate policy: a policy document as a JSON object, or its YAML text."""
    limit: int = Field(default=1000, ge=1, le=20000)
    """How many of the most recent stored decisions to re-evaluate."""
    surface: Surface | None = None
    """Only decisions made for this requested surface."""


class DryRunChange(BaseModel):
    decision_id: str
    item_id: str
    surface: str
    before: Action
    after: Action
    flagged_before: list[str]
    flagged_after: list[str]


class DryRunResult(BaseModel):
    candidate_version: str
    active_version: str
    evaluated: int
    changed: int
    transitions: dict[str, dict[str, int]]
    """``{before_action: {after_action: count}}`` over every evaluated decision."""
    actions_before: dict[str, int]
    actions_after: dict[str, int]
    changes: list[DryRunChange]
    """Up to 100 decisions whose action would change, newest first."""
