"""Accounts: register, sign in and out, the signed-in user, and API tokens."""
from __future__ import annotations

from datetime import datetime

from apiflask import APIBlueprint
from flask import g, request, session
from pydantic import BaseModel, Field

from app.api.security import current_user, login_required, start_session, valid_id
from app.errors import ApiError
from app.extensions import db
from app.services import accounts

bp = APIBlueprint("accounts", __name__, tag="Accounts")


class Credentials(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class Registration(BaseModel):
    username: str = Field(pattern=r"^[A-Za-z0-9_.-]{3,32}$")
    password: str = Field(min_length=8, max_length=256)
    timezone: str = Field("UTC", max_length=64, description="IANA time zone, e.g. Europe/Paris")


class UserOut(BaseModel):
    id: int
    username: str
    timezone: str
    created_at: datetime


class SignedIn(BaseModel):
    user: UserOut
    token: str = Field(description="A bearer token for scripts (also listed under /api/me/tokens)")
    csrf_token: str = Field(description="Send as X-CSRF-Token with cookie-authenticated changes")


class ProfileChange(BaseModel):
    timezone: str = Field(max_length=64)


class TokenRequest(BaseModel):
    name: str = Field(min_length=1, max_length=64)


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewToken(TokenOut):
    token: str = Field(description="Shown once; only its hash is kept")


class TokenList(BaseModel):
    items: list[TokenOut]


def _user(user) -> dict:
    return {"id": user.id, "username": user.username, "timezone": user.timezone, "created_at": user.created_at}


def _token(token) -> dict:
    return {k: getattr(token, k) for k in ("id", "name", "prefix", "created_at", "last_used_at", "revoked_at")}


def _signed_in(user, name: str) -> dict:
    _, raw = accounts.create_token(db.session, user, name)
    db.session.commit()
    return {"user": _user(user), "token": raw, "csrf_token": start_session(user)}


def _account_error(exc: accounts.AccountError) -> ApiError:
    # Details as request validation reports them: {location: {field: [messages]}}.
    details = {"json": {exc.field: [str(exc)]}}
    if exc.conflict:
        return ApiError(409, "conflict", str(exc), details)
    return ApiError(422, "validation_error", str(exc), details)


@bp.post("/auth/register")
@bp.input(Registration, arg_name="body")
@bp.output(SignedIn, status_code=201)
def register(body: Registration):
    try:
        user = accounts.register(db.session, body.username, body.password, body.timezone)
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    return _signed_in(user, "sign-up")


@bp.post("/auth/login")
@bp.input(Credentials, arg_name="body")
@bp.output(SignedIn)
def login(body: Credentials):
    user = accounts.authenticate(db.session, body.username, body.password)
    if user is None:
        raise ApiError(401, "bad_credentials", "Unknown username or wrong password.")
    return _signed_in(user, "sign-in")


@bp.post("/auth/logout")
@bp.output({}, status_code=204)
@login_required
def logout():
    if g.via == "token":  # signing out with a token ends that token
        accounts.revoke_raw_token(db.session, request.headers["Authorization"].partition(" ")[2].strip())
        db.session.commit()
    session.clear()
    return ""


@bp.get("/me")
@bp.output(UserOut)
@login_required
def me():
    return _user(current_user())


@bp.patch("/me")
@bp.input(ProfileChange, arg_name="body")
@bp.output(UserOut)
@login_required
def update_me(body: ProfileChange):
    try:
        accounts.set_timezone(current_user(), body.timezone)
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    db.session.commit()
    return _user(current_user())


@bp.get("/me/tokens")
@bp.output(TokenList)
@login_required
def list_tokens():
    return {"items": [_token(t) for t in accounts.list_tokens(db.session, current_user())]}


@bp.post("/me/tokens")
@bp.input(TokenRequest, arg_name="body")
@bp.output(NewToken, status_code=201)
@login_required
def create_token(body: TokenRequest):
    try:
        token, raw = accounts.create_token(db.session, current_user(), body.name)
    except accounts.AccountError as exc:
        raise _account_error(exc) from None
    db.session.commit()
    return {**_token(token), "token": raw}


@bp.delete("/me/tokens/<int:token_id>")
@bp.output({}, status_code=204)
@login_required
def revoke_token(token_id: int):
    if not valid_id(token_id) or not accounts.revoke_token(db.session, current_user(), token_id):
        raise ApiError(404, "not_found", "No such token.")
    db.session.commit()
    return ""
