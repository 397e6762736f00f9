"""Meta-tests for the seams between packages: each fact has one owner (issue 14).

* Each package owns its tables (``bastion.<package>.tables``); only that package imports
  them, in the code and in the tests (tests of other packages go through the owner's
  typed functions, so they exercise states production can reach).
"""

from __future__ import annotations

import ast
import functools
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


# -- settings are read once ----------------------------------------------------------------

READS_SETTINGS = {
    "bastion.config": "the one reader of BASTION_* variables",
    "bastion.models.bundle": (
        "BASTION_MODEL_DIR: the text-model bundle is being rewritten in parallel; the override "
        "moves to Settings with it"
    ),
}
BUILDS_SETTINGS = {
    "bastion": "bastion.scan(): the library's entry point",
    "bastion.cli": "the command line's root, once per invocation",
    "bastion.service.server": "each uvicorn worker process's entry point",
    "bastion.batch.worker": "re-creates the caller's settings in a worker process (Ray, pool)",
    "bastion.service.engine_pool": "re-creates the server's settings in an engine process",
}


def _environment_reads(tree: ast.AST) -> list[int]:
    """Lines that read os.environ / os.getenv with a BASTION_* name (literal or f-string)."""
    found = []
    for node in ast.walk(tree):
        target = None
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            target = node.slice
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in (
            "os.environ.get",
            "os.getenv",
        ):
            target = node.args[0] if node.args else None
        if target is not None and "BASTION_" in ast.unparse(target):
            found.append(node.lineno)
    return found


def test_nothing_reads_bastion_variables_but_the_settings() -> None:
    wrong = []
    for module, path in _modules(SRC, "bastion"):
        if module in READS_SETTINGS:
            continue
        tree = ast.parse(path.read_text())
        assigned_reads = [
            n.lineno
            for n in ast.walk(tree)
            if isinstance(n, ast.Subscript)
            and ast.unparse(n.value) == "os.environ"
            and isinstance(n.ctx, ast.Load)
        ]
        for line in _environment_reads(tree):
            if line in assigned_reads or not _is_store(tree, line):
                wrong.append(f"{path.relative_to(ROOT)}:{line}")
    assert wrong == [], "read it from Settings (bastion.config) and pass it down:\n" + "\n".join(
        wrong
    )


def _is_store(tree: ast.AST, line: int) -> bool:
    """Writing ``os.environ[...] = ...`` (handing settings to child processes) is allowed."""
    return any(
        isinstance(n, ast.Subscript) and n.lineno == line and isinstance(n.ctx, ast.Store)
        for n in ast.walk(tree)
    )


def test_settings_are_built_only_at_entry_points() -> None:
    wrong = []
    for module, path in _modules(SRC, "bastion"):
        if module in BUILDS_SETTINGS or module == "bastion.config":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in (
                "Settings",
                "Settings.model_validate",
                "config.Settings",
            ):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == [], "take the Settings the entry point built:\n" + "\n".join(wrong)


# -- a pure decision core, no cycles, a light vocabulary -----------------------------------

CORE = {"artifacts", "detectors", "fusion", "policy", "intake", "types", "taxonomy"}


@functools.cache
def _package_imports() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, path in _modules(SRC, "bastion"):
        source = _package(module) if module.count(".") > 1 else module.split(".")[-1]
        for imported in _imports(path):
            if not imported.startswith("bastion."):
                continue
            target = _package(imported) if imported.count(".") > 1 else imported.split(".")[1]
            if target != source:
                edges.setdefault(source, set()).add(target)
    return edges


def test_the_decision_core_depends_only_on_its_stages() -> None:
    """pipeline: artifacts, detectors, fusion, policy (and the vocabulary, intake checks);
    review routing, media views and the decision log are wired by its callers."""
    used = _package_imports()["pipeline"]
    assert used <= CORE, sorted(used - CORE)
    for stage in ("artifacts", "detectors", "fusion", "policy"):
        reached = _reachable(stage)
        assert not reached & {"review", "accounts", "comply", "service", "scanner", "jobs"}, (
            stage,
            sorted(reached),
        )


def _reachable(start: str) -> set[str]:
    edges = _package_imports()
    seen, todo = set(), [start]
    while todo:
        for target in edges.get(todo.pop(), set()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_no_import_cycles_between_packages() -> None:
    edges = _package_imports()
    cycles = sorted(
        f"{a} <-> {b}"
        for a, targets in edges.items()
        for b in targets
        if a < b and a in edges.get(b, set())
    )
    assert cycles == []
    for package in edges:
        assert package not in _reachable(package), f"{package} imports itself through others"


def test_importing_the_vocabulary_loads_no_database_model_or_scipy() -> None:
    import subprocess
    import sys

    heavy = ("sqlalchemy", "scipy", "sklearn", "numpy", "bastion.models", "bastion.store")
    probe = (
        "import sys, bastion.types; "
        f"print([m for m in sys.modules if m.split('.')[0] in {heavy!r} or m in {heavy!r}])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_every_setting_is_documented() -> None:
    from bastion.config import Settings

    page = (ROOT / "docs" / "configuration.md").read_text()
    missing = [name for name in Settings.model_fields if f"`{name}`" not in page]
    assert missing == [], f"document these settings in docs/configuration.md: {missing}"


# -- one vocabulary per fact ----------------------------------------------------------------

VOCABULARIES = {
    "severities": {"low", "medium", "high", "critical"},
    "verdicts": {"violating", "not_violating", "escalate"},
    "review reasons": {"hold", "uncertain", "appeal", "random", "gold", "active_learning"},
    "actions": {"allow", "label", "age_restrict", "demote", "hold_for_review", "block"},
    "account actions": {"suspend_account", "terminate_account", "demonetise"},
}


def test_one_vocabulary_per_fact() -> None:
    """Before: severity was spelled four ways (review, routing, compliance, policy). Each
    vocabulary is now one enum in bastion.types; no other module lists its words again."""
    wrong = []
    for module, path in _modules(SRC, "bastion"):
        if module == "bastion.types" or ".migrations." in module:
            continue  # migrations are snapshots: they must not follow today's vocabulary
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Dict):
                items = [k for k in node.keys if k is not None]
            elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                items = list(node.elts)
            else:
                continue
            words = {i.value for i in items if isinstance(i, ast.Constant)}
            for name, vocabulary in VOCABULARIES.items():
                if len(words & vocabulary) >= 3:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} spells the {name}")
    assert wrong == [], "import the enum from bastion.types:\n" + "\n".join(wrong)
