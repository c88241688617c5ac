"""API fixtures: sign-up helpers for cookie and bearer clients."""
from __future__ import annotations

import pytest


class Account:
    def __init__(self, client, username: str, password: str = "correct horse battery", tz: str = "UTC"):
        response = client.post("/api/auth/register", json={"username": username, "password": password,
                                                           "timezone": tz})
        assert response.status_code == 201, response.get_json()
        body = response.get_json()
        self.client, self.user, self.token, self.csrf = client, body["user"], body["token"], body["csrf_token"]
        self.password = password

    @property
    def bearer(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def cookie_headers(self) -> dict:
        return {"X-CSRF-Token": self.csrf}


@pytest.fixture
def account(client):
    """A signed-up user whose session cookie is on ``client``."""
    return Account(client, "ann")


@pytest.fixture
def make_account(app):
    """Further users, each on their own test client (their own cookie jar)."""
    def make(username: str, tz: str = "UTC") -> Account:
        return Account(app.test_client(), username, tz=tz)
    return make


@pytest.fixture
def judged_app(app, pool, tmp_path):
    """The app with the session's shared sandbox pool and a few real problems synced in."""
    import shutil

    from app.bank.loader import PROBLEMS_ROOT
    from app.bank.sync import sync_bank
    from app.extensions import db

    backend = app.extensions["judge"]
    backend.pool.close()
    backend.pool = pool
    root = tmp_path / "bank"
    for folder in PROBLEMS_ROOT.rglob("problem.toml"):
        if folder.parent.name in ("two-sum", "min-stack"):
            shutil.copytree(folder.parent, root / folder.parent.name)
    with app.app_context():
        sync_bank(db.session, pool, root)
    yield app
    backend.close_executor()
