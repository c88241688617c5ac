"""``flask bank sync`` and ``flask bank check [SLUG...]``."""
from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

bank_cli = AppGroup("bank", help="The problem bank.")


@bank_cli.command("check")
@click.argument("slugs", nargs=-1)
def check(slugs: tuple[str, ...]) -> None:
    """Prove the bank (or the named problems) with the real judge."""
    from app.bank.check import check_folder
    from app.bank.loader import find_problem_folders

    folders = find_problem_folders()
    if slugs:
        unknown = set(slugs) - {folder.name for folder in folders}
        if unknown:
            raise click.ClickException(f"no such problem(s): {', '.join(sorted(unknown))}")
        folders = [folder for folder in folders if folder.name in slugs]
    pool = current_app.extensions["judge"].pool
    started, failed = time.perf_counter(), 0
    # One problem per core at a time: each waits mostly on its sandboxed runs. Reports print in order.
    with ThreadPoolExecutor(max_workers=min(os.cpu_count() or 1, pool.size)) as executor:
        reports = executor.map(lambda folder: check_folder(pool, folder), folders)
        for report in reports:
            ref = f"{report.reference_ms:.0f} ms" if report.reference_ms is not None else "-"
            click.echo(f"{'ok  ' if report.ok else 'FAIL'} {report.slug:<55} reference {ref}")
            for error in report.errors:
                click.echo(f"     {error}")
            failed += not report.ok
    click.echo(f"{len(folders) - failed} passed, {failed} failed in {time.perf_counter() - started:.1f} s")
    if failed:
        sys.exit(1)


@bank_cli.command("sync")
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="a problems folder other than the repository's (benchmarks load a few problems)")
def sync(root: Path | None) -> None:
    """Load problems/ into the database (idempotent; removed problems are retired)."""
    from app.bank.loader import PROBLEMS_ROOT, BankError
    from app.bank.sync import PartialSync, sync_bank
    from app.extensions import db

    with db.new_session() as session:
        try:
            summary = sync_bank(session, current_app.extensions["judge"].pool, root or PROBLEMS_ROOT)
        except PartialSync as exc:
            click.echo(exc.summary.describe())
            raise click.ClickException(f"these problems were not synced (they keep their previous "
                                       f"version, if any):\n{exc}") from None
        except BankError as exc:
            raise click.ClickException(f"bank not synced, database unchanged:\n{exc}") from None
    click.echo(summary.describe())
