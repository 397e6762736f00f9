"""Command line: ``sor``, ``report dsa``, ``notices``, ``retention``, ``audit export``.

Also the body of ``bastion audit verify --export`` (the command itself lives in cli.py).

Errors are one ``error:`` line on stderr with exit code 2 (bad input) or 3 (the
database cannot be opened); a statement that fails validation names the field.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from bastion.comply.audit_export import export_audit_trail, verify_export
from bastion.comply.cases import Period
from bastion.comply.dsa_notices import NoticeFileError, ingest_notices
from bastion.comply.mapping import StatementOptions
from bastion.comply.outbox import counts, record_statements, submit_pending
from bastion.comply.report import build_report
from bastion.comply.retention import recent_runs, run_retention
from bastion.comply.schema import STATEMENT_SCHEMA, StatementInvalidError, statement_problems
from bastion.comply.statements import BuiltStatement, statements
from bastion.comply.submit import BATCH_LIMIT, SubmissionError, TransparencyClient
from bastion.comply.tally import counted_statements
from bastion.comply.user_notice import user_notice
from bastion.config import Settings, command_settings
from bastion.evaluate.runs import RunStore
from bastion.output_path import OutputFile
from bastion.policy import load_policy, shipped_policy_path
from bastion.policy.schema import Policy
from bastion.store import DatabaseError, DecisionLog

__all__ = ["audit_export", "notices", "report", "retention", "sor", "verify_export_command"]

EXIT_INPUT = 2

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _settings(ctx: click.Context) -> Settings:
    return command_settings(ctx.find_root().obj)


def _engine(ctx: click.Context) -> Engine:
    """The configured database, which must already exist (reports never create one)."""
    url = _settings(ctx).database_url
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise DatabaseError(f"invalid database URL {url!r}: {exc}") from exc
    database = parsed.database
    on_disk = parsed.get_backend_name() == "sqlite" and database not in (None, "", ":memory:")
    if on_disk and not Path(str(database)).expanduser().is_file():
        raise DatabaseError(
            f"no database at {database}: nothing has been decided there yet; "
            "pass --database-url or set BASTION_DATABASE_URL"
        )
    return DecisionLog.open(url).engine


def _policy(ctx: click.Context) -> Policy:
    return load_policy(_settings(ctx).policy or shipped_policy_path()).policy


def _period(start: datetime, end: datetime) -> Period:
    try:
        return Period(start.date(), end.date())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--from/--to") from None


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    raise SystemExit(EXIT_INPUT)


def _build(ctx: click.Context, period: Period, options: StatementOptions) -> list[BuiltStatement]:
    engine = _engine(ctx)
    try:
        return list(statements(engine, period, _policy(ctx), options))
    except StatementInvalidError as exc:
        _fail(str(exc))
        raise AssertionError("unreachable") from exc
    finally:
        engine.dispose()


def _options(puid_prefix: str, terms_url: str | None) -> StatementOptions:
    try:
        return StatementOptions(puid_prefix=puid_prefix, terms_url=terms_url)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


_period_options = [
    click.option("--from", "start", required=True, type=_DATE, help="First day (YYYY-MM-DD)."),
    click.option("--to", "end", required=True, type=_DATE, help="Last day, included."),
]
_statement_options = [
    click.option("--puid-prefix", default="bastion", show_default=True, help="Prefix of puids."),
    click.option("--terms-url", help="URL of the terms of service the statements cite."),
]


_F = TypeVar("_F", bound=Callable[..., Any])


def _apply(options: list[Callable[[_F], _F]]) -> Callable[[_F], _F]:
    def wrap(function: _F) -> _F:
        for option in reversed(options):
            function = option(function)
        return function

    return wrap


@click.group()
def sor() -> None:
    """DSA statements of reasons: export, validate, submit, user notices."""


@sor.command("export")
@_apply(_period_options + _statement_options)
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="JSONL file: one statement per line.",
)
@click.option(
    "--batches",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Also write submission batches of at most {BATCH_LIMIT} ({{'statements': [...]}}).",
)
@click.pass_context
def sor_export(
    ctx: click.Context,
    start: datetime,
    end: datetime,
    puid_prefix: str,
    terms_url: str | None,
    output: Path,
    batches: Path | None,
) -> None:
    """Write a validated statement of reasons for every restriction decided in the period.

    Streams: statements are written as they are built (memory stays flat for any period),
    to ``OUTPUT.partial``, renamed when complete - a failure never leaves half a file.
    """
    options = _options(puid_prefix, terms_url)
    period = _period(start, end)
    policy = _policy(ctx)
    engine = _engine(ctx)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    if batches is not None:
        batches.mkdir(parents=True, exist_ok=True)
    found = decided = written_batches = 0
    skipped: Counter[str] = Counter()
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal written_batches, batch
        if batches is not None and batch:
            written_batches += 1
            (batches / f"batch-{written_batches:05d}.json").write_text(
                json.dumps({"statements": batch}, ensure_ascii=False), encoding="utf-8"
            )
        batch = []

    try:
        with partial.open("w", encoding="utf-8") as handle:
            for built in statements(engine, period, policy, options):
                decided += 1
                if built.statement is None:
                    skipped[built.reason] += 1
                    continue
                handle.write(json.dumps(built.statement, ensure_ascii=False, sort_keys=True))
                handle.write("\n")
                found += 1
                batch.append(built.statement)
                if len(batch) == BATCH_LIMIT:
                    flush()
        flush()
        partial.replace(output)
    except StatementInvalidError as exc:
        partial.unlink(missing_ok=True)
        _fail(str(exc))
    finally:
        engine.dispose()
    detail = "; ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
    click.echo(
        f"ok: {found} statements from {decided} decisions -> {output}"
        + (f" (no statement: {detail})" if detail else ""),
        err=True,
    )


@sor.command("validate")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def sor_validate(source: Path) -> None:
    """Check every statement of a JSONL file against the Transparency Database rules."""
    bad = 0
    total = 0
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            total += 1
            try:
                statement = json.loads(line)
            except json.JSONDecodeError as exc:
                click.echo(f"error: {source}:{number}: not JSON: {exc.msg}", err=True)
                bad += 1
                continue
            problems = statement_problems(statement) if isinstance(statement, dict) else []
            if not isinstance(statement, dict):
                click.echo(f"error: {source}:{number}: a statement must be an object", err=True)
                bad += 1
            for problem in problems:
                click.echo(f"error: {source}:{number}: {problem}", err=True)
            bad += bool(problems)
    if bad:
        click.echo(f"FAILED: {bad} of {total} statements are invalid", err=True)
        raise SystemExit(EXIT_INPUT)
    click.echo(f"ok: {total} statements valid")


@sor.command("schema")
def sor_schema() -> None:
    """Print the JSON Schema statements are validated against."""
    click.echo(json.dumps(STATEMENT_SCHEMA, indent=2))


@sor.command("submit")
@_apply(_period_options + _statement_options)
@click.option("--api-url", help="Transparency Database base URL (default $BASTION_SOR_API_URL).")
@click.option("--limit", type=click.IntRange(min=1), help="Send at most this many statements.")
@click.pass_context
def sor_submit(
    ctx: click.Context,
    start: datetime,
    end: datetime,
    puid_prefix: str,
    terms_url: str | None,
    api_url: str | None,
    limit: int | None,
) -> None:
    """Record the period's statements and send every pending one (token: $BASTION_SOR_API_TOKEN)."""
    built = _build(ctx, _period(start, end), _options(puid_prefix, terms_url))
    engine = _engine(ctx)
    try:
        added = record_statements(engine, built)
        try:
            with TransparencyClient.from_settings(_settings(ctx), api_url) as client:
                result = submit_pending(engine, client, limit)
        except SubmissionError as exc:
            _fail(str(exc))
            return
        state = counts(engine)
    finally:
        engine.dispose()
    click.echo(
        f"ok: {added} new statements recorded; sent {len(result.submitted)}, "
        f"{len(result.already_present)} were already there; "
        f"now {state.submitted} submitted, {state.pending} pending, {state.rejected} rejected"
    )


