"""``flask judge doctor``, ``flask judge run SLUG FILE`` and ``flask judge worker``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

judge_cli = AppGroup("judge", help="The sandboxed judge.")


@judge_cli.command("doctor")
def doctor() -> None:
    """List each isolation layer: available here, and active in a started sandbox slot."""
    from app.judge.pool import SandboxPool, resolve_layers
    from app.judge.sandbox.probe import probe_layers
    from app.judge.sandbox.slot import SandboxError

    required = resolve_layers(current_app.config["JUDGE_REQUIRED_LAYERS"])
    active: dict[str, str] = {}
    error = None
    pool = SandboxPool(1, "none")
    try:
        pool.start()
        active = pool.active_layers
    except SandboxError as exc:
        error = str(exc)
    finally:
        pool.close()
    click.echo(f"{'layer':<15} {'available':<10} {'active':<7} {'required':<9} detail")
    for status in probe_layers():
        state = active.get(status.name, "off")
        click.echo(f"{status.name:<15} {'yes' if status.available else 'no':<10} {state:<7} "
                   f"{'yes' if status.name in required else 'no':<9} {status.detail}")
    missing = sorted(name for name in required if active.get(name) != "on")
    if error or missing:
        click.echo(f"NOT READY: {error or 'required layers not active: ' + ', '.join(missing)}", err=True)
        sys.exit(1)
    click.echo("ready: every required layer is active")


@judge_cli.command("run")
@click.argument("slug")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def run(slug: str, file: Path) -> None:
    """Judge FILE against problem SLUG's hidden tests; print the result as JSON."""
    from app.bank.loader import BankError, find_problem_folders, load_problem
    from app.bank.materialise import materialise
    from app.judge.runner import judge

    folders = {folder.name: folder for folder in find_problem_folders()}
    if slug not in folders:
        raise click.ClickException(f"no problem {slug!r} in the bank")
    backend = current_app.extensions["judge"]
    try:
        spec, _ = materialise(backend.pool, load_problem(folders[slug]))
    except BankError as exc:
        raise click.ClickException(str(exc)) from None
    result = judge(backend.pool, spec, file.read_text())
    click.echo(json.dumps(result.to_dict(), indent=2, default=str))


@judge_cli.command("worker")
@click.option("--processes", type=click.IntRange(1, 64), default=None,
              help="worker processes (default: one per core)")
@click.option("--single", is_flag=True, help="run one worker in this process (the supervisor uses it)")
def worker(processes: int | None, single: bool) -> None:
    """Judge submissions from the Redis queue (JUDGE_BACKEND=rq): one process per core."""
    import os

    from app.worker import supervise, work_forever
    if current_app.config["JUDGE_BACKEND"] != "rq":
        raise click.ClickException("workers serve JUDGE_BACKEND=rq; set it (and REDIS_URL) for this command")
    if single:
        work_forever(current_app._get_current_object())
    else:
        supervise(current_app._get_current_object(), processes or os.cpu_count() or 1)
