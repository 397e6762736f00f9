"""The typed schema of a Bastion policy document.

A policy says, for each surface (where content appears) and each category,
which action a given probability earns. It is data, validated here, so a typo
is caught by ``bastion policy check`` and never reaches a live decision.

Surfaces inherit from one another (``extends``, ``default`` when omitted), so a
surface only states how it differs. Jurisdiction overlays replace the ladders
of named categories for audiences in that jurisdiction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion import taxonomy
from bastion.policy.dsa import EEA_EXTRA, EU_MEMBER_STATES, ISO_3166_ALPHA2, STATEMENT_CATEGORIES
from bastion.types import AccountAction, Action, Severity

SURFACE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
DEFAULT_SURFACE = "default"
_GROUP_NAME = re.compile(r"^[A-Z][A-Z0-9_]{2,31}$")

Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DsaMapping(_Strict):
    """How a category is reported in a DSA statement of reasons."""

    category: str
    specification: list[str] = []
    ground: Literal["illegal", "incompatible"] = "incompatible"
    """Whether a restriction is on grounds of illegality or of the terms of service."""
    legal_ground: str | None = None
    """Law cited when ``ground`` is ``illegal``."""

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        name = value.removeprefix("STATEMENT_CATEGORY_")
        if name not in STATEMENT_CATEGORIES:
            raise ValueError(f"unknown DSA category {value!r}")
        return f"STATEMENT_CATEGORY_{name}"

    @model_validator(mode="after")
    def _keywords_belong(self) -> DsaMapping:
        allowed = STATEMENT_CATEGORIES[self.category.removeprefix("STATEMENT_CATEGORY_")]
        for keyword in self.specification:
            name = keyword.removeprefix("KEYWORD_")
            if name not in allowed and name != "OTHER":
                raise ValueError(
                    f"keyword {keyword!r} does not belong to {self.category}; "
                    f"allowed: {', '.join('KEYWORD_' + k for k in allowed)}"
                )
        if self.ground == "illegal" and not self.legal_ground:
            raise ValueError("ground 'illegal' needs legal_ground (the law the content breaks)")
        return self


class CategoryPolicy(_Strict):
    description: str
    """The rule's definition in English (statements of reasons are in English)."""
    descriptions: dict[str, str] = {}
    """The definition in other languages, by ISO 639-1 code (``de``), for user notices."""
    parent: str | None = None
    severity: Severity
    dsa: DsaMapping


class Rung(_Strict):
    """One step of a category's ladder: at or above ``threshold``, take ``action``."""

    threshold: Probability
    action: Action


class SurfacePolicy(_Strict):
    """A surface's settings; fields left out are inherited from ``extends``."""

    description: str = ""
    extends: str | None = None
    content_type: list[str] | None = None
    """DSA content types of this surface (TEXT, AUDIO, VIDEO, IMAGE, ...)."""
    rules: dict[str, list[Rung]] = {}
    required_detectors: list[str] | None = None
    required_media_detectors: dict[Literal["image", "audio", "video"], list[str]] | None = None
    """Detectors required only for items that have that part (``image: [image_nsfw]``),
    so a text-only item never needs the media extra."""
    fail_mode: Literal["open", "closed"] | None = None
    """``closed``: hold for review when a required detector is missing or late."""
    review_sla_hours: Annotated[float, Field(gt=0)] | None = None
    deadline_ms: Annotated[int, Field(gt=0)] | None = None

    @field_validator("rules")
    @classmethod
    def _ladders_escalate(cls, rules: dict[str, list[Rung]]) -> dict[str, list[Rung]]:
        for category, ladder in rules.items():
            ordered = sorted(ladder, key=lambda r: r.threshold)
            for low, high in itertools.pairwise(ordered):
                if low.threshold == high.threshold:
                    raise ValueError(f"{category!r}: two rungs share threshold {low.threshold}")
                if high.action.strictness <= low.action.strictness:
                    raise ValueError(
                        f"{category!r}: rung {high.threshold} -> {high.action.value} must be more "
                        f"severe than rung {low.threshold} -> {low.action.value}; order the "
                        "ladder so higher thresholds take stricter actions"
                    )
        return rules


