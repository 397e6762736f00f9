"""Load a policy from YAML, with errors located at file:line and a fix hint.

A policy is one YAML file or a folder of them (their top-level sections are
merged; a key defined twice is an error). Every problem found is reported at
once, so fixing a policy is one round trip, not one per typo.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bastion import taxonomy
from bastion.policy.schema import Policy
from bastion.types import Action, Severity

__all__ = ["LoadedPolicy", "PolicyError", "PolicyProblem", "load_policy", "parse_policy"]

Location = tuple[str, int]  # (file, line), line 1-based


@dataclass(frozen=True)
class PolicyProblem:
    file: str
    line: int | None
    path: str
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.path + ': ' if self.path else ''}{self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class PolicyError(Exception):
    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    source: str
    """The path it was loaded from (file or folder)."""
    content_hash: str
    """sha256 of the canonical JSON of the validated policy."""

    @property
    def version(self) -> str:
        """Declared version plus content hash: two different policies never share it."""
        return f"{self.policy.version}+{self.content_hash[:12]}"

    def canonical_json(self) -> str:
        return _canonical(self.policy)


def _canonical(policy: Policy) -> str:
    return json.dumps(policy.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


def _compose_locations(text: str, file: str) -> tuple[Any, dict[tuple[Any, ...], Location]]:
    problems: list[PolicyProblem] = []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(
            [PolicyProblem(file, line, "", f"YAML syntax error: {problem}", _yaml_hint(text, line))]
        ) from exc
    locations: dict[tuple[Any, ...], Location] = {}

    # PyYAML silently keeps the last of two equal keys; a policy must not.
    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        locations[path] = (file, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, value_node in node.value:
                key = key_node.value
                if key in seen:
                    problems.append(
                        PolicyProblem(
                            file,
                            key_node.start_mark.line + 1,
                            _dotted((*path, key)),
                            f"key {key!r} is defined twice",
                            "remove one of the two definitions",
                        )
                    )
                seen.add(key)
                locations[(*path, key)] = (file, key_node.start_mark.line + 1)
                walk(value_node, (*path, key))
                locations[(*path, key)] = (file, key_node.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                walk(child, (*path, index))

    if root is not None:
        walk(root, ())
    if problems:
        raise PolicyError(problems)
    data = yaml.safe_load(text)
    return data, locations


def _yaml_hint(text: str, line: int | None) -> str:
    lines = text.splitlines()
    if line is not None and 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return "YAML does not allow tabs for indentation; use spaces"
    return "check indentation and that every 'key: value' has a space after the colon"


def _dotted(path: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path)


def _read_documents(source: Path) -> tuple[dict[str, Any], dict[tuple[Any, ...], Location]]:
    if not source.exists():
        raise PolicyError([PolicyProblem(str(source), None, "", "no such file or folder")])
    files = sorted(source.glob("*.y*ml")) if source.is_dir() else [source]
    if not files:
        raise PolicyError([PolicyProblem(str(source), None, "", "folder holds no .yaml files")])
    merged: dict[str, Any] = {}
    locations: dict[tuple[Any, ...], Location] = {}
    problems: list[PolicyProblem] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise PolicyError(
                [
                    PolicyProblem(
                        str(file), None, "", f"not valid UTF-8 ({exc.reason} at byte {exc.start})"
                    )
                ]
            ) from exc
        data, found = _compose_locations(text, str(file))
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(PolicyProblem(str(file), 1, "", "a policy document must be a mapping"))
            continue
        for key, value in data.items():
            if key in merged and isinstance(value, dict) and isinstance(merged[key], dict):
                clash = set(value) & set(merged[key])
                for name in sorted(clash, key=str):
                    where = found.get((key, name), (str(file), None))
                    problems.append(
                        PolicyProblem(where[0], where[1], f"{key}.{name}", "defined in two files")
                    )
                merged[key] = {**merged[key], **value}
            elif key in merged and isinstance(value, list) and isinstance(merged[key], list):
                merged[key] = [*merged[key], *value]
            elif key in merged:
                where = found.get((key,), (str(file), None))
                problems.append(PolicyProblem(where[0], where[1], str(key), "defined in two files"))
            else:
                merged[key] = value
        for path, location in found.items():
            locations.setdefault(path, location)
    if problems:
        raise PolicyError(problems)
    return merged, locations


_KNOWN_WORDS: set[str] = {
    *taxonomy.CATEGORIES,
    *(a.value for a in Action),
    *(s.value for s in Severity),
    "open",
    "closed",
    "illegal",
    "incompatible",
}


def _field_names() -> set[str]:
    from bastion.policy import schema

    names: set[str] = set()
    for model in (
        schema.Policy,
        schema.CategoryPolicy,
        schema.SurfacePolicy,
        schema.Overlay,
        schema.Obligation,
        schema.Rung,
        schema.DsaMapping,
    ):
        names.update(model.model_fields)
    return names


def _suggest(word: object, candidates: set[str], cutoff: float = 0.6) -> str | None:
    if not isinstance(word, str):
        return None
    match = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=cutoff)
    return f"did you mean {match[0]!r}?" if match else None


def _quoted_words(message: str) -> list[str]:
    return re.findall(r"'([^']+)'", message)


def _problem_from_error(
    error: Any, data: dict[str, Any], locations: dict[tuple[Any, ...], Location], source: str
) -> PolicyProblem:
    loc = tuple(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    # Model-level errors name their own dotted path in the message; use it to locate.
    dotted = re.match(r"^([a-z_]+(?:\.[A-Za-z0-9_/*-]+)+)", message)
    if dotted and not loc:
        loc = tuple(int(p) if p.isdigit() else p for p in dotted.group(1).split("."))
    while loc and loc not in locations:
        loc = loc[:-1]
    # A validator of a whole mapping names the offending key in quotes: point at that key.
    for word in _quoted_words(message):
        if (*loc, word) in locations:
            loc = (*loc, word)
            break
    file, line = locations.get(loc, (source, None))
    hint: str | None = None
    kind = error["type"]
    if kind == "extra_forbidden":
        hint = _suggest(error["loc"][-1], _field_names()) or "remove this key"
        message = f"unknown key {error['loc'][-1]!r}"
    elif kind == "enum":
        message = f"unknown value {error.get('input')!r}: {message}"
        hint = _suggest(error.get("input"), {a.value for a in Action})
    elif kind == "literal_error":
        hint = _suggest(error.get("input"), _KNOWN_WORDS)
    elif kind == "missing":
        hint = f"add '{error['loc'][-1]}:'"
    else:
        for word in _quoted_words(message):
            hint = _suggest(word, _KNOWN_WORDS | set(data.get("surfaces") or {}), cutoff=0.75)
            if hint:
                break
    return PolicyProblem(file, line, _dotted(tuple(error["loc"])), message, hint)


def parse_policy(
    data: Any, locations: dict[tuple[Any, ...], Location], source: str
) -> LoadedPolicy:
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(
            [_problem_from_error(e, data, locations, source) for e in exc.errors()]
        ) from exc
    digest = hashlib.sha256(_canonical(policy).encode()).hexdigest()
    return LoadedPolicy(policy=policy, source=source, content_hash=digest)


def load_policy(path: str | Path) -> LoadedPolicy:
    """Load and validate the policy at ``path`` (a YAML file or a folder)."""
    source = Path(path)
    data, locations = _read_documents(source)
    return parse_policy(data, locations, str(source))


def shipped_policy_path() -> Path:
    return Path(__file__).resolve().parent.parent / "policies" / "default.yaml"
