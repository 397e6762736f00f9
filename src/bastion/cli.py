"""The ``bastion`` command line.

Every command reports bad input as a one-line (or one-per-problem) error on
stderr with a non-zero exit code: 2 for input and policy errors, 3 for database
errors, 1 when an audit finds tampering. No tracebacks for user mistakes.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from bastion.artifacts.extraction import discover_extractors, load_extractors
from bastion.banks.commands import banks
from bastion.batch.commands import backtest_cmd, scan_batch_cmd
from bastion.comply.commands import (
    audit_export,
    notices,
    report,
    retention,
    sor,
    verify_export_command,
)
from bastion.config import Settings, command_settings
from bastion.datasets.commands import datasets
from bastion.detectors.registry import DetectorError, discover, load_detectors
from bastion.evaluate.commands import eval_group
from bastion.intake import InputError, validate_item
from bastion.learn.commands import learn, train
from bastion.policy import PolicyError, load_policy, shipped_policy_path
from bastion.review.commands import review, reviewers
from bastion.service.commands import keys, serve, worker
from bastion.store import DatabaseError, DatabaseUrlError, DecisionLog
from bastion.types import Context, Item

EXIT_INPUT = 2
EXIT_DATABASE = 3
EXIT_INTERRUPTED = 130  # the shell's code for a process ended by SIGINT (Ctrl-C)


class _Group(click.Group):
    """Turns Bastion's user-facing errors into clean messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PolicyError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            ctx.exit(EXIT_INPUT)
        except (InputError, DetectorError, DatabaseUrlError) as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_INPUT)
        except DatabaseError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_DATABASE)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    return command_settings(ctx.find_root().obj, **overrides)


@click.group(cls=_Group)
@click.option(
    "--database-url",
    envvar=None,
    help="Database URL (default: $BASTION_DATABASE_URL or a SQLite file).",
)
@click.option(
    "--policy",
    "policy",
    type=click.Path(path_type=Path),
    help="Policy file or folder (default: shipped policy).",
)
@click.version_option(package_name="bastion")
@click.pass_context
def main(ctx: click.Context, database_url: str | None, policy: Path | None) -> None:
    """Bastion: scan content, decide by policy, keep a verifiable decision log."""
    flags: dict[str, Any] = {"database_url": database_url, "policy": policy}
    flags = {k: v for k, v in flags.items() if v}
    ctx.obj = Settings(**flags)  # read once here; every command runs with these
    logging.basicConfig(level=ctx.obj.log_level, stream=sys.stderr)


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not valid UTF-8 (byte {exc.start}: {exc.reason}); re-encode it as UTF-8"
        ) from exc


@main.command()
@click.argument("text", required=False)
@click.option(
    "--file",
    "file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the text from a file (UTF-8).",
)
@click.option(
    "--surface",
    default="default",
    show_default=True,
    help="Where the content appears, e.g. comment, dm, ai_prompt.",
)
@click.option("--jurisdiction", help="Audience country (ISO 3166-1 alpha-2, e.g. DE) or EU.")
@click.option("--lang", help="Language of the text (ISO 639-1); detected when omitted.")
@click.option(
    "--id", "item_id", default="cli", show_default=True, help="Item id recorded with the decision."
)
@click.option("--author", help="Author id.")
@click.option(
    "--context",
    "thread",
    multiple=True,
    help="An earlier message of the thread (repeat; parent last).",
)
@click.option(
    "--image",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An image part (JPEG, PNG, WebP, GIF): nudity, OCR text, hash banks.",
)
@click.option(
    "--audio",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An audio part (WAV, MP3, OGG/Opus, M4A): transcript, fingerprint banks.",
)
@click.option(
    "--video",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A video part (MP4, WebM, MKV): scene frames and audio track.",
)
@click.option("--no-log", is_flag=True, help="Do not record the decision (dry run).")
@click.pass_context
def scan(
    ctx: click.Context,
    text: str | None,
    file: Path | None,
    surface: str,
    jurisdiction: str | None,
    lang: str | None,
    item_id: str,
    author: str | None,
    thread: tuple[str, ...],
    image: Path | None,
    audio: Path | None,
    video: Path | None,
    no_log: bool,
) -> None:
    """Scan one TEXT (or --file PATH), with or without media parts; print the decision as JSON.

    With --image/--audio/--video the text is optional (e.g. a title).
    """
    media = image is not None or audio is not None or video is not None
    if text is not None and file is not None:
        raise click.UsageError("give exactly one of TEXT or --file PATH")
    if text is None and file is None and not media:
        raise click.UsageError(
            "give exactly one of TEXT or --file PATH, or a media part (--image/--audio/--video)"
        )
    content = _read_text_file(file) if file is not None else text
    item = Item(
        id=item_id,
        surface=surface,
        text=content,
        image=str(image) if image is not None else None,
        audio=str(audio) if audio is not None else None,
        video=str(video) if video is not None else None,
        lang=lang,
        context=Context(author_id=author, thread=thread, jurisdiction=jurisdiction),
    )
    settings = _settings(ctx)
    validate_item(item, settings.max_text_bytes)
    from bastion.scanner import Scanner

    engine = Scanner.from_settings(settings, log=not no_log)
    try:
        decision = engine.scan(item)
    finally:
        engine.close()
    click.echo(json.dumps(decision.to_dict(), indent=2, ensure_ascii=False))


