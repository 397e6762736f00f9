"""``bastion datasets``: import public source sets into the registry, list and show them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from bastion.datasets.format import DatasetError
from bastion.datasets.importers import IMPORTERS
from bastion.datasets.registry import Registry, default_source_root

__all__ = ["datasets"]

EXIT_INPUT = 2


class _DatasetsGroup(click.Group):
    """Reports dataset errors as one ``error:`` line and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DatasetError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_INPUT)


@click.group(cls=_DatasetsGroup)
@click.option(
    "--registry",
    "registry_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Registry folder (default: <BASTION_DATA_DIR or user data dir>/datasets).",
)
@click.pass_context
def datasets(ctx: click.Context, registry_dir: Path | None) -> None:
    """Labeled datasets: import public sets, list and show what is imported."""
    ctx.obj = Registry(registry_dir)


@datasets.command("sources")
def sources() -> None:
    """The source sets an importer exists for: licence, use (train/eval), languages."""
    for imp in IMPORTERS.values():
        click.echo(f"{imp.name:28} {imp.use:5} {','.join(imp.languages):10} {imp.licence}")


@datasets.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per dataset.")
@click.pass_obj
def list_cmd(registry: Registry, as_json: bool) -> None:
    """Imported datasets, latest version of each."""
    rows = registry.list_datasets()
    if as_json:
        for m in rows:
            keys = ("name", "version", "use", "licence", "versions", "created_at")
            click.echo(json.dumps({**{k: m[k] for k in keys}, "examples": m["counts"]["examples"]}))
        return
    if not rows:
        click.echo("no datasets imported yet; run: bastion datasets import --all")
        return
    click.echo(f"{'NAME':28} {'VERSION':16} {'USE':5} {'EXAMPLES':>8} {'VERSIONS':>8}  LICENCE")
    for m in rows:
        click.echo(
            f"{m['name']:28} {m['version']:16} {m['use']:5} {m['counts']['examples']:>8} "
            f"{m['versions']:>8}  {m['licence']}"
        )


@datasets.command("show")
@click.argument("name")
@click.option("--version", default=None, help="A version or its unique prefix (default: latest).")
@click.pass_obj
def show_cmd(registry: Registry, name: str, version: str | None) -> None:
    """The manifest of one dataset version (provenance, mapping, counts) as JSON."""
    click.echo(json.dumps(registry.show(name, version), indent=2, ensure_ascii=False))


@datasets.command("import")
@click.argument("names", nargs=-1)
@click.option("--all", "import_all", is_flag=True, help="Import every set found in the source.")
@click.option(
    "--from",
    "source",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding one sub-folder per set "
    "(default: $BASTION_SHARED_DATA, else ../shared/data).",
)
@click.pass_obj
def import_cmd(
    registry: Registry, names: tuple[str, ...], import_all: bool, source: Path | None
) -> None:
    """Import NAME... (or --all) from the source folder into the registry."""
    if bool(names) == import_all:
        raise click.UsageError("name one or more sets, or pass --all (not both)")
    root = source if source is not None else default_source_root(_shared_data())
    if root is None or not root.is_dir():
        where = f" {root} does not exist;" if root is not None else ""
        raise click.UsageError(
            f"no source folder:{where} pass --from DIR or set BASTION_SHARED_DATA"
        )
    wanted = list(names) or [n for n in IMPORTERS if (root / n).is_dir()]
    if not wanted:
        raise click.UsageError(f"{root} holds none of the known sets (see: datasets sources)")
    for name in wanted:
        result = registry.import_set(name, root)
        m = result.manifest
        state = "imported" if result.created else "unchanged"
        click.echo(f"{state} {name} {m['version']} ({m['counts']['examples']} examples)")


def _shared_data() -> Path | None:
    """The ``shared_data`` setting of this command line."""
    from bastion.config import command_settings

    return command_settings(click.get_current_context().find_root().obj).shared_data
