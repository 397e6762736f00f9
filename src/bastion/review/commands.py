"""``bastion reviewers`` (accounts for the review UI) and ``bastion review`` (queues, gold)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from bastion.config import Settings, command_settings

__all__ = ["review", "reviewers"]

EXIT_INPUT = 2
PASSWORD_ENV = "BASTION_REVIEWER_PASSWORD"

_database_option = click.option(
    "--database-url", help="Database URL (overrides the global option and $BASTION_DATABASE_URL)."
)


def _settings(ctx: click.Context, database_url: str | None) -> Settings:
    return command_settings(ctx.find_root().obj, database_url=database_url or None)


@contextmanager
def _database(ctx: click.Context, database_url: str | None) -> Iterator[Any]:
    from bastion.store import DecisionLog

    log = DecisionLog.open(_settings(ctx, database_url).database_url)  # migrates
    try:
        yield log.engine
    finally:
        log.close()


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INPUT)


@click.group()
def reviewers() -> None:
    """Reviewer accounts for the review UI: add, list, disable, set a password or a role."""


@reviewers.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(["reviewer", "senior", "admin"]),
    default="reviewer",
    show_default=True,
    help="senior: also appeals and escalations; admin: everything.",
)
@click.option(
    "--queues",
    default="",
    help="Comma-separated grants queue[:lang[:jurisdiction]], e.g. hate,harassment:de or *.",
)
@click.option("--display-name", help="Shown in the UI (default: NAME).")
@_database_option
@click.pass_context
def reviewers_add(
    ctx: click.Context,
    name: str,
    role: str,
    queues: str,
    display_name: str | None,
    database_url: str | None,
) -> None:
    """Add reviewer NAME; the password is read from $BASTION_REVIEWER_PASSWORD or prompted."""
    from bastion.review.reviewers import ReviewerStore

    password = os.environ.get(PASSWORD_ENV) or click.prompt(
        f"password for {name}", hide_input=True, confirmation_prompt=True
    )
    with _database(ctx, database_url) as engine:
        try:
            added = ReviewerStore(engine).add(
                name.lower(),
                role=role,
                queues=queues or ("*" if role == "admin" else ""),
                password=password,
                display_name=display_name,
            )
        except ValueError as exc:
            _fail(str(exc))
            return
    grants = ",".join(str(g) for g in added.grants) or "*"
    click.echo(f"added reviewer {added.id} ({added.role}; queues {grants})")


@reviewers.command("list")
@_database_option
@click.pass_context
def reviewers_list(ctx: click.Context, database_url: str | None) -> None:
    """Name, role, queues and whether the account is enabled."""
    from bastion.review.reviewers import ReviewerStore

    with _database(ctx, database_url) as engine:
        found = ReviewerStore(engine).list()
    for reviewer, enabled in found:
        grants = ",".join(str(g) for g in reviewer.grants) or "*"
        state = "enabled" if enabled else "disabled"
        click.echo(f"{reviewer.id}\t{reviewer.role}\t{grants}\t{state}")


@reviewers.command("disable")
@click.argument("name")
@_database_option
@click.pass_context
def reviewers_disable(ctx: click.Context, name: str, database_url: str | None) -> None:
    """Disable NAME: every session of theirs ends at once; verdicts stay."""
    from bastion.review.reviewers import ReviewerStore

    with _database(ctx, database_url) as engine:
        if not ReviewerStore(engine).disable(name):
            _fail(f"no enabled reviewer {name!r} (see: bastion reviewers list)")
    click.echo(f"disabled reviewer {name}")


@reviewers.command("passwd")
@click.argument("name")
@_database_option
@click.pass_context
def reviewers_passwd(ctx: click.Context, name: str, database_url: str | None) -> None:
    """Set NAME's password ($BASTION_REVIEWER_PASSWORD or prompted); ends their sessions."""
    from bastion.review.reviewers import ReviewerStore

    password = os.environ.get(PASSWORD_ENV) or click.prompt(
        f"new password for {name}", hide_input=True, confirmation_prompt=True
    )
    with _database(ctx, database_url) as engine:
        try:
            if not ReviewerStore(engine).set_password(name, password):
                _fail(f"no reviewer {name!r} (see: bastion reviewers list)")
        except ValueError as exc:
            _fail(str(exc))
    click.echo(f"password set for {name}")


@reviewers.command("set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(["reviewer", "senior", "admin"]))
@_database_option
@click.pass_context
def reviewers_set_role(ctx: click.Context, name: str, role: str, database_url: str | None) -> None:
    """Give NAME another ROLE; every session of theirs ends (they sign in again)."""
    from bastion.review.reviewers import ReviewerStore

    with _database(ctx, database_url) as engine:
        if not ReviewerStore(engine).set_role(name, role):
            _fail(f"no reviewer {name!r} (see: bastion reviewers list)")
    click.echo(f"{name} is now {role}")


@click.group()
def review() -> None:
    """The review queues: open work, gold items, agreement statistics."""


@review.command("queues")
@_database_option
@click.pass_context
def review_queues(ctx: click.Context, database_url: str | None) -> None:
    """Open, overdue and claimed tasks per queue, language and jurisdiction."""
    from bastion.review.queue import ReviewQueue
    from bastion.review.reviewers import Reviewer

    everyone = Reviewer("cli", "cli", "admin", ())
    with _database(ctx, database_url) as engine:
        counts = ReviewQueue(engine).overview(everyone)
    click.echo("queue\tlang\tjurisdiction\topen\toverdue\tclaimed")
    for c in counts:
        where = f"{c.queue}\t{c.lang or '-'}\t{c.jurisdiction or '-'}"
        click.echo(f"{where}\t{c.open}\t{c.overdue}\t{c.claimed}")


@review.command("seed-gold")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--reviews-required",
    type=click.IntRange(1, 10),
    default=3,
    show_default=True,
    help="Different reviewers who judge each gold item.",
)
@_database_option
@click.pass_context
def review_seed_gold(
    ctx: click.Context, path: Path, reviews_required: int, database_url: str | None
) -> None:
    """Seed gold items from JSONL lines {"item": {...}, "verdict": ..., "category": ...}."""
    from bastion.intake import InputError
    from bastion.policy import load_policy, shipped_policy_path
    from bastion.review.gold import gold_from_json, seed_gold
    from bastion.review.routing import ReviewRouting

    settings = _settings(ctx, database_url)
    golds = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            golds.append(gold_from_json(json.loads(line)))
        except (ValueError, InputError) as exc:
            _fail(f"{path}:{number}: {exc}")
    routing = ReviewRouting(load_policy(settings.policy or shipped_policy_path()))
    with _database(ctx, database_url) as engine:
        ids = seed_gold(engine, routing, golds, reviews_required=reviews_required)
    click.echo(f"seeded {len(ids)} gold items")


@review.command("stats")
@click.option("--queue", help="Only this queue.")
@_database_option
@click.pass_context
def review_stats_command(ctx: click.Context, queue: str | None, database_url: str | None) -> None:
    """Agreement (Krippendorff's alpha, Cohen's kappa), overturn rate, gold accuracy as JSON."""
    from bastion.review.stats import review_stats

    with _database(ctx, database_url) as engine:
        click.echo(json.dumps(review_stats(engine, queue=queue), indent=2))
