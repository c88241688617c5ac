"""Migrations are the only way a schema is built; they must round-trip and match the models."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app import migrate
from app.models import Base

EXPECTED_TABLES = {t.name for t in Base.metadata.sorted_tables}


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def _diff(url: str) -> list:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def _round_trip(url: str) -> None:
    migrate.upgrade(url)
    assert _tables(url) == EXPECTED_TABLES
    migrate.downgrade(url, "base")
    assert _tables(url) == set()
    migrate.upgrade(url)
    assert _tables(url) == EXPECTED_TABLES


def test_round_trip_sqlite(tmp_path):
    _round_trip(f"sqlite:///{tmp_path / 'rt.db'}")


def test_models_match_migrations_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'diff.db'}"
    migrate.upgrade(url)
    assert _diff(url) == []


def test_diff_detects_drift(tmp_path):
    """The comparison itself must be able to fail: drop a column and it is reported."""
    url = f"sqlite:///{tmp_path / 'drift.db'}"
    migrate.upgrade(url)
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE users DROP COLUMN timezone"))
    engine.dispose()
    assert any("timezone" in repr(change) for change in _diff(url))


@pytest.mark.postgres
def test_round_trip_postgres(fresh_postgres_url):
    _round_trip(fresh_postgres_url)


@pytest.mark.postgres
def test_models_match_migrations_postgres(fresh_postgres_url):
    migrate.upgrade(fresh_postgres_url)
    assert _diff(fresh_postgres_url) == []
