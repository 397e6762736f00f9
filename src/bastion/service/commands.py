"""``bastion serve``, ``bastion worker`` and ``bastion keys``.

Heavy imports (FastAPI, uvicorn, the engine) happen inside the commands, so
the rest of the command line stays quick to start.
"""

from __future__ import annotations

import signal
import sys
import threading
from typing import Any

import click

from bastion.config import Settings, command_settings

__all__ = ["keys", "serve", "worker"]

EXIT_INPUT = 2


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    return command_settings(ctx.find_root().obj, **overrides)


_database_option = click.option(
    "--database-url",
    help="Database URL (overrides the global option and $BASTION_DATABASE_URL), "
    "e.g. postgresql://user@host:5432/bastion.",
)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, envvar="BASTION_HOST")
@click.option("--port", default=8080, show_default=True, type=int, envvar="BASTION_PORT")
@_database_option
@click.option(
    "--access-log/--no-access-log", default=True, show_default=True, help="JSON access log."
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    envvar="BASTION_WORKERS",
    help="Server processes (deciding is CPU-bound: about one per core).",
)
@click.option(
    "--engine-processes",
    type=click.IntRange(min=0),
    envvar="BASTION_ENGINE_PROCESSES",
    help="Engine processes per server process that decide scans [default: one per core, "
    "at most 4; 0 = threads of the server process].",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    database_url: str | None,
    access_log: bool,
    workers: int,
    engine_processes: int | None,
) -> None:
    """Run the HTTP API (migrates the database and loads the models first)."""
    from bastion.service.server import serve as run_server

    settings = _settings(ctx, database_url=database_url, engine_processes=engine_processes)
    click.echo(f"bastion: serving on http://{host}:{port} (docs at /docs)", err=True)
    run_server(settings, host, port, access_log=access_log, workers=workers)


@click.command()
@_database_option
@click.option("--name", help="Worker name in the jobs table (default: host:pid).")
@click.option(
    "--lease-seconds",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=1.0),
    help="How long a claimed job stays ours without a heartbeat.",
)
@click.option("--poll-seconds", default=0.5, show_default=True, type=click.FloatRange(min=0.01))
@click.option("--max-jobs", type=click.IntRange(min=1), help="Exit after this many jobs.")
@click.option(
    "--burst",
    is_flag=True,
    help="Exit when the queue is empty and every callback is delivered or failed for good "
    "(waiting for retries due within --retry-wait-seconds; later ones are reported).",
)
@click.option(
    "--retry-wait-seconds",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0.0),
    help="With --burst: the longest wait for a scheduled callback retry before exiting.",
)
@click.option(
    "--webhook-backoff-seconds",
    default=2.0,
    show_default=True,
    type=click.FloatRange(min=0.0),
    help="First retry delay of a failed callback (doubles each attempt).",
)
@click.pass_context
def worker(
    ctx: click.Context,
    database_url: str | None,
    name: str | None,
    lease_seconds: float,
    poll_seconds: float,
    max_jobs: int | None,
    burst: bool,
    retry_wait_seconds: float,
    webhook_backoff_seconds: float,
) -> None:
    """Work the job queue: decide queued items and send their callbacks."""
    from bastion.jobs import JobQueue, WebhookOutbox, Worker
    from bastion.scanner import Scanner
    from bastion.service.logs import configure_logging

    # Jobs are off the publish path: no surface deadline applies to them.
    settings = _settings(ctx, database_url=database_url, enforce_deadlines=False)
    configure_logging(settings.log_level, access_log=False)
    engine = Scanner.from_settings(settings, served=True)  # items from the API: default deny
    assert engine.log is not None
    db = engine.log.engine
    outbox = WebhookOutbox(
        db,
        settings.webhook_secret,
        backoff_s=webhook_backoff_seconds,
        allow_private=settings.webhook_allow_private,
    )
    runner = Worker(
        engine, JobQueue(db), outbox, name=name, lease_s=lease_seconds, poll_s=poll_seconds
    )
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        click.echo(f"bastion worker: {signal.Signals(signum).name}, finishing the job", err=True)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    click.echo(f"bastion worker {runner.name}: working the queue", err=True)
    try:
        done = runner.run(
            stop, max_jobs=max_jobs, exit_when_idle=burst, retry_wait_s=retry_wait_seconds
        )
    finally:
        outbox.close()
        engine.close()
    click.echo(f"bastion worker {runner.name}: {done} jobs done", err=True)
    pending, due = runner.left
    if pending:
        when = due.isoformat(timespec="seconds") if due is not None else "?"
        click.echo(
            f"bastion worker {runner.name}: {pending} callback delivery(ies) still pending "
            f"(next attempt due {when}); run a worker again after then, or without --burst",
            err=True,
        )


@click.group()
def keys() -> None:
    """Create, list and revoke API keys (stored hashed; shown once)."""


def _key_store(ctx: click.Context, database_url: str | None) -> Any:
    from bastion.store import DecisionLog
    from bastion.store.keys import KeyStore

    log = DecisionLog.open(_settings(ctx, database_url=database_url).database_url)  # migrates
    return KeyStore(log.engine)


@keys.command("create")
@click.option(
    "--scopes", required=True, help="Comma-separated: scan, review, admin (e.g. scan,admin)."
)
@click.option("--name", default="key", show_default=True, help="What the key is for.")
@click.option(
    "--rate-limit",
    type=click.IntRange(min=1),
    help="Requests per minute (default: BASTION_RATE_LIMIT_PER_MINUTE).",
)
@_database_option
@click.pass_context
def keys_create(
    ctx: click.Context, scopes: str, name: str, rate_limit: int | None, database_url: str | None
) -> None:
    """Create a key and print it once on stdout (only its hash is stored)."""
    from bastion.store.keys import KeyRequestError

    store = _key_store(ctx, database_url)
    try:
        key, plain = store.create(name, scopes, rate_limit)
    except KeyRequestError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    finally:
        store.engine.dispose()
    click.echo(plain)
    click.echo(
        f"created key {key.id} ({name}; scopes {','.join(sorted(key.scopes))}); "
        "store it now: it is not shown again",
        err=True,
    )


@keys.command("list")
@_database_option
@click.pass_context
def keys_list(ctx: click.Context, database_url: str | None) -> None:
    """List keys: id, name, scopes, rate limit, created, revoked."""
    store = _key_store(ctx, database_url)
    try:
        found = store.list()
    finally:
        store.engine.dispose()
    for key in found:
        limit = key.rate_limit_per_minute or "default"
        revoked = key.revoked_at.isoformat() if key.revoked_at else "active"
        click.echo(
            f"{key.id}\t{key.name}\t{','.join(sorted(key.scopes))}\t{limit}/min\t"
            f"{key.created_at.isoformat()}\t{revoked}"
        )


@keys.command("revoke")
@click.argument("key_id")
@_database_option
@click.pass_context
def keys_revoke(ctx: click.Context, key_id: str, database_url: str | None) -> None:
    """Revoke KEY_ID (servers stop accepting it within BASTION_API_KEY_CACHE_SECONDS)."""
    store = _key_store(ctx, database_url)
    try:
        revoked = store.revoke(key_id)
    finally:
        store.engine.dispose()
    if not revoked:
        click.echo(f"error: no active key {key_id!r} (see: bastion keys list)", err=True)
        sys.exit(EXIT_INPUT)
    click.echo(f"revoked key {key_id}")