class ResolvedSurface(_Strict):
    """A surface with inheritance applied: every field is set."""

    def required_for(self, parts: Iterable[str]) -> list[str]:
        """Detectors required for an item with these parts: the surface's, plus media ones."""
        names = list(self.required_detectors)
        for part in parts:
            names += [n for n in self.required_media_detectors.get(part, []) if n not in names]
        return names

    name: str
    content_type: list[str]
    rules: dict[str, list[Rung]]
    required_detectors: list[str]
    required_media_detectors: dict[str, list[str]] = {}
    fail_mode: Literal["open", "closed"]
    review_sla_hours: float
    deadline_ms: int


class Overlay(_Strict):
    """Stricter (or extra) ladders for an audience in a jurisdiction."""

    description: str = ""
    members: list[str] = []
    """Country codes this overlay applies to, in addition to its own key."""
    surfaces: dict[str, dict[str, list[Rung]]] = {}
    """Surface name (or ``"*"`` for every surface) -> category -> ladder."""

    @field_validator("members")
    @classmethod
    def _iso_codes(cls, members: list[str]) -> list[str]:
        bad = [m for m in members if m not in ISO_3166_ALPHA2]
        if bad:
            raise ValueError(f"not ISO 3166-1 alpha-2 country codes: {bad}")
        return members


class Obligation(_Strict):
    """A measurable promise: minimum precision and/or recall for a category on a surface."""

    category: str
    surface: str = DEFAULT_SURFACE
    jurisdiction: str | None = None
    min_precision: Probability | None = None
    min_recall: Probability | None = None
    dataset: str | None = None
    """Gold dataset the obligation is measured on."""

    @model_validator(mode="after")
    def _has_target(self) -> Obligation:
        if self.min_precision is None and self.min_recall is None:
            raise ValueError("an obligation needs min_precision, min_recall or both")
        return self


class EscalationRung(_Strict):
    """With ``strikes`` active strikes earned within ``within_days``, apply ``action``."""

    strikes: Annotated[int, Field(ge=1)]
    within_days: Annotated[int, Field(ge=1)]
    action: AccountAction
    days: Annotated[int, Field(ge=1)] | None = None
    """How long the action lasts; unset: until lifted (as a termination is)."""

    def describe(self) -> str:
        lasting = f" for {self.days} days" if self.days else ""
        return (
            f"{self.strikes} strikes within {self.within_days} days -> {self.action.value}{lasting}"
        )


def _escalates(where: str, ladder: list[EscalationRung]) -> list[EscalationRung]:
    ordered = sorted(ladder, key=lambda r: (r.strikes, r.within_days))
    for low, high in itertools.pairwise(ordered):
        if high.action.strictness < low.action.strictness:
            raise ValueError(
                f"{where}: rung '{high.describe()}' is milder than '{low.describe()}'; more "
                "strikes must never earn a milder account action"
            )
    return ladder


