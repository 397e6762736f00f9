"""The shape of a transparency-report part: named columns and rows of cells."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Cell", "Table"]

Cell = int | float | str | None
"""One template cell; ``None`` is a blank cell (the requirement does not apply)."""


@dataclass
class Table:
    """One part of the template: named columns, rows of cells (``None`` = blank)."""

    name: str
    columns: list[str]
    rows: list[dict[str, Cell]] = field(default_factory=list)
    note: str = ""

    def row(self, **keys: str) -> dict[str, Cell]:
        """The first row whose cells equal ``keys`` (for tests and summaries)."""
        for row in self.rows:
            if all(row.get(k) == v for k, v in keys.items()):
                return row
        raise KeyError(f"{self.name}: no row {keys}")
