"""Every API error is ``{"error": {"code", "message", "details"}}`` with a proper status.

Never an HTML page or a traceback: unknown exceptions are logged with the request id and answered
with a 500 whose message points at that id.
"""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask, g, jsonify, request
from sqlalchemy.exc import DataError, DisconnectionError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    """Raised by views and services' adapters to answer with a specific status and code."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details if details is not None else {}
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None):
    body = {"error": {"code": code, "message": message, "details": details if details is not None else {}}}
    response = jsonify(body)
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _http_code(exc: HTTPException) -> str:
    return (exc.name or "error").lower().replace(" ", "_").replace("'", "")


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/api"


def _validation_error(error):
    """APIFlask's HTTPError (request validation, ``abort``) in our shape."""
    code = "validation_error" if error.status_code in (400, 422) and error.detail else _http_code_for(error.status_code)
    message = "The request is not valid; see details." if code == "validation_error" else error.message
    body = {"error": {"code": code, "message": message, "details": error.detail or {}}}
    return body, error.status_code, error.headers


def _http_code_for(status: int) -> str:
    from werkzeug.http import HTTP_STATUS_CODES
    return HTTP_STATUS_CODES.get(status, "error").lower().replace(" ", "_").replace("'", "")


def register_error_handlers(app: Flask) -> None:
    app.error_processor(_validation_error)

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if not _wants_json():
            return _page_error(exc.code or 500, exc.name, exc.description or exc.name)
        headers = {k: v for k, v in exc.get_headers() if k.lower() in {"allow", "retry-after"}}
        if exc.code == 429:
            retry = getattr(getattr(exc, "limit", None), "limit", None)
            headers.setdefault("Retry-After", str(int(retry.get_expiry())) if retry else "60")
        return error_response(exc.code or 500, _http_code(exc), exc.description or exc.name, None, headers)

    @app.before_request
    def _refuse_nul_characters():
        # PostgreSQL cannot store NUL in text; refuse it up front with a clear message rather than
        # fail at the database (SQLite would store it, so behaviour is the same on both).
        if request.is_json and _has_nul(request.get_json(silent=True)):
            return error_response(422, "validation_error", "Text in the request may not contain NUL (\\u0000) "
                                  "characters.", None)
        return None

    @app.errorhandler(DataError)
    def _unstorable(exc: DataError):
        log.warning("unstorable value (request %s): %s", g.get("request_id", "-"), str(exc.orig)[:200])
        return error_response(422, "validation_error", "A value in the request cannot be stored "
                              "(a number out of range or a character the database refuses).", None)

    @app.errorhandler(OperationalError)
    @app.errorhandler(DisconnectionError)
    def _database_away(exc: Exception):
        # The database is restarting or unreachable: a retryable 503, not a crash. The request's
        # transaction died with the connection (the session is discarded at teardown), so nothing
        # half-written survives it.
        log.warning("database unavailable (request %s): %s", g.get("request_id", "-"), type(exc).__name__)
        return error_response(503, "unavailable", "The database is not answering; retry in a few seconds.",
                              None, {"Retry-After": "5"})

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        request_id = g.get("request_id", "-")
        log.exception("unhandled error (request %s)", request_id)
        if not _wants_json():
            return _page_error(500, "Something went wrong",
                               f"Something went wrong on our side; quote reference {request_id}.")
        return error_response(500, "internal_error",
                              f"Something went wrong on our side; quote request id {request_id}.",
                              {"request_id": request_id})


def _page_error(status: int, name: str, message: str):
    """Pages get an HTML page with the status. An htmx request gets a fragment to show where its
    answer goes, with 200: htmx swaps in only successful answers (and the browser logs any 4xx of
    a background request as a failed resource), and the message is the answer the learner needs."""
    from flask import render_template
    if request.headers.get("HX-Request"):
        return render_template("_error_fragment.html", message=message), 200
    return render_template("error.html", code=status, name=name, message=message), status


def _has_nul(value, depth: int = 0) -> bool:
    """Any NUL character in the strings (keys too) of a parsed JSON body."""
    if depth > 200:
        return False
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k, depth + 1) or _has_nul(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v, depth + 1) for v in value)
    return False