@main.group()
def policy() -> None:
    """Validate and inspect policies."""


@policy.command("check")
@click.argument("path", type=click.Path(path_type=Path), required=False)
def policy_check(path: Path | None) -> None:
    """Validate the policy at PATH (default: the shipped policy); exit 2 on any error."""
    loaded = load_policy(path or shipped_policy_path())
    installed = set(discover()) | set(discover_extractors())
    problems = []
    for name, surface in loaded.policy.surfaces.items():
        for detector in surface.required_detectors or []:
            if detector not in installed:
                problems.append(
                    f"error: {loaded.source}: surfaces.{name}.required_detectors: no detector "
                    f"{detector!r} is installed (installed: {', '.join(sorted(installed))})"
                )
        for part, names in (surface.required_media_detectors or {}).items():
            problems += [
                f"error: {loaded.source}: surfaces.{name}.required_media_detectors.{part}: no "
                f"detector {detector!r} is installed"
                for detector in names
                if detector not in installed
            ]
    if problems:
        for line in problems:
            click.echo(line, err=True)
        raise SystemExit(EXIT_INPUT)
    p = loaded.policy
    click.echo(
        f"ok: {loaded.source} - policy {p.name!r} version {loaded.version}: "
        f"{len(p.categories)} categories, {len(p.surfaces)} surfaces, "
        f"{len(p.jurisdictions)} jurisdiction overlays, {len(p.obligations)} obligations"
    )


@policy.command("show")
@click.argument("surface")
@click.option("--jurisdiction", help="Apply this jurisdiction's overlays.")
@click.pass_context
def policy_show(ctx: click.Context, surface: str, jurisdiction: str | None) -> None:
    """Print the effective rules of SURFACE (inheritance and overlays applied)."""
    from bastion.policy import PolicyEvaluator

    settings = _settings(ctx)
    evaluator = PolicyEvaluator(load_policy(settings.policy or shipped_policy_path()))
    rules = evaluator.rules(surface, jurisdiction)
    out = {
        "surface": rules.surface.name,
        "policy_version": evaluator.version,
        "fail_mode": rules.surface.fail_mode,
        "required_detectors": rules.surface.required_detectors,
        "deadline_ms": rules.surface.deadline_ms,
        "review_sla_hours": rules.surface.review_sla_hours,
        "rules": {
            category: [f"{r.threshold:.2f} -> {r.action.value}" for r in ladder]
            for category, ladder in rules.ladders.items()
        },
    }
    click.echo(json.dumps(out, indent=2))


@main.group()
def audit() -> None:
    """Check the integrity of the decision log."""


@audit.command("verify")
@click.option(
    "--export",
    "export",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Verify an exported chain segment (bastion audit export) instead of the database.",
)
@click.pass_context
def audit_verify(ctx: click.Context, export: Path | None) -> None:
    """Walk the hash chain; exit 1 if any record was edited, deleted or reordered."""
    if export is not None:
        raise SystemExit(verify_export_command(export))
    log = DecisionLog.open(_settings(ctx).database_url)
    try:
        report = log.verify()
    finally:
        log.close()
    for problem in report.problems:
        click.echo(f"TAMPERED: {problem}", err=True)
    status = "ok" if report.ok else "FAILED"
    click.echo(
        f"{status}: {report.checked} records checked; head seq {report.head_seq} "
        f"hash {report.head_hash}"
    )
    if not report.ok:
        raise SystemExit(1)


@main.group()
def db() -> None:
    """Database schema management."""


@db.command("upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Apply schema migrations (also done automatically on start)."""
    DecisionLog.open(_settings(ctx).database_url).close()
    click.echo("ok: schema is up to date")


@main.command("detectors")
@click.pass_context
def detectors_list(ctx: click.Context) -> None:
    """List installed detectors and extractors, as configured: versions, categories, state."""
    from bastion.scanner import component_params

    params = component_params(_settings(ctx))
    for detector in load_detectors(None, params):
        reason = detector.unavailable_reason()
        state = f"UNAVAILABLE ({reason})" if reason else "ok"
        click.echo(f"{detector.name}@{detector.version}\t{','.join(detector.categories)}\t{state}")
    for extractor in load_extractors(None, params):
        reason = extractor.unavailable_reason()
        state = f"UNAVAILABLE ({reason})" if reason else "ok"
        click.echo(f"{extractor.name}@{extractor.version}\t(extractor: text from media)\t{state}")


main.add_command(scan_batch_cmd)
main.add_command(backtest_cmd)
main.add_command(datasets)
main.add_command(train)
main.add_command(learn)
main.add_command(eval_group)
main.add_command(serve)
main.add_command(worker)
main.add_command(keys)
main.add_command(banks)
main.add_command(reviewers)
main.add_command(review)
main.add_command(sor)
main.add_command(report)
main.add_command(notices)
main.add_command(retention)
audit.add_command(audit_export)

if __name__ == "__main__":
    main()