@sor.command("status")
@click.pass_context
def sor_status(ctx: click.Context) -> None:
    """How many recorded statements are pending, submitted or rejected."""
    engine = _engine(ctx)
    try:
        state = counts(engine)
    finally:
        engine.dispose()
    click.echo(f"pending {state.pending}\tsubmitted {state.submitted}\trejected {state.rejected}")


@sor.command("notice")
@click.argument("decision_id")
@click.option("--locale", default="en", show_default=True, help="e.g. en, de, de-AT.")
@click.option("--appeal-url", help="Where the user appeals (default: appeal_url in the settings).")
@click.option("--puid-prefix", default="bastion", show_default=True)
@click.pass_context
def sor_notice(
    ctx: click.Context, decision_id: str, locale: str, appeal_url: str | None, puid_prefix: str
) -> None:
    """Print the notice shown to the user affected by DECISION_ID (JSON)."""
    appeal_url = appeal_url or _settings(ctx).appeal_url
    if not appeal_url:
        _fail(
            "no appeal link: the notice must tell the user where to appeal; pass --appeal-url "
            "or set appeal_url (BASTION_APPEAL_URL, or appeal_url in config.toml)"
        )
        return
    from bastion.comply.cases import load_cases_by_id, policy_for
    from bastion.comply.statements import build_statement

    engine = _engine(ctx)
    try:
        case = load_cases_by_id(engine, [decision_id]).get(decision_id)
        if case is None:
            _fail(f"no decision {decision_id!r} in the decision log")
            return
        policy = policy_for(engine, str(case.record.get("policy_version")), _policy(ctx))
    finally:
        engine.dispose()
    built = build_statement(case, policy, _options(puid_prefix, None))
    try:
        notice = user_notice(built, policy, locale=locale, appeal_url=appeal_url)
    except ValueError as exc:
        _fail(str(exc))
        return
    click.echo(json.dumps(notice.to_dict(), indent=2, ensure_ascii=False))