class StrikePolicy(_Strict):
    """Repeat offenders: strikes per author and the account actions they escalate to.

    A strike is one violation held against the item's author: a decision whose action
    is in ``earned_by``, or a reviewer's ``violating`` verdict (at most one per
    decision; removed when an appeal succeeds). After each strike the applicable ladder
    is read - the audience's jurisdiction's, else the surface's, else ``escalation`` -
    and the strictest rung the author's strikes reach is applied, unless an equal or
    stricter account action is already in force.
    """

    earned_by: list[Action] = [Action.BLOCK]
    """Automated actions that give the author a strike."""
    escalation: list[EscalationRung] = []
    surfaces: dict[str, list[EscalationRung]] = {}
    """Ladders for strikes earned on a surface (counting all the author's strikes)."""
    jurisdictions: dict[str, list[EscalationRung]] = {}
    """Ladders for an audience's jurisdiction or overlay group; they win over surfaces'."""
    reviewer_days: dict[AccountAction, Annotated[int, Field(ge=1)]] = {
        AccountAction.DEMONETISE: 30,
        AccountAction.SUSPEND_INTERACTION: 7,
        AccountAction.SUSPEND_ACCOUNT: 30,
    }
    """How long an account action a reviewer applies lasts (absent: until lifted)."""

    @field_validator("earned_by")
    @classmethod
    def _final_restrictions(cls, actions: list[Action]) -> list[Action]:
        for action in actions:
            if action in (Action.ALLOW, Action.HOLD_FOR_REVIEW):
                raise ValueError(
                    f"strikes.earned_by: {action.value!r} finds no violation; name restrictions "
                    "such as block"
                )
        return actions

    @model_validator(mode="after")
    def _ladders_escalate(self) -> StrikePolicy:
        _escalates("strikes.escalation", self.escalation)
        for name, ladder in self.surfaces.items():
            _escalates(f"strikes.surfaces.{name}", ladder)
        for name, ladder in self.jurisdictions.items():
            _escalates(f"strikes.jurisdictions.{name}", ladder)
        return self


