"""docs/datasets.md lists every importer with the same use and languages as the code."""

from __future__ import annotations

import re
from pathlib import Path

from bastion.datasets.importers import IMPORTERS

DOC = Path(__file__).resolve().parents[2] / "docs" / "datasets.md"


def test_docs_table_matches_importers() -> None:
    rows = re.findall(
        r"^\| ([a-z0-9-]+) \| [^|]+ \| (train|eval) \| ([a-z, ]+) \| [^|]+ \|$",
        DOC.read_text(encoding="utf-8"),
        re.M,
    )
    documented = {name: (use, langs) for name, use, langs in rows}
    expected = {n: (i.use, ", ".join(i.languages)) for n, i in IMPORTERS.items()}
    assert documented == expected
