"""Meta-tests that keep the whole honest: everything shipped is configured, documented and typed."""

from __future__ import annotations

from pathlib import Path

import bastion
from bastion import taxonomy
from bastion.artifacts.extraction import load_extractors
from bastion.config import Settings
from bastion.detectors.registry import load_detectors
from bastion.policy import load_policy, shipped_policy_path
from bastion.scanner import component_params

ROOT = Path(__file__).resolve().parent.parent


def test_every_category_is_defined_and_ruled_in_the_shipped_policy() -> None:
    policy = load_policy(shipped_policy_path()).policy
    assert set(policy.categories) == set(taxonomy.CATEGORIES)
    assert set(policy.surface("default").rules) == set(taxonomy.CATEGORIES)


def test_every_builtin_detector_is_documented_and_required_ones_exist() -> None:
    concepts = (ROOT / "docs" / "concepts.md").read_text()
    names = {d.name for d in load_detectors()} | {e.name for e in load_extractors()}
    for name in names:
        assert f"`{name}`" in concepts, f"detector {name} is not documented in docs/concepts.md"
    policy = load_policy(shipped_policy_path()).policy
    for surface in policy.surfaces.values():
        assert set(surface.required_detectors or []) <= names


def test_builtin_detectors_and_extractors_load_cleanly(sqlite_url: str) -> None:
    """With the parameters a deployment's settings give them (the banks' database ...)."""
    params = component_params(Settings(database_url=sqlite_url))
    for component in [*load_detectors(None, params), *load_extractors(None, params)]:
        assert component.unavailable_reason() is None, component.name


def test_public_api() -> None:
    for name in bastion.__all__:
        assert hasattr(bastion, name), name
    assert (ROOT / "src" / "bastion" / "py.typed").exists()


def test_shipped_policy_is_reachable_from_repo_root() -> None:
    assert (ROOT / "policies" / "default.yaml").read_text() == shipped_policy_path().read_text()
