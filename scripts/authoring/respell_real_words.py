"""The misspellings of identity words that are real words, for ``respell.REAL_WORDS``.

    apt-get install wamerican wbritish wngerman wspanish wfrench witalian wportuguese \
        wpolish wdutch
    .venv/bin/python scripts/authoring/respell_real_words.py

Prints the variants that ``respell`` would generate (before its stoplist) and that one of
Debian's word lists for the languages of ``IDENTITY_WORDS`` holds, lower-cased. Paste them
into ``REAL_WORDS``; a variant of one identity word that is the same word spelt another
way ("travelers") may stay out.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from bastion.artifacts.respell import IDENTITY_WORDS, _variants  # noqa: E402

LISTS = (
    "american-english", "british-english", "ngerman", "spanish", "french", "italian",
    "portuguese", "polish", "dutch",
)  # fmt: skip


def main() -> None:
    real: set[str] = set()
    for name in LISTS:
        path = Path("/usr/share/dict") / name
        real.update(line.strip().lower() for line in path.read_text(errors="ignore").splitlines())
    words = {w for language in IDENTITY_WORDS.values() for w in language}
    found = {v for w in words for v in _variants(w) if len(v) >= 4 and v in real and v not in words}
    print(", ".join(f'"{v}"' for v in sorted(found)))


if __name__ == "__main__":
    main()