@click.group()
def report() -> None:
    """Regulatory reports."""


@report.command("dsa")
@_apply(_period_options)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the CSV parts, report.json and summary.html.",
)
@click.option("--provider", default="Bastion operator", show_default=True)
@click.option("--service", default="Bastion-moderated service", show_default=True)
@click.option(
    "--runs",
    type=click.Path(file_okay=False, path_type=Path),
    help="Evaluation runs folder (default: the data dir's eval-runs).",
)
@click.option("--published", type=_DATE, help="Publication date (default: today).")
@click.pass_context
def report_dsa(
    ctx: click.Context,
    start: datetime,
    end: datetime,
    output: Path,
    provider: str,
    service: str,
    runs: Path | None,
    published: datetime | None,
) -> None:
    """Write the DSA transparency report (harmonised template parts) for the period."""
    period = _period(start, end)
    engine = _engine(ctx)
    try:  # statements are counted as they are built (grouped in SQL): memory stays flat
        made = build_report(
            engine,
            period,
            counted_statements(engine, period, _policy(ctx), StatementOptions()),
            runs=RunStore(runs) if runs else None,
            provider=provider,
            service=service,
            published=published.date() if published else date.today(),
        )
    except StatementInvalidError as exc:
        _fail(str(exc))
        raise AssertionError("unreachable") from exc
    finally:
        engine.dispose()
    from bastion.comply.report_files import write_report_files  # matplotlib: load only here

    files = write_report_files(made, output)
    click.echo(f"ok: {len(files)} files -> {output} (open {output / 'summary.html'})")


@click.group()
def notices() -> None:
    """Notices under DSA Article 16 from the platform's notice form (report Part 4)."""


@notices.command("ingest")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def notices_ingest(ctx: click.Context, source: Path) -> None:
    """Store the notices of a JSONL file (ids already stored are skipped)."""
    engine = _engine(ctx)
    try:
        result = ingest_notices(engine, source, _policy(ctx))
    except NoticeFileError as exc:
        for problem in exc.problems:
            click.echo(f"error: {source}:{problem}", err=True)
        raise SystemExit(EXIT_INPUT) from None
    finally:
        engine.dispose()
    click.echo(f"ok: {result.added} new notices of {result.read} read")


@click.group()
def retention() -> None:
    """Erase item content after the retention period."""


@retention.command("run")
@click.option("--days", required=True, type=int, help="Keep content this many days.")
@click.option("--dry-run", is_flag=True, help="Count what would be erased; change nothing.")
@click.pass_context
def retention_run(ctx: click.Context, days: int, dry_run: bool) -> None:
    """Erase content older than --days (schedule it daily, e.g. from cron)."""
    engine = _engine(ctx)
    try:
        result = run_retention(engine, days, dry_run=dry_run)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--days") from None
    finally:
        engine.dispose()
    verb = "would erase" if dry_run else "erased"
    listed = ", ".join(f"{k} {v}" for k, v in result.erased.items())
    click.echo(f"ok: {verb} content older than {result.cutoff:%Y-%m-%d %H:%M} UTC: {listed}")


@retention.command("status")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1))
@click.pass_context
def retention_status(ctx: click.Context, limit: int) -> None:
    """The latest retention runs, newest first: check the schedule is running."""
    engine = _engine(ctx)
    try:
        runs = recent_runs(engine, limit)
    finally:
        engine.dispose()
    if not runs:
        click.echo("no retention run yet: schedule `bastion retention run --days N` daily")
    for run in runs:
        erased = sum(int(n) for n in run["erased"].values())
        click.echo(
            f"{run['ran_at']:%Y-%m-%d %H:%M}\tdays {run['days']}\tcutoff "
            f"{run['cutoff']:%Y-%m-%d %H:%M}\terased {erased}"
        )


@click.command("export")
@_apply(_period_options)
@click.option(
    "-o",
    "--output",
    required=True,
    type=OutputFile(),
    help="JSONL file: a header, then each record with its hashes.",
)
@click.pass_context
def audit_export(ctx: click.Context, start: datetime, end: datetime, output: Path) -> None:
    """Export the period's decisions with their hash chain (verify with audit verify --export)."""
    engine = _engine(ctx)
    try:
        header = export_audit_trail(engine, _period(start, end), output)
    finally:
        engine.dispose()
    click.echo(
        f"ok: {header['records']} records (seq {header['first_seq']}..{header['last_seq']}), "
        f"ending at hash {header['end_hash']} -> {output}"
    )


def verify_export_command(path: Path) -> int:
    """``bastion audit verify --export FILE``: print the result; the exit code to use."""
    check = verify_export(path)
    for problem in check.problems:
        click.echo(f"TAMPERED: {problem}", err=True)
    status = "ok" if check.ok else "FAILED"
    click.echo(
        f"{status}: {check.records} exported records checked (seq {check.first_seq}.."
        f"{check.last_seq}); starts after hash {check.start_hash}, ends at hash {check.end_hash}"
    )
    return 0 if check.ok else 1
