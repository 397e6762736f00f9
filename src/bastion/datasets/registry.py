"""Imported datasets on disk, one folder per content version.

Layout: ``<root>/<name>/<version>/{examples.jsonl, manifest.json}`` where
``<root>`` defaults to ``<BASTION_DATA_DIR or the user data dir>/datasets``
and ``<version>`` is the start of the sha256 of the canonical JSONL. Importing
identical content again finds the same version (nothing is written);
importing changed content adds a version beside the old ones. "Latest" is
the most recently imported version.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bastion.config import data_dir
from bastion.datasets.format import DatasetError, Example, dump_jsonl, read_jsonl
from bastion.datasets.importers import get_importer
from bastion.datasets.manifest import VERSION_CHARS, build_manifest

__all__ = [
    "ImportResult",
    "Registry",
    "RegistryError",
    "default_registry_root",
    "default_source_root",
    "import_set",
    "list_datasets",
    "load",
    "show",
]

EXAMPLES = "examples.jsonl"
MANIFEST = "manifest.json"


class RegistryError(DatasetError, LookupError):
    """An unknown dataset or version, or a stored version that fails its checksum."""


def default_registry_root() -> Path:
    return data_dir() / "datasets"


def default_source_root(configured: Path | None = None) -> Path | None:
    """``configured`` (the ``shared_data`` setting), else ``../shared/data`` from the working
    directory if present."""
    if configured is not None:
        return configured
    candidate = Path("..") / "shared" / "data"
    return candidate.resolve() if candidate.is_dir() else None


@dataclass(frozen=True)
class ImportResult:
    manifest: dict[str, Any]
    created: bool
    """False when this exact content was already imported (same version)."""


class Registry:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_registry_root()

    def import_set(self, name: str, source_root: Path | None = None) -> ImportResult:
        """Run the importer for ``name`` over ``<source_root>/<name>`` and store the result."""
        importer = get_importer(name)
        base = source_root if source_root is not None else default_source_root()
        if base is None:
            raise RegistryError(
                "no source folder: pass one (--from DIR) or set BASTION_SHARED_DATA"
            )
        source = base / name
        if not source.is_dir():
            raise RegistryError(f"source folder {source} does not exist")
        examples = list(importer.load(source))
        data = dump_jsonl(examples)
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.root / name / sha256[:VERSION_CHARS]
        if (target / MANIFEST).is_file():
            return ImportResult(self._manifest(target), created=False)
        manifest = build_manifest(importer, examples, sha256, source)
        staging = self.root / name / f".tmp-{uuid.uuid4().hex}"
        staging.mkdir(parents=True)
        try:
            (staging / EXAMPLES).write_bytes(data)
            (staging / MANIFEST).write_text(
                json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            staging.rename(target)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if (target / MANIFEST).is_file():  # a concurrent import of the same content won
                return ImportResult(self._manifest(target), created=False)
            raise
        return ImportResult(manifest, created=True)

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and self._folders(p))

    def versions(self, name: str) -> list[dict[str, Any]]:
        """Manifests of every stored version of ``name``, oldest first."""
        folders = self._folders(self.root / name)
        if not folders:
            raise RegistryError(f"no imported dataset {name!r} in {self.root}")
        manifests = [self._manifest(folder) for folder in folders]
        return sorted(manifests, key=lambda m: (m["created_at"], m["version"]))

    def list_datasets(self) -> list[dict[str, Any]]:
        """The latest manifest of every dataset, with ``versions`` (how many are stored)."""
        out = []
        for name in self.names():
            versions = self.versions(name)
            out.append({**versions[-1], "versions": len(versions)})
        return out

    def show(self, name: str, version: str | None = None) -> dict[str, Any]:
        """The manifest of a version (latest by default) and the list of all versions."""
        versions = self.versions(name)
        chosen = self._choose(name, versions, version)
        return {**chosen, "versions": [m["version"] for m in versions]}

    def load(self, name: str, version: str | None = None) -> list[Example]:
        """The examples of a version (latest by default), checked against its sha256."""
        chosen = self._choose(name, self.versions(name), version)
        path = self.root / name / chosen["version"] / EXAMPLES
        if hashlib.sha256(path.read_bytes()).hexdigest() != chosen["sha256"]:
            raise RegistryError(f"{path} does not match its manifest sha256 (changed on disk?)")
        return read_jsonl(path)

    def _choose(
        self, name: str, versions: list[dict[str, Any]], version: str | None
    ) -> dict[str, Any]:
        if version is None:
            return versions[-1]
        found = [m for m in versions if m["version"].startswith(version)]
        if len(found) != 1:
            known = ", ".join(m["version"] for m in versions)
            problem = "is ambiguous" if found else "does not exist"
            raise RegistryError(f"version {version!r} of {name!r} {problem}; versions: {known}")
        return found[0]

    @staticmethod
    def _folders(folder: Path) -> list[Path]:
        if not folder.is_dir():
            return []
        return [
            p for p in folder.iterdir() if not p.name.startswith(".") and (p / MANIFEST).is_file()
        ]

    @staticmethod
    def _manifest(folder: Path) -> dict[str, Any]:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise RegistryError(f"unreadable manifest in {folder}: {exc}") from None
        if not isinstance(data, dict):
            raise RegistryError(f"manifest in {folder} is not a JSON object")
        return data


def import_set(
    name: str, source_root: Path | None = None, dest: Path | None = None
) -> ImportResult:
    """Import one source set into the registry at ``dest`` (the default registry if None)."""
    return Registry(dest).import_set(name, source_root)


def list_datasets(dest: Path | None = None) -> list[dict[str, Any]]:
    return Registry(dest).list_datasets()


def show(name: str, version: str | None = None, dest: Path | None = None) -> dict[str, Any]:
    return Registry(dest).show(name, version)


def load(name: str, version: str | None = None, dest: Path | None = None) -> list[Example]:
    return Registry(dest).load(name, version)
