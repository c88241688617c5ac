"""Accounts: sign-up, sign-in, sessions with CSRF, bearer tokens, time zones."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import User


def test_register_returns_user_token_and_csrf_and_sets_a_session(client, account):
    assert account.user["username"] == "ann" and account.token.startswith("gs_")
    assert client.get("/api/me").get_json()["username"] == "ann"


def test_password_is_stored_as_argon2_never_in_clear(app, account):
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "ann"))
        assert user.password_hash.startswith("$argon2id$")
        assert account.password not in user.password_hash


@pytest.mark.parametrize("body, field", [
    ({"username": "a", "password": "long enough pw"}, "username"),
    ({"username": "bad name!", "password": "long enough pw"}, "username"),
    ({"username": "bob", "password": "short"}, "password"),
    ({"username": "bob", "password": "long enough pw", "timezone": "Mars/Olympus"}, "timezone"),
    ({"username": "bob", "password": "long enough pw", "timezone": "../etc/passwd"}, "timezone"),
])
def test_bad_registration_is_422_naming_the_field(client, body, field):
    response = client.post("/api/auth/register", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_error" and field in error["details"]["json"]


def test_missing_or_malformed_body_is_a_clear_error(client):
    assert client.post("/api/auth/register", json={"username": "bob"}).status_code == 422
    response = client.post("/api/auth/register", data="{not json", content_type="application/json")
    assert response.status_code in (400, 422) and response.is_json
    assert "error" in response.get_json()


def test_taken_username_is_409(client, account):
    response = client.post("/api/auth/register", json={"username": "ann", "password": "another password"})
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "conflict"


def test_login_with_right_and_wrong_password(app, account):
    other = app.test_client()
    assert other.post("/api/auth/login", json={"username": "ann", "password": "nope nope"}).status_code == 401
    assert other.post("/api/auth/login", json={"username": "nobody", "password": "nope nope"}).status_code == 401
    response = other.post("/api/auth/login", json={"username": "ann", "password": account.password})
    assert response.status_code == 200 and response.get_json()["user"]["username"] == "ann"
    assert other.get("/api/me").status_code == 200


def test_no_credentials_is_401_with_bearer_challenge(app):
    response = app.test_client().get("/api/me")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_bearer_token_works_without_cookie_or_csrf(app, account):
    script = app.test_client()
    assert script.get("/api/me", headers=account.bearer).get_json()["username"] == "ann"
    response = script.patch("/api/me", json={"timezone": "Asia/Tokyo"}, headers=account.bearer)
    assert response.status_code == 200 and response.get_json()["timezone"] == "Asia/Tokyo"


@pytest.mark.parametrize("header", ["Bearer gs_not-a-real-token", "Bearer ", "Basic YW5uOnB3", "gs_x"])
def test_bad_bearer_is_401(app, header):
    assert app.test_client().get("/api/me", headers={"Authorization": header}).status_code == 401


def test_cookie_change_without_csrf_header_is_refused(client, account):
    response = client.patch("/api/me", json={"timezone": "Asia/Tokyo"})
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "csrf_failed"
    wrong = client.patch("/api/me", json={"timezone": "Asia/Tokyo"}, headers={"X-CSRF-Token": "guess"})
    assert wrong.status_code == 403
    right = client.patch("/api/me", json={"timezone": "Asia/Tokyo"}, headers=account.cookie_headers)
    assert right.status_code == 200 and right.get_json()["timezone"] == "Asia/Tokyo"


def test_invalid_timezone_change_is_422(client, account):
    response = client.patch("/api/me", json={"timezone": "Nowhere/Land"}, headers=account.cookie_headers)
    assert response.status_code == 422 and "timezone" in response.get_json()["error"]["details"]["json"]


def test_tokens_are_listed_created_and_revoked(app, client, account):
    created = client.post("/api/me/tokens", json={"name": "laptop"}, headers=account.cookie_headers)
    assert created.status_code == 201
    new = created.get_json()
    listed = client.get("/api/me/tokens").get_json()["items"]
    assert {t["name"] for t in listed} >= {"sign-up", "laptop"}
    assert all("token" not in t for t in listed)  # the secret is shown once
    script = app.test_client()
    assert script.get("/api/me", headers={"Authorization": f"Bearer {new['token']}"}).status_code == 200
    assert client.delete(f"/api/me/tokens/{new['id']}", headers=account.cookie_headers).status_code == 204
    assert script.get("/api/me", headers={"Authorization": f"Bearer {new['token']}"}).status_code == 401


def test_another_users_token_cannot_be_revoked(make_account, account, client):
    bob = make_account("bob")
    bob_tokens = bob.client.get("/api/me/tokens").get_json()["items"]
    response = client.delete(f"/api/me/tokens/{bob_tokens[0]['id']}", headers=account.cookie_headers)
    assert response.status_code == 404
    assert bob.client.get("/api/me", headers=bob.bearer).status_code == 200


def test_logout_ends_the_session_and_a_token_used_to_log_out(app, client, account):
    assert client.post("/api/auth/logout", headers=account.cookie_headers).status_code == 204
    assert client.get("/api/me").status_code == 401
    script = app.test_client()
    assert script.post("/api/auth/logout", headers=account.bearer).status_code == 204
    assert script.get("/api/me", headers=account.bearer).status_code == 401


def test_openapi_document_lists_the_endpoints(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/auth/register", "/api/auth/login", "/api/auth/logout", "/api/me", "/api/me/tokens",
                 "/api/health"):
        assert path in spec["paths"], path
