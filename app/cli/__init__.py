"""Command groups of the ``flask`` CLI, one module per concern."""
from flask import Flask


def init_app(app: Flask) -> None:
    from app.cli.bank import bank_cli
    from app.cli.db import db_cli
    from app.cli.judge import judge_cli

    for group in (db_cli, judge_cli, bank_cli):
        app.cli.add_command(group)
