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
