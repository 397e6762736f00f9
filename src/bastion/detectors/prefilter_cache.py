"""What the prefilter found in the shipped lexicons' patterns, computed once and shipped.

Parsing every pattern of every language (two megabytes of regex once macros are
expanded) costs seconds at each start; this file records, per pattern, the strings it
needs (:func:`bastion.detectors.prefilter.required`) and that it parsed. A pattern is
keyed by a hash of its expanded text, so an edited pattern misses the cache and is
parsed at load as before: the cache can make a load slow, never wrong.

    python -m bastion.detectors.prefilter_cache    # rewrite it after editing a lexicon

A test fails, naming this command, when a shipped pattern is missing from it.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["FILENAME", "VERSION", "Known", "key", "shipped", "write"]

FILENAME = "prefilter.json"
VERSION = 2
"""The prefilter's analysis version: a cache written by another is ignored."""

Known = dict[str, list[list[str]]]
"""Pattern key -> the sets of strings it needs one of each (sorted); [] when none was
found (it always runs)."""


def key(regex: str) -> str:
    """The cache key of an expanded pattern (or exclude)."""
    return hashlib.blake2b(regex.encode("utf-8"), digest_size=10).hexdigest()


@cache
def shipped() -> Known:
    """The cache in the package (empty if it is missing or of another version)."""
    path = _packaged()
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data["patterns"] if data.get("version") == VERSION else {}


def _packaged() -> Path:
    return Path(str(resources.files("bastion.detectors").joinpath("data", FILENAME)))


def write(path: Path | None = None) -> Path:
    """Analyse every shipped lexicon afresh and write the cache (to the package's data)."""
    from bastion.detectors import counter_speech
    from bastion.detectors.lexicon import LexiconDetector, PhraseLexicon
    from bastion.detectors.registry import load_detectors

    known: Known = {}
    sources = [d.lexicon.source for d in load_detectors() if isinstance(d, LexiconDetector)]
    for source in [*sources, counter_speech.LEXICON_FILE]:
        known.update(PhraseLexicon.from_file(source, known={}).analysis)
    target = path or _packaged()
    rows = [
        f"{json.dumps(k)}:{json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
        for k, v in sorted(known.items())
    ]  # one pattern a line: a lexicon edit changes a few lines of the file
    body = f'{{"version":{VERSION},"patterns":{{\n' + ",\n".join(rows) + "\n}}\n"
    target.write_text(body, encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"wrote {write()}")
