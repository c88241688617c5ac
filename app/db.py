"""The database: one engine and one session factory per app, built from DATABASE_URL.

Services take a ``Session`` argument and know nothing of Flask; views get the request's session from
``db.session`` (scoped to the app context and removed at teardown).
"""
from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, scoped_session, sessionmaker

from app.config import ConfigError


def make_engine(url: str) -> Engine:
    """An engine with the per-backend settings this project relies on."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise ConfigError(f"DATABASE_URL={_safe(url)} is not a usable database URL ({exc})") from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers run while the judge writes results; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def check_connection(engine: Engine) -> None:
    """Fail start-up with one line when the database cannot be reached."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigError(
            f"cannot connect to DATABASE_URL={_safe(str(engine.url))}: {reason}. "
            "Start the database or point DATABASE_URL at a reachable one") from None


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable>"


class _State:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self.session = scoped_session(self.session_factory)


class Database:
    """Engine and scoped session per Flask app (``init_app`` pattern).

    State lives in ``app.extensions`` so several apps (tests) can coexist in one process.
    """

    def init_app(self, app) -> None:
        engine = make_engine(app.config["DATABASE_URL"])
        if app.config["CHECK_SERVICES_ON_START"]:
            check_connection(engine)
        state = _State(engine)
        app.extensions["db"] = state

        @app.teardown_appcontext
        def _remove_session(_exc) -> None:
            state.session.remove()

    @staticmethod
    def _state() -> _State:
        from flask import current_app
        return current_app.extensions["db"]

    @property
    def engine(self) -> Engine:
        return self._state().engine

    @property
    def session(self) -> Session:
        """The session of the current app context."""
        return self._state().session()

    def new_session(self) -> Session:
        """An independent session (background threads, CLI commands)."""
        return self._state().session_factory()


_INSERTS = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}


def insert_if_missing(session, model, keys: list[str], **values) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: two judges creating the same row at once both succeed
    (one inserts, one finds it), instead of one failing on the unique key."""
    dialect = session.get_bind().dialect.name
    if dialect not in _INSERTS:
        raise RuntimeError(f"insert_if_missing has no upsert for the {dialect!r} dialect")
    table = model.__table__
    stmt = _INSERTS[dialect](model).values(**values)
    session.execute(stmt.on_conflict_do_nothing(index_elements=[table.c[key] for key in keys]))
