"""Who is calling: a bearer token (scripts) or the session cookie (browsers), and CSRF for the latter.

Cookie-authenticated requests that change anything must echo the session's CSRF token in the
``X-CSRF-Token`` header; bearer-token requests need none (a browser never attaches them by itself).
"""
from __future__ import annotations

import secrets
from functools import wraps

from flask import Flask, g, request, session

from app.errors import ApiError
from app.extensions import db
from app.models import User
from app.services import accounts

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_HEADER = "X-CSRF-Token"
# Signing in makes a session; asking for one cannot be forged into anything harmful.
CSRF_EXEMPT = frozenset({"api.accounts.register", "api.accounts.login"})


MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL; a larger one cannot exist
# A page number whose offset still fits the databases' integers (SQLite's driver raised
# OverflowError on page 712462027712873984: found by the fuzz test).
MAX_PAGE = 100_000


def valid_id(value: int) -> bool:
    """Would ``value`` fit an id column? (A huge one would overflow the driver, not miss a row.)"""
    return 0 < value <= MAX_ID


def current_user() -> User | None:
    return g.get("user")


def start_session(user: User) -> str:
    session.clear()
    session["user_id"] = user.id
    session["csrf"] = secrets.token_urlsafe(32)
    session.permanent = True
    return session["csrf"]


def csrf_token() -> str | None:
    return session.get("csrf")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.get("user") is None:
            message = g.get("auth_error") or "Sign in, or send 'Authorization: Bearer <token>'."
            raise ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})
        return view(*args, **kwargs)
    return wrapper


def _load_identity() -> None:
    g.user, g.via, g.auth_error = None, None, None
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, raw = header.partition(" ")
        user = accounts.user_for_token(db.session, raw.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            g.auth_error = "The bearer token is not valid (unknown, revoked or malformed)."
            return
        db.session.commit()  # last_used_at
        g.user, g.via = user, "token"
        return
    user = session_user()
    if user is not None:
        g.user, g.via = user, "session"


def session_user() -> User | None:
    """The active user this browser session signed in as, if any (pages and the API alike)."""
    user_id = session.get("user_id")
    if not isinstance(user_id, int):
        return None
    user = db.session.get(User, user_id)
    return user if user is not None and user.is_active else None


def _check_csrf() -> None:
    if g.via != "session" or request.method not in UNSAFE_METHODS or request.endpoint in CSRF_EXEMPT:
        return
    sent, expected = request.headers.get(CSRF_HEADER, ""), session.get("csrf", "")
    if not expected or not secrets.compare_digest(sent, expected):
        raise ApiError(403, "csrf_failed",
                       f"Cookie-authenticated changes need the {CSRF_HEADER} header from sign-in.")


def init_app(app: Flask) -> None:
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)

    @app.before_request
    def _identify() -> None:
        if request.path.startswith("/api/"):
            _load_identity()
            _check_csrf()
