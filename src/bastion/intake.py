"""Turning untrusted input (JSON objects, CLI arguments) into valid Items.

Every rejection says exactly what was wrong and how to fix it; callers show
the message as is (an error record in a batch, a 4xx in the service).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bastion.policy.schema import SURFACE_NAME, is_valid_jurisdiction
from bastion.types import Context, Item

__all__ = [
    "BLANK_TEXT",
    "DEFAULT_MAX_TEXT_BYTES",
    "MEDIA_PARTS",
    "InputError",
    "blank_text",
    "file_problem",
    "item_from_json",
    "lone_surrogates",
    "validate_item",
    "visible_text_pattern",
]

DEFAULT_MAX_TEXT_BYTES = 1_048_576
MAX_ID_CHARS = 256
MAX_THREAD_MESSAGES = 20
MEDIA_PARTS = ("image", "audio", "video")
"""The media parts an item may carry besides its text (their field names)."""
_FIELDS = {"id", "text", "surface", "lang", "jurisdiction", "context", *MEDIA_PARTS}
_CONTEXT_FIELDS = {"author_id", "thread", "parent_id", "locale", "jurisdiction"}


class InputError(ValueError):
    """The input cannot be scanned as given; the message says why and how to fix it."""


def lone_surrogates(text: str) -> bool:
    """Whether ``text`` holds lone UTF-16 surrogates (JSON ``\\ud800`` escapes): not Unicode.
    The UTF-8 codec refuses exactly those code points, in C: a megabyte costs well under a
    millisecond (a regex over it, milliseconds, on the event loop of the service)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# Letters that render as nothing (fillers); with spaces, controls and format characters
# (zero-width space, joiners, BOM, bidi marks, soft hyphen ...) they make text with no content.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
BLANK_TEXT = (
    "holds only whitespace, NUL or invisible (zero-width) characters: there is nothing to "
    "scan; send the content, or leave it out"
)


def _invisible(ch: str) -> bool:
    return (
        ch.isspace()
        or ch in _INVISIBLE_LETTERS
        or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")
    )


def blank_text(text: str) -> bool:
    """Whether ``text`` has no visible character (only spaces, controls, format characters)."""
    return all(_invisible(ch) for ch in text)


def visible_text_pattern() -> str:
    """A JSON Schema ``pattern`` (ECMA regex) for text that is not :func:`blank_text`, exact
    for the Basic Multilingual Plane (a text of only supplementary-plane format characters,
    such as tag characters, matches it and is still refused)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or not _invisible(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    members = "".join(
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges
    )
    return f"[^{members}]"


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input file (a precise, one-line reason), or None."""
    if path.is_dir():
        return f"{path} is a folder, not a file: give a file inside it"
    if not path.exists():
        return f"{path}: no such file"
    if not path.is_file():
        return f"{path} is not a regular file (a device, socket or pipe)"
    return None


def _string(value: Any, field: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InputError(f"'{field}' must be a string, got {type(value).__name__}")
    return value


def validate_item(item: Item, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> Item:
    """Check an Item built in code the same way JSON input is checked."""
    if not item.id or len(item.id) > MAX_ID_CHARS:
        raise InputError(f"'id' must be 1 to {MAX_ID_CHARS} characters")
    if not SURFACE_NAME.match(item.surface):
        raise InputError(
            f"surface {item.surface!r} is not a valid name: use lower_snake_case, e.g. 'comment'"
        )
    if not item.parts:
        raise InputError("item has no content: give 'text', 'image', 'audio' or 'video'")
    if item.text is not None:
        if item.text == "":
            raise InputError("'text' is empty: send the content to scan, or leave 'text' out")
        if blank_text(item.text):
            raise InputError(f"'text' {BLANK_TEXT}")
        size = len(item.text.encode("utf-8", errors="surrogatepass"))
        if size > max_text_bytes:
            raise InputError(
                f"'text' is {size} bytes; the limit is {max_text_bytes} bytes "
                "(split long content into parts or raise BASTION_MAX_TEXT_BYTES)"
            )
        if lone_surrogates(item.text):
            raise InputError("'text' holds lone UTF-16 surrogates: it is not valid Unicode text")
    jurisdiction = item.context.jurisdiction
    if jurisdiction is not None and not is_valid_jurisdiction(jurisdiction):
        raise InputError(
            f"jurisdiction {jurisdiction!r} is not 'EU' or an ISO 3166-1 alpha-2 country code "
            "(upper case, e.g. 'DE')"
        )
    if item.lang is not None and not (2 <= len(item.lang) <= 3 and item.lang.isalpha()):
        raise InputError(f"lang {item.lang!r} must be an ISO 639-1 code such as 'en'")
    return item


def item_from_json(obj: Any, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> Item:
    """Build an Item from a decoded JSON object (a scan-batch line, a request body)."""
    if not isinstance(obj, Mapping):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    unknown = sorted(set(obj) - _FIELDS)
    if unknown:
        raise InputError(f"unknown field(s) {unknown}; allowed: {sorted(_FIELDS)}")
    raw_id = obj.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise InputError("'id' is required and must be a string or an integer")
    context = _context(obj.get("context"), obj.get("jurisdiction"))
    item = Item(
        id=str(raw_id),
        surface=_string(obj.get("surface", "default"), "surface", optional=False) or "default",
        text=_string(obj.get("text"), "text"),
        image=_string(obj.get("image"), "image"),
        audio=_string(obj.get("audio"), "audio"),
        video=_string(obj.get("video"), "video"),
        lang=_string(obj.get("lang"), "lang"),
        context=context,
    )
    return validate_item(item, max_text_bytes)


def _context(raw: Any, jurisdiction: Any) -> Context:
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise InputError("'context' must be an object")
    unknown = sorted(set(raw) - _CONTEXT_FIELDS)
    if unknown:
        raise InputError(f"unknown context field(s) {unknown}; allowed: {sorted(_CONTEXT_FIELDS)}")
    thread = raw.get("thread", [])
    if isinstance(thread, str):
        thread = [thread]
    if not isinstance(thread, list) or not all(isinstance(m, str) for m in thread):
        raise InputError(
            "'context.thread' must be a list of strings (earlier messages, parent last)"
        )
    if jurisdiction is not None and raw.get("jurisdiction") not in (None, jurisdiction):
        raise InputError("'jurisdiction' and 'context.jurisdiction' disagree; give one")
    return Context(
        author_id=_string(raw.get("author_id"), "context.author_id"),
        thread=tuple(thread[-MAX_THREAD_MESSAGES:]),
        parent_id=_string(raw.get("parent_id"), "context.parent_id"),
        locale=_string(raw.get("locale"), "context.locale"),
        jurisdiction=_string(
            jurisdiction if jurisdiction is not None else raw.get("jurisdiction"), "jurisdiction"
        ),
    )
