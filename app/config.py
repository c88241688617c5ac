"""Settings and their defaults.

Order of precedence (lowest first): the defaults below, the process environment, then the mapping
passed to ``create_app(config)``. Nothing here reads the environment at import time: ``load_settings``
is called by ``create_app``.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, Mapping

JUDGE_BACKENDS = ("inline", "rq")  # in-process sandbox pool | RQ workers on Redis (flask judge worker)


class ConfigError(Exception):
    """A setting is missing or wrong. The message says which one and how to fix it, in one line."""


def _defaults(instance_path: Path) -> dict[str, Any]:
    return {
        "DATABASE_URL": f"sqlite:///{instance_path / 'grindstone.db'}",
        "JUDGE_BACKEND": "inline",
        "JUDGE_SLOTS": 0,  # 0: sized to the machine (cores + 1)
        "JUDGE_REQUIRED_LAYERS": "auto",  # "auto": every layer the current privilege allows
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "SECRET_KEY": None,  # generated and persisted under instance/ when not given
        "MAX_CODE_BYTES": 64 * 1024,
        "MAX_CONTENT_LENGTH": 256 * 1024,
        "LOG_LEVEL": "INFO",
        "CHECK_SERVICES_ON_START": True,
        "SUBMISSION_RATE_LIMIT": "30 per minute",  # per user; 429 with Retry-After beyond it
        "MAINTENANCE_INTERVAL_SECONDS": 5,  # how often a serving process closes expired mocks; 0: never
        "JUDGE_LEASE_SECONDS": 120,  # a judge that holds a submission longer is presumed dead
        "JUDGE_REQUEUE_AFTER_SECONDS": 30,  # rq: a submission queued this long is enqueued again
        "MOCK_PAGE_SYNC_SECONDS": 10,  # how often an open mock page re-reads its deadline from the server
    }


_INT_KEYS = {"JUDGE_SLOTS", "MAX_CODE_BYTES", "MAX_CONTENT_LENGTH", "MAINTENANCE_INTERVAL_SECONDS",
             "JUDGE_LEASE_SECONDS", "JUDGE_REQUEUE_AFTER_SECONDS", "MOCK_PAGE_SYNC_SECONDS"}
_BOOL_KEYS = {"CHECK_SERVICES_ON_START"}


def _coerce(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if key in _INT_KEYS:
        try:
            return int(value)
        except ValueError:
            raise ConfigError(f"{key} must be an integer, got {value!r}") from None
    if key in _BOOL_KEYS:
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return value


def load_settings(instance_path: Path, overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Merge defaults, environment and overrides, then validate."""
    environ = os.environ if environ is None else environ
    settings = _defaults(instance_path)
    for key in settings:
        if key in environ:
            settings[key] = _coerce(key, environ[key])
    for key, value in (overrides or {}).items():
        settings[key] = _coerce(key, value)
    _validate(settings)
    if not settings["SECRET_KEY"]:
        settings["SECRET_KEY"] = _persisted_secret(instance_path)
    return settings


def _validate(settings: dict[str, Any]) -> None:
    backend = settings["JUDGE_BACKEND"]
    if backend not in JUDGE_BACKENDS:
        raise ConfigError(
            f"JUDGE_BACKEND={backend!r} is not a judge backend; use one of: {', '.join(JUDGE_BACKENDS)}")
    if not str(settings["DATABASE_URL"]).strip():
        raise ConfigError("DATABASE_URL is empty; unset it to use the embedded SQLite database")
    if settings["JUDGE_SLOTS"] < 0:
        raise ConfigError("JUDGE_SLOTS must be 0 (auto) or a positive number of sandbox slots")
    if settings["JUDGE_LEASE_SECONDS"] < 5 or settings["JUDGE_REQUEUE_AFTER_SECONDS"] < 1:
        raise ConfigError("JUDGE_LEASE_SECONDS must be at least 5 and JUDGE_REQUEUE_AFTER_SECONDS at least 1")
    if settings["MOCK_PAGE_SYNC_SECONDS"] < 1:
        raise ConfigError("MOCK_PAGE_SYNC_SECONDS must be a positive number of seconds")
    if settings["MAINTENANCE_INTERVAL_SECONDS"] < 0:
        raise ConfigError("MAINTENANCE_INTERVAL_SECONDS must be 0 (off) or a positive number of seconds")


def _persisted_secret(instance_path: Path) -> str:
    """A random key kept in instance/secret_key (mode 0600), so sessions survive restarts locally.

    Production sets SECRET_KEY in the environment; no key is ever hard-coded.
    """
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # O_EXCL: two processes starting together must not write different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
