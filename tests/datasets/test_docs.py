"""docs/datasets.md maps every importer, with the same use and languages as the code."""

from __future__ import annotations

import re
from pathlib import Path

from bastion.datasets.importers import IMPORTERS

DOC = Path(__file__).resolve().parents[2] / "docs" / "datasets.md"
ROW = re.compile(
    r"^\| ([a-z0-9-]+) \| ([^|]+) \| (train|eval) \| ([a-z, ]+) \| ([^|]+) \| ([^|]+) \|$", re.M
)


def test_docs_table_matches_importers() -> None:
    rows = ROW.findall(DOC.read_text(encoding="utf-8"))
    documented = {name: (use, langs) for name, _, use, langs, _, _ in rows}
    expected = {n: (i.use, ", ".join(i.languages)) for n, i in IMPORTERS.items()}
    assert documented == expected
    assert [row[0] for row in rows] == list(IMPORTERS)  # README order: train, then eval


def test_every_set_documents_its_mapping_licence_and_unknowns() -> None:
    for name, licence, _, _, mapping, unknown in ROW.findall(DOC.read_text(encoding="utf-8")):
        assert licence.strip() and unknown.strip(), name
        assert "→" in mapping or "labels empty" in mapping, name
