"""Extension instances as module globals; ``create_app`` calls their ``init_app``."""
from flask import current_app, g, request
from flask_limiter import Limiter

from app.db import Database


def _rate_key() -> str:
    """Limits are per user when signed in (token or cookie), else per address."""
    user = g.get("user")
    return f"user:{user.id}" if user is not None else f"ip:{request.remote_addr}"


db = Database()
# Memory storage: per process, which suits the embedded default; RATELIMIT_STORAGE_URI points
# several processes at a shared store (e.g. redis://...).
limiter = Limiter(key_func=_rate_key, headers_enabled=True, storage_uri="memory://")


def _submission_rate() -> str:
    return current_app.config["SUBMISSION_RATE_LIMIT"]


# One budget for every way in (the API and the pages' forms): a second door must not double it.
submission_limit = limiter.shared_limit(
    _submission_rate, scope="submissions",
    error_message=lambda: f"Too many submissions (the limit is {_submission_rate()}); wait a little and try again.")
