"""Accounts: registration, password checks (argon2), and the bearer tokens scripts use.

No Flask here: functions take a Session. Tokens are random 32-byte secrets shown once; only their
SHA-256 is stored, with a short prefix so a user can tell tokens apart in a list.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import ApiToken, User
from app.services.streaks import validate_timezone

USERNAME = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
MIN_PASSWORD, MAX_PASSWORD = 8, 256
TOKEN_PREFIX = "gs_"
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps login time the same either way.
_DUMMY_HASH = _hasher.hash("not a real password")


class AccountError(ValueError):
    """A rule was broken; ``field`` names the input, the message says what to change."""

    def __init__(self, field: str, message: str, conflict: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.conflict = conflict  # the input is fine but clashes with existing data (HTTP 409)


def register(session: Session, username: str, password: str, tz: str = "UTC") -> User:
    if not USERNAME.match(username):
        raise AccountError("username", "use 3 to 32 letters, digits, '.', '_' or '-'")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError("password", f"use {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    try:
        tz = validate_timezone(tz)
    except ValueError as exc:
        raise AccountError("timezone", str(exc)) from None
    user = User(username=username, password_hash=_hasher.hash(password), timezone=tz)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise AccountError("username", "this username is taken", conflict=True) from None
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.is_active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def set_timezone(user: User, tz: str) -> None:
    try:
        user.timezone = validate_timezone(tz)
    except ValueError as exc:
        raise AccountError("timezone", str(exc)) from None


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_token(session: Session, user: User, name: str) -> tuple[ApiToken, str]:
    """A new token; the raw value is returned once and never stored."""
    name = name.strip()
    if not 1 <= len(name) <= 64:
        raise AccountError("name", "give the token a name of 1 to 64 characters")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=name, token_hash=_digest(raw), prefix=raw[:10])
    session.add(token)
    session.flush()
    return token, raw


def user_for_token(session: Session, raw: str) -> User | None:
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 128:
        return None
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(raw)))
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    token.last_used_at = datetime.now(timezone.utc)
    return token.user


def revoke_raw_token(session: Session, raw: str) -> None:
    """Sign-out with a bearer token ends that token."""
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(raw)))
    if token is not None and token.revoked_at is None:
        token.revoked_at = datetime.now(timezone.utc)


def list_tokens(session: Session, user: User) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))


def revoke_token(session: Session, user: User, token_id: int) -> bool:
    """False when the token does not exist or is not this user's (the caller answers 404)."""
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        return False
    if token.revoked_at is None:
        token.revoked_at = datetime.now(timezone.utc)
    return True
