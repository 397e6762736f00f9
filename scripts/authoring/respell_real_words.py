"""Real words that ``respell`` must leave alone: ``REAL_WORDS`` and ``GLUED_REAL_WORDS``.

    apt-get install wamerican wbritish wngerman wspanish wfrench witalian wportuguese \
        wpolish wdutch
    .venv/bin/python scripts/authoring/respell_real_words.py

Prints, from Debian's word lists for the languages of ``IDENTITY_WORDS`` (lower-cased):
the misspellings that ``respell`` would generate and that are words (paste them into
``REAL_WORDS``; a variant that is the same word spelt another way, "travelers", may stay
out), then the words that ``split_glued`` would split (paste them into ``GLUED_REAL_WORDS``).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

respell = importlib.import_module("bastion.artifacts.respell")  # the package re-exports a function

LISTS = (
    "american-english", "british-english", "ngerman", "spanish", "french", "italian",
    "portuguese", "polish", "dutch",
)  # fmt: skip


def main() -> None:
    real: set[str] = set()
    for name in LISTS:
        path = Path("/usr/share/dict") / name
        real.update(line.strip().lower() for line in path.read_text(errors="ignore").splitlines())
    words = {w for language in respell.IDENTITY_WORDS.values() for w in language}
    variants = {v for w in words for v in respell._variants(w) if len(v) >= 4}
    print(", ".join(f'"{v}"' for v in sorted(variants & real - words)))
    glued = {w for w in real if w.isalpha() and respell._split(w)}
    print(", ".join(f'"{w}"' for w in sorted(glued)))


if __name__ == "__main__":
    main()
