"""``bastion banks``: hash banks of known media (create, add, remove, list, match, confirm).

Errors are one line on stderr with exit code 2, like every other command.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from bastion.config import command_settings

__all__ = ["banks"]

EXIT_INPUT = 2


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(EXIT_INPUT)


@contextmanager
def _store(ctx: click.Context) -> Iterator[Any]:
    from bastion.banks import BankError, BankStore
    from bastion.media.errors import MediaError, MediaUnavailableError

    settings = command_settings(ctx.find_root().obj)
    store = BankStore.open(settings.database_url)
    try:
        yield store
    except (BankError, MediaError, MediaUnavailableError, ValueError) as exc:
        _fail(str(exc))
    finally:
        store.close()


def _echo(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


@click.group()
def banks() -> None:
    """Hash banks of known media: PDQ image hashes, Chromaprint audio fingerprints."""


@banks.command("create")
@click.argument("name")
@click.option("--kind", type=click.Choice(["pdq", "chromaprint"]), default="pdq", show_default=True)
@click.option("--category", default="known-match", show_default=True, help="Taxonomy category.")
@click.option(
    "--max-distance",
    type=float,
    help="Match threshold: PDQ bits (default 31) or fingerprint bit error rate (default 0.25).",
)
@click.option("--description", help="What the bank holds and where it comes from.")
@click.pass_context
def banks_create(
    ctx: click.Context,
    name: str,
    kind: str,
    category: str,
    max_distance: float | None,
    description: str | None,
) -> None:
    """Create a bank NAME whose matches carry CATEGORY."""
    with _store(ctx) as store:
        bank = store.create_bank(name, kind, category, description, max_distance)
        _echo({"id": bank.id, "name": bank.name, "kind": bank.kind, "category": bank.category})


def _hash(ctx: click.Context, kind: str, path: Path) -> tuple[str, int | None]:
    from bastion.banks.hashing import hash_file
    from bastion.media.limits import MediaLimits

    return hash_file(kind, path, MediaLimits.from_settings(command_settings(ctx.find_root().obj)))


@banks.command("add")
@click.argument("bank")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--hash", "hashes", multiple=True, help="A hash to add (repeat): PDQ hex, ...")
@click.option("--label", help="A label stored with each entry (e.g. a case number).")
@click.pass_context
def banks_add(
    ctx: click.Context,
    bank: str,
    files: tuple[Path, ...],
    hashes: tuple[str, ...],
    label: str | None,
) -> None:
    """Add FILES (hashed here) and/or --hash values to BANK; prints the entry ids."""
    if not files and not hashes:
        raise click.UsageError("give FILES to hash, or --hash VALUE")
    from bastion.media.fingerprint import decode_fingerprint, encode_fingerprint
    from bastion.media.pdq import MIN_QUALITY, normalise_hash

    with _store(ctx) as store:
        target = store.bank(bank)
        added = []
        for raw in hashes:
            if target.kind == "pdq":
                value = normalise_hash(raw)
            else:
                value = encode_fingerprint(decode_fingerprint(raw.strip().lower()))
            entry = store.add_entry(target, value, None, label, "hash")
            added.append({"id": entry.id, "hash": value})
        for path in files:
            value, quality = _hash(ctx, target.kind, path)
            if quality is not None and quality < MIN_QUALITY:
                click.echo(
                    f"warning: {path}: PDQ quality {quality} < {MIN_QUALITY}; "
                    "such hashes match unreliably",
                    err=True,
                )
            entry = store.add_entry(target, value, quality, label, str(path))
            added.append({"id": entry.id, "file": str(path), "quality": quality})
        _echo({"bank": target.name, "added": added})


@banks.command("remove")
@click.argument("entry_ids", nargs=-1, required=True)
@click.pass_context
def banks_remove(ctx: click.Context, entry_ids: tuple[str, ...]) -> None:
    """Remove entries by id."""
    with _store(ctx) as store:
        for entry_id in entry_ids:
            store.remove_entry(entry_id)
        _echo({"removed": list(entry_ids)})


@banks.command("list")
@click.option("--entries", "bank", help="List the entries of this bank instead.")
@click.pass_context
def banks_list(ctx: click.Context, bank: str | None) -> None:
    """List banks with their entry counts (or one bank's entries)."""
    with _store(ctx) as store:
        if bank is None:
            _echo(
                [
                    {
                        "name": b.name,
                        "kind": b.kind,
                        "category": b.category,
                        "max_distance": b.max_distance,
                        "entries": b.entries,
                        "description": b.description,
                    }
                    for b in store.banks()
                ]
            )
            return
        target = store.bank(bank)
        _echo(
            [
                {"id": e.id, "hash": e.hash[:64], "label": e.label, "source": e.source}
                for b, e in store.entries(target.kind)
                if b.id == target.id
            ]
        )


@banks.command("match")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["pdq", "chromaprint"]), default="pdq", show_default=True)
@click.option("--max-distance", type=float, help="Override every bank's threshold.")
@click.option("--item-id", help="Item id recorded with the matches.")
@click.pass_context
def banks_match(
    ctx: click.Context, file: Path, kind: str, max_distance: float | None, item_id: str | None
) -> None:
    """Match FILE against all banks of KIND; records and prints each match with its id."""
    from bastion.banks.live import LivePdqBanks
    from bastion.banks.matching import fingerprint_key, match_fingerprint, match_pdq_indexed
    from bastion.media.fingerprint import decode_fingerprint

    with _store(ctx) as store:
        quality: int | None
        if kind == "pdq":
            from bastion.media.image import load_image
            from bastion.media.pdq import pdq_hash

            value, quality = pdq_hash(load_image(file))
        else:
            value, quality = _hash(ctx, kind, file)
        if kind == "pdq":  # through the index the scanner uses, not entry by entry
            hits = match_pdq_indexed(LivePdqBanks(store), value, quality or 0, max_distance)
            key = value
        else:
            content = decode_fingerprint(value)
            hits = match_fingerprint(content, store.entries(kind), max_distance)
            key = fingerprint_key(content)
        out = []
        for hit in hits:
            match = store.record_match(hit.bank, hit.entry.id, key, hit.distance, item_id)
            row: dict[str, Any] = {
                "match": match.id,
                "bank": hit.bank.name,
                "category": hit.bank.category,
                "entry": hit.entry.id,
                "label": hit.entry.label,
                "distance": hit.distance,
                "status": match.status,
            }
            if hit.alignment is not None:
                row["time_range"] = [hit.alignment.start_s, hit.alignment.end_s]
            out.append(row)
        _echo({"file": str(file), "hash": key, "quality": quality, "matches": out})


@banks.command("confirm")
@click.argument("match_id")
@click.option("--reviewer", help="Who confirmed it.")
@click.pass_context
def banks_confirm(ctx: click.Context, match_id: str, reviewer: str | None) -> None:
    """Confirm a match: it now scores as certain."""
    with _store(ctx) as store:
        store.set_status(match_id, "confirmed", reviewer)
        _echo({"match": match_id, "status": "confirmed"})


@banks.command("deconfirm")
@click.argument("match_id")
@click.option("--reviewer", help="Who deconfirmed it.")
@click.pass_context
def banks_deconfirm(ctx: click.Context, match_id: str, reviewer: str | None) -> None:
    """Deconfirm a match (a false positive): this content no longer matches that entry."""
    with _store(ctx) as store:
        store.set_status(match_id, "deconfirmed", reviewer)
        _echo({"match": match_id, "status": "deconfirmed"})
