"""Meta-tests for the seams between packages: each fact has one owner (issue 14).

* Each package owns its tables (``bastion.<package>.tables``); only that package imports
  them, in the code and in the tests (tests of other packages go through the owner's
  typed functions, so they exercise states production can reach).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "bastion"
TESTS = ROOT / "tests"


def _modules(folder: Path, prefix: str) -> Iterator[tuple[str, Path]]:
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join((prefix, *parts)), path


def _imports(path: Path) -> set[str]:
    """Every module an ``import`` statement in ``path`` names (also inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else module


def table_modules() -> list[str]:
    return [m for m, _ in _modules(SRC, "bastion") if m.endswith(".tables")]


def test_every_package_declares_its_tables_in_one_module() -> None:
    owners = {_package(m) for m in table_modules()}
    assert {"store", "review", "jobs", "comply", "banks", "accounts"} <= owners


SEEDS_OLDER_ROWS = {
    "tests/learn/conftest.py": "verdict rows of older shapes (bare or erased payloads)",
    "tests/learn/test_export.py": "verdict rows of older shapes (bare or erased payloads)",
    "tests/learn/test_bank_media.py": "media verdicts of older shapes, decisions without a log",
    "tests/service/test_queue.py": "the job queue's own tests: expires leases to fake a crash",
    "tests/service/test_commands.py": "the key store's own tests: the secret is stored hashed",
}
"""Test modules that write another owner's rows directly, and why (keep this short)."""


def test_only_the_owner_imports_its_tables() -> None:
    tables = set(table_modules())
    wrong = []
    for module, path in _modules(SRC, "bastion"):
        for imported in _imports(path) & tables:
            if _package(imported) != _package(module):
                wrong.append(f"{path.relative_to(ROOT)} imports {imported}")
    for _module, path in _modules(TESTS, "tests"):
        relative = str(path.relative_to(ROOT))
        if path == TESTS / "store" / "test_migrations.py" or relative in SEEDS_OLDER_ROWS:
            continue  # checks the migrations build every owner's tables; or listed above
        folder = path.relative_to(TESTS).parts[0]
        for imported in _imports(path) & tables:
            if _package(imported) != folder:
                wrong.append(f"{path.relative_to(ROOT)} imports {imported}")
    assert wrong == [], "go through the owner's functions:\n" + "\n".join(wrong)
