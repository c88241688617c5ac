"""Streaks, the calendar and the activity upsert, in the user's own time zone (SQLite and PostgreSQL)."""
from __future__ import annotations

import itertools
import threading
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from app import migrate
from app.models import DailyActivity, User
from app.services import streaks
from app.services.streaks import calendar, local_day, record_activity, streak, validate_timezone

UTC = timezone.utc
_names = itertools.count()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_database_url(request) -> str:
    """The migrated per-test SQLite database, and (where a server is up) a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return request.getfixturevalue("database_url")
    url = request.getfixturevalue("fresh_postgres_url")
    migrate.upgrade(url)
    return url


def _sessions(url: str):
    engine = sa.create_engine(url)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def make_session(database_url):
    yield from _sessions(database_url)


@pytest.fixture
def make_any_session(any_database_url):
    yield from _sessions(any_database_url)


@pytest.fixture
def session(make_session):
    with make_session() as s:
        yield s


def make_user(session: Session, tz: str) -> User:
    user = User(username=f"user{next(_names)}", password_hash="x", timezone=tz)
    session.add(user)
    session.commit()
    return user


def local(tz: str, *parts: int) -> datetime:
    """A wall-clock time in ``tz`` as the UTC instant the services are given."""
    return datetime(*parts, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def solve_on(session: Session, user: User, *days: date, hour: int = 12) -> None:
    for day in days:
        record_activity(session, user, local(user.timezone, day.year, day.month, day.day, hour),
                        accepted=True, first_solve=True)
    session.commit()


def run_of(first: date, n: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(n)]


# -- time zones --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Europe/Paris", "UTC", "Asia/Tokyo", "America/Argentina/Buenos_Aires",
                                  "Etc/GMT+5", "America/Port-au-Prince"])
def test_validate_timezone_accepts_iana_names(name):
    assert validate_timezone(name) == name


@pytest.mark.parametrize("name", ["", " ", "../etc/passwd", "/etc/localtime", "Europe/../Europe/Paris",
                                  "asia/tokyo", "EUROPE/PARIS", "utc", "Mars/Olympus_Mons", "localtime",
                                  "Europe/Paris\x00", "Europe/Paris ", "Europe//Paris", None, 3])
def test_validate_timezone_refuses_everything_else(name):
    with pytest.raises(ValueError) as info:
        validate_timezone(name)
    assert str(info.value) == f"unknown time zone {name!r}; use an IANA name such as Europe/Paris"


def test_local_day_is_the_day_in_that_zone():
    instant = datetime(2026, 5, 10, 15, 30, tzinfo=UTC)
    assert local_day(instant, "Asia/Tokyo") == date(2026, 5, 11)
    assert local_day(instant, "America/New_York") == date(2026, 5, 10)
    assert local_day(datetime(2026, 5, 10, 23, 30, tzinfo=UTC), "UTC") == date(2026, 5, 10)
    with pytest.raises(ValueError, match="unknown time zone"):
        local_day(instant, "../etc/passwd")
    with pytest.raises(ValueError, match="naive"):
        local_day(datetime(2026, 5, 10, 15, 30), "UTC")


def test_record_activity_refuses_a_bad_stored_zone(session):
    user = make_user(session, "Not/AZone")
    with pytest.raises(ValueError, match="unknown time zone 'Not/AZone'"):
        record_activity(session, user, datetime(2026, 5, 10, tzinfo=UTC), accepted=True, first_solve=True)


# -- streaks -----------------------------------------------------------------------------------

def test_same_instants_two_days_in_tokyo_one_day_in_new_york(make_any_session):
    late = local("Asia/Tokyo", 2026, 5, 10, 23, 30)   # 14:30 UTC on the 10th
    early = local("Asia/Tokyo", 2026, 5, 11, 0, 30)   # 15:30 UTC on the 10th
    now = datetime(2026, 5, 10, 16, 0, tzinfo=UTC)
    with make_any_session() as s:
        tokyo, new_york = make_user(s, "Asia/Tokyo"), make_user(s, "America/New_York")
        for user in (tokyo, new_york):
            for instant in (late, early):
                record_activity(s, user, instant, accepted=True, first_solve=True)
        s.commit()

        got = streak(s, tokyo, now)
        assert (got["current"], got["longest"], got["today_done"]) == (2, 2, True)
        assert got["last_active_day"] == "2026-05-11"
        assert got["timezone"] == "Asia/Tokyo"
        assert [d["day"] for d in calendar(s, tokyo, date(2026, 5, 1), date(2026, 5, 31))] == [
            "2026-05-10", "2026-05-11"]

        got = streak(s, new_york, now)
        assert (got["current"], got["longest"], got["today_done"]) == (1, 1, True)
        assert got["last_active_day"] == "2026-05-10"
        assert calendar(s, new_york, date(2026, 5, 1), date(2026, 5, 31)) == [
            {"day": "2026-05-10", "accepted": 2, "submissions": 2, "solved": 2}]


def test_streak_lives_until_local_midnight_then_breaks_after_a_missed_day(session):
    tz = "Europe/Paris"
    user = make_user(session, tz)
    solve_on(session, user, *run_of(date(2026, 6, 1), 3))  # 1, 2, 3 June

    same_day = streak(session, user, local(tz, 2026, 6, 3, 22, 0))
    assert (same_day["current"], same_day["today_done"]) == (3, True)
    assert same_day["next_reset_at"] == "2026-06-04T22:00:00+00:00"  # end of 4 June, Paris summer time

    next_day = streak(session, user, local(tz, 2026, 6, 4, 23, 59, 59))
    assert (next_day["current"], next_day["today_done"]) == (3, False)
    assert next_day["next_reset_at"] == "2026-06-04T22:00:00+00:00"

    missed = streak(session, user, local(tz, 2026, 6, 5, 0, 0, 1))
    assert (missed["current"], missed["longest"], missed["today_done"]) == (0, 3, False)
    assert missed["last_active_day"] == "2026-06-03"
    assert missed["next_reset_at"] == "2026-06-05T22:00:00+00:00"


def test_a_day_with_only_wrong_submissions_does_not_count(session):
    tz = "America/New_York"
    user = make_user(session, tz)
    solve_on(session, user, date(2026, 7, 1))
    for hour in (9, 15):
        record_activity(session, user, local(tz, 2026, 7, 2, hour), accepted=False, first_solve=False)
    solve_on(session, user, date(2026, 7, 3))

    got = streak(session, user, local(tz, 2026, 7, 3, 20))
    assert (got["current"], got["longest"]) == (1, 1)
    wrong_only = streak(session, user, local(tz, 2026, 7, 2, 20))
    assert (wrong_only["current"], wrong_only["today_done"]) == (1, False)  # 1 July, still alive
    assert wrong_only["last_active_day"] == "2026-07-01"
    assert calendar(session, user, date(2026, 7, 1), date(2026, 7, 3)) == [
        {"day": "2026-07-01", "accepted": 1, "submissions": 1, "solved": 1},
        {"day": "2026-07-02", "accepted": 0, "submissions": 2, "solved": 0},
        {"day": "2026-07-03", "accepted": 1, "submissions": 1, "solved": 1},
    ]


def test_longest_streak_survives_a_break(session):
    tz = "Asia/Kolkata"
    user = make_user(session, tz)
    solve_on(session, user, *run_of(date(2026, 2, 25), 5))  # 25 Feb .. 1 Mar across month end
    solve_on(session, user, *run_of(date(2026, 3, 4), 2))
    got = streak(session, user, local(tz, 2026, 3, 6, 8))
    assert (got["current"], got["longest"], got["today_done"]) == (2, 5, False)
    got = streak(session, user, local(tz, 2026, 3, 5, 8))
    assert (got["current"], got["longest"], got["today_done"]) == (2, 5, True)


def test_a_new_user_has_no_streak(session):
    user = make_user(session, "UTC")
    assert streak(session, user, datetime(2026, 1, 1, 12, tzinfo=UTC)) == {
        "current": 0, "longest": 0, "today_done": False, "last_active_day": None,
        "next_reset_at": "2026-01-02T00:00:00+00:00", "timezone": "UTC"}
    assert calendar(session, user, date(2025, 1, 1), date(2026, 12, 31)) == []


def test_activity_after_now_is_ignored(session):
    user = make_user(session, "UTC")
    solve_on(session, user, date(2026, 1, 5))
    got = streak(session, user, datetime(2026, 1, 3, 12, tzinfo=UTC))
    assert (got["current"], got["longest"], got["last_active_day"]) == (0, 0, None)


@pytest.mark.parametrize("tz, solved, now, expected", [
    # New York springs forward on 2026-03-08 (02:00 EST -> 03:00 EDT): that day has 23 hours.
    ("America/New_York", [date(2026, 3, 7)], (2026, 3, 7, 21), "2026-03-09T04:00:00+00:00"),
    ("America/New_York", [], (2026, 3, 7, 21), "2026-03-08T05:00:00+00:00"),
    ("America/New_York", [date(2026, 3, 7)], (2026, 3, 8, 1), "2026-03-09T04:00:00+00:00"),
    ("America/New_York", [date(2026, 3, 8)], (2026, 3, 8, 12), "2026-03-10T04:00:00+00:00"),
    # ... and falls back on 2026-11-01 (02:00 EDT -> 01:00 EST): that day has 25 hours.
    ("America/New_York", [date(2026, 10, 31)], (2026, 10, 31, 23), "2026-11-02T05:00:00+00:00"),
    ("America/New_York", [], (2026, 11, 1, 0, 30), "2026-11-02T05:00:00+00:00"),
    ("America/New_York", [date(2026, 11, 1)], (2026, 11, 1, 23), "2026-11-03T05:00:00+00:00"),
    # Santiago changes at midnight: 6 Sep 2026 has no 00:00 (the day starts at 01:00 -03) ...
    ("America/Santiago", [], (2026, 9, 5, 20), "2026-09-06T04:00:00+00:00"),
    # ... and on 4 Apr 2026 the hour before midnight repeats (the 5th starts at 00:00 -04).
    ("America/Santiago", [], (2026, 4, 4, 20), "2026-04-05T04:00:00+00:00"),
    ("Asia/Tokyo", [date(2026, 3, 8)], (2026, 3, 8, 23, 59), "2026-03-09T15:00:00+00:00"),
])
def test_next_reset_is_the_true_local_midnight_across_dst(session, tz, solved, now, expected):
    user = make_user(session, tz)
    solve_on(session, user, *solved)
    got = streak(session, user, local(tz, *now))
    assert got["next_reset_at"] == expected
    reset = datetime.fromisoformat(got["next_reset_at"])
    today = local_day(local(tz, *now), tz)
    days_left = 2 if today in solved else 1
    assert got["today_done"] is (today in solved)
    assert local_day(reset, tz) == today + timedelta(days=days_left)
    assert local_day(reset - timedelta(microseconds=1), tz) == today + timedelta(days=days_left - 1)


# -- the upsert --------------------------------------------------------------------------------

def test_record_activity_flushes_but_does_not_commit(make_session):
    with make_session() as s:
        user = make_user(s, "UTC")
        row = record_activity(s, user, datetime(2026, 4, 1, 9, tzinfo=UTC), accepted=True, first_solve=False)
        assert (row.day, row.submissions, row.accepted, row.solved) == (date(2026, 4, 1), 1, 1, 0)
        with make_session() as other:  # nothing committed yet
            assert other.scalars(sa.select(DailyActivity)).all() == []
        s.rollback()
        assert s.scalars(sa.select(DailyActivity)).all() == []


def test_repeated_calls_in_separate_sessions_add_up(make_any_session):
    with make_any_session() as s:
        user = make_user(s, "Asia/Tokyo")
    at = datetime(2026, 5, 10, 15, 30, tzinfo=UTC)  # 00:30 on the 11th in Tokyo
    for accepted, first_solve, totals in [(True, True, (1, 1, 1)), (False, False, (2, 1, 1)),
                                          (True, False, (3, 2, 1))]:
        with make_any_session() as s:
            row = record_activity(s, user, at, accepted=accepted, first_solve=first_solve)
            assert (row.day, row.submissions, row.accepted, row.solved) == (date(2026, 5, 11), *totals)
            s.commit()
    with make_any_session() as s:
        rows = s.scalars(sa.select(DailyActivity)).all()
        assert [(r.user_id, r.day, r.submissions, r.accepted, r.solved) for r in rows] == [
            (user.id, date(2026, 5, 11), 3, 2, 1)]


def test_concurrent_calls_for_the_same_day_both_count(make_any_session):
    """B's upsert runs while A's insert of the same new row is uncommitted: it must wait, not fail."""
    with make_any_session() as s:
        user = make_user(s, "UTC")
    at = datetime(2026, 5, 10, 12, tzinfo=UTC)
    outcome: dict[str, object] = {}

    def second_judge():
        try:
            with make_any_session() as b:
                row = record_activity(b, user, at, accepted=True, first_solve=False)
                b.commit()
                outcome["row"] = (row.submissions, row.accepted, row.solved)
        except Exception as exc:  # reported to the main thread
            outcome["error"] = exc

    with make_any_session() as a:
        record_activity(a, user, at, accepted=True, first_solve=True)
        thread = threading.Thread(target=second_judge)
        thread.start()
        thread.join(0.5)
        assert thread.is_alive(), f"the second upsert did not wait for the first: {outcome}"
        a.commit()
    thread.join(10)
    assert not thread.is_alive()
    assert "error" not in outcome, outcome.get("error")
    assert outcome["row"] == (2, 2, 1)
    with make_any_session() as s:
        assert calendar(s, user, date(2026, 5, 10), date(2026, 5, 10)) == [
            {"day": "2026-05-10", "accepted": 2, "submissions": 2, "solved": 1}]


def test_calendar_is_ordered_and_bounded(session):
    tz = "Australia/Sydney"
    user, other = make_user(session, tz), make_user(session, tz)
    solve_on(session, user, date(2026, 1, 31), date(2026, 1, 2), date(2026, 1, 15), date(2025, 12, 31))
    solve_on(session, other, date(2026, 1, 10))
    assert [d["day"] for d in calendar(session, user, date(2026, 1, 1), date(2026, 1, 31))] == [
        "2026-01-02", "2026-01-15", "2026-01-31"]
    assert [d["day"] for d in calendar(session, user, date(2026, 1, 3), date(2026, 1, 15))] == ["2026-01-15"]
    assert calendar(session, user, date(2026, 2, 1), date(2026, 1, 1)) == []


def test_unknown_dialect_is_refused(session, monkeypatch):
    user = make_user(session, "UTC")
    monkeypatch.setattr(streaks, "_UPSERT_INSERTS", {})
    with pytest.raises(RuntimeError, match=f"no upsert for the '{session.get_bind().dialect.name}' dialect"):
        record_activity(session, user, datetime(2026, 1, 1, tzinfo=UTC), accepted=True, first_solve=True)
