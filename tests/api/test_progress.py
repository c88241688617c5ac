"""Streak, calendar and solved counts through the API, in the user's own time zone."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
import time_machine
from sqlalchemy import select

from app.extensions import db
from app.models import User
from app.services import streaks

from tests.api.conftest import Account

# 23:30 on 1 March in Tokyo, then 00:30 on 2 March in Tokyo (one hour later).
LATE_TOKYO = datetime(2026, 3, 1, 14, 30, tzinfo=timezone.utc)
EARLY_NEXT_TOKYO = datetime(2026, 3, 1, 15, 30, tzinfo=timezone.utc)


def _solve_at(app, username: str, *instants: datetime) -> None:
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == username))
        for instant in instants:
            streaks.record_activity(db.session, user, instant, accepted=True, first_solve=True)
        db.session.commit()


@pytest.mark.parametrize("tz, expected", [("Asia/Tokyo", 2), ("America/New_York", 1)])
def test_two_solves_across_tokyo_midnight(app, tz, expected):
    account = Account(app.test_client(), "ann", tz=tz)
    _solve_at(app, "ann", LATE_TOKYO, EARLY_NEXT_TOKYO)
    with time_machine.travel(datetime(2026, 3, 1, 16, 0, tzinfo=timezone.utc), tick=False):
        body = account.client.get("/api/me/streak", headers=account.bearer).get_json()
    assert body["current"] == expected and body["longest"] == expected
    assert body["timezone"] == tz and body["today_done"] is True


def test_next_reset_is_local_midnight_after_tomorrow(app):
    account = Account(app.test_client(), "ann", tz="Asia/Tokyo")
    _solve_at(app, "ann", LATE_TOKYO)
    with time_machine.travel(datetime(2026, 3, 1, 14, 45, tzinfo=timezone.utc), tick=False):
        body = account.client.get("/api/me/streak", headers=account.bearer).get_json()
    # Done on 1 March (Tokyo): the streak breaks at the start of 3 March, Tokyo time.
    assert body["next_reset_at"].startswith("2026-03-02T15:00:00")


def test_calendar_lists_active_days_in_range(app):
    account = Account(app.test_client(), "ann", tz="Asia/Tokyo")
    _solve_at(app, "ann", LATE_TOKYO, EARLY_NEXT_TOKYO)
    days = account.client.get("/api/me/calendar?start=2026-02-01&end=2026-03-31",
                              headers=account.bearer).get_json()["days"]
    assert [d["day"] for d in days] == ["2026-03-01", "2026-03-02"]
    assert account.client.get("/api/me/calendar?start=2026-03-31&end=2026-02-01",
                              headers=account.bearer).status_code == 422


def test_solved_counts_and_auth(app):
    assert app.test_client().get("/api/me/streak").status_code == 401
    account = Account(app.test_client(), "ann")
    solved = account.client.get("/api/me/streak", headers=account.bearer).get_json()["solved"]
    assert solved == {"total": 0, "by_difficulty": {"Easy": 0, "Medium": 0, "Hard": 0}, "by_topic": {}}
