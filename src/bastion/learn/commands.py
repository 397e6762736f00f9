"""``bastion train``: rebuild the shipped text models."""

from __future__ import annotations

from pathlib import Path

import click

from bastion.intake import InputError


@click.command()
@click.option(
    "--data",
    "data_root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of source sets (default: $BASTION_SHARED_DATA or ../shared/data).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the bundle (default: the shipped bundle inside the package).",
)
@click.option("--seed", default=0, show_default=True, help="Random seed (sampling, solvers).")
@click.option("--cap", default=1500, show_default=True, help="Examples per source set.")
def train(data_root: Path | None, out: Path | None, seed: int, cap: int) -> None:
    """Train the shipped text models from train-licensed data, reproducibly."""
    from bastion.config import data_dir
    from bastion.datasets.registry import default_source_root
    from bastion.learn.train import train_text_models
    from bastion.models.bundle import SHIPPED

    root = data_root or default_source_root()
    if root is None:
        raise InputError("no data folder: pass --data DIR or set BASTION_SHARED_DATA")
    train_text_models(
        root,
        out or SHIPPED,
        seed=seed,
        cap=cap,
        cache=data_dir() / "cache" / "embeddings.npz",
        progress=lambda line: click.echo(line, err=True),
    )
