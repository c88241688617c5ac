"""Shared fixtures: an app on a migrated database (SQLite by default, PostgreSQL when asked).

The schema is always built by running the Alembic migrations, never by ``create_all``: a migration
that drifts from the models fails here first. Migrating once per session into a template (a file
for SQLite, a template database for PostgreSQL) and copying it per test keeps the suite fast.

``TEST_DATABASE=postgresql`` runs every test that uses a database on PostgreSQL instead (the
others are deselected: they would only repeat themselves); ``make test`` does both in CI.
"""
from __future__ import annotations

import os
import shutil
import uuid

import pytest
import sqlalchemy as sa

from app import create_app
from app import migrate

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pool():
    """One sandbox pool for the whole session: zygotes take a moment to warm."""
    from app.judge.pool import SandboxPool
    pool = SandboxPool(2, "auto")
    pool.start()
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return str(path)


ON_POSTGRES = os.environ.get("TEST_DATABASE", "sqlite") == "postgresql"


@pytest.fixture(scope="session")
def postgres_template(postgres_server) -> str:
    """A migrated database that each test's database is copied from (CREATE DATABASE ... TEMPLATE)."""
    name = f"grindstone_template_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    migrate.upgrade(sa.engine.make_url(postgres_server).set(database=name).render_as_string(hide_password=False))
    yield name
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database_url(request, tmp_path) -> str:
    if ON_POSTGRES:
        yield from _postgres_copy(request.getfixturevalue("postgres_server"),
                                  request.getfixturevalue("postgres_template"))
        return
    path = tmp_path / "app.db"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
    yield f"sqlite:///{path}"


def _postgres_copy(server: str, template: str):
    name = f"grindstone_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, run only what touches a database: the rest was proven on the SQLite run."""
    if not ON_POSTGRES:
        return
    keep = [item for item in items if "database_url" in getattr(item, "fixturenames", ())]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


@pytest.fixture
def app(database_url, tmp_path):
    from app.extensions import limiter
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "test-secret", "TESTING": True,
                      "MAINTENANCE_INTERVAL_SECONDS": 0})  # tests that need the thread start it
    limiter.reset()  # the limiter's memory store is per process: no counts from earlier tests
    yield app
    app.extensions["judge"].close_executor() if hasattr(app.extensions["judge"], "close_executor") else None
    app.extensions["db"].engine.dispose()  # before the test's database is dropped


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def _postgres_reachable() -> str | None:
    try:
        engine = sa.create_engine(POSTGRES_URL, poolclass=sa.pool.NullPool)
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return None
    except Exception as exc:  # any failure to connect means "not here"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL URL; CI must have it (fail), elsewhere a test that needs it skips with the reason."""
    problem = _postgres_reachable()
    if problem:
        message = f"PostgreSQL not reachable at {POSTGRES_URL} ({problem})"
        if IN_CI:
            pytest.fail(message + "; CI must provide it (.ci/run starts it)")
        pytest.skip(message)
    return POSTGRES_URL


@pytest.fixture
def fresh_postgres_url(postgres_server):
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"grindstone_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.engine.make_url(postgres_server).set(database=name)
    yield url.render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def judged_app(app, pool, tmp_path):
    """The app with the session's shared sandbox pool and a few real problems synced in (API and page tests)."""
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