class Policy(_Strict):
    version: str = Field(min_length=1)
    name: str = "policy"
    categories: dict[str, CategoryPolicy]
    surfaces: dict[str, SurfacePolicy]
    jurisdictions: dict[str, Overlay] = {}
    obligations: list[Obligation] = []
    strikes: StrikePolicy = StrikePolicy()

    @field_validator("categories")
    @classmethod
    def _taxonomy_keys(cls, categories: dict[str, CategoryPolicy]) -> dict[str, CategoryPolicy]:
        for key, category in categories.items():
            if not taxonomy.is_category(key):
                raise ValueError(f"unknown category {key!r}")
            expected = taxonomy.parent_of(key)
            if category.parent != expected:
                raise ValueError(f"{key}: parent must be {expected!r}, not {category.parent!r}")
        return categories

    @field_validator("surfaces")
    @classmethod
    def _surface_names(cls, surfaces: dict[str, SurfacePolicy]) -> dict[str, SurfacePolicy]:
        for name in surfaces:
            if not SURFACE_NAME.match(name):
                raise ValueError(f"surface name {name!r} must be lower_snake_case")
        if DEFAULT_SURFACE not in surfaces:
            raise ValueError("a policy needs a 'default' surface: unknown surfaces fall back to it")
        return surfaces

    @field_validator("jurisdictions")
    @classmethod
    def _jurisdiction_keys(cls, overlays: dict[str, Overlay]) -> dict[str, Overlay]:
        for key, overlay in overlays.items():
            if key == "EU" or key in ISO_3166_ALPHA2:
                continue
            if not (_GROUP_NAME.match(key) and overlay.members):
                raise ValueError(
                    f"jurisdiction {key!r} is not 'EU', an ISO 3166-1 alpha-2 code, or an "
                    "UPPER_CASE group name with 'members'"
                )
        return overlays

    @model_validator(mode="after")
    def _references_resolve(self) -> Policy:
        default = self.surfaces[DEFAULT_SURFACE]
        for field in ("required_detectors", "fail_mode", "review_sla_hours", "deadline_ms"):
            if getattr(default, field) is None:
                raise ValueError(f"surfaces.default.{field} must be set: other surfaces inherit it")
        for name, surface in self.surfaces.items():
            self._check_rules(f"surfaces.{name}", surface.rules)
            if surface.extends is not None and surface.extends not in self.surfaces:
                raise ValueError(f"surfaces.{name}.extends: no surface {surface.extends!r}")
            self._lineage(name)
        for key, overlay in self.jurisdictions.items():
            for surface_name, rules in overlay.surfaces.items():
                if surface_name != "*" and surface_name not in self.surfaces:
                    raise ValueError(f"jurisdictions.{key}.surfaces: no surface {surface_name!r}")
                self._check_rules(f"jurisdictions.{key}.surfaces.{surface_name}", rules)
        for surface_name in self.strikes.surfaces:
            if surface_name not in self.surfaces:
                raise ValueError(f"strikes.surfaces: no surface {surface_name!r}")
        for key in self.strikes.jurisdictions:
            if key != "EU" and key not in ISO_3166_ALPHA2 and key not in self.jurisdictions:
                raise ValueError(
                    f"strikes.jurisdictions: {key!r} is not 'EU', a country code or an overlay"
                )
        for obligation in self.obligations:
            if obligation.category not in self.categories:
                raise ValueError(f"obligation on unknown category {obligation.category!r}")
            if obligation.surface not in self.surfaces:
                raise ValueError(f"obligation on unknown surface {obligation.surface!r}")
        return self

    def _check_rules(self, where: str, rules: dict[str, list[Rung]]) -> None:
        for category in rules:
            if category not in self.categories:
                raise ValueError(
                    f"{where}.rules: category {category!r} is not defined in categories"
                )

    def _lineage(self, name: str) -> list[str]:
        """``name`` and the surfaces it inherits from, nearest first."""
        chain = [name]
        while True:
            current = self.surfaces[chain[-1]]
            parent = current.extends
            if parent is None and chain[-1] != DEFAULT_SURFACE:
                parent = DEFAULT_SURFACE
            if parent is None:
                return chain
            if parent in chain:
                raise ValueError(f"surfaces.{name}.extends: cycle {' -> '.join([*chain, parent])}")
            chain.append(parent)

    def surface(self, name: str) -> ResolvedSurface:
        """The effective settings of surface ``name`` (which must exist)."""
        chain = self._lineage(name)
        rules: dict[str, list[Rung]] = {}
        for ancestor in reversed(chain):
            rules.update(self.surfaces[ancestor].rules)

        def inherited(field: str, fallback: object = None) -> Any:
            for ancestor in chain:
                value = getattr(self.surfaces[ancestor], field)
                if value is not None:
                    return value
            return fallback

        return ResolvedSurface(
            name=name,
            content_type=inherited("content_type", ["TEXT"]),
            rules=rules,
            required_detectors=inherited("required_detectors"),
            required_media_detectors=inherited("required_media_detectors", {}),
            fail_mode=inherited("fail_mode"),
            review_sla_hours=inherited("review_sla_hours"),
            deadline_ms=inherited("deadline_ms"),
        )

    def escalation_for(self, surface: str, jurisdiction: str | None) -> list[EscalationRung]:
        """The strike ladder for a strike earned on ``surface`` before ``jurisdiction``."""
        keys = [jurisdiction] if jurisdiction else []
        keys += reversed(self.overlays_for(jurisdiction))  # the most specific group first
        for key in keys:
            if key in self.strikes.jurisdictions:
                return self.strikes.jurisdictions[key]
        if surface in self.strikes.surfaces:
            return self.strikes.surfaces[surface]
        return self.strikes.escalation

    def overlays_for(self, jurisdiction: str | None) -> list[str]:
        """Overlay keys that apply to an audience in ``jurisdiction``, broadest first."""
        if jurisdiction is None:
            return []
        keys = []
        in_eu = jurisdiction == "EU" or jurisdiction in EU_MEMBER_STATES
        if in_eu and "EU" in self.jurisdictions:
            keys.append("EU")
        for key, overlay in self.jurisdictions.items():
            if key != "EU" and (key == jurisdiction or jurisdiction in overlay.members):
                keys.append(key)
        return keys


def is_valid_jurisdiction(code: str) -> bool:
    return code == "EU" or code in ISO_3166_ALPHA2 or code in EEA_EXTRA
