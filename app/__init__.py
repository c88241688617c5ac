"""Grindstone: the application factory."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from app.config import ConfigError, load_settings

if TYPE_CHECKING:
    from flask import Flask

__all__ = ["ConfigError", "create_app"]


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults -> environment -> ``config``; then each part's ``init_app``.

    Raises ``ConfigError`` (one line saying what to fix) when a setting is wrong or the database
    cannot be reached.
    """
    # Not at import: the judge's zygote imports app.judge and must not load the web stack.
    from apiflask import APIFlask

    # APIFlask: Flask plus request/response models (pydantic) and the OpenAPI document built from
    # them. json_errors=False: errors.py owns the error shape for every HTTP error.
    app = APIFlask(__name__, title="Grindstone API", version="1", json_errors=False,
                   spec_path="/api/openapi.json", docs_path="/api/docs",
                   instance_path=str(Path(__file__).resolve().parent.parent / "instance"))
    settings = load_settings(Path(app.instance_path), config)
    app.config.update(settings)

    from app import cli, errors, maintenance, request_log
    from app.api import init_app as init_api
    from app.extensions import db, limiter
    from app.judge.backends import init_app as init_judge
    from app.web import init_app as init_web

    request_log.configure_logging(app.config["LOG_LEVEL"])
    db.init_app(app)
    limiter.init_app(app)
    init_judge(app)
    maintenance.init_app(app)
    request_log.init_app(app)
    errors.register_error_handlers(app)
    init_api(app)
    init_web(app)
    cli.init_app(app)
    return app
