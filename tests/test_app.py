"""The service shell: health, JSON errors, request ids, configuration errors."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import ConfigError, create_app
from app.config import load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_health_reports_database_and_judge(client, database_url):
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["database"] == {"ok": True, "backend": "postgresql" if "postgresql" in database_url else "sqlite"}
    assert body["judge"]["backend"] == "inline"
    assert body["bank"] == {"problems": 0}  # the test database starts empty


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.is_json
    error = response.get_json()["error"]
    assert error["code"] == "not_found" and error["message"] and error["details"] == {}


def test_wrong_method_is_json_405_with_allow(client):
    response = client.post("/api/health")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


def test_unexpected_exception_is_json_500_without_traceback(app, caplog):
    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/api/boom", headers={"X-Request-ID": "req-123"})
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["code"] == "internal_error"
    assert "req-123" in error["message"] and "secret internals" not in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)
    assert any(getattr(r, "request_id", None) == "req-123" for r in caplog.records)


def test_request_id_is_echoed_or_generated(client):
    assert client.get("/api/health", headers={"X-Request-ID": "abc.DEF-1"}).headers["X-Request-ID"] == "abc.DEF-1"
    generated = client.get("/api/health", headers={"X-Request-ID": "bad id; rm -rf"})
    assert generated.headers["X-Request-ID"] != "bad id; rm -rf"
    assert len(generated.headers["X-Request-ID"]) == 32


def test_oversized_body_is_json_413(client):
    response = client.post("/api/health", data=b"x" * (300 * 1024), content_type="application/json")
    assert response.status_code in (405, 413)
    assert response.is_json


def test_unknown_judge_backend_is_refused(database_url):
    with pytest.raises(ConfigError, match="JUDGE_BACKEND='docker'.*use one of: inline"):
        create_app({"DATABASE_URL": database_url, "SECRET_KEY": "x", "JUDGE_BACKEND": "docker"})


def test_unreachable_database_is_refused_in_one_line():
    with pytest.raises(ConfigError) as info:
        create_app({"DATABASE_URL": "postgresql+psycopg://nobody:pw@127.0.0.1:1/nowhere", "SECRET_KEY": "x"})
    message = str(info.value)
    assert "cannot connect to DATABASE_URL" in message and "\n" not in message
    assert "pw" not in message  # the password is hidden


def test_bad_integer_setting_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="JUDGE_SLOTS must be an integer"):
        load_settings(tmp_path, environ={"JUDGE_SLOTS": "many"})


@pytest.mark.parametrize("env, expected", [
    ({"DATABASE_URL": "postgresql+psycopg://x@127.0.0.1:1/none"}, "cannot connect to DATABASE_URL"),
    ({"JUDGE_BACKEND": "docker"}, "JUDGE_BACKEND='docker' is not a judge backend"),
])
def test_cli_start_up_prints_one_line_not_a_traceback(tmp_path, env, expected):
    environ = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "JUDGE_BACKEND"}}
    environ.update(env, SECRET_KEY="x", FLASK_APP="wsgi")
    proc = subprocess.run([sys.executable, "-m", "flask", "routes"], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0], proc.stderr


def test_secret_key_is_generated_once_and_private(tmp_path):
    first = load_settings(tmp_path, environ={})["SECRET_KEY"]
    second = load_settings(tmp_path, environ={})["SECRET_KEY"]
    assert first == second and len(first) == 64
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert load_settings(tmp_path, environ={"SECRET_KEY": "from-env"})["SECRET_KEY"] == "from-env"


def test_environment_is_not_read_at_import():
    proc = subprocess.run([sys.executable, "-c", "import app, app.models, app.config; print('ok')"],
                          cwd=ROOT, env={**os.environ, "JUDGE_BACKEND": "nonsense"},
                          capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_health_reports_a_judge_that_cannot_start(app, client):
    from app.judge.sandbox.slot import SandboxError
    pool = app.extensions["judge"].pool
    pool.required = {"no_such_layer_for_test"}
    with pytest.raises(SandboxError):
        pool.start()
    response = client.get("/api/health")
    assert response.status_code == 503
    judge = response.get_json()["judge"]
    assert judge["ok"] is False and "no_such_layer_for_test" in judge["error"]


def test_nul_characters_are_refused_before_reaching_the_database(client):
    """PostgreSQL cannot store NUL in text: a clear 422 on every database, never a 500."""
    for body in ({"username": "ann\u0000", "password": "correct horse battery"},
                 {"username": "ann", "password": "x", "nested": [{"k\u0000": 1}]}):
        response = client.post("/api/auth/register", data=json.dumps(body), content_type="application/json")
        assert response.status_code == 422 and "NUL" in response.get_json()["error"]["message"]
