"""Who is browsing, sign-in for pages, and the CSRF check for their forms.

Pages share the API's session (``user_id`` and ``csrf`` in the signed cookie). Every form that
changes something carries the session's token in a ``csrf_token`` field, and htmx requests send it
in the ``X-CSRF-Token`` header (set once on ``<body hx-headers>``).
"""
from __future__ import annotations

import secrets
from functools import wraps
from urllib.parse import urlsplit

from flask import abort, g, redirect, request, session, url_for

from app.api.security import CSRF_HEADER, session_user

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def csrf_token() -> str:
    """The session's token, made on first use so that sign-in forms have one too."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def identify() -> None:
    g.user = session_user()
    if request.method in UNSAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER) or request.form.get("csrf_token", "")
        expected = session.get("csrf", "")
        if not expected or not secrets.compare_digest(sent, expected):
            abort(400, "This form has expired. Reload the page and try again.")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.get("user") is None:
            return redirect(url_for("web.auth.login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)
    return wrapper


def safe_next(target: str | None, default: str) -> str:
    """Only a path on this site: ``next`` must not send a signed-in user to another host."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    return default if parts.scheme or parts.netloc or "\\" in target else target
